//! Grades by quota: a second pass over all teachers once every total is
//! known. Within each scope (a school) the counted teachers are ranked by
//! total (then by the rubric's tie-break scores), each grade gets
//! `share × counted` places rounded as the rubric says (the last grade takes
//! the places left), and a group of equal teachers that straddles a boundary
//! goes the way the rubric's tie policy says. Vetoed teachers keep the grade
//! their veto forces; the rubric says whether they hold places.

use std::cmp::Ordering;

use rust_decimal::Decimal;

use super::outcome::{GradeBasis, QuotaPlace, QuotaScope, QuotaSlot, TeacherResult};
use crate::rubric::{Quota, Rubric, TieBreak, TiePolicy, VetoedInQuota};

/// Grades `results` by `quota`; `scopes[i]` is teacher `i`'s scope value
/// (`None` when the rubric ranks everyone together). Returns each scope's
/// count and grade slots, in order of first appearance in the roster.
pub(super) fn grade_by_quota(
    rubric: &Rubric,
    quota: &Quota,
    scopes: &[Option<String>],
    results: &mut [TeacherResult],
) -> Vec<QuotaScope> {
    let mut names: Vec<Option<String>> = Vec::new();
    let mut members: Vec<Vec<usize>> = Vec::new();
    for (t, scope) in scopes.iter().enumerate().take(results.len()) {
        match names.iter().position(|n| n == scope) {
            Some(s) => members[s].push(t),
            None => {
                names.push(scope.clone());
                members.push(vec![t]);
            }
        }
    }
    // Read once, so the ranking below can write grades into `results`.
    let keys: Vec<Vec<Decimal>> = results.iter().map(|t| sort_key(quota, t)).collect();
    let vetoed: Vec<bool> = results.iter().map(|t| !t.vetoes.is_empty()).collect();
    let teacher_keys: Vec<String> = results.iter().map(|t| t.key.clone()).collect();
    let mut out = Vec::new();
    for (s, (name, teachers)) in names.into_iter().zip(members).enumerate() {
        let (mut counted, excluded): (Vec<usize>, Vec<usize>) = match quota.vetoed {
            VetoedInQuota::Exclude => teachers.iter().partition(|&&t| !vetoed[t]),
            VetoedInQuota::Include => (teachers.clone(), Vec::new()),
        };
        let key = |t: usize| keys[t].as_slice();
        // Stable: equal teachers keep roster order, which only affects the
        // order they are listed in, never their grade.
        counted.sort_by(|&a, &b| compare(key(b), key(a)));
        let n = counted.len();
        let slots = slots(rubric, quota, n);
        let mut at = 0;
        while at < n {
            let k = key(counted[at]);
            let mut end = at + 1;
            while end < n && key(counted[end]) == k {
                end += 1;
            }
            let (rank, through) = (at + 1, end);
            let best = grade_at(&slots, rank);
            let worst = grade_at(&slots, through);
            let grade = match quota.ties {
                TiePolicy::Better => best,
                TiePolicy::Worse => worst,
            };
            let group: Vec<usize> = counted[at..end].to_vec();
            for &t in &group {
                let total = keys[t][0];
                let tied = group
                    .iter()
                    .filter(|&&o| o != t)
                    .map(|&o| teacher_keys[o].clone())
                    .collect();
                let broken = counted
                    .iter()
                    .filter(|&&o| !group.contains(&o) && keys[o][0] == total)
                    .map(|&o| teacher_keys[o].clone())
                    .collect();
                let r = &mut results[t];
                r.quota = Some(QuotaPlace {
                    scope: s,
                    rank,
                    through,
                    tied,
                    broken,
                    straddles: best != worst,
                });
                if r.vetoes.is_empty() {
                    r.grade = grade;
                    r.grade_basis = GradeBasis::Quota;
                }
            }
            at = end;
        }
        out.push(QuotaScope {
            name,
            counted: n,
            excluded: excluded.len(),
            slots,
        });
    }
    out
}

/// What a teacher is ranked by: the total, then each tie-break score.
fn sort_key(quota: &Quota, t: &TeacherResult) -> Vec<Decimal> {
    let mut key = vec![t.total];
    for tb in &quota.tie_break {
        key.push(match *tb {
            TieBreak::Item(i) => t.items.get(i).map_or(Decimal::ZERO, |r| r.score),
            TieBreak::Category(c) => t.categories.get(c).copied().unwrap_or_default(),
        });
    }
    key
}

fn compare(a: &[Decimal], b: &[Decimal]) -> Ordering {
    a.iter().cmp(b.iter())
}

/// Each grade's places among `n`: the rounded share, the last grade the rest.
fn slots(rubric: &Rubric, quota: &Quota, n: usize) -> Vec<QuotaSlot> {
    let mut out = Vec::new();
    let mut taken = 0usize;
    let last = rubric.grades.len().saturating_sub(1);
    for (g, grade) in rubric.grades.iter().enumerate() {
        let share = grade.share.unwrap_or_default();
        let (exact, rounded) = quota.count(share, n);
        let count = if g == last {
            n.saturating_sub(taken)
        } else {
            // Rounding up can promise more places than remain: the better grades keep theirs.
            rounded.min(n.saturating_sub(taken))
        };
        out.push(QuotaSlot {
            share,
            exact,
            count,
            rest: g == last,
            first: taken + 1,
            last: taken + count,
        });
        taken += count;
    }
    out
}

/// The grade whose places include `place` (1-based).
fn grade_at(slots: &[QuotaSlot], place: usize) -> Option<usize> {
    slots
        .iter()
        .position(|s| s.last >= place && s.count > 0)
        .or_else(|| slots.len().checked_sub(1))
}
