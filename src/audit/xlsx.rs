//! Small workbooks of the audit commands (diff, rollup, test): header rows,
//! text and number cells, and the fixed document date that keeps two runs
//! byte-identical, as the scored workbook does.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

/// A cell value.
pub(crate) enum Cell {
    /// Text.
    Text(String),
    /// A score shown at the given places.
    Score(Decimal, u32),
    /// Nothing.
    Blank,
}

/// A sheet: name, header, rows.
pub(crate) struct Sheet {
    pub name: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// Builds a workbook of plain sheets.
pub(crate) fn workbook(title: &str, sheets: &[Sheet]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    book.set_properties(
        &DocProperties::new()
            .set_title(title)
            .set_creation_datetime(&ExcelDateTime::from_ymd(2000, 1, 1)?),
    );
    let bold = Format::new().set_bold().set_background_color("#DDEBF7");
    for s in sheets {
        let sheet: &mut Worksheet = book.add_worksheet().set_name(&s.name)?;
        let mut widths: Vec<usize> = s.header.iter().map(|h| crate::show::width(h)).collect();
        for (c, h) in s.header.iter().enumerate() {
            sheet.write_string_with_format(0, col(c)?, h, &bold)?;
        }
        for (r, row) in s.rows.iter().enumerate() {
            let r = u32::try_from(r + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
            for (c, cell) in row.iter().enumerate() {
                let cc = col(c)?;
                let shown = match cell {
                    Cell::Text(t) => {
                        sheet.write_string(r, cc, t)?;
                        t.clone()
                    }
                    Cell::Score(d, places) => {
                        let code = if *places == 0 {
                            "0".to_string()
                        } else {
                            format!("0.{}", "0".repeat(*places as usize))
                        };
                        // Scores have a few decimal places: the f64 shows them exactly.
                        let f = d.to_f64().unwrap_or_default();
                        sheet.write_number_with_format(
                            r,
                            cc,
                            f,
                            &Format::new().set_num_format(code),
                        )?;
                        crate::show::rounded(*d, *places)
                    }
                    Cell::Blank => String::new(),
                };
                if let Some(w) = widths.get_mut(c) {
                    *w = (*w).max(crate::show::width(&shown));
                }
            }
        }
        for (c, w) in widths.iter().enumerate() {
            sheet.set_column_width(col(c)?, (*w).clamp(6, 60) as f64 + 2.0)?;
        }
        sheet.set_freeze_panes(1, 0)?;
    }
    crate::report::save_workbook(&mut book)
}

fn col(c: usize) -> Result<u16, XlsxError> {
    u16::try_from(c).map_err(|_| XlsxError::RowColumnLimitError)
}
