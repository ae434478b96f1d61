//! `diff`: what differs between two sets of results — the warnings, the
//! terminal table and summary, and the workbook.

include!(concat!(env!("OUT_DIR"), "/i18n/audit/diff.rs"));
