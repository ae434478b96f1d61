//! Reading records from exported spreadsheets (xlsx, xlsm, xls, ods, CSV).
//!
//! A [`SourceSchema`] says which fields to find and their types; the reader
//! finds the header row by content, maps columns by header aliases, converts
//! every cell to its field's type and hands each good record to a sink with
//! its provenance. Cell problems are collected, not fatal, so one run shows
//! them all.

mod biff;
mod convert;
mod csv;
mod dates;
mod duration;
mod encoding;
mod error;
mod extent;
mod guard;
pub(crate) mod header;
mod limits;
mod merged;
mod mergescan;
mod normalize;
mod notes;
mod rows;
pub mod schema;
mod strays;
mod table;
mod title;
mod unpivot;
mod workbook;
mod zipcheck;

#[cfg(test)]
mod tests;

use std::path::Path;

pub(crate) use convert::is_needs_year;
pub(crate) use convert::text_reads_as_value;
pub use dates::{Month, YearHint};
#[cfg(test)]
pub(crate) use error::english_words;
pub use error::io_reason;
pub(crate) use error::list;
pub use error::{DataError, InputError, Renamed};
pub use header::MissingField;
pub use limits::Limits;
pub use mergescan::Merges;
pub use normalize::{clean_text, is_invisible, normalize_header, normalize_text, show_invisible};
pub use schema::{FieldSpec, SourceSchema, Unpivot};
pub use zipcheck::{check_file, Checked};

use crate::provenance::Provenance;
use crate::value::Value;

/// One good record: its values in the order of the schema's fields, and where it came from.
#[derive(Debug, Clone, Copy)]
pub struct Record<'a> {
    /// The typed values, in `schema.fields` order.
    pub values: &'a [Value],
    /// The file, sheet and row the record was read from.
    pub origin: &'a Provenance,
    /// Per field, the text as the cell writes it (trimmed, invisible
    /// characters removed) where it differs from the normalised value:
    /// `欧阳 娜` for the value `欧阳娜`. Names are matched by the value and
    /// shown as written.
    pub written: &'a [Option<String>],
    /// The row was refused: its problems are reported, and its values are
    /// only as far as they could be read. The roster uses a refused row's key
    /// so that the teacher's records are not each reported as unknown.
    pub refused: bool,
}

/// Options for reading.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// The days scored: a date written without a year (`3月1日`) takes the
    /// year that puts it inside them; without them such a date is an error
    /// that asks for a `--period`.
    pub year_hint: Option<YearHint>,
    /// `--memory-limit`: a CSV row, or the rows scanned for the header
    /// together, may hold at most [`csv_row_budget`] of it. `None`: the
    /// default limit.
    pub memory_limit: Option<u64>,
    /// Keep a hash of each record ([`SheetSummary::hashes`]), for the run
    /// to compare the records of the source's files: set when the source
    /// reads several files. A workbook with several sheets for the source
    /// keeps them whatever this says. Off, the memory of a reading does not
    /// grow with its records.
    pub compare: bool,
}

/// The most bytes one CSV row, or the rows scanned for its header together,
/// may hold under `memory_limit` (`None`: the default): a 64th of it. A row
/// of n bytes takes up to about 47·n while it is read (the csv reader's
/// buffers grow by doubling and keep 8 bytes per field; each non-empty
/// field of a row scanned for the header is copied as its own string), so
/// what the rows take stays below the limit however the row is made.
pub fn csv_row_budget(memory_limit: Option<u64>) -> u64 {
    memory_limit.unwrap_or(Limits::DEFAULT_MEMORY) / 64
}

/// What was read from one file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileSummary {
    /// The sheets read, in workbook order (one, named "", for CSV).
    pub sheets: Vec<SheetSummary>,
    /// Sheets left out because no header row matched the schema.
    pub skipped_sheets: Vec<String>,
}

/// What was read from one sheet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SheetSummary {
    /// The sheet's name ("" for CSV).
    pub sheet: String,
    /// The header row, 1-based.
    pub header_row: u32,
    /// How many good records were passed to the sink.
    pub records: u64,
    /// Each field found, with the (normalised) header text it was found under.
    pub columns: Vec<(String, String)>,
    /// Every (normalised) header text of the header row, in column order.
    pub headers: Vec<String>,
    /// Optional fields with no column in the sheet: every record took the
    /// field's default.
    pub absent: Vec<AbsentColumn>,
    /// Records read from rows the sheet hides (by hand or by a filter), when
    /// the format says which rows are hidden (xlsx, xls, ods; not CSV).
    pub hidden: u64,
    /// A digest of the records passed to the sink that does not depend on
    /// their order: two sheets with equal `records` and `digest` hold the
    /// same records (a copied sheet, a second export of the same month).
    pub digest: u128,
    /// Each record's hash, in the order read (half of what `digest` sums):
    /// kept so that a run can find one sheet's records inside another's, an
    /// earlier download of the same export or an extract filtered from it.
    pub hashes: Vec<u64>,
    /// What the sheet's title above its header says it covers (DingTalk's
    /// `统计日期：2022-03-01 至 2022-03-15`, or `2022年3月`), when it says.
    pub covers: Option<TitleCovers>,
}

/// The days a sheet's title says the sheet covers: a range of dates as
/// written, or a month written `2022年3月` from its first day to its last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TitleCovers {
    /// The title cell, A1 style.
    pub cell: String,
    /// The title as written.
    pub title: String,
    /// The first day covered.
    pub from: chrono::NaiveDate,
    /// The last day covered.
    pub to: chrono::NaiveDate,
    /// Whether the title writes a range of dates (an export taken over
    /// them), not a month (a sheet of that month, such as an exam's).
    pub range: bool,
}

/// An optional field the header row has no column for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AbsentColumn {
    /// The field's name.
    pub field: String,
    /// The headers the rubric accepts for it.
    pub accepted: Vec<String>,
    /// The value each record took, as shown ("" for blank).
    pub default: String,
}

/// Whether the path names a file this module reads: xlsx, xlsm, xls, ods or
/// csv, in any letter case.
pub fn is_spreadsheet(path: &Path) -> bool {
    kind_of(path).is_some()
}

/// Whether the path names a WPS spreadsheet in its own format (`.et`, or
/// the template `.ett`), which no reader here understands: such a file is
/// refused by name, never passed over, since its records would be missing.
pub fn is_wps_sheet(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("et") || e.eq_ignore_ascii_case("ett"))
}

/// The formats, by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Xlsx,
    Xls,
    Ods,
    Csv,
}

fn kind_of(path: &Path) -> Option<Kind> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "xlsx" | "xlsm" => Some(Kind::Xlsx),
        "xls" => Some(Kind::Xls),
        "ods" => Some(Kind::Ods),
        "csv" => Some(Kind::Csv),
        _ => None,
    }
}

/// What one reading is for: the source's schema, how to read, and where
/// the records and the cell problems go. Every format reads into one.
pub struct Reading<'a> {
    /// The source's fields, headers and sheet pattern.
    pub schema: &'a SourceSchema,
    /// The year for dates written without one, and the memory budget.
    pub options: &'a ReadOptions,
    /// Cell-level problems: the record is then handed on refused, and
    /// reading goes on, so a run reports all of them together.
    pub problems: &'a mut Vec<DataError>,
    /// Called for each record, in the order read.
    pub sink: &'a mut dyn FnMut(Record<'_>),
}

/// Where records come from: an export on disk in any format kaohe reads,
/// or rows of text already in memory.
#[derive(Debug, Clone, Copy)]
pub enum Origin<'a> {
    /// A file, read by its extension (xlsx, xlsm, xls, ods or csv), every
    /// sheet that matches the schema's pattern and has its header.
    File {
        /// Where it is.
        path: &'a Path,
        /// Its name as the user should see it in provenance and messages.
        display: &'a str,
        /// The merged ranges [`check_file`] found in it (see
        /// [`Checked::merges`]), so an xlsx sheet is not read a second time
        /// to find them; sheets these do not cover are asked of calamine.
        merges: Option<&'a Merges>,
    },
    /// Rows of text, the header among the first, read as a CSV file named
    /// `display` holding them would be (how `kaohe test` reads its cases).
    Rows {
        /// The name the rows go by in provenance and messages.
        display: &'a str,
        /// The rows, each a list of cells.
        rows: &'a [Vec<String>],
    },
}

/// Reads the records of `origin` into `reading`: the one way in for every
/// format. File-level failures (unreadable, no sheet with the needed
/// header, missing required columns) return `Err`; cell-level ones go to
/// `reading.problems`.
///
/// # Errors
/// [`InputError`], naming the file and, where there is one, the sheet.
pub fn read(origin: Origin<'_>, reading: Reading<'_>) -> Result<FileSummary, InputError> {
    match origin {
        Origin::File {
            path,
            display,
            merges,
        } => read_file(path, display, merges, reading),
        Origin::Rows { display, rows } => table::read_rows(display, rows, reading),
    }
}

fn read_file(
    path: &Path,
    display: &str,
    merges: Option<&Merges>,
    reading: Reading<'_>,
) -> Result<FileSummary, InputError> {
    // calamine indexes into record bytes without checking some lengths, so a
    // damaged workbook can panic inside it. That must be a located refusal of
    // the file, not a crashed run; the records already handed on do not
    // matter, since a file error stops the run before anything is scored.
    // A panic anywhere else (kaohe's own reading, or the scoring the records
    // are handed to) is a fault in kaohe, not in the file: it goes on up to
    // be reported as one.
    crate::panicked::take_here();
    let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        read_by_kind(path, display, merges, reading)
    }));
    match read {
        Ok(result) => result,
        Err(payload) => match crate::panicked::take_here() {
            Some(p) if crate::panicked::in_reader(&p) => Err(damaged(display)),
            _ => std::panic::resume_unwind(payload),
        },
    }
}

/// The refusal of a file the spreadsheet reader panicked on.
pub fn damaged(display: &str) -> InputError {
    InputError::Open {
        file: display.to_string(),
        reason: crate::i18n::input::reader_failed().text(),
    }
}

fn read_by_kind(
    path: &Path,
    display: &str,
    merges: Option<&Merges>,
    reading: Reading<'_>,
) -> Result<FileSummary, InputError> {
    match kind_of(path) {
        Some(Kind::Csv) => csv::read_csv(path, display, reading),
        Some(Kind::Xlsx) => workbook::read_xlsx(path, display, merges, reading),
        Some(Kind::Xls) => workbook::read_xls(path, display, reading),
        Some(Kind::Ods) => workbook::read_ods(path, display, reading),
        None => Err(InputError::Open {
            file: display.to_string(),
            reason: crate::i18n::input::not_a_spreadsheet_name().text(),
        }),
    }
}
