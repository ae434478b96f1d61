//! What a run keeps per teacher while records stream through: one
//! accumulator per rule, the vetoes met and the required records found.

use rust_decimal::Decimal;

use chrono::NaiveDate;

use super::outcome::*;
use super::weighted::Rating;
use super::window::WindowAcc;
use crate::provenance::Provenance;
use crate::rubric::Rubric;
use crate::value::Value;

/// A roster row and what has been found for it so far.
pub(super) struct Teacher {
    pub(super) key: String,
    pub(super) name: String,
    pub(super) school: Option<String>,
    pub(super) values: Vec<Value>,
    pub(super) origin: Provenance,
    /// Per item, per rule.
    pub(super) rules: Vec<Vec<RuleAcc>>,
    pub(super) vetoes: Vec<VetoResult>,
    /// Per adjustment, per requirement: the first record that met it.
    pub(super) requires: Vec<Vec<Option<(Provenance, Detail)>>>,
}

impl Teacher {
    /// The same roster row with nothing found yet.
    pub(super) fn fresh(&self, rubric: &Rubric) -> Teacher {
        Teacher {
            key: self.key.clone(),
            name: self.name.clone(),
            school: self.school.clone(),
            values: self.values.clone(),
            origin: self.origin.clone(),
            rules: empty_rules(rubric),
            vetoes: Vec::new(),
            requires: empty_requires(rubric),
        }
    }
}

pub(super) fn empty_rules(rubric: &Rubric) -> Vec<Vec<RuleAcc>> {
    rubric
        .items
        .iter()
        .map(|i| i.rules.iter().map(|_| RuleAcc::default()).collect())
        .collect()
}

pub(super) fn empty_requires(rubric: &Rubric) -> Vec<Vec<Option<(Provenance, Detail)>>> {
    rubric
        .adjustments
        .iter()
        .map(|a| a.requires.iter().map(|_| None).collect())
        .collect()
}

#[derive(Default)]
pub(super) struct RuleAcc {
    pub(super) sum: Decimal,
    /// Ratio rules: records counted and records that matched; relative
    /// rules: records counted (for `combine = "mean"`).
    pub(super) counted: u64,
    pub(super) matched: u64,
    pub(super) evidence: Vec<Evidence>,
    pub(super) import: Option<(Decimal, Provenance)>,
    /// Window rules: the records bucketed by window and group.
    pub(super) windows: WindowAcc,
    /// Relative rules: the teacher's first record (a teacher without one is
    /// not a member of the group).
    pub(super) first: Option<Provenance>,
    pub(super) ratings: Vec<Rating>,
}

/// What a rule's running sum becomes with `outcome`, checked before
/// anything is applied so a record that would carry it past the largest
/// decimal moves nothing: `Ok(None)` leaves the sum as it is; `Err` is the
/// amount that does not fit.
pub(super) fn next_sum(
    acc: &RuleAcc,
    outcome: &Option<Applied>,
) -> Result<Option<Decimal>, Decimal> {
    match outcome {
        Some(Applied::Points {
            points,
            exempt: false,
            ..
        }) => acc.sum.checked_add(*points).map(Some).ok_or(*points),
        Some(Applied::Value(amount)) => acc.sum.checked_add(*amount).map(Some).ok_or(*amount),
        Some(Applied::Window {
            start,
            group,
            amount,
            ..
        }) => {
            if acc.windows.fits(*start, group, *amount) {
                Ok(None)
            } else {
                Err(*amount)
            }
        }
        _ => Ok(None),
    }
}

pub(super) enum Applied {
    /// A ratio rule counted the record; whether it also matched.
    Share {
        matched: bool,
    },
    Points {
        points: Decimal,
        detail: Detail,
        exempt: bool,
    },
    Import {
        value: Decimal,
        detail: Detail,
    },
    /// A window rule's record: what it adds to its window and group.
    Window {
        start: NaiveDate,
        group: String,
        amount: Decimal,
        /// `across` with a lookup charge: the key of the teacher charged.
        charge: Option<String>,
    },
    /// A relative rule's record: what it adds to the teacher's value.
    Value(Decimal),
    Rating {
        rater: usize,
        value: Decimal,
        detail: Detail,
    },
}
