//! Evaluation: records and rules in, item scores with evidence out.
// Scores are sums and products of the data: every one is checked (see
// `arith`), and an unchecked operator anywhere in the engine is refused.
#![deny(clippy::arithmetic_side_effects)]

mod across;
mod adjust;
pub mod appeal;
mod arith;
pub mod duplicate;
pub mod group;
pub mod inputs;
pub mod outcome;
pub mod problem;
mod quota;
pub use quota::{rank_by_quota, QuotaDecision, QuotaEntrant};
mod period;
pub use period::Period;
mod config;
pub use config::RunConfig;
mod copies;
mod coverage;
mod dating;
mod error;
mod evaluate;
mod finish;
mod literals;
mod passes;
mod pay;
mod plan;
mod run;
mod school;
mod scorer;
mod standing;
pub use standing::regrade;
mod teacher;
pub mod warning;
mod weighted;
pub mod window;

pub use adjust::{exact_subtotal, recompute_totals, rounding_steps};
pub use appeal::{Appeal, AppealLine, AppealStatus};
pub(crate) use error::no_year;
pub use error::{OutsideSource, ScoreError, UndatedSource, Yearless};
pub use finish::reconcile;
pub use inputs::{
    gather, gather_checked, gather_named, nested_matches, passed_over, unread_folders, InputFile,
    InputsError,
};
pub use outcome::*;
pub use problem::{Place, Problem, SkippedRecord};
pub use run::{score, score_with_progress, NoProgress, Progress};
pub use scorer::Scorer;
pub use warning::Warning;
