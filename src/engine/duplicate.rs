//! The same records fed to one source twice: a second download beside the
//! first (`考核事件 (1).xlsx`), a sheet copied inside its workbook (`3月` and
//! `3月 (2)`), or one month exported twice in two formats. Read as they are,
//! every record would count twice and nothing would look wrong, so each is
//! refused, naming both and the one to delete.

use std::path::Path;

use crate::i18n::engine as msg;
use crate::i18n::Text;

/// What is the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sameness {
    /// Two files with the same bytes (the SHA-256 the run records).
    File,
    /// Two sheets of one workbook with the same records.
    Sheet,
    /// Two different files (another format, another export) whose sheets
    /// hold the same records.
    Rows,
    /// Two sheets, of one workbook or of two files, most of whose records
    /// are the same but not all: an earlier download beside a later one
    /// with a row more or a cell changed, or an extract filtered from the
    /// log and pasted on a sheet of its own.
    Overlap {
        /// Records of `copy` that also stand in `kept`.
        shared: u64,
        /// How many records `kept` holds.
        kept_records: u64,
    },
}

/// Why one of the two is the one to delete.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// Its name is what a browser, Windows, WPS or Excel gives a copy.
    NamedAsCopy,
    /// It is a symbolic link (to the other, or to the same bytes).
    Link,
    /// Neither name says which is the copy: the later by name.
    LaterByName,
    /// The records differ, so which to keep (the latest, complete download)
    /// is the user's to say: `copy` is only the one with fewer records.
    Unsaid,
}

/// One file or sheet that holds what another already holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    /// The source that would read both.
    pub source: String,
    /// What is the same.
    pub same: Sameness,
    /// The one kept: file as displayed, sheet ("" for CSV or a whole file).
    pub kept: (String, String),
    /// The one to delete.
    pub copy: (String, String),
    /// How many records each holds.
    pub records: u64,
    /// Why `copy` is the one to delete.
    pub why: Why,
}

impl Duplicate {
    /// The message, in both languages.
    pub fn text(&self) -> Text {
        let source = &self.source;
        let n = self.records;
        let why = match (self.why, &self.same) {
            (Why::NamedAsCopy, Sameness::Sheet) => msg::copy_named_sheet(),
            (Why::NamedAsCopy, _) => msg::copy_named_file(),
            (Why::Link, _) => msg::copy_is_link(),
            (Why::LaterByName | Why::Unsaid, _) => msg::copy_later_by_name(),
        }
        .text();
        let (kept, copy) = (&self.kept, &self.copy);
        match self.same {
            Sameness::File => {
                let (kept, copy) = (&kept.0, &copy.0);
                msg::duplicate_file(copy, kept, source, &why)
            }
            Sameness::Sheet => {
                let (file, kept, copy) = (&kept.0, &kept.1, &copy.1);
                msg::duplicate_sheet(file, copy, n, kept, source, &why)
            }
            Sameness::Rows => {
                let file = &copy.0;
                msg::duplicate_rows(&place(copy), n, &place(kept), source, file, &why)
            }
            Sameness::Overlap {
                shared,
                kept_records,
            } => msg::overlapping_records(
                &place(copy),
                n,
                shared,
                &place(kept),
                kept_records,
                source,
            ),
        }
    }
}

/// `file, sheet S` / `file，工作表 S`, or the file alone for CSV.
fn place((file, sheet): &(String, String)) -> Text {
    if sheet.is_empty() {
        Text::same(file.as_str())
    } else {
        crate::i18n::input::place_in_sheet(file, sheet)
    }
}

/// One candidate: its name as shown, the name judged for a copy's marks,
/// and whether it is a link.
pub(crate) struct Candidate<'a> {
    /// The file as displayed, and the sheet ("" for none).
    pub(crate) place: (&'a str, &'a str),
    /// The name whose marks are judged: a file's stem, or a sheet's name.
    pub(crate) name: String,
    /// A symbolic link.
    pub(crate) link: bool,
}

/// Of `group` (two or more with the same content, in name order), the one
/// kept and, for each other, why it is the copy: a link before a real file,
/// then a name that marks a copy, then the later by name.
pub(crate) fn split(group: &[Candidate<'_>]) -> (usize, Vec<(usize, Why)>) {
    let rank = |c: &Candidate<'_>| (c.link, looks_like_copy(&c.name));
    let kept = (0..group.len())
        .min_by_key(|&i| (rank(&group[i]), i))
        .unwrap_or(0);
    let copies = (0..group.len())
        .filter(|&i| i != kept)
        .map(|i| {
            let (link, named) = rank(&group[i]);
            let (kept_link, kept_named) = rank(&group[kept]);
            let why = if link && !kept_link {
                Why::Link
            } else if named && !kept_named {
                Why::NamedAsCopy
            } else {
                Why::LaterByName
            };
            (i, why)
        })
        .collect();
    (kept, copies)
}

/// Whether a file stem or sheet name carries the mark a program gives a
/// copy: `(1)` (browsers, WPS), `（1）`, `副本` / `- 副本` / `的副本` (Chinese
/// Windows, WPS, macOS), `Copy of` / `- Copy` / ` copy` (Windows, Google
/// Drive, macOS), `3月 (2)` (Excel's copied sheet), `3月_2` (LibreOffice's).
pub(crate) fn looks_like_copy(name: &str) -> bool {
    let name = name.trim();
    let lower = name.to_lowercase();
    if lower.contains("副本") || lower.starts_with("copy of ") || lower.ends_with(" copy") {
        return true;
    }
    if lower.ends_with("- copy") || lower.contains(" - copy (") {
        return true;
    }
    // `name (2)`, `name(2)`, `name（2）`.
    for (open, close) in [('(', ')'), ('（', '）')] {
        if let Some(inner) = name.strip_suffix(close).and_then(|s| s.rsplit_once(open)) {
            if !inner.0.trim().is_empty() && is_number(inner.1) {
                return true;
            }
        }
    }
    // LibreOffice names a copied sheet `name_2`.
    if let Some((stem, n)) = name.rsplit_once('_') {
        if !stem.is_empty() && is_number(n) && n.len() <= 2 {
            return true;
        }
    }
    false
}

fn is_number(s: &str) -> bool {
    !s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit())
}

/// The file's name without its extension: the part a copy's mark is added to.
pub(crate) fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Whether the path itself is a symbolic link.
pub(crate) fn is_link(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_marks_programs_give_a_copy_are_recognised() {
        for copy in [
            "考核事件_2022年3月 (1)",
            "考核事件_2022年3月(2)",
            "考核事件_2022年3月（1）",
            "考核事件_2022年3月 - 副本",
            "考核事件_2022年3月 - 副本 (2)",
            "考核事件_2022年3月的副本",
            "副本 考核事件",
            "Copy of events",
            "events - Copy",
            "events - Copy (2)",
            "events copy",
            "3月 (2)",
            "3月(2)",
            "Sheet1_2",
        ] {
            assert!(looks_like_copy(copy), "{copy}");
        }
        for original in [
            "考核事件_2022年3月",
            "直播课考勤_2022年3月",
            "3月",
            "(1)",
            "events_2022",
            "初二(3)班",
            "Sheet1",
        ] {
            assert!(!looks_like_copy(original), "{original}");
        }
    }

    fn candidate<'a>(file: &'a str, name: &str, link: bool) -> Candidate<'a> {
        Candidate {
            place: (file, ""),
            name: name.into(),
            link,
        }
    }

    #[test]
    fn the_copy_is_the_link_then_the_marked_name_then_the_later_name() {
        let marked = [
            candidate("a (1).xlsx", "a (1)", false),
            candidate("a.xlsx", "a", false),
        ];
        assert_eq!(split(&marked), (1, vec![(0, Why::NamedAsCopy)]));
        let plain = [
            candidate("a.xlsx", "a", false),
            candidate("b.xlsx", "b", false),
        ];
        assert_eq!(split(&plain), (0, vec![(1, Why::LaterByName)]));
        let link = [
            candidate("a.xlsx", "a", true),
            candidate("b (1).xlsx", "b (1)", false),
        ];
        assert_eq!(split(&link), (1, vec![(0, Why::Link)]));
        let three = [
            candidate("a (1).xlsx", "a (1)", false),
            candidate("a (2).xlsx", "a (2)", false),
            candidate("a.xlsx", "a", false),
        ];
        assert_eq!(
            split(&three),
            (2, vec![(0, Why::NamedAsCopy), (1, Why::NamedAsCopy)])
        );
    }

    #[test]
    fn each_sameness_speaks_both_languages() {
        let d = Duplicate {
            source: "events".into(),
            same: Sameness::Sheet,
            kept: ("考核事件.xlsx".into(), "3月".into()),
            copy: ("考核事件.xlsx".into(), "3月 (2)".into()),
            records: 12,
            why: Why::NamedAsCopy,
        };
        assert_eq!(
            d.text().zh,
            "考核事件.xlsx：工作表 3月 (2) 与工作表 3月 的 12 条记录完全相同：数据源 `events` 会把每条记录计算两次；请删除工作表 3月 (2)（工作表名表明它是副本）"
        );
        assert_eq!(
            d.text().en,
            "考核事件.xlsx: sheet 3月 (2) holds the same 12 record(s) as sheet 3月: source `events` would count every record twice; delete sheet 3月 (2) (its name marks it as a copy)"
        );
    }
}
