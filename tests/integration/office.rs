//! Office features without LibreOffice: `init` templates that score once
//! filled in, the slips and statistics sheets, CSV output for scripts.

use std::io::Read as _;
use std::path::Path;

use calamine::{open_workbook, Reader, Xlsx};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

use crate::support::{kaohe, sheet, succeeds, Summary};

/// The XML of one part of an xlsx file.
fn part(path: &Path, name: &str) -> String {
    let file = std::fs::File::open(path).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// A value typed into a template cell.
enum V {
    T(&'static str),
    N(f64),
    D(u16, u8, u8),
}

/// Fills a template as a person would: same file, same sheet, same header,
/// one row per record with each value under the header it is keyed by.
/// Only the headers are read from the template, so a template whose file
/// name, sheet or headers the rubric would not read fails the scoring.
fn fill(path: &Path, rows: &[&[(&str, V)]]) {
    let mut book: Xlsx<_> = open_workbook(path).unwrap();
    let names = book.sheet_names();
    let data_sheet = names[0].clone();
    let notes_sheet = names[1].clone();
    let range = book.worksheet_range(&data_sheet).unwrap();
    let header: Vec<String> = range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();

    let mut out = Workbook::new();
    let sheet = out.add_worksheet().set_name(&data_sheet).unwrap();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(0, c as u16, h).unwrap();
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (h, v) in row.iter() {
            let c = header
                .iter()
                .position(|x| x == h)
                .unwrap_or_else(|| panic!("{} has no column {h}: {header:?}", path.display()))
                as u16;
            match v {
                V::T(t) => sheet.write_string(r, c, *t).map(|_| ()),
                V::N(n) => sheet.write_number(r, c, *n).map(|_| ()),
                V::D(y, m, d) => {
                    let dt = ExcelDateTime::from_ymd(*y, *m, *d).unwrap();
                    sheet
                        .write_datetime_with_format(r, c, &dt, &date)
                        .map(|_| ())
                }
            }
            .unwrap();
        }
    }
    out.add_worksheet().set_name(&notes_sheet).unwrap();
    // A fixed creation date: the same filling gives the same bytes, so the
    // copy kept for the CLI case can be checked against it.
    let created = ExcelDateTime::from_ymd(2000, 1, 1).unwrap();
    out.set_properties(&rust_xlsxwriter::DocProperties::new().set_creation_datetime(&created));
    out.save(path).unwrap();
}

#[test]
fn init_writes_templates_that_score_once_filled_in() {
    let dir = tempfile::tempdir().unwrap();
    succeeds(kaohe().args(["--lang", "zh", "init"]).arg(dir.path()));
    let inputs = dir.path().join("inputs");
    let mut files: Vec<String> = std::fs::read_dir(&inputs)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(
        files,
        [
            "事件.xlsx",
            "人工评分.xlsx",
            "作业.xlsx",
            "名册.xlsx",
            "考勤.xlsx"
        ]
    );

    // The attendance template: the sheet the rubric reads, a dropdown of
    // 状态 values, key columns as text, dates as dates, and 说明.
    let attendance = inputs.join("考勤.xlsx");
    let book: Xlsx<_> = open_workbook(&attendance).unwrap();
    assert_eq!(book.sheet_names(), ["每日统计", "说明"]);
    let xml = part(&attendance, "xl/worksheets/sheet1.xml");
    assert!(
        xml.contains("<formula1>\"正常,迟到,早退,缺课,请假\"</formula1>"),
        "{xml}"
    );
    assert!(xml.contains("<formula1>\"正课,辅导\"</formula1>"));
    let styles = part(&attendance, "xl/styles.xml");
    assert!(styles.contains("formatCode=\"yyyy-mm-dd\""), "{styles}");
    // Key and text columns are formatted as text ("@").
    assert!(styles.contains("formatCode=\"@\""), "{styles}");
    // 工号 and 姓名 (A:B) share the text style; 日期 (C) the date style.
    assert!(
        xml.contains("<col min=\"1\" max=\"2\" width=\"13.7109375\" style=\"2\""),
        "{xml}"
    );
    assert!(
        xml.contains("<col min=\"3\" max=\"3\" width=\"13.7109375\" style=\"3\""),
        "{xml}"
    );
    assert!(
        styles.contains("<xf numFmtId=\"164\"")
            && styles.contains("<numFmt numFmtId=\"164\" formatCode=\"@\"/>")
    );
    assert!(styles.contains("<numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd\"/>"));
    let notes = sheet(&attendance, "说明");
    assert!(notes
        .iter()
        .any(|r| r[0] == "打卡结果" && r[3].contains("正常；迟到；早退；缺课；请假")));

    // Fill every template with two teachers' month.
    fill(
        &inputs.join("名册.xlsx"),
        &[
            &[
                ("工号", V::T("0012")),
                ("姓名", V::T("张丽华")),
                ("学校", V::T("光荣巷小学")),
                ("学科", V::T("语文")),
                ("任教年级", V::N(3.0)),
            ],
            &[
                ("工号", V::T("0107")),
                ("姓名", V::T("欧阳娜")),
                ("学校", V::T("光荣巷小学")),
                ("学科", V::T("数学")),
                ("任教年级", V::N(5.0)),
            ],
        ],
    );
    fill(
        &inputs.join("考勤.xlsx"),
        &[
            &[
                ("工号", V::T("0012")),
                ("姓名", V::T("张丽华")),
                ("日期", V::D(2022, 3, 1)),
                ("课型", V::T("正课")),
                ("打卡结果", V::T("缺课")),
            ],
            &[
                ("工号", V::T("0012")),
                ("姓名", V::T("张丽华")),
                ("日期", V::D(2022, 3, 2)),
                ("课型", V::T("正课")),
                ("打卡结果", V::T("迟到")),
                ("迟到时长(分钟)", V::N(5.0)),
            ],
            &[
                ("工号", V::T("0107")),
                ("姓名", V::T("欧阳娜")),
                ("日期", V::D(2022, 3, 1)),
                ("课型", V::T("辅导")),
                ("打卡结果", V::T("正常")),
            ],
        ],
    );
    fill(
        &inputs.join("作业.xlsx"),
        &[
            &[
                ("工号", V::T("0012")),
                ("布置日期", V::D(2022, 3, 1)),
                ("班级", V::T("三(1)班")),
                ("提交人数", V::N(40.0)),
                ("批改人数", V::N(40.0)),
                ("批改日期", V::D(2022, 3, 2)),
            ],
            &[
                ("工号", V::T("0107")),
                ("布置日期", V::D(2022, 3, 1)),
                ("班级", V::T("五(2)班")),
                ("提交人数", V::N(38.0)),
                ("批改人数", V::N(30.0)),
            ],
        ],
    );
    fill(
        &inputs.join("事件.xlsx"),
        &[
            &[
                ("工号", V::T("0012")),
                ("日期", V::D(2022, 3, 3)),
                ("类别", V::T("美篇")),
            ],
            &[
                ("工号", V::T("0107")),
                ("日期", V::D(2022, 3, 4)),
                ("类别", V::T("表扬")),
                ("级别", V::T("县级")),
            ],
        ],
    );
    let manual = |key| -> Vec<(&str, V)> {
        vec![
            ("工号", V::T(key)),
            ("集体备课", V::N(5.0)),
            ("二次备课", V::N(4.5)),
            ("特殊学生关注", V::N(10.0)),
            ("会议活动", V::N(5.0)),
            ("学生活动", V::N(9.0)),
            ("学情调研", V::N(10.0)),
        ]
    };
    let (a, b) = (manual("0012"), manual("0107"));
    fill(&inputs.join("人工评分.xlsx"), &[&a, &b]);

    // tests/cmd/init-then-score.trycmd scores a kept copy of these filled
    // templates with the rubric `init` writes; the copy must be what this
    // filling makes (KAOHE_BLESS=1 rewrites it).
    let kept = crate::support::root().join("tests/cmd/init-then-score.in/filled");
    for file in &files {
        let filled = std::fs::read(inputs.join(file)).unwrap();
        if std::env::var_os("KAOHE_BLESS").is_some() {
            std::fs::create_dir_all(&kept).unwrap();
            std::fs::write(kept.join(file), &filled).unwrap();
        }
        let copy = std::fs::read(kept.join(file)).unwrap_or_default();
        assert!(
            copy == filled,
            "{} differs from the filled template; rerun with KAOHE_BLESS=1",
            kept.join(file).display()
        );
    }

    let result = dir.path().join("result.xlsx");
    succeeds(
        kaohe()
            .args(["score", "--rubric"])
            .arg(dir.path().join("rubric.toml"))
            .arg("--input")
            .arg(&inputs)
            .args(["--period", "2022-03", "--out"])
            .arg(&result),
    );
    let s = Summary::read(&result);
    // 0012: one lesson missed (−1), one late by 5 minutes (−0.5).
    assert_eq!(s.get("0012", "按时授课"), "8.5");
    assert_eq!(s.get("0012", "作业数量"), "0.25");
    assert_eq!(s.get("0012", "全批全改"), "5");
    assert_eq!(s.get("0012", "美篇"), "0.5");
    // 0107: one assignment not fully graded (−0.5), county praise (+3).
    assert_eq!(s.get("0107", "按时授课"), "10");
    assert_eq!(s.get("0107", "全批全改"), "4.5");
    assert_eq!(s.get("0107", "附加分"), "3");
    assert_eq!(s.get("0107", "二次备课"), "4.5");
}

#[test]
fn slips_statistics_and_paging_are_in_the_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let result = dir.path().join("r.xlsx");
    succeeds(
        kaohe()
            .args([
                "score",
                "--rubric",
                "rubrics/fangan5-online-teaching.toml",
                "--input",
                "examples/fangan5-online-teaching",
                "--period",
                "2022-03",
                "--slips",
                "--rows-per-page",
                "7",
                "--out",
            ])
            .arg(&result),
    );
    let book: Xlsx<_> = open_workbook(&result).unwrap();
    assert_eq!(
        book.sheet_names(),
        [
            "汇总",
            "汇总（打印）",
            "绩效工资",
            "统计",
            "个人",
            "明细",
            "否决",
            "规则",
            "运行信息"
        ]
    );

    let slips = sheet(&result, "个人");
    let titles = slips.iter().filter(|r| r[0] == "个人考核结果").count();
    assert_eq!(titles, 40);
    // The first slip: 张丽华, vetoed, with evidence summarised per rule.
    assert!(slips[2][0].contains("0012") && slips[2][0].contains("张丽华"));
    // The veto reason in full: what the record says, its date among it,
    // and where it is by file name, not the office's folder.
    let reason = slips.iter().find(|r| r[0] == "否决原因").unwrap();
    assert!(
        reason[4].starts_with("拒不参加或应付了事，经教育仍不改正：日期=2022-03-15")
            && reason[4].ends_with("（考核事件_2022年3月.xlsx「考核事件」第 146 行）"),
        "{reason:?}"
    );
    assert!(!reason[4].contains("examples/"), "{reason:?}");
    // Each evidence line with the days of its records: every day a point
    // was lost, the first ten of a longer run and how many in all.
    let evidence: Vec<&str> = slips.iter().map(|r| r[4].as_str()).collect();
    assert!(
        evidence.contains(&"未全批全改 ×3 -1.5（3月3日、3月16日、3月23日）"),
        "{evidence:?}"
    );
    assert!(
        evidence
            .iter()
            .any(|e| e.starts_with("无故缺课 ×12 -12（3月1日、3月2日、")
                && e.ends_with("3月14日等 12 天）；扣完为止 +2")),
        "{evidence:?}"
    );
    // Words a teacher reads: a score taken from a sheet is named by the
    // sheet (人工评分), not by how it was read (导入); an item that starts
    // full and lost nothing says so, not 无记录 ("nothing handed in").
    let first = &slips[..slips.iter().position(|r| r[0] == "总分").unwrap()];
    let said = |item: &str| first.iter().find(|r| r[1] == item).unwrap()[4].clone();
    assert_eq!(said("集体备课"), "人工评分 +5");
    assert_eq!(said("全批全改"), "未扣分");
    assert!(!evidence.iter().any(|e| e.contains("导入")), "{evidence:?}");
    // 绩效工资 says what the pool's rate gives and then the floor paid in
    // its place, never the floor as the product: 10.5 × 115.1651 is not 2000.
    let pay = sheet(&result, "绩效工资");
    let wang = pay.iter().find(|r| r[0] == "0107").unwrap();
    assert_eq!(
        wang.last().unwrap(),
        "超出 60 分的 10.5 分 × 每分 115.1651 元 ≈ 1209.23 元，低于保底，按保底 2000 元"
    );
    // Both signatures: the teacher's and the reviewer's.
    assert!(slips.iter().any(|r| r[0].starts_with("本人签字")));
    assert!(slips.iter().any(|r| r[0].starts_with("审核人签字")));
    assert!(slips.iter().any(|r| r[0] == "等级" && r[2] == "C（否决）"));

    // Page breaks: 汇总 every 7 teachers after its 3 header rows; 个人 at
    // every slip but the first.
    let summary = part(&result, "xl/worksheets/sheet1.xml");
    let breaks: Vec<&str> = summary
        .match_indices("<brk id=\"")
        .map(|(i, _)| &summary[i + 9..i + 11])
        .collect();
    assert_eq!(breaks, ["10", "17", "24", "31", "38"]);
    // 汇总（打印） breaks at the same teachers, after its 2 header rows.
    let printed = part(&result, "xl/worksheets/sheet2.xml");
    for row in ["9", "16", "23", "30", "37"] {
        assert!(printed.contains(&format!("<brk id=\"{row}\"")), "{row}");
    }
    // Each page repeats the header rows, not the title row (the page
    // header names the rubric): 汇总 its two header rows and the columns
    // that say who a row is, 汇总（打印） its one.
    let names = part(&result, "xl/workbook.xml");
    assert!(
        names.contains("localSheetId=\"0\">汇总!$A:$D,汇总!$2:$3<"),
        "{names}"
    );
    assert!(
        names.contains("localSheetId=\"1\">'汇总（打印）'!$2:$2<"),
        "{names}"
    );
    // 汇总（打印）'s rows are one line high unless a cell wraps: a school's
    // name fits its column, and only a vetoed teacher's row (等级 over two
    // lines, the reason wrapped) is set taller. Two lines for every row
    // printed 40 teachers on three pages.
    let rows = sheet(&result, "汇总（打印）");
    let reasons = rows[1].iter().position(|h| h == "否决原因").unwrap();
    let vetoed: Vec<usize> = (2..rows.len())
        .filter(|&r| rows[r].get(reasons).is_some_and(|v| !v.is_empty()))
        .map(|r| r + 1)
        .collect();
    assert!(!vetoed.is_empty());
    let tall: Vec<usize> = printed
        .match_indices("<row r=\"")
        .map(|(i, _)| &printed[i..i + printed[i..].find('>').unwrap()])
        .filter(|tag| tag.contains("customHeight"))
        .map(|tag| tag[8..].split('"').next().unwrap().parse().unwrap())
        .filter(|&r: &usize| (3..=42).contains(&r))
        .collect();
    assert_eq!(tall, vetoed);
    // 个人 is the fifth sheet, after 汇总, 汇总（打印）, 绩效工资 and 统计.
    let slips_xml = part(&result, "xl/worksheets/sheet5.xml");
    assert_eq!(slips_xml.matches("<brk id=").count(), 39);
    // The veto reason's row is as tall as its wrapped text: Excel does not
    // grow it by itself, and a cut-off reason is one the teacher cannot read.
    let at = slips.iter().position(|r| r[0] == "否决原因").unwrap() + 1;
    let tag = &slips_xml[slips_xml.find(&format!("<row r=\"{at}\"")).unwrap()..];
    let tag = &tag[..tag.find('>').unwrap()];
    assert!(tag.contains("customHeight=\"1\""), "{tag}");
    // Highlighting is conditional formatting on the vetoes and the lowest
    // grade, in two formats: a vetoed teacher (张丽华, C by veto) must not
    // look like one graded C on points (王建国) where the grade is not
    // printed beside the name. The veto's rule comes first and stops there.
    assert!(summary.contains("<conditionalFormatting"), "{summary}");
    let vetoed = "<cfRule type=\"expression\" dxfId=\"0\" priority=\"1\" stopIfTrue=\"1\"><formula>$AB4&lt;&gt;\"\"</formula>";
    let lowest =
        "<cfRule type=\"expression\" dxfId=\"1\" priority=\"2\"><formula>$AA4=\"C\"</formula>";
    assert!(summary.contains(vetoed), "{summary}");
    assert!(summary.contains(lowest), "{summary}");
    let styles = part(&result, "xl/styles.xml");
    let dxfs: Vec<&str> = styles
        .split("<dxf>")
        .skip(1)
        .map(|d| &d[..d.find("</dxf>").unwrap()])
        .collect();
    assert!(dxfs.len() >= 2, "{styles}");
    assert_ne!(dxfs[0], dxfs[1]);
    // Vetoed: bold, on a darker red than the lowest grade's light red.
    assert!(dxfs[0].contains("<b/>"), "{}", dxfs[0]);
    assert!(!dxfs[1].contains("<b/>"), "{}", dxfs[1]);
    assert!(dxfs[1].contains("FFFFC7CE"), "{}", dxfs[1]);

    // 统计: grade counts as COUNTIF over 汇总, matching the grades in 汇总.
    let stats = sheet(&result, "统计");
    let s = Summary::read(&result);
    for grade in ["A", "B", "C"] {
        let n = s.rows.iter().filter(|r| r[s.col("等级")] == grade).count();
        let row = stats.iter().find(|r| r[0] == grade).unwrap();
        assert_eq!(row[1], n.to_string(), "{grade}");
    }
    let charts = (1..=2)
        .filter(|n| {
            let f = std::fs::File::open(&result).unwrap();
            zip::ZipArchive::new(f)
                .unwrap()
                .by_name(&format!("xl/charts/chart{n}.xml"))
                .is_ok()
        })
        .count();
    assert_eq!(charts, 2);
}

#[test]
fn csv_output_neutralises_formulas_in_names_but_not_negative_numbers() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        "tests/fixtures/mini/rubric.toml",
        dir.path().join("rubric.toml"),
    )
    .unwrap();
    std::fs::copy(
        "tests/fixtures/mini/attendance.csv",
        dir.path().join("attendance.csv"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("roster.csv"),
        "工号,姓名\n0012,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"点我\"\")\"\n0107,-欧阳娜\n",
    )
    .unwrap();
    let out = succeeds(kaohe().current_dir(dir.path()).args([
        "score",
        "--rubric",
        "rubric.toml",
        "--input",
        ".",
        "--format",
        "csv",
        "--quiet",
    ]));
    assert!(
        out.stderr.is_empty(),
        "--quiet: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[1],
        "0012,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点我\"\")\",,9.0,9.0,9.0,合格,"
    );
    assert!(lines[2].starts_with("0107,'-欧阳娜,,"), "{}", lines[2]);
}

#[test]
fn completions_and_man_page_come_from_the_cli_definition() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = kaohe().args(["completions", shell]).output().unwrap();
        assert!(out.status.success(), "{shell}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("rows-per-page"), "{shell}");
    }
    let out = kaohe().arg("man").output().unwrap();
    assert!(out.status.success());
    let man = String::from_utf8(out.stdout).unwrap();
    assert!(
        man.starts_with(".ie") || man.contains(".TH kaohe 1"),
        "{man}"
    );
    assert!(man.contains("KAOHE SCORE") && man.contains("KAOHE INIT"));
    assert!(man.contains("\\-\\-slips"));
}

#[test]
fn completion_descriptions_follow_the_language() {
    for shell in ["zsh", "fish"] {
        let script = |lang: &str| {
            let out = kaohe()
                .args(["--lang", lang, "completions", shell])
                .output()
                .unwrap();
            assert!(out.status.success(), "{shell} {lang}");
            String::from_utf8(out.stdout).unwrap()
        };
        let (zh, en) = (script("zh"), script("en"));
        assert!(zh.contains("以明细树展示一位教师的得分"), "{shell}: {zh}");
        assert!(
            zh.contains("增加 个人 工作表：每位教师一页，可打印"),
            "{shell}"
        );
        assert!(!zh.contains("Show one teacher"), "{shell}");
        assert!(en.contains("Show one teacher"), "{shell}: {en}");
        assert!(!en.contains("以明细树"), "{shell}");
    }
}

/// A month's folder given by its full path (`D:\考核\三月`, as a clerk
/// drags it into the window): 明细 and 否决 name each record's file within
/// that folder, not by the same long path on every row; 运行信息 still
/// names every file in full.
#[test]
fn evidence_names_files_within_the_input_folder() {
    let dir = tempfile::tempdir().unwrap();
    let result = dir.path().join("r.xlsx");
    let input = crate::support::root().join("examples/fangan5-online-teaching");
    succeeds(
        kaohe()
            .args([
                "score",
                "--quiet",
                "--rubric",
                "rubrics/fangan5-online-teaching.toml",
                "--period",
                "2022-03",
                "--input",
            ])
            .arg(&input)
            .arg("--out")
            .arg(&result),
    );
    let evidence = sheet(&result, "明细");
    assert_eq!(evidence[0][7], "来源文件");
    let files: std::collections::BTreeSet<&str> = evidence[1..]
        .iter()
        .map(|r| r[7].as_str())
        .filter(|f| !f.is_empty())
        .collect();
    assert!(files.contains("直播课考勤_2022年3月.xlsx"), "{files:?}");
    assert!(files.iter().all(|f| !f.contains('/')), "{files:?}");
    let vetoes = sheet(&result, "否决");
    assert!(vetoes.len() > 1);
    assert!(
        vetoes[1..].iter().all(|r| !r[4].contains('/')),
        "{vetoes:?}"
    );
    let run = sheet(&result, "运行信息");
    let full = format!("{}/直播课考勤_2022年3月.xlsx", input.to_str().unwrap());
    assert!(run.iter().flatten().any(|c| *c == full), "{run:?}");
}
