//! Compiling `[[adjust]]`: the category it multiplies, a factor that can
//! only reduce (0 < factor ≤ 1, so a total never passes full marks), a
//! condition over the roster row and the records the teacher must have.

use std::collections::HashSet;

use rust_decimal::Decimal;

use super::super::adjust::{Adjustment, Requirement};
use super::super::expr::Scope;
use super::super::file::RubricFile;
use super::super::model::{Category, Source};
use super::{known_sources, Compiler};
use crate::value::FieldType;

impl Compiler<'_> {
    pub(super) fn adjustments(
        &mut self,
        file: &RubricFile,
        sources: &[Source],
        roster_fields: &[(String, FieldType)],
        categories: &[Category],
    ) -> Vec<Adjustment> {
        let mut out = Vec::new();
        let mut ids = HashSet::new();
        for def in &file.adjust {
            let before = self.problems.len();
            if !ids.insert(def.id.get_ref().clone()) {
                self.error(
                    def.id.span(),
                    format!("adjustment `{}` is defined twice", def.id.get_ref()),
                );
            }
            let category = categories
                .iter()
                .position(|c| &c.id == def.category.get_ref());
            if category.is_none() {
                let known = categories
                    .iter()
                    .map(|c| c.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ");
                self.error(
                    def.category.span(),
                    format!(
                        "no category `{}`; categories: {known}",
                        def.category.get_ref()
                    ),
                );
            }
            let factor = def.factor.get_ref().0;
            if factor <= Decimal::ZERO || factor > Decimal::ONE {
                self.error(
                    def.factor.span(),
                    "an adjustment's factor is above 0 and at most 1 (0.5 for 折半计入): \
                     it reduces a subtotal; points earned belong in an item",
                );
            }
            if def.when.is_none() && def.requires.is_empty() {
                self.error(
                    def.id.span(),
                    "an adjustment needs `when` (over the roster row) or `requires` (records the \
                     teacher must have); one that applies to everyone is a different maximum",
                );
            }
            let roster_scope = Scope {
                record: roster_fields,
                teacher: roster_fields,
            };
            let when = def
                .when
                .as_ref()
                .and_then(|w| self.condition(w, &roster_scope));
            let mut requires = Vec::new();
            for req in &def.requires {
                let r = req.get_ref();
                let Some(source) = sources.iter().position(|s| &s.id == r.source.get_ref()) else {
                    self.error(
                        r.source.span(),
                        format!(
                            "no source `{}`; {}",
                            r.source.get_ref(),
                            known_sources(sources)
                        ),
                    );
                    continue;
                };
                let fields = sources[source].scope_fields();
                let scope = Scope {
                    record: &fields,
                    teacher: roster_fields,
                };
                let cond = r.when.as_ref().and_then(|w| self.condition(w, &scope));
                let label = r.label.clone().unwrap_or_else(|| {
                    r.when
                        .as_ref()
                        .map_or_else(|| sources[source].id.clone(), |w| w.get_ref().clone())
                });
                requires.push(Requirement {
                    source,
                    when: cond,
                    label,
                });
            }
            if self.problems.len() > before {
                continue;
            }
            let Some(category) = category else { continue };
            out.push(Adjustment {
                id: def.id.get_ref().clone(),
                name: def.name.clone(),
                category,
                factor,
                when,
                requires,
            });
        }
        out
    }
}
