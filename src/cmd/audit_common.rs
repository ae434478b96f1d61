//! What the audit commands (diff, explain, check, test, rollup, publish,
//! analyze) share: the flags naming what is scored and where a report goes,
//! scoring with overrides and appeals, and how their failures map to exit
//! codes.

use std::path::{Path, PathBuf};

use clap::Args;
use serde::Serialize;

pub use super::period::PeriodArgs;
use crate::msg::Term;
use crate::usage::UsageError;
use kaohe::audit;
use kaohe::engine::{self, Outcome, RunConfig};
use kaohe::i18n::cli as words;
use kaohe::i18n::Localize;
use kaohe::provenance::display_path;
use kaohe::rubric::LoadedRubric;

/// `--rubric`, `--input` and the period flags, in that order in `--help`:
/// what a command that scores the month's inputs reads.
#[derive(Debug, Args)]
pub struct ScoringArgs {
    #[arg(long, value_name = "FILE")]
    pub rubric: PathBuf,
    #[arg(long, value_name = "PATH", required = true, num_args = 1..)]
    pub input: Vec<PathBuf>,
    #[command(flatten)]
    pub period: PeriodArgs,
}

impl ScoringArgs {
    /// Scores the inputs with `loaded` (this rubric, or one made from it)
    /// in the period, then applies the overrides and appeals files, each
    /// if given; a usage error said in `term`'s language.
    pub fn score(
        &self,
        loaded: &LoadedRubric,
        overrides: Option<&PathBuf>,
        appeals: Option<&PathBuf>,
        term: &Term,
    ) -> anyhow::Result<Outcome> {
        score_appealed(loaded, &self.input, &self.period, overrides, appeals, term)
    }
}

/// `--out`, `--force` and `--json`, in that order in `--help`: a report
/// printed as text or JSON and written as a workbook on request.
#[derive(Debug, Args)]
pub struct ReportArgs {
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    #[arg(long)]
    pub force: bool,
    #[arg(long)]
    pub json: bool,
}

impl ReportArgs {
    /// Refuses an `--out` the command reads (one of `reads`) or that it
    /// would replace without `--force`, before any work, in `term`'s language.
    pub fn check_out(&self, reads: &[&Path], term: &Term) -> Result<(), UsageError> {
        match &self.out {
            Some(out) => super::score::check_out(out, reads, self.force, term),
            None => Ok(()),
        }
    }

    /// Prints the report: as JSON with `--json`, else as `text` says it.
    pub fn print(
        &self,
        report: &impl Serialize,
        text: impl FnOnce() -> String,
    ) -> anyhow::Result<()> {
        if self.json {
            super::out::println(&serde_json::to_string_pretty(report)?)?;
        } else {
            super::out::print(&text())?;
        }
        Ok(())
    }

    /// Writes the workbook `bytes` makes to `--out`, if given, and says so
    /// in `term`'s language.
    pub fn write<E>(
        &self,
        bytes: impl FnOnce() -> Result<Vec<u8>, E>,
        term: &Term,
    ) -> anyhow::Result<()>
    where
        anyhow::Error: From<E>,
    {
        if let Some(out) = &self.out {
            super::score::write_out(out, &bytes()?, self.force, term)?;
            say!("{}", term.say(words::wrote(display_path(out))));
        }
        Ok(())
    }
}

/// Scores the inputs with the rubric, then applies the overrides file if given.
pub fn score(
    loaded: &LoadedRubric,
    input: &[PathBuf],
    period: &PeriodArgs,
    overrides: Option<&PathBuf>,
    term: &Term,
) -> anyhow::Result<Outcome> {
    score_appealed(loaded, input, period, overrides, None, term)
}

/// Scores the inputs with the rubric, then applies the overrides file and
/// then the appeals file, each if given.
pub fn score_appealed(
    loaded: &LoadedRubric,
    input: &[PathBuf],
    period: &PeriodArgs,
    overrides: Option<&PathBuf>,
    appeals: Option<&PathBuf>,
    term: &Term,
) -> anyhow::Result<Outcome> {
    let allow_outside_period = period.allow_outside_period;
    let period = period.period(term)?;
    let files = engine::gather(input).map_err(|e| UsageError(e.localized(term.locale())))?;
    let files = super::score::without_side_files(files, [overrides, appeals]);
    let mut outcome = engine::score(
        loaded,
        &files,
        &RunConfig {
            period,
            allow_outside_period,
            inputs: input.to_vec(),
            ..RunConfig::default()
        },
    )?;
    if let Some(path) = overrides {
        let file = audit::read_overrides(path)?;
        audit::apply_overrides(&loaded.rubric, &mut outcome, &file)?;
    }
    if let Some(path) = appeals {
        let file = audit::read_appeals(path)?;
        audit::apply_appeals(&loaded.rubric, &mut outcome, &file)?;
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
