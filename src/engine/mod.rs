//! Evaluation: records and rules in, item scores with evidence out.

pub mod inputs;
pub mod outcome;
pub mod problem;
mod run;

pub use inputs::{gather, gather_checked, InputFile, InputsError};
pub use outcome::*;
pub use problem::{Place, Problem, SkippedRecord};
pub use run::{score, RunConfig, ScoreError};
