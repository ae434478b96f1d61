//! `rubrics/daily-minimums.toml` on its sample school, read back. The
//! planted teachers (examples/daily-minimums/README.md) are worked out by
//! hand below from their records and the rubric's rules; every other teacher
//! keeps every minimum and limit and scores 100.
//!
//! April 2022 by the rubric's calendar: the weekdays less 清明 (Mon 4-04,
//! Tue 4-05), plus the make-up Saturday 4-02 and Sunday 4-24 — 21 school
//! days in five ISO weeks (W13 4-01..02, W14 4-06..08, W15 4-11..15, W16
//! 4-18..24, W17 4-25..29).

use std::path::PathBuf;

use crate::support::{kaohe, sheet, Summary};

const RUBRIC: &str = "rubrics/daily-minimums.toml";
const EXAMPLE: &str = "examples/daily-minimums";

/// Item columns in 汇总, in rubric order.
const ITEMS: [&str; 6] = [
    "每日抽批",
    "答疑时长",
    "每周计划",
    "屏幕时间",
    "书面作业",
    "网络在岗",
];

fn score(dir: &std::path::Path) -> PathBuf {
    score_with(dir, std::path::Path::new(RUBRIC))
}

fn score_with(dir: &std::path::Path, rubric: &std::path::Path) -> PathBuf {
    let out = dir.join("dm.xlsx");
    let output = kaohe()
        .args(["score", "--rubric"])
        .arg(rubric)
        .args(["--input", EXAMPLE, "--period", "2022-04", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "kaohe score failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    out
}

fn assert_items(s: &Summary, key: &str, expected: [f64; 6], total: f64, grade: &str) {
    for (item, want) in ITEMS.iter().zip(expected) {
        let got: f64 = s.get(key, item).parse().unwrap();
        assert_eq!(got, want, "teacher {key}, item {item}");
    }
    let got: f64 = s.get(key, "总分").parse().unwrap();
    assert_eq!(got, total, "teacher {key}, total");
    assert_eq!(s.get(key, "等级"), grade, "teacher {key}, grade");
}

/// The 明细 rows of one teacher and item: (kind, points, row, detail).
fn evidence(
    path: &std::path::Path,
    key: &str,
    item: &str,
) -> Vec<(String, String, String, String)> {
    sheet(path, "明细")
        .into_iter()
        .filter(|r| r[0] == key && r[3] == item)
        .map(|r| (r[5].clone(), r[6].clone(), r[9].clone(), r[10].clone()))
        .collect()
}

#[test]
fn planted_teachers_score_as_computed_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let out = score(dir.path());
    let s = Summary::read(&out);

    // 0101 王建国, 数学 三(1)班 and 三(2)班 — window per day and class (sum of
    // 批改人数 ≥ 5, 方案2). 三(2)班 has 3 on 4-07: −1. 三(1)班 has no row on the
    // make-up Saturday 4-02, a school day by [calendar] workdays: −1. His 2
    // checks on the 清明 holiday 4-05 are in no window: no breach for 三(2)班
    // that day either. 每日抽批 20 − 2 = 18; total 98 ≥ 90: 优秀.
    assert_items(&s, "0101", [18., 20., 10., 20., 10., 20.], 98., "优秀");
    let checks = evidence(&out, "0101", "每日抽批");
    assert_eq!(checks.len(), 2, "{checks:?}");
    assert_eq!(checks[0].0, "未达标时段");
    assert_eq!(checks[0].1, "-1");
    assert_eq!(checks[0].2, "", "an empty window has no record to point at");
    assert_eq!(
        checks[0].3,
        "2022-04-02（星期六） 三(1)班：批改人数 合计 0 < 5；无记录"
    );
    assert!(
        checks[1]
            .3
            .starts_with("2022-04-07（星期四） 三(2)班：批改人数 合计 3 < 5；记录：行 "),
        "{:?}",
        checks[1]
    );
    assert!(
        !checks[1].2.is_empty(),
        "a short window points at its record"
    );

    // 0102 李芳, 英语 — Q&A minimum from [tables.qa_minutes]: 英语 60 (方案1).
    // 4-12: 40 < 60, −1; Sunday 4-24 (调休 school day): no session, 0 < 60, −1;
    // the 清明 days 4-04/4-05 are no windows. 答疑时长 20 − 2 = 18.
    // Week window: no plan in W15 (4-11..15), −1: 每周计划 10 − 1 = 9.
    // Total 100 − 2 − 1 = 97: 优秀.
    assert_items(&s, "0102", [20., 18., 9., 20., 10., 20.], 97., "优秀");
    let weeks = evidence(&out, "0102", "每周计划");
    assert_eq!(weeks.len(), 1);
    assert_eq!(weeks[0].3, "2022-W15（04-11 至 04-15）：0 次 < 1；无记录");
    let qa: Vec<String> = evidence(&out, "0102", "答疑时长")
        .into_iter()
        .map(|e| e.3)
        .collect();
    assert!(qa[0].starts_with("2022-04-12（星期二）：答疑时长(分钟) 合计 40 < 60；记录：行 "));
    assert_eq!(
        qa[1],
        "2022-04-24（星期日）：答疑时长(分钟) 合计 0 < 60；无记录"
    );

    // 0103 赵敏, 音乐 — exactly 30 minutes of Q&A every school day: 音乐 owes
    // 30 by the table, so no breach (a 语数英 teacher would lose 21).
    // 脱岗 on 4-08 is mapped to 旷工 (seed 001): −5, 网络在岗 15. Total 95: 优秀.
    assert_items(&s, "0103", [20., 20., 10., 20., 10., 15.], 95., "优秀");
    let duty = evidence(&out, "0103", "网络在岗");
    assert_eq!(duty.len(), 1);
    assert_eq!(duty[0].3, "日期=2022-04-08, 考勤结果=旷工");

    // 0104 陈静, 语文, 班主任 of 一(1)班 — screen time per class per day at
    // most table("screen_minutes", 1) = 60 (方案14); 4-13 has 4 lessons of 20
    // minutes = 80 > 60: −1, 屏幕时间 19. Plain deduction: two 书面 assignments
    // in grade 1 (4-06, 4-20), 2 each (方案14): 低年级书面作业 10 − 4 = 6.
    // Total 100 − 1 − 4 = 95: 优秀.
    assert_items(&s, "0104", [20., 20., 10., 19., 6., 20.], 95., "优秀");
    let screen = evidence(&out, "0104", "屏幕时间");
    assert!(screen[0]
        .3
        .starts_with("2022-04-13（星期三） 一(1)班：时长(分钟) 合计 80 > 60；记录：行 "));

    // 0105 周磊 — no weekly plan at all. W13 (3-28..4-03) is cut by the
    // month: 2 of its 6 school days (4-01 and the make-up 4-02) are in
    // April, and `partial_weeks = "prorate"` asks 1 × 2/6 = 0.33, down to 0
    // whole plans: no breach. The other 4 weeks are empty: 每周计划 10 − 4
    // = 6. Total 96: 优秀.
    assert_items(&s, "0105", [20., 20., 6., 20., 10., 20.], 96., "优秀");
    let plans = evidence(&out, "0105", "每周计划");
    assert_eq!(plans.len(), 4);
    assert!(plans.iter().all(|e| !e.3.contains("W13")), "{plans:?}");

    // 0106 孙丽, 班主任 of 四(1)班 — grade 4's limit is 80 (table row "4-6"):
    // the daily 4 × 20 = 80 is within it; 4-21 has 5 lessons = 100 > 80: −1.
    // 书面作业 per class per day at most 60 minutes over every teacher
    // (方案14 4), charged to the 班主任 by [tables.head_teacher]. 四(1)班 has
    // six teachers of 语数英, all setting written homework on 4-06 and 4-07:
    // 4-06 6 × 10 = 60, within; 4-07 10 + 11 (hers) + 10 + 10 + 10 + 10 =
    // 61 > 60: −2, 书面作业 8. Total 100 − 1 − 2 = 97: 优秀.
    assert_items(&s, "0106", [20., 20., 10., 19., 8., 20.], 97., "优秀");
    let homework = evidence(&out, "0106", "书面作业");
    assert_eq!(homework.len(), 1, "{homework:?}");
    assert_eq!(homework[0].1, "-2");
    let line = &homework[0].3;
    assert!(
        line.starts_with(
            "2022-04-07（星期四） 四(1)班：全体教师 预计时长(分钟) 合计 61 > 60；记录："
        ),
        "{line}"
    );
    assert!(line.contains("0106 "), "her own record is listed: {line}");
    assert!(line.contains(" 11、"), "{line}");
    assert_eq!(line.matches(" 10").count(), 5, "five records of 10: {line}");
    assert!(
        line.ends_with("；扣给 0106（按班级查表「班主任」的值）"),
        "{line}"
    );
    // The other five teachers of 四(1)班 wrote 50 of the 61 and are not charged.
    let contributors: Vec<&str> = line
        .split(['：', '、'])
        .filter_map(|part| part.split(' ').next())
        .filter(|k| k.len() == 4 && k.starts_with('0'))
        .collect();
    assert_eq!(contributors.len(), 6, "{line}");
    for key in contributors.iter().filter(|k| **k != "0106") {
        assert_eq!(s.get(key, "书面作业"), "10", "teacher {key}");
    }

    // 0107 刘洋, 数学 — 30 minutes of Q&A a day against 数学's 60: all 21
    // school days short, 20 − 21 = −1, floored at 0 (扣完为止, +1).
    // Total 80 ≥ 75: 合格.
    assert_items(&s, "0107", [20., 0., 10., 20., 10., 20.], 80., "合格");
    let qa = evidence(&out, "0107", "答疑时长");
    assert_eq!(qa.len(), 22, "21 short days and the floor");
    assert_eq!(qa[21].0, "扣完为止");
    assert_eq!(qa[21].1, "1");
}

#[test]
fn every_other_teacher_keeps_every_minimum() {
    let dir = tempfile::tempdir().unwrap();
    let out = score(dir.path());
    let s = Summary::read(&out);
    let key = s.col("工号");
    let planted = ["0101", "0102", "0103", "0104", "0105", "0106", "0107"];
    let others: Vec<&Vec<String>> = s
        .rows
        .iter()
        .filter(|r| !r[key].is_empty() && !planted.contains(&r[key].as_str()))
        .collect();
    assert_eq!(others.len(), 34, "41 teachers, 7 planted");
    for r in others {
        assert_eq!(s.get(&r[key], "总分"), "100", "teacher {}", r[key]);
    }
}

#[test]
fn without_a_period_the_window_rules_refuse_to_guess() {
    let dir = tempfile::tempdir().unwrap();
    let output = kaohe()
        .args(["score", "--rubric", RUBRIC, "--input", EXAMPLE, "--out"])
        .arg(dir.path().join("x.xlsx"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8_lossy(&output.stderr);
    // The run speaks Chinese (no --lang, no LANG).
    assert!(err.contains("需要知道考核期：请加 --period"), "{err}");
}

/// The same rubric charging `contributors` instead of the 班主任: the 61
/// minutes of 四(1)班 on 4-07 cost each of its six teachers 2, and nothing
/// else moves: 0106 keeps 8 (her own record is one of the six), the other
/// five drop from 10 to 8: 0102 李芳 from 97 to 95, the four unplanted from
/// 100 to 98.
#[test]
fn charging_contributors_costs_every_teacher_of_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(crate::support::root().join(RUBRIC)).unwrap();
    let changed = text.replace(
        "charge = 'table(\"head_teacher\", class)'",
        "charge = \"contributors\"",
    );
    assert_ne!(text, changed, "the rubric charges by its table");
    let rubric = dir.path().join("contributors.toml");
    std::fs::write(&rubric, changed).unwrap();
    let out = score_with(dir.path(), &rubric);
    let s = Summary::read(&out);
    let line = evidence(&out, "0106", "书面作业")[0].3.clone();
    assert!(line.ends_with("；扣给窗口里有记录的每位教师"), "{line}");
    let key = s.col("工号");
    let charged: Vec<String> = s
        .rows
        .iter()
        .map(|r| r[key].clone())
        .filter(|k| !k.is_empty() && s.get(k, "书面作业") == "8")
        .collect();
    assert_eq!(charged.len(), 6, "{charged:?}");
    for k in &charged {
        assert_eq!(evidence(&out, k, "书面作业")[0].3, line, "teacher {k}");
        let total = match k.as_str() {
            "0106" => "97",
            "0102" => "95",
            _ => "98",
        };
        assert_eq!(s.get(k, "总分"), total, "teacher {k}");
    }
}
