//! `rollup`: combining a term from its periods — why it cannot, and the
//! term's table and workbook.

include!(concat!(env!("OUT_DIR"), "/i18n/audit/rollup.rs"));
