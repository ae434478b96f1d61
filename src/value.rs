//! Typed cell values and the field types a rubric declares for them.
//!
//! Every value that reaches a rule has been converted from a spreadsheet cell
//! into one of these variants by `input`, according to the field's declared
//! [`FieldType`]; rules never see raw cells.

use std::fmt;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use rust_decimal::Decimal;

/// A field's type, declared in the rubric for each column a source maps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldType {
    /// An identifier such as 工号 or UserId: always text, leading zeros kept,
    /// a numeric cell written without a decimal point.
    Key,
    /// Free text, normalised (trimmed, full-width spaces folded).
    Text,
    /// A whole number.
    Integer,
    /// An exact decimal number.
    Decimal,
    /// A calendar date.
    Date,
    /// A date with a time of day.
    DateTime,
    /// A length of time, held as a decimal number of minutes.
    Duration,
    /// A time of day (`07:41`), with no date.
    Time,
    /// Yes or no (是/否, true/false, 1/0).
    Boolean,
    /// Text restricted to the listed values (after the source's value map).
    Enum(Vec<String>),
    /// Several values of one type in one cell (`split = " "`): WeCom's
    /// 打卡时间记录 `09:00(补卡) 18:09`. A blank cell is an empty list.
    List(Box<FieldType>),
}

impl FieldType {
    /// The name a rubric uses for this type.
    pub fn name(&self) -> &'static str {
        match self {
            FieldType::Key => "key",
            FieldType::Text => "text",
            FieldType::Integer => "integer",
            FieldType::Decimal => "decimal",
            FieldType::Date => "date",
            FieldType::DateTime => "datetime",
            FieldType::Duration => "duration",
            FieldType::Time => "time",
            FieldType::Boolean => "boolean",
            FieldType::Enum(_) => "enum",
            FieldType::List(_) => "list",
        }
    }

    /// Whether values of this type are numbers in expressions.
    pub fn is_numeric(&self) -> bool {
        matches!(
            self,
            FieldType::Integer | FieldType::Decimal | FieldType::Duration
        )
    }

    /// Whether values of this type are text in expressions.
    pub fn is_textual(&self) -> bool {
        matches!(self, FieldType::Key | FieldType::Text | FieldType::Enum(_))
    }
}

/// One typed value of one field of one record.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Value {
    /// A blank cell, or a column the source does not have.
    #[default]
    Null,
    /// Text of a key, text or enumeration field.
    Text(String),
    /// An integer field.
    Int(i64),
    /// A decimal or duration (minutes) field.
    Number(Decimal),
    /// A date field.
    Date(NaiveDate),
    /// A datetime field.
    DateTime(NaiveDateTime),
    /// A boolean field.
    Bool(bool),
    /// A time field: a time of day.
    Time(NaiveTime),
    /// A list field: the values of one cell's parts, in the order written.
    List(Vec<Value>),
}

impl Value {
    /// The value as a decimal, for integer, decimal and duration fields.
    pub fn as_decimal(&self) -> Option<Decimal> {
        match self {
            Value::Int(i) => Some(Decimal::from(*i)),
            Value::Number(d) => Some(*d),
            _ => None,
        }
    }

    /// The value as text, for key, text and enumeration fields.
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Value::Text(s) => Some(s),
            _ => None,
        }
    }

    /// The calendar date of a date or datetime value.
    pub fn as_date(&self) -> Option<NaiveDate> {
        match self {
            Value::Date(d) => Some(*d),
            Value::DateTime(dt) => Some(dt.date()),
            _ => None,
        }
    }

    /// Whether the value is blank.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
}

impl fmt::Display for Value {
    /// The value as a person reads it in the evidence: dates in ISO form,
    /// decimals without trailing zeros, blanks as nothing.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => Ok(()),
            Value::Text(s) => f.write_str(s),
            Value::Int(i) => write!(f, "{i}"),
            Value::Number(d) => write!(f, "{}", d.normalize()),
            Value::Date(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            // Seconds are shown when there are any: a reminder at 08:00:35 is
            // after 8:00 for `time(sent_at) > time("08:00")`, and its evidence
            // must not read 08:00.
            Value::DateTime(dt) if dt.second() != 0 || dt.nanosecond() != 0 => {
                write!(f, "{}", dt.format("%Y-%m-%d %H:%M:%S"))
            }
            Value::DateTime(dt) => write!(f, "{}", dt.format("%Y-%m-%d %H:%M")),
            Value::Bool(true) => f.write_str("是"),
            Value::Bool(false) => f.write_str("否"),
            Value::Time(t) if t.second() != 0 || t.nanosecond() != 0 => {
                write!(f, "{}", t.format("%H:%M:%S"))
            }
            Value::Time(t) => write!(f, "{}", t.format("%H:%M")),
            // The parts as a Chinese list is written: 08:11、18:00.
            Value::List(parts) => {
                for (i, part) in parts.iter().enumerate() {
                    if i > 0 {
                        f.write_str("、")?;
                    }
                    write!(f, "{part}")?;
                }
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_is_what_a_person_reads() {
        assert_eq!(Value::Number(Decimal::new(1500, 3)).to_string(), "1.5");
        let d = NaiveDate::from_ymd_opt(2022, 3, 1).map(Value::Date);
        assert_eq!(d.map(|d| d.to_string()).as_deref(), Some("2022-03-01"));
        assert_eq!(Value::Null.to_string(), "");
        let at = |h, m, s| {
            NaiveDate::from_ymd_opt(2022, 4, 6)
                .and_then(|d| d.and_hms_opt(h, m, s))
                .map(|dt| Value::DateTime(dt).to_string())
        };
        assert_eq!(at(8, 0, 0).as_deref(), Some("2022-04-06 08:00"));
        assert_eq!(at(8, 0, 35).as_deref(), Some("2022-04-06 08:00:35"));
    }

    #[test]
    fn times_and_lists_read_as_written() {
        let t = |h, m, s| NaiveTime::from_hms_opt(h, m, s).map(Value::Time);
        assert_eq!(t(7, 41, 0).map(|v| v.to_string()).as_deref(), Some("07:41"));
        assert_eq!(
            t(7, 41, 5).map(|v| v.to_string()).as_deref(),
            Some("07:41:05")
        );
        let list = Value::List([t(8, 11, 0), t(18, 0, 0)].into_iter().flatten().collect());
        assert_eq!(list.to_string(), "08:11、18:00");
        assert_eq!(Value::List(Vec::new()).to_string(), "");
    }

    #[test]
    fn numbers_convert_to_decimal() {
        assert_eq!(Value::Int(3).as_decimal(), Some(Decimal::from(3)));
        assert_eq!(Value::Text("3".into()).as_decimal(), None);
    }
}
