//! The catalogue's words every room says: where in a spreadsheet a value
//! is, and a fault of kaohe's own.

include!(concat!(env!("OUT_DIR"), "/i18n/common.rs"));
