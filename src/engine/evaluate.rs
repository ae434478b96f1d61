//! One rule against one record: whether it counts, the points it gives,
//! and the evidence line that says why.

use rust_decimal::Decimal;

use super::arith::{self, Checked};
use super::outcome::*;
use super::teacher::Applied;
use crate::rubric::calendar::WindowSize;
use crate::rubric::expr::{Env, EvalError, FieldRef};
use crate::rubric::{Charge, Effect, Points, Rubric, Rule, WindowRule};
use crate::value::Value;

/// What one rule makes of one record: nothing, signed points, or an imported score.
pub(super) fn evaluate(
    rubric: &Rubric,
    rule: &Rule,
    env: &Env<'_>,
    shown: &[FieldRef],
) -> Result<Option<Applied>, RuleError> {
    if let Some(when) = &rule.when {
        if !when.eval(env)? {
            return Ok(None);
        }
    }
    let mut detail = describe_fields(rubric, rule.source, shown, env);
    let (magnitude, sign) = match &rule.effect {
        Effect::Deduct(p) => (points(rubric, rule, p, env, &mut detail)?, -Decimal::ONE),
        Effect::Bonus(p) => (points(rubric, rule, p, env, &mut detail)?, Decimal::ONE),
        Effect::Proportional { value, rate } => {
            let v = value.eval(env)?;
            if v < Decimal::ZERO {
                return Err(RuleError::Negative(v));
            }
            let product = v
                .checked_mul(*rate)
                .ok_or(RuleError::Eval(EvalError::Overflow))?;
            (product, Decimal::ONE)
        }
        Effect::Ratio { matching, .. } => {
            return Ok(Some(Applied::Share {
                matched: matching.eval(env)?,
            }));
        }
        Effect::Import { value, .. } => {
            return Ok(Some(Applied::Import {
                value: value.eval(env)?,
                detail,
            }));
        }
        Effect::Window(w) => return window_record(rubric, rule, w, env),
        Effect::Relative(r) => {
            let v = r.value.eval(env)?;
            if v < Decimal::ZERO {
                return Err(RuleError::Negative(v));
            }
            return Ok(Some(Applied::Value(v)));
        }
        Effect::Weighted {
            by, value, weights, ..
        } => {
            let src = &rubric.sources[rule.source];
            let text = env.record[*by]
                .as_text()
                .ok_or_else(|| RuleError::Blank(header(src, *by)))?;
            let rater = weights
                .iter()
                .position(|(k, _)| k == text)
                .ok_or_else(|| RuleError::NoPoints(format!("{}={text}", header(src, *by))))?;
            return Ok(Some(Applied::Rating {
                rater,
                value: value.eval(env)?,
                detail,
            }));
        }
    };
    let exempt = match &rule.unless {
        Some(u) => u.eval(env)?,
        None => false,
    };
    if exempt {
        let label = &rule.unless_label;
        let sep = crate::i18n::engine::clause_separator();
        detail = detail.then(sep.en, sep.zh, &crate::i18n::engine::exempt(label));
    }
    Ok(Some(Applied::Points {
        points: if sign.is_sign_negative() {
            arith::negated(magnitude)
        } else {
            magnitude
        },
        detail,
        exempt,
    }))
}

#[derive(Debug)]
pub(super) enum RuleError {
    Eval(EvalError),
    NoPoints(String),
    Blank(String),
    Negative(Decimal),
}

impl From<EvalError> for RuleError {
    fn from(e: EvalError) -> Self {
        RuleError::Eval(e)
    }
}

crate::i18n::said_by_text!(RuleError);

impl std::error::Error for RuleError {}

impl RuleError {
    /// Why, in both languages, for [`Problem::Evaluation`].
    pub(super) fn text(&self) -> crate::i18n::Text {
        match self {
            RuleError::Eval(e) => super::problem::eval_reason(e),
            RuleError::NoPoints(v) => crate::i18n::engine::rule_no_points(v),
            RuleError::Blank(f) => crate::i18n::engine::rule_blank(f),
            RuleError::Negative(n) => crate::i18n::engine::rule_negative(n),
        }
    }
}

pub(super) fn points(
    rubric: &Rubric,
    rule: &Rule,
    points: &Points,
    env: &Env<'_>,
    detail: &mut Detail,
) -> Result<Decimal, RuleError> {
    let src = &rubric.sources[rule.source];
    match points {
        Points::Each(p) => Ok(*p),
        Points::ByValue { field, values } => {
            let v = &env.record[*field];
            let text = v
                .as_text()
                .ok_or_else(|| RuleError::Blank(header(src, *field)))?;
            values
                .iter()
                .find(|(k, _)| k == text)
                .map(|(_, p)| *p)
                .ok_or_else(|| RuleError::NoPoints(format!("{}={text}", header(src, *field))))
        }
        Points::PerUnit { field, each } => {
            let v = env.record[*field]
                .as_decimal()
                .ok_or_else(|| RuleError::Blank(header(src, *field)))?;
            if v < Decimal::ZERO {
                return Err(RuleError::Negative(v));
            }
            each.times(v)
                .map_err(|_| RuleError::Eval(EvalError::Overflow))
        }
        Points::Tiers { field, steps } => {
            let v = env.record[*field]
                .as_decimal()
                .ok_or_else(|| RuleError::Blank(header(src, *field)))?;
            // Steps that never speak of a value below 0 (迟到10分钟以内 …) would
            // take a negative one (a sign slip, a formula the wrong way round)
            // into their first step: refused, as `per` refuses it.
            if v < Decimal::ZERO
                && !steps
                    .iter()
                    .any(|s| s.upto.is_some_and(|u| u < Decimal::ZERO))
            {
                return Err(RuleError::Negative(v));
            }
            let step = steps
                .iter()
                .find(|s| s.upto.is_none_or(|u| v <= u))
                .or(steps.last())
                .ok_or_else(|| RuleError::NoPoints(v.to_string()))?;
            if let Some(label) = &step.label {
                let sep = crate::i18n::engine::clause_separator();
                *detail = std::mem::take(detail).then(
                    sep.en,
                    sep.zh,
                    &crate::i18n::Text::same(label.as_str()),
                );
            }
            Ok(step.points)
        }
    }
}

/// Where a window rule's record goes: its window (a school day, or the ISO
/// week of its date) and group, and what it adds. A record on a day without
/// school is in no day window.
pub(super) fn window_record(
    rubric: &Rubric,
    rule: &Rule,
    w: &WindowRule,
    env: &Env<'_>,
) -> Result<Option<Applied>, RuleError> {
    let src = &rubric.sources[rule.source];
    let Some(slot) = src.date else {
        // The compiler refuses a window rule over a source without a date.
        return Ok(None);
    };
    let date = env.record[slot]
        .as_date()
        .ok_or_else(|| RuleError::Blank(header(src, slot)))?;
    if w.size == WindowSize::Day && !rubric.calendar.is_school_day(date) {
        return Ok(None);
    }
    let mut group = String::new();
    for &g in &w.group {
        let v = &env.record[g];
        if v.is_null() {
            return Err(RuleError::Blank(header(src, g)));
        }
        if !group.is_empty() {
            group.push(' ');
        }
        group.push_str(&v.to_string());
    }
    let amount = match &w.value {
        Some(v) => v.eval(env)?,
        None => Decimal::ONE,
    };
    // The charge reads only the group's fields, so every record of a
    // group gives the same key; a key its table lacks is this record's
    // problem, never a window charged to no one.
    let charge = match &w.across {
        Some(Charge::Lookup(e)) => Some(e.eval(env)?),
        _ => None,
    };
    Ok(Some(Applied::Window {
        start: w.size.start_of(date),
        group,
        amount,
        charge,
    }))
}

/// `日期=2022-03-04, 打卡结果=缺课`: the shown fields under their first
/// header. Headers and values are the data's own words, the same in either
/// language, except a yes/no value, which is a word of kaohe's (是 / yes).
pub(super) fn describe_fields(
    rubric: &Rubric,
    source: usize,
    shown: &[FieldRef],
    env: &Env<'_>,
) -> Detail {
    let src = &rubric.sources[source];
    let roster = &rubric.sources[rubric.roster.source];
    let field = |f: &FieldRef| match *f {
        FieldRef::Record(slot) => (src, slot, &env.record[slot]),
        FieldRef::Teacher(slot) => (roster, slot, &env.teacher[slot]),
    };
    let render = |locale: crate::i18n::Locale| {
        let mut out = String::new();
        for f in shown {
            let (source, slot, value) = field(f);
            if !out.is_empty() {
                out.push_str(", ");
            }
            out.push_str(&header(source, slot));
            out.push('=');
            match (value, locale) {
                (Value::Bool(b), crate::i18n::Locale::En) => {
                    out.push_str(if *b { "yes" } else { "no" })
                }
                _ => out.push_str(&value.to_string()),
            }
        }
        out
    };
    if shown.iter().any(|f| matches!(field(f).2, Value::Bool(_))) {
        crate::i18n::Text {
            en: render(crate::i18n::Locale::En),
            zh: render(crate::i18n::Locale::Zh),
        }
        .into()
    } else {
        Detail::Same(render(crate::i18n::Locale::Zh))
    }
}

/// The first header a field is known by, which is how people name it.
pub(super) fn header(source: &crate::rubric::Source, slot: usize) -> String {
    let f = &source.schema.fields[slot];
    f.headers
        .first()
        .map(|h| h.replace(['\n', '\r'], ""))
        .unwrap_or_else(|| f.name.clone())
}
