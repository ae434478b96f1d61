//! Operators: logical, comparison (with null checks and enum literals) and
//! arithmetic, including date and duration arithmetic.

use std::ops::Range;

use chrono::{NaiveDateTime, TimeDelta};
use rust_decimal::Decimal;

use super::lower::{
    bool_fn, date_src, datetime_src, duration_field, field_vs_number, into_bool, into_dur,
    into_num, into_time, num, text_src, typed, typed_span,
};
use super::types::{type_text, ArithOp, CmpOp, Fx, Node, Slot, Ty, Typed};
use super::Compiler;
use crate::i18n::rubric as msg;
use crate::i18n::{Localize, Text};
use crate::rubric::expr::{EvalError, ExprError};
use crate::rubric::Locale;
use crate::value::{FieldType, Value};

impl Compiler<'_> {
    /// A compiled condition from an operand of a logical operator.
    pub(super) fn need_bool(&self, t: Typed, op: &str) -> Result<Fx<bool>, ExprError> {
        if t.ty != Ty::Bool {
            return self.err(t.span.clone(), {
                let d = self.describe(&t);
                msg::needs_conditions_true_false_but(op, &d)
            });
        }
        Ok(into_bool(t))
    }

    pub(super) fn compare(
        &mut self,
        op: CmpOp,
        mut l: Typed,
        mut r: Typed,
        span: Range<usize>,
    ) -> Result<Typed, ExprError> {
        self.not_list(&l)?;
        self.not_list(&r)?;
        if l.ty == Ty::Null || r.ty == Ty::Null {
            return self.null_check(op, l, r, span);
        }
        duration_field(&mut l, r.ty);
        duration_field(&mut r, l.ty);
        if l.ty != r.ty {
            let (a, b) = (self.describe(&l), self.describe(&r));
            let mut message = msg::cannot_compare(&a, &b);
            for t in [&l, &r] {
                if let (Node::Field(slot), Ty::DateTime) = (&t.node, t.ty) {
                    let name = self.text_of(&t.span);
                    if l.ty == Ty::Date || r.ty == Ty::Date {
                        let field = &slot.name;
                        message = message.join(
                            "",
                            "",
                            &msg::compare_calendar_date_write_date(field, name),
                        );
                    }
                    if l.ty == Ty::Time || r.ty == Ty::Time {
                        let field = &slot.name;
                        message =
                            message.join("", "", &msg::compare_time_day_write_time(field, name));
                    }
                }
            }
            if (l.ty == Ty::Duration) != (r.ty == Ty::Duration) {
                message = message.join("", "", &msg::write_length_time_like_duration());
            }
            return self.err(span, message);
        }
        if !op.is_equality() && matches!(l.ty, Ty::Text | Ty::Bool) {
            return self.err(span, msg::can_only_compared(&type_text(l.ty.name())));
        }
        if l.ty == Ty::Text {
            self.text_literal(&l, &mut r, &span)?;
            self.text_literal(&r, &mut l, &span)?;
            self.compared_text(&l, &r);
            self.compared_text(&r, &l);
            self.check_enum(&l, &r)?;
            self.check_enum(&r, &l)?;
        }
        let f: Fx<bool> = match l.ty {
            Ty::Number => match (l.node, r.node) {
                (Node::Field(slot), Node::Num(k)) => field_vs_number(slot, op, k),
                (Node::Num(k), Node::Field(slot)) => field_vs_number(slot, op.flip(), k),
                (ln, rn) => {
                    let (a, b) = (into_num(typed(ln, l.ty)), into_num(typed(rn, r.ty)));
                    Box::new(move |env| Ok(op.test(a(env)?.cmp(&b(env)?))))
                }
            },
            Ty::Text => {
                let eq = op == CmpOp::Eq;
                match (l.node, r.node) {
                    // A blank text field equals no literal: `approval == "补卡审批通过"`
                    // is plainly false on a row with no approval, so it is not an error.
                    (Node::Field(slot), Node::Text(k)) | (Node::Text(k), Node::Field(slot)) => {
                        Box::new(move |env| match slot.read(env) {
                            Value::Null => Ok(!eq),
                            _ => Ok((slot.text(env)? == k) == eq),
                        })
                    }
                    (ln, rn) => {
                        let (a, b) = (text_src(ln), text_src(rn));
                        Box::new(move |env| Ok((a.get(env)? == b.get(env)?) == eq))
                    }
                }
            }
            Ty::Date => {
                let (a, b) = (date_src(l.node), date_src(r.node));
                Box::new(move |env| Ok(op.test(a.get(env)?.cmp(&b.get(env)?))))
            }
            Ty::DateTime => {
                let (a, b) = (datetime_src(l.node), datetime_src(r.node));
                Box::new(move |env| Ok(op.test(a.get(env)?.cmp(&b.get(env)?))))
            }
            Ty::Time => {
                let (a, b) = (into_time(l.node), into_time(r.node));
                Box::new(move |env| Ok(op.test(a(env)?.cmp(&b(env)?))))
            }
            Ty::Duration => {
                let (a, b) = (into_dur(l.node), into_dur(r.node));
                Box::new(move |env| Ok(op.test(a(env)?.cmp(&b(env)?))))
            }
            Ty::Bool => {
                let eq = op == CmpOp::Eq;
                let (a, b) = (
                    into_bool(typed(l.node, l.ty)),
                    into_bool(typed(r.node, r.ty)),
                );
                Box::new(move |env| Ok((a(env)? == b(env)?) == eq))
            }
            Ty::Null | Ty::List => return self.err(span, msg::cannot_compare_null_here()),
        };
        Ok(bool_fn(f, span))
    }

    /// A list field (`split`) is read only by `size(x)` and `v in x`: compared
    /// or added it would mean nothing, so it is refused at load.
    pub(super) fn not_list(&self, t: &Typed) -> Result<(), ExprError> {
        if t.ty != Ty::List {
            return Ok(());
        }
        let shown = self.text_of(&t.span);
        self.err(t.span.clone(), msg::list_field_only_size_or_in(shown))
    }

    /// `x == null` / `x != null`: the one use of a blank that is not an error.
    pub(super) fn null_check(
        &mut self,
        op: CmpOp,
        l: Typed,
        r: Typed,
        span: Range<usize>,
    ) -> Result<Typed, ExprError> {
        if !op.is_equality() {
            return self.err(span, msg::null_can_only_compared());
        }
        let other = if l.ty == Ty::Null { r } else { l };
        let slot = match other.node {
            Node::Field(slot) | Node::DateOf(slot) => slot,
            Node::Null => return self.err(span, msg::compare_field_null_not_null()),
            _ => {
                return self.err(other.span.clone(), {
                    let shown = self.text_of(&other.span);
                    msg::only_field_can_compared_null(shown)
                })
            }
        };
        self.never_blank(&slot, &span)?;
        let want_null = op == CmpOp::Eq;
        Ok(bool_fn(
            Box::new(move |env| Ok(slot.read(env).is_null() == want_null)),
            span,
        ))
    }

    /// A test for a blank on a field with a `default` would silently never
    /// tell anything: a blank cell reads as the default.
    pub(super) fn never_blank(&self, slot: &Slot, span: &Range<usize>) -> Result<(), ExprError> {
        if !self.scope.defaulted.contains(&slot.at) {
            return Ok(());
        }
        let shown = self.text_of(span);
        let name = &slot.name;
        self.err(span.clone(), msg::tests_blank_but_field_has(shown, name))
    }

    /// A text literal compared with a field is read as a cell is: blank
    /// text is refused, since a blank cell is `null` and never equals `""`
    /// (`approval == ""` would silently never hold); a literal compared with
    /// a key or text field is normalised as cells are, so `"孙磊（已离职）"`
    /// matches the cell `孙磊（已离职）`, read as `孙磊(已离职)`. Enum values
    /// are compared as declared, which is how cells read.
    pub(super) fn text_literal(
        &self,
        field: &Typed,
        lit: &mut Typed,
        whole: &Range<usize>,
    ) -> Result<(), ExprError> {
        let (Node::Field(slot), Node::Text(k)) = (&field.node, &mut lit.node) else {
            return Ok(());
        };
        let normalised = crate::input::normalize_text(k);
        if normalised.is_empty() {
            let name = self.text_of(&field.span);
            let shown = self.text_of(whole);
            return self.err(
                whole.clone(),
                msg::compares_blank_text_which_no(shown, name),
            );
        }
        if matches!(
            self.field_type(slot.at),
            Some(FieldType::Key | FieldType::Text)
        ) {
            *k = normalised;
        }
        Ok(())
    }

    /// Notes a key or text field compared for equality with a literal (after
    /// [`Self::text_literal`]), for the run to check against the values read.
    pub(super) fn compared_text(&mut self, field: &Typed, lit: &Typed) {
        if let (Node::Field(slot), Node::Text(k)) = (&field.node, &lit.node) {
            if matches!(
                self.field_type(slot.at),
                Some(FieldType::Key | FieldType::Text)
            ) {
                self.compared.push((slot.at, k.clone()));
            }
        }
    }

    /// An enumeration field compared with a literal that is not one of its
    /// values would silently never match; refuse it.
    pub(super) fn check_enum(&self, field: &Typed, lit: &Typed) -> Result<(), ExprError> {
        let (Node::Field(slot), Node::Text(s)) = (&field.node, &lit.node) else {
            return Ok(());
        };
        let Some(FieldType::Enum(values)) = self.field_type(slot.at) else {
            return Ok(());
        };
        if values.iter().any(|v| v == s) {
            return Ok(());
        }
        self.err(lit.span.clone(), {
            let field = &slot.name;
            let list = Text::list(values);
            msg::not_value_values_3(s, field, &list)
        })
    }

    pub(super) fn arith(
        &mut self,
        op: ArithOp,
        l: Typed,
        r: Typed,
        span: Range<usize>,
    ) -> Result<Typed, ExprError> {
        let sym = match op {
            ArithOp::Add => "+",
            ArithOp::Sub => "-",
            ArithOp::Mul => "*",
            ArithOp::Div => "/",
        };
        self.not_list(&l)?;
        self.not_list(&r)?;
        let timed = |t: Ty| matches!(t, Ty::Date | Ty::DateTime | Ty::Time | Ty::Duration);
        if timed(l.ty) || timed(r.ty) {
            return self.time_arith(op, sym, l, r, span);
        }
        for t in [&l, &r] {
            if t.ty != Ty::Number {
                return self.err(span, {
                    let d = self.describe(t);
                    msg::needs_numbers_but_not_number(sym, &d)
                });
            }
        }
        // Literal arithmetic is done once here, so its errors surface at load.
        if let (Node::Num(a), Node::Num(b)) = (&l.node, &r.node) {
            return match op.apply(*a, *b) {
                Ok(v) => Ok(num(Node::Num(v), span)),
                Err(e) => self.err(
                    span,
                    Text {
                        en: e.to_string(),
                        zh: e.localized(Locale::Zh),
                    },
                ),
            };
        }
        let f: Fx<Decimal> = match (l.node, r.node) {
            (Node::Field(slot), Node::Num(k)) => Box::new(move |env| op.apply(slot.num(env)?, k)),
            (ln, rn) => {
                let (a, b) = (
                    into_num(typed(ln, Ty::Number)),
                    into_num(typed(rn, Ty::Number)),
                );
                Box::new(move |env| op.apply(a(env)?, b(env)?))
            }
        };
        Ok(num(Node::NumFn(f), span))
    }

    /// Arithmetic on points and lengths of time: a datetime minus a datetime
    /// (a date minus a date, a time minus a time) is a duration; a datetime
    /// plus or minus a duration is a datetime; durations add and subtract.
    /// Anything else (datetime + datetime, time - date, datetime + 24) is
    /// refused here, at load.
    pub(super) fn time_arith(
        &mut self,
        op: ArithOp,
        sym: &str,
        mut l: Typed,
        mut r: Typed,
        span: Range<usize>,
    ) -> Result<Typed, ExprError> {
        duration_field(&mut l, r.ty);
        duration_field(&mut r, l.ty);
        let dur = |f: Fx<TimeDelta>| typed_span(Node::DurFn(f), Ty::Duration, span.clone());
        let at = |f: Fx<NaiveDateTime>| typed_span(Node::DateTimeFn(f), Ty::DateTime, span.clone());
        match (l.ty, op, r.ty) {
            (Ty::DateTime, ArithOp::Sub, Ty::DateTime) => {
                let (a, b) = (datetime_src(l.node), datetime_src(r.node));
                return Ok(dur(Box::new(move |env| {
                    Ok(a.get(env)?.signed_duration_since(b.get(env)?))
                })));
            }
            (Ty::Date, ArithOp::Sub, Ty::Date) => {
                let (a, b) = (date_src(l.node), date_src(r.node));
                return Ok(dur(Box::new(move |env| {
                    Ok(a.get(env)?.signed_duration_since(b.get(env)?))
                })));
            }
            (Ty::Time, ArithOp::Sub, Ty::Time) => {
                let (a, b) = (into_time(l.node), into_time(r.node));
                return Ok(dur(Box::new(move |env| {
                    Ok(a(env)?.signed_duration_since(b(env)?))
                })));
            }
            (Ty::Duration, ArithOp::Add | ArithOp::Sub, Ty::Duration) => {
                let (a, b) = (into_dur(l.node), into_dur(r.node));
                let add = matches!(op, ArithOp::Add);
                return Ok(dur(Box::new(move |env| {
                    let (x, y) = (a(env)?, b(env)?);
                    let sum = if add {
                        x.checked_add(&y)
                    } else {
                        x.checked_sub(&y)
                    };
                    sum.ok_or(EvalError::Overflow)
                })));
            }
            (Ty::DateTime, ArithOp::Add | ArithOp::Sub, Ty::Duration)
            | (Ty::Duration, ArithOp::Add, Ty::DateTime) => {
                let add = matches!(op, ArithOp::Add);
                let (t, d) = if l.ty == Ty::DateTime { (l, r) } else { (r, l) };
                let (t, d) = (datetime_src(t.node), into_dur(d.node));
                return Ok(at(Box::new(move |env| {
                    let (x, y) = (t.get(env)?, d(env)?);
                    let moved = if add {
                        x.checked_add_signed(y)
                    } else {
                        x.checked_sub_signed(y)
                    };
                    moved.ok_or(EvalError::Overflow)
                })));
            }
            _ => {}
        }
        let (a, b) = (self.describe(&l), self.describe(&r));
        let mut message = msg::cannot_used_datetime_minus_datetime(sym, &a, &b);
        if l.ty == Ty::Number || r.ty == Ty::Number {
            message = message.join("", "", &msg::write_length_time_like_duration());
        }
        self.err(span, message)
    }
}
