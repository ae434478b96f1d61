//! Expressions: evaluating one against a record, and every diagnostic of checking and parsing one.

include!(concat!(env!("OUT_DIR"), "/i18n/rubric/expr.rs"));
