//! Data problems found while scoring, each naming the record (file, sheet,
//! row) or cell at fault and what would be accepted. A run collects all of
//! them and reports them together; any problem means no score is written,
//! unless the user passes `--keep-going`: then each record with a problem is
//! skipped and listed, and the rest are scored. Each problem is said in
//! English (`Display`) and Chinese ([`Localize`]).

use std::fmt;

use rust_decimal::Decimal;
use serde::Serialize;

use super::period::Period;
use crate::i18n::engine as msg;
use crate::i18n::{Locale, Localize, Text};
use crate::input::DataError;
use crate::provenance::Provenance;
use crate::rubric::expr::EvalError;
use crate::rubric::{Item, Rubric, Rule};

/// One problem with the input data.
#[derive(Debug)]
pub enum Problem {
    /// A cell that could not be read as its field's type.
    Cell(DataError),
    /// A record whose teacher key is not in the roster.
    UnknownTeacher {
        /// The record.
        origin: Provenance,
        /// The id of the source it was read as.
        source: String,
        /// The key it carries.
        key: String,
    },
    /// The records of one file whose teacher key is a roster key but for
    /// its leading zeros (`12` for `0012`, or the other way round: a column
    /// stored as numbers), said once for the file and key, not once a
    /// record: every record of such a file usually has it.
    KeyLostZeros {
        /// The first such record.
        origin: Provenance,
        /// The id of the source they were read as.
        source: String,
        /// The key they carry.
        key: String,
        /// The roster's key it is but for leading zeros.
        near: String,
        /// How many records of the file carry it.
        records: u64,
        /// The records after the first, each listed when `--keep-going`
        /// skips them (none are kept of keys skipped under
        /// `unknown_teachers = "skip"`, which counts them only).
        later: Vec<Provenance>,
    },
    /// A record without a teacher key.
    BlankKey {
        /// The record.
        origin: Provenance,
        /// The key field's header.
        field: String,
    },
    /// Two roster rows with the same key.
    DuplicateTeacher {
        /// The second row.
        origin: Provenance,
        /// The first row.
        first: Provenance,
        /// The key.
        key: String,
    },
    /// An export that is its own roster names one key two ways (a teacher
    /// renamed mid-month, or two people sharing an account).
    TeacherNamedTwice {
        /// The record that differs.
        origin: Provenance,
        /// The teacher's first record.
        first: Provenance,
        /// The key.
        key: String,
        /// The header of the field that differs (姓名).
        field: String,
        /// Its value here.
        value: String,
        /// Its value in the first record.
        first_value: String,
    },
    /// A record with no date, where the period needs one.
    BlankDate {
        /// The record.
        origin: Provenance,
        /// The date field's header.
        field: String,
    },
    /// A rule could not be evaluated on a record (a blank value it needs).
    Evaluation {
        /// The record.
        origin: Provenance,
        /// The rule or veto's name.
        rule: String,
        /// Why, in both languages.
        reason: Text,
    },
    /// An imported score outside [0, max].
    ImportOutOfRange {
        /// The record.
        origin: Provenance,
        /// The item's name.
        item: String,
        /// The value found.
        value: String,
        /// The item's maximum.
        max: String,
    },
    /// Two records import a score for the same teacher and item.
    ImportTwice {
        /// The second record.
        origin: Provenance,
        /// The first record.
        first: Provenance,
        /// The item's name.
        item: String,
    },
    /// A record whose `unique` fields repeat an earlier record's.
    DuplicateRecord {
        /// The second record.
        origin: Provenance,
        /// The first record.
        first: Provenance,
        /// The repeated values, `工号=1001, 日期=2022-03-01, 节次=3`.
        values: String,
    },
    /// A teacher has no record for an imported item.
    ImportMissing {
        /// The teacher's key.
        key: String,
        /// The teacher's name.
        name: String,
        /// The item's name.
        item: String,
        /// The source the score is imported from.
        source: String,
    },
    /// A sum or product of the data past the largest number kaohe computes
    /// exactly (79228162514264337593543950335): a value no export holds, so
    /// the record is named and nothing is scored.
    Overflow {
        /// The record whose value went past it; for a teacher's or a
        /// group's total, the teacher's first record of the rule.
        origin: Option<Provenance>,
        /// The teacher's key and name.
        teacher: String,
        /// The rule, `item / label`.
        rule: String,
        /// The source the values come from.
        source: String,
        /// The fields and values at fault, `课时=50000000000000000000000000000`.
        values: Text,
    },
    /// Teachers of the roster with no record in a source the rubric says
    /// every teacher is in (`every_teacher = true`): scored, they would
    /// count as having none, which is what an export that left them out
    /// gives. One problem per source, naming every such teacher.
    TeachersLeftOut {
        /// The source id.
        source: String,
        /// The source as the office names it ([`crate::rubric::Source::named`]).
        named: Text,
        /// Each teacher without a record, `key name`, in roster order.
        missing: Vec<String>,
        /// How many teachers the roster has.
        teachers: u64,
        /// The period the records were scored in, when there is one.
        period: Option<Period>,
    },
    /// A teacher has no record from one of a weighted item's raters.
    RaterMissing {
        /// The teacher's key.
        key: String,
        /// The teacher's name.
        name: String,
        /// The item's name.
        item: String,
        /// The rater (评价方) without a record.
        rater: String,
        /// The source the ratings come from.
        source: String,
    },
}

impl Problem {
    /// A rule's arithmetic past what kaohe computes exactly, for `teacher`
    /// (`key name`), at `origin` when one record made it so.
    pub(super) fn rule_overflow(
        origin: Option<Provenance>,
        teacher: (&str, &str),
        rubric: &Rubric,
        item: &Item,
        rule: &Rule,
        values: Text,
    ) -> Problem {
        Problem::Overflow {
            origin,
            teacher: format!("{} {}", teacher.0, teacher.1),
            rule: format!("{} / {}", item.name, rule.label),
            source: rubric.sources[rule.source].id.clone(),
            values,
        }
    }

    /// The record or cell at fault; `None` for a teacher-level problem.
    pub fn place(&self) -> Option<Place> {
        match self {
            Problem::Cell(
                DataError::BadValue { cell, .. }
                | DataError::Blank { cell, .. }
                | DataError::AfterNote { cell, .. }
                | DataError::Unheaded { cell, .. },
            ) => Some(Place {
                file: cell.file.to_string(),
                sheet: cell.sheet.to_string(),
                row: cell.row,
                cell: Some(cell.a1()),
            }),
            Problem::UnknownTeacher { origin, .. }
            | Problem::KeyLostZeros { origin, .. }
            | Problem::BlankKey { origin, .. }
            | Problem::DuplicateTeacher { origin, .. }
            | Problem::TeacherNamedTwice { origin, .. }
            | Problem::BlankDate { origin, .. }
            | Problem::Evaluation { origin, .. }
            | Problem::ImportOutOfRange { origin, .. }
            | Problem::ImportTwice { origin, .. }
            | Problem::DuplicateRecord { origin, .. } => Some(at(origin)),
            Problem::Overflow { origin, .. } => origin.as_ref().map(at),
            Problem::ImportMissing { .. }
            | Problem::RaterMissing { .. }
            | Problem::TeachersLeftOut { .. } => None,
        }
    }

    /// Whether `--keep-going` may skip the record and score the rest. A
    /// teacher with no record for an imported item cannot be scored without
    /// inventing a score, and teachers left out of an export every teacher
    /// is in are no record to skip, so those stay fatal.
    pub fn skippable(&self) -> bool {
        self.place().is_some()
    }

    /// The records `--keep-going` skips for this problem, each listed with
    /// its place and the problem as said of it: a key that lost its zeros
    /// is said once for the file, but each of its records is skipped.
    pub(super) fn skipped(&self) -> Vec<SkippedRecord> {
        let one = |place: Place, problem: Text| SkippedRecord { place, problem };
        match self {
            Problem::KeyLostZeros {
                origin,
                key,
                near,
                later,
                ..
            } => std::iter::once(origin)
                .chain(later)
                .map(|o| one(at(o), msg::unknown_teacher_near(&o.said(), key, near)))
                .collect(),
            _ => self
                .place()
                .map(|p| one(p, self.text()))
                .into_iter()
                .collect(),
        }
    }
}

/// The place of a whole record.
fn at(o: &Provenance) -> Place {
    Place {
        file: o.file.to_string(),
        sheet: o.sheet.to_string(),
        row: o.row,
        cell: None,
    }
}

/// Where a listed problem is: file, sheet ("" for CSV), row, and the cell when one cell is at fault.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    /// The input file as the user named it.
    pub file: String,
    /// The sheet; empty for CSV.
    pub sheet: String,
    /// 1-based row.
    pub row: u32,
    /// The cell in A1 form, when one cell is at fault.
    pub cell: Option<String>,
}

/// A problem whose record was skipped under `--keep-going`: listed in the
/// 数据问题 sheet and the JSON summary so no skipped record goes unseen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedRecord {
    /// Where it is.
    pub place: Place,
    /// The problem in words, in both languages, as the error message would
    /// say it; the writer picks the report's language.
    pub problem: Text,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.localized(Locale::En))
    }
}

impl Problem {
    /// The problem in both languages.
    pub fn text(&self) -> Text {
        match self {
            Problem::Cell(e) => e.text(),
            Problem::UnknownTeacher { origin, key, .. } => {
                msg::unknown_teacher(&origin.said(), key)
            }
            Problem::KeyLostZeros {
                origin,
                key,
                near,
                records: 0 | 1,
                ..
            } => msg::unknown_teacher_near(&origin.said(), key, near),
            Problem::KeyLostZeros {
                origin,
                key,
                near,
                records,
                ..
            } => msg::key_lost_zeros(&origin.said(), records, key, near),
            Problem::BlankKey { origin, field } => msg::blank_key(&origin.said(), field),
            Problem::DuplicateTeacher { origin, first, key } => {
                msg::duplicate_teacher(&origin.said(), key, &first.said())
            }
            Problem::TeacherNamedTwice {
                origin,
                first,
                key,
                field,
                value,
                first_value,
            } => msg::teacher_named_twice(
                &origin.said(),
                key,
                field,
                value,
                first_value,
                &first.said(),
            ),
            Problem::BlankDate { origin, field } => msg::blank_date(&origin.said(), field),
            Problem::Evaluation {
                origin,
                rule,
                reason,
            } => msg::rule_not_applied(&origin.said(), rule, reason),
            Problem::ImportOutOfRange {
                origin,
                item,
                value,
                max,
            } => msg::import_out_of_range(&origin.said(), item, value, max),
            Problem::ImportTwice {
                origin,
                first,
                item,
            } => msg::import_twice(&origin.said(), item, &first.said()),
            Problem::DuplicateRecord {
                origin,
                first,
                values,
            } => msg::duplicate_record(&origin.said(), values, &first.said()),
            Problem::Overflow {
                origin,
                teacher,
                rule,
                source,
                values,
            } => {
                let at = origin
                    .as_ref()
                    .map_or_else(Text::default, |o| msg::at_origin(&o.said()));
                msg::overflow(&at, teacher, rule, source, values, Decimal::MAX)
            }
            Problem::ImportMissing {
                key,
                name,
                item,
                source,
            } => msg::import_missing(key, name, item, source),
            Problem::RaterMissing {
                key,
                name,
                item,
                rater,
                source,
            } => msg::rater_missing(key, name, item, rater, source),
            Problem::TeachersLeftOut {
                source,
                named,
                missing,
                teachers,
                period,
            } => {
                let within =
                    period.map_or_else(Text::default, |p| msg::within_period(p.from, p.to));
                let names = crate::input::list(missing);
                msg::teachers_left_out(named, missing.len(), teachers, &within, &names, source)
            }
        }
    }
}

impl Localize for Problem {
    fn localized(&self, locale: Locale) -> String {
        self.text().get(locale).to_string()
    }
}

/// Why a rule could not be evaluated, for [`Problem::Evaluation`]: the
/// English is the error's own `Display`.
pub(crate) fn eval_reason(e: &EvalError) -> Text {
    match e {
        EvalError::Blank { field } => msg::eval_blank(e, field),
        EvalError::DivisionByZero => msg::eval_division_by_zero(e),
        EvalError::Overflow => msg::eval_overflow(e),
        EvalError::WrongType { field, declared } => msg::eval_wrong_type(e, field, declared),
        EvalError::NoTableRow { table, keys } => msg::eval_no_table_row(e, table, keys),
    }
}

impl Serialize for SkippedRecord {
    /// Both languages: whoever reads the outcome as data picks one.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("SkippedRecord", 3)?;
        st.serialize_field("place", &self.place)?;
        st.serialize_field("problem", &self.problem.en)?;
        st.serialize_field("problem_zh", &self.problem.zh)?;
        st.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::provenance::CellRef;

    fn origin(row: u32) -> Provenance {
        Provenance {
            file: "授课.csv".into(),
            sheet: "".into(),
            row,
            col: None,
        }
    }

    #[test]
    fn every_problem_speaks_both_languages() {
        let all = vec![
            Problem::Cell(DataError::BadValue {
                cell: CellRef {
                    file: "授课.csv".into(),
                    sheet: "".into(),
                    row: 3,
                    col: 4,
                },
                field: "status".into(),
                header: "状态".into(),
                value: "病假".into(),
                expected: crate::i18n::input::expect_one_of(&Text::list(&["正常", "缺课"])),
            }),
            Problem::Cell(DataError::Blank {
                cell: CellRef {
                    file: "授课.csv".into(),
                    sheet: "".into(),
                    row: 3,
                    col: 4,
                },
                field: "status".into(),
                header: "状态".into(),
            }),
            Problem::Cell(DataError::AfterNote {
                cell: CellRef {
                    file: "授课.csv".into(),
                    sheet: "".into(),
                    row: 44,
                    col: 0,
                },
                note_row: 42,
                note: "制表人：王老师".into(),
            }),
            Problem::Cell(DataError::Unheaded {
                cell: CellRef {
                    file: "授课.csv".into(),
                    sheet: "".into(),
                    row: 5,
                    col: 9,
                },
                value: "5".into(),
                blank: CellRef {
                    file: "授课.csv".into(),
                    sheet: "".into(),
                    row: 5,
                    col: 8,
                },
                field: "status".into(),
                header: "状态".into(),
            }),
            Problem::UnknownTeacher {
                origin: origin(3),
                source: "hours".into(),
                key: "1003".into(),
            },
            Problem::KeyLostZeros {
                origin: origin(3),
                source: "hours".into(),
                key: "1003".into(),
                near: "01003".into(),
                records: 1,
                later: vec![],
            },
            Problem::KeyLostZeros {
                origin: origin(3),
                source: "hours".into(),
                key: "1003".into(),
                near: "01003".into(),
                records: 23,
                later: vec![origin(4)],
            },
            Problem::BlankKey {
                origin: origin(3),
                field: "工号".into(),
            },
            Problem::DuplicateTeacher {
                origin: origin(4),
                first: origin(2),
                key: "1001".into(),
            },
            Problem::TeacherNamedTwice {
                origin: origin(9),
                first: origin(4),
                key: "1001".into(),
                field: "姓名".into(),
                value: "张卫".into(),
                first_value: "张伟".into(),
            },
            Problem::BlankDate {
                origin: origin(3),
                field: "日期".into(),
            },
            Problem::Evaluation {
                origin: origin(3),
                rule: "缺课 / 扣分".into(),
                reason: eval_reason(&EvalError::Blank {
                    field: "minutes".into(),
                }),
            },
            Problem::Evaluation {
                origin: origin(3),
                rule: "缺课".into(),
                reason: eval_reason(&EvalError::DivisionByZero),
            },
            Problem::Evaluation {
                origin: origin(3),
                rule: "缺课".into(),
                reason: eval_reason(&EvalError::Overflow),
            },
            Problem::Evaluation {
                origin: origin(3),
                rule: "缺课".into(),
                reason: eval_reason(&EvalError::WrongType {
                    field: "minutes".into(),
                    declared: "decimal",
                }),
            },
            Problem::Evaluation {
                origin: origin(3),
                rule: "缺课".into(),
                reason: eval_reason(&EvalError::NoTableRow {
                    table: "rates".into(),
                    keys: "高一".into(),
                }),
            },
            Problem::ImportOutOfRange {
                origin: origin(3),
                item: "师德".into(),
                value: "12".into(),
                max: "10".into(),
            },
            Problem::ImportTwice {
                origin: origin(4),
                first: origin(2),
                item: "师德".into(),
            },
            Problem::DuplicateRecord {
                origin: origin(4),
                first: origin(2),
                values: "工号=1001, 节次=1".into(),
            },
            Problem::ImportMissing {
                key: "1001".into(),
                name: "张三".into(),
                item: "师德".into(),
                source: "ethics".into(),
            },
            Problem::Overflow {
                origin: Some(origin(3)),
                teacher: "1001 张三".into(),
                rule: "课时 / 课时".into(),
                source: "hours".into(),
                values: Text::same("课时=50000000000000000000000000000"),
            },
            Problem::Overflow {
                origin: None,
                teacher: "1001 张三".into(),
                rule: "课时 / 课时".into(),
                source: "hours".into(),
                values: crate::text!("the group's sum", "组内合计"),
            },
            Problem::RaterMissing {
                key: "1001".into(),
                name: "张三".into(),
                item: "师德".into(),
                rater: "学生".into(),
                source: "ratings".into(),
            },
            Problem::TeachersLeftOut {
                source: "hours".into(),
                named: Text::same("hours"),
                missing: vec!["1001 张三".into(), "1002 李四".into()],
                teachers: 40,
                period: None,
            },
            Problem::TeachersLeftOut {
                source: "hours".into(),
                named: Text::same("hours"),
                missing: vec!["1001 张三".into()],
                teachers: 40,
                period: Some(Period {
                    from: chrono::NaiveDate::from_ymd_opt(2022, 3, 1).unwrap(),
                    to: chrono::NaiveDate::from_ymd_opt(2022, 3, 31).unwrap(),
                }),
            },
        ];
        // Names from the rubric and values from the data stay as written.
        let allowed = [
            "授课.csv",
            "status",
            "minutes",
            "decimal",
            "rates",
            "ethics",
            "ratings",
            "hours",
            "kaohe",
            "`unknown_teachers = \"skip\"`",
            "[roster]",
            "`missing = \"zero\"`",
            "`required = false`",
            "`default`",
            "`every_teacher = true`",
            "`every_teacher`",
            "[sources.hours]",
        ];
        for p in &all {
            let t = p.text();
            assert_eq!(t.en, p.to_string());
            assert_ne!(t.zh, t.en);
            assert!(
                t.zh.contains("授课.csv") || t.zh.contains("1001"),
                "{}",
                t.zh
            );
            assert_eq!(
                crate::input::english_words(&t.zh, &allowed),
                Vec::<String>::new(),
                "{}",
                t.zh
            );
        }
    }

    #[test]
    fn an_unknown_teacher_reads_as_a_clerk_would_say_it() {
        let p = Problem::UnknownTeacher {
            origin: Provenance {
                file: "考勤.xlsx".into(),
                sheet: "三月".into(),
                row: 7,
                col: None,
            },
            source: "attendance".into(),
            key: "1003".into(),
        };
        assert!(p
            .localized(Locale::Zh)
            .starts_with("考勤.xlsx，工作表 三月，第 7 行：工号\"1003\"不在名册中"));
    }
}
