//! Compiling `[[adjust]]`: the category it multiplies, a factor that can
//! only reduce (0 < factor ≤ 1, so a total never passes full marks), a
//! condition over the roster row and the records the teacher must have.

use crate::i18n::Text;
use std::collections::HashSet;

use rust_decimal::Decimal;

use super::super::adjust::{Adjustment, Requirement};
use super::super::expr::Scope;
use super::super::file::RubricFile;
use super::super::model::{Category, Source};
use super::Compiler;
use crate::i18n::rubric as msg;
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
            self.first_time(&mut ids, &def.id, |id| msg::adjustment_defined_twice(id));
            let category = categories
                .iter()
                .position(|c| &c.id == def.category.get_ref());
            if category.is_none() {
                let known = categories.iter().map(|c| c.id.as_str()).collect::<Vec<_>>();
                let known = Text::list(&known);
                let wanted = def.category.get_ref();
                self.error(
                    def.category.span(),
                    msg::no_category_categories(wanted, &known),
                );
            }
            let factor = def.factor.get_ref().0;
            if factor <= Decimal::ZERO || factor > Decimal::ONE {
                self.error(
                    def.factor.span(),
                    msg::adjustment_factor_above_most_reduces(),
                );
            }
            if def.when.is_none() && def.requires.is_empty() {
                self.error(def.id.span(), msg::adjustment_needs_when_over_roster());
            }
            let roster_defaulted = self.defaulted(&self.roster_defaulted.clone());
            let roster_scope = Scope {
                record: roster_fields,
                teacher: roster_fields,
                defaulted: &roster_defaulted,
            };
            let when = def
                .when
                .as_ref()
                .and_then(|w| self.condition(w, &roster_scope));
            let mut requires = Vec::new();
            for req in &def.requires {
                let r = req.get_ref();
                let Some(source) = self.source_named(&r.source, sources) else {
                    continue;
                };
                let names = self.names_of(&sources[source]);
                let scope = names.scope(roster_fields);
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
