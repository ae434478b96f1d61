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
use crate::rubric::{Quota, QuotaCounts, Rubric, TieBreak, TiePolicy, VetoedInQuota};

/// One teacher as a quota ranks them: wherever the totals come from (a
/// run, or a term combined from its months by `rollup`).
#[derive(Debug, Clone)]
pub struct QuotaEntrant {
    /// The roster key, named in the ties of others.
    pub key: String,
    /// The scope value (a school); `None` when the rubric ranks everyone together.
    pub scope: Option<String>,
    /// The total, then each of the quota's tie-break scores in order.
    pub sort_key: Vec<Decimal>,
    /// Whether a veto forced the grade.
    pub vetoed: bool,
}

/// Where the ranking put one entrant.
#[derive(Debug, Clone)]
pub struct QuotaDecision {
    /// The place, when the entrant was counted.
    pub place: Option<QuotaPlace>,
    /// The grade the place gives (the veto's grade overrides it for a vetoed entrant).
    pub grade: Option<usize>,
}

/// Grades `results` by `quota`; `scopes[i]` is teacher `i`'s scope value
/// (`None` when the rubric ranks everyone together). Returns each scope's
/// count and grade slots, in order of first appearance in the roster.
pub(super) fn grade_by_quota(
    rubric: &Rubric,
    quota: &Quota,
    scopes: &[Option<String>],
    results: &mut [TeacherResult],
) -> Vec<QuotaScope> {
    let entrants: Vec<QuotaEntrant> = results
        .iter()
        .zip(scopes)
        .map(|(t, scope)| QuotaEntrant {
            key: t.key.clone(),
            scope: scope.clone(),
            sort_key: sort_key(quota, t),
            vetoed: !t.vetoes.is_empty(),
        })
        .collect();
    let (out, decisions) = rank_by_quota(rubric, quota, &entrants);
    for (r, d) in results.iter_mut().zip(decisions) {
        if d.place.is_none() {
            continue;
        }
        r.quota = d.place;
        if r.vetoes.is_empty() {
            r.grade = d.grade;
            r.grade_basis = GradeBasis::Quota;
        }
    }
    out
}

/// Ranks `entrants` within their scopes and cuts each ranking into the
/// rubric's grades. Returns each scope's count and grade slots, in order of
/// first appearance, and one decision per entrant, in the order given.
pub fn rank_by_quota(
    rubric: &Rubric,
    quota: &Quota,
    entrants: &[QuotaEntrant],
) -> (Vec<QuotaScope>, Vec<QuotaDecision>) {
    let mut names: Vec<Option<String>> = Vec::new();
    let mut members: Vec<Vec<usize>> = Vec::new();
    for (t, e) in entrants.iter().enumerate() {
        match names.iter().position(|n| *n == e.scope) {
            Some(s) => members[s].push(t),
            None => {
                names.push(e.scope.clone());
                members.push(vec![t]);
            }
        }
    }
    let mut decisions = vec![
        QuotaDecision {
            place: None,
            grade: None,
        };
        entrants.len()
    ];
    let mut out = Vec::new();
    for (s, (name, teachers)) in names.into_iter().zip(members).enumerate() {
        let (mut counted, excluded): (Vec<usize>, Vec<usize>) = match quota.vetoed {
            VetoedInQuota::Exclude => teachers.iter().partition(|&&t| !entrants[t].vetoed),
            VetoedInQuota::Include => (teachers.clone(), Vec::new()),
        };
        let key = |t: usize| entrants[t].sort_key.as_slice();
        let total = |t: usize| entrants[t].sort_key.first().copied().unwrap_or_default();
        // Stable: equal teachers keep roster order, which only affects the
        // order they are listed in, never their grade.
        counted.sort_by(|&a, &b| compare(key(b), key(a)));
        let n = counted.len();
        let slots = slots(rubric, quota, n);
        let mut at = 0;
        while at < n {
            let k = key(counted[at]);
            // Places within the roster: far from overflowing.
            let mut end = at.saturating_add(1);
            while end < n && key(counted[end]) == k {
                end = end.saturating_add(1);
            }
            let (rank, through) = (at.saturating_add(1), end);
            let best = grade_at(&slots, rank);
            let worst = grade_at(&slots, through);
            let grade = match quota.ties {
                TiePolicy::Better => best,
                TiePolicy::Worse => worst,
            };
            let group: Vec<usize> = counted[at..end].to_vec();
            for &t in &group {
                let tied = group
                    .iter()
                    .filter(|&&o| o != t)
                    .map(|&o| entrants[o].key.clone())
                    .collect();
                let broken = counted
                    .iter()
                    .filter(|&&o| !group.contains(&o) && total(o) == total(t))
                    .map(|&o| entrants[o].key.clone())
                    .collect();
                decisions[t] = QuotaDecision {
                    place: Some(QuotaPlace {
                        scope: s,
                        rank,
                        through,
                        tied,
                        broken,
                        straddles: best != worst,
                    }),
                    grade,
                };
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
    (out, decisions)
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

/// Each grade's places among `n`, apportioned as the rubric says.
fn slots(rubric: &Rubric, quota: &Quota, n: usize) -> Vec<QuotaSlot> {
    let shares: Vec<Decimal> = rubric
        .grades
        .iter()
        .map(|g| g.share.unwrap_or_default())
        .collect();
    // Rounded one by one, the last grade takes the rest; by largest
    // remainder every grade's count is apportioned, none is "the rest".
    let rest = matches!(quota.counts, QuotaCounts::Round(_));
    let last = shares.len().saturating_sub(1);
    let mut out = Vec::new();
    let mut taken = 0usize;
    for (g, (share, (exact, count))) in shares.iter().zip(quota.apportion(&shares, n)).enumerate() {
        out.push(QuotaSlot {
            share: *share,
            exact,
            count,
            rest: rest && g == last,
            first: taken.saturating_add(1),
            last: taken.saturating_add(count),
        });
        taken = taken.saturating_add(count);
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

#[cfg(test)]
mod tests {
    use crate::engine::GradeBasis;
    use crate::testkit::ok;

    fn rubric(ties: &str, vetoed: &str, extra: &str) -> String {
        format!(
            r#"
[[category]]
id = "ethics"
name = "师德"
max = 100.01
[[item]]
id = "score"
name = "得分"
category = "ethics"
max = 100
[[item.rule]]
kind = "import"
source = "events"
when = 'kind == "得分"'
value = "points"
[[item]]
id = "spare"
name = "备用"
category = "ethics"
max = 0.01
[[item.rule]]
kind = "bonus"
source = "events"
when = 'kind == "备用"'
points = 0.01

[[veto]]
id = "v"
name = "体罚学生"
source = "events"
when = 'kind == "体罚"'
grade = "不合格"

[quota]
scope = "school"
counts = "half_up"
ties = "{ties}"
vetoed = "{vetoed}"
{extra}

[[grade]]
name = "优秀"
share = 30
[[grade]]
name = "合格"
share = 40
[[grade]]
name = "基本合格"
share = 20
[[grade]]
name = "不合格"
share = 10
"#
        )
    }

    /// Ten teachers of 一小 scoring 100, 99, … 91, with 04 and 05 equal at 96.5,
    /// the 优秀 boundary (30% × 10 = 3); 二小's two teachers ranked apart.
    fn data(vetoed: bool) -> (String, String) {
        let mut roster = "工号,姓名,学校\n".to_string();
        let mut events = "工号,类别,分数\n".to_string();
        let scores = [
            "100", "99", "98", "96.5", "96.5", "95", "94", "93", "92", "91",
        ];
        for (i, s) in scores.iter().enumerate() {
            let n = i.saturating_add(1);
            roster.push_str(&format!("{n:02},t{i},一小\n"));
            events.push_str(&format!("{n:02},得分,{s}\n"));
        }
        roster.push_str("11,u1,二小\n12,u2,二小\n");
        events.push_str("11,得分,80\n12,得分,70\n");
        if vetoed {
            events.push_str("01,体罚,\n");
        }
        (roster, events)
    }

    fn grade(o: &crate::engine::Outcome, t: usize) -> &'static str {
        ["优秀", "合格", "基本合格", "不合格"][o.teachers[t].grade.unwrap()]
    }

    #[test]
    fn a_tie_across_the_boundary_takes_the_better_grade() {
        let (roster, events) = data(false);
        let o = ok(&rubric("better", "exclude", ""), &roster, &events);
        // 一小: 10 counted; 优秀 round(3) = 3, 合格 round(4) = 4, 基本合格 round(2) = 2, 不合格 the rest 1.
        let s = &o.quotas[0];
        assert_eq!((s.name.as_deref(), s.counted), (Some("一小"), 10));
        assert_eq!(
            s.slots.iter().map(|x| x.count).collect::<Vec<_>>(),
            vec![3, 4, 2, 1]
        );
        // 04 and 05 share rank 4 (places 4–5), wholly inside 合格 (places 4–7): no straddle.
        assert_eq!((grade(&o, 3), grade(&o, 4)), ("合格", "合格"));
        assert_eq!(o.teachers[3].quota.as_ref().unwrap().rank, 4);
        assert_eq!(o.teachers[3].quota.as_ref().unwrap().through, 5);
        assert_eq!(grade(&o, 2), "优秀");
        assert_eq!(grade(&o, 9), "不合格");
        assert_eq!(o.teachers[0].grade_basis, GradeBasis::Quota);
        // 二小 is its own scope: 30% × 2 = 0.6 → 1 优秀, 40% × 2 = 0.8 → 1 合格.
        assert_eq!((grade(&o, 10), grade(&o, 11)), ("优秀", "合格"));
    }

    #[test]
    fn a_vetoed_teacher_is_taken_out_and_the_tie_then_straddles() {
        let (roster, events) = data(true);
        let o = ok(&rubric("better", "exclude", ""), &roster, &events);
        // 01 vetoed and excluded: 9 counted; 优秀 30% × 9 = 2.7 → 3 (places 1–3).
        // 02 98 → 1... 04/05 at 96.5 now share rank 3, places 3–4: straddle → both 优秀.
        assert_eq!(grade(&o, 0), "不合格");
        assert!(o.teachers[0].quota.is_none());
        assert_eq!(o.quotas[0].excluded, 1);
        let p = o.teachers[3].quota.as_ref().unwrap();
        assert_eq!((p.rank, p.through, p.straddles), (3, 4, true));
        assert_eq!(p.tied, vec!["05".to_string()]);
        assert_eq!((grade(&o, 3), grade(&o, 4)), ("优秀", "优秀"));
        // 合格 slots 40% × 9 = 3.6 → 4 (places 4–7): 06, 07, 08 are 合格 (places 5–7).
        assert_eq!(grade(&o, 5), "合格");

        // Worse: both fall to 合格, and 优秀 holds 2.
        let o = ok(&rubric("worse", "exclude", ""), &roster, &events);
        assert_eq!((grade(&o, 3), grade(&o, 4)), ("合格", "合格"));

        // Include: 01 holds place 1 (graded by veto); 10 counted, the tie at 4–5 does not straddle.
        let o = ok(&rubric("better", "include", ""), &roster, &events);
        assert_eq!(grade(&o, 0), "不合格");
        assert_eq!(o.teachers[0].quota.as_ref().unwrap().rank, 1);
        assert!(matches!(o.teachers[0].grade_basis, GradeBasis::Veto(0)));
        assert_eq!((grade(&o, 3), grade(&o, 4)), ("合格", "合格"));
    }

    #[test]
    fn a_tie_break_item_orders_equal_totals() {
        let (roster, mut events) = data(true);
        // 05 earns the 备用 0.01 but loses 0.01 on 得分: equal totals, 05 ahead by 备用.
        events = events.replace("05,得分,96.5", "05,得分,96.49");
        events.push_str("05,备用,\n");
        let o = ok(
            &rubric("better", "exclude", "tie_break = [\"spare\"]"),
            &roster,
            &events,
        );
        assert_eq!(o.teachers[4].total, o.teachers[3].total);
        let (p4, p5) = (
            o.teachers[3].quota.as_ref().unwrap(),
            o.teachers[4].quota.as_ref().unwrap(),
        );
        assert_eq!((p5.rank, p4.rank), (3, 4));
        assert_eq!(p4.broken, vec!["05".to_string()]);
        assert_eq!((grade(&o, 4), grade(&o, 3)), ("优秀", "合格"));
    }

    #[test]
    fn largest_remainder_grades_a_sole_teacher_by_the_largest_share() {
        // 三小 has one teacher: every share of 1 rounds half up to 0, so the
        // last grade takes her; by largest remainder 合格's 0.4 takes the place.
        let roster = "工号,姓名,学校\n31,w1,三小\n";
        let events = "工号,类别,分数\n31,得分,88\n";
        let half_up = ok(&rubric("better", "exclude", ""), roster, events);
        assert_eq!(grade(&half_up, 0), "不合格");
        let hamilton = rubric("better", "exclude", "")
            .replace("counts = \"half_up\"", "counts = \"largest_remainder\"");
        let o = ok(&hamilton, roster, events);
        assert_eq!(grade(&o, 0), "合格");
        let slots = &o.quotas[0].slots;
        assert_eq!(
            slots.iter().map(|s| s.count).collect::<Vec<_>>(),
            vec![0, 1, 0, 0]
        );
        assert!(slots.iter().all(|s| !s.rest));
        // Ten teachers of 一小 apportion exactly: the same grades either way.
        let (roster, events) = data(false);
        let (a, b) = (
            ok(&hamilton, &roster, &events),
            ok(&rubric("better", "exclude", ""), &roster, &events),
        );
        for t in 0..a.teachers.len() {
            assert_eq!(grade(&a, t), grade(&b, t));
        }
    }
}
