//! The catalogue's words for the calendar: the days of the week.

include!(concat!(env!("OUT_DIR"), "/i18n/calendar.rs"));

/// A weekday's name: `Thursday`, `星期四` (as exports write it too).
pub const fn weekday(day: chrono::Weekday) -> crate::i18n::Word {
    match day {
        chrono::Weekday::Mon => monday(),
        chrono::Weekday::Tue => tuesday(),
        chrono::Weekday::Wed => wednesday(),
        chrono::Weekday::Thu => thursday(),
        chrono::Weekday::Fri => friday(),
        chrono::Weekday::Sat => saturday(),
        chrono::Weekday::Sun => sunday(),
    }
}
