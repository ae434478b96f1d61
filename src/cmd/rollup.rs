//! `kaohe rollup`: a term's result from its periods' results, weighted by
//! their days or by weights given, graded again with a rubric's bands or,
//! under `[quota]`, by ranking the term within each school.

use std::path::{Path, PathBuf};

use clap::Args;
use rust_decimal::Decimal;

use crate::msg;
use crate::usage::UsageError;
use kaohe::audit::{self, rollup, ResultSet, RollupInput};
use kaohe::i18n::cli as words;
use kaohe::provenance::display_path;
use kaohe::rubric;

pub const EXAMPLES: &str = "\
Examples:
  kaohe score … --period 2022-03 --out 三月.xlsx --json > 三月.json
      (and so for each period)
  kaohe rollup --rubric rubrics/fangan5-online-teaching.toml \\
               --results 停课期间.json --results 复课后.json --out 学期.xlsx
  kaohe rollup --rubric r.toml --results 9月.xlsx --results 10月.xlsx \\
               --weight 1 --weight 1 --json
  kaohe rollup --rubric rubrics/fangan13-ethics.toml --results 9月.json \\
               --results 10月.json --weight 1 --weight 1 --out 学期.xlsx

Each period is weighted by its days unless --weight is given once per
--results, in the same order. A rubric with [quota] ranks the term totals
again within each school (rank and 等级依据 in the output).
Exit codes: 0 combined; 2 usage or rubric error; 3 results that cannot be
combined; 1 anything else.";

/// [`EXAMPLES`] in Chinese, for `--help` when the run speaks Chinese.
pub const EXAMPLES_ZH: &str = "\
示例：
  kaohe score … --period 2022-03 --out 三月.xlsx --json > 三月.json
      （每个期间各运行一次）
  kaohe rollup --rubric rubrics/fangan5-online-teaching.toml \\
               --results 停课期间.json --results 复课后.json --out 学期.xlsx
  kaohe rollup --rubric r.toml --results 9月.xlsx --results 10月.xlsx \\
               --weight 1 --weight 1 --json
  kaohe rollup --rubric rubrics/fangan13-ethics.toml --results 9月.json \\
               --results 10月.json --weight 1 --weight 1 --out 学期.xlsx

各期间按天数加权；如给出 --weight，则每个 --results 一个，顺序相同。
方案有 [quota] 时，学期总分在每所学校内重新排名（输出中的 名次 和 等级依据）。
退出码：0 已合并；2 用法或方案错误；3 结果无法合并；1 其他错误。";

#[derive(Debug, Args)]
pub struct RollupArgs {
    /// The rubric whose grade bands or quota, and rounding, grade the term.
    #[arg(long, value_name = "FILE")]
    pub rubric: PathBuf,
    /// A period's results: `kaohe score --json` output (.json) or a scored workbook. Repeatable.
    #[arg(long, value_name = "FILE", required = true, num_args = 1..)]
    pub results: Vec<PathBuf>,
    /// A weight per --results, in order (default: each period's days).
    #[arg(long, value_name = "N")]
    pub weight: Vec<String>,
    /// Combine only the periods each teacher has, instead of failing on a teacher missing from one.
    #[arg(long)]
    pub partial: bool,
    /// Write the term as a workbook (.xlsx).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Replace --out if it exists.
    #[arg(long)]
    pub force: bool,
    /// Print the term as JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Runs `kaohe rollup`.
pub fn run(args: &RollupArgs) -> anyhow::Result<()> {
    super::score::must_exist("--rubric", &args.rubric)?;
    for path in &args.results {
        super::score::must_exist("--results", path)?;
    }
    if let Some(out) = &args.out {
        let mut reads: Vec<&Path> = vec![&args.rubric];
        reads.extend(args.results.iter().map(PathBuf::as_path));
        super::score::check_out(out, &reads, args.force)?;
    }
    if !args.weight.is_empty() && args.weight.len() != args.results.len() {
        return Err(UsageError(msg::say(words::weight_count(
            args.weight.len(),
            args.results.len(),
        )))
        .into());
    }
    let loaded = rubric::load(&args.rubric)?;
    crate::msg::rubric_locale(loaded.rubric.locale);
    let mut inputs = Vec::new();
    for (n, path) in args.results.iter().enumerate() {
        let weight = match args.weight.get(n) {
            Some(w) => Some(
                w.trim()
                    .parse::<Decimal>()
                    .map_err(|_| UsageError(msg::say(words::not_a_weight(w))))?,
            ),
            None => None,
        };
        inputs.push(RollupInput {
            results: ResultSet::read(path)?,
            weight,
        });
    }
    let term = audit::rollup(&loaded.rubric, &loaded.path, &inputs, args.partial)?;
    if args.json {
        super::out::println(&serde_json::to_string_pretty(&term)?)?;
    } else {
        super::out::print(&rollup::render_text(&term, crate::msg::locale()))?;
    }
    if let Some(out) = &args.out {
        let bytes = rollup::workbook_bytes(&term, crate::msg::locale())?;
        super::score::write_out(out, &bytes, args.force)?;
        eprintln!("{}", msg::say(words::wrote(display_path(out))));
    }
    Ok(())
}
