//! The checker's vocabulary: an expression's static types, the plain
//! shapes a node keeps before it becomes a closure, and the small operand
//! kinds (comparison and arithmetic operators, text and date sources).

use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::HashSet;
use std::ops::Range;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

pub(in crate::rubric::expr) use crate::rubric::expr::words::{ArithOp, CmpOp};
use crate::rubric::expr::{Env, EvalError, FieldRef};
use crate::value::{FieldType, Value};

/// A compiled piece of an expression.
pub(in crate::rubric::expr) type Fx<T> = Box<dyn Fn(&Env) -> Result<T, EvalError> + Send + Sync>;

/// The static type of an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::rubric::expr) enum Ty {
    Number,
    Text,
    Date,
    DateTime,
    /// A time of day: `time("19:30")`, `time(start)`.
    Time,
    /// A length of time: `graded_at - due`, `duration("24h")`. A `duration`
    /// field is a number of minutes, and is read as a duration where one
    /// meets a duration.
    Duration,
    Bool,
    Null,
    /// A list field (`split = " "`): only `size(x)` and `v in x` read it.
    List,
}

impl Ty {
    pub(in crate::rubric::expr) fn of(field: &FieldType) -> Ty {
        match field {
            FieldType::Integer | FieldType::Decimal | FieldType::Duration => Ty::Number,
            FieldType::Key | FieldType::Text | FieldType::Enum(_) => Ty::Text,
            FieldType::Date => Ty::Date,
            FieldType::DateTime => Ty::DateTime,
            FieldType::Boolean => Ty::Bool,
            FieldType::Time => Ty::Time,
            FieldType::List(_) => Ty::List,
        }
    }

    pub(in crate::rubric::expr) fn name(self) -> &'static str {
        match self {
            Ty::Number => "number",
            Ty::Text => "text",
            Ty::Date => "date",
            Ty::DateTime => "datetime",
            Ty::Time => "time",
            Ty::Duration => "duration",
            Ty::Bool => "true/false",
            Ty::Null => "null",
            Ty::List => "list",
        }
    }
}

/// Where a field's value is, and the name to blame when it is blank.
#[derive(Clone)]
pub(in crate::rubric::expr) struct Slot {
    pub(in crate::rubric::expr) at: FieldRef,
    pub(in crate::rubric::expr) name: String,
    pub(in crate::rubric::expr) declared: &'static str,
}

impl Slot {
    pub(in crate::rubric::expr) fn read<'e>(&self, env: &Env<'e>) -> &'e Value {
        static NULL: Value = Value::Null;
        // A slot past the end of a row is a column the source does not have,
        // which `Value` documents as blank.
        let row = match self.at {
            FieldRef::Record(i) => env.record.get(i),
            FieldRef::Teacher(i) => env.teacher.get(i),
        };
        row.unwrap_or(&NULL)
    }

    pub(in crate::rubric::expr) fn blank(&self) -> EvalError {
        EvalError::Blank {
            field: self.name.clone(),
        }
    }

    pub(in crate::rubric::expr) fn wrong(&self) -> EvalError {
        EvalError::WrongType {
            field: self.name.clone(),
            declared: self.declared,
        }
    }

    /// The field's value as `take` takes it: a blank cell refused as
    /// blank, a value `take` does not take as the wrong type.
    fn typed<'e, T>(
        &self,
        env: &Env<'e>,
        take: impl FnOnce(&'e Value) -> Option<T>,
    ) -> Result<T, EvalError> {
        match self.read(env) {
            Value::Null => Err(self.blank()),
            v => take(v).ok_or_else(|| self.wrong()),
        }
    }

    pub(in crate::rubric::expr) fn num(&self, env: &Env) -> Result<Decimal, EvalError> {
        self.typed(env, Value::as_decimal)
    }

    pub(in crate::rubric::expr) fn text<'e>(&self, env: &Env<'e>) -> Result<&'e str, EvalError> {
        self.typed(env, Value::as_text)
    }

    pub(in crate::rubric::expr) fn bool(&self, env: &Env) -> Result<bool, EvalError> {
        self.typed(env, |v| match v {
            Value::Bool(b) => Some(*b),
            _ => None,
        })
    }

    pub(in crate::rubric::expr) fn date(&self, env: &Env) -> Result<NaiveDate, EvalError> {
        self.typed(env, Value::as_date)
    }

    pub(in crate::rubric::expr) fn time(&self, env: &Env) -> Result<NaiveTime, EvalError> {
        self.typed(env, |v| match v {
            Value::Time(t) => Some(*t),
            _ => None,
        })
    }

    /// A list field's values; a blank cell is an empty list.
    pub(in crate::rubric::expr) fn list<'e>(
        &self,
        env: &Env<'e>,
    ) -> Result<&'e [Value], EvalError> {
        match self.read(env) {
            Value::List(parts) => Ok(parts),
            Value::Null => Ok(&[]),
            _ => Err(self.wrong()),
        }
    }

    pub(in crate::rubric::expr) fn datetime(&self, env: &Env) -> Result<NaiveDateTime, EvalError> {
        self.typed(env, |v| match v {
            Value::DateTime(dt) => Some(*dt),
            _ => None,
        })
    }
}

/// The shape of a typed expression.
pub(in crate::rubric::expr) enum Node {
    Field(Slot),
    /// The calendar date of a datetime field: `date(signed_at)`.
    DateOf(Slot),
    Text(String),
    Num(Decimal),
    Date(NaiveDate),
    DateTime(NaiveDateTime),
    Bool(bool),
    Null,
    BoolFn(Fx<bool>),
    NumFn(Fx<Decimal>),
    /// Text worked out per record: a text table's value.
    TextFn(Fx<String>),
    Time(NaiveTime),
    TimeFn(Fx<NaiveTime>),
    Dur(TimeDelta),
    DurFn(Fx<TimeDelta>),
    DateTimeFn(Fx<NaiveDateTime>),
    DateFn(Fx<NaiveDate>),
}

/// An expression after type-checking.
pub(in crate::rubric::expr) struct Typed {
    pub node: Node,
    pub ty: Ty,
    pub span: Range<usize>,
}

impl CmpOp {
    pub(in crate::rubric::expr) fn test(self, ord: Ordering) -> bool {
        match self {
            CmpOp::Eq => ord == Ordering::Equal,
            CmpOp::Ne => ord != Ordering::Equal,
            CmpOp::Lt => ord == Ordering::Less,
            CmpOp::Le => ord != Ordering::Greater,
            CmpOp::Gt => ord == Ordering::Greater,
            CmpOp::Ge => ord != Ordering::Less,
        }
    }

    /// The operator that gives the same answer with the operands swapped.
    pub(in crate::rubric::expr) fn flip(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
            other => other,
        }
    }

    pub(in crate::rubric::expr) fn is_equality(self) -> bool {
        matches!(self, CmpOp::Eq | CmpOp::Ne)
    }
}

impl ArithOp {
    pub(in crate::rubric::expr) fn apply(
        self,
        a: Decimal,
        b: Decimal,
    ) -> Result<Decimal, EvalError> {
        match self {
            ArithOp::Add => a.checked_add(b).ok_or(EvalError::Overflow),
            ArithOp::Sub => a.checked_sub(b).ok_or(EvalError::Overflow),
            ArithOp::Mul => a.checked_mul(b).ok_or(EvalError::Overflow),
            ArithOp::Div if b.is_zero() => Err(EvalError::DivisionByZero),
            ArithOp::Div => a.checked_div(b).ok_or(EvalError::Overflow),
        }
    }
}

/// A text operand: borrowed from the record or the compiled literal, so
/// reading one never allocates, or a text table's value, which is owned.
pub(in crate::rubric::expr) enum TextSrc {
    Field(Slot),
    Lit(String),
    Fn(Fx<String>),
}

impl TextSrc {
    pub(in crate::rubric::expr) fn get<'s>(
        &'s self,
        env: &Env<'s>,
    ) -> Result<Cow<'s, str>, EvalError> {
        match self {
            TextSrc::Field(slot) => slot.text(env).map(Cow::Borrowed),
            TextSrc::Lit(s) => Ok(Cow::Borrowed(s)),
            TextSrc::Fn(f) => f(env).map(Cow::Owned),
        }
    }
}

pub(in crate::rubric::expr) enum DateSrc {
    Field(Slot),
    DateOf(Slot),
    Lit(NaiveDate),
    Fn(Fx<NaiveDate>),
}

impl DateSrc {
    pub(in crate::rubric::expr) fn get(&self, env: &Env) -> Result<NaiveDate, EvalError> {
        match self {
            DateSrc::Field(slot) | DateSrc::DateOf(slot) => slot.date(env),
            DateSrc::Lit(d) => Ok(*d),
            DateSrc::Fn(f) => f(env),
        }
    }
}

pub(in crate::rubric::expr) enum DateTimeSrc {
    Field(Slot),
    Lit(NaiveDateTime),
    Fn(Fx<NaiveDateTime>),
}

impl DateTimeSrc {
    pub(in crate::rubric::expr) fn get(&self, env: &Env) -> Result<NaiveDateTime, EvalError> {
        match self {
            DateTimeSrc::Field(slot) => slot.datetime(env),
            DateTimeSrc::Lit(d) => Ok(*d),
            DateTimeSrc::Fn(f) => f(env),
        }
    }
}

/// The minutes of a `duration` field as a duration, to the millisecond.
pub(in crate::rubric::expr) fn minutes_as_duration(
    minutes: Decimal,
) -> Result<TimeDelta, EvalError> {
    let ms = minutes
        .checked_mul(Decimal::from(60_000))
        .map(|m| m.round())
        .and_then(|m| m.to_i64())
        .ok_or(EvalError::Overflow)?;
    TimeDelta::try_milliseconds(ms).ok_or(EvalError::Overflow)
}

/// A key passed to `table()`.
pub(in crate::rubric::expr) enum KeySrc {
    Text(TextSrc),
    Number(Fx<Decimal>),
}

/// The values after `in`: a scan beats hashing for the handful a rubric
/// usually lists.
pub(in crate::rubric::expr) enum TextSet {
    Few(Vec<String>),
    Many(HashSet<String>),
}

impl TextSet {
    pub(in crate::rubric::expr) fn new(values: Vec<String>) -> TextSet {
        if values.len() <= 8 {
            TextSet::Few(values)
        } else {
            TextSet::Many(values.into_iter().collect())
        }
    }

    pub(in crate::rubric::expr) fn contains(&self, s: &str) -> bool {
        match self {
            TextSet::Few(v) => v.iter().any(|x| x == s),
            TextSet::Many(h) => h.contains(s),
        }
    }
}

/// A type's name in both languages, as a message says it: the names of
/// field types (`integer`, `enum` …) and of the expression's own types
/// (`number` …); one not in the catalogue is said as it is written.
pub(in crate::rubric::expr) fn type_text(name: &str) -> crate::i18n::Text {
    use crate::i18n::rubric as msg;
    const NAMES: [fn() -> crate::i18n::Word; 13] = [
        msg::type_name_key,
        msg::type_name_text,
        msg::type_name_integer,
        msg::type_name_decimal,
        msg::type_name_number,
        msg::type_name_date,
        msg::type_name_datetime,
        msg::type_name_duration,
        msg::type_name_boolean,
        msg::type_name_time,
        msg::type_name_enum,
        msg::type_name_true_false,
        msg::type_name_list,
    ];
    crate::i18n::Word::by_en(&NAMES, name)
        .map_or_else(|| crate::i18n::Text::same(name), crate::i18n::Word::text)
}
