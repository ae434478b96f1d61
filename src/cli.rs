//! The command line as typed (clap definitions) and its validation into a
//! run configuration: periods parsed, paths checked, nothing scored here.

use std::ffi::OsString;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::cmd;
use kaohe::rubric::Locale;

pub mod help;
pub mod zh;

/// The command line as typed. Its help, in either language, is put in from
/// the catalogue by [`help::said`].
#[derive(Debug, Parser)]
#[command(name = "kaohe", version)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    // The global flags' place in each command's help is pinned: clap
    // numbers them after the subcommands, so a new subcommand would
    // otherwise move them down every command's option list.
    #[arg(long, value_parser = crate::usage::lang_parser(), global = true, display_order = 9)]
    pub lang: Option<Locale>,
    #[arg(long, short, global = true, display_order = 10)]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Score(cmd::score::ScoreArgs),
    Diff(cmd::diff::DiffArgs),
    Explain(cmd::explain::ExplainArgs),
    Check(cmd::check::CheckArgs),
    Test(cmd::test::TestArgs),
    Rollup(cmd::rollup::RollupArgs),
    Publish(cmd::publish::PublishArgs),
    Analyze(cmd::analyze::AnalyzeArgs),
    Serve(cmd::serve::ServeArgs),
    Init(cmd::init::InitArgs),
    Completions(cmd::completions::CompletionsArgs),
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

/// The clap definition, its help and its refusals of a value in `locale`.
pub fn command(locale: Locale) -> clap::Command {
    let command = match locale {
        Locale::En => help::said(Cli::command(), "", Locale::En),
        Locale::Zh => zh::help(Cli::command()),
    };
    sizes_in(command, locale)
}

/// Each command's `--memory-limit` says a bad size in `locale`: a value
/// parser is made before the line is parsed, so it is handed the language.
/// Changed in place: commands and flags keep their order.
fn sizes_in(command: clap::Command, locale: Locale) -> clap::Command {
    command.mut_subcommands(|c| {
        c.mut_args(|a| {
            if a.get_id() == "memory_limit" {
                a.value_parser(cmd::score::size_parser(locale))
            } else {
                a
            }
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
                    assert!(kaohe::show::width(line) <= COLUMNS - 2, "{line}");
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
    fn a_bad_size_is_refused_in_the_language_the_line_is_parsed_in() {
        for sub in ["score", "serve"] {
            let args: Vec<OsString> = ["kaohe", sub, "--memory-limit", "lots"]
                .iter()
                .map(Into::into)
                .collect();
            for locale in [Locale::En, Locale::Zh] {
                let e = parse(&args, locale).unwrap_err();
                let why = std::error::Error::source(&e).map(ToString::to_string);
                let said = kaohe::i18n::cli::not_a_size("lots");
                assert_eq!(why.as_deref(), Some(said.get(locale)), "{sub} {locale:?}");
            }
        }
    }

    #[test]
    fn the_cli_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
