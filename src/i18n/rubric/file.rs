//! The rubric file as a whole: reading it, its top-level keys, rounding modes, the calendar, `[[adjust]]`, grades, vetoes, quotas and the roster.

include!(concat!(env!("OUT_DIR"), "/i18n/rubric/file.rs"));
