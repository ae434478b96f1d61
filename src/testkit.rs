//! Test support shared by the library's unit tests: the rubric head most
//! of them start from, and a way to score a rubric written inline over CSV
//! files written to a scratch folder.

use std::path::PathBuf;

use crate::engine::{gather, score, Outcome, RunConfig, ScoreError};
use crate::rubric::{compile, LoadedRubric};

/// The roster and a rule-less rubric head every test shares: teachers with
/// a 学校 and a 角色.
pub const HEAD: &str = r#"
[rubric]
name = "t"
rounding = { places = 2 }

[roster]
source = "roster"
key = "id"
name = "name"
school = "school"

[sources.roster]
files = "roster.csv"
[sources.roster.fields]
id = { headers = ["工号"], type = "key" }
name = { headers = ["姓名"], type = "text" }
school = { headers = ["学校"], type = "text" }
role = { headers = ["角色"], type = "text", required = false }

[sources.events]
files = "events.csv"
teacher = "id"
[sources.events.fields]
id = { headers = ["工号"], type = "key" }
kind = { headers = ["类别"], type = "text" }
points = { headers = ["分数"], type = "decimal", required = false }
"#;

/// Scores `HEAD + body` over `roster.csv` and `events.csv`.
pub fn run(body: &str, roster: &str, events: &str) -> Result<Outcome, ScoreError> {
    run_text(format!("{HEAD}{body}"), roster, events)
}

/// [`ok`] with the head's `rounding = { places = 2 }` replaced by `rounding`.
pub fn ok_rounded(rounding: &str, body: &str, roster: &str, events: &str) -> Outcome {
    let head = HEAD.replace("rounding = { places = 2 }", rounding);
    match run_text(format!("{head}{body}"), roster, events) {
        Ok(o) => o,
        Err(e) => panic!("{e}"),
    }
}

/// Scores a whole rubric text over `roster.csv` and `events.csv`.
fn run_text(text: String, roster: &str, events: &str) -> Result<Outcome, ScoreError> {
    score_csv(
        &text,
        &[("roster.csv", roster), ("events.csv", events)],
        &RunConfig::default(),
    )
}

/// Scores a whole rubric text under `config` over CSV files, each
/// `(name, contents)`, written to a scratch folder; a rubric that does not
/// compile fails the test.
pub fn score_csv(
    text: &str,
    files: &[(&str, &str)],
    config: &RunConfig,
) -> Result<Outcome, ScoreError> {
    let rubric = match compile("t.toml", text) {
        Ok(r) => r,
        Err(e) => panic!("{e}"),
    };
    let dir = tempfile::tempdir().unwrap();
    for (name, contents) in files {
        std::fs::write(dir.path().join(name), contents).unwrap();
    }
    let files = gather(&[PathBuf::from(dir.path())]).unwrap();
    let loaded = LoadedRubric {
        rubric,
        path: "t.toml".into(),
        bytes: text.as_bytes().to_vec(),
    };
    score(&loaded, &files, config)
}

/// The start of a test rubric: `[rubric]` named "t" with `settings` (whole
/// lines: a rounding, a locale, tables) under it, then the roster, read
/// from `files`, keyed by 工号 and named by 姓名, with `fields` (whole lines
/// of `[sources.roster.fields]`) after those two.
pub fn roster_head(settings: &str, files: &str, fields: &str) -> String {
    format!(
        r#"[rubric]
name = "t"
{settings}[roster]
source = "roster"
key = "id"
name = "name"
[sources.roster]
files = "{files}"
[sources.roster.fields]
id = {{ headers = ["工号"], type = "key" }}
name = {{ headers = ["姓名"], type = "text" }}
{fields}"#
    )
}

/// One category `c` holding one item `i`, both worth `max`: the item's
/// `[[item.rule]]` tables follow.
pub fn one_item(max: u32) -> String {
    format!(
        r#"[[category]]
id = "c"
name = "c"
max = {max}
[[item]]
id = "i"
name = "i"
category = "c"
max = {max}
"#
    )
}

/// The outcome, or the test fails with the run's problems.
pub fn ok(body: &str, roster: &str, events: &str) -> Outcome {
    match run(body, roster, events) {
        Ok(o) => o,
        Err(ScoreError::Data(problems)) => panic!(
            "{}",
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        ),
        Err(e) => panic!("{e}"),
    }
}

/// A decimal from text.
pub fn d(s: &str) -> rust_decimal::Decimal {
    s.parse().unwrap()
}

// --- rubric: heads for the compiler's own tests

/// A head whose second source is raters' scores (an enum `rater`, a decimal
/// `score`) with one category, for weighted rules, adjustments and quotas.
pub const RATINGS_HEAD: &str = r#"[rubric]
name = "t"

[roster]
source = "roster"
key = "id"
name = "name"

[sources.roster]
files = "roster.csv"
[sources.roster.fields]
id = { headers = ["工号"], type = "key" }
name = { headers = ["姓名"], type = "text" }
role = { headers = ["角色"], type = "text" }

[sources.ratings]
files = "ratings.csv"
teacher = "id"
[sources.ratings.fields]
id = { headers = ["工号"], type = "key" }
rater = { headers = ["评价方"], type = "enum", values = ["学生", "自评", "互评", "考核小组"] }
score = { headers = ["分数"], type = "decimal" }

[[category]]
id = "ethics"
name = "师德"
max = 100
"#;

/// A Chinese-locale head with a source of every field type, a ratings
/// source and a lookup table, so that one rubric can reach every diagnostic.
pub const EVERY_SHAPE_HEAD: &str = r#"[rubric]
name = "t"
locale = "zh"

[roster]
source = "roster"
key = "id"
name = "name"

[sources.roster]
files = "roster.csv"
[sources.roster.fields]
id = { headers = ["工号"], type = "key" }
name = { headers = ["姓名"], type = "text" }
role = { headers = ["角色"], type = "text" }
subject = { headers = ["学科"], type = "text" }

[sources.attendance]
files = "attendance*.csv"
teacher = "id"
date = "date"
[sources.attendance.fields]
id = { headers = ["工号"], type = "key" }
date = { headers = ["日期"], type = "date" }
at = { headers = ["时间"], type = "datetime" }
status = { headers = ["状态"], type = "enum", values = ["正常", "迟到", "缺课", "请假"] }
minutes = { headers = ["时长"], type = "integer" }
note = { headers = ["备注"], type = "text" }
ok = { headers = ["合格"], type = "boolean" }

[sources.ratings]
files = "ratings.csv"
teacher = "id"
[sources.ratings.fields]
id = { headers = ["工号"], type = "key" }
rater = { headers = ["评价方"], type = "enum", values = ["学生", "自评"] }
score = { headers = ["分数"], type = "decimal" }

[tables.hours]
keys = ["subject"]
row = [{ key = ["语文"], value = 6 }, { key = ["数学"], value = 5 }]

[[category]]
id = "teaching"
name = "授课"
max = 20

[[item]]
id = "absence"
name = "缺课"
category = "teaching"
max = 10
[[item.rule]]
kind = "deduct"
source = "attendance"
when = 'status == "缺课"'
points = 1

[[item]]
id = "ethics"
name = "师德"
category = "teaching"
max = 10
[[item.rule]]
kind = "weighted"
source = "ratings"
by = "rater"
value = "score"
weights = { "学生" = 60, "自评" = 40 }

[[grade]]
name = "合格"
min = 12
[[grade]]
name = "不合格"
"#;

/// A rubric's refusals, each as (line, the text its caret underlines, its
/// English message); panics when the rubric compiles.
pub fn refusals(text: &str) -> Vec<(usize, String, String)> {
    match crate::rubric::compile("r.toml", text) {
        Ok(_) => panic!("compiled: {text}"),
        Err(crate::rubric::RubricError::Invalid(ds)) => ds
            .into_iter()
            .map(|d| {
                let under: String = d
                    .line_text
                    .chars()
                    .skip(d.column - 1)
                    .take(d.width)
                    .collect();
                (d.line, under, d.message.en)
            })
            .collect(),
        Err(e) => panic!("{e:?}"),
    }
}
