//! The catalogue's words every room says: where in a spreadsheet a value
//! is, the days of the week, and a fault of kaohe's own.

include!(concat!(env!("OUT_DIR"), "/i18n/common.rs"));

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
