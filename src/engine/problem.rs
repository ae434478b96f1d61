//! Data problems found while scoring, each naming the record (file, sheet,
//! row) or cell at fault and what would be accepted. A run collects all of
//! them and reports them together; any problem means no score is written,
//! unless the user passes `--keep-going`: then each record with a problem is
//! skipped and listed, and the rest are scored.

use std::fmt;

use serde::Serialize;

use crate::input::DataError;
use crate::provenance::Provenance;

/// One problem with the input data.
#[derive(Debug)]
pub enum Problem {
    /// A cell that could not be read as its field's type.
    Cell(DataError),
    /// A record whose teacher key is not in the roster.
    UnknownTeacher {
        /// The record.
        origin: Provenance,
        /// The key it carries.
        key: String,
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
        /// Why.
        reason: String,
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
    /// The record or cell at fault; `None` for a teacher-level problem.
    pub fn place(&self) -> Option<Place> {
        let at = |o: &Provenance| Place {
            file: o.file.to_string(),
            sheet: o.sheet.to_string(),
            row: o.row,
            cell: None,
        };
        match self {
            Problem::Cell(DataError::BadValue { cell, .. }) => Some(Place {
                file: cell.file.to_string(),
                sheet: cell.sheet.to_string(),
                row: cell.row,
                cell: Some(cell.a1()),
            }),
            Problem::UnknownTeacher { origin, .. }
            | Problem::BlankKey { origin, .. }
            | Problem::DuplicateTeacher { origin, .. }
            | Problem::BlankDate { origin, .. }
            | Problem::Evaluation { origin, .. }
            | Problem::ImportOutOfRange { origin, .. }
            | Problem::ImportTwice { origin, .. }
            | Problem::DuplicateRecord { origin, .. } => Some(at(origin)),
            Problem::ImportMissing { .. } | Problem::RaterMissing { .. } => None,
        }
    }

    /// Whether `--keep-going` may skip the record and score the rest. A
    /// teacher with no record for an imported item cannot be scored without
    /// inventing a score, so that stays fatal.
    pub fn skippable(&self) -> bool {
        self.place().is_some()
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SkippedRecord {
    /// Where it is.
    pub place: Place,
    /// The problem in words, as the error message would say it.
    pub problem: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Cell(e) => write!(f, "{e}"),
            Problem::UnknownTeacher { origin, key } => write!(
                f,
                "{origin}: teacher key \"{key}\" is not in the roster (check the 工号, or set \
                 `unknown_teachers = \"skip\"` under [roster] to skip such records)"
            ),
            Problem::BlankKey { origin, field } => {
                write!(
                    f,
                    "{origin}: {field} is blank; every record needs the teacher's key"
                )
            }
            Problem::DuplicateTeacher { origin, first, key } => write!(
                f,
                "{origin}: teacher key \"{key}\" appears twice in the roster (first at {first})"
            ),
            Problem::BlankDate { origin, field } => write!(
                f,
                "{origin}: {field} is blank; the record cannot be placed in the period"
            ),
            Problem::Evaluation {
                origin,
                rule,
                reason,
            } => write!(f, "{origin}: rule \"{rule}\" cannot be applied: {reason}"),
            Problem::ImportOutOfRange {
                origin,
                item,
                value,
                max,
            } => write!(
                f,
                "{origin}: score {value} for \"{item}\" is outside 0 to {max}, the item's range"
            ),
            Problem::ImportTwice {
                origin,
                first,
                item,
            } => write!(
                f,
                "{origin}: a second score for \"{item}\" for the same teacher (first at {first})"
            ),
            Problem::DuplicateRecord {
                origin,
                first,
                values,
            } => write!(
                f,
                "{origin}: the same record twice ({values}; first at {first}); \
                 delete one of them, or correct its values"
            ),
            Problem::ImportMissing {
                key,
                name,
                item,
                source,
            } => write!(
                f,
                "teacher {key} {name} has no record in source `{source}` for \"{item}\" \
                 (or set `missing = \"zero\"` on the rule to score it 0)"
            ),
            Problem::RaterMissing {
                key,
                name,
                item,
                rater,
                source,
            } => write!(
                f,
                "teacher {key} {name} has no score from rater \"{rater}\" in source `{source}` \
                 for \"{item}\" (or set `missing = \"zero\"` on the weighted rule to count it 0)"
            ),
        }
    }
}
