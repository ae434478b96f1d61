//! Scored results read back for `diff` and `rollup`: a workbook `kaohe score`
//! wrote, or its JSON.

include!(concat!(env!("OUT_DIR"), "/i18n/audit/results.rs"));
