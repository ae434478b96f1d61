//! What is said about a rubric's `[pay]`.

include!(concat!(env!("OUT_DIR"), "/i18n/rubric/pay.rs"));
