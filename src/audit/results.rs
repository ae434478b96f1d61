//! Scored results in a neutral form — per teacher: total, grade, item
//! scores and the points each rule contributed — built from a fresh run,
//! read back from a scored workbook (汇总, 明细, 运行信息) or from the JSON
//! of `kaohe score --json`. `diff` and `rollup` compare and combine these,
//! whatever they were made from.

use std::path::Path;

use calamine::{open_workbook_auto, Data, Range, Reader};
use indexmap::IndexMap;
use rust_decimal::Decimal;

use crate::engine::{FileDigest, GradeBasis, Outcome, Period};
use crate::i18n::{audit as msg, Localize, Text};
use crate::provenance::display_path;
use crate::report::{labels, Labels};
use crate::rubric::{Locale, Rubric};

/// One set of results.
#[derive(Debug, Clone)]
pub struct ResultSet {
    /// Where they came from, for messages and headings.
    pub origin: String,
    /// The period scored, when known.
    pub period: Option<Period>,
    /// The items, in column order: id when known, and name.
    pub items: Vec<ItemHead>,
    /// The teachers, in roster order.
    pub teachers: Vec<TeacherScores>,
    /// The rubric's SHA-256, when recorded.
    pub rubric_sha256: Option<String>,
    /// The inputs and their SHA-256, when recorded.
    pub inputs: Vec<FileDigest>,
    /// Whether, and how, the results count the records of each veto with
    /// `at_least` above 1 ([`TeacherScores::veto_counts`]).
    pub veto_counts: VetoCounts,
}

/// How results carry the records a veto with `at_least` above 1 matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VetoCounts {
    /// Not at all: written before kaohe counted them, or a rubric without
    /// such a veto.
    Absent,
    /// Every teacher lists each such veto of the rubric, 0 included (JSON,
    /// a fresh run).
    Listed,
    /// One row per matched record (the workbook's 否决计次): a veto without
    /// rows matched none.
    Rows,
}

/// The records of one period a veto with `at_least` matched for a teacher.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VetoTally {
    /// How many.
    pub count: usize,
    /// Each record: where it is (`file:sheet:row`) and what it says.
    pub records: Vec<(String, String)>,
}

/// An item as results name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemHead {
    /// The rubric id, when the results carry it (not in a workbook).
    pub id: Option<String>,
    /// The name shown.
    pub name: String,
}

/// One teacher's scores.
#[derive(Debug, Clone)]
pub struct TeacherScores {
    /// The roster key.
    pub key: String,
    /// The name.
    pub name: String,
    /// The school, when the results carry one (a quota's scope in `rollup`).
    pub school: Option<String>,
    /// Category subtotals by category id (from JSON or a run) or name (from
    /// a workbook), for a quota's tie-breaks in `rollup`.
    pub categories: IndexMap<String, Decimal>,
    /// The total.
    pub total: Decimal,
    /// The grade's name.
    pub grade: Option<String>,
    /// Whether a veto forced the grade.
    pub vetoed: bool,
    /// The performance pay, when the results carry one (`[pay]`).
    pub pay: Option<Decimal>,
    /// Item scores, aligned with [`ResultSet::items`].
    pub items: Vec<Decimal>,
    /// Points per (item index, rule label), non-zero sums only; steps no
    /// rule made (caps, floor, rounding, overrides) under their kind's name.
    pub rules: IndexMap<(usize, String), Decimal>,
    /// Per veto id with `at_least` above 1: the records it matched in the
    /// period (see [`ResultSet::veto_counts`]).
    pub veto_counts: IndexMap<String, VetoTally>,
}

/// Why results could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ResultsError {
    /// The file could not be opened or parsed.
    #[error("{}", msg::results_unreadable(.file, .reason))]
    Open {
        /// The file.
        file: String,
        /// Why, in both languages.
        reason: Text,
    },
    /// The file is readable but not what kaohe writes.
    #[error("{}", msg::results_layout(.file, .reason))]
    Layout {
        /// The file.
        file: String,
        /// What is missing or unexpected, in both languages.
        reason: Text,
    },
}

impl Localize for ResultsError {
    fn localized(&self, locale: Locale) -> String {
        match self {
            ResultsError::Open { file, reason } => msg::results_unreadable(file, reason),
            ResultsError::Layout { file, reason } => msg::results_layout(file, reason),
        }
        .get(locale)
        .to_string()
    }
}

impl ResultSet {
    /// The results of a fresh run.
    pub fn from_outcome(rubric: &Rubric, outcome: &Outcome, locale: Locale) -> ResultSet {
        let l = labels(locale);
        let teachers = outcome
            .teachers
            .iter()
            .map(|t| {
                let mut rules: IndexMap<(usize, String), Decimal> = IndexMap::new();
                for (i, (item, result)) in rubric.items.iter().zip(&t.items).enumerate() {
                    for e in &result.evidence {
                        let label = match e.rule.and_then(|r| item.rules.get(r)) {
                            Some(rule) => rule.label.clone(),
                            None => l.evidence_kind(e.kind).to_string(),
                        };
                        // A rule's partial sums were checked as it was scored.
                        let sum = rules.entry((i, label)).or_default();
                        *sum = sum.saturating_add(e.points);
                    }
                }
                rules.retain(|_, p| !p.is_zero());
                TeacherScores {
                    key: t.key.clone(),
                    name: t.name.clone(),
                    school: t.school.clone(),
                    categories: rubric
                        .categories
                        .iter()
                        .zip(&t.categories)
                        .map(|(c, v)| (c.id.clone(), *v))
                        .collect(),
                    total: t.total,
                    grade: t
                        .grade
                        .and_then(|g| rubric.grades.get(g))
                        .map(|g| g.name.clone()),
                    vetoed: matches!(t.grade_basis, GradeBasis::Veto(_)),
                    pay: t.pay.as_ref().map(|p| p.amount),
                    items: t.items.iter().map(|r| r.score).collect(),
                    rules,
                    veto_counts: tallies(rubric, t, locale),
                }
            })
            .collect();
        ResultSet {
            origin: outcome.run.rubric.path.clone(),
            period: outcome.run.period,
            items: rubric
                .items
                .iter()
                .map(|i| ItemHead {
                    id: Some(i.id.clone()),
                    name: i.name.clone(),
                })
                .collect(),
            teachers,
            rubric_sha256: Some(outcome.run.rubric.sha256.clone()),
            inputs: outcome.run.inputs.iter().map(|i| i.file.clone()).collect(),
            veto_counts: if rubric.vetoes.iter().any(|v| v.at_least > 1) {
                VetoCounts::Listed
            } else {
                VetoCounts::Absent
            },
        }
    }

    /// The teacher with this key.
    pub fn teacher(&self, key: &str) -> Option<&TeacherScores> {
        self.teachers.iter().find(|t| t.key == key)
    }

    /// Reads a scored workbook written by `kaohe score` (either language):
    /// 汇总 for scores and grades, 明细 for each rule's points, 运行信息 for
    /// the period and the inputs' SHA-256.
    ///
    /// # Errors
    /// [`ResultsError`] when the file cannot be opened or lacks the sheets
    /// and headers kaohe writes.
    pub fn from_workbook(path: &Path) -> Result<ResultSet, ResultsError> {
        let file = display_path(path);
        let layout = |reason: Text| ResultsError::Layout {
            file: file.clone(),
            reason,
        };
        let mut book = open_workbook_auto(path).map_err(|e| ResultsError::Open {
            file: file.clone(),
            reason: msg::workbook_unreadable(e),
        })?;
        let names = book.sheet_names();
        let l: &Labels = [Locale::Zh, Locale::En]
            .into_iter()
            .map(labels)
            .find(|l| names.iter().any(|n| n == l.sheet_summary))
            .ok_or_else(|| layout(msg::not_scored_workbook(&super::list(&names))))?;
        let mut sheet = |name: &str| {
            book.worksheet_range(name)
                .map_err(|e| layout(msg::sheet_unreadable(name, e)))
        };
        let summary = sheet(l.sheet_summary)?;
        let evidence = sheet(l.sheet_evidence)?;
        let run = sheet(l.sheet_run)?;
        // 绩效工资, when the rubric had `[pay]`: key and amount by header.
        let locale = if l.sheet_summary == labels(Locale::Zh).sheet_summary {
            Locale::Zh
        } else {
            Locale::En
        };
        let pay_sheet = crate::i18n::report::sheet_pay().get(locale);
        let pay = if names.iter().any(|n| n == pay_sheet) {
            Some(sheet(pay_sheet)?)
        } else {
            None
        };
        let counts_sheet = crate::i18n::report::sheet_veto_counts().get(locale);
        let counts = if names.iter().any(|n| n == counts_sheet) {
            Some(sheet(counts_sheet)?)
        } else {
            None
        };

        // 汇总: spanning headers on row 2, item headers on row 3, data from row 4.
        const GROUP_ROW: u32 = 1;
        const HEAD_ROW: u32 = 2;
        let width = summary.end().map_or(0, |(_, c)| c + 1);
        let find =
            |prefix: &str| (0..width).find(|&c| text(&summary, GROUP_ROW, c).starts_with(prefix));
        let missing = |what: &str| layout(msg::sheet_column_missing(l.sheet_summary, what));
        let key_col = find(l.key).ok_or_else(|| missing(l.key))?;
        let name_col = find(l.name).ok_or_else(|| missing(l.name))?;
        let school_col = find(l.school).filter(|&c| c == name_col + 1);
        let first_item = match find(l.school) {
            Some(c) if c == name_col + 1 => c + 1,
            _ => name_col + 1,
        };
        let subtotals = find(l.subtotals).ok_or_else(|| missing(l.subtotals))?;
        let total_col = find(&format!("{} (", l.total)).ok_or_else(|| missing(l.total))?;
        let grade_col = find(l.grade).ok_or_else(|| missing(l.grade))?;
        let veto_col = find(l.veto_reasons).ok_or_else(|| missing(l.veto_reasons))?;
        let items: Vec<ItemHead> = (first_item..subtotals)
            .map(|c| ItemHead {
                id: None,
                name: strip_max(&text(&summary, HEAD_ROW, c)),
            })
            .collect();
        let last_row = summary.end().map_or(0, |(r, _)| r);
        let mut teachers = Vec::new();
        for r in HEAD_ROW + 1..=last_row {
            let key = text(&summary, r, key_col);
            if key.is_empty() {
                continue;
            }
            let number = |c: u32| {
                decimal(&summary, r, c).ok_or_else(|| {
                    layout(msg::sheet_cell_not_score(
                        l.sheet_summary,
                        crate::provenance::column_letters(c),
                        r + 1,
                    ))
                })
            };
            let grade = text(&summary, r, grade_col);
            teachers.push(TeacherScores {
                name: text(&summary, r, name_col),
                school: school_col
                    .map(|c| text(&summary, r, c))
                    .filter(|s| !s.is_empty()),
                // Only a quota's tie-breaks read these: a blank is left out
                // rather than failing `diff` on a workbook it could compare.
                categories: (subtotals..total_col)
                    .filter_map(|c| {
                        Some((
                            strip_max(&text(&summary, HEAD_ROW, c)),
                            decimal(&summary, r, c)?,
                        ))
                    })
                    .collect(),
                total: number(total_col)?,
                grade: (!grade.is_empty()).then_some(grade),
                vetoed: !text(&summary, r, veto_col).is_empty(),
                items: (first_item..subtotals)
                    .map(number)
                    .collect::<Result<_, _>>()?,
                rules: IndexMap::new(),
                veto_counts: IndexMap::new(),
                pay: None,
                key,
            });
        }

        // 明细: key, name, category, item, rule, kind, points, …
        let last_row = evidence.end().map_or(0, |(r, _)| r);
        for r in 1..=last_row {
            let key = text(&evidence, r, 0);
            let item = text(&evidence, r, 3);
            let Some(i) = items.iter().position(|h| h.name == item) else {
                continue;
            };
            let Some(t) = teachers.iter_mut().find(|t| t.key == key) else {
                continue;
            };
            let rule = text(&evidence, r, 4);
            let label = if rule.is_empty() {
                text(&evidence, r, 5)
            } else {
                rule
            };
            let points = decimal(&evidence, r, 6).unwrap_or_default();
            // Each point is bounded, and a sheet has at most 1048576 rows.
            let sum = t.rules.entry((i, label)).or_default();
            *sum = sum.saturating_add(points);
        }
        for t in &mut teachers {
            t.rules.retain(|_, p| !p.is_zero());
        }
        if let Some(pay) = &pay {
            let header = crate::i18n::report::pay_amount().get(locale);
            let width = pay.end().map_or(0, |(_, c)| c + 1);
            if let Some(c) = (0..width).find(|&c| text(pay, 0, c) == header) {
                let last_row = pay.end().map_or(0, |(r, _)| r);
                for r in 1..=last_row {
                    let key = text(pay, r, 0);
                    if let Some(t) = teachers.iter_mut().find(|t| t.key == key) {
                        t.pay = decimal(pay, r, c);
                    }
                }
            }
        }

        // 否决计次: key, name, veto, id, at least, count, file, sheet, row, detail.
        if let Some(counts) = &counts {
            let last_row = counts.end().map_or(0, |(r, _)| r);
            for r in 1..=last_row {
                let key = text(counts, r, 0);
                let id = text(counts, r, 3);
                let Some(t) = teachers.iter_mut().find(|t| t.key == key) else {
                    continue;
                };
                if id.is_empty() {
                    continue;
                }
                let (file, sheet_name, place) =
                    (text(counts, r, 6), text(counts, r, 7), text(counts, r, 8));
                let at = if sheet_name.is_empty() {
                    format!("{file}:{place}")
                } else {
                    format!("{file}:{sheet_name}:{place}")
                };
                let tally = t.veto_counts.entry(id).or_default();
                tally.count = tally.count.saturating_add(1);
                tally.records.push((at, text(counts, r, 9)));
            }
        }

        // 运行信息: facts on the first rows, then the inputs table.
        let mut rubric_sha256 = None;
        let mut period = None;
        let mut inputs: Vec<FileDigest> = Vec::new();
        let last_row = run.end().map_or(0, |(r, _)| r);
        let mut in_inputs = false;
        for r in 0..=last_row {
            let (a, b) = (text(&run, r, 0), text(&run, r, 1));
            if a == l.rubric_sha256 {
                rubric_sha256 = Some(b.clone());
            } else if a == l.period {
                period = parse_period(&b, l);
            }
            if a == l.file && b == l.sha256 {
                in_inputs = true;
                continue;
            }
            if in_inputs {
                if a.is_empty() {
                    in_inputs = false;
                } else if !inputs.iter().any(|f| f.path == a) {
                    inputs.push(FileDigest { path: a, sha256: b });
                }
            }
        }
        Ok(ResultSet {
            origin: file,
            period,
            items,
            teachers,
            rubric_sha256,
            inputs,
            veto_counts: if counts.is_some() {
                VetoCounts::Rows
            } else {
                VetoCounts::Absent
            },
        })
    }

    /// Reads the JSON printed by `kaohe score --json`.
    ///
    /// # Errors
    /// [`ResultsError`] when the text is not that JSON.
    pub fn from_json(origin: &str, text: &str) -> Result<ResultSet, ResultsError> {
        let layout = |reason: Text| ResultsError::Layout {
            file: origin.to_string(),
            reason,
        };
        let v: serde_json::Value = serde_json::from_str(text).map_err(|e| ResultsError::Open {
            file: origin.to_string(),
            reason: msg::not_json(e),
        })?;
        let teachers_json = v["teachers"]
            .as_array()
            .ok_or_else(|| layout(msg::no_teachers_list().text()))?;
        let mut items: Vec<ItemHead> = Vec::new();
        let mut teachers = Vec::new();
        let mut listed = 0;
        for t in teachers_json {
            let s = |k: &str| t[k].as_str().map(str::to_string);
            let key = s("key").ok_or_else(|| layout(msg::teacher_without_key().text()))?;
            let num = |x: &serde_json::Value, what: &str| {
                x.as_str()
                    .and_then(|s| s.parse::<Decimal>().ok())
                    .filter(is_score)
                    .ok_or_else(|| layout(msg::json_not_score(&key, what, SCORE_LIMIT)))
            };
            let mut scores = vec![Decimal::ZERO; items.len()];
            if let Some(map) = t["items"].as_object() {
                for (id, value) in map {
                    let i = match items.iter().position(|h| h.id.as_deref() == Some(id)) {
                        Some(i) => i,
                        None => {
                            items.push(ItemHead {
                                id: Some(id.clone()),
                                name: id.clone(),
                            });
                            scores.push(Decimal::ZERO);
                            items.len() - 1
                        }
                    };
                    scores[i] = num(value, id)?;
                }
            }
            let mut categories = IndexMap::new();
            if let Some(map) = t["categories"].as_object() {
                for (id, value) in map {
                    categories.insert(id.clone(), num(value, id)?);
                }
            }
            let mut veto_counts = IndexMap::new();
            if let Some(map) = t["veto_counts"].as_object() {
                listed += 1;
                for (id, v) in map {
                    let records: Vec<(String, String)> = v["records"]
                        .as_array()
                        .map(|a| {
                            a.iter()
                                .map(|r| {
                                    let s = |k: &str| r[k].as_str().unwrap_or_default().to_string();
                                    (s("at"), s("detail"))
                                })
                                .collect()
                        })
                        .unwrap_or_default();
                    let count = v["count"]
                        .as_u64()
                        .and_then(|c| usize::try_from(c).ok())
                        .ok_or_else(|| layout(msg::json_not_count(&key, id)))?;
                    veto_counts.insert(id.clone(), VetoTally { count, records });
                }
            }
            teachers.push(TeacherScores {
                name: s("name").unwrap_or_default(),
                school: s("school"),
                categories,
                total: num(&t["total"], "total")?,
                grade: s("grade"),
                pay: t["pay"].as_str().and_then(|p| p.parse().ok()),
                vetoed: t["graded_by"].as_str() == Some("veto"),
                items: scores,
                rules: IndexMap::new(),
                veto_counts,
                key,
            });
        }
        for t in &mut teachers {
            t.items.resize(items.len(), Decimal::ZERO);
        }
        let period = serde_json::from_value::<Option<PeriodJson>>(v["period"].clone())
            .ok()
            .flatten()
            .map(|p| Period {
                from: p.from,
                to: p.to,
            });
        let inputs = v["inputs"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|f| {
                        Some(FileDigest {
                            path: f["path"].as_str()?.to_string(),
                            sha256: f["sha256"].as_str()?.to_string(),
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        Ok(ResultSet {
            origin: origin.to_string(),
            period,
            items,
            teachers,
            rubric_sha256: v["rubric"]["sha256"].as_str().map(str::to_string),
            inputs,
            // Every teacher lists the counts, or the results do not carry them.
            veto_counts: if listed > 0 && listed == teachers_json.len() {
                VetoCounts::Listed
            } else {
                VetoCounts::Absent
            },
        })
    }

    /// Reads results from a file: `.json` as `kaohe score --json` output,
    /// anything else as a scored workbook.
    ///
    /// # Errors
    /// [`ResultsError`] as for [`ResultSet::from_workbook`] and [`ResultSet::from_json`].
    pub fn read(path: &Path) -> Result<ResultSet, ResultsError> {
        let is_json = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
        if is_json {
            let text = std::fs::read_to_string(path).map_err(|e| ResultsError::Open {
                file: display_path(path),
                reason: crate::input::io_reason(&e),
            })?;
            ResultSet::from_json(&display_path(path), &text)
        } else {
            ResultSet::from_workbook(path)
        }
    }
}

/// Each of the rubric's vetoes with `at_least` above 1 and the records of
/// the teacher's it matched in the run (none: a count of 0).
fn tallies(
    rubric: &Rubric,
    t: &crate::engine::TeacherResult,
    locale: Locale,
) -> IndexMap<String, VetoTally> {
    t.veto_tallies(rubric, locale)
        .into_iter()
        .map(|(v, records)| {
            let tally = VetoTally {
                count: records.len(),
                records,
            };
            (v.id.clone(), tally)
        })
        .collect()
}

#[derive(serde::Deserialize)]
struct PeriodJson {
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
}

/// `集体备课 (5)` → `集体备课`.
fn strip_max(header: &str) -> String {
    match header.rfind(" (") {
        Some(i) if header.ends_with(')') => header[..i].to_string(),
        _ => header.to_string(),
    }
}

fn parse_period(text: &str, l: &Labels) -> Option<Period> {
    let (from, to) = text.split_once(l.period_to)?;
    Some(Period {
        from: from.trim().parse().ok()?,
        to: to.trim().parse().ok()?,
    })
}

fn text(range: &Range<Data>, r: u32, c: u32) -> String {
    match range.get_value((r, c)) {
        Some(Data::String(s)) => s.trim().to_string(),
        Some(Data::Float(f)) => f.to_string(),
        Some(Data::Int(i)) => i.to_string(),
        _ => String::new(),
    }
}

/// The largest size of a score kaohe writes, and so reads back: a total
/// is at most the sum of a rubric's maxima, each at most
/// [`crate::rubric::NUM_LIMIT`]. Bounding what is read keeps every sum and
/// weighted mean `diff` and `rollup` make of results far inside a decimal.
pub const SCORE_LIMIT: i64 = 1_000_000_000_000_000;

/// Whether `d` can be a score kaohe wrote.
fn is_score(d: &Decimal) -> bool {
    d.abs() <= Decimal::from(SCORE_LIMIT)
}

/// A score cell: written from an exact decimal at a few places, so the
/// shortest text of the float is that decimal.
fn decimal(range: &Range<Data>, r: u32, c: u32) -> Option<Decimal> {
    let d = match range.get_value((r, c))? {
        Data::Float(f) if f.is_finite() => f.to_string().parse().ok(),
        Data::Int(i) => Some(Decimal::from(*i)),
        Data::String(s) => s.trim().parse().ok(),
        _ => None,
    };
    d.filter(is_score)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_headers_lose_their_maximum() {
        assert_eq!(strip_max("集体备课 (5)"), "集体备课");
        assert_eq!(strip_max("Plan (10)"), "Plan");
        assert_eq!(strip_max("无括号"), "无括号");
    }
}

#[cfg(test)]
mod error_tests {
    use super::*;

    #[test]
    fn every_results_error_speaks_both_languages() {
        let open = ResultsError::Open {
            file: "三月.json".into(),
            reason: msg::not_json("EOF"),
        };
        assert_eq!(
            open.localized(Locale::En),
            "三月.json: cannot be read: not JSON: EOF"
        );
        assert_eq!(
            open.localized(Locale::Zh),
            "三月.json：无法读取：不是 JSON 文件（EOF）"
        );
        let layout = ResultsError::Layout {
            file: "三月.xlsx".into(),
            reason: msg::sheet_column_missing("汇总", "工号"),
        };
        assert_eq!(layout.localized(Locale::En), layout.to_string());
        assert_eq!(
            layout.localized(Locale::Zh),
            "三月.xlsx：工作表 汇总：没有 `工号` 列"
        );
    }

    #[test]
    fn a_score_no_rubric_could_give_is_not_read_as_one() {
        let json = r#"{"teachers": [{"key": "0012", "total": "79228162514264337593543950335"}]}"#;
        let Err(e) = ResultSet::from_json("a.json", json) else {
            panic!("a 29-digit total was read");
        };
        assert_eq!(
            e.localized(Locale::Zh),
            "a.json：教师 0012：`total` 不是分数：应为以文字写的小数，大小不超过 1000000000000000"
        );
        let json = r#"{"teachers": [{"key": "0012", "total": "95.5"}]}"#;
        assert!(ResultSet::from_json("a.json", json).is_ok());
    }

    #[test]
    fn veto_counts_are_read_when_every_teacher_lists_them() {
        let json = r#"{"teachers": [
            {"key": "01", "total": "90", "veto_counts": {"v9": {"at_least": 2, "count": 1,
                "records": [{"at": "事件.xlsx:事件:6", "detail": "日期=2022-03-10"}]}}},
            {"key": "02", "total": "80", "veto_counts": {"v9": {"at_least": 2, "count": 0}}}
        ]}"#;
        let Ok(r) = ResultSet::from_json("a.json", json) else {
            panic!("not read");
        };
        assert_eq!(r.veto_counts, VetoCounts::Listed);
        let tally = &r.teachers[0].veto_counts["v9"];
        assert_eq!(tally.count, 1);
        assert_eq!(
            tally.records,
            vec![(
                "事件.xlsx:事件:6".to_string(),
                "日期=2022-03-10".to_string()
            )]
        );
        assert_eq!(r.teachers[1].veto_counts["v9"].count, 0);
        // An older version's output: no counts at all.
        let json = r#"{"teachers": [{"key": "01", "total": "90"}]}"#;
        let Ok(r) = ResultSet::from_json("a.json", json) else {
            panic!("not read");
        };
        assert_eq!(r.veto_counts, VetoCounts::Absent);
        let json = r#"{"teachers": [{"key": "01", "total": "90", "veto_counts": {"v9": {"count": "x"}}}]}"#;
        let Err(e) = ResultSet::from_json("a.json", json) else {
            panic!("a count that is not a number was read");
        };
        assert_eq!(
            e.localized(Locale::Zh),
            "a.json：教师 01：`veto_counts` 中一票否决 `v9` 的条数不是整数"
        );
    }

    #[test]
    fn a_file_that_is_not_json_is_refused_in_both_languages() {
        let Err(e) = ResultSet::from_json("a.json", "{") else {
            panic!("not JSON was read");
        };
        assert!(
            e.to_string()
                .starts_with("a.json: cannot be read: not JSON:"),
            "{e}"
        );
        assert!(e
            .localized(Locale::Zh)
            .starts_with("a.json：无法读取：不是 JSON 文件（"));
        let Err(e) = ResultSet::from_json("a.json", "{}") else {
            panic!("no teachers was read");
        };
        assert_eq!(
            e.localized(Locale::Zh),
            "a.json：没有 `teachers` 列表：不是 `kaohe score --json` 的输出"
        );
    }
}
