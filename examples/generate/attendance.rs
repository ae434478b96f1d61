//! The month the attendance examples plant: eight teachers over February
//! 2026, what each did on the days that were not ordinary. The WeCom and
//! DingTalk samples render the same month in their own export's shape, so
//! the two ready rubrics must give the same scores (each folder's README
//! works them out by hand).

use chrono::{Datelike, NaiveDate, Weekday};

/// What one teacher's day was.
#[derive(Clone, Copy)]
pub enum Day {
    /// Late by so many minutes.
    Late(u32),
    /// Left early by so many minutes.
    Early(u32),
    /// No punch at all: 旷工 480 minutes.
    Absent,
    /// One punch missing (the afternoon's), or both when `true`.
    Missing(bool),
    /// A day of annual leave.
    Leave,
    /// A day on a business trip.
    Trip,
    /// The morning punch made up and approved (补卡).
    MadeUp,
    /// An evening at school past midnight: the leaving punch the next day.
    PastMidnight,
}

pub struct Person {
    pub name: &'static str,
    pub account: &'static str,
    pub dept: &'static str,
    /// 工号 (DingTalk), a text with leading zeros.
    pub id: &'static str,
    /// DingTalk's UserId, too long for a number.
    pub user_id: &'static str,
    /// The days that were not normal.
    pub days: Vec<(u32, Day)>,
}

/// The eight teachers and their planted days.
pub fn people() -> Vec<Person> {
    use Day::*;
    let weekdays: Vec<u32> = (1..=28)
        .filter(|&d| !matches!(feb(d).weekday(), Weekday::Sat | Weekday::Sun))
        .collect();
    vec![
        // Every day normal: 100.
        Person {
            name: "张伟",
            account: "ZhangWei",
            dept: "语文组",
            id: "0012",
            user_id: "012345678901234567",
            days: vec![],
        },
        // Late on three days: 迟到 27, 97.
        Person {
            name: "李娜",
            account: "13800000000",
            dept: "数学组",
            id: "0023",
            user_id: "023456789012345678",
            days: vec![(3, Late(30)), (10, Late(12)), (24, Late(3))],
        },
        // Absent two days, one punch missing: 旷工 32, 缺卡 9.5, 91.5.
        Person {
            name: "王强",
            account: "WangQiang",
            dept: "英语组",
            id: "0031",
            user_id: "031234567890123456",
            days: vec![(5, Absent), (6, Absent), (12, Missing(false))],
        },
        // Two early leaves, two days of annual leave: 早退 18, 98.
        Person {
            name: "刘洋",
            account: "LiuYang",
            dept: "科学组",
            id: "0045",
            user_id: "045678901234567890",
            days: vec![(9, Early(54)), (16, Leave), (17, Leave), (26, Early(149))],
        },
        // Both punches missing one day, one the next week, a made-up punch:
        // 缺卡 10 − 0.5 × 3 = 8.5, 98.5.
        Person {
            name: "陈静",
            account: "ChenJing",
            dept: "语文组",
            id: "0056",
            user_id: "056789012345678901",
            days: vec![(4, Missing(true)), (11, Missing(false)), (18, MadeUp)],
        },
        // Three days on a business trip, late once; a parents' evening that
        // ended at 01:10 the next day (costs nothing): 99.
        Person {
            name: "赵磊",
            account: "13900001111",
            dept: "数学组",
            id: "0067",
            user_id: "067890123456789012",
            days: vec![
                (11, PastMidnight),
                (23, Trip),
                (24, Trip),
                (25, Trip),
                (27, Late(8)),
            ],
        },
        // Absent eleven days: 旷工 40 − 44, floored at 0: 60.
        Person {
            name: "孙磊（已离职）",
            account: "SunLei",
            dept: "英语组",
            id: "0078",
            user_id: "078901234567890123",
            days: weekdays
                .iter()
                .filter(|&&d| d >= 13)
                .map(|&d| (d, Absent))
                .collect(),
        },
        // Late every school day (20), early on five: 迟到 10, 早退 15, 75.
        Person {
            name: "周杰",
            account: "ZhouJie",
            dept: "体育组",
            id: "0089",
            user_id: "089012345678901234",
            days: weekdays
                .iter()
                .map(|&d| (d, if d % 5 == 0 { Early(20) } else { Late(15) }))
                .chain(
                    weekdays
                        .iter()
                        .filter(|&&d| d % 5 == 0)
                        .map(|&d| (d, Late(15))),
                )
                .collect(),
        },
    ]
}

pub fn feb(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 2, d).unwrap_or_default()
}

/// Minutes after midnight as `07:41`, and past the day's end as DingTalk
/// writes it: `次日 01:10`.
pub fn hm(minutes: u32) -> String {
    if minutes >= 24 * 60 {
        return format!("次日 {}", hm(minutes - 24 * 60));
    }
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}
