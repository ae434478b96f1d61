//! The mistakes corpus (`tests/mistakes/`): the files and slips a new user
//! meets in a real month — a second download of the same file, a CSV saved
//! by Excel for Mac, the wrong month, a reworded header, a footer under the
//! roster — each a folder that states its command and what must come out:
//! the right score, or a located refusal with exit code ≠ 0. See
//! `tests/mistakes/README.md` for the format of `case.toml`.
//! `MISTAKES=overwrite` rewrites the pinned stderr from what the binary says:
//! review the diff.

use std::path::{Path, PathBuf};

use crate::support::{kaohe, root};

#[test]
fn every_mistake_scores_right_or_is_refused() {
    let corpus = root().join("tests/mistakes");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("case.toml").is_file())
        .collect();
    cases.sort();
    assert!(!cases.is_empty(), "the mistakes corpus is empty");
    let only = std::env::var("MISTAKE").ok();
    let overwrite = std::env::var("MISTAKES").is_ok_and(|v| v == "overwrite");
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy();
        if only.as_deref().is_some_and(|o| !name.contains(o)) {
            continue;
        }
        if let Err(why) = run_case(case, overwrite) {
            failures.push(format!("{}: {why}", case.display()));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

/// Copies a file or a folder (recursively) from `from` to `to`.
fn copy_tree(from: &Path, to: &Path) {
    if from.is_dir() {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let p = entry.unwrap().path();
            copy_tree(&p, &to.join(p.file_name().unwrap()));
        }
    } else {
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::copy(from, to)
            .unwrap_or_else(|e| panic!("copy {} → {}: {e}", from.display(), to.display()));
    }
}

fn strings(spec: &toml::Table, key: &str) -> Vec<String> {
    spec.get(key)
        .and_then(|a| a.as_array())
        .into_iter()
        .flatten()
        .filter_map(|s| s.as_str().map(String::from))
        .collect()
}

fn pairs(spec: &toml::Table, key: &str) -> Vec<(String, String)> {
    spec.get(key)
        .and_then(|a| a.as_array())
        .into_iter()
        .flatten()
        .map(|pair| {
            let pair = pair.as_array().expect("a pair is [from, to]");
            (
                pair[0].as_str().unwrap().to_owned(),
                pair[1].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// Lays out the scratch folder a case runs in: `copy` from the repository,
/// then the case folder's own files, then `duplicate` (a second download).
fn lay_out(case: &Path, spec: &toml::Table, dir: &Path) {
    for (from, to) in pairs(spec, "copy") {
        copy_tree(&root().join(from), &dir.join(to));
    }
    for entry in std::fs::read_dir(case).unwrap() {
        let p = entry.unwrap().path();
        if p.file_name().is_some_and(|n| n != "case.toml") {
            copy_tree(&p, &dir.join(p.file_name().unwrap()));
        }
    }
    for (from, to) in pairs(spec, "duplicate") {
        copy_tree(&dir.join(from), &dir.join(to));
    }
    for gone in strings(spec, "remove") {
        let p = dir.join(gone);
        if p.is_dir() {
            std::fs::remove_dir_all(p).unwrap();
        } else {
            std::fs::remove_file(p).unwrap();
        }
    }
}

struct Run {
    code: i32,
    stderr: String,
    stdout: String,
}

fn run_case(case: &Path, overwrite: bool) -> Result<(), String> {
    let text = std::fs::read_to_string(case.join("case.toml")).unwrap();
    let mut spec: toml::Table = toml::from_str(&text).map_err(|e| e.to_string())?;
    let args = strings(&spec, "args");
    if args.is_empty() {
        return Err("case.toml has no args".into());
    }
    let outputs = strings(&spec, "outputs");
    let run = |lang: &str| {
        let dir = tempfile::tempdir().unwrap();
        lay_out(case, &spec, dir.path());
        let out = kaohe()
            .current_dir(dir.path())
            .env("CI", "1")
            .arg("--lang")
            .arg(lang)
            .args(&args)
            .output()
            .unwrap();
        let missing: Vec<String> = outputs
            .iter()
            .filter(|o| !dir.path().join(o).exists())
            .cloned()
            .collect();
        let run = Run {
            code: out.status.code().unwrap_or(-1),
            stderr: String::from_utf8_lossy(&out.stderr).replace('\\', "/"),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        };
        (run, missing, dir)
    };
    let english = spec.contains_key("stderr_en").then(|| run("en").0);
    let (zh, missing, dir) = run("zh");
    if overwrite {
        spec.insert("code".into(), toml::Value::Integer(zh.code.into()));
        if spec.contains_key("stderr") {
            spec.insert("stderr".into(), toml::Value::String(zh.stderr.clone()));
        }
        if let Some(en) = english {
            spec.insert("stderr_en".into(), toml::Value::String(en.stderr));
        }
        std::fs::write(case.join("case.toml"), toml::to_string(&spec).unwrap()).unwrap();
        return Ok(());
    }
    let mut why = Vec::new();
    let want_code = spec.get("code").and_then(|c| c.as_integer()).unwrap_or(-2);
    if i64::from(zh.code) != want_code {
        why.push(format!(
            "exit code {}, expected {want_code}\nstderr:\n{}",
            zh.code, zh.stderr
        ));
    }
    if let Some(want) = spec.get("stderr").and_then(|s| s.as_str()) {
        if zh.stderr != want {
            why.push(format!("stderr:\n{}\nexpected:\n{want}", zh.stderr));
        }
    }
    if let (Some(en), Some(want)) = (&english, spec.get("stderr_en").and_then(|s| s.as_str())) {
        if en.stderr != want {
            why.push(format!(
                "stderr (--lang en):\n{}\nexpected:\n{want}",
                en.stderr
            ));
        }
    }
    for needle in strings(&spec, "stderr_contains") {
        if !zh.stderr.contains(&needle) {
            why.push(format!("stderr lacks {needle:?}:\n{}", zh.stderr));
        }
    }
    for needle in strings(&spec, "stdout_contains") {
        if !zh.stdout.contains(&needle) {
            why.push(format!("stdout lacks {needle:?}:\n{}", zh.stdout));
        }
    }
    if let Some(totals) = spec.get("totals").and_then(|t| t.as_table()) {
        check_totals(&zh.stdout, totals, &mut why);
    }
    if let Some(n) = spec.get("teachers").and_then(toml::Value::as_integer) {
        check_teacher_count(&zh.stdout, n, &mut why);
    }
    for m in missing {
        why.push(format!("{m} was not written"));
    }
    // A refused run writes nothing.
    if !matches!(zh.code, 0 | 5) {
        for out in strings(&spec, "not_written") {
            if dir.path().join(&out).exists() {
                why.push(format!("{out} was written by a refused run"));
            }
        }
    }
    if why.is_empty() {
        Ok(())
    } else {
        Err(why.join("\n"))
    }
}

/// `totals = { "1001" = "95.5", … }` against the `--json` summary on stdout;
/// a grade may be pinned too as `"95.5 合格"`.
fn check_totals(stdout: &str, totals: &toml::Table, why: &mut Vec<String>) {
    let json: serde_json::Value = match serde_json::from_str(stdout) {
        Ok(v) => v,
        Err(e) => {
            why.push(format!("stdout is not the JSON summary ({e}):\n{stdout}"));
            return;
        }
    };
    let teachers = scored(&json);
    for (key, want) in totals {
        let want = want.as_str().unwrap_or_default();
        let Some((_, t)) = teachers.iter().find(|(k, _)| k == key) else {
            why.push(format!("teacher {key} is not in the summary"));
            continue;
        };
        let total = t["total"].as_str().unwrap_or_default();
        let grade = t["grade"].as_str().unwrap_or_default();
        let got = if want.contains(' ') {
            format!("{total} {grade}")
        } else {
            total.to_owned()
        };
        if got != want {
            why.push(format!("teacher {key}: {got}, expected {want}"));
        }
    }
}

/// `teachers = N`: how many teachers the run scores, so that one who
/// should not be there (enrolled from the wrong month, a footer taken for a
/// name) fails the case as a wrong score would.
fn check_teacher_count(stdout: &str, want: i64, why: &mut Vec<String>) {
    let json: serde_json::Value = serde_json::from_str(stdout).unwrap_or_default();
    let got = scored(&json).len();
    if i64::try_from(got) != Ok(want) {
        why.push(format!("{got} teachers scored, expected {want}"));
    }
}

/// The teachers of a `--json` summary by key; of a district's
/// (`--by-school`), every school's by `school/key`.
fn scored(json: &serde_json::Value) -> Vec<(String, serde_json::Value)> {
    let of = |v: &serde_json::Value, school: Option<&str>| -> Vec<(String, serde_json::Value)> {
        let teachers = v["teachers"].as_array().cloned().unwrap_or_default();
        teachers
            .into_iter()
            .map(|t| {
                let key = t["key"].as_str().unwrap_or_default();
                let key = match school {
                    Some(s) => format!("{s}/{key}"),
                    None => key.to_owned(),
                };
                (key, t)
            })
            .collect()
    };
    match json["schools"].as_array() {
        Some(schools) => schools
            .iter()
            .flat_map(|s| of(s, s["school"].as_str()))
            .collect(),
        None => of(json, None),
    }
}
