//! `[tables.NAME]` as written: keys, rows, and whether the values are
//! numbers or text (a 工号 keeps its leading zeros).

use serde::{Deserialize, Deserializer};
use toml::Spanned;

use super::{Day, Num};

/// `[tables.NAME]`: values looked up by keys, optionally changing from a date.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableDef {
    /// What each key is (`["subject", "band"]`), for messages and the 规则 sheet.
    pub keys: Spanned<Vec<String>>,
    /// The rows: `{ key = ["数学", "3-6"], value = 5 }`, `from = 2022-04-20` for a dated value.
    pub row: Vec<Spanned<TableRowDef>>,
    /// What the values are: `number` (the default) or `text` (a 工号, written in quotes).
    #[serde(default)]
    pub values: Option<Spanned<String>>,
    /// How people name the table in words (`label = "答疑时长标准"`);
    /// without it, its name.
    #[serde(default)]
    pub label: Option<Spanned<String>>,
}

/// One row of a lookup table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableRowDef {
    /// One text per key; a numeric key may be a range (`"3-6"`).
    pub key: Vec<KeyText>,
    pub value: TableValueDef,
    /// The value holds from this day on (until a later row for the same key).
    #[serde(default)]
    pub from: Option<Day>,
}

/// A table value as written: a TOML number, or a TOML string kept as
/// written (a number in quotes in a number table, a 工号 such as `"0012"`
/// in a text table: the table's `values` decides, on the row's line).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum TableValueDef {
    /// A TOML integer.
    Int(i64),
    /// A TOML float.
    Float(f64),
    /// A TOML string, as written.
    Text(String),
}

impl TableValueDef {
    /// The value as a number table reads it (a number, or a number in
    /// quotes); `Err` is serde's message for what is not one.
    pub fn number(&self) -> Result<Num, String> {
        match self {
            TableValueDef::Int(i) => Num::parse(&i.to_string()),
            TableValueDef::Float(f) if f.is_finite() => Num::parse(&f.to_string()),
            TableValueDef::Float(f) => Err(crate::i18n::rubric::toml_not_a_number(f).en),
            TableValueDef::Text(s) => Num::parse(s),
        }
    }
}

/// A table key as written: text, or a whole number (`3` means `"3"`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyText(pub String);

impl<'de> Deserialize<'de> for KeyText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Int(i64),
            Text(String),
        }
        Ok(KeyText(match Raw::deserialize(deserializer)? {
            Raw::Int(i) => i.to_string(),
            Raw::Text(s) => s,
        }))
    }
}
