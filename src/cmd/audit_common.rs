//! What the audit commands (diff, explain, check, test, rollup) share: the
//! period flags, scoring with overrides, and how their failures map to exit
//! codes.

use std::path::PathBuf;

use clap::Args;

use super::score::{parse_day, parse_month};
use crate::usage::UsageError;
use kaohe::audit;
use kaohe::engine::{self, Outcome, Period, RunConfig};
use kaohe::i18n::Localize;
use kaohe::rubric::LoadedRubric;

/// `--period` or `--from`/`--to`.
#[derive(Debug, Clone, Args)]
pub struct PeriodArgs {
    /// The month scored, such as 2022-03; records outside it are counted, not scored.
    #[arg(long, value_name = "YYYY-MM", conflicts_with_all = ["from", "to"])]
    pub period: Option<String>,
    /// First day scored (YYYY-MM-DD), with --to.
    #[arg(long, value_name = "DATE", requires = "to")]
    pub from: Option<String>,
    /// Last day scored (YYYY-MM-DD), with --from.
    #[arg(long, value_name = "DATE", requires = "from")]
    pub to: Option<String>,
    /// Score even when a dated source has no record in the period, or more
    /// than nine in ten of its records outside it (otherwise refused as the
    /// wrong period); the records outside are still said.
    #[arg(long)]
    pub allow_outside_period: bool,
}

impl PeriodArgs {
    /// The period the flags name, if any.
    pub fn period(&self) -> Result<Option<Period>, UsageError> {
        if let Some(p) = &self.period {
            return parse_month(p).map(Some);
        }
        match (&self.from, &self.to) {
            (Some(from), Some(to)) => {
                let from = parse_day(from, "--from")?;
                let to = parse_day(to, "--to")?;
                if from > to {
                    return Err(UsageError(crate::msg::Msg::FromAfterTo.fill(&[&from, &to])));
                }
                Ok(Some(Period { from, to }))
            }
            _ => Ok(None),
        }
    }
}

/// Scores the inputs with the rubric, then applies the overrides file if given.
pub fn score(
    loaded: &LoadedRubric,
    input: &[PathBuf],
    period: &PeriodArgs,
    overrides: Option<&PathBuf>,
) -> anyhow::Result<Outcome> {
    let allow_outside_period = period.allow_outside_period;
    let period = period.period()?;
    let files = engine::gather(input).map_err(|e| UsageError(e.localized(crate::msg::locale())))?;
    let mut outcome = engine::score(
        loaded,
        &files,
        &RunConfig {
            period,
            allow_outside_period,
            ..RunConfig::default()
        },
    )?;
    if let Some(path) = overrides {
        let file = audit::read_overrides(path)?;
        audit::apply_overrides(&loaded.rubric, &mut outcome, &file)?;
    }
    Ok(outcome)
}

/// A check that found what it was asked to look for: changes under
/// `--fail-on-change`, failing rubric tests (exit code 4).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Found(pub String);

/// `kaohe check` found errors: 2 for the rubric, 3 for the inputs.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct CheckFailed {
    /// The exit code.
    pub code: u8,
    /// The summary line.
    pub message: String,
}

/// Exit codes of the audit commands' own failures; `None` for others
/// (the library's errors carry theirs: `kaohe::Error::exit_code`).
pub fn exit_code(e: &anyhow::Error) -> Option<u8> {
    if e.downcast_ref::<Found>().is_some() {
        return Some(4);
    }
    e.downcast_ref::<CheckFailed>().map(|c| c.code)
}
