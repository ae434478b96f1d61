//! Compiling a `weighted` rule: several raters' scores combined by percent
//! weights (方案13: 学生 20%, 自评 10%, 互评 10%, 考核小组 60%). The weights
//! must add up to exactly 100%, every rater the field can name needs a
//! weight, and the rule has no per-occurrence points.

use std::ops::Range;

use rust_decimal::Decimal;

use super::super::expr::Scope;
use super::super::file::RuleDef;
use super::super::model::{Effect, MissingImport, Source};
use super::Compiler;
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
                me.error(
                    span.clone(),
                    crate::text!(
                        "`{what}` does not apply to a `weighted` rule",
                        "`weighted` 规则不能写 `{what}`"
                    ),
                );
            }
        };
        refuse(self, r.gives_points(), "points");
        refuse(self, r.rate.is_some(), "rate");
        refuse(self, r.cap.is_some(), "cap");
        refuse(self, r.unless.is_some(), "unless");
        let (Some(by), Some(value), Some(weights)) = (&r.by, &r.value, &r.weights) else {
            self.error(
                span.clone(),
                crate::text!(
                    "a weighted rule needs `by` (the field naming the rater), `value` (the rater's score) \
                     and `weights` (percent per rater, adding up to 100)",
                    "weighted 规则要写 `by`（写明评分人的字段）、`value`（评分人给的分数）\
                     和 `weights`（每类评分人的权重百分比，合计 100）"
                ),
            );
            return None;
        };
        let value = self.number(value, scope);
        let Some(slot) = source
            .schema
            .fields
            .iter()
            .position(|f| &f.name == by.get_ref())
        else {
            let names = source
                .schema
                .fields
                .iter()
                .map(|f| f.name.as_str())
                .collect::<Vec<_>>();
            let (names_en, names_zh) = (names.join(", "), names.join("、"));
            let (id, field) = (&source.id, by.get_ref());
            self.error(
                by.span(),
                crate::text!(
                    "source `{id}` has no field `{field}`; its fields: {names_en}",
                    "数据源 `{id}` 里没有字段 `{field}`；它的字段有：{names_zh}"
                ),
            );
            return None;
        };
        let FieldType::Enum(raters) = &source.schema.fields[slot].ty else {
            self.error(
                by.span(),
                crate::text!(
                    "`by` needs an enum field listing the raters, so every rater has a weight",
                    "`by` 要用列出评分人的枚举（enum）字段，这样每类评分人都有权重"
                ),
            );
            return None;
        };
        let before = self.problems.len();
        let table = weights.get_ref();
        for name in table.keys() {
            if !raters.contains(name) {
                self.error(weights.span(), {
                    let field = by.get_ref();
                    let (list_en, list_zh) = (raters.join(", "), raters.join("、"));
                    crate::text!(
                        "`{name}` is not a value of `{field}`; its values are {list_en}",
                        "`{name}` 不是字段 `{field}` 的可选值；可选值有：{list_zh}"
                    )
                });
            }
        }
        for rater in raters {
            if !table.contains_key(rater) {
                self.error(
                    weights.span(),
                    {
                        let field = by.get_ref();
                        crate::text!(
                            "weights give no weight for `{rater}`, a value of `{field}`; add `\"{rater}\" = 0` if it does not count",
                            "weights 没有给字段 `{field}` 的可选值 `{rater}` 设权重；不计入请写 `\"{rater}\" = 0`"
                        )
                    },
                );
            }
        }
        if table.values().any(|w| w.0 < Decimal::ZERO) {
            self.error(
                weights.span(),
                crate::text!(
                    "a weight is a percent from 0 to 100",
                    "权重是 0 到 100 之间的百分数"
                ),
            );
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
                crate::text!(
                    "the weights add up to {sum}%, not 100%: {terms}",
                    "评分人权重之和应为 100，现在是 {sum}：{terms}"
                )
            });
        }
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
