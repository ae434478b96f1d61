//! `kaohe score --by-school`: a small district scored by the real binary with
//! 方案13's rubric (quota by school, largest remainder), one school with a
//! bad cell. Expected values are worked out by hand: every teacher's four
//! raters give the same score X, so the total is X × (20+10+10+60)% = X.
//!
//! | school   | teachers, scores          | places by largest remainder (30/40/20/10)            |
//! |----------|---------------------------|------------------------------------------------------|
//! | 一小     | 10: 99, 98, … 90          | 3, 4, 2, 1 exactly                                   |
//! | 三村小学 | 1: 88                     | 0.3, 0.4, 0.2, 0.1 → the place to .4: 合格           |
//! | 二小     | 2: 80, 70                 | 0.6, 0.8, 0.4, 0.2 → .8 合格, .6 优秀: 1, 1, 0, 0    |
//! | 四小     | 3, 分数 "九十" in row 4    | not scored: 失败                                     |
//!
//! Schools are listed by folder name as sorted by code point: 一 (4E00),
//! 三 (4E09), 二 (4E8C), 四 (56DB).

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::support::{kaohe, root, sheet};

fn rubric() -> PathBuf {
    root().join("rubrics/fangan13-ethics.toml")
}

/// Writes one school's roster, ratings and (empty) events as CSV.
fn school(district: &Path, name: &str, teachers: &[(&str, &str)]) {
    let dir = district.join(name);
    std::fs::create_dir_all(&dir).unwrap();
    let mut roster = "工号,姓名,学校\n".to_string();
    let mut ratings = "工号,评价方,月份,分数\n".to_string();
    for (i, (key, score)) in teachers.iter().enumerate() {
        roster.push_str(&format!("{key},教师{i},{name}\n"));
        for rater in ["学生", "自评", "互评", "考核小组"] {
            ratings.push_str(&format!("{key},{rater},2022-09,{score}\n"));
        }
    }
    std::fs::write(dir.join("教师名册.csv"), roster).unwrap();
    std::fs::write(dir.join("师德评分.csv"), ratings).unwrap();
    std::fs::write(dir.join("师德事件.csv"), "工号,日期,类别,备注\n").unwrap();
}

/// The district of the table above, in `dir/district`.
fn district(dir: &Path) -> PathBuf {
    let d = dir.join("district");
    let scores = ["99", "98", "97", "96", "95", "94", "93", "92", "91", "90"];
    let keys: Vec<String> = (1..=10).map(|k| format!("1{k:02}")).collect();
    let yixiao: Vec<(&str, &str)> = keys.iter().map(String::as_str).zip(scores).collect();
    school(&d, "一小", &yixiao);
    school(&d, "二小", &[("201", "80"), ("202", "70")]);
    school(&d, "三村小学", &[("301", "88")]);
    school(&d, "四小", &[("401", "85"), ("402", "75"), ("403", "65")]);
    // 四小's 402 学生 rating (row 6: header, 401's four, then this) is text.
    let bad = d.join("四小/师德评分.csv");
    let text = std::fs::read_to_string(&bad).unwrap();
    std::fs::write(
        &bad,
        text.replacen("402,学生,2022-09,75", "402,学生,2022-09,九十", 1),
    )
    .unwrap();
    d
}

fn score_district(district: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    kaohe()
        .args(["score", "--by-school", "--period", "2022-09", "--json"])
        .arg("--rubric")
        .arg(rubric())
        .arg("--input")
        .arg(district)
        .arg("--out")
        .arg(out)
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn a_district_scores_each_school_and_fails_only_the_bad_one() {
    let dir = tempfile::tempdir().unwrap();
    let d = district(dir.path());
    let out = dir.path().join("out");
    let run = score_district(&d, &out, &[]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(3), "{stderr}");

    // The failing school is named with its file, cell and value.
    assert!(
        stderr.contains("四小：未评分，未写出工作簿，2 个问题"),
        "{stderr}"
    );
    assert!(
        stderr.contains("师德评分.csv") && stderr.contains("D6"),
        "{stderr}"
    );
    assert!(stderr.contains("九十"), "{stderr}");
    assert!(stderr.contains("1 所学校未评分"), "{stderr}");

    // One workbook per scored school, none for 四小, and the summary.
    let mut written: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(
        written,
        ["一小.xlsx", "三村小学.xlsx", "二小.xlsx", "区汇总.xlsx"]
    );

    // Each school's workbook is byte for byte a single-school run of its folder.
    for name in ["一小", "三村小学", "二小"] {
        let single = dir.path().join(format!("single-{name}.xlsx"));
        let one = kaohe()
            .args(["score", "--period", "2022-09"])
            .arg("--rubric")
            .arg(rubric())
            .arg("--input")
            .arg(d.join(name))
            .arg("--out")
            .arg(&single)
            .output()
            .unwrap();
        assert!(
            one.status.success(),
            "{}",
            String::from_utf8_lossy(&one.stderr)
        );
        assert!(
            std::fs::read(&single).unwrap()
                == std::fs::read(out.join(format!("{name}.xlsx"))).unwrap(),
            "{name}: the district's workbook differs from the single-school run"
        );
    }

    // 学校汇总: one row per school, in folder order.
    let summary = out.join("区汇总.xlsx");
    let schools = sheet(&summary, "学校汇总");
    assert_eq!(
        schools[0],
        [
            "学校",
            "状态",
            "教师人数",
            "优秀",
            "合格",
            "基本合格",
            "不合格",
            "平均总分",
            "最低总分",
            "最高总分",
            "否决人数",
            "数据问题",
            "评分工作簿"
        ]
    );
    let row = |name: &str| schools.iter().find(|r| r[0] == name).unwrap().clone();
    // 一小: 10 teachers, 3/4/2/1, mean (99+…+90)/10 = 94.5, min 90, max 99.
    assert_eq!(
        row("一小"),
        [
            "一小",
            "已评分",
            "10",
            "3",
            "4",
            "2",
            "1",
            "94.5",
            "90",
            "99",
            "0",
            "0",
            "一小.xlsx"
        ]
    );
    // 三村小学: its sole teacher is 合格, not 不合格.
    assert_eq!(
        row("三村小学"),
        [
            "三村小学",
            "已评分",
            "1",
            "0",
            "1",
            "0",
            "0",
            "88",
            "88",
            "88",
            "0",
            "0",
            "三村小学.xlsx"
        ]
    );
    // 二小: 80 优秀, 70 合格; mean 75.
    assert_eq!(
        row("二小"),
        [
            "二小",
            "已评分",
            "2",
            "1",
            "1",
            "0",
            "0",
            "75",
            "70",
            "80",
            "0",
            "0",
            "二小.xlsx"
        ]
    );
    // 四小: failed with two problems (the cell, and so 402 has no 学生
    // rating), no figures and no workbook.
    assert_eq!(
        row("四小"),
        ["四小", "失败", "", "", "", "", "", "", "", "", "", "2", ""]
    );
    assert_eq!(
        schools
            .iter()
            .skip(1)
            .map(|r| r[0].as_str())
            .collect::<Vec<_>>(),
        ["一小", "三村小学", "二小", "四小"]
    );

    // 全区教师: every scored teacher with the rank in their school.
    let teachers = sheet(&summary, "全区教师");
    assert_eq!(teachers.len(), 1 + 10 + 1 + 2);
    assert_eq!(
        teachers[0],
        ["学校", "工号", "姓名", "总分", "等级", "校内排名"]
    );
    let t = |key: &str| teachers.iter().find(|r| r[1] == key).unwrap().clone();
    assert_eq!(t("103"), ["一小", "103", "教师2", "97", "优秀", "3"]);
    assert_eq!(t("110"), ["一小", "110", "教师9", "90", "不合格", "10"]);
    assert_eq!(t("301"), ["三村小学", "301", "教师0", "88", "合格", "1"]);
    assert_eq!(t("202"), ["二小", "202", "教师1", "70", "合格", "2"]);

    // 失败: the school, file, sheet (none for CSV), row, cell and the problem.
    let failures = sheet(&summary, "失败");
    assert_eq!(failures.len(), 3);
    assert_eq!(failures[1][0], "四小");
    assert!(
        failures[1][1].ends_with("师德评分.csv"),
        "{:?}",
        failures[1]
    );
    assert_eq!(&failures[1][2..5], ["", "6", "D6"]);
    assert!(failures[1][5].contains("九十"), "{:?}", failures[1]);
    // The missing rating is the teacher's, not a cell's: no place.
    assert_eq!(&failures[2][..5], ["四小", "", "", "", ""]);
    assert!(failures[2][5].contains("402"), "{:?}", failures[2]);

    // 运行信息: the rubric's hash and every input's, school by school.
    let run_info = sheet(&summary, "运行信息");
    let rubric_hash = sha256(&std::fs::read(rubric()).unwrap());
    assert!(run_info.iter().any(|r| r.get(1) == Some(&rubric_hash)));
    let inputs: Vec<&Vec<String>> = run_info
        .iter()
        .filter(|r| r.get(1).is_some_and(|f| f.ends_with(".csv")))
        .collect();
    assert_eq!(inputs.len(), 4 * 3);
    for r in &inputs {
        assert_eq!(r[2], sha256(&std::fs::read(&r[1]).unwrap()), "{r:?}");
    }

    // The JSON: schools in order, teachers with totals as exact strings, the failure.
    let json: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(json["counts"]["schools"], 4);
    assert_eq!(json["counts"]["scored"], 3);
    assert_eq!(json["counts"]["failed"], 1);
    assert_eq!(json["counts"]["teachers"], 13);
    let s = &json["schools"];
    assert_eq!(s[1]["school"], "三村小学");
    assert_eq!(s[1]["teachers"][0]["grade"], "合格");
    assert_eq!(s[1]["teachers"][0]["total"], "88.00");
    assert_eq!(s[0]["totals"]["mean"], "94.50");
    assert_eq!(s[0]["grades"]["优秀"], 3);
    assert_eq!(s[2]["teachers"][0]["rank"], "1");
    assert_eq!(s[3]["status"], "failed");
    assert!(s[3]["workbook"].is_null());
    let f = &s[3]["failures"][0];
    assert_eq!(
        (f["row"].as_u64(), f["cell"].as_str()),
        (Some(6), Some("D6"))
    );
    assert!(f["message"].as_str().unwrap().contains("九十"));
}

#[test]
fn scheduling_does_not_change_a_byte() {
    let dir = tempfile::tempdir().unwrap();
    let d = district(dir.path());
    std::fs::remove_dir_all(d.join("四小")).unwrap();
    let (one, two) = (dir.path().join("one"), dir.path().join("two"));
    let a = score_district(&d, &one, &["--jobs", "1"]);
    let b = score_district(&d, &two, &["--jobs", "3"]);
    assert_eq!((a.status.code(), b.status.code()), (Some(0), Some(0)));
    assert_eq!(a.stdout, b.stdout);
    for name in ["一小.xlsx", "三村小学.xlsx", "二小.xlsx", "区汇总.xlsx"] {
        assert!(
            std::fs::read(one.join(name)).unwrap() == std::fs::read(two.join(name)).unwrap(),
            "{name}"
        );
    }
}

#[test]
fn spreadsheets_outside_any_school_folder_are_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let d = district(dir.path());
    std::fs::write(d.join("全区名册.csv"), "工号,姓名,学校\n").unwrap();
    let out = dir.path().join("out");
    let run = score_district(&d, &out, &[]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("全区名册.csv"), "{stderr}");
    assert!(
        !out.exists(),
        "nothing is written before the district is accepted"
    );
}

#[test]
fn a_rubric_error_stops_the_district_before_any_school() {
    let dir = tempfile::tempdir().unwrap();
    let d = district(dir.path());
    let bad = dir.path().join("bad.toml");
    let text = std::fs::read_to_string(rubric()).unwrap();
    std::fs::write(
        &bad,
        text.replace("counts = \"largest_remainder\"", "counts = \"hamilton\""),
    )
    .unwrap();
    let out = dir.path().join("out");
    let run = kaohe()
        .args(["score", "--by-school", "--period", "2022-09"])
        .arg("--rubric")
        .arg(&bad)
        .arg("--input")
        .arg(&d)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("largest_remainder"), "{stderr}");
    assert!(!out.exists());
}

#[test]
fn keep_going_skips_records_anywhere_and_exits_5() {
    let dir = tempfile::tempdir().unwrap();
    let d = district(dir.path());
    // 四小's bad rating skipped leaves 402 without a 学生 rating, which 方案13
    // does not allow (missing = "error"): 四小 still fails, and 3 wins over 5.
    let run = score_district(&d, &dir.path().join("a"), &["--keep-going", "--lang", "en"]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(3), "{stderr}");
    assert!(
        dir.path().join("a/district-summary.xlsx").exists(),
        "{stderr}"
    );
    assert!(stderr.contains("四小: not scored"), "{stderr}");

    // Without 四小, an event dated 2022/13/45 in 二小 is skipped: exit 5.
    std::fs::remove_dir_all(d.join("四小")).unwrap();
    std::fs::write(
        d.join("二小/师德事件.csv"),
        "工号,日期,类别,备注\n201,2022/13/45,提醒谈话,\n",
    )
    .unwrap();
    let out = dir.path().join("b");
    let run = score_district(&d, &out, &["--keep-going", "--lang", "en"]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(5), "{stderr}");
    let schools = sheet(&out.join("district-summary.xlsx"), "Schools");
    let erxiao = schools.iter().find(|r| r[0] == "二小").unwrap();
    assert_eq!(erxiao[1], "scored, records skipped");
    let json: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(json["counts"]["skipped_records"], 1);
}

#[test]
fn a_folder_whose_roster_names_two_schools_is_ranked_apart_and_said_so() {
    // The quota's scope is the roster's 学校: inside one folder two values
    // still split the ranking, as in a single-school run of that folder.
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("district");
    school(&d, "一小", &[("101", "90"), ("102", "80")]);
    let roster = d.join("一小/教师名册.csv");
    let text = std::fs::read_to_string(&roster).unwrap();
    // Neither is the folder's name: the roster is read whole (a roster
    // naming 一小 among others would keep only 一小's rows).
    let text = text.replace("教师0,一小", "教师0,一小本部");
    std::fs::write(&roster, text.replace("教师1,一小", "教师1,一小分校")).unwrap();
    let out = dir.path().join("out");
    let run = score_district(&d, &out, &[]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("一小 的名册中，名额范围字段有多个值（一小本部、一小分校）"),
        "{stderr}"
    );
    let schools = sheet(&out.join("区汇总.xlsx"), "学校汇总");
    assert_eq!(schools[0].last().map(String::as_str), Some("排名范围"));
    assert_eq!(
        schools[1].last().map(String::as_str),
        Some("一小本部；一小分校")
    );
    // Each is the only teacher of its scope: 合格 by largest remainder.
    let json: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(json["schools"][0]["grades"]["合格"], 2);
}

fn sha256(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Regression: each school's progress line named its workbook `一小.xlsx`,
/// without the `--out` folder, so the clerk looked for it where they ran
/// kaohe. It is named as they would type it: the folder as given, then the
/// file, like the district summary's line.
#[test]
fn each_schools_line_names_its_workbook_under_the_out_folder() {
    let dir = tempfile::tempdir().unwrap();
    district(dir.path());
    let run = kaohe()
        .current_dir(dir.path())
        .args([
            "score",
            "--by-school",
            "--period",
            "2022-09",
            "--lang",
            "zh",
        ])
        .arg("--rubric")
        .arg(rubric())
        .args(["--input", "district", "--out", "out/"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(3), "{stderr}");
    for line in [
        "一小：已为 10 位教师评分 → out/一小.xlsx",
        "三村小学：已为 1 位教师评分 → out/三村小学.xlsx",
        "二小：已为 2 位教师评分 → out/二小.xlsx",
    ] {
        assert!(stderr.lines().any(|l| l == line), "{line}:\n{stderr}");
    }
    assert!(stderr.contains("→ out/区汇总.xlsx"), "{stderr}");
    assert!(dir.path().join("out/一小.xlsx").is_file());
}

/// One roster of the whole district, with its 学校 column, in each school's
/// folder (as the README advises): each school keeps its own rows, says how
/// many it left to the others, and no teacher is scored twice.
#[test]
fn a_district_roster_in_each_school_keeps_each_schools_rows() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("district");
    school(&d, "一小", &[("101", "90"), ("102", "80")]);
    school(&d, "二小", &[("201", "85"), ("202", "75"), ("203", "65")]);
    let whole = "工号,姓名,学校\n101,赵一,一小\n102,钱二,一小\n\
                 201,孙三,二小\n202,李四, 二小 \n203,周五,二小\n";
    for s in ["一小", "二小"] {
        std::fs::write(d.join(s).join("教师名册.csv"), whole).unwrap();
    }
    let out = dir.path().join("out");
    let run = score_district(&d, &out, &[]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    let json: Value = serde_json::from_slice(&run.stdout).unwrap();
    let keys = |i: usize| -> Vec<String> {
        json["schools"][i]["teachers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                format!(
                    "{} {}",
                    t["key"].as_str().unwrap(),
                    t["total"].as_str().unwrap()
                )
            })
            .collect()
    };
    assert_eq!(keys(0), ["101 90.00", "102 80.00"]);
    // `李四`'s school is written ` 二小 `: the same school, normalised.
    assert_eq!(keys(1), ["201 85.00", "202 75.00", "203 65.00"]);
    assert_eq!(json["schools"][0]["roster_rows_of_other_schools"], 3);
    assert_eq!(json["schools"][1]["roster_rows_of_other_schools"], 2);

    // 学校汇总 has the rows left to other schools; each school's 运行信息
    // says what it kept.
    let schools = sheet(&out.join("区汇总.xlsx"), "学校汇总");
    assert_eq!(
        schools[0].last().map(String::as_str),
        Some("名册中其他学校的行")
    );
    assert_eq!(schools[1].last().map(String::as_str), Some("3"));
    let run_info = sheet(&out.join("一小.xlsx"), "运行信息");
    assert!(
        run_info.iter().any(|r| r[0] == "学校（全区名册）"
            && r[1] == "一小：名册中 2 行在本校评分；3 行属于其他学校，未在本校评分"),
        "{run_info:?}"
    );
}

/// The same roster in two schools whose folders its 学校 column does not
/// name (一中 and 第一中学): nothing to keep by, so every teacher would be
/// scored in both. Refused, and the schools' workbooks are not left behind.
#[test]
fn a_roster_no_folder_is_named_after_is_refused_in_two_schools() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("district");
    school(&d, "一中", &[("101", "90")]);
    school(&d, "二中", &[("201", "85")]);
    school(&d, "三中", &[("301", "70")]);
    let whole = "工号,姓名,学校\n101,赵一,第一中学\n201,孙三,第二中学\n";
    for s in ["一中", "二中"] {
        std::fs::write(d.join(s).join("教师名册.csv"), whole).unwrap();
    }
    // Each school's ratings name the other's teacher too, as a district-wide
    // export would: otherwise the roster's other teacher lacks a rating.
    let both = std::fs::read_to_string(d.join("一中/师德评分.csv")).unwrap()
        + &std::fs::read_to_string(d.join("二中/师德评分.csv"))
            .unwrap()
            .replacen("工号,评价方,月份,分数\n", "", 1);
    std::fs::write(d.join("一中/师德评分.csv"), &both).unwrap();
    std::fs::write(d.join("二中/师德评分.csv"), both + "\n").unwrap();
    let out = dir.path().join("out");
    let run = score_district(&d, &out, &[]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("一中：未评分"), "{stderr}");
    assert!(stderr.contains("二中：未评分"), "{stderr}");
    assert!(
        stderr.contains("一中/教师名册.csv 与 ") && stderr.contains("是同一份名册"),
        "{stderr}"
    );
    let mut written: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(written, ["三中.xlsx", "区汇总.xlsx"]);
}

/// A teacher on two schools' rosters (moved during the term): both schools
/// fail, each naming the teacher and the other school; a teacher of one
/// school with another's 工号 but another name is not the same teacher.
#[test]
fn a_teacher_scored_in_two_schools_fails_both() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("district");
    school(&d, "一小", &[("101", "90"), ("201", "80")]);
    school(&d, "二小", &[("201", "85"), ("101", "70")]);
    school(&d, "三村小学", &[("301", "88")]);
    // 二小's 201 is 教师0 as in 一小 (the same teacher); its 101 is 教师1,
    // not 一小's 教师0.
    std::fs::write(
        d.join("一小/教师名册.csv"),
        "工号,姓名,学校\n101,教师0,一小\n201,教师０,一小\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let run = score_district(&d, &out, &["--lang", "en"]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(3), "{stderr}");
    let json: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(json["counts"]["failed"], 2);
    assert_eq!(json["schools"][0]["school"], "一小");
    let failures = |i: usize| json["schools"][i]["failures"].as_array().unwrap().clone();
    let (yixiao, erxiao) = (failures(0), failures(2));
    assert_eq!((yixiao.len(), erxiao.len()), (1, 1), "{stderr}");
    assert_eq!(
        yixiao[0]["message"],
        "teacher 201 教师０ is scored in 一小 and in 二小: a teacher is scored in one \
         school only; a teacher who moved school during the term must be in one school's \
         roster only"
    );
    assert_eq!(
        (yixiao[0]["file"].as_str(), yixiao[0]["row"].as_u64()),
        (Some(d.join("一小/教师名册.csv").to_str().unwrap()), Some(3))
    );
    assert!(erxiao[0]["message"]
        .as_str()
        .unwrap()
        .contains("teacher 201 教师0 is scored in 二小 and in 一小"));
    assert_eq!(json["schools"][1]["status"], "scored");
    assert!(!out.join("一小.xlsx").exists() && !out.join("二小.xlsx").exists());
    assert!(out.join("三村小学.xlsx").exists());
}

/// The README's district: `examples/fangan13-district`, two schools with
/// teachers of their own, scored without a failure or a warning.
#[test]
fn the_readme_district_is_two_schools_of_their_own_teachers() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let run = kaohe()
        .args(["score", "--by-school", "--json", "--lang", "zh"])
        .args(["--from", "2022-03-01", "--to", "2022-06-30"])
        .arg("--rubric")
        .arg(rubric())
        .arg("--input")
        .arg(root().join("examples/fangan13-district"))
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("警告"), "{stderr}");
    let json: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(json["counts"]["schools"], 2);
    assert_eq!(json["counts"]["teachers"], 45 + 12);
    assert_eq!(json["schools"][0]["school"], "光明路小学");
    assert_eq!(json["schools"][1]["school"], "红星小学");
    // Each roster names its own school only: nothing was left to another.
    assert!(json["schools"][0]["roster_rows_of_other_schools"].is_null());
    for s in ["光明路小学", "红星小学"] {
        assert!(out.join(format!("{s}.xlsx")).is_file());
    }
}
