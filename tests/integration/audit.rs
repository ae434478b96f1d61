//! The audit commands on the ready rubrics and the 方案5 example: every
//! rubric's tests pass, and a one-rule change is attributed by `diff` to
//! exactly the teachers and items the rule's evidence touches.

use std::collections::BTreeSet;
use std::path::Path;

use crate::support::{kaohe, root, sheet};

#[test]
fn every_rubric_has_tests_and_they_pass() {
    let dir = root().join("rubrics");
    let mut rubrics: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            name.ends_with(".toml") && !name.ends_with(".tests.toml")
        })
        .collect();
    rubrics.sort();
    assert!(!rubrics.is_empty());
    for rubric in rubrics {
        let tests = rubric.with_extension("tests.toml");
        assert!(
            tests.exists(),
            "{} has no tests: write its cases in {} (see rubrics/fangan5-online-teaching.tests.toml)",
            rubric.display(),
            tests.display()
        );
        let out = kaohe().arg("test").arg(&rubric).output().unwrap();
        assert!(
            out.status.success(),
            "kaohe test {} failed:\n{}{}",
            rubric.display(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// Changing 周计划缺交 from 1 to 0.5 must move exactly the teachers with a
/// 周计划缺交 evidence line, and only their 每周计划 item and that rule.
#[test]
fn diff_names_exactly_the_teachers_a_changed_deduction_touches() {
    let tmp = tempfile::tempdir().unwrap();
    let rubric = root().join("rubrics/fangan5-online-teaching.toml");
    let example = root().join("examples/fangan5-online-teaching");
    let text = std::fs::read_to_string(&rubric).unwrap();
    let target = "label = \"周计划缺交\"\nwhen = 'kind == \"周计划缺交\"'\npoints = 1 ";
    assert_eq!(
        text.matches(target).count(),
        1,
        "the rule moved; update the test"
    );
    let changed = text.replace(
        target,
        "label = \"周计划缺交\"\nwhen = 'kind == \"周计划缺交\"'\npoints = 0.5 ",
    );
    let new = tmp.path().join("new.toml");
    std::fs::write(&new, changed).unwrap();

    // Who has 周计划缺交 evidence, from the scored workbook's 明细.
    let scored = tmp.path().join("old.xlsx");
    let status = kaohe()
        .args(["score", "--period", "2022-03", "--rubric"])
        .arg(&rubric)
        .arg("--input")
        .arg(&example)
        .arg("--out")
        .arg(&scored)
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let evidence = sheet(&scored, "明细");
    let header = &evidence[0];
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (key, rule) = (col("工号"), col("规则"));
    let expected: BTreeSet<String> = evidence[1..]
        .iter()
        .filter(|r| r[rule] == "周计划缺交")
        .map(|r| r[key].clone())
        .collect();
    assert!(!expected.is_empty(), "the example has no 周计划缺交 events");

    let out = kaohe()
        .args(["diff", "--period", "2022-03", "--json", "--rubric"])
        .arg(&rubric)
        .arg("--against")
        .arg(&new)
        .arg("--input")
        .arg(&example)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let d: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let teachers = d["teachers"].as_array().unwrap();
    // The scores that moved are exactly those teachers'. The rubric shares
    // a pay pool by score, so a smaller deduction for some moves everyone's
    // share of it: the others are changed by pay alone.
    let moved = |t: &&serde_json::Value| t["delta"] != "0.00";
    let changed: BTreeSet<String> = teachers
        .iter()
        .filter(moved)
        .map(|t| t["key"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(changed, expected);
    for t in teachers
        .iter()
        .filter(|t| t["status"] == "changed" && !moved(t))
    {
        assert_ne!(t["old_pay"], t["new_pay"], "{t}");
        assert!(t["items"].as_array().unwrap().is_empty(), "{t}");
    }
    for t in teachers.iter().filter(moved) {
        let items: Vec<&str> = t["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_str().unwrap())
            .collect();
        assert_eq!(items, ["weekly_plan"], "{t}");
        let rules: Vec<&str> = t["rules"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["rule"].as_str().unwrap())
            .collect();
        assert_eq!(rules, ["周计划缺交"], "{t}");
        assert!(t["delta"].as_str().unwrap().starts_with('+'), "{t}");
    }
    assert_eq!(d["summary"]["up"], expected.len());
    assert_eq!(d["summary"]["down"], 0);

    // The same answer from two scored workbooks, and --fail-on-change gates CI.
    let rescored = tmp.path().join("new.xlsx");
    let status = kaohe()
        .args(["score", "--period", "2022-03", "--rubric"])
        .arg(&new)
        .arg("--input")
        .arg(&example)
        .arg("--out")
        .arg(&rescored)
        .output()
        .unwrap();
    assert!(status.status.success());
    let out = kaohe()
        .args(["diff", "--json", "--fail-on-change", "--old"])
        .arg(&scored)
        .arg("--new")
        .arg(&rescored)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let w: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let from_books: BTreeSet<String> = w["teachers"]
        .as_array()
        .unwrap()
        .iter()
        .filter(moved)
        .map(|t| t["key"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(from_books, expected);
    // The workbooks' 绩效工资 sheets carry the same pay changes as the run.
    let pay_of = |v: &serde_json::Value| -> Vec<(String, String)> {
        v["teachers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| (t["key"].to_string(), t["pay_delta"].to_string()))
            .collect()
    };
    assert_eq!(pay_of(&w), pay_of(&d));
    assert_eq!(
        w["warnings"].as_array().unwrap().len(),
        0,
        "same inputs, no warning"
    );
}

/// An override is listed in 明细 with its file and row, and the 汇总 total follows it.
#[test]
fn overrides_show_in_the_evidence_and_the_total() {
    let tmp = tempfile::tempdir().unwrap();
    let fixture = root().join("tests/fixtures/audit");
    let out = tmp.path().join("out.xlsx");
    let run = kaohe()
        .args(["score", "--period", "2022-03", "--rubric"])
        .arg(fixture.join("rubric.toml"))
        .arg("--input")
        .arg(fixture.join("roster.csv"))
        .arg("--input")
        .arg(fixture.join("attendance.csv"))
        .arg("--overrides")
        .arg(fixture.join("overrides.csv"))
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let evidence = sheet(&out, "明细");
    let line = evidence
        .iter()
        .find(|r| r.iter().any(|c| c == "人工调整"))
        .expect("an override line");
    assert!(
        line.iter().any(|c| c.ends_with("overrides.csv")),
        "{line:?}"
    );
    assert!(line.iter().any(|c| c.contains("教务处王主任")), "{line:?}");
    let run_sheet = sheet(&out, "运行信息");
    assert!(
        run_sheet
            .iter()
            .any(|r| r.iter().any(|c| c.ends_with("overrides.csv"))
                && r.iter().any(|c| c.len() == 64)),
        "the overrides file and its SHA-256 are in 运行信息"
    );
    let results = kaohe::audit::ResultSet::from_workbook(Path::new(&out)).unwrap();
    let t = results.teacher("0107").unwrap();
    assert_eq!(t.total, rust_decimal::Decimal::from(10));
}
