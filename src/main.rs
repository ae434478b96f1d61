//! The `kaohe` binary: parses arguments, calls the library, prints results
//! and maps failures to the documented exit codes. Nothing else lives here.
#![allow(clippy::print_stdout, clippy::print_stderr)] // the binary owns the terminal

mod cli;

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Parser;

use cli::{Cli, Command, Lang, ScoreArgs, UsageError};
use kaohe::engine::{self, RunConfig, ScoreError};
use kaohe::report::{self, WriteOptions};
use kaohe::rubric::{self, Locale, RubricError};

/// How many data problems are printed before the rest are counted.
const SHOWN_PROBLEMS: usize = 50;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Score(args) => score(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {}", render(&e));
            ExitCode::from(exit_code(&e))
        }
    }
}

fn score(args: &ScoreArgs) -> anyhow::Result<()> {
    let period = args.period()?;
    if args.out.exists() && !args.force {
        return Err(UsageError(format!(
            "{} exists; pass --force to replace it",
            args.out.display()
        ))
        .into());
    }
    let loaded = rubric::load(&args.rubric)?;
    let files = engine::gather(&args.input).map_err(|e| UsageError(e.to_string()))?;
    if let Some(f) = files.iter().find(|f| same_file(&f.path, &args.out)) {
        return Err(UsageError(format!(
            "the output {} is also an input; write the scored workbook elsewhere",
            f.display
        ))
        .into());
    }
    let outcome = engine::score(&loaded, &files, &RunConfig { period })?;
    let locale = match args.lang {
        Some(Lang::Zh) => Locale::Zh,
        Some(Lang::En) => Locale::En,
        None => loaded.rubric.locale.unwrap_or(Locale::Zh),
    };
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
    Ok(())
}

/// Whether two paths name the same file (the output may not exist yet).
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

fn render(e: &anyhow::Error) -> String {
    if let Some(ScoreError::Data(problems)) = e.downcast_ref::<ScoreError>() {
        let mut out = format!("{} problem(s) in the input data; nothing was written:", problems.len());
        for p in problems.iter().take(SHOWN_PROBLEMS) {
            out.push_str(&format!("\n  - {p}"));
        }
        if problems.len() > SHOWN_PROBLEMS {
            out.push_str(&format!("\n  … and {} more", problems.len() - SHOWN_PROBLEMS));
        }
        return out;
    }
    format!("{e:#}")
}

/// 0 ok, 2 usage or rubric error, 3 input data error, 1 anything else.
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
