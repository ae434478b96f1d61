//! `kaohe check`: lint a rubric and, with inputs, the month's files against
//! it, reporting every problem at once.

use std::path::PathBuf;

use clap::Args;

use super::audit_common::{CheckFailed, PeriodArgs};
use crate::msg::Term;
use crate::usage::UsageError;
use kaohe::audit::{self, check, Severity};
use kaohe::engine::{self, RunConfig};
use kaohe::i18n::cli as words;
use kaohe::i18n::Localize;

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[arg(value_name = "RUBRIC")]
    pub rubric: PathBuf,
    #[arg(long, value_name = "PATH", num_args = 1..)]
    pub input: Vec<PathBuf>,
    #[command(flatten)]
    pub period: PeriodArgs,
    #[arg(long)]
    pub json: bool,
}

/// Runs `kaohe check`.
pub fn run(args: &CheckArgs, term: &Term) -> anyhow::Result<()> {
    let period = args.period.period(term)?;
    let (loaded, mut findings) = audit::check_rubric(&args.rubric);
    let rubric_errors = findings.iter().any(|f| f.severity == Severity::Error);
    if let Some(loaded) = &loaded {
        term.rubric_locale(loaded.rubric.locale);
    }
    if let Some(loaded) = &loaded {
        if !args.input.is_empty() {
            let files =
                engine::gather(&args.input).map_err(|e| UsageError(e.localized(term.locale())))?;
            findings.extend(audit::check_inputs(
                loaded,
                &files,
                &RunConfig {
                    period,
                    allow_outside_period: args.period.allow_outside_period,
                    inputs: args.input.clone(),
                    ..RunConfig::default()
                },
            ));
        }
    }
    if args.json {
        super::out::println(&serde_json::to_string_pretty(&findings)?)?;
    } else {
        super::out::print(&check::render_in(&findings, term.locale()))?;
    }
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    if errors > 0 {
        return Err(CheckFailed {
            code: if rubric_errors { 2 } else { 3 },
            message: term.say(words::errors_found(errors)),
        }
        .into());
    }
    Ok(())
}
