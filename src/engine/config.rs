//! How a run is set up beyond the rubric and the files.

use super::period::Period;
use crate::input::{ReadOptions, YearHint};

/// How a run is set up beyond the rubric and the files.
#[derive(Debug, Clone, Default)]
pub struct RunConfig {
    /// Only records dated within it are scored; `None` scores all.
    pub period: Option<Period>,
    /// Skip each record with a data problem, list it in the outcome and
    /// score the rest, instead of refusing to score.
    pub keep_going: bool,
    /// A dated source with no record in the period, or most of its records
    /// outside it, is what the user meant: warn instead of refusing.
    pub allow_outside_period: bool,
    /// `--memory-limit`, for what is read as a stream (CSV); `None`: the
    /// default.
    pub memory_limit: Option<u64>,
    /// The school this run is of (a district's school folder): a roster
    /// whose `school` field names this school and others keeps only the
    /// rows of this one, so a district-wide roster copied into each
    /// school's folder scores each teacher in their own school. A roster
    /// naming no such school is read whole. `None`: every row.
    pub school: Option<String>,
    /// The paths given as input (`--input`, a district's school folder): a
    /// required source with no file among those read is looked for in the
    /// folders inside them, so its error can say where it is. Empty: files
    /// were given one by one (the local page).
    pub inputs: Vec<std::path::PathBuf>,
}

impl RunConfig {
    /// How the reader is to read for this run: the period's year for dates
    /// written without one, and the memory budget.
    pub fn read_options(&self) -> ReadOptions {
        ReadOptions {
            compare: false,
            year_hint: self.period.map(|p| YearHint {
                from: p.from,
                to: p.to,
            }),
            memory_limit: self.memory_limit,
        }
    }
}
