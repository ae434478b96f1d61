//! 方案5's whole 1000-point plan on its sample school, read back: the
//! breaches of 防疫基础工作, on-site hours capped at 200, workload in
//! proportion to the school's largest from the dated 周课时 table, exam ranks
//! within grade and subject with a tie, 折半计入 for a cadre, and the vetoes.
//! Expected values are worked out by hand below (and in
//! examples/fangan5-full/README.md).
//!
//! Common ground: the period has 52 school days, 35 before 4月20日 and 17
//! from it; 11 weeks with school days (the first dated 3月1日). Planted teachers have full manual
//! scores (党建 100, process imports 45), hand in homework every day (52 ×
//! 0.1 → 5), and 10 美篇, 2 阶段总结, a 县级 praise and a 校级 speech (5, 5
//! and min(6, 5)): 线上过程教学 100 unless noted. The school's largest workload
//! is 0501's: 52 × 9 ÷ 5 + 11 × 4 (班主任) + 8 (加班) = 93.6 + 44 + 8 = 145.6.

use std::path::{Path, PathBuf};

use crate::support::{kaohe, sheet, Summary};

const RUBRIC: &str = "rubrics/fangan5-full.toml";
const EXAMPLE: &str = "examples/fangan5-full";

fn score_into(dir: &Path) -> PathBuf {
    let out = dir.join("scored.xlsx");
    // No --period: the rubric's [calendar] gives 2022-03-01..05-15.
    let output = kaohe()
        .args(["score", "--rubric", RUBRIC, "--input", EXAMPLE, "--out"])
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

fn num(s: &Summary, key: &str, column: &str) -> f64 {
    let v = s.get(key, column);
    v.parse()
        .unwrap_or_else(|_| panic!("teacher {key}, {column}: {v:?} is not a number"))
}

#[test]
fn planted_teachers_score_as_computed_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let s = Summary::read(&score_into(dir.path()));

    // 0501 韩冬梅, 语文 1年级 班主任: the largest workload → 50; 30 hours on duty × 2 = 60;
    // 1年级 sits no written exam → 35. 600 + 60 + (50 + 100 + 35) = 845, B.
    assert_eq!(num(&s, "0501", "工作量"), 50.);
    assert_eq!(num(&s, "0501", "现场防疫"), 60.);
    assert_eq!(num(&s, "0501", "线上教学成绩"), 35.);
    assert_eq!(num(&s, "0501", "总分"), 845.);
    assert_eq!(s.get("0501", "等级"), "B");

    // 0502 赵国强, 数学 6年级, 教干 with 40 hours on duty (80). Workload straddles 4月20日:
    // 35 days × 5 ÷ 5 + 17 days × 6.5 ÷ 5 = 35 + 22.1 = 57.1; 57.1 ÷ 145.6 × 50 = 19.608… → 19.61.
    // Alone in 6年级数学: rank 1 of 1 → 50. 线上教学 19.61 + 100 + 50 = 169.61, halved
    // (教干, on duty, taught online): 84.805 → 84.81. 600 + 80 + 84.81 = 764.81, B.
    assert_eq!(num(&s, "0502", "工作量"), 19.61);
    assert_eq!(num(&s, "0502", "线上教学成绩"), 50.);
    assert_eq!(num(&s, "0502", "线上教学"), 84.81);
    assert!(
        s.get("0502", "折算说明").contains("折半"),
        "{}",
        s.get("0502", "折算说明")
    );
    assert_eq!(num(&s, "0502", "总分"), 764.81);
    assert_eq!(s.get("0502", "等级"), "B");

    // 0503 钱晓燕, 英语 6年级, two classes (+1 a week): 35 × 6.5 ÷ 5 + 17 × 7.5 ÷ 5
    // = 45.5 + 25.5 = 71; 71 ÷ 145.6 × 50 = 24.381… → 24.38. Two late health reports:
    // 500 − 10 = 490. Exam: mean (88.2 + 85.4) ÷ 2 = 86.8, alone → 50. No duty.
    // 490 + 100 + 0 + (24.38 + 100 + 50) = 764.38, B.
    assert_eq!(num(&s, "0503", "防疫纪律"), 490.);
    assert_eq!(num(&s, "0503", "工作量"), 24.38);
    assert_eq!(num(&s, "0503", "总分"), 764.38);

    // 语文 6年级 exam group: 0504 86.5 and 0505 86.5 tie for first (50 each);
    // 0506 82.0 is third of 3: (3 − 3 + 1) ÷ 3 × 50 = 16.666… → 16.67.
    assert_eq!(num(&s, "0504", "线上教学成绩"), 50.);
    assert_eq!(num(&s, "0505", "线上教学成绩"), 50.);
    assert_eq!(num(&s, "0506", "线上教学成绩"), 16.67);

    // 0504 孙丽, 班主任 3 a week: 52 × 8 ÷ 5 + 33 = 83.2 + 33 = 116.2 → 116.2 ÷ 145.6 × 50
    // = 39.903… → 39.90; duty 20 × 2 = 40. 600 + 40 + (39.90 + 100 + 50) = 829.90, but
    // 违反底线 forces C.
    assert_eq!(num(&s, "0504", "总分"), 829.9);
    assert_eq!(s.get("0504", "等级"), "C");

    // 0505 周雨: 130 hours × 2 = 260, held at 200. Workload 83.2 ÷ 145.6 × 50 = 28.571… → 28.57.
    // 600 + 200 + (28.57 + 100 + 50) = 978.57, A.
    assert_eq!(num(&s, "0505", "现场防疫"), 200.);
    assert_eq!(num(&s, "0505", "总分"), 978.57);
    assert_eq!(s.get("0505", "等级"), "A");

    // 0506 吴海燕: 外出未审批 and 外出未报备被查: 500 − 10 = 490, and C. Two weekly plans
    // missing (8), one lesson missed (9): process 97. 490 + 100 + 0 + (28.57 + 97 + 16.67) = 732.24.
    assert_eq!(num(&s, "0506", "防疫纪律"), 490.);
    assert_eq!(num(&s, "0506", "每周计划"), 8.);
    assert_eq!(num(&s, "0506", "按时授课"), 9.);
    assert_eq!(num(&s, "0506", "总分"), 732.24);
    assert_eq!(s.get("0506", "等级"), "C");
}

#[test]
fn relative_lines_show_the_arithmetic_and_the_tie() {
    let dir = tempfile::tempdir().unwrap();
    let rows = sheet(&score_into(dir.path()), "明细");
    let line = |key: &str, rule: &str| -> String {
        rows.iter()
            .find(|r| r[0] == key && r[4] == rule)
            .unwrap_or_else(|| panic!("no {rule} line for {key}"))
            .join(" | ")
    };
    let w = line("0502", "课时工作量");
    assert!(w.contains("57.1 ÷ 组内最高 145.6"), "{w}");
    let e = line("0505", "返校监测成绩");
    assert!(e.contains("第 1 名，与 1 人并列"), "{e}");
    let m = line("0503", "返校监测成绩");
    assert!(m.contains("2 条记录平均"), "{m}");
}
