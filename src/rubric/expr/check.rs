//! Type-checking a parsed expression against the declared fields, and
//! compiling it into closures.
//!
//! Each AST node becomes a [`Typed`]: its static type, its byte span, and
//! either a plain shape (a field, a literal) or a compiled closure. Plain
//! shapes stay plain as long as possible so that comparisons of a field with
//! a literal compile to one specialised closure that allocates nothing.

use std::cmp::Ordering;
use std::collections::HashSet;
use std::ops::Range;
use std::str::FromStr;
use std::sync::Arc;

use cel::common::ast::{operators, CallExpr, Expr, IdedExpr, LiteralValue, SourceInfo};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Timelike};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::syntax;
use super::{Env, EvalError, ExprError, FieldRef, Scope};
use crate::i18n::{Localize, Text};
use crate::rubric::table::{KeyArg, LookupTable};
use crate::rubric::Locale;
use crate::value::{FieldType, Value};

/// A compiled piece of an expression.
pub(super) type Fx<T> = Box<dyn Fn(&Env) -> Result<T, EvalError> + Send + Sync>;

/// The static type of an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Ty {
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
}

impl Ty {
    fn of(field: &FieldType) -> Ty {
        match field {
            FieldType::Integer | FieldType::Decimal | FieldType::Duration => Ty::Number,
            FieldType::Key | FieldType::Text | FieldType::Enum(_) => Ty::Text,
            FieldType::Date => Ty::Date,
            FieldType::DateTime => Ty::DateTime,
            FieldType::Boolean => Ty::Bool,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Ty::Number => "number",
            Ty::Text => "text",
            Ty::Date => "date",
            Ty::DateTime => "datetime",
            Ty::Time => "time",
            Ty::Duration => "duration",
            Ty::Bool => "true/false",
            Ty::Null => "null",
        }
    }
}

/// Where a field's value is, and the name to blame when it is blank.
#[derive(Clone)]
pub(super) struct Slot {
    at: FieldRef,
    name: String,
    declared: &'static str,
}

impl Slot {
    fn read<'e>(&self, env: &Env<'e>) -> &'e Value {
        static NULL: Value = Value::Null;
        // A slot past the end of a row is a column the source does not have,
        // which `Value` documents as blank.
        let row = match self.at {
            FieldRef::Record(i) => env.record.get(i),
            FieldRef::Teacher(i) => env.teacher.get(i),
        };
        row.unwrap_or(&NULL)
    }

    fn blank(&self) -> EvalError {
        EvalError::Blank {
            field: self.name.clone(),
        }
    }

    fn wrong(&self) -> EvalError {
        EvalError::WrongType {
            field: self.name.clone(),
            declared: self.declared,
        }
    }

    fn num(&self, env: &Env) -> Result<Decimal, EvalError> {
        match self.read(env) {
            Value::Int(i) => Ok(Decimal::from(*i)),
            Value::Number(d) => Ok(*d),
            Value::Null => Err(self.blank()),
            _ => Err(self.wrong()),
        }
    }

    fn text<'e>(&self, env: &Env<'e>) -> Result<&'e str, EvalError> {
        match self.read(env) {
            Value::Text(s) => Ok(s),
            Value::Null => Err(self.blank()),
            _ => Err(self.wrong()),
        }
    }

    fn bool(&self, env: &Env) -> Result<bool, EvalError> {
        match self.read(env) {
            Value::Bool(b) => Ok(*b),
            Value::Null => Err(self.blank()),
            _ => Err(self.wrong()),
        }
    }

    fn date(&self, env: &Env) -> Result<NaiveDate, EvalError> {
        match self.read(env) {
            Value::Null => Err(self.blank()),
            v => v.as_date().ok_or_else(|| self.wrong()),
        }
    }

    fn datetime(&self, env: &Env) -> Result<NaiveDateTime, EvalError> {
        match self.read(env) {
            Value::DateTime(dt) => Ok(*dt),
            Value::Null => Err(self.blank()),
            _ => Err(self.wrong()),
        }
    }
}

/// The shape of a typed expression.
pub(super) enum Node {
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
    Time(NaiveTime),
    TimeFn(Fx<NaiveTime>),
    Dur(TimeDelta),
    DurFn(Fx<TimeDelta>),
    DateTimeFn(Fx<NaiveDateTime>),
    DateFn(Fx<NaiveDate>),
}

/// An expression after type-checking.
pub(super) struct Typed {
    pub node: Node,
    pub ty: Ty,
    pub span: Range<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CmpOp {
    fn test(self, ord: Ordering) -> bool {
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
    fn flip(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
            other => other,
        }
    }

    fn is_equality(self) -> bool {
        matches!(self, CmpOp::Eq | CmpOp::Ne)
    }
}

#[derive(Debug, Clone, Copy)]
enum ArithOp {
    Add,
    Sub,
    Mul,
    Div,
}

impl ArithOp {
    fn apply(self, a: Decimal, b: Decimal) -> Result<Decimal, EvalError> {
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
/// reading one never allocates.
enum TextSrc {
    Field(Slot),
    Lit(String),
}

impl TextSrc {
    fn get<'s>(&'s self, env: &Env<'s>) -> Result<&'s str, EvalError> {
        match self {
            TextSrc::Field(slot) => slot.text(env),
            TextSrc::Lit(s) => Ok(s),
        }
    }
}

enum DateSrc {
    Field(Slot),
    DateOf(Slot),
    Lit(NaiveDate),
    Fn(Fx<NaiveDate>),
}

impl DateSrc {
    fn get(&self, env: &Env) -> Result<NaiveDate, EvalError> {
        match self {
            DateSrc::Field(slot) | DateSrc::DateOf(slot) => slot.date(env),
            DateSrc::Lit(d) => Ok(*d),
            DateSrc::Fn(f) => f(env),
        }
    }
}

enum DateTimeSrc {
    Field(Slot),
    Lit(NaiveDateTime),
    Fn(Fx<NaiveDateTime>),
}

impl DateTimeSrc {
    fn get(&self, env: &Env) -> Result<NaiveDateTime, EvalError> {
        match self {
            DateTimeSrc::Field(slot) => slot.datetime(env),
            DateTimeSrc::Lit(d) => Ok(*d),
            DateTimeSrc::Fn(f) => f(env),
        }
    }
}

/// The minutes of a `duration` field as a duration, to the millisecond.
fn minutes_as_duration(minutes: Decimal) -> Result<TimeDelta, EvalError> {
    let ms = minutes
        .checked_mul(Decimal::from(60_000))
        .map(|m| m.round())
        .and_then(|m| m.to_i64())
        .ok_or(EvalError::Overflow)?;
    TimeDelta::try_milliseconds(ms).ok_or(EvalError::Overflow)
}

/// A key passed to `table()`.
enum KeySrc {
    Text(TextSrc),
    Number(Fx<Decimal>),
}

/// The values after `in`: a scan beats hashing for the handful a rubric
/// usually lists.
enum TextSet {
    Few(Vec<String>),
    Many(HashSet<String>),
}

impl TextSet {
    fn new(values: Vec<String>) -> TextSet {
        if values.len() <= 8 {
            TextSet::Few(values)
        } else {
            TextSet::Many(values.into_iter().collect())
        }
    }

    fn contains(&self, s: &str) -> bool {
        match self {
            TextSet::Few(v) => v.iter().any(|x| x == s),
            TextSet::Many(h) => h.contains(s),
        }
    }
}

/// A type's name as a Chinese message says it: the names of field types
/// (`integer`, `enum` …) and of the expression's own types (`number` …).
pub(crate) fn type_zh(name: &str) -> &str {
    match name {
        "key" => "编号",
        "text" => "文本",
        "integer" => "整数",
        "decimal" => "小数",
        "number" => "数字",
        "date" => "日期",
        "datetime" => "日期时间",
        "duration" => "时长",
        "boolean" => "是/否",
        "time" => "时刻",
        "enum" => "枚举",
        "true/false" => "真/假",
        other => other,
    }
}

/// The functions an expression may call, for the error naming what is not.
const FUNCTIONS: &str = "date(), datetime(), time(), duration(), hour(), minute(), size(), has(), \
     table(), .contains(), .startsWith(), .endsWith()";

/// Compiles one parsed expression; collects the fields it reads.
pub(super) struct Compiler<'c> {
    pub src: &'c str,
    pub info: &'c SourceInfo,
    pub scope: &'c Scope<'c>,
    pub fields: Vec<FieldRef>,
    /// The rubric's lookup tables, for `table()`.
    pub tables: &'c [Arc<LookupTable>],
}

impl Compiler<'_> {
    fn span(&self, e: &IdedExpr) -> Range<usize> {
        syntax::span(self.src, self.info, e)
    }

    fn err<T>(&self, span: Range<usize>, message: Text) -> Result<T, ExprError> {
        Err(ExprError { span, message })
    }

    fn text_of(&self, span: &Range<usize>) -> &str {
        self.src.get(span.clone()).unwrap_or("")
    }

    /// How an operand is named in a type error: its text and its type.
    fn describe(&self, t: &Typed) -> Text {
        let ty = match &t.node {
            Node::Field(slot) => slot.declared,
            _ => t.ty.name(),
        };
        let shown = self.text_of(&t.span);
        let ty_zh = type_zh(ty);
        crate::text!("`{shown}` ({ty})", "`{shown}`（{ty_zh}）")
    }

    fn field_type(&self, at: FieldRef) -> Option<&FieldType> {
        match at {
            FieldRef::Record(i) => self.scope.record.get(i).map(|(_, t)| t),
            FieldRef::Teacher(i) => self.scope.teacher.get(i).map(|(_, t)| t),
        }
    }

    /// Compiles an expression of any type.
    pub fn expr(&mut self, e: &IdedExpr) -> Result<Typed, ExprError> {
        let span = self.span(e);
        match &e.expr {
            Expr::Literal(lit) => self.literal(e, lit, span),
            Expr::Ident(name) => self.record_field(name, span),
            Expr::Select(select) => {
                let is_teacher = matches!(&select.operand.expr, Expr::Ident(n) if n == "teacher");
                if !is_teacher && select.test {
                    return self.err(
                        span,
                        crate::text!(
                            "`has()` takes a roster field, like `has(teacher.role)`; \
                             to check that a record field is not blank, write `NAME != null`",
                            "`has()` 只用于名册字段，如 `has(teacher.role)`；\
                             要判断记录里的字段不为空，请写 `字段名 != null`"
                        ),
                    );
                }
                if !is_teacher {
                    return self.err(span.clone(), {
                        let shown = self.text_of(&span);
                        crate::text!(
                            "not supported in rubric expressions: field selection `{shown}`; \
                                 only roster fields are written with a dot, as `teacher.NAME`",
                            "评分方案的表达式不支持用点取字段 `{shown}`；\
                                 只有名册字段才用点来写，如 `teacher.字段名`"
                        )
                    });
                }
                let field = self.teacher_field(&select.field, span.clone())?;
                if !select.test {
                    return Ok(field);
                }
                let Node::Field(slot) = field.node else {
                    return self.err(
                        span,
                        crate::text!("`has()` takes a roster field", "`has()` 只用于名册字段"),
                    );
                };
                self.never_blank(&slot, &span)?;
                Ok(Typed {
                    node: Node::BoolFn(Box::new(move |env| Ok(!slot.read(env).is_null()))),
                    ty: Ty::Bool,
                    span,
                })
            }
            Expr::Call(call) => self.call(call, span),
            Expr::List(_) => self.err(
                span,
                crate::text!(
                    "a list `[...]` can only follow `in`, as in `kind in [\"正课\", \"辅导\"]`",
                    "列表 `[...]` 只能写在 `in` 后面，如 `kind in [\"正课\", \"辅导\"]`"
                ),
            ),
            Expr::Map(_) => self.err(
                span,
                crate::text!(
                    "not supported in rubric expressions: maps `{{...}}`",
                    "评分方案的表达式不支持映射 `{{...}}`"
                ),
            ),
            Expr::Struct(_) => self.err(
                span,
                crate::text!(
                    "not supported in rubric expressions: message construction",
                    "评分方案的表达式不支持构造消息对象"
                ),
            ),
            Expr::Comprehension(_) => self.err(
                span,
                crate::text!(
                    "not supported in rubric expressions: macros such as `.exists()`, `.all()`, \
                     `.map()` and `.filter()`",
                    "评分方案的表达式不支持 `.exists()`、`.all()`、`.map()`、`.filter()` 这类宏"
                ),
            ),
            Expr::Unspecified => self.err(
                span,
                crate::text!(
                    "the expression could not be read here",
                    "表达式在这里无法读取"
                ),
            ),
        }
    }

    fn literal(
        &mut self,
        e: &IdedExpr,
        lit: &LiteralValue,
        span: Range<usize>,
    ) -> Result<Typed, ExprError> {
        let (node, ty) = match lit {
            LiteralValue::Boolean(b) => (Node::Bool(*b.inner()), Ty::Bool),
            LiteralValue::Int(i) => (Node::Num(Decimal::from(*i.inner())), Ty::Number),
            LiteralValue::UInt(u) => (Node::Num(Decimal::from(*u.inner())), Ty::Number),
            LiteralValue::Double(d) => {
                // cel has already rounded the number to binary floating point;
                // the exact value is in the source text.
                let token = syntax::token(self.src, self.info, e.id).unwrap_or(span.clone());
                let text = self.text_of(&token);
                let parsed = Decimal::from_str(text).or_else(|_| Decimal::from_scientific(text));
                let Ok(value) = parsed else {
                    return self.err(
                        span,
                        crate::text!(
                            "the number `{text}` is out of the range rubrics can compute with",
                            "数字 `{text}` 超出了评分方案能计算的范围"
                        ),
                    );
                };
                let value = if d.inner().is_sign_negative() {
                    -value
                } else {
                    value
                };
                (Node::Num(value), Ty::Number)
            }
            LiteralValue::String(s) => (Node::Text(s.inner().to_string()), Ty::Text),
            LiteralValue::Null => (Node::Null, Ty::Null),
            LiteralValue::Bytes(_) => {
                return self.err(
                    span,
                    crate::text!(
                        "not supported in rubric expressions: bytes literals",
                        "评分方案的表达式不支持字节串"
                    ),
                );
            }
        };
        Ok(Typed { node, ty, span })
    }

    fn slot(&mut self, at: FieldRef, name: String, field: &FieldType, span: Range<usize>) -> Typed {
        self.fields.push(at);
        Typed {
            ty: Ty::of(field),
            node: Node::Field(Slot {
                at,
                name,
                declared: field.name(),
            }),
            span,
        }
    }

    fn record_field(&mut self, name: &str, span: Range<usize>) -> Result<Typed, ExprError> {
        let scope = self.scope;
        if let Some(i) = scope.record.iter().position(|(n, _)| n == name) {
            let field = &scope.record[i].1;
            return Ok(self.slot(FieldRef::Record(i), name.to_string(), field, span));
        }
        let names = || {
            scope
                .record
                .iter()
                .map(|(n, _)| n.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        if name == "teacher" {
            return self.err(
                span,
                crate::text!(
                    "`teacher` needs a roster field after it, as in `teacher.role`",
                    "`teacher` 后面要接名册字段，如 `teacher.role`"
                ),
            );
        }
        let names = names();
        let names_zh = names.replace(", ", "、");
        let mut message = if names.is_empty() {
            // A per-teacher expression (a window's limit): no record is in scope.
            crate::text!(
                "unknown field `{name}`; no record fields can be read here",
                "表达式里的字段 `{name}` 不存在；这里不能读取记录里的字段"
            )
        } else {
            crate::text!(
                "unknown field `{name}`; fields of this source: {names}",
                "表达式里的字段 `{name}` 不存在；这个数据源的字段有：{names_zh}"
            )
        };
        if let Some(close) = closest(name, scope.record.iter().map(|(n, _)| n.as_str())) {
            message = message.join(
                "",
                "",
                &crate::text!("; did you mean `{close}`?", "。是否想写 `{close}`？"),
            );
        } else if scope.teacher.iter().any(|(n, _)| n == name) {
            message = message.join(
                "",
                "",
                &crate::text!(
                    "; did you mean the roster field `teacher.{name}`?",
                    "。是否想写名册字段 `teacher.{name}`？"
                ),
            );
        }
        self.err(span, message)
    }

    fn teacher_field(&mut self, name: &str, span: Range<usize>) -> Result<Typed, ExprError> {
        let scope = self.scope;
        if let Some(i) = scope.teacher.iter().position(|(n, _)| n == name) {
            let field = &scope.teacher[i].1;
            return Ok(self.slot(FieldRef::Teacher(i), format!("teacher.{name}"), field, span));
        }
        if scope.teacher.is_empty() {
            return self.err(
                span,
                crate::text!(
                    "unknown roster field `teacher.{name}`: this rubric declares no roster fields",
                    "名册字段 `teacher.{name}` 不存在：这个评分方案没有声明任何名册字段"
                ),
            );
        }
        let names: Vec<&str> = scope.teacher.iter().map(|(n, _)| n.as_str()).collect();
        let (list_en, list_zh) = (names.join(", "), names.join("、"));
        let mut message = crate::text!(
            "unknown roster field `teacher.{name}`; roster fields: {list_en}",
            "名册字段 `teacher.{name}` 不存在；名册字段有：{list_zh}"
        );
        if let Some(close) = closest(name, names.iter().copied()) {
            message = message.join(
                "",
                "",
                &crate::text!(
                    "; did you mean `teacher.{close}`?",
                    "。是否想写 `teacher.{close}`？"
                ),
            );
        }
        self.err(span, message)
    }

    fn call(&mut self, call: &CallExpr, span: Range<usize>) -> Result<Typed, ExprError> {
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

    /// A compiled condition from an operand of a logical operator.
    fn need_bool(&self, t: Typed, op: &str) -> Result<Fx<bool>, ExprError> {
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

    fn compare(
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
    fn null_check(
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
    fn never_blank(&self, slot: &Slot, span: &Range<usize>) -> Result<(), ExprError> {
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
    fn text_literal(
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
    fn check_enum(&self, field: &Typed, lit: &Typed) -> Result<(), ExprError> {
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

    fn arith(
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
    fn time_arith(
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

    /// `time("19:30")` or the time of day of a datetime.
    fn time_fn(&mut self, arg: Typed, span: Range<usize>) -> Result<Typed, ExprError> {
        let node = match arg.node {
            Node::Text(s) => {
                let parsed = ["%H:%M", "%H:%M:%S"]
                    .iter()
                    .find_map(|f| NaiveTime::parse_from_str(s.trim(), f).ok());
                match parsed {
                    Some(t) => Node::Time(t),
                    None => {
                        return self.err(
                            arg.span,
                            crate::text!(
                                "`{s}` is not a time of day; write it as HH:MM, from 00:00 to 23:59, like \"19:30\"",
                                "`{s}` 不是时刻；请写成 00:00 到 23:59 之间的 \"19:30\" 这样的格式"
                            ),
                        )
                    }
                }
            }
            node if arg.ty == Ty::DateTime => {
                let a = datetime_src(node);
                Node::TimeFn(Box::new(move |env| Ok(a.get(env)?.time())))
            }
            node if arg.ty == Ty::Time => node,
            other => {
                let arg = typed_span(other, arg.ty, arg.span);
                return self.err(arg.span.clone(), {
                    let d = self.describe(&arg);
                    let (d_en, d_zh) = (&d.en, &d.zh);
                    crate::text!(
                        "`time()` takes a quoted time of day like time(\"19:30\") or a datetime, not {d_en}",
                        "`time()` 里要写带引号的时刻，如 time(\"19:30\")，或日期时间，不能是 {d_zh}"
                    )
                });
            }
        };
        Ok(typed_span(node, Ty::Time, span))
    }

    /// `duration("1h30m")`, checked here.
    fn duration_fn(&mut self, arg: Typed, span: Range<usize>) -> Result<Typed, ExprError> {
        let Node::Text(s) = &arg.node else {
            return self.err(
                arg.span,
                crate::text!(
                    "`duration()` takes a quoted length of time, like duration(\"24h\"), duration(\"90m\") or duration(\"1h30m\")",
                    "`duration()` 里要写带引号的时长，如 duration(\"24h\")、duration(\"90m\")、duration(\"1h30m\")"
                ),
            );
        };
        match parse_duration(s) {
            Some(d) => Ok(typed_span(Node::Dur(d), Ty::Duration, span)),
            None => self.err(
                arg.span,
                crate::text!(
                    "`{s}` is not a length of time; write whole days (d), hours (h), minutes (m) \
                     and seconds (s) in that order, like \"24h\", \"90m\" or \"1h30m\"",
                    "`{s}` 不是时长；请按天（d）、小时（h）、分钟（m）、秒（s）的顺序写整数，\
                     如 \"24h\"、\"90m\"、\"1h30m\""
                ),
            ),
        }
    }

    /// `hour(x)` / `minute(x)` of a datetime or a time of day.
    fn clock_part(
        &mut self,
        arg: Typed,
        name: &str,
        span: Range<usize>,
    ) -> Result<Typed, ExprError> {
        let hour = name == "hour";
        let time: Fx<NaiveTime> = match arg.ty {
            Ty::Time => into_time(arg.node),
            Ty::DateTime => {
                let a = datetime_src(arg.node);
                Box::new(move |env| Ok(a.get(env)?.time()))
            }
            _ => {
                return self.err(arg.span.clone(), {
                    let d = self.describe(&arg);
                    let (d_en, d_zh) = (&d.en, &d.zh);
                    crate::text!(
                        "`{name}()` takes a datetime or a time of day, not {d_en}",
                        "`{name}()` 里要写日期时间或时刻，不能是 {d_zh}"
                    )
                })
            }
        };
        Ok(num(
            Node::NumFn(Box::new(move |env| {
                let t = time(env)?;
                Ok(Decimal::from(if hour { t.hour() } else { t.minute() }))
            })),
            span,
        ))
    }

    fn conditional(&mut self, args: &[IdedExpr], span: Range<usize>) -> Result<Typed, ExprError> {
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
    fn member(&mut self, args: &[IdedExpr], span: Range<usize>) -> Result<Typed, ExprError> {
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

    fn function(&mut self, call: &CallExpr, span: Range<usize>) -> Result<Typed, ExprError> {
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

    fn one_arg(
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

    fn date_fn(&mut self, arg: Typed, span: Range<usize>) -> Result<Typed, ExprError> {
        let node = match arg.node {
            Node::Text(s) => match NaiveDate::parse_from_str(&s, "%Y-%m-%d") {
                Ok(d) => Node::Date(d),
                Err(_) => {
                    return self.err(
                        arg.span,
                        crate::text!(
                            "`{s}` is not a date; write it as YYYY-MM-DD, like \"2022-04-20\"",
                            "`{s}` 不是日期；请写成 \"2022-04-20\" 这样的格式"
                        ),
                    )
                }
            },
            Node::Field(slot) if arg.ty == Ty::DateTime => Node::DateOf(slot),
            Node::Field(slot) if arg.ty == Ty::Date => Node::Field(slot),
            node if arg.ty == Ty::DateTime => {
                let a = datetime_src(node);
                Node::DateFn(Box::new(move |env| Ok(a.get(env)?.date())))
            }
            other => {
                let arg = typed_span(other, arg.ty, arg.span);
                return self.err(
                    arg.span.clone(),
                    {
                        let d = self.describe(&arg);
                        let (d_en, d_zh) = (&d.en, &d.zh);
                        crate::text!(
                            "`date()` takes a quoted date like date(\"2022-04-20\") or a datetime field, \
                             not {d_en}",
                            "`date()` 里要写带引号的日期，如 date(\"2022-04-20\")，或日期时间字段，\
                             不能是 {d_zh}"
                        )
                    },
                );
            }
        };
        Ok(Typed {
            node,
            ty: Ty::Date,
            span,
        })
    }

    /// `table("NAME", key…[, date])`: the table must exist, take that many
    /// keys (and a date when its values change on dates), and hold every key
    /// written as a literal.
    fn table(&mut self, call: &CallExpr, span: Range<usize>) -> Result<Typed, ExprError> {
        let usage = || {
            crate::text!(
                "`table()` takes a table's name in quotes and its keys, like \
                 table(\"weekly_hours\", teacher.subject, teacher.grade)",
                "`table()` 里先写带引号的查找表名，再写查找的键，\
                 如 table(\"weekly_hours\", teacher.subject, teacher.grade)"
            )
        };
        let Some((name_arg, rest)) = call.args.split_first() else {
            return self.err(span, usage());
        };
        let name = self.expr(name_arg)?;
        let Node::Text(table_name) = &name.node else {
            return self.err(name.span, usage());
        };
        let Some(table) = self.tables.iter().find(|t| &t.name == table_name).cloned() else {
            let known: Vec<&str> = self.tables.iter().map(|t| t.name.as_str()).collect();
            let message = if known.is_empty() {
                crate::text!(
                    "no table `{table_name}`: this rubric has no [tables.NAME]",
                    "没有名为 `{table_name}` 的查找表：这个评分方案里没有 [tables.表名]"
                )
            } else {
                let (list_en, list_zh) = (known.join(", "), known.join("、"));
                let mut m = crate::text!(
                    "no table `{table_name}`; tables: {list_en}",
                    "没有名为 `{table_name}` 的查找表；已有的查找表：{list_zh}"
                );
                if let Some(close) = closest(table_name, known.iter().copied()) {
                    m = m.join(
                        "",
                        "",
                        &crate::text!("; did you mean `{close}`?", "。是否想写 `{close}`？"),
                    );
                }
                m
            };
            return self.err(name.span, message);
        };
        let dated = table.is_dated();
        let wanted = table.keys.len() + usize::from(dated);
        if rest.len() != wanted {
            let mut shown = table.keys.clone();
            if dated {
                shown.push("date".to_string());
            }
            let (why_en, why_zh) = if dated {
                (
                    "; its values change on dates, so the date to look up comes last",
                    "；它的值随日期变化，所以最后一个参数是要查的日期",
                )
            } else {
                ("", "")
            };
            let (table_name, given) = (&table.name, rest.len());
            let (list_en, list_zh) = (shown.join(", "), shown.join("、"));
            return self.err(
                span,
                crate::text!(
                    "table `{table_name}` takes {wanted} argument(s) after its name ({list_en}), not {given}{why_en}",
                    "查找表 `{table_name}` 在表名后面要 {wanted} 个参数（{list_zh}），这里写了 {given} 个{why_zh}"
                ),
            );
        }
        let (key_args, date_arg) = if dated {
            (&rest[..rest.len() - 1], rest.last())
        } else {
            (rest, None)
        };
        let mut keys: Vec<KeySrc> = Vec::new();
        for (at, arg) in key_args.iter().enumerate() {
            let mut k = self.expr(arg)?;
            if let Node::Text(t) = &mut k.node {
                *t = crate::input::normalize_text(t);
            }
            let literal = match &k.node {
                Node::Text(t) => Some(KeyArg::Text(t)),
                Node::Num(n) => Some(KeyArg::Number(*n)),
                _ => None,
            };
            if let Some(lit) = literal {
                if !table.has_key(at, &lit) {
                    return self.err(
                        k.span.clone(),
                        {
                            let table_name = &table.name;
                            let key = table.keys.get(at).map_or("", String::as_str);
                            let texts = table.key_texts(at);
                            let (list_en, list_zh) = (texts.join(", "), texts.join("、"));
                            crate::text!(
                                "`{lit}` is not a key of table `{table_name}` ({key}); its keys there: {list_en}",
                                "`{lit}` 不是查找表 `{table_name}` 的键（{key}）；这一列已有的键：{list_zh}"
                            )
                        },
                    );
                }
            }
            keys.push(match k.ty {
                Ty::Text => KeySrc::Text(text_src(k.node)),
                Ty::Number => KeySrc::Number(into_num(k)),
                _ => {
                    return self.err(k.span.clone(), {
                        let d = self.describe(&k);
                        let (d_en, d_zh) = (&d.en, &d.zh);
                        crate::text!(
                            "a table key is text or a number, but {d_en} is neither",
                            "查找表的键应为文本或数字，但 {d_zh} 两者都不是"
                        )
                    })
                }
            });
        }
        let date = match date_arg {
            None => None,
            Some(arg) => {
                let d = self.expr(arg)?;
                if d.ty != Ty::Date {
                    return self.err(
                        d.span.clone(),
                        {
                            let desc = self.describe(&d);
                            let (d_en, d_zh) = (&desc.en, &desc.zh);
                            let (hint_en, hint_zh) = if d.ty == Ty::DateTime {
                                ("; write date(…) around it", "；请在外面套上 date(…)")
                            } else {
                                ("", "")
                            };
                            crate::text!(
                                "the last argument of a dated table is the date to look up, but {d_en} is not a date{hint_en}",
                                "随日期变化的查找表，最后一个参数是要查的日期，但 {d_zh} 不是日期{hint_zh}"
                            )
                        },
                    );
                }
                Some(date_src(d.node))
            }
        };
        let f: Fx<Decimal> = Box::new(move |env| {
            let mut args = Vec::with_capacity(keys.len());
            for k in &keys {
                args.push(match k {
                    KeySrc::Text(t) => KeyArg::Text(t.get(env)?),
                    KeySrc::Number(n) => KeyArg::Number(n(env)?),
                });
            }
            let on = match &date {
                Some(d) => Some(d.get(env)?),
                None => None,
            };
            table.lookup(&args, on).ok_or_else(|| {
                let mut shown: Vec<String> = args.iter().map(ToString::to_string).collect();
                if let Some(on) = on {
                    shown.push(on.to_string());
                }
                EvalError::NoTableRow {
                    table: table.name.clone(),
                    keys: shown.join(", "),
                }
            })
        });
        Ok(num(Node::NumFn(f), span))
    }

    fn size(&mut self, arg: Typed, span: Range<usize>) -> Result<Typed, ExprError> {
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

/// `field (op) literal`, the commonest shape of a condition. An integer
/// field against a whole-number literal compares as `i64`, which costs a
/// fraction of a decimal comparison.
fn field_vs_number(slot: Slot, op: CmpOp, k: Decimal) -> Fx<bool> {
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
fn duration_field(t: &mut Typed, other: Ty) {
    if let (Node::Field(slot), Ty::Number, Ty::Duration) = (&t.node, t.ty, other) {
        if slot.declared == "duration" {
            t.ty = Ty::Duration;
        }
    }
}

fn typed(node: Node, ty: Ty) -> Typed {
    typed_span(node, ty, 0..0)
}

fn typed_span(node: Node, ty: Ty, span: Range<usize>) -> Typed {
    Typed { node, ty, span }
}

fn bool_fn(f: Fx<bool>, span: Range<usize>) -> Typed {
    Typed {
        node: Node::BoolFn(f),
        ty: Ty::Bool,
        span,
    }
}

fn num(node: Node, span: Range<usize>) -> Typed {
    Typed {
        node,
        ty: Ty::Number,
        span,
    }
}

/// A number-typed expression as a closure. Callers check the type first; any
/// other shape cannot occur and evaluates to zero rather than panicking.
pub(super) fn into_num(t: Typed) -> Fx<Decimal> {
    match t.node {
        Node::Num(k) => Box::new(move |_| Ok(k)),
        Node::Field(slot) => Box::new(move |env| slot.num(env)),
        Node::NumFn(f) => f,
        _ => Box::new(|_| Ok(Decimal::ZERO)),
    }
}

/// A condition as a closure. Callers check the type first; any other shape
/// cannot occur and evaluates to false rather than panicking.
pub(super) fn into_bool(t: Typed) -> Fx<bool> {
    match t.node {
        Node::Bool(b) => Box::new(move |_| Ok(b)),
        Node::Field(slot) => Box::new(move |env| slot.bool(env)),
        Node::BoolFn(f) => f,
        _ => Box::new(|_| Ok(false)),
    }
}

/// A text operand. Callers check the type first; a non-text shape becomes an
/// empty literal rather than a panic.
fn text_src(node: Node) -> TextSrc {
    match node {
        Node::Field(slot) => TextSrc::Field(slot),
        Node::Text(s) => TextSrc::Lit(s),
        _ => TextSrc::Lit(String::new()),
    }
}

fn date_src(node: Node) -> DateSrc {
    match node {
        Node::Field(slot) => DateSrc::Field(slot),
        Node::DateOf(slot) => DateSrc::DateOf(slot),
        Node::Date(d) => DateSrc::Lit(d),
        Node::DateFn(f) => DateSrc::Fn(f),
        _ => DateSrc::Lit(NaiveDate::MIN),
    }
}

fn datetime_src(node: Node) -> DateTimeSrc {
    match node {
        Node::Field(slot) => DateTimeSrc::Field(slot),
        Node::DateTime(d) => DateTimeSrc::Lit(d),
        Node::DateTimeFn(f) => DateTimeSrc::Fn(f),
        _ => DateTimeSrc::Lit(NaiveDateTime::MIN),
    }
}

/// A time-of-day expression as a closure. Callers check the type first;
/// any other shape evaluates to midnight rather than panicking.
fn into_time(node: Node) -> Fx<NaiveTime> {
    match node {
        Node::Time(t) => Box::new(move |_| Ok(t)),
        Node::TimeFn(f) => f,
        _ => Box::new(|_| Ok(NaiveTime::MIN)),
    }
}

/// A duration expression as a closure; a `duration` field (minutes) is read
/// as the length it holds. Callers check the type first; any other shape
/// evaluates to zero rather than panicking.
fn into_dur(node: Node) -> Fx<TimeDelta> {
    match node {
        Node::Dur(d) => Box::new(move |_| Ok(d)),
        Node::DurFn(f) => f,
        Node::Field(slot) => Box::new(move |env| minutes_as_duration(slot.num(env)?)),
        _ => Box::new(|_| Ok(TimeDelta::zero())),
    }
}

/// `duration("1h30m")`: whole numbers of days, hours, minutes and seconds,
/// each at most once and in that order, at least one of them.
fn parse_duration(s: &str) -> Option<TimeDelta> {
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

/// The name within edit distance 2 of `name` that is closest to it, if any.
fn closest<'n>(name: &str, names: impl Iterator<Item = &'n str>) -> Option<&'n str> {
    names
        .map(|n| (edit_distance(&name.to_lowercase(), &n.to_lowercase()), n))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, n)| n)
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let next = (row[j + 1] + 1)
                .min(row[j] + 1)
                .min(diag + usize::from(ca != *cb));
            diag = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}
