//! The audit commands on the ready rubrics and the 方案5 example: every
//! rubric's tests pass, and a one-rule change is attributed by `diff` to
//! exactly the teachers and items the rule's evidence touches.

use std::collections::BTreeSet;
use std::path::Path;

use crate::support::{kaohe, root, sheet, succeeds};

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
    succeeds(
        kaohe()
            .args(["score", "--period", "2022-03", "--rubric"])
            .arg(&rubric)
            .arg("--input")
            .arg(&example)
            .arg("--out")
            .arg(&scored),
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

    let out = succeeds(
        kaohe()
            .args(["diff", "--period", "2022-03", "--json", "--rubric"])
            .arg(&rubric)
            .arg("--against")
            .arg(&new)
            .arg("--input")
            .arg(&example),
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
    succeeds(
        kaohe()
            .args(["score", "--period", "2022-03", "--rubric"])
            .arg(fixture.join("rubric.toml"))
            .arg("--input")
            .arg(fixture.join("roster.csv"))
            .arg("--input")
            .arg(fixture.join("attendance.csv"))
            .arg("--overrides")
            .arg(fixture.join("overrides.csv"))
            .arg("--out")
            .arg(&out),
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

/// Scores a ready rubric's example with one overrides file written here, as
/// `--json`; the teachers by 工号.
fn overridden(
    rubric: &str,
    period: Option<&str>,
    overrides: &str,
) -> std::collections::BTreeMap<String, serde_json::Value> {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("调分.csv");
    std::fs::write(&file, overrides).unwrap();
    let mut cmd = kaohe();
    cmd.args(["score", "--json", "--rubric"])
        .arg(format!("rubrics/{rubric}.toml"))
        .arg("--input")
        .arg(format!("examples/{rubric}"))
        .arg("--overrides")
        .arg(&file)
        .arg("--out")
        .arg(tmp.path().join("out.xlsx"));
    if let Some(p) = period {
        cmd.args(["--period", p]);
    }
    let run = cmd.output().unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    json["teachers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["key"].as_str().unwrap().to_string(), t.clone()))
        .collect()
}

fn paid(teachers: &std::collections::BTreeMap<String, serde_json::Value>) -> i64 {
    teachers
        .values()
        .map(|t| t["pay"].as_str().unwrap().parse::<i64>().unwrap())
        .sum()
}

/// Regression: after an override the pay was left as scored, so a teacher
/// raised from 70.50 to 80.50 kept the 2,000 yuan floor while a colleague at
/// 80.00 had 2,303. 方案5 pays by the share of points above 60: the pool is
/// shared out again on the new totals and still adds up to the yuan.
#[test]
fn an_override_moves_the_pay_of_a_score_share() {
    let head = "工号,项目,分数,理由,操作人\n";
    let before = overridden("fangan5-online-teaching", Some("2022-03"), head);
    let after = overridden(
        "fangan5-online-teaching",
        Some("2022-03"),
        &format!("{head}0107,live_lessons,10,直播课考勤系统故障，已核实,教务处王主任\n"),
    );
    assert_eq!(before["0107"]["total"], "70.50");
    assert_eq!(before["0107"]["pay"], "2000", "the floor binds at 70.50");
    assert_eq!(after["0107"]["total"], "80.50");
    // 80.50 earns more above 60 than 0056's 80.00: more pay, not the floor.
    let pay = |t: &serde_json::Value| t["pay"].as_str().unwrap().parse::<i64>().unwrap();
    assert!(
        pay(&after["0107"]) > pay(&after["0056"]),
        "{:?}",
        after["0107"]
    );
    assert!(
        pay(&after["0056"]) < pay(&before["0056"]),
        "a larger share for 0107 is less for the rest"
    );
    assert_eq!(paid(&before), 120_000);
    assert_eq!(paid(&after), 120_000);
}

/// Regression: after an override a quota's places were kept, so raising
/// the last teacher above a colleague left both grades as they were. 方案13
/// grades by place: 0307 raised from 85.00 to 86.20 passes 0306 (85.53), who
/// takes the last place of the four 不合格 by quota, and its pay of 0; 0307
/// takes 基本合格 and its 1,800 yuan (0.8 of the coefficient pool's rate).
#[test]
fn an_override_redraws_the_quota_and_its_pay() {
    let head = "工号,项目,分数,理由,操作人\n";
    let before = overridden("fangan13-ethics", None, head);
    let after = overridden(
        "fangan13-ethics",
        None,
        &format!("{head}0307,ethics,86.20,互评原始记录核实后更正,德育处李主任\n"),
    );
    for (key, grade, pay) in [("0307", "不合格", "0"), ("0306", "基本合格", "1800")] {
        assert_eq!(before[key]["grade"], grade, "{key}");
        assert_eq!(before[key]["pay"], pay, "{key}");
    }
    for (key, grade, pay) in [("0307", "基本合格", "1800"), ("0306", "不合格", "0")] {
        assert_eq!(after[key]["grade"], grade, "{key}");
        assert_eq!(after[key]["graded_by"], "quota", "{key}");
        assert_eq!(after[key]["pay"], pay, "{key}");
    }
    assert_eq!(paid(&before), 90_000);
    assert_eq!(paid(&after), 90_000);
}

/// Regression: the diff's summary counted a teacher whose only change was
/// the pay as "changed", so README's example (无故缺课 at 2 points) read "38
/// changed" when 6 totals moved: 方案5 shares its pool by points, so any
/// score that moves moves everyone's amount. Pay-only changes are now
/// counted apart, in the terminal, the JSON and the 说明 sheet. Then it
/// counted 0107 as "changed in score or grade" for rule points that cancel
/// at the item's floor (无故缺课 −12, 扣完为止 +12): 0107 is still listed for
/// them, counted apart as well.
#[test]
fn diff_summary_tells_pay_only_changes_from_score_changes() {
    let tmp = tempfile::tempdir().unwrap();
    let rubric = root().join("rubrics/fangan5-online-teaching.toml");
    let text = std::fs::read_to_string(&rubric).unwrap();
    let target = "label = \"无故缺课\"\nwhen = 'slot == \"正课\" && status == \"缺课\"'\n";
    let at = text.find(target).expect("the rule moved; update the test") + target.len();
    let rest = &text[at..];
    let points = rest.find("points = 1 ").expect("无故缺课 has points = 1");
    let new = tmp.path().join("new.toml");
    let changed = format!(
        "{}{}points = 2 {}",
        &text[..at],
        &rest[..points],
        &rest[points + 11..]
    );
    std::fs::write(&new, changed).unwrap();
    let diff = |extra: &[&str]| {
        let out = succeeds(
            kaohe()
                .args(["diff", "--period", "2022-03", "--rubric"])
                .arg(&rubric)
                .arg("--against")
                .arg(&new)
                .args(["--input", "examples/fangan5-online-teaching"])
                .args(extra),
        );
        String::from_utf8(out.stdout).unwrap()
    };

    let d: serde_json::Value = serde_json::from_str(&diff(&["--json"])).unwrap();
    let s = &d["summary"];
    // `changed` keeps its meaning for scripts: every kind together.
    assert_eq!(s["changed"], 38, "{s}");
    assert_eq!(s["score_changed"], 6, "{s}");
    assert_eq!(s["pay_only"], 31, "{s}");
    assert_eq!(s["rules_only"], 1, "{s}");
    let teachers = d["teachers"].as_array().unwrap();
    let rules_only: Vec<&serde_json::Value> = teachers
        .iter()
        .filter(|t| t["rules_only"] == true)
        .collect();
    assert_eq!(rules_only.len(), 1);
    let t = rules_only[0];
    assert_eq!(t["key"], "0107", "{t}");
    assert_eq!(t["status"], "changed", "{t}");
    assert_eq!(t["old_total"], "70.50", "{t}");
    assert_eq!(t["new_total"], "70.50", "{t}");
    assert_eq!(t["old_grade"], t["new_grade"], "{t}");
    assert!(t["items"].as_array().unwrap().is_empty(), "{t}");
    let rules: Vec<(&str, &str)> = t["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["rule"].as_str().unwrap(), r["delta"].as_str().unwrap()))
        .collect();
    assert_eq!(rules, [("无故缺课", "-12.00"), ("扣完为止", "+12.00")]);
    let pay_only = teachers.iter().filter(|t| t["pay_only"] == true).count();
    assert_eq!(pay_only, 31);
    for t in teachers.iter().filter(|t| t["pay_only"] == true) {
        assert_eq!(t["status"], "changed", "{t}");
        assert_eq!(t["delta"], "0.00", "{t}");
        assert_ne!(t["old_pay"], t["new_pay"], "{t}");
    }

    let zh = diff(&["--lang", "zh"]);
    assert!(
        zh.contains(
            "比较 40 人，6 人分数或等级变了，31 人只有金额变了，1 人只有规则明细变了（相互抵消）：\
             上升 0 人，下降 6 人，等级变化 1 人"
        ),
        "{zh}"
    );
    assert!(zh.contains("（只有金额变了）"), "{zh}");
    assert!(
        zh.contains("按时授课/无故缺课 -12.00; 按时授课/扣完为止 +12.00"),
        "{zh}"
    );
    let en = diff(&["--lang", "en"]);
    assert!(
        en.contains(
            "40 compared, 6 changed in score or grade, 31 only in pay, \
             1 only in rule lines that cancel out: 0 up, 6 down, 1 changed grade"
        ),
        "{en}"
    );

    let book = tmp.path().join("diff.xlsx");
    diff(&["--lang", "zh", "--out", book.to_str().unwrap()]);
    let about = sheet(&book, "说明");
    let row = |label: &str| {
        about
            .iter()
            .find(|r| r[0] == label)
            .map(|r| r[1].clone())
            .unwrap_or_else(|| panic!("no {label} row: {about:?}"))
    };
    assert_eq!(row("有变化"), "38");
    assert_eq!(row("分数或等级变了"), "6");
    assert_eq!(row("只有金额变了"), "31");
    assert_eq!(row("只有规则明细变了（相互抵消）"), "1");
    let rows = sheet(&book, "对比");
    // The header row is under the printed title.
    let head = rows
        .iter()
        .position(|r| r.iter().any(|h| h == "状态"))
        .unwrap();
    let status = rows[head].iter().position(|h| h == "状态").unwrap();
    let shown = rows[head + 1..]
        .iter()
        .filter(|r| r[status] == "只有金额变了")
        .count();
    assert_eq!(shown, 31);
    let shown = rows[head + 1..]
        .iter()
        .filter(|r| r[status] == "只有明细变了")
        .map(|r| r[0].as_str())
        .collect::<Vec<_>>();
    assert_eq!(shown, ["0107"]);
}
