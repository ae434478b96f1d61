//! The command line as typed (clap definitions) and its validation into a
//! run configuration: periods parsed, paths checked, nothing scored here.

use clap::{Parser, Subcommand, ValueEnum};

use crate::cmd;

/// 考核: score teachers' performance assessments from exported spreadsheets
/// with a TOML rubric, explaining every point.
#[derive(Debug, Parser)]
#[command(name = "kaohe", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Score a month of exported records with a rubric and write the scored workbook.
    #[command(after_help = cmd::score::EXAMPLES)]
    Score(cmd::score::ScoreArgs),
}

/// Output language of labels and messages.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    /// The language to use: the flag, else the rubric's locale, else Chinese.
    pub fn resolve(
        flag: Option<Lang>,
        rubric: Option<kaohe::rubric::Locale>,
    ) -> kaohe::rubric::Locale {
        use kaohe::rubric::Locale;
        match flag {
            Some(Lang::Zh) => Locale::Zh,
            Some(Lang::En) => Locale::En,
            None => rubric.unwrap_or(Locale::Zh),
        }
    }
}

/// A command-line value that does not make sense (exit code 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cli_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
