//! Evaluation: records and rules in, item scores with evidence out.

pub mod outcome;

pub use outcome::*;
