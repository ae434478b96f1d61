//! `kaohe test`: run a rubric's worked examples (`NAME.tests.toml` beside
//! `NAME.toml`) through the real engine and report each case.

use std::path::PathBuf;

use clap::Args;

use super::audit_common::Found;
use crate::msg::Term;
use crate::usage::UsageError;
use kaohe::audit::{self, rubric_test};
use kaohe::i18n::cli as words;
use kaohe::provenance::display_path;
use kaohe::rubric;

#[derive(Debug, Args)]
pub struct TestArgs {
    #[arg(value_name = "RUBRIC")]
    pub rubric: PathBuf,
    #[arg(long, value_name = "FILE")]
    pub tests: Option<PathBuf>,
}

/// Runs `kaohe test`.
pub fn run(args: &TestArgs, term: &Term) -> anyhow::Result<()> {
    let loaded = rubric::load(&args.rubric)?;
    term.rubric_locale(loaded.rubric.locale);
    let tests = args
        .tests
        .clone()
        .unwrap_or_else(|| rubric_test::tests_path(&args.rubric));
    if !tests.exists() {
        return Err(UsageError(term.say(words::no_tests(
            display_path(&args.rubric),
            display_path(&tests),
        )))
        .into());
    }
    let report = audit::run_tests(&loaded, &tests)?;
    super::out::print(&report.render(term.locale()))?;
    if !report.passed() {
        return Err(Found(term.say(words::tests_failed(display_path(&tests)))).into());
    }
    Ok(())
}
