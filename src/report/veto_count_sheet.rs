//! 否决计次: for each veto that takes several records (`at_least` above 1),
//! one row per record of a teacher's it matched in the period, whether or not
//! they reached the count. A term scored month by month is added up from
//! these by `kaohe rollup`: two offences in two months are the term's second
//! offence. Written only when the rubric has such a veto.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::fit::Fit;
use super::sheet::{col, print_fitted, row, Ctx, BUDGET_UNITS};
use super::style;
use crate::i18n::report as msg;

/// Whether the rubric has a veto this sheet is for.
pub(super) fn wanted(rubric: &crate::rubric::Rubric) -> bool {
    rubric.vetoes.iter().any(|v| v.at_least > 1)
}

pub(super) fn write(sheet: &mut Worksheet, ctx: &Ctx<'_>) -> Result<(), XlsxError> {
    let l = ctx.labels;
    let locale = ctx.locale;
    let mut fit = Fit::new(BUDGET_UNITS);
    let titles = [
        l.key,
        l.name,
        l.veto,
        msg::veto_id().get(locale),
        msg::veto_at_least().get(locale),
        msg::veto_count_in_period().get(locale),
        l.source_file,
        l.sheet,
        l.row,
        l.detail,
    ];
    fit.header(sheet, 0, &titles)?;
    let text = style::text(false);
    let integer = style::integer(false);
    let mut n = 0;
    for teacher in &ctx.outcome.teachers {
        for hit in &teacher.veto_counts {
            let Some(veto) = ctx.rubric.vetoes.get(hit.veto) else {
                continue;
            };
            let count = hit.evidence.len();
            for (origin, detail) in &hit.evidence {
                n += 1;
                let r = row(n)?;
                let strings = [
                    (0, teacher.key.as_str()),
                    (1, teacher.name.as_str()),
                    (2, veto.name.as_str()),
                    (3, veto.id.as_str()),
                    (6, ctx.file_shown(&origin.file)),
                    (7, &*origin.sheet),
                    (9, detail.get(locale)),
                ];
                for (c, value) in strings {
                    fit.text(r, c, value, &text);
                }
                for (c, v) in [(4, veto.at_least), (5, count)] {
                    let shown = v.to_string();
                    fit.number(
                        r,
                        c,
                        f64::from(u32::try_from(v).unwrap_or(u32::MAX)),
                        &shown,
                        &integer,
                    );
                }
                fit.origin(r, 8, origin, &text, &integer);
            }
        }
    }
    let units = fit.finish(sheet)?;
    sheet.set_freeze_panes(1, 2)?;
    sheet.autofilter(0, 0, row(n)?, col(titles.len() - 1)?)?;
    print_fitted(sheet, l.page_footer, (0, 0), (0, 1), units)
}
