//! Function calls: dispatch of `f(…)` and `x.f(…)`, the conditional
//! operator, `in` membership, and the general functions such as `size()`.

use std::ops::Range;

use cel::common::ast::{operators, CallExpr, Expr, IdedExpr};
use chrono::NaiveDateTime;
use rust_decimal::Decimal;

use super::lower::{bool_fn, into_bool, into_num, num, text_src, typed};
use super::types::{ArithOp, CmpOp, Fx, Node, TextSet, Ty, Typed};
use super::Compiler;
use crate::rubric::expr::ExprError;
use crate::value::Value;

/// The functions an expression may call, for the error naming what is not.
const FUNCTIONS: &str = "date(), datetime(), time(), duration(), hour(), minute(), size(), has(), \
     table(), .contains(), .startsWith(), .endsWith()";

impl Compiler<'_> {
    pub(super) fn call(&mut self, call: &CallExpr, span: Range<usize>) -> Result<Typed, ExprError> {
        let args = &call.args;
        let binary = |this: &mut Self| -> Result<(Typed, Typed), ExprError> {
            match args.as_slice() {
                [a, b] => Ok((this.expr(a)?, this.expr(b)?)),
                _ => this.err(
                    span.clone(),
                    crate::text!("an operator is missing an operand", "运算符缺少操作数"),
                ),
            }
        };
        let cmp = match call.func_name.as_str() {
            operators::EQUALS => Some(CmpOp::Eq),
            operators::NOT_EQUALS => Some(CmpOp::Ne),
            operators::LESS => Some(CmpOp::Lt),
            operators::LESS_EQUALS => Some(CmpOp::Le),
            operators::GREATER => Some(CmpOp::Gt),
            operators::GREATER_EQUALS => Some(CmpOp::Ge),
            _ => None,
        };
        if let Some(op) = cmp {
            let (l, r) = binary(self)?;
            return self.compare(op, l, r, span);
        }
        let arith = match call.func_name.as_str() {
            operators::ADD => Some(ArithOp::Add),
            operators::SUBSTRACT => Some(ArithOp::Sub),
            operators::MULTIPLY => Some(ArithOp::Mul),
            operators::DIVIDE => Some(ArithOp::Div),
            _ => None,
        };
        if let Some(op) = arith {
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
                    return self.err(
                        span,
                        crate::text!("`!` needs one operand", "`!` 需要一个操作数"),
                    );
                };
                let a = self.expr(a)?;
                let a = self.need_bool(a, "!")?;
                Ok(bool_fn(Box::new(move |env| Ok(!a(env)?)), span))
            }
            operators::NEGATE => {
                let [a] = args.as_slice() else {
                    return self.err(
                        span,
                        crate::text!("`-` needs one operand", "`-` 需要一个操作数"),
                    );
                };
                let a = self.expr(a)?;
                if a.ty != Ty::Number {
                    return self.err(span, {
                        let d = self.describe(&a);
                        let (d_en, d_zh) = (&d.en, &d.zh);
                        crate::text!(
                            "`-` needs a number, but {d_en} is not one",
                            "`-` 需要数字，但 {d_zh} 不是数字"
                        )
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
            operators::MODULO => self.err(
                span,
                crate::text!(
                    "not supported in rubric expressions: `%`; the operators are + - * /",
                    "评分方案的表达式不支持 `%`；可用的运算符是 + - * /"
                ),
            ),
            operators::INDEX | operators::OPT_INDEX => self.err(
                span,
                crate::text!(
                    "not supported in rubric expressions: indexing `[...]`",
                    "评分方案的表达式不支持下标 `[...]`"
                ),
            ),
            _ => self.function(call, span),
        }
    }

    pub(super) fn conditional(
        &mut self,
        args: &[IdedExpr],
        span: Range<usize>,
    ) -> Result<Typed, ExprError> {
        let [c, a, b] = args else {
            return self.err(
                span,
                crate::text!(
                    "`? :` needs a condition and two branches",
                    "`? :` 需要一个条件和两个分支"
                ),
            );
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
                let (a_en, a_zh, b_en, b_zh) = (&a.en, &a.zh, &b.en, &b.zh);
                crate::text!(
                    "both branches of `? :` must be numbers, or both conditions; \
                         here they are {a_en} and {b_en}",
                    "`? :` 的两个分支要么都是数字，要么都是条件；这里分别是 {a_zh} 和 {b_zh}"
                )
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
            return self.err(
                span,
                crate::text!("`in` needs a value and a list", "`in` 需要一个值和一个列表"),
            );
        };
        let x = self.expr(x)?;
        let Expr::List(list_expr) = &list.expr else {
            return self.err(
                self.span(list),
                crate::text!(
                    "`in` needs a list of values in brackets, like `kind in [\"正课\", \"辅导\"]`",
                    "`in` 后面要写方括号括起的取值列表，如 `kind in [\"正课\", \"辅导\"]`"
                ),
            );
        };
        if list_expr.elements.is_empty() {
            return self.err(
                self.span(list),
                crate::text!("the list after `in` is empty", "`in` 后面的列表是空的"),
            );
        }
        if !matches!(x.ty, Ty::Text | Ty::Number) {
            return self.err(x.span.clone(), {
                let d = self.describe(&x);
                let (d_en, d_zh) = (&d.en, &d.zh);
                crate::text!(
                    "`in` works on text or numbers, but {d_en} is neither",
                    "`in` 只用于文本或数字，但 {d_zh} 两者都不是"
                )
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
                    texts.push(s.clone());
                }
                (Node::Num(d), Ty::Number) => nums.push(*d),
                (Node::Text(_) | Node::Num(_), _) => {
                    return self.err(el.span.clone(), {
                        let (a, b) = (self.describe(&x), self.describe(&el));
                        let (a_en, a_zh, b_en, b_zh) = (&a.en, &a.zh, &b.en, &b.zh);
                        crate::text!(
                            "cannot compare {a_en} with {b_en}",
                            "{a_zh} 和 {b_zh} 类型不同，不能比较"
                        )
                    });
                }
                _ => {
                    return self.err(
                        el.span.clone(),
                        crate::text!(
                            "the list after `in` may hold only text and number literals",
                            "`in` 后面的列表里只能写文字或数字"
                        ),
                    );
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
                    Box::new(move |env| Ok(set.contains(a.get(env)?)))
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
                crate::text!(
                    "not supported in rubric expressions: `{shown}`; the functions are {FUNCTIONS}",
                    "评分方案的表达式不支持 `{shown}`；可用的函数有：{FUNCTIONS}"
                ),
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
                    return self.err(
                        arg.span,
                        crate::text!(
                            "`datetime()` takes a quoted date and time, like datetime(\"2022-04-20 08:00\")",
                            "`datetime()` 里要写带引号的日期时间，如 datetime(\"2022-04-20 08:00\")"
                        ),
                    );
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
                    None => self.err(
                        arg.span,
                        crate::text!(
                            "`{s}` is not a date and time; write it as YYYY-MM-DD HH:MM",
                            "`{s}` 不是日期时间；请写成 2022-04-20 08:00 这样的格式"
                        ),
                    ),
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
                    return self.err(
                        span,
                        crate::text!("`.size()` takes no arguments", "`.size()` 不带参数"),
                    );
                }
                let arg = self.expr(target)?;
                self.size(arg, span)
            }
            (Some(target), "contains" | "startsWith" | "endsWith") => {
                let [arg] = call.args.as_slice() else {
                    return self.err(
                        span,
                        crate::text!("`.{name}()` takes one argument", "`.{name}()` 要一个参数"),
                    );
                };
                let (t, mut a) = (self.expr(target)?, self.expr(arg)?);
                if t.ty == Ty::Text {
                    self.text_literal(&t, &mut a, &span)?;
                }
                for x in [&t, &a] {
                    if x.ty != Ty::Text {
                        return self.err(x.span.clone(), {
                            let d = self.describe(x);
                            let (d_en, d_zh) = (&d.en, &d.zh);
                            crate::text!(
                                "`.{name}()` works on text, but {d_en} is not text",
                                "`.{name}()` 只用于文本，但 {d_zh} 不是文本"
                            )
                        });
                    }
                }
                let (t, a) = (text_src(t.node), text_src(a.node));
                let f: Fx<bool> = match name {
                    "contains" => Box::new(move |env| Ok(t.get(env)?.contains(a.get(env)?))),
                    "startsWith" => Box::new(move |env| Ok(t.get(env)?.starts_with(a.get(env)?))),
                    _ => Box::new(move |env| Ok(t.get(env)?.ends_with(a.get(env)?))),
                };
                Ok(bool_fn(f, span))
            }
            (None, "table") => self.table(call, span),
            (None, "has") => self.err(
                span,
                crate::text!(
                    "`has()` takes one roster field, like `has(teacher.role)`; \
                     for a record field write `NAME != null`",
                    "`has()` 只接一个名册字段，如 `has(teacher.role)`；\
                     记录里的字段请写 `字段名 != null`"
                ),
            ),
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
            _ => self.err(
                span.clone(),
                crate::text!("`{shown}` takes one argument", "`{shown}` 要一个参数"),
            ),
        }
    }

    pub(super) fn size(&mut self, arg: Typed, span: Range<usize>) -> Result<Typed, ExprError> {
        if arg.ty != Ty::Text {
            return self.err(arg.span.clone(), {
                let d = self.describe(&arg);
                let (d_en, d_zh) = (&d.en, &d.zh);
                crate::text!(
                    "`size()` counts the characters of text, but {d_en} is not text",
                    "`size()` 计算文本的字数，但 {d_zh} 不是文本"
                )
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
