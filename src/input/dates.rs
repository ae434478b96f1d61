//! Dates and times as exports write them: Excel serial numbers, ISO text,
//! Chinese forms (`2022年3月1日`, `3月1日`), DingTalk's `24-03-04 星期一`,
//! and API millisecond timestamps. Calendar arithmetic is chrono's; only the
//! Excel epoch is calamine's.

use calamine::{ExcelDateTime, ExcelDateTimeType};
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use unicode_normalization::UnicodeNormalization;

/// Why a text is not a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateFail {
    /// A month and day without a year, and no year was given to assume.
    NeedsYear,
    /// Not a date form this reader knows.
    Invalid,
    /// A two-digit year that could be read in more than one order
    /// (`01/12/22`, `15-03-22`).
    Ambiguous,
    /// A weekday written beside the date that is not the date's weekday
    /// (`22-03-01 星期三`: 2022-03-01 is a Tuesday): the date or the
    /// weekday is wrong, and which one is not for a program to guess.
    WrongWeekday {
        date: NaiveDate,
        written: chrono::Weekday,
    },
}

/// The largest serial Excel accepts (9999-12-31).
const MAX_SERIAL: f64 = 2_958_465.999_999;

/// The days scored, which give a month and day written without a year
/// (`12月20日`, `1月10日`) its year: the one that puts the day inside them.
/// An autumn term crosses New Year, so one year for every such date would
/// put January in the wrong one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearHint {
    /// First day scored.
    pub from: NaiveDate,
    /// Last day scored.
    pub to: NaiveDate,
}

impl YearHint {
    /// The date of `month`/`day` inside the days scored; when no year puts it
    /// there, the year that puts it nearest them, so it reads as outside the
    /// period (and a message shows how far). `None` when no year around the
    /// period has such a day (31 February; 29 February outside leap years).
    pub(crate) fn place(&self, month: u32, day: u32) -> Option<NaiveDate> {
        use chrono::Datelike;
        let first = self.from.year().checked_sub(1)?;
        let last = self.to.year().checked_add(1)?;
        let candidates = (first..=last).filter_map(|y| NaiveDate::from_ymd_opt(y, month, day));
        let distance = |d: &NaiveDate| {
            if *d < self.from {
                (self.from - *d).num_days()
            } else if *d > self.to {
                (*d - self.to).num_days()
            } else {
                0
            }
        };
        // Ties (a day as far before as after) take the earlier year: records
        // are exported after the fact.
        candidates.min_by_key(|d| (distance(d), *d))
    }
}

/// A calendar month, as `--period` names it (`2022-03`): what a file's
/// records or its title say it covers, to set against the period scored
/// and to suggest when the period is another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    /// The year.
    pub year: i32,
    /// 1–12.
    pub month: u32,
}

impl Month {
    /// The month a date is in.
    pub fn of(date: NaiveDate) -> Month {
        Month {
            year: date.year(),
            month: date.month(),
        }
    }

    /// Its first day; `None` for a month that is not one (13).
    pub fn first(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month, 1)
    }

    /// Its last day (the 28th to the 31st).
    pub fn last(self) -> Option<NaiveDate> {
        (28..=31)
            .rev()
            .find_map(|d| NaiveDate::from_ymd_opt(self.year, self.month, d))
    }

    /// Whether any of its days is in `from`..=`to`.
    pub fn meets(self, from: NaiveDate, to: NaiveDate) -> bool {
        self.first()
            .zip(self.last())
            .is_some_and(|(a, b)| a <= to && b >= from)
    }

    /// Whether it is exactly the days `from`..=`to`.
    pub fn is(self, from: NaiveDate, to: NaiveDate) -> bool {
        self.first() == Some(from) && self.last() == Some(to)
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{:02}", self.year, self.month)
    }
}

/// An Excel serial day number (with a day fraction for the time) as a
/// datetime, in the 1900 or 1904 date system. `None` outside Excel's range.
pub(crate) fn from_serial(serial: f64, is_1904: bool) -> Option<NaiveDateTime> {
    if !serial.is_finite() || !(1.0..=MAX_SERIAL).contains(&serial) {
        return None;
    }
    ExcelDateTime::new(serial, ExcelDateTimeType::DateTime, is_1904).as_datetime()
}

/// An Excel date cell as a datetime, `None` outside Excel's range (calamine
/// would otherwise overflow on a nonsense value in a date-formatted cell).
pub(crate) fn from_excel(t: &ExcelDateTime) -> Option<NaiveDateTime> {
    let serial = t.as_f64();
    if !serial.is_finite() || !(0.0..=MAX_SERIAL).contains(&serial) {
        return None;
    }
    t.as_datetime()
}

/// Parses a date or datetime written as text. The time is `None` when the
/// text has none. `year_hint` supplies the year of forms like `3月1日`.
pub(crate) fn parse_date_text(
    text: &str,
    year_hint: Option<YearHint>,
) -> Result<(NaiveDate, Option<NaiveTime>), DateFail> {
    let folded: String = text.nfkc().collect();
    let s = folded.trim();
    if s.is_empty() {
        return Err(DateFail::Invalid);
    }
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return parse_all_digits(s);
    }
    // ISO puts a `T` between date and time; treat it like a space.
    let spaced;
    let s = match s.find('T') {
        Some(i) if i > 0 && s[i + 1..].starts_with(|c: char| c.is_ascii_digit()) => {
            spaced = format!("{} {}", &s[..i], &s[i + 1..]);
            spaced.as_str()
        }
        _ => s,
    };
    let mut tokens = s.split_whitespace();
    let first = tokens.next().ok_or(DateFail::Invalid)?;
    let (date_token, glued) = strip_weekday(first);
    let mut weekday = glued;
    let mut time = None;
    for token in tokens {
        if let Some(w) = weekday_of(token) {
            if weekday.is_some() {
                return Err(DateFail::Invalid);
            }
            weekday = Some(w);
            continue;
        }
        if time.is_some() {
            return Err(DateFail::Invalid);
        }
        time = Some(parse_time(token).ok_or(DateFail::Invalid)?);
    }
    let date = parse_date_token(date_token, year_hint, weekday.is_some())?;
    if let Some(written) = weekday {
        if date.weekday() != written {
            return Err(DateFail::WrongWeekday { date, written });
        }
    }
    Ok((date, time))
}

/// 8 digits are `YYYYMMDD`; 13 digits are a millisecond timestamp.
fn parse_all_digits(s: &str) -> Result<(NaiveDate, Option<NaiveTime>), DateFail> {
    match s.len() {
        8 => {
            let y = s[..4].parse().map_err(|_| DateFail::Invalid)?;
            let m = s[4..6].parse().map_err(|_| DateFail::Invalid)?;
            let d = s[6..].parse().map_err(|_| DateFail::Invalid)?;
            let date = NaiveDate::from_ymd_opt(y, m, d).ok_or(DateFail::Invalid)?;
            Ok((date, None))
        }
        13 => {
            let ms: i64 = s.parse().map_err(|_| DateFail::Invalid)?;
            let dt = from_millis(ms).ok_or(DateFail::Invalid)?;
            Ok((dt.date(), Some(dt.time())))
        }
        _ => Err(DateFail::Invalid),
    }
}

/// A millisecond Unix timestamp as China Standard Time (UTC+8, no daylight
/// saving), the zone of the platforms and schools whose exports these are.
pub(crate) fn from_millis(ms: i64) -> Option<NaiveDateTime> {
    let cst = FixedOffset::east_opt(8 * 3600)?;
    DateTime::from_timestamp_millis(ms).map(|t| t.with_timezone(&cst).naive_local())
}

const WEEKDAY_MARKERS: [&str; 3] = ["星期", "礼拜", "周"];
const WEEKDAY_DAYS: [char; 8] = ['一', '二', '三', '四', '五', '六', '日', '天'];

/// The weekday of `星期一`, `周日`, `(周一)` and the like.
fn weekday_of(token: &str) -> Option<Weekday> {
    let t = token.trim_start_matches('(').trim_end_matches(')');
    WEEKDAY_MARKERS.iter().find_map(|m| {
        let rest = t.strip_prefix(m)?;
        let mut chars = rest.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => day_of(c),
            _ => None,
        }
    })
}

fn day_of(c: char) -> Option<Weekday> {
    let i = WEEKDAY_DAYS.iter().position(|d| *d == c)?;
    Some(match i {
        0 => Weekday::Mon,
        1 => Weekday::Tue,
        2 => Weekday::Wed,
        3 => Weekday::Thu,
        4 => Weekday::Fri,
        5 => Weekday::Sat,
        _ => Weekday::Sun,
    })
}

/// Splits a weekday written right after the date (`24-03-04星期一`) from it.
fn strip_weekday(token: &str) -> (&str, Option<Weekday>) {
    for (i, _) in token.char_indices().skip(1) {
        if let Some(w) = weekday_of(&token[i..]) {
            return (&token[..i], Some(w));
        }
    }
    (token, None)
}

/// Splits `2022年3月1日` into `[(2022, 4 digits, '年'), (3, 1, '月'), (1, 1, '日')]`.
fn number_groups(token: &str) -> Option<Vec<(u32, usize, Option<char>)>> {
    let mut groups = Vec::with_capacity(3);
    let mut chars = token.chars().peekable();
    while chars.peek().is_some() {
        let mut value: u32 = 0;
        let mut digits = 0usize;
        while let Some(d) = chars.peek().and_then(|c| c.to_digit(10)) {
            value = value.checked_mul(10)?.checked_add(d)?;
            digits += 1;
            chars.next();
        }
        if digits == 0 || groups.len() == 3 {
            return None;
        }
        let sep = chars.next();
        if sep.is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
        groups.push((value, digits, sep));
    }
    Some(groups)
}

/// `weekday`: a weekday is written beside the date, which is what makes
/// DingTalk's two-digit year (`22-03-01 星期二`) certain.
fn parse_date_token(
    token: &str,
    year_hint: Option<YearHint>,
    weekday: bool,
) -> Result<NaiveDate, DateFail> {
    let groups = number_groups(token).ok_or(DateFail::Invalid)?;
    let (y, m, d) = match groups.as_slice() {
        [(y, yd, Some(s1)), (m, md, Some(s2)), (d, dd, s3)] if *md <= 2 && *dd <= 2 => {
            let ends_ok = match (s1, s2) {
                ('年', '月') => matches!(s3, None | Some('日') | Some('号')),
                (a, b) if a == b && matches!(a, '-' | '/' | '.') => s3.is_none(),
                _ => false,
            };
            if !ends_ok {
                return Err(DateFail::Invalid);
            }
            let year = match yd {
                4 => i32::try_from(*y).map_err(|_| DateFail::Invalid)?,
                // DingTalk writes `24-03-04 星期一`: year first, this
                // century, and the weekday beside it confirms the order.
                // Without one, `01/12/22` or `15-03-22` may as well be day
                // or month first (British, American), so it is refused.
                2 if *s1 == '-' && weekday => {
                    2000 + i32::try_from(*y).map_err(|_| DateFail::Invalid)?
                }
                2 if *s1 != '年' => return Err(DateFail::Ambiguous),
                _ => return Err(DateFail::Invalid),
            };
            (year, *m, *d)
        }
        [(m, md, Some('月')), (d, dd, None | Some('日') | Some('号'))] if *md <= 2 && *dd <= 2 =>
        {
            let hint = year_hint.ok_or(DateFail::NeedsYear)?;
            return hint.place(*m, *d).ok_or(DateFail::Invalid);
        }
        _ => return Err(DateFail::Invalid),
    };
    NaiveDate::from_ymd_opt(y, m, d).ok_or(DateFail::Invalid)
}

/// A time of day written as text: `07:41`, `7:41:05`, full-width digits
/// and colon folded.
pub(crate) fn time_of_day_text(s: &str) -> Option<NaiveTime> {
    let folded: String = s.nfkc().collect();
    parse_time(folded.trim())
}

/// The word DingTalk writes before a punch after midnight: `次日 01:10`.
pub(crate) const NEXT_DAY: &str = "次日";

/// A punch time as DingTalk writes it beside a date column: a time of day,
/// or [`NEXT_DAY`] and one (`次日 01:10`, `次日01:10`), with how many days
/// after the row's date it falls.
pub(crate) fn clock_on_day(s: &str) -> Option<(u32, NaiveTime)> {
    let folded: String = s.nfkc().collect();
    let t = folded.trim();
    match t.strip_prefix(NEXT_DAY) {
        Some(rest) => parse_time(rest.trim()).map(|time| (1, time)),
        None => parse_time(t).map(|time| (0, time)),
    }
}

/// The time of day of an Excel day fraction (0.5 is 12:00), to the second;
/// a whole day or more is not a time of day.
pub(crate) fn time_from_days(days: f64) -> Option<NaiveTime> {
    let seconds = (days * 86_400.0).round();
    if !(0.0..86_400.0).contains(&seconds) {
        return None;
    }
    // In range, so the cast is exact.
    NaiveTime::from_num_seconds_from_midnight_opt(seconds as u32, 0)
}

/// `7:41`, `07:41:00`, `07:41:00.5` (the fraction of a second is dropped).
fn parse_time(token: &str) -> Option<NaiveTime> {
    let mut parts = token.split(':');
    let h: u32 = parse_small(parts.next()?)?;
    let m: u32 = parse_small(parts.next()?)?;
    let s: u32 = match parts.next() {
        Some(sec) => parse_small(sec.split('.').next()?)?,
        None => 0,
    };
    if parts.next().is_some() {
        return None;
    }
    NaiveTime::from_hms_opt(h, m, s)
}

fn parse_small(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn date_of(s: &str) -> Result<NaiveDate, DateFail> {
        parse_date_text(s, None).map(|(d, _)| d)
    }

    /// A rubric compares times of day to the minute (`time(x) >= time("18:00")`)
    /// and subtracts datetimes (`graded_at - due <= duration("24h")`): a
    /// datetime cell, a float of days, must read back as the very minute a
    /// CSV writes as text, never a millisecond either side.
    #[test]
    fn every_minute_of_a_datetime_cell_reads_back_exactly() {
        use calamine::ExcelDateTimeType;
        let day = d(2022, 4, 6);
        let serial_day = 44657.0; // 2022-04-06
        for minute in 0..24 * 60 {
            let serial = serial_day + f64::from(minute) / 1440.0;
            let cell = ExcelDateTime::new(serial, ExcelDateTimeType::DateTime, false);
            let want = day.and_hms_opt(minute / 60, minute % 60, 0);
            assert_eq!(from_excel(&cell), want, "minute {minute}");
        }
    }

    #[test]
    fn every_written_date_form() {
        assert_eq!(date_of("2022-03-01"), Ok(d(2022, 3, 1)));
        assert_eq!(date_of("2022/3/1"), Ok(d(2022, 3, 1)));
        assert_eq!(date_of("2022.3.1"), Ok(d(2022, 3, 1)));
        assert_eq!(date_of("2022年3月1日"), Ok(d(2022, 3, 1)));
        assert_eq!(date_of("2022年3月1号"), Ok(d(2022, 3, 1)));
        assert_eq!(date_of("２０２２年３月１日"), Ok(d(2022, 3, 1)));
        assert_eq!(date_of("20220301"), Ok(d(2022, 3, 1)));
        assert_eq!(date_of(" 2022-03-01 "), Ok(d(2022, 3, 1)));
    }

    #[test]
    fn dingtalk_two_digit_year_with_weekday() {
        assert_eq!(date_of("24-03-04 星期一"), Ok(d(2024, 3, 4)));
        assert_eq!(date_of("24-03-04星期一"), Ok(d(2024, 3, 4)));
        assert_eq!(date_of("2024-03-04 (周一)"), Ok(d(2024, 3, 4)));
        let (date, time) = parse_date_text("24-03-04 星期一 07:41", None).unwrap();
        assert_eq!(date, d(2024, 3, 4));
        assert_eq!(time, NaiveTime::from_hms_opt(7, 41, 0));
    }

    fn hint(from: NaiveDate, to: NaiveDate) -> Option<YearHint> {
        Some(YearHint { from, to })
    }

    #[test]
    fn two_digit_years_without_a_weekday_are_ambiguous() {
        for s in [
            "01/12/22", "15/03/22", "22/03/01", "22.3.1", "15-03-22", "22-03-01",
        ] {
            assert_eq!(date_of(s), Err(DateFail::Ambiguous), "{s}");
        }
        // Day or month first with a four-digit year is no form at all.
        assert_eq!(date_of("15/03/2022"), Err(DateFail::Invalid));
        assert_eq!(date_of("3/1/2022"), Err(DateFail::Invalid));
    }

    #[test]
    fn a_weekday_that_is_not_the_dates_is_refused() {
        assert_eq!(
            date_of("22-03-01 星期三"),
            Err(DateFail::WrongWeekday {
                date: d(2022, 3, 1),
                written: Weekday::Wed
            })
        );
        assert_eq!(date_of("22-03-01 星期二"), Ok(d(2022, 3, 1)));
        assert_eq!(date_of("22-03-06 周日"), Ok(d(2022, 3, 6)));
        assert_eq!(date_of("22-03-06 星期天"), Ok(d(2022, 3, 6)));
        assert!(matches!(
            date_of("2022-03-01(周一)"),
            Err(DateFail::WrongWeekday { .. })
        ));
        assert!(matches!(
            parse_date_text("24-03-05 星期一 07:41", None),
            Err(DateFail::WrongWeekday { .. })
        ));
        assert_eq!(date_of("22-03-01 星期二 星期二"), Err(DateFail::Invalid));
    }

    #[test]
    fn month_day_needs_a_year() {
        assert_eq!(date_of("3月1日"), Err(DateFail::NeedsYear));
        assert_eq!(
            parse_date_text("3月1日", hint(d(2022, 3, 1), d(2022, 3, 31))).map(|(d, _)| d),
            Ok(d(2022, 3, 1))
        );
    }

    #[test]
    fn month_day_takes_the_year_that_puts_it_in_the_period() {
        // An autumn term crosses New Year.
        let term = hint(d(2022, 9, 1), d(2023, 1, 31));
        let on = |s: &str| parse_date_text(s, term).map(|(d, _)| d);
        assert_eq!(on("12月20日"), Ok(d(2022, 12, 20)));
        assert_eq!(on("1月10日"), Ok(d(2023, 1, 10)));
        assert_eq!(on("9月1号"), Ok(d(2022, 9, 1)));
        // Outside whatever the year: the nearest, so it reads as outside.
        assert_eq!(on("3月7日"), Ok(d(2023, 3, 7)));
        assert_eq!(on("8月20日"), Ok(d(2022, 8, 20)));
        let march = hint(d(2023, 3, 1), d(2023, 3, 31));
        assert_eq!(
            parse_date_text("12月31日", march).map(|(d, _)| d),
            Ok(d(2022, 12, 31))
        );
        // 29 February exists only in a leap year near the period.
        let spring = hint(d(2024, 2, 1), d(2024, 2, 29));
        assert_eq!(
            parse_date_text("2月29日", spring).map(|(d, _)| d),
            Ok(d(2024, 2, 29))
        );
        assert_eq!(
            parse_date_text("2月30日", spring).map(|(d, _)| d),
            Err(DateFail::Invalid)
        );
    }

    #[test]
    fn datetimes_keep_their_time() {
        let t = |h, m, s| NaiveTime::from_hms_opt(h, m, s);
        assert_eq!(
            parse_date_text("2022-03-01 07:41", None),
            Ok((d(2022, 3, 1), t(7, 41, 0)))
        );
        assert_eq!(
            parse_date_text("2022/3/1 7:41:00", None),
            Ok((d(2022, 3, 1), t(7, 41, 0)))
        );
        assert_eq!(
            parse_date_text("2022-03-01T07:41:05", None),
            Ok((d(2022, 3, 1), t(7, 41, 5)))
        );
    }

    #[test]
    fn millisecond_timestamps_are_china_time() {
        // 2022-03-01 00:00 UTC is 08:00 in Beijing.
        let (date, time) = parse_date_text("1646092800000", None).unwrap();
        assert_eq!(date, d(2022, 3, 1));
        assert_eq!(time, NaiveTime::from_hms_opt(8, 0, 0));
    }

    #[test]
    fn times_of_day_and_punches_after_midnight() {
        let t = |h, m, s| NaiveTime::from_hms_opt(h, m, s);
        assert_eq!(time_of_day_text(" 7:41 "), t(7, 41, 0));
        assert_eq!(time_of_day_text("07:41:05"), t(7, 41, 5));
        assert_eq!(time_of_day_text("０７：４１"), t(7, 41, 0));
        assert_eq!(time_of_day_text("25:00"), None);
        assert_eq!(time_of_day_text("次日 01:10"), None);
        assert_eq!(clock_on_day("18:09"), t(18, 9, 0).map(|t| (0, t)));
        for next in ["次日 01:10", "次日01:10", " 次日　01:10"] {
            assert_eq!(clock_on_day(next), t(1, 10, 0).map(|t| (1, t)), "{next}");
        }
        assert_eq!(clock_on_day("次日"), None);
        assert_eq!(time_from_days(0.5), t(12, 0, 0));
        assert_eq!(time_from_days(7.0 / 24.0 + 41.0 / 1440.0), t(7, 41, 0));
        assert_eq!(time_from_days(1.0), None);
        assert_eq!(time_from_days(-0.1), None);
    }

    #[test]
    fn nonsense_is_not_a_date() {
        for s in [
            "",
            "正常",
            "2022-13-01",
            "2022-02-30",
            "2022-03",
            "2022/03-01",
            "3/1",
            "1234567",
            "2022-03-01 25:00",
            "2022-03-01 abc",
            "99999-1-1",
            "2022年3月1日日",
        ] {
            assert_eq!(date_of(s), Err(DateFail::Invalid), "{s}");
        }
    }

    #[test]
    fn excel_serials_in_both_date_systems() {
        assert_eq!(
            from_serial(44621.0, false).map(|t| t.date()),
            Some(d(2022, 3, 1))
        );
        assert_eq!(
            from_serial(44621.5, false).map(|t| t.time()),
            NaiveTime::from_hms_opt(12, 0, 0)
        );
        assert_eq!(
            from_serial(43159.0, true).map(|t| t.date()),
            Some(d(2022, 3, 1))
        );
        assert_eq!(from_serial(-1.0, false), None);
        assert_eq!(from_serial(f64::NAN, false), None);
        assert_eq!(from_serial(1e12, false), None);
    }
}
