//! Whole-file tests: small workbooks and CSV files shaped like real exports
//! (title rows, grouped headers, blank rows, GBK text), read end to end.

use std::path::PathBuf;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

use super::*;

/// A file on disk read as every caller reads one, through [`read`].
fn read_file(
    path: &Path,
    display: &str,
    schema: &SourceSchema,
    opts: &ReadOptions,
    problems: &mut Vec<DataError>,
    sink: &mut dyn FnMut(Record<'_>),
) -> Result<FileSummary, InputError> {
    let origin = Origin::File {
        path,
        display,
        merges: None,
    };
    super::read(
        origin,
        Reading {
            schema,
            options: opts,
            problems,
            sink,
        },
    )
}
use crate::value::FieldType;

/// A scratch folder unique to the test and process.
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kaohe-input-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn field(name: &str, headers: &[&str], ty: FieldType, required: bool) -> FieldSpec {
    let headers = headers.iter().map(|h| h.to_string()).collect();
    FieldSpec {
        required,
        ..FieldSpec::plain(name, headers, ty)
    }
}

fn statuses() -> FieldType {
    FieldType::Enum(
        ["正常", "迟到", "早退", "缺课", "请假"]
            .iter()
            .map(|s| s.to_string())
            .collect(),
    )
}

fn attendance() -> SourceSchema {
    SourceSchema {
        id: "attendance".into(),
        fields: vec![
            field("name", &["姓名"], FieldType::Text, true),
            field("id", &["工号", "UserId"], FieldType::Key, true),
            field("date", &["日期"], FieldType::Date, true),
            field("status", &["状态", "打卡结果"], statuses(), true),
            field(
                "late",
                &["迟到时长(分钟)", "迟到分钟"],
                FieldType::Duration,
                false,
            ),
            field("note", &["备注"], FieldType::Text, false),
        ],
        sheet: None,
        sheet_pattern: None,
        unpivot: None,
    }
}

struct Read {
    summary: Result<FileSummary, InputError>,
    records: Vec<(Vec<Value>, Provenance)>,
    problems: Vec<String>,
}

fn read(path: &std::path::Path, display: &str, schema: &SourceSchema, year: Option<i32>) -> Read {
    let mut problems = Vec::new();
    let mut records = Vec::new();
    // The whole year given: a month and day without one takes it.
    let opts = ReadOptions {
        year_hint: year.map(|y| crate::input::YearHint {
            from: chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap(),
            to: chrono::NaiveDate::from_ymd_opt(y, 12, 31).unwrap(),
        }),
        ..ReadOptions::default()
    };
    let summary = read_file(path, display, schema, &opts, &mut problems, &mut |r| {
        if !r.refused {
            records.push((r.values.to_vec(), r.origin.clone()))
        }
    });
    Read {
        summary,
        records,
        problems: problems.iter().map(|p| p.to_string()).collect(),
    }
}

fn text(s: &str) -> Value {
    Value::Text(s.into())
}

fn date(y: i32, m: u32, d: u32) -> Value {
    Value::Date(NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

fn minutes(n: i64) -> Value {
    Value::Number(Decimal::from(n))
}

/// A DingTalk 每日统计-like sheet: three title rows, the header on row 4
/// with a line break in one header, a blank separator row, an unknown
/// status, and a second sheet of notes that has no header.
fn dingtalk_workbook(path: &std::path::Path) {
    let mut wb = Workbook::new();
    let date_fmt = Format::new().set_num_format("yyyy-mm-dd");
    let ws = wb.add_worksheet();
    ws.set_name("每日统计").unwrap();
    ws.write(0, 0, "每日统计表 统计日期：2024-03-01 至 2024-03-31")
        .unwrap();
    ws.write(1, 0, "报表生成时间：2024-04-01 10:00").unwrap();
    ws.write(2, 0, "说明：本表由系统生成").unwrap();
    for (c, h) in ["姓名", "工号", "日期", "打卡结果", "迟到时长\n(分钟)"]
        .iter()
        .enumerate()
    {
        ws.write(3, c as u16, *h).unwrap();
    }
    // Row 5
    ws.write(4, 0, "欧阳 娜").unwrap();
    ws.write(4, 1, "0012").unwrap();
    let d = ExcelDateTime::from_ymd(2024, 3, 4).unwrap();
    ws.write_datetime_with_format(4, 2, &d, &date_fmt).unwrap();
    ws.write(4, 3, "正常").unwrap();
    ws.write(4, 4, 0).unwrap();
    // Row 6 is blank. Row 7 has an unknown status.
    ws.write(6, 0, "张三").unwrap();
    ws.write(6, 1, 13).unwrap();
    ws.write(6, 2, "24-03-04 星期一").unwrap();
    ws.write(6, 3, "却课").unwrap();
    // Row 8
    ws.write(7, 0, "李四").unwrap();
    ws.write(7, 1, "0014").unwrap();
    ws.write(7, 2, "24-03-05 星期二").unwrap();
    ws.write(7, 3, "迟到").unwrap();
    ws.write(7, 4, "8分钟").unwrap();
    let notes = wb.add_worksheet();
    notes.set_name("说明").unwrap();
    notes.write(0, 0, "导出说明").unwrap();
    wb.save(path).unwrap();
}

#[test]
fn dingtalk_sheet_reads_under_title_rows() {
    let dir = scratch("dingtalk");
    let path = dir.join("attendance.xlsx");
    dingtalk_workbook(&path);
    let r = read(&path, "attendance.xlsx", &attendance(), None);
    let summary = r.summary.unwrap();
    assert_eq!(summary.skipped_sheets, vec!["说明"]);
    assert_eq!(summary.sheets.len(), 1);
    let s = &summary.sheets[0];
    assert_eq!(
        (s.sheet.as_str(), s.header_row, s.records),
        ("每日统计", 4, 2)
    );
    assert_eq!(
        s.columns,
        vec![
            ("name".to_string(), "姓名".to_string()),
            ("id".into(), "工号".into()),
            ("date".into(), "日期".into()),
            ("status".into(), "打卡结果".into()),
            ("late".into(), "迟到时长(分钟)".into()),
        ]
    );
    assert_eq!(
        r.problems,
        vec![
            "attendance.xlsx, sheet 每日统计, cell D7: 打卡结果 (status) value \"却课\" is not one of 正常, 迟到, 早退, 缺课, 请假"
        ]
    );
    assert_eq!(r.records.len(), 2);
    let (values, origin) = &r.records[0];
    assert_eq!(
        values,
        &vec![
            text("欧阳娜"),
            text("0012"),
            date(2024, 3, 4),
            text("正常"),
            minutes(0),
            Value::Null
        ]
    );
    assert_eq!(origin.to_string(), "attendance.xlsx:每日统计:5");
    let (values, origin) = &r.records[1];
    assert_eq!(values[2], date(2024, 3, 5));
    assert_eq!(values[4], minutes(8));
    assert_eq!(origin.row, 8);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn wecom_grouped_header_with_merged_cells() {
    let dir = scratch("wecom");
    let path = dir.join("wecom.xlsx");
    let mut wb = Workbook::new();
    let plain = Format::new();
    let ws = wb.add_worksheet();
    ws.set_name("日报").unwrap();
    ws.write(0, 0, "日报").unwrap();
    ws.write(1, 0, "统计时间：2024-03-04").unwrap();
    // 姓名 and 工号 are merged down over both header rows, as WeCom does.
    ws.merge_range(2, 0, 3, 0, "姓名", &plain).unwrap();
    ws.merge_range(2, 1, 3, 1, "UserId", &plain).unwrap();
    ws.merge_range(2, 2, 2, 3, "考勤概况", &plain).unwrap();
    ws.write(3, 2, "日期").unwrap();
    ws.write(3, 3, "状态").unwrap();
    ws.write(4, 0, "王芳").unwrap();
    ws.write(4, 1, "123456789012345678").unwrap();
    ws.write(4, 2, "2024/3/4").unwrap();
    ws.write(4, 3, "迟到").unwrap();
    ws.write(5, 0, "赵六").unwrap();
    ws.write(5, 1, 123_456_789_012_345_680.0).unwrap();
    ws.write(5, 2, "3月5日").unwrap();
    ws.write(5, 3, "正常").unwrap();
    wb.save(&path).unwrap();

    let r = read(&path, "wecom.xlsx", &attendance(), Some(2024));
    let summary = r.summary.unwrap();
    assert_eq!(summary.sheets[0].header_row, 4);
    assert_eq!(r.records.len(), 1);
    assert_eq!(r.records[0].0[1], text("123456789012345678"));
    assert_eq!(r.records[0].1.row, 5);
    assert_eq!(r.problems.len(), 1);
    assert!(
        r.problems[0].starts_with(
            "wecom.xlsx, sheet 日报, cell B6: UserId (id) value \"123456789012345680\""
        ),
        "{}",
        r.problems[0]
    );
    assert!(r.problems[0].contains("format the column as text"));

    // Without a year, 3月5日 asks for a period.
    let r = read(&path, "wecom.xlsx", &attendance(), None);
    assert_eq!(r.problems.len(), 2);
    assert!(r.problems[1].contains("cell C6"), "{}", r.problems[1]);
    assert!(r.problems[1].contains("--period"), "{}", r.problems[1]);
    let _ = std::fs::remove_dir_all(dir);
}

/// A DingTalk-like sheet whose title row is merged across the table and
/// whose 工号 and 日期 the school merged down over each teacher's lessons.
fn merged_lessons(path: &std::path::Path, merge_data: bool) {
    let mut wb = Workbook::new();
    let plain = Format::new();
    let ws = wb.add_worksheet();
    ws.set_name("授课").unwrap();
    ws.merge_range(0, 0, 0, 3, "授课记录 2024年3月", &plain)
        .unwrap();
    for (c, h) in ["姓名", "工号", "日期", "状态"].iter().enumerate() {
        ws.write(1, c as u16, *h).unwrap();
    }
    for r in 2..5u32 {
        ws.write(r, 0, "王芳").unwrap();
        ws.write(r, 3, "正常").unwrap();
    }
    if merge_data {
        ws.merge_range(2, 1, 4, 1, "1001", &plain).unwrap();
    } else {
        for r in 2..5u32 {
            ws.write(r, 1, "1001").unwrap();
        }
    }
    for r in 2..5u32 {
        ws.write(r, 2, "2024-03-04").unwrap();
    }
    // A remark merged down a column the rubric does not read is harmless.
    ws.merge_range(2, 5, 4, 5, "同一节课分三段", &plain)
        .unwrap();
    wb.save(path).unwrap();
}

#[test]
fn value_merged_down_data_rows_is_refused_with_its_range() {
    let dir = scratch("merged");
    let path = dir.join("lessons.xlsx");
    merged_lessons(&path, true);
    let r = read(&path, "lessons.xlsx", &attendance(), Some(2024));
    let err = r.summary.unwrap_err().to_string();
    assert!(
        err.starts_with(
            "lessons.xlsx, sheet 授课, cells B3:B5 are merged: 工号 is filled only in B3; unmerge them and fill every row"
        ),
        "{err}"
    );

    // The same sheet filled row by row reads all three records, its merged
    // title and remark notwithstanding.
    merged_lessons(&path, false);
    let r = read(&path, "lessons.xlsx", &attendance(), Some(2024));
    assert_eq!(r.summary.unwrap().sheets[0].header_row, 2);
    assert_eq!(r.records.len(), 3);
    assert!(r.records.iter().all(|(v, _)| v[1] == text("1001")));
    let _ = std::fs::remove_dir_all(dir);
}

/// An ods of one sheet 授课 whose `content.xml` holds `rows`, zipped as
/// the format asks (`mimetype` first and stored, then the manifest).
fn ods_book(path: &std::path::Path, rows: &str) {
    use std::io::Write;
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
         <office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
         xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
         xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">\
         <office:body><office:spreadsheet><table:table table:name=\"授课\">{rows}</table:table>\
         </office:spreadsheet></office:body></office:document-content>"
    );
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    w.start_file("mimetype", stored).unwrap();
    w.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    w.start_file("META-INF/manifest.xml", stored).unwrap();
    w.write_all(
        b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
        <manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">\
        <manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>\
        <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>",
    )
    .unwrap();
    w.start_file("content.xml", stored).unwrap();
    w.write_all(content.as_bytes()).unwrap();
    std::fs::write(path, w.finish().unwrap().into_inner()).unwrap();
}

/// `merged_lessons` as LibreOffice writes an ods, moved right and down by
/// blank columns and rows written as repeats, so the merges are placed by
/// counting every repeat and covered cell as calamine does: a merge placed
/// one cell off would be checked against the wrong cell and pass unseen.
fn merged_lessons_ods(path: &std::path::Path, merge_key: bool) {
    let cell = |v: &str| {
        format!("<table:table-cell office:value-type=\"string\"><text:p>{v}</text:p></table:table-cell>")
    };
    let spanned = |v: &str, rows: u32, columns: u32| {
        format!(
            "<table:table-cell office:value-type=\"string\" table:number-columns-spanned=\"{columns}\" \
             table:number-rows-spanned=\"{rows}\"><text:p>{v}</text:p></table:table-cell>"
        )
    };
    let blank = |n: u32| format!("<table:table-cell table:number-columns-repeated=\"{n}\"/>");
    let covered =
        |n: u32| format!("<table:covered-table-cell table:number-columns-repeated=\"{n}\"/>");
    let row = |cells: &[String]| format!("<table:table-row>{}</table:table-row>", cells.concat());
    let mut rows = format!(
        "<table:table-row table:number-rows-repeated=\"2\">{}</table:table-row>",
        blank(8)
    );
    rows += &row(&[blank(2), spanned("授课记录 2024年3月", 1, 4), covered(3)]);
    rows += &row(&[
        blank(2),
        cell("姓名"),
        cell("工号"),
        cell("日期"),
        cell("状态"),
    ]);
    for r in 0..3 {
        let key = match (merge_key, r) {
            (true, 0) => spanned("1001", 3, 1),
            (true, _) => covered(1),
            (false, _) => cell("1001"),
        };
        // A remark merged down a column the rubric does not read.
        let remark = match r {
            0 => spanned("同一节课分三段", 3, 1),
            _ => covered(1),
        };
        let cells = [
            blank(2),
            cell("王芳"),
            key,
            cell("2024-03-04"),
            cell("正常"),
            remark,
        ];
        rows += &row(&cells);
    }
    ods_book(path, &rows);
}

#[test]
fn value_merged_down_data_rows_of_an_ods_is_refused_as_in_an_xlsx() {
    let dir = scratch("merged-ods");
    let path = dir.join("lessons.ods");
    merged_lessons_ods(&path, true);
    let r = read(&path, "lessons.ods", &attendance(), Some(2024));
    let err = r.summary.unwrap_err().to_string();
    assert!(
        err.starts_with(
            "lessons.ods, sheet 授课, cells D5:D7 are merged: 工号 is filled only in D5; unmerge them and fill every row"
        ),
        "{err}"
    );

    // Filled row by row, the title merged above the header and the remark
    // merged down an unread column pass, and every record is read.
    merged_lessons_ods(&path, false);
    let r = read(&path, "lessons.ods", &attendance(), Some(2024));
    assert_eq!(r.summary.unwrap().sheets[0].header_row, 4);
    assert_eq!(r.records.len(), 3);
    assert!(r.records.iter().all(|(v, _)| v[1] == text("1001")));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn missing_column_lists_what_was_found() {
    let dir = scratch("missing");
    let path = dir.join("a.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("考勤").unwrap();
    ws.write(0, 0, "考勤表").unwrap();
    for (c, h) in ["姓名", "工号", "日期", "备注"].iter().enumerate() {
        ws.write(1, c as u16, *h).unwrap();
    }
    wb.save(&path).unwrap();
    let r = read(&path, "a.xlsx", &attendance(), None);
    let err = r.summary.unwrap_err();
    assert!(
        matches!(err, InputError::MissingColumns { header_row: 2, .. }),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        "a.xlsx, sheet 考勤: no header row in the first 30 rows has a column for \"状态\" (field status in the rubric; headers accepted: 状态, 打卡结果); the closest is row 2, which has: 姓名, 工号, 日期, 备注"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn sheet_pattern_selects_and_reports() {
    let dir = scratch("pattern");
    let path = dir.join("b.xlsx");
    dingtalk_workbook(&path);
    let mut schema = attendance();
    schema.sheet = Some(globset::Glob::new("月度*").unwrap().compile_matcher());
    schema.sheet_pattern = Some("月度*".into());
    let err = read(&path, "b.xlsx", &schema, None).summary.unwrap_err();
    assert_eq!(
        err.to_string(),
        "b.xlsx: no sheet matches \"月度*\"; the workbook has: 每日统计, 说明"
    );
    schema.sheet = Some(globset::Glob::new("说明").unwrap().compile_matcher());
    let err = read(&path, "b.xlsx", &schema, None).summary.unwrap_err();
    assert!(matches!(err, InputError::MissingColumns { .. }), "{err:?}");
    schema.sheet = Some(globset::Glob::new("每日*").unwrap().compile_matcher());
    let r = read(&path, "b.xlsx", &schema, None);
    assert_eq!(r.summary.unwrap().sheets.len(), 1);
    assert_eq!(r.records.len(), 2);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn two_columns_for_one_field_is_refused() {
    let dir = scratch("ambiguous");
    let path = dir.join("c.csv");
    std::fs::write(
        &path,
        "姓名,工号,日期,状态,打卡结果\n张三,1,2024-03-01,正常,正常\n",
    )
    .unwrap();
    let err = read(&path, "c.csv", &attendance(), None)
        .summary
        .unwrap_err();
    assert_eq!(
        err,
        InputError::AmbiguousColumn {
            file: "c.csv".into(),
            sheet: String::new(),
            field: "status".into(),
            headers: vec!["D: 状态".into(), "E: 打卡结果".into()],
            qualified: Box::default(),
        }
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn sparse_sheet_with_a_far_cell_streams() {
    let dir = scratch("sparse");
    let path = dir.join("sparse.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    for (c, h) in ["姓名", "工号", "日期", "状态"].iter().enumerate() {
        ws.write(0, c as u16, *h).unwrap();
    }
    ws.write(1, 0, "张三").unwrap();
    ws.write(1, 1, "7").unwrap();
    ws.write(1, 2, "2024-03-01").unwrap();
    ws.write(1, 3, "请假").unwrap();
    ws.write(1_048_575, 16_383, "x").unwrap();
    wb.save(&path).unwrap();
    let r = read(&path, "sparse.xlsx", &attendance(), None);
    assert_eq!(r.summary.unwrap().sheets[0].records, 1);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn csv_in_gbk_is_decoded() {
    let dir = scratch("gbk");
    let path = dir.join("gbk.csv");
    let text = "考勤导出\n姓名,工号,日期,状态\n欧阳　娜,0012,2022/3/1,迟到\n\n王芳,0013,2022年3月2日,请假\n";
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(text);
    assert!(!unmappable);
    std::fs::write(&path, &bytes).unwrap();
    let r = read(&path, "gbk.csv", &attendance(), None);
    let summary = r.summary.unwrap();
    assert_eq!(summary.sheets[0].sheet, "");
    assert_eq!(summary.sheets[0].header_row, 2);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(r.records.len(), 2);
    assert_eq!(r.records[0].0[0], text_value("欧阳娜"));
    assert_eq!(r.records[0].0[2], date(2022, 3, 1));
    assert_eq!(r.records[0].1.to_string(), "gbk.csv:3");
    assert_eq!(r.records[1].1.row, 5);
    let _ = std::fs::remove_dir_all(dir);
}

fn text_value(s: &str) -> Value {
    text(s)
}

/// Web systems export keys as `="0012"` so that Excel keeps the leading
/// zeros; read as written, every key was `="0012"` and not in the roster.
#[test]
fn csv_cells_written_as_text_formulas_read_as_excel_shows_them() {
    let dir = scratch("text-formula");
    let path = dir.join("formula.csv");
    // As the web system writes it, as a CSV writer quotes it, in a header
    // cell, a blank written `=""`, and a quote doubled inside the text.
    let text = "=\"姓名\",工号,日期,状态,迟到分钟,备注\r\n\
                张三,=\"0012\",2022/3/1,迟到,=\"5\",=\"\"\r\n\
                李四,\"=\"\"0013\"\"\",2022/3/2,=\"正常\",,=\"说\"\"好\"\"\"\r\n\
                王五,=\"00\"&\"14\",2022/3/3,正常,,= \"x\"\r\n";
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(text);
    assert!(!unmappable);
    std::fs::write(&path, &bytes).unwrap();
    let r = read(&path, "formula.csv", &attendance(), None);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(r.records.len(), 3);
    let (first, second, third) = (&r.records[0].0, &r.records[1].0, &r.records[2].0);
    assert_eq!(first[1], text_value("0012"));
    assert_eq!(first[4], Value::Number(Decimal::from(5)));
    assert_eq!(first[5], Value::Null);
    assert_eq!(second[1], text_value("0013"));
    assert_eq!(second[5], text_value("说\"好\""));
    // A formula that does more than give a text is read as written.
    assert_eq!(third[1], text_value("=\"00\"&\"14\""));
    assert_eq!(third[5], text_value("= \"x\""));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn csv_utf8_with_bom_and_multiline_fields() {
    let dir = scratch("bom");
    let path = dir.join("bom.csv");
    let body = "\u{feff}姓名,工号,日期,状态,备注\n张三,001,2024-03-04,正常,\"两行\n备注\"\n李四,002,2024-03-04,缺课,\n李四,003,2024-03-04,病假,\n";
    std::fs::write(&path, body).unwrap();
    let r = read(&path, "bom.csv", &attendance(), None);
    assert_eq!(r.summary.unwrap().sheets[0].header_row, 1);
    assert_eq!(r.records.len(), 2);
    assert_eq!(r.records[0].0[0], text("张三"));
    // A cell on two lines is one row, as a spreadsheet shows it.
    assert_eq!(r.records[0].1.row, 2);
    assert_eq!(r.records[1].1.row, 3);
    assert_eq!(
        r.problems,
        vec!["bom.csv, cell D4: 状态 (status) value \"病假\" is not one of 正常, 迟到, 早退, 缺课, 请假"]
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn csv_with_invalid_bytes_is_an_encoding_error() {
    let dir = scratch("badbytes");
    let path = dir.join("bad.csv");
    std::fs::write(&path, b"\xd0\xd5\xc3\xfb,\xb9\xa4\xba\xc5\n\xff\xff,1\n").unwrap();
    let err = read(&path, "bad.csv", &attendance(), None)
        .summary
        .unwrap_err();
    assert!(
        matches!(&err, InputError::Encoding { file, .. } if file == "bad.csv"),
        "{err:?}"
    );
    assert!(
        err.to_string().starts_with("bad.csv: the text encoding"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn unreadable_files_are_open_errors() {
    let dir = scratch("open");
    let path = dir.join("broken.xlsx");
    std::fs::write(&path, b"not a zip").unwrap();
    let err = read(&path, "broken.xlsx", &attendance(), None)
        .summary
        .unwrap_err();
    assert!(matches!(err, InputError::Open { .. }), "{err:?}");
    let missing = dir.join("absent.csv");
    let err = read(&missing, "absent.csv", &attendance(), None)
        .summary
        .unwrap_err();
    assert!(matches!(err, InputError::Open { .. }), "{err:?}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn spreadsheet_extensions_in_any_case() {
    for name in ["a.xlsx", "a.XLSX", "a.xlsm", "a.xls", "a.ods", "a.Csv"] {
        assert!(is_spreadsheet(std::path::Path::new(name)), "{name}");
    }
    for name in ["a.txt", "a", "a.xlsb", "~$a"] {
        assert!(!is_spreadsheet(std::path::Path::new(name)), "{name}");
    }
}

#[test]
fn csv_line_numbers_survive_crlf_blank_lines_and_no_final_break() {
    let dir = scratch("crlf");
    let path = dir.join("crlf.csv");
    let body = "姓名,工号,日期,状态\r\n\r\n张三,1,2024-03-01,正常\r\n,,,\r\n李四,2,2024-03-01,迟到";
    std::fs::write(&path, body).unwrap();
    let r = read(&path, "crlf.csv", &attendance(), None);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let rows: Vec<u32> = r.records.iter().map(|(_, o)| o.row).collect();
    assert_eq!(rows, vec![3, 5]);
    assert_eq!(r.records[1].0[3], text("迟到"));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_panic_in_kaohe_while_reading_is_not_called_a_damaged_file() {
    // The sink is kaohe's scoring: a panic there (once, `Addition
    // overflowed`) is a fault in kaohe and goes on up to be reported as one,
    // never turned into "the file is damaged". Only a panic inside the
    // spreadsheet reader names the file (see `panicked::in_reader`).
    let dir = scratch("panic");
    let path = dir.join("attendance.xlsx");
    dingtalk_workbook(&path);
    let mut problems = Vec::new();
    let opts = ReadOptions::default();
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        read_file(
            &path,
            "attendance.xlsx",
            &attendance(),
            &opts,
            &mut problems,
            &mut |_| panic!("a fault in kaohe"),
        )
    }));
    let Err(payload) = result else {
        panic!("a panic in kaohe was turned into {result:?}");
    };
    assert_eq!(payload.downcast_ref::<&str>(), Some(&"a fault in kaohe"));
}

/// Reads `path` as attendance under `--memory-limit` `limit`.
fn read_limited(path: &std::path::Path, display: &str, limit: u64) -> Result<u64, InputError> {
    let opts = ReadOptions {
        memory_limit: Some(limit),
        ..ReadOptions::default()
    };
    let mut problems = Vec::new();
    read_file(
        path,
        display,
        &attendance(),
        &opts,
        &mut problems,
        &mut |_| {},
    )
    .map(|s| s.sheets[0].records)
}

#[test]
fn a_csv_row_longer_than_the_memory_limit_allows_is_refused_naming_it() {
    let dir = scratch("longrow");
    let path = dir.join("long.csv");
    let head = "姓名,工号,日期,状态,备注\n";
    let row = "张三,001,2024-03-04,正常,\n";
    let mut body = String::from(head);
    for _ in 0..40 {
        body.push_str(row);
    }
    // Row 42: a note of 3,000 characters (9,000 bytes), beside rows of 30.
    body.push_str(&format!(
        "李四,002,2024-03-04,缺课,{}\n",
        "长".repeat(3_000)
    ));
    body.push_str(row);
    std::fs::write(&path, &body).unwrap();
    // 1 MiB holds it (a budget of 16 KiB a row); 256 KiB (4 KiB) does not.
    assert_eq!(read_limited(&path, "long.csv", 1 << 20).unwrap(), 42);
    let err = read_limited(&path, "long.csv", 256 << 10).unwrap_err();
    assert_eq!(
        err.to_string(),
        "long.csv: row 42 is too long: reading it would hold more than 4096 bytes, the most a CSV row (or the first rows together, scanned for the header) may hold under the memory limit of 262144 bytes (a 64th of it); is it really a CSV file? If it is genuine, raise --memory-limit"
    );
    assert_eq!(
        crate::i18n::Localize::localized(&err, crate::i18n::Locale::Zh),
        "long.csv：第 42 行过长：读取它需要占用超过 4096 字节，超过内存上限 262144 字节允许一行 CSV（或查找表头时扫描的前几行合计）占用的上限（内存上限的 1/64）；请确认这确实是 CSV 文件；如果文件无误，请调大 --memory-limit"
    );
    // The rows scanned for the header count together: 30 rows of 300
    // bytes are more than a 4 KiB budget, though each is far less.
    let wide = dir.join("wide.csv");
    let mut body = String::from(head);
    for _ in 0..30 {
        body.push_str(&format!("张三,001,2024-03-04,正常,{}\n", "x".repeat(300)));
    }
    std::fs::write(&wide, &body).unwrap();
    let err = read_limited(&wide, "wide.csv", 256 << 10).unwrap_err();
    assert!(err.to_string().starts_with("wide.csv: row "), "{err}");
    assert_eq!(read_limited(&wide, "wide.csv", 1 << 20).unwrap(), 30);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn csv_with_lone_cr_endings_reads_every_row() {
    let dir = scratch("cr");
    let path = dir.join("mac.csv");
    std::fs::write(
        &path,
        "姓名,工号,日期,状态\r张三,1,2024-03-01,正常\r\r李四,2,2024-03-01,迟到\r",
    )
    .unwrap();
    let r = read(&path, "mac.csv", &attendance(), None);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let rows: Vec<u32> = r.records.iter().map(|(_, o)| o.row).collect();
    assert_eq!(rows, vec![2, 4]);
    assert_eq!(r.records[1].0[3], text("迟到"));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_sheets_digest_is_its_records_in_any_order() {
    let dir = scratch("digest");
    let head = "姓名,工号,日期,状态\n";
    let rows = ["张三,001,2024-03-04,正常\n", "李四,002,2024-03-05,缺课\n"];
    let digest = |name: &str, body: &str| {
        let path = dir.join(name);
        std::fs::write(&path, body).unwrap();
        let sheet = &read(&path, name, &attendance(), None)
            .summary
            .unwrap()
            .sheets[0];
        (sheet.records, sheet.digest)
    };
    let forward = digest("a.csv", &format!("{head}{}{}", rows[0], rows[1]));
    // The same records, re-sorted and with a blank line: the same digest.
    let backward = digest("b.csv", &format!("{head}{}\n{}", rows[1], rows[0]));
    assert_eq!(forward, backward);
    // One value changed, or a record repeated: another digest.
    let changed = digest(
        "c.csv",
        &format!("{head}{}李四,002,2024-03-06,缺课\n", rows[0]),
    );
    assert_ne!(forward.1, changed.1);
    let twice = digest("d.csv", &format!("{head}{}{}{}", rows[0], rows[1], rows[1]));
    assert_ne!(forward, twice);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn csv_separated_by_semicolons_or_tabs_is_read_with_its_separator() {
    let dir = scratch("separators");
    for (name, sep) in [("semi.csv", ";"), ("tab.csv", "\t")] {
        let path = dir.join(name);
        let body = "姓名,工号,日期,状态\n张三,1,2024-03-01,正常\n李四,2,2024-03-02,迟到\n"
            .replace(',', sep);
        std::fs::write(&path, body).unwrap();
        let r = read(&path, name, &attendance(), None);
        assert!(r.problems.is_empty(), "{name}: {:?}", r.problems);
        assert_eq!(r.records.len(), 2, "{name}");
        assert_eq!(r.records[1].0[2], date(2024, 3, 2), "{name}");
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn csv_quote_left_open_is_refused_at_its_row() {
    let dir = scratch("openquote");
    let path = dir.join("q.csv");
    std::fs::write(
        &path,
        "姓名,工号,日期,状态,备注\n张三,1,2024-03-01,正常,\n李四,2,2024-03-01,缺课,\"补卡 未批\n王五,3,2024-03-01,正常,\n赵六,4,2024-03-01,正常,\n",
    )
    .unwrap();
    let err = read(&path, "q.csv", &attendance(), None)
        .summary
        .unwrap_err();
    assert_eq!(
        err,
        InputError::UnclosedQuote {
            file: "q.csv".into(),
            row: 3,
            lines: 2
        }
    );
    // Closed later by the next quoted cell: the rows between are one cell.
    std::fs::write(
        &path,
        "姓名,工号,日期,状态,备注\n李四,2,2024-03-01,缺课,\"补卡 未批\n王五,3,2024-03-01,正常,\n赵六,4,2024-03-01,正常,\"已批\"\n",
    )
    .unwrap();
    let err = read(&path, "q.csv", &attendance(), None)
        .summary
        .unwrap_err();
    assert_eq!(
        err,
        InputError::UnclosedQuote {
            file: "q.csv".into(),
            row: 2,
            lines: 2
        }
    );
    // Past the rows the header is looked for in, where rows stream.
    let mut body = String::from("姓名,工号,日期,状态,备注\n");
    for i in 2..=41 {
        let note = if i == 35 { "\"补卡 未批" } else { "" };
        body.push_str(&format!("张三,{i},2024-03-01,正常,{note}\n"));
    }
    std::fs::write(&path, body).unwrap();
    let err = read(&path, "q.csv", &attendance(), None)
        .summary
        .unwrap_err();
    assert_eq!(
        err,
        InputError::UnclosedQuote {
            file: "q.csv".into(),
            row: 35,
            lines: 6
        }
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_csv_row_wider_than_its_header_is_refused_at_its_row() {
    let dir = scratch("widerow");
    let path = dir.join("w.csv");
    std::fs::write(
        &path,
        "姓名,工号,日期,状态,备注,\n张三,1,2024-03-01,正常,,\n李四,2,2024-03-01,缺课,已批,补交\n王五,3,2024-03-01,正常,,\n",
    )
    .unwrap();
    // The header's own trailing empty cell counts: six cells are fine.
    let r = read(&path, "w.csv", &attendance(), None);
    assert!(r.summary.is_ok(), "{:?}", r.summary);
    std::fs::write(
        &path,
        "姓名,工号,日期,状态,备注\n张三,1,2024-03-01,正常,\n李四,2,2024-03-01,缺课,已批,补交\n",
    )
    .unwrap();
    let err = read(&path, "w.csv", &attendance(), None)
        .summary
        .unwrap_err();
    assert_eq!(
        err,
        InputError::ExtraCells {
            file: "w.csv".into(),
            row: 3,
            cells: 6,
            width: 5,
            separator: ',',
        }
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn an_empty_csv_says_it_is_empty() {
    let dir = scratch("emptycsv");
    for body in ["", "\r\n\r\n", ",,,\n"] {
        let path = dir.join("e.csv");
        std::fs::write(&path, body).unwrap();
        let err = read(&path, "e.csv", &attendance(), None)
            .summary
            .unwrap_err();
        assert_eq!(
            err,
            InputError::Empty {
                file: "e.csv".into()
            },
            "{body:?}"
        );
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn rows_with_nothing_under_the_header_are_not_zero_records() {
    let dir = scratch("nothingread");
    let path = dir.join("n.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("三月").unwrap();
    for (c, h) in ["姓名", "工号", "日期", "状态"].iter().enumerate() {
        ws.write(0, c as u16, *h).unwrap();
    }
    for (c, v) in ["张三", "1", "2024-03-01", "正常"].iter().enumerate() {
        ws.write(1, c as u16 + 6, *v).unwrap();
    }
    wb.save(&path).unwrap();
    let err = read(&path, "n.xlsx", &attendance(), None)
        .summary
        .unwrap_err();
    assert!(
        matches!(&err, InputError::NothingRead { sheet, rows: 1, first: 2, header_row: 1, .. } if sheet == "三月"),
        "{err:?}"
    );
    // A header with nothing below it is an empty month, not an error.
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    for (c, h) in ["姓名", "工号", "日期", "状态"].iter().enumerate() {
        ws.write(0, c as u16, *h).unwrap();
    }
    wb.save(&path).unwrap();
    assert_eq!(
        read(&path, "n.xlsx", &attendance(), None)
            .summary
            .unwrap()
            .sheets[0]
            .records,
        0
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn formulas_from_a_writer_that_does_not_calculate_are_refused_where_read() {
    let dir = scratch("formulas");
    let path = dir.join("f.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    for (c, h) in ["姓名", "工号", "日期", "状态", "迟到分钟", "合计"]
        .iter()
        .enumerate()
    {
        ws.write(0, c as u16, *h).unwrap();
    }
    for (c, v) in ["张三", "1", "2024-03-01", "迟到"].iter().enumerate() {
        ws.write(1, c as u16, *v).unwrap();
    }
    // rust_xlsxwriter, like XlsxWriter and openpyxl, calculates nothing and
    // asks the opener to: the result saved with the formula is a stand-in.
    ws.write_formula(
        1,
        4,
        rust_xlsxwriter::Formula::new("=10+15").set_result("0"),
    )
    .unwrap();
    // A formula in a column no field reads is nobody's business.
    ws.write_formula(1, 5, "=E2*2").unwrap();
    wb.save(&path).unwrap();
    let r = read(&path, "f.xlsx", &attendance(), None);
    assert!(r.records.is_empty());
    assert_eq!(r.problems.len(), 1, "{:?}", r.problems);
    assert!(
        r.problems[0].starts_with("f.xlsx, sheet Sheet1, cell E2: 迟到分钟 (late) value \"=10+15\" is not a calculated result"),
        "{:?}",
        r.problems
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_blank_cell_of_a_required_field_is_refused_naming_it() {
    let dir = scratch("blanks");
    let path = dir.join("blanks.csv");
    let body = "姓名,工号,日期,状态,迟到分钟,备注\n张三,1,2024-03-01,,,\n,2,2024-03-01,正常,,\n李四,3,2024-03-01,迟到,,\u{200B}\n";
    std::fs::write(&path, body).unwrap();
    let r = read(&path, "blanks.csv", &attendance(), None);
    assert_eq!(
        r.problems,
        vec![
            "blanks.csv, cell D2: 状态 (status) is blank; the rubric requires a value in every row \
             (if a blank is allowed, declare the field with `required = false` or a `default`)",
            "blanks.csv, cell A3: 姓名 (name) is blank; the rubric requires a value in every row \
             (if a blank is allowed, declare the field with `required = false` or a `default`)",
        ]
    );
    // Optional fields may be blank; a cell of only a zero-width space is blank.
    assert_eq!(r.records.len(), 1);
    assert_eq!(r.records[0].0[5], Value::Null);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_note_row_under_the_data_ends_the_table() {
    let dir = scratch("notes");
    let path = dir.join("notes.csv");
    let body = "姓名,工号,日期,状态\n\
                说明：三月考勤,,,\n\
                张三,1,2024-03-01,正常\n\
                合　计,,,\n\
                制表人：王老师,,审核人：,\n\
                1. 迟到按缺课计,,,\n\
                ,,,\n";
    std::fs::write(&path, body).unwrap();
    let r = read(&path, "notes.csv", &attendance(), None);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(r.records.len(), 1);
    // Data after the note is refused, naming the note; it is never dropped.
    // A count before the word still makes a total row.
    let counted = body.replace("合　计,,,", "1,合计,,");
    std::fs::write(&path, &counted).unwrap();
    let r = read(&path, "notes.csv", &attendance(), None);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(r.records.len(), 1);
    let body = format!("{body}李四,2,2024-03-01,迟到\n");
    std::fs::write(&path, body).unwrap();
    let r = read(&path, "notes.csv", &attendance(), None);
    assert_eq!(
        r.problems,
        vec![
            "notes.csv, cell A8: this row is below the note row 4 (\"合　计\"), which ends the \
             table; move the row above it, or delete it"
        ]
    );
    assert_eq!(r.records.len(), 1);
    let _ = std::fs::remove_dir_all(dir);
}

/// A clerk's running count in a record's 备注 (合计3次) once made the row a
/// total row: dropped without a word at the bottom of the table, and ending
/// the table in the middle of it, so every record below was refused.
#[test]
fn a_record_whose_note_starts_with_a_total_label_is_a_record() {
    let dir = scratch("tally");
    let path = dir.join("tally.csv");
    let head = "姓名,工号,日期,状态,迟到分钟,备注\n";
    let tally = "李四,2,2024-03-02,迟到,5,合计3次\n";
    let after = "王五,3,2024-03-03,正常,,\n";
    for body in [
        format!("{head}张三,1,2024-03-01,正常,,\n{tally}"),
        format!("{head}张三,1,2024-03-01,正常,,\n{tally}{after}"),
    ] {
        std::fs::write(&path, &body).unwrap();
        let r = read(&path, "tally.csv", &attendance(), None);
        assert!(r.problems.is_empty(), "{body}: {:?}", r.problems);
        assert_eq!(r.records.len(), body.lines().count() - 1, "{body}");
        assert_eq!(r.records[1].0[1], text("2"));
        assert_eq!(r.records[1].0[5], text("合计3次"));
    }
    // A row without a key, with a total label for its key, or with a
    // required cell left blank is still a total row, which ends the table.
    for total in [
        ",,,,40,合计\n",
        "全校,合计,2024-03-02,正常,40,\n",
        "李四,2,,,40,小计\n",
    ] {
        let body = format!("{head}张三,1,2024-03-01,正常,,\n{total}{after}");
        std::fs::write(&path, &body).unwrap();
        let r = read(&path, "tally.csv", &attendance(), None);
        assert_eq!(r.records.len(), 1, "{total}");
        assert_eq!(r.problems.len(), 1, "{total}: {:?}", r.problems);
        assert!(
            r.problems[0].contains("below the note row 3"),
            "{total}: {:?}",
            r.problems
        );
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn text_is_kept_as_written_beside_its_value() {
    let dir = scratch("written");
    let path = dir.join("written.csv");
    std::fs::write(
        &path,
        "姓名,工号,日期,状态\n欧阳 娜,1,2024-03-01,正常\n王芳,2,2024-03-01,正常\n",
    )
    .unwrap();
    let mut written = Vec::new();
    let mut problems = Vec::new();
    let opts = ReadOptions::default();
    read_file(
        &path,
        "written.csv",
        &attendance(),
        &opts,
        &mut problems,
        &mut |r| written.push((r.values[0].clone(), r.written[0].clone())),
    )
    .unwrap();
    assert_eq!(
        written,
        vec![
            (text("欧阳娜"), Some("欧阳 娜".to_string())),
            (text("王芳"), None)
        ]
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// DingTalk's punch after midnight: the time column comes before the date
/// column, so the time is placed when the row ends; a row without a date
/// cannot place its time and is refused by cell.
#[test]
fn a_time_on_a_date_falls_on_the_rows_date_or_the_next() {
    let dir = scratch("on-date");
    let path = dir.join("nights.csv");
    let text = "下班1打卡时间,工号,日期\n次日 01:10,0012,2026-02-26\n18:30,0013,2026-02-26\n次日01:10,0014,\n";
    std::fs::write(&path, text).unwrap();
    let mut off = field("off", &["下班1打卡时间"], FieldType::DateTime, true);
    off.on = Some(2);
    let schema = SourceSchema {
        id: "nights".into(),
        fields: vec![
            off,
            field("id", &["工号"], FieldType::Key, true),
            field("day", &["日期"], FieldType::Date, false),
        ],
        sheet: None,
        sheet_pattern: None,
        unpivot: None,
    };
    let r = read(&path, "nights.csv", &schema, None);
    let at = |d: u32, h: u32, m: u32| {
        Value::DateTime(
            NaiveDate::from_ymd_opt(2026, 2, d)
                .and_then(|d| d.and_hms_opt(h, m, 0))
                .unwrap(),
        )
    };
    assert_eq!(r.records.len(), 2, "{:?}", r.problems);
    assert_eq!(r.records[0].0[0], at(27, 1, 10));
    assert_eq!(r.records[1].0[0], at(26, 18, 30));
    assert_eq!(r.problems.len(), 1, "{:?}", r.problems);
    assert!(r.problems[0].contains("nights.csv"), "{:?}", r.problems);
    assert!(r.problems[0].contains("A4"), "{:?}", r.problems);
    assert!(r.problems[0].contains("\"次日 01:10\""), "{:?}", r.problems);
    assert!(r.problems[0].contains("`day` is blank"), "{:?}", r.problems);
    let _ = std::fs::remove_dir_all(dir);
}
