//! What a run did that scores soundly but that the office must be told of:
//! records outside the period, a column that was not found and so took its
//! default, rows hidden in the sheet that were scored like the others. A
//! warning never stops a run; it is listed in the outcome for whoever shows
//! it (stderr, 运行信息, `--json`, `check`). Each says itself in Chinese and
//! English and has a stable code for scripts.

use chrono::NaiveDate;

use super::period::Period;
use crate::i18n::engine as msg;
use crate::i18n::Text;

/// One warning of a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// Records of a dated source that fall outside the period: read, not scored.
    OutsidePeriod {
        /// The source id.
        source: String,
        /// The source as the office names it ([`crate::rubric::Source::named`]).
        named: Text,
        /// Records outside the period.
        outside: u64,
        /// Records with a date, inside the period or not.
        dated: u64,
        /// The period.
        period: Period,
        /// The earliest and latest date of the records outside it.
        first: NaiveDate,
        /// See `first`.
        last: NaiveDate,
    },
    /// An optional column not found in a sheet: every record read from the
    /// sheet took the field's default (blank without one).
    ColumnNotFound {
        /// The source id.
        source: String,
        /// The source as the office names it ([`crate::rubric::Source::named`]).
        named: Text,
        /// The file as given.
        file: String,
        /// The sheet ("" for CSV).
        sheet: String,
        /// The field's name in the rubric.
        field: String,
        /// The headers the rubric accepts for it.
        accepted: Vec<String>,
        /// The headers of the sheet's header row.
        found: Vec<String>,
        /// The value every record took, as the rubric writes it ("" for blank).
        default: String,
        /// Records read from the sheet: each took the default.
        records: u64,
    },
    /// A `[pay]` pool that nothing weighed a share of: not paid out.
    PayUnshared {
        /// The pool's group (empty: the one pool).
        group: String,
        /// The pool.
        pool: rust_decimal::Decimal,
    },
    /// Records read from rows the sheet hides (by hand, or a filter's
    /// hidden rows): scored like any other.
    HiddenRows {
        /// The source id.
        source: String,
        /// The source as the office names it ([`crate::rubric::Source::named`]).
        named: Text,
        /// The file as given.
        file: String,
        /// The sheet.
        sheet: String,
        /// Records read from hidden rows.
        records: u64,
    },
    /// A source that rules read with no record scored at all: each teacher
    /// scored as having none (a quiet month, or an export of its header only).
    EmptySource {
        /// The source id.
        source: String,
        /// The source as the office names it ([`crate::rubric::Source::named`]).
        named: Text,
    },
    /// Teachers with no record in a source that more than half of the
    /// teachers have records in: each scored as having none, which an
    /// export that left them out would also give.
    TeachersWithoutRecords {
        /// The source id.
        source: String,
        /// The source as the office names it ([`crate::rubric::Source::named`]).
        named: Text,
        /// Each teacher without a record, `key name`, in roster order.
        missing: Vec<String>,
        /// How many teachers the roster has.
        teachers: u64,
    },
    /// School days of the period on which a source that a day window with
    /// `at_least` reads has no record from any teacher: each teacher was
    /// charged for each of them (a holiday missing from `[calendar]`, or
    /// days the export lacks).
    DayWithoutRecords {
        /// The source id.
        source: String,
        /// The source as the office names it ([`crate::rubric::Source::named`]).
        named: Text,
        /// How many school days.
        days: u64,
        /// The days as ranges of school days without a record, first and
        /// last (the same day for one alone); days without school may lie
        /// inside a range.
        ranges: Vec<(NaiveDate, NaiveDate)>,
    },
    /// Records of keys not in the roster, skipped as the rubric allows
    /// (`unknown_teachers = "skip"`).
    SkippedUnknown {
        /// The source id.
        source: String,
        /// The source as the office names it ([`crate::rubric::Source::named`]).
        named: Text,
        /// Records skipped.
        records: u64,
        /// Their keys, in order.
        keys: Vec<String>,
    },
    /// A sheet whose title says it covers only part of the period (a
    /// half-month export scored for the month), or days outside it
    /// (another month's file, which an undated source cannot tell by its
    /// records).
    TitleAgainstPeriod {
        /// The source id.
        source: String,
        /// The source as the office names it ([`crate::rubric::Source::named`]).
        named: Text,
        /// The file as given.
        file: String,
        /// The sheet ("" for CSV).
        sheet: String,
        /// The title cell and what it says it covers.
        covers: crate::input::TitleCovers,
        /// The period.
        period: Period,
    },
    /// A folder inside an input folder that holds spreadsheets: not read
    /// (a folder's own files are; its subfolders may hold other months).
    UnreadFolder {
        /// The folder as shown.
        folder: String,
        /// The spreadsheets directly in it.
        files: u64,
    },
    /// An input file that no source's pattern matches: not read.
    Unread {
        /// The file as given.
        file: String,
    },
    /// A text a rule compares a key or text field with that no record
    /// (or roster row) holds, while others hold values like it: the rule
    /// silently never matches them (`迟到` against `迟到30分钟`).
    LiteralNotFound {
        /// The source id (the roster's, for a roster field).
        source: String,
        /// The source as the office names it ([`crate::rubric::Source::named`]).
        named: Text,
        /// The field, as messages name it.
        field: String,
        /// The text compared with, as a cell reads.
        literal: String,
        /// The expression that compares it, as the rubric writes it.
        expr: String,
        /// The most frequent values like it, each with its records.
        like: Vec<(String, u64)>,
        /// Records holding any value like it.
        records: u64,
    },
    /// An appeal's 申诉内容 names an evidence row (`file:sheet:row`) that
    /// is not among the teacher's evidence: a typo, or the wrong teacher.
    AppealRowNotInEvidence {
        /// The appeals file's row, `file:row`.
        row: String,
        /// The teacher's key.
        key: String,
        /// The row the appeal names, as written.
        reference: String,
    },
}

impl Warning {
    /// The stable code scripts match on (`--json`'s `code`).
    pub fn code(&self) -> &'static str {
        match self {
            Warning::OutsidePeriod { .. } => "outside_period",
            Warning::ColumnNotFound { .. } => "column_not_found",
            Warning::HiddenRows { .. } => "hidden_rows",
            Warning::PayUnshared { .. } => "pay_unshared",
            Warning::AppealRowNotInEvidence { .. } => "appeal_row_not_in_evidence",
            Warning::Unread { .. } => "unread_file",
            Warning::UnreadFolder { .. } => "unread_folder",
            Warning::EmptySource { .. } => "empty_source",
            Warning::TitleAgainstPeriod { .. } => "title_against_period",
            Warning::TeachersWithoutRecords { .. } => "teachers_without_records",
            Warning::SkippedUnknown { .. } => "unknown_teachers_skipped",
            Warning::LiteralNotFound { .. } => "literal_not_found",
            Warning::DayWithoutRecords { .. } => "day_without_records",
        }
    }

    /// The source the warning is about.
    pub fn source(&self) -> &str {
        match self {
            Warning::OutsidePeriod { source, .. }
            | Warning::ColumnNotFound { source, .. }
            | Warning::HiddenRows { source, .. }
            | Warning::EmptySource { source, .. }
            | Warning::TitleAgainstPeriod { source, .. }
            | Warning::TeachersWithoutRecords { source, .. }
            | Warning::SkippedUnknown { source, .. }
            | Warning::LiteralNotFound { source, .. }
            | Warning::DayWithoutRecords { source, .. } => source,
            Warning::PayUnshared { .. } | Warning::Unread { .. } | Warning::UnreadFolder { .. } => {
                ""
            }
            Warning::AppealRowNotInEvidence { .. } => "appeals",
        }
    }

    /// The warning in both languages.
    pub fn text(&self) -> Text {
        match self {
            Warning::OutsidePeriod {
                named,
                outside,
                dated,
                period,
                first,
                last,
                ..
            } => {
                let (from, to) = (period.from, period.to);
                msg::warn_outside_period(named, outside, dated, from, to, first, last)
            }
            Warning::ColumnNotFound {
                named,
                file,
                sheet,
                field,
                accepted,
                found,
                default,
                records,
                ..
            } => {
                let place = place(file, sheet);
                let took = if default.is_empty() {
                    msg::took_blank().text()
                } else {
                    msg::took_default(default)
                };
                msg::warn_column_not_found(
                    named,
                    place,
                    field,
                    &crate::input::list(accepted),
                    &crate::input::list(found),
                    records,
                    &took,
                )
            }
            Warning::HiddenRows {
                named,
                file,
                sheet,
                records,
                ..
            } => {
                let place = place(file, sheet);
                msg::warn_hidden_rows(named, place, records)
            }
            Warning::PayUnshared { group, pool } => {
                let group = if group.is_empty() {
                    Text::default()
                } else {
                    msg::pay_pool_group(group)
                };
                msg::warn_pay_unshared(&group, pool.normalize())
            }
            Warning::AppealRowNotInEvidence {
                row,
                key,
                reference,
            } => msg::warn_appeal_row_not_in_evidence(row, key, reference),
            Warning::Unread { file } => msg::warn_unread_file(file),
            Warning::UnreadFolder { folder, files } => msg::warn_unread_folder(folder, files),
            Warning::EmptySource { named, .. } => msg::warn_empty_source(named),
            Warning::TitleAgainstPeriod {
                named,
                file,
                sheet,
                covers,
                period,
                ..
            } => {
                let place = place(file, sheet);
                let (cell, title) = (&covers.cell, &covers.title);
                let (from, to) = (period.from, period.to);
                if covers.to < from || covers.from > to {
                    msg::warn_title_outside_period(named, place, cell, title, from, to)
                } else {
                    msg::warn_title_part_of_period(named, place, cell, title, from, to)
                }
            }
            Warning::TeachersWithoutRecords {
                named,
                missing,
                teachers,
                ..
            } => {
                let names = some_of(missing);
                msg::warn_teachers_without_records(named, missing.len(), teachers, &names)
            }
            Warning::SkippedUnknown {
                named,
                records,
                keys,
                ..
            } => {
                let list = some_of(keys);
                msg::warn_skipped_unknown(named, records, keys.len(), &list)
            }
            Warning::LiteralNotFound {
                named,
                field,
                literal,
                expr,
                like,
                records,
                ..
            } => {
                // Listed as `Text::list` lists: `a, b` and `a、b`.
                let shown = like
                    .iter()
                    .map(|(v, n)| msg::value_and_records(v, n))
                    .reduce(|all, t| all.join(", ", "、", &t))
                    .unwrap_or_default();
                msg::warn_literal_not_found(named, field, literal, expr, records, &shown)
            }
            Warning::DayWithoutRecords {
                named,
                days,
                ranges,
                ..
            } => {
                let mut list: Option<Text> = None;
                for &(from, to) in ranges {
                    let one = if from == to {
                        Text::same(from.to_string())
                    } else {
                        msg::day_range(from, to)
                    };
                    list = Some(match list {
                        Some(l) => l.join(", ", "、", &one),
                        None => one,
                    });
                }
                msg::warn_day_without_records(named, days, &list.unwrap_or_default())
            }
        }
    }
}

/// The most keys or names a warning lists; it counts the rest.
const LISTED: usize = 10;

/// The first [`LISTED`] of `items`, then how many there are in all.
fn some_of(items: &[String]) -> Text {
    let shown = crate::input::list(&items[..items.len().min(LISTED)]);
    if items.len() > LISTED {
        shown.join("", "", &msg::listed_of(items.len()))
    } else {
        shown
    }
}

/// `file` or `file, sheet`.
fn place(file: &str, sheet: &str) -> String {
    if sheet.is_empty() {
        file.to_string()
    } else {
        format!("{file}, {sheet}")
    }
}

crate::i18n::said_by_text!(Warning);

impl serde::Serialize for Warning {
    /// `{code, source, message}`: the message in English, stable whatever
    /// the language of the run, as every message in JSON.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Warning", 3)?;
        s.serialize_field("code", self.code())?;
        s.serialize_field("source", self.source())?;
        s.serialize_field("message", &self.text().en)?;
        s.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Locale, Localize};

    #[test]
    fn each_warning_has_a_code_and_says_itself_in_both_languages() {
        let d = |m, day| NaiveDate::from_ymd_opt(2022, m, day).unwrap();
        let outside = Warning::OutsidePeriod {
            source: "events".into(),
            named: Text::same("events"),
            outside: 3,
            dated: 10,
            period: Period {
                from: d(3, 1),
                to: d(3, 31),
            },
            first: d(2, 27),
            last: d(4, 2),
        };
        assert_eq!(outside.code(), "outside_period");
        assert!(outside
            .localized(Locale::Zh)
            .contains("10 条有日期的记录中有 3 条"));
        assert!(outside
            .to_string()
            .contains("they run from 2022-02-27 to 2022-04-02"));
        let column = Warning::ColumnNotFound {
            named: Text::same("attendance"),
            source: "attendance".into(),
            file: "a.xlsx".into(),
            sheet: "3月".into(),
            field: "late_minutes".into(),
            accepted: vec!["迟到时长(分钟)".into(), "迟到分钟".into()],
            found: vec!["工号".into(), "迟到时长(min)".into()],
            default: "0".into(),
            records: 40,
        };
        assert_eq!(
            serde_json::to_value(&column).unwrap()["code"],
            "column_not_found"
        );
        assert!(column
            .localized(Locale::Zh)
            .contains("可接受的表头：迟到时长(分钟)、迟到分钟；表头行中有：工号、迟到时长(min)"));
        assert!(column
            .to_string()
            .contains("all 40 records took the default 0"));
    }
}
