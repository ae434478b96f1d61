//! Where a record came from: file, sheet and row, so every point can be
//! traced back to the export that caused it.

use std::fmt;
use std::path::Path;
use std::sync::Arc;

use serde::Serialize;

use crate::i18n::common as msg;
use crate::i18n::{Localize, Text};

/// The origin of one record: the input file as the user named it, the sheet
/// (empty for CSV) and the 1-based row number as a spreadsheet shows it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Provenance {
    /// The input file's path as given on the command line (or found in a
    /// folder), as [`display_path`] names it.
    pub file: Arc<str>,
    /// The sheet's name; empty for CSV files.
    pub sheet: Arc<str>,
    /// The 1-based row number, as a spreadsheet program shows it.
    pub row: u32,
    /// The 0-based column of the one cell the record was read from, when a
    /// row holds several records (a 月度汇总 with one column per day: each
    /// day cell is a record); `None` when the record is the whole row.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub col: Option<u32>,
}

impl Provenance {
    /// Where the record is within its sheet: the row number, or the cell
    /// (`M5`) when the record is one cell of its row.
    pub fn place(&self) -> String {
        match self.col {
            Some(col) => format!("{}{}", column_letters(col), self.row),
            None => self.row.to_string(),
        }
    }

    /// `file:sheet:place`, or `file:place` for CSV.
    fn at(&self, file: &str) -> String {
        if self.sheet.is_empty() {
            format!("{file}:{}", self.place())
        } else {
            format!("{file}:{}:{}", self.sheet, self.place())
        }
    }
}

impl fmt::Display for Provenance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.at(&self.file))
    }
}

/// How a file is named wherever kaohe shows it (the workbook's 明细 and
/// 运行信息, JSON, messages): the path as given or found, its parts joined by
/// `/` on every platform. Windows joins a folder and the files found in it
/// with `\`; naming them with `/` there too makes the same inputs give the
/// same bytes on Windows and Linux. On Unix a `\` is part of a file's name
/// and is kept.
pub fn display_path(path: &Path) -> String {
    #[allow(clippy::disallowed_methods)] // the one place that may
    let shown = path.display().to_string();
    if cfg!(windows) {
        shown.replace('\\', "/")
    } else {
        shown
    }
}

/// The folder all of `files` (named as [`display_path`] names them) are in,
/// with its trailing `/`; `""` when they share none. `examples/三月/a.xlsx`
/// and `examples/三月/b.csv` are in `examples/三月/`.
pub fn common_folder<'a>(files: impl IntoIterator<Item = &'a str>) -> String {
    let mut files = files.into_iter();
    let Some(first) = files.next() else {
        return String::new();
    };
    // The first file's folder, cut back to the folder every other file is
    // in too.
    let mut folder = first.rfind('/').map_or("", |at| &first[..=at]);
    for file in files {
        while !file.starts_with(folder) {
            let inner = &folder[..folder.len() - 1];
            folder = inner.rfind('/').map_or("", |at| &inner[..=at]);
        }
    }
    folder.to_string()
}

/// A single cell's location, for error messages: `attendance.xlsx, sheet 考勤, cell E7`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CellRef {
    /// The input file's path.
    pub file: Arc<str>,
    /// The sheet's name; empty for CSV files.
    pub sheet: Arc<str>,
    /// 1-based row.
    pub row: u32,
    /// 0-based column.
    pub col: u32,
}

impl CellRef {
    /// The cell's address in A1 form (`E7`).
    pub fn a1(&self) -> String {
        format!("{}{}", column_letters(self.col), self.row)
    }
}

impl fmt::Display for CellRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.said().en)
    }
}

impl crate::i18n::Localize for Provenance {
    /// English as `Display` (`file:sheet:row`); Chinese in words a clerk
    /// reads: `考勤.xlsx，工作表 三月，第 7 行`.
    fn localized(&self, locale: crate::i18n::Locale) -> String {
        match locale {
            crate::i18n::Locale::En => self.to_string(),
            crate::i18n::Locale::Zh => {
                let place = match self.col {
                    Some(col) => msg::where_cell(format!("{}{}", column_letters(col), self.row)),
                    None => msg::where_row(self.row),
                };
                in_file(&self.file, &self.sheet, &place).zh
            }
        }
    }
}

impl crate::i18n::Localize for CellRef {
    /// `考勤.xlsx, sheet 三月, cell E7`; `考勤.xlsx，工作表 三月，单元格 E7` in
    /// Chinese.
    fn localized(&self, locale: crate::i18n::Locale) -> String {
        self.said().get(locale).to_string()
    }

    fn said(&self) -> Text {
        in_file(&self.file, &self.sheet, &msg::where_cell(self.a1()))
    }
}

/// A place in `file`, in `sheet` unless it is a file without sheets (a CSV).
fn in_file(file: &str, sheet: &str, place: &Text) -> Text {
    if sheet.is_empty() {
        msg::where_in_file(file, place)
    } else {
        msg::where_in_sheet(file, sheet, place)
    }
}

/// Spreadsheet column letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA.
pub fn column_letters(col: u32) -> String {
    let mut n = col as u64 + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = ((n - 1) % 26) as u8;
        out.push(b'A' + rem);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn files_are_named_within_the_folder_they_share() {
        use super::common_folder;
        assert_eq!(common_folder(["a/三月/x.xlsx", "a/三月/y.csv"]), "a/三月/");
        assert_eq!(common_folder(["a/三月/x.xlsx", "a/名册/y.csv"]), "a/");
        // A folder is a whole name: `a/三月二/` is not inside `a/三月`.
        assert_eq!(common_folder(["a/三月/x.xlsx", "a/三月二/y.csv"]), "a/");
        assert_eq!(common_folder(["x.xlsx", "a/y.csv"]), "");
        assert_eq!(common_folder(["/d/x.xlsx"]), "/d/");
        assert_eq!(common_folder([]), "");
    }

    use super::*;

    #[test]
    fn files_are_named_with_slashes_on_every_platform() {
        let found = Path::new("examples").join("school").join("名册.xlsx");
        assert_eq!(display_path(&found), "examples/school/名册.xlsx");
        // As a Windows user types it; on Unix the `\` is part of the name.
        let typed = Path::new(r"2022-03\考勤.xlsx");
        let want = if cfg!(windows) {
            "2022-03/考勤.xlsx"
        } else {
            r"2022-03\考勤.xlsx"
        };
        assert_eq!(display_path(typed), want);
    }

    #[test]
    fn column_letters_follow_spreadsheet_order() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(16383), "XFD");
    }

    #[test]
    fn cell_display_names_file_sheet_and_cell() {
        let c = CellRef {
            file: "a.xlsx".into(),
            sheet: "考勤".into(),
            row: 7,
            col: 4,
        };
        assert_eq!(c.to_string(), "a.xlsx, sheet 考勤, cell E7");
        use crate::i18n::{Locale, Localize};
        assert_eq!(c.localized(Locale::Zh), "a.xlsx，工作表 考勤，单元格 E7");
        let row = Provenance {
            file: "a.csv".into(),
            sheet: "".into(),
            row: 3,
            col: None,
        };
        assert_eq!(row.localized(Locale::Zh), "a.csv，第 3 行");
        assert_eq!(row.localized(Locale::En), "a.csv:3");
        let day = Provenance {
            file: "考勤报表.xlsx".into(),
            sheet: "月度汇总".into(),
            row: 5,
            col: Some(12),
        };
        assert_eq!(day.localized(Locale::En), "考勤报表.xlsx:月度汇总:M5");
        assert_eq!(
            day.localized(Locale::Zh),
            "考勤报表.xlsx，工作表 月度汇总，单元格 M5"
        );
    }
}
