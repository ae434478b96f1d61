//! `explain`: finding the teacher asked for, and the tree of one teacher's
//! score and grade.

include!(concat!(env!("OUT_DIR"), "/i18n/audit/explain.rs"));
