//! The catalogue's words for reading exports: files, sheets, headers, cells and the problems found in them.

include!(concat!(env!("OUT_DIR"), "/i18n/input.rs"));
