//! The district benchmark rubric against an independent oracle: the pandas
//! script a user would otherwise write (bench/peer_pandas.py) scores the same
//! generated data, and every teacher's total and grade must agree.
//!
//! Needs python3 with pandas, python-calamine and xlsxwriter (scripts/test.sh
//! installs them); without them the test fails saying so: it never passes
//! without having compared.

use std::path::Path;
use std::process::Command;

use calamine::{open_workbook, Data, Reader, Xlsx};

use crate::support::{kaohe, root};

fn python_ready() -> Result<(), String> {
    let probe = Command::new("python3")
        .args(["-c", "import pandas, python_calamine, xlsxwriter"])
        .output()
        .map_err(|e| format!("python3 not runnable: {e}"))?;
    if probe.status.success() {
        Ok(())
    } else {
        // The traceback's last line: which module is missing.
        let said = String::from_utf8_lossy(&probe.stderr);
        Err(said.trim().lines().last().unwrap_or_default().to_string())
    }
}

fn run(cmd: &mut Command) {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The peer's output: 工号 → (总分, 等级).
fn peer_results(path: &Path) -> Vec<(String, f64, String)> {
    let mut book: Xlsx<_> = open_workbook(path).unwrap();
    let range = book.worksheet_range("得分").unwrap();
    let mut rows = range.rows();
    let header: Vec<String> = rows.next().unwrap().iter().map(|c| c.to_string()).collect();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (key, total, grade) = (col("工号"), col("总分"), col("等级"));
    rows.map(|r| {
        let t = match &r[total] {
            Data::Float(f) => *f,
            Data::Int(i) => *i as f64,
            other => panic!("总分 {other:?}"),
        };
        (r[key].to_string(), t, r[grade].to_string())
    })
    .collect()
}

#[test]
fn kaohe_agrees_with_the_pandas_peer_on_every_teacher() {
    if let Err(why) = python_ready() {
        panic!(
            "the pandas peer cannot run here ({why}); this test needs python3 with pandas, \
             python-calamine and xlsxwriter (python3 -m pip install pandas python-calamine \
             xlsxwriter, as scripts/test.sh does)"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("small");
    run(Command::new("python3")
        .arg(root().join("bench/gen_district.py"))
        .args(["--teachers", "200", "--days", "22", "--out"])
        .arg(&data));
    let peer_out = dir.path().join("peer.xlsx");
    run(Command::new("python3")
        .arg(root().join("bench/peer_pandas.py"))
        .args(["--engine", "calamine", "--data"])
        .arg(&data)
        .arg("--out")
        .arg(&peer_out));
    let ours = kaohe()
        .args([
            "score",
            "--rubric",
            "rubrics/bench-district.toml",
            "--json",
            "--input",
        ])
        .arg(&data)
        .arg("--out")
        .arg(dir.path().join("kaohe.xlsx"))
        .output()
        .unwrap();
    assert!(
        ours.status.success(),
        "{}",
        String::from_utf8_lossy(&ours.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&ours.stdout).unwrap();
    let teachers = v["teachers"].as_array().unwrap();

    let peer = peer_results(&peer_out);
    assert_eq!(peer.len(), teachers.len());
    assert_eq!(peer.len(), 200);
    for ((key, total, grade), t) in peer.iter().zip(teachers) {
        assert_eq!(t["key"].as_str().unwrap(), key);
        let ours: f64 = t["total"].as_str().unwrap().parse().unwrap();
        assert!(
            (ours - total).abs() < 1e-9,
            "teacher {key}: kaohe {ours}, pandas {total}"
        );
        assert_eq!(t["grade"].as_str().unwrap(), grade, "teacher {key}");
    }
}

/// The ready WeCom rubric on its sample, against what pandas reads from the
/// 日报's 异常统计 columns (tests/peers/wecom_counts.py): every teacher's
/// late, early, absent and missing-punch items, and no teacher more or less.
#[test]
fn wecom_attendance_agrees_with_pandas_on_the_exception_columns() {
    if let Err(why) = python_ready() {
        panic!("the pandas reading cannot run here ({why}); scripts/test.sh installs pandas");
    }
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("kaohe.json");
    let ours = kaohe()
        .args([
            "score",
            "--rubric",
            "rubrics/wecom-attendance.toml",
            "--input",
            "examples/wecom-attendance",
            "--period",
            "2026-02",
            "--json",
            "--out",
        ])
        .arg(dir.path().join("kaohe.xlsx"))
        .output()
        .unwrap();
    assert!(
        ours.status.success(),
        "{}",
        String::from_utf8_lossy(&ours.stderr)
    );
    std::fs::write(&summary, &ours.stdout).unwrap();
    let peer = Command::new("python3")
        .arg(root().join("tests/peers/wecom_counts.py"))
        .arg(root().join("examples/wecom-attendance/上下班打卡_日报_20260201-20260228.xlsx"))
        .arg(&summary)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&peer.stdout);
    assert!(
        peer.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&peer.stderr)
    );
    assert!(
        said.contains("8 teachers in the export, 8 scored, 0 differ"),
        "{said}"
    );
}
