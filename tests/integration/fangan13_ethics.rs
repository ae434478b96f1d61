//! 方案13 师德 on its sample school, read back: rater weights, the group's
//! monthly scores averaged, vetoes, and grades by quota with a tie at the
//! 优秀 boundary. Expected values are worked out by hand below (and in
//! examples/fangan13-ethics/README.md).

use std::path::{Path, PathBuf};

use crate::support::{kaohe, sheet, Summary};

const RUBRIC: &str = "rubrics/fangan13-ethics.toml";
const EXAMPLE: &str = "examples/fangan13-ethics";

fn score_into(dir: &Path, extra: &[&str]) -> (PathBuf, String) {
    let out = dir.join("scored.xlsx");
    let output = kaohe()
        .args(["score", "--rubric", RUBRIC, "--input", EXAMPLE, "--out"])
        .arg(&out)
        .args(extra)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "kaohe score failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    (out, String::from_utf8(output.stdout).unwrap())
}

fn total(s: &Summary, key: &str) -> f64 {
    s.get(key, "总分").parse().unwrap()
}

#[test]
fn planted_teachers_score_and_grade_as_computed_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let (out, _) = score_into(dir.path(), &[]);
    let s = Summary::read(&out);

    // Quota: 45 teachers − 2 vetoed = 43 ranked; counts by largest remainder:
    // 12.9, 17.2, 8.6, 4.3 → floors 12 + 17 + 8 + 4 = 41, the 2 places left to
    // the largest fractions .9 (优秀) and .6 (基本合格). 优秀 13 (places 1–13);
    // 合格 17 (14–30); 基本合格 9 (31–39); 不合格 4 (40–43) — as 四舍五入 gave.

    // A 0301: 98 × 20% + 100 × 10% + 97 × 10% + (99+98+99+98)/4 × 60%
    //       = 19.6 + 10 + 9.7 + 98.5 × 0.6 (59.1) = 98.4, first.
    assert_eq!(total(&s, "0301"), 98.4);
    assert_eq!(s.get("0301", "等级"), "优秀");
    assert_eq!(s.get("0301", "排名"), "1");
    assert_eq!(
        s.get("0301", "等级依据"),
        "光明路小学：第 1/43 名，优秀名额 13（30%×43=12.9，最大余额法→13），第 1–13 名"
    );

    // B 0302: 19 + 10 + 9 + (94+94.5+94+94.5)/4 × 0.6 = 38 + 56.55 = 94.55.
    // C 0303: 19.4 + 10 + 8.75 + (93+94+95+94)/4 × 0.6 = 38.15 + 56.4 = 94.55.
    // Equal, 12 teachers above: both at places 13–14, straddling the 优秀 boundary
    // (13): ties = "better", so both are 优秀.
    for key in ["0302", "0303"] {
        assert_eq!(total(&s, key), 94.55, "{key}");
        assert_eq!(s.get(key, "等级"), "优秀", "{key}");
        assert_eq!(s.get(key, "排名"), "13–14", "{key}");
    }
    assert_eq!(
        s.get("0302", "等级依据"),
        "光明路小学：与 0303 并列第 13/43 名（占第 13–14 位），优秀名额 13（30%×43=12.9，最大余额法→13），\
         第 1–13 名；并列跨越名额界线，按规则均取较高等级"
    );
    // The teacher after the tie is 合格 (place 15).
    let k = s.col("工号");
    let r = s.col("排名");
    let after = s.rows.iter().find(|row| row[r] == "15").unwrap();
    assert_eq!(s.get(&after[k], "等级"), "合格");

    // D 0304: 19.4 + 10 + 9.6 + 97 × 0.6 (58.2) = 97.2 — would be second — but
    // 有偿家教违规补课屡教不改 (veto 9) forces 不合格; vetoed = "exclude": no place.
    assert_eq!(total(&s, "0304"), 97.2);
    assert_eq!(s.get("0304", "等级"), "不合格");
    assert_eq!(s.get("0304", "排名"), "");
    assert_eq!(
        s.get("0304", "否决原因"),
        "组织和参与有偿家教、违规补课，屡教不改"
    );
    assert!(s.get("0304", "等级依据").contains("不参加名额排序"));

    // E 0305: 17.6 + 9.5 + 8.5 + 87 × 0.6 (52.2) = 87.8; 体罚 (veto 6) → 不合格.
    assert_eq!(total(&s, "0305"), 87.8);
    assert_eq!(s.get("0305", "等级"), "不合格");

    // F 0306: 16.8 + 9.5 + 8 + (85+86+85.5+85)/4 × 0.6 = 34.3 + 85.375 × 0.6 (51.225)
    //       = 85.525 → 85.53 (四舍五入); place 39, the last 基本合格 place.
    assert_eq!(total(&s, "0306"), 85.53);
    assert_eq!(s.get("0306", "等级"), "基本合格");
    assert_eq!(s.get("0306", "排名"), "39");
    // G 0307: 17 + 9 + 8.6 + 84 × 0.6 (50.4) = 85; place 40, the first 不合格 place.
    assert_eq!(total(&s, "0307"), 85.0);
    assert_eq!(s.get("0307", "等级"), "不合格");
    assert_eq!(
        s.get("0307", "等级依据"),
        "光明路小学：第 40/43 名，不合格名额 4（10%×43=4.3，最大余额法→4），第 40–43 名"
    );
    // H 0308: 18 + 9.5 + 8.8 + 90 × 0.6 (54) = 90.3; a 提醒谈话 is no veto.
    assert_eq!(total(&s, "0308"), 90.3);
    assert_eq!(s.get("0308", "否决原因"), "");
}

#[test]
fn every_rater_is_an_evidence_line_and_monthly_scores_are_averaged() {
    let dir = tempfile::tempdir().unwrap();
    let (out, _) = score_into(dir.path(), &[]);
    let rows = sheet(&out, "明细");
    let f: Vec<&Vec<String>> = rows.iter().filter(|r| r[0] == "0306").collect();
    let kinds: Vec<&str> = f.iter().map(|r| r[5].as_str()).collect();
    // 学生, 自评, 互评 one row each; four 考核小组 months; their mean; rounding.
    assert_eq!(
        kinds,
        ["加权", "加权", "加权", "评分", "评分", "评分", "评分", "加权", "舍入"]
    );
    assert_eq!(f[0][10], "评价方=学生, 分数=84；84 × 20% = 16.8");
    assert!(f[0][7].ends_with("师德评分_2022春.xlsx"), "{}", f[0][7]);
    assert_eq!(
        f[7][10],
        "考核小组：4 条平均 (85+86+85.5+85)/4 = 85.375 × 60% = 51.225"
    );
    let sum: f64 = f.iter().map(|r| r[6].parse::<f64>().unwrap()).sum();
    assert!((sum - 85.53).abs() < 1e-9, "{sum}");
}

#[test]
fn json_carries_rank_and_basis() {
    let dir = tempfile::tempdir().unwrap();
    let (_, stdout) = score_into(dir.path(), &["--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let teachers = v["teachers"].as_array().unwrap();
    let b = teachers.iter().find(|t| t["key"] == "0302").unwrap();
    assert_eq!(b["graded_by"], "quota");
    assert_eq!(b["rank"], "13–14");
    assert_eq!(b["ranked_of"], 43);
    assert!(b["grade_basis"]
        .as_str()
        .unwrap()
        .contains("并列第 13/43 名"));
    let d = teachers.iter().find(|t| t["key"] == "0304").unwrap();
    assert_eq!(d["graded_by"], "veto");
    assert!(d.get("rank").is_none());
    assert_eq!(
        v["grades"],
        serde_json::json!({"优秀": 14, "合格": 16, "基本合格": 9, "不合格": 6})
    );
}

/// 方案13 三 9 (屡教不改) with each offence recorded as it happens: the veto
/// `v9_tutoring_repeated` (`at_least = 2`) applies from the second offence,
/// and its evidence is every offence, not only the second.
#[test]
fn paid_tutoring_vetoes_from_the_second_recorded_offence_and_names_both() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("input");
    std::fs::create_dir(&input).unwrap();
    for f in ["教师名册.xlsx", "师德评分_2022春.xlsx"] {
        std::fs::copy(Path::new(EXAMPLE).join(f), input.join(f)).unwrap();
    }
    // 0308 韩雪: two offences; 0307: one. The sample's own events are kept.
    std::fs::write(
        input.join("师德事件记录.csv"),
        "工号,姓名,日期,类别,备注\n\
         0304,郭建华,2022/5/20,有偿家教违规补课屡教不改,经提醒后仍在校外机构有偿补课\n\
         0305,梁春燕,2022/4/13,体罚或变相体罚学生,罚站两节课\n\
         0307,某老师,2022/3/25,有偿家教违规补课,第一次\n\
         0308,韩雪,2022/3/11,有偿家教违规补课,第一次\n\
         0308,韩雪,2022/4/22,有偿家教违规补课,谈话后第二次\n",
    )
    .unwrap();
    let out = dir.path().join("scored.xlsx");
    let output = kaohe()
        .args(["score", "--rubric", RUBRIC, "--input"])
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let s = Summary::read(&out);
    // 0308: 90.3 (worked out above), two offences: vetoed, 不合格, no place.
    assert_eq!(total(&s, "0308"), 90.3);
    assert_eq!(s.get("0308", "等级"), "不合格");
    assert_eq!(s.get("0308", "排名"), "");
    assert_eq!(
        s.get("0308", "否决原因"),
        "组织和参与有偿家教、违规补课，屡教不改"
    );
    // 0307: 85, one offence: no veto. With 0308 out too, 42 are ranked and
    // 0307, 40th of 43 before, is 39th: 10% × 42 = 4.2 → 4 不合格 places
    // (39–42), so 不合格 by the quota, not by a veto.
    assert_eq!(total(&s, "0307"), 85.0);
    assert_eq!(s.get("0307", "否决原因"), "");
    assert_eq!(s.get("0307", "排名"), "39");

    // The 否决 sheet has a row for each of 0308's offences (and none for 0307).
    let vetoes = sheet(&out, "否决");
    let rows: Vec<&Vec<String>> = vetoes.iter().filter(|r| r[0] == "0308").collect();
    assert_eq!(rows.len(), 2, "{vetoes:?}");
    assert!(rows[0][7].contains("2022-03-11"), "{:?}", rows[0]);
    assert!(rows[1][7].contains("2022-04-22"), "{:?}", rows[1]);
    assert_eq!((rows[0][6].as_str(), rows[1][6].as_str()), ("5", "6"));
    assert!(!vetoes.iter().any(|r| r[0] == "0307"));
    // The 规则 sheet states the count with the condition.
    let rules = sheet(&out, "规则");
    assert!(
        rules
            .iter()
            .flatten()
            .any(|c| c == "类别为有偿家教违规补课（满 2 条记录即否决）"),
        "{rules:?}"
    );

    // explain names both records and the count it takes.
    let output = kaohe()
        .args([
            "explain",
            "--teacher",
            "0308",
            "--rubric",
            RUBRIC,
            "--input",
        ])
        .arg(&input)
        .arg("--json")
        .output()
        .unwrap();
    assert!(output.status.success());
    let v: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let veto = &v["vetoes"][0];
    assert_eq!(veto["id"], "v9_tutoring_repeated");
    assert_eq!(veto["at_least"], 2);
    let records = veto["records"].as_array().unwrap();
    assert_eq!(records.len(), 2);
    let output = kaohe()
        .args([
            "explain",
            "--teacher",
            "0308",
            "--rubric",
            RUBRIC,
            "--input",
        ])
        .arg(&input)
        .output()
        .unwrap();
    let tree = String::from_utf8(output.stdout).unwrap();
    assert!(tree.contains("（满 2 条记录即否决，共 2 条）"), "{tree}");
    assert_eq!(tree.matches("师德事件记录.csv").count(), 2, "{tree}");
}

/// [pay] by grade coefficient, worked by hand: 43 ranked teachers graded
/// 14 优秀 (the tie at the boundary takes the better grade), 16 合格, 9
/// 基本合格 and 4 不合格, and the two vetoed paid nothing. The pool of 90,000
/// over 14 × 1.2 + 16 × 1.0 + 9 × 0.8 + 4 × 0 = 40 is 2,250 per 1.0 exactly:
/// 2,700, 2,250, 1,800 and 0, adding up to the pool with nothing to round.
/// Then a rule change that only moves pay (优秀 1.5, 基本合格 0.6) is shown by
/// `diff`: 42.4 units, 2,122.64 per 1.0 — 优秀 3,183.96 → 3,184 (+484), 基本合格
/// 1,273.58 rounded by largest remainder, and still 90,000 in all.
#[test]
fn pay_by_grade_coefficient_adds_up_to_the_pool_and_diff_shows_who_gains() {
    let dir = tempfile::tempdir().unwrap();
    let (_, stdout) = score_into(dir.path(), &["--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let teachers = v["teachers"].as_array().unwrap();
    let pay = |t: &serde_json::Value| t["pay"].as_str().unwrap().parse::<u64>().unwrap();
    let mut by_grade = std::collections::BTreeMap::<(String, u64), usize>::new();
    for t in teachers {
        let grade = t["grade"].as_str().unwrap().to_string();
        *by_grade.entry((grade, pay(t))).or_default() += 1;
    }
    let expect = [
        (("不合格".to_string(), 0), 6),
        (("优秀".to_string(), 2700), 14),
        (("合格".to_string(), 2250), 16),
        (("基本合格".to_string(), 1800), 9),
    ];
    assert_eq!(by_grade.into_iter().collect::<Vec<_>>(), expect);
    assert_eq!(teachers.iter().map(pay).sum::<u64>(), 90_000);
    assert_eq!(v["pay"]["pools"][0]["paid"], "90000");
    assert_eq!(v["pay"]["pools"][0]["rate"], "2250");
    // The two vetoed teachers (0304, 0305) are 不合格 and paid nothing.
    for key in ["0304", "0305"] {
        let t = teachers.iter().find(|t| t["key"] == key).unwrap();
        assert_eq!(t["pay"], "0");
        assert!(t["pay_basis"].as_str().unwrap().contains("被否决"));
    }

    let out = kaohe()
        .args([
            "diff",
            "--rubric",
            RUBRIC,
            "--against",
            "tests/fixtures/pay/fangan13-coefficients-changed.toml",
            "--input",
            EXAMPLE,
            "--json",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let d: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let t = d["teachers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["key"] == "0301")
        .unwrap();
    assert_eq!(
        (
            t["old_pay"].as_str(),
            t["new_pay"].as_str(),
            t["pay_delta"].as_str()
        ),
        (Some("2700"), Some("3184"), Some("+484"))
    );
    assert_eq!(t["status"], "changed");
    let new_sum: u64 = d["teachers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["new_pay"].as_str().unwrap().parse::<u64>().unwrap())
        .sum();
    assert_eq!(new_sum, 90_000);
}
