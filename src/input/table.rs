//! A table handed over as rows of text, read as a CSV file holding those
//! rows would be: the header found among the top rows, every cell converted
//! per field type, rows numbered from 1 as a spreadsheet numbers them. This
//! is how `kaohe test` reads its cases' records, with no file in between.

use std::sync::Arc;

use super::convert::{Context, Raw};
use super::error::InputError;
use super::header::{detect as detect_header, HeadRow, HEADER_SCAN_ROWS};
use super::rows::RowReader;
use super::workbook::{ambiguous, missing_columns};
use super::{FileSummary, Reading};

/// Reads `rows` (the first holding the header) as the file `display`.
pub(crate) fn read_rows(
    display: &str,
    rows: &[Vec<String>],
    reading: Reading<'_>,
) -> Result<FileSummary, InputError> {
    let Reading {
        schema,
        options: opts,
        problems,
        sink,
    } = reading;
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
    let header = detect_header(&head_rows, schema)
        .map_err(|a| ambiguous(display, "", a))?
        .map_err(|closest| missing_columns(display, "", closest))?;
    let ctx = Context {
        year_hint: opts.year_hint,
        is_1904: false,
    };
    let mut reader = RowReader::new(schema, &header, ctx, Arc::from(display), Arc::from(""))
        .map_err(|e| e.into_error(display, ""))?;
    for (row, cells) in numbered.filter(|(row, _)| *row > header.row) {
        reader.begin_row(row);
        for (c, text) in (0u32..).zip(cells) {
            reader.cell(c, &Raw::Text(text));
        }
        reader.end_row(problems, sink);
    }
    let sheet = reader.finish().map_err(|e| e.into_error(display, ""))?;
    Ok(FileSummary {
        sheets: vec![sheet],
        skipped_sheets: Vec::new(),
    })
}
