//! The errors reading can report, each carrying where it happened: cell-level
//! [`DataError`]s are collected so one run shows them all; file-level
//! [`InputError`]s stop reading that file. Both say it in English
//! (`Display`) and Chinese ([`Localize`]).

use thiserror::Error;

use crate::i18n::{Locale, Localize, Text};
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
        /// What would have been accepted, e.g. `one of 正常, 迟到` /
        /// `以下之一：正常、迟到`.
        expected: Text,
    },
    /// A cell of a field the rubric requires is blank: a blank 打卡结果 or
    /// 工号 would otherwise be scored as "nothing happened".
    #[error(
        "{cell}: {header} ({field}) is blank; the rubric requires a value in every row \
         (if a blank is allowed, declare the field with `required = false` or a `default`)"
    )]
    Blank {
        /// Where the cell is.
        cell: CellRef,
        /// The field's name in the rubric.
        field: String,
        /// The header text found in the file for the field.
        header: String,
    },
    /// A row with data below a note or total row (制表人, 合计, 说明…), which
    /// ends the table: what follows it is not read as records, so a record
    /// put there is refused rather than dropped.
    #[error(
        "{cell}: this row is below the note row {note_row} (\"{note}\"), which ends the table; \
         move the row above it, or delete it"
    )]
    AfterNote {
        /// The row's first non-blank cell.
        cell: CellRef,
        /// The 1-based row of the note.
        note_row: u32,
        /// The note as the cell writes it.
        note: String,
    },
}

impl DataError {
    /// The column of the cell at fault.
    pub(crate) fn col(&self) -> Option<u32> {
        match self {
            DataError::BadValue { cell, .. }
            | DataError::Blank { cell, .. }
            | DataError::AfterNote { cell, .. } => Some(cell.col),
        }
    }
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
        reason: Text,
    },
    /// A sheet became unreadable part way (a damaged file).
    #[error("{}: reading stopped: {reason}", place(file, sheet))]
    Read {
        /// The file as the user named it.
        file: String,
        /// The sheet; empty for CSV.
        sheet: String,
        /// Why, in words.
        reason: Text,
    },
    /// No row near the top of the sheet has a header for every required field.
    #[error("{}", missing_columns_en(file, sheet, missing, found, *header_row))]
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
        "{}: field {field} matches more than one column ({}); {}",
        place(file, sheet),
        headers.join(", "),
        pick_one_en(qualified)
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
        /// The columns named with their group (`上班1/打卡状态`) when each
        /// sits under one in a two-level header; empty otherwise.
        qualified: Box<[String]>,
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
        reason: Text,
    },
    /// A CSV file with no content at all.
    #[error("{file}: the file is empty: it has no rows to read; export it again")]
    Empty {
        /// The file as the user named it.
        file: String,
    },
    /// A quote opens a CSV cell and is not closed on its row, so the rows
    /// after it would be read into that one cell.
    #[error("{}", unclosed_quote_en(file, *row, *lines))]
    UnclosedQuote {
        /// The file as the user named it.
        file: String,
        /// The row (as a spreadsheet shows it) whose cell opens the quote.
        row: u32,
        /// How many lines after it the open cell takes in.
        lines: u64,
    },
    /// A CSV row with more cells than its header row: a separator typed
    /// into a cell without quotes moved the cells after it.
    #[error(
        "{file}, row {row}: the row has {cells} cells but the header row has {width}: a cell holds a {} without quotes, so the cells after it are not under their headers; put that cell in quotes or remove the {}, then save the file again",
        separator_en(*separator),
        separator_en(*separator)
    )]
    ExtraCells {
        /// The file as the user named it.
        file: String,
        /// The row, as a spreadsheet shows it.
        row: u32,
        /// How many cells the row has, up to its last non-blank one.
        cells: usize,
        /// How many the header row has.
        width: usize,
        /// The file's separator.
        separator: char,
    },
    /// Rows under the header have content, yet not one has a value in a
    /// column the rubric reads: nothing would be read from a table with data.
    #[error(
        "{}: the header is row {header_row}, but none of the {rows} rows with content below it (the first is row {first}) has a value under the columns read ({}), so not one record would be read; put the values under their headers",
        place(file, sheet),
        headers.join(", ")
    )]
    NothingRead {
        /// The file as the user named it.
        file: String,
        /// The sheet; empty for CSV.
        sheet: String,
        /// The header row found, 1-based.
        header_row: u32,
        /// How many rows below it have content.
        rows: u64,
        /// The first of them, 1-based.
        first: u32,
        /// The headers of the columns read, as found.
        headers: Vec<String>,
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

fn missing_columns_en(
    file: &str,
    sheet: &str,
    missing: &[(String, Vec<String>)],
    found: &[String],
    header_row: u32,
) -> String {
    let rows = crate::input::header::HEADER_SCAN_ROWS;
    let place = place(file, sheet);
    let missing = missing_list(missing);
    if header_row == 0 {
        // No row at the top has anything in it: there is no closest row to show.
        return format!(
            "{place}: the first {rows} rows are empty, so there is no header row with a column for {missing}"
        );
    }
    format!(
        "{place}: no header row in the first {rows} rows has a column for {missing}; the closest is row {header_row}, which has: {}",
        found_list(found)
    )
}

fn separator_en(c: char) -> &'static str {
    match c {
        '\t' => "tab",
        ';' => "semicolon (;)",
        _ => "comma (,)",
    }
}

fn separator_zh(c: char) -> &'static str {
    match c {
        '\t' => "制表符",
        ';' => "分号（;）",
        _ => "逗号（,）",
    }
}

fn unclosed_quote_en(file: &str, row: u32, lines: u64) -> String {
    if lines == 0 {
        format!("{file}, row {row}: the quote (\") that opens a cell is never closed; close or remove it, then save the file again")
    } else {
        format!("{file}, row {row}: the quote (\") that opens a cell is not closed on that row, so the {lines} lines after it would be read into that one cell instead of as rows; close or remove the quote, then save the file again")
    }
}

/// `file, sheet S` or just `file` for CSV.
/// How to make one field read one column: under a two-level header, by
/// naming the column with its group.
fn pick_one_en(qualified: &[String]) -> String {
    if qualified.is_empty() {
        return "keep one alias per column in the rubric or rename a column".to_string();
    }
    let forms: Vec<String> = qualified.iter().map(|q| format!("\"{q}\"")).collect();
    format!(
        "the same header stands under several groups: name the one to read with its group in `headers`, one of {}",
        forms.join(", ")
    )
}

fn pick_one_zh(qualified: &[String]) -> String {
    if qualified.is_empty() {
        return "请在方案中每列只保留一个别名，或把其中一列改名".to_string();
    }
    let forms: Vec<String> = qualified.iter().map(|q| format!("\"{q}\"")).collect();
    format!(
        "同一表头出现在几个分组下：请在 `headers` 里连同分组写出要读的那一列，可写：{}",
        forms.join("、")
    )
}

fn place(file: &str, sheet: &str) -> String {
    if sheet.is_empty() {
        file.to_string()
    } else {
        format!("{file}, sheet {sheet}")
    }
}

/// `文件，工作表 S` or just `文件` for CSV.
fn place_zh(file: &str, sheet: &str) -> String {
    if sheet.is_empty() {
        file.to_string()
    } else {
        format!("{file}，工作表 {sheet}")
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

impl Localize for DataError {
    fn localized(&self, locale: Locale) -> String {
        match (self, locale) {
            (_, Locale::En) => self.to_string(),
            (
                DataError::BadValue {
                    cell,
                    field,
                    header,
                    value,
                    expected,
                },
                Locale::Zh,
            ) => format!(
                "{}：{header} ({field}) 的值\"{value}\"不符合要求，应为{}",
                cell.localized(Locale::Zh),
                expected.zh
            ),
            (
                DataError::Blank {
                    cell,
                    field,
                    header,
                },
                Locale::Zh,
            ) => format!(
                "{}：{header} ({field}) 是空白的；方案要求每一行都填写这一项\
                 （如果允许空白，请在方案里给这个字段写 `required = false` 或 `default`）",
                cell.localized(Locale::Zh)
            ),
            (
                DataError::AfterNote {
                    cell,
                    note_row,
                    note,
                },
                Locale::Zh,
            ) => format!(
                "{}：这一行在第 {note_row} 行的说明行（\"{note}\"）下面，表格到说明行就结束了；\
                 请把这一行移到说明行上面，或者删除",
                cell.localized(Locale::Zh)
            ),
        }
    }
}

impl Localize for InputError {
    fn localized(&self, locale: Locale) -> String {
        if locale == Locale::En {
            return self.to_string();
        }
        match self {
            InputError::Open { file, reason } => format!("{file}：无法读取：{}", reason.zh),
            InputError::Read {
                file,
                sheet,
                reason,
            } => format!("{}：读取中断：{}", place_zh(file, sheet), reason.zh),
            InputError::MissingColumns {
                file,
                sheet,
                missing,
                found,
                header_row,
            } => {
                let missing: Vec<String> = missing
                    .iter()
                    .map(|(field, headers)| format!("{field}（可用的表头：{}）", headers.join("、")))
                    .collect();
                if *header_row == 0 {
                    return format!(
                        "{}：前 {} 行都是空的，找不到含有以下列的表头行：{}",
                        place_zh(file, sheet),
                        crate::input::header::HEADER_SCAN_ROWS,
                        missing.join("；"),
                    );
                }
                let found = if found.is_empty() {
                    "（空）".to_string()
                } else {
                    found.join("、")
                };
                format!(
                    "{}：前 {} 行中找不到含有以下列的表头行：{}；最接近的是第 {header_row} 行，其中有：{found}",
                    place_zh(file, sheet),
                    crate::input::header::HEADER_SCAN_ROWS,
                    missing.join("；"),
                )
            }
            InputError::NoSheet {
                file,
                pattern,
                sheets,
            } => format!(
                "{file}：没有与\"{pattern}\"匹配的工作表；该工作簿中有：{}",
                sheets.join("、")
            ),
            InputError::AmbiguousColumn {
                file,
                sheet,
                field,
                headers,
                qualified,
            } => format!(
                "{}：字段 {field} 同时匹配了多列（{}）；{}",
                place_zh(file, sheet),
                headers.join("、"),
                pick_one_zh(qualified)
            ),
            InputError::MergedCells {
                file,
                sheet,
                range,
                anchor,
                header,
            } => format!(
                "{}，单元格 {range} 是合并单元格：{header} 只填在 {anchor}；请取消合并并在每一行都填上（WPS：合并居中 ▸ 拆分并填充内容；Excel：取消单元格合并，再用 定位条件 ▸ 空值，输入 = 后按 ↑，再按 Ctrl+Enter）",
                place_zh(file, sheet)
            ),
            InputError::Encoding { file, reason } => format!(
                "{file}：文本编码不是 UTF-8、UTF-16 或 GBK/GB18030（{}）；请另存为\"CSV UTF-8\"",
                reason.zh
            ),
            InputError::Empty { file } => {
                format!("{file}：文件是空的，没有任何可读的行；请重新导出")
            }
            InputError::UnclosedQuote { file, row, lines: 0 } => format!(
                "{file}，第 {row} 行：单元格开头的引号（\"）始终没有闭合；请补上或删除这个引号后重新保存"
            ),
            InputError::UnclosedQuote { file, row, lines } => format!(
                "{file}，第 {row} 行：单元格开头的引号（\"）在本行没有闭合，其后的 {lines} 行会被读进这一个单元格，而不是各自成行；请补上或删除这个引号后重新保存"
            ),
            InputError::ExtraCells {
                file,
                row,
                cells,
                width,
                separator,
            } => {
                let sep = separator_zh(*separator);
                format!(
                    "{file}，第 {row} 行：该行有 {cells} 个单元格，表头行只有 {width} 个：某个单元格里有未加引号的{sep}，其后的单元格都不在各自的表头下；请给该单元格加上引号或删去这个{sep}后重新保存"
                )
            }
            InputError::NothingRead {
                file,
                sheet,
                header_row,
                rows,
                first,
                headers,
            } => format!(
                "{}：表头在第 {header_row} 行，但其下方有内容的 {rows} 行（第一行是第 {first} 行）在读取的列（{}）中都没有值，读不到任何一条记录；请把数据放在对应的表头下方",
                place_zh(file, sheet),
                headers.join("、")
            ),
            InputError::Refused { message, .. } => message.zh.clone(),
        }
    }
}

/// Why the operating system refused a file, in both languages: the common
/// cases in plain words, anything else with the system's own (English) text
/// kept in brackets for whoever investigates.
pub fn io_reason(e: &std::io::Error) -> Text {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => Text {
            en: e.to_string(),
            zh: "文件或文件夹不存在".to_string(),
        },
        ErrorKind::PermissionDenied => Text {
            en: e.to_string(),
            // Reading or writing: most often the file is open in Excel or WPS.
            zh: "没有权限访问，文件可能正在 Excel 或 WPS 中打开，请关闭后再试".to_string(),
        },
        ErrorKind::UnexpectedEof => crate::text!("{e}", "文件不完整，提前结束（{e}）"),
        ErrorKind::InvalidData => crate::text!("{e}", "文件内容无效（{e}）"),
        _ => crate::text!("{e}", "系统报错（{e}）"),
    }
}

/// Words of Latin letters left in a Chinese message once the interpolated
/// names and values (`allowed`) are taken out: English that slipped in.
#[cfg(test)]
pub(crate) fn english_words(zh: &str, allowed: &[&str]) -> Vec<String> {
    let mut rest = zh.to_string();
    // Longest first, so `CSV UTF-8` goes before `UTF-8` takes half of it.
    let mut allowed = allowed.to_vec();
    allowed.sort_by_key(|a| std::cmp::Reverse(a.len()));
    for a in allowed {
        rest = rest.replace(a, " ");
    }
    rest.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() > 1)
        .map(String::from)
        .collect()
}

/// The located error for a password-protected workbook.
pub(crate) fn password_protected(display: &str) -> InputError {
    let file = display;
    InputError::Refused {
        file: display.to_string(),
        sheet: String::new(),
        message: crate::text!(
            "{file}: is password-protected; open it in WPS/Excel, remove the password (WPS: 文件 ▸ 文档加密 ▸ 密码加密; Excel: 文件 ▸ 信息 ▸ 保护工作簿 ▸ 用密码进行加密, clear it) and save again",
            "{file}：文件设有打开密码；请在 WPS 或 Excel 中打开，取消密码（WPS：文件 ▸ 文档加密 ▸ 密码加密；Excel：文件 ▸ 信息 ▸ 保护工作簿 ▸ 用密码进行加密，清空密码）后重新保存"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    fn cell() -> CellRef {
        CellRef {
            file: "考勤.xlsx".into(),
            sheet: "Sheet1".into(),
            row: 7,
            col: 4,
        }
    }

    #[test]
    fn a_bad_value_names_the_cell_and_what_is_accepted_in_both_languages() {
        let e = DataError::BadValue {
            cell: cell(),
            field: "status".into(),
            header: "状态".into(),
            value: "旷工".into(),
            expected: crate::text!("one of 正常, 迟到", "以下之一：正常、迟到"),
        };
        assert_eq!(
            e.localized(Locale::Zh),
            "考勤.xlsx，工作表 Sheet1，单元格 E7：状态 (status) 的值\"旷工\"不符合要求，应为以下之一：正常、迟到"
        );
        assert_eq!(
            e.localized(Locale::En),
            "考勤.xlsx, sheet Sheet1, cell E7: 状态 (status) value \"旷工\" is not one of 正常, 迟到"
        );
    }

    #[test]
    fn every_input_error_speaks_both_languages() {
        let reason = crate::text!("the file is empty", "文件是空的");
        let all = [
            InputError::Open {
                file: "a.xlsx".into(),
                reason: reason.clone(),
            },
            InputError::Read {
                file: "a.xlsx".into(),
                sheet: "Sheet1".into(),
                reason: reason.clone(),
            },
            InputError::MissingColumns {
                file: "a.csv".into(),
                sheet: String::new(),
                missing: vec![("date".into(), vec!["日期".into(), "date".into()])],
                found: vec!["工号".into()],
                header_row: 1,
            },
            InputError::MissingColumns {
                file: "a.csv".into(),
                sheet: String::new(),
                missing: vec![("date".into(), vec!["日期".into()])],
                found: vec![],
                header_row: 0,
            },
            InputError::NoSheet {
                file: "a.xlsx".into(),
                pattern: "三月*".into(),
                sheets: vec!["Sheet1".into(), "说明".into()],
            },
            InputError::AmbiguousColumn {
                file: "a.xlsx".into(),
                sheet: "Sheet1".into(),
                field: "date".into(),
                headers: vec!["B: 日期".into(), "C: 日期".into()],
                qualified: Box::default(),
            },
            InputError::AmbiguousColumn {
                file: "a.xlsx".into(),
                sheet: "Sheet1".into(),
                field: "status".into(),
                headers: vec!["J: 上班1/打卡状态".into(), "L: 下班1/打卡状态".into()],
                qualified: vec!["上班1/打卡状态".into(), "下班1/打卡状态".into()].into(),
            },
            InputError::MergedCells {
                file: "a.xlsx".into(),
                sheet: "Sheet1".into(),
                range: "A3:A5".into(),
                anchor: "A3".into(),
                header: "工号".into(),
            },
            InputError::Encoding {
                file: "a.csv".into(),
                reason: crate::text!(
                    "bytes at offset 7 are not valid UTF-8",
                    "第 7 字节起不是有效的 UTF-8"
                ),
            },
            InputError::Empty {
                file: "a.csv".into(),
            },
            InputError::UnclosedQuote {
                file: "a.csv".into(),
                row: 5,
                lines: 0,
            },
            InputError::UnclosedQuote {
                file: "a.csv".into(),
                row: 5,
                lines: 56,
            },
            InputError::ExtraCells {
                file: "a.csv".into(),
                row: 7,
                cells: 6,
                width: 5,
                separator: ',',
            },
            InputError::NothingRead {
                file: "a.xlsx".into(),
                sheet: "Sheet1".into(),
                header_row: 1,
                rows: 60,
                first: 2,
                headers: vec!["工号".into(), "日期".into()],
            },
        ];
        let allowed = [
            "a.xlsx",
            "a.csv",
            "Sheet1",
            "date",
            "UTF-8",
            "UTF-16",
            "GBK/GB18030",
            "CSV UTF-8",
            "WPS",
            "Excel",
            "Ctrl+Enter",
            "A3:A5",
            "A3",
            "B:",
            "C:",
            "J:",
            "L:",
            "status",
            // The rubric key the message names.
            "headers",
        ];
        for e in &all {
            let zh = e.localized(Locale::Zh);
            let en = e.localized(Locale::En);
            assert_eq!(en, e.to_string());
            assert_ne!(zh, en);
            assert!(zh.contains("a.") && en.contains("a."), "{zh} / {en}");
            assert_eq!(english_words(&zh, &allowed), Vec::<String>::new(), "{zh}");
        }
    }

    #[test]
    fn operating_system_refusals_are_explained_in_chinese() {
        let e = std::io::Error::new(std::io::ErrorKind::NotFound, "gone");
        let t = io_reason(&e);
        assert_eq!(t.en, "gone");
        assert_eq!(t.zh, "文件或文件夹不存在");
    }
}
