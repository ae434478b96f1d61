//! Compiling `[[grades]]` and `[[veto]]`: the grade thresholds a total
//! falls into, and the vetoes (一票否决) that override the grade.

use super::Compiler;
use crate::i18n::rubric as msg;
use crate::i18n::Text;
use crate::rubric::file::RubricFile;
use crate::rubric::model::*;
use crate::value::FieldType;
use std::collections::HashSet;

impl Compiler<'_> {
    pub(super) fn grades(&mut self, file: &RubricFile) -> Vec<Grade> {
        let mut grades: Vec<Grade> = Vec::new();
        for (i, def) in file.grade.iter().enumerate() {
            let name = def.name.get_ref().clone();
            if grades.iter().any(|g| g.name == name) {
                self.error(def.name.span(), msg::grade_defined_twice(&name));
            }
            let is_last = i + 1 == file.grade.len();
            let min = def.min.as_ref().map(|m| m.get_ref().0);
            match (&def.min, is_last) {
                (None, false) => self.error(def.name.span(), msg::only_last_lowest_grade_may()),
                (Some(m), true) => self.error(m.span(), msg::last_lowest_grade_must_leave()),
                (Some(m), false) => {
                    if let Some(prev) = grades.last().and_then(|g| g.min) {
                        if m.get_ref().0 >= prev {
                            self.error(m.span(), msg::grades_go_from_best_worst());
                        }
                    }
                }
                (None, true) => {}
            }
            grades.push(Grade {
                name,
                min,
                share: None,
            });
        }
        grades
    }

    pub(super) fn vetoes(
        &mut self,
        file: &RubricFile,
        sources: &[Source],
        roster_fields: &[(String, FieldType)],
        grades: &[Grade],
    ) -> Vec<Veto> {
        let mut vetoes = Vec::new();
        let mut ids = HashSet::new();
        for def in &file.veto {
            if !self.first_time(&mut ids, &def.id, |id| msg::veto_defined_twice(id)) {
                continue;
            }
            let Some(source) = self.source_named(&def.source, sources) else {
                continue;
            };
            let Some(grade) = grades.iter().position(|g| &g.name == def.grade.get_ref()) else {
                let names = grades.iter().map(|g| g.name.as_str()).collect::<Vec<_>>();
                let names = Text::list(&names);
                let wanted = def.grade.get_ref();
                self.error(def.grade.span(), msg::no_grade_grades(wanted, &names));
                continue;
            };
            let names = self.names_of(&sources[source]);
            let scope = names.scope(roster_fields);
            let at_least = match &def.at_least {
                None => Some(1),
                Some(n) => self.record_count(n),
            };
            let Some(when) = self.condition(&def.when, &scope) else {
                continue;
            };
            let Some(at_least) = at_least else {
                continue;
            };
            vetoes.push(Veto {
                id: def.id.get_ref().clone(),
                name: def.name.clone(),
                source,
                when,
                grade,
                at_least,
            });
        }
        vetoes
    }
}
