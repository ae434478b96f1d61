//! Compiling `[roster]`: which source lists the teachers, and the key that
//! joins every other source to it.

use super::Compiler;
use crate::i18n::rubric as msg;
use crate::rubric::file::RubricFile;
use crate::rubric::model::*;
use crate::value::FieldType;
use toml::Spanned;

impl Compiler<'_> {
    pub(super) fn roster(&mut self, file: &RubricFile, sources: &[Source]) -> Option<Roster> {
        let def = &file.roster;
        let source = self.source_named(&def.source, sources)?;
        // A roster row is one teacher; one record per day would list each
        // teacher many times over, unless the teachers are the records' keys.
        let from_records = def.from_records.as_ref().is_some_and(|f| *f.get_ref());
        if sources[source].schema.unpivot.is_some() && !from_records {
            self.error(def.source.span(), {
                let source = def.source.get_ref();
                msg::roster_source_unpivots(source)
            });
            return None;
        }
        let slot = |me: &mut Self, name: &Spanned<String>| {
            let found = sources[source]
                .schema
                .fields
                .iter()
                .position(|f| &f.name == name.get_ref());
            if found.is_none() {
                me.error(name.span(), {
                    let (source, field) = (&sources[source].id, name.get_ref());
                    msg::roster_source_has_no_field(source, field)
                });
            }
            found
        };
        let key = slot(self, &def.key);
        let name = slot(self, &def.name);
        let school = match &def.school {
            Some(s) => Some(slot(self, s)?),
            None => None,
        };
        let (key, name) = (key?, name?);
        if sources[source].schema.fields[key].ty != FieldType::Key {
            self.error(def.key.span(), msg::roster_key_must_have_type());
        }
        let unknown_teachers = match &def.unknown_teachers {
            None => UnknownTeachers::Error,
            Some(u) => self.keyword(
                u,
                &[
                    ("error", UnknownTeachers::Error),
                    ("skip", UnknownTeachers::Skip),
                ],
                UnknownTeachers::Error,
                |other| msg::unknown_teachers_error_skip_not(other),
            ),
        };
        if let (true, Some(teacher)) = (from_records, sources[source].teacher) {
            if teacher != key {
                let from = def
                    .from_records
                    .as_ref()
                    .map_or(def.key.span(), |f| f.span());
                let field = |slot: usize| sources[source].schema.fields[slot].name.as_str();
                self.error(
                    from,
                    msg::roster_from_records_teacher_not_key(
                        &sources[source].id,
                        field(key),
                        field(teacher),
                    ),
                );
            }
        }
        Some(Roster {
            source,
            key,
            name,
            school,
            unknown_teachers,
            from_records,
        })
    }
}
