//! Appeals (申诉): reading the appeals file, the rows that cannot apply,
//! the evidence line an accepted appeal leaves, `explain`'s lines and
//! `publish`'s refusal while appeals are pending.

include!(concat!(env!("OUT_DIR"), "/i18n/audit/appeals.rs"));
