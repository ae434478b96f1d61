//! Compiling `[[adjust]]`: the category it multiplies, a factor that can
//! only reduce (0 < factor ≤ 1, so a total never passes full marks), a
//! condition over the roster row and the records the teacher must have.

use std::collections::HashSet;

use rust_decimal::Decimal;

use super::super::adjust::{Adjustment, Requirement};
use super::super::expr::Scope;
use super::super::file::RubricFile;
use super::super::model::{Category, Source};
use super::{no_source, Compiler};
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
                self.error(def.id.span(), {
                    let id = def.id.get_ref();
                    crate::text!(
                        "adjustment `{id}` is defined twice",
                        "调整项 `{id}` 定义了两次"
                    )
                });
            }
            let category = categories
                .iter()
                .position(|c| &c.id == def.category.get_ref());
            if category.is_none() {
                let known = categories.iter().map(|c| c.id.as_str()).collect::<Vec<_>>();
                let (known_en, known_zh) = (known.join(", "), known.join("、"));
                let wanted = def.category.get_ref();
                self.error(
                    def.category.span(),
                    crate::text!(
                        "no category `{wanted}`; categories: {known_en}",
                        "没有类别 `{wanted}`；已有的类别：{known_zh}"
                    ),
                );
            }
            let factor = def.factor.get_ref().0;
            if factor <= Decimal::ZERO || factor > Decimal::ONE {
                self.error(
                    def.factor.span(),
                    crate::text!(
                        "an adjustment's factor is above 0 and at most 1 (0.5 for 折半计入): \
                         it reduces a subtotal; points earned belong in an item",
                        "调整项的系数 factor 应大于 0 且不超过 1（折半计入写 0.5）：\
                         它只能把小计调低；要加的分请写成考核项"
                    ),
                );
            }
            if def.when.is_none() && def.requires.is_empty() {
                self.error(
                    def.id.span(),
                    crate::text!(
                        "an adjustment needs `when` (over the roster row) or `requires` (records the \
                         teacher must have); one that applies to everyone is a different maximum",
                        "调整项要写 `when`（按名册行判断）或 `requires`（教师必须有的记录）；\
                         对所有人都生效的调整，应直接改满分"
                    ),
                );
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
                let Some(source) = sources.iter().position(|s| &s.id == r.source.get_ref()) else {
                    self.error(r.source.span(), no_source(r.source.get_ref(), sources));
                    continue;
                };
                let fields = sources[source].scope_fields();
                let defaulted = self.defaulted(&sources[source].defaulted());
                let scope = Scope {
                    record: &fields,
                    teacher: roster_fields,
                    defaulted: &defaulted,
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
