//! `kaohe rollup` with a quota rubric (方案13): two months scored by the real
//! binary from tiny exports, combined into the term and ranked again within
//! each school. Expected values are worked out by hand from the fixtures'
//! scores (every teacher's four raters give the same score, so a month's
//! 师德评议 is that score).
//!
//! tests/fixtures/rollup-quota: 一小 has eleven teachers, 二小 two.
//!
//! | 工号 | 9月 | 10月 | term (1:1) | term (30:31 days) |
//! |------|-----|------|------------|-------------------|
//! | 01   | 96  | 98   | 97.00      | 97.02             |
//! | 02   | 95  | 95   | 95.00      | 95.00             |
//! | 03   | 94  | 93   | 93.50      | 93.49             |
//! | 04   | 92  | 95   | 93.50      | 93.52             |
//! | 05   | 90  | 91   | 90.50      |                   |
//! | 06   | 89  | 89   | 89.00      |                   |
//! | 07   | 88  | 87   | 87.50      |                   |
//! | 08   | 86  | 86   | 86.00      |                   |
//! | 09   | 85  | 84   | 84.50      |                   |
//! | 10   | 80  | 80   | 80.00      |                   |
//! | 11   | 99  | 99   | 99.00, vetoed in October (有偿家教屡教不改) |
//! | 12   | 70  | 80   | 75.00 (二小) |                 |
//! | 13   | 60  | 60   | 60.00 (二小) |                 |

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::support::{kaohe, root, sheet};

const RUBRIC: &str = "rubrics/fangan13-ethics.toml";

fn fixtures() -> PathBuf {
    root().join("tests/fixtures/rollup-quota")
}

/// Scores one month into `dir`: `<month>.json` and `<month>.xlsx`.
fn score_month(dir: &Path, month: &str) -> (PathBuf, PathBuf) {
    let json = dir.join(format!("{month}.json"));
    let xlsx = dir.join(format!("{month}.xlsx"));
    let out = kaohe()
        .args(["score", "--rubric", RUBRIC, "--period", month, "--json"])
        .arg("--input")
        .arg(fixtures().join("教师名册.csv"))
        .arg("--input")
        .arg(fixtures().join(month))
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

fn rollup(results: &[&Path], extra: &[&str]) -> Value {
    let mut cmd = kaohe();
    cmd.args(["rollup", "--rubric", RUBRIC, "--json"]);
    for r in results {
        cmd.arg("--results").arg(r);
    }
    let out = cmd.args(extra).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn teacher<'a>(term: &'a Value, key: &str) -> &'a Value {
    term["teachers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["key"] == key)
        .unwrap()
}

fn grade(term: &Value, key: &str) -> String {
    teacher(term, key)["grade"].as_str().unwrap().to_string()
}

#[test]
fn the_term_is_ranked_again_within_each_school() {
    let tmp = tempfile::tempdir().unwrap();
    let (sep, _) = score_month(tmp.path(), "2022-09");
    let (oct, _) = score_month(tmp.path(), "2022-10");
    let out = tmp.path().join("学期.xlsx");
    let mut extra = vec!["--weight", "1", "--weight", "1", "--out"];
    let out_text = out.display().to_string();
    extra.push(&out_text);
    let term = rollup(&[&sep, &oct], &extra);

    let totals: Vec<(&str, &str)> = term["teachers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["key"].as_str().unwrap(), t["total"].as_str().unwrap()))
        .collect();
    assert_eq!(
        totals,
        vec![
            ("01", "97.00"),
            ("02", "95.00"),
            ("03", "93.50"),
            ("04", "93.50"),
            ("05", "90.50"),
            ("06", "89.00"),
            ("07", "87.50"),
            ("08", "86.00"),
            ("09", "84.50"),
            ("10", "80.00"),
            ("11", "99.00"),
            ("12", "75.00"),
            ("13", "60.00"),
        ]
    );

    // 一小: 11 teachers, 11 vetoed and taken out, 10 counted → 3 / 4 / 2 / 1.
    let s = &term["quotas"][0];
    assert_eq!(
        (s["name"].as_str(), s["counted"].as_u64()),
        (Some("一小"), Some(10))
    );
    assert_eq!(s["excluded"], 1);
    let counts: Vec<u64> = s["slots"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["count"].as_u64().unwrap())
        .collect();
    assert_eq!(counts, vec![3, 4, 2, 1]);

    // 03 and 04 tie at 93.50 over places 3–4, across the 优秀 boundary
    // (places 1–3): ties = "better", so both are 优秀.
    for key in ["03", "04"] {
        let t = teacher(&term, key);
        assert_eq!(t["rank"], "3–4");
        assert_eq!(t["ranked_of"], 10);
        assert_eq!(t["grade"], "优秀");
        assert_eq!(t["graded_by"], "quota");
        let basis = t["grade_basis"].as_str().unwrap();
        assert!(basis.contains("并列第 3/10 名"), "{basis}");
        assert!(basis.contains("均取较高等级"), "{basis}");
    }
    let grades: Vec<String> = (1..=10).map(|k| grade(&term, &format!("{k:02}"))).collect();
    assert_eq!(
        grades,
        [
            "优秀",
            "优秀",
            "优秀",
            "优秀",
            "合格",
            "合格",
            "合格",
            "基本合格",
            "基本合格",
            "不合格"
        ]
    );

    // 11 has the best total but a veto in October: 不合格, unranked.
    let t = teacher(&term, "11");
    assert_eq!(
        (t["grade"].as_str(), t["graded_by"].as_str()),
        (Some("不合格"), Some("veto"))
    );
    assert!(t.get("rank").is_none());
    let basis = t["grade_basis"].as_str().unwrap();
    assert!(
        basis.contains("2022-10.json") && basis.contains("不参加名额排序"),
        "{basis}"
    );

    // 二小 is ranked apart: 30% × 2 = 0.6 → 1 优秀, 40% × 2 = 0.8 → 1 合格.
    assert_eq!(
        (grade(&term, "12"), grade(&term, "13")),
        ("优秀".into(), "合格".into())
    );
    assert_eq!(teacher(&term, "12")["ranked_of"], 2);

    assert_eq!(
        term["grades"],
        serde_json::json!({"优秀": 5, "合格": 4, "基本合格": 2, "不合格": 2})
    );

    // The workbook shows the same rank and basis.
    let rows = sheet(&out, "学期汇总");
    // A title row says what the sheet is; the header is below it.
    assert!(rows[0][0].starts_with("学期汇总——"), "{:?}", rows[0]);
    let head = &rows[1];
    let col = |name: &str| head.iter().position(|h| h == name).unwrap();
    let row = rows.iter().find(|r| r[0] == "04").unwrap();
    assert_eq!(row[col("学校")], "一小");
    assert_eq!(row[col("学期总分")], "93.5");
    assert_eq!(row[col("等级")], "优秀");
    assert_eq!(row[col("依据")], "名额");
    assert_eq!(row[col("名次")], "3–4/10");
    assert!(row[col("等级依据")].starts_with("一小：与 03 并列第 3/10 名"));
}

#[test]
fn days_weigh_the_months_and_split_the_tie() {
    let tmp = tempfile::tempdir().unwrap();
    let (sep, _) = score_month(tmp.path(), "2022-09");
    let (oct, _) = score_month(tmp.path(), "2022-10");
    let term = rollup(&[&sep, &oct], &[]);
    // 30 and 31 days: 03 (30×94 + 31×93) / 61 = 93.49, 04 (30×92 + 31×95) / 61 = 93.52.
    assert_eq!(teacher(&term, "03")["total"], "93.49");
    assert_eq!(teacher(&term, "04")["total"], "93.52");
    assert_eq!(teacher(&term, "01")["total"], "97.02");
    // 04 now holds place 3, the last 优秀 place; 03 falls to place 4, 合格.
    assert_eq!(
        (teacher(&term, "04")["rank"].as_str(), grade(&term, "04")),
        (Some("3"), "优秀".into())
    );
    assert_eq!(
        (teacher(&term, "03")["rank"].as_str(), grade(&term, "03")),
        (Some("4"), "合格".into())
    );
}

#[test]
fn scored_workbooks_roll_up_like_their_json() {
    let tmp = tempfile::tempdir().unwrap();
    let (sep_json, sep) = score_month(tmp.path(), "2022-09");
    let (oct_json, oct) = score_month(tmp.path(), "2022-10");
    let weights = ["--weight", "1", "--weight", "1"];
    let from_books = rollup(&[&sep, &oct], &weights);
    let from_json = rollup(&[&sep_json, &oct_json], &weights);
    for key in ["01", "03", "04", "10", "11", "12", "13"] {
        let (a, b) = (teacher(&from_books, key), teacher(&from_json, key));
        for field in ["school", "total", "grade", "graded_by", "rank"] {
            assert_eq!(a[field], b[field], "{key} {field}");
        }
    }
}

/// The term workbook's sheets and headers follow `--lang`: English labels
/// with `en`, Chinese with `zh` (the rubric's own locale).
#[test]
fn the_term_workbook_is_labelled_in_the_language_asked_for() {
    use calamine::{open_workbook, Reader, Xlsx};
    let tmp = tempfile::tempdir().unwrap();
    let (sep, _) = score_month(tmp.path(), "2022-09");
    let (oct, _) = score_month(tmp.path(), "2022-10");
    let write = |lang: &str| {
        let out = tmp.path().join(format!("term-{lang}.xlsx"));
        let status = kaohe()
            .args(["--lang", lang, "rollup", "--rubric", RUBRIC, "--quiet"])
            .arg("--results")
            .arg(&sep)
            .arg("--results")
            .arg(&oct)
            .arg("--out")
            .arg(&out)
            .output()
            .unwrap();
        assert!(
            status.status.success(),
            "{}",
            String::from_utf8_lossy(&status.stderr)
        );
        out
    };
    let periods = ["2022-09-01..2022-09-30", "2022-10-01..2022-10-31"];
    let headers = |out: &Path, names: [&str; 3]| {
        let book: Xlsx<_> = open_workbook(out).unwrap();
        assert_eq!(book.sheet_names(), names.map(String::from).to_vec());
        names.map(|n| sheet(out, n).swap_remove(1))
    };

    let en = write("en");
    let [summary, items, weights] = headers(&en, ["Term summary", "Term items", "Weights"]);
    let mut want = vec!["Key", "Name", "School"];
    want.extend(periods);
    want.extend(["Term total", "Grade", "Graded by", "Rank", "Grade basis"]);
    assert_eq!(summary, want);
    assert_eq!(&items[..2], ["Key", "Name"]);
    assert_eq!(weights, ["Source", "Period", "Days", "Weight"]);
    let rows = sheet(&en, "Term summary");
    let by = summary.iter().position(|h| h == "Graded by").unwrap();
    let row = rows.iter().find(|r| r[0] == "04").unwrap();
    assert_eq!(row[by], "quota");

    let zh = write("zh");
    let [summary, items, weights] = headers(&zh, ["学期汇总", "学期项目", "权重"]);
    let mut want = vec!["工号", "姓名", "学校"];
    want.extend(periods);
    want.extend(["学期总分", "等级", "依据", "名次", "等级依据"]);
    assert_eq!(summary, want);
    assert_eq!(&items[..2], ["工号", "姓名"]);
    assert_eq!(weights, ["来源", "时段", "天数", "权重"]);
    let row = sheet(&zh, "学期汇总")
        .into_iter()
        .find(|r| r[0] == "04")
        .unwrap();
    assert_eq!(row[by], "名额");
}
