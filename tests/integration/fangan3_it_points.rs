//! 方案3 信息化积分 on its sample school, read back: weekly counts capped
//! per week, bonuses capped per item, awards by level, and the 500-point
//! category threshold. Expected values are worked out by hand below (and in
//! examples/fangan3-it-points/README.md).

use std::path::{Path, PathBuf};

use crate::support::{kaohe, sheet, Summary};

const RUBRIC: &str = "rubrics/fangan3-it-points.toml";
const EXAMPLE: &str = "examples/fangan3-it-points";

fn score_into(dir: &Path) -> PathBuf {
    let out = dir.join("scored.xlsx");
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

/// Item columns in 汇总, in rubric order.
const ITEMS: [&str; 9] = [
    "空间登录",
    "上传文章",
    "上传资源",
    "上传照片",
    "多媒体使用",
    "互动课堂",
    "网络教研",
    "信息素养培训",
    "信息化竞赛获奖",
];

fn assert_items(s: &Summary, key: &str, expected: [f64; 9], total: f64, grade: &str) {
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
    let s = Summary::read(&score_into(dir.path()));

    // A 0401: 20 weeks × (2 logins × 2 + 3 articles × 3 + 1 × 5 + 2 photos × 1 + 5 days × 1)
    //       = 80 + 180 + 100 + 40 + 100 = 500: not under 500, kept.
    assert_items(
        &s,
        "0401",
        [80., 180., 100., 40., 100., 0., 0., 0., 0.],
        500.,
        "达标",
    );

    // B 0402: as A with 2 articles in week 7: 500 − 3 = 497 < 500 → every item 0.
    assert_items(&s, "0402", [0.; 9], 0., "未达标");

    // C 0403: per week min(6,3) × 2 = 6, min(8,5) × 3 = 15, min(2,1) × 5 = 5, 3 × 1, 5 × 1:
    // 120, 300, 100, 60, 100; 互动课堂 2 × 50 = 100 → cap 50; 教研 22 × 5 = 110 → cap 100;
    // 培训 4 × 10 = 40; 获奖 国家级 100 + 省级 80 + 市级 50 = 230 → cap 200. All: 1070.
    assert_items(
        &s,
        "0403",
        [120., 300., 100., 60., 100., 50., 100., 40., 200.],
        1070.,
        "达标",
    );

    // D 0404: A's 500 + 互动课堂 50 + 10 × 5 教研 + 3 × 10 培训 (the 缺勤 earns nothing)
    //       + 县级 30 + 校级 20 = 680.
    assert_items(
        &s,
        "0404",
        [80., 180., 100., 40., 100., 50., 50., 30., 50.],
        680.,
        "达标",
    );

    // E 0405: no weekly rows; 互动课堂 50 + 市级 50 = 100 < 500 → 0.
    assert_items(&s, "0405", [0.; 9], 0., "未达标");
}

#[test]
fn the_threshold_line_shows_what_it_took_away() {
    let dir = tempfile::tempdir().unwrap();
    let rows = sheet(&score_into(dir.path()), "明细");
    let b: Vec<&Vec<String>> = rows
        .iter()
        .filter(|r| r[0] == "0402" && r[5] == "未达门槛")
        .collect();
    // One line per item that had points: logins −80, articles −177, resources −100,
    // photos −40, software −100 (together the 497 earned).
    let taken: Vec<f64> = b.iter().map(|r| r[6].parse().unwrap()).collect();
    assert_eq!(taken, [-80., -177., -100., -40., -100.]);
    assert!(b
        .iter()
        .all(|r| r[10] == "类别「信息化教学应用积分」合计 497 < 500：不得分"));

    // A login week of C: 6 logins, 2 points each for at most 3.
    let c = rows
        .iter()
        .find(|r| r[0] == "0403" && r[4] == "每周登录")
        .unwrap();
    assert_eq!(c[6], "6");
    assert!(c[10].contains("登录次数=6"), "{}", c[10]);
}
