//! The words for writing an output: why a workbook or file could not be
//! written, and rust_xlsxwriter's refusals in Chinese.

include!(concat!(env!("OUT_DIR"), "/i18n/report/write.rs"));
