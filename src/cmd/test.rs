//! `kaohe test`: run a rubric's worked examples (`NAME.tests.toml` beside
//! `NAME.toml`) through the real engine and report each case.

use std::path::PathBuf;

use clap::Args;

use super::audit_common::Found;
use crate::msg;
use crate::usage::UsageError;
use kaohe::audit::{self, rubric_test};
use kaohe::i18n::cli as words;
use kaohe::provenance::display_path;
use kaohe::rubric;

pub const EXAMPLES: &str = "\
Examples:
  kaohe test rubrics/fangan5-online-teaching.toml
  kaohe test my.toml --tests cases/my.tests.toml

Exit codes: 0 every case passed and every rule is exercised; 4 a case failed
or a rule is untested; 2 usage, rubric or tests-file error; 1 anything else.";

/// [`EXAMPLES`] in Chinese, for `--help` when the run speaks Chinese.
pub const EXAMPLES_ZH: &str = "\
示例：
  kaohe test rubrics/fangan5-online-teaching.toml
  kaohe test my.toml --tests cases/my.tests.toml

退出码：0 所有用例通过，且每条规则都有用例覆盖；
4 有用例未通过或有规则未被测试；2 用法、方案或测试文件错误；1 其他错误。";

#[derive(Debug, Args)]
pub struct TestArgs {
    /// The rubric (TOML).
    #[arg(value_name = "RUBRIC")]
    pub rubric: PathBuf,
    /// The tests file (default: NAME.tests.toml beside the rubric).
    #[arg(long, value_name = "FILE")]
    pub tests: Option<PathBuf>,
}

/// Runs `kaohe test`.
pub fn run(args: &TestArgs) -> anyhow::Result<()> {
    let loaded = rubric::load(&args.rubric)?;
    crate::msg::rubric_locale(loaded.rubric.locale);
    let tests = args
        .tests
        .clone()
        .unwrap_or_else(|| rubric_test::tests_path(&args.rubric));
    if !tests.exists() {
        return Err(UsageError(msg::say(words::no_tests(
            display_path(&args.rubric),
            display_path(&tests),
        )))
        .into());
    }
    let report = audit::run_tests(&loaded, &tests)?;
    super::out::print(&report.render(crate::msg::locale()))?;
    if !report.passed() {
        return Err(Found(msg::say(words::tests_failed(display_path(&tests)))).into());
    }
    Ok(())
}
