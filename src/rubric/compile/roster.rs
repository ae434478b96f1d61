//! Compiling `[roster]`: which source lists the teachers, and the key that
//! joins every other source to it.

use super::{no_source, Compiler};
use crate::rubric::file::RubricFile;
use crate::rubric::model::*;
use crate::value::FieldType;
use toml::Spanned;

impl Compiler<'_> {
    pub(super) fn roster(&mut self, file: &RubricFile, sources: &[Source]) -> Option<Roster> {
        let def = &file.roster;
        let Some(source) = sources.iter().position(|s| &s.id == def.source.get_ref()) else {
            self.error(def.source.span(), no_source(def.source.get_ref(), sources));
            return None;
        };
        let slot = |me: &mut Self, name: &Spanned<String>| {
            let found = sources[source]
                .schema
                .fields
                .iter()
                .position(|f| &f.name == name.get_ref());
            if found.is_none() {
                me.error(name.span(), {
                    let (source, field) = (&sources[source].id, name.get_ref());
                    crate::text!(
                        "the roster source `{source}` has no field `{field}`",
                        "名册数据源 `{source}` 里没有字段 `{field}`"
                    )
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
            self.error(
                def.key.span(),
                crate::text!(
                    "the roster key must have type \"key\" (keys are text: leading zeros kept)",
                    "名册的编号字段类型必须是 \"key\"（编号按文本处理，开头的 0 会保留）"
                ),
            );
        }
        let unknown_teachers = match def
            .unknown_teachers
            .as_ref()
            .map(|u| (u, u.get_ref().as_str()))
        {
            None | Some((_, "error")) => UnknownTeachers::Error,
            Some((_, "skip")) => UnknownTeachers::Skip,
            Some((u, other)) => {
                self.error(
                    u.span(),
                    crate::text!(
                        "unknown_teachers is `error` or `skip`, not `{other}`",
                        "unknown_teachers 只能写 `error` 或 `skip`，不能写 `{other}`"
                    ),
                );
                UnknownTeachers::Error
            }
        };
        Some(Roster {
            source,
            key,
            name,
            school,
            unknown_teachers,
        })
    }
}
