//! 方案7's fixed times (rubrics/fangan7-daily-times.toml) on its sample
//! school, worked by hand (examples/fangan7-daily-times/README.md), and the
//! same boundary records read as CSV text and as xlsx datetime cells giving
//! the same scores.

use std::path::Path;

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use serde_json::Value;

use crate::support::kaohe;

const RUBRIC: &str = "rubrics/fangan7-daily-times.toml";

/// `kaohe score --json` of `input` over `period` (`--period` or `--from`
/// and `--to`): each teacher's total and items.
fn scores(input: &Path, period: &[&str]) -> Vec<(String, String, Value)> {
    let dir = tempfile::tempdir().unwrap();
    let output = kaohe()
        .args(["score", "--rubric", RUBRIC, "--json"])
        .args(period)
        .arg("--input")
        .arg(input)
        .arg("--out")
        .arg(dir.path().join("scored.xlsx"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let v: Value = serde_json::from_slice(&output.stdout).unwrap();
    v["teachers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["key"].as_str().unwrap().to_string(),
                t["total"].as_str().unwrap().to_string(),
                t["items"].clone(),
            )
        })
        .collect()
}

fn items(m: u32, p: u32, g: u32, q: u32) -> Value {
    serde_json::json!({
        "morning": format!("{m}.00"),
        "photo_deadline": format!("{p}.00"),
        "grading": format!("{g}.00"),
        "qa_slot": format!("{q}.00"),
    })
}

#[test]
fn the_sample_school_scores_as_worked_by_hand() {
    let got = scores(
        Path::new("examples/fangan7-daily-times"),
        &["--period", "2022-04"],
    );
    let want = [
        // A: every boundary on the good side (08:00, 17:59, exactly 24 h,
        // 19:30, 20:30): 40.
        ("0701", "40.00", items(10, 10, 10, 10)),
        // B: photos due at 18:00 twice: 10 − 2 = 8; 38.
        ("0702", "38.00", items(10, 8, 10, 10)),
        // C: 08:01 once (−1); 24 h 1 min and never graded (−2): 9 + 10 + 8 + 10 = 37.
        ("0703", "37.00", items(9, 10, 8, 10)),
        // D: 08:10 three times (−3); 19:00 on three Mondays and nothing on the
        // 调休 Sunday 04-24 (−4): 7 + 10 + 10 + 6 = 33.
        ("0704", "33.00", items(7, 10, 10, 6)),
        ("0705", "40.00", items(10, 10, 10, 10)),
        ("0706", "40.00", items(10, 10, 10, 10)),
        ("0707", "40.00", items(10, 10, 10, 10)),
        ("0708", "40.00", items(10, 10, 10, 10)),
    ];
    assert_eq!(got.len(), want.len());
    for ((k, total, it), (wk, wtotal, wit)) in got.iter().zip(want) {
        assert_eq!((k.as_str(), total.as_str(), it), (wk, wtotal, &wit));
    }
}

/// The boundary records, as (工号, text) rows of each source.
struct Boundary {
    morning: Vec<[&'static str; 3]>,
    homework: Vec<[&'static str; 4]>,
    qa: Vec<[&'static str; 3]>,
}

fn boundary() -> Boundary {
    Boundary {
        morning: vec![
            ["T01", "三(1)班", "2022-04-06 08:00"],
            ["T01", "三(1)班", "2022-04-07 08:01"],
            ["T01", "三(1)班", "2022-04-08 07:59"],
            ["T02", "五(1)班", "2022-04-06 07:45"],
            ["T02", "五(1)班", "2022-04-07 07:45"],
            ["T02", "五(1)班", "2022-04-08 07:45"],
        ],
        homework: vec![
            ["T01", "三(1)班", "2022-04-06 17:59", "2022-04-07 17:59"],
            ["T01", "三(1)班", "2022-04-07 18:00", "2022-04-08 18:01"],
            ["T01", "三(1)班", "2022-04-08 16:00", ""],
            ["T02", "五(1)班", "2022-04-06 17:00", "2022-04-06 21:00"],
            ["T02", "五(1)班", "2022-04-07 17:00", "2022-04-07 21:00"],
            ["T02", "五(1)班", "2022-04-08 17:00", "2022-04-08 21:00"],
        ],
        qa: vec![
            ["T01", "2022-04-06 19:29", "30"],
            ["T01", "2022-04-07 19:30", "30"],
            ["T01", "2022-04-08 20:31", "30"],
            ["T02", "2022-04-06 20:30", "30"],
            ["T02", "2022-04-07 20:30", "30"],
            ["T02", "2022-04-08 20:30", "30"],
        ],
    }
}

const ROSTER: &str = "工号,姓名,学校\nT01,甲老师,一小\nT02,乙老师,一小\n";

fn csv(header: &str, rows: impl Iterator<Item = Vec<&'static str>>) -> String {
    let mut s = format!("{header}\n");
    for r in rows {
        s.push_str(&r.join(","));
        s.push('\n');
    }
    s
}

/// An xlsx whose datetime columns are real datetime cells (a serial number
/// with a date format), as a spreadsheet saves them.
fn xlsx(path: &Path, header: &[&str], datetimes: &[usize], rows: &[Vec<&str>]) {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let format = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, v) in row.iter().enumerate() {
            let c = c as u16;
            if v.is_empty() {
                continue;
            }
            if datetimes.contains(&(c as usize)) {
                let dt = ExcelDateTime::parse_from_str(v).unwrap();
                sheet
                    .write_datetime_with_format(r, c, &dt, &format)
                    .unwrap();
            } else {
                sheet.write_string(r, c, *v).unwrap();
            }
        }
    }
    book.save(path).unwrap();
}

#[test]
fn boundaries_score_the_same_from_csv_text_and_from_xlsx_datetime_cells() {
    let b = boundary();
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("text");
    let cells = dir.path().join("cells");
    for d in [&text, &cells] {
        std::fs::create_dir(d).unwrap();
        std::fs::write(d.join("教师名册.csv"), ROSTER).unwrap();
    }
    std::fs::write(
        text.join("晨读提醒.csv"),
        csv("工号,班级,发送时间", b.morning.iter().map(|r| r.to_vec())),
    )
    .unwrap();
    std::fs::write(
        text.join("作业.csv"),
        csv(
            "工号,班级,上传截止时间,批阅完成时间",
            b.homework.iter().map(|r| r.to_vec()),
        ),
    )
    .unwrap();
    std::fs::write(
        text.join("答疑.csv"),
        csv("工号,开始时间,时长(分钟)", b.qa.iter().map(|r| r.to_vec())),
    )
    .unwrap();
    let rows = |v: &[&[&'static str]]| v.iter().map(|r| r.to_vec()).collect::<Vec<_>>();
    let morning: Vec<&[&str]> = b.morning.iter().map(|r| &r[..]).collect();
    let homework: Vec<&[&str]> = b.homework.iter().map(|r| &r[..]).collect();
    let qa: Vec<&[&str]> = b.qa.iter().map(|r| &r[..]).collect();
    xlsx(
        &cells.join("晨读提醒.xlsx"),
        &["工号", "班级", "发送时间"],
        &[2],
        &rows(&morning),
    );
    xlsx(
        &cells.join("作业.xlsx"),
        &["工号", "班级", "上传截止时间", "批阅完成时间"],
        &[2, 3],
        &rows(&homework),
    );
    xlsx(
        &cells.join("答疑.xlsx"),
        &["工号", "开始时间", "时长(分钟)"],
        &[1],
        &rows(&qa),
    );

    let period = ["--from", "2022-04-06", "--to", "2022-04-08"];
    let from_text = scores(&text, &period);
    let from_cells = scores(&cells, &period);
    // T01: 晨读 08:00 on time, 08:01 late, 07:59 on time: 10 − 1 = 9.
    // Photos due 17:59 (before six), 18:00 (not), 16:00: 10 − 1 = 9.
    // Graded exactly 24 h after (in time), 24 h 1 min (late), never (late):
    // 10 − 2 = 8. Sessions at 19:29 (before the slot), 19:30 (in), 20:31
    // (after): two school days without one, 10 − 2 = 8. 9 + 9 + 8 + 8 = 34.
    // T02: everything on time, sessions at 20:30 (the slot's last minute): 40.
    let want = vec![
        ("T01".to_string(), "34.00".to_string(), items(9, 9, 8, 8)),
        (
            "T02".to_string(),
            "40.00".to_string(),
            items(10, 10, 10, 10),
        ),
    ];
    assert_eq!(from_text, want);
    assert_eq!(from_cells, want);
}
