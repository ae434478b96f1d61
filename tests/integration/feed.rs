//! The engine takes records, not files: a scorer fed the rows of each
//! source (the roster first) gives what scoring the same rows from files
//! gives, to the evidence line, and the same refusal for a bad cell.

use std::path::Path;

use kaohe::engine::{self, Outcome, RunConfig, ScoreError, Scorer};
use kaohe::input;
use kaohe::rubric::LoadedRubric;

use crate::support::{root, sheet};

const RUBRIC: &str = r#"
[rubric]
name = "fed"
[roster]
source = "roster"
key = "id"
name = "name"
[sources.roster]
files = "roster*"
[sources.roster.fields]
id = { headers = ["工号"], type = "key" }
name = { headers = ["姓名"], type = "text" }
[sources.events]
files = "events*"
teacher = "id"
date = "day"
[sources.events.fields]
id = { headers = ["工号"], type = "key" }
day = { headers = ["日期"], type = "date" }
kind = { headers = ["类别"], type = "enum", values = ["缺交", "迟交"] }
[[category]]
id = "c"
name = "常规"
max = 10
[[item]]
id = "i"
name = "作业"
category = "c"
max = 10
[[item.rule]]
kind = "deduct"
source = "events"
when = 'kind == "缺交"'
points = 2
[[item.rule]]
kind = "deduct"
source = "events"
when = 'kind == "迟交"'
points = 0.5
[[grade]]
name = "合格"
"#;

const ROSTER: &str = "工号,姓名\n1001,张三\n1002,李四\n1003,王五\n";

fn rows(csv_text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv_text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// Scores `files` (name, rows) by feeding them, each to the source whose
/// patterns match its name, the roster first.
fn fed(
    loaded: &LoadedRubric,
    files: &[(&str, Vec<Vec<String>>)],
    config: &RunConfig,
) -> Result<Outcome, ScoreError> {
    let rubric = &loaded.rubric;
    let mut scorer = Scorer::new(loaded, config);
    let options = scorer.config().read_options();
    let source_of = |name: &str| {
        rubric
            .sources
            .iter()
            .position(|s| s.matcher.is_match(name))
            .unwrap_or_else(|| panic!("no source reads {name}"))
    };
    let mut order: Vec<&(&str, Vec<Vec<String>>)> = files.iter().collect();
    order.sort_by_key(|(name, _)| source_of(name) != rubric.roster.source);
    for (name, table) in order {
        let s = source_of(name);
        let mut problems = Vec::new();
        input::read(
            input::Origin::Rows {
                display: name,
                rows: table,
            },
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

/// Scores the same files written to a folder, as `kaohe score` does.
fn from_files(
    loaded: &LoadedRubric,
    files: &[(&str, &str)],
    config: &RunConfig,
) -> Result<Outcome, ScoreError> {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let mut inputs = engine::gather(&[dir.path().to_path_buf()]).unwrap();
    // Named as in the folder, as the fed tables are.
    for input in &mut inputs {
        input.display = input
            .path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
    }
    engine::score(loaded, &inputs, config)
}

fn loaded(dir: &Path) -> LoadedRubric {
    let path = dir.join("rubric.toml");
    std::fs::write(&path, RUBRIC).unwrap();
    kaohe::rubric::load(&path).unwrap()
}

#[test]
fn fed_rows_score_as_the_same_rows_read_from_files() {
    let dir = tempfile::tempdir().unwrap();
    let loaded = loaded(dir.path());
    let events = "工号,日期,类别\n1001,2022-03-01,缺交\n1001,2022-03-02,迟交\n1002,2022-03-03,缺交\n1003,2022-04-09,缺交\n";
    let config = RunConfig {
        period: Some(engine::Period {
            from: "2022-03-01".parse().unwrap(),
            to: "2022-03-31".parse().unwrap(),
        }),
        allow_outside_period: true,
        ..RunConfig::default()
    };
    let files = [("roster.csv", ROSTER), ("events.csv", events)];
    let expected = from_files(&loaded, &files, &config).unwrap();
    let tables: Vec<(&str, Vec<Vec<String>>)> = files
        .iter()
        .map(|(name, text)| (*name, rows(text)))
        .collect();
    let got = fed(&loaded, &tables, &config).unwrap();
    let json = |o: &Outcome| serde_json::to_string_pretty(&o.teachers).unwrap();
    assert_eq!(json(&got), json(&expected));
    assert!(
        json(&got).contains("events.csv"),
        "evidence names its table"
    );
    // 1001: 10 − 2 − 0.5; 1002: 10 − 2; 1003's record is outside the period.
    let totals: Vec<String> = got.teachers.iter().map(|t| t.total.to_string()).collect();
    assert_eq!(totals, ["7.5", "8", "10"]);
    let counts = |o: &Outcome| serde_json::to_string(&o.run.sources).unwrap();
    assert_eq!(
        counts(&got),
        counts(&expected),
        "the same counts per source"
    );
}

#[test]
fn a_bad_cell_fed_is_refused_as_from_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let loaded = loaded(dir.path());
    let events = "工号,日期,类别\n1001,2022-03-01,请假\n";
    let files = [("roster.csv", ROSTER), ("events.csv", events)];
    let config = RunConfig::default();
    let tables: Vec<(&str, Vec<Vec<String>>)> = files
        .iter()
        .map(|(name, text)| (*name, rows(text)))
        .collect();
    let (Err(ScoreError::Data(got)), Err(ScoreError::Data(expected))) = (
        fed(&loaded, &tables, &config),
        from_files(&loaded, &files, &config),
    ) else {
        panic!("both should refuse the cell");
    };
    let said = |p: &[engine::Problem]| p.iter().map(|p| p.to_string()).collect::<Vec<_>>();
    assert_eq!(said(&got), said(&expected));
    assert!(
        said(&got)[0].contains("events.csv, cell C2"),
        "{:?}",
        said(&got)
    );
}

/// A real example, its spreadsheet roster and CSV exports handed over as
/// rows: every teacher's items and total as `kaohe score` gives them.
#[test]
fn the_daily_times_example_fed_as_rows_scores_as_read_from_its_files() {
    let example = root().join("examples/fangan7-daily-times");
    let loaded = kaohe::rubric::load(&root().join("rubrics/fangan7-daily-times.toml")).unwrap();
    let config = RunConfig {
        period: Some(engine::Period {
            from: "2022-04-01".parse().unwrap(),
            to: "2022-04-30".parse().unwrap(),
        }),
        ..RunConfig::default()
    };
    let mut tables = Vec::new();
    for entry in std::fs::read_dir(&example).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        let table = match path.extension().and_then(|e| e.to_str()) {
            Some("csv") => rows(
                std::fs::read_to_string(&path)
                    .unwrap()
                    .trim_start_matches('\u{feff}'),
            ),
            Some("xlsx") => sheet(&path, "教师名册"),
            _ => continue,
        };
        tables.push((name, table));
    }
    tables.sort();
    let tables: Vec<(&str, Vec<Vec<String>>)> = tables
        .iter()
        .map(|(n, t)| (n.as_str(), t.clone()))
        .collect();
    let got = fed(&loaded, &tables, &config).unwrap();
    let inputs = engine::gather(&[example]).unwrap();
    let expected = engine::score(&loaded, &inputs, &config).unwrap();
    let scores = |o: &Outcome| -> Vec<String> {
        o.teachers
            .iter()
            .map(|t| {
                let items: Vec<String> = t.items.iter().map(|i| i.score.to_string()).collect();
                format!("{} {} {:?} [{}]", t.key, t.total, t.grade, items.join(" "))
            })
            .collect()
    };
    assert_eq!(scores(&got).len(), scores(&expected).len());
    assert_eq!(scores(&got), scores(&expected));
}
