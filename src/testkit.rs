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
    let text = format!("{HEAD}{body}");
    let rubric = match compile("t.toml", &text) {
        Ok(r) => r,
        Err(e) => panic!("{e}"),
    };
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("roster.csv"), roster).unwrap();
    std::fs::write(dir.path().join("events.csv"), events).unwrap();
    let files = gather(&[PathBuf::from(dir.path())]).unwrap();
    let loaded = LoadedRubric {
        rubric,
        path: "t.toml".into(),
        bytes: text.into_bytes(),
    };
    score(&loaded, &files, &RunConfig::default())
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
