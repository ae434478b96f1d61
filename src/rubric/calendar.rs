//! The school calendar: which days are school days (weekdays, less the
//! holidays the rubric lists, plus its make-up days 调休), and the calendar
//! windows — days or ISO weeks — that window rules expect records in. Windows
//! come from the calendar over the scored period, never from the records, so
//! a week in which a teacher sent nothing is a window like any other.

use std::collections::BTreeSet;
use std::fmt;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::i18n::rubric as msg;
use crate::i18n::Text;

/// The school days of a rubric.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Calendar {
    /// The rubric's own period (`[calendar] from`/`to`), used when a run names none.
    pub period: Option<(NaiveDate, NaiveDate)>,
    /// Weekdays without school.
    pub holidays: BTreeSet<NaiveDate>,
    /// Weekend days with school (调休).
    pub workdays: BTreeSet<NaiveDate>,
}

impl Calendar {
    /// Whether `day` is a school day: a listed make-up day, or a weekday that
    /// is not a listed holiday.
    pub fn is_school_day(&self, day: NaiveDate) -> bool {
        if self.workdays.contains(&day) {
            return true;
        }
        !is_weekend(day) && !self.holidays.contains(&day)
    }

    /// The windows of `size` over `from..=to`, in date order: each school day,
    /// or each ISO week with at least one school day in the period (a week cut
    /// by the period's edge is a window over its days inside the period, and
    /// knows how many school days the whole week has).
    pub fn windows(&self, size: WindowSize, from: NaiveDate, to: NaiveDate) -> Vec<Window> {
        let mut out: Vec<Window> = Vec::new();
        let mut day = from;
        while day <= to {
            if self.is_school_day(day) {
                let start = size.start_of(day);
                match out.last_mut() {
                    Some(w) if w.start == start => {
                        w.last = day;
                        w.inside = w.inside.saturating_add(1);
                    }
                    _ => out.push(Window {
                        size,
                        start,
                        first: day,
                        last: day,
                        inside: 1,
                        whole: self.school_days_of(size, start),
                    }),
                }
            }
            match day.succ_opt() {
                Some(next) => day = next,
                None => break,
            }
        }
        out
    }

    /// How many school days the window starting on `start` has, period or not.
    fn school_days_of(&self, size: WindowSize, start: NaiveDate) -> u32 {
        let days = match size {
            WindowSize::Day => 1,
            WindowSize::Week => 7,
        };
        start
            .iter_days()
            .take(days)
            .filter(|d| self.is_school_day(*d))
            .fold(0, |n: u32, _| n.saturating_add(1))
    }
}

/// Saturday or Sunday.
pub fn is_weekend(day: NaiveDate) -> bool {
    matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

/// How long a window is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WindowSize {
    /// One school day.
    Day,
    /// One ISO week (Monday to Sunday).
    Week,
}

impl WindowSize {
    /// The day that names the window holding `day`: the day itself, or the
    /// Monday of its ISO week.
    pub fn start_of(self, day: NaiveDate) -> NaiveDate {
        match self {
            WindowSize::Day => day,
            WindowSize::Week => {
                day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
            }
        }
    }
}

/// One calendar window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// Day or week.
    pub size: WindowSize,
    /// The day or the week's Monday: the key records are bucketed by.
    pub start: NaiveDate,
    /// The first school day of the window inside the period.
    pub first: NaiveDate,
    /// The last school day of the window inside the period.
    pub last: NaiveDate,
    /// How many of its school days are inside the period.
    pub inside: u32,
    /// How many school days the whole window has: more than `inside` for a
    /// week cut by the period's edge.
    pub whole: u32,
}

impl Window {
    /// Whether the period cuts the window: some of its school days fall
    /// outside it.
    pub fn is_cut(&self) -> bool {
        self.inside < self.whole
    }
}

impl Window {
    /// The window as a reader names it: `2022-03-07（星期一）` /
    /// `2022-03-07 (Monday)`, or `2022-W10（03-07 至 03-11）` /
    /// `2022-W10 (03-07 to 03-11)`.
    pub fn label(&self) -> Text {
        match self.size {
            WindowSize::Day => {
                let (day, Text { en, zh }) = (self.start, weekday(self.start));
                msg::day_with_name(day, &en, &zh)
            }
            WindowSize::Week => {
                let week = self.start.iso_week();
                let (year, n) = (week.year(), week.week());
                let first = self.first.format("%m-%d").to_string();
                let last = self.last.format("%m-%d").to_string();
                msg::iso_week_range(year, n, &first, &last)
            }
        }
    }
}

impl fmt::Display for Window {
    /// The English label.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label().en)
    }
}

/// Monday … Sunday / 星期一 … 星期日.
pub fn weekday(day: NaiveDate) -> Text {
    crate::i18n::common::weekday(day.weekday()).text()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// April 2022: 清明 holiday Mon 4-04 and Tue 4-05, made up on Sat 4-02.
    fn april() -> Calendar {
        Calendar {
            period: None,
            holidays: [d("2022-04-04"), d("2022-04-05")].into(),
            workdays: [d("2022-04-02")].into(),
        }
    }

    #[test]
    fn holidays_and_make_up_days_move_school_days() {
        let c = april();
        assert!(c.is_school_day(d("2022-04-01")), "a Friday");
        assert!(c.is_school_day(d("2022-04-02")), "a Saturday made up");
        assert!(!c.is_school_day(d("2022-04-03")), "a Sunday");
        assert!(!c.is_school_day(d("2022-04-04")), "a holiday Monday");
        assert!(c.is_school_day(d("2022-04-06")));
    }

    #[test]
    fn day_windows_are_the_school_days_of_the_period() {
        let w = april().windows(WindowSize::Day, d("2022-04-01"), d("2022-04-08"));
        let days: Vec<String> = w.iter().map(|w| w.start.to_string()).collect();
        assert_eq!(
            days,
            [
                "2022-04-01",
                "2022-04-02",
                "2022-04-06",
                "2022-04-07",
                "2022-04-08"
            ]
        );
        assert_eq!(w[0].label().zh, "2022-04-01（星期五）");
        assert_eq!(w[0].to_string(), "2022-04-01 (Friday)");
    }

    #[test]
    fn week_windows_cover_weeks_with_a_school_day_cut_at_the_period() {
        let w = april().windows(WindowSize::Week, d("2022-04-01"), d("2022-04-15"));
        // 3-28..4-03 holds 4-01 and the make-up 4-02; 4-04..4-10 has 4-06..4-08.
        assert_eq!(w.len(), 3);
        assert_eq!(w[0].start, d("2022-03-28"));
        assert_eq!((w[0].first, w[0].last), (d("2022-04-01"), d("2022-04-02")));
        assert_eq!(w[1].label().zh, "2022-W14（04-06 至 04-08）");
        assert_eq!(w[2].label().zh, "2022-W15（04-11 至 04-15）");
        assert_eq!(w[2].label().en, "2022-W15 (04-11 to 04-15)");
        // The first week has 3-28..4-01 and the make-up 4-02: six school
        // days, two of them in the period.
        assert_eq!((w[0].inside, w[0].whole, w[0].is_cut()), (2, 6, true));
        assert_eq!((w[1].inside, w[1].whole, w[1].is_cut()), (3, 3, false));
        // A week of holidays only is no window.
        let mut all_off = april();
        all_off
            .holidays
            .extend(["2022-04-06", "2022-04-07", "2022-04-08"].map(d));
        let w = all_off.windows(WindowSize::Week, d("2022-04-04"), d("2022-04-10"));
        assert!(w.is_empty());
    }
}
