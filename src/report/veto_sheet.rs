//! 否决: one row per record that triggered a veto, with where it came from,
//! because a forced grade overrides the score and must be just as traceable.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::fit::Fit;
use super::sheet::{col, print_fitted, row, Ctx, BUDGET_UNITS};
use super::style;

pub(super) fn write(sheet: &mut Worksheet, ctx: &Ctx<'_>) -> Result<(), XlsxError> {
    let l = ctx.labels;
    let mut fit = Fit::new(BUDGET_UNITS);
    let titles = [
        l.key,
        l.name,
        l.veto,
        l.forced_grade,
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
        for hit in &teacher.vetoes {
            let veto = ctx.rubric.vetoes.get(hit.veto);
            let name = veto.map_or("", |v| v.name.as_str());
            let grade = veto
                .and_then(|v| ctx.rubric.grades.get(v.grade))
                .map_or("", |g| g.name.as_str());
            for (origin, detail) in &hit.evidence {
                n += 1;
                let r = row(n)?;
                let strings = [
                    (0, teacher.key.as_str()),
                    (1, teacher.name.as_str()),
                    (2, name),
                    (3, grade),
                    (4, ctx.file_shown(&origin.file)),
                    (5, &*origin.sheet),
                    (7, detail.get(ctx.locale)),
                ];
                for (c, value) in strings {
                    fit.text(r, c, value, &text);
                }
                fit.origin(r, 6, origin, &text, &integer);
            }
        }
    }
    let units = fit.finish(sheet)?;
    sheet.set_freeze_panes(1, 2)?;
    sheet.autofilter(0, 0, row(n)?, col(titles.len() - 1)?)?;
    print_fitted(sheet, l.page_footer, (0, 0), (0, 1), units)
}
