//! Compiling `[pay]`: the method and what it needs (a pool, a base, a
//! coefficient or amount for every grade), the unit amounts round to, and a
//! floor and ceiling that a pool can meet. Each mistake points at its line.

use indexmap::IndexMap;
use rust_decimal::Decimal;
use toml::Spanned;

use super::Compiler;
use crate::i18n::rubric as msg;
use crate::i18n::Text;
use crate::rubric::file::{Num, PayDef};
use crate::rubric::model::Grade;
use crate::rubric::pay::{Pay, PayMethod, Pools, VetoedPay};
use crate::value::FieldType;

impl Compiler<'_> {
    pub(super) fn pay(
        &mut self,
        def: &Spanned<PayDef>,
        roster_fields: &[(String, FieldType)],
        grades: &[Grade],
    ) -> Option<Pay> {
        let before = self.problems.len();
        let d = def.get_ref();
        let kind = d.method.get_ref().as_str();
        // Keys that belong to another method are refused where written.
        let refuse = |me: &mut Self, given: Option<std::ops::Range<usize>>, key: &str| {
            if let Some(span) = given {
                me.error(span, msg::pay_key_not_for_method(key, kind));
            }
        };
        let unit = match d.unit.as_ref() {
            None => Decimal::ONE,
            Some(u) => self.keyword(
                u,
                &[
                    ("yuan", Decimal::ONE),
                    ("元", Decimal::ONE),
                    ("jiao", Decimal::new(1, 1)),
                    ("角", Decimal::new(1, 1)),
                ],
                Decimal::ONE,
                |other| msg::pay_unit_yuan_jiao_not(other),
            ),
        };
        let money = |me: &mut Self, n: &Spanned<Num>, what: &str| -> Option<Decimal> {
            let v = n.get_ref().0;
            if v < Decimal::ZERO || !(v / unit).fract().is_zero() {
                me.error(
                    n.span(),
                    msg::pay_amount_in_units(what, v.normalize(), unit.normalize()),
                );
                return None;
            }
            Some(v)
        };
        let by_grade = |me: &mut Self, list: &Spanned<IndexMap<String, Num>>, key: &str| {
            let mut out = Vec::with_capacity(grades.len());
            for name in list.get_ref().keys() {
                if !grades.iter().any(|g| &g.name == name) {
                    let names: Vec<&str> = grades.iter().map(|g| g.name.as_str()).collect();
                    let names = Text::list(&names);
                    me.error(list.span(), msg::pay_lists_no_such_grade(key, name, &names));
                }
            }
            for g in grades {
                match list.get_ref().get(&g.name) {
                    Some(n) if n.0 < Decimal::ZERO => {
                        me.error(list.span(), msg::pay_negative_for_grade(key, &g.name));
                    }
                    Some(n) => out.push(n.0),
                    None => me.error(list.span(), msg::pay_grade_missing(key, &g.name)),
                }
            }
            out
        };
        let span_of = |s: &Option<Spanned<Num>>| s.as_ref().map(Spanned::span);
        let method = match kind {
            "share" => {
                refuse(self, span_of(&d.base), "base");
                PayMethod::Share
            }
            "share_above" => match &d.base {
                Some(b) => PayMethod::ShareAbove(b.get_ref().0),
                None => {
                    self.error(d.method.span(), msg::pay_share_above_needs_base());
                    return None;
                }
            },
            "coefficient" | "fixed" if grades.is_empty() => {
                self.error(d.method.span(), msg::pay_method_needs_grades(kind));
                return None;
            }
            "coefficient" => {
                refuse(self, span_of(&d.base), "base");
                let list = self.required(
                    d.coefficients.as_ref(),
                    &d.method.span(),
                    msg::pay_coefficient_needs_list(),
                )?;
                PayMethod::Coefficient(by_grade(self, list, "coefficients"))
            }
            "fixed" => {
                refuse(self, span_of(&d.base), "base");
                let list = self.required(
                    d.amounts.as_ref(),
                    &d.method.span(),
                    msg::pay_fixed_needs_amounts(),
                )?;
                let amounts = by_grade(self, list, "amounts");
                for (g, a) in grades.iter().zip(&amounts) {
                    if !(*a / unit).fract().is_zero() {
                        let what = format!("amounts.{}", g.name);
                        self.error(
                            list.span(),
                            msg::pay_amount_in_units(&what, a.normalize(), unit.normalize()),
                        );
                    }
                }
                PayMethod::Fixed(amounts)
            }
            other => {
                self.error(d.method.span(), msg::pay_method_unknown(other));
                return None;
            }
        };
        if !matches!(method, PayMethod::Coefficient(_)) {
            refuse(
                self,
                d.coefficients.as_ref().map(Spanned::span),
                "coefficients",
            );
        }
        if !matches!(method, PayMethod::Fixed(_)) {
            refuse(self, d.amounts.as_ref().map(Spanned::span), "amounts");
        }
        let fixed = matches!(method, PayMethod::Fixed(_));
        let pools = match (&d.pool, &d.scope, &d.pools) {
            _ if fixed => {
                refuse(self, span_of(&d.pool), "pool");
                refuse(self, d.pools.as_ref().map(Spanned::span), "pools");
                refuse(self, span_of(&d.floor), "floor");
                refuse(self, span_of(&d.ceiling), "ceiling");
                Pools::None
            }
            (Some(p), None, None) => Pools::One(money(self, p, "pool")?),
            (None, Some(scope), Some(list)) => {
                let Some(field) = roster_fields.iter().position(|(n, _)| n == scope.get_ref())
                else {
                    let names: Vec<&str> = roster_fields.iter().map(|(n, _)| n.as_str()).collect();
                    let names = Text::list(&names);
                    self.error(
                        scope.span(),
                        msg::roster_has_no_field_fields(scope.get_ref(), &names),
                    );
                    return None;
                };
                let mut pools = Vec::new();
                for (group, amount) in list.get_ref() {
                    let spanned = Spanned::new(list.span(), *amount);
                    pools.push((group.clone(), money(self, &spanned, "pools")?));
                }
                Pools::ByGroup {
                    field,
                    name: scope.get_ref().clone(),
                    pools,
                }
            }
            _ => {
                self.error(def.span(), msg::pay_needs_one_pool());
                return None;
            }
        };
        let floor = match &d.floor {
            Some(f) if !fixed => money(self, f, "floor"),
            _ => None,
        };
        let ceiling = match &d.ceiling {
            Some(c) if !fixed => money(self, c, "ceiling"),
            _ => None,
        };
        if let (Some(f), Some(c), Some(at)) = (floor, ceiling, &d.ceiling) {
            if c < f {
                self.error(
                    at.span(),
                    msg::pay_ceiling_below_floor(c.normalize(), f.normalize()),
                );
            }
        }
        let vetoed = match &d.vetoed {
            None => VetoedPay::Zero,
            Some(v) => self.keyword(
                v,
                &[("zero", VetoedPay::Zero), ("graded", VetoedPay::Graded)],
                VetoedPay::Zero,
                |other| msg::pay_vetoed_zero_graded_not(other),
            ),
        };
        if self.problems.len() > before {
            return None;
        }
        Some(Pay {
            method,
            pools,
            unit,
            floor,
            ceiling,
            vetoed,
        })
    }
}
