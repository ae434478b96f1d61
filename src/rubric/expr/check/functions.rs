//! Function calls: dispatch of `f(…)` and `x.f(…)`, the conditional
//! operator, `in` membership, and the general functions such as `size()`.

use crate::i18n::Text;
use std::ops::Range;

use cel::common::ast::{operators, CallExpr, Expr, IdedExpr};
use chrono::NaiveDateTime;
use rust_decimal::Decimal;

use super::lower::{
    bool_fn, date_src, datetime_src, into_bool, into_num, into_time, num, text_src, typed,
};
use super::types::{type_text, ArithOp, CmpOp, Fx, Node, TextSet, Ty, Typed};
use super::Compiler;
use crate::i18n::rubric as msg;
use crate::rubric::expr::ExprError;
use crate::value::{FieldType, Value};

/// The functions an expression may call, for the error naming what is not.
const FUNCTIONS: &str = "date(), datetime(), time(), duration(), hour(), minute(), size(), has(), \
     table(), .contains(), .startsWith(), .endsWith()";

impl Compiler<'_> {
    pub(super) fn call(&mut self, call: &CallExpr, span: Range<usize>) -> Result<Typed, ExprError> {
        let args = &call.args;
        let binary = |this: &mut Self| -> Result<(Typed, Typed), ExprError> {
            match args.as_slice() {
                [a, b] => Ok((this.expr(a)?, this.expr(b)?)),
                _ => this.err(span.clone(), msg::operator_missing_operand()),
            }
        };
        if let Some(op) = CmpOp::of_operator(&call.func_name) {
            let (l, r) = binary(self)?;
            return self.compare(op, l, r, span);
        }
        if let Some(op) = ArithOp::of_operator(&call.func_name) {
            let (l, r) = binary(self)?;
            return self.arith(op, l, r, span);
        }
        match call.func_name.as_str() {
            operators::LOGICAL_AND | operators::LOGICAL_OR => {
                let and = call.func_name == operators::LOGICAL_AND;
                let word = if and { "&&" } else { "||" };
                let (l, r) = binary(self)?;
                let l = self.need_bool(l, word)?;
                let r = self.need_bool(r, word)?;
                let f: Fx<bool> = if and {
                    Box::new(move |env| Ok(l(env)? && r(env)?))
                } else {
                    Box::new(move |env| Ok(l(env)? || r(env)?))
                };
                Ok(bool_fn(f, span))
            }
            operators::LOGICAL_NOT => {
                let [a] = args.as_slice() else {
                    return self.err(span, msg::needs_one_operand());
                };
                let a = self.expr(a)?;
                let a = self.need_bool(a, "!")?;
                Ok(bool_fn(Box::new(move |env| Ok(!a(env)?)), span))
            }
            operators::NEGATE => {
                let [a] = args.as_slice() else {
                    return self.err(span, msg::needs_one_operand_2());
                };
                let a = self.expr(a)?;
                if a.ty != Ty::Number {
                    return self.err(span, {
                        let d = self.describe(&a);
                        msg::needs_number_but_not_one(&d)
                    });
                }
                if let Node::Num(d) = a.node {
                    return Ok(num(Node::Num(-d), span));
                }
                let a = into_num(a);
                Ok(num(Node::NumFn(Box::new(move |env| Ok(-a(env)?))), span))
            }
            operators::CONDITIONAL => self.conditional(args, span),
            operators::IN => self.member(args, span),
            operators::MODULO => self.err(span, msg::not_supported_rubric_expressions_operators()),
            operators::INDEX | operators::OPT_INDEX => {
                self.err(span, msg::not_supported_rubric_expressions_indexing())
            }
            _ => self.function(call, span),
        }
    }

    pub(super) fn conditional(
        &mut self,
        args: &[IdedExpr],
        span: Range<usize>,
    ) -> Result<Typed, ExprError> {
        let [c, a, b] = args else {
            return self.err(span, msg::needs_condition_two_branches());
        };
        let c = self.expr(c)?;
        let c = self.need_bool(c, "? :")?;
        let (a, b) = (self.expr(a)?, self.expr(b)?);
        match (a.ty, b.ty) {
            (Ty::Number, Ty::Number) => {
                let (a, b) = (into_num(a), into_num(b));
                let f: Fx<Decimal> = Box::new(move |env| if c(env)? { a(env) } else { b(env) });
                Ok(num(Node::NumFn(f), span))
            }
            (Ty::Bool, Ty::Bool) => {
                let (a, b) = (into_bool(a), into_bool(b));
                Ok(bool_fn(
                    Box::new(move |env| if c(env)? { a(env) } else { b(env) }),
                    span,
                ))
            }
            _ => self.err(span, {
                let (a, b) = (self.describe(&a), self.describe(&b));
                msg::both_branches_must_numbers_both(&a, &b)
            }),
        }
    }

    /// `x in [a, b, ...]`.
    pub(super) fn member(
        &mut self,
        args: &[IdedExpr],
        span: Range<usize>,
    ) -> Result<Typed, ExprError> {
        let [x, list] = args else {
            return self.err(span, msg::needs_value_list());
        };
        let x = self.expr(x)?;
        let Expr::List(list_expr) = &list.expr else {
            let list = self.expr(list)?;
            if list.ty == Ty::List {
                return self.member_of_field(x, list, span);
            }
            return self.err(list.span, msg::needs_list_values_brackets_like());
        };
        if list_expr.elements.is_empty() {
            return self.err(self.span(list), msg::list_after_empty());
        }
        if !matches!(x.ty, Ty::Text | Ty::Number) {
            return self.err(x.span.clone(), {
                let d = self.describe(&x);
                msg::works_text_numbers_but_neither(&d)
            });
        }
        let mut texts = Vec::new();
        let mut nums = Vec::new();
        for element in &list_expr.elements {
            let mut el = self.expr(element)?;
            if x.ty == Ty::Text {
                self.text_literal(&x, &mut el, &span)?;
            }
            match (&el.node, x.ty) {
                (Node::Text(s), Ty::Text) => {
                    self.check_enum(&x, &el)?;
                    self.compared_text(&x, &el);
                    texts.push(s.clone());
                }
                (Node::Num(d), Ty::Number) => nums.push(*d),
                (Node::Text(_) | Node::Num(_), _) => {
                    return self.err(el.span.clone(), {
                        let (a, b) = (self.describe(&x), self.describe(&el));
                        msg::cannot_compare(&a, &b)
                    });
                }
                _ => {
                    return self.err(el.span.clone(), msg::list_after_may_hold_only());
                }
            }
        }
        let f: Fx<bool> = if x.ty == Ty::Text {
            let set = TextSet::new(texts);
            match x.node {
                Node::Field(slot) => Box::new(move |env| match slot.read(env) {
                    Value::Null => Ok(false),
                    _ => Ok(set.contains(slot.text(env)?)),
                }),
                other => {
                    let a = text_src(other);
                    Box::new(move |env| Ok(set.contains(&a.get(env)?)))
                }
            }
        } else {
            match x.node {
                Node::Field(slot) => Box::new(move |env| {
                    let v = slot.num(env)?;
                    Ok(nums.contains(&v))
                }),
                other => {
                    let a = into_num(typed(other, Ty::Number));
                    Box::new(move |env| {
                        let v = a(env)?;
                        Ok(nums.contains(&v))
                    })
                }
            }
        };
        Ok(bool_fn(f, span))
    }

    /// `v in x` for a list field `x` (`"08:11" in punches` is not needed:
    /// `time("08:11") in punches`): whether any of the cell's parts is `v`.
    /// `v` must have the parts' type; a text literal is read as a cell is,
    /// and one no enum part can be is refused, as in a comparison.
    fn member_of_field(
        &mut self,
        mut x: Typed,
        list: Typed,
        span: Range<usize>,
    ) -> Result<Typed, ExprError> {
        let Node::Field(slot) = list.node else {
            return self.err(list.span, msg::needs_list_values_brackets_like());
        };
        let element = match self.field_type(slot.at) {
            Some(FieldType::List(element)) => (**element).clone(),
            _ => return self.err(list.span, msg::needs_list_values_brackets_like()),
        };
        let want = Ty::of(&element);
        if x.ty != want {
            return self.err(x.span.clone(), {
                let d = self.describe(&x);
                let ty = type_text(want.name());
                msg::in_list_field_needs_its_type(&d, &slot.name, &ty)
            });
        }
        if let Node::Text(k) = &mut x.node {
            let normalised = crate::input::normalize_text(k);
            if normalised.is_empty() {
                let shown = self.text_of(&span);
                return self.err(
                    span.clone(),
                    msg::compares_blank_text_which_no(shown, &slot.name),
                );
            }
            match &element {
                FieldType::Key | FieldType::Text => *k = normalised,
                FieldType::Enum(values) if !values.iter().any(|v| v == k) => {
                    return self.err(x.span.clone(), {
                        let field = &slot.name;
                        let list = Text::list(values);
                        msg::not_value_values_3(k, field, &list)
                    });
                }
                _ => {}
            }
        }
        let f: Fx<bool> = match want {
            Ty::Text => {
                let a = text_src(x.node);
                Box::new(move |env| {
                    let v = a.get(env)?;
                    Ok(slot.list(env)?.iter().any(|p| p.as_text() == Some(&*v)))
                })
            }
            Ty::Number => {
                let a = into_num(typed(x.node, Ty::Number));
                Box::new(move |env| {
                    let v = a(env)?;
                    Ok(slot.list(env)?.iter().any(|p| p.as_decimal() == Some(v)))
                })
            }
            Ty::Time => {
                let a = into_time(x.node);
                Box::new(move |env| {
                    let v = Value::Time(a(env)?);
                    Ok(slot.list(env)?.contains(&v))
                })
            }
            Ty::Date => {
                let a = date_src(x.node);
                Box::new(move |env| {
                    let v = a.get(env)?;
                    Ok(slot.list(env)?.iter().any(|p| p.as_date() == Some(v)))
                })
            }
            Ty::DateTime => {
                let a = datetime_src(x.node);
                Box::new(move |env| {
                    let v = Value::DateTime(a.get(env)?);
                    Ok(slot.list(env)?.contains(&v))
                })
            }
            Ty::Bool => {
                let a = into_bool(x);
                Box::new(move |env| {
                    let v = Value::Bool(a(env)?);
                    Ok(slot.list(env)?.contains(&v))
                })
            }
            Ty::Duration | Ty::Null | Ty::List => {
                return self.err(x.span.clone(), {
                    let d = self.describe(&x);
                    msg::works_text_numbers_but_neither(&d)
                })
            }
        };
        Ok(bool_fn(f, span))
    }

    pub(super) fn function(
        &mut self,
        call: &CallExpr,
        span: Range<usize>,
    ) -> Result<Typed, ExprError> {
        let name = call.func_name.as_str();
        let unsupported = |this: &Self| {
            let shown = if call.target.is_some() {
                format!(".{name}()")
            } else {
                format!("{name}()")
            };
            this.err(
                span.clone(),
                msg::not_supported_rubric_expressions_functions(&shown, FUNCTIONS),
            )
        };
        match (&call.target, name) {
            (None, "date") => {
                let arg = self.one_arg(call, "date()", &span)?;
                self.date_fn(arg, span)
            }
            (None, "datetime") => {
                let arg = self.one_arg(call, "datetime()", &span)?;
                let Node::Text(s) = &arg.node else {
                    return self.err(arg.span, msg::datetime_takes_quoted_date_time());
                };
                let parsed = [
                    "%Y-%m-%d %H:%M:%S",
                    "%Y-%m-%d %H:%M",
                    "%Y-%m-%dT%H:%M:%S",
                    "%Y-%m-%dT%H:%M",
                ]
                .iter()
                .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok());
                match parsed {
                    Some(dt) => Ok(Typed {
                        node: Node::DateTime(dt),
                        ty: Ty::DateTime,
                        span,
                    }),
                    None => self.err(arg.span, msg::not_date_time_write_yyyy(s)),
                }
            }
            (None, "size") => {
                let arg = self.one_arg(call, "size()", &span)?;
                self.size(arg, span)
            }
            (None, "time") => {
                let arg = self.one_arg(call, "time()", &span)?;
                self.time_fn(arg, span)
            }
            (None, "duration") => {
                let arg = self.one_arg(call, "duration()", &span)?;
                self.duration_fn(arg, span)
            }
            (None, "hour" | "minute") => {
                let arg = self.one_arg(call, &format!("{name}()"), &span)?;
                self.clock_part(arg, name, span)
            }
            (Some(target), "size") => {
                if !call.args.is_empty() {
                    return self.err(span, msg::size_takes_no_arguments());
                }
                let arg = self.expr(target)?;
                self.size(arg, span)
            }
            (Some(target), "contains" | "startsWith" | "endsWith") => {
                let [arg] = call.args.as_slice() else {
                    return self.err(span, msg::takes_one_argument(name));
                };
                let (t, mut a) = (self.expr(target)?, self.expr(arg)?);
                if t.ty == Ty::Text {
                    self.text_literal(&t, &mut a, &span)?;
                }
                for x in [&t, &a] {
                    if x.ty != Ty::Text {
                        return self.err(x.span.clone(), {
                            let d = self.describe(x);
                            msg::works_text_but_not_text(name, &d)
                        });
                    }
                }
                let (t, a) = (text_src(t.node), text_src(a.node));
                let f: Fx<bool> = match name {
                    "contains" => Box::new(move |env| Ok(t.get(env)?.contains(&*a.get(env)?))),
                    "startsWith" => Box::new(move |env| Ok(t.get(env)?.starts_with(&*a.get(env)?))),
                    _ => Box::new(move |env| Ok(t.get(env)?.ends_with(&*a.get(env)?))),
                };
                Ok(bool_fn(f, span))
            }
            (None, "table") => self.table(call, span),
            (None, "has") => self.err(span, msg::has_takes_one_roster_field()),
            _ => unsupported(self),
        }
    }

    pub(super) fn one_arg(
        &mut self,
        call: &CallExpr,
        shown: &str,
        span: &Range<usize>,
    ) -> Result<Typed, ExprError> {
        match call.args.as_slice() {
            [a] => self.expr(a),
            _ => self.err(span.clone(), msg::takes_one_argument_2(shown)),
        }
    }

    pub(super) fn size(&mut self, arg: Typed, span: Range<usize>) -> Result<Typed, ExprError> {
        if let (Ty::List, Node::Field(slot)) = (arg.ty, &arg.node) {
            let slot = slot.clone();
            return Ok(num(
                Node::NumFn(Box::new(move |env| {
                    Ok(Decimal::from(slot.list(env)?.len()))
                })),
                span,
            ));
        }
        if arg.ty != Ty::Text {
            return self.err(arg.span.clone(), {
                let d = self.describe(&arg);
                msg::size_counts_characters_text_but(&d)
            });
        }
        let a = text_src(arg.node);
        Ok(num(
            Node::NumFn(Box::new(move |env| {
                Ok(Decimal::from(a.get(env)?.chars().count()))
            })),
            span,
        ))
    }
}
