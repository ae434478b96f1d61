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
use crate::i18n::rubric as msg;
use crate::i18n::Text;
use crate::rubric::table::LookupTable;
use crate::value::FieldType;
pub(super) use lower::{into_bool, into_num, text_src};
use types::{type_text, Node};
pub(super) use types::{Fx, Ty, Typed};

/// Compiles one parsed expression; collects the fields it reads.
pub(super) struct Compiler<'c> {
    pub src: &'c str,
    pub info: &'c SourceInfo,
    pub scope: &'c Scope<'c>,
    pub fields: Vec<FieldRef>,
    /// Text literals compared for equality with a key or text field, as
    /// normalised: see [`super::Expr::compared_texts`].
    pub compared: Vec<(FieldRef, String)>,
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
        msg::value_with_type(shown, &type_text(ty))
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
                    return self.err(span, msg::has_takes_roster_field_like());
                }
                if !is_teacher {
                    return self.err(span.clone(), {
                        let shown = self.text_of(&span);
                        msg::not_supported_rubric_expressions_field(shown)
                    });
                }
                let field = self.teacher_field(&select.field, span.clone())?;
                if !select.test {
                    return Ok(field);
                }
                let Node::Field(slot) = field.node else {
                    return self.err(span, msg::has_takes_roster_field());
                };
                self.never_blank(&slot, &span)?;
                Ok(Typed {
                    node: Node::BoolFn(Box::new(move |env| Ok(!slot.read(env).is_null()))),
                    ty: Ty::Bool,
                    span,
                })
            }
            Expr::Call(call) => self.call(call, span),
            Expr::List(_) => self.err(span, msg::list_can_only_follow_kind()),
            Expr::Map(_) => self.err(span, msg::not_supported_rubric_expressions_maps()),
            Expr::Struct(_) => self.err(span, msg::not_supported_rubric_expressions_message()),
            Expr::Comprehension(_) => {
                self.err(span, msg::not_supported_rubric_expressions_macros())
            }
            Expr::Unspecified => self.err(span, msg::expression_could_not_read_here()),
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
                    return self.err(span, msg::number_out_range_rubrics_can(text));
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
                return self.err(span, msg::not_supported_rubric_expressions_bytes());
            }
        };
        Ok(Typed { node, ty, span })
    }
}
