//! The words of appeals (申诉) in the scored workbook: the evidence kind an
//! accepted appeal leaves in 明细, and the 申诉 sheet's name and headers.

include!(concat!(env!("OUT_DIR"), "/i18n/report/appeals.rs"));
