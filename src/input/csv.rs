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
        reason: super::error::io_reason(&e),
    };
    let encoding = detect(path).map_err(open_error)?;
    let file = File::open(path).map_err(open_error)?;
    let decoded = Decoding::new(BufReader::new(file), encoding);
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        // `\r\n` endings leave a `\r` on the last field, which trimming
        // removes; a single terminator keeps line counting exact.
        .terminator(::csv::Terminator::Any(b'\n'))
        .from_reader(decoded);
    let csv_error = |e: ::csv::Error| csv_failure(display, e);

    let mut head: Vec<(u32, ::csv::StringRecord)> = Vec::new();
    let mut record = ::csv::StringRecord::new();
    let mut more = true;
    while head.len() < HEADER_SCAN_ROWS as usize {
        more = reader.read_record(&mut record).map_err(csv_error)?;
        if !more {
            break;
        }
        head.push((first_line(&reader, &record), record.clone()));
    }
    let head_rows: Vec<HeadRow> = head
        .iter()
        .map(|(line, r)| HeadRow {
            row: *line,
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
    let mut feed = |rows: &mut RowReader<'_>,
                    line: u32,
                    r: &::csv::StringRecord,
                    problems: &mut Vec<DataError>| {
        rows.begin_row(line);
        for (c, text) in r.iter().enumerate() {
            let col = c as u32;
            // A `\r\n` ending leaves its `\r` on the last field; a
            // message must show the value as the user typed it.
            rows.cell(col, &Raw::Text(text.strip_suffix('\r').unwrap_or(text)));
        }
        rows.end_row(problems, sink);
    };
    for (line, r) in head.iter().filter(|(line, _)| *line > header.row) {
        feed(&mut rows, *line, r, problems);
    }
    drop(head);
    while more && reader.read_record(&mut record).map_err(csv_error)? {
        let line = first_line(&reader, &record);
        feed(&mut rows, line, &record, problems);
    }
    Ok(FileSummary {
        sheets: vec![rows.finish()],
        skipped_sheets: Vec::new(),
    })
}

/// The record's first line, 1-based. The reader's own start position counts
/// from before any blank lines it skipped, so the line is worked back from
/// where the record ended: every record ends with `\n` (the decoder adds a
/// final one), so the end is one line past the record's last line, less any
/// line breaks inside quoted fields.
fn first_line<R: std::io::Read>(reader: &::csv::Reader<R>, record: &::csv::StringRecord) -> u32 {
    let inner_breaks: u64 = record
        .iter()
        .map(|f| f.bytes().filter(|b| *b == b'\n').count() as u64)
        .sum();
    let line = reader
        .position()
        .line()
        .saturating_sub(1)
        .saturating_sub(inner_breaks)
        .max(1);
    u32::try_from(line).unwrap_or(u32::MAX)
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
                reason: m.text(),
            };
        }
    }
    let shown = e.to_string();
    InputError::Read {
        file: display.to_string(),
        sheet: String::new(),
        reason: match e.kind() {
            ::csv::ErrorKind::Io(io) => super::error::io_reason(io),
            _ => crate::text!("{shown}", "CSV 文件格式有误（{shown}）"),
        },
    }
}
