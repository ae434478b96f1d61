//! Rubric tests: worked examples kept beside a rubric
//! (`rubrics/NAME.tests.toml`), each a few inline records per source and the
//! item scores, total and grade expected per teacher. A case's records are
//! read as the rows of a CSV file named to match the source's file patterns
//! would be (`input::Origin::Rows`) and fed to the real engine's scorer, so
//! a test exercises exactly what a school runs, with no file in between. The rubric file itself is untouched by tests.
//!
//! ```toml
//! [records]                     # shared by every case; a case's own records for a source replace these
//! roster = [{ 工号 = "T01", 姓名 = "甲" }]
//!
//! [[test]]
//! name = "周计划缺交 costs 1 point each"
//! period = "2022-03"            # optional
//! records.events = [{ 工号 = "T01", 日期 = 2022-03-02, 类别 = "周计划缺交" }]
//! expect = [{ teacher = "T01", items = { weekly_plan = 9 }, total = 99, grade = "A" }]
//! ```
//!
//! Record keys are a field's name (`id`) or one of its header texts (`工号`).
//! Every rule and veto of the rubric must be exercised by some case: an
//! untested rule fails the run.

use std::collections::BTreeSet;
use std::ops::Range;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use indexmap::IndexMap;
use serde::Deserialize;
use toml::Spanned;

use super::overrides::find_item;
use crate::engine::{self, EvidenceKind, Outcome, Period, RunConfig};
use crate::i18n::{audit as msg, Locale, Localize, Text};
use crate::input::{self, io_reason};
use crate::provenance::display_path;
use crate::report::labels::labels;
use crate::rubric::file::Num;
use crate::rubric::{LoadedRubric, Rubric, Source};

/// Records per source id: each a table of field name or header → value.
type Records = IndexMap<String, Vec<IndexMap<String, toml::Value>>>;

/// The tests file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TestsFile {
    #[serde(default)]
    records: Records,
    #[serde(default)]
    test: Vec<CaseDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseDef {
    name: Spanned<String>,
    #[serde(default)]
    period: Option<String>,
    #[serde(default)]
    records: Records,
    #[serde(default)]
    expect: Vec<Expectation>,
    /// The run must fail with a message containing this text (in English or Chinese).
    #[serde(default)]
    expect_error: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expectation {
    teacher: String,
    #[serde(default)]
    items: IndexMap<String, Num>,
    /// Subtotals by category id, at any level (`online = 130`).
    #[serde(default)]
    categories: IndexMap<String, Num>,
    #[serde(default)]
    total: Option<Num>,
    #[serde(default)]
    grade: Option<String>,
    /// Veto ids expected to hit (in any order); `[]` means none.
    #[serde(default)]
    vetoes: Option<Vec<String>>,
    /// The performance pay expected, under `[pay]`.
    #[serde(default)]
    pay: Option<Num>,
}

/// Why tests could not run at all.
#[derive(Debug)]
pub enum TestError {
    /// The tests file cannot be read.
    Io {
        /// The file.
        path: String,
        /// Why, in both languages.
        reason: Text,
    },
    /// The tests file is not valid.
    Invalid {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// What is wrong, in both languages.
        message: Text,
    },
}

impl TestError {
    /// The whole error in both languages.
    pub fn text(&self) -> Text {
        match self {
            TestError::Io { path, reason } => msg::tests_unreadable(path, reason),
            TestError::Invalid {
                path,
                line,
                message,
            } => msg::tests_invalid_at(path, line, message),
        }
    }
}

crate::i18n::said_by_text!(TestError);

impl std::error::Error for TestError {}

/// The outcome of one case.
#[derive(Debug, Clone)]
pub struct CaseReport {
    /// The case's name.
    pub name: String,
    /// Its line in the tests file.
    pub line: usize,
    /// Each failed expectation, readable: expected, actual, the evidence.
    pub failures: Vec<Text>,
}

/// The outcome of a tests file.
#[derive(Debug, Clone)]
pub struct TestReport {
    /// The tests file.
    pub path: String,
    /// Every case, in file order.
    pub cases: Vec<CaseReport>,
    /// Rules and vetoes no case exercised.
    pub uncovered: Vec<Text>,
    /// How many rules and vetoes the rubric has.
    pub rules: usize,
}

impl TestReport {
    /// Whether every case passed and every rule was exercised.
    pub fn passed(&self) -> bool {
        self.cases.iter().all(|c| c.failures.is_empty()) && self.uncovered.is_empty()
    }

    /// The report for the terminal, in `locale`.
    pub fn render(&self, locale: Locale) -> String {
        // Both marks are six columns wide, so the names line up.
        let (ok, fail) = (
            msg::case_passed_mark().get(locale),
            msg::case_failed_mark().get(locale),
        );
        let mut out = String::new();
        for c in &self.cases {
            if c.failures.is_empty() {
                out.push_str(&format!("{ok}{}\n", c.name));
            } else {
                let at = msg::failed_case_at(&c.name, &self.path, c.line);
                out.push_str(&format!("{fail}{}\n", at.get(locale)));
                for f in &c.failures {
                    for (n, line) in f.get(locale).lines().enumerate() {
                        out.push_str(if n == 0 { "      - " } else { "        " });
                        out.push_str(line);
                        out.push('\n');
                    }
                }
            }
        }
        for u in &self.uncovered {
            let line = msg::not_exercised(u);
            out.push_str(&format!("{fail}{}\n", line.get(locale)));
        }
        let cases = self.cases.len();
        let failed = self.cases.iter().filter(|c| !c.failures.is_empty()).count();
        let passed = cases - failed;
        let rules = self.rules;
        let exercised = rules - self.uncovered.len();
        let summary = msg::tests_summary(cases, passed, failed, exercised, rules);
        out.push('\n');
        out.push_str(summary.get(locale));
        out.push('\n');
        out
    }
}

/// The tests file beside a rubric: `NAME.toml` → `NAME.tests.toml`.
pub fn tests_path(rubric: &Path) -> PathBuf {
    let stem = rubric
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    rubric.with_file_name(format!("{stem}.tests.toml"))
}

fn line_of(text: &str, span: &Range<usize>) -> usize {
    text[..span.start.min(text.len())].matches('\n').count() + 1
}

/// Runs every case of the tests file against the rubric.
///
/// # Errors
/// [`TestError`] when the tests file cannot be read, is not valid TOML of
/// this shape, or names a source or field the rubric lacks.
pub fn run_tests(loaded: &LoadedRubric, tests: &Path) -> Result<TestReport, TestError> {
    let path = display_path(tests);
    let text = std::fs::read_to_string(tests).map_err(|e| TestError::Io {
        path: path.clone(),
        reason: io_reason(&e),
    })?;
    let file: TestsFile = toml::from_str(&text).map_err(|e| {
        let message = e.message().trim().to_string();
        TestError::Invalid {
            path: path.clone(),
            line: e.span().map_or(1, |s| line_of(&text, &s)),
            // The TOML parser speaks English only; its words are kept.
            message: msg::tests_not_toml(message),
        }
    })?;
    let rubric = &loaded.rubric;
    let invalid = |line: usize, message: Text| TestError::Invalid {
        path: path.clone(),
        line,
        message,
    };
    if file.test.is_empty() {
        return Err(invalid(1, msg::no_test_cases().text()));
    }
    let mut covered: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut vetoes_hit: BTreeSet<usize> = BTreeSet::new();
    let mut cases = Vec::new();
    for case in &file.test {
        let line = line_of(&text, &case.name.span());
        let mut records = file.records.clone();
        for (source, rows) in &case.records {
            records.insert(source.clone(), rows.clone());
        }
        let period = match &case.period {
            Some(p) => {
                Some(parse_period(p).ok_or_else(|| invalid(line, msg::case_period_invalid(p)))?)
            }
            None => None,
        };
        let tables = tables(rubric, &records).map_err(|m| invalid(line, m))?;
        let result = score_tables(
            loaded,
            &tables,
            &RunConfig {
                period,
                ..RunConfig::default()
            },
        );
        let mut failures: Vec<Text> = Vec::new();
        match (result, &case.expect_error) {
            (Ok(outcome), None) => {
                for t in &outcome.teachers {
                    for (i, item) in t.items.iter().enumerate() {
                        for e in &item.evidence {
                            if let (Some(r), true) = (e.rule, exercises(e)) {
                                covered.insert((i, r));
                            }
                        }
                    }
                    vetoes_hit.extend(t.vetoes.iter().map(|v| v.veto));
                }
                for x in &case.expect {
                    failures.extend(check(rubric, &outcome, x));
                }
            }
            (Ok(_), Some(expected)) => {
                failures.push(msg::expected_failure_but_scored(expected));
            }
            (Err(e), Some(expected)) => {
                // The expected text may be written in either language.
                let message = render_error(&e);
                if !message.en.contains(expected.as_str())
                    && !message.zh.contains(expected.as_str())
                {
                    failures.push(msg::expected_other_error(expected, &message));
                }
            }
            (Err(e), None) => {
                let message = render_error(&e);
                failures.push(msg::run_failed(&message));
            }
        }
        cases.push(CaseReport {
            name: case.name.get_ref().clone(),
            line,
            failures,
        });
    }
    let mut uncovered = Vec::new();
    let mut rules = 0;
    for (i, item) in rubric.items.iter().enumerate() {
        for (r, rule) in item.rules.iter().enumerate() {
            rules += 1;
            if !covered.contains(&(i, r)) {
                uncovered.push(msg::uncovered_rule(&rule.label, &item.id, &item.name));
            }
        }
    }
    for (v, veto) in rubric.vetoes.iter().enumerate() {
        rules += 1;
        if !vetoes_hit.contains(&v) {
            uncovered.push(msg::uncovered_veto(&veto.id, &veto.name));
        }
    }
    Ok(TestReport {
        path,
        cases,
        uncovered,
        rules,
    })
}

/// Whether an evidence line shows its rule at work. Rules that score once
/// all records are read leave no per-record line: a window rule shows in a
/// window it found outside its limits, a weighted rule in a rater's line, a
/// relative rule in the teacher's line against the group, and a ratio rule
/// (one line per teacher) in a share some record matched.
fn exercises(e: &engine::Evidence) -> bool {
    match e.kind {
        EvidenceKind::Record
        | EvidenceKind::Exempt
        | EvidenceKind::Import
        | EvidenceKind::Window
        | EvidenceKind::Weighted
        | EvidenceKind::Rating
        | EvidenceKind::Relative => true,
        EvidenceKind::Ratio => !e.points.is_zero(),
        _ => false,
    }
}

/// A run's error in both languages, data problems one a line.
fn render_error(e: &engine::ScoreError) -> Text {
    let in_locale = |locale: Locale| match e {
        engine::ScoreError::Data(problems) => problems
            .iter()
            .map(|p| p.localized(locale))
            .collect::<Vec<_>>()
            .join("\n"),
        other => other.localized(locale),
    };
    Text {
        en: in_locale(Locale::En),
        zh: in_locale(Locale::Zh),
    }
}

/// `2022-03` or `2022-03-01..2022-03-15`.
fn parse_period(text: &str) -> Option<Period> {
    if let Some((a, b)) = text.split_once("..") {
        let from: NaiveDate = a.trim().parse().ok()?;
        let to: NaiveDate = b.trim().parse().ok()?;
        return (from <= to).then_some(Period { from, to });
    }
    let from = NaiveDate::parse_from_str(&format!("{}-01", text.trim()), "%Y-%m-%d").ok()?;
    let next = if from.month() == 12 {
        NaiveDate::from_ymd_opt(from.year() + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(from.year(), from.month() + 1, 1)?
    };
    Some(Period {
        from,
        to: next.pred_opt()?,
    })
}

/// The rows of one source's records, its header first, named as a file its
/// patterns match and no other source's do.
type Table = (String, Vec<Vec<String>>);

/// One table per source (every source gets one, a header only when the case
/// has no records for it).
fn tables(rubric: &Rubric, records: &Records) -> Result<Vec<Table>, Text> {
    for id in records.keys() {
        if rubric.source_index(id).is_none() {
            let ids: Vec<&str> = rubric.sources.iter().map(|s| s.id.as_str()).collect();
            return Err(msg::records_for_unknown_source(id, &super::list(&ids)));
        }
    }
    let mut tables = Vec::with_capacity(rubric.sources.len());
    for (s, source) in rubric.sources.iter().enumerate() {
        let name = file_name_for(rubric, s)?;
        let rows = records.get(&source.id).map(Vec::as_slice).unwrap_or(&[]);
        let header: Vec<String> = source
            .schema
            .fields
            .iter()
            .map(|f| f.headers.first().cloned().unwrap_or_else(|| f.name.clone()))
            .collect();
        let width = header.len();
        let mut table = vec![header];
        for (n, row) in rows.iter().enumerate() {
            let mut cells = vec![String::new(); width];
            for (k, v) in row {
                let slot = field_slot(source, k).ok_or_else(|| {
                    let fields = source.schema.field_names();
                    msg::record_key_unknown(n + 1, &source.id, k, &super::list(&fields))
                })?;
                cells[slot] = cell_text(v);
            }
            table.push(cells);
        }
        tables.push((name, table));
    }
    Ok(tables)
}

/// Feeds each source's table to a scorer, the roster first, as `kaohe
/// score` feeds the files of a folder.
fn score_tables(
    loaded: &LoadedRubric,
    tables: &[Table],
    config: &RunConfig,
) -> Result<Outcome, engine::ScoreError> {
    let rubric = &loaded.rubric;
    let mut scorer = engine::Scorer::new(loaded, config);
    let options = scorer.config().read_options();
    let roster = rubric.roster.source;
    let others = (0..rubric.sources.len()).filter(|&s| s != roster);
    for s in std::iter::once(roster).chain(others) {
        let (name, rows) = &tables[s];
        let mut problems = Vec::new();
        let origin = input::Origin::Rows {
            display: name,
            rows,
        };
        input::read(
            origin,
            input::Reading {
                schema: &rubric.sources[s].schema,
                options: &options,
                problems: &mut problems,
                sink: &mut |record| scorer.feed(s, record),
            },
        )?;
        scorer.cell_problems(problems);
    }
    scorer.finish()
}

fn field_slot(source: &Source, key: &str) -> Option<usize> {
    let fields = &source.schema.fields;
    fields.iter().position(|f| f.name == key).or_else(|| {
        fields
            .iter()
            .position(|f| f.headers.iter().any(|h| h == key))
    })
}

fn cell_text(v: &toml::Value) -> String {
    match v {
        toml::Value::String(s) => s.clone(),
        toml::Value::Integer(i) => i.to_string(),
        toml::Value::Float(f) => f.to_string(),
        toml::Value::Boolean(b) => if *b { "是" } else { "否" }.to_string(),
        toml::Value::Datetime(d) => d.to_string(),
        other => other.to_string(),
    }
}

/// A CSV file name that this source's patterns match and no other source's.
fn file_name_for(rubric: &Rubric, s: usize) -> Result<String, Text> {
    let source = &rubric.sources[s];
    let others = |name: &str| {
        rubric
            .sources
            .iter()
            .enumerate()
            .any(|(o, src)| o != s && src.matcher.is_match(name))
    };
    for pattern in &source.patterns {
        if pattern.contains(['[', '{']) {
            continue;
        }
        let mut name = pattern
            .replace("**/", "")
            .replace('*', "")
            .replace('?', "x");
        let lower = name.to_ascii_lowercase();
        for ext in [".xlsx", ".xlsm", ".xls", ".ods"] {
            if lower.ends_with(ext) {
                name.truncate(name.len() - ext.len());
            }
        }
        if !name.to_ascii_lowercase().ends_with(".csv") {
            name.push_str(".csv");
        }
        for candidate in [name.clone(), format!("{}-{name}", source.id)] {
            if source.matcher.is_match(&candidate) && !others(&candidate) {
                return Ok(candidate);
            }
        }
    }
    Err(msg::cannot_name_csv(
        &source.id,
        &super::list(&source.patterns),
    ))
}

/// What one expectation got wrong, in both languages: expected, actual, and
/// for an item the evidence behind its score.
fn check(rubric: &Rubric, outcome: &Outcome, x: &Expectation) -> Vec<Text> {
    let mut out = Vec::new();
    let Some(t) = outcome.teachers.iter().find(|t| t.key == x.teacher) else {
        let keys: Vec<&str> = outcome.teachers.iter().map(|t| t.key.as_str()).collect();
        return vec![msg::teacher_not_in_case_roster(
            &x.teacher,
            &super::list(&keys),
        )];
    };
    let who = format!("{} {}", t.key, t.name);
    for (named, expected) in &x.items {
        let i = match find_item(rubric, named) {
            Ok(i) => i,
            Err(m) => {
                out.push(m);
                continue;
            }
        };
        let item = &rubric.items[i];
        let actual = &t.items[i];
        if actual.score != expected.0 {
            let mut message = msg::item_score_mismatch(
                &who,
                &item.id,
                &item.name,
                expected.0.normalize(),
                actual.score.normalize(),
            );
            if actual.evidence.is_empty() {
                message = message.join("\n", "\n", &msg::no_evidence().text());
            }
            for e in &actual.evidence {
                let rule = e.rule.and_then(|r| item.rules.get(r));
                let label = |locale: Locale| {
                    rule.map_or_else(
                        || labels(locale).evidence_kind(e.kind).to_string(),
                        |r| r.label.clone(),
                    )
                };
                let at = e
                    .origin
                    .as_ref()
                    .map(|o| format!(" @ {o}"))
                    .unwrap_or_default();
                let label = Text {
                    en: label(Locale::En),
                    zh: label(Locale::Zh),
                };
                let detail = Text {
                    en: e.detail.get(Locale::En).to_string(),
                    zh: e.detail.get(Locale::Zh).to_string(),
                };
                let line = msg::evidence_line(e.points.normalize(), &label, at, &detail);
                let line = Text {
                    en: line.en.trim_end().to_string(),
                    zh: line.zh.trim_end().to_string(),
                };
                message = message.join("\n", "\n", &line);
            }
            out.push(message);
        }
    }
    for (named, expected) in &x.categories {
        let Some(c) = rubric.categories.iter().position(|c| &c.id == named) else {
            let ids: Vec<&str> = rubric.categories.iter().map(|c| c.id.as_str()).collect();
            out.push(msg::category_not_in_rubric(named, super::list(&ids)));
            continue;
        };
        let actual = t.categories.get(c).copied().unwrap_or_default();
        if actual != expected.0 {
            let category = &rubric.categories[c];
            out.push(msg::category_mismatch(
                &who,
                &category.id,
                &category.name,
                expected.0.normalize(),
                actual.normalize(),
            ));
        }
    }
    if let Some(total) = &x.total {
        if t.total != total.0 {
            out.push(msg::total_mismatch(
                &who,
                total.0.normalize(),
                t.total.normalize(),
            ));
        }
    }
    if let Some(pay) = &x.pay {
        let actual = t.pay.as_ref().map(|p| p.amount);
        if actual != Some(pay.0) {
            let actual = actual.map_or_else(|| "-".to_string(), |a| a.normalize().to_string());
            out.push(msg::pay_mismatch(&who, pay.0.normalize(), &actual));
        }
    }
    if let Some(grade) = &x.grade {
        let actual = t
            .grade
            .and_then(|g| rubric.grades.get(g))
            .map_or("-", |g| g.name.as_str());
        if actual != grade {
            out.push(msg::grade_mismatch(
                &who,
                grade,
                actual,
                t.total.normalize(),
            ));
        }
    }
    if let Some(vetoes) = &x.vetoes {
        let mut actual: Vec<&str> = t
            .vetoes
            .iter()
            .filter_map(|v| rubric.vetoes.get(v.veto))
            .map(|v| v.id.as_str())
            .collect();
        let mut expected: Vec<&str> = vetoes.iter().map(String::as_str).collect();
        actual.sort_unstable();
        expected.sort_unstable();
        if actual != expected {
            out.push(msg::vetoes_mismatch(
                &who,
                &super::list(&expected),
                &super::list(&actual),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_are_months_or_ranges() {
        let p = parse_period("2022-02").map(|p| (p.from.to_string(), p.to.to_string()));
        assert_eq!(p, Some(("2022-02-01".into(), "2022-02-28".into())));
        let r = parse_period("2022-03-01..2022-03-15").map(|p| p.to.to_string());
        assert_eq!(r, Some("2022-03-15".into()));
        assert!(parse_period("2022-03-15..2022-03-01").is_none());
    }

    /// A window rule and a weighted rule score after every record is read,
    /// so their evidence is a window line or a rater's line, never a record
    /// line: those must count as exercising the rule.
    #[test]
    fn window_and_weighted_rules_are_exercised_by_their_own_lines() {
        let head = crate::testkit::roster_head("rounding = { places = 2 }\n", "roster.csv", "");
        let text = &format!(
            r#"{head}[sources.plans]
files = "plans.csv"
teacher = "id"
date = "date"
[sources.plans.fields]
id = {{ headers = ["工号"], type = "key" }}
date = {{ headers = ["日期"], type = "date" }}
[sources.ratings]
files = "ratings.csv"
teacher = "id"
[sources.ratings.fields]
id = {{ headers = ["工号"], type = "key" }}
rater = {{ headers = ["评价方"], type = "enum", values = ["学生", "小组"] }}
score = {{ headers = ["分数"], type = "decimal" }}
[[category]]
id = "c"
name = "c"
max = 110
[[item]]
id = "plan"
name = "周计划"
category = "c"
max = 10
[[item.rule]]
kind = "window"
source = "plans"
window = "week"
at_least = 1
points = 1
[[item]]
id = "ethics"
name = "师德"
category = "c"
max = 100
[[item.rule]]
kind = "weighted"
source = "ratings"
by = "rater"
value = "score"
weights = {{ "学生" = 40, "小组" = 60 }}
"#
        );
        let tests = r#"
[records]
roster = [{ id = "T01", name = "甲" }]
ratings = [{ id = "T01", rater = "学生", score = 90 }, { id = "T01", rater = "小组", score = 80 }]
[[test]]
name = "a week without a plan"
period = "2022-03-07..2022-03-18"
records.plans = [{ id = "T01", date = 2022-03-08 }]
expect = [{ teacher = "T01", items = { plan = 9, ethics = 84 }, total = 93 }]
"#;
        let rubric = match crate::rubric::compile("t.toml", text) {
            Ok(r) => r,
            Err(e) => panic!("{e}"),
        };
        let loaded = LoadedRubric {
            rubric,
            path: "t.toml".into(),
            bytes: text.as_bytes().to_vec(),
        };
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.tests.toml");
        std::fs::write(&path, tests).unwrap();
        let report = run_tests(&loaded, &path).unwrap();
        assert!(report.passed(), "{}", report.render(Locale::En));
        assert_eq!(report.rules, 2);
        assert!(report.uncovered.is_empty(), "{:?}", report.uncovered);
    }

    /// A report with every kind of failure, rendered in each language: the
    /// marks, the failure details and the closing count all follow it.
    #[test]
    fn a_failing_report_speaks_the_language_asked_for() {
        let head = crate::testkit::roster_head("rounding = { places = 0 }\n", "roster.csv", "");
        let text = &format!(
            r#"{head}[sources.events]
files = "events.csv"
teacher = "id"
[sources.events.fields]
id = {{ headers = ["工号"], type = "key" }}
kind = {{ headers = ["类别"], type = "enum", values = ["缺交", "迟交", "事故"] }}
[[category]]
id = "c"
name = "常规"
max = 10
[[item]]
id = "plan"
name = "周计划"
category = "c"
max = 10
[[item.rule]]
label = "缺交"
kind = "deduct"
source = "events"
when = 'kind == "缺交"'
points = 6
[[item.rule]]
label = "迟交"
kind = "deduct"
source = "events"
when = 'kind == "迟交"'
points = 1
[[veto]]
id = "accident"
name = "教学事故"
source = "events"
when = 'kind == "事故"'
grade = "不合格"
[[grade]]
name = "合格"
min = 6
[[grade]]
name = "不合格"
"#
        );
        let tests = r#"
[records]
roster = [{ id = "T01", name = "甲" }]
[[test]]
name = "两次缺交"
records.events = [{ id = "T01", kind = "缺交" }, { id = "T01", kind = "缺交" }]
expect = [
  { teacher = "T01", items = { plan = 9 }, total = 9, grade = "合格", vetoes = ["accident"] },
  { teacher = "T09" },
]
[[test]]
name = "没有记录"
expect = [{ teacher = "T01", items = { "周计划" = 9 } }]
[[test]]
name = "应当失败"
expect_error = "名册"
[[test]]
name = "别的错误"
records.events = [{ id = "T01", kind = "请假" }]
expect_error = "名册"
[[test]]
name = "出错"
records.events = [{ id = "T01", kind = "请假" }]
[[test]]
name = "错误可用中文预期"
records.events = [{ id = "T01", kind = "请假" }]
expect_error = "不符合要求"
"#;
        let rubric = match crate::rubric::compile("t.toml", text) {
            Ok(r) => r,
            Err(e) => panic!("{e}"),
        };
        let loaded = LoadedRubric {
            rubric,
            path: "t.toml".into(),
            bytes: text.as_bytes().to_vec(),
        };
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.tests.toml");
        std::fs::write(&path, tests).unwrap();
        let report = run_tests(&loaded, &path).unwrap();
        assert!(!report.passed());
        let shown = display_path(&path);
        let en = report.render(Locale::En).replace(&shown, "t.tests.toml");
        let zh = report.render(Locale::Zh).replace(&shown, "t.tests.toml");
        assert_eq!(
            en,
            r#"FAIL  两次缺交 (t.tests.toml:5)
      - T01 甲: plan (周计划) expected 9, got 0
        evidence:     -6 缺交 @ events.csv:2 类别=缺交
        evidence:     -6 缺交 @ events.csv:3 类别=缺交
        evidence:      2 floor at 0
      - T01 甲: total expected 9, got 0
      - T01 甲: grade expected 合格, got 不合格 (total 0)
      - T01 甲: vetoes expected [accident], got []
      - teacher T09 is not in the case's roster (it has: T01)
FAIL  没有记录 (t.tests.toml:12)
      - T01 甲: plan (周计划) expected 9, got 10
        no evidence: no record matched a rule of this item
FAIL  应当失败 (t.tests.toml:15)
      - expected the run to fail with "名册", but it scored
FAIL  别的错误 (t.tests.toml:18)
      - expected an error containing "名册", got:
        events.csv, cell B2: 类别 (kind) value "请假" is not one of 缺交, 迟交, 事故
FAIL  出错 (t.tests.toml:22)
      - the run failed:
        events.csv, cell B2: 类别 (kind) value "请假" is not one of 缺交, 迟交, 事故
ok    错误可用中文预期
FAIL  no test exercises rule `迟交` of item plan (周计划)
FAIL  no test exercises veto accident (教学事故)

6 case(s): 1 passed, 5 failed; 1 of 3 rules and vetoes exercised
"#
        );
        assert_eq!(
            zh,
            r#"失败  两次缺交（t.tests.toml:5）
      - T01 甲：plan（周计划）应为 9，实际为 0
        明细：    -6 缺交 @ events.csv:2 类别=缺交
        明细：    -6 缺交 @ events.csv:3 类别=缺交
        明细：     2 扣完为止
      - T01 甲：总分应为 9，实际为 0
      - T01 甲：等级应为 合格，实际为 不合格（总分 0）
      - T01 甲：一票否决应为 [accident]，实际为 []
      - 教师 T09 不在该用例的名册中（名册中有：T01）
失败  没有记录（t.tests.toml:12）
      - T01 甲：plan（周计划）应为 9，实际为 10
        没有明细：没有记录符合该项目的任何规则
失败  应当失败（t.tests.toml:15）
      - 预期运行失败并提示"名册"，但它完成了评分
失败  别的错误（t.tests.toml:18）
      - 预期错误信息包含"名册"，实际为：
        events.csv，单元格 B2：类别 (kind) 的值"请假"不符合要求，应为以下之一：缺交、迟交、事故
失败  出错（t.tests.toml:22）
      - 运行失败：
        events.csv，单元格 B2：类别 (kind) 的值"请假"不符合要求，应为以下之一：缺交、迟交、事故
通过  错误可用中文预期
失败  没有测试用例覆盖考核项 plan（周计划）的规则 `迟交`
失败  没有测试用例覆盖一票否决 accident（教学事故）

共 6 个用例：1 个通过，5 个未通过；3 条规则和否决中有 1 条被测试覆盖
"#
        );
    }

    #[test]
    fn the_tests_file_sits_beside_the_rubric() {
        assert_eq!(
            tests_path(Path::new("rubrics/a.toml")),
            PathBuf::from("rubrics/a.tests.toml")
        );
    }
}

#[cfg(test)]
mod error_tests {
    use super::*;

    #[test]
    fn every_test_error_speaks_both_languages() {
        let io = TestError::Io {
            path: "r.tests.toml".into(),
            reason: crate::i18n::input::io_not_found("gone"),
        };
        assert_eq!(
            io.localized(Locale::En),
            "cannot read tests r.tests.toml: gone"
        );
        assert_eq!(
            io.localized(Locale::Zh),
            "无法读取测试文件 r.tests.toml：文件或文件夹不存在"
        );
        let invalid = TestError::Invalid {
            path: "r.tests.toml".into(),
            line: 1,
            message: msg::no_test_cases().text(),
        };
        assert_eq!(
            invalid.localized(Locale::En),
            "r.tests.toml:1: no [[test]] cases"
        );
        assert_eq!(
            invalid.localized(Locale::Zh),
            "r.tests.toml:1：没有任何 [[test]] 测试用例"
        );
    }
}
