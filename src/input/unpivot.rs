//! A sheet with one column per day (DingTalk's 月度汇总: a day number 1…31
//! over each column, 六/日 over a weekend day's): which date each day
//! column is. The day numbers must run 1, 2, … without a gap, the month
//! comes from the title (`统计日期：2026-02-01 至 2026-02-28`, `2026年2月`) or
//! else from a scored period of one month, and a day the month does not
//! have, or a title for another month than the period, refuses the sheet,
//! naming the cell.

use chrono::{Datelike, NaiveDate, Weekday};

use super::dates::{Month, YearHint};
use super::error::InputError;
use super::header::Header;
use super::title::{covers, Covers};
use crate::i18n::common;
use crate::i18n::input as msg;
use crate::provenance::column_letters;

/// The day columns of a sheet, in column order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Days {
    /// Each day column with its date.
    pub(crate) columns: Vec<(u32, NaiveDate)>,
}

impl Days {
    /// The day column's place among the days, if `col` is one.
    pub(crate) fn index(&self, col: u32) -> Option<usize> {
        self.columns.binary_search_by_key(&col, |(c, _)| *c).ok()
    }
}

/// Why a sheet's day columns cannot be dated. Each names the header cell
/// (or the title cell) at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DayRefusal {
    /// A day column's number is not one more than the one before it.
    Gap {
        cell: String,
        text: String,
        expected: u32,
    },
    /// A day number past the month's last day (31 in February).
    PastMonthEnd {
        cell: String,
        day: u32,
        month: String,
        last: u32,
    },
    /// A weekend column (六/日) that is not that weekday in the month.
    Weekday {
        cell: String,
        text: String,
        date: NaiveDate,
        month: String,
    },
    /// The title names a month the scored period does not reach.
    TitleAgainstPeriod {
        cell: String,
        title: String,
        month: String,
        from: NaiveDate,
        to: NaiveDate,
    },
    /// No title names the month, and the period is not one month.
    NoMonth {
        period: Option<(NaiveDate, NaiveDate)>,
    },
}

impl DayRefusal {
    /// The sheet's refusal, located in `file` and `sheet`.
    pub(crate) fn into_error(self, file: &str, sheet: &str) -> InputError {
        let place = if sheet.is_empty() {
            crate::i18n::Text::same(file)
        } else {
            msg::place_in_sheet(file, sheet)
        };
        let message = match self {
            DayRefusal::Gap {
                cell,
                text,
                expected,
            } => msg::day_columns_gap(&place, cell, text, expected),
            DayRefusal::PastMonthEnd {
                cell,
                day,
                month,
                last,
            } => msg::day_past_month_end(&place, cell, day, month, last),
            DayRefusal::Weekday {
                cell,
                text,
                date,
                month,
            } => msg::day_not_weekend(
                &place,
                cell,
                text,
                date,
                &common::weekday(date.weekday()).text(),
                month,
            ),
            DayRefusal::TitleAgainstPeriod {
                cell,
                title,
                month,
                from,
                to,
            } => msg::title_month_against_period(&place, cell, title, month, from, to),
            DayRefusal::NoMonth { period: None } => msg::day_month_unknown(&place),
            DayRefusal::NoMonth {
                period: Some((from, to)),
            } => msg::day_month_not_one(&place, from, to),
        };
        InputError::Refused {
            file: file.to_string(),
            sheet: sheet.to_string(),
            message,
        }
    }
}

/// Dates the header's day columns. `period` is the days scored, if known.
pub(crate) fn days(header: &Header, period: Option<YearHint>) -> Result<Days, DayRefusal> {
    let cell = |col: u32| format!("{}{}", column_letters(col), header.row);
    // Numbered first: a weekend column is one more than the column before.
    let mut numbered = Vec::with_capacity(header.days.len());
    let mut before = 0u32;
    for (col, text) in &header.days {
        let expected = before.saturating_add(1);
        let day = match text.as_str() {
            "六" | "日" => expected,
            n => n.parse().unwrap_or(0),
        };
        if day != expected {
            return Err(DayRefusal::Gap {
                cell: cell(*col),
                text: text.clone(),
                expected,
            });
        }
        numbered.push((*col, day, text.as_str()));
        before = day;
    }
    let month = month(header, period)?;
    let shown = month.to_string();
    let mut columns = Vec::with_capacity(numbered.len());
    for (col, day, text) in numbered {
        let Some(date) = NaiveDate::from_ymd_opt(month.year, month.month, day) else {
            return Err(DayRefusal::PastMonthEnd {
                cell: cell(col),
                day,
                month: shown,
                last: month.last().map_or(28, |d| d.day()),
            });
        };
        let weekend = match text {
            "六" => Some(Weekday::Sat),
            "日" => Some(Weekday::Sun),
            _ => None,
        };
        if weekend.is_some_and(|w| w != date.weekday()) {
            return Err(DayRefusal::Weekday {
                cell: cell(col),
                text: text.to_string(),
                date,
                month: shown,
            });
        }
        columns.push((col, date));
    }
    Ok(Days { columns })
}

/// The sheet's month: the title's, which must meet the period; else the
/// period's, when it is one month.
fn month(header: &Header, period: Option<YearHint>) -> Result<Month, DayRefusal> {
    let title = header
        .above
        .iter()
        .find_map(|(row, col, text)| title_month(text).map(|m| (*row, *col, text, m)));
    match (title, period) {
        (Some((row, col, text, (year, month))), Some(p)) => {
            let month = Month { year, month };
            if !month.meets(p.from, p.to) {
                return Err(DayRefusal::TitleAgainstPeriod {
                    cell: format!("{}{row}", column_letters(col)),
                    title: text.trim().to_string(),
                    month: month.to_string(),
                    from: p.from,
                    to: p.to,
                });
            }
            Ok(month)
        }
        (Some((_, _, _, (year, month))), None) => Ok(Month { year, month }),
        (None, Some(p)) if Month::of(p.from) == Month::of(p.to) => Ok(Month::of(p.from)),
        (None, p) => Err(DayRefusal::NoMonth {
            period: p.map(|p| (p.from, p.to)),
        }),
    }
}

/// The month a title cell names ([`covers`]): the month written, or the
/// first day's of the range of dates written.
pub(crate) fn title_month(text: &str) -> Option<(i32, u32)> {
    covers(text).map(Covers::month)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(days: &[(u32, &str)], above: &[&str]) -> Header {
        Header {
            row: 4,
            columns: Vec::new(),
            found: Vec::new(),
            headed: days.iter().map(|(c, _)| *c).collect(),
            days: days.iter().map(|(c, t)| (*c, t.to_string())).collect(),
            above: above
                .iter()
                .enumerate()
                .map(|(i, t)| (i as u32 + 1, 0, t.to_string()))
                .collect(),
            renamed: Vec::new(),
        }
    }

    fn period(from: &str, to: &str) -> Option<YearHint> {
        Some(YearHint {
            from: from.parse().ok()?,
            to: to.parse().ok()?,
        })
    }

    const TITLE: &str = "月度汇总 统计日期：2026-02-01 至 2026-02-28";

    /// February 2026 starts on a Sunday: 日 heads day 1, 六 day 7.
    fn february(until: u32) -> Vec<(u32, String)> {
        (1..=until)
            .map(|d| {
                let text = match d % 7 {
                    1 => "日".to_string(),
                    0 => "六".to_string(),
                    _ => d.to_string(),
                };
                (d + 9, text)
            })
            .collect()
    }

    fn days_of(
        heads: &[(u32, String)],
        above: &[&str],
        p: Option<YearHint>,
    ) -> Result<Days, DayRefusal> {
        let heads: Vec<(u32, &str)> = heads.iter().map(|(c, t)| (*c, t.as_str())).collect();
        days(&header(&heads, above), p)
    }

    #[test]
    fn titles_name_their_month_and_generation_times_do_not() {
        assert_eq!(title_month(TITLE), Some((2026, 2)));
        assert_eq!(
            title_month("统计日期:2026/02/01 ~ 2026/02/28"),
            Some((2026, 2))
        );
        assert_eq!(title_month("2026年2月 考勤月报"), Some((2026, 2)));
        assert_eq!(title_month("２０２６年０２月"), Some((2026, 2)));
        assert_eq!(title_month("报表生成时间：2026-03-01 10:00"), None);
        assert_eq!(title_month("制表日期：2026年3月1日"), None);
        assert_eq!(title_month("月度汇总"), None);
    }

    #[test]
    fn weekend_columns_are_numbered_from_the_column_before() {
        let d = days_of(
            &february(28),
            &[TITLE, "报表生成时间：2026-03-01 10:00"],
            None,
        )
        .unwrap();
        assert_eq!(d.columns.len(), 28);
        assert_eq!(
            d.columns[0],
            (10, NaiveDate::from_ymd_opt(2026, 2, 1).unwrap())
        );
        assert_eq!(
            d.columns[27],
            (37, NaiveDate::from_ymd_opt(2026, 2, 28).unwrap())
        );
        assert_eq!(d.index(16), Some(6));
        assert_eq!(d.index(9), None);
    }

    #[test]
    fn a_gap_in_the_day_numbers_names_the_cell() {
        let mut heads = february(28);
        heads.remove(4);
        let e = days_of(&heads, &[TITLE], None).unwrap_err();
        assert_eq!(
            e,
            DayRefusal::Gap {
                cell: "P4".into(),
                text: "6".into(),
                expected: 5
            }
        );
    }

    #[test]
    fn day_31_of_february_is_past_the_month() {
        let mut heads = february(28);
        heads.extend([(38, "29".to_string()), (39, "30".into()), (40, "31".into())]);
        let e = days_of(&heads, &[TITLE], None).unwrap_err();
        assert!(
            matches!(e, DayRefusal::PastMonthEnd { ref cell, day: 29, last: 28, .. } if cell == "AM4"),
            "{e:?}"
        );
    }

    #[test]
    fn the_month_comes_from_the_title_else_a_one_month_period() {
        let from_period = days_of(&february(28), &[], period("2026-02-01", "2026-02-28")).unwrap();
        assert_eq!(
            from_period.columns[0].1,
            NaiveDate::from_ymd_opt(2026, 2, 1).unwrap()
        );
        let e = days_of(&february(28), &[], None).unwrap_err();
        assert_eq!(e, DayRefusal::NoMonth { period: None });
        let e = days_of(&february(28), &[], period("2026-02-01", "2026-07-15")).unwrap_err();
        assert!(matches!(e, DayRefusal::NoMonth { period: Some(_) }));
        // A term holding the title's month agrees with it.
        assert!(days_of(&february(28), &[TITLE], period("2026-02-01", "2026-07-15")).is_ok());
        let e = days_of(&february(28), &[TITLE], period("2026-03-01", "2026-03-31")).unwrap_err();
        assert!(
            matches!(e, DayRefusal::TitleAgainstPeriod { ref cell, ref month, .. } if cell == "A1" && month == "2026-02"),
            "{e:?}"
        );
    }

    #[test]
    fn a_weekend_head_on_a_weekday_is_the_wrong_month() {
        // March 2026 starts on a Sunday too, but 2026-01-01 is a Thursday.
        let e = days_of(&february(28), &["2026年1月"], None).unwrap_err();
        assert!(
            matches!(e, DayRefusal::Weekday { ref cell, .. } if cell == "K4"),
            "{e:?}"
        );
        let text = e.into_error("考勤报表.xlsx", "月度汇总").text();
        assert!(text.en.contains("cell K4"), "{}", text.en);
        assert!(text.zh.contains("单元格 K4"), "{}", text.zh);
    }

    /// 月度汇总 rows as `kaohe test` hands them over: a title, the names
    /// over the day numbers, three people, and DingTalk's note row.
    fn summary_rows() -> Vec<Vec<String>> {
        let row = |cells: &[&str]| cells.iter().map(|c| c.to_string()).collect();
        vec![
            row(&[TITLE]),
            row(&["姓名", "工号", "考勤结果"]),
            row(&["", "", "日", "2", "3"]),
            row(&[
                "王建国",
                "0101",
                "休息\n(-)",
                "正常班:迟到15分钟\n(08:45,18:30)",
                "正常",
            ]),
            row(&["李芳", "0102", "休息\n(-)", "", "旷工"]),
            row(&["赵敏", "", "休息\n(-)", "正常", "正常"]),
            row(&["每天时长=审批单时长/审批单跨越天数"]),
        ]
    }

    fn schema() -> crate::input::SourceSchema {
        let field = |name: &str, headers: &[&str], ty| {
            crate::input::FieldSpec::plain(
                name,
                headers.iter().map(|h| h.to_string()).collect(),
                ty,
            )
        };
        use crate::value::FieldType;
        crate::input::SourceSchema {
            id: "monthly".into(),
            fields: vec![
                field("name", &["姓名"], FieldType::Text),
                field("id", &["工号"], FieldType::Key),
                field("day", &[], FieldType::Date),
                field("result", &[], FieldType::Text),
            ],
            sheet: None,
            sheet_pattern: None,
            unpivot: Some(crate::input::Unpivot { date: 2, value: 3 }),
        }
    }

    #[test]
    fn every_day_cell_is_a_record_named_by_its_cell() {
        let rows = summary_rows();
        let schema = schema();
        let mut problems = Vec::new();
        let mut records = Vec::new();
        let summary = crate::input::read(
            crate::input::Origin::Rows {
                display: "考勤报表.csv",
                rows: &rows,
            },
            crate::input::Reading {
                schema: &schema,
                options: &crate::input::ReadOptions::default(),
                problems: &mut problems,
                sink: &mut |r| records.push((r.values.to_vec(), r.origin.to_string(), r.refused)),
            },
        )
        .unwrap();
        let day = |d| crate::value::Value::Date(NaiveDate::from_ymd_opt(2026, 2, d).unwrap());
        // Three people, three days each; the note row ends the table.
        assert_eq!(records.len(), 9);
        assert_eq!(
            records[1].0,
            vec![
                crate::value::Value::Text("王建国".into()),
                crate::value::Value::Text("0101".into()),
                day(2),
                crate::value::Value::Text("正常班:迟到15分钟 (08:45,18:30)".into()),
            ]
        );
        assert_eq!(records[1].1, "考勤报表.csv:D4");
        // A blank day cell refuses that day only; a blank 工号, the row.
        let refused: Vec<&str> = records
            .iter()
            .filter(|r| r.2)
            .map(|r| r.1.as_str())
            .collect();
        assert_eq!(
            refused,
            vec![
                "考勤报表.csv:D5",
                "考勤报表.csv:C6",
                "考勤报表.csv:D6",
                "考勤报表.csv:E6"
            ]
        );
        let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(
            problems[0].starts_with("考勤报表.csv, cell D5: 2026-02-02 (result)"),
            "{}",
            problems[0]
        );
        assert!(
            problems[1].starts_with("考勤报表.csv, cell B6: 工号 (id)"),
            "{}",
            problems[1]
        );
        assert_eq!(summary.sheets[0].records, 5);
        assert_eq!(summary.sheets[0].header_row, 3);
    }
}
