//! A checked expression in words (`rubric::expr::words`): each operator and
//! function as the 规则 sheet, `explain`, the slips and the 明细 lines say it.

include!(concat!(env!("OUT_DIR"), "/i18n/rubric/words.rs"));
