//! The files an office writes by hand beside the month's exports (overrides
//! and appeals): read with a fixed schema, hashed for the run record, and
//! each row kept or refused with its reason.

use std::path::Path;

use crate::engine::{FileDigest, InputFile, SheetInfo};
use crate::i18n::{audit as msg, Text};
use crate::input::{self, InputError, ReadOptions, Record, SourceSchema};
use crate::provenance::{display_path, Provenance};

/// One row of an overrides or appeals file that cannot apply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverrideProblem {
    /// The row (or cell's row).
    pub origin: Option<Provenance>,
    /// What is wrong and what would be accepted, in both languages.
    pub message: Text,
}

/// A hand-made file as read: the rows it keeps, and what the run record
/// and the refusal need besides.
#[derive(Debug, Clone)]
pub struct SideFile<T> {
    /// The rows that could be read, in file order.
    pub rows: Vec<T>,
    /// Its path as shown and its SHA-256.
    pub file: FileDigest,
    /// The sheets read, as the run record lists them.
    pub sheets: Vec<SheetInfo>,
    /// Rows that cannot apply, then cells that did not read.
    pub problems: Vec<OverrideProblem>,
}

/// Why a hand-made file could not be read at all.
pub(super) enum SideError {
    /// It could not be opened or hashed: the path as shown, and why.
    Io(String, Text),
    /// It is not a table the schema reads (a missing column, say).
    Read(InputError),
}

/// Reads `path` as `schema` (whose id names the source in the run record),
/// handing each record that read to `row`, which makes it a row of the
/// file or says what is wrong with it.
pub(super) fn read<T>(
    path: &Path,
    schema: &SourceSchema,
    row: &mut dyn FnMut(&Record<'_>) -> Result<T, Text>,
) -> Result<SideFile<T>, SideError> {
    let display = display_path(path);
    let digest = crate::engine::gather(&[path.to_path_buf()])
        .map_err(|e| SideError::Io(display.clone(), super::both(&e)))?;
    let Some(InputFile { sha256, .. }) = digest.into_iter().next() else {
        return Err(SideError::Io(display, msg::overrides_not_found().text()));
    };
    let mut rows = Vec::new();
    let mut cells = Vec::new();
    let mut problems = Vec::new();
    let origin = input::Origin::File {
        path,
        display: &display,
        merges: None,
    };
    let summary = input::read(
        origin,
        input::Reading {
            schema,
            options: &ReadOptions::default(),
            problems: &mut cells,
            sink: &mut |record| {
                if record.refused {
                    return;
                }
                match row(&record) {
                    Ok(kept) => rows.push(kept),
                    Err(message) => problems.push(OverrideProblem {
                        origin: Some(record.origin.clone()),
                        message,
                    }),
                }
            },
        },
    )
    .map_err(SideError::Read)?;
    problems.extend(cells.iter().map(|c| OverrideProblem {
        origin: None,
        message: super::both(c),
    }));
    Ok(SideFile {
        rows,
        file: FileDigest {
            path: display,
            sha256,
        },
        sheets: summary
            .sheets
            .iter()
            .map(|s| SheetInfo {
                source: schema.id.clone(),
                sheet: s.sheet.clone(),
                header_row: s.header_row,
                records: s.records,
            })
            .collect(),
        problems,
    })
}
