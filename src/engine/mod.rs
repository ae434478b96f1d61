//! Evaluation: records and rules in, item scores with evidence out.

pub mod group;
pub mod inputs;
pub mod outcome;
pub mod problem;
mod run;
pub mod window;

pub use inputs::{gather, InputFile, InputsError};
pub use outcome::*;
pub use problem::Problem;
pub use run::{reconcile, score, RunConfig, ScoreError};
