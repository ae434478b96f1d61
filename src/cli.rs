//! The command line as typed (clap definitions) and its validation into a
//! run configuration: periods parsed, paths checked, nothing scored here.

use std::ffi::OsString;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::cmd;
use kaohe::rubric::Locale;

pub mod zh;

/// 考核: score teachers' performance assessments from exported spreadsheets
/// with a TOML rubric, explaining every point.
#[derive(Debug, Parser)]
#[command(name = "kaohe", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Language of labels and messages: zh or en (default: the rubric's
    /// locale, else LANG).
    #[arg(long, value_parser = crate::usage::lang_parser(), global = true)]
    pub lang: Option<Locale>,
    /// Print no progress and no closing summary; errors are still printed.
    #[arg(long, short, global = true)]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Score a month of exported records with a rubric and write the scored workbook.
    #[command(after_help = cmd::score::EXAMPLES)]
    Score(cmd::score::ScoreArgs),
    /// Compare two rubrics on the same inputs, or two scored workbooks.
    #[command(after_help = cmd::diff::EXAMPLES)]
    Diff(cmd::diff::DiffArgs),
    /// Show one teacher's score as a tree of evidence.
    #[command(after_help = cmd::explain::EXAMPLES)]
    Explain(cmd::explain::ExplainArgs),
    /// Lint a rubric and, with --input, check a month's files against it.
    #[command(after_help = cmd::check::EXAMPLES)]
    Check(cmd::check::CheckArgs),
    /// Run a rubric's test cases (NAME.tests.toml beside it).
    #[command(after_help = cmd::test::EXAMPLES)]
    Test(cmd::test::TestArgs),
    /// Combine periods' results into a term result and grade it.
    #[command(after_help = cmd::rollup::EXAMPLES)]
    Rollup(cmd::rollup::RollupArgs),
    /// Start a rubric and blank input templates from a ready rubric.
    #[command(after_help = cmd::init::EXAMPLES)]
    Init(cmd::init::InitArgs),
    /// Print a shell completion script.
    #[command(after_help = cmd::completions::EXAMPLES)]
    Completions(cmd::completions::CompletionsArgs),
    /// Print the man page (roff).
    #[command(after_help = cmd::man::EXAMPLES)]
    Man,
}

/// The command line parsed, with clap's help in `locale`.
///
/// # Errors
/// clap's error (usage, or help and version to print), with its usage line.
pub fn parse(args: &[OsString], locale: Locale) -> Result<Cli, clap::Error> {
    let mut command = command(locale);
    let mut matches = command.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches_mut(&mut matches).map_err(|e| e.format(&mut command))
}

/// The clap definition, its help in `locale`.
pub fn command(locale: Locale) -> clap::Command {
    match locale {
        Locale::En => Cli::command(),
        Locale::Zh => zh::help(Cli::command()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Terminal columns a line takes: CJK characters take two.
    fn width(line: &str) -> usize {
        line.chars()
            .map(|c| match u32::from(c) {
                0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F => 2,
                0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 => 2,
                _ => 1,
            })
            .sum()
    }

    /// Columns of the narrowest usual terminal.
    const COLUMNS: usize = 80;

    #[test]
    fn help_examples_are_never_wrapped_inside_a_command() {
        for locale in [Locale::En, Locale::Zh] {
            for sub in command(locale).get_subcommands_mut() {
                let Some(examples) = sub.get_after_help().map(ToString::to_string) else {
                    continue;
                };
                let help = sub.clone().term_width(COLUMNS).render_help().to_string();
                let shown: Vec<&str> = help.lines().map(str::trim_end).collect();
                for line in examples.lines() {
                    // Two columns spare: clap wraps before the last one.
                    assert!(width(line) <= COLUMNS - 2, "{line}");
                    assert!(
                        shown.contains(&line.trim_end()),
                        "{} ({locale:?}): `{line}` is wrapped in --help at {COLUMNS} columns",
                        sub.get_name()
                    );
                }
            }
        }
    }

    #[test]
    fn the_cli_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
