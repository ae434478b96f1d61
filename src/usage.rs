//! The small vocabulary every part of the binary shares: the language and
//! output-format flags' values and the usage error. The command line
//! (`cli`), the commands (`cmd`) and the messages (`msg`) all import it and
//! it imports none of them, so none of the three imports another back.

use clap::builder::TypedValueParser as _;
use clap::ValueEnum;
use kaohe::i18n::Locale;

/// The `--lang` values, in the order help lists them.
const LANGS: [&str; 2] = ["zh", "en"];

/// The language a `--lang` value names (exactly, as clap reads it).
pub fn locale(value: &str) -> Option<Locale> {
    match value {
        "zh" => Some(Locale::Zh),
        "en" => Some(Locale::En),
        _ => None,
    }
}

/// clap's parser of `--lang`: the values help lists, read into a [`Locale`].
pub fn lang_parser() -> impl clap::builder::TypedValueParser<Value = Locale> {
    // Only the listed values get past the parser, and each names a locale.
    clap::builder::PossibleValuesParser::new(LANGS).map(|v| locale(&v).unwrap_or(Locale::Zh))
}

/// What `--format` prints to stdout for scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// The JSON summary (exact decimal strings).
    Json,
    /// 汇总 as CSV: one row per teacher, rubric ids as columns.
    Csv,
}

/// The header row of `--format csv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum CsvHeaders {
    /// The rubric's ids (`key`, `item.<id>`, `total`), for scripts.
    #[default]
    Ids,
    /// The names 汇总 shows (工号, 姓名, each item's name, 总分), in the output's language.
    Names,
}

/// A command-line value that does not make sense (exit code 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);
