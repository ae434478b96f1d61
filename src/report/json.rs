//! The machine-readable summary printed by `--json`, for districts that
//! collect results in CI. Field order follows the structs below, not a hash
//! map, so the text is stable across runs.
//!
//! Scores are JSON **strings** holding the exact decimal at the rubric's
//! places (`"27.50"`): a JSON number would pass through `f64` in most
//! readers, and a pay decision should not depend on binary rounding.

use indexmap::IndexMap;
use serde::Serialize;

use crate::engine::{FileDigest, GradeBasis, Outcome, Period, Place, SourceStats};
use crate::rubric::{RoundAt, Rubric};
use crate::show::fixed;

#[derive(Serialize)]
struct Summary<'a> {
    rubric: RubricInfo<'a>,
    period: Option<Period>,
    teachers: Vec<Teacher<'a>>,
    /// Every grade in rubric order (best first), with zero counts kept so
    /// consumers need not know the bands.
    grades: IndexMap<&'a str, u64>,
    sources: &'a [SourceStats],
    inputs: Vec<&'a FileDigest>,
    /// What scored soundly but must be said: `{code, source, message}`,
    /// the message in English; empty when there is nothing to say.
    warnings: &'a [crate::engine::Warning],
    /// Records `--keep-going` skipped; absent when none was.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    skipped_records: Vec<Skipped<'a>>,
    /// Performance pay by pool; absent without `[pay]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pay: Option<PayInfo<'a>>,
    /// Every appeal of the run (`--appeals`), in the appeals file's order;
    /// absent without an appeals file.
    #[serde(skip_serializing_if = "Option::is_none")]
    appeals: Option<Vec<AppealInfo<'a>>>,
}

/// One appeal: whose, which item, where it stands and what it changed.
#[derive(Serialize)]
struct AppealInfo<'a> {
    key: &'a str,
    /// The item's id.
    item: &'a str,
    appealed: &'a str,
    reason: &'a str,
    status: crate::engine::AppealStatus,
    /// The item's score before and after (the same unless accepted).
    before: String,
    after: String,
    #[serde(skip_serializing_if = "str::is_empty")]
    decided_by: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    date: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    attachment: Option<&'a str>,
    /// The appeals file's row.
    origin: &'a crate::provenance::Provenance,
}

/// A record `--keep-going` skipped, its problem in the rubric's language.
#[derive(Serialize)]
struct Skipped<'a> {
    place: &'a Place,
    problem: &'a str,
}

#[derive(Serialize)]
struct RubricInfo<'a> {
    name: &'a str,
    full_marks: String,
    sha256: &'a str,
    /// Where scores are rounded when not at each item: `categories` or `total`.
    #[serde(skip_serializing_if = "Option::is_none")]
    rounded_at: Option<&'static str>,
    /// Each category inside another, by id, with the id of the one it is
    /// inside; absent when no category is nested.
    #[serde(skip_serializing_if = "IndexMap::is_empty")]
    parents: IndexMap<&'a str, &'a str>,
}

#[derive(Serialize)]
struct Teacher<'a> {
    key: &'a str,
    name: &'a str,
    school: Option<&'a str>,
    total: String,
    /// When the rubric rounds the total once: the exact sum it was rounded from.
    #[serde(skip_serializing_if = "Option::is_none")]
    unrounded_total: Option<String>,
    grade: Option<&'a str>,
    graded_by: &'static str,
    vetoes: Vec<&'a str>,
    /// Each veto with `at_least` above 1, by id: how many of the teacher's
    /// records in the period it matched, and which, so that `kaohe rollup`
    /// can add a term's months up; absent when the rubric has no such veto.
    #[serde(skip_serializing_if = "IndexMap::is_empty")]
    veto_counts: IndexMap<&'a str, VetoCount>,
    categories: IndexMap<&'a str, String>,
    items: IndexMap<&'a str, String>,
    /// Under `[quota]`: the place in the ranking (`"5"`, `"5–6"` when tied)
    /// and the scope's count; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    rank: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ranked_of: Option<usize>,
    /// Under `[quota]`: why the grade is what it is, in the rubric's language.
    #[serde(skip_serializing_if = "Option::is_none")]
    grade_basis: Option<String>,
    /// Category subtotals multiplied by an adjustment; absent when none applied.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    adjustments: Vec<Adjusted<'a>>,
    /// Under `[pay]`: the amount paid, in the pay unit (`"3000"`), and how
    /// it was reached, in the rubric's language; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pay: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pay_basis: Option<String>,
}

/// Under `[pay]`: each pool, what it paid and the amount per unit of weight.
#[derive(Serialize)]
struct PayInfo<'a> {
    method: &'static str,
    unit: String,
    pools: Vec<PoolInfo<'a>>,
}

#[derive(Serialize)]
struct PoolInfo<'a> {
    group: Option<&'a str>,
    pool: Option<String>,
    paid: String,
    teachers: usize,
    rate: Option<String>,
}

/// The records of one period that a veto with `at_least` matched.
#[derive(Serialize)]
struct VetoCount {
    at_least: usize,
    count: usize,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    records: Vec<CountedRecord>,
}

/// A record a veto matched: where it is (`file:sheet:row`) and what it says.
#[derive(Serialize)]
struct CountedRecord {
    at: String,
    detail: String,
}

#[derive(Serialize)]
struct Adjusted<'a> {
    id: &'a str,
    category: &'a str,
    before: String,
    after: String,
}

/// The summary as a JSON value. Scores (`full_marks`, `total`, categories,
/// items) are strings with the exact decimal at the rubric's places, e.g.
/// `"27.50"`; see the module documentation for why.
///
/// A `Value`'s objects sort their keys (serde_json without
/// `preserve_order`), so grades and categories come out alphabetically
/// here; [`json_summary_text`] keeps the rubric's order for printing.
pub fn json_summary(rubric: &Rubric, outcome: &Outcome) -> serde_json::Value {
    // Every field is a string, number, list or string-keyed map, which
    // serde_json always accepts; Null is unreachable.
    serde_json::to_value(summary(rubric, outcome)).unwrap_or(serde_json::Value::Null)
}

/// The same summary as pretty-printed text, in a reading order: the
/// document's sections as listed in [`json_summary`], grades best first,
/// categories and items in rubric order.
pub fn json_summary_text(rubric: &Rubric, outcome: &Outcome) -> String {
    serde_json::to_string_pretty(&summary(rubric, outcome))
        .unwrap_or_else(|_| json_summary(rubric, outcome).to_string())
}

/// Each of the rubric's vetoes with `at_least` above 1 and the teacher's
/// records it matched (none is a count of 0).
fn veto_counts<'a>(
    rubric: &'a Rubric,
    t: &crate::engine::TeacherResult,
) -> IndexMap<&'a str, VetoCount> {
    let locale = rubric.locale.unwrap_or(crate::rubric::Locale::Zh);
    t.veto_tallies(rubric, locale)
        .into_iter()
        .map(|(v, records)| {
            let count = VetoCount {
                at_least: v.at_least,
                count: records.len(),
                records: records
                    .into_iter()
                    .map(|(at, detail)| CountedRecord { at, detail })
                    .collect(),
            };
            (v.id.as_str(), count)
        })
        .collect()
}

fn summary<'a>(rubric: &'a Rubric, outcome: &'a Outcome) -> Summary<'a> {
    let places = rubric.rounding.places;
    let mut grades: IndexMap<&str, u64> =
        rubric.grades.iter().map(|g| (g.name.as_str(), 0)).collect();
    let teachers = outcome
        .teachers
        .iter()
        .map(|t| {
            let grade = t
                .grade
                .and_then(|g| rubric.grades.get(g))
                .map(|g| g.name.as_str());
            if let Some(count) = grade.and_then(|g| grades.get_mut(g)) {
                *count += 1;
            }
            Teacher {
                key: &t.key,
                name: &t.name,
                school: t.school.as_deref(),
                total: fixed(t.total, places),
                unrounded_total: (rubric.rounding.at == RoundAt::Total).then(|| {
                    let exact: rust_decimal::Decimal = rubric
                        .top_categories()
                        .filter_map(|c| t.categories.get(c))
                        .sum();
                    fixed(exact, places)
                }),
                grade,
                graded_by: match t.grade_basis {
                    GradeBasis::Band => "band",
                    GradeBasis::Veto(_) => "veto",
                    GradeBasis::Quota => "quota",
                },
                vetoes: t
                    .vetoes
                    .iter()
                    .filter_map(|v| rubric.vetoes.get(v.veto))
                    .map(|v| v.id.as_str())
                    .collect(),
                veto_counts: veto_counts(rubric, t),
                categories: rubric
                    .categories
                    .iter()
                    .zip(&t.categories)
                    .map(|(c, s)| (c.id.as_str(), fixed(*s, places)))
                    .collect(),
                items: rubric
                    .items
                    .iter()
                    .zip(&t.items)
                    .map(|(i, r)| (i.id.as_str(), fixed(r.score, places)))
                    .collect(),
                rank: t.quota.as_ref().map(super::quota_basis::rank_text),
                ranked_of: t
                    .quota
                    .as_ref()
                    .and_then(|p| outcome.quotas.get(p.scope))
                    .map(|s| s.counted),
                grade_basis: rubric.quota.as_ref().map(|_| {
                    let locale = rubric.locale.unwrap_or(crate::rubric::Locale::Zh);
                    super::quota_basis::grade_basis(rubric, outcome, t, locale)
                }),
                adjustments: t
                    .adjustments
                    .iter()
                    .filter_map(|a| {
                        Some(Adjusted {
                            id: rubric.adjustments.get(a.adjust)?.id.as_str(),
                            category: rubric.categories.get(a.category)?.id.as_str(),
                            before: fixed(a.before, places),
                            after: fixed(a.after, places),
                        })
                    })
                    .collect(),
                pay: t
                    .pay
                    .as_ref()
                    .map(|line| fixed(line.amount, super::pay_basis::unit_places(rubric))),
                pay_basis: t.pay.as_ref().map(|_| {
                    let locale = rubric.locale.unwrap_or(crate::rubric::Locale::Zh);
                    let basis = super::pay_basis::pay_basis(rubric, outcome, t);
                    basis.get(locale).to_string()
                }),
            }
        })
        .collect();
    let pay = rubric.pay.as_ref().zip(outcome.pay.as_ref()).map(|(p, o)| {
        let unit = super::pay_basis::unit_places(rubric);
        PayInfo {
            method: match p.method {
                crate::rubric::PayMethod::Share => "share",
                crate::rubric::PayMethod::ShareAbove(_) => "share_above",
                crate::rubric::PayMethod::Coefficient(_) => "coefficient",
                crate::rubric::PayMethod::Fixed(_) => "fixed",
            },
            unit: p.unit.normalize().to_string(),
            pools: o
                .pools
                .iter()
                .map(|pool| PoolInfo {
                    group: pool.group.as_deref(),
                    pool: pool.pool.map(|v| fixed(v, unit)),
                    paid: fixed(pool.paid, unit),
                    teachers: pool.teachers,
                    rate: pool.rate.map(|r| r.normalize().to_string()),
                })
                .collect(),
        }
    });
    let appeals = outcome.appeals.as_ref().map(|lines| {
        lines
            .iter()
            .map(|line| {
                let a = &line.appeal;
                AppealInfo {
                    key: &a.key,
                    item: &rubric.items[line.item].id,
                    appealed: &a.appealed,
                    reason: &a.reason,
                    status: a.status,
                    before: fixed(line.before, places),
                    after: fixed(line.after, places),
                    decided_by: &a.who,
                    date: &a.date,
                    attachment: a.attachment.as_deref(),
                    origin: &a.origin,
                }
            })
            .collect()
    });
    Summary {
        pay,
        appeals,
        rubric: RubricInfo {
            name: &rubric.name,
            full_marks: fixed(rubric.full_marks, places),
            sha256: &outcome.run.rubric.sha256,
            rounded_at: match rubric.rounding.at {
                RoundAt::Items => None,
                RoundAt::Categories => Some("categories"),
                RoundAt::Total => Some("total"),
            },
            parents: rubric
                .categories
                .iter()
                .filter_map(|c| {
                    let parent = rubric.categories.get(c.parent?)?;
                    Some((c.id.as_str(), parent.id.as_str()))
                })
                .collect(),
        },
        period: outcome.run.period,
        teachers,
        grades,
        sources: &outcome.run.sources,
        inputs: outcome.run.inputs.iter().map(|i| &i.file).collect(),
        warnings: &outcome.run.warnings,
        skipped_records: outcome
            .skipped
            .iter()
            .map(|s| Skipped {
                place: &s.place,
                // The same language as `grade_basis`.
                problem: s
                    .problem
                    .get(rubric.locale.unwrap_or(crate::rubric::Locale::Zh)),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;
    use serde_json::json;

    #[test]
    fn summary_has_exact_scores_in_rubric_order() {
        let v = json_summary(&fixture::rubric(), &fixture::outcome());
        assert_eq!(v["rubric"]["full_marks"], "47.00");
        assert_eq!(v["rubric"]["sha256"], "a".repeat(64));
        assert_eq!(
            v["period"],
            json!({"from": "2022-03-01", "to": "2022-03-31"})
        );
        let zhang = &v["teachers"][0];
        assert_eq!(zhang["key"], "00123");
        assert_eq!(zhang["total"], "32.88");
        assert_eq!(zhang["grade"], "不合格");
        assert_eq!(zhang["graded_by"], "veto");
        assert_eq!(zhang["vetoes"], json!(["ethics"]));
        assert_eq!(zhang["items"]["workload"], "18.88");
        assert_eq!(zhang["categories"]["teaching"], "28.38");
        let li = &v["teachers"][1];
        assert_eq!(li["school"], serde_json::Value::Null);
        assert_eq!(li["graded_by"], "band");
        assert_eq!(v["grades"], json!({"优秀": 0, "合格": 1, "不合格": 1}));
        assert_eq!(v["inputs"][1]["path"], "说明.txt");
        assert_eq!(v["sources"][0]["outside_period"], 2);
        assert_eq!(v["warnings"], json!([]));
    }

    #[test]
    fn warnings_have_a_stable_code_and_an_english_message() {
        let mut outcome = fixture::outcome();
        outcome
            .run
            .warnings
            .push(crate::engine::Warning::HiddenRows {
                source: "attendance".into(),
                named: crate::i18n::Text::same("attendance"),
                file: "a.xlsx".into(),
                sheet: "考勤".into(),
                records: 2,
            });
        let v = json_summary(&fixture::rubric(), &outcome);
        assert_eq!(v["warnings"][0]["code"], "hidden_rows");
        assert_eq!(v["warnings"][0]["source"], "attendance");
        assert!(v["warnings"][0]["message"]
            .as_str()
            .unwrap()
            .starts_with("source attendance, a.xlsx, 考勤: 2 records are in hidden"));
    }

    #[test]
    fn text_keeps_rubric_order_and_parses_to_the_value() {
        let (rubric, outcome) = (fixture::rubric(), fixture::outcome());
        let text = json_summary_text(&rubric, &outcome);
        let pos = |needle: &str| text.find(needle).unwrap_or_else(|| panic!("{needle}"));
        assert!(pos("\"rubric\"") < pos("\"period\""));
        let grades = &text[pos("\"grades\"")..];
        let order: Vec<usize> = ["\"优秀\"", "\"合格\"", "\"不合格\""]
            .iter()
            .map(|g| grades.find(g).unwrap_or_else(|| panic!("{g}")))
            .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{grades}");
        assert!(pos("\"attend\"") < pos("\"teaching\""));
        let parsed: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(parsed, json_summary(&rubric, &outcome));
    }
}
