//! Reads CSV files: decoded from their detected encoding as a stream, the
//! separator (comma, tab or semicolon) chosen by which one gives the header,
//! the header found among the first records like a sheet's, every cell text
//! converted per field type. Every line ending (`\r\n`, `\n`, and the lone
//! `\r` of Excel for Mac's "CSV (Macintosh)") ends a row, and row numbers are
//! the rows a spreadsheet shows: a quoted cell spanning lines is one row.
//! A quote that is never closed would fold every later row into one cell,
//! so it is refused, naming its row. No row, nor the rows scanned for the
//! header together, may hold more than a 64th of `--memory-limit`.
//! A cell written `="0012"`, as web systems export a key so that Excel keeps
//! its leading zeros, reads as the text Excel shows, `0012`.

use std::borrow::Cow;
use std::cell::Cell;
use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;

use ::csv::StringRecord;
use encoding_rs::Encoding;

use super::encoding::{detect, Decoding, Malformed};
use super::error::InputError;
use super::header::{detect as detect_header, Candidate, HeadRow, Header, HEADER_SCAN_ROWS};
use super::schema::SourceSchema;
use super::table::TextRows;
use super::workbook::{ambiguous, missing_columns};
use super::{FileSummary, ReadOptions, Reading};

/// The separators tried, in order: Excel writes commas; Excel in locales
/// with a decimal comma writes semicolons; "Unicode text" is tab-separated.
const SEPARATORS: [u8; 3] = [b',', b'\t', b';'];

type CsvReader = ::csv::Reader<Bounded<Lines<Decoding<BufReader<File>>>>>;

/// Reads one CSV file. CSV has no sheets: a sheet pattern is not applied,
/// and the sheet name in provenance is empty.
pub(crate) fn read_csv(
    path: &Path,
    display: &str,
    mut reading: Reading<'_>,
) -> Result<FileSummary, InputError> {
    let open_error = |e: std::io::Error| InputError::Open {
        file: display.to_string(),
        reason: super::error::io_reason(&e),
    };
    let encoding = detect(path).map_err(open_error)?;
    let limit = Limit::of(reading.options);
    let (mut reader, mut top, header) =
        find_header(path, display, encoding, reading.schema, limit)?;
    let mut rows = TextRows::new(&reading, &header, display)?;
    for (row, r) in top.head.iter().filter(|(row, _)| *row > header.row) {
        rows.row(*row, r.iter().map(shown_text), &mut reading);
    }
    let mut last = top.head.last().map(|(row, _)| *row);
    let mut record = StringRecord::new();
    let more = top.more;
    top.head.clear();
    // A record with a line break in a cell is checked for folded rows only
    // once the next one is read: the last record may instead hold a quote
    // left open at the end, which is said as such (and numbered right).
    let mut multiline: Option<(u32, StringRecord)> = None;
    // From here one record is held at a time: each may take the budget.
    reader.get_ref().rearm();
    while more
        && reader
            .read_record(&mut record)
            .map_err(|e| limit.failure(display, e, last))?
    {
        reader.get_ref().rearm();
        let row = top.numbering.row(&reader, &record);
        if let Some((r, held)) = multiline.take() {
            top.swallowed_rows(display, r, &held)?;
        }
        top.extra_cells(display, row, &record)?;
        if record.iter().any(|f| f.contains('\n')) {
            multiline = Some((row, record.clone()));
        }
        rows.row(row, record.iter().map(shown_text), &mut reading);
        last = Some(row);
    }
    // An open quote's cell holds the file's final line break, so the last
    // record is the one held (the reader has cleared `record` by now).
    let final_record = multiline.as_ref().map_or(&record, |(_, r)| r);
    unclosed_quote(display, &reader, last, final_record)?;
    if let Some((r, held)) = multiline {
        top.swallowed_rows(display, r, &held)?;
    }
    rows.finish()
}

/// The first records of the file as read with one separator.
struct Top {
    head: Vec<(u32, StringRecord)>,
    /// Whether records remain after `head`.
    more: bool,
    numbering: Numbering,
    /// How many cells the header row has (its width, blanks included).
    width: usize,
    /// The separator the records were read with.
    separator: u8,
}

impl Top {
    /// Refuses a quote opened in these rows and never closed, which has
    /// swallowed the rest of the file when no records follow them.
    fn unclosed_quote(&self, display: &str, reader: &CsvReader) -> Result<(), InputError> {
        let last = self.head.last();
        unclosed_quote(
            display,
            reader,
            last.map(|(row, _)| *row),
            last.map_or(&StringRecord::new(), |(_, r)| r),
        )
    }

    /// A row with more cells than the header row has a separator typed into a
    /// cell without quotes, so its cells from there on are not under their
    /// headers (Excel and WPS quote such cells, and pad every row to the same
    /// width, header included).
    fn extra_cells(
        &self,
        display: &str,
        row: u32,
        record: &StringRecord,
    ) -> Result<(), InputError> {
        let last = record
            .iter()
            .enumerate()
            .filter(|(_, f)| !shown_text(f).trim().is_empty())
            .map(|(i, _)| i)
            .last();
        match last {
            Some(last) if self.width > 0 && last >= self.width => Err(InputError::ExtraCells {
                file: display.to_string(),
                row,
                cells: last + 1,
                width: self.width,
                separator: char::from(self.separator),
            }),
            _ => Ok(()),
        }
    }

    /// A quote closed only some lines later (by the next quoted cell) folds the
    /// rows between into one cell: a cell whose later lines hold as many
    /// separators as a row has is rows, not a note written on several lines.
    fn swallowed_rows(
        &self,
        display: &str,
        row: u32,
        record: &StringRecord,
    ) -> Result<(), InputError> {
        if self.width < 3 {
            return Ok(());
        }
        let wanted = self.width - 1;
        for field in record.iter().filter(|f| f.contains('\n')) {
            // A cell's own final line break (an open quote at the file's end
            // holds the last one) starts no line.
            let lines: Vec<&str> = field.trim_end_matches('\n').split('\n').skip(1).collect();
            let rowlike = lines
                .iter()
                .filter(|l| l.bytes().filter(|b| *b == self.separator).count() >= wanted)
                .count();
            if rowlike > 0 {
                return Err(InputError::UnclosedQuote {
                    file: display.to_string(),
                    row,
                    lines: lines.len() as u64,
                });
            }
        }
        Ok(())
    }
}

/// Opens the file with each separator in turn until one gives a header row
/// with every required field; when none does, the closest row of all is
/// the one the error shows, so a semicolon file is not shown as one cell.
fn find_header(
    path: &Path,
    display: &str,
    encoding: &'static Encoding,
    schema: &SourceSchema,
    limit: Limit,
) -> Result<(CsvReader, Top, Header), InputError> {
    let mut closest: Option<Candidate> = None;
    let mut open_quote: Option<InputError> = None;
    for separator in SEPARATORS {
        let mut reader = open(path, display, encoding, separator, limit)?;
        let mut top = read_top(display, &mut reader, limit)?;
        let head_rows: Vec<HeadRow> = top
            .head
            .iter()
            .map(|(row, r)| HeadRow {
                row: *row,
                cells: r
                    .iter()
                    .map(shown_text)
                    .enumerate()
                    .filter(|(_, t)| !t.trim().is_empty())
                    .map(|(c, t)| (c as u32, t.into_owned()))
                    .collect(),
            })
            .filter(|h| !h.cells.is_empty())
            .collect();
        if head_rows.is_empty() && !top.more {
            return Err(InputError::Empty {
                file: display.to_string(),
            });
        }
        match detect_header(&head_rows, schema).map_err(|a| ambiguous(display, "", a))? {
            Ok(header) => {
                super::workbook::renamed_columns(display, "", &header, schema)?;
                top.width = top
                    .head
                    .iter()
                    .find(|(row, _)| *row == header.row)
                    .map_or(0, |(_, r)| r.len());
                // A quote opened in the top rows and never closed has
                // already swallowed the rest of the file.
                if !top.more {
                    top.unclosed_quote(display, &reader)?;
                }
                for (row, r) in top.head.iter().filter(|(row, _)| *row > header.row) {
                    top.extra_cells(display, *row, r)?;
                    top.swallowed_rows(display, *row, r)?;
                }
                return Ok((reader, top, header));
            }
            Err(candidate) => {
                // A quote opened above the header and never closed hides
                // the header in a cell: that, not the header, is the fault.
                if !top.more && open_quote.is_none() {
                    open_quote = top.unclosed_quote(display, &reader).err();
                }
                let better = closest
                    .as_ref()
                    .is_none_or(|c| candidate.matched > c.matched);
                if better {
                    closest = Some(candidate);
                }
            }
        }
    }
    Err(open_quote.unwrap_or_else(|| missing_columns(display, "", closest.unwrap_or_default())))
}

fn open(
    path: &Path,
    display: &str,
    encoding: &'static Encoding,
    separator: u8,
    limit: Limit,
) -> Result<CsvReader, InputError> {
    let file = File::open(path).map_err(|e| InputError::Open {
        file: display.to_string(),
        reason: super::error::io_reason(&e),
    })?;
    let lines = Lines::new(Decoding::new(BufReader::new(file), encoding), separator);
    let lines = Bounded {
        inner: lines,
        held: Cell::new(0),
        budget: limit.budget,
    };
    Ok(::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        // [`Lines`] has turned every line ending into `\n`, so one
        // terminator keeps line counting exact.
        .terminator(::csv::Terminator::Any(b'\n'))
        .from_reader(lines))
}

fn read_top(display: &str, reader: &mut CsvReader, limit: Limit) -> Result<Top, InputError> {
    let mut numbering = Numbering::default();
    let mut head = Vec::new();
    let mut record = StringRecord::new();
    let mut more = true;
    while head.len() < HEADER_SCAN_ROWS as usize {
        let last = head.last().map(|(row, _)| *row);
        more = reader
            .read_record(&mut record)
            .map_err(|e| limit.failure(display, e, last))?;
        if !more {
            break;
        }
        head.push((numbering.row(reader, &record), record.clone()));
    }
    Ok(Top {
        head,
        more,
        numbering,
        width: 0,
        separator: reader.get_ref().inner.separator(),
    })
}

/// A field as Excel and WPS show it. Web systems export a key as the
/// formula `="0012"` so that Excel keeps its leading zeros (a CSV writer may
/// quote it, `"=""0012"""`: the same field once unquoted). A field whose
/// whole text is such a formula reads as the text it gives, its doubled
/// quotes single (`="a""b"` is `a"b`). Any other field, a formula that
/// does more than give a text (`="a"&"b"`) included, reads as written. A
/// workbook's cells are typed, so only a CSV needs this.
fn shown_text(field: &str) -> Cow<'_, str> {
    let Some(inner) = field
        .strip_prefix("=\"")
        .and_then(|rest| rest.strip_suffix('"'))
    else {
        return Cow::Borrowed(field);
    };
    if !inner.contains('"') {
        return Cow::Borrowed(inner);
    }
    let mut text = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        // Inside the formula's text a quote is written twice; a single
        // one ends the text, and the formula goes on past it.
        if c == '"' && chars.next() != Some('"') {
            return Cow::Borrowed(field);
        }
        text.push(c);
    }
    Cow::Owned(text)
}

/// Numbers records as a spreadsheet numbers rows: by line, less the line
/// breaks inside quoted cells of earlier records (a cell with a line break
/// is still one row). Blank lines are rows in a spreadsheet too, and the
/// csv reader skips them, so counting lines keeps them counted.
#[derive(Debug, Default)]
struct Numbering {
    inner_breaks: u64,
}

impl Numbering {
    /// The row of the record just read (1-based). The reader's own start
    /// position counts from before any blank lines it skipped, so the line
    /// is worked back from where the record ended: every record ends with
    /// `\n` ([`Lines`] adds a final one), so the end is one line past the
    /// record's last line.
    fn row<R: Read>(&mut self, reader: &::csv::Reader<R>, record: &StringRecord) -> u32 {
        let breaks = line_breaks(record);
        let first_line = reader
            .position()
            .line()
            .saturating_sub(1)
            .saturating_sub(breaks)
            .max(1);
        let row = first_line.saturating_sub(self.inner_breaks).max(1);
        self.inner_breaks = self.inner_breaks.saturating_add(breaks);
        u32::try_from(row).unwrap_or(u32::MAX)
    }
}

fn line_breaks(record: &StringRecord) -> u64 {
    record
        .iter()
        .map(|f| f.bytes().filter(|b| *b == b'\n').count() as u64)
        .sum()
}

/// A quote left open at the end of the file: every row after it went into
/// one cell. `row` is the row of the last record, the one that holds them.
fn unclosed_quote(
    display: &str,
    reader: &CsvReader,
    row: Option<u32>,
    last: &StringRecord,
) -> Result<(), InputError> {
    if !reader.get_ref().inner.quote_open_at_end() {
        return Ok(());
    }
    // The file's own final line break sits inside the open cell too, so
    // the record was numbered as if it ran one line further up.
    let lines = line_breaks(last).saturating_sub(1);
    Err(InputError::UnclosedQuote {
        file: display.to_string(),
        row: row.map_or(1, |r| r.saturating_add(1)),
        lines,
    })
}

/// A decoding failure inside the csv reader is an encoding error; anything
/// else is a broken file.
/// `--memory-limit` as it bounds a CSV row.
#[derive(Debug, Clone, Copy)]
struct Limit {
    /// The limit itself, for the message.
    limit: u64,
    /// What one row, or the rows scanned for the header together, may hold.
    budget: u64,
}

impl Limit {
    fn of(opts: &ReadOptions) -> Limit {
        Limit {
            limit: opts.memory_limit.unwrap_or(super::Limits::DEFAULT_MEMORY),
            budget: super::csv_row_budget(opts.memory_limit),
        }
    }

    /// The reader's error, or the refusal of the row after `last` as too
    /// long when that is what stopped it.
    fn failure(self, display: &str, e: ::csv::Error, last: Option<u32>) -> InputError {
        if !too_long(&e) {
            return csv_failure(display, e);
        }
        let (file, row, budget, limit) = (
            display,
            last.map_or(1, |r| r.saturating_add(1)),
            self.budget,
            self.limit,
        );
        InputError::Refused {
            file: file.to_string(),
            sheet: String::new(),
            message: crate::i18n::input::csv_row_too_long(file, row, budget, limit),
        }
    }
}

/// A stream that fails with [`TooLong`] once more than `budget` bytes have
/// passed through it since it was last rearmed: the reader rearms it after
/// each record, so no record (nor the rows scanned for the header) grows
/// past the budget before it is refused. What the csv reader reads ahead is
/// counted with the record it is read with, so each read takes at most a
/// quarter of the budget: a row is refused only when it (or the rows
/// scanned for the header) takes most of the budget itself.
pub(crate) struct Bounded<R> {
    inner: R,
    held: Cell<u64>,
    budget: u64,
}

impl<R> Bounded<R> {
    fn rearm(&self) {
        self.held.set(0);
    }
}

impl<R: Read> Read for Bounded<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let room = usize::try_from(self.budget / 4)
            .unwrap_or(usize::MAX)
            .max(1)
            .min(buf.len());
        let n = self.inner.read(&mut buf[..room])?;
        let held = self.held.get().saturating_add(n as u64);
        self.held.set(held);
        if held > self.budget {
            return Err(io::Error::other(TooLong));
        }
        Ok(n)
    }
}

/// A row longer than the memory limit allows, carried inside `io::Error`
/// through the csv reader.
#[derive(Debug)]
struct TooLong;

impl std::fmt::Display for TooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a CSV row longer than the memory limit allows")
    }
}

impl std::error::Error for TooLong {}

fn too_long(e: &::csv::Error) -> bool {
    matches!(e.kind(), ::csv::ErrorKind::Io(io)
        if io.get_ref().is_some_and(|inner| inner.is::<TooLong>()))
}

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
            _ => crate::i18n::input::csv_malformed(shown),
        },
    }
}

/// Where the text is in CSV's quoting, tracked exactly as the csv reader
/// tracks it, so the end of the file can say whether a quote was left open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Quoting {
    /// At the start of a cell, where a quote opens a quoted cell.
    CellStart,
    /// In an unquoted cell: a quote here is just a character (`他说"好"`).
    Plain,
    /// Inside a quoted cell: separators and line breaks are text.
    Quoted,
    /// A quote inside a quoted cell: a second one is a literal quote,
    /// anything else has closed the cell.
    QuoteInQuoted,
}

/// Text with every line ending made `\n` (`\r\n`, and the lone `\r` that
/// Excel for Mac writes and that would otherwise join all rows into one),
/// a final line break added where the file lacks one, and a DOS end-of-file
/// mark (`\x1a`, Ctrl+Z) at the very end dropped so it is not a row.
pub(crate) struct Lines<R> {
    inner: R,
    separator: u8,
    input: Vec<u8>,
    output: Vec<u8>,
    out_start: usize,
    after_cr: bool,
    /// A `\x1a` and any line breaks after it, held back: dropped if
    /// nothing but the end of the file follows.
    held: Vec<u8>,
    last: Option<u8>,
    state: Quoting,
    done: bool,
}

const CHUNK: usize = 16 * 1024;

impl<R: Read> Lines<R> {
    pub(crate) fn new(inner: R, separator: u8) -> Self {
        Lines {
            inner,
            separator,
            input: vec![0; CHUNK],
            output: Vec::with_capacity(CHUNK + 2),
            out_start: 0,
            after_cr: false,
            held: Vec::new(),
            last: None,
            state: Quoting::CellStart,
            done: false,
        }
    }

    /// The separator the text is read with.
    pub(crate) fn separator(&self) -> u8 {
        self.separator
    }

    /// Whether the whole text has been read and a quoted cell was still open.
    pub(crate) fn quote_open_at_end(&self) -> bool {
        self.done && self.state == Quoting::Quoted
    }

    fn emit(&mut self, b: u8) {
        self.state = match (self.state, b) {
            (Quoting::CellStart, b'"') => Quoting::Quoted,
            (Quoting::Quoted, b'"') => Quoting::QuoteInQuoted,
            (Quoting::Quoted, _) => Quoting::Quoted,
            (Quoting::QuoteInQuoted, b'"') => Quoting::Quoted,
            (_, b'\n') => Quoting::CellStart,
            (_, c) if c == self.separator => Quoting::CellStart,
            _ => Quoting::Plain,
        };
        self.output.push(b);
        self.last = Some(b);
    }

    /// Fills `output` from the next chunk of input; false at the end.
    fn fill(&mut self) -> io::Result<bool> {
        self.output.clear();
        self.out_start = 0;
        while self.output.is_empty() {
            if self.done {
                return Ok(false);
            }
            let n = self.inner.read(&mut self.input)?;
            if n == 0 {
                // Held `\x1a` marks are the end-of-file mark: dropped.
                self.held.clear();
                if self.last.is_some_and(|b| b != b'\n') {
                    self.emit(b'\n');
                }
                self.done = true;
                continue;
            }
            for i in 0..n {
                let b = self.input[i];
                if self.after_cr {
                    self.after_cr = false;
                    if b == b'\n' {
                        continue;
                    }
                }
                let b = if b == b'\r' {
                    self.after_cr = true;
                    b'\n'
                } else {
                    b
                };
                // A `\x1a` and the line breaks after it wait to see whether
                // anything but the end follows.
                if b == 0x1a || (b == b'\n' && !self.held.is_empty()) {
                    self.held.push(b);
                    continue;
                }
                for h in std::mem::take(&mut self.held) {
                    self.emit(h);
                }
                self.emit(b);
            }
        }
        Ok(true)
    }
}

impl<R: Read> Read for Lines<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.out_start == self.output.len() && !self.fill()? {
            return Ok(0);
        }
        let n = buf.len().min(self.output.len() - self.out_start);
        buf[..n].copy_from_slice(&self.output[self.out_start..self.out_start + n]);
        self.out_start += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(bytes: &[u8]) -> (String, bool) {
        let mut l = Lines::new(bytes, b',');
        let mut s = String::new();
        l.read_to_string(&mut s).unwrap();
        (s, l.quote_open_at_end())
    }

    #[test]
    fn every_line_ending_becomes_one_line_break() {
        assert_eq!(lines(b"a,b\rc,d\r").0, "a,b\nc,d\n");
        assert_eq!(lines(b"a,b\r\nc,d\r\n").0, "a,b\nc,d\n");
        assert_eq!(lines(b"a\r\nb\rc\nd").0, "a\nb\nc\nd\n");
        assert_eq!(lines(b"a\r\r\nb").0, "a\n\nb\n");
        assert_eq!(lines(b"").0, "");
    }

    #[test]
    fn a_crlf_split_across_reads_is_one_break() {
        let text = format!("{}\r\nb\r\n", "a".repeat(CHUNK - 1));
        assert_eq!(
            lines(text.as_bytes()).0,
            format!("{}\nb\n", "a".repeat(CHUNK - 1))
        );
    }

    #[test]
    fn a_trailing_end_of_file_mark_is_dropped() {
        assert_eq!(lines(b"a,b\r\n\x1a").0, "a,b\n");
        assert_eq!(lines(b"a,b\x1a").0, "a,b\n");
        assert_eq!(lines(b"a,b\x1a\r\n").0, "a,b\n");
        assert_eq!(lines(b"a,b\r\n\x1a\x1a\r\n\r\n").0, "a,b\n");
        // Anywhere else it is a character, kept in its place.
        assert_eq!(lines(b"a\x1ab\n").0, "a\x1ab\n");
        assert_eq!(lines(b"a\x1a\r\nb").0, "a\x1a\nb\n");
    }

    #[test]
    fn an_open_quote_at_the_end_is_seen() {
        assert!(!lines(b"a,\"b\nc\",d\n").1);
        assert!(!lines(b"a,\"say \"\"hi\"\"\"\n").1);
        assert!(!lines(b"a,he said \"hi\n").1);
        assert!(!lines(b"a,\"hi\"there\n").1);
        assert!(lines(b"a,\"b\nc,d\n").1);
        assert!(lines(b"1001,2022-03-05,\"x\r").1);
    }

    #[test]
    fn a_text_formula_reads_as_the_text_it_gives() {
        assert_eq!(shown_text("=\"0012\""), "0012");
        assert_eq!(shown_text("=\"\""), "");
        assert_eq!(shown_text("=\"a\"\"b\""), "a\"b");
        assert_eq!(shown_text("=\"\"\"\""), "\"");
        // Anything else is read as written: no formula, more than a text,
        // a quote left open, or the text alone.
        for field in [
            "0012",
            "=",
            "=\"",
            "=\"a",
            "= \"0012\"",
            " =\"0012\"",
            "=\"0012\" ",
            "=\"00\"&\"12\"",
            "=\"a\"\"",
            "=0012",
            "\"0012\"",
            "=\"a\"b\"",
        ] {
            assert_eq!(shown_text(field), field, "{field}");
        }
        assert!(matches!(shown_text("=\"0012\""), Cow::Borrowed(_)));
    }
}
