//! The district summary's own words (区汇总.xlsx); the words it shares with
//! the school workbook are the sheet entries.

include!(concat!(env!("OUT_DIR"), "/i18n/report/district.rs"));
