//! The workbook's fixed words: sheet names, column headers, section titles,
//! the kinds of evidence line, and the blank templates' words.

include!(concat!(env!("OUT_DIR"), "/i18n/report/sheets.rs"));
