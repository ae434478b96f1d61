//! Type-checking a parsed expression against the declared fields, and
//! compiling it into closures.
//!
//! Each AST node becomes a [`Typed`]: its static type, its byte span, and
//! either a plain shape (a field, a literal) or a compiled closure. Plain
//! shapes stay plain as long as possible so that comparisons of a field with
//! a literal compile to one specialised closure that allocates nothing.

mod functions;
mod lookup;
mod lower;
mod names;
mod ops;
mod time;
mod types;

use std::ops::Range;
use std::str::FromStr;
use std::sync::Arc;

use cel::common::ast::{Expr, IdedExpr, LiteralValue, SourceInfo};
use rust_decimal::Decimal;

use super::syntax;
use super::{ExprError, FieldRef, Scope};
use crate::i18n::Text;
use crate::rubric::table::LookupTable;
use crate::value::FieldType;
pub(super) use lower::{into_bool, into_num};
use types::{type_zh, Node};
pub(super) use types::{Fx, Ty, Typed};

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
}
