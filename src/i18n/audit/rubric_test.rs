//! `test`: a rubric's worked examples — the tests file, its cases, what a
//! case got wrong, and the report.

include!(concat!(env!("OUT_DIR"), "/i18n/audit/rubric_test.rs"));
