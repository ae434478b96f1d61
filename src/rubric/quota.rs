//! Grades by quota: the ranking of a scope (a school) cut into grades by
//! the grades' shares (方案13: 优秀 30%, 合格 40%, 基本合格 20%, 不合格 10%),
//! with the policies a quota needs stated in the rubric: how a count is
//! rounded, who takes a boundary shared by equal scores, and whether vetoed
//! teachers count.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::rounding::RoundingMode;
use crate::i18n::rubric as msg;
use crate::i18n::{Locale, Word};

/// `[quota]`, validated.
#[derive(Debug)]
pub struct Quota {
    /// Slot of the roster field grouping teachers; one scope without it.
    pub scope: Option<usize>,
    /// How `share × teachers` becomes a whole count.
    pub counts: QuotaCounts,
    /// Scores compared, in order, when totals are equal.
    pub tie_break: Vec<TieBreak>,
    /// Who takes a boundary when teachers are still equal after `tie_break`.
    pub ties: TiePolicy,
    /// Whether vetoed teachers hold places in the ranking.
    pub vetoed: VetoedInQuota,
}

/// How the grades' exact shares of a ranking (`30% × 17 = 5.1`) become
/// whole places.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuotaCounts {
    /// Each share rounded on its own; the last grade takes the places left.
    /// A small scope can leave the last grade with everyone: of one teacher
    /// every share rounds half up to 0, so the sole teacher is 不合格.
    Round(RoundingMode),
    /// Hamilton's method (最大余额法): every grade first gets the whole part
    /// of its share, then the places still free go one each to the largest
    /// fractional parts, equal parts to the better grade. The places always
    /// add up to the teachers, and each grade is within one of its share.
    LargestRemainder,
}

impl QuotaCounts {
    /// The names `counts` accepts, for the message that lists them.
    pub const NAMES: Word = msg::quota_counts_names();

    /// `counts = "…"` as written in the rubric.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "largest_remainder" => Some(QuotaCounts::LargestRemainder),
            other => RoundingMode::parse(other).map(QuotaCounts::Round),
        }
    }

    /// `四舍五入` / `half up` / `最大余额法`: for the 规则 sheet.
    pub fn label(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (QuotaCounts::Round(mode), _) => mode.label(locale),
            (QuotaCounts::LargestRemainder, _) => msg::quota_largest_remainder().get(locale),
        }
    }
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
    /// reader (`30% × 17 = 5.1 → 5`). Under `largest_remainder` a share's
    /// count depends on the others', so this is its whole part; the places
    /// themselves come from [`Quota::apportion`].
    pub fn count(&self, share: Decimal, teachers: usize) -> (Decimal, usize) {
        let exact = exact_share(share, teachers);
        let mode = match self.counts {
            QuotaCounts::Round(mode) => mode,
            QuotaCounts::LargestRemainder => RoundingMode::Down,
        };
        let rounded = crate::rubric::Rounding {
            places: 0,
            mode,
            at: crate::rubric::RoundAt::Items,
        }
        .apply(exact);
        let count = rounded.to_usize().unwrap_or(0).min(teachers);
        (exact, count)
    }

    /// Each grade's places among `teachers`, best grade first, with the
    /// exact product each came from. Never more places than teachers: when
    /// rounding promises too many, the better grades keep theirs; with
    /// `Round` the last grade takes whatever is left.
    pub fn apportion(&self, shares: &[Decimal], teachers: usize) -> Vec<(Decimal, usize)> {
        match self.counts {
            QuotaCounts::Round(_) => {
                let mut taken = 0usize;
                let last = shares.len().saturating_sub(1);
                shares
                    .iter()
                    .enumerate()
                    .map(|(g, &share)| {
                        let (exact, rounded) = self.count(share, teachers);
                        let free = teachers.saturating_sub(taken);
                        let count = if g == last { free } else { rounded.min(free) };
                        taken += count;
                        (exact, count)
                    })
                    .collect()
            }
            QuotaCounts::LargestRemainder => largest_remainder(shares, teachers),
        }
    }

    /// `四舍五入` / `half up` / `最大余额法`: for the 规则 sheet.
    pub fn counts_label(&self, locale: Locale) -> &'static str {
        self.counts.label(locale)
    }
}

/// `share% × teachers`, exactly.
fn exact_share(share: Decimal, teachers: usize) -> Decimal {
    share * Decimal::from(teachers) / Decimal::ONE_HUNDRED
}

/// Hamilton apportionment of `teachers` places by `shares` (percents).
fn largest_remainder(shares: &[Decimal], teachers: usize) -> Vec<(Decimal, usize)> {
    let mut out: Vec<(Decimal, usize)> = shares
        .iter()
        .map(|&share| {
            let exact = exact_share(share, teachers);
            (exact, exact.floor().to_usize().unwrap_or(0).min(teachers))
        })
        .collect();
    // Shares are checked to add up to 100% when the rubric is compiled, so
    // the floors leave fewer free places than grades; clamp all the same.
    let mut free = teachers.saturating_sub(out.iter().map(|(_, c)| c).sum());
    let mut order: Vec<usize> = (0..out.len()).collect();
    // Largest fractional part first; a stable sort keeps equal parts in
    // grade order, so the better grade takes the place.
    order.sort_by(|&a, &b| {
        let frac = |g: usize| out[g].0 - out[g].0.floor();
        frac(b).cmp(&frac(a))
    });
    for g in order {
        if free == 0 {
            break;
        }
        if out[g].0 > out[g].0.floor() {
            out[g].1 += 1;
            free -= 1;
        }
    }
    // Shares short of 100% leave places no remainder claims: the last grade
    // takes them, as it does when counts are rounded.
    if let Some(last) = out.last_mut() {
        last.1 += free;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quota(counts: RoundingMode) -> Quota {
        Quota {
            scope: None,
            counts: QuotaCounts::Round(counts),
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

    /// 方案13's shares: 优秀 30, 合格 40, 基本合格 20, 不合格 10.
    fn fangan13() -> Vec<Decimal> {
        [30, 40, 20, 10].into_iter().map(Decimal::from).collect()
    }

    fn hamilton(teachers: usize) -> Vec<usize> {
        let q = Quota {
            counts: QuotaCounts::LargestRemainder,
            ..quota(RoundingMode::HalfUp)
        };
        q.apportion(&fangan13(), teachers)
            .into_iter()
            .map(|(_, c)| c)
            .collect()
    }

    #[test]
    fn largest_remainder_gives_the_free_places_to_the_largest_fractions() {
        // 1: 0.3, 0.4, 0.2, 0.1 → floors 0; the one place to 合格 (.4).
        assert_eq!(hamilton(1), vec![0, 1, 0, 0]);
        // 2: 0.6, 0.8, 0.4, 0.2 → floors 0; .8 合格, .6 优秀.
        assert_eq!(hamilton(2), vec![1, 1, 0, 0]);
        // 3: 0.9, 1.2, 0.6, 0.3 → floors 0, 1, 0, 0; two left: .9 优秀, .6 基本合格.
        assert_eq!(hamilton(3), vec![1, 1, 1, 0]);
        // 7: 2.1, 2.8, 1.4, 0.7 → floors 2, 2, 1, 0; two left: .8 合格, .7 不合格.
        assert_eq!(hamilton(7), vec![2, 3, 1, 1]);
        // 10: 3, 4, 2, 1 exactly; nothing left over.
        assert_eq!(hamilton(10), vec![3, 4, 2, 1]);
        // 43: 12.9, 17.2, 8.6, 4.3 → floors 12, 17, 8, 4; two left: .9 优秀, .6 基本合格.
        assert_eq!(hamilton(43), vec![13, 17, 9, 4]);
    }

    #[test]
    fn largest_remainder_ties_go_to_the_better_grade() {
        // 5: 1.5, 2, 1, 0.5 → floors 1, 2, 1, 0; one left, .5 each: 优秀.
        assert_eq!(hamilton(5), vec![2, 2, 1, 0]);
        // 0 teachers: no places.
        assert_eq!(hamilton(0), vec![0, 0, 0, 0]);
    }

    #[test]
    fn half_up_leaves_a_sole_teacher_to_the_last_grade() {
        // The reason for largest_remainder: every share of 1 rounds to 0.
        let counts: Vec<usize> = quota(RoundingMode::HalfUp)
            .apportion(&fangan13(), 1)
            .into_iter()
            .map(|(_, c)| c)
            .collect();
        assert_eq!(counts, vec![0, 0, 0, 1]);
        let counts: Vec<usize> = quota(RoundingMode::HalfUp)
            .apportion(&fangan13(), 43)
            .into_iter()
            .map(|(_, c)| c)
            .collect();
        assert_eq!(counts, vec![13, 17, 9, 4]);
    }

    #[test]
    fn counts_names_parse() {
        assert_eq!(
            QuotaCounts::parse("largest_remainder"),
            Some(QuotaCounts::LargestRemainder)
        );
        assert_eq!(
            QuotaCounts::parse("half_up"),
            Some(QuotaCounts::Round(RoundingMode::HalfUp))
        );
        assert_eq!(QuotaCounts::parse("hamilton"), None);
    }
}
