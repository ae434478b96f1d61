//! What the rubric asks of one source: the fields to find, their header
//! aliases and types. The rubric compiles into these; the readers consume them.

use globset::GlobMatcher;
use rust_decimal::Decimal;

use crate::value::{FieldType, Value};

/// One field a source maps from a column.
#[derive(Debug, Clone)]
pub struct FieldSpec {
    /// The field's name in expressions (ASCII identifier, e.g. `status`).
    pub name: String,
    /// Accepted header texts, compared after header normalisation
    /// (trimmed, line breaks and spaces removed, full-width forms folded).
    pub headers: Vec<String>,
    /// The declared type every cell is converted to.
    pub ty: FieldType,
    /// Whether the column must be present; a missing optional column reads as blank.
    pub required: bool,
    /// Values rewritten before type checking (脱岗 → 旷工), compared after text normalisation.
    pub value_map: Vec<(String, String)>,
    /// The value a blank cell takes; without it a blank cell is [`Value::Null`].
    pub default: Option<Value>,
    /// Numeric fields: the smallest value accepted.
    pub min: Option<Decimal>,
    /// Numeric fields: the largest value accepted.
    pub max: Option<Decimal>,
    /// Texts that mean "nothing" (`--`, `/`), normalised: such a cell reads
    /// as blank, so `default` applies, or null, or the blank-cell refusal.
    pub placeholders: Vec<String>,
    /// A pattern with one capture group (`迟到(\d+)分钟`): the cell's text
    /// is searched and the group's text is what the type reads; a cell it
    /// does not match reads as blank.
    pub extract: Option<regex::Regex>,
    /// With a [`FieldType::List`] type: the separator between a cell's values.
    pub split: Option<String>,
    /// A datetime field whose cells hold a time of day (`次日 01:10` the next
    /// day): the slot of the date field of the same record it falls on.
    pub on: Option<usize>,
    /// How people name the field in words (the rubric's `label`), when
    /// the rubric gives one; see [`FieldSpec::shown`].
    pub label: Option<String>,
}

impl SourceSchema {
    /// The fields' names, in slot order: what a message lists when a name
    /// is not among them.
    pub fn field_names(&self) -> Vec<&str> {
        self.fields.iter().map(|f| f.name.as_str()).collect()
    }
}

impl FieldSpec {
    /// A field of `ty` read from a column headed `headers`, with none of the
    /// options: required, no map, default, bounds, placeholders or pattern.
    pub fn plain(name: &str, headers: Vec<String>, ty: FieldType) -> FieldSpec {
        FieldSpec {
            name: name.to_string(),
            headers,
            ty,
            required: true,
            value_map: Vec::new(),
            default: None,
            min: None,
            max: None,
            placeholders: Vec::new(),
            extract: None,
            split: None,
            on: None,
            label: None,
        }
    }

    /// The field as the people who fill the sheet know it: its `label`,
    /// else its first header, else (a field an unpivot makes) its name.
    pub fn shown(&self) -> &str {
        self.label
            .as_deref()
            .or(self.headers.first().map(String::as_str))
            .unwrap_or(&self.name)
    }

    /// What a blank cell reads as: the default, an empty list for a list
    /// field, or [`Value::Null`].
    pub fn blank(&self) -> Value {
        match (&self.default, &self.ty) {
            (Some(v), _) => v.clone(),
            (None, FieldType::List(_)) => Value::List(Vec::new()),
            (None, _) => Value::Null,
        }
    }
}

/// A source as the readers see it: its fields, in slot order, and which
/// sheets of a workbook it reads.
#[derive(Debug, Clone)]
pub struct SourceSchema {
    /// The source's id in the rubric (`attendance`).
    pub id: String,
    /// The fields; a record's values are in this order.
    pub fields: Vec<FieldSpec>,
    /// Sheet-name pattern; `None` reads every sheet whose header matches.
    pub sheet: Option<GlobMatcher>,
    /// The sheet pattern as written, for messages.
    pub sheet_pattern: Option<String>,
    /// A sheet with one column per day (DingTalk's 月度汇总): each day cell
    /// of a row is a record of its own.
    pub unpivot: Option<Unpivot>,
}

impl FieldSpec {
    /// Whether the field is found by a header. The fields an unpivot makes
    /// (the day and its cell) have none.
    pub fn has_column(&self) -> bool {
        !self.headers.is_empty()
    }
}

/// Which fields an unpivot fills: every row gives one record per day
/// column, with the day's date in `date` and the day cell in `value`; the
/// other fields are read once per row and shared by its records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unpivot {
    /// Slot of the `date` field the day's date goes into.
    pub date: usize,
    /// Slot of the field the day cell is read into, by that field's type.
    pub value: usize,
}
