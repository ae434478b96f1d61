//! 申诉: one row per appeal of the appeals file (`--appeals`), in the
//! file's order — teacher, item, what was appealed and why, the attached
//! evidence and its SHA-256, the decision, the item's score before and
//! after, who decided and when, and the appeals file's row — so every
//! appeal and its effect can be traced like every point. Pending appeals
//! are filled like rows that need attention. Written only when an appeals
//! file was given.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::fit::Fit;
use super::number::cell;
use super::sheet::{col, print_fitted, row, Ctx, BUDGET_UNITS};
use super::style;
use crate::engine::{AppealLine, AppealStatus};
use crate::i18n::report as msg;

/// The status as the sheet writes it.
pub fn status_word(status: AppealStatus) -> crate::i18n::Word {
    match status {
        AppealStatus::Pending => msg::appeal_pending(),
        AppealStatus::Accepted => msg::appeal_accepted(),
        AppealStatus::Rejected => msg::appeal_rejected(),
    }
}

pub(super) fn write(
    sheet: &mut Worksheet,
    ctx: &Ctx<'_>,
    appeals: &[AppealLine],
) -> Result<(), XlsxError> {
    let l = ctx.labels;
    let say = |w: crate::i18n::Word| w.get(ctx.locale);
    let mut fit = Fit::new(BUDGET_UNITS);
    let titles = [
        l.key,
        l.name,
        l.item,
        say(msg::appeal_appealed()),
        say(msg::appeal_reason()),
        say(msg::appeal_attachment()),
        say(msg::appeal_attachment_sha256()),
        say(msg::appeal_status()),
        say(msg::appeal_before()),
        say(msg::appeal_after()),
        say(msg::appeal_decided_by()),
        say(msg::appeal_date()),
        say(msg::appeal_row()),
    ];
    fit.header(sheet, 0, &titles)?;
    for (n, line) in appeals.iter().enumerate() {
        let r = row(n + 1)?;
        let a = &line.appeal;
        let pending = a.status == AppealStatus::Pending;
        let text = style::text(pending);
        let score = style::score(ctx.places, pending);
        let item = ctx
            .rubric
            .items
            .get(line.item)
            .map_or("", |i| i.name.as_str());
        let origin = a.origin.to_string();
        let strings = [
            (0, a.key.as_str()),
            (1, line.name.as_str()),
            (2, item),
            (3, a.appealed.as_str()),
            (4, a.reason.as_str()),
            (5, a.attachment.as_deref().unwrap_or("")),
            (6, a.attachment_sha256.as_deref().unwrap_or("")),
            (7, say(status_word(a.status))),
            (10, a.who.as_str()),
            (11, a.date.as_str()),
            (12, origin.as_str()),
        ];
        for (c, value) in strings {
            fit.text(r, c, value, &text);
        }
        for (c, value) in [(8, line.before), (9, line.after)] {
            let shown = crate::show::fixed(value.round_dp(ctx.places), ctx.places);
            fit.number(r, c, cell(value), &shown, &score);
        }
    }
    let units = fit.finish(sheet)?;
    sheet.set_freeze_panes(1, 2)?;
    sheet.autofilter(0, 0, row(appeals.len())?, col(titles.len() - 1)?)?;
    print_fitted(sheet, ctx.labels.page_footer, (0, 0), (0, 1), units)
}
