//! Converts one raw cell into the typed [`Value`] its field declares, or
//! says what would have been accepted. Cells from xlsx, xls, ods and CSV all
//! arrive here as a borrowed [`Raw`] view.

use std::str::FromStr;

use calamine::{CellErrorType, Data, DataRef, ExcelDateTime};
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};
use rust_decimal::Decimal;
use unicode_normalization::UnicodeNormalization;

use super::dates::{from_excel, from_serial, parse_date_text, DateFail};
use super::duration::{decimal_text, minutes_from_days, parse_duration_text};
use super::normalize::{is_invisible, normalize_text};
use super::schema::FieldSpec;
use crate::i18n::common;
use crate::i18n::input as msg;
use crate::i18n::{Text, Word};
use crate::value::{FieldType, Value};

/// One cell's content before conversion, borrowed from whichever reader holds it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Raw<'a> {
    Empty,
    Int(i64),
    Float(f64),
    Text(&'a str),
    Bool(bool),
    DateTime(ExcelDateTime),
    DateTimeIso(&'a str),
    DurationIso(&'a str),
    Error(&'a CellErrorType),
}

impl<'a> Raw<'a> {
    pub(crate) fn from_data_ref(d: &'a DataRef<'_>) -> Self {
        match d {
            DataRef::Int(i) => Raw::Int(*i),
            DataRef::Float(f) => Raw::Float(*f),
            DataRef::String(s) => Raw::Text(s),
            DataRef::SharedString(s) => Raw::Text(s),
            DataRef::Bool(b) => Raw::Bool(*b),
            DataRef::DateTime(t) => Raw::DateTime(*t),
            DataRef::DateTimeIso(s) => Raw::DateTimeIso(s),
            DataRef::DurationIso(s) => Raw::DurationIso(s),
            DataRef::Error(e) => Raw::Error(e),
            DataRef::Empty => Raw::Empty,
        }
    }

    pub(crate) fn from_data(d: &'a Data) -> Self {
        match d {
            Data::Int(i) => Raw::Int(*i),
            Data::Float(f) => Raw::Float(*f),
            Data::String(s) => Raw::Text(s),
            Data::Bool(b) => Raw::Bool(*b),
            Data::DateTime(t) => Raw::DateTime(*t),
            Data::DateTimeIso(s) => Raw::DateTimeIso(s),
            Data::DurationIso(s) => Raw::DurationIso(s),
            Data::Error(e) => Raw::Error(e),
            Data::Empty => Raw::Empty,
        }
    }

    /// Empty, or text of nothing but spaces and invisible characters.
    pub(crate) fn is_blank(&self) -> bool {
        match self {
            Raw::Empty => true,
            Raw::Text(s) => s.chars().all(|c| c.is_whitespace() || is_invisible(c)),
            _ => false,
        }
    }

    /// The cell as the spreadsheet shows it, for messages and header matching.
    pub(crate) fn shown(&self) -> String {
        match self {
            Raw::Empty => String::new(),
            Raw::Int(i) => i.to_string(),
            // As Excel shows a number this large (1E+300), not its 301 digits.
            Raw::Float(f) if f.abs() >= 1e21 => {
                format!("{f:E}").replacen("E", "E+", 1).replace("E+-", "E-")
            }
            Raw::Float(f) => as_displayed(*f).to_string(),
            Raw::Text(s) | Raw::DateTimeIso(s) => (*s).to_string(),
            // An ods duration (`PT01H20M00S`) as LibreOffice shows it.
            Raw::DurationIso(s) => parse_duration_text(s)
                .and_then(clock_minutes)
                .unwrap_or_else(|| (*s).to_string()),
            Raw::Bool(true) => "TRUE".to_string(),
            Raw::Bool(false) => "FALSE".to_string(),
            Raw::DateTime(t) if t.is_datetime() => match from_excel(t) {
                Some(dt) if dt.time() == NaiveTime::MIN => dt.format("%Y-%m-%d").to_string(),
                Some(dt) => dt.format("%Y-%m-%d %H:%M:%S").to_string(),
                None => t.as_f64().to_string(),
            },
            // A duration cell (`[h]:mm:ss`) as Excel shows it, not a day fraction.
            Raw::DateTime(t) => clock(t.as_f64()).unwrap_or_else(|| t.as_f64().to_string()),
            Raw::Error(e) => e.to_string(),
        }
    }
}

/// Significant digits Excel shows and computes with: the float a formula
/// caches holds a 16th and 17th that no spreadsheet shows.
const SHOWN_DIGITS: usize = 15;

/// The float as Excel and WPS show it: rounded to 15 significant digits, so
/// `=B2*0.2+C2*0.1+D2*0.1+E2*0.6`'s cached 4.449999999999999 is the 4.45
/// the sheet shows (and rounds to 4.5), and 6.2555199999999989 is 6.25552.
/// A whole number is exact already and left as it is: a 16-digit key or
/// count must keep its digits.
pub(crate) fn as_displayed(f: f64) -> f64 {
    if !f.is_finite() || f.fract() == 0.0 {
        return f;
    }
    format!("{f:.prec$e}", prec = SHOWN_DIGITS - 1)
        .parse()
        .unwrap_or(f)
}

/// A day fraction as `h:mm:ss`, the way a duration cell shows it.
fn clock(days: f64) -> Option<String> {
    clock_minutes(minutes_from_days(days)?)
}

/// Minutes as `h:mm:ss`.
fn clock_minutes(minutes: Decimal) -> Option<String> {
    if minutes.is_sign_negative() {
        return None;
    }
    let seconds = (minutes * Decimal::from(60)).round();
    let total = u64::try_from(seconds).ok()?;
    Some(format!(
        "{}:{:02}:{:02}",
        total / 3600,
        total / 60 % 60,
        total % 60
    ))
}

/// What conversion needs besides the cell.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Context {
    /// The days scored, which give dates written without a year their year.
    pub(crate) year_hint: Option<super::dates::YearHint>,
    /// The workbook counts serial dates from 1904 (old Mac Excel).
    pub(crate) is_1904: bool,
    /// Each record's hash is kept ([`super::ReadOptions::compare`]).
    pub(crate) keep_hashes: bool,
}

impl Context {
    /// The context of a file read with `options`, its serial dates
    /// counted from 1904 or not.
    pub(crate) fn new(options: &super::ReadOptions, is_1904: bool) -> Self {
        Context {
            year_hint: options.year_hint,
            is_1904,
            keep_hashes: options.compare,
        }
    }
}

/// A refused cell: its content as shown, and what would have been accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Rejected {
    pub(crate) value: String,
    pub(crate) expected: Text,
}

/// What a field accepts, said in both languages; the Chinese reads after
/// "应为".
pub(crate) type Expect = Word;

const EXPECT_KEY: Expect = msg::expect_key();
const EXPECT_LOST_DIGITS: Expect = msg::expect_lost_digits();
const EXPECT_TEXT: Expect = msg::expect_text();
const EXPECT_INTEGER: Expect = msg::expect_integer();
const EXPECT_DECIMAL: Expect = msg::expect_decimal();
const EXPECT_DURATION: Expect = msg::expect_duration();
const EXPECT_DATE: Expect = msg::expect_date();
/// How [`needs_year`] begins, which tells a cell refused for want of a
/// year from other refusals (the engine says them all as one).
const EXPECT_DATE_WITH_YEAR: Expect = msg::expect_date_with_year();

/// What a month and day without a year (`3月7日`) needs, the cell's own
/// text named.
fn needs_year(written: &str) -> Text {
    msg::needs_year(&EXPECT_DATE_WITH_YEAR.text(), written)
}

/// Whether a cell was refused only for want of a year: the run then lacks
/// a period, and every such cell says the same.
pub(crate) fn is_needs_year(expected: &Text) -> bool {
    expected
        .en
        .strip_prefix(EXPECT_DATE_WITH_YEAR.en)
        .is_some_and(|rest| rest.starts_with(':'))
}
const EXPECT_FOUR_DIGIT_YEAR: Expect = msg::expect_four_digit_year();
const EXPECT_DATETIME: Expect = msg::expect_datetime();
const EXPECT_BOOLEAN: Expect = msg::expect_boolean();

/// A formula cell whose result cannot be trusted: saved without one
/// (openpyxl, POI), or in a file whose writer does not calculate formulas
/// and caches a placeholder (XlsxWriter's 0). `formula` is its text when
/// the cell has it (a shared formula's later cells do not).
pub(crate) fn uncalculated_formula(formula: Option<&str>, placeholder: bool) -> Rejected {
    let value = match formula {
        Some(f) => format!("={f}"),
        None => "=…".to_string(),
    };
    let expected = if placeholder {
        msg::expect_calculated_placeholder().text()
    } else {
        msg::expect_calculated_missing().text()
    };
    Rejected { value, expected }
}

const EXPECT_SMALLER_NUMBER: Expect = msg::expect_smaller_number();
const EXPECT_SMALLER_INTEGER: Expect = msg::expect_smaller_integer();

/// Whether a cell that is not a value of its number field is a number too
/// large to hold (an f64 of 1e300, 30 digits typed as text) rather than a
/// word: said as such, not as "not a number". `limit` is the largest size
/// the field's type holds.
fn too_large(raw: &Raw<'_>, limit: f64) -> bool {
    let f = match raw {
        Raw::Float(f) => *f,
        Raw::Text(s) => {
            let folded: String = s.nfkc().collect();
            match folded.trim().trim_end_matches('%').trim().parse::<f64>() {
                Ok(f) => f,
                Err(_) => return false,
            }
        }
        _ => return false,
    };
    f.is_finite() && f.abs() >= limit
}

/// 2^53: above it a float no longer holds every integer, so an 18-digit
/// UserId Excel stored as a number has already lost its last digits.
const EXACT_FLOAT_LIMIT: f64 = 9_007_199_254_740_992.0;

/// About the largest decimal (79228162514264337593543950335): a number
/// past it that is not read is said to be too large.
const DECIMAL_LIMIT: f64 = 7.9e28;

/// Converts one cell to the field's type. A blank cell takes the field's
/// default, or [`Value::Null`].
///
/// In order: a blank or placeholder cell reads as blank; a list field
/// (`split`) splits the cell and reads each part on its own; the field's
/// `extract` pattern picks the text the type reads (a cell it does not
/// match reads as blank); then `map`, the type and the bounds.
pub(crate) fn convert(raw: &Raw<'_>, spec: &FieldSpec, ctx: &Context) -> Result<Value, Rejected> {
    if raw.is_blank() || is_placeholder(raw, spec) {
        return Ok(spec.blank());
    }
    if let (FieldType::List(element), Some(separator)) = (&spec.ty, &spec.split) {
        return convert_list(raw, spec, element, separator, ctx);
    }
    let Some(pattern) = &spec.extract else {
        return convert_one(raw, &spec.ty, spec, ctx);
    };
    let text = cell_text(raw);
    match extracted(pattern, &text) {
        Some(part) => convert_one(&Raw::Text(part), &spec.ty, spec, ctx).map_err(|r| Rejected {
            value: raw.shown(),
            ..r
        }),
        // Read as a blank cell is, except that a field which must be filled
        // says the pattern did not match, not that the cell was empty.
        None => match &spec.default {
            Some(v) => Ok(v.clone()),
            None if spec.required => Err(Rejected {
                value: raw.shown(),
                expected: msg::expect_pattern_match(pattern.as_str()),
            }),
            None => Ok(Value::Null),
        },
    }
}

/// One value of type `ty`: the whole cell, an extracted part or one of a
/// list's parts.
fn convert_one(
    raw: &Raw<'_>,
    ty: &FieldType,
    spec: &FieldSpec,
    ctx: &Context,
) -> Result<Value, Rejected> {
    // A zero-width space pasted after `12.5` or `缺课` is read as if it were
    // not there; a refusal still shows the cell as it is.
    if let Raw::Text(s) = raw {
        if s.chars().any(is_invisible) {
            let cleaned: String = s.chars().filter(|c| !is_invisible(*c)).collect();
            let value =
                convert_type(&Raw::Text(&cleaned), ty, spec, ctx).map_err(|r| Rejected {
                    value: (*s).to_string(),
                    ..r
                })?;
            return within_bounds(raw, spec, value);
        }
    }
    let value = convert_type(raw, ty, spec, ctx)?;
    within_bounds(raw, spec, value)
}

/// The text a pattern searches and a list splits: a text cell as written
/// (invisible characters dropped), any other cell as the sheet shows it.
fn cell_text(raw: &Raw<'_>) -> String {
    match raw {
        Raw::Text(s) => s.chars().filter(|c| !is_invisible(*c)).collect(),
        other => other.shown(),
    }
}

/// The text of the pattern's one capture group in `text`, when it matches
/// and the group took part.
fn extracted<'t>(pattern: &regex::Regex, text: &'t str) -> Option<&'t str> {
    pattern
        .captures(text)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str())
}

/// A list field's cell: each non-empty part between separators read on its
/// own, placeholders and parts the pattern does not match left out. A part
/// that is not a value of the type refuses the cell, naming the part.
fn convert_list(
    raw: &Raw<'_>,
    spec: &FieldSpec,
    element: &FieldType,
    separator: &str,
    ctx: &Context,
) -> Result<Value, Rejected> {
    let text = cell_text(raw);
    let mut values = Vec::new();
    for part in text.split(separator) {
        let part = Raw::Text(part);
        if part.is_blank() || is_placeholder(&part, spec) {
            continue;
        }
        let Raw::Text(written) = part else { continue };
        let read = match &spec.extract {
            Some(pattern) => match extracted(pattern, written) {
                Some(p) => p,
                None => continue,
            },
            None => written,
        };
        let value = convert_one(&Raw::Text(read), element, spec, ctx).map_err(|r| Rejected {
            value: written.trim().to_string(),
            expected: msg::expect_part_of(raw.shown(), &r.expected),
        })?;
        values.push(value);
    }
    Ok(Value::List(values))
}

/// Whether the cell is one of the field's texts for "nothing" (`--` in a
/// WeCom minutes column), compared as cells are, after normalising.
pub(crate) fn is_placeholder(raw: &Raw<'_>, spec: &FieldSpec) -> bool {
    match raw {
        Raw::Text(s) if !spec.placeholders.is_empty() => {
            let t = normalize_text(s);
            spec.placeholders.contains(&t)
        }
        _ => false,
    }
}

/// Whether a text cell would be read as a value of the field's type
/// (`0` in a number field, `2026-03-01` in a date field): such a text
/// cannot also mean "nothing". Text, key and enum fields read every text,
/// so this is asked only of the others.
pub(crate) fn text_reads_as_value(text: &str, ty: &FieldType) -> bool {
    let spec = FieldSpec {
        required: false,
        ..FieldSpec::plain("", Vec::new(), ty.clone())
    };
    let ctx = Context {
        year_hint: None,
        is_1904: false,
        keep_hashes: false,
    };
    convert_type(&Raw::Text(text), ty, &spec, &ctx).is_ok()
}

/// A number outside the field's `min`/`max` is refused like a word in a
/// number column: a 9,999-minute lesson is a typo, never a score.
fn within_bounds(raw: &Raw<'_>, spec: &FieldSpec, value: Value) -> Result<Value, Rejected> {
    if spec.min.is_none() && spec.max.is_none() {
        return Ok(value);
    }
    let n = match &value {
        Value::Int(i) => Decimal::from(*i),
        Value::Number(n) => *n,
        _ => return Ok(value),
    };
    let below = spec.min.is_some_and(|m| n < m);
    let above = spec.max.is_some_and(|m| n > m);
    if !below && !above {
        return Ok(value);
    }
    let show = |d: Decimal| d.normalize().to_string();
    let expected = match (spec.min, spec.max) {
        (Some(lo), Some(hi)) => msg::expect_number_between(show(lo), show(hi)),
        (Some(lo), None) => msg::expect_number_at_least(show(lo)),
        (None, Some(hi)) => msg::expect_number_at_most(show(hi)),
        (None, None) => Text::default(),
    };
    Err(Rejected {
        value: raw.shown(),
        expected: msg::rubric_bounds(&expected),
    })
}

fn convert_type(
    raw: &Raw<'_>,
    ty: &FieldType,
    spec: &FieldSpec,
    ctx: &Context,
) -> Result<Value, Rejected> {
    let reject = |expected: Expect| Rejected {
        value: raw.shown(),
        expected: expected.text(),
    };
    match ty {
        FieldType::Key => to_key(raw)
            .map(|v| match v {
                Value::Text(t) => Value::Text(mapped(spec, t)),
                other => other,
            })
            .map_err(reject),
        FieldType::Text => to_text(raw)
            .map(|t| Value::Text(mapped(spec, t)))
            .ok_or_else(|| reject(EXPECT_TEXT)),
        FieldType::Enum(values) => to_enum(raw, spec, values).ok_or_else(|| Rejected {
            value: raw.shown(),
            expected: one_of(values),
        }),
        FieldType::Integer => to_integer(raw).map(Value::Int).ok_or_else(|| {
            reject(if too_large(raw, EXACT_FLOAT_LIMIT) {
                EXPECT_SMALLER_INTEGER
            } else {
                EXPECT_INTEGER
            })
        }),
        FieldType::Decimal => to_decimal(raw).map(Value::Number).ok_or_else(|| {
            reject(if too_large(raw, DECIMAL_LIMIT) {
                EXPECT_SMALLER_NUMBER
            } else {
                EXPECT_DECIMAL
            })
        }),
        FieldType::Duration => to_duration(raw).map(Value::Number).ok_or_else(|| {
            reject(if too_large(raw, DECIMAL_LIMIT) {
                EXPECT_SMALLER_NUMBER
            } else {
                EXPECT_DURATION
            })
        }),
        FieldType::Date => to_datetime(raw, ctx, EXPECT_DATE)
            .map(|dt| Value::Date(dt.date()))
            .map_err(|expected| Rejected {
                value: raw.shown(),
                expected,
            }),
        FieldType::DateTime if spec.on.is_some() => to_clock_on_day(raw)
            .map(|(days, time)| Value::DateTime(on_day_pending(days, time)))
            .ok_or_else(|| reject(EXPECT_TIME_ON_DAY)),
        FieldType::DateTime => to_datetime(raw, ctx, EXPECT_DATETIME)
            .map(Value::DateTime)
            .map_err(|expected| Rejected {
                value: raw.shown(),
                expected,
            }),
        FieldType::Boolean => to_bool(raw)
            .map(Value::Bool)
            .ok_or_else(|| reject(EXPECT_BOOLEAN)),
        FieldType::Time => to_time(raw).map(Value::Time).ok_or_else(|| {
            match raw {
                // DingTalk's punch after midnight names a day a time cannot hold.
                Raw::Text(s) if super::dates::clock_on_day(s).is_some_and(|(d, _)| d > 0) => {
                    Rejected {
                        value: raw.shown(),
                        expected: msg::expect_time_not_next_day(&spec.name),
                    }
                }
                _ => reject(EXPECT_TIME),
            }
        }),
        // A list's own type is read by `convert_list`; a list type with no
        // separator cannot be compiled.
        FieldType::List(_) => Err(reject(EXPECT_TEXT)),
    }
}

const EXPECT_TIME: Expect = msg::expect_time();
const EXPECT_TIME_ON_DAY: Expect = msg::expect_time_on_day();

/// A time of day: an Excel time cell or day fraction, `07:41`, `7:41:05`,
/// or an ods time (`PT07H41M00S`).
fn to_time(raw: &Raw<'_>) -> Option<NaiveTime> {
    use super::dates::{time_from_days, time_of_day_text};
    match raw {
        Raw::DateTime(t) if t.as_f64() < 1.0 => time_from_days(t.as_f64()),
        Raw::Float(f) if (0.0..1.0).contains(f) => time_from_days(*f),
        Raw::Text(s) => time_of_day_text(s),
        Raw::DurationIso(s) => {
            let minutes = parse_duration_text(s)?;
            let seconds = u32::try_from((minutes * Decimal::from(60)).round()).ok()?;
            NaiveTime::from_num_seconds_from_midnight_opt(seconds, 0)
        }
        _ => None,
    }
}

/// A time of day under a datetime field with `on`: a time, or `次日 01:10`,
/// with the days after the record's date it falls on.
fn to_clock_on_day(raw: &Raw<'_>) -> Option<(u32, NaiveTime)> {
    match raw {
        Raw::Text(s) => super::dates::clock_on_day(s),
        other => to_time(other).map(|t| (0, t)),
    }
}

/// The day a datetime with `on` is held on until its row ends and the date
/// field's value is known: the row then moves it to that date plus the
/// days it is after this one ([`on_day_placed`]).
const ON_DAY_PENDING: NaiveDate = NaiveDate::from_epoch_days(0).unwrap();

fn on_day_pending(days: u32, time: NaiveTime) -> NaiveDateTime {
    ON_DAY_PENDING
        .checked_add_days(chrono::Days::new(u64::from(days)))
        .unwrap_or(ON_DAY_PENDING)
        .and_time(time)
}

/// A datetime read under `on`, not yet placed, as it was written.
pub(crate) fn on_day_shown(pending: NaiveDateTime) -> String {
    let time = Value::Time(pending.time()).to_string();
    match (pending.date() - ON_DAY_PENDING).num_days() {
        0 => time,
        _ => format!("{} {time}", super::dates::NEXT_DAY),
    }
}

/// A datetime read under `on` placed on the record's date.
pub(crate) fn on_day_placed(pending: NaiveDateTime, date: NaiveDate) -> Option<NaiveDateTime> {
    let days = u64::try_from((pending.date() - ON_DAY_PENDING).num_days()).ok()?;
    Some(
        date.checked_add_days(chrono::Days::new(days))?
            .and_time(pending.time()),
    )
}

fn one_of(values: &[String]) -> Text {
    msg::expect_one_of(&super::error::list(values))
}

fn to_key(raw: &Raw<'_>) -> Result<Value, Expect> {
    match raw {
        Raw::Int(i) => Ok(Value::Text(i.to_string())),
        Raw::Float(f) if f.abs() >= EXACT_FLOAT_LIMIT => Err(EXPECT_LOST_DIGITS),
        Raw::Float(f) if f.fract() == 0.0 => Ok(Value::Text(format!("{f:.0}"))),
        Raw::Float(f) => Ok(Value::Text(as_displayed(*f).to_string())),
        Raw::Text(s) => {
            let t = normalize_text(s);
            if looks_scientific(&t) {
                // `1.23457E+17`: a CSV saved after Excel turned the id into a number.
                Err(EXPECT_LOST_DIGITS)
            } else {
                Ok(Value::Text(t))
            }
        }
        _ => Err(EXPECT_KEY),
    }
}

/// `1.23457E+17`, the way Excel writes long numbers it has rounded.
fn looks_scientific(s: &str) -> bool {
    let Some((mantissa, exp)) = s.split_once(['E', 'e']) else {
        return false;
    };
    let exp = exp.strip_prefix('+').unwrap_or(exp);
    !mantissa.is_empty()
        && mantissa.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && mantissa.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && !exp.is_empty()
        && exp.bytes().all(|b| b.is_ascii_digit())
}

fn to_text(raw: &Raw<'_>) -> Option<String> {
    match raw {
        Raw::Text(s) => Some(normalize_text(s)),
        Raw::Int(_)
        | Raw::Float(_)
        | Raw::DateTime(_)
        | Raw::DateTimeIso(_)
        | Raw::DurationIso(_) => Some(raw.shown()),
        Raw::Bool(b) => Some(if *b { "是" } else { "否" }.to_string()),
        Raw::Empty | Raw::Error(_) => None,
    }
}

/// The field's `map` applied to a normalised text: `已批` → `补卡审批通过`.
/// Keys are compared as cells are (normalised), and the value is the
/// normalised target.
fn mapped(spec: &FieldSpec, text: String) -> String {
    if spec.value_map.is_empty() {
        return text;
    }
    spec.value_map
        .iter()
        .find(|(from, _)| *from == text || normalize_text(from) == text)
        .map(|(_, to)| normalize_text(to))
        .unwrap_or(text)
}

/// Maps first (脱岗 → 旷工), then checks membership; an unknown value is an
/// error, never silently taken as normal.
fn to_enum(raw: &Raw<'_>, spec: &FieldSpec, values: &[String]) -> Option<Value> {
    let text = to_text(raw)?;
    let mapped = mapped(spec, text);
    // Rubric values are normally written plainly, so an exact match settles
    // most cells before any normalising.
    values
        .iter()
        .find(|v| **v == mapped)
        .or_else(|| values.iter().find(|v| normalize_text(v) == mapped))
        .map(|v| Value::Text(v.clone()))
}

fn to_integer(raw: &Raw<'_>) -> Option<i64> {
    match raw {
        Raw::Int(i) => Some(*i),
        // 44.99999999999999 from a formula shows as 45: a whole number.
        Raw::Float(f) if as_displayed(*f).fract() == 0.0 && f.abs() < EXACT_FLOAT_LIMIT => {
            Some(as_displayed(*f) as i64)
        }
        Raw::Text(s) => {
            let d = parse_decimal_text(s)?;
            if d.fract().is_zero() {
                i64::try_from(d).ok()
            } else {
                None
            }
        }
        _ => None,
    }
}

fn to_decimal(raw: &Raw<'_>) -> Option<Decimal> {
    match raw {
        Raw::Int(i) => Some(Decimal::from(*i)),
        Raw::Float(f) => float_as_shown(*f),
        Raw::Text(s) => parse_decimal_text(s),
        _ => None,
    }
}

/// The float as Excel shows it, at 15 significant digits ([`as_displayed`]);
/// Rust then prints the shortest text that reads back as the same float,
/// so `0.1` stays 0.1, not 0.1000000000000000055….
fn float_as_shown(f: f64) -> Option<Decimal> {
    if !f.is_finite() {
        return None;
    }
    let s = as_displayed(f).to_string();
    Decimal::from_str(&s)
        .or_else(|_| Decimal::from_scientific(&s))
        .ok()
}

/// `12.5`, `１２`, `+3`, and `95%` as 0.95 (as Excel itself reads it).
fn parse_decimal_text(s: &str) -> Option<Decimal> {
    let folded: String = s.nfkc().collect();
    let t = folded.trim();
    if let Some(p) = t.strip_suffix('%') {
        let d = decimal_text(p.trim())?;
        return d.checked_div(Decimal::ONE_HUNDRED);
    }
    let t = t.strip_prefix('+').unwrap_or(t);
    decimal_text(t)
}

fn to_duration(raw: &Raw<'_>) -> Option<Decimal> {
    match raw {
        Raw::Int(i) => Some(Decimal::from(*i)),
        Raw::Float(f) => float_as_shown(*f),
        // A date-formatted cell (2021-01-02) is a day, not 63,645,120
        // minutes; a time of day (1:20) or a duration ([h]:mm) is a length.
        Raw::DateTime(t) if t.is_datetime() && t.as_f64() >= 1.0 => None,
        Raw::DateTime(t) => minutes_from_days(t.as_f64()),
        Raw::Text(s) | Raw::DurationIso(s) => parse_duration_text(s),
        _ => None,
    }
}

/// Serials a plain number in a date column is taken as: 1990-01-01 to
/// 2099-12-31. A date cell that lost its format shows its serial (44621);
/// a 3 or a 120 there is a count typed in the wrong column, not 1900-01-03.
const PLAUSIBLE_SERIALS: std::ops::RangeInclusive<f64> = 32_874.0..=73_050.999_999;

fn to_datetime(raw: &Raw<'_>, ctx: &Context, expected: Expect) -> Result<NaiveDateTime, Text> {
    let fail = || expected.text();
    match raw {
        // Below one day it is a time of day, which names no date.
        Raw::DateTime(t) if t.is_datetime() && t.as_f64() >= 1.0 => from_excel(t).ok_or_else(fail),
        Raw::Int(i) => {
            // 20220301 is a date written as a number, not serial 20 million.
            if (19_000_101..=99_991_231).contains(i) {
                return parse_text_datetime(&i.to_string(), ctx, expected);
            }
            if (1_000_000_000_000..=9_999_999_999_999).contains(i) {
                return super::dates::from_millis(*i).ok_or_else(fail);
            }
            serial(*i as f64, ctx).ok_or_else(fail)
        }
        Raw::Float(f) => {
            let f = as_displayed(*f);
            if f.fract() == 0.0 && f.abs() < EXACT_FLOAT_LIMIT {
                return to_datetime(&Raw::Int(f as i64), ctx, expected);
            }
            serial(f, ctx).ok_or_else(fail)
        }
        Raw::Text(s) | Raw::DateTimeIso(s) => parse_text_datetime(s, ctx, expected),
        _ => Err(fail()),
    }
}

fn serial(f: f64, ctx: &Context) -> Option<NaiveDateTime> {
    // The 1904 system counts 1462 days fewer to the same date.
    let in_1900 = if ctx.is_1904 { f + 1462.0 } else { f };
    if !PLAUSIBLE_SERIALS.contains(&in_1900) {
        return None;
    }
    from_serial(f, ctx.is_1904)
}

fn parse_text_datetime(s: &str, ctx: &Context, expected: Expect) -> Result<NaiveDateTime, Text> {
    match parse_date_text(s, ctx.year_hint) {
        Ok((date, time)) => Ok(date.and_time(time.unwrap_or(NaiveTime::MIN))),
        Err(DateFail::NeedsYear) => Err(needs_year(s.trim())),
        Err(DateFail::Ambiguous) => Err(EXPECT_FOUR_DIGIT_YEAR.text()),
        Err(DateFail::WrongWeekday { date, written }) => {
            let day = date.format("%Y-%m-%d").to_string();
            let actual = common::weekday(date.weekday());
            let written = common::weekday(written).zh;
            Err(msg::expect_weekday_agrees(
                day, actual.en, actual.zh, written,
            ))
        }
        Err(DateFail::Invalid) => Err(expected.text()),
    }
}

fn to_bool(raw: &Raw<'_>) -> Option<bool> {
    match raw {
        Raw::Bool(b) => Some(*b),
        Raw::Int(1) => Some(true),
        Raw::Int(0) => Some(false),
        Raw::Float(f) if *f == 1.0 => Some(true),
        Raw::Float(f) if *f == 0.0 => Some(false),
        Raw::Text(s) => {
            let folded: String = s.nfkc().collect();
            match folded.trim().to_lowercase().as_str() {
                "是" | "有" | "true" | "1" | "√" | "✓" | "✔" | "y" | "yes" | "对" => {
                    Some(true)
                }
                "否" | "无" | "false" | "0" | "×" | "✗" | "✘" | "n" | "no" | "错" => {
                    Some(false)
                }
                _ => None,
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::ExcelDateTimeType;
    use chrono::NaiveDate;

    fn spec(ty: FieldType) -> FieldSpec {
        FieldSpec::plain("f", vec!["F".into()], ty)
    }

    const CTX: Context = Context {
        year_hint: None,
        is_1904: false,
        keep_hashes: false,
    };

    fn ok(raw: Raw<'_>, ty: FieldType) -> Value {
        convert(&raw, &spec(ty), &CTX).unwrap()
    }

    fn bad(raw: Raw<'_>, ty: FieldType) -> Rejected {
        convert(&raw, &spec(ty), &CTX).unwrap_err()
    }

    fn text(s: &str) -> Value {
        Value::Text(s.into())
    }

    fn dec(s: &str) -> Value {
        Value::Number(Decimal::from_str(s).unwrap())
    }

    fn date(y: i32, m: u32, d: u32) -> Value {
        Value::Date(NaiveDate::from_ymd_opt(y, m, d).unwrap())
    }

    #[test]
    fn keys_keep_leading_zeros_and_drop_decimal_points() {
        assert_eq!(ok(Raw::Text(" 0012 "), FieldType::Key), text("0012"));
        assert_eq!(ok(Raw::Text("００１２"), FieldType::Key), text("0012"));
        assert_eq!(ok(Raw::Int(12), FieldType::Key), text("12"));
        assert_eq!(ok(Raw::Float(12.0), FieldType::Key), text("12"));
        assert_eq!(
            ok(Raw::Text("123456789012345678"), FieldType::Key),
            text("123456789012345678")
        );
    }

    #[test]
    fn big_user_ids_that_lost_digits_are_refused() {
        let r = bad(Raw::Float(123_456_789_012_345_680.0), FieldType::Key);
        assert!(r.expected.en.contains("format the column as text"), "{r:?}");
        let r = bad(Raw::Text("1.23457E+17"), FieldType::Key);
        assert!(r.expected.en.contains("lost digits"), "{r:?}");
        assert!(r.expected.zh.contains("文本格式"), "{r:?}");
        assert_eq!(
            ok(Raw::Float(9_007_199_254_740_991.0), FieldType::Key),
            text("9007199254740991")
        );
    }

    #[test]
    fn text_is_normalised() {
        assert_eq!(ok(Raw::Text("欧阳 娜"), FieldType::Text), text("欧阳娜"));
        assert_eq!(
            ok(Raw::Text("\u{3000}王芳\u{3000}"), FieldType::Text),
            text("王芳")
        );
        assert_eq!(ok(Raw::Int(3), FieldType::Text), text("3"));
    }

    #[test]
    fn enums_map_then_check_membership() {
        let values: Vec<String> = ["正常", "迟到", "早退", "缺课", "请假", "旷工"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let mut s = spec(FieldType::Enum(values));
        s.value_map = vec![("脱岗".into(), "旷工".into())];
        let conv = |raw: Raw<'_>| convert(&raw, &s, &CTX);
        assert_eq!(conv(Raw::Text(" 迟到 ")), Ok(text("迟到")));
        assert_eq!(conv(Raw::Text("脱岗")), Ok(text("旷工")));
        assert_eq!(conv(Raw::Text("脱 岗")), Ok(text("旷工")));
        let r = conv(Raw::Text("却课")).unwrap_err();
        assert_eq!(r.value, "却课");
        assert_eq!(r.expected.en, "one of 正常, 迟到, 早退, 缺课, 请假, 旷工");
        assert_eq!(
            r.expected.zh,
            "以下之一：正常、迟到、早退、缺课、请假、旷工"
        );
    }

    #[test]
    fn text_and_key_fields_are_mapped_too() {
        let mut s = spec(FieldType::Text);
        s.value_map = vec![("已批".into(), "补卡审批通过".into())];
        let conv = |raw: Raw<'_>, s: &FieldSpec| convert(&raw, s, &CTX);
        assert_eq!(conv(Raw::Text("已批"), &s), Ok(text("补卡审批通过")));
        assert_eq!(
            conv(Raw::Text(" 已　批\u{200B}"), &s),
            Ok(text("补卡审批通过"))
        );
        assert_eq!(conv(Raw::Text("未批"), &s), Ok(text("未批")));
        let mut k = spec(FieldType::Key);
        k.value_map = vec![("12".into(), "0012".into())];
        assert_eq!(conv(Raw::Int(12), &k), Ok(text("0012")));
        assert_eq!(conv(Raw::Text("１２"), &k), Ok(text("0012")));
    }

    #[test]
    fn invisible_characters_are_read_as_nothing_and_shown_when_refused() {
        let values: Vec<String> = ["正常", "缺课"].iter().map(|s| s.to_string()).collect();
        let s = spec(FieldType::Enum(values));
        assert_eq!(
            convert(&Raw::Text("缺课\u{200B}"), &s, &CTX),
            Ok(text("缺课"))
        );
        let r = convert(&Raw::Text("却课\u{200B}"), &s, &CTX).unwrap_err();
        assert_eq!(r.value, "却课\u{200B}");
        assert_eq!(
            ok(Raw::Text("12.5\u{FEFF}"), FieldType::Decimal),
            dec("12.5")
        );
        assert_eq!(ok(Raw::Text("\u{200B}"), FieldType::Integer), Value::Null);
    }

    #[test]
    fn integers_from_whole_cells_and_digit_text() {
        assert_eq!(ok(Raw::Int(7), FieldType::Integer), Value::Int(7));
        assert_eq!(ok(Raw::Float(7.0), FieldType::Integer), Value::Int(7));
        assert_eq!(ok(Raw::Text("７"), FieldType::Integer), Value::Int(7));
        assert_eq!(ok(Raw::Text("-3"), FieldType::Integer), Value::Int(-3));
        assert_eq!(
            bad(Raw::Float(7.5), FieldType::Integer).expected,
            EXPECT_INTEGER.text()
        );
        assert_eq!(bad(Raw::Text("七"), FieldType::Integer).value, "七");
        assert_eq!(bad(Raw::Float(1e300), FieldType::Integer).value, "1E+300");
    }

    #[test]
    fn a_number_too_large_to_hold_is_said_to_be_too_large() {
        // 1e300 in a number cell (openpyxl writes it), 30 digits typed as
        // text: refused by name, never read as some other number.
        for raw in [
            Raw::Float(1e300),
            Raw::Float(-1e30),
            Raw::Text("1000000000000000000000000000000"),
            Raw::Text("1e300"),
        ] {
            for ty in [FieldType::Decimal, FieldType::Duration] {
                assert_eq!(bad(raw, ty).expected, EXPECT_SMALLER_NUMBER.text());
            }
        }
        for raw in [Raw::Float(1e300), Raw::Text("99999999999999999999")] {
            assert_eq!(
                bad(raw, FieldType::Integer).expected,
                EXPECT_SMALLER_INTEGER.text()
            );
        }
        // 29 digits fit a decimal: read, and a sum of them is checked later.
        assert_eq!(
            ok(
                Raw::Text("50000000000000000000000000000"),
                FieldType::Decimal
            ),
            Value::Number(Decimal::from_str("50000000000000000000000000000").unwrap())
        );
        assert_eq!(
            bad(Raw::Text("十二"), FieldType::Decimal).expected,
            EXPECT_DECIMAL.text()
        );
    }

    #[test]
    fn decimals_exactly_as_displayed() {
        assert_eq!(ok(Raw::Float(0.1), FieldType::Decimal), dec("0.1"));
        assert_eq!(ok(Raw::Float(12.5), FieldType::Decimal), dec("12.5"));
        assert_eq!(ok(Raw::Text("12.5"), FieldType::Decimal), dec("12.5"));
        assert_eq!(ok(Raw::Text("95%"), FieldType::Decimal), dec("0.95"));
        assert_eq!(ok(Raw::Int(3), FieldType::Decimal), dec("3"));
        assert_eq!(
            bad(Raw::Text("abc"), FieldType::Decimal).expected,
            EXPECT_DECIMAL.text()
        );
        assert!(convert(&Raw::Float(f64::NAN), &spec(FieldType::Decimal), &CTX).is_err());
    }

    #[test]
    fn digits_joined_by_an_underscore_are_text_not_a_number() {
        // rust_decimal reads `1_0` as 10; Excel and WPS keep it as text.
        for (raw, ty) in [
            ("1_0", FieldType::Integer),
            ("0_5", FieldType::Decimal),
            ("5_0%", FieldType::Decimal),
            ("1_0", FieldType::Duration),
            ("1:2_0", FieldType::Duration),
        ] {
            assert!(
                convert(&Raw::Text(raw), &spec(ty.clone()), &CTX).is_err(),
                "{raw} as {ty:?}"
            );
        }
    }

    #[test]
    fn durations_in_minutes() {
        let d = FieldType::Duration;
        assert_eq!(ok(Raw::Int(80), d.clone()), dec("80"));
        assert_eq!(ok(Raw::Text("1小时20分"), d.clone()), dec("80"));
        assert_eq!(ok(Raw::Text("1.5小时"), d.clone()), dec("90"));
        assert_eq!(ok(Raw::Text("1:20"), d.clone()), dec("80"));
        assert_eq!(ok(Raw::Text("45分"), d.clone()), dec("45"));
        let excel_time = ExcelDateTime::new(80.0 / 1440.0, ExcelDateTimeType::TimeDelta, false);
        assert_eq!(ok(Raw::DateTime(excel_time), d.clone()), dec("80"));
        let clock = ExcelDateTime::new(80.0 / 1440.0, ExcelDateTimeType::DateTime, false);
        assert_eq!(ok(Raw::DateTime(clock), d.clone()), dec("80"));
        assert_eq!(bad(Raw::Text("很久"), d).expected, EXPECT_DURATION.text());
    }

    #[test]
    fn dates_from_cells_serials_and_text() {
        let d = FieldType::Date;
        let cell = ExcelDateTime::new(44621.0, ExcelDateTimeType::DateTime, false);
        assert_eq!(ok(Raw::DateTime(cell), d.clone()), date(2022, 3, 1));
        let cell_1904 = ExcelDateTime::new(43159.0, ExcelDateTimeType::DateTime, true);
        assert_eq!(ok(Raw::DateTime(cell_1904), d.clone()), date(2022, 3, 1));
        assert_eq!(ok(Raw::Float(44621.0), d.clone()), date(2022, 3, 1));
        assert_eq!(ok(Raw::Float(44621.75), d.clone()), date(2022, 3, 1));
        assert_eq!(ok(Raw::Int(44621), d.clone()), date(2022, 3, 1));
        assert_eq!(ok(Raw::Int(20220301), d.clone()), date(2022, 3, 1));
        assert_eq!(
            ok(Raw::DateTimeIso("2022-03-01"), d.clone()),
            date(2022, 3, 1)
        );
        for s in [
            "2022/3/1",
            "2022-03-01",
            "2022.3.1",
            "2022年3月1日",
            "2022-03-01 07:41",
        ] {
            assert_eq!(ok(Raw::Text(s), d.clone()), date(2022, 3, 1), "{s}");
        }
        assert_eq!(
            ok(Raw::Text("24-03-04 星期一"), d.clone()),
            date(2024, 3, 4)
        );
        let time_only = ExcelDateTime::new(0.3, ExcelDateTimeType::DateTime, false);
        assert_eq!(
            bad(Raw::DateTime(time_only), d.clone()).expected,
            EXPECT_DATE.text()
        );
        assert_eq!(
            bad(Raw::Text("昨天"), d.clone()).expected,
            EXPECT_DATE.text()
        );
        assert_eq!(bad(Raw::Float(-5.0), d).expected, EXPECT_DATE.text());
    }

    #[test]
    fn month_day_dates_take_the_year_hint_or_ask_for_a_period() {
        let r = bad(Raw::Text("3月1日"), FieldType::Date);
        assert!(r.expected.en.contains("--period"), "{r:?}");
        assert!(r.expected.zh.contains("--period"), "{r:?}");
        let ctx = Context {
            year_hint: Some(super::super::dates::YearHint {
                from: NaiveDate::from_ymd_opt(2022, 3, 1).unwrap(),
                to: NaiveDate::from_ymd_opt(2022, 3, 31).unwrap(),
            }),
            is_1904: false,
            keep_hashes: false,
        };
        let v = convert(&Raw::Text("3月1日"), &spec(FieldType::Date), &ctx);
        assert_eq!(v, Ok(date(2022, 3, 1)));
    }

    #[test]
    fn datetimes_from_serials_text_and_timestamps() {
        let dt = |s: &str| {
            Value::DateTime(NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap())
        };
        let t = FieldType::DateTime;
        assert_eq!(
            ok(Raw::Float(44621.5), t.clone()),
            dt("2022-03-01 12:00:00")
        );
        assert_eq!(
            ok(Raw::Text("2022-03-01 07:41"), t.clone()),
            dt("2022-03-01 07:41:00")
        );
        assert_eq!(
            ok(Raw::Text("2022/3/1 7:41:00"), t.clone()),
            dt("2022-03-01 07:41:00")
        );
        assert_eq!(
            ok(Raw::Text("24-03-04 星期一 07:41"), t.clone()),
            dt("2024-03-04 07:41:00")
        );
        assert_eq!(
            ok(Raw::Int(1_646_092_800_000), t.clone()),
            dt("2022-03-01 08:00:00")
        );
        assert_eq!(
            ok(Raw::Text("1646092800000"), t.clone()),
            dt("2022-03-01 08:00:00")
        );
        assert_eq!(bad(Raw::Text("早上"), t).expected, EXPECT_DATETIME.text());
    }

    #[test]
    fn booleans_in_every_spelling() {
        let b = FieldType::Boolean;
        for s in [
            "是", "有", "true", "TRUE", "True", "1", "√", "Y", "y", "yes",
        ] {
            assert_eq!(ok(Raw::Text(s), b.clone()), Value::Bool(true), "{s}");
        }
        for s in ["否", "无", "false", "FALSE", "0", "×", "N", "no"] {
            assert_eq!(ok(Raw::Text(s), b.clone()), Value::Bool(false), "{s}");
        }
        assert_eq!(ok(Raw::Bool(true), b.clone()), Value::Bool(true));
        assert_eq!(ok(Raw::Int(0), b.clone()), Value::Bool(false));
        assert_eq!(bad(Raw::Text("也许"), b).expected, EXPECT_BOOLEAN.text());
    }

    #[test]
    fn blanks_take_the_default_or_null() {
        assert_eq!(ok(Raw::Empty, FieldType::Integer), Value::Null);
        assert_eq!(ok(Raw::Text("  "), FieldType::Date), Value::Null);
        let mut s = spec(FieldType::Integer);
        s.default = Some(Value::Int(0));
        assert_eq!(convert(&Raw::Empty, &s, &CTX), Ok(Value::Int(0)));
    }

    #[test]
    fn placeholders_read_as_blank_and_nothing_else_does() {
        let mut s = spec(FieldType::Integer);
        s.placeholders = vec!["--".to_string(), "/".to_string(), "—".to_string()];
        // Without a default a placeholder is null, as a blank cell is.
        assert_eq!(convert(&Raw::Text("--"), &s, &CTX), Ok(Value::Null));
        s.default = Some(Value::Int(0));
        for cell in ["--", " -- ", "／", "—", "--\u{200B}"] {
            assert_eq!(
                convert(&Raw::Text(cell), &s, &CTX),
                Ok(Value::Int(0)),
                "{cell:?}"
            );
        }
        assert_eq!(convert(&Raw::Int(7), &s, &CTX), Ok(Value::Int(7)));
        // Any other word in a number column is still refused.
        for cell in ["-", "---", "无", "-- 5"] {
            let r = convert(&Raw::Text(cell), &s, &CTX).unwrap_err();
            assert_eq!(r.value, cell);
        }
        // Without placeholders, `--` is refused as before.
        s.placeholders.clear();
        assert!(convert(&Raw::Text("--"), &s, &CTX).is_err());
    }

    #[test]
    fn no_input_panics() {
        let e = CellErrorType::Ref;
        let extremes = [
            f64::MAX,
            f64::MIN,
            f64::NAN,
            f64::INFINITY,
            -0.0,
            1e-300,
            4e15,
            9.3e18,
        ];
        let mut raws = vec![
            Raw::Empty,
            Raw::Int(i64::MAX),
            Raw::Int(i64::MIN),
            Raw::Bool(true),
            Raw::Error(&e),
            Raw::Text("9999999999999999999999999999999999小时"),
            Raw::Text("99999999999999999999999999999%"),
            Raw::Text("9999999999999"),
            Raw::Text("99999999"),
            Raw::Text("0000-00-00"),
            Raw::Text("99-99-99 星期八"),
            Raw::Text("::"),
            Raw::Text("年月日"),
            Raw::Text("\u{0}\u{feff}"),
            Raw::DateTimeIso("not-a-date"),
            Raw::DurationIso("PTxH"),
        ];
        for f in extremes {
            raws.push(Raw::Float(f));
            raws.push(Raw::DateTime(ExcelDateTime::new(
                f,
                ExcelDateTimeType::DateTime,
                false,
            )));
            raws.push(Raw::DateTime(ExcelDateTime::new(
                f,
                ExcelDateTimeType::TimeDelta,
                true,
            )));
        }
        let types = [
            FieldType::Key,
            FieldType::Text,
            FieldType::Integer,
            FieldType::Decimal,
            FieldType::Date,
            FieldType::DateTime,
            FieldType::Duration,
            FieldType::Boolean,
            FieldType::Enum(vec!["a".into()]),
        ];
        for raw in &raws {
            let _ = raw.shown();
            for ty in &types {
                let _ = convert(raw, &spec(ty.clone()), &CTX);
            }
        }
    }

    #[test]
    fn what_is_accepted_is_said_in_both_languages() {
        let all = [
            EXPECT_KEY,
            EXPECT_LOST_DIGITS,
            EXPECT_TEXT,
            EXPECT_INTEGER,
            EXPECT_DECIMAL,
            EXPECT_DURATION,
            EXPECT_DATE,
            EXPECT_FOUR_DIGIT_YEAR,
            EXPECT_DATETIME,
            EXPECT_BOOLEAN,
        ];
        // Spellings a cell may hold and names a clerk types or clicks.
        let allowed = ["Excel", "true/false", "Y/N", "--period"];
        for e in all {
            assert_ne!(e.zh, e.en);
            assert_eq!(
                crate::input::english_words(e.zh, &allowed),
                Vec::<String>::new(),
                "{}",
                e.zh
            );
        }
        let yearless = convert(&Raw::Text("3月7日"), &spec(FieldType::Date), &CTX).unwrap_err();
        assert!(is_needs_year(&yearless.expected));
        // The hint names the cell's own text, not a fixed example.
        assert!(
            yearless.expected.zh.contains("\"3月7日\" 没有写年份"),
            "{}",
            yearless.expected.zh
        );
        assert!(
            yearless.expected.en.contains("\"3月7日\" has none"),
            "{}",
            yearless.expected.en
        );
        assert_eq!(
            crate::input::english_words(&yearless.expected.zh, &["--period", "--from", "--to"]),
            Vec::<String>::new()
        );
        let mut bounded = spec(FieldType::Integer);
        bounded.min = Some(Decimal::ONE);
        bounded.max = Some(Decimal::from(240));
        let r = convert(&Raw::Int(9999), &bounded, &CTX).unwrap_err();
        assert_eq!(
            r.expected.en,
            "a number from 1 to 240 (the rubric's bounds for this field)"
        );
        assert_eq!(
            r.expected.zh,
            "介于 1 到 240 之间的数（方案为该字段规定的范围）"
        );
        bounded.max = None;
        let r = convert(&Raw::Int(-1), &bounded, &CTX).unwrap_err();
        assert_eq!(r.expected.zh, "不小于 1 的数（方案为该字段规定的范围）");
    }

    #[test]
    fn floats_are_read_at_the_fifteen_digits_a_spreadsheet_shows() {
        // =B2*0.2+C2*0.1+D2*0.1+E2*0.6 for 4, 4.5, 5, 4.5 caches this.
        let cached = 4.0 * 0.2 + 4.5 * 0.1 + 5.0 * 0.1 + 4.5 * 0.6;
        assert_eq!(cached, 4.449999999999999);
        assert_eq!(ok(Raw::Float(cached), FieldType::Decimal), dec("4.45"));
        // Excel for Mac's `<v>6.2555199999999989</v>`, parsed as the cell is.
        let mac: f64 = "6.2555199999999989".parse().unwrap();
        assert_eq!(ok(Raw::Float(mac), FieldType::Decimal), dec("6.25552"));
        assert_eq!(ok(Raw::Float(0.1 + 0.2), FieldType::Decimal), dec("0.3"));
        assert_eq!(ok(Raw::Float(0.1 + 0.2), FieldType::Duration), dec("0.3"));
        assert_eq!(
            ok(Raw::Float(44.99999999999999), FieldType::Integer),
            Value::Int(45)
        );
        assert_eq!(Raw::Float(cached).shown(), "4.45");
        assert_eq!(
            ok(Raw::Float(12.299999999999999), FieldType::Key),
            text("12.3")
        );
        // Whole numbers keep every digit: keys, counts, 16-digit ids.
        assert_eq!(
            ok(Raw::Float(9_007_199_254_740_991.0), FieldType::Key),
            text("9007199254740991")
        );
        assert_eq!(
            ok(Raw::Float(1_234_567_890_123_456.0), FieldType::Integer),
            Value::Int(1_234_567_890_123_456)
        );
        assert_eq!(
            ok(Raw::Int(1_234_567_890_123_456_789), FieldType::Key),
            text("1234567890123456789")
        );
        // Digits beyond the 15th of a fraction are not shown, so not read.
        assert_eq!(
            ok(Raw::Float(0.123_456_789_012_345_67), FieldType::Decimal),
            dec("0.123456789012346")
        );
    }

    #[test]
    fn a_date_cell_is_not_a_duration() {
        // 2021-01-02 in a minutes column: not 63,645,120 minutes.
        let day = ExcelDateTime::new(44198.0, ExcelDateTimeType::DateTime, false);
        let r = bad(Raw::DateTime(day), FieldType::Duration);
        assert_eq!(r.value, "2021-01-02");
        assert_eq!(r.expected, EXPECT_DURATION.text());
        // A duration of more than a day ([h]:mm) is still a length.
        let long = ExcelDateTime::new(1.5, ExcelDateTimeType::TimeDelta, false);
        assert_eq!(ok(Raw::DateTime(long), FieldType::Duration), dec("2160"));
        assert_eq!(Raw::DateTime(long).shown(), "36:00:00");
    }

    #[test]
    fn a_plain_number_is_a_date_only_as_a_plausible_serial() {
        assert_eq!(ok(Raw::Int(44621), FieldType::Date), date(2022, 3, 1));
        for n in [3, 120, 45, 2022, 99_999] {
            assert_eq!(
                bad(Raw::Int(n), FieldType::Date).expected,
                EXPECT_DATE.text(),
                "{n}"
            );
        }
        assert!(convert(&Raw::Float(4.5), &spec(FieldType::DateTime), &CTX).is_err());
    }

    #[test]
    fn ambiguous_and_contradicted_dates_are_refused_saying_why() {
        let r = bad(Raw::Text("01/12/22"), FieldType::Date);
        assert_eq!(r.expected, EXPECT_FOUR_DIGIT_YEAR.text());
        assert!(r.expected.en.contains("2022-03-01"), "{r:?}");
        let r = bad(Raw::Text("22-03-01 星期三"), FieldType::Date);
        assert_eq!(
            r.expected.en,
            "a date and weekday that agree: 2022-03-01 is a Tuesday (星期二), not 星期三"
        );
        assert_eq!(
            r.expected.zh,
            "日期与星期一致的值：2022-03-01 是星期二，不是星期三"
        );
        assert_eq!(
            ok(Raw::Text("22-03-01 星期二"), FieldType::Date),
            date(2022, 3, 1)
        );
    }

    /// Every kind of cell calamine gives, against every field type: each
    /// pair is read as the meaning it has, or refused; none is coerced.
    #[test]
    fn no_cell_kind_is_coerced_into_a_meaning_it_does_not_have() {
        let e = CellErrorType::Value;
        let day = ExcelDateTime::new(44621.0, ExcelDateTimeType::DateTime, false);
        let time = ExcelDateTime::new(80.0 / 1440.0, ExcelDateTimeType::DateTime, false);
        let span = ExcelDateTime::new(80.0 / 1440.0, ExcelDateTimeType::TimeDelta, false);
        let enum_ty = FieldType::Enum(vec!["正常".into(), "是".into()]);
        let refused = |raw: Raw<'_>, ty: FieldType| {
            assert!(
                convert(&raw, &spec(ty.clone()), &CTX).is_err(),
                "{raw:?} as {ty:?} was read"
            );
        };
        // A date is not a number, a count, a length, a yes/no or a key.
        for ty in [
            FieldType::Integer,
            FieldType::Decimal,
            FieldType::Duration,
            FieldType::Boolean,
            FieldType::Key,
        ] {
            refused(Raw::DateTime(day), ty.clone());
            refused(Raw::DateTimeIso("2022-03-01"), ty.clone());
            refused(Raw::Error(&e), ty.clone());
        }
        // A length of time or a time of day is not a date.
        for ty in [FieldType::Date, FieldType::DateTime] {
            refused(Raw::DateTime(span), ty.clone());
            refused(Raw::DateTime(time), ty.clone());
            refused(Raw::DurationIso("PT1H20M"), ty.clone());
            refused(Raw::Bool(true), ty.clone());
            refused(Raw::Error(&e), ty.clone());
        }
        // TRUE is not 1 of a count, nor a number, nor a key.
        for ty in [
            FieldType::Integer,
            FieldType::Decimal,
            FieldType::Duration,
            FieldType::Key,
        ] {
            refused(Raw::Bool(true), ty.clone());
            refused(Raw::DurationIso("PT1H"), FieldType::Integer);
        }
        // A date, a time and a number are not yes/no (only 1 and 0 are).
        refused(Raw::DateTime(time), FieldType::Boolean);
        refused(Raw::Float(0.5), FieldType::Boolean);
        refused(Raw::Int(2), FieldType::Boolean);
        // An error cell is never text, an enum value or a blank.
        refused(Raw::Error(&e), FieldType::Text);
        refused(Raw::Error(&e), enum_ty.clone());
        // Text shows cells as the spreadsheet does.
        assert_eq!(ok(Raw::DateTime(day), FieldType::Text), text("2022-03-01"));
        assert_eq!(ok(Raw::DateTime(span), FieldType::Text), text("1:20:00"));
        assert_eq!(
            ok(Raw::DurationIso("PT1H20M"), FieldType::Text),
            text("1:20:00")
        );
        assert_eq!(
            ok(Raw::Float(4.449999999999999), FieldType::Text),
            text("4.45")
        );
        // What each kind does mean is read.
        assert_eq!(ok(Raw::DateTime(span), FieldType::Duration), dec("80"));
        assert_eq!(ok(Raw::DateTime(time), FieldType::Duration), dec("80"));
        assert_eq!(
            ok(Raw::DurationIso("PT1H20M"), FieldType::Duration),
            dec("80")
        );
        assert_eq!(
            ok(Raw::DateTimeIso("2022-03-01"), FieldType::Date),
            date(2022, 3, 1)
        );
        assert_eq!(ok(Raw::Bool(true), FieldType::Boolean), Value::Bool(true));
    }

    #[test]
    fn error_cells_are_named() {
        let e = CellErrorType::Div0;
        let r = bad(Raw::Error(&e), FieldType::Decimal);
        assert_eq!(r.value, "#DIV/0!");
        let e = CellErrorType::NA;
        assert_eq!(bad(Raw::Error(&e), FieldType::Text).value, "#N/A");
    }

    fn with(ty: FieldType, f: impl FnOnce(&mut FieldSpec)) -> FieldSpec {
        let mut s = spec(ty);
        f(&mut s);
        s
    }

    fn pattern(p: &str) -> Option<regex::Regex> {
        regex::Regex::new(p).ok()
    }

    #[test]
    fn extract_reads_the_group_with_the_fields_type() {
        let late = with(FieldType::Integer, |s| {
            s.extract = pattern(r"迟到(\d+)分钟")
        });
        assert_eq!(
            convert(&Raw::Text("迟到30分钟"), &late, &CTX),
            Ok(Value::Int(30))
        );
        let kind = with(
            FieldType::Enum(vec!["迟到".into(), "早退".into(), "正常".into()]),
            |s| s.extract = pattern("^(迟到|早退|旷工|缺卡|正常)"),
        );
        assert_eq!(
            convert(&Raw::Text("迟到30分钟"), &kind, &CTX),
            Ok(text("迟到"))
        );
        assert_eq!(
            convert(&Raw::Text("正常（休息）"), &kind, &CTX),
            Ok(text("正常"))
        );
        let leave = with(FieldType::Decimal, |s| s.extract = pattern(r"([\d.]+)天"));
        let cell = Raw::Text("调休假0.5天（2/28 下午 - 2/28 下午）");
        assert_eq!(convert(&cell, &leave, &CTX), Ok(dec("0.5")));
    }

    #[test]
    fn a_cell_the_pattern_does_not_match_reads_as_blank() {
        let required = with(FieldType::Integer, |s| {
            s.extract = pattern(r"迟到(\d+)分钟")
        });
        let r = convert(&Raw::Text("正常"), &required, &CTX).unwrap_err();
        assert_eq!(r.value, "正常");
        assert!(
            r.expected.en.contains(r"pattern `迟到(\d+)分钟` matches"),
            "{r:?}"
        );
        assert!(r.expected.zh.contains(r"模式 `迟到(\d+)分钟`"), "{r:?}");
        let optional = with(FieldType::Integer, |s| {
            s.extract = pattern(r"迟到(\d+)分钟");
            s.required = false;
        });
        assert_eq!(
            convert(&Raw::Text("正常"), &optional, &CTX),
            Ok(Value::Null)
        );
        let defaulted = with(FieldType::Integer, |s| {
            s.extract = pattern(r"迟到(\d+)分钟");
            s.default = Some(Value::Int(0));
        });
        assert_eq!(
            convert(&Raw::Text("正常"), &defaulted, &CTX),
            Ok(Value::Int(0))
        );
        // Placeholders come first: `--` is blank before any pattern.
        let dashes = with(FieldType::Integer, |s| {
            s.extract = pattern(r"(\d+)");
            s.placeholders = vec!["--".into()];
            s.default = Some(Value::Int(0));
        });
        assert_eq!(convert(&Raw::Text("--"), &dashes, &CTX), Ok(Value::Int(0)));
        // Extract before map: the group is what is mapped.
        let mapped = with(FieldType::Enum(vec!["旷工".into()]), |s| {
            s.extract = pattern("^(脱岗|旷工)");
            s.value_map = vec![("脱岗".into(), "旷工".into())];
        });
        assert_eq!(
            convert(&Raw::Text("脱岗2小时"), &mapped, &CTX),
            Ok(text("旷工"))
        );
    }

    #[test]
    fn a_number_cell_is_searched_as_shown() {
        let whole = with(FieldType::Integer, |s| s.extract = pattern(r"^(\d+)"));
        assert_eq!(convert(&Raw::Float(45.0), &whole, &CTX), Ok(Value::Int(45)));
        assert_eq!(convert(&Raw::Int(12), &whole, &CTX), Ok(Value::Int(12)));
    }

    fn time(h: u32, m: u32) -> Value {
        Value::Time(NaiveTime::from_hms_opt(h, m, 0).unwrap())
    }

    #[test]
    fn split_reads_each_part_and_leaves_out_what_the_pattern_does_not_match() {
        let list = |extract: Option<&str>| {
            with(FieldType::List(Box::new(FieldType::Time)), |s| {
                s.split = Some(" ".into());
                s.extract = extract.and_then(pattern);
            })
        };
        let punches = list(Some(r"^(\d{1,2}:\d{2})"));
        let cell = Raw::Text("08:11 16:21 18:00(补卡)");
        let all = Value::List(vec![time(8, 11), time(16, 21), time(18, 0)]);
        assert_eq!(convert(&cell, &punches, &CTX), Ok(all));
        let makeups = list(Some(r"^(\d{1,2}:\d{2})\(补卡\)"));
        assert_eq!(
            convert(&cell, &makeups, &CTX),
            Ok(Value::List(vec![time(18, 0)]))
        );
        let plain = list(None);
        let cell = Raw::Text(" 09:00  18:09 ");
        let both = Value::List(vec![time(9, 0), time(18, 9)]);
        assert_eq!(convert(&cell, &plain, &CTX), Ok(both));
        assert_eq!(convert(&Raw::Empty, &plain, &CTX), Ok(Value::List(vec![])));
        let r = convert(&Raw::Text("09:00 晚到"), &plain, &CTX).unwrap_err();
        assert_eq!(r.value, "晚到");
        assert!(
            r.expected
                .en
                .contains("one of the values of the cell \"09:00 晚到\""),
            "{r:?}"
        );
        assert!(
            r.expected.zh.contains("单元格 \"09:00 晚到\" 中的一个值"),
            "{r:?}"
        );
    }

    #[test]
    fn times_of_day_from_text_and_time_cells() {
        assert_eq!(ok(Raw::Text("07:41"), FieldType::Time), time(7, 41));
        assert_eq!(ok(Raw::Float(0.5), FieldType::Time), time(12, 0));
        let cell = ExcelDateTime::new(0.75, ExcelDateTimeType::DateTime, false);
        assert_eq!(ok(Raw::DateTime(cell), FieldType::Time), time(18, 0));
        let r = bad(Raw::Text("2022-03-01"), FieldType::Time);
        assert!(r.expected.en.starts_with("a time of day"), "{r:?}");
        let r = bad(Raw::Text("次日 01:10"), FieldType::Time);
        assert!(
            r.expected.en.contains("type = \"datetime\", on = "),
            "{r:?}"
        );
        assert!(r.expected.zh.contains("次日"), "{r:?}");
    }

    #[test]
    fn a_time_on_a_date_waits_for_the_row_and_then_falls_on_it() {
        let s = with(FieldType::DateTime, |s| s.on = Some(0));
        let day = NaiveDate::from_ymd_opt(2026, 2, 27).unwrap();
        let at = |raw: Raw<'_>| match convert(&raw, &s, &CTX) {
            Ok(Value::DateTime(pending)) => on_day_placed(pending, day),
            other => panic!("{other:?}"),
        };
        let on = |d: u32, h: u32, m: u32| {
            NaiveDate::from_ymd_opt(2026, 2, d).and_then(|d| d.and_hms_opt(h, m, 0))
        };
        assert_eq!(at(Raw::Text("18:09")), on(27, 18, 9));
        assert_eq!(at(Raw::Text("次日 01:10")), on(28, 1, 10));
        assert_eq!(at(Raw::Text("次日01:10")), on(28, 1, 10));
        assert_eq!(at(Raw::Float(0.5)), on(27, 12, 0));
        let r = convert(&Raw::Text("2026-02-27 18:09"), &s, &CTX).unwrap_err();
        assert!(r.expected.en.contains("次日 01:10"), "{r:?}");
    }
}
