//! Turns a parsed [`RubricFile`] into a validated [`Rubric`]: resolves every
//! name to an index, compiles every expression, converts every number to an
//! exact decimal, and checks that the numbers add up. Every problem found is
//! collected with its TOML location, so an author sees all of them at once.

mod adjust;
mod grade;
mod pay;
mod publish;
mod quota;
mod roster;
mod rule;
mod source;

/// The field a message suggests as a source's `teacher = "…"`: its one key
/// field, or `…` when it has none or several.
fn teacher_hint(source: &Source) -> &str {
    let mut keys = source
        .schema
        .fields
        .iter()
        .filter(|f| f.ty == FieldType::Key)
        .map(|f| f.name.as_str());
    match (keys.next(), keys.next()) {
        (Some(one), None) => one,
        _ => "…",
    }
}

#[cfg(test)]
mod tests_across;
#[cfg(test)]
mod tests_b;
#[cfg(test)]
mod tests_fields;
#[cfg(test)]
mod tests_unpivot;
#[cfg(test)]
mod tests_zh;
mod weighted;

use std::collections::HashSet;
use std::ops::Range;
use std::sync::Arc;

use rust_decimal::Decimal;
use toml::Spanned;

mod aggregate;
mod category;

use super::adjust::Adjustment;
use super::error::{Diagnostic, RubricError};
use super::expr::{self, Scope};
use super::file::{Num, RubricFile};
use super::model::*;
use super::table::LookupTable;
use crate::i18n::rubric as msg;
use crate::i18n::Text;
use crate::value::FieldType;

/// One of the expression compilers that take the rubric's lookup tables.
type CompileWith<T> = fn(&str, &Scope, &[Arc<LookupTable>]) -> Result<T, expr::ExprError>;

/// Loads and validates a rubric from its text.
///
/// # Errors
/// [`RubricError::Invalid`] with every problem found, each located in `text`.
pub fn compile(path: &str, text: &str) -> Result<Rubric, RubricError> {
    let file: RubricFile = toml::from_str(text).map_err(|e| {
        let span = e.span().unwrap_or(0..0);
        let message = super::file::toml_message(e.message().trim());
        RubricError::Invalid(vec![Diagnostic::at(path, text, span, message)])
    })?;
    let mut cx = Compiler {
        path,
        text,
        problems: Vec::new(),
        tables: Vec::new(),
        roster_defaulted: Vec::new(),
    };
    let rubric = cx.rubric(file);
    match rubric {
        Some(r) if cx.problems.is_empty() => Ok(r),
        _ => Err(RubricError::Invalid(cx.problems)),
    }
}

struct Compiler<'a> {
    path: &'a str,
    text: &'a str,
    problems: Vec<Diagnostic>,
    /// Lookup tables, compiled before anything that may call `table()`.
    tables: Vec<Arc<LookupTable>>,
    /// The roster's fields whose blank cells take a `default`.
    roster_defaulted: Vec<usize>,
}

/// The names an expression over one source's records may use, owned so a
/// [`expr::Scope`] can borrow them beside the roster's.
struct Names {
    fields: Vec<(String, FieldType)>,
    defaulted: Vec<expr::FieldRef>,
}

impl Names {
    /// The scope of an expression over these records and `teacher`, the
    /// roster's fields.
    fn scope<'a>(&'a self, teacher: &'a [(String, FieldType)]) -> expr::Scope<'a> {
        expr::Scope {
            record: &self.fields,
            teacher,
            defaulted: &self.defaulted,
        }
    }
}

impl Compiler<'_> {
    /// The fields an expression over `record` (a source's slots) and the
    /// roster may see that never read blank.
    fn defaulted(&self, record: &[usize]) -> Vec<expr::FieldRef> {
        record
            .iter()
            .map(|&i| expr::FieldRef::Record(i))
            .chain(
                self.roster_defaulted
                    .iter()
                    .map(|&i| expr::FieldRef::Teacher(i)),
            )
            .collect()
    }

    /// What an expression over the records of `source` may name: its
    /// fields, and those of them and of the roster that never read blank.
    fn names_of(&self, source: &Source) -> Names {
        Names {
            fields: source.scope_fields(),
            defaulted: self.defaulted(&source.defaulted()),
        }
    }

    /// The slot of the field `name` of `source`; a name it does not have is
    /// reported at its line with the fields it does have.
    fn field_slot(&mut self, source: &Source, name: &Spanned<String>) -> Option<usize> {
        let schema = &source.schema;
        let found = schema.fields.iter().position(|f| &f.name == name.get_ref());
        if found.is_none() {
            let names = Text::list(&schema.field_names());
            let (id, field) = (&source.id, name.get_ref());
            self.error(
                name.span(),
                msg::source_has_no_field_fields(id, field, &names),
            );
        }
        found
    }

    /// Whether `id` is met for the first time among `ids`; a second
    /// definition is reported at its line with the message `twice` makes.
    fn first_time(
        &mut self,
        ids: &mut HashSet<String>,
        id: &Spanned<String>,
        twice: impl FnOnce(&str) -> Text,
    ) -> bool {
        let new = ids.insert(id.get_ref().clone());
        if !new {
            self.error(id.span(), twice(id.get_ref()));
        }
        new
    }

    /// Reads a keyword the rubric names from a fixed set (`words`, each
    /// spelling with what it stands for); any other word is reported at its
    /// line with the message `unknown` makes of it, and reads as `fallback`
    /// so that compiling goes on to find further problems.
    fn keyword<K: Clone>(
        &mut self,
        value: &Spanned<String>,
        words: &[(&str, K)],
        fallback: K,
        unknown: impl FnOnce(&str) -> Text,
    ) -> K {
        let word = value.get_ref().as_str();
        match words.iter().find(|(w, _)| *w == word) {
            Some((_, k)) => k.clone(),
            None => {
                self.error(value.span(), unknown(word));
                fallback
            }
        }
    }

    fn error(&mut self, span: Range<usize>, message: Text) {
        let d = Diagnostic::at(self.path, self.text, span, message);
        self.problems.push(d);
    }

    /// `value` when the rubric gives it; otherwise `missing` is reported at
    /// `span` (the table that lacks it).
    fn required<T>(&mut self, value: Option<T>, span: &Range<usize>, missing: Text) -> Option<T> {
        if value.is_none() {
            self.error(span.clone(), missing);
        }
        value
    }

    /// The index of the source `id` names; an error naming every source
    /// when none has that id.
    fn source_named(&mut self, id: &Spanned<String>, sources: &[Source]) -> Option<usize> {
        let found = sources.iter().position(|s| &s.id == id.get_ref());
        if found.is_none() {
            self.error(id.span(), no_source(id.get_ref(), sources));
        }
        found
    }

    /// A source other than the roster that a rule, veto or requirement reads
    /// must say
    /// which of its fields names the teacher: without `teacher`, its records
    /// belong to no one and every rule over it would silently give nothing.
    fn sources_name_their_teacher(
        &mut self,
        file: &RubricFile,
        sources: &[Source],
        roster: usize,
        items: &[Item],
        vetoes: &[Veto],
        adjustments: &[Adjustment],
    ) {
        let rules = items.iter().flat_map(|i| {
            i.rules
                .iter()
                .map(move |r| (r.source, msg::rule_of_item(&r.label, &i.id)))
        });
        let vetoes = vetoes.iter().map(|v| (v.source, msg::veto_named(&v.id)));
        let requirements = adjustments.iter().flat_map(|a| {
            a.requires
                .iter()
                .map(move |q| (q.source, msg::requirement_of(&q.label, &a.id)))
        });
        let mut told = vec![false; sources.len()];
        for (s, reader) in rules.chain(vetoes).chain(requirements) {
            if s == roster || sources[s].teacher.is_some() || std::mem::replace(&mut told[s], true)
            {
                continue;
            }
            let field = teacher_hint(&sources[s]);
            let Some((id, _)) = file.sources.get_index(s) else {
                continue;
            };
            self.error(
                id.span(),
                msg::source_names_no_teacher(id.get_ref(), &reader, field),
            );
        }
    }

    fn rubric(&mut self, file: RubricFile) -> Option<Rubric> {
        let locale = file.rubric.locale.as_ref().and_then(|l| {
            self.keyword(
                l,
                &[
                    ("zh", Some(Locale::Zh)),
                    ("zh-CN", Some(Locale::Zh)),
                    ("zh_CN", Some(Locale::Zh)),
                    ("en", Some(Locale::En)),
                ],
                None,
                |other| msg::unknown_locale_use_zh_en(other),
            )
        });
        let rounding = match &file.rubric.rounding {
            None => Rounding::default(),
            Some(r) => self.rounding(r),
        };

        let sources: Vec<Source> = file
            .sources
            .iter()
            .filter_map(|(id, def)| self.source(id, def))
            .collect();
        if sources.len() != file.sources.len() {
            return None;
        }
        let roster = self.roster(&file, &sources)?;
        self.every_teacher(&file, &sources, roster.source);
        let calendar = file
            .calendar
            .as_ref()
            .map(|c| self.calendar(c))
            .unwrap_or_default();
        self.tables = self.tables(&file);

        let (mut categories, category_ids, category_defs) = self.categories(&file)?;
        if categories.is_empty() {
            self.error(0..0, msg::rubric_has_no_category_add());
        }

        let roster_fields = sources[roster.source].scope_fields();
        self.roster_defaulted = sources[roster.source].defaulted();
        let mut items = Vec::new();
        let mut item_ids: HashSet<String> = HashSet::new();
        // Categories with an item already reported: their sums would only repeat that error.
        let mut failed: HashSet<usize> = HashSet::new();
        for def in &file.item {
            if !self.first_time(&mut item_ids, &def.id, |id| msg::item_defined_twice(id)) {
                continue;
            }
            let Some(&category) = category_ids.get(def.category.get_ref()) else {
                let known = category_ids.keys().cloned().collect::<Vec<_>>();
                let known = Text::list(&known);
                let wanted = def.category.get_ref();
                self.error(
                    def.category.span(),
                    msg::no_category_categories(wanted, &known),
                );
                continue;
            };
            match self.item(def, category, &sources, &roster_fields) {
                Some(item) => {
                    categories[category].items.push(items.len());
                    items.push(item);
                }
                None => {
                    failed.insert(category);
                }
            }
        }

        let nested = self.nesting(&category_defs, &mut categories, &category_ids);
        if nested {
            self.category_maxima(&category_defs, &categories, &items, &failed);
        }
        let full_marks: Decimal = categories
            .iter()
            .filter(|c| c.parent.is_none())
            .map(|c| c.max)
            .sum();
        if let (Some(stated), true) = (&file.rubric.full_marks, nested) {
            if stated.get_ref().0 != full_marks {
                self.error(stated.span(), {
                    let (stated, sum) = (stated.get_ref().0.normalize(), full_marks.normalize());
                    msg::full_marks_but_categories_maxima(stated, sum)
                });
            }
        }

        let by_quota = file.quota.is_some() || file.grade.iter().any(|g| g.share.is_some());
        let grades = if by_quota {
            self.quota_grades(&file)
        } else {
            self.grades(&file)
        };
        let vetoes = self.vetoes(&file, &sources, &roster_fields, &grades);
        let adjustments = self.adjustments(&file, &sources, &roster_fields, &categories);
        let quota = self.quota(&file, &roster_fields, &items, &categories, &grades);
        let pay = file
            .pay
            .as_ref()
            .and_then(|p| self.pay(p, &roster_fields, &grades));
        let publish = file
            .publish
            .as_ref()
            .map(|p| self.publish(p, file.pay.is_some()));
        self.sources_name_their_teacher(
            &file,
            &sources,
            roster.source,
            &items,
            &vetoes,
            &adjustments,
        );

        Some(Rubric {
            name: file.rubric.name.clone(),
            description: file.rubric.description.clone(),
            locale,
            full_marks,
            rounding,
            sources,
            roster,
            categories,
            items,
            vetoes,
            grades,
            calendar,
            tables: self.tables.clone(),
            adjustments,
            quota,
            pay,
            publish,
        })
    }

    /// A threshold: above 0 and at most the maximum (a higher one would zero everyone).
    pub(super) fn threshold(
        &mut self,
        def: Option<&Spanned<Num>>,
        max: Decimal,
        what: Text,
    ) -> Option<Decimal> {
        let t = def?;
        let v = t.get_ref().0;
        if v <= Decimal::ZERO || v > max {
            let max = max.normalize();
            self.error(t.span(), msg::threshold_above_most_max(&what, max));
            return None;
        }
        Some(v)
    }

    fn rounding(&mut self, def: &Spanned<super::file::RoundingDef>) -> Rounding {
        let r = def.get_ref();
        if r.places > 10 {
            self.error(def.span(), msg::rounding_places_must_between());
        }
        let mode = match r.mode.as_deref() {
            None => RoundingMode::HalfUp,
            Some(m) => RoundingMode::parse(m).unwrap_or_else(|| {
                self.error(def.span(), {
                    let names = RoundingMode::NAMES.text();
                    msg::unknown_rounding_mode_use_one(m, &names)
                });
                RoundingMode::HalfUp
            }),
        };
        let at = match &r.at {
            None => RoundAt::Items,
            Some(at) => RoundAt::parse(at.get_ref()).unwrap_or_else(|| {
                self.error(at.span(), {
                    let (given, names) = (at.get_ref(), RoundAt::NAMES.text());
                    msg::unknown_rounding_at(given, &names)
                });
                RoundAt::Items
            }),
        };
        Rounding {
            places: r.places.min(10),
            mode,
            at,
        }
    }

    fn condition(&mut self, src: &Spanned<String>, scope: &Scope) -> Option<expr::Condition> {
        self.expression(src, scope, expr::compile_condition_with)
    }

    fn number(&mut self, src: &Spanned<String>, scope: &Scope) -> Option<expr::NumberExpr> {
        self.expression(src, scope, expr::compile_number_with)
    }

    fn text_expr(&mut self, src: &Spanned<String>, scope: &Scope) -> Option<expr::TextExpr> {
        self.expression(src, scope, expr::compile_text_with)
    }

    /// The expression `src` compiled by `compile` with the rubric's tables;
    /// a refusal is reported under the part of the line it is about.
    fn expression<T>(
        &mut self,
        src: &Spanned<String>,
        scope: &Scope,
        compile: CompileWith<T>,
    ) -> Option<T> {
        match compile(src.get_ref(), scope, &self.tables) {
            Ok(c) => Some(c),
            Err(e) => {
                let span = self.inner_span(src, e.span.clone());
                self.error(span, e.message);
                None
            }
        }
    }

    /// A `label` as written: words people read, so never blank.
    fn label(&mut self, label: &Option<Spanned<String>>) -> Option<String> {
        let l = label.as_ref()?;
        let text = l.get_ref().trim();
        if text.is_empty() {
            self.error(l.span(), msg::label_is_blank().text());
            return None;
        }
        Some(text.to_string())
    }

    /// Maps a span inside a string's value to a span in the file, past the quotes.
    fn inner_span(&self, src: &Spanned<String>, inner: Range<usize>) -> Range<usize> {
        let outer = src.span();
        let raw = self.text.get(outer.clone()).unwrap_or("");
        let mut open = if raw.starts_with("'''") || raw.starts_with("\"\"\"") {
            3
        } else {
            1
        };
        if open == 3 && raw[3..].starts_with('\n') {
            open += 1;
        }
        let start = (outer.start + open + inner.start).min(outer.end);
        let end = (outer.start + open + inner.end).clamp(start, outer.end);
        start..end
    }

    /// `at_least`: a number of records, a whole number from 1.
    fn record_count(&mut self, n: &Spanned<Num>) -> Option<usize> {
        let v = n.get_ref().0;
        let count = if v.fract().is_zero() && v >= Decimal::ONE {
            rust_decimal::prelude::ToPrimitive::to_usize(&v)
        } else {
            None
        };
        if count.is_none() {
            let shown = v.normalize();
            self.error(n.span(), msg::least_number_records_whole_number(shown));
        }
        count
    }

    fn positive(&mut self, n: &Spanned<Num>, what: Text) -> Option<Decimal> {
        let v = n.get_ref().0;
        if v <= Decimal::ZERO {
            self.error(n.span(), msg::must_greater_than(&what));
            return None;
        }
        Some(v)
    }
}

/// A reference to a source the rubric does not declare, with the ones it does.
fn no_source(wanted: &str, sources: &[Source]) -> Text {
    let ids: Vec<&str> = sources.iter().map(|s| s.id.as_str()).collect();
    let ids = Text::list(&ids);
    msg::no_source_sources(wanted, &ids)
}

fn positive_points() -> Text {
    msg::points_written_positive_rule_kind()
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}
