//! The README's main command on the sample school, read back. The expected
//! scores of the planted teachers are worked out by hand below from their
//! records (listed in examples/fangan5-online-teaching/README.md) and the
//! rubric's rules; every teacher's total is also checked against the table
//! there, which an independent script computed.

use std::path::{Path, PathBuf};

use crate::support::{kaohe, root, sheet, Summary};

const RUBRIC: &str = "rubrics/fangan5-online-teaching.toml";
const EXAMPLE: &str = "examples/fangan5-online-teaching";

/// Scores the example into `dir`, returning the workbook's path and stdout.
fn score_into(dir: &Path, extra: &[&str]) -> (PathBuf, String) {
    let out = dir.join("scored.xlsx");
    let output = kaohe()
        .args([
            "score", "--rubric", RUBRIC, "--input", EXAMPLE, "--period", "2022-03", "--out",
        ])
        .arg(&out)
        .args(extra)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "kaohe score failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    (out, String::from_utf8(output.stdout).unwrap())
}

/// Item columns in 汇总, in rubric order.
const ITEMS: [&str; 14] = [
    "集体备课",
    "二次备课",
    "作业数量",
    "全批全改",
    "每周计划",
    "按时授课",
    "线上辅导",
    "特殊学生关注",
    "会议活动",
    "学生活动",
    "美篇",
    "阶段总结",
    "学情调研",
    "附加分",
];

fn assert_items(s: &Summary, key: &str, expected: [f64; 14], total: f64, grade: &str) {
    for (item, want) in ITEMS.iter().zip(expected) {
        let got: f64 = s.get(key, item).parse().unwrap();
        assert_eq!(got, want, "teacher {key}, item {item}");
    }
    let got: f64 = s.get(key, "总分").parse().unwrap();
    assert_eq!(got, total, "teacher {key}, total");
    assert_eq!(s.get(key, "等级"), grade, "teacher {key}, grade");
}

#[test]
fn planted_teachers_score_as_computed_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let (out, _) = score_into(dir.path(), &[]);
    let s = Summary::read(&out);

    // A 0012 张丽华 — veto. Imports 5, 5, 9.5 (特殊学生), 5, 9.5, 9.5 (调研);
    // 作业数量 20 × 0.25 = 5; 美篇 6 × 0.5 = 3; 阶段总结 2 × 2.5 = 5; 表扬 校级 +2.
    // The 缺课 of 2022-02-28 is outside the period: 按时授课 stays 10.
    // Total 5+5+5+5+10+10+10+9.5+5+9.5+3+5+9.5+2 = 93.5, an A by score, but
    // 拒不参加 forces C.
    assert_items(
        &s,
        "0012",
        [5., 5., 5., 5., 10., 10., 10., 9.5, 5., 9.5, 3., 5., 9.5, 2.],
        93.5,
        "C",
    );
    assert_eq!(
        s.get("0012", "否决原因"),
        "拒不参加或应付了事，经教育仍不改正"
    );

    // B 0107 王建国 — floor. 12 unexcused 正课 缺课: 10 − 12 × 1 = −2 → 0 (扣完为止).
    // 4.5+4.5+5+5+10+0+10+8+4+8+1+2.5+8+0 = 70.5 < 75 → C by score.
    assert_items(
        &s,
        "0107",
        [4.5, 4.5, 5., 5., 10., 0., 10., 8., 4., 8., 1., 2.5, 8., 0.],
        70.5,
        "C",
    );

    // C 2031 李春梅 — caps. 美篇 13 × 0.5 = 6.5 → 5 (item max);
    // 附加分 典型发言 县级 5 + 表扬 校级 2 = 7 → 5. Everything else full: 100 → A.
    assert_items(
        &s,
        "2031",
        [5., 5., 5., 5., 10., 10., 10., 10., 5., 10., 5., 5., 10., 5.],
        100.,
        "A",
    );

    // D 0230 陈晓燕 — exemptions. Three 正课 缺课, two with 补卡审批通过 (exempt):
    // −1; late 8 min (≤ 10) −0.5; late 15 min (> 10, 按缺课计) −1:
    // 按时授课 10 − 1 − 0.5 − 1 = 7.5. The exempt 辅导 缺课 leaves 线上辅导 at 10.
    // The late arrival of 2022-04-01 is outside the period.
    // 5+4.5+5+5+10+7.5+10+9+5+9+2+5+9+0 = 86 → B.
    assert_items(
        &s,
        "0230",
        [5., 4.5, 5., 5., 10., 7.5, 10., 9., 5., 9., 2., 5., 9., 0.],
        86.,
        "B",
    );

    // E 0315 欧阳娜 (attendance says `欧阳 娜`) — 脱岗 maps to 缺课: 按时授课 10 − 1 = 9;
    // 辅导 缺课 −0.5 → 9.5; 19 assignments × 0.25 = 4.75; 美篇 5 × 0.5 = 2.5
    // (the one on 4月1日 is outside); 表扬 县级 +3.
    // 4.5+5+4.75+5+10+9+9.5+9+4.5+9+2.5+5+9.5+3 = 90.25 → A.
    assert_items(
        &s,
        "0315",
        [
            4.5, 5., 4.75, 5., 10., 9., 9.5, 9., 4.5, 9., 2.5, 5., 9.5, 3.,
        ],
        90.25,
        "A",
    );
    assert_eq!(s.get("0315", "姓名"), "欧阳娜");

    // F 1024 and G 1102 are both 刘洋: two rows, scored apart.
    // F: 美篇 10 × 0.5 = 5 (exactly the cap), 表扬 校级 +2: 97 → A.
    assert_items(
        &s,
        "1024",
        [5., 5., 5., 5., 10., 10., 10., 10., 5., 10., 5., 5., 10., 2.],
        97.,
        "A",
    );
    // G: 周计划缺交 ×1 → 9; late 5 min −0.5 → 9.5; two 辅导 缺课 × 0.5 → 9;
    // 18 × 0.25 = 4.5; 美篇 0.5; 阶段总结 2.5: 76 → B.
    assert_items(
        &s,
        "1102",
        [4., 4., 4.5, 5., 9., 9.5, 9., 8., 4., 8., 0.5, 2.5, 8., 0.],
        76.,
        "B",
    );

    // H 0056 赵志刚 — 16 assignments × 0.25 = 4; 3 not fully graded: 5 − 3 × 0.5 = 3.5;
    // 2 周计划缺交: 10 − 2 = 8 (the one of 2月28日 is outside the period).
    assert_items(
        &s,
        "0056",
        [
            4.5, 4.5, 4., 3.5, 8., 10., 10., 9., 4.5, 9., 1.5, 2.5, 9., 0.,
        ],
        80.,
        "B",
    );
}

#[test]
fn every_total_matches_the_independent_computation() {
    let dir = tempfile::tempdir().unwrap();
    let (out, _) = score_into(dir.path(), &[]);
    let s = Summary::read(&out);
    let readme = std::fs::read_to_string(root().join(EXAMPLE).join("README.md")).unwrap();
    let mut checked = 0;
    for line in readme.lines() {
        let cells: Vec<&str> = line
            .split('|')
            .map(|c| c.trim().trim_matches('*'))
            .collect();
        // Rows of the README's tables: | 工号 | 姓名 | [case |] total | grade |
        if cells.len() < 5 || cells[1].len() != 4 || !cells[1].bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let (total, grade) = (cells[cells.len() - 3], cells[cells.len() - 2]);
        let grade = grade
            .split_whitespace()
            .next()
            .unwrap_or(grade)
            .trim_matches('*');
        let got: f64 = s.get(cells[1], "总分").parse().unwrap();
        assert_eq!(got, total.parse::<f64>().unwrap(), "teacher {}", cells[1]);
        assert_eq!(s.get(cells[1], "等级"), grade, "teacher {}", cells[1]);
        checked += 1;
    }
    assert!(
        checked >= 40,
        "only {checked} teachers found in the README's tables"
    );
}

#[test]
fn evidence_traces_every_point_to_its_record() {
    let dir = tempfile::tempdir().unwrap();
    let (out, _) = score_into(dir.path(), &[]);
    let rows = sheet(&out, "明细");
    let head = &rows[0];
    let col = |name: &str| head.iter().position(|h| h == name).unwrap();
    let (key, item, kind, points, file, sheet_col, row, detail) = (
        col("工号"),
        col("项目"),
        col("类型"),
        col("分值"),
        col("来源文件"),
        col("工作表"),
        col("行号"),
        col("匹配字段"),
    );
    let of = |k: &str, i: &str| -> Vec<&Vec<String>> {
        rows.iter()
            .filter(|r| r[key] == k && r[item] == i)
            .collect()
    };

    // B: twelve −1 lines from the attendance sheet, then a +2 floor line.
    let b = of("0107", "按时授课");
    let records: Vec<_> = b.iter().filter(|r| r[kind] == "记录").collect();
    assert_eq!(records.len(), 12);
    for r in &records {
        assert_eq!(r[points], "-1");
        assert!(r[file].ends_with("直播课考勤_2022年3月.xlsx"));
        assert_eq!(r[sheet_col], "每日统计");
        assert!(
            r[row].parse::<u32>().unwrap() > 3,
            "a data row below the header"
        );
        assert!(r[detail].contains("打卡结果=缺课"), "{}", r[detail]);
    }
    let floor: Vec<_> = b.iter().filter(|r| r[kind] == "扣完为止").collect();
    assert_eq!(floor.len(), 1);
    assert_eq!(floor[0][points], "2");

    // D: two exempt lines worth 0 naming the approval, and the tiers named.
    let d = of("0230", "按时授课");
    let exempt: Vec<_> = d.iter().filter(|r| r[kind] == "免扣").collect();
    assert_eq!(exempt.len(), 2);
    assert!(exempt
        .iter()
        .all(|r| r[points] == "0" && r[detail].contains("补卡审批通过")));
    assert!(d
        .iter()
        .any(|r| r[points] == "-0.5" && r[detail].contains("迟到10分钟以内")));
    assert!(d
        .iter()
        .any(|r| r[points] == "-1" && r[detail].contains("按缺课计")));

    // C: the 美篇 cap takes back 1.5 in a line of its own.
    let c = of("2031", "美篇");
    assert_eq!(c.iter().filter(|r| r[kind] == "记录").count(), 13);
    assert!(c
        .iter()
        .any(|r| r[kind] == "项目封顶" && r[points] == "-1.5"));

    // The veto sheet names the record that forced A's grade.
    let vetoes = sheet(&out, "否决");
    assert!(vetoes.iter().any(|r| r[0] == "0012"
        && r[3] == "C"
        && r[4].ends_with("考核事件_2022年3月.xlsx")
        && r.iter().any(|c| c.contains("类别=拒不参加"))));
}

#[test]
fn records_outside_the_period_are_counted_not_scored() {
    let dir = tempfile::tempdir().unwrap();
    let (_, json) = score_into(dir.path(), &["--json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let outside: u64 = v["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["outside_period"].as_u64().unwrap())
        .sum();
    // A's 缺课 on 02-28 (3 rows that day), D's 迟到 on 04-01, E's 美篇 on 4月1日,
    // H's assignment on 2022/4/1 and 周计划缺交 on 2月28日, among others.
    assert!(outside >= 5, "{json}");
    assert_eq!(v["period"]["from"], "2022-03-01");
    assert_eq!(v["teachers"].as_array().unwrap().len(), 40);
}

#[test]
fn running_twice_gives_a_byte_identical_workbook() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let (wa, _) = score_into(a.path(), &[]);
    let (wb, _) = score_into(b.path(), &[]);
    assert_eq!(std::fs::read(wa).unwrap(), std::fs::read(wb).unwrap());
}

#[test]
fn an_existing_output_is_kept_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("scored.xlsx");
    std::fs::write(&out, b"keep me").unwrap();
    let output = kaohe()
        .args([
            "score", "--rubric", RUBRIC, "--input", EXAMPLE, "--period", "2022-03", "--out",
        ])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--force"));
    assert_eq!(std::fs::read(&out).unwrap(), b"keep me");
    let (_, _) = score_into(dir.path(), &["--force"]);
    assert_ne!(std::fs::read(&out).unwrap(), b"keep me");
}

#[test]
fn a_failed_run_leaves_no_output() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("scored.xlsx");
    // Without --period, 考核事件's dates written as 3月7日 have no year: the
    // run lacks its period, a usage error.
    let output = kaohe()
        .args(["score", "--rubric", RUBRIC, "--input", EXAMPLE, "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(!out.exists());
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no temporary file left"
    );
}
