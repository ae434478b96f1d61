//! A rubric whose locale is English, run with English headers and values:
//! every fixed word the run writes — evidence details included — is English,
//! and only the data's own words (a class named 四(1)班) are left in Chinese.
//! The same run in Chinese keeps its Chinese details.

use std::path::Path;

use crate::support::{kaohe, sheet};

const RUBRIC: &str = "tests/fixtures/english/rubric.toml";
const INPUT: &str = "tests/fixtures/english";
/// The one Chinese value in the data.
const DATA_ZH: &str = "四(1)班";

fn score(out: &Path, lang: &[&str]) {
    let output = kaohe()
        .args(lang)
        .args([
            "score", "--rubric", RUBRIC, "--input", INPUT, "--slips", "-q",
        ])
        .arg("--out")
        .arg(out)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Chinese characters and the full-width punctuation that goes with them.
fn cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{3400}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}')
}

/// The 明细 sheet's detail column, by teacher and item.
fn details(book: &Path, sheet_name: &str) -> Vec<(String, String, String)> {
    let rows = sheet(book, sheet_name);
    rows[1..]
        .iter()
        .map(|r| (r[0].clone(), r[3].clone(), r[10].clone()))
        .collect()
}

#[test]
fn an_english_rubric_writes_no_chinese_but_the_data_s() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("out.xlsx");
    // No --lang and no LANG: the rubric's `locale = "en"` decides.
    score(&book, &[]);
    let mut data_seen = false;
    for name in [
        "Summary",
        "Summary (print)",
        "Statistics",
        "Slips",
        "Evidence",
        "Vetoes",
        "Rules",
        "Run",
    ] {
        for (r, row) in sheet(&book, name).iter().enumerate() {
            for cell in row {
                data_seen |= cell.contains(DATA_ZH);
                let fixed = cell.replace(DATA_ZH, "");
                assert!(
                    !fixed.chars().any(cjk),
                    "{name} row {}: a Chinese word in an English run: {cell}",
                    r + 1
                );
            }
        }
    }
    assert!(data_seen, "the data's Chinese class name is shown as it is");
    let details = details(&book, "Evidence");
    let has = |key: &str, item: &str, detail: &str| {
        assert!(
            details
                .iter()
                .any(|(k, i, d)| k == key && i == item && d == detail),
            "no {key} {item} line `{detail}` in {details:#?}"
        );
    };
    has(
        "T01",
        "Attendance",
        "Date=2022-03-07, Kind=absent, Approval=approved; exempt: approved correction",
    );
    has(
        "T01",
        "Attendance",
        "Date=2022-03-08, Kind=late, Late minutes=5; late up to 10 minutes",
    );
    has(
        "T01",
        "Daily checks",
        "2022-03-08 (Tuesday) 3A: sum of Checked 3 < 5; records: rows 3",
    );
    has(
        "T03",
        "Daily checks",
        "2022-03-08 (Tuesday) 四(1)班: sum of Checked 0 < 5; no records",
    );
    has(
        "T04",
        "Weekly checks",
        "2022-W10 (03-07 to 03-11): count 0 < 1; no records",
    );
    has(
        "T01",
        "Results",
        "mean of 2 records; 86.5 ÷ the group's average ≈82.17 (whole roster, 3 teachers) × 10 ≈ 10.53",
    );
    has(
        "T02",
        "Rank",
        "90: rank 2 (Grade=3, 2 teachers); (2 − 2 + 1) ÷ 2 × 10 = 5",
    );
    has(
        "T03",
        "Rank points",
        "70: rank 3 (whole roster, 3 teachers); points for the rank 8",
    );
    has(
        "T04",
        "Results",
        "no record, so not compared within the group",
    );
    has("T02", "Marking", "3.33 < 4: scores 0");
    has(
        "T02",
        "Ethics rating",
        "subtotal of Ethics 13.2 < 20: scores 0",
    );
    has("T02", "Ethics rating", "peers: no score, counted as 0");
    has(
        "T01",
        "Ethics rating",
        "panel: mean of 2 (28+26)/2 = 27 × 60% = 16.2",
    );
    has(
        "T01",
        "(category subtotal)",
        "36 × 0.5 = 18; Role=cadre (roster.csv:2); \
         on duty: Date=2022-03-10, Kind=duty (events.csv:8)",
    );
}

#[test]
fn the_same_rubric_in_chinese_keeps_its_chinese_details() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("out.xlsx");
    score(&book, &["--lang", "zh"]);
    let details = details(&book, "明细");
    let has = |key: &str, item: &str, detail: &str| {
        assert!(
            details
                .iter()
                .any(|(k, i, d)| k == key && i == item && d == detail),
            "no {key} {item} line `{detail}` in {details:#?}"
        );
    };
    has(
        "T01",
        "Attendance",
        "Date=2022-03-07, Kind=absent, Approval=approved；免扣：approved correction",
    );
    has(
        "T01",
        "Attendance",
        "Date=2022-03-08, Kind=late, Late minutes=5；late up to 10 minutes",
    );
    has(
        "T01",
        "Daily checks",
        "2022-03-08（星期二） 3A：Checked 合计 3 < 5；记录：行 3",
    );
    has(
        "T04",
        "Weekly checks",
        "2022-W10（03-07 至 03-11）：0 次 < 1；无记录",
    );
    has(
        "T01",
        "Results",
        "2 条记录平均；86.5 ÷ 组内平均 ≈82.17（全校，共 3 人）× 10 ≈ 10.53",
    );
    has(
        "T02",
        "Rank",
        "90：第 2 名（Grade=3，共 2 人）；(2 − 2 + 1) ÷ 2 × 10 = 5",
    );
    has("T04", "Results", "无记录，不参与组内比较");
    has("T02", "Marking", "3.33 < 4：不得分");
    has(
        "T02",
        "Ethics rating",
        "类别「Ethics」合计 13.2 < 20：不得分",
    );
    has("T02", "Ethics rating", "peers：无评分，按 0 分计");
    has(
        "T01",
        "Ethics rating",
        "panel：2 条平均 (28+26)/2 = 27 × 60% = 16.2",
    );
    has(
        "T01",
        "（类别合计）",
        "36 × 0.5 = 18；Role=cadre (roster.csv:2)；\
         on duty：Date=2022-03-10, Kind=duty (events.csv:8)",
    );
}
