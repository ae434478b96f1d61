//! Evaluation: records and rules in, item scores with evidence out.

pub mod group;
mod adjust;
pub mod inputs;
pub mod outcome;
pub mod problem;
mod quota;
mod run;
pub mod window;
#[cfg(test)]
mod testkit;
mod weighted;

pub use inputs::{gather, InputFile, InputsError};
pub use outcome::*;
pub use problem::Problem;
pub use run::{reconcile, score, RunConfig, ScoreError};
