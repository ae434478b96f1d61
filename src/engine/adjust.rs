//! After a teacher's items are scored: category thresholds (方案3: under
//! 500 points the category scores 0), then adjustments that multiply a
//! category's subtotal (方案5 折半计入). A threshold takes each item of the
//! category to 0 with an evidence line, so items still reconcile; an
//! adjustment leaves the items as earned and changes the subtotal, which is
//! what adds into the total.

use rust_decimal::Decimal;

use super::outcome::{AdjustResult, Evidence, EvidenceKind, ItemResult};
use super::problem::Problem;
use crate::provenance::Provenance;
use crate::rubric::expr::Env;
use crate::rubric::Rubric;
use crate::value::Value;

/// Zeroes every item of a category whose subtotal is under its threshold.
pub(super) fn category_thresholds(rubric: &Rubric, items: &mut [ItemResult]) {
    for category in &rubric.categories {
        let Some(min) = category.threshold else {
            continue;
        };
        let sum: Decimal = category.items.iter().map(|&i| items[i].score).sum();
        if sum >= min {
            continue;
        }
        for &i in &category.items {
            let item = &mut items[i];
            if item.score.is_zero() {
                continue;
            }
            item.evidence.push(Evidence {
                rule: None,
                kind: EvidenceKind::Threshold,
                points: -item.score,
                origin: None,
                detail: format!(
                    "类别「{}」合计 {} < {}：不得分",
                    category.name,
                    sum.normalize(),
                    min.normalize()
                ),
            });
            item.score = Decimal::ZERO;
        }
    }
}

/// The teacher whose categories are adjusted: their roster row and, per
/// adjustment and requirement, the first record that met it.
pub(super) struct Subject<'a> {
    pub values: &'a [Value],
    pub origin: &'a Provenance,
    pub hits: &'a [Vec<Option<(Provenance, String)>>],
}

/// Applies every adjustment whose condition holds, in rubric order, to
/// `categories`; returns what was applied.
pub(super) fn adjust(
    rubric: &Rubric,
    who: &Subject<'_>,
    categories: &mut [Decimal],
    roster_detail: impl Fn(&[crate::rubric::expr::FieldRef]) -> String,
    problems: &mut Vec<Problem>,
) -> Vec<AdjustResult> {
    let env = Env {
        record: who.values,
        teacher: who.values,
    };
    let mut out = Vec::new();
    for (a, adj) in rubric.adjustments.iter().enumerate() {
        let mut evidence = Vec::new();
        if let Some(when) = &adj.when {
            match when.eval(&env) {
                Ok(true) => evidence.push((who.origin.clone(), roster_detail(when.fields()))),
                Ok(false) => continue,
                Err(e) => {
                    problems.push(Problem::Evaluation {
                        origin: who.origin.clone(),
                        rule: adj.name.clone(),
                        reason: e.to_string(),
                    });
                    continue;
                }
            }
        }
        let hits = who.hits.get(a).map(Vec::as_slice).unwrap_or(&[]);
        if hits.len() != adj.requires.len() || hits.iter().any(Option::is_none) {
            continue;
        }
        for ((origin, detail), req) in hits.iter().flatten().zip(&adj.requires) {
            evidence.push((origin.clone(), format!("{}：{detail}", req.label)));
        }
        let Some(before) = categories.get(adj.category).copied() else {
            continue;
        };
        let after = rubric.rounding.apply(before * adj.factor);
        categories[adj.category] = after;
        out.push(AdjustResult {
            adjust: a,
            category: adj.category,
            before,
            after,
            evidence,
        });
    }
    out
}

/// What a category's subtotal must be: its items' sum, then each adjustment
/// applied to it in order. `reconcile` checks every subtotal against this.
pub(super) fn expected_subtotal(
    rubric: &Rubric,
    category: usize,
    items: &[ItemResult],
    applied: &[AdjustResult],
) -> Decimal {
    let mut value: Decimal = rubric.categories[category]
        .items
        .iter()
        .map(|&i| items[i].score)
        .sum();
    for a in applied.iter().filter(|a| a.category == category) {
        value = rubric
            .rounding
            .apply(value * rubric.adjustments[a.adjust].factor);
    }
    value
}
