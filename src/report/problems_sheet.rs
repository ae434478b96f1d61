//! 数据问题: one row per record `--keep-going` skipped, with where it is and
//! what is wrong, so a partial score never hides the records it left out.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::sheet::{col, header_row, print_as_list, row, Ctx};
use super::style::{self, Widths};

pub(super) fn write(sheet: &mut Worksheet, ctx: &Ctx<'_>) -> Result<(), XlsxError> {
    let l = ctx.labels;
    let mut widths = Widths::new(80);
    let titles = [l.source_file, l.sheet, l.row, l.cell, l.problem];
    header_row(sheet, 0, &titles, &mut widths)?;
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
            sheet.write_string_with_format(r, c, value, &text)?;
            widths.fit(c, value);
        }
        sheet.write_number_with_format(r, 2, place.row, &integer)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(
        0,
        0,
        row(ctx.outcome.skipped.len())?,
        col(titles.len() - 1)?,
    )?;
    widths.apply(sheet)?;
    print_as_list(sheet)
}
