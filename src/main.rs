//! The `kaohe` binary: parses arguments, calls the library, prints results
//! and maps failures to the documented exit codes. Nothing else lives here.
#![allow(clippy::print_stdout, clippy::print_stderr)] // the binary owns the terminal

mod cli;
mod cmd;
mod msg;

use std::process::ExitCode;

use clap::Parser;

use cli::{Cli, Command, UsageError};
use kaohe::engine::ScoreError;
use kaohe::i18n::Localize;
use kaohe::rubric::RubricError;

/// How many data problems are printed before the rest are counted.
const SHOWN_PROBLEMS: usize = 50;

fn main() -> ExitCode {
    let cli = Cli::parse();
    msg::init(cli.lang.map(cli::Lang::locale), cli.quiet);
    let result = match cli.command {
        Command::Score(args) => cmd::score::run(&args),
        Command::Diff(args) => cmd::diff::run(&args),
        Command::Explain(args) => cmd::explain::run(&args),
        Command::Check(args) => cmd::check::run(&args),
        Command::Test(args) => cmd::test::run(&args),
        Command::Rollup(args) => cmd::rollup::run(&args),
        Command::Init(args) => cmd::init::run(&args),
        Command::Completions(args) => cmd::completions::run(&args),
        Command::Man => cmd::man::run(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if let Some(skipped) = e.downcast_ref::<cmd::score::Skipped>() {
                eprintln!("{}{skipped}", msg::Msg::Warning.text());
                return ExitCode::from(5);
            }
            eprintln!("{}{}", msg::Msg::Error.text(), render(&e));
            ExitCode::from(exit_code(&e))
        }
    }
}

fn render(e: &anyhow::Error) -> String {
    if let Some(ScoreError::Data(problems)) = e.downcast_ref::<ScoreError>() {
        let mut out = msg::Msg::Problems.fill(&[&problems.len()]);
        for p in problems.iter().take(SHOWN_PROBLEMS) {
            out.push_str(&format!("\n  - {p}"));
        }
        if problems.len() > SHOWN_PROBLEMS {
            out.push_str("\n  ");
            out.push_str(&msg::Msg::MoreProblems.fill(&[&(problems.len() - SHOWN_PROBLEMS)]));
        }
        return out;
    }
    // Each link of the chain in the language in force: library errors that
    // know both languages say it themselves (their causes included, so the
    // walk stops there), the rest in their own words.
    let mut links = Vec::new();
    for link in e.chain() {
        if let Some(r) = link.downcast_ref::<RubricError>() {
            links.push(r.localized(msg::locale()));
            break;
        }
        links.push(link.to_string());
    }
    links.join(": ")
}

/// 0 ok, 2 usage or rubric error, 3 input data error, 4 a check found what
/// it looks for (diff --fail-on-change, failing rubric tests), 5 scored with
/// records skipped under --keep-going (handled in `main`), 1 anything else.
fn exit_code(e: &anyhow::Error) -> u8 {
    if let Some(code) = cmd::audit_common::exit_code(e) {
        return code;
    }
    if e.downcast_ref::<UsageError>().is_some() || e.downcast_ref::<RubricError>().is_some() {
        return 2;
    }
    match e.downcast_ref::<ScoreError>() {
        Some(ScoreError::Internal(_)) => 1,
        // A run that needs a period and was given none is a usage error.
        Some(ScoreError::NoPeriod) => 2,
        Some(_) => 3,
        None => 1,
    }
}
