//! The errors reading can report, each carrying where it happened: cell-level
//! [`DataError`]s are collected so one run shows them all; file-level
//! [`InputError`]s stop reading that file.

use thiserror::Error;

use crate::provenance::CellRef;

/// A cell whose value cannot be converted to its field's type. The record it
/// belongs to is left out; reading goes on.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DataError {
    /// The cell holds something the field's type does not accept.
    #[error("{cell}: {header} ({field}) value \"{value}\" is not {expected}")]
    BadValue {
        /// Where the cell is.
        cell: CellRef,
        /// The field's name in the rubric.
        field: String,
        /// The header text found in the file for the field, as the user sees it.
        header: String,
        /// The cell's content as the spreadsheet shows it.
        value: String,
        /// What would have been accepted, e.g. `one of 正常, 迟到`.
        expected: String,
    },
}

/// A problem with a whole file or sheet: nothing more is read from the file.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum InputError {
    /// The file cannot be opened or is not a readable spreadsheet.
    #[error("{file}: cannot be read: {reason}")]
    Open {
        /// The file as the user named it.
        file: String,
        /// Why, in words.
        reason: String,
    },
    /// A sheet became unreadable part way (a damaged file).
    #[error("{}: reading stopped: {reason}", place(file, sheet))]
    Read {
        /// The file as the user named it.
        file: String,
        /// The sheet; empty for CSV.
        sheet: String,
        /// Why, in words.
        reason: String,
    },
    /// No row near the top of the sheet has a header for every required field.
    #[error(
        "{}: no header row in the first {} rows has a column for {}; the closest is row {header_row}, which has: {}",
        place(file, sheet),
        crate::input::header::HEADER_SCAN_ROWS,
        missing_list(missing),
        found_list(found)
    )]
    MissingColumns {
        /// The file as the user named it.
        file: String,
        /// The sheet whose best candidate row is shown; empty for CSV.
        sheet: String,
        /// Each missing field, with the header texts that would be accepted.
        missing: Vec<(String, Vec<String>)>,
        /// The normalised header texts of the row that matched the most fields.
        found: Vec<String>,
        /// That row, 1-based (0 if the sheet is empty).
        header_row: u32,
    },
    /// The rubric's sheet pattern matches no sheet of the workbook.
    #[error("{file}: no sheet matches \"{pattern}\"; the workbook has: {}", sheets.join(", "))]
    NoSheet {
        /// The file as the user named it.
        file: String,
        /// The pattern as written in the rubric.
        pattern: String,
        /// The workbook's sheet names.
        sheets: Vec<String>,
    },
    /// One field's header aliases match more than one column of the header row.
    #[error(
        "{}: field {field} matches more than one column ({}); keep one alias per column in the rubric or rename a column",
        place(file, sheet),
        headers.join(", ")
    )]
    AmbiguousColumn {
        /// The file as the user named it.
        file: String,
        /// The sheet; empty for CSV.
        sheet: String,
        /// The field's name in the rubric.
        field: String,
        /// The matching headers, each with its column (`E: 状态`).
        headers: Vec<String>,
    },
    /// A value merged down over several data rows in a column the rubric
    /// reads: only the first row holds it, the others would read blank.
    #[error(
        "{}, cells {range} are merged: {header} is filled only in {anchor}; unmerge them and fill every row (WPS: 合并居中 ▸ 拆分并填充内容; Excel: 取消单元格合并, then 定位条件 ▸ 空值, type = then ↑ then Ctrl+Enter)",
        place(file, sheet)
    )]
    MergedCells {
        /// The file as the user named it.
        file: String,
        /// The sheet.
        sheet: String,
        /// The merged range, `A3:A5`.
        range: String,
        /// Its first cell, the only one that holds the value.
        anchor: String,
        /// The header of the read column it covers, as found in the file.
        header: String,
    },
    /// A CSV file is neither UTF-8 (with or without BOM), UTF-16 with a BOM, nor GB18030.
    #[error("{file}: the text encoding is not UTF-8, UTF-16 or GBK/GB18030 ({reason}); save it again as \"CSV UTF-8\"")]
    Encoding {
        /// The file as the user named it.
        file: String,
        /// Where decoding failed.
        reason: String,
    },
    /// A workbook refused before it is read: password-protected, or sheets
    /// too large to read whole within the memory limit. The message says
    /// where and what to do, in both languages.
    #[error("{message}")]
    Refused {
        /// The file as the user named it.
        file: String,
        /// The sheet at fault; empty when it is the whole file.
        sheet: String,
        /// The located message.
        message: crate::i18n::Text,
    },
}

/// `file, sheet S` or just `file` for CSV.
fn place(file: &str, sheet: &str) -> String {
    if sheet.is_empty() {
        file.to_string()
    } else {
        format!("{file}, sheet {sheet}")
    }
}

fn missing_list(missing: &[(String, Vec<String>)]) -> String {
    let parts: Vec<String> = missing
        .iter()
        .map(|(field, headers)| format!("{field} (headers accepted: {})", headers.join(", ")))
        .collect();
    parts.join("; ")
}

fn found_list(found: &[String]) -> String {
    if found.is_empty() {
        "nothing".to_string()
    } else {
        found.join(", ")
    }
}
