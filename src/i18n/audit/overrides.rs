//! Manual overrides: reading the file, the rows that cannot apply, and the
//! evidence line an override leaves.

include!(concat!(env!("OUT_DIR"), "/i18n/audit/overrides.rs"));
