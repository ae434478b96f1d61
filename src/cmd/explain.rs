//! `kaohe explain`: one teacher's score as a tree, from the same run
//! `kaohe score` makes (overrides included), for the office that must
//! answer the teacher's question "why?".

use std::path::PathBuf;

use clap::Args;

use super::audit_common::ScoringArgs;
use crate::msg::Term;
use kaohe::audit;
use kaohe::rubric;

#[derive(Debug, Args)]
pub struct ExplainArgs {
    #[arg(long, value_name = "KEY")]
    pub teacher: String,
    #[command(flatten)]
    pub scoring: ScoringArgs,
    #[arg(long, value_name = "FILE")]
    pub overrides: Option<PathBuf>,
    #[arg(long)]
    pub json: bool,
    // New flags go last: each flag's place in --help is its place here.
    #[arg(long, value_name = "FILE")]
    pub appeals: Option<PathBuf>,
}

/// Runs `kaohe explain`.
pub fn run(args: &ExplainArgs, term: &Term) -> anyhow::Result<()> {
    // A bad period is a usage error before any rubric is read.
    args.scoring.period.period(term)?;
    let loaded = rubric::load(&args.scoring.rubric)?;
    let outcome = args.scoring.score(
        &loaded,
        args.overrides.as_ref(),
        args.appeals.as_ref(),
        term,
    )?;
    let teacher = audit::find_teacher(&outcome, &args.teacher)?;
    let locale = {
        term.rubric_locale(loaded.rubric.locale);
        term.locale()
    };
    let x = audit::explain(&loaded.rubric, &outcome, teacher, locale);
    if args.json {
        super::out::println(&serde_json::to_string_pretty(&x)?)?;
    } else {
        super::out::print(&audit::render_tree(&loaded.rubric, &x, locale))?;
    }
    Ok(())
}
