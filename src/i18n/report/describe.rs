//! The rules in words, for the 规则 sheet and `explain`: what one record
//! does, which records count, what limits the result, and what acts on a
//! category or the total (threshold, adjustment, quota).

include!(concat!(env!("OUT_DIR"), "/i18n/report/describe.rs"));
