//! The small vocabulary every part of the binary shares: the language and
//! output-format flags' values and the usage error. The command line
//! (`cli`), the commands (`cmd`) and the messages (`msg`) all import it and
//! it imports none of them, so none of the three imports another back.

use clap::builder::PossibleValue;
use clap::builder::TypedValueParser as _;
use clap::ValueEnum;
use kaohe::i18n::cli as words;
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    /// The JSON summary.
    Json,
    /// 汇总 as CSV.
    Csv,
}

impl ValueEnum for OutputFormat {
    fn value_variants<'a>() -> &'a [Self] {
        &[OutputFormat::Json, OutputFormat::Csv]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            OutputFormat::Json => PossibleValue::new("json").help(words::format_json().en),
            OutputFormat::Csv => PossibleValue::new("csv").help(words::format_csv().en),
        })
    }
}

/// The header row of `--format csv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CsvHeaders {
    /// The rubric's ids, for scripts.
    #[default]
    Ids,
    /// The names 汇总 shows, in the output's language.
    Names,
}

impl ValueEnum for CsvHeaders {
    fn value_variants<'a>() -> &'a [Self] {
        &[CsvHeaders::Ids, CsvHeaders::Names]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            CsvHeaders::Ids => PossibleValue::new("ids").help(words::headers_ids().en),
            CsvHeaders::Names => PossibleValue::new("names").help(words::headers_names().en),
        })
    }
}

/// A command-line value that does not make sense (exit code 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);
