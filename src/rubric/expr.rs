//! Rubric expressions: the conditions and amounts a rubric writes as text,
//! checked against the declared fields when the rubric loads and compiled to
//! closures that evaluate a record in nanoseconds.
//!
//! This module owns the expression language, its load-time errors (each with
//! a byte span into the expression) and its evaluation. It uses only the
//! parser of the [`cel`] crate; the checking and evaluation are its own, so
//! the language is the documented subset of CEL below and nothing more.
//!
//! # The expression language
//!
//! - **Names.** A record field by its bare name (`minutes`); a roster field of
//!   the record's teacher as `teacher.NAME` (`teacher.role`). A misspelled
//!   name is an error that lists the fields and suggests the closest.
//! - **Literals.** Numbers (`10`, `0.5`, `-3`), text in single or double
//!   quotes (`"缺课"`), `true`, `false`, `null`, and lists (`["正课", "辅导"]`)
//!   only after `in`.
//! - **Operators.** `== != < <= > >=`, `&& || !`, `+ - * /`, unary `-`,
//!   `x in [..]`, and `c ? a : b` (both branches numbers, or both conditions).
//! - **Functions.** `date("2022-04-20")` (checked when the rubric loads) or
//!   `date(datetime_field)` for its calendar date, `datetime("2022-04-20
//!   08:00")`, `size(text)` (characters), `text.contains("x")`,
//!   `text.startsWith("x")`, `text.endsWith("x")`, `has(teacher.NAME)`.
//!   Anything else of CEL (macros, maps, indexing, other functions) is refused.
//! - **Types.** Integer, decimal and duration fields are numbers; key, text
//!   and enum fields are text; date, datetime and boolean fields are their own
//!   types. Only like types compare, and text and booleans only with `==` and
//!   `!=`; a datetime does not compare with a date (write `date(field)`). An
//!   enum field compared with text must name one of its declared values.
//! - **Numbers** are exact decimals, never floating point: `0.1 + 0.2 == 0.3`
//!   holds, and division by zero or overflow is an error, not a value.
//! - **Blanks.** `x == null` and `x != null` test a field for a blank cell;
//!   any other use of a blank value is an evaluation error naming the field.
//!   `&&` and `||` evaluate left to right and stop as soon as the answer is
//!   known, so `minutes != null && minutes > 10` is safe.
//!
//! Field names must be CEL identifiers (ASCII letters, digits and `_`) to be
//! usable in expressions.

mod check;
mod syntax;

use std::fmt;
use std::ops::Range;

use rust_decimal::Decimal;

use crate::value::{FieldType, Value};
use check::{Compiler, Fx, Ty};

/// The names an expression may use: record fields by bare name, teacher
/// (roster) fields as `teacher.NAME`.
#[derive(Debug, Clone, Copy)]
pub struct Scope<'a> {
    /// The record's fields; slot `i` is `record.values[i]`.
    pub record: &'a [(String, FieldType)],
    /// The roster's fields; slot `i` is the teacher row's `values[i]`. Empty
    /// when the rubric declares no roster fields.
    pub teacher: &'a [(String, FieldType)],
}

/// What a compiled expression is evaluated against: one record and, if the
/// rubric has a roster, its teacher's row.
#[derive(Debug, Clone, Copy)]
pub struct Env<'a> {
    /// The record's values, in [`Scope::record`] order.
    pub record: &'a [Value],
    /// The teacher's roster values, in [`Scope::teacher`] order.
    pub teacher: &'a [Value],
}

/// A field an expression reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FieldRef {
    /// Slot `i` of the record.
    Record(usize),
    /// Slot `i` of the teacher's roster row.
    Teacher(usize),
}

/// A load-time error in an expression.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{message}")]
pub struct ExprError {
    /// Byte offsets into the expression's source of what the error is about.
    pub span: Range<usize>,
    /// What is wrong, and where possible how to write it instead.
    pub message: String,
}

/// An error evaluating a compiled expression against one record.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EvalError {
    /// A blank value was used in a comparison or in arithmetic.
    #[error("field `{field}` is blank")]
    Blank {
        /// The field, `teacher.NAME` for a roster field.
        field: String,
    },
    /// A division's divisor was zero.
    #[error("division by zero")]
    DivisionByZero,
    /// A result is beyond the range of a decimal.
    #[error("arithmetic overflow")]
    Overflow,
    /// A value did not have its field's declared type; the reader that built
    /// the record is at fault, not the rubric.
    #[error("field `{field}` holds a value that is not of its declared type {declared}")]
    WrongType {
        /// The field, `teacher.NAME` for a roster field.
        field: String,
        /// The declared type's name.
        declared: &'static str,
    },
}

/// A compiled condition: an expression that is true or false for a record.
pub struct Condition {
    source: String,
    fields: Vec<FieldRef>,
    eval: Fx<bool>,
}

impl Condition {
    /// Evaluates the condition against one record.
    pub fn eval(&self, env: &Env) -> Result<bool, EvalError> {
        (self.eval)(env)
    }

    /// The expression as the rubric wrote it.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The fields the condition reads, sorted and without duplicates, so
    /// that evidence can show their values.
    pub fn fields(&self) -> &[FieldRef] {
        &self.fields
    }
}

impl fmt::Debug for Condition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Condition").field(&self.source).finish()
    }
}

/// A compiled number expression: an exact decimal amount for a record.
pub struct NumberExpr {
    source: String,
    fields: Vec<FieldRef>,
    eval: Fx<Decimal>,
}

impl NumberExpr {
    /// Evaluates the expression against one record.
    pub fn eval(&self, env: &Env) -> Result<Decimal, EvalError> {
        (self.eval)(env)
    }

    /// The expression as the rubric wrote it.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The fields the expression reads, sorted and without duplicates.
    pub fn fields(&self) -> &[FieldRef] {
        &self.fields
    }
}

impl fmt::Debug for NumberExpr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("NumberExpr").field(&self.source).finish()
    }
}

/// Parses and type-checks `src`, which must be true or false.
pub fn compile_condition(src: &str, scope: &Scope) -> Result<Condition, ExprError> {
    let (typed, fields) = compile(src, scope)?;
    if typed.ty != Ty::Bool {
        return Err(ExprError {
            span: typed.span.clone(),
            message: format!(
                "a condition must be true or false, but `{}` is {}",
                src.get(typed.span.clone()).unwrap_or(src),
                a_type(typed.ty)
            ),
        });
    }
    Ok(Condition {
        source: src.to_string(),
        fields,
        eval: check::into_bool(typed),
    })
}

/// Parses and type-checks `src`, which must be a number.
pub fn compile_number(src: &str, scope: &Scope) -> Result<NumberExpr, ExprError> {
    let (typed, fields) = compile(src, scope)?;
    if typed.ty != Ty::Number {
        return Err(ExprError {
            span: typed.span.clone(),
            message: format!(
                "an amount must be a number, but `{}` is {}",
                src.get(typed.span.clone()).unwrap_or(src),
                a_type(typed.ty)
            ),
        });
    }
    Ok(NumberExpr {
        source: src.to_string(),
        fields,
        eval: check::into_num(typed),
    })
}

fn a_type(ty: Ty) -> &'static str {
    match ty {
        Ty::Number => "a number",
        Ty::Text => "text",
        Ty::Date => "a date",
        Ty::DateTime => "a datetime",
        Ty::Bool => "a condition (true/false)",
        Ty::Null => "null",
    }
}

fn compile(src: &str, scope: &Scope) -> Result<(check::Typed, Vec<FieldRef>), ExprError> {
    if src.trim().is_empty() {
        return Err(ExprError {
            span: 0..src.len(),
            message: "the expression is empty".to_string(),
        });
    }
    let parsed = syntax::parse(src, scope)?;
    let mut compiler = Compiler {
        src,
        info: &parsed.info,
        scope,
        fields: Vec::new(),
    };
    let typed = compiler.expr(&parsed.expr)?;
    let mut fields = compiler.fields;
    fields.sort_unstable();
    fields.dedup();
    Ok((typed, fields))
}
