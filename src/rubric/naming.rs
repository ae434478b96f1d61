//! The names people read for what a rubric's expressions refer to: a
//! field by its `label` or first header, a lookup table by its `label` or
//! name. Whoever puts an expression in words (the 规则 sheet, `explain`,
//! the 明细 lines, the slips) asks the rubric for these, so one field has
//! one name everywhere.

use super::expr::{FieldRef, Names};
use super::model::{Rubric, Source};

/// The names for expressions over one source's records, with the roster's
/// fields as `teacher.NAME`.
pub struct Naming<'r> {
    record: Option<&'r Source>,
    teacher: Option<&'r Source>,
    rubric: &'r Rubric,
}

impl Rubric {
    /// The names for an expression over the records of source `source`
    /// (a rule's `when`, `value`, a window's `charge`).
    pub fn naming(&self, source: usize) -> Naming<'_> {
        Naming {
            record: self.sources.get(source),
            teacher: self.sources.get(self.roster.source),
            rubric: self,
        }
    }

    /// The names for an expression over the roster's rows (an adjustment's `when`).
    pub fn roster_naming(&self) -> Naming<'_> {
        self.naming(self.roster.source)
    }
}

impl Names for Naming<'_> {
    fn field(&self, at: FieldRef) -> String {
        let (source, slot) = match at {
            FieldRef::Record(i) => (self.record, i),
            FieldRef::Teacher(i) => (self.teacher, i),
        };
        match source {
            Some(s) => s.field_name(slot),
            // Unreachable for a compiled rubric; say what is known.
            None => format!("#{slot}"),
        }
    }

    fn table(&self, name: &str) -> String {
        self.rubric
            .tables
            .iter()
            .find(|t| t.name == name)
            .and_then(|t| t.label.clone())
            .unwrap_or_else(|| name.to_string())
    }
}
