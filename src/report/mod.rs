//! Writers: the scored workbook, the JSON summary, and rules in words.
//!
//! Everything here reads a validated [`Rubric`](crate::rubric::Rubric) and an
//! [`Outcome`](crate::engine::Outcome) and never scores anything itself: a
//! number shown in a workbook or JSON is a number the engine produced. Output
//! is deterministic (no clock, no randomness, no hash-map order) so two runs
//! over the same inputs give byte-identical files that CI can compare.

mod atomic;
mod csv;
mod describe;
mod district;
mod evidence_sheet;
mod json;
pub mod labels;
mod number;
mod problems_sheet;
pub mod quota_basis;
mod rules_sheet;
mod run_sheet;
mod slips_sheet;
mod stats_sheet;
mod style;
mod summary_sheet;
mod template;
mod veto_sheet;
mod workbook;

#[cfg(test)]
mod fixture;

use std::num::NonZeroUsize;
use std::path::PathBuf;

pub use atomic::{interrupt, write_atomically};
pub use csv::{neutralise, summary_csv};
pub use describe::{describe_adjustment, describe_quota, describe_rule, describe_threshold};
pub use district::{
    district_file_name, district_json, district_workbook_bytes, District, Failure, SchoolReport,
    SchoolStatus, ScoredSchool, TeacherLine,
};
pub use json::{json_summary, json_summary_text};
pub use labels::{labels, Labels};
pub use template::{template_bytes, template_file_name, TemplateError};
pub use workbook::{workbook_bytes, workbook_bytes_with};

use crate::rubric::Locale;

/// How the workbook is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WriteOptions {
    /// The language of sheet names, headers and rule descriptions.
    pub locale: Locale,
}

/// What the workbook holds beyond its standard sheets, and how 汇总 is
/// paged when printed. The default is the standard workbook.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Layout {
    /// Adds the 个人 sheet: one printable slip (个人考核结果) per teacher,
    /// each on its own page, to hand out or sign.
    pub slips: bool,
    /// Starts a new printed page of 汇总 after this many teachers, so each
    /// school or group prints on its own sheets of paper. A page still breaks
    /// earlier if this many rows do not fit on it.
    pub rows_per_page: Option<NonZeroUsize>,
}

/// Why an output could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The workbook could not be assembled in memory (a limit of the format,
    /// such as a sheet name or cell text too long).
    #[error("cannot build the workbook")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    /// A file could not be written.
    #[error("cannot write {}", path.display())]
    Io {
        /// The file the user asked for (not the temporary file), so the
        /// message names something they recognise.
        path: PathBuf,
        /// The underlying failure.
        #[source]
        source: std::io::Error,
    },
}

impl crate::i18n::Localize for ReportError {
    /// The failure without its cause: the cause is the next link of the
    /// error chain, shown after it.
    fn localized(&self, locale: Locale) -> String {
        match (self, locale) {
            (_, Locale::En) => self.to_string(),
            (ReportError::Xlsx(_), Locale::Zh) => "无法生成工作簿".to_string(),
            (ReportError::Io { path, .. }, Locale::Zh) => format!("无法写入 {}", path.display()),
        }
    }
}

#[cfg(test)]
mod error_tests {
    use super::*;
    use crate::i18n::Localize;

    #[test]
    fn every_report_error_speaks_both_languages() {
        let xlsx = ReportError::Xlsx(rust_xlsxwriter::XlsxError::SheetnameCannotBeBlank(
            String::new(),
        ));
        assert_eq!(xlsx.localized(Locale::En), "cannot build the workbook");
        assert_eq!(xlsx.localized(Locale::Zh), "无法生成工作簿");
        let io = ReportError::Io {
            path: "结果.xlsx".into(),
            source: std::io::Error::other("disk full"),
        };
        assert_eq!(io.localized(Locale::En), "cannot write 结果.xlsx");
        assert_eq!(io.localized(Locale::Zh), "无法写入 结果.xlsx");
    }
}
