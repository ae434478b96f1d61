//! `kaohe score`: a month of exported records and a rubric in, the scored
//! workbook (and optionally a JSON summary) out.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use chrono::{Datelike, NaiveDate};
use clap::Args;

use crate::cli::{Lang, UsageError};
use kaohe::engine::{self, Period, RunConfig};
use kaohe::report::{self, WriteOptions};
use kaohe::rubric;

pub const EXAMPLES: &str = "\
Examples:
  kaohe score --rubric rubrics/fangan5-online-teaching.toml \\
              --input examples/fangan5-online-teaching --period 2022-03 --out 2022-03.xlsx
  kaohe score --rubric r.toml --input 考勤.xlsx --input 名册.xlsx --from 2022-03-01 --to 2022-03-15 --out a.xlsx --json

Exit codes: 0 scored; 2 usage or rubric error; 3 input data error; 4 scored with
--keep-going, but records with data problems were skipped (listed in 数据问题);
1 anything else.";

#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// The rubric (TOML).
    #[arg(long, value_name = "FILE")]
    pub rubric: PathBuf,
    /// Input files or folders (a folder means every spreadsheet in it). Repeatable.
    #[arg(long, value_name = "PATH", required = true, num_args = 1..)]
    pub input: Vec<PathBuf>,
    /// The scored workbook to write (.xlsx).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// The month scored, such as 2022-03; records outside it are counted, not scored.
    #[arg(long, value_name = "YYYY-MM", conflicts_with_all = ["from", "to"])]
    pub period: Option<String>,
    /// First day scored (YYYY-MM-DD), with --to.
    #[arg(long, value_name = "DATE", requires = "to")]
    pub from: Option<String>,
    /// Last day scored (YYYY-MM-DD), with --from.
    #[arg(long, value_name = "DATE", requires = "from")]
    pub to: Option<String>,
    /// Also print a machine-readable summary (JSON) to stdout.
    #[arg(long)]
    pub json: bool,
    /// Replace the output file if it exists.
    #[arg(long)]
    pub force: bool,
    /// Language of the workbook's labels (default: the rubric's locale).
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
    /// Skip each record with a data problem, list it in a 数据问题 sheet and
    /// score the rest (exit code 4 when any was skipped).
    #[arg(long)]
    pub keep_going: bool,
    /// The most any one part of a workbook may unpack to, such as 512MiB or
    /// 2GiB; larger files are refused before they are read.
    #[arg(long, value_name = "SIZE", default_value = "1GiB", value_parser = parse_size)]
    pub memory_limit: u64,
}

/// `512MiB`, `2GiB`, `800MB`, `1000000`: a size in bytes.
fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (number, unit) = t.split_at(split);
    let scale: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" => 1_000,
        "kib" => 1 << 10,
        "m" | "mb" => 1_000_000,
        "mib" => 1 << 20,
        "g" | "gb" => 1_000_000_000,
        "gib" => 1 << 30,
        _ => {
            return Err(format!(
                "`{text}` is not a size; write it as 512MiB or 2GiB"
            ))
        }
    };
    let n: rust_decimal::Decimal = number
        .parse()
        .map_err(|_| format!("`{text}` is not a size; write it as 512MiB or 2GiB"))?;
    let bytes = n * rust_decimal::Decimal::from(scale);
    u64::try_from(bytes.trunc())
        .ok()
        .filter(|b| *b > 0)
        .ok_or_else(|| format!("`{text}` is not a size above zero"))
}

/// Scoring succeeded with `--keep-going`, but records were skipped: the
/// workbook is written and the binary exits with code 4.
#[derive(Debug, thiserror::Error)]
#[error("{count} record(s) with data problems were skipped and are listed in the {sheet} sheet of {out}")]
pub struct Skipped {
    /// How many.
    pub count: usize,
    /// The sheet's name in the output's language.
    pub sheet: &'static str,
    /// The output written.
    pub out: String,
}

impl ScoreArgs {
    /// The period the arguments name, if any.
    pub fn period(&self) -> Result<Option<Period>, UsageError> {
        if let Some(p) = &self.period {
            return parse_month(p).map(Some);
        }
        match (&self.from, &self.to) {
            (Some(from), Some(to)) => {
                let from = parse_day(from, "--from")?;
                let to = parse_day(to, "--to")?;
                if from > to {
                    return Err(UsageError(format!("--from {from} is after --to {to}")));
                }
                Ok(Some(Period { from, to }))
            }
            _ => Ok(None),
        }
    }
}

/// `2022-03` (or `2022/03`, `2022年3月`) → the whole month.
fn parse_month(text: &str) -> Result<Period, UsageError> {
    let bad = || {
        UsageError(format!(
            "--period `{text}` is not a month; write it as 2022-03"
        ))
    };
    let cleaned = text
        .trim()
        .trim_end_matches('月')
        .replace(['/', '年', '.'], "-");
    let (y, m) = cleaned.split_once('-').ok_or_else(bad)?;
    let y: i32 = y.trim().parse().map_err(|_| bad())?;
    let m: u32 = m.trim().parse().map_err(|_| bad())?;
    let from = NaiveDate::from_ymd_opt(y, m, 1).ok_or_else(bad)?;
    let next = if m == 12 {
        NaiveDate::from_ymd_opt(y + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)
    };
    let to = next.and_then(|d| d.pred_opt()).ok_or_else(bad)?;
    debug_assert_eq!(to.month(), m);
    Ok(Period { from, to })
}

fn parse_day(text: &str, flag: &str) -> Result<NaiveDate, UsageError> {
    let t = text.trim().replace('/', "-");
    NaiveDate::parse_from_str(&t, "%Y-%m-%d").map_err(|_| {
        UsageError(format!(
            "{flag} `{text}` is not a date; write it as 2022-03-01"
        ))
    })
}

/// How many skipped records are named on the terminal; the sheet lists all.
const SHOWN_SKIPPED: usize = 50;

/// Runs `kaohe score`.
pub fn run(args: &ScoreArgs) -> anyhow::Result<()> {
    let period = args.period()?;
    if args.out.exists() && !args.force {
        return Err(UsageError(format!(
            "{} exists; pass --force to replace it",
            args.out.display()
        ))
        .into());
    }
    let loaded = rubric::load(&args.rubric)?;
    let limits = kaohe::input::Limits {
        memory: args.memory_limit,
    };
    let files =
        engine::gather_checked(&args.input, &limits).map_err(|e| UsageError(e.to_string()))?;
    if let Some(f) = files.iter().find(|f| same_file(&f.path, &args.out)) {
        return Err(UsageError(format!(
            "the output {} is also an input; write the scored workbook elsewhere",
            f.display
        ))
        .into());
    }
    let config = RunConfig {
        period,
        keep_going: args.keep_going,
    };
    let outcome = engine::score(&loaded, &files, &config)?;
    let locale = Lang::resolve(args.lang, loaded.rubric.locale);
    let bytes = report::workbook_bytes(&loaded.rubric, &outcome, &WriteOptions { locale })?;
    report::write_atomically(&args.out, &bytes)
        .with_context(|| format!("writing {}", args.out.display()))?;
    if args.json {
        let summary = report::json_summary(&loaded.rubric, &outcome);
        println!("{}", serde_json::to_string_pretty(&summary)?);
    }
    eprintln!(
        "scored {} teachers with {} → {}",
        outcome.teachers.len(),
        loaded.path,
        args.out.display()
    );
    if !outcome.skipped.is_empty() {
        for s in outcome.skipped.iter().take(SHOWN_SKIPPED) {
            eprintln!("warning: skipped: {}", s.problem);
        }
        if outcome.skipped.len() > SHOWN_SKIPPED {
            eprintln!(
                "warning: … and {} more",
                outcome.skipped.len() - SHOWN_SKIPPED
            );
        }
        return Err(Skipped {
            count: outcome.skipped.len(),
            sheet: report::labels(locale).sheet_problems,
            out: args.out.display().to_string(),
        }
        .into());
    }
    Ok(())
}

/// Whether two paths name the same file (the output may not exist yet).
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_month_runs_from_its_first_to_its_last_day() {
        let p = parse_month("2022-02").ok();
        assert_eq!(
            p.map(|p| (p.from.to_string(), p.to.to_string())),
            Some(("2022-02-01".into(), "2022-02-28".into()))
        );
        let d = parse_month("2021年12月").ok();
        assert_eq!(d.map(|p| p.to.to_string()), Some("2021-12-31".into()));
    }

    #[test]
    fn sizes_read_with_binary_and_decimal_units() {
        assert_eq!(parse_size("512MiB"), Ok(512 << 20));
        assert_eq!(parse_size("2 GiB"), Ok(2 << 30));
        assert_eq!(parse_size("1.5GB"), Ok(1_500_000_000));
        assert_eq!(parse_size("4096"), Ok(4096));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("0").is_err());
    }

    #[test]
    fn a_bad_month_is_a_usage_error() {
        assert!(parse_month("March").is_err());
        assert!(parse_month("2022-13").is_err());
    }
}
