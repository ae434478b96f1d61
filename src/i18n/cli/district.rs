//! `score --by-school`: a district scored a school at a time.

include!(concat!(env!("OUT_DIR"), "/i18n/cli/district.rs"));
