//! `kaohe analyze`: whether a rubric's scoring is fair, before the results
//! are published. Three questions, each answered from runs of the engine
//! (no second way of scoring exists here):
//!
//! 1. **Raters.** For each weighted rule, each rater's count, mean and
//!    spread over the teachers they rated, and the teachers on whom one
//!    rater stands far from the others.
//! 2. **Groups.** For each roster grouping (the school, and every other
//!    text field with few values: 学科, 角色 …), each group's size, mean
//!    total and grade shares against the whole and the rubric's quota.
//! 3. **Sensitivity.** For each item rule, the rubric re-graded without it:
//!    how many teachers change grade, and the largest moves.
//!
//! Arithmetic is exact decimal: a mean is one division (28 significant
//! digits); spread is the range and the mean absolute deviation, which
//! need no square root. Shown values are rounded half away from zero to 2
//! places where they are shown ([`shown`]); the JSON keeps them exact.

mod book;
mod render;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

pub use book::workbook_bytes;
pub use render::render_text;

use crate::engine::{GradeBasis, Outcome, TeacherResult};
use crate::rubric::{self, Effect, LoadedRubric, Rubric, RubricError};
use crate::value::{FieldType, Value};

/// A roster field with more distinct values than this (a name, a phone
/// number) is no grouping; the school is a grouping however many there are.
pub const MAX_GROUPS: usize = 12;

/// How many of the largest moves each rule's line names.
pub const MOVES_SHOWN: usize = 3;

/// The thresholds the report flags by; each is a flag of `kaohe analyze`.
#[derive(Debug, Clone, Serialize)]
pub struct Thresholds {
    /// A rater this many points or more from the mean of the other raters
    /// on one teacher is an outlier. Default 10: one grade band on a
    /// 100-point scale (90 / 80 / 70 / 60), so one rater alone would move
    /// the teacher a band.
    pub rater_gap: Decimal,
    /// A group whose top grade's share differs from the whole's by this many
    /// percentage points or more is flagged. Default 20.
    pub share_gap: Decimal,
    /// A group whose mean total differs from the whole's by this percent of
    /// full marks or more is flagged. Default 5.
    pub mean_gap: Decimal,
    /// Groups with fewer graded teachers are never flagged: a share of three
    /// teachers moves by 33 points with one of them. Default 5.
    pub min_group: usize,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            rater_gap: Decimal::TEN,
            share_gap: Decimal::from(20),
            mean_gap: Decimal::from(5),
            min_group: 5,
        }
    }
}

/// The whole report.
#[derive(Debug, Serialize)]
pub struct Analysis {
    /// The rubric's name.
    pub rubric: String,
    /// The run's period, when it has one.
    pub period: Option<Days>,
    /// What was flagged by.
    pub thresholds: Thresholds,
    /// Part 1: one entry per weighted rule, in rubric order.
    pub raters: Vec<RaterRule>,
    /// Part 2: every teacher, the line each group is held against.
    pub whole: Group,
    /// Part 2: one entry per roster grouping.
    pub groups: Vec<Grouping>,
    /// Part 3: one entry per item rule, most grades decided first.
    pub sensitivity: Vec<RuleEffect>,
    /// Grade names, best first (for the shares' columns).
    pub grades: Vec<String>,
}

/// A period's first and last day (`2022-03-01`).
#[derive(Debug, Serialize)]
pub struct Days {
    /// The first day.
    pub from: String,
    /// The last day.
    pub to: String,
}

/// A weighted rule's raters.
#[derive(Debug, Serialize)]
pub struct RaterRule {
    /// The item's name.
    pub item: String,
    /// The rule's label.
    pub rule: String,
    /// One entry per rater, in the order the weights are written.
    pub raters: Vec<RaterStats>,
    /// Teachers on whom one rater is far from the others, in roster order.
    pub outliers: Vec<Outlier>,
}

/// One rater over the teachers they rated.
#[derive(Debug, Serialize)]
pub struct RaterStats {
    /// The rater (学生, 自评 …).
    pub rater: String,
    /// The rater's weight in percent.
    pub weight: Decimal,
    /// Teachers rated.
    pub teachers: usize,
    /// The mean of the rater's score of each teacher (a teacher rated
    /// several times counts once, by the mean of those records, as the
    /// rule weighs it). `None` when nobody was rated.
    pub mean: Option<Decimal>,
    /// The smallest score.
    pub min: Option<Decimal>,
    /// The largest score.
    pub max: Option<Decimal>,
    /// The mean of |score − mean|.
    pub mad: Option<Decimal>,
    /// Outliers of this rater.
    pub outliers: usize,
}

/// A rater far from the other raters on one teacher.
#[derive(Debug, Serialize)]
pub struct Outlier {
    /// The teacher's key.
    pub key: String,
    /// The teacher's name.
    pub name: String,
    /// The rater.
    pub rater: String,
    /// What the rater gave.
    pub score: Decimal,
    /// The mean of what the other raters gave (each rater once).
    pub others: Decimal,
    /// `score − others`.
    pub gap: Decimal,
}

/// One roster field's groups.
#[derive(Debug, Serialize)]
pub struct Grouping {
    /// The roster field's name in the rubric.
    pub field: String,
    /// Its first header (学校, 学科 …).
    pub header: String,
    /// Each value's group, in the order the roster first names it; teachers
    /// with the field blank last.
    pub groups: Vec<Group>,
}

/// A set of teachers and how they were graded.
#[derive(Debug, Serialize)]
pub struct Group {
    /// The field's value; `None` for the whole and for a blank value
    /// (`blank` tells them apart).
    pub value: Option<String>,
    /// Teachers whose field is blank.
    pub blank: bool,
    /// Teachers in the group.
    pub teachers: usize,
    /// Of them, vetoed.
    pub vetoed: usize,
    /// The mean total of the teachers not vetoed.
    pub mean: Option<Decimal>,
    /// One entry per grade, best first: of the teachers not vetoed.
    pub grades: Vec<GradeShare>,
    /// Why the group is far from the whole.
    pub flags: Vec<Flag>,
}

/// A grade's count and share in a group.
#[derive(Debug, Serialize)]
pub struct GradeShare {
    /// Teachers with the grade.
    pub count: usize,
    /// Their percent of the teachers not vetoed.
    pub share: Option<Decimal>,
    /// The rubric's quota share for the grade, under `[quota]`.
    pub quota: Option<Decimal>,
}

/// Why a group is flagged.
#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Flag {
    /// The top grade's share is far from the whole's.
    TopShare {
        /// The group's share.
        share: Decimal,
        /// The whole's.
        whole: Decimal,
    },
    /// The mean total is far from the whole's.
    Mean {
        /// The group's mean.
        mean: Decimal,
        /// The whole's.
        whole: Decimal,
    },
}

/// What one item rule decides.
#[derive(Debug, Serialize)]
pub struct RuleEffect {
    /// The item's name.
    pub item: String,
    /// The rule's label.
    pub rule: String,
    /// Teachers whose grade changes without the rule.
    pub changed: usize,
    /// Teachers compared.
    pub teachers: usize,
    /// The largest moves: grade changes first, then by how far the total moves.
    pub moves: Vec<Move>,
    /// Under a quota, when every ranked teacher has one total without the
    /// rule (it was all that told them apart): the quota cannot rank them,
    /// so every grade it changes comes from that tie.
    pub all_tied: Option<AllTied>,
}

/// Every ranked teacher on one total, so on one place of the quota.
#[derive(Debug, Serialize)]
pub struct AllTied {
    /// Teachers ranked.
    pub teachers: usize,
    /// The total they share.
    pub total: Decimal,
}

/// A teacher's place in the quota ranking of their scope (a school).
#[derive(Debug, Serialize)]
pub struct Place {
    /// 1-based rank: one more than the teachers ranked above.
    pub rank: usize,
    /// The last place the teacher's tie group covers (`rank` when untied).
    pub through: usize,
    /// Teachers ranked in the scope.
    pub of: usize,
}

/// One teacher with and without a rule.
#[derive(Debug, Serialize)]
pub struct Move {
    /// The teacher's key.
    pub key: String,
    /// The teacher's name.
    pub name: String,
    /// The total with the rule.
    pub before: Decimal,
    /// The total without it.
    pub after: Decimal,
    /// The grade with the rule.
    pub grade_before: Option<String>,
    /// The grade without it.
    pub grade_after: Option<String>,
    /// Under a quota, the place with the rule: the grade follows the place,
    /// not the total. `None` without a quota or for a teacher not ranked.
    pub place_before: Option<Place>,
    /// Under a quota, the place without it.
    pub place_after: Option<Place>,
}

/// Every item rule, as `(item, rule)` indices, in rubric order: what
/// [`without_rule`] can take out.
pub fn item_rules(rubric: &Rubric) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, item) in rubric.items.iter().enumerate() {
        out.extend((0..item.rules.len()).map(|r| (i, r)));
    }
    out
}

/// The rubric compiled again from its bytes, with rule `rule` of item
/// `item` taken out; the item keeps its maximum and its starting value.
///
/// # Errors
/// The rubric's own error, should its bytes no longer compile (they did
/// when it was loaded, so they do).
pub fn without_rule(
    loaded: &LoadedRubric,
    item: usize,
    rule: usize,
) -> Result<LoadedRubric, RubricError> {
    let text = String::from_utf8_lossy(&loaded.bytes);
    let mut rubric = rubric::compile(&loaded.path, text.trim_start_matches('\u{feff}'))?;
    if let Some(i) = rubric.items.get_mut(item) {
        if rule < i.rules.len() {
            i.rules.remove(rule);
        }
    }
    Ok(LoadedRubric {
        rubric,
        path: loaded.path.clone(),
        bytes: loaded.bytes.clone(),
    })
}

/// The report: `base` is the run with the whole rubric, `without` each item
/// rule's `(item, rule)` and the run without it.
pub fn analyze(
    rubric: &Rubric,
    base: &Outcome,
    without: &[((usize, usize), Outcome)],
    thresholds: Thresholds,
) -> Analysis {
    let period = base.run.period.as_ref().map(|p| Days {
        from: p.from.to_string(),
        to: p.to.to_string(),
    });
    let mut sensitivity: Vec<RuleEffect> = without
        .iter()
        .map(|(at, outcome)| rule_effect(rubric, *at, base, outcome))
        .collect();
    // Stable: rules deciding as many grades keep rubric order.
    sensitivity.sort_by_key(|e| std::cmp::Reverse(e.changed));
    let whole = group(rubric, None, false, base.teachers.iter().collect());
    Analysis {
        rubric: rubric.name.clone(),
        period,
        raters: raters(rubric, &base.teachers, thresholds.rater_gap),
        groups: groupings(rubric, &base.teachers, &whole, &thresholds),
        whole,
        sensitivity,
        grades: rubric.grades.iter().map(|g| g.name.clone()).collect(),
        thresholds,
    }
}

/// A value as the report shows it: half away from zero, to 2 places.
pub fn shown(value: Decimal) -> String {
    let mut v = value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    if v.is_zero() {
        v = Decimal::ZERO;
    }
    v.rescale(2);
    v.to_string()
}

/// Range and mean absolute deviation of some values.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Spread {
    pub mean: Decimal,
    pub min: Decimal,
    pub max: Decimal,
    pub mad: Decimal,
}

/// `None` for no values, or a sum past the largest decimal.
pub(crate) fn spread(values: &[Decimal]) -> Option<Spread> {
    let n = Decimal::from(values.len());
    let mean = mean(values)?;
    let mut deviation = Decimal::ZERO;
    for v in values {
        deviation = deviation.checked_add(v.checked_sub(mean)?.abs())?;
    }
    // Normalized, so the JSON writes each value one way (`98.5`, not `98.50`).
    Some(Spread {
        mean,
        min: values.iter().copied().min()?.normalize(),
        max: values.iter().copied().max()?.normalize(),
        mad: deviation.checked_div(n)?.normalize(),
    })
}

/// The mean; `None` for no values or a sum past the largest decimal.
pub(crate) fn mean(values: &[Decimal]) -> Option<Decimal> {
    let mut sum = Decimal::ZERO;
    for v in values {
        sum = sum.checked_add(*v)?;
    }
    sum.checked_div(Decimal::from(values.len()))
        .map(|m| m.normalize())
}

/// `part` of `whole` in percent.
pub(crate) fn percent(part: usize, whole: usize) -> Option<Decimal> {
    Decimal::from(part)
        .checked_mul(Decimal::ONE_HUNDRED)?
        .checked_div(Decimal::from(whole))
        .map(|p| p.normalize())
}

fn raters(rubric: &Rubric, teachers: &[TeacherResult], gap: Decimal) -> Vec<RaterRule> {
    let mut out = Vec::new();
    for (i, item) in rubric.items.iter().enumerate() {
        for (r, rule) in item.rules.iter().enumerate() {
            let Effect::Weighted { weights, .. } = &rule.effect else {
                continue;
            };
            let mut outliers = Vec::new();
            for t in teachers {
                let given: Vec<(usize, Decimal)> = t
                    .ratings
                    .iter()
                    .filter(|s| s.item == i && s.rule == r)
                    .map(|s| (s.rater, s.mean))
                    .collect();
                for &(k, score) in &given {
                    let rest: Vec<Decimal> = given
                        .iter()
                        .filter(|(o, _)| *o != k)
                        .map(|(_, v)| *v)
                        .collect();
                    let Some(others) = mean(&rest) else { continue };
                    let Some(diff) = score.checked_sub(others) else {
                        continue;
                    };
                    if diff.abs() >= gap {
                        outliers.push((
                            k,
                            Outlier {
                                key: t.key.clone(),
                                name: t.name.clone(),
                                rater: weights[k].0.clone(),
                                score,
                                others,
                                gap: diff,
                            },
                        ));
                    }
                }
            }
            let stats = weights
                .iter()
                .enumerate()
                .map(|(k, (rater, weight))| {
                    let values: Vec<Decimal> = teachers
                        .iter()
                        .flat_map(|t| &t.ratings)
                        .filter(|s| s.item == i && s.rule == r && s.rater == k)
                        .map(|s| s.mean)
                        .collect();
                    let s = spread(&values);
                    RaterStats {
                        rater: rater.clone(),
                        weight: *weight,
                        teachers: values.len(),
                        mean: s.as_ref().map(|s| s.mean),
                        min: s.as_ref().map(|s| s.min),
                        max: s.as_ref().map(|s| s.max),
                        mad: s.as_ref().map(|s| s.mad),
                        outliers: outliers.iter().filter(|(o, _)| *o == k).count(),
                    }
                })
                .collect();
            out.push(RaterRule {
                item: item.name.clone(),
                rule: rule.label.clone(),
                raters: stats,
                outliers: outliers.into_iter().map(|(_, o)| o).collect(),
            });
        }
    }
    out
}

/// The roster's groupings: the school, then every other text field (not
/// the key or the name) with at most [`MAX_GROUPS`] distinct values.
fn groupings(
    rubric: &Rubric,
    teachers: &[TeacherResult],
    whole: &Group,
    th: &Thresholds,
) -> Vec<Grouping> {
    let roster = &rubric.roster;
    let fields = &rubric.sources[roster.source].schema.fields;
    let mut out = Vec::new();
    for (f, spec) in fields.iter().enumerate() {
        if f == roster.key || f == roster.name {
            continue;
        }
        if !matches!(spec.ty, FieldType::Text | FieldType::Enum(_)) {
            continue;
        }
        let value = |t: &TeacherResult| match t.roster.get(f) {
            Some(Value::Text(s)) if !s.is_empty() => Some(s.clone()),
            _ => None,
        };
        let mut values: Vec<String> = Vec::new();
        for t in teachers {
            if let Some(v) = value(t) {
                if !values.contains(&v) {
                    values.push(v);
                }
            }
        }
        let school = roster.school == Some(f);
        if values.is_empty() || (!school && values.len() > MAX_GROUPS) {
            continue;
        }
        let mut groups: Vec<Group> = values
            .iter()
            .map(|v| {
                let members = teachers
                    .iter()
                    .filter(|t| value(t).as_ref() == Some(v))
                    .collect();
                group(rubric, Some(v.clone()), false, members)
            })
            .collect();
        let blank: Vec<&TeacherResult> = teachers.iter().filter(|t| value(t).is_none()).collect();
        if !blank.is_empty() {
            groups.push(group(rubric, None, true, blank));
        }
        for g in &mut groups {
            g.flags = flags(rubric, g, whole, th);
        }
        out.push(Grouping {
            field: spec.name.clone(),
            header: spec.headers.first().unwrap_or(&spec.name).clone(),
            groups,
        });
    }
    out
}

fn group(
    rubric: &Rubric,
    value: Option<String>,
    blank: bool,
    members: Vec<&TeacherResult>,
) -> Group {
    let vetoed = |t: &&TeacherResult| matches!(t.grade_basis, GradeBasis::Veto(_));
    let graded: Vec<&TeacherResult> = members.iter().copied().filter(|t| !vetoed(t)).collect();
    let totals: Vec<Decimal> = graded.iter().map(|t| t.total).collect();
    let grades = rubric
        .grades
        .iter()
        .enumerate()
        .map(|(g, grade)| {
            let count = graded.iter().filter(|t| t.grade == Some(g)).count();
            GradeShare {
                count,
                share: percent(count, graded.len()),
                quota: rubric.quota.as_ref().and(grade.share),
            }
        })
        .collect();
    Group {
        value,
        blank,
        teachers: members.len(),
        vetoed: members.iter().filter(|t| vetoed(t)).count(),
        mean: mean(&totals),
        grades,
        flags: Vec::new(),
    }
}

fn flags(rubric: &Rubric, g: &Group, whole: &Group, th: &Thresholds) -> Vec<Flag> {
    let mut out = Vec::new();
    if g.teachers.saturating_sub(g.vetoed) < th.min_group {
        return out;
    }
    let top = |g: &Group| g.grades.first().and_then(|s| s.share);
    if let (Some(share), Some(whole)) = (top(g), top(whole)) {
        if share
            .checked_sub(whole)
            .is_some_and(|d| d.abs() >= th.share_gap)
        {
            out.push(Flag::TopShare { share, whole });
        }
    }
    let limit = rubric
        .full_marks
        .checked_mul(th.mean_gap)
        .and_then(|x| x.checked_div(Decimal::ONE_HUNDRED));
    if let (Some(mean), Some(whole), Some(limit)) = (g.mean, whole.mean, limit) {
        if mean.checked_sub(whole).is_some_and(|d| d.abs() >= limit) {
            out.push(Flag::Mean { mean, whole });
        }
    }
    out
}

fn rule_effect(
    rubric: &Rubric,
    (i, r): (usize, usize),
    base: &Outcome,
    without: &Outcome,
) -> RuleEffect {
    let grade = |g: Option<usize>| g.and_then(|g| rubric.grades.get(g)).map(|g| g.name.clone());
    let mut moves: Vec<(bool, Decimal, Move)> = Vec::new();
    let mut changed = 0;
    for (n, t) in base.teachers.iter().enumerate() {
        // The same inputs give the same roster, in the same order.
        let Some(o) = without
            .teachers
            .get(n)
            .filter(|o| o.key == t.key)
            .or_else(|| without.teachers.iter().find(|o| o.key == t.key))
        else {
            continue;
        };
        let regraded = o.grade != t.grade;
        if regraded {
            changed += 1;
        }
        if regraded || o.total != t.total {
            let far = o
                .total
                .checked_sub(t.total)
                .map_or(Decimal::MAX, |d| d.abs());
            moves.push((
                regraded,
                far,
                Move {
                    key: t.key.clone(),
                    name: t.name.clone(),
                    before: t.total,
                    after: o.total,
                    grade_before: grade(t.grade),
                    grade_after: grade(o.grade),
                    place_before: place(base, t),
                    place_after: place(without, o),
                },
            ));
        }
    }
    // Stable: equal moves keep roster order.
    moves.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
    let item = &rubric.items[i];
    RuleEffect {
        item: item.name.clone(),
        rule: item
            .rules
            .get(r)
            .map_or_else(String::new, |x| x.label.clone()),
        changed,
        teachers: base.teachers.len(),
        moves: moves.into_iter().take(MOVES_SHOWN).map(|m| m.2).collect(),
        all_tied: all_tied(without),
    }
}

/// A teacher's place in their scope's quota ranking, when they hold one.
fn place(outcome: &Outcome, t: &TeacherResult) -> Option<Place> {
    let q = t.quota.as_ref()?;
    Some(Place {
        rank: q.rank,
        through: q.through,
        of: outcome.quotas.get(q.scope)?.counted,
    })
}

/// Whether every teacher the quota ranks (two or more) shares one total and
/// one place: then the ranking says nothing, and the tie policy gives them
/// all one grade whatever their totals were before.
fn all_tied(outcome: &Outcome) -> Option<AllTied> {
    let ranked: Vec<&TeacherResult> = outcome
        .teachers
        .iter()
        .filter(|t| t.quota.is_some())
        .collect();
    let total = ranked.first()?.total;
    let one_place = ranked.iter().all(|t| {
        t.total == total && place(outcome, t).is_some_and(|p| p.rank == 1 && p.through == p.of)
    });
    (ranked.len() > 1 && one_place).then_some(AllTied {
        teachers: ranked.len(),
        total,
    })
}

#[cfg(test)]
mod tests;
