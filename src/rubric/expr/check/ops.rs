//! Operators: logical, comparison (with null checks and enum literals) and
//! arithmetic, including date and duration arithmetic.

use std::ops::Range;

use chrono::{NaiveDateTime, TimeDelta};
use rust_decimal::Decimal;

use super::lower::{
    bool_fn, date_src, datetime_src, duration_field, field_vs_number, into_bool, into_dur,
    into_num, into_time, num, text_src, typed, typed_span,
};
use super::types::{type_zh, ArithOp, CmpOp, Fx, Node, Slot, Ty, Typed};
use super::Compiler;
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
                let (d_en, d_zh) = (&d.en, &d.zh);
                crate::text!(
                    "`{op}` needs conditions (true/false), but {d_en} is not one",
                    "`{op}` 两边要写条件（真/假），但 {d_zh} 不是条件"
                )
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
        if l.ty == Ty::Null || r.ty == Ty::Null {
            return self.null_check(op, l, r, span);
        }
        duration_field(&mut l, r.ty);
        duration_field(&mut r, l.ty);
        if l.ty != r.ty {
            let (a, b) = (self.describe(&l), self.describe(&r));
            let (a_en, a_zh, b_en, b_zh) = (&a.en, &a.zh, &b.en, &b.zh);
            let mut message = crate::text!(
                "cannot compare {a_en} with {b_en}",
                "{a_zh} 和 {b_zh} 类型不同，不能比较"
            );
            for t in [&l, &r] {
                if let (Node::Field(slot), Ty::DateTime) = (&t.node, t.ty) {
                    let name = self.text_of(&t.span);
                    if l.ty == Ty::Date || r.ty == Ty::Date {
                        let field = &slot.name;
                        message = message.join(
                            "",
                            "",
                            &crate::text!(
                                "; to compare the calendar date of `{field}`, write `date({name})`",
                                "；要比较 `{field}` 的日期部分，请写 `date({name})`"
                            ),
                        );
                    }
                    if l.ty == Ty::Time || r.ty == Ty::Time {
                        let field = &slot.name;
                        message = message.join(
                            "",
                            "",
                            &crate::text!(
                                "; to compare the time of day of `{field}`, write `time({name})`",
                                "；要比较 `{field}` 的时刻，请写 `time({name})`"
                            ),
                        );
                    }
                }
            }
            if (l.ty == Ty::Duration) != (r.ty == Ty::Duration) {
                message = message.join(
                    "",
                    "",
                    &crate::text!(
                        "; write a length of time like duration(\"24h\"), duration(\"90m\")",
                        "；时长请写成 duration(\"24h\")、duration(\"90m\") 这样"
                    ),
                );
            }
            return self.err(span, message);
        }
        if !op.is_equality() && matches!(l.ty, Ty::Text | Ty::Bool) {
            return self.err(span, {
                let ty = l.ty.name();
                let ty_zh = type_zh(ty);
                crate::text!(
                    "{ty} can only be compared with `==` or `!=`",
                    "{ty_zh}只能用 `==` 或 `!=` 比较"
                )
            });
        }
        if l.ty == Ty::Text {
            self.text_literal(&l, &mut r, &span)?;
            self.text_literal(&r, &mut l, &span)?;
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
            Ty::Null => {
                return self.err(
                    span,
                    crate::text!("cannot compare `null` here", "这里不能和 `null` 比较"),
                )
            }
        };
        Ok(bool_fn(f, span))
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
            return self.err(
                span,
                crate::text!(
                    "`null` can only be compared with `==` or `!=`",
                    "`null` 只能用 `==` 或 `!=` 比较"
                ),
            );
        }
        let other = if l.ty == Ty::Null { r } else { l };
        let slot = match other.node {
            Node::Field(slot) | Node::DateOf(slot) => slot,
            Node::Null => {
                return self.err(
                    span,
                    crate::text!(
                        "compare a field with `null`, not `null` with itself",
                        "请拿字段和 `null` 比较，而不是 `null` 和它自己比较"
                    ),
                )
            }
            _ => {
                return self.err(other.span.clone(), {
                    let shown = self.text_of(&other.span);
                    crate::text!(
                        "only a field can be compared with `null`, and `{shown}` is not a field",
                        "只有字段才能和 `null` 比较，而 `{shown}` 不是字段"
                    )
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
        self.err(
            span.clone(),
            crate::text!(
                "`{shown}` tests `{name}` for a blank, but the field has a `default`: a blank cell \
                 reads as the default, so the test never tells; remove the `default` \
                 (with `required = false`) to tell a blank cell",
                "`{shown}` 判断 `{name}` 是否空白，但这个字段写了 `default`：空白单元格会读成默认值，\
                 这个判断永远不起作用；要区分空白单元格，请去掉 `default`（并写 `required = false`）"
            ),
        )
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
                crate::text!(
                    "`{shown}` compares `{name}` with blank text, which no cell holds: \
                     a blank cell is null; write `{name} == null` for a blank cell, \
                     `{name} != null` for a filled one",
                    "`{shown}` 拿 `{name}` 和空文字比较，但读入的单元格不会是空文字：\
                     空白单元格是 null；判断空白请写 `{name} == null`，判断有值请写 `{name} != null`"
                ),
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
            let (list_en, list_zh) = (values.join(", "), values.join("、"));
            crate::text!(
                "`{s}` is not a value of `{field}`; its values are {list_en}",
                "`{s}` 不是字段 `{field}` 的可选值；可选值有：{list_zh}"
            )
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
        let timed = |t: Ty| matches!(t, Ty::Date | Ty::DateTime | Ty::Time | Ty::Duration);
        if timed(l.ty) || timed(r.ty) {
            return self.time_arith(op, sym, l, r, span);
        }
        for t in [&l, &r] {
            if t.ty != Ty::Number {
                return self.err(span, {
                    let d = self.describe(t);
                    let (d_en, d_zh) = (&d.en, &d.zh);
                    crate::text!(
                        "`{sym}` needs numbers, but {d_en} is not a number",
                        "`{sym}` 两边要是数字，但 {d_zh} 不是数字"
                    )
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
        let (a_en, a_zh, b_en, b_zh) = (&a.en, &a.zh, &b.en, &b.zh);
        let mut message = crate::text!(
            "`{sym}` cannot be used on {a_en} and {b_en}: a datetime minus a datetime (a date \
             minus a date, a time minus a time) is a duration, a datetime plus or minus a \
             duration is a datetime, and durations add and subtract",
            "`{sym}` 不能用于 {a_zh} 和 {b_zh}：日期时间减日期时间（日期减日期、时刻减时刻）\
             得到时长，日期时间加减时长得到日期时间，时长之间可以相加减"
        );
        if l.ty == Ty::Number || r.ty == Ty::Number {
            message = message.join(
                "",
                "",
                &crate::text!(
                    "; write a length of time like duration(\"24h\"), duration(\"90m\")",
                    "；时长请写成 duration(\"24h\")、duration(\"90m\") 这样"
                ),
            );
        }
        self.err(span, message)
    }
}
