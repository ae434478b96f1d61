//! Name resolution: record fields and `teacher.` fields, with a
//! did-you-mean for names that are not declared.

use std::ops::Range;

use super::types::{Node, Slot, Ty, Typed};
use super::Compiler;
use crate::rubric::expr::{ExprError, FieldRef};
use crate::show::closest;
use crate::value::FieldType;

impl Compiler<'_> {
    pub(super) fn slot(
        &mut self,
        at: FieldRef,
        name: String,
        field: &FieldType,
        span: Range<usize>,
    ) -> Typed {
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

    pub(super) fn record_field(
        &mut self,
        name: &str,
        span: Range<usize>,
    ) -> Result<Typed, ExprError> {
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

    pub(super) fn teacher_field(
        &mut self,
        name: &str,
        span: Range<usize>,
    ) -> Result<Typed, ExprError> {
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
}
