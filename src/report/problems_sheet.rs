//! 数据问题: one row per record `--keep-going` skipped, with where it is and
//! what is wrong, so a partial score never hides the records it left out.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::fit::Fit;
use super::sheet::{col, print_fitted, row, Ctx, BUDGET_UNITS};
use super::style;

pub(super) fn write(sheet: &mut Worksheet, ctx: &Ctx<'_>) -> Result<(), XlsxError> {
    let l = ctx.labels;
    let mut fit = Fit::new(BUDGET_UNITS);
    let titles = [l.source_file, l.sheet, l.row, l.cell, l.problem];
    fit.header(sheet, 0, &titles)?;
    let text = style::text(false);
    let integer = style::integer(false);
    for (i, skipped) in ctx.outcome.skipped.iter().enumerate() {
        let r = row(i + 1)?;
        let place = &skipped.place;
        let strings = [
            (0, place.file.as_str()),
            (1, place.sheet.as_str()),
            (3, place.cell.as_deref().unwrap_or("")),
            (4, skipped.problem.get(ctx.locale)),
        ];
        for (c, value) in strings {
            fit.text(r, c, value, &text);
        }
        let n = place.row;
        fit.number(r, 2, f64::from(n), &n.to_string(), &integer);
    }
    let units = fit.finish(sheet)?;
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(
        0,
        0,
        row(ctx.outcome.skipped.len())?,
        col(titles.len() - 1)?,
    )?;
    // Across pages, each starts with the file the records are in.
    print_fitted(sheet, l.page_footer, (0, 0), (0, 0), units)
}
