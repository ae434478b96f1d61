//! `examples/dingtalk-attendance/`: a DingTalk 考勤报表 for February 2026,
//! the month of `attendance.rs`, laid out as DingTalk writes it (Apache POI;
//! see `DOMAIN.md`):
//!
//! - four sheets, 月度汇总, 打卡时间, 原始记录 and 每日统计, in that order;
//! - **每日统计**: row 1 `每日统计表 统计日期：…`, row 2 `报表生成时间：…`, rows
//!   3–4 the header, 上班1 and 下班1 over their 打卡时间 and 打卡结果, the other
//!   columns merged down; one row per person per day, weekends with 班次
//!   休息; dates `26-02-02 星期一`; counts stored as text; a leaving punch
//!   after midnight written `次日 01:10`;
//! - **月度汇总**: one row per person and **one column per day**: row 3 the
//!   headers, 请假 merged over 事假(天)/病假(天)/年假(天) and 考勤结果 over
//!   the days, row 4 the day numbers with weekend days headed 六 or 日;
//!   each day cell a text such as `正常班:迟到15分钟\n(08:15,17:10)`; a note
//!   row `每天时长=审批单时长/审批单跨越天数` under the table;
//! - the UserId column hidden, as DingTalk hides it.

use chrono::{Datelike, NaiveDate, Weekday};
use rand::Rng;
use rand_chacha::ChaCha8Rng;
use rust_xlsxwriter::{Format, FormatAlign, Workbook, Worksheet};

use super::attendance::{feb, hm, people, Day, Person};
use super::{dingtalk_date, doc_properties, OutFile, Res};

const TITLE_DATES: &str = "统计日期：2026-02-01 至 2026-02-28";
const MADE: &str = "报表生成时间：2026-03-01 09:30";
const GROUP: &str = "示例中学教师考勤";

/// One person's day as the exports show it.
struct Shown {
    /// 上班, 下班: the punch (minutes after midnight) and its 打卡结果.
    on: (Option<u32>, String),
    off: (Option<u32>, String),
    late: u32,
    late_minutes: u32,
    early: u32,
    early_minutes: u32,
    missing_on: u32,
    missing_off: u32,
    absent: u32,
    approval: String,
    /// The 月度汇总 day cell.
    cell: String,
    /// 事假, 病假, 年假 days.
    leave: f64,
    rest: bool,
}

fn show(rng: &mut ChaCha8Rng, day: NaiveDate, kinds: &[Day]) -> Shown {
    let mut s = Shown {
        on: (
            Some(7 * 60 + 30 + rng.random_range(0..30u32)),
            "正常".into(),
        ),
        off: (Some(17 * 60 + rng.random_range(0..40u32)), "正常".into()),
        late: 0,
        late_minutes: 0,
        early: 0,
        early_minutes: 0,
        missing_on: 0,
        missing_off: 0,
        absent: 0,
        approval: String::new(),
        cell: String::new(),
        leave: 0.0,
        rest: matches!(day.weekday(), Weekday::Sat | Weekday::Sun),
    };
    if s.rest {
        s.on = (None, "休息".into());
        s.off = (None, "休息".into());
        s.cell = "休息\n(-)".into();
        return s;
    }
    let when = format!("{}", day.format("%Y-%m-%d"));
    let mut notes: Vec<String> = Vec::new();
    let mut whole_day = None;
    for kind in kinds {
        match *kind {
            Day::Late(m) => {
                s.on = (Some(8 * 60 + m), "迟到".into());
                (s.late, s.late_minutes) = (1, m);
                notes.push(format!("迟到{m}分钟"));
            }
            Day::Early(m) => {
                s.off = (Some(17 * 60 - m), "早退".into());
                (s.early, s.early_minutes) = (1, m);
                notes.push(format!("早退{m}分钟"));
            }
            Day::Absent => {
                s.on = (None, "缺卡".into());
                s.off = (None, "缺卡".into());
                (s.missing_on, s.missing_off, s.absent) = (0, 0, 1);
                whole_day = Some("旷工".to_string());
            }
            Day::Missing(both) => {
                s.off = (None, "缺卡".into());
                s.missing_off = 1;
                if both {
                    s.on = (None, "缺卡".into());
                    s.missing_on = 1;
                    notes.push("上班缺卡".into());
                }
                notes.push("下班缺卡".into());
            }
            Day::Leave => {
                s.on = (None, "请假".into());
                s.off = (None, "请假".into());
                s.approval = format!("年假 {when} 08:00到{when} 17:00 8小时");
                s.leave = 1.0;
                whole_day = Some(format!("年假 {when} 08:00到{when} 17:00 8小时"));
            }
            Day::Trip => {
                s.on = (None, "外勤".into());
                s.off = (None, "外勤".into());
                s.approval = format!("出差 {when} 08:00到{when} 17:00 1天");
                whole_day = Some(format!("出差 {when} 08:00到{when} 17:00 1天"));
            }
            Day::MadeUp => {
                s.on = (Some(8 * 60), "补卡审批通过".into());
                s.approval = format!("补卡 {when} 08:00");
                notes.push("正常(补卡审批通过)".into());
            }
            Day::PastMidnight => s.off.0 = Some(25 * 60 + 10),
        }
    }
    let punch = |p: Option<u32>| p.map_or_else(|| "-".to_string(), hm);
    s.cell = match whole_day {
        Some(w) => w,
        None => format!(
            "正常班:{}\n({},{})",
            if notes.is_empty() {
                "正常".to_string()
            } else {
                notes.join(",")
            },
            punch(s.on.0),
            punch(s.off.0)
        ),
    };
    s
}

/// Merged down over the two header rows, or across the group's columns.
fn header(ws: &mut Worksheet, col: u16, text: &str, bold: &Format) -> Res<()> {
    ws.merge_range(2, col, 3, col, text, bold)?;
    Ok(())
}

fn text_row(ws: &mut Worksheet, row: u32, cells: &[String]) -> Res<()> {
    for (c, v) in cells.iter().enumerate() {
        if !v.is_empty() {
            ws.write_string(row, u16::try_from(c)?, v)?;
        }
    }
    Ok(())
}

fn titles(ws: &mut Worksheet, name: &str, last: u16, bold: &Format) -> Res<()> {
    ws.merge_range(0, 0, 0, last, &format!("{name} {TITLE_DATES}"), bold)?;
    ws.merge_range(1, 0, 1, last, MADE, &Format::new())?;
    Ok(())
}

fn who(p: &Person) -> [String; 6] {
    [
        p.name.to_string(),
        GROUP.to_string(),
        p.dept.to_string(),
        p.id.to_string(),
        "教师".to_string(),
        p.user_id.to_string(),
    ]
}

/// The example folder's files.
pub fn dingtalk_attendance(rng: &mut ChaCha8Rng) -> Res<Vec<OutFile>> {
    let people = people();
    let days: Vec<NaiveDate> = (1..=28).map(feb).collect();
    // Each person's month, worked out once so every sheet agrees.
    let month: Vec<Vec<Shown>> = people
        .iter()
        .map(|p| {
            days.iter()
                .map(|&d| {
                    let kinds: Vec<Day> = p
                        .days
                        .iter()
                        .filter(|(n, _)| *n == d.day())
                        .map(|(_, k)| *k)
                        .collect();
                    show(rng, d, &kinds)
                })
                .collect()
        })
        .collect();

    let mut wb = Workbook::new();
    wb.set_properties(&doc_properties((2026, 3, 1, 9, 30))?);
    let bold = Format::new()
        .set_bold()
        .set_align(FormatAlign::Center)
        .set_text_wrap();

    // 月度汇总: one column per day.
    let ws = wb.add_worksheet();
    ws.set_name("月度汇总")?;
    let counts = [
        "出勤天数",
        "休息天数",
        "迟到次数",
        "迟到时长(分钟)",
        "早退次数",
        "早退时长(分钟)",
        "上班缺卡次数",
        "下班缺卡次数",
        "旷工天数",
    ];
    let fixed = ["姓名", "考勤组", "部门", "工号", "职位", "UserId"];
    let leave = ["事假(天)", "病假(天)", "年假(天)"];
    let first_leave = u16::try_from(fixed.len() + counts.len())?;
    let first_day = first_leave + u16::try_from(leave.len())?;
    let last = first_day + u16::try_from(days.len())? - 1;
    titles(ws, "月度汇总", last, &bold)?;
    for (c, h) in fixed.iter().chain(counts.iter()).enumerate() {
        header(ws, u16::try_from(c)?, h, &bold)?;
    }
    ws.merge_range(2, first_leave, 2, first_day - 1, "请假", &bold)?;
    for (i, h) in leave.iter().enumerate() {
        ws.write_string_with_format(3, first_leave + u16::try_from(i)?, *h, &bold)?;
    }
    ws.merge_range(2, first_day, 2, last, "考勤结果", &bold)?;
    for (i, d) in days.iter().enumerate() {
        let head = match d.weekday() {
            Weekday::Sat => "六".to_string(),
            Weekday::Sun => "日".to_string(),
            _ => d.day().to_string(),
        };
        ws.write_string_with_format(3, first_day + u16::try_from(i)?, &head, &bold)?;
    }
    let wrap = Format::new().set_text_wrap();
    let mut row: u32 = 4;
    for (p, m) in people.iter().zip(&month) {
        let sum = |f: fn(&Shown) -> u32| m.iter().map(f).sum::<u32>().to_string();
        let worked = m
            .iter()
            .filter(|s| !s.rest && s.absent == 0 && s.leave == 0.0)
            .count();
        let mut cells: Vec<String> = who(p).to_vec();
        cells.extend([
            worked.to_string(),
            m.iter().filter(|s| s.rest).count().to_string(),
            sum(|s| s.late),
            sum(|s| s.late_minutes),
            sum(|s| s.early),
            sum(|s| s.early_minutes),
            sum(|s| s.missing_on),
            sum(|s| s.missing_off),
            sum(|s| s.absent),
            "0".to_string(),
            "0".to_string(),
            m.iter().map(|s| s.leave).sum::<f64>().to_string(),
        ]);
        text_row(ws, row, &cells)?;
        for (i, s) in m.iter().enumerate() {
            ws.write_string_with_format(row, first_day + u16::try_from(i)?, &s.cell, &wrap)?;
        }
        row += 1;
    }
    ws.write_string(row, 0, "每天时长=审批单时长/审批单跨越天数")?;
    ws.set_column_hidden(5)?;
    ws.set_column_range_width(first_day, last, 16)?;

    // 打卡时间: the punches of each day, one column per day.
    let ws = wb.add_worksheet();
    ws.set_name("打卡时间")?;
    let last = u16::try_from(fixed.len() + days.len() - 1)?;
    titles(ws, "打卡时间", last, &bold)?;
    for (c, h) in fixed.iter().enumerate() {
        header(ws, u16::try_from(c)?, h, &bold)?;
    }
    let first = u16::try_from(fixed.len())?;
    ws.merge_range(2, first, 2, last, "打卡时间", &bold)?;
    for (i, d) in days.iter().enumerate() {
        ws.write_string_with_format(3, first + u16::try_from(i)?, d.day().to_string(), &bold)?;
    }
    for (r, (p, m)) in people.iter().zip(&month).enumerate() {
        let mut cells: Vec<String> = who(p).to_vec();
        cells.extend(m.iter().map(|s| {
            [s.on.0, s.off.0]
                .iter()
                .flatten()
                .map(|&t| hm(t))
                .collect::<Vec<_>>()
                .join("\n")
        }));
        text_row(ws, 4 + u32::try_from(r)?, &cells)?;
    }
    ws.set_column_hidden(5)?;

    // 原始记录: one row per punch.
    let ws = wb.add_worksheet();
    ws.set_name("原始记录")?;
    let raw = [
        "姓名",
        "考勤组",
        "部门",
        "工号",
        "职位",
        "UserId",
        "考勤日期",
        "考勤时间",
        "打卡时间",
        "打卡结果",
        "打卡地址",
    ];
    titles(ws, "原始记录", u16::try_from(raw.len() - 1)?, &bold)?;
    for (c, h) in raw.iter().enumerate() {
        ws.write_string_with_format(2, u16::try_from(c)?, *h, &bold)?;
    }
    let mut row: u32 = 3;
    for (p, m) in people.iter().zip(&month) {
        for (d, s) in days.iter().zip(m) {
            for ((at, result), due) in
                [(&s.on, "08:00"), (&s.off, "17:00")].map(|(x, due)| ((x.0, &x.1), due))
            {
                let Some(at) = at else { continue };
                let mut cells: Vec<String> = who(p).to_vec();
                cells.extend([
                    dingtalk_date(*d),
                    due.to_string(),
                    hm(at),
                    result.clone(),
                    "示例中学教学楼".to_string(),
                ]);
                text_row(ws, row, &cells)?;
                row += 1;
            }
        }
    }
    ws.set_column_hidden(5)?;

    // 每日统计: one row per person per day.
    let ws = wb.add_worksheet();
    ws.set_name("每日统计")?;
    let before = [
        "姓名",
        "考勤组",
        "部门",
        "工号",
        "职位",
        "UserId",
        "日期",
        "班次",
    ];
    let after = [
        "关联的审批单",
        "迟到次数",
        "迟到时长(分钟)",
        "严重迟到次数",
        "早退次数",
        "早退时长(分钟)",
        "上班缺卡次数",
        "下班缺卡次数",
        "旷工天数",
    ];
    let slots = u16::try_from(before.len())?;
    let last = slots + 4 + u16::try_from(after.len())? - 1;
    titles(ws, "每日统计表", last, &bold)?;
    for (c, h) in before.iter().enumerate() {
        header(ws, u16::try_from(c)?, h, &bold)?;
    }
    for (g, group) in ["上班1", "下班1"].iter().enumerate() {
        let c = slots + 2 * u16::try_from(g)?;
        ws.merge_range(2, c, 2, c + 1, group, &bold)?;
        ws.write_string_with_format(3, c, "打卡时间", &bold)?;
        ws.write_string_with_format(3, c + 1, "打卡结果", &bold)?;
    }
    for (c, h) in after.iter().enumerate() {
        header(ws, slots + 4 + u16::try_from(c)?, h, &bold)?;
    }
    let mut row: u32 = 4;
    for (d, day) in days.iter().enumerate() {
        for (p, m) in people.iter().zip(&month) {
            let s = &m[d];
            let punch = |p: Option<u32>| p.map_or_else(String::new, hm);
            let mut cells: Vec<String> = who(p).to_vec();
            cells.extend([
                dingtalk_date(*day),
                if s.rest {
                    "休息"
                } else {
                    "正常班 08:00-17:00"
                }
                .to_string(),
                punch(s.on.0),
                s.on.1.clone(),
                punch(s.off.0),
                s.off.1.clone(),
                s.approval.clone(),
                s.late.to_string(),
                s.late_minutes.to_string(),
                "0".to_string(),
                s.early.to_string(),
                s.early_minutes.to_string(),
                s.missing_on.to_string(),
                s.missing_off.to_string(),
                s.absent.to_string(),
            ]);
            text_row(ws, row, &cells)?;
            row += 1;
        }
    }
    ws.set_column_hidden(5)?;
    ws.set_column_width(6, 16)?;
    ws.set_column_width(7, 18)?;

    Ok(vec![OutFile {
        name: "考勤报表_20260201-20260228.xlsx".to_string(),
        bytes: wb.save_to_buffer()?,
    }])
}
