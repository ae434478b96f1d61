//! The `kaohe` binary: parses arguments, calls the library, prints results
//! and maps failures to the documented exit codes. Nothing else lives here.
#![allow(clippy::print_stdout, clippy::print_stderr)] // the binary owns the terminal

mod cli;
mod cmd;

use std::process::ExitCode;

use clap::Parser;

use cli::{Cli, Command, UsageError};
use kaohe::engine::ScoreError;
use kaohe::rubric::RubricError;

/// How many data problems are printed before the rest are counted.
const SHOWN_PROBLEMS: usize = 50;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Score(args) => cmd::score::run(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if let Some(skipped) = e.downcast_ref::<cmd::score::Skipped>() {
                eprintln!("warning: {skipped}");
                return ExitCode::from(4);
            }
            eprintln!("error: {}", render(&e));
            ExitCode::from(exit_code(&e))
        }
    }
}

fn render(e: &anyhow::Error) -> String {
    if let Some(ScoreError::Data(problems)) = e.downcast_ref::<ScoreError>() {
        let mut out = format!(
            "{} problem(s) in the input data; nothing was written:",
            problems.len()
        );
        for p in problems.iter().take(SHOWN_PROBLEMS) {
            out.push_str(&format!("\n  - {p}"));
        }
        if problems.len() > SHOWN_PROBLEMS {
            out.push_str(&format!(
                "\n  … and {} more",
                problems.len() - SHOWN_PROBLEMS
            ));
        }
        return out;
    }
    format!("{e:#}")
}

/// 0 ok, 2 usage or rubric error, 3 input data error, 4 scored with records
/// skipped under --keep-going (handled in `main`), 1 anything else.
fn exit_code(e: &anyhow::Error) -> u8 {
    if e.downcast_ref::<UsageError>().is_some() || e.downcast_ref::<RubricError>().is_some() {
        return 2;
    }
    match e.downcast_ref::<ScoreError>() {
        Some(ScoreError::Internal(_)) => 1,
        Some(_) => 3,
        None => 1,
    }
}
