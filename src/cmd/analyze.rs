//! `kaohe analyze`: whether the scoring is fair before it is published —
//! the raters of each weighted rule, the roster's groups against the whole
//! and the quota, and what each rule decides (the rubric re-graded without
//! it) — in the terminal, as JSON, or as a workbook with a 分析 sheet.

use std::path::{Path, PathBuf};

use clap::Args;
use rust_decimal::Decimal;

use super::audit_common::{ReportArgs, ScoringArgs};
use crate::msg::Term;
use crate::usage::UsageError;
use kaohe::audit::analyze::{self, Thresholds};
use kaohe::i18n::cli as words;
use kaohe::rubric;

#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    #[command(flatten)]
    pub scoring: ScoringArgs,
    #[arg(long, value_name = "POINTS")]
    pub rater_gap: Option<String>,
    #[arg(long, value_name = "POINTS")]
    pub share_gap: Option<String>,
    #[arg(long, value_name = "PERCENT")]
    pub mean_gap: Option<String>,
    #[arg(long, value_name = "N")]
    pub min_group: Option<usize>,
    #[command(flatten)]
    pub report: ReportArgs,
}

/// Runs `kaohe analyze`.
pub fn run(args: &AnalyzeArgs, term: &Term) -> anyhow::Result<()> {
    // A bad period or threshold is a usage error before any rubric is read.
    args.scoring.period.period(term)?;
    let defaults = Thresholds::default();
    let thresholds = Thresholds {
        rater_gap: threshold(
            "--rater-gap",
            args.rater_gap.as_deref(),
            defaults.rater_gap,
            term,
        )?,
        share_gap: threshold(
            "--share-gap",
            args.share_gap.as_deref(),
            defaults.share_gap,
            term,
        )?,
        mean_gap: threshold(
            "--mean-gap",
            args.mean_gap.as_deref(),
            defaults.mean_gap,
            term,
        )?,
        min_group: args.min_group.unwrap_or(defaults.min_group),
    };
    super::score::must_exist("--rubric", &args.scoring.rubric, term)?;
    let mut reads: Vec<&Path> = vec![&args.scoring.rubric];
    reads.extend(args.scoring.input.iter().map(PathBuf::as_path));
    args.report.check_out(&reads, term)?;
    let loaded = rubric::load(&args.scoring.rubric)?;
    term.rubric_locale(loaded.rubric.locale);
    let locale = term.locale();
    let base = args.scoring.score(&loaded, None, None, term)?;
    // Each rule out in turn, on the same inputs: one more run each.
    let mut without = Vec::new();
    for at in analyze::item_rules(&loaded.rubric) {
        let less = analyze::without_rule(&loaded, at.0, at.1)?;
        without.push((at, args.scoring.score(&less, None, None, term)?));
    }
    let report = analyze::analyze(&loaded.rubric, &base, &without, thresholds);
    args.report
        .print(&report, || analyze::render_text(&report, locale))?;
    args.report
        .write(|| analyze::workbook_bytes(&report, locale), term)
}

/// A threshold flag's value: a decimal of zero or more, or the default;
/// a bad one said in `term`'s language.
fn threshold(
    flag: &str,
    value: Option<&str>,
    default: Decimal,
    term: &Term,
) -> Result<Decimal, UsageError> {
    let Some(value) = value else {
        return Ok(default);
    };
    match value.trim().parse::<Decimal>() {
        Ok(d) if d >= Decimal::ZERO => Ok(d),
        _ => Err(UsageError(term.say(words::not_a_threshold(flag, value)))),
    }
}
