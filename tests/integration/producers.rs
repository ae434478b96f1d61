//! Workbooks written by other programs score exactly as our CSV does: the
//! same records saved by LibreOffice as xlsx, ods and xls (committed under
//! tests/fixtures/libreoffice-*, converted with `soffice --convert-to`).
//! And a workbook converted to ods by LibreOffice is read as the xlsx it
//! came from, merged cells included (tests/fixtures/libreoffice-merged,
//! written by its make.py).

use crate::support::kaohe;

fn json_of(folder: &str) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.xlsx");
    let output = kaohe()
        .args(["score", "--rubric"])
        .arg(format!("{folder}/rubric.toml"))
        .args(["--input", folder, "--period", "2022-03", "--json", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{folder}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

fn scores(v: &serde_json::Value) -> Vec<(String, String, String)> {
    v["teachers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["key"].as_str().unwrap().to_string(),
                t["total"].as_str().unwrap().to_string(),
                t["grade"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn libreoffice_workbooks_score_like_the_csv_they_came_from() {
    let csv = scores(&json_of("tests/fixtures/mini"));
    // 0012: one 缺课 → 9; 0107: 脱岗 counts as 缺课 → 9 (the 4/1 缺课 is outside March).
    assert_eq!(
        csv,
        vec![
            ("0012".into(), "9.0".into(), "合格".into()),
            ("0107".into(), "9.0".into(), "合格".into()),
        ]
    );
    for format in ["xlsx", "ods", "xls"] {
        let got = scores(&json_of(&format!("tests/fixtures/libreoffice-{format}")));
        assert_eq!(got, csv, "LibreOffice {format}");
    }
}

/// `kaohe --lang en score` on one workbook of tests/fixtures/libreoffice-merged
/// with its roster: the exit code, stderr with the file's name as `FILE`,
/// and the (key, total, grade) of each teacher when it scores.
fn score_merged(file: &str) -> (i32, String, Vec<(String, String, String)>) {
    let fixture = crate::support::root().join("tests/fixtures/libreoffice-merged");
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    for name in ["roster.csv", file] {
        std::fs::copy(fixture.join(name), input.join(name)).unwrap();
    }
    let output = kaohe()
        .current_dir(dir.path())
        .args(["--lang", "en", "score", "--rubric"])
        .arg(fixture.join("rubric.toml"))
        .args([
            "--input", "in", "--period", "2022-03", "--json", "--out", "out.xlsx",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).replace(&format!("in/{file}"), "FILE");
    let scored = match output.status.code() {
        Some(0) => scores(&serde_json::from_slice(&output.stdout).unwrap()),
        _ => Vec::new(),
    };
    (output.status.code().unwrap_or(-1), stderr, scored)
}

/// calamine reads the cells an ods merge covers as blanks, and kaohe used
/// to take them so: a 补卡审批通过 merged over a teacher's two 缺课 excused
/// the first only, and the run said nothing. An ods merge over two data
/// rows of a column read is now refused with the very words an xlsx gets.
#[test]
fn merged_cells_in_an_ods_are_refused_as_in_the_xlsx_not_read_as_blanks() {
    for (case, cells) in [
        // An optional field: the second row would take no approval.
        (
            "approval-merged",
            "cells F4:F5 are merged: 关联的审批单 is filled only in F4;",
        ),
        // The teacher's key: the second row would have no teacher.
        (
            "key-merged",
            "cells B4:B5 are merged: 工号 is filled only in B4;",
        ),
    ] {
        let xlsx = score_merged(&format!("{case}.xlsx"));
        let ods = score_merged(&format!("{case}.ods"));
        assert_eq!(ods, xlsx, "{case}: the ods is read otherwise than the xlsx");
        assert_eq!(ods.0, 3, "{case}: {}", ods.1);
        assert!(
            ods.1
                .starts_with(&format!("error: FILE, sheet 每日统计, {cells}")),
            "{case}: {}",
            ods.1
        );
    }
}

/// A title merged across the table above its header, as DingTalk exports
/// it, hides nothing from a record: the ods scores as the xlsx does.
#[test]
fn a_title_merged_above_the_header_of_an_ods_is_read_as_in_the_xlsx() {
    let xlsx = score_merged("title-merged.xlsx");
    let ods = score_merged("title-merged.ods");
    assert_eq!(ods, xlsx);
    // 张三's first 缺课 is excused by its approval, the second is not.
    assert_eq!(
        ods.2,
        vec![
            ("1001".into(), "9.0".into(), "合格".into()),
            ("1002".into(), "9.0".into(), "合格".into()),
        ]
    );
}
