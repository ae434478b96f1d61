//! A weighted item's score: each rater's records (one per rater, or several
//! averaged: the group scores monthly and the term takes the mean) times the
//! rater's weight, every step an evidence line so the sum reconciles.

use rust_decimal::Decimal;

use super::arith::{self, Checked, Overflow};
use super::outcome::{Detail, Evidence, EvidenceKind};
use super::problem::Problem;
use crate::provenance::Provenance;
use crate::rubric::MissingImport;

/// One rater's score from one record.
#[derive(Debug)]
pub(super) struct Rating {
    /// Index into the rule's weights.
    pub rater: usize,
    /// The score the record gives.
    pub value: Decimal,
    /// The record.
    pub origin: Provenance,
    /// The fields shown.
    pub detail: Detail,
}

/// Who is being scored, for problems.
pub(super) struct Whom<'a> {
    pub key: &'a str,
    pub name: &'a str,
    pub item: &'a str,
    pub source: &'a str,
}

/// The weighted sum and its evidence lines, rater by rater in the order the
/// rubric lists the weights.
pub(super) fn combine(
    rule: usize,
    weights: &[(String, Decimal)],
    missing: MissingImport,
    ratings: Vec<Rating>,
    whom: &Whom<'_>,
    problems: &mut Vec<Problem>,
) -> Result<(Decimal, Vec<Evidence>), Overflow> {
    let mut score = Decimal::ZERO;
    let mut evidence = Vec::new();
    let mut by_rater: Vec<Vec<Rating>> = weights.iter().map(|_| Vec::new()).collect();
    for r in ratings {
        if let Some(slot) = by_rater.get_mut(r.rater) {
            slot.push(r);
        }
    }
    for ((rater, weight), mut records) in weights.iter().zip(by_rater) {
        let share = weight.over(Decimal::ONE_HUNDRED)?;
        if records.is_empty() {
            // A rater that does not count is never missing.
            if weight.is_zero() {
                continue;
            }
            match missing {
                MissingImport::Error => problems.push(Problem::RaterMissing {
                    key: whom.key.to_string(),
                    name: whom.name.to_string(),
                    item: whom.item.to_string(),
                    rater: rater.clone(),
                    source: whom.source.to_string(),
                }),
                MissingImport::Zero => evidence.push(Evidence {
                    rule: Some(rule),
                    kind: EvidenceKind::Missing,
                    points: Decimal::ZERO,
                    origin: None,
                    detail: crate::i18n::engine::rater_no_score(rater).into(),
                    date: None,
                }),
            }
            continue;
        }
        if records.len() == 1 {
            let r = records.remove(0);
            let points = r.value.times(share)?;
            score = score.plus(points)?;
            evidence.push(Evidence {
                rule: Some(rule),
                kind: EvidenceKind::Weighted,
                points,
                origin: Some(r.origin),
                detail: {
                    let (v, w, p) = (shown(r.value), shown(*weight), shown(points));
                    let sep = crate::i18n::engine::clause_separator();
                    r.detail.then(
                        sep.en,
                        sep.zh,
                        &crate::i18n::Text::same(format!("{v} × {w}% = {p}")),
                    )
                },
                date: None,
            });
            continue;
        }
        let n = Decimal::from(records.len());
        let sum = arith::sum(records.iter().map(|r| r.value))?;
        let terms = records
            .iter()
            .map(|r| shown(r.value))
            .collect::<Vec<_>>()
            .join("+");
        let mean = sum.over(n)?;
        let points = mean.times(share)?;
        score = score.plus(points)?;
        for r in records {
            evidence.push(Evidence {
                rule: Some(rule),
                kind: EvidenceKind::Rating,
                points: Decimal::ZERO,
                origin: Some(r.origin),
                detail: r.detail,
                date: None,
            });
        }
        evidence.push(Evidence {
            rule: Some(rule),
            kind: EvidenceKind::Weighted,
            points,
            origin: None,
            detail: {
                let (mean, w, p) = (shown(mean), shown(*weight), shown(points));
                crate::i18n::engine::rater_mean(rater, n, terms, mean, w, p).into()
            },
            date: None,
        });
    }
    Ok((score, evidence))
}

/// A number as a reader checks it: exact when it has at most four
/// decimals, else rounded to four and marked `≈` (a mean of three scores);
/// the points themselves stay exact and the item's rounding line shows the
/// step to the rubric's places.
fn shown(v: Decimal) -> String {
    let n = v.normalize();
    if n.scale() <= 4 {
        n.to_string()
    } else {
        format!("≈{}", v.round_dp(4).normalize())
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::i18n::Locale;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn rating(rater: usize, value: &str, row: u32) -> Rating {
        Rating {
            rater,
            value: d(value),
            origin: Provenance {
                file: Arc::from("评分.xlsx"),
                sheet: Arc::from("Sheet1"),
                row,
                col: None,
            },
            detail: Detail::Same(format!("分数={value}")),
        }
    }

    fn weights() -> Vec<(String, Decimal)> {
        vec![
            ("学生".into(), d("20")),
            ("自评".into(), d("10")),
            ("互评".into(), d("10")),
            ("考核小组".into(), d("60")),
        ]
    }

    const WHOM: Whom<'static> = Whom {
        key: "0001",
        name: "甲",
        item: "师德",
        source: "ratings",
    };

    #[test]
    fn each_rater_times_its_weight_and_several_records_are_averaged() {
        let mut problems = Vec::new();
        let ratings = vec![
            rating(0, "90", 2),
            rating(1, "100", 3),
            rating(2, "85", 4),
            rating(3, "92", 5),
            rating(3, "88", 6),
        ];
        let (score, ev) = combine(
            0,
            &weights(),
            MissingImport::Error,
            ratings,
            &WHOM,
            &mut problems,
        )
        .unwrap();
        // 90×20% + 100×10% + 85×10% + (92+88)/2×60% = 18 + 10 + 8.5 + 54 = 90.5
        assert_eq!(score, d("90.5"));
        assert!(problems.is_empty());
        let sum: Decimal = ev.iter().map(|e| e.points).sum();
        assert_eq!(sum, score);
        assert_eq!(ev[0].detail.get(Locale::Zh), "分数=90；90 × 20% = 18");
        assert_eq!(ev[0].detail.get(Locale::En), "分数=90; 90 × 20% = 18");
        assert_eq!(ev[3].kind, EvidenceKind::Rating);
        assert_eq!(
            ev[5].detail.get(Locale::Zh),
            "考核小组：2 条平均 (92+88)/2 = 90 × 60% = 54"
        );
        assert_eq!(
            ev[5].detail.get(Locale::En),
            "考核小组: mean of 2 (92+88)/2 = 90 × 60% = 54"
        );
    }

    #[test]
    fn a_missing_rater_is_an_error_or_zero_as_the_rubric_says() {
        let mut problems = Vec::new();
        let ratings = vec![rating(0, "90", 2), rating(1, "100", 3), rating(3, "80", 5)];
        let (_, _) = combine(
            0,
            &weights(),
            MissingImport::Error,
            ratings,
            &WHOM,
            &mut problems,
        )
        .unwrap();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].to_string().contains("互评"), "{}", problems[0]);

        let mut problems = Vec::new();
        let ratings = vec![rating(0, "90", 2), rating(1, "100", 3), rating(3, "80", 5)];
        let (score, ev) = combine(
            0,
            &weights(),
            MissingImport::Zero,
            ratings,
            &WHOM,
            &mut problems,
        )
        .unwrap();
        // 18 + 10 + 0 + 48 = 76
        assert_eq!(score, d("76"));
        assert!(problems.is_empty());
        assert!(ev.iter().any(|e| e.kind == EvidenceKind::Missing
            && e.detail.get(Locale::En) == "互评: no score, counted as 0"));
    }

    #[test]
    fn a_mean_of_three_is_exact_and_shown_approximately() {
        let mut problems = Vec::new();
        let ratings = vec![
            rating(0, "90", 2),
            rating(1, "90", 3),
            rating(2, "90", 4),
            rating(3, "90", 5),
            rating(3, "91", 6),
            rating(3, "90", 7),
        ];
        let (score, ev) = combine(
            0,
            &weights(),
            MissingImport::Error,
            ratings,
            &WHOM,
            &mut problems,
        )
        .unwrap();
        // 36 + (271/3)×0.6 = 36 + 54.2 = 90.2
        assert_eq!(score, d("90.2"));
        assert!(
            ev.last()
                .unwrap()
                .detail
                .get(Locale::Zh)
                .contains("≈90.3333"),
            "{:?}",
            ev.last()
        );
    }
}
