//! Grades by quota: the ranking of a scope (a school) cut into grades by
//! the grades' shares (方案13: 优秀 30%, 合格 40%, 基本合格 20%, 不合格 10%),
//! with the policies a quota needs stated in the rubric: how a count is
//! rounded, who takes a boundary shared by equal scores, and whether vetoed
//! teachers count.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::model::{Locale, RoundingMode};

/// `[quota]`, validated.
#[derive(Debug)]
pub struct Quota {
    /// Slot of the roster field grouping teachers; one scope without it.
    pub scope: Option<usize>,
    /// How `share × teachers` becomes a whole count.
    pub counts: RoundingMode,
    /// Scores compared, in order, when totals are equal.
    pub tie_break: Vec<TieBreak>,
    /// Who takes a boundary when teachers are still equal after `tie_break`.
    pub ties: TiePolicy,
    /// Whether vetoed teachers hold places in the ranking.
    pub vetoed: VetoedInQuota,
}

/// A score that orders teachers with equal totals (higher first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TieBreak {
    /// An item's score.
    Item(usize),
    /// A category's subtotal.
    Category(usize),
}

/// Who takes a grade boundary that falls inside a group of equal teachers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TiePolicy {
    /// All of them take the better grade: the better grade holds more than its quota.
    Better,
    /// All of them take the worse grade: no grade ever holds more than its quota.
    Worse,
}

/// What vetoed teachers do in the quota count. Either way their grade is
/// the veto's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VetoedInQuota {
    /// Taken out before counting: the shares apply to the others.
    Exclude,
    /// Counted, holding their place in the ranking (and the place's slot).
    Include,
}

impl Quota {
    /// The count a share gives in a scope of `teachers`: `share% × teachers`,
    /// rounded as the rubric says; returns the exact product too, for the
    /// reader (`30% × 17 = 5.1 → 5`).
    pub fn count(&self, share: Decimal, teachers: usize) -> (Decimal, usize) {
        let exact = share * Decimal::from(teachers) / Decimal::ONE_HUNDRED;
        let rounded = crate::rubric::Rounding {
            places: 0,
            mode: self.counts,
        }
        .apply(exact);
        let count = rounded.to_usize().unwrap_or(0).min(teachers);
        (exact, count)
    }

    /// `四舍五入` / `half up`: for the 规则 sheet.
    pub fn counts_label(&self, locale: Locale) -> &'static str {
        self.counts.label(locale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quota(counts: RoundingMode) -> Quota {
        Quota {
            scope: None,
            counts,
            tie_break: Vec::new(),
            ties: TiePolicy::Better,
            vetoed: VetoedInQuota::Exclude,
        }
    }

    #[test]
    fn thirty_percent_of_seventeen_by_each_mode() {
        let thirty = Decimal::from(30);
        assert_eq!(
            quota(RoundingMode::HalfUp).count(thirty, 17),
            (Decimal::new(51, 1), 5)
        );
        assert_eq!(quota(RoundingMode::Down).count(thirty, 17).1, 5);
        assert_eq!(quota(RoundingMode::Up).count(thirty, 17).1, 6);
        // 10% of 15 = 1.5: half up gives 2, half even 2, down 1.
        let ten = Decimal::from(10);
        assert_eq!(quota(RoundingMode::HalfUp).count(ten, 15).1, 2);
        assert_eq!(quota(RoundingMode::Down).count(ten, 15).1, 1);
    }

    #[test]
    fn a_count_never_exceeds_the_scope() {
        assert_eq!(quota(RoundingMode::Up).count(Decimal::from(100), 3).1, 3);
        assert_eq!(quota(RoundingMode::Up).count(Decimal::ZERO, 3).1, 0);
    }
}
