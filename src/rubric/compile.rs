//! Turns a parsed [`RubricFile`] into a validated [`Rubric`]: resolves every
//! name to an index, compiles every expression, converts every number to an
//! exact decimal, and checks that the numbers add up. Every problem found is
//! collected with its TOML location, so an author sees all of them at once.

mod adjust;
mod quota;
#[cfg(test)]
mod tests_b;
#[cfg(test)]
mod tests_zh;
mod weighted;

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::Arc;

use globset::{Glob, GlobBuilder, GlobSetBuilder};
use rust_decimal::Decimal;
use toml::Spanned;

mod aggregate;

use super::error::{Diagnostic, RubricError};
use super::expr::{self, Scope};
use super::file::{FieldDef, ItemDef, Num, RubricFile, RuleDef, SourceDef};
use super::model::*;
use super::table::LookupTable;
use crate::i18n::Text;
use crate::input::{normalize_text, FieldSpec, SourceSchema};
use crate::value::{FieldType, Value};

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

    fn error(&mut self, span: Range<usize>, message: Text) {
        let d = Diagnostic::at(self.path, self.text, span, message);
        self.problems.push(d);
    }

    fn rubric(&mut self, file: RubricFile) -> Option<Rubric> {
        let locale = file
            .rubric
            .locale
            .as_ref()
            .and_then(|l| match l.get_ref().as_str() {
                "zh" | "zh-CN" | "zh_CN" => Some(Locale::Zh),
                "en" => Some(Locale::En),
                other => {
                    self.error(
                        l.span(),
                        crate::text!(
                            "unknown locale `{other}`; use `zh` or `en`",
                            "未知的语言 `{other}`；请写 `zh`（中文）或 `en`（英文）"
                        ),
                    );
                    None
                }
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
        let calendar = file
            .calendar
            .as_ref()
            .map(|c| self.calendar(c))
            .unwrap_or_default();
        self.tables = self.tables(&file);

        let mut categories = Vec::new();
        let mut category_ids: HashMap<String, usize> = HashMap::new();
        let mut category_defs = Vec::new();
        for def in &file.category {
            if category_ids.contains_key(def.id.get_ref()) {
                self.error(def.id.span(), {
                    let id = def.id.get_ref();
                    crate::text!("category `{id}` is defined twice", "类别 `{id}` 定义了两次")
                });
                continue;
            }
            let max =
                self.positive(&def.max, crate::text!("a category's max", "类别的满分 max"))?;
            let threshold = self.threshold(
                def.threshold.as_ref(),
                max,
                crate::text!("category", "类别"),
            );
            category_ids.insert(def.id.get_ref().clone(), categories.len());
            category_defs.push(def);
            categories.push(Category {
                id: def.id.get_ref().clone(),
                name: def.name.clone(),
                max,
                items: Vec::new(),
                threshold,
            });
        }
        if categories.is_empty() {
            self.error(
                0..0,
                crate::text!(
                    "the rubric has no [[category]]; add at least one with its items",
                    "评分方案里没有 [[category]]；请至少写一个类别及其考核项"
                ),
            );
        }

        let roster_fields = sources[roster.source].scope_fields();
        self.roster_defaulted = sources[roster.source].defaulted();
        let mut items = Vec::new();
        let mut item_ids: HashSet<String> = HashSet::new();
        // Categories with an item already reported: their sums would only repeat that error.
        let mut failed: HashSet<usize> = HashSet::new();
        for def in &file.item {
            if !item_ids.insert(def.id.get_ref().clone()) {
                self.error(def.id.span(), {
                    let id = def.id.get_ref();
                    crate::text!("item `{id}` is defined twice", "考核项 `{id}` 定义了两次")
                });
                continue;
            }
            let Some(&category) = category_ids.get(def.category.get_ref()) else {
                let known = category_ids.keys().cloned().collect::<Vec<_>>();
                let (known_en, known_zh) = (known.join(", "), known.join("、"));
                let wanted = def.category.get_ref();
                self.error(
                    def.category.span(),
                    crate::text!(
                        "no category `{wanted}`; categories: {known_en}",
                        "没有类别 `{wanted}`；已有的类别：{known_zh}"
                    ),
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

        for (i, (def, cat)) in category_defs.iter().zip(&categories).enumerate() {
            if failed.contains(&i) {
                continue;
            }
            if cat.items.is_empty() {
                let id = &cat.id;
                self.error(
                    def.id.span(),
                    crate::text!("category `{id}` has no items", "类别 `{id}` 下没有考核项"),
                );
                continue;
            }
            let sum: Decimal = cat.items.iter().map(|&k| items[k].max).sum();
            if sum != cat.max {
                self.error(def.max.span(), {
                    let (id, max, sum) = (&cat.id, cat.max.normalize(), sum.normalize());
                    crate::text!(
                        "category `{id}` has max {max} but its items' maxima add up to {sum}",
                        "类别 `{id}` 的满分是 {max}，但其下考核项的满分之和是 {sum}"
                    )
                });
            }
        }
        let full_marks: Decimal = categories.iter().map(|c| c.max).sum();
        if let Some(stated) = &file.rubric.full_marks {
            if stated.get_ref().0 != full_marks {
                self.error(stated.span(), {
                    let (stated, sum) = (stated.get_ref().0.normalize(), full_marks.normalize());
                    crate::text!(
                        "full_marks is {stated} but the categories' maxima add up to {sum}",
                        "总分 full_marks 写的是 {stated}，但各类别满分之和是 {sum}"
                    )
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
        })
    }

    /// A threshold: above 0 and at most the maximum (a higher one would zero everyone).
    fn threshold(
        &mut self,
        def: Option<&Spanned<Num>>,
        max: Decimal,
        what: Text,
    ) -> Option<Decimal> {
        let t = def?;
        let v = t.get_ref().0;
        if v <= Decimal::ZERO || v > max {
            let (what_en, what_zh, max) = (&what.en, &what.zh, max.normalize());
            self.error(
                t.span(),
                crate::text!(
                    "a {what_en}'s threshold is above 0 and at most its max {max}",
                    "{what_zh}的及格线 threshold 应大于 0，且不超过它的满分 {max}"
                ),
            );
            return None;
        }
        Some(v)
    }

    fn rounding(&mut self, def: &Spanned<super::file::RoundingDef>) -> Rounding {
        let r = def.get_ref();
        if r.places > 10 {
            self.error(
                def.span(),
                crate::text!(
                    "rounding places must be between 0 and 10",
                    "保留小数位数 places 应在 0 到 10 之间"
                ),
            );
        }
        let mode = match r.mode.as_deref() {
            None => RoundingMode::HalfUp,
            Some(m) => RoundingMode::parse(m).unwrap_or_else(|| {
                self.error(def.span(), {
                    let names = RoundingMode::NAMES;
                    crate::text!(
                        "unknown rounding mode `{m}`; use one of {names}",
                        "未知的舍入方式 `{m}`；可用：{names}"
                    )
                });
                RoundingMode::HalfUp
            }),
        };
        Rounding {
            places: r.places.min(10),
            mode,
        }
    }

    fn source(&mut self, id: &Spanned<String>, def: &SourceDef) -> Option<Source> {
        let before = self.problems.len();
        if !is_identifier(id.get_ref()) {
            self.error(id.span(), {
                let id = id.get_ref();
                crate::text!(
                    "source id `{id}` must be an ASCII identifier",
                    "数据源名 `{id}` 只能由英文字母、数字和 _ 组成"
                )
            });
        }
        let patterns = def.files.get_ref().to_vec();
        let mut set = GlobSetBuilder::new();
        for p in &patterns {
            match Glob::new(p) {
                Ok(g) => {
                    set.add(g);
                }
                Err(e) => self.error(def.files.span(), {
                    let why = glob_error_zh(&e);
                    crate::text!(
                        "bad file pattern `{p}`: {e}",
                        "文件名模式 `{p}` 写得不对：{why}"
                    )
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
                        crate::text!("bad sheet pattern: {e}", "工作表名模式写得不对：{why}")
                    });
                    None
                }
            }
        });

        let mut fields = Vec::new();
        for (name, field) in &def.fields {
            if let Some(spec) = self.field(name, field, def.placeholders.as_ref()) {
                fields.push(spec);
            }
        }
        let slot_of = |name: &str| fields.iter().position(|f: &FieldSpec| f.name == name);
        let teacher = def
            .teacher
            .as_ref()
            .and_then(|t| match slot_of(t.get_ref()) {
                Some(i) if fields[i].ty == FieldType::Key => Some(i),
                Some(_) => {
                    self.problems
                        .push(Diagnostic::at(self.path, self.text, t.span(), {
                            let field = t.get_ref();
                            crate::text!(
                                "the teacher field `{field}` must have type \"key\"",
                                "教师字段 `{field}` 的类型必须是 \"key\""
                            )
                        }));
                    None
                }
                None => {
                    self.problems
                        .push(Diagnostic::at(self.path, self.text, t.span(), {
                            let (source, field) = (id.get_ref(), t.get_ref());
                            crate::text!(
                                "source `{source}` has no field `{field}`",
                                "数据源 `{source}` 里没有字段 `{field}`"
                            )
                        }));
                    None
                }
            });
        let date = def.date.as_ref().and_then(|d| match slot_of(d.get_ref()) {
            Some(i) if matches!(fields[i].ty, FieldType::Date | FieldType::DateTime) => Some(i),
            Some(_) => {
                self.problems
                    .push(Diagnostic::at(self.path, self.text, d.span(), {
                        let field = d.get_ref();
                        crate::text!(
                            "the date field `{field}` must have type \"date\" or \"datetime\"",
                            "日期字段 `{field}` 的类型必须是 \"date\" 或 \"datetime\""
                        )
                    }));
                None
            }
            None => {
                self.problems
                    .push(Diagnostic::at(self.path, self.text, d.span(), {
                        let (source, field) = (id.get_ref(), d.get_ref());
                        crate::text!(
                            "source `{source}` has no field `{field}`",
                            "数据源 `{source}` 里没有字段 `{field}`"
                        )
                    }));
                None
            }
        });
        let mut unique = Vec::new();
        if let Some(names) = &def.unique {
            for name in names.get_ref() {
                match slot_of(name) {
                    Some(i) => unique.push(i),
                    None => self.error(names.span(), {
                        let source = id.get_ref();
                        crate::text!(
                            "`unique` names `{name}`, which is not a field of source `{source}`",
                            "`unique` 里写的 `{name}` 不是数据源 `{source}` 的字段"
                        )
                    }),
                }
            }
            if names.get_ref().is_empty() {
                self.error(
                    names.span(),
                    crate::text!(
                        "`unique` needs at least one field",
                        "`unique` 至少要写一个字段"
                    ),
                );
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
            },
            teacher,
            date,
            optional: def.optional,
        })
    }

    fn field(
        &mut self,
        name: &Spanned<String>,
        def: &Spanned<FieldDef>,
        source_placeholders: Option<&Spanned<Vec<String>>>,
    ) -> Option<FieldSpec> {
        let span = def.span();
        let d = def.get_ref();
        if !is_identifier(name.get_ref()) {
            self.error(
                name.span(),
                {
                    let name = name.get_ref();
                    crate::text!(
                        "field name `{name}` must be an ASCII identifier (letters, digits, _): expressions name it; \
                         put the header text in `headers`",
                        "字段名 `{name}` 只能由英文字母、数字和 _ 组成（表达式里要用它）；\
                         表头文字请写在 `headers` 里"
                    )
                },
            );
            return None;
        }
        let ty = match d.ty.get_ref().as_str() {
            "key" => FieldType::Key,
            "text" => FieldType::Text,
            "integer" => FieldType::Integer,
            "decimal" => FieldType::Decimal,
            "date" => FieldType::Date,
            "datetime" => FieldType::DateTime,
            "duration" => FieldType::Duration,
            "boolean" => FieldType::Boolean,
            "enum" => match &d.values {
                Some(v) if !v.is_empty() => FieldType::Enum(v.clone()),
                _ => {
                    self.error(
                        span,
                        crate::text!(
                            "an enum field needs `values = [...]`, the values it may take",
                            "枚举（enum）字段要写 `values = [...]`，列出它可以取的值"
                        ),
                    );
                    return None;
                }
            },
            other => {
                self.error(
                    d.ty.span(),
                    crate::text!(
                        "unknown type `{other}`; use key, text, integer, decimal, date, datetime, duration, boolean or enum",
                        "未知的类型 `{other}`；可用：key、text、integer、decimal、date、datetime、duration、boolean、enum"
                    ),
                );
                return None;
            }
        };
        if d.values.is_some() && !matches!(ty, FieldType::Enum(_)) {
            self.error(
                span.clone(),
                crate::text!(
                    "`values` is only for type \"enum\"",
                    "只有类型为 \"enum\" 的字段才能写 `values`"
                ),
            );
        }
        if d.map.is_some() && !ty.is_textual() {
            self.error(
                span.clone(),
                crate::text!(
                    "`map` is only for key, text and enum fields",
                    "只有编号（key）、文本（text）和枚举（enum）字段才能写 `map`"
                ),
            );
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
                self.error(
                    span.clone(),
                    crate::text!(
                        "`values` lists blank text `\"{blank}\"`, which no cell holds: a blank cell \
                         is null; declare the field `required = false` and test it with `NAME == null`, \
                         or give it a `default`",
                        "`values` 里写了空文字 `\"{blank}\"`，但读入的单元格不会是空文字：空白单元格是 null；\
                         请给这个字段写 `required = false` 并用 `字段名 == null` 判断，或者写 `default`"
                    ),
                );
            }
        }
        let headers = d.headers.to_vec();
        if headers.iter().all(|h| h.trim().is_empty()) {
            self.error(
                span.clone(),
                crate::text!(
                    "a field needs at least one header text in `headers`",
                    "字段的 `headers` 里至少要写一个表头文字"
                ),
            );
        }
        let default = match &d.default {
            None => None,
            Some(v) => match default_value(v, &ty) {
                Some(v) => Some(v),
                None => {
                    self.error(span, {
                        let ty = ty.name();
                        crate::text!(
                            "`default` does not fit type \"{ty}\"",
                            "`default` 的值不符合类型 \"{ty}\""
                        )
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
        })
    }

    /// A field's texts for "nothing", normalised as cells are. Refused, at
    /// the list: a blank text (a blank cell is blank already), a text the
    /// field would read as a value (`0` in a number field: every 0 would
    /// become the default), one of an enum's values, and a `map` key (the
    /// cell would mean two things).
    fn placeholders(
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
                self.error(
                    list.span(),
                    crate::text!(
                        "`placeholders` lists blank text `\"{p}\"`: a blank cell already reads as blank",
                        "`placeholders` 里写了空文字 `\"{p}\"`：空白单元格本来就按空白读"
                    ),
                );
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
                    crate::text!(
                        "`placeholders` lists `{p}`, which field `{field}` (type \"{tyname}\") reads as a value; \
                         a placeholder must be a text that means nothing, such as `--`",
                        "`placeholders` 里的 `{p}` 在字段 `{field}`（类型 \"{tyname}\"）里本身就是一个值；\
                         占位符只能是表示“无”的文字，例如 `--`"
                    ),
                );
                continue;
            }
            if let Some((from, _)) = value_map.iter().find(|(k, _)| normalize_text(k) == t) {
                self.error(
                    list.span(),
                    crate::text!(
                        "`placeholders` lists `{p}`, which the `map` of field `{field}` rewrites (`{from}`); \
                         a cell cannot mean both: keep one",
                        "`placeholders` 里的 `{p}` 同时是字段 `{field}` 的 `map` 要改写的 `{from}`；\
                         一个单元格不能两种意思：请只保留一处"
                    ),
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
    fn check_map(&mut self, map: &[(String, String)], ty: &FieldType, span: &Range<usize>) {
        let keys: Vec<String> = map.iter().map(|(k, _)| normalize_text(k)).collect();
        for (i, (from, to)) in map.iter().enumerate() {
            let key = &keys[i];
            if key.is_empty() {
                self.error(
                    span.clone(),
                    crate::text!(
                        "`map` has a blank key `\"{from}\"`, which no cell holds: a blank cell takes \
                         the field's `default` (write `default = \"{to}\"`)",
                        "`map` 的键 `\"{from}\"` 是空文字，但读入的单元格不会是空文字：空白单元格取字段的 `default`\
                         （请写 `default = \"{to}\"`）"
                    ),
                );
                continue;
            }
            if let Some(j) = keys[..i].iter().position(|k| k == key) {
                let first = &map[j].0;
                self.error(
                    span.clone(),
                    crate::text!(
                        "`map` has `{first}` and `{from}`, which read the same in a cell; keep one",
                        "`map` 里的 `{first}` 和 `{from}` 在单元格里读起来是一样的；请只保留一个"
                    ),
                );
            }
            if keys.iter().any(|k| *k == normalize_text(to)) && normalize_text(to) != *key {
                self.error(
                    span.clone(),
                    crate::text!(
                        "`map` turns `{from}` into `{to}`, which `map` itself rewrites again; \
                         a map is applied once: write the final value",
                        "`map` 把 `{from}` 换成 `{to}`，而 `{to}` 本身也是 `map` 的键；\
                         `map` 只换一次：请直接写最终的值"
                    ),
                );
            }
            if let FieldType::Enum(values) = ty {
                if !values.contains(to) {
                    self.error(
                        span.clone(),
                        crate::text!(
                            "`map` turns `{from}` into `{to}`, which is not one of the field's values",
                            "`map` 把 `{from}` 换成 `{to}`，但 `{to}` 不是这个字段的可选值"
                        ),
                    );
                }
                if let Some(v) = values.iter().find(|v| normalize_text(v) == *key) {
                    self.error(
                        span.clone(),
                        crate::text!(
                            "`map` rewrites `{from}`, which is one of the field's values: `{v}` could never \
                             be read, and a condition on it would never hold; remove `{v}` from `values` \
                             if it is meant to be read as `{to}`",
                            "`map` 要改写的 `{from}` 本身就是这个字段的可选值：`{v}` 永远读不到，\
                             针对它的条件也永远不成立；如果它就是要按 `{to}` 处理，请把 `{v}` 从 `values` 里去掉"
                        ),
                    );
                }
            }
        }
    }

    /// `min`/`max` of a numeric field: only integer, decimal and duration
    /// fields have them, and `min` may not exceed `max`.
    #[allow(clippy::type_complexity)]
    fn bounds(
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
                self.error(
                    bound.span(),
                    {
                        let ty = ty.name();
                        crate::text!(
                            "`min` and `max` are only for integer, decimal and duration fields, not \"{ty}\"",
                            "只有 integer、decimal、duration 类型的字段才能写 `min` 和 `max`，\"{ty}\" 不行"
                        )
                    },
                );
                return None;
            }
        }
        let min = d.min.as_ref().map(|m| m.get_ref().0);
        let max = d.max.as_ref().map(|m| m.get_ref().0);
        if let (Some(lo), Some(hi), Some(span)) = (min, max, d.max.as_ref().map(|m| m.span())) {
            if lo > hi {
                self.error(
                    span,
                    crate::text!(
                        "`max` {hi} is below `min` {lo}",
                        "`max` {hi} 小于 `min` {lo}"
                    ),
                );
                return None;
            }
        }
        Some((min, max))
    }

    fn roster(&mut self, file: &RubricFile, sources: &[Source]) -> Option<Roster> {
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

    fn item(
        &mut self,
        def: &ItemDef,
        category: usize,
        sources: &[Source],
        roster_fields: &[(String, FieldType)],
    ) -> Option<Item> {
        let max = self.positive(&def.max, crate::text!("an item's max", "考核项的满分 max"))?;
        let threshold = self.threshold(def.threshold.as_ref(), max, crate::text!("item", "考核项"));
        if def.rule.is_empty() {
            self.error(def.id.span(), {
                let id = def.id.get_ref();
                crate::text!(
                    "item `{id}` has no [[item.rule]]; say how records score it",
                    "考核项 `{id}` 没有 [[item.rule]]；请写明记录怎样计分"
                )
            });
            return None;
        }
        let before = self.problems.len();
        let rules: Vec<Rule> = def
            .rule
            .iter()
            .filter_map(|r| self.rule(r, &def.name, sources, roster_fields))
            .collect();
        if self.problems.len() > before || rules.len() != def.rule.len() {
            return None;
        }
        // A window rule deducts per window outside its limits.
        let deducts = rules
            .iter()
            .filter(|r| matches!(r.effect, Effect::Deduct(_) | Effect::Window(_)))
            .count();
        let imports = rules
            .iter()
            .filter(|r| matches!(r.effect, Effect::Import { .. } | Effect::Weighted { .. }))
            .count();
        if deducts > 0 && deducts < rules.len() {
            self.error(
                def.id.span(),
                {
                    let id = def.id.get_ref();
                    crate::text!(
                        "item `{id}` mixes deductions with other rules; an item either deducts from its maximum \
                         or adds up from 0: split it into two items",
                        "考核项 `{id}` 把扣分规则和其他规则混在一起；一个考核项要么从满分往下扣，\
                         要么从 0 往上加：请拆成两个考核项"
                    )
                },
            );
            return None;
        }
        if imports > 0 && rules.len() > 1 {
            self.error(
                def.id.span(),
                {
                    let id = def.id.get_ref();
                    crate::text!(
                        "item `{id}` imports its score (import or weighted), so it can have no other rule",
                        "考核项 `{id}` 的分数是导入的（import 或 weighted），不能再有别的规则"
                    )
                },
            );
            return None;
        }
        Some(Item {
            id: def.id.get_ref().clone(),
            name: def.name.clone(),
            category,
            max,
            start: if deducts > 0 { Start::Max } else { Start::Zero },
            rules,
            threshold,
        })
    }

    fn rule(
        &mut self,
        def: &Spanned<RuleDef>,
        item_name: &str,
        sources: &[Source],
        roster_fields: &[(String, FieldType)],
    ) -> Option<Rule> {
        let span = def.span();
        let r = def.get_ref();
        let Some(source) = sources.iter().position(|s| &s.id == r.source.get_ref()) else {
            self.error(r.source.span(), no_source(r.source.get_ref(), sources));
            return None;
        };
        let fields = sources[source].scope_fields();
        let defaulted = self.defaulted(&sources[source].defaulted());
        let scope = Scope {
            record: &fields,
            teacher: roster_fields,
            defaulted: &defaulted,
        };
        let when = r.when.as_ref().and_then(|w| self.condition(w, &scope));
        let unless = r.unless.as_ref().and_then(|u| self.condition(u, &scope));
        let kind = r.kind.get_ref().as_str();
        let forbid = |me: &mut Self, present: bool, what: &str| {
            if present {
                me.error(
                    span.clone(),
                    crate::text!(
                        "`{what}` does not apply to a `{kind}` rule",
                        "`{kind}` 规则不能写 `{what}`"
                    ),
                );
            }
        };
        if !matches!(kind, "window" | "relative") {
            forbid(self, r.window.is_some(), "window");
            forbid(self, r.group.is_some(), "group");
            forbid(self, r.at_least.is_some(), "at_least");
            forbid(self, r.at_most.is_some(), "at_most");
            forbid(self, r.against.is_some(), "against");
            forbid(self, r.ranks.is_some(), "ranks");
        }
        if kind != "relative" {
            forbid(self, r.combine.is_some(), "combine");
        }
        if kind != "weighted" {
            forbid(self, r.by.is_some(), "by");
            forbid(self, r.weights.is_some(), "weights");
        }
        let effect = match kind {
            "weighted" => self.weighted(r, &span, &sources[source], &scope)?,
            "window" => {
                forbid(
                    self,
                    r.points_by.is_some() || r.tiers.is_some(),
                    "points_by/tiers",
                );
                forbid(self, r.rate.is_some(), "rate");
                forbid(self, r.missing.is_some(), "missing");
                forbid(self, r.unless.is_some(), "unless");
                forbid(self, r.against.is_some(), "against");
                forbid(self, r.ranks.is_some(), "ranks");
                Effect::Window(self.window_rule(r, &span, &sources[source], &scope)?)
            }
            "relative" => {
                forbid(
                    self,
                    r.points_by.is_some() || r.tiers.is_some(),
                    "points_by/tiers",
                );
                forbid(self, r.rate.is_some(), "rate");
                forbid(self, r.missing.is_some(), "missing");
                forbid(self, r.unless.is_some(), "unless");
                forbid(self, r.window.is_some(), "window");
                forbid(self, r.at_least.is_some(), "at_least");
                forbid(self, r.at_most.is_some(), "at_most");
                Effect::Relative(self.relative_rule(r, &span, &scope)?)
            }
            "deduct" | "bonus" => {
                forbid(self, r.value.is_some(), "value");
                forbid(self, r.rate.is_some(), "rate");
                forbid(self, r.missing.is_some(), "missing");
                forbid(self, r.matching.is_some(), "matching");
                let points = self.points(r, &span, &sources[source])?;
                if kind == "deduct" {
                    Effect::Deduct(points)
                } else {
                    Effect::Bonus(points)
                }
            }
            "ratio" => {
                forbid(
                    self,
                    r.points_by.is_some() || r.tiers.is_some(),
                    "points_by or tiers",
                );
                forbid(self, r.value.is_some(), "value");
                forbid(self, r.rate.is_some(), "rate");
                forbid(self, r.missing.is_some(), "missing");
                forbid(self, r.unless.is_some(), "unless");
                forbid(self, r.cap.is_some(), "cap");
                let (Some(matching), Some(points)) = (&r.matching, &r.points) else {
                    self.error(
                        span,
                        crate::text!(
                            "a ratio rule needs `matching` (which of the counted records score) and `points` (the points of a 100% share)",
                            "ratio 规则要写 `matching`（计入的记录里哪些得分）和 `points`（占比 100% 时的分数）"
                        ),
                    );
                    return None;
                };
                let matching = self.condition(matching, &scope)?;
                let points = self.positive(points, crate::text!("points", "分数 points"))?;
                Effect::Ratio { matching, points }
            }
            "proportional" => {
                forbid(self, r.matching.is_some(), "matching");
                forbid(self, r.gives_points(), "points");
                forbid(self, r.missing.is_some(), "missing");
                let (Some(value), Some(rate)) = (&r.value, &r.rate) else {
                    self.error(
                        span,
                        crate::text!(
                            "a proportional rule needs `value` (what each record contributes) and `rate` (points per unit)",
                            "proportional 规则要写 `value`（每条记录计多少）和 `rate`（每单位多少分）"
                        ),
                    );
                    return None;
                };
                let value = self.number(value, &scope)?;
                let rate = self.positive(rate, crate::text!("a rate", "每单位分数 rate"))?;
                Effect::Proportional { value, rate }
            }
            "import" => {
                forbid(self, r.matching.is_some(), "matching");
                forbid(self, r.gives_points(), "points");
                forbid(self, r.rate.is_some(), "rate");
                forbid(self, r.cap.is_some(), "cap");
                forbid(self, r.unless.is_some(), "unless");
                let Some(value) = &r.value else {
                    self.error(
                        span,
                        crate::text!(
                            "an import rule needs `value`: the field (or expression) holding the score",
                            "import 规则要写 `value`：存放分数的字段（或表达式）"
                        ),
                    );
                    return None;
                };
                let value = self.number(value, &scope)?;
                let missing = match r.missing.as_ref().map(|m| (m, m.get_ref().as_str())) {
                    None | Some((_, "error")) => MissingImport::Error,
                    Some((_, "zero")) => MissingImport::Zero,
                    Some((m, other)) => {
                        self.error(
                            m.span(),
                            crate::text!(
                                "missing is `error` or `zero`, not `{other}`",
                                "missing 只能写 `error` 或 `zero`，不能写 `{other}`"
                            ),
                        );
                        return None;
                    }
                };
                Effect::Import { value, missing }
            }
            other => {
                self.error(
                    r.kind.span(),
                    crate::text!(
                        "unknown rule kind `{other}`; use deduct, bonus, proportional, ratio, import, window, relative or weighted",
                        "未知的规则类型 `{other}`；可用：deduct、bonus、proportional、ratio、import、window、relative、weighted"
                    ),
                );
                return None;
            }
        };
        let cap = match &r.cap {
            Some(c) => Some(self.positive(c, crate::text!("a cap", "上限 cap"))?),
            None => None,
        };
        if r.unless_label.is_some() && r.unless.is_none() {
            self.error(
                span,
                crate::text!(
                    "`unless_label` names an exemption, but the rule has no `unless`",
                    "`unless_label` 是免扣条件的名称，但这条规则没有写 `unless`"
                ),
            );
        }
        // Without a label, evidence names the rule after its item, which is
        // how a teacher reads it.
        let label = r.label.clone().unwrap_or_else(|| item_name.to_string());
        let unless_label = r
            .unless_label
            .clone()
            .or_else(|| r.unless.as_ref().map(|u| u.get_ref().clone()))
            .unwrap_or_default();
        Some(Rule {
            label,
            source,
            when: if r.when.is_some() { Some(when?) } else { None },
            unless: if r.unless.is_some() {
                Some(unless?)
            } else {
                None
            },
            unless_label,
            effect,
            cap,
        })
    }

    fn points(&mut self, r: &RuleDef, span: &Range<usize>, source: &Source) -> Option<Points> {
        let given = [r.points.is_some(), r.points_by.is_some(), r.tiers.is_some()];
        if given.iter().filter(|&&g| g).count() != 1 {
            self.error(
                span.clone(),
                crate::text!(
                    "give exactly one of `points` (per occurrence), `points_by` (per value of a field) or `tiers`",
                    "`points`（每次多少分）、`points_by`（按字段的值给分）、`tiers`（分档）三者只能写一个，且必须写一个"
                ),
            );
            return None;
        }
        let slot = |me: &mut Self, name: &Spanned<String>| {
            let found = source
                .schema
                .fields
                .iter()
                .position(|f| &f.name == name.get_ref());
            if found.is_none() {
                let names = source
                    .schema
                    .fields
                    .iter()
                    .map(|f| f.name.as_str())
                    .collect::<Vec<_>>();
                let (names_en, names_zh) = (names.join(", "), names.join("、"));
                let (id, field) = (&source.id, name.get_ref());
                me.error(
                    name.span(),
                    crate::text!(
                        "source `{id}` has no field `{field}`; its fields: {names_en}",
                        "数据源 `{id}` 里没有字段 `{field}`；它的字段有：{names_zh}"
                    ),
                );
            }
            found
        };
        if let Some(p) = &r.points {
            return Some(Points::Each(
                self.positive(p, crate::text!("points", "分数 points"))?,
            ));
        }
        if let Some(by) = &r.points_by {
            let b = by.get_ref();
            let field = slot(self, &b.field)?;
            let FieldType::Enum(allowed) = &source.schema.fields[field].ty else {
                self.error(
                    b.field.span(),
                    crate::text!(
                        "points_by needs an enum field, so every value it can take has points",
                        "points_by 要用枚举（enum）字段，这样它的每个可选值都有分数"
                    ),
                );
                return None;
            };
            for value in b.values.keys() {
                if !allowed.contains(value) {
                    self.error(by.span(), {
                        let field = b.field.get_ref();
                        let (list_en, list_zh) = (allowed.join(", "), allowed.join("、"));
                        crate::text!(
                            "`{value}` is not a value of `{field}`; its values are {list_en}",
                            "`{value}` 不是字段 `{field}` 的可选值；可选值有：{list_zh}"
                        )
                    });
                }
            }
            for value in allowed {
                if !b.values.contains_key(value) {
                    self.error(
                        by.span(),
                        {
                            let field = b.field.get_ref();
                            crate::text!(
                                "points_by gives no points for `{value}`, a value of `{field}`; add `\"{value}\" = 0` if it earns none",
                                "points_by 没有给字段 `{field}` 的可选值 `{value}` 设分数；不得分请写 `\"{value}\" = 0`"
                            )
                        },
                    );
                }
            }
            if b.values.values().any(|n| n.0 < Decimal::ZERO) {
                self.error(by.span(), positive_points());
            }
            let values = b.values.iter().map(|(k, v)| (k.clone(), v.0)).collect();
            return Some(Points::ByValue { field, values });
        }
        let tiers = r.tiers.as_ref()?;
        let t = tiers.get_ref();
        let field = slot(self, &t.by)?;
        if !source.schema.fields[field].ty.is_numeric() {
            self.error(
                t.by.span(),
                crate::text!(
                    "tiers need a numeric field (integer, decimal or duration)",
                    "tiers 要用数值字段（integer、decimal 或 duration）"
                ),
            );
            return None;
        }
        let mut steps = Vec::new();
        let mut last: Option<Decimal> = None;
        for (i, step) in t.steps.iter().enumerate() {
            let is_last = i + 1 == t.steps.len();
            match (step.upto, is_last) {
                (None, false) => {
                    self.error(
                        tiers.span(),
                        crate::text!(
                            "only the last tier may leave out `upto`",
                            "只有最后一档可以不写 `upto`"
                        ),
                    );
                    return None;
                }
                (Some(_), true) => {
                    self.error(
                        tiers.span(),
                        crate::text!(
                            "the last tier must leave out `upto`, so every value falls in a tier",
                            "最后一档不能写 `upto`，这样每个值都能落进某一档"
                        ),
                    );
                    return None;
                }
                (Some(Num(u)), false) => {
                    if last.is_some_and(|l| u <= l) {
                        self.error(
                            tiers.span(),
                            crate::text!(
                                "tiers must be in ascending order of `upto`",
                                "各档要按 `upto` 从小到大排列"
                            ),
                        );
                        return None;
                    }
                    last = Some(u);
                }
                (None, true) => {}
            }
            if step.points.0 < Decimal::ZERO {
                self.error(tiers.span(), positive_points());
            }
            steps.push(Tier {
                upto: step.upto.map(|n| n.0),
                points: step.points.0,
                label: step.label.clone(),
            });
        }
        if steps.is_empty() {
            self.error(
                tiers.span(),
                crate::text!("tiers need at least one step", "tiers 至少要有一档"),
            );
            return None;
        }
        Some(Points::Tiers { field, steps })
    }

    fn grades(&mut self, file: &RubricFile) -> Vec<Grade> {
        let mut grades: Vec<Grade> = Vec::new();
        for (i, def) in file.grade.iter().enumerate() {
            let name = def.name.get_ref().clone();
            if grades.iter().any(|g| g.name == name) {
                self.error(
                    def.name.span(),
                    crate::text!(
                        "grade `{name}` is defined twice",
                        "等级 `{name}` 定义了两次"
                    ),
                );
            }
            let is_last = i + 1 == file.grade.len();
            let min = def.min.as_ref().map(|m| m.get_ref().0);
            match (&def.min, is_last) {
                (None, false) => self.error(
                    def.name.span(),
                    crate::text!(
                        "only the last (lowest) grade may leave out `min`; list grades from best to worst",
                        "只有最后一个（最低的）等级可以不写 `min`；等级要从高到低排列"
                    ),
                ),
                (Some(m), true) => self.error(
                    m.span(),
                    crate::text!(
                        "the last (lowest) grade must leave out `min`, so every score has a grade",
                        "最后一个（最低的）等级不能写 `min`，这样每个分数都有等级"
                    ),
                ),
                (Some(m), false) => {
                    if let Some(prev) = grades.last().and_then(|g| g.min) {
                        if m.get_ref().0 >= prev {
                            self.error(
                                m.span(),
                                crate::text!(
                                    "grades go from best to worst: each `min` below the one before",
                                    "等级要从高到低排列：每个 `min` 都要低于前一个"
                                ),
                            );
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

    fn vetoes(
        &mut self,
        file: &RubricFile,
        sources: &[Source],
        roster_fields: &[(String, FieldType)],
        grades: &[Grade],
    ) -> Vec<Veto> {
        let mut vetoes = Vec::new();
        let mut ids = HashSet::new();
        for def in &file.veto {
            if !ids.insert(def.id.get_ref().clone()) {
                self.error(def.id.span(), {
                    let id = def.id.get_ref();
                    crate::text!("veto `{id}` is defined twice", "否决项 `{id}` 定义了两次")
                });
                continue;
            }
            let Some(source) = sources.iter().position(|s| &s.id == def.source.get_ref()) else {
                self.error(def.source.span(), no_source(def.source.get_ref(), sources));
                continue;
            };
            let Some(grade) = grades.iter().position(|g| &g.name == def.grade.get_ref()) else {
                let names = grades.iter().map(|g| g.name.as_str()).collect::<Vec<_>>();
                let (names_en, names_zh) = (names.join(", "), names.join("、"));
                let wanted = def.grade.get_ref();
                self.error(
                    def.grade.span(),
                    crate::text!(
                        "no grade `{wanted}`; grades: {names_en}",
                        "没有等级 `{wanted}`；已有的等级：{names_zh}"
                    ),
                );
                continue;
            };
            let fields = sources[source].scope_fields();
            let defaulted = self.defaulted(&sources[source].defaulted());
            let scope = Scope {
                record: &fields,
                teacher: roster_fields,
                defaulted: &defaulted,
            };
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

    fn condition(&mut self, src: &Spanned<String>, scope: &Scope) -> Option<expr::Condition> {
        match expr::compile_condition_with(src.get_ref(), scope, &self.tables) {
            Ok(c) => Some(c),
            Err(e) => {
                let span = self.inner_span(src, e.span.clone());
                self.error(span, e.message);
                None
            }
        }
    }

    fn number(&mut self, src: &Spanned<String>, scope: &Scope) -> Option<expr::NumberExpr> {
        match expr::compile_number_with(src.get_ref(), scope, &self.tables) {
            Ok(c) => Some(c),
            Err(e) => {
                let span = self.inner_span(src, e.span.clone());
                self.error(span, e.message);
                None
            }
        }
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
            self.error(
                n.span(),
                crate::text!(
                    "`at_least` is a number of records: a whole number, 1 or more, not {shown}",
                    "`at_least` 是记录的条数，应为不小于 1 的整数，不能是 {shown}"
                ),
            );
        }
        count
    }

    fn positive(&mut self, n: &Spanned<Num>, what: Text) -> Option<Decimal> {
        let v = n.get_ref().0;
        if v <= Decimal::ZERO {
            let (what_en, what_zh) = (&what.en, &what.zh);
            self.error(
                n.span(),
                crate::text!("{what_en} must be greater than 0", "{what_zh} 必须大于 0"),
            );
            return None;
        }
        Some(v)
    }
}

/// A reference to a source the rubric does not declare, with the ones it does.
fn no_source(wanted: &str, sources: &[Source]) -> Text {
    let ids: Vec<&str> = sources.iter().map(|s| s.id.as_str()).collect();
    let (ids_en, ids_zh) = (ids.join(", "), ids.join("、"));
    crate::text!(
        "no source `{wanted}`; sources: {ids_en}",
        "没有数据源 `{wanted}`；已有的数据源：{ids_zh}"
    )
}

/// Why a file or sheet pattern is refused, in Chinese.
fn glob_error_zh(e: &globset::Error) -> String {
    use globset::ErrorKind as K;
    match e.kind() {
        K::UnclosedClass => "方括号 `[` 没有配对的 `]`".to_string(),
        K::InvalidRange(a, b) => format!("范围 `{a}-{b}` 的起点大于终点"),
        K::UnopenedAlternates => "`}` 前面没有配对的 `{`".to_string(),
        K::UnclosedAlternates => "`{` 没有配对的 `}`".to_string(),
        K::DanglingEscape => "结尾不能是单独的 `\\`".to_string(),
        _ => format!("（原文：{e}）"),
    }
}

fn positive_points() -> Text {
    crate::text!(
        "points are written positive; the rule kind says whether they are added or deducted",
        "分数一律写正数；加分还是扣分由规则类型决定"
    )
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
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
