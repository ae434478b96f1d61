//! `kaohe diff`: what a rubric change does to every teacher before it is
//! applied (two rubrics on the same inputs), or what differs between two
//! scored workbooks — a table in the terminal, a workbook, JSON, and an
//! exit code for CI.

use std::path::{Path, PathBuf};

use clap::Args;

use super::audit_common::{self, Found, PeriodArgs, ReportArgs};
use crate::msg::Term;
use crate::usage::UsageError;
use kaohe::audit::{self, diff, ResultSet};
use kaohe::i18n::cli as words;
use kaohe::rubric;

#[derive(Debug, Args)]
pub struct DiffArgs {
    #[arg(long, value_name = "FILE", requires_all = ["against", "input"], conflicts_with_all = ["old", "new"])]
    pub rubric: Option<PathBuf>,
    #[arg(long, value_name = "FILE", requires = "rubric")]
    pub against: Option<PathBuf>,
    #[arg(long, value_name = "PATH", num_args = 1.., requires = "rubric")]
    pub input: Vec<PathBuf>,
    #[command(flatten)]
    pub period: PeriodArgs,
    #[arg(long, value_name = "FILE", requires = "rubric")]
    pub overrides: Option<PathBuf>,
    #[arg(long, value_name = "FILE", requires = "new")]
    pub old: Option<PathBuf>,
    #[arg(long, value_name = "FILE", requires = "old")]
    pub new: Option<PathBuf>,
    #[command(flatten)]
    pub report: ReportArgs,
    #[arg(long)]
    pub fail_on_change: bool,
    // New flags go last: each flag's place in --help is its place here.
    #[arg(long, value_name = "FILE", requires = "rubric")]
    pub appeals: Option<PathBuf>,
}

/// Runs `kaohe diff`.
pub fn run(args: &DiffArgs, term: &Term) -> anyhow::Result<()> {
    for (flag, path) in [
        ("--rubric", &args.rubric),
        ("--against", &args.against),
        ("--overrides", &args.overrides),
        ("--appeals", &args.appeals),
        ("--old", &args.old),
        ("--new", &args.new),
    ] {
        if let Some(path) = path {
            super::score::must_exist(flag, path, term)?;
        }
    }
    let mut reads: Vec<&Path> = Vec::new();
    for read in [
        &args.rubric,
        &args.against,
        &args.overrides,
        &args.appeals,
        &args.old,
        &args.new,
    ] {
        reads.extend(read.as_deref());
    }
    reads.extend(args.input.iter().map(PathBuf::as_path));
    args.report.check_out(&reads, term)?;
    let (old, new, places) = match (&args.rubric, &args.against, &args.old, &args.new) {
        (Some(a), Some(b), None, None) => {
            // A bad period is a usage error before any rubric is read.
            args.period.period(term)?;
            let old = rubric::load(a)?;
            let new = rubric::load(b)?;
            let locale = {
                term.rubric_locale(old.rubric.locale);
                term.locale()
            };
            let o = audit_common::score(
                &old,
                &args.input,
                &args.period,
                args.overrides.as_ref(),
                term,
            )?;
            // Appeals go to the new side only: the diff is what they change.
            let n = audit_common::score_appealed(
                &new,
                &args.input,
                &args.period,
                args.overrides.as_ref(),
                args.appeals.as_ref(),
                term,
            )?;
            let places = old.rubric.rounding.places.max(new.rubric.rounding.places);
            let mut appealed = ResultSet::from_outcome(&new.rubric, &n, locale);
            // The appeals file is read on the new side on purpose: not a
            // change of data to warn of (申诉 is named as the rule that moved).
            appealed.inputs.retain(|f| {
                !n.run.inputs.iter().any(|i| {
                    i.file.sha256 == f.sha256
                        && i.sources
                            .iter()
                            .any(|s| s == audit::appeals::APPEALS_SOURCE)
                })
            });
            (
                ResultSet::from_outcome(&old.rubric, &o, locale),
                appealed,
                places,
            )
        }
        (None, None, Some(a), Some(b)) => {
            let old = ResultSet::from_workbook(a)?;
            let new = ResultSet::from_workbook(b)?;
            (old, new, 2)
        }
        _ => return Err(UsageError(term.word(words::diff_which()).to_string()).into()),
    };
    let d = audit::diff(&old, &new, places);
    args.report
        .print(&d, || diff::render_text(&d, term.locale()))?;
    for w in &d.warnings {
        say!(
            "{}{}",
            term.word(words::warning_prefix()),
            w.get(term.locale())
        );
    }
    args.report
        .write(|| diff::workbook_bytes(&d, term.locale()), term)?;
    if args.fail_on_change && d.has_changes() {
        let s = &d.summary;
        return Err(Found(term.say(words::changed(s.changed, s.added, s.removed))).into());
    }
    Ok(())
}
