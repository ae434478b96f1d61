//! `analyze`: whether a rubric's scoring is fair — the raters of its
//! weighted rules, the roster's groups, and how much each rule decides.

include!(concat!(env!("OUT_DIR"), "/i18n/audit/analyze.rs"));
