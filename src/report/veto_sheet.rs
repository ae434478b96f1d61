//! 否决: one row per record that triggered a veto, with where it came from,
//! because a forced grade overrides the score and must be just as traceable.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::fit::Fit;
use super::sheet::{col, print_fitted, row, Ctx, BUDGET_UNITS};
use super::style;
use crate::engine::{TeacherResult, VetoResult};
use crate::rubric::Veto;

pub(super) fn write(sheet: &mut Worksheet, ctx: &Ctx<'_>) -> Result<(), XlsxError> {
    let l = ctx.labels;
    write_records(
        sheet,
        ctx,
        &[l.forced_grade],
        |teacher| &teacher.vetoes,
        |veto, _| {
            let grade = veto
                .and_then(|v| ctx.rubric.grades.get(v.grade))
                .map_or("", |g| g.name.as_str());
            Some(vec![Own::Text(grade)])
        },
    )
}

/// A column a sheet of veto records has of its own, between the veto's
/// name and the record's file.
pub(super) enum Own<'a> {
    Text(&'a str),
    Count(usize),
}

/// Writes a sheet of veto records: one row per record of each of the
/// teachers' `hits`, with the teacher, the veto's name, the hit's `own`
/// columns (headed `own_titles`) and where the record came from. A hit
/// whose `own` is `None` is left out.
pub(super) fn write_records<'c>(
    sheet: &mut Worksheet,
    ctx: &Ctx<'c>,
    own_titles: &[&str],
    hits: for<'t> fn(&'t TeacherResult) -> &'t [VetoResult],
    own: impl Fn(Option<&'c Veto>, &VetoResult) -> Option<Vec<Own<'c>>>,
) -> Result<(), XlsxError> {
    let l = ctx.labels;
    let mut fit = Fit::new(BUDGET_UNITS);
    let mut titles = vec![l.key, l.name, l.veto];
    titles.extend_from_slice(own_titles);
    titles.extend([l.source_file, l.sheet, l.row, l.detail]);
    fit.header(sheet, 0, &titles)?;
    let after_own = 3 + own_titles.len();
    let text = style::text(false);
    let integer = style::integer(false);
    let mut n = 0;
    for teacher in &ctx.outcome.teachers {
        for hit in hits(teacher) {
            let veto = ctx.rubric.vetoes.get(hit.veto);
            let Some(own) = own(veto, hit) else {
                continue;
            };
            let name = veto.map_or("", |v| v.name.as_str());
            for (origin, detail) in &hit.evidence {
                n += 1;
                let r = row(n)?;
                let mut strings = vec![
                    (0, teacher.key.as_str()),
                    (1, teacher.name.as_str()),
                    (2, name),
                ];
                let mut counts = Vec::new();
                for (c, cell) in (3..).zip(&own) {
                    match cell {
                        Own::Text(value) => strings.push((c, value)),
                        Own::Count(v) => counts.push((c, *v)),
                    }
                }
                strings.extend([
                    (col(after_own)?, ctx.file_shown(&origin.file)),
                    (col(after_own + 1)?, &*origin.sheet),
                    (col(after_own + 3)?, detail.get(ctx.locale)),
                ]);
                for (c, value) in strings {
                    fit.text(r, c, value, &text);
                }
                for (c, v) in counts {
                    let shown = v.to_string();
                    fit.number(
                        r,
                        c,
                        f64::from(u32::try_from(v).unwrap_or(u32::MAX)),
                        &shown,
                        &integer,
                    );
                }
                fit.origin(r, col(after_own + 2)?, origin, &text, &integer);
            }
        }
    }
    let units = fit.finish(sheet)?;
    sheet.set_freeze_panes(1, 2)?;
    sheet.autofilter(0, 0, row(n)?, col(titles.len() - 1)?)?;
    print_fitted(sheet, l.page_footer, (0, 0), (0, 1), units)
}
