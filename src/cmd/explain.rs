//! `kaohe explain`: one teacher's score as a tree, from the same run
//! `kaohe score` makes (overrides included), for the office that must
//! answer the teacher's question "why?".

use std::path::PathBuf;

use clap::Args;

use super::audit_common::{self, PeriodArgs};
use kaohe::audit;
use kaohe::rubric;

pub const EXAMPLES: &str = "\
Examples:
  kaohe explain --teacher 10003 \\
                --rubric rubrics/fangan5-online-teaching.toml \\
                --input examples/fangan5-online-teaching --period 2022-03
  kaohe explain --teacher 张三 --rubric r.toml --input 三月 --period 2022-03 \\
                --json

Exit codes: 0 explained; 2 usage or rubric error (an unknown teacher lists
close keys, a name several teachers share lists their 工号); 3 input data
error; 1 anything else.";

/// [`EXAMPLES`] in Chinese, for `--help` when the run speaks Chinese.
pub const EXAMPLES_ZH: &str = "\
示例：
  kaohe explain --teacher 10003 \\
                --rubric rubrics/fangan5-online-teaching.toml \\
                --input examples/fangan5-online-teaching --period 2022-03
  kaohe explain --teacher 张三 --rubric r.toml --input 三月 --period 2022-03 \\
                --json

退出码：0 已说明；2 用法或方案错误（找不到教师时列出相近的工号，
多位教师同名时列出各自的工号）；3 输入数据错误；1 其他错误。";

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The teacher's 工号 (or exact name).
    #[arg(long, value_name = "KEY")]
    pub teacher: String,
    /// The rubric (TOML).
    #[arg(long, value_name = "FILE")]
    pub rubric: PathBuf,
    /// Input files or folders. Repeatable.
    #[arg(long, value_name = "PATH", required = true, num_args = 1..)]
    pub input: Vec<PathBuf>,
    #[command(flatten)]
    pub period: PeriodArgs,
    /// Manual overrides (csv/xlsx: 工号, 项目, 分数, 理由, 操作人), applied after scoring.
    #[arg(long, value_name = "FILE")]
    pub overrides: Option<PathBuf>,
    /// Print the explanation as JSON instead of a tree.
    #[arg(long)]
    pub json: bool,
}

/// Runs `kaohe explain`.
pub fn run(args: &ExplainArgs) -> anyhow::Result<()> {
    // A bad period is a usage error before any rubric is read.
    args.period.period()?;
    let loaded = rubric::load(&args.rubric)?;
    let outcome = audit_common::score(&loaded, &args.input, &args.period, args.overrides.as_ref())?;
    let teacher = audit::find_teacher(&outcome, &args.teacher)?;
    let locale = {
        crate::msg::rubric_locale(loaded.rubric.locale);
        crate::msg::locale()
    };
    let x = audit::explain(&loaded.rubric, teacher, locale);
    if args.json {
        super::out::println(&serde_json::to_string_pretty(&x)?)?;
    } else {
        super::out::print(&audit::render_tree(&loaded.rubric, &x, locale))?;
    }
    Ok(())
}
