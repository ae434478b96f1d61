//! The scored workbook as a whole: which sheets, in what order, the layout
//! facts they share (item column order, where each teacher's evidence
//! starts), and the document properties that make two runs byte-identical.

use rust_xlsxwriter::{Workbook, Worksheet, XlsxError};

use super::labels::labels;
use super::sheet::{properties, Ctx};
use super::{
    evidence_sheet, problems_sheet, rules_sheet, run_sheet, slips_sheet, stats_sheet,
    summary_sheet, veto_sheet, Layout, ReportError, WriteOptions,
};
use crate::engine::Outcome;
use crate::rubric::Rubric;

/// Builds the standard scored workbook in memory: 汇总, 统计, 明细, 否决,
/// 规则, 运行信息 (Summary, Statistics, Evidence, Vetoes, Rules, Run in
/// English), and 数据问题 when `--keep-going` skipped records. See
/// [`workbook_bytes_with`].
///
/// # Errors
/// [`ReportError::Xlsx`] when a limit of the format is exceeded.
pub fn workbook_bytes(
    rubric: &Rubric,
    outcome: &Outcome,
    opts: &WriteOptions,
) -> Result<Vec<u8>, ReportError> {
    workbook_bytes_with(rubric, outcome, opts, &Layout::default())
}

/// Builds the scored workbook with the optional 个人 sheet (slips, after
/// 统计) and 汇总 paged as `layout` asks.
///
/// Same inputs give byte-identical bytes: the document's creation date is
/// fixed, and nothing reads the clock, draws random numbers or iterates a
/// hash map.
///
/// # Errors
/// [`ReportError::Xlsx`] when a limit of the format is exceeded.
pub fn workbook_bytes_with(
    rubric: &Rubric,
    outcome: &Outcome,
    opts: &WriteOptions,
    layout: &Layout,
) -> Result<Vec<u8>, ReportError> {
    let ctx = Ctx {
        layout: *layout,
        rubric,
        outcome,
        locale: opts.locale,
        labels: labels(opts.locale),
        places: rubric.rounding.places,
        input_folder: crate::provenance::common_folder(
            outcome.run.inputs.iter().map(|i| i.file.path.as_str()),
        ),
        item_order: rubric
            .categories
            .iter()
            .flat_map(|c| c.items.iter().copied())
            .collect(),
    };
    let mut workbook = Workbook::new();
    workbook.set_properties(&properties(&rubric.name)?);

    // Deflate level 2, not the writer's default 6: a district's 明细 then
    // deflates in a third of the time, for a file about a fifth larger.
    workbook.set_zip_compression_level(ZIP_LEVEL);
    let evidence_rows = evidence_sheet::first_rows(&ctx);
    summary_sheet::write(
        named(&mut workbook, ctx.labels.sheet_summary)?,
        &ctx,
        &evidence_rows,
    )?;
    super::print_sheet::write(named(&mut workbook, ctx.labels.sheet_summary_print)?, &ctx)?;
    if outcome.pay.is_some() {
        let name = crate::i18n::report::sheet_pay().get(ctx.locale);
        super::pay_sheet::write(named(&mut workbook, name)?, &ctx)?;
    }
    stats_sheet::write(named(&mut workbook, ctx.labels.sheet_stats)?, &ctx)?;
    if ctx.layout.slips {
        slips_sheet::write(named(&mut workbook, ctx.labels.sheet_slips)?, &ctx)?;
    }
    // 明细 has a row per evidence line — hundreds of thousands for a
    // district — and is written strictly in row order, so it streams to a
    // temporary file instead of holding every cell in memory. Its strings
    // go to the shared-strings table (low-memory mode, not constant-memory
    // with inline strings): the same teacher, item, rule and file names
    // repeat on every line, so the sheet's XML is a fifth the size, and
    // deflating it at save time was the longest step after reading.
    let evidence = workbook
        .add_worksheet_with_low_memory()?
        .set_name(ctx.labels.sheet_evidence)?;
    evidence_sheet::write(evidence, &ctx)?;
    veto_sheet::write(named(&mut workbook, ctx.labels.sheet_vetoes)?, &ctx)?;
    if super::veto_count_sheet::wanted(rubric) {
        let name = crate::i18n::report::sheet_veto_counts().get(ctx.locale);
        super::veto_count_sheet::write(named(&mut workbook, name)?, &ctx)?;
    }
    if let Some(appeals) = &outcome.appeals {
        let name = crate::i18n::report::sheet_appeals().get(ctx.locale);
        super::appeals_sheet::write(named(&mut workbook, name)?, &ctx, appeals)?;
    }
    rules_sheet::write(named(&mut workbook, ctx.labels.sheet_rules)?, &ctx)?;
    run_sheet::write(named(&mut workbook, ctx.labels.sheet_run)?, &ctx)?;
    if !outcome.skipped.is_empty() {
        problems_sheet::write(named(&mut workbook, ctx.labels.sheet_problems)?, &ctx)?;
    }
    Ok(super::save_workbook(&mut workbook)?)
}

/// The deflate level of the scored workbook (1 fastest, 9 smallest).
const ZIP_LEVEL: u8 = 2;

fn named<'w>(workbook: &'w mut Workbook, name: &str) -> Result<&'w mut Worksheet, XlsxError> {
    workbook.add_worksheet().set_name(name)
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use calamine::{Data, Reader, Xlsx};

    use super::*;
    use crate::report::fixture;
    use crate::rubric::Locale;

    type Book = Xlsx<Cursor<Vec<u8>>>;

    fn build(locale: Locale) -> Vec<u8> {
        workbook_bytes(
            &fixture::rubric(),
            &fixture::outcome(),
            &WriteOptions { locale },
        )
        .unwrap()
    }

    fn open(locale: Locale) -> Book {
        Xlsx::new(Cursor::new(build(locale))).unwrap()
    }

    /// Every non-empty cell of a sheet, by absolute (row, col).
    fn sheet(book: &mut Book, name: &str) -> calamine::Range<Data> {
        book.worksheet_range(name).unwrap()
    }

    fn s(range: &calamine::Range<Data>, r: u32, c: u32) -> String {
        match range.get_value((r, c)) {
            Some(Data::String(s)) => s.clone(),
            Some(Data::Empty) | None => String::new(),
            other => panic!("({r},{c}) is not text: {other:?}"),
        }
    }

    fn f(range: &calamine::Range<Data>, r: u32, c: u32) -> f64 {
        match range.get_value((r, c)) {
            Some(Data::Float(x)) => *x,
            Some(Data::Int(x)) => *x as f64,
            other => panic!("({r},{c}) is not a number: {other:?}"),
        }
    }

    fn rows_of(range: &calamine::Range<Data>) -> Vec<Vec<String>> {
        range
            .rows()
            .map(|row| row.iter().map(|c| c.to_string()).collect())
            .collect()
    }

    #[test]
    fn sheets_are_named_in_the_chosen_language() {
        assert_eq!(
            open(Locale::Zh).sheet_names(),
            [
                "汇总",
                "汇总（打印）",
                "统计",
                "明细",
                "否决",
                "规则",
                "运行信息"
            ]
        );
        assert_eq!(
            open(Locale::En).sheet_names(),
            [
                "Summary",
                "Summary (print)",
                "Statistics",
                "Evidence",
                "Vetoes",
                "Rules",
                "Run"
            ]
        );
    }

    #[test]
    fn two_builds_are_byte_identical() {
        assert_eq!(build(Locale::Zh), build(Locale::Zh));
        assert_eq!(build(Locale::En), build(Locale::En));
    }

    #[test]
    fn the_printed_summary_has_categories_total_grade_and_a_signature_line() {
        let mut book = open(Locale::Zh);
        let sum = sheet(&mut book, "汇总");
        let printed = sheet(&mut book, "汇总（打印）");
        assert_eq!(s(&printed, 0, 0), s(&sum, 0, 0));
        let heads: Vec<String> = (0..9).map(|c| s(&printed, 1, c)).collect();
        assert_eq!(
            heads,
            [
                "工号",
                "姓名",
                "学校",
                "考勤 (2)",
                "教学 (40)",
                "科研 (5)",
                "总分 (47)",
                "等级",
                "否决原因"
            ]
        );
        // Each teacher's row: the same key, subtotals, total, grade and
        // veto reasons as 汇总's (two header rows there, three on 汇总).
        for r in 2..4 {
            assert_eq!(s(&printed, r, 0), s(&sum, r + 1, 1));
            let cats: Vec<f64> = (3..7).map(|c| f(&printed, r, c)).collect();
            let ours: Vec<f64> = (8..12).map(|c| f(&sum, r + 1, c)).collect();
            assert_eq!(cats, ours);
            assert_eq!(s(&printed, r, 8), s(&sum, r + 1, 13));
        }
        // 张三's grade comes from the veto, and says so; 李四's from points.
        assert_eq!(s(&printed, 2, 7), "不合格\n（否决）");
        assert_eq!(s(&printed, 2, 8), "师德失范");
        assert_eq!(s(&printed, 3, 7), s(&sum, 4, 12));
        let last = printed.end().unwrap().0;
        assert!(s(&printed, last, 0).starts_with("制表人"));
        // The scores and the grade are looked up in 汇总 by 工号, so a
        // correction made there is what prints, even after sorting 汇总.
        let formulas = book.worksheet_formula("汇总（打印）").unwrap();
        let at = |c: u32| formulas.get_value((2, c)).cloned().unwrap_or_default();
        assert_eq!(at(6), "INDEX(汇总!$L$4:$L$5,MATCH($A3,汇总!$B$4:$B$5,0))");
        assert_eq!(
            at(7),
            "INDEX(汇总!$M$4:$M$5,MATCH($A3,汇总!$B$4:$B$5,0))&\"\"&CHAR(10)&\"（否决）\""
        );
        assert_eq!(at(0), "", "工号 stays a value");
    }

    #[test]
    fn statistics_say_what_and_when() {
        let mut book = open(Locale::Zh);
        let stats = sheet(&mut book, "统计");
        assert_eq!(
            s(&stats, 0, 0),
            "2022年3月教师考核    2022-03-01 至 2022-03-31"
        );
        assert_eq!(s(&stats, 2, 0), "等级分布");
    }

    /// 出勤 starts full (2) and loses points; 每周计划, 论文获奖 and 课时量
    /// start at 0 and only gain. A point not gained is not a point lost.
    #[test]
    fn statistics_tell_points_lost_from_bonus_not_earned() {
        let mut book = open(Locale::Zh);
        let stats = sheet(&mut book, "统计");
        let text_at = |r, c| match stats.get_value((r, c)) {
            Some(Data::String(t)) => t.clone(),
            _ => String::new(),
        };
        let head = (0..20)
            .find(|&r| text_at(r, 1) == "项目")
            .expect("a header row with 项目");
        assert_eq!(s(&stats, head, 6), "平均失分");
        assert_eq!(s(&stats, head, 7), "平均未获加分");
        let row = |name: &str| {
            (head..head + 10)
                .find(|&r| text_at(r, 1) == name)
                .unwrap_or_else(|| panic!("no row {name}"))
        };
        let blank = |r, c| matches!(stats.get_value((r, c)), None | Some(Data::Empty));
        // 出勤: 1.00 and 0.00 of 2, average 0.5: 1.5 lost, nothing unearned.
        let attendance = row("出勤");
        assert_eq!(f(&stats, attendance, 6), 1.5);
        assert!(blank(attendance, 7));
        // 每周计划: 9.50 and 0.00 of 10, average 4.75: 5.25 not earned, none lost.
        let plan = row("每周计划");
        assert!(blank(plan, 6));
        assert_eq!(f(&stats, plan, 7), 5.25);
        // 论文获奖: 3.50 and 4.00 of 5, average 3.75: 1.25 not earned.
        assert_eq!(f(&stats, row("论文获奖"), 7), 1.25);
        // 课时量: 18.88 and 26.25 of 30, average 22.565: 7.435 not earned.
        assert_eq!(f(&stats, row("课时量"), 7), 7.435);
        // 总分: each column summed, 1.5 lost and 5.25 + 1.25 + 7.435 not earned.
        let total = row("总分");
        assert_eq!(f(&stats, total, 6), 1.5);
        assert_eq!(f(&stats, total, 7), 13.935);
        assert!(s(&stats, total + 2, 0).starts_with("平均失分：从满分起扣的项目"));
    }

    #[test]
    fn summary_shows_scores_grades_and_vetoes() {
        let mut book = open(Locale::Zh);
        let sum = sheet(&mut book, "汇总");
        assert_eq!(
            s(&sum, 0, 0),
            "2022年3月教师考核    2022-03-01 至 2022-03-31"
        );
        // Category headers merged over items grouped by category, even
        // though 课时量 comes after 论文获奖 in the rubric.
        assert_eq!(s(&sum, 1, 4), "考勤");
        assert_eq!(s(&sum, 1, 5), "教学");
        assert_eq!(s(&sum, 1, 7), "科研");
        assert_eq!(s(&sum, 1, 8), "类别得分");
        let heads: Vec<String> = (0..14).map(|c| s(&sum, 2, c)).collect();
        assert_eq!(
            heads[4..],
            [
                "出勤 (2)",
                "每周计划 (10)",
                "课时量 (30)",
                "论文获奖 (5)",
                "考勤 (2)",
                "教学 (40)",
                "科研 (5)",
                "",
                "",
                ""
            ]
        );
        assert_eq!(s(&sum, 1, 0), "序号");
        assert_eq!(s(&sum, 1, 1), "工号");
        assert_eq!(s(&sum, 1, 3), "学校");
        assert_eq!(s(&sum, 1, 11), "总分 (47)");

        // 张三: vetoed.
        assert_eq!(f(&sum, 3, 0), 1.0);
        assert_eq!(s(&sum, 3, 1), "00123");
        assert_eq!(s(&sum, 3, 2), "张三");
        assert_eq!(s(&sum, 3, 3), "第一中学");
        let items: Vec<f64> = (4..8).map(|c| f(&sum, 3, c)).collect();
        assert_eq!(items, [1.0, 9.5, 18.88, 3.5]);
        let cats: Vec<f64> = (8..11).map(|c| f(&sum, 3, c)).collect();
        assert_eq!(cats, [1.0, 28.38, 3.5]);
        assert_eq!(f(&sum, 3, 11), 32.88);
        assert_eq!(s(&sum, 3, 12), "不合格");
        assert_eq!(s(&sum, 3, 13), "师德失范");

        // 李四: graded by band, no school, no veto.
        assert_eq!(s(&sum, 4, 1), "00456");
        assert_eq!(s(&sum, 4, 3), "");
        assert_eq!(f(&sum, 4, 4), 0.0);
        assert_eq!(f(&sum, 4, 9), 26.25);
        assert_eq!(f(&sum, 4, 11), 30.25);
        assert_eq!(s(&sum, 4, 12), "合格");
        assert_eq!(s(&sum, 4, 13), "");
    }

    #[test]
    fn subtotals_and_totals_are_formulas() {
        let mut book = open(Locale::Zh);
        let formulas = book.worksheet_formula("汇总").unwrap();
        let at = |r, c| formulas.get_value((r, c)).cloned().unwrap_or_default();
        assert_eq!(at(3, 8), "SUM(E4)");
        assert_eq!(at(3, 9), "SUM(F4:G4)");
        assert_eq!(at(3, 10), "SUM(H4)");
        assert_eq!(at(3, 11), "SUM(I4:K4)");
        assert_eq!(at(4, 11), "SUM(I5:K5)");
        // Item scores are plain numbers, not formulas.
        assert_eq!(at(3, 4), "");
    }

    #[test]
    fn evidence_lists_every_line_with_its_origin() {
        let mut book = open(Locale::Zh);
        let ev = rows_of(&sheet(&mut book, "明细"));
        assert_eq!(
            ev[0],
            [
                "工号",
                "姓名",
                "类别",
                "项目",
                "规则",
                "类型",
                "分值",
                "来源文件",
                "工作表",
                "行号",
                "匹配字段"
            ]
        );
        assert_eq!(ev.len(), 1 + 7 + 11);
        assert_eq!(
            ev[1],
            [
                "00123",
                "张三",
                "考勤",
                "出勤",
                "缺课",
                "记录",
                "-1",
                "2022-03考勤.xlsx",
                "考勤",
                "5",
                "status=缺课, date=2022-03-04"
            ]
        );
        assert_eq!(ev[2][5], "免扣");
        // Item order follows the summary's columns: 课时量 before 论文获奖.
        assert_eq!(ev[4][3], "课时量");
        assert_eq!(ev[4][7..10], ["课时.csv", "", "7"]);
        assert_eq!(ev[5][4..7], ["", "舍入", "0.005"]);
        assert_eq!(ev[6][3], "论文获奖");
        assert_eq!(ev[11][4..7], ["", "扣完为止", "1"]);
        assert_eq!(ev[12][4..8], ["计划评分", "缺记录", "0", ""]);
        assert_eq!(ev[17][4..6], ["论文", "规则封顶"]);
    }

    #[test]
    fn summary_links_point_at_each_teachers_first_evidence_row() {
        let (rubric, outcome) = (fixture::rubric(), fixture::outcome());
        let ctx = Ctx {
            rubric: &rubric,
            outcome: &outcome,
            locale: Locale::Zh,
            labels: labels(Locale::Zh),
            places: 2,
            input_folder: String::new(),
            item_order: vec![0, 1, 3, 2],
            layout: Layout::default(),
        };
        assert_eq!(evidence_sheet::first_rows(&ctx), [Some(1), Some(8)]);
    }

    #[test]
    fn vetoes_list_the_triggering_records() {
        let mut book = open(Locale::Zh);
        let v = rows_of(&sheet(&mut book, "否决"));
        assert_eq!(v.len(), 2);
        assert_eq!(
            v[1],
            [
                "00123",
                "张三",
                "师德失范",
                "不合格",
                "师德.xlsx",
                "记录",
                "9",
                "type=体罚"
            ]
        );
    }

    #[test]
    fn rules_sheet_describes_the_rubric() {
        let mut book = open(Locale::Zh);
        let rules = rows_of(&sheet(&mut book, "规则"));
        assert_eq!(rules[0][0], "评分项目");
        assert_eq!(
            rules[1][..7],
            ["类别", "项目", "满分", "起始", "规则", "计分方式", "数据源"]
        );
        assert_eq!(
            rules[2][..7],
            [
                "考勤",
                "出勤",
                "2",
                "满分起扣",
                "缺课",
                "每条记录扣 1 分（条件：考勤状态为缺课；免扣：已审批请假），扣完为止",
                "attendance"
            ]
        );
        let find = |text: &str| {
            rules
                .iter()
                .position(|r| r[0] == text)
                .unwrap_or_else(|| panic!("{text}"))
        };
        let veto = find("师德失范");
        assert_eq!(rules[veto][1..4], ["conduct", "类型为体罚", "不合格"]);
        assert_eq!(rules[find("优秀")][1], "40");
        assert_eq!(rules[find("不合格")][1], "其余");
        assert_eq!(rules[find("舍入方式")][1], "四舍五入");
        assert_eq!(rules[find("保留小数位")][1], "2");
        assert_eq!(rules[find("满分合计")][1], "47");
    }

    #[test]
    fn run_sheet_records_inputs_without_timestamps() {
        let mut book = open(Locale::Zh);
        let run = rows_of(&sheet(&mut book, "运行信息"));
        assert_eq!(run[0][..2], ["工具版本", "0.1.0"]);
        assert_eq!(run[1][..2], ["评分方案", "rubric.toml"]);
        assert_eq!(run[2][1], "a".repeat(64));
        assert_eq!(run[3][1], "2022-03-01 至 2022-03-31");
        let input = run.iter().position(|r| r[0] == "2022-03考勤.xlsx").unwrap();
        assert_eq!(run[input][2..6], ["attendance", "考勤", "2", "8"]);
        let unread = run.iter().position(|r| r[0] == "说明.txt").unwrap();
        assert_eq!(run[unread][2], "未读取（不匹配任何数据源）");
        let stats = run.iter().rposition(|r| r[0] == "attendance").unwrap();
        assert_eq!(run[stats][1..5], ["8", "6", "2", "0"]);
        // No warnings: no section, so such a run writes what it always did.
        assert!(!run.iter().any(|r| r[0] == "警告"));
    }

    #[test]
    fn run_sheet_counts_the_lock_files_passed_over_only_when_there_were_some() {
        let mut outcome = fixture::outcome();
        outcome.run.passed_over = 3;
        for (locale, label) in [
            (Locale::Zh, "略过的锁定文件和 ._ 文件"),
            (Locale::En, "Lock and ._ files passed over"),
        ] {
            let bytes =
                workbook_bytes(&fixture::rubric(), &outcome, &WriteOptions { locale }).unwrap();
            let mut book: Book = Xlsx::new(Cursor::new(bytes)).unwrap();
            let name = if locale == Locale::Zh {
                "运行信息"
            } else {
                "Run"
            };
            let run = rows_of(&sheet(&mut book, name));
            assert_eq!(run[4][..2], [label, "3"]);
        }
        let mut book = open(Locale::Zh);
        let run = rows_of(&sheet(&mut book, "运行信息"));
        assert!(!run.iter().any(|r| r[0].contains("锁定文件")));
    }

    #[test]
    fn run_sheet_lists_the_warnings_in_the_workbooks_language() {
        let mut outcome = fixture::outcome();
        outcome
            .run
            .warnings
            .push(crate::engine::Warning::HiddenRows {
                source: "attendance".into(),
                named: crate::i18n::Text::same("attendance"),
                file: "2022-03考勤.xlsx".into(),
                sheet: "考勤".into(),
                records: 2,
            });
        for (locale, title, words) in [
            (Locale::Zh, "警告", "有 2 条记录在隐藏或被筛选隐藏的行中"),
            (
                Locale::En,
                "Warnings",
                "2 records are in hidden or filtered-out rows",
            ),
        ] {
            let bytes =
                workbook_bytes(&fixture::rubric(), &outcome, &WriteOptions { locale }).unwrap();
            let mut book: Book = Xlsx::new(Cursor::new(bytes)).unwrap();
            let name = crate::report::labels(locale).sheet_run;
            let run = rows_of(&sheet(&mut book, name));
            let at = run.iter().position(|r| r[0] == title).unwrap();
            assert_eq!(run[at + 2][..2], ["attendance", "hidden_rows"]);
            assert!(run[at + 2][2].contains(words), "{}", run[at + 2][2]);
        }
    }

    #[test]
    fn english_headers_come_from_the_labels() {
        let mut book = open(Locale::En);
        let sum = sheet(&mut book, "Summary");
        assert_eq!(s(&sum, 1, 1), "ID");
        assert_eq!(s(&sum, 1, 8), "Category scores");
        let rules = rows_of(&sheet(&mut book, "Rules"));
        assert_eq!(rules[2][3], "max, deducted");
        assert!(rules[2][5].starts_with("Deduct 1 point per record"));
    }
}
