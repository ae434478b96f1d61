//! Reads CSV files: decoded from their detected encoding as a stream, the
//! header found among the first records like a sheet's, every cell text
//! converted per field type. Row numbers are the line numbers a text editor
//! shows, so a quoted field spanning lines does not shift later rows.

use std::fs::File;
use std::io::BufReader;
use std::path::Path;
use std::sync::Arc;

use super::convert::{Context, Raw};
use super::encoding::{detect, Decoding, Malformed};
use super::error::{DataError, InputError};
use super::header::{detect as detect_header, HeadRow, HEADER_SCAN_ROWS};
use super::rows::RowReader;
use super::schema::SourceSchema;
use super::workbook::{ambiguous, missing_columns};
use super::{FileSummary, ReadOptions, Record};

/// Reads one CSV file. CSV has no sheets: a sheet pattern is not applied,
/// and the sheet name in provenance is empty.
pub(crate) fn read_csv(
    path: &Path,
    display: &str,
    schema: &SourceSchema,
    opts: &ReadOptions,
    problems: &mut Vec<DataError>,
    sink: &mut dyn FnMut(Record<'_>),
) -> Result<FileSummary, InputError> {
    let open_error = |e: std::io::Error| InputError::Open {
        file: display.to_string(),
        reason: e.to_string(),
    };
    let encoding = detect(path).map_err(open_error)?;
    let file = File::open(path).map_err(open_error)?;
    let decoded = Decoding::new(BufReader::new(file), encoding);
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(decoded);
    let csv_error = |e: ::csv::Error| csv_failure(display, e);

    let mut head: Vec<::csv::StringRecord> = Vec::new();
    let mut record = ::csv::StringRecord::new();
    let mut more = true;
    while head.len() < HEADER_SCAN_ROWS as usize {
        more = reader.read_record(&mut record).map_err(csv_error)?;
        if !more {
            break;
        }
        head.push(record.clone());
    }
    let head_rows: Vec<HeadRow> = head
        .iter()
        .map(|r| HeadRow {
            row: line_of(r),
            cells: r
                .iter()
                .enumerate()
                .filter(|(_, t)| !t.trim().is_empty())
                .map(|(c, t)| (c as u32, t.to_string()))
                .collect(),
        })
        .filter(|h| !h.cells.is_empty())
        .collect();
    let header = match detect_header(&head_rows, schema).map_err(|a| ambiguous(display, "", a))? {
        Ok(h) => h,
        Err(candidate) => return Err(missing_columns(display, "", candidate)),
    };
    let ctx = Context {
        year_hint: opts.year_hint,
        is_1904: false,
    };
    let mut rows = RowReader::new(schema, &header, ctx, Arc::from(display), Arc::from(""));
    let mut feed =
        |rows: &mut RowReader<'_>, r: &::csv::StringRecord, problems: &mut Vec<DataError>| {
            rows.begin_row(line_of(r));
            for (c, text) in r.iter().enumerate() {
                let col = c as u32;
                if rows.wants(col) {
                    rows.cell(col, &Raw::Text(text));
                }
            }
            rows.end_row(problems, sink);
        };
    for r in head.iter().filter(|r| line_of(r) > header.row) {
        feed(&mut rows, r, problems);
    }
    drop(head);
    while more && reader.read_record(&mut record).map_err(csv_error)? {
        feed(&mut rows, &record, problems);
    }
    Ok(FileSummary {
        sheets: vec![rows.finish()],
        skipped_sheets: Vec::new(),
    })
}

/// The record's first line, 1-based.
fn line_of(r: &::csv::StringRecord) -> u32 {
    r.position()
        .map_or(0, |p| u32::try_from(p.line()).unwrap_or(u32::MAX))
}

/// A decoding failure inside the csv reader is an encoding error; anything
/// else is a broken file.
fn csv_failure(display: &str, e: ::csv::Error) -> InputError {
    if let ::csv::ErrorKind::Io(io) = e.kind() {
        if let Some(m) = io
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<Malformed>())
        {
            return InputError::Encoding {
                file: display.to_string(),
                reason: m.to_string(),
            };
        }
    }
    InputError::Read {
        file: display.to_string(),
        sheet: String::new(),
        reason: e.to_string(),
    }
}
