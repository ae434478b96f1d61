//! Name resolution: record fields and `teacher.` fields, with a
//! did-you-mean for names that are not declared.

use crate::i18n::Text;
use std::ops::Range;

use super::types::{Node, Slot, Ty, Typed};
use super::Compiler;
use crate::i18n::rubric as msg;
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

    /// The slot of a field found in scope, named as the expression wrote
    /// it (`teacher.` before a roster field).
    fn slot_named(&mut self, at: FieldRef, name: &str, span: Range<usize>) -> Typed {
        let scope = self.scope;
        let (shown, field) = match at {
            FieldRef::Record(i) => (name.to_string(), &scope.record[i].1),
            FieldRef::Teacher(i) => (format!("teacher.{name}"), &scope.teacher[i].1),
        };
        self.slot(at, shown, field, span)
    }

    pub(super) fn record_field(
        &mut self,
        name: &str,
        span: Range<usize>,
    ) -> Result<Typed, ExprError> {
        let scope = self.scope;
        if let Some(i) = scope.record.iter().position(|(n, _)| n == name) {
            return Ok(self.slot_named(FieldRef::Record(i), name, span));
        }
        if name == "teacher" {
            return self.err(span, msg::teacher_needs_roster_field_after());
        }
        let names: Vec<&str> = scope.record.iter().map(|(n, _)| n.as_str()).collect();
        let mut message = if names.is_empty() {
            // A per-teacher expression (a window's limit): no record is in scope.
            msg::unknown_field_no_record_fields(name)
        } else {
            msg::unknown_field_fields_this_source(name, &Text::list(&names))
        };
        if let Some(close) = closest(name, scope.record.iter().map(|(n, _)| n.as_str())) {
            message = message.join("", "", &msg::did_you_mean(close));
        } else if scope.teacher.iter().any(|(n, _)| n == name) {
            message = message.join("", "", &msg::did_you_mean_roster_field(name));
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
            return Ok(self.slot_named(FieldRef::Teacher(i), name, span));
        }
        if scope.teacher.is_empty() {
            return self.err(span, msg::unknown_roster_field_teacher_this(name));
        }
        let names: Vec<&str> = scope.teacher.iter().map(|(n, _)| n.as_str()).collect();
        let list = Text::list(&names);
        let mut message = msg::unknown_roster_field_teacher_roster(name, &list);
        if let Some(close) = closest(name, names.iter().copied()) {
            message = message.join("", "", &msg::did_you_mean_teacher(close));
        }
        self.err(span, message)
    }
}
