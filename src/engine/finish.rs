//! After the last record: each item bounded, rounded and explained, and the
//! evidence reconciled with every score before anything is returned.

use rust_decimal::Decimal;

use super::adjust::{self, Subject, SubtotalFault};
use super::arith::{self, Checked, Overflow};
use super::error::ScoreError;
use super::evaluate::describe_fields;
use super::outcome::*;
use super::problem::Problem;
use super::teacher::{RuleAcc, Teacher};
use super::weighted::{self, Whom};
use crate::rubric::expr::{Env, FieldRef};
use crate::rubric::{Effect, Item, MissingImport, Rubric};

/// Bounds, rounds and explains one teacher's items; totals and grade.
pub(super) fn finish(rubric: &Rubric, t: Teacher, problems: &mut Vec<Problem>) -> TeacherResult {
    let ratings = rater_scores(rubric, &t.rules);
    let mut items = Vec::with_capacity(rubric.items.len());
    for (item, accs) in rubric.items.iter().zip(t.rules) {
        let scored =
            item_score(rubric, item, accs, &t.key, &t.name, problems).unwrap_or_else(|Overflow| {
                let who = format!("{} {}", t.key, t.name);
                item_overflow(rubric, item, &who, problems)
            });
        items.push(scored);
    }
    adjust::category_thresholds(rubric, &mut items);
    // Item scores lie within their maxima, whose sums the rubric's limit on
    // numbers keeps far inside a decimal: these sums cannot overflow, but
    // are checked like every other.
    let overflow = |problems: &mut Vec<Problem>, what: &str| {
        problems.push(Problem::Overflow {
            origin: None,
            teacher: format!("{} {}", t.key, t.name),
            rule: what.to_string(),
            source: rubric.sources[rubric.roster.source].id.clone(),
            values: crate::i18n::engine::the_subtotals().text(),
        });
    };
    let roster = rubric.roster.source;
    let roster_detail = |fields: &[FieldRef]| {
        let env = Env {
            record: &t.values,
            teacher: &t.values,
        };
        describe_fields(rubric, roster, fields, &env)
    };
    let applying = adjust::applying(
        rubric,
        &Subject {
            values: &t.values,
            origin: &t.origin,
            hits: &t.requires,
        },
        roster_detail,
        problems,
    );
    let (categories, adjustments) = adjust::subtotals(rubric, &items, applying, |f| match f {
        SubtotalFault::Sum(c) => overflow(problems, &rubric.categories[c].name),
        SubtotalFault::Product(a) => problems.push(Problem::Evaluation {
            origin: t.origin.clone(),
            rule: rubric.adjustments[a].name.clone(),
            reason: super::problem::eval_reason(&crate::rubric::expr::EvalError::Overflow),
        }),
    });
    let total = adjust::total(rubric, &categories).unwrap_or_else(|Overflow| {
        overflow(problems, &rubric.name);
        Decimal::ZERO
    });
    // A veto with `at_least = N` applies from the N-th matching record of the
    // period (方案13 三 9 屡教不改); fewer matches are not a veto. The
    // evidence kept names every match, not only the N-th.
    let veto_counts: Vec<VetoResult> = t
        .vetoes
        .iter()
        .filter(|hit| rubric.vetoes.get(hit.veto).is_some_and(|v| v.at_least > 1))
        .cloned()
        .collect();
    let vetoes: Vec<VetoResult> = t
        .vetoes
        .into_iter()
        .filter(|hit| {
            rubric
                .vetoes
                .get(hit.veto)
                .is_some_and(|v| hit.evidence.len() >= v.at_least)
        })
        .collect();
    let forced = vetoes
        .iter()
        .map(|hit| (rubric.vetoes[hit.veto].grade, hit.veto))
        .max_by_key(|&(grade, veto)| (grade, std::cmp::Reverse(veto)));
    let (grade, grade_basis) = match forced {
        Some((grade, veto)) => (Some(grade), GradeBasis::Veto(veto)),
        None => (rubric.band_for(total), GradeBasis::Band),
    };
    TeacherResult {
        key: t.key,
        name: t.name,
        school: t.school,
        origin: t.origin,
        items,
        categories,
        total,
        grade,
        grade_basis,
        vetoes,
        veto_counts,
        adjustments,
        quota: None,
        pay: None,
        roster: t.values,
        ratings,
    }
}

/// Each weighted rule's raters' means for one teacher: the same records
/// [`weighted::combine`] weighs, before they are weighed.
fn rater_scores(rubric: &Rubric, rules: &[Vec<RuleAcc>]) -> Vec<RaterScore> {
    let mut out = Vec::new();
    for (i, (item, accs)) in rubric.items.iter().zip(rules).enumerate() {
        for (r, (rule, acc)) in item.rules.iter().zip(accs).enumerate() {
            let Effect::Weighted { weights, .. } = &rule.effect else {
                continue;
            };
            for rater in 0..weights.len() {
                let values = acc
                    .ratings
                    .iter()
                    .filter(|x| x.rater == rater)
                    .map(|x| x.value);
                let records = values.clone().count();
                // A sum past the largest decimal is the run's own problem,
                // reported by the item; the rater is then left out here.
                let mean = arith::sum(values).and_then(|s| s.over(Decimal::from(records)));
                if let (true, Ok(mean)) = (records > 0, mean) {
                    out.push(RaterScore {
                        item: i,
                        rule: r,
                        rater,
                        records,
                        mean,
                    });
                }
            }
        }
    }
    out
}

/// An item whose rules each fitted their sums but together do not: the
/// teacher's item is named, and no score is written.
fn item_overflow(
    rubric: &Rubric,
    item: &Item,
    who: &str,
    problems: &mut Vec<Problem>,
) -> ItemResult {
    let mut sources: Vec<&str> = item
        .rules
        .iter()
        .map(|r| rubric.sources[r.source].id.as_str())
        .collect();
    sources.dedup();
    problems.push(Problem::Overflow {
        origin: None,
        teacher: who.to_string(),
        rule: item.name.clone(),
        source: sources.join(", "),
        values: crate::i18n::engine::the_items_rules().text(),
    });
    ItemResult {
        score: Decimal::ZERO,
        evidence: Vec::new(),
    }
}

/// An item's score and evidence from its rules' sums, every step checked.
fn item_score(
    rubric: &Rubric,
    item: &Item,
    accs: Vec<RuleAcc>,
    key: &str,
    name: &str,
    problems: &mut Vec<Problem>,
) -> Result<ItemResult, Overflow> {
    let start = item.start_value();
    let mut score = start;
    let mut evidence = Vec::new();
    for (r, (rule, mut acc)) in item.rules.iter().zip(accs).enumerate() {
        if let Effect::Weighted {
            weights, missing, ..
        } = &rule.effect
        {
            let whom = Whom {
                key,
                name,
                item: &item.name,
                source: &rubric.sources[rule.source].id,
            };
            let ratings = std::mem::take(&mut acc.ratings);
            let (sum, mut lines) =
                weighted::combine(r, weights, *missing, ratings, &whom, problems)?;
            score = score.plus(sum)?;
            evidence.append(&mut lines);
            continue;
        }
        if let Effect::Import { missing, .. } = &rule.effect {
            if acc.import.is_none() {
                match missing {
                    MissingImport::Error => problems.push(Problem::ImportMissing {
                        key: key.to_string(),
                        name: name.to_string(),
                        item: item.name.clone(),
                        source: rubric.sources[rule.source].id.clone(),
                    }),
                    MissingImport::Zero => evidence.push(Evidence {
                        rule: Some(r),
                        kind: EvidenceKind::Missing,
                        points: Decimal::ZERO,
                        origin: None,
                        detail: Detail::default(),
                        date: None,
                    }),
                }
            }
            score = score.plus(acc.import.map_or(Decimal::ZERO, |(v, _)| v))?;
            evidence.append(&mut acc.evidence);
            continue;
        }
        if let Effect::Ratio { points, .. } = &rule.effect {
            // One line per teacher: the share is a property of all their records together.
            let share = if acc.counted == 0 {
                Decimal::ZERO
            } else {
                points
                    .times(Decimal::from(acc.matched))?
                    .over(Decimal::from(acc.counted))?
            };
            evidence.push(Evidence {
                rule: Some(r),
                kind: EvidenceKind::Ratio,
                points: share,
                origin: None,
                detail: Detail::Same(format!("{} / {}", acc.matched, acc.counted)),
                date: None,
            });
            acc.sum = share;
        }
        let mut moved = acc.sum;
        evidence.append(&mut acc.evidence);
        if let Some(cap) = rule.cap {
            if moved.abs() > cap {
                let bound = if moved < Decimal::ZERO {
                    arith::negated(cap)
                } else {
                    cap
                };
                let back = bound.minus(moved)?;
                evidence.push(Evidence {
                    rule: Some(r),
                    kind: EvidenceKind::RuleCap,
                    points: back,
                    origin: None,
                    detail: Detail::Same(cap.normalize().to_string()),
                    date: None,
                });
                moved = moved.plus(back)?;
            }
        }
        score = score.plus(moved)?;
    }
    if score > item.max {
        evidence.push(Evidence {
            rule: None,
            kind: EvidenceKind::ItemCap,
            points: item.max.minus(score)?,
            origin: None,
            detail: Detail::Same(item.max.normalize().to_string()),
            date: None,
        });
        score = item.max;
    }
    if score < Decimal::ZERO {
        evidence.push(Evidence {
            rule: None,
            kind: EvidenceKind::Floor,
            points: arith::negated(score),
            origin: None,
            detail: Detail::default(),
            date: None,
        });
        score = Decimal::ZERO;
    }
    let mut rounded = rubric.rounding.item(score);
    if rounded != score {
        evidence.push(Evidence {
            rule: None,
            kind: EvidenceKind::Rounding,
            points: rounded.minus(score)?,
            origin: None,
            detail: Detail::default(),
            date: None,
        });
    }
    if let Some(min) = item.threshold {
        if rounded < min && !rounded.is_zero() {
            evidence.push(Evidence {
                rule: None,
                kind: EvidenceKind::Threshold,
                points: arith::negated(rounded),
                origin: None,
                detail: {
                    let (score, min) = (rounded.normalize(), min.normalize());
                    crate::i18n::engine::item_below_min(score, min).into()
                },
                date: None,
            });
            rounded = Decimal::ZERO;
        }
    }
    Ok(ItemResult {
        score: rounded,
        evidence,
    })
}

/// Every item's evidence must sum to its distance from the starting value,
/// every score must lie within [0, max], every total must add up: checked on
/// every run, so a fault in kaohe stops the run instead of writing a score.
///
/// # Errors
/// [`ScoreError::Internal`] naming the first teacher and item that does not add up.
pub fn reconcile(rubric: &Rubric, results: &[TeacherResult]) -> Result<(), ScoreError> {
    for t in results {
        for (item, r) in rubric.items.iter().zip(&t.items) {
            let moved = arith::sum(r.evidence.iter().map(|e| e.points));
            let (key, id, score, start) = (&t.key, &item.id, r.score, item.start_value());
            let reached = moved.and_then(|m| start.plus(m));
            if reached != Ok(score) {
                let moved = moved.map_or_else(|Overflow| "?".to_string(), |m| m.to_string());
                return Err(ScoreError::Internal(
                    crate::i18n::engine::internal_evidence_sum(key, id, moved, start, score),
                ));
            }
            if score < Decimal::ZERO || score > item.max {
                let max = item.max;
                return Err(ScoreError::Internal(
                    crate::i18n::engine::internal_score_outside(key, id, score, max),
                ));
            }
        }
        for (k, &got) in t.categories.iter().enumerate() {
            let want =
                adjust::expected_subtotal(rubric, k, &t.items, &t.categories, &t.adjustments);
            if want != Ok(got) {
                let want = want.map_or_else(|Overflow| "?".to_string(), |w| w.to_string());
                let (key, id) = (&t.key, &rubric.categories[k].id);
                return Err(ScoreError::Internal(
                    crate::i18n::engine::internal_subtotal(key, id, got, want),
                ));
            }
        }
        let total = adjust::total(rubric, &t.categories);
        if total != Ok(t.total) {
            let total = total.map_or_else(|Overflow| "?".to_string(), |s| s.to_string());
            let (key, got) = (&t.key, t.total);
            return Err(ScoreError::Internal(crate::i18n::engine::internal_total(
                key, total, got,
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::provenance::Provenance;
    use crate::testkit;

    /// One item of 10 points that loses one for a teacher named x.
    fn rubric() -> String {
        let head = testkit::roster_head("", "roster*", "");
        let item = testkit::one_item(10);
        format!(
            r#"{head}{item}[[item.rule]]
kind = "deduct"
source = "roster"
when = 'name == "x"'
points = 1
[[grade]]
name = "all"
"#
        )
    }

    fn teacher(score: Decimal, evidence: Decimal, total: Decimal) -> TeacherResult {
        TeacherResult {
            key: "1001".into(),
            name: "张三".into(),
            school: None,
            origin: Provenance {
                file: "roster.csv".into(),
                sheet: "".into(),
                row: 2,
                col: None,
            },
            items: vec![ItemResult {
                score,
                evidence: vec![Evidence {
                    rule: Some(0),
                    kind: EvidenceKind::Record,
                    points: evidence,
                    origin: None,
                    detail: Detail::default(),
                    date: None,
                }],
            }],
            categories: vec![score],
            total,
            grade: Some(0),
            grade_basis: GradeBasis::Band,
            vetoes: vec![],
            veto_counts: vec![],
            adjustments: vec![],
            quota: None,
            pay: None,
            roster: Vec::new(),
            ratings: Vec::new(),
        }
    }

    #[test]
    fn reconcile_stops_a_score_its_evidence_does_not_explain() {
        let rubric = crate::rubric::compile("t.toml", &rubric()).unwrap();
        let ten = Decimal::from(10);
        let one = Decimal::ONE;
        // Consistent: 10 − 1 = 9.
        assert!(reconcile(&rubric, &[teacher(ten - one, -one, ten - one)]).is_ok());
        // The evidence says −1 but the score is 8.
        let e = reconcile(&rubric, &[teacher(ten - one - one, -one, ten - one - one)]);
        assert!(
            matches!(&e, Err(ScoreError::Internal(m)) if m.en.contains("evidence sums to -1")
                && m.zh.contains("明细从 10 起合计 -1，但得分是 8")),
            "{e:?}"
        );
        // Items fine, but the total does not add up.
        let e = reconcile(&rubric, &[teacher(ten - one, -one, ten)]);
        assert!(
            matches!(&e, Err(ScoreError::Internal(m)) if m.en.contains("categories add up to 9")
            && m.zh.contains("各类别合计 9，但总分是 10"))
        );
        // A score above the item's maximum.
        let e = reconcile(&rubric, &[teacher(ten + one, one, ten + one)]);
        assert!(
            matches!(&e, Err(ScoreError::Internal(m)) if m.en.contains("outside 0..10")
            && m.zh.contains("得分 11 不在 0..10 之内"))
        );
    }
}
