//! 方案5's whole 1000-point plan on its sample school, read back: the
//! breaches of 防疫基础工作, on-site hours capped at 200, workload in
//! proportion to the school's largest from the dated 周课时 table, exam ranks
//! within grade and subject with a tie, 折半计入 for a cadre, and the vetoes.
//! Expected values are worked out by hand below (and in
//! examples/fangan5-full/README.md).
//!
//! Common ground: the period has 52 school days, 35 before 4月20日 and 17
//! from it; 11 weeks with school days (the first dated 3月1日). Planted teachers have full manual
//! scores (党建 100, process imports 45), hand in homework every day (52 ×
//! 0.1 → 5), and 10 美篇, 2 阶段总结, a 县级 praise and a 校级 speech (5, 5
//! and min(6, 5)): 线上过程教学 100 unless noted. The school's largest workload
//! is 0501's: 52 × 9 ÷ 5 + 11 × 4 (班主任) + 8 (加班) = 93.6 + 44 + 8 = 145.6.

use std::path::{Path, PathBuf};

use crate::support::{kaohe, sheet, succeeds, Summary};

const RUBRIC: &str = "rubrics/fangan5-full.toml";
const EXAMPLE: &str = "examples/fangan5-full";

fn score_into(dir: &Path) -> PathBuf {
    let out = dir.join("scored.xlsx");
    // No --period: the rubric's [calendar] gives 2022-03-01..05-15.
    let output = kaohe()
        .args(["score", "--rubric", RUBRIC, "--input", EXAMPLE, "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "kaohe score failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    out
}

fn num(s: &Summary, key: &str, column: &str) -> f64 {
    let v = s.get(key, column);
    v.parse()
        .unwrap_or_else(|_| panic!("teacher {key}, {column}: {v:?} is not a number"))
}

#[test]
fn planted_teachers_score_as_computed_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let s = Summary::read(&score_into(dir.path()));

    // 0501 韩冬梅, 语文 1年级 班主任: the largest workload → 50; 30 hours on duty × 2 = 60;
    // 1年级 sits no written exam → 35. 600 + 60 + (50 + 100 + 35) = 845, B.
    assert_eq!(num(&s, "0501", "工作量"), 50.);
    assert_eq!(num(&s, "0501", "现场防疫"), 60.);
    assert_eq!(num(&s, "0501", "线上教学成绩"), 35.);
    assert_eq!(num(&s, "0501", "总分"), 845.);
    assert_eq!(s.get("0501", "等级"), "B");

    // 0502 赵国强, 数学 6年级, 教干 with 40 hours on duty (80). Workload straddles 4月20日:
    // 35 days × 5 ÷ 5 + 17 days × 6.5 ÷ 5 = 35 + 22.1 = 57.1; 57.1 ÷ 145.6 × 50 = 19.608516…,
    // kept exact (the rubric rounds the total once). Alone in 6年级数学: rank 1 of 1 → 50.
    // 线上过程教学 100, a subtotal of its own inside 线上教学. 线上教学 19.608516… + 50 + 100
    // = 169.608516…, halved (教干, on duty, taught online): 84.804258…. 600 + 80 + 84.804258…
    // = 764.804258… → 764.80, B. (Rounding each item and the halved subtotal, as this
    // rubric did before, gave 19.61 → 84.805 → 84.81 and 764.81.)
    assert!((num(&s, "0502", "工作量") - 19.608_516).abs() < 1e-6);
    assert_eq!(num(&s, "0502", "线上教学成绩"), 50.);
    assert_eq!(num(&s, "0502", "线上过程教学"), 100.);
    assert!((num(&s, "0502", "线上教学") - 84.804_258).abs() < 1e-6);
    assert!(
        s.get("0502", "折算说明").contains("折半"),
        "{}",
        s.get("0502", "折算说明")
    );
    assert_eq!(num(&s, "0502", "总分"), 764.8);
    assert_eq!(s.get("0502", "等级"), "B");

    // 0503 钱晓燕, 英语 6年级, two classes (+1 a week): 35 × 6.5 ÷ 5 + 17 × 7.5 ÷ 5
    // = 45.5 + 25.5 = 71; 71 ÷ 145.6 × 50 = 24.381868…, kept exact. Two late health reports:
    // 500 − 10 = 490. Exam: mean (88.2 + 85.4) ÷ 2 = 86.8, alone → 50. No duty.
    // 490 + 100 + 0 + (24.381868… + 100 + 50) = 764.381868… → 764.38, B.
    assert_eq!(num(&s, "0503", "防疫纪律"), 490.);
    assert!((num(&s, "0503", "工作量") - 24.381_868).abs() < 1e-6);
    assert_eq!(num(&s, "0503", "总分"), 764.38);

    // 语文 6年级 exam group: 0504 86.5 and 0505 86.5 tie for first (50 each);
    // 0506 82.0 is third of 3: (3 − 3 + 1) ÷ 3 × 50 = 16.666…, kept exact.
    assert_eq!(num(&s, "0504", "线上教学成绩"), 50.);
    assert_eq!(num(&s, "0505", "线上教学成绩"), 50.);
    assert!((num(&s, "0506", "线上教学成绩") - 16.666_667).abs() < 1e-6);

    // 0504 孙丽, 班主任 3 a week: 52 × 8 ÷ 5 + 33 = 83.2 + 33 = 116.2 → 116.2 ÷ 145.6 × 50
    // = 39.903846…; duty 20 × 2 = 40. 600 + 40 + (39.903846… + 100 + 50) = 829.903846… → 829.90, but
    // 违反底线 forces C.
    assert_eq!(num(&s, "0504", "总分"), 829.9);
    assert_eq!(s.get("0504", "等级"), "C");

    // 0505 周雨: 130 hours × 2 = 260, held at 200. Workload 83.2 ÷ 145.6 × 50 = 28.571428….
    // 600 + 200 + (28.571428… + 100 + 50) = 978.571428… → 978.57, A.
    assert_eq!(num(&s, "0505", "现场防疫"), 200.);
    assert_eq!(num(&s, "0505", "总分"), 978.57);
    assert_eq!(s.get("0505", "等级"), "A");

    // 0506 吴海燕: 外出未审批 and 外出未报备被查: 500 − 10 = 490, and C. Two weekly plans
    // missing (8), one lesson missed (9): process 97. 490 + 100 + 0 + (28.571428… + 97 +
    // 16.666666…) = 732.238095… → 732.24.
    assert_eq!(num(&s, "0506", "防疫纪律"), 490.);
    assert_eq!(num(&s, "0506", "每周计划"), 8.);
    assert_eq!(num(&s, "0506", "按时授课"), 9.);
    assert_eq!(num(&s, "0506", "总分"), 732.24);
    assert_eq!(s.get("0506", "等级"), "C");
}

/// 汇总's formulas are what was computed: 线上教学 sums its own items and the
/// 线上过程教学 column and halves for 0502; the total sums the three top-level
/// subtotals, not 线上过程教学 again, and rounds once; 明细 shows the step.
#[test]
fn nested_subtotals_and_the_rounded_total_are_formulas_that_add_up() {
    use calamine::{open_workbook, Reader, Xlsx};
    let dir = tempfile::tempdir().unwrap();
    let path = score_into(dir.path());
    let s = Summary::read(&path);
    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    let formulas = book.worksheet_formula("汇总").unwrap();
    let (r0, c0) = formulas.start().unwrap();
    let at = |key: &str, column: &str| -> String {
        let k = s.col("工号");
        let row = s.rows.iter().position(|r| r[k] == key).unwrap();
        // 汇总's data starts on the fourth row (title, categories, items).
        let r = u32::try_from(row).unwrap() + 3 - r0;
        let c = u32::try_from(s.col(column)).unwrap() - c0;
        formulas
            .get((r as usize, c as usize))
            .cloned()
            .unwrap_or_default()
    };
    let letter = |column: &str| letters(s.col(column));
    let (workload, exam, process) = (
        letter("工作量"),
        letter("线上教学成绩"),
        letter("线上过程教学"),
    );
    let row = |key: &str| {
        let k = s.col("工号");
        s.rows.iter().position(|r| r[k] == key).unwrap() + 4
    };
    let r = row("0502");
    assert_eq!(
        at("0502", "线上教学"),
        format!("SUM({workload}{r}:{exam}{r},{process}{r})*0.5")
    );
    // 现场防疫 (an item and a category of the same name) sits between them.
    let (basic, online) = (letter("防疫基础工作"), letter("线上教学"));
    assert_eq!(s.col("线上教学"), s.col("防疫基础工作") + 2);
    assert_eq!(
        at("0502", "总分"),
        format!("ROUND(SUM({basic}{r}:{online}{r}),2)")
    );
    let rows = sheet(&path, "明细");
    let step = rows
        .iter()
        .find(|r| r[0] == "0502" && r[3] == "（总分）")
        .expect("a rounding line for the total")
        .join(" | ");
    assert!(
        step.contains("764.8042582417… 四舍五入保留 2 位小数 = 764.80"),
        "{step}"
    );
}

/// A 0-based column as Excel names it (0 → A, 26 → AA).
fn letters(mut c: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(char::from(b'A' + u8::try_from(c % 26).unwrap()));
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    out.iter().rev().collect()
}

#[test]
fn relative_lines_show_the_arithmetic_and_the_tie() {
    let dir = tempfile::tempdir().unwrap();
    let rows = sheet(&score_into(dir.path()), "明细");
    let line = |key: &str, rule: &str| -> String {
        rows.iter()
            .find(|r| r[0] == key && r[4] == rule)
            .unwrap_or_else(|| panic!("no {rule} line for {key}"))
            .join(" | ")
    };
    let w = line("0502", "课时工作量");
    assert!(w.contains("57.1 ÷ 组内最高 145.6"), "{w}");
    let e = line("0505", "返校监测成绩");
    assert!(e.contains("第 1 名，与 1 人并列"), "{e}");
    let m = line("0503", "返校监测成绩");
    assert!(m.contains("2 条记录平均"), "{m}");
}

/// 汇总（打印）, the page the office signs, prints every score at the
/// rubric's 2 places — the stored results and the formulas alike, since
/// a spreadsheet that recalculates shows the formula's value — and only the
/// top-level categories, so its columns add up to 总分: 线上过程教学 is part
/// of 线上教学 (and for 0502 was not even halved with it). 折算说明 is in the
/// figures printed, `≈` since 169.61 × 0.5 is not exactly 84.80.
#[test]
fn the_signed_summary_prints_two_places_and_columns_that_add_up() {
    use calamine::{open_workbook, Reader, Xlsx};
    let dir = tempfile::tempdir().unwrap();
    let path = score_into(dir.path());
    let rows = sheet(&path, "汇总（打印）");
    let head = rows.iter().position(|r| r[0] == "工号").unwrap();
    let header = &rows[head];
    assert!(
        !header.iter().any(|h| h.contains("线上过程教学")),
        "{header:?}"
    );
    let first = header
        .iter()
        .position(|h| h.starts_with("防疫基础工作"))
        .unwrap();
    let total = header.iter().position(|h| h.starts_with("总分")).unwrap();
    assert_eq!(
        header[first..total],
        ["防疫基础工作 (600)", "现场防疫 (200)", "线上教学 (200)"]
    );
    let notes = header.iter().position(|h| h == "折算说明").unwrap();
    let teachers: Vec<&Vec<String>> = rows[head + 1..]
        .iter()
        .filter(|r| !r[total].is_empty())
        .collect();
    assert_eq!(teachers.len(), Summary::read(&path).rows.len());
    let hundredths = |s: &str| -> i64 {
        let (whole, part) = s.split_once('.').unwrap_or((s, ""));
        assert!(part.len() <= 2, "{s} has more than 2 places");
        let part = format!("{part:0<2}");
        whole.parse::<i64>().unwrap() * 100 + part.parse::<i64>().unwrap()
    };
    for row in &teachers {
        let sum: i64 = row[first..total].iter().map(|c| hundredths(c)).sum();
        // The subtotals rounded apart may be a hundredth off the total
        // rounded once; in this example they never are.
        assert_eq!(sum, hundredths(&row[total]), "{row:?}");
    }
    let zhao = teachers.iter().find(|r| r[0] == "0502").unwrap();
    assert_eq!(zhao[total - 1], "84.8");
    assert_eq!(
        zhao[notes],
        "线上教学 169.61 × 0.5 ≈ 84.80（教干参加现场防疫又参加线上教学，线上教学折半计入）"
    );

    // The formula rounds what it looks up in 汇总, as the rubric rounds.
    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    let formulas = book.worksheet_formula("汇总（打印）").unwrap();
    let (r0, c0) = formulas.start().unwrap();
    let r = rows.iter().position(|r| r[0] == "0502").unwrap() - r0 as usize;
    let online = formulas
        .get((r, total - 1 - c0 as usize))
        .cloned()
        .unwrap_or_default();
    assert!(
        online.starts_with("ROUND(INDEX(") && online.ends_with(",2)"),
        "{online}"
    );
}

/// 0502 was on site duty and taught online, so 线上教学 is halved
/// (折半计入): the items on his slip add up to 849.61 while his total is
/// 764.80. Both kinds of slip say why on a 折算说明 line; the workbook's
/// slip takes its total from 汇总, so a spreadsheet that recalculates does
/// not put the items' sum in its place.
#[test]
fn a_halved_category_is_said_on_both_slips() {
    let dir = tempfile::tempdir().unwrap();
    let scored = dir.path().join("slips.xlsx");
    succeeds(
        kaohe()
            .args([
                "score", "--quiet", "--rubric", RUBRIC, "--input", EXAMPLE, "--slips", "--out",
            ])
            .arg(&scored),
    );
    let slips = sheet(&scored, "个人");
    let start = slips.iter().position(|r| r[0].contains("0502")).unwrap();
    let slip = &slips[start..];
    let end = slip.iter().position(|r| r[0] == "总分").unwrap();
    assert_eq!(slip[end - 1][0], "折算说明");
    assert_eq!(
        slip[end - 1][4],
        "线上教学 169.61 × 0.5 ≈ 84.80（教干参加现场防疫又参加线上教学，线上教学折半计入）"
    );
    // 汇总 says it in the same figures, not in 28 decimals.
    assert_eq!(
        Summary::read(&scored).get("0502", "折算说明"),
        slip[end - 1][4]
    );
    use calamine::{open_workbook, Reader, Xlsx};
    let mut book: Xlsx<_> = open_workbook(&scored).unwrap();
    let formulas = book.worksheet_formula("个人").unwrap();
    let (r0, c0) = formulas.start().unwrap();
    let total = formulas
        .get((start + end - r0 as usize, 3 - c0 as usize))
        .cloned()
        .unwrap_or_default();
    assert!(total.starts_with("INDEX(汇总!"), "{total}");
    assert!(total.contains("MATCH(\"0502\""), "{total}");

    let published = dir.path().join("公示");
    succeeds(
        kaohe()
            .args(["publish", "--rubric", RUBRIC, "--input", EXAMPLE, "--out"])
            .arg(&published),
    );
    let slip = sheet(&published.join("slips/0502_赵国强.xlsx"), "个人考核结果");
    let total = slip.iter().position(|r| r[0] == "总分").unwrap();
    assert_eq!(slip[total - 1][0], "折算说明");
    assert_eq!(slip[total][3], "764.8");
}

/// 明细's texts: a share or a halving runs to 28 decimals, cut after ten
/// with `…` (the cells keep the exact value); records named by place
/// inside a text give the file within the input folder, as 来源文件 does.
#[test]
fn evidence_texts_are_cut_at_ten_places_and_name_files_within_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let evidence = sheet(&score_into(dir.path()), "明细");
    let texts: Vec<&str> = evidence.iter().map(|r| r[10].as_str()).collect();
    assert!(texts.contains(&"764.8042582417… 四舍五入保留 2 位小数 = 764.80"));
    assert!(texts.iter().any(|t| t.starts_with(
        "169.6085164835… × 0.5 = 84.8042582417…；角色=教干 (教师名册.xlsx:教师名册:3)"
    )));
    for text in texts {
        assert!(!text.contains("examples/"), "{text}");
        let longest = text
            .split(|c: char| !(c.is_ascii_digit() || c == '.'))
            .filter_map(|n| n.split_once('.'))
            .map(|(_, d)| d.len())
            .max()
            .unwrap_or(0);
        assert!(longest <= 10, "{text}");
    }
}
