//! `kaohe rollup` of the README's example: 方案5's March split into two
//! periods, each given as `score --json` output, as a scored workbook, or as
//! a workbook written in English. Items are matched by id whatever form a
//! period comes in, so every mix rolls up cell for cell as two JSON files do
//! (only the file names in 权重 differ).

use std::path::{Path, PathBuf};

use calamine::{open_workbook, Reader, Xlsx};
use serde_json::Value;

use super::support::{kaohe, root, sheet};

const RUBRIC: &str = "rubrics/fangan5-online-teaching.toml";

/// Scores one half of March into `dir`: `<name>.json` and `<name>.xlsx`, the
/// workbook in `lang`.
fn score_half(dir: &Path, name: &str, from: &str, to: &str, lang: &str) -> (PathBuf, PathBuf) {
    let json = dir.join(format!("{name}.json"));
    let xlsx = dir.join(format!("{name}.xlsx"));
    let out = kaohe()
        .current_dir(root())
        .args(["--lang", lang, "score", "--rubric", RUBRIC, "--json"])
        .args(["--input", "examples/fangan5-online-teaching"])
        .args(["--from", from, "--to", to])
        .arg("--out")
        .arg(&xlsx)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::write(&json, &out.stdout).unwrap();
    (json, xlsx)
}

/// The term's `--json` with each period's file name blanked, and its
/// workbook's sheets, the file names of 权重 blanked.
fn rollup(dir: &Path, name: &str, results: [&PathBuf; 2]) -> (Value, Vec<Vec<Vec<String>>>) {
    let out = dir.join(format!("{name}.xlsx"));
    let mut cmd = kaohe();
    cmd.args(["rollup", "--rubric", RUBRIC, "--json"])
        .current_dir(root());
    for r in results {
        cmd.arg("--results").arg(r);
    }
    let run = cmd.arg("--out").arg(&out).output().unwrap();
    assert!(
        run.status.success(),
        "{name}: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    let mut json: Value = serde_json::from_slice(&run.stdout).unwrap();
    for p in json["periods"].as_array_mut().unwrap() {
        p["origin"] = Value::Null;
    }
    let book: Xlsx<_> = open_workbook(&out).unwrap();
    let names = book.sheet_names();
    assert_eq!(names, ["学期汇总", "学期项目", "权重"]);
    let mut sheets: Vec<Vec<Vec<String>>> = names.iter().map(|n| sheet(&out, n)).collect();
    // Row 0 is the title, row 1 the header.
    for row in sheets[2].iter_mut().skip(2) {
        row[0].clear();
    }
    (json, sheets)
}

#[test]
fn a_workbook_and_json_roll_up_as_two_json_files_do() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let (a_json, a_xlsx) = score_half(dir, "a", "2022-03-01", "2022-03-15", "zh");
    let (b_json, b_xlsx) = score_half(dir, "b", "2022-03-16", "2022-03-31", "zh");
    let (_, b_en) = score_half(dir, "b-en", "2022-03-16", "2022-03-31", "en");
    let (want_json, want) = rollup(dir, "json-json", [&a_json, &b_json]);

    // One column per item of the rubric, by id, and a mean weighted by days.
    let items = &want[1][1];
    assert_eq!(items.len(), 2 + 14, "{items:?}");
    assert_eq!(items[2], "collective_prep");
    let t = want_json["teachers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["key"] == "0012")
        .unwrap();
    assert_eq!(t["items"]["homework_count"], "2.49");

    for (name, pair) in [
        ("json-xlsx", [&a_json, &b_xlsx]),
        ("xlsx-json", [&a_xlsx, &b_json]),
        ("xlsx-xlsx", [&a_xlsx, &b_xlsx]),
        ("json-english-xlsx", [&a_json, &b_en]),
        ("xlsx-english-xlsx", [&a_xlsx, &b_en]),
    ] {
        let (json, sheets) = rollup(dir, name, pair);
        assert_eq!(json, want_json, "{name}: rollup --json");
        for (s, (got, want)) in sheets.iter().zip(&want).enumerate() {
            assert_eq!(got.len(), want.len(), "{name}: sheet {s} rows");
            for (r, (g, w)) in got.iter().zip(want).enumerate() {
                assert_eq!(g, w, "{name}: sheet {s} row {}", r + 1);
            }
        }
    }
}

#[test]
fn results_of_another_rubric_are_refused_naming_the_item() {
    let tmp = tempfile::tempdir().unwrap();
    let (a_json, _) = score_half(tmp.path(), "a", "2022-03-01", "2022-03-15", "zh");
    let (b_json, _) = score_half(tmp.path(), "b", "2022-03-16", "2022-03-31", "zh");
    let text = std::fs::read_to_string(&b_json).unwrap();
    let other = tmp.path().join("other.json");
    std::fs::write(&other, text.replace("\"survey\"", "\"survey_2\"")).unwrap();
    let out = kaohe()
        .current_dir(root())
        .args(["--lang", "en", "rollup", "--rubric", RUBRIC, "--results"])
        .arg(&a_json)
        .arg("--results")
        .arg(&other)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("item `survey_2` is not in the rubric"),
        "{stderr}"
    );
}
