//! The rubric: the TOML file model (`file`), its validated form (`model`),
//! the compiler between them (`compile`) and the expressions its rules are
//! written in (`expr`).

pub mod adjust;
pub mod calendar;
mod compile;
pub mod error;
pub mod expr;
pub mod file;
pub mod model;
pub mod naming;
pub mod pay;
pub mod quota;
pub mod rounding;
pub mod table;

use std::path::Path;

use crate::provenance::display_path;

pub use adjust::{Adjustment, Requirement};
pub use compile::compile;
pub use error::{Diagnostic, RubricError};
pub use file::NUM_LIMIT;
pub use model::*;
pub use pay::{Pay, PayMethod, Pools, VetoedPay};
pub use quota::{Quota, QuotaCounts, TieBreak, TiePolicy, VetoedInQuota};

/// A rubric loaded from disk, with the text it was compiled from (its digest
/// goes into the run record).
#[derive(Debug)]
pub struct LoadedRubric {
    /// The validated rubric.
    pub rubric: Rubric,
    /// The path as given.
    pub path: String,
    /// The file's bytes, as read.
    pub bytes: Vec<u8>,
}

/// Reads and compiles a rubric file.
///
/// # Errors
/// [`RubricError::Io`] when the file cannot be read, [`RubricError::NotUtf8`]
/// when it is not UTF-8 text;
/// [`RubricError::Invalid`] with every located problem otherwise.
pub fn load(path: &Path) -> Result<LoadedRubric, RubricError> {
    let display = display_path(path);
    let bytes = std::fs::read(path).map_err(|source| RubricError::Io {
        path: display.clone(),
        source,
    })?;
    from_bytes(display, bytes)
}

/// Compiles a rubric's bytes, named `display` in messages and the run
/// record as if read from that path: `kaohe serve` holds a dropped rubric
/// in memory.
///
/// # Errors
/// [`RubricError::NotUtf8`] when the bytes are not UTF-8 text;
/// [`RubricError::Invalid`] with every located problem otherwise.
pub fn from_bytes(display: String, bytes: Vec<u8>) -> Result<LoadedRubric, RubricError> {
    let text = std::str::from_utf8(&bytes).map_err(|source| RubricError::NotUtf8 {
        path: display.clone(),
        source,
    })?;
    let rubric = compile(&display, text.trim_start_matches('\u{feff}'))?;
    Ok(LoadedRubric {
        rubric,
        path: display,
        bytes,
    })
}
