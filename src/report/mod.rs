//! Writers: the scored workbook, the JSON summary, and rules in words.
//!
//! Everything here reads a validated [`Rubric`](crate::rubric::Rubric) and an
//! [`Outcome`](crate::engine::Outcome) and never scores anything itself: a
//! number shown in a workbook or JSON is a number the engine produced. Output
//! is deterministic (no clock, no randomness, no hash-map order) so two runs
//! over the same inputs give byte-identical files that CI can compare.

pub mod appeals_sheet;
mod atomic;
mod bilingual;
mod csv;
mod describe;
mod district;
mod evidence_sheet;
mod fit;
mod json;
pub mod labels;
mod number;
pub mod pay_basis;
mod pay_sheet;
mod print_sheet;
mod problems_sheet;
pub mod publish;
pub mod publish_book;
pub mod quota_basis;
mod rules_sheet;
pub(crate) mod run_sheet;
mod saved;
pub(crate) mod sheet;
mod slips_sheet;
mod stats_sheet;
pub(crate) mod style;
mod summary_sheet;
mod template;
mod veto_count_sheet;
mod veto_sheet;
mod workbook;

#[cfg(test)]
mod fixture;

use std::num::NonZeroUsize;
use std::path::PathBuf;

pub use atomic::{interrupt, write_atomically, write_new};
pub use csv::{neutralise, summary_csv, summary_csv_in};
pub use describe::{describe_adjustment, describe_quota, describe_rule, describe_threshold};
pub use district::{
    district_file_name, district_json, district_workbook_bytes, refuse_across_schools, District,
    Failure, SchoolReport, SchoolStatus, ScoredSchool, TeacherLine,
};
pub use json::{json_summary, json_summary_text};
pub use labels::{labels, Labels};
pub use saved::save_workbook;
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
    #[error("{}", crate::i18n::report::workbook_not_built())]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    /// A file could not be written.
    #[error(
        "{}",
        crate::i18n::report::cannot_write(crate::provenance::display_path(path))
    )]
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
            (ReportError::Xlsx(_), Locale::Zh) => {
                crate::i18n::report::workbook_not_built().zh.to_string()
            }
            (ReportError::Io { path, .. }, Locale::Zh) => {
                crate::i18n::report::cannot_write(crate::provenance::display_path(path)).zh
            }
        }
    }
}

/// rust_xlsxwriter's refusals in either language: it says them in English
/// only. The limits a scored workbook can meet (rows, text length, sheet
/// names, the scratch files of its constant-memory sheets) are said in
/// Chinese words; anything else keeps its English text in brackets, for
/// whoever investigates.
impl crate::i18n::Localize for rust_xlsxwriter::XlsxError {
    fn localized(&self, locale: Locale) -> String {
        use crate::i18n::report as msg;
        use rust_xlsxwriter::XlsxError as X;
        if locale == Locale::En {
            return self.to_string();
        }
        match self {
            X::RowColumnLimitError => msg::xlsx_row_column_limit().zh.to_string(),
            X::MaxStringLengthExceeded => msg::xlsx_text_too_long().zh.to_string(),
            X::MaxUrlLengthExceeded => msg::xlsx_link_too_long().zh.to_string(),
            X::SheetnameCannotBeBlank(name) => msg::xlsx_sheet_name_blank(name).zh,
            X::SheetnameLengthExceeded(name) => msg::xlsx_sheet_name_too_long(name).zh,
            X::SheetnameReused(name) => msg::xlsx_sheet_name_reused(name).zh,
            X::SheetnameContainsInvalidCharacter(name) => {
                msg::xlsx_sheet_name_invalid_character(name).zh
            }
            X::SheetnameStartsOrEndsWithApostrophe(name) => {
                msg::xlsx_sheet_name_apostrophe(name).zh
            }
            X::TempFileError(dir, e) => {
                let dir = crate::provenance::display_path(dir);
                msg::xlsx_temporary_file(dir, &crate::input::io_reason(e)).zh
            }
            X::IoError(e) => crate::input::io_reason(e).zh,
            other => msg::xlsx_other(other).zh,
        }
    }
}

#[cfg(test)]
mod error_tests {
    use super::*;
    use crate::i18n::Localize;

    #[test]
    fn xlsx_refusals_speak_both_languages() {
        use rust_xlsxwriter::XlsxError as X;
        let limit = X::RowColumnLimitError;
        assert_eq!(limit.localized(Locale::En), limit.to_string());
        assert_eq!(
            limit.localized(Locale::Zh),
            "超出了 xlsx 工作表的行列上限（1048576 行、16384 列）"
        );
        let temp = X::TempFileError(
            "/tmp".into(),
            std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        );
        assert!(temp
            .localized(Locale::Zh)
            .starts_with("无法在 /tmp 中创建临时文件：没有权限访问"));
        for e in [
            X::MaxStringLengthExceeded,
            X::SheetnameReused("汇总".into()),
            X::SheetnameLengthExceeded("x".repeat(40)),
            X::SheetnameContainsInvalidCharacter("a/b".into()),
        ] {
            let zh = e.localized(Locale::Zh);
            assert_eq!(
                crate::input::english_words(&zh, &["xlsx", &"x".repeat(40)]),
                Vec::<String>::new(),
                "{zh}"
            );
        }
    }

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
