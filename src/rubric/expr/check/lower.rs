//! Lowering typed nodes into closures: the specialised `field (op) literal`
//! comparison, and turning a node of a known type into the closure that
//! computes it.

use std::ops::Range;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::types::{
    minutes_as_duration, CmpOp, DateSrc, DateTimeSrc, Fx, Node, Slot, TextSrc, Ty, Typed,
};
use crate::value::Value;

/// `field (op) literal`, the commonest shape of a condition. An integer
/// field against a whole-number literal compares as `i64`, which costs a
/// fraction of a decimal comparison.
pub(in crate::rubric::expr) fn field_vs_number(slot: Slot, op: CmpOp, k: Decimal) -> Fx<bool> {
    let whole = if k.fract().is_zero() {
        k.to_i64()
    } else {
        None
    };
    match whole {
        Some(w) => Box::new(move |env| match slot.read(env) {
            Value::Int(i) => Ok(op.test(i.cmp(&w))),
            _ => Ok(op.test(slot.num(env)?.cmp(&k))),
        }),
        None => Box::new(move |env| Ok(op.test(slot.num(env)?.cmp(&k)))),
    }
}

/// A `duration` field (a number of minutes) met by a duration is read as a
/// duration, so `graded_at - due <= allowed` works with `allowed` in minutes.
pub(in crate::rubric::expr) fn duration_field(t: &mut Typed, other: Ty) {
    if let (Node::Field(slot), Ty::Number, Ty::Duration) = (&t.node, t.ty, other) {
        if slot.declared == "duration" {
            t.ty = Ty::Duration;
        }
    }
}

pub(in crate::rubric::expr) fn typed(node: Node, ty: Ty) -> Typed {
    typed_span(node, ty, 0..0)
}

pub(in crate::rubric::expr) fn typed_span(node: Node, ty: Ty, span: Range<usize>) -> Typed {
    Typed { node, ty, span }
}

pub(in crate::rubric::expr) fn bool_fn(f: Fx<bool>, span: Range<usize>) -> Typed {
    Typed {
        node: Node::BoolFn(f),
        ty: Ty::Bool,
        span,
    }
}

pub(in crate::rubric::expr) fn num(node: Node, span: Range<usize>) -> Typed {
    Typed {
        node,
        ty: Ty::Number,
        span,
    }
}

/// A number-typed expression as a closure. Callers check the type first; any
/// other shape cannot occur and evaluates to zero rather than panicking.
pub(in crate::rubric::expr) fn into_num(t: Typed) -> Fx<Decimal> {
    match t.node {
        Node::Num(k) => Box::new(move |_| Ok(k)),
        Node::Field(slot) => Box::new(move |env| slot.num(env)),
        Node::NumFn(f) => f,
        _ => Box::new(|_| Ok(Decimal::ZERO)),
    }
}

/// A condition as a closure. Callers check the type first; any other shape
/// cannot occur and evaluates to false rather than panicking.
pub(in crate::rubric::expr) fn into_bool(t: Typed) -> Fx<bool> {
    match t.node {
        Node::Bool(b) => Box::new(move |_| Ok(b)),
        Node::Field(slot) => Box::new(move |env| slot.bool(env)),
        Node::BoolFn(f) => f,
        _ => Box::new(|_| Ok(false)),
    }
}

/// A text operand. Callers check the type first; a non-text shape becomes an
/// empty literal rather than a panic.
pub(in crate::rubric::expr) fn text_src(node: Node) -> TextSrc {
    match node {
        Node::Field(slot) => TextSrc::Field(slot),
        Node::Text(s) => TextSrc::Lit(s),
        Node::TextFn(f) => TextSrc::Fn(f),
        _ => TextSrc::Lit(String::new()),
    }
}

pub(in crate::rubric::expr) fn date_src(node: Node) -> DateSrc {
    match node {
        Node::Field(slot) => DateSrc::Field(slot),
        Node::DateOf(slot) => DateSrc::DateOf(slot),
        Node::Date(d) => DateSrc::Lit(d),
        Node::DateFn(f) => DateSrc::Fn(f),
        _ => DateSrc::Lit(NaiveDate::MIN),
    }
}

pub(in crate::rubric::expr) fn datetime_src(node: Node) -> DateTimeSrc {
    match node {
        Node::Field(slot) => DateTimeSrc::Field(slot),
        Node::DateTime(d) => DateTimeSrc::Lit(d),
        Node::DateTimeFn(f) => DateTimeSrc::Fn(f),
        _ => DateTimeSrc::Lit(NaiveDateTime::MIN),
    }
}

/// A time-of-day expression as a closure. Callers check the type first;
/// any other shape evaluates to midnight rather than panicking.
pub(in crate::rubric::expr) fn into_time(node: Node) -> Fx<NaiveTime> {
    match node {
        Node::Time(t) => Box::new(move |_| Ok(t)),
        Node::TimeFn(f) => f,
        Node::Field(slot) => Box::new(move |env| slot.time(env)),
        _ => Box::new(|_| Ok(NaiveTime::MIN)),
    }
}

/// A duration expression as a closure; a `duration` field (minutes) is read
/// as the length it holds. Callers check the type first; any other shape
/// evaluates to zero rather than panicking.
pub(in crate::rubric::expr) fn into_dur(node: Node) -> Fx<TimeDelta> {
    match node {
        Node::Dur(d) => Box::new(move |_| Ok(d)),
        Node::DurFn(f) => f,
        Node::Field(slot) => Box::new(move |env| minutes_as_duration(slot.num(env)?)),
        _ => Box::new(|_| Ok(TimeDelta::zero())),
    }
}

/// `duration("1h30m")`: whole numbers of days, hours, minutes and seconds,
/// each at most once and in that order, at least one of them.
pub(in crate::rubric::expr) fn parse_duration(s: &str) -> Option<TimeDelta> {
    let units = [('d', 86_400_i64), ('h', 3_600), ('m', 60), ('s', 1)];
    let mut rest = s.trim();
    let mut next_unit = 0;
    let mut seconds: i64 = 0;
    if rest.is_empty() {
        return None;
    }
    while !rest.is_empty() {
        let digits = rest.find(|c: char| !c.is_ascii_digit())?;
        if digits == 0 {
            return None;
        }
        let n: i64 = rest.get(..digits)?.parse().ok()?;
        let unit = rest.get(digits..)?.chars().next()?;
        let at = units.iter().skip(next_unit).position(|(u, _)| *u == unit)? + next_unit;
        let (_, per) = units.get(at)?;
        seconds = seconds.checked_add(n.checked_mul(*per)?)?;
        next_unit = at + 1;
        rest = rest.get(digits + unit.len_utf8()..)?;
    }
    TimeDelta::try_seconds(seconds)
}
