//! Compiling `[sources.ID]`: the file and sheet patterns, the declared
//! fields with their types, defaults, value maps and bounds, and the
//! placeholders a pattern may use.

use super::{is_identifier, Compiler};
use crate::i18n::rubric as msg;
use crate::i18n::Text;
use crate::input::{normalize_text, FieldSpec, SourceSchema};
use crate::rubric::file::{FieldDef, RubricFile, SourceDef};
use crate::rubric::model::*;
use crate::value::{FieldType, Value};
use globset::{GlobBuilder, GlobSetBuilder};
use rust_decimal::Decimal;
use std::ops::Range;
use toml::Spanned;

impl Compiler<'_> {
    pub(super) fn source(&mut self, id: &Spanned<String>, def: &SourceDef) -> Option<Source> {
        let before = self.problems.len();
        if !is_identifier(id.get_ref()) {
            self.error(id.span(), {
                let id = id.get_ref();
                msg::source_id_must_ascii_identifier(id)
            });
        }
        let patterns = def.files.get_ref().to_vec();
        let mut set = GlobSetBuilder::new();
        for p in &patterns {
            // Windows names files without regard to case, and a download
            // may come as `考勤.XLSX`: `*.xlsx` matches it, as the readers
            // take the extension in either case.
            match GlobBuilder::new(p).case_insensitive(true).build() {
                Ok(g) => {
                    set.add(g);
                }
                Err(e) => self.error(def.files.span(), {
                    let why = glob_error_zh(&e);
                    msg::bad_file_pattern(p, &e, &why)
                }),
            }
        }
        let matcher = set.build().ok()?;
        let sheet = def.sheet.as_ref().and_then(|s| {
            match GlobBuilder::new(s.get_ref())
                .literal_separator(false)
                .build()
            {
                Ok(g) => Some(g.compile_matcher()),
                Err(e) => {
                    self.error(s.span(), {
                        let why = glob_error_zh(&e);
                        msg::bad_sheet_pattern(&e, &why)
                    });
                    None
                }
            }
        });

        let made: Vec<&str> = def
            .unpivot
            .iter()
            .flat_map(|u| [u.get_ref().date.get_ref(), u.get_ref().value.get_ref()])
            .map(String::as_str)
            .collect();
        let mut fields = Vec::new();
        for (name, field) in &def.fields {
            let unpivoted = made.contains(&name.get_ref().as_str());
            if let Some(mut spec) = self.field(name, field, def.placeholders.as_ref(), unpivoted) {
                spec.label = self.label(&field.get_ref().label);
                fields.push(spec);
            }
        }
        let label = self.label(&def.label);
        self.place_on_dates(id, def, &mut fields);
        let slot_of = |name: &str| fields.iter().position(|f: &FieldSpec| f.name == name);
        let unpivot = def.unpivot.as_ref().and_then(|u| {
            let u = u.get_ref();
            let mut slot = |named: &Spanned<String>| match slot_of(named.get_ref()) {
                Some(i) => Some(i),
                None => {
                    self.error(named.span(), {
                        let (source, field) = (id.get_ref(), named.get_ref());
                        msg::source_has_no_field(source, field)
                    });
                    None
                }
            };
            let (date, value) = (slot(&u.date), slot(&u.value));
            let (date, value) = (date?, value?);
            if fields[date].ty != FieldType::Date {
                self.error(u.date.span(), {
                    let (field, ty) = (u.date.get_ref(), fields[date].ty.name());
                    msg::unpivot_date_must_be_date(field, ty)
                });
                return None;
            }
            if date == value {
                self.error(u.value.span(), {
                    let field = u.value.get_ref();
                    msg::unpivot_value_same_as_date(field)
                });
                return None;
            }
            Some(crate::input::Unpivot { date, value })
        });
        // The field a source names as its teacher or its date: one of its
        // fields, of a type that can be one.
        let mut field_as =
            |named: &Spanned<String>, fits: fn(&FieldType) -> bool, wrong: fn(&str) -> Text| {
                let found = slot_of(named.get_ref());
                let message = match found {
                    Some(i) if fits(&fields[i].ty) => return found,
                    Some(_) => wrong(named.get_ref()),
                    None => msg::source_has_no_field(id.get_ref(), named.get_ref()),
                };
                self.error(named.span(), message);
                None
            };
        let teacher = def.teacher.as_ref().and_then(|t| {
            let key = |ty: &FieldType| *ty == FieldType::Key;
            field_as(t, key, |f| msg::teacher_field_must_have_type(f))
        });
        let date = def.date.as_ref().and_then(|d| {
            let dated = |ty: &FieldType| matches!(ty, FieldType::Date | FieldType::DateTime);
            field_as(d, dated, |f| msg::date_field_must_have_type(f))
        });
        let mut unique = Vec::new();
        if let Some(names) = &def.unique {
            for name in names.get_ref() {
                match slot_of(name) {
                    Some(i) => unique.push(i),
                    None => self.error(names.span(), {
                        let source = id.get_ref();
                        msg::unique_names_which_not_field(name, source)
                    }),
                }
            }
            if names.get_ref().is_empty() {
                self.error(names.span(), msg::unique_needs_least_one_field());
            }
        }
        if self.problems.len() > before {
            return None;
        }
        Some(Source {
            unique,
            id: id.get_ref().clone(),
            patterns,
            matcher,
            schema: SourceSchema {
                id: id.get_ref().clone(),
                fields,
                sheet,
                sheet_pattern: def.sheet.as_ref().map(|s| s.get_ref().clone()),
                unpivot,
            },
            teacher,
            date,
            optional: def.optional,
            every_teacher: def.every_teacher.as_ref().is_some_and(|e| *e.get_ref()),
            label,
        })
    }

    /// `every_teacher = true` only where it can be checked: on a source
    /// other than the roster (the list of teachers itself) that names its
    /// teacher field; elsewhere an error at the key's line.
    pub(super) fn every_teacher(&mut self, file: &RubricFile, sources: &[Source], roster: usize) {
        for (s, (id, def)) in file.sources.iter().enumerate() {
            let Some(every) = def.every_teacher.as_ref().filter(|e| *e.get_ref()) else {
                continue;
            };
            let id = id.get_ref();
            if s == roster {
                self.error(every.span(), msg::every_teacher_on_roster(id));
                continue;
            }
            let Some(source) = sources.get(s) else {
                continue;
            };
            if source.teacher.is_none() {
                let field = super::teacher_hint(source);
                self.error(every.span(), msg::every_teacher_without_teacher(id, field));
            }
        }
    }

    /// Each datetime field's `on`: the slot of the date field it names.
    fn place_on_dates(&mut self, id: &Spanned<String>, def: &SourceDef, fields: &mut [FieldSpec]) {
        for (name, field) in &def.fields {
            let Some(on) = &field.get_ref().on else {
                continue;
            };
            if !fields.iter().any(|f| f.name == *name.get_ref()) {
                // Refused already, `on` with it.
                continue;
            }
            let slot = fields.iter().position(|f| f.name == *on.get_ref());
            match slot.map(|i| (i, &fields[i].ty)) {
                Some((i, FieldType::Date)) => {
                    if let Some(f) = fields.iter_mut().find(|f| f.name == *name.get_ref()) {
                        f.on = Some(i);
                    }
                }
                Some((_, ty)) => {
                    let ty = ty.name();
                    self.error(on.span(), msg::on_field_must_be_date(on.get_ref(), ty));
                }
                None => self.error(on.span(), {
                    let (source, field) = (id.get_ref(), on.get_ref());
                    msg::source_has_no_field(source, field)
                }),
            }
        }
    }

    /// A field's `extract`, compiled: refused, at the pattern, when the
    /// regex crate cannot read it or it has other than one capture group.
    fn extract(&mut self, pattern: &Spanned<String>) -> Option<regex::Regex> {
        let text = pattern.get_ref();
        match regex::Regex::new(text) {
            Ok(re) if re.captures_len() == 2 => Some(re),
            Ok(re) => {
                let groups = re.captures_len() - 1;
                self.error(pattern.span(), msg::extract_needs_one_group(text, groups));
                None
            }
            Err(e) => {
                // The crate's message is the pattern again with a caret under
                // the fault, then `error: REASON`: the reason is what is new.
                let full = e.to_string();
                let last = full.trim().lines().last().unwrap_or_default();
                let why = last.trim().trim_start_matches("error: ");
                self.error(pattern.span(), msg::extract_bad_pattern(text, why));
                None
            }
        }
    }

    pub(super) fn field(
        &mut self,
        name: &Spanned<String>,
        def: &Spanned<FieldDef>,
        source_placeholders: Option<&Spanned<Vec<String>>>,
        unpivoted: bool,
    ) -> Option<FieldSpec> {
        let span = def.span();
        let d = def.get_ref();
        if !is_identifier(name.get_ref()) {
            self.error(name.span(), {
                let name = name.get_ref();
                msg::field_name_must_ascii_identifier(name)
            });
            return None;
        }
        let declared = self.keyword(
            &d.ty,
            &[
                ("key", Some(FieldType::Key)),
                ("text", Some(FieldType::Text)),
                ("integer", Some(FieldType::Integer)),
                ("decimal", Some(FieldType::Decimal)),
                ("date", Some(FieldType::Date)),
                ("datetime", Some(FieldType::DateTime)),
                ("duration", Some(FieldType::Duration)),
                ("time", Some(FieldType::Time)),
                ("boolean", Some(FieldType::Boolean)),
                // The values come from `values`, checked just below.
                ("enum", Some(FieldType::Enum(Vec::new()))),
            ],
            None,
            |other| msg::unknown_type_use_key_text(other),
        )?;
        // The fields an unpivot fills have no column of their own: the
        // day columns are found by their day numbers.
        // A field without its headers is still declared: the rules that
        // name it are not refused again for it.
        let headers = match (&d.headers, unpivoted) {
            (Some(_), true) => {
                self.error(span.clone(), {
                    let field = name.get_ref();
                    msg::unpivot_field_has_headers(field)
                });
                Vec::new()
            }
            (None, true) => Vec::new(),
            (None, false) => {
                self.error(span.clone(), {
                    let field = name.get_ref();
                    msg::field_needs_headers(field)
                });
                Vec::new()
            }
            (Some(h), false) => {
                let headers = h.to_vec();
                if headers.iter().all(|h| h.trim().is_empty()) {
                    self.error(span.clone(), msg::field_needs_least_one_header());
                }
                headers
            }
        };
        let before = self.problems.len();
        let ty = match declared {
            FieldType::Enum(_) => match &d.values {
                Some(v) if !v.is_empty() => FieldType::Enum(v.clone()),
                _ => {
                    self.error(span, msg::enum_field_needs_values_values());
                    return None;
                }
            },
            ty => ty,
        };
        if d.values.is_some() && !matches!(ty, FieldType::Enum(_)) {
            self.error(span.clone(), msg::values_only_type_enum());
        }
        if d.map.is_some() && !ty.is_textual() {
            self.error(span.clone(), msg::map_only_key_text_enum());
        }
        let value_map: Vec<(String, String)> = d
            .map
            .iter()
            .flatten()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        self.check_map(&value_map, &ty, &span);
        if let FieldType::Enum(values) = &ty {
            if let Some(blank) = values.iter().find(|v| normalize_text(v).is_empty()) {
                self.error(span.clone(), msg::values_lists_blank_text_which(blank));
            }
        }
        if let (Some(split), Some(_)) = (&d.split, &d.default) {
            self.error(split.span(), msg::split_takes_no_default());
            return None;
        }
        let default = match &d.default {
            None => None,
            Some(v) => match default_value(v, &ty) {
                Some(v) => Some(v),
                None => {
                    self.error(span, {
                        let ty = ty.name();
                        msg::default_does_not_fit_type(ty)
                    });
                    return None;
                }
            },
        };
        let (min, max) = self.bounds(d, &ty)?;
        let placeholders = match d.placeholders.as_ref().or(source_placeholders) {
            Some(list) => self.placeholders(name.get_ref(), list, &ty, &value_map)?,
            None => Vec::new(),
        };
        let extract = d.extract.as_ref().and_then(|p| self.extract(p));
        let split = d.split.as_ref().map(|s| {
            if s.get_ref().is_empty() {
                self.error(s.span(), msg::split_needs_separator());
            }
            s.get_ref().clone()
        });
        if let Some(on) = &d.on {
            if ty != FieldType::DateTime || split.is_some() {
                let shown = if split.is_some() { "list" } else { ty.name() };
                self.error(on.span(), msg::on_only_datetime(shown));
            }
        }
        if self.problems.len() > before {
            return None;
        }
        let ty = match split {
            Some(_) => FieldType::List(Box::new(ty)),
            None => ty,
        };
        Some(FieldSpec {
            name: name.get_ref().clone(),
            headers,
            ty,
            required: d.required,
            value_map,
            default,
            min,
            max,
            placeholders,
            extract,
            split,
            // Placed once every field of the source is known.
            on: None,
            // Set by the source, beside the field's other words.
            label: None,
        })
    }

    /// A field's texts for "nothing", normalised as cells are. Refused, at
    /// the list: a blank text (a blank cell is blank already), a text the
    /// field would read as a value (`0` in a number field: every 0 would
    /// become the default), one of an enum's values, and a `map` key (the
    /// cell would mean two things).
    pub(super) fn placeholders(
        &mut self,
        field: &str,
        list: &Spanned<Vec<String>>,
        ty: &FieldType,
        value_map: &[(String, String)],
    ) -> Option<Vec<String>> {
        let before = self.problems.len();
        let mut out: Vec<String> = Vec::new();
        for p in list.get_ref() {
            let t = normalize_text(p);
            if t.is_empty() {
                self.error(list.span(), msg::placeholders_lists_blank_text_blank(p));
                continue;
            }
            let is_value = match ty {
                FieldType::Enum(values) => values.iter().any(|v| normalize_text(v) == t),
                FieldType::Key | FieldType::Text => false,
                other => crate::input::text_reads_as_value(&t, other),
            };
            if is_value {
                let tyname = ty.name();
                self.error(
                    list.span(),
                    msg::placeholders_lists_which_field_type(p, field, tyname),
                );
                continue;
            }
            if let Some((from, _)) = value_map.iter().find(|(k, _)| normalize_text(k) == t) {
                self.error(
                    list.span(),
                    msg::placeholders_lists_which_map_field(p, field, from),
                );
                continue;
            }
            if !out.contains(&t) {
                out.push(t);
            }
        }
        (self.problems.len() == before).then_some(out)
    }

    /// A field's `map` is read as cells are (normalised), once, before the
    /// type check. Refused: a blank key (a blank cell is never mapped: that
    /// is `default`), two keys that read the same, a target that is itself a
    /// key (maps do not chain), and for an enum a target that is not one of
    /// its values or a key that is one (the value could then never be read,
    /// and `status == "KEY"` would pass the check yet never hold).
    pub(super) fn check_map(
        &mut self,
        map: &[(String, String)],
        ty: &FieldType,
        span: &Range<usize>,
    ) {
        let keys: Vec<String> = map.iter().map(|(k, _)| normalize_text(k)).collect();
        for (i, (from, to)) in map.iter().enumerate() {
            let key = &keys[i];
            if key.is_empty() {
                self.error(span.clone(), msg::map_has_blank_key_which(from, to));
                continue;
            }
            if let Some(j) = keys[..i].iter().position(|k| k == key) {
                let first = &map[j].0;
                self.error(span.clone(), msg::map_has_which_read_same(first, from));
            }
            if keys.iter().any(|k| *k == normalize_text(to)) && normalize_text(to) != *key {
                self.error(span.clone(), msg::map_turns_into_which_map(from, to));
            }
            if let FieldType::Enum(values) = ty {
                if !values.contains(to) {
                    self.error(span.clone(), msg::map_turns_into_which_not(from, to));
                }
                if let Some(v) = values.iter().find(|v| normalize_text(v) == *key) {
                    self.error(span.clone(), msg::map_rewrites_which_one_field(from, v, to));
                }
            }
        }
    }

    /// `min`/`max` of a numeric field: only integer, decimal and duration
    /// fields have them, and `min` may not exceed `max`.
    #[allow(clippy::type_complexity)]
    pub(super) fn bounds(
        &mut self,
        d: &FieldDef,
        ty: &FieldType,
    ) -> Option<(Option<Decimal>, Option<Decimal>)> {
        let numeric = matches!(
            ty,
            FieldType::Integer | FieldType::Decimal | FieldType::Duration
        );
        for bound in [&d.min, &d.max].into_iter().flatten() {
            if !numeric {
                self.error(bound.span(), {
                    let ty = ty.name();
                    msg::min_max_only_integer_decimal(ty)
                });
                return None;
            }
        }
        let min = d.min.as_ref().map(|m| m.get_ref().0);
        let max = d.max.as_ref().map(|m| m.get_ref().0);
        if let (Some(lo), Some(hi), Some(span)) = (min, max, d.max.as_ref().map(|m| m.span())) {
            if lo > hi {
                self.error(span, msg::max_below_min(hi, lo));
                return None;
            }
        }
        Some((min, max))
    }
}

/// Why a file or sheet pattern is refused, in Chinese.
fn glob_error_zh(e: &globset::Error) -> String {
    use globset::ErrorKind as K;
    match e.kind() {
        K::UnclosedClass => msg::glob_unclosed_class().zh.to_string(),
        K::InvalidRange(a, b) => msg::glob_invalid_range(a, b).zh,
        K::UnopenedAlternates => msg::glob_unopened_alternates().zh.to_string(),
        K::UnclosedAlternates => msg::glob_unclosed_alternates().zh.to_string(),
        K::DanglingEscape => msg::glob_dangling_escape().zh.to_string(),
        _ => msg::glob_other(e).zh,
    }
}

fn default_value(v: &toml::Value, ty: &FieldType) -> Option<Value> {
    use toml::Value as T;
    Some(match (ty, v) {
        (FieldType::Key | FieldType::Text, T::String(s)) => Value::Text(s.clone()),
        (FieldType::Enum(values), T::String(s)) if values.contains(s) => Value::Text(s.clone()),
        (FieldType::Integer, T::Integer(i)) => Value::Int(*i),
        (FieldType::Decimal | FieldType::Duration, T::Integer(i)) => {
            Value::Number(Decimal::from(*i))
        }
        (FieldType::Decimal | FieldType::Duration, T::Float(f)) => {
            Value::Number(f.to_string().parse().ok()?)
        }
        (FieldType::Boolean, T::Boolean(b)) => Value::Bool(*b),
        (FieldType::Date, T::Datetime(d)) => {
            let date = d.date?;
            Value::Date(chrono::NaiveDate::from_ymd_opt(
                i32::from(date.year),
                u32::from(date.month),
                u32::from(date.day),
            )?)
        }
        _ => return None,
    })
}
