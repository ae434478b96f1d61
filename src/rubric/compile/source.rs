//! Compiling `[sources.ID]`: the file and sheet patterns, the declared
//! fields with their types, defaults, value maps and bounds, and the
//! placeholders a pattern may use.

use super::{is_identifier, Compiler};
use crate::input::{normalize_text, FieldSpec, SourceSchema};
use crate::rubric::error::Diagnostic;
use crate::rubric::file::{FieldDef, SourceDef};
use crate::rubric::model::*;
use crate::value::{FieldType, Value};
use globset::{Glob, GlobBuilder, GlobSetBuilder};
use rust_decimal::Decimal;
use std::ops::Range;
use toml::Spanned;

impl Compiler<'_> {
    pub(super) fn source(&mut self, id: &Spanned<String>, def: &SourceDef) -> Option<Source> {
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

    pub(super) fn field(
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
