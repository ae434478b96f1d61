//! Writers: the scored workbook, the JSON summary, and rules in words.
//!
//! Everything here reads a validated [`Rubric`](crate::rubric::Rubric) and an
//! [`Outcome`](crate::engine::Outcome) and never scores anything itself: a
//! number shown in a workbook or JSON is a number the engine produced. Output
//! is deterministic (no clock, no randomness, no hash-map order) so two runs
//! over the same inputs give byte-identical files that CI can compare.

mod atomic;
mod describe;
mod evidence_sheet;
mod json;
pub mod labels;
mod number;
mod problems_sheet;
mod rules_sheet;
mod run_sheet;
mod style;
mod summary_sheet;
mod veto_sheet;
mod workbook;

#[cfg(test)]
mod fixture;

use std::path::PathBuf;

pub use atomic::write_atomically;
pub use describe::describe_rule;
pub use json::{json_summary, json_summary_text};
pub use labels::{labels, Labels};
pub use workbook::workbook_bytes;

use crate::rubric::Locale;

/// How the workbook is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WriteOptions {
    /// The language of sheet names, headers and rule descriptions.
    pub locale: Locale,
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
