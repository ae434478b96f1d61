//! `kaohe publish` on 方案13's sample school: the 公示 list masks names and
//! shows only what the rubric's [publish] allows, each teacher's slip holds
//! only that teacher, and the ZIP holds every slip.

use std::io::Read;

use crate::support::{kaohe, root, sheet};

const RUBRIC: &str = "rubrics/fangan13-ethics.toml";
const EXAMPLE: &str = "examples/fangan13-ethics";

/// The roster's (工号, 姓名), read back from the sample.
fn roster() -> Vec<(String, String)> {
    let rows = sheet(&root().join(EXAMPLE).join("教师名册.xlsx"), "教师名册");
    rows.into_iter()
        .skip(1)
        .map(|r| (r[0].clone(), r[1].clone()))
        .collect()
}

#[test]
fn publishes_a_masked_list_and_slips_that_hold_only_their_teacher() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("公示");
    let output = kaohe()
        .args(["publish", "--rubric", RUBRIC, "--input", EXAMPLE, "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let people = roster();
    assert_eq!(people.len(), 45);

    // One slip per teacher, named 工号_姓名.xlsx.
    let mut names: Vec<String> = std::fs::read_dir(out.join("slips"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut wanted: Vec<String> = people
        .iter()
        .map(|(k, n)| format!("{k}_{n}.xlsx"))
        .collect();
    wanted.sort();
    assert_eq!(names, wanted);

    // Slip 0301 holds its teacher's key and name, and no one else's.
    let slip = sheet(&out.join("slips/0301_周文华.xlsx"), "个人考核结果");
    let cells: Vec<&String> = slip.iter().flatten().collect();
    assert!(cells
        .iter()
        .any(|c| c.contains("0301") && c.contains("周文华")));
    for (key, name) in people.iter().filter(|(k, _)| k != "0301") {
        for c in &cells {
            assert!(!c.contains(name.as_str()), "slip 0301 names {name}: {c}");
            assert!(
                !c.split(|ch: char| !ch.is_ascii_alphanumeric())
                    .any(|token| token == key),
                "slip 0301 holds key {key}: {c}"
            );
        }
    }
    for line in ["总分", "等级", "绩效工资（元）"] {
        assert!(slip.iter().any(|r| r[0] == line), "no {line} on the slip");
    }
    assert!(cells.iter().any(|c| c.starts_with("本人签字")));
    assert!(cells.iter().any(|c| c.starts_with("审核人签字")));

    // A vetoed teacher's slip says the veto in full: the record's date and
    // where it is.
    let vetoed = sheet(&out.join("slips/0304_郭建华.xlsx"), "个人考核结果");
    let reason = vetoed.iter().find(|r| r[0] == "否决原因").unwrap();
    let reason = reason.last().unwrap();
    assert!(
        reason.contains("2022-05-20") && reason.contains("师德事件记录.xlsx「事件」第 5 行"),
        "{reason}"
    );

    // The list: 工号, the masked name, 等级, 总分 — nothing else.
    let list = sheet(&out.join("公示名单.xlsx"), "公示名单");
    assert_eq!(list[1], ["工号", "姓名", "等级", "总分"]);
    assert_eq!(list[2][..3], ["0301", "周*华", "优秀"]);
    assert_eq!(list[2][3], "98.4");
    assert_eq!(list.len(), 2 + people.len());
    for (_, name) in &people {
        assert!(
            list.iter().flatten().all(|c| !c.contains(name.as_str())),
            "{name} in full"
        );
    }

    // The CSV: UTF-8 with a BOM, the same rows.
    let csv = std::fs::read(out.join("公示名单.csv")).unwrap();
    assert!(csv.starts_with("\u{feff}工号,姓名,等级,总分\r\n".as_bytes()));
    assert!(String::from_utf8(csv)
        .unwrap()
        .contains("\r\n0301,周*华,优秀,98.40\r\n"));

    // The ZIP holds every slip, byte for byte.
    let zip = std::fs::File::open(out.join("个人考核结果.zip")).unwrap();
    let mut zip = zip::ZipArchive::new(zip).unwrap();
    assert_eq!(zip.len(), people.len());
    let mut inside = Vec::new();
    zip.by_name("0301_周文华.xlsx")
        .unwrap()
        .read_to_end(&mut inside)
        .unwrap();
    assert_eq!(
        inside,
        std::fs::read(out.join("slips/0301_周文华.xlsx")).unwrap()
    );
}

#[test]
fn pdf_without_libreoffice_is_skipped_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let output = kaohe()
        .args([
            "publish", "--rubric", RUBRIC, "--input", EXAMPLE, "--pdf", "--out",
        ])
        .arg(&out)
        .env("PATH", dir.path())
        .output()
        .unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("soffice"), "{stderr}");
    assert!(out.join("slips/0301_周文华.xlsx").is_file());
}

#[test]
fn files_already_there_are_replaced_only_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let run = |extra: &[&str]| {
        kaohe()
            .args(["publish", "--rubric", RUBRIC, "--input", EXAMPLE, "--out"])
            .arg(&out)
            .args(extra)
            .output()
            .unwrap()
    };
    assert!(run(&[]).status.success());
    let again = run(&[]);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"));
    let forced = run(&["--force"]);
    assert!(forced.status.success());
    assert!(
        !String::from_utf8_lossy(&forced.stderr).contains("slips/"),
        "nothing stale yet"
    );
    // A slip left by an earlier month, of a teacher no longer in the roster,
    // would be mailed with this month's: it is named, never silently kept.
    std::fs::write(out.join("slips").join("0399_离职教师.xlsx"), b"old").unwrap();
    let stale = run(&["--force"]);
    assert!(stale.status.success());
    let said = String::from_utf8_lossy(&stale.stderr);
    assert!(
        said.contains("slips/") && said.contains("0399_离职教师.xlsx"),
        "{said}"
    );
}

#[test]
fn an_input_folder_is_never_the_output() {
    let output = kaohe()
        .args([
            "publish", "--rubric", RUBRIC, "--input", EXAMPLE, "--out", EXAMPLE,
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(!root().join(EXAMPLE).join("slips").exists());
}

/// Every sample school publishes: each slip passes the leak check. The
/// daily-minimums slip of 0106, charged for her class's 61 minutes of
/// homework, lists the class's records with her colleagues withheld
/// (`（其他教师）`), her own record named, and the minutes that add up to 61.
#[test]
fn every_example_publishes_and_colleagues_in_a_class_total_are_withheld() {
    let samples = [
        ("fangan5-online-teaching", Some("2022-03"), 40),
        ("fangan5-full", None, 45),
        ("daily-minimums", Some("2022-04"), 41),
        ("fangan7-daily-times", Some("2022-04"), 8),
        ("fangan13-ethics", None, 45),
        ("fangan3-it-points", None, 40),
        ("wecom-attendance", Some("2026-02"), 8),
        ("dingtalk-attendance", Some("2026-02"), 8),
    ];
    let dir = tempfile::tempdir().unwrap();
    for (name, period, teachers) in samples {
        let out = dir.path().join(name);
        let mut cmd = kaohe();
        cmd.args(["publish", "--rubric", &format!("rubrics/{name}.toml")])
            .args(["--input", &format!("examples/{name}"), "--out"])
            .arg(&out);
        if let Some(p) = period {
            cmd.args(["--period", p]);
        }
        let run = cmd.output().unwrap();
        assert!(
            run.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        let slips = std::fs::read_dir(out.join("slips")).unwrap().count();
        assert_eq!(slips, teachers, "{name}");
    }
    let slip = sheet(
        &dir.path().join("daily-minimums/slips/0106_孙丽.xlsx"),
        "个人考核结果",
    );
    let line = slip
        .iter()
        .flatten()
        .find(|c| c.contains("61 > 60"))
        .expect("0106's slip has her class's 61-minute day")
        .clone();
    assert!(line.contains("（其他教师）"), "{line}");
    assert!(line.contains("0106 "), "{line}");
    assert!(!line.contains("0102"), "{line}");
}
