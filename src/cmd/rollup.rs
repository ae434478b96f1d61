//! `kaohe rollup`: a term's result from its periods' results, weighted by
//! their days or by weights given, graded again with a rubric's bands or,
//! under `[quota]`, by ranking the term within each school.

use std::path::{Path, PathBuf};

use clap::Args;
use rust_decimal::Decimal;

use super::audit_common::ReportArgs;
use crate::msg::Term;
use crate::usage::UsageError;
use kaohe::audit::{self, rollup, ResultSet, RollupInput};
use kaohe::i18n::cli as words;
use kaohe::rubric;

#[derive(Debug, Args)]
pub struct RollupArgs {
    #[arg(long, value_name = "FILE")]
    pub rubric: PathBuf,
    #[arg(long, value_name = "FILE", required = true, num_args = 1..)]
    pub results: Vec<PathBuf>,
    #[arg(long, value_name = "N")]
    pub weight: Vec<String>,
    #[arg(long)]
    pub partial: bool,
    #[command(flatten)]
    pub report: ReportArgs,
}

/// Runs `kaohe rollup`.
pub fn run(args: &RollupArgs, term: &Term) -> anyhow::Result<()> {
    super::score::must_exist("--rubric", &args.rubric, term)?;
    for path in &args.results {
        super::score::must_exist("--results", path, term)?;
    }
    let mut reads: Vec<&Path> = vec![&args.rubric];
    reads.extend(args.results.iter().map(PathBuf::as_path));
    args.report.check_out(&reads, term)?;
    if !args.weight.is_empty() && args.weight.len() != args.results.len() {
        return Err(UsageError(
            term.say(words::weight_count(args.weight.len(), args.results.len())),
        )
        .into());
    }
    let loaded = rubric::load(&args.rubric)?;
    term.rubric_locale(loaded.rubric.locale);
    let mut inputs = Vec::new();
    for (n, path) in args.results.iter().enumerate() {
        let weight = match args.weight.get(n) {
            Some(w) => Some(
                w.trim()
                    .parse::<Decimal>()
                    .map_err(|_| UsageError(term.say(words::not_a_weight(w))))?,
            ),
            None => None,
        };
        inputs.push(RollupInput {
            results: ResultSet::read(path)?,
            weight,
        });
    }
    let rolled = audit::rollup(&loaded.rubric, &loaded.path, &inputs, args.partial)?;
    args.report
        .print(&rolled, || rollup::render_text(&rolled, term.locale()))?;
    args.report
        .write(|| rollup::workbook_bytes(&rolled, term.locale()), term)
}
