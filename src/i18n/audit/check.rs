//! `check`: findings about a rubric and about a month's inputs, and their count.

include!(concat!(env!("OUT_DIR"), "/i18n/audit/check.rs"));
