//! `kaohe check`: lint a rubric and, with inputs, the month's files against
//! it, reporting every problem at once.

use std::path::PathBuf;

use clap::Args;

use super::audit_common::{CheckFailed, PeriodArgs};
use crate::msg;
use crate::usage::UsageError;
use kaohe::audit::{self, check, Severity};
use kaohe::engine::{self, RunConfig};
use kaohe::i18n::cli as words;
use kaohe::i18n::Localize;

pub const EXAMPLES: &str = "\
Examples:
  kaohe check rubrics/fangan5-online-teaching.toml
  kaohe check rubrics/fangan5-online-teaching.toml \\
              --input examples/fangan5-online-teaching --period 2022-03

Exit codes: 0 no errors (warnings allowed); 2 errors in the rubric; 3 errors
in the inputs; 1 anything else.";

/// [`EXAMPLES`] in Chinese, for `--help` when the run speaks Chinese.
pub const EXAMPLES_ZH: &str = "\
示例：
  kaohe check rubrics/fangan5-online-teaching.toml
  kaohe check rubrics/fangan5-online-teaching.toml \\
              --input examples/fangan5-online-teaching --period 2022-03

退出码：0 没有错误（可以有警告）；2 方案有错误；3 输入有错误；1 其他错误。";

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The rubric (TOML).
    #[arg(value_name = "RUBRIC")]
    pub rubric: PathBuf,
    /// Input files or folders to check against the rubric. Repeatable.
    #[arg(long, value_name = "PATH", num_args = 1..)]
    pub input: Vec<PathBuf>,
    #[command(flatten)]
    pub period: PeriodArgs,
    /// Print the findings as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Runs `kaohe check`.
pub fn run(args: &CheckArgs) -> anyhow::Result<()> {
    let period = args.period.period()?;
    let (loaded, mut findings) = audit::check_rubric(&args.rubric);
    let rubric_errors = findings.iter().any(|f| f.severity == Severity::Error);
    if let Some(loaded) = &loaded {
        crate::msg::rubric_locale(loaded.rubric.locale);
    }
    if let Some(loaded) = &loaded {
        if !args.input.is_empty() {
            let files = engine::gather(&args.input)
                .map_err(|e| UsageError(e.localized(crate::msg::locale())))?;
            findings.extend(audit::check_inputs(
                loaded,
                &files,
                &RunConfig {
                    period,
                    allow_outside_period: args.period.allow_outside_period,
                    ..RunConfig::default()
                },
            ));
        }
    }
    if args.json {
        super::out::println(&serde_json::to_string_pretty(&findings)?)?;
    } else {
        super::out::print(&check::render_in(&findings, crate::msg::locale()))?;
    }
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    if errors > 0 {
        return Err(CheckFailed {
            code: if rubric_errors { 2 } else { 3 },
            message: msg::say(words::errors_found(errors)),
        }
        .into());
    }
    Ok(())
}
