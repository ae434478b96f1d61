//! The errors reading can report, each carrying where it happened: cell-level
//! [`DataError`]s are collected so one run shows them all; file-level
//! [`InputError`]s stop reading that file. Both say it in English
//! (`Display`) and Chinese ([`Localize`]).

use crate::i18n::input as msg;
use crate::i18n::{Carried, Localize, Text, Word};
use crate::provenance::CellRef;

use super::header::MissingField;

/// A cell whose value cannot be converted to its field's type. The record it
/// belongs to is left out; reading goes on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataError {
    /// The cell holds something the field's type does not accept.
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
    AfterNote {
        /// The row's first non-blank cell.
        cell: CellRef,
        /// The 1-based row of the note.
        note_row: u32,
        /// The note as the cell writes it.
        note: String,
    },
    /// A value in a column without a header, right of a blank cell the
    /// rubric reads: a value typed one column too far, cells shifted right,
    /// or a header merged over two columns. Read as written, the value
    /// would be dropped and the blank cell take its field's default.
    Unheaded {
        /// The stray value's cell.
        cell: CellRef,
        /// The value as the spreadsheet shows it.
        value: String,
        /// The blank cell read, left of the stray value's run of cells.
        blank: CellRef,
        /// The field that reads the blank cell's column.
        field: String,
        /// That column's header text.
        header: String,
    },
}

impl DataError {
    /// The column of the cell at fault.
    pub(crate) fn col(&self) -> Option<u32> {
        match self {
            DataError::BadValue { cell, .. }
            | DataError::Blank { cell, .. }
            | DataError::AfterNote { cell, .. } => Some(cell.col),
            // At the blank cell: a required field's blank is said by this
            // problem, not twice.
            DataError::Unheaded { blank, .. } => Some(blank.col),
        }
    }
}

/// A problem with a whole file or sheet: nothing more is read from the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// The file cannot be opened or is not a readable spreadsheet.
    Open {
        /// The file as the user named it.
        file: String,
        /// Why, in words.
        reason: Text,
    },
    /// A sheet became unreadable part way (a damaged file).
    Read {
        /// The file as the user named it.
        file: String,
        /// The sheet; empty for CSV.
        sheet: String,
        /// Why, in words.
        reason: Text,
    },
    /// No row near the top of the sheet has a header for every required field.
    MissingColumns {
        /// The file as the user named it.
        file: String,
        /// The sheet whose best candidate row is shown; empty for CSV.
        sheet: String,
        /// Each missing field, with the header texts that would be accepted.
        missing: Vec<MissingField>,
        /// The normalised header texts of the row that matched the most fields.
        found: Vec<String>,
        /// That row, 1-based (0 if the sheet is empty).
        header_row: u32,
    },
    /// An optional field has no column, while the header row has a column
    /// no field took that is plausibly it renamed (`迟到时长(min)` for
    /// `迟到时长(分钟)`): read, every record would take the field's default
    /// and the scores would be wrong with nothing to show it. A column that
    /// is simply absent is only a warning: exports lack optional columns.
    RenamedColumns {
        /// The file as the user named it.
        file: String,
        /// The sheet; empty for CSV.
        sheet: String,
        /// Each such field with its look-alike cell.
        renamed: Vec<Renamed>,
    },
    /// The rubric's sheet pattern matches no sheet of the workbook.
    NoSheet {
        /// The file as the user named it.
        file: String,
        /// The pattern as written in the rubric.
        pattern: String,
        /// The workbook's sheet names.
        sheets: Vec<String>,
    },
    /// One field's header aliases match more than one column of the header row.
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
    Encoding {
        /// The file as the user named it.
        file: String,
        /// Where decoding failed.
        reason: Text,
    },
    /// A CSV file with no content at all.
    Empty {
        /// The file as the user named it.
        file: String,
    },
    /// A quote opens a CSV cell and is not closed on its row, so the rows
    /// after it would be read into that one cell.
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
    Refused {
        /// The file as the user named it.
        file: String,
        /// The sheet at fault; empty when it is the whole file.
        sheet: String,
        /// The located message.
        message: crate::i18n::Text,
    },
}

/// An optional field without a column, and the header cell that is
/// plausibly its column renamed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Renamed {
    /// The header cell, `I1`.
    pub cell: String,
    /// The cell's text (normalised as headers are compared).
    pub header: String,
    /// The field, named as in [`MissingField`].
    pub field: MissingField,
    /// What every record would take without the column: the field's
    /// default as shown, or `None` for blank.
    pub default: Option<String>,
}

impl DataError {
    /// The whole error in both languages.
    pub fn text(&self) -> Text {
        match self {
            DataError::BadValue {
                cell,
                field,
                header,
                value,
                expected,
            } => msg::bad_value(&cell.said(), header, field, value, expected),
            DataError::Blank {
                cell,
                field,
                header,
            } => msg::blank_cell(&cell.said(), header, field),
            DataError::AfterNote {
                cell,
                note_row,
                note,
            } => msg::after_note(&cell.said(), note_row, note),
            DataError::Unheaded {
                cell,
                value,
                blank,
                field,
                header,
            } => msg::unheaded_value(&cell.said(), value, blank.a1(), header, field),
        }
    }
}

crate::i18n::said_by_text!(DataError);

impl std::error::Error for DataError {}

impl InputError {
    /// The whole error in both languages.
    pub fn text(&self) -> Text {
        match self {
            InputError::Open { file, reason } => msg::cannot_be_read(file, reason),
            InputError::Read {
                file,
                sheet,
                reason,
            } => msg::reading_stopped(&place(file, sheet), reason),
            InputError::MissingColumns {
                file,
                sheet,
                missing,
                found,
                header_row,
            } => {
                let rows = crate::input::header::HEADER_SCAN_ROWS;
                let place = place(file, sheet);
                let named = joined(
                    missing
                        .iter()
                        .map(|m| msg::missing_field(&m.shown, &m.field, &list(&m.accepted))),
                    msg::clause_separator(),
                );
                if *header_row == 0 {
                    // No row at the top has anything in it: there is no closest row to show.
                    return msg::no_header_rows_empty(&place, rows, &named);
                }
                let shown = if found.is_empty() {
                    msg::headers_found_none().text()
                } else {
                    list(found)
                };
                let said = msg::no_header_row(&place, rows, &named, header_row, &shown);
                // A header of that row like a missing field's is most likely
                // it renamed: say so, and what to do.
                let sep = msg::clause_separator();
                missing.iter().fold(said, |said, m| {
                    let (Some(header), Some(first)) = (&m.renamed, m.accepted.first()) else {
                        return said;
                    };
                    let hint = if missing.len() == 1 {
                        msg::maybe_renamed(header_row, header, first)
                    } else {
                        msg::maybe_renamed_field(header_row, header, &m.shown, first)
                    };
                    said.join(sep.en, sep.zh, &hint)
                })
            }
            InputError::RenamedColumns {
                file,
                sheet,
                renamed,
            } => {
                let clauses = joined(
                    renamed.iter().map(|r| {
                        let took = match &r.default {
                            Some(d) => msg::would_take_default(d),
                            None => msg::would_read_blank().text(),
                        };
                        let f = &r.field;
                        let first = f.accepted.first().unwrap_or(&f.shown);
                        msg::renamed_column(
                            &r.cell,
                            &r.header,
                            &f.shown,
                            &f.field,
                            &list(&f.accepted),
                            &took,
                            first,
                        )
                    }),
                    msg::clause_separator(),
                );
                msg::renamed_columns(&place(file, sheet), &clauses)
            }
            InputError::NoSheet {
                file,
                pattern,
                sheets,
            } => msg::no_sheet(file, pattern, &list(sheets)),
            InputError::AmbiguousColumn {
                file,
                sheet,
                field,
                headers,
                qualified,
            } => msg::ambiguous_column(
                &place(file, sheet),
                field,
                &list(headers),
                &pick_one(qualified),
            ),
            InputError::MergedCells {
                file,
                sheet,
                range,
                anchor,
                header,
            } => msg::merged_cells(&place(file, sheet), range, header, anchor),
            InputError::Encoding { file, reason } => msg::bad_encoding(file, reason),
            InputError::Empty { file } => msg::empty_file(file),
            InputError::UnclosedQuote {
                file,
                row,
                lines: 0,
            } => msg::quote_never_closed(file, row),
            InputError::UnclosedQuote { file, row, lines } => {
                msg::quote_not_closed(file, row, lines)
            }
            InputError::ExtraCells {
                file,
                row,
                cells,
                width,
                separator,
            } => msg::extra_cells(file, row, cells, width, &separator_name(*separator).text()),
            InputError::NothingRead {
                file,
                sheet,
                header_row,
                rows,
                first,
                headers,
            } => msg::nothing_read(&place(file, sheet), header_row, rows, first, &list(headers)),
            InputError::Refused { message, .. } => message.clone(),
        }
    }
}

crate::i18n::said_by_text!(InputError);

impl std::error::Error for InputError {}

/// The separator's name as a message says it.
fn separator_name(c: char) -> Word {
    match c {
        '\t' => msg::separator_tab(),
        ';' => msg::separator_semicolon(),
        _ => msg::separator_comma(),
    }
}

/// How to make one field read one column: under a two-level header, by
/// naming the column with its group.
fn pick_one(qualified: &[String]) -> Text {
    if qualified.is_empty() {
        return msg::keep_one_alias().text();
    }
    let forms: Vec<String> = qualified.iter().map(|q| format!("\"{q}\"")).collect();
    msg::name_with_group(&list(&forms))
}

/// `file, sheet S` or just `file` for CSV.
fn place(file: &str, sheet: &str) -> Text {
    if sheet.is_empty() {
        Text::same(file)
    } else {
        msg::place_in_sheet(file, sheet)
    }
}

/// Names, values or headers as a list in each language.
pub(crate) fn list(items: &[String]) -> Text {
    joined(items.iter().map(Text::same), msg::list_separator())
}

/// Messages one after another, `sep` between them.
fn joined(items: impl IntoIterator<Item = Text>, sep: Word) -> Text {
    items
        .into_iter()
        .reduce(|all, t| all.join(sep.en, sep.zh, &t))
        .unwrap_or_default()
}

/// Why the operating system refused a file, in both languages: the common
/// cases in plain words, anything else with the system's own (English) text
/// kept in brackets for whoever investigates.
pub fn io_reason(e: &std::io::Error) -> Text {
    use std::io::ErrorKind;
    // A refusal of kaohe's own (an interrupted write) says itself.
    if let Some(carried) = e.get_ref().and_then(|i| i.downcast_ref::<Carried>()) {
        return carried.0.clone();
    }
    match e.kind() {
        ErrorKind::NotFound => msg::io_not_found(e),
        // Reading or writing: most often the file is open in Excel or WPS.
        ErrorKind::PermissionDenied => msg::io_permission_denied(e),
        ErrorKind::UnexpectedEof => msg::io_unexpected_eof(e),
        ErrorKind::InvalidData => msg::io_invalid_data(e),
        _ => msg::io_other(e),
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
    InputError::Refused {
        file: display.to_string(),
        sheet: String::new(),
        message: msg::password_protected(display),
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

    fn missing(field: &str, accepted: &[&str], renamed: Option<&str>) -> MissingField {
        MissingField {
            field: field.into(),
            shown: accepted[0].into(),
            accepted: accepted.iter().map(|h| h.to_string()).collect(),
            renamed: renamed.map(String::from),
        }
    }

    #[test]
    fn a_missing_column_is_named_as_people_know_it_with_a_renamed_one_pointed_out() {
        let e = InputError::MissingColumns {
            file: "考勤.xlsx".into(),
            sheet: "每日统计".into(),
            missing: vec![missing(
                "status",
                &["打卡结果", "上课状态"],
                Some("考勤结果"),
            )],
            found: vec!["工号".into(), "考勤结果".into()],
            header_row: 3,
        };
        assert_eq!(
            e.localized(Locale::Zh),
            "考勤.xlsx，工作表 每日统计：前 30 行中找不到含有以下列的表头行：“打卡结果”（方案中的字段 status；可用的表头：打卡结果、上课状态）；最接近的是第 3 行，其中有：工号、考勤结果；第 3 行的“考勤结果”可能就是它：请把“考勤结果”加入方案中该字段的 headers，或把列名改回“打卡结果”"
        );
        assert_eq!(
            e.localized(Locale::En),
            "考勤.xlsx, sheet 每日统计: no header row in the first 30 rows has a column for \"打卡结果\" (field status in the rubric; headers accepted: 打卡结果, 上课状态); the closest is row 3, which has: 工号, 考勤结果; the \"考勤结果\" of row 3 is probably it: add \"考勤结果\" to that field's headers in the rubric, or rename the column back to \"打卡结果\""
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
                missing: vec![missing("date", &["日期", "date"], None)],
                found: vec!["工号".into()],
                header_row: 1,
            },
            InputError::MissingColumns {
                file: "a.csv".into(),
                sheet: String::new(),
                missing: vec![missing("date", &["日期"], None)],
                found: vec![],
                header_row: 0,
            },
            InputError::MissingColumns {
                file: "a.xlsx".into(),
                sheet: "每日统计".into(),
                missing: vec![missing(
                    "status",
                    &["打卡结果", "上课状态"],
                    Some("考勤结果"),
                )],
                found: vec!["工号".into(), "考勤结果".into()],
                header_row: 3,
            },
            InputError::MissingColumns {
                file: "a.xlsx".into(),
                sheet: "每日统计".into(),
                missing: vec![
                    missing("status", &["打卡结果"], Some("考勤结果")),
                    missing("date", &["日期"], None),
                ],
                found: vec!["工号".into(), "考勤结果".into()],
                header_row: 3,
            },
            InputError::RenamedColumns {
                file: "a.xlsx".into(),
                sheet: "每日统计".into(),
                renamed: vec![
                    Renamed {
                        cell: "I1".into(),
                        header: "迟到时长(min)".into(),
                        field: missing("late_minutes", &["迟到时长(分钟)", "迟到分钟"], None),
                        default: Some("0".into()),
                    },
                    Renamed {
                        cell: "J1".into(),
                        header: "关联审批单".into(),
                        field: missing("approval", &["关联的审批单"], None),
                        default: None,
                    },
                ],
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
            "late_minutes",
            "approval",
            "I1",
            "J1",
            "min",
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
