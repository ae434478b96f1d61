//! Compiling `[[items]]` and their per-record rules: the source a rule
//! reads, its condition, and the points it gives (per occurrence, tiers,
//! caps).

use super::{positive_points, Compiler};
use crate::i18n::rubric as msg;
use crate::i18n::Text;
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
        let max = self.positive(&def.max, msg::item_max())?;
        let threshold = self.threshold(def.threshold.as_ref(), max, msg::item());
        if def.rule.is_empty() {
            self.error(def.id.span(), {
                let id = def.id.get_ref();
                msg::item_has_no_item_rule(id)
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
            self.error(def.id.span(), {
                let id = def.id.get_ref();
                msg::item_mixes_deductions_other_rules(id)
            });
            return None;
        }
        if imports > 0 && rules.len() > 1 {
            self.error(def.id.span(), {
                let id = def.id.get_ref();
                msg::item_imports_score_import_weighted(id)
            });
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
        let source = self.source_named(&r.source, sources)?;
        let names = self.names_of(&sources[source]);
        let scope = names.scope(roster_fields);
        let when = r.when.as_ref().and_then(|w| self.condition(w, &scope));
        let unless = r.unless.as_ref().and_then(|u| self.condition(u, &scope));
        let kind = r.kind.get_ref().as_str();
        // Keys that belong to other kinds of rule are refused, in the order
        // listed, so that each mistake is reported where it was written.
        let forbid = |me: &mut Self, keys: &[&str]| {
            for key in keys.iter().filter(|key| r.gives(key)) {
                me.error(span.clone(), msg::does_not_apply_rule(key, kind));
            }
        };
        if !matches!(kind, "window" | "relative") {
            forbid(
                self,
                &["window", "group", "at_least", "at_most", "against", "ranks"],
            );
        }
        if kind != "relative" {
            forbid(self, &["combine"]);
        }
        if kind != "window" {
            forbid(self, &["across", "charge"]);
        }
        if kind != "weighted" {
            forbid(self, &["by", "weights"]);
        }
        if !matches!(kind, "deduct" | "bonus") {
            forbid(self, &["per"]);
        }
        if kind != "window" {
            forbid(self, &["partial_weeks"]);
        }
        let effect = match kind {
            "weighted" => self.weighted(r, &span, &sources[source], &scope)?,
            "window" => {
                forbid(
                    self,
                    &[
                        "points_by/tiers",
                        "rate",
                        "missing",
                        "unless",
                        "against",
                        "ranks",
                    ],
                );
                Effect::Window(Box::new(self.window_rule(
                    r,
                    &span,
                    &sources[source],
                    &scope,
                )?))
            }
            "relative" => {
                forbid(
                    self,
                    &[
                        "points_by/tiers",
                        "rate",
                        "missing",
                        "unless",
                        "window",
                        "at_least",
                        "at_most",
                    ],
                );
                Effect::Relative(self.relative_rule(r, &span, &scope)?)
            }
            "deduct" | "bonus" => {
                forbid(self, &["value", "rate", "missing", "matching"]);
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
                    &[
                        "points_by or tiers",
                        "value",
                        "rate",
                        "missing",
                        "unless",
                        "cap",
                    ],
                );
                let (matching, points) = self.required(
                    r.matching.as_ref().zip(r.points.as_ref()),
                    &span,
                    msg::ratio_rule_needs_matching_which(),
                )?;
                let matching = self.condition(matching, &scope)?;
                let points = self.positive(points, msg::points())?;
                Effect::Ratio { matching, points }
            }
            "proportional" => {
                forbid(self, &["matching", "points", "missing"]);
                let (value, rate) = self.required(
                    r.value.as_ref().zip(r.rate.as_ref()),
                    &span,
                    msg::proportional_rule_needs_value_what(),
                )?;
                let value = self.number(value, &scope)?;
                let rate = self.positive(rate, msg::rate())?;
                Effect::Proportional { value, rate }
            }
            "import" => {
                forbid(self, &["matching", "points", "rate", "cap", "unless"]);
                let value = self.required(
                    r.value.as_ref(),
                    &span,
                    msg::import_rule_needs_value_field(),
                )?;
                let value = self.number(value, &scope)?;
                let missing = self.missing_import(r.missing.as_ref())?;
                Effect::Import { value, missing }
            }
            other => {
                self.error(r.kind.span(), msg::unknown_rule_kind_use_deduct(other));
                return None;
            }
        };
        let cap = match &r.cap {
            Some(c) => Some(self.positive(c, msg::cap())?),
            None => None,
        };
        if r.unless_label.is_some() && r.unless.is_none() {
            self.error(span, msg::unless_label_names_exemption_but());
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
            self.error(span.clone(), msg::give_exactly_one_points_per());
            return None;
        }
        let slot = |me: &mut Self, name: &Spanned<String>| me.field_slot(source, name);
        if let (Some(per), None) = (&r.per, &r.points) {
            self.error(per.span(), msg::per_goes_with_points());
            return None;
        }
        if let Some(p) = &r.points {
            let each = self.positive(p, msg::points())?;
            let Some(per) = &r.per else {
                return Some(Points::Each(each));
            };
            let field = slot(self, per)?;
            if !matches!(
                source.schema.fields[field].ty,
                FieldType::Integer | FieldType::Decimal
            ) {
                self.error(per.span(), msg::per_needs_a_number_field(per.get_ref()));
                return None;
            }
            return Some(Points::PerUnit { field, each });
        }
        if let Some(by) = &r.points_by {
            let b = by.get_ref();
            let field = slot(self, &b.field)?;
            let FieldType::Enum(allowed) = &source.schema.fields[field].ty else {
                self.error(b.field.span(), msg::points_needs_enum_field_so());
                return None;
            };
            for value in b.values.keys() {
                if !allowed.contains(value) {
                    self.error(by.span(), {
                        let field = b.field.get_ref();
                        let list = Text::list(allowed);
                        msg::not_value_values(value, field, &list)
                    });
                }
            }
            for value in allowed {
                if !b.values.contains_key(value) {
                    self.error(by.span(), {
                        let field = b.field.get_ref();
                        msg::points_gives_no_points_value(value, field)
                    });
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
            self.error(t.by.span(), msg::tiers_need_numeric_field_integer());
            return None;
        }
        let mut steps = Vec::new();
        let mut last: Option<Decimal> = None;
        for (i, step) in t.steps.iter().enumerate() {
            let is_last = i + 1 == t.steps.len();
            match (step.upto, is_last) {
                (None, false) => {
                    self.error(tiers.span(), msg::only_last_tier_may_leave());
                    return None;
                }
                (Some(_), true) => {
                    self.error(tiers.span(), msg::last_tier_must_leave_out());
                    return None;
                }
                (Some(Num(u)), false) => {
                    if last.is_some_and(|l| u <= l) {
                        self.error(tiers.span(), msg::tiers_must_ascending_order_upto());
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
            self.error(tiers.span(), msg::tiers_need_least_one_step());
            return None;
        }
        Some(Points::Tiers { field, steps })
    }

    /// `missing = "error" | "zero"`: what an imported score the records do
    /// not give counts as; unset means `error`.
    pub(super) fn missing_import(
        &mut self,
        missing: Option<&Spanned<String>>,
    ) -> Option<MissingImport> {
        match missing {
            None => Some(MissingImport::Error),
            Some(m) => self.keyword(
                m,
                &[
                    ("error", Some(MissingImport::Error)),
                    ("zero", Some(MissingImport::Zero)),
                ],
                None,
                |other| msg::missing_error_zero_not(other),
            ),
        }
    }
}
