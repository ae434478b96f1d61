//! A table handed over as rows of text, read as a CSV file holding those
//! rows would be: the header found among the top rows, every cell converted
//! per field type, rows numbered from 1 as a spreadsheet numbers them. This
//! is how `kaohe test` reads its cases' records, with no file in between.

use std::sync::Arc;

use super::convert::{Context, Raw};
use super::error::InputError;
use super::header::{detect as detect_header, HeadRow, Header, HEADER_SCAN_ROWS};
use super::rows::RowReader;
use super::workbook::{ambiguous, missing_columns};
use super::{FileSummary, Reading};

/// Reads `rows` (the first holding the header) as the file `display`.
pub(crate) fn read_rows(
    display: &str,
    rows: &[Vec<String>],
    mut reading: Reading<'_>,
) -> Result<FileSummary, InputError> {
    let numbered = (1u32..).zip(rows);
    let head_rows: Vec<HeadRow> = numbered
        .clone()
        .take(HEADER_SCAN_ROWS as usize)
        .map(|(row, cells)| HeadRow {
            row,
            cells: (0u32..)
                .zip(cells)
                .filter(|(_, t)| !t.trim().is_empty())
                .map(|(c, t)| (c, t.clone()))
                .collect(),
        })
        .filter(|h| !h.cells.is_empty())
        .collect();
    if head_rows.is_empty() {
        return Err(InputError::Empty {
            file: display.to_string(),
        });
    }
    let header = detect_header(&head_rows, reading.schema)
        .map_err(|a| ambiguous(display, "", a))?
        .map_err(|closest| missing_columns(display, "", closest))?;
    let mut table = TextRows::new(&reading, &header, display)?;
    for (row, cells) in numbered.filter(|(row, _)| *row > header.row) {
        table.row(row, cells.iter().map(String::as_str), &mut reading);
    }
    table.finish()
}

/// The rows of a table without sheets (a CSV file, or rows in memory)
/// below its header, each a row of text cells.
pub(crate) struct TextRows<'s> {
    rows: RowReader<'s>,
    display: Arc<str>,
}

impl<'s> TextRows<'s> {
    /// Reads below `header` of the table named `display`.
    pub(crate) fn new(
        reading: &Reading<'s>,
        header: &Header,
        display: &str,
    ) -> Result<Self, InputError> {
        let ctx = Context::new(reading.options, false);
        let rows = RowReader::new(reading.schema, header, ctx, display.into(), "".into())
            .map_err(|e| e.into_error(display, ""))?;
        Ok(TextRows {
            rows,
            display: display.into(),
        })
    }

    /// Reads row `row`, its cells from the first column on, into `reading`.
    pub(crate) fn row<T: AsRef<str>>(
        &mut self,
        row: u32,
        cells: impl IntoIterator<Item = T>,
        reading: &mut Reading<'_>,
    ) {
        self.rows.begin_row(row);
        for (c, text) in (0u32..).zip(cells) {
            self.rows.cell(c, &Raw::Text(text.as_ref()));
        }
        self.rows.end_row(reading.problems, reading.sink);
    }

    /// What was read: the one sheet, named "".
    pub(crate) fn finish(self) -> Result<FileSummary, InputError> {
        let sheet = self
            .rows
            .finish()
            .map_err(|e| e.into_error(&self.display, ""))?;
        Ok(FileSummary {
            sheets: vec![sheet],
            skipped_sheets: Vec::new(),
        })
    }
}
