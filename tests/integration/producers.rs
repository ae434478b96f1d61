//! Workbooks written by other programs score exactly as our CSV does: the
//! same records saved by LibreOffice as xlsx, ods and xls (committed under
//! tests/fixtures/libreoffice-*, converted with `soffice --convert-to`).

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
