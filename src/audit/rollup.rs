//! `rollup`: a term's result from its months. Each period's results (the
//! JSON of `kaohe score --json` or a scored workbook) are weighted by the
//! period's length in days — 方案5 combines the closure period and the
//! reopened period in proportion to their lengths — or by weights given,
//! then the term is graded again: by the rubric's bands, or under `[quota]`
//! (方案13: 师德 scored monthly, summarised per term, then 优秀 30% … by
//! ranking within a school) by ranking the term totals with the engine's
//! own quota, so a term is graded exactly as one run would grade it. A veto
//! in any period carries to the term (the worst grade it forced), because a
//! veto is a finding about the teacher, not about one month's points.
//!
//! The term total is the weighted mean of the period totals, rounded once
//! with the rubric's rounding; item columns are weighted means shown for
//! reference, so they need not add up to the rounded total exactly.

mod counted;
mod write;
pub use counted::{CountedIn, CountedRecord, CountedVeto};
pub use write::{render_text, workbook_bytes};

use indexmap::IndexMap;
use rust_decimal::Decimal;
use serde::Serialize;

use super::results::{ResultSet, TeacherScores};
use crate::engine::{rank_by_quota, QuotaEntrant, QuotaScope};
use crate::i18n::{audit as msg, Text};
use crate::report::quota_basis;
use crate::rubric::{Locale, Rubric, TieBreak, VetoedInQuota};
use crate::show::rounded;

/// One period's results and an optional explicit weight.
#[derive(Debug, Clone)]
pub struct RollupInput {
    /// The results.
    pub results: ResultSet,
    /// The weight given; `None` weighs the period by its days.
    pub weight: Option<Decimal>,
}

impl RollupError {
    /// The whole error in both languages.
    pub fn text(&self) -> Text {
        match self {
            RollupError::NoPeriod { origin } => msg::no_period_recorded(origin),
            RollupError::Overlap { a, b, from, to } => msg::periods_overlap(a, b, from, to),
            RollupError::Missing(teachers) => {
                let sep = msg::absent_separator();
                let list = Text {
                    en: teachers
                        .iter()
                        .map(|t| t.en.as_str())
                        .collect::<Vec<_>>()
                        .join(sep.en),
                    zh: teachers
                        .iter()
                        .map(|t| t.zh.as_str())
                        .collect::<Vec<_>>()
                        .join(sep.zh),
                };
                msg::teachers_missing(teachers.len(), &list)
            }
            RollupError::UnknownGrade {
                origin,
                key,
                grade,
                grades,
            } => msg::veto_grade_unknown(origin, key, grade, grades),
            RollupError::Weights(t) => t.clone(),
            RollupError::QuotaScope { field } => msg::quota_scope_not_in_results(field),
            RollupError::NoSchool { key, name } => msg::teacher_without_school(key, name),
            RollupError::UnknownItem {
                origin,
                item,
                rubric,
            } => msg::results_item_not_in_rubric(origin, item, rubric),
            RollupError::MissingItem {
                origin,
                item,
                rubric,
            } => msg::results_lack_item(origin, item, rubric),
            RollupError::NoVetoCounts {
                origin,
                veto,
                at_least,
            } => msg::results_without_veto_counts(origin, veto, at_least),
        }
    }
}

crate::i18n::said_by_text!(RollupError);

impl std::error::Error for RollupError {}

/// Why the term cannot be combined.
#[derive(Debug)]
pub enum RollupError {
    /// A period without dates and without a weight.
    NoPeriod {
        /// The results' file.
        origin: String,
    },
    /// Two periods that share days would count them twice.
    Overlap {
        /// One file.
        a: String,
        /// The other.
        b: String,
        /// First shared day.
        from: chrono::NaiveDate,
        /// Last shared day.
        to: chrono::NaiveDate,
    },
    /// Teachers absent from some periods.
    Missing(Vec<Text>),
    /// A forced grade the rubric does not have.
    UnknownGrade {
        /// The results' file.
        origin: String,
        /// The teacher.
        key: String,
        /// The grade found.
        grade: String,
        /// The rubric's grades.
        grades: String,
    },
    /// Weights that cannot be used.
    Weights(Text),
    /// The quota ranks by a roster field the results do not carry.
    QuotaScope {
        /// The scope field's name.
        field: String,
    },
    /// Results with an item the rubric does not have.
    UnknownItem {
        /// The results' file.
        origin: String,
        /// The item's id (JSON) or name (a workbook).
        item: String,
        /// The rubric's file.
        rubric: String,
    },
    /// Results without one of the rubric's items.
    MissingItem {
        /// The results' file.
        origin: String,
        /// The item's id (JSON) or name (a workbook).
        item: String,
        /// The rubric's file.
        rubric: String,
    },
    /// Results that do not count a veto's records, for a veto that takes
    /// several records: the term cannot add them up.
    NoVetoCounts {
        /// The results' file.
        origin: String,
        /// The veto's id.
        veto: String,
        /// How many records it takes.
        at_least: usize,
    },
    /// A teacher without the school the quota ranks within.
    NoSchool {
        /// The teacher.
        key: String,
        /// The name.
        name: String,
    },
}

/// The term's result.
#[derive(Debug, Clone, Serialize)]
pub struct Rollup {
    /// The rubric whose bands graded the term.
    pub rubric: String,
    /// The periods combined, in the order given.
    pub periods: Vec<PeriodWeight>,
    /// Every teacher, in order of first appearance.
    pub teachers: Vec<TermResult>,
    /// Teachers per grade, best first.
    pub grades: IndexMap<String, u64>,
    /// Under `[quota]`: each scope's count and the slots of its grades.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub quotas: Vec<QuotaScope>,
    #[serde(skip)]
    places: u32,
    #[serde(skip)]
    items: Vec<String>,
}

/// One period and its weight.
#[derive(Debug, Clone, Serialize)]
pub struct PeriodWeight {
    /// The results' file.
    pub origin: String,
    /// `2022-03-01..2022-03-31`, when known.
    pub period: Option<String>,
    /// Days, when known.
    pub days: Option<i64>,
    /// The weight used.
    pub weight: String,
}

/// One teacher's term.
#[derive(Debug, Clone, Serialize)]
pub struct TermResult {
    /// Roster key.
    pub key: String,
    /// Name.
    pub name: String,
    /// School, from the last period that names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub school: Option<String>,
    /// The total of each period (absent when the teacher is not in it).
    pub totals: Vec<Option<String>>,
    /// The weighted term total.
    pub total: String,
    /// The term's grade.
    pub grade: Option<String>,
    /// `band` or `quota`, or `veto` when a period's veto carried.
    pub graded_by: &'static str,
    /// Under `[quota]`: the place in the term's ranking (`"5"`, `"5–6"` when tied).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank: Option<String>,
    /// Under `[quota]`: how many were ranked in the teacher's scope.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ranked_of: Option<usize>,
    /// Under `[quota]`: why the grade is what it is, in the rubric's language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grade_basis: Option<String>,
    /// Weighted item scores by the rubric's item id, in the rubric's order.
    pub items: IndexMap<String, String>,
    /// Each veto taking several records (`at_least`) that the records of
    /// the periods reach together, with those records; absent when none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub counted_vetoes: Vec<CountedVeto>,
}

/// Combines the periods into the term and grades it with `rubric`'s bands.
///
/// # Errors
/// [`RollupError`]: a period without dates or weight, overlapping periods,
/// teachers missing from a period (unless `partial`), a veto grade the
/// rubric lacks, weights not all given or not positive.
pub fn rollup(
    rubric: &Rubric,
    rubric_name: &str,
    inputs: &[RollupInput],
    partial: bool,
) -> Result<Rollup, RollupError> {
    let (periods, weights) = period_weights(inputs)?;
    refuse_overlaps(inputs)?;
    let quota = rubric.quota.as_ref();
    let term = Term {
        rubric,
        inputs,
        weights,
        by_school: quota_by_school(rubric)?,
        // Items are the rubric's, each found in every input by id (JSON) or
        // by name (a workbook), so the form an input comes in never
        // changes the term.
        columns: inputs
            .iter()
            .map(|i| item_columns(rubric, rubric_name, &i.results))
            .collect::<Result<_, _>>()?,
    };
    counted::refuse_uncounted(rubric, inputs)?;
    let mut missing = Vec::new();
    let mut teachers = Vec::new();
    let mut entrants = Vec::new();
    // Per teacher: the worst grade a veto forced and the periods it came from.
    let mut forced_by = Vec::new();
    for (key, name) in teacher_keys(inputs) {
        let present: Vec<(usize, &TeacherScores)> = inputs
            .iter()
            .enumerate()
            .filter_map(|(p, i)| i.results.teacher(&key).map(|t| (p, t)))
            .collect();
        if present.len() < inputs.len() {
            let absent: Vec<&str> = inputs
                .iter()
                .filter(|i| i.results.teacher(&key).is_none())
                .map(|i| i.results.origin.as_str())
                .collect();
            missing.push(msg::teacher_absent_from(&key, &name, &super::list(&absent)));
            if !partial {
                continue;
            }
        }
        let (teacher, entrant, forced) = term.teacher(key, name, &present)?;
        teachers.push(teacher);
        entrants.extend(entrant);
        forced_by.push(forced);
    }
    if !missing.is_empty() && !partial {
        return Err(RollupError::Missing(missing));
    }
    let quotas = match quota {
        Some(q) => grade_by_quota(rubric, q, &entrants, &mut teachers, &forced_by),
        None => Vec::new(),
    };
    let mut grades: IndexMap<String, u64> =
        rubric.grades.iter().map(|g| (g.name.clone(), 0)).collect();
    for t in &teachers {
        if let Some(count) = t.grade.as_ref().and_then(|g| grades.get_mut(g)) {
            *count += 1;
        }
    }
    Ok(Rollup {
        rubric: rubric_name.to_string(),
        periods,
        teachers,
        grades,
        quotas,
        places: rubric.rounding.places,
        items: rubric.items.iter().map(|i| i.id.clone()).collect(),
    })
}

/// Each period's weight: the one given, else its length in days.
///
/// # Errors
/// Weights given for some periods only, a weight that is not positive or
/// too large, or a period without dates and without a weight.
fn period_weights(
    inputs: &[RollupInput],
) -> Result<(Vec<PeriodWeight>, Vec<Decimal>), RollupError> {
    let given = inputs.iter().filter(|i| i.weight.is_some()).count();
    if given != 0 && given != inputs.len() {
        return Err(RollupError::Weights(msg::weights_partial(
            given,
            inputs.len(),
        )));
    }
    let mut periods = Vec::new();
    let mut weights = Vec::new();
    for input in inputs {
        let r = &input.results;
        let days = r.period.map(|p| (p.to - p.from).num_days() + 1);
        let weight = match (input.weight, days) {
            (Some(w), _) if w > Decimal::from(crate::rubric::NUM_LIMIT) => {
                return Err(RollupError::Weights(msg::weight_too_large(
                    &r.origin,
                    w,
                    crate::rubric::NUM_LIMIT,
                )));
            }
            (Some(w), _) if w > Decimal::ZERO => w,
            (Some(w), _) => {
                return Err(RollupError::Weights(msg::weight_not_positive(&r.origin, w)))
            }
            (None, Some(d)) => Decimal::from(d),
            (None, None) => {
                return Err(RollupError::NoPeriod {
                    origin: r.origin.clone(),
                })
            }
        };
        weights.push(weight);
        periods.push(PeriodWeight {
            origin: r.origin.clone(),
            period: r.period.map(|p| format!("{}..{}", p.from, p.to)),
            days,
            weight: weight.normalize().to_string(),
        });
    }
    Ok((periods, weights))
}

/// Refuses two periods that share a day: the term would count it twice.
fn refuse_overlaps(inputs: &[RollupInput]) -> Result<(), RollupError> {
    for (a, x) in inputs.iter().enumerate() {
        for y in &inputs[a + 1..] {
            if let (Some(p), Some(q)) = (x.results.period, y.results.period) {
                let from = p.from.max(q.from);
                let to = p.to.min(q.to);
                if from <= to {
                    return Err(RollupError::Overlap {
                        a: x.results.origin.clone(),
                        b: y.results.origin.clone(),
                        from,
                        to,
                    });
                }
            }
        }
    }
    Ok(())
}

/// Whether the quota ranks within each school (the one roster field the
/// results carry); false without a quota or for a whole-roster quota.
///
/// # Errors
/// A quota scoped by another roster field, which results do not keep.
fn quota_by_school(rubric: &Rubric) -> Result<bool, RollupError> {
    match rubric.quota.as_ref().and_then(|q| q.scope) {
        Some(slot) if Some(slot) != rubric.roster.school => {
            let source = &rubric.sources[rubric.roster.source];
            Err(RollupError::QuotaScope {
                field: source
                    .schema
                    .fields
                    .get(slot)
                    .map_or_else(String::new, |f| f.name.clone()),
            })
        }
        Some(_) => Ok(true),
        None => Ok(false),
    }
}

/// Every teacher of any period, key and name, in order of first appearance.
fn teacher_keys(inputs: &[RollupInput]) -> Vec<(String, String)> {
    let mut keys: Vec<(String, String)> = Vec::new();
    for input in inputs {
        for t in &input.results.teachers {
            if !keys.iter().any(|(k, _)| k == &t.key) {
                keys.push((t.key.clone(), t.name.clone()));
            }
        }
    }
    keys
}

/// The worst grade a veto forced on a teacher, and the periods it came from.
type Forced = Option<(usize, Vec<String>)>;

/// What every teacher's term is made from.
struct Term<'a> {
    rubric: &'a Rubric,
    inputs: &'a [RollupInput],
    /// Each period's weight, in input order.
    weights: Vec<Decimal>,
    /// Per period, each of the rubric's items' column in its results.
    columns: Vec<Vec<usize>>,
    /// Whether the quota ranks within each school.
    by_school: bool,
}

impl Term<'_> {
    /// One teacher's term from the periods they are `present` in: the
    /// result (graded by veto or band; a quota grades it later), their
    /// entry in the quota's ranking, and what a veto forced.
    fn teacher(
        &self,
        key: String,
        name: String,
        present: &[(usize, &TeacherScores)],
    ) -> Result<(TermResult, Option<QuotaEntrant>, Forced), RollupError> {
        let rubric = self.rubric;
        let places = rubric.rounding.places;
        let total = self
            .mean(
                &key,
                &mut present.iter().map(|(p, t)| (self.weights[*p], t.total)),
            )?
            .unwrap_or_default();
        let mut items = IndexMap::new();
        for (k, item) in rubric.items.iter().enumerate() {
            let v = self.mean(
                &key,
                &mut present.iter().filter_map(|(p, t)| {
                    Some((self.weights[*p], *t.items.get(self.columns[*p][k])?))
                }),
            )?;
            if let Some(v) = v {
                items.insert(item.id.clone(), rounded(v, places));
            }
        }
        let counted_vetoes = counted::counted_vetoes(rubric, self.inputs, present);
        let mut forced = self.forced(&key, present)?;
        for c in &counted_vetoes {
            let Some(v) = rubric.vetoes.iter().find(|v| v.id == c.id) else {
                continue;
            };
            let origins = c.periods.iter().map(|p| p.origin.clone());
            match &mut forced {
                Some((worst, known)) => {
                    *worst = (*worst).max(v.grade);
                    for o in origins {
                        if !known.contains(&o) {
                            known.push(o);
                        }
                    }
                }
                None => forced = Some((v.grade, origins.collect())),
            }
        }
        let school = present.iter().rev().find_map(|(_, t)| t.school.clone());
        let entrant = match &rubric.quota {
            Some(q) => Some(QuotaEntrant {
                key: key.clone(),
                scope: match (self.by_school, &school) {
                    (false, _) => None,
                    (true, Some(s)) => Some(s.clone()),
                    (true, None) => return Err(RollupError::NoSchool { key, name }),
                },
                sort_key: self.sort_key(&key, q, total, present)?,
                vetoed: forced.is_some(),
            }),
            None => None,
        };
        let (grade, graded_by) = match &forced {
            Some((g, _)) => (Some(*g), "veto"),
            None if rubric.quota.is_some() => (None, "quota"),
            None => (rubric.band_for(total), "band"),
        };
        let teacher = TermResult {
            totals: self
                .inputs
                .iter()
                .map(|i| i.results.teacher(&key).map(|t| rounded(t.total, places)))
                .collect(),
            key,
            name,
            school,
            total: rounded(total, places),
            grade: grade
                .and_then(|g| rubric.grades.get(g))
                .map(|g| g.name.clone()),
            graded_by,
            rank: None,
            ranked_of: None,
            grade_basis: None,
            items,
            counted_vetoes,
        };
        Ok((teacher, entrant, forced))
    }

    /// The weighted mean of `values` (weight, value), rounded with the
    /// rubric's rounding; `None` when there is none.
    fn mean(
        &self,
        key: &str,
        values: &mut dyn Iterator<Item = (Decimal, Decimal)>,
    ) -> Result<Option<Decimal>, RollupError> {
        // Weights and scores read back are bounded (`NUM_LIMIT`,
        // `results::SCORE_LIMIT`), so these sums fit; checked all the same.
        let (mut num, mut den) = (Decimal::ZERO, Decimal::ZERO);
        for (w, v) in values {
            let sums = w
                .checked_mul(v)
                .and_then(|wv| num.checked_add(wv))
                .zip(den.checked_add(w));
            let Some(sums) = sums else {
                return Err(RollupError::Weights(msg::weighted_sum_too_large(key)));
            };
            (num, den) = sums;
        }
        Ok(match num.checked_div(den) {
            Some(q) if !den.is_zero() => Some(self.rubric.rounding.apply(q)),
            _ => None,
        })
    }

    /// The worst grade the vetoes of the periods forced, with those periods.
    ///
    /// # Errors
    /// A vetoed period whose grade the rubric does not have.
    fn forced(
        &self,
        key: &str,
        present: &[(usize, &TeacherScores)],
    ) -> Result<Forced, RollupError> {
        let grades = &self.rubric.grades;
        let mut forced: Forced = None;
        for (p, t) in present {
            if !t.vetoed {
                continue;
            }
            let grade_name = t.grade.clone().unwrap_or_default();
            let origin = self.inputs[*p].results.origin.clone();
            let g = grades
                .iter()
                .position(|g| g.name == grade_name)
                .ok_or_else(|| RollupError::UnknownGrade {
                    origin: origin.clone(),
                    key: key.to_string(),
                    grade: grade_name.clone(),
                    grades: grades
                        .iter()
                        .map(|g| g.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                })?;
            match &mut forced {
                Some((worst, origins)) => {
                    *worst = (*worst).max(g);
                    origins.push(origin);
                }
                None => forced = Some((g, vec![origin])),
            }
        }
        Ok(forced)
    }

    /// What the quota ranks the teacher by: the term total, then each
    /// tie-break's term mean, rounded as the total is.
    fn sort_key(
        &self,
        key: &str,
        q: &crate::rubric::Quota,
        total: Decimal,
        present: &[(usize, &TeacherScores)],
    ) -> Result<Vec<Decimal>, RollupError> {
        let rubric = self.rubric;
        let mut sort_key = vec![total];
        for tb in &q.tie_break {
            let (id, label) = match *tb {
                TieBreak::Item(i) => rubric.items.get(i).map(|i| (&i.id, &i.name)),
                TieBreak::Category(c) => rubric.categories.get(c).map(|c| (&c.id, &c.name)),
            }
            .map_or((String::new(), String::new()), |(a, b)| {
                (a.clone(), b.clone())
            });
            let value = self.mean(
                key,
                &mut present.iter().filter_map(|(p, t)| {
                    let v = match *tb {
                        TieBreak::Item(i) => *t.items.get(*self.columns[*p].get(i)?)?,
                        TieBreak::Category(_) => {
                            *t.categories.get(&id).or_else(|| t.categories.get(&label))?
                        }
                    };
                    Some((self.weights[*p], v))
                }),
            )?;
            sort_key.push(value.unwrap_or_default());
        }
        Ok(sort_key)
    }
}

/// Grades the term under the quota as one run would, and says for each
/// teacher their rank and how the grade was decided; returns the scopes.
fn grade_by_quota(
    rubric: &Rubric,
    q: &crate::rubric::Quota,
    entrants: &[QuotaEntrant],
    teachers: &mut [TermResult],
    forced_by: &[Forced],
) -> Vec<QuotaScope> {
    let locale = rubric.locale.unwrap_or(Locale::Zh);
    let (scopes, decisions) = rank_by_quota(rubric, q, entrants);
    for ((t, d), forced) in teachers.iter_mut().zip(decisions).zip(forced_by) {
        let scope = d.place.as_ref().and_then(|p| scopes.get(p.scope));
        t.rank = d.place.as_ref().map(quota_basis::rank_text);
        t.ranked_of = scope.map(|s| s.counted);
        t.grade_basis = Some(match (forced, &d.place, scope) {
            (Some((_, origins)), place, scope) => {
                veto_basis(origins, place.as_ref().zip(scope), q.vetoed, locale)
            }
            (None, Some(place), Some(scope)) => {
                t.grade = d
                    .grade
                    .and_then(|g| rubric.grades.get(g))
                    .map(|g| g.name.clone());
                d.grade
                    .map(|g| quota_basis::quota_text(rubric, scope, place, g, locale))
                    .unwrap_or_default()
            }
            (None, _, _) => String::new(),
        });
    }
    scopes
}

/// For each of the rubric's items, its column in `results`: matched by id
/// when the results carry ids (JSON), by name otherwise (a workbook, whose
/// headers are the rubric's names in either language); items sharing a name
/// are matched in order.
///
/// # Errors
/// [`RollupError::UnknownItem`] for an item the rubric does not have and
/// [`RollupError::MissingItem`] for one of the rubric's the results lack:
/// results scored with another rubric.
fn item_columns(
    rubric: &Rubric,
    rubric_name: &str,
    results: &ResultSet,
) -> Result<Vec<usize>, RollupError> {
    let mut columns: Vec<Option<usize>> = vec![None; rubric.items.len()];
    for (c, head) in results.items.iter().enumerate() {
        let same = |i: &crate::rubric::Item| match &head.id {
            Some(id) => i.id == *id,
            None => i.name == head.name,
        };
        let found = rubric
            .items
            .iter()
            .enumerate()
            .position(|(k, i)| columns[k].is_none() && same(i));
        match found {
            Some(k) => columns[k] = Some(c),
            None => {
                return Err(RollupError::UnknownItem {
                    origin: results.origin.clone(),
                    item: head.id.clone().unwrap_or_else(|| head.name.clone()),
                    rubric: rubric_name.to_string(),
                })
            }
        }
    }
    rubric
        .items
        .iter()
        .zip(columns)
        .map(|(item, c)| {
            c.ok_or_else(|| RollupError::MissingItem {
                origin: results.origin.clone(),
                item: if results.items.iter().any(|h| h.id.is_some()) {
                    item.id.clone()
                } else {
                    item.name.clone()
                },
                rubric: rubric_name.to_string(),
            })
        })
        .collect()
}

/// A term grade a veto forced, in words: the periods the veto was found in
/// and what it did to the ranking.
fn veto_basis(
    origins: &[String],
    place: Option<(&crate::engine::QuotaPlace, &QuotaScope)>,
    vetoed: VetoedInQuota,
    locale: Locale,
) -> String {
    let origins = super::list(origins);
    match (place, vetoed) {
        (Some((p, s)), _) => {
            msg::veto_basis_holding_place(&origins, quota_basis::rank_text(p), s.counted)
        }
        (None, VetoedInQuota::Exclude) => msg::veto_basis_excluded(&origins),
        (None, VetoedInQuota::Include) => msg::veto_basis(&origins),
    }
    .get(locale)
    .to_string()
}

#[cfg(test)]
mod error_tests {
    use super::*;
    use crate::i18n::Localize;
    use chrono::NaiveDate;

    #[test]
    fn every_rollup_error_speaks_both_languages() {
        let day = |d| NaiveDate::from_ymd_opt(2022, 3, d).unwrap_or_default();
        let all = [
            RollupError::NoPeriod {
                origin: "a.json".into(),
            },
            RollupError::Overlap {
                a: "a.json".into(),
                b: "b.json".into(),
                from: day(1),
                to: day(15),
            },
            RollupError::Missing(vec![msg::teacher_absent_from(
                "0012",
                "王芳",
                &Text::same("b.json"),
            )]),
            RollupError::UnknownGrade {
                origin: "a.json".into(),
                key: "0012".into(),
                grade: "差".into(),
                grades: "优秀, 合格".into(),
            },
            RollupError::Weights(msg::weight_not_positive("a.json", -1)),
            RollupError::QuotaScope {
                field: "subject".into(),
            },
            RollupError::NoSchool {
                key: "0012".into(),
                name: "王芳".into(),
            },
            RollupError::UnknownItem {
                origin: "a.json".into(),
                item: "ethics".into(),
                rubric: "r.toml".into(),
            },
            RollupError::MissingItem {
                origin: "a.json".into(),
                item: "ethics".into(),
                rubric: "r.toml".into(),
            },
            RollupError::NoVetoCounts {
                origin: "a.json".into(),
                veto: "ethics".into(),
                at_least: 2,
            },
        ];
        let allowed = [
            "a.json",
            "b.json",
            "--weight",
            "--partial",
            "[quota]",
            "subject",
            "ethics",
            "r.toml",
            "kaohe",
        ];
        for e in &all {
            let zh = e.localized(Locale::Zh);
            assert_eq!(e.localized(Locale::En), e.to_string());
            assert_ne!(zh, e.to_string());
            assert_eq!(
                crate::input::english_words(&zh, &allowed),
                Vec::<String>::new(),
                "{zh}"
            );
        }
    }
}
