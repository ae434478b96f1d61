//! Compiling `[[items]]` and their per-record rules: the source a rule
//! reads, its condition, and the points it gives (per occurrence, tiers,
//! caps).

use super::{no_source, positive_points, Compiler};
use crate::rubric::expr::Scope;
use crate::rubric::file::{ItemDef, Num, RuleDef};
use crate::rubric::model::*;
use crate::value::FieldType;
use rust_decimal::Decimal;
use std::ops::Range;
use toml::Spanned;

impl Compiler<'_> {
    pub(super) fn item(
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

    pub(super) fn rule(
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

    pub(super) fn points(
        &mut self,
        r: &RuleDef,
        span: &Range<usize>,
        source: &Source,
    ) -> Option<Points> {
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
}
