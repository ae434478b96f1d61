//! The period a command scores: the `--period`/`--from`/`--to` flags every
//! scoring command shares, and the month and day parsers behind them.

use chrono::{Datelike, NaiveDate};
use clap::Args;

use crate::msg::Term;
use crate::usage::UsageError;
use kaohe::engine::Period;
use kaohe::i18n::cli as words;

/// `--period` or `--from`/`--to`.
#[derive(Debug, Clone, Args)]
pub struct PeriodArgs {
    #[arg(long, value_name = "YYYY-MM", conflicts_with_all = ["from", "to"])]
    pub period: Option<String>,
    #[arg(long, value_name = "DATE", requires = "to")]
    pub from: Option<String>,
    #[arg(long, value_name = "DATE", requires = "from")]
    pub to: Option<String>,
    #[arg(long)]
    pub allow_outside_period: bool,
}

impl PeriodArgs {
    /// The period the flags name, if any; a bad one said in `term`'s language.
    pub fn period(&self, term: &Term) -> Result<Option<Period>, UsageError> {
        if let Some(p) = &self.period {
            return parse_month(p, term).map(Some);
        }
        match (&self.from, &self.to) {
            (Some(from), Some(to)) => {
                let from = parse_day(from, "--from", term)?;
                let to = parse_day(to, "--to", term)?;
                if from > to {
                    return Err(UsageError(term.say(words::from_after_to(from, to))));
                }
                Ok(Some(Period { from, to }))
            }
            _ => Ok(None),
        }
    }
}

/// `2022-03` (or `2022/03`, `2022年3月`) → the whole month.
pub(crate) fn parse_month(text: &str, term: &Term) -> Result<Period, UsageError> {
    let bad = || UsageError(term.say(words::not_a_month(text)));
    let cleaned = text
        .trim()
        .trim_end_matches('月')
        .replace(['/', '年', '.'], "-");
    let (y, m) = cleaned.split_once('-').ok_or_else(bad)?;
    if !four_digits(y.trim()) {
        return Err(bad());
    }
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

pub(crate) fn parse_day(text: &str, flag: &str, term: &Term) -> Result<NaiveDate, UsageError> {
    let bad = || UsageError(term.say(words::not_a_date(flag, text)));
    let t = text.trim().replace('/', "-");
    if !t.split('-').next().is_some_and(four_digits) {
        return Err(bad());
    }
    NaiveDate::parse_from_str(&t, "%Y-%m-%d").map_err(|_| bad())
}

/// A year as the period is written: four digits. `22-03` is not read as the
/// year 22 (every output would name 0022, and a file's 2022 dates would
/// fall outside it).
fn four_digits(year: &str) -> bool {
    year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit())
}
