//! Appeals (申诉) on the 方案13 sample: the example appeals file
//! (examples/fangan13-ethics-appeals/申诉.csv) scored with the sample school,
//! read back — the accepted appeal moves 0306's total, the rejected and the
//! pending one change nothing, the 申诉 sheet lists all three, explain says
//! what each did, and diff names the appeal as what moved.

use std::path::{Path, PathBuf};

use crate::support::{kaohe, sheet, Summary};

const RUBRIC: &str = "rubrics/fangan13-ethics.toml";
const EXAMPLE: &str = "examples/fangan13-ethics";
const APPEALS: &str = "examples/fangan13-ethics-appeals/申诉.csv";

fn score(dir: &Path, name: &str, extra: &[&str]) -> PathBuf {
    let out = dir.join(name);
    let output = kaohe()
        .args(["score", "--rubric", RUBRIC, "--input", EXAMPLE, "--out"])
        .arg(&out)
        .args(extra)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "kaohe score failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    out
}

fn run(args: &[&str]) -> String {
    let output = kaohe().args(args).output().unwrap();
    assert!(
        output.status.success(),
        "kaohe {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn the_accepted_appeal_moves_the_total_and_the_others_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let before = Summary::read(&score(dir.path(), "before.xlsx", &[]));
    let after = Summary::read(&score(dir.path(), "after.xlsx", &["--appeals", APPEALS]));
    // 0306's 互评 was recorded as 80, the signed record says 90: 10 × 10%
    // more, 85.525 + 1 = 86.525 → 86.53 (四舍五入), as the appeal sets it.
    assert_eq!(before.get("0306", "总分"), "85.53");
    assert_eq!(after.get("0306", "总分"), "86.53");
    // Rejected (0305) and pending (0308): as scored.
    for key in ["0305", "0308", "0301"] {
        assert_eq!(before.get(key, "总分"), after.get(key, "总分"), "{key}");
    }
}

#[test]
fn the_appeals_sheet_lists_every_appeal_with_its_decision() {
    let dir = tempfile::tempdir().unwrap();
    let out = score(dir.path(), "after.xlsx", &["--appeals", APPEALS]);
    let rows = sheet(&out, "申诉");
    assert_eq!(
        rows[0],
        [
            "工号",
            "姓名",
            "项目",
            "申诉内容",
            "理由",
            "附件",
            "附件SHA256",
            "状态",
            "申诉前分数",
            "申诉后分数",
            "处理人",
            "日期",
            "申诉表行"
        ]
    );
    assert_eq!(rows.len(), 4);
    let accepted = &rows[1];
    assert_eq!(accepted[..3], ["0306", "宋晓东", "师德评议"]);
    assert_eq!(accepted[3], "师德评分_2022春.xlsx:评分汇总:41");
    assert_eq!(accepted[5], "附件/0306互评原始记录.txt");
    let hash = sha256_of(Path::new(
        "examples/fangan13-ethics-appeals/附件/0306互评原始记录.txt",
    ));
    assert_eq!(accepted[6], hash);
    assert_eq!(
        accepted[7..12],
        ["采纳", "85.53", "86.53", "考核小组 李明", "2022-07-05"]
    );
    assert_eq!(accepted[12], format!("{APPEALS}:2"));
    assert_eq!(rows[2][..3], ["0305", "梁春燕", "师德评议"]);
    assert_eq!(rows[2][7..10], ["驳回", "87.8", "87.8"]);
    assert_eq!(rows[3][..3], ["0308", "韩雪", "师德评议"]);
    assert_eq!(rows[3][7..11], ["待处理", "90.3", "90.3", ""]);

    // 明细: the appeal is the evidence line that moved the item, at its row.
    let evidence = sheet(&out, "明细");
    let line = evidence
        .iter()
        .find(|r| r[0] == "0306" && r[5] == "申诉")
        .expect("0306 has an appeal line in 明细");
    assert_eq!(line[6], "1");
    // Named within the folder every input is in (here examples/, since
    // the appeals file sits beside the month's folder, not in it).
    assert_eq!(line[7], APPEALS.strip_prefix("examples/").unwrap());
    assert_eq!(line[9], "2");
    assert!(
        line[10].starts_with("申诉采纳：85.53 → 86.53"),
        "{}",
        line[10]
    );

    // Without --appeals there is no 申诉 sheet.
    let plain = score(dir.path(), "plain.xlsx", &[]);
    let book: calamine::Xlsx<_> = calamine::open_workbook(&plain).unwrap();
    assert!(!calamine::Reader::sheet_names(&book).contains(&"申诉".to_string()));
}

fn sha256_of(path: &Path) -> String {
    use sha2::{Digest, Sha256};
    let bytes = std::fs::read(crate::support::root().join(path)).unwrap();
    Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn explain_shows_what_each_appeal_did() {
    let base = ["--rubric", RUBRIC, "--input", EXAMPLE, "--appeals", APPEALS];
    let moved = run(&[&["explain", "--teacher", "0306"][..], &base].concat());
    assert!(moved.contains("总分 86.53 / 100.00"), "{moved}");
    assert!(
        moved.contains(&format!(
            "        +1  申诉  @ {APPEALS}:2  申诉采纳：85.53 → 86.53；申诉内容：师德评分_2022春.xlsx:评分汇总:41；理由：互评原始记录为 90 分，登记时误录为 80 分；处理人：考核小组 李明 2022-07-05\n"
        )),
        "{moved}"
    );
    assert!(
        moved.contains(&format!(
            "\n申诉\n  师德评议  采纳  85.53 → 86.53  申诉内容：师德评分_2022春.xlsx:评分汇总:41；理由：互评原始记录为 90 分，登记时误录为 80 分  @ {APPEALS}:2\n"
        )),
        "{moved}"
    );
    let rejected = run(&[&["--lang", "en", "explain", "--teacher", "0305"][..], &base].concat());
    assert!(
        rejected.contains(&format!(
            "\nAppeals\n  师德评议  rejected  87.80 → 87.80  appealed: 师德事件记录.xlsx:事件:4; reason: 称罚站为学生自愿留校补作业；经调查家长投诉属实，维持否决  @ {APPEALS}:3\n"
        )),
        "{rejected}"
    );
    // A teacher without an appeal is explained as before.
    let plain = ["--rubric", RUBRIC, "--input", EXAMPLE];
    assert_eq!(
        run(&[&["explain", "--teacher", "0301"][..], &base].concat()),
        run(&[&["explain", "--teacher", "0301"][..], &plain].concat())
    );
}

#[test]
fn diff_names_the_appeal_as_what_moved() {
    let dir = tempfile::tempdir().unwrap();
    let before = score(dir.path(), "before.xlsx", &[]);
    let after = score(dir.path(), "after.xlsx", &["--appeals", APPEALS]);
    let books = run(&[
        "diff",
        "--old",
        before.to_str().unwrap(),
        "--new",
        after.to_str().unwrap(),
        "--json",
    ]);
    let rubrics = run(&[
        "diff",
        "--rubric",
        RUBRIC,
        "--against",
        RUBRIC,
        "--input",
        EXAMPLE,
        "--appeals",
        APPEALS,
        "--json",
    ]);
    // Regression: the appeals file, read on the new side only, was warned
    // of as input data that differs between the two runs.
    let warned: serde_json::Value = serde_json::from_str(&rubrics).unwrap();
    assert_eq!(warned["warnings"], serde_json::json!([]), "{rubrics}");
    for said in [books, rubrics] {
        let d: serde_json::Value = serde_json::from_str(&said).unwrap();
        assert_eq!(d["summary"]["changed"], 1, "{said}");
        let moved: Vec<&serde_json::Value> = d["teachers"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|t| t["status"] == "changed")
            .collect();
        assert_eq!(moved.len(), 1);
        assert_eq!(moved[0]["key"], "0306");
        assert_eq!(moved[0]["delta"], "+1.00");
        let rules = moved[0]["rules"].as_array().unwrap();
        assert_eq!(rules.len(), 1, "{rules:?}");
        assert_eq!(rules[0]["rule"], "申诉");
        assert_eq!(rules[0]["item"], "师德评议");
    }
}

/// `--json` lists every appeal with where it stands and what it changed,
/// as the 申诉 sheet does; without `--appeals` there is no `appeals` key.
#[test]
fn json_lists_every_appeal() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.xlsx");
    let out = out.to_str().unwrap();
    let base = ["score", "--json", "--rubric", RUBRIC, "--input", EXAMPLE];
    let said = run(&[&base[..], &["--appeals", APPEALS, "--out", out]].concat());
    let json: serde_json::Value = serde_json::from_str(&said).unwrap();
    let appeals = json["appeals"].as_array().unwrap();
    let seen: Vec<(&str, &str, &str, &str)> = appeals
        .iter()
        .map(|a| {
            (
                a["key"].as_str().unwrap(),
                a["status"].as_str().unwrap(),
                a["before"].as_str().unwrap(),
                a["after"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("0306", "accepted", "85.53", "86.53"),
            ("0305", "rejected", "87.80", "87.80"),
            ("0308", "pending", "90.30", "90.30"),
        ]
    );
    assert_eq!(appeals[0]["item"], "ethics");
    assert_eq!(appeals[0]["origin"]["row"], 2);
    let plain = run(&[&base[..], &["--out", out, "--force"]].concat());
    let json: serde_json::Value = serde_json::from_str(&plain).unwrap();
    assert!(json.get("appeals").is_none(), "{plain}");
}
