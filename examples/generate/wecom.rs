//! `examples/wecom-attendance/`: a WeCom 上下班打卡 日报 for February 2026,
//! laid out exactly as WeCom writes it (see `DOMAIN.md`, and the public
//! sample in huhuxianer/WeCom-Attendance-Reporter it was checked against):
//!
//! - sheet 概况统计与打卡明细: row 1 the title and row 2 `统计时间:… 制表时间:…`
//!   merged across the table; rows 3–4 a two-level header, 时间/姓名/账号 and
//!   the last two columns merged down over both rows, the groups 基础信息,
//!   考勤概况, 异常统计, 外出打卡, 加班统计, 假勤统计, 上班1, 下班1 merged
//!   across theirs, so 最早/最晚 and 打卡时间/打卡状态 stand under two groups;
//!   one row per person per day, the latest day first, weekends included;
//!   `--` for zero or nothing, numbers as numbers where there are some;
//! - sheet 打卡详情: one row per punch, which the rubric's `sheet` passes over.
//!
//! There is no roster: the rubric takes the teachers from the export. What
//! each teacher did is planted below and worked by hand in the folder's
//! README.md.

use chrono::{Datelike, NaiveDate, Weekday};
use rand::Rng;
use rand_chacha::ChaCha8Rng;
use rust_xlsxwriter::{Format, FormatAlign, Workbook, Worksheet};

use super::attendance::{hm, people, Day, Person};
use super::{date, doc_properties, weekday_zh, OutFile, Res};

/// The groups of row 3 and how many columns each spans; one column: merged
/// down over row 4.
const GROUPS: &[(&str, u16)] = &[
    ("时间", 1),
    ("姓名", 1),
    ("账号", 1),
    ("基础信息", 3),
    ("考勤概况", 9),
    ("异常统计", 10),
    ("外出打卡", 3),
    ("加班统计", 8),
    ("假勤统计", 14),
    ("上班1", 2),
    ("下班1", 2),
    ("打卡时间记录", 1),
    ("打卡详情", 1),
];

/// Row 4, under the groups that span several columns.
const HEADERS: &[&str] = &[
    "部门",
    "职务",
    "工号",
    "所属规则",
    "班次",
    "最早",
    "最晚",
    "打卡次数(次)",
    "标准工作时长(小时)",
    "实际工作时长(小时)",
    "假勤申请",
    "考勤结果",
    "异常合计(次)",
    "迟到次数(次)",
    "迟到时长(分钟)",
    "早退次数(次)",
    "早退时长(分钟)",
    "旷工次数(次)",
    "旷工时长(分钟)",
    "缺卡次数(次)",
    "地点异常(次)",
    "设备异常(次)",
    "外出打卡次数(次)",
    "最早",
    "最晚",
    "加班状态",
    "加班时长(小时)",
    "工作日加班计为调休(小时)",
    "工作日加班计为加班费(小时)",
    "休息日加班计为调休(小时)",
    "休息日加班计为加班费(小时)",
    "节假日加班计为调休(小时)",
    "节假日加班计为加班费(小时)",
    "补卡次数(次)",
    "审批打卡次数(次)",
    "外勤次数(次)",
    "外出(小时)",
    "出差(天)",
    "事假(天)",
    "病假(天)",
    "调休假(天)",
    "年假(天)",
    "婚假(天)",
    "产假(天)",
    "陪产假(天)",
    "其他(天)",
    "丧假(天)",
    "打卡时间",
    "打卡状态",
    "打卡时间",
    "打卡状态",
];

const WIDTH: usize = 56;
const TITLE_PERIOD: &str = "统计时间:02-01 ～ 02-28     制表时间:2026-03-02 09:15(UTC+8)";

/// A cell of the table: text, or a number where WeCom writes one.
#[derive(Clone)]
enum V {
    T(String),
    N(f64),
}

/// The row of one person's day, with the punches it shows (for 打卡详情).
fn day_row(
    rng: &mut ChaCha8Rng,
    p: &Person,
    day: NaiveDate,
    kinds: &[Day],
) -> (Vec<V>, Vec<(&'static str, String, &'static str)>) {
    let t = |s: &str| V::T(s.to_string());
    let mut row: Vec<V> = vec![t("--"); WIDTH];
    row[0] = V::T(format!("{} {}", day.format("%Y/%m/%d"), weekday_zh(day)));
    row[1] = t(p.name);
    row[2] = t(p.account);
    row[3] = V::T(format!("示例中学/{}", p.dept));
    row[6] = t("学校打卡规则");
    row[7] = t("08:00-17:00");
    let weekend = matches!(day.weekday(), Weekday::Sat | Weekday::Sun);
    if weekend {
        row[14] = t("正常（休息）");
        row[10] = V::N(0.0);
        row[51] = t("无需打卡（休息）");
        row[53] = t("无需打卡（休息）");
        return (row, Vec::new());
    }
    row[11] = V::N(8.0);
    let mut on = Some(7 * 60 + 30 + rng.random_range(0..30u32));
    let mut off = Some(17 * 60 + rng.random_range(0..40u32));
    let (mut on_status, mut off_status) = ("正常".to_string(), "正常".to_string());
    let mut result: Vec<String> = Vec::new();
    let mut anomalies = 0.0;
    let mut leave = None;
    for kind in kinds {
        match *kind {
            Day::Late(m) => {
                on = Some(8 * 60 + m);
                on_status = format!("迟到{m}分钟");
                row[16] = V::N(1.0);
                row[17] = V::N(f64::from(m));
                result.push(format!("迟到{m}分钟"));
                anomalies += 1.0;
            }
            Day::Early(m) => {
                off = Some(17 * 60 - m);
                off_status = format!("早退{m}分钟");
                row[18] = V::N(1.0);
                row[19] = V::N(f64::from(m));
                result.push(format!("早退{m}分钟"));
                anomalies += 1.0;
            }
            Day::Absent => {
                (on, off) = (None, None);
                on_status = "缺卡（08:00）".into();
                off_status = "缺卡（17:00）".into();
                row[20] = V::N(1.0);
                row[21] = V::N(480.0);
                result.push("旷工480分钟".into());
                anomalies += 1.0;
            }
            Day::Missing(both) => {
                let n = if both { 2.0 } else { 1.0 };
                off = None;
                off_status = "缺卡（17:00）".into();
                if both {
                    on = None;
                    on_status = "缺卡（08:00）".into();
                }
                row[22] = V::N(n);
                result.push(format!("缺卡{n}次"));
                anomalies += n;
            }
            Day::Leave => {
                (on, off) = (None, None);
                on_status = "无需打卡（请假）".into();
                off_status = "无需打卡（请假）".into();
                let d = format!("{}/{}", day.month(), day.day());
                leave = Some(format!("年假1.0天（{d} 上午 - {d} 下午）"));
                row[44] = V::N(1.0);
                result.push("正常（请假）".into());
            }
            Day::Trip => {
                (on, off) = (None, None);
                on_status = "无需打卡（出差）".into();
                off_status = "无需打卡（出差）".into();
                let d = format!("{}/{}", day.month(), day.day());
                leave = Some(format!("出差1.0天（{d} 上午 - {d} 下午）"));
                row[40] = V::N(1.0);
                result.push("正常（出差）".into());
            }
            Day::PastMidnight => off = Some(25 * 60 + 10),
            Day::MadeUp => {
                on = Some(8 * 60);
                on_status = "正常(补卡)".into();
                row[36] = V::N(1.0);
                result.push("正常（补卡）".into());
            }
        }
    }
    if anomalies > 0.0 {
        row[15] = V::N(anomalies);
    }
    row[14] = V::T(if result.is_empty() {
        "正常".to_string()
    } else {
        result.join(";")
    });
    if let Some(l) = leave {
        row[13] = V::T(l);
    }
    let punches: Vec<u32> = on.into_iter().chain(off).collect();
    row[10] = V::N(punches.len() as f64);
    if let (Some(a), Some(b)) = (on, off) {
        row[12] = V::N(f64::from((b - a) / 60));
    }
    if let Some(a) = punches.first() {
        row[8] = V::T(hm(*a));
        row[9] = V::T(hm(*punches.last().unwrap_or(a)));
    }
    row[50] = on.map_or_else(|| t("--"), |m| V::T(hm(m)));
    row[51] = V::T(on_status.clone());
    row[52] = off.map_or_else(|| t("--"), |m| V::T(hm(m)));
    row[53] = V::T(off_status.clone());
    let made_up = kinds.iter().any(|k| matches!(k, Day::MadeUp));
    let record: Vec<String> = on
        .map(|m| {
            if made_up {
                format!("{}(补卡)", hm(m))
            } else {
                hm(m)
            }
        })
        .into_iter()
        .chain(off.map(hm))
        .collect();
    if !record.is_empty() {
        row[54] = V::T(record.join(" "));
    }
    row[55] = t("查看");
    let mut shown = Vec::new();
    if let Some(m) = on {
        shown.push(("上班", hm(m), if made_up { "补卡" } else { "正常" }));
    }
    if let Some(m) = off {
        shown.push(("下班", hm(m), "正常"));
    }
    (row, shown)
}

fn write(ws: &mut Worksheet, row: u32, cells: &[V]) -> Res<()> {
    for (c, v) in cells.iter().enumerate() {
        let c = u16::try_from(c)?;
        match v {
            V::T(s) => ws.write_string(row, c, s)?,
            V::N(x) => ws.write_number(row, c, *x)?,
        };
    }
    Ok(())
}

/// The example folder's files.
pub fn wecom_attendance(rng: &mut ChaCha8Rng) -> Res<Vec<OutFile>> {
    let people = people();
    let mut wb = Workbook::new();
    wb.set_properties(&doc_properties((2026, 3, 2, 9, 15))?);
    let bold = Format::new().set_bold().set_align(FormatAlign::Center);
    let last = u16::try_from(WIDTH - 1)?;

    let mut punches: Vec<Vec<String>> = Vec::new();
    let ws = wb.add_worksheet();
    ws.set_name("概况统计与打卡明细")?;
    ws.merge_range(0, 0, 0, last, "概况统计与打卡明细", &bold)?;
    ws.merge_range(1, 0, 1, last, TITLE_PERIOD, &Format::new())?;
    let mut col: u16 = 0;
    let mut headers = HEADERS.iter();
    for &(group, span) in GROUPS {
        if span == 1 {
            ws.merge_range(2, col, 3, col, group, &bold)?;
        } else {
            ws.merge_range(2, col, 2, col + span - 1, group, &bold)?;
            for c in col..col + span {
                let h = headers.next().ok_or("more columns than headers")?;
                ws.write_string_with_format(3, c, *h, &bold)?;
            }
        }
        col += span;
    }
    let mut row: u32 = 4;
    for d in (1..=28).rev() {
        let day = date(2026, 2, d)?;
        for p in &people {
            let kinds: Vec<Day> = p
                .days
                .iter()
                .filter(|(n, _)| *n == d)
                .map(|(_, k)| *k)
                .collect();
            let (cells, shown) = day_row(rng, p, day, &kinds);
            write(ws, row, &cells)?;
            row += 1;
            for (kind, at, status) in shown {
                punches.push(vec![
                    format!("{} {}", day.format("%Y/%m/%d"), weekday_zh(day)),
                    p.name.to_string(),
                    p.account.to_string(),
                    format!("示例中学/{}", p.dept),
                    "学校打卡规则".to_string(),
                    kind.to_string(),
                    if kind == "上班" { "08:00" } else { "17:00" }.to_string(),
                    at,
                    status.to_string(),
                    "示例中学 | 教学楼一楼".to_string(),
                ]);
            }
        }
    }
    ws.set_column_width(0, 18)?;
    ws.set_column_width(3, 18)?;
    ws.set_column_width(14, 16)?;

    let detail = wb.add_worksheet();
    detail.set_name("打卡详情")?;
    let header = [
        "日期",
        "姓名",
        "账号",
        "部门",
        "所属规则",
        "打卡类型",
        "应打卡时间",
        "实际打卡时间",
        "打卡状态",
        "打卡地点",
    ];
    let end = u16::try_from(header.len() - 1)?;
    detail.merge_range(0, 0, 0, end, "打卡详情", &bold)?;
    detail.merge_range(1, 0, 1, end, TITLE_PERIOD, &Format::new())?;
    for (c, h) in header.iter().enumerate() {
        detail.write_string_with_format(2, u16::try_from(c)?, *h, &bold)?;
    }
    for (r, cells) in punches.iter().enumerate() {
        let cells: Vec<V> = cells.iter().map(|s| V::T(s.clone())).collect();
        write(detail, 4 + u32::try_from(r)?, &cells)?;
    }
    Ok(vec![OutFile {
        name: "上下班打卡_日报_20260201-20260228.xlsx".to_string(),
        bytes: wb.save_to_buffer()?,
    }])
}
