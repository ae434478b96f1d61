//! Expressions (placeholder until the compiler lands; replaced wholesale).
#![allow(missing_docs, dead_code)]
use crate::value::{FieldType, Value};
use rust_decimal::Decimal;
pub struct Scope<'a> { pub record: &'a [(String, FieldType)], pub teacher: &'a [(String, FieldType)] }
pub struct Env<'a> { pub record: &'a [Value], pub teacher: &'a [Value] }
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FieldRef { Record(usize), Teacher(usize) }
#[derive(Debug)]
pub struct Condition { src: String, fields: Vec<FieldRef> }
impl Condition {
    pub fn eval(&self, _env: &Env) -> Result<bool, EvalError> { Ok(false) }
    pub fn source(&self) -> &str { &self.src }
    pub fn fields(&self) -> &[FieldRef] { &self.fields }
}
#[derive(Debug)]
pub struct NumberExpr { src: String, fields: Vec<FieldRef> }
impl NumberExpr {
    pub fn eval(&self, _env: &Env) -> Result<Decimal, EvalError> { Ok(Decimal::ZERO) }
    pub fn source(&self) -> &str { &self.src }
    pub fn fields(&self) -> &[FieldRef] { &self.fields }
}
pub fn compile_condition(src: &str, _scope: &Scope) -> Result<Condition, ExprError> { Ok(Condition { src: src.into(), fields: vec![] }) }
pub fn compile_number(src: &str, _scope: &Scope) -> Result<NumberExpr, ExprError> { Ok(NumberExpr { src: src.into(), fields: vec![] }) }
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{message}")]
pub struct ExprError { pub span: std::ops::Range<usize>, pub message: String }
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EvalError {
    #[error("field `{field}` is blank")] Blank { field: String },
    #[error("division by zero")] DivisionByZero,
    #[error("arithmetic overflow")] Overflow,
}
