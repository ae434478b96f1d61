//! Compiling a `weighted` rule: several raters' scores combined by percent
//! weights (方案13: 学生 20%, 自评 10%, 互评 10%, 考核小组 60%). The weights
//! must add up to exactly 100%, every rater the field can name needs a
//! weight, and the rule has no per-occurrence points.

use crate::i18n::Text;
use std::ops::Range;

use rust_decimal::Decimal;

use super::super::expr::Scope;
use super::super::file::RuleDef;
use super::super::model::{Effect, Source};
use super::Compiler;
use crate::i18n::rubric as msg;
use crate::value::FieldType;

impl Compiler<'_> {
    pub(super) fn weighted(
        &mut self,
        r: &RuleDef,
        span: &Range<usize>,
        source: &Source,
        scope: &Scope,
    ) -> Option<Effect> {
        let refuse = |me: &mut Self, present: bool, what: &str| {
            if present {
                me.error(span.clone(), msg::does_not_apply_weighted_rule(what));
            }
        };
        refuse(self, r.gives_points(), "points");
        refuse(self, r.rate.is_some(), "rate");
        refuse(self, r.cap.is_some(), "cap");
        refuse(self, r.unless.is_some(), "unless");
        let all = r.by.as_ref().zip(r.value.as_ref()).zip(r.weights.as_ref());
        let ((by, value), weights) =
            self.required(all, span, msg::weighted_rule_needs_field_naming())?;
        let value = self.number(value, scope);
        let slot = self.field_slot(source, by)?;
        let FieldType::Enum(raters) = &source.schema.fields[slot].ty else {
            self.error(by.span(), msg::needs_enum_field_listing_raters());
            return None;
        };
        let before = self.problems.len();
        let table = weights.get_ref();
        for name in table.keys() {
            if !raters.contains(name) {
                self.error(weights.span(), {
                    let field = by.get_ref();
                    let list = Text::list(raters);
                    msg::not_value_values_2(name, field, &list)
                });
            }
        }
        for rater in raters {
            if !table.contains_key(rater) {
                self.error(weights.span(), {
                    let field = by.get_ref();
                    msg::weights_give_no_weight_value(rater, field)
                });
            }
        }
        if table.values().any(|w| w.0 < Decimal::ZERO) {
            self.error(weights.span(), msg::weight_percent_from());
        }
        let sum: Decimal = table.values().map(|w| w.0).sum();
        if sum != Decimal::ONE_HUNDRED {
            let terms = table
                .iter()
                .map(|(k, v)| format!("{k} {}", v.0.normalize()))
                .collect::<Vec<_>>()
                .join(" + ");
            self.error(weights.span(), {
                let sum = sum.normalize();
                msg::weights_add_up_not(sum, &terms)
            });
        }
        let missing = self.missing_import(r.missing.as_ref())?;
        if self.problems.len() > before {
            return None;
        }
        Some(Effect::Weighted {
            by: slot,
            value: value?,
            weights: table.iter().map(|(k, v)| (k.clone(), v.0)).collect(),
            missing,
        })
    }
}
