//! `kaohe analyze` on 方案13's sample school: the report names the four
//! raters, the school and the subjects, and says with numbers what the
//! weighted rule decides; `--json` and the 分析 sheet say the same.

use crate::support::{kaohe, sheet};

const RUBRIC: &str = "rubrics/fangan13-ethics.toml";
const EXAMPLE: &str = "examples/fangan13-ethics";

fn analyze(extra: &[&str]) -> String {
    let output = kaohe()
        .args(["analyze", "--rubric", RUBRIC, "--input", EXAMPLE])
        .args(extra)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "kaohe analyze failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn the_report_names_raters_groups_and_what_the_rule_decides() {
    let text = analyze(&["--lang", "zh"]);
    for rater in ["学生", "自评", "互评", "考核小组"] {
        assert!(
            text.lines().any(|l| l.starts_with(rater)),
            "no row for {rater}:\n{text}"
        );
    }
    assert!(text.contains("按学校（school）"), "{text}");
    assert!(text.contains("按学科（subject）"), "{text}");
    for group in ["光明路小学", "语文", "数学", "道德与法治"] {
        assert!(
            text.lines().any(|l| l.starts_with(group)),
            "{group}:\n{text}"
        );
    }
    // 0306's self-rating 95 against (学生, 互评, the group's mean) = 83.13: past 10.
    assert!(
        text.contains(
            "异常：自评 给 0306 宋晓东 打 95.00 分；其他评价方平均 83.13 分（相差 +11.88）"
        ),
        "{text}"
    );
    // Without its only rule every total is 0, so the quota's ties = "better"
    // puts all 43 ranked teachers in 优秀: 29 change grade, the largest move
    // first among them.
    assert!(
        text.contains("去掉 师德评议 / 评价方加权：45 位教师中 29 位等级改变"),
        "{text}"
    );
    assert!(
        text.contains(
            "  0329 曹霞：总分 94.28 → 0.00，名次 15/43 → 1/43（43 人并列），等级 合格 → 优秀"
        ),
        "{text}"
    );
}

/// Regression: "总分 94.28 → 0.00，等级 合格 → 优秀" under a quota read as a
/// fault. The numbers are right — without the item's only rule every total is
/// 0, and 43 teachers tied at 0 all take the better grade — so each line
/// names the place that decides the grade, and the rule's line says that
/// everyone ranked is tied.
#[test]
fn a_total_falling_to_zero_while_the_quota_grade_rises_names_the_tie() {
    let zh = analyze(&["--lang", "zh"]);
    assert!(
        zh.contains(
            "去掉 师德评议 / 评价方加权：45 位教师中 29 位等级改变\n  \
             去掉后参与名额排序的 43 位教师总分都是 0.00，名额排不出先后"
        ),
        "{zh}"
    );
    assert!(
        zh.contains(
            "0329 曹霞：总分 94.28 → 0.00，名次 15/43 → 1/43（43 人并列），等级 合格 → 优秀"
        ),
        "{zh}"
    );
    let en = analyze(&["--lang", "en"]);
    assert!(
        en.contains("  Without it all 43 ranked teachers total 0.00: the quota cannot rank them"),
        "{en}"
    );
    assert!(
        en.contains(
            "0329 曹霞: total 94.28 → 0.00, rank 15/43 → 1/43 (43 tied), grade 合格 → 优秀"
        ),
        "{en}"
    );
    let json: serde_json::Value = serde_json::from_str(&analyze(&["--json"])).unwrap();
    let rule = &json["sensitivity"][0];
    assert_eq!(rule["all_tied"]["teachers"], 43);
    assert_eq!(rule["all_tied"]["total"], "0");
    assert_eq!(rule["moves"][0]["place_before"]["rank"], 15);
    assert_eq!(rule["moves"][0]["place_after"]["through"], 43);
}

#[test]
fn json_keeps_decimals_as_strings_and_the_sheet_prints_the_report() {
    let json: serde_json::Value = serde_json::from_str(&analyze(&["--json"])).unwrap();
    let students = &json["raters"][0]["raters"][0];
    assert_eq!(students["rater"], "学生");
    assert_eq!(students["teachers"], 45);
    assert!(students["mean"].is_string());
    assert_eq!(json["sensitivity"][0]["changed"], 29);
    assert_eq!(json["groups"][1]["field"], "subject");

    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("分析.xlsx");
    analyze(&["--lang", "zh", "--out", out.to_str().unwrap()]);
    let rows = sheet(&out, "分析");
    assert_eq!(rows[0][0], "评分公平性分析：师德师风考核（方案13）");
    let cells: Vec<&str> = rows.iter().flatten().map(String::as_str).collect();
    assert!(cells.contains(&"考核小组"));
    assert!(cells.contains(&"去掉 师德评议 / 评价方加权：45 位教师中 29 位等级改变"));
}
