//! One teacher's performance pay in words: what the share was weighed by,
//! the amount per unit of weight, the exact share and the amount paid. The
//! 绩效工资 sheet, `explain` and the JSON summary all say it this way.

use crate::engine::{Outcome, TeacherResult};
use crate::i18n::report as msg;
use crate::i18n::Text;
use crate::rubric::{PayMethod, Rubric};
use crate::show::{fixed, plain};

/// The decimal places of an amount in the rubric's pay unit (0 for yuan, 1 for jiao).
pub fn unit_places(rubric: &Rubric) -> u32 {
    rubric
        .pay
        .as_ref()
        .map_or(0, |p| p.unit.normalize().scale())
}

/// `总分 95.50 × 每分 31.4136 元 ≈ 2,999.99 元，取整 3,000 元` and the like;
/// empty when the rubric has no `[pay]`.
pub fn pay_basis(rubric: &Rubric, outcome: &Outcome, t: &TeacherResult) -> Text {
    let (Some(pay), Some(line)) = (&rubric.pay, &t.pay) else {
        return Text::default();
    };
    if line.vetoed {
        return msg::pay_vetoed().text();
    }
    let places = unit_places(rubric);
    let amount = fixed(line.amount, places);
    let grade = t
        .grade
        .and_then(|g| rubric.grades.get(g))
        .map_or("", |g| g.name.as_str());
    let weight = plain(line.weight);
    let (weighed, per) = match &pay.method {
        PayMethod::Fixed(_) => return msg::pay_fixed(grade, &amount),
        PayMethod::Share => (msg::pay_by_total(&weight), msg::pay_per_point()),
        PayMethod::ShareAbove(base) => (
            msg::pay_by_points_above(plain(*base), &weight),
            msg::pay_per_point(),
        ),
        PayMethod::Coefficient(_) => (
            msg::pay_by_coefficient(grade, &weight),
            msg::pay_per_coefficient(),
        ),
    };
    let pool_rate = outcome
        .pay
        .as_ref()
        .and_then(|p| p.pools.get(line.pool))
        .and_then(|pool| pool.rate);
    let rate = pool_rate.map(|r| plain(r.round_dp(4))).unwrap_or_default();
    let at_floor = pay.floor == Some(line.exact) && !line.weight.is_zero();
    let at_ceiling = pay.ceiling == Some(line.exact);
    let held = if at_floor {
        msg::pay_held_at_floor(plain(line.exact))
    } else if at_ceiling {
        msg::pay_held_at_ceiling(plain(line.exact))
    } else {
        Text::default()
    };
    // Held at the floor or ceiling, the product is what the rate gives,
    // which the amount then replaces: `10.5 分 × 每分 115.1651 元 ≈ 1209.23
    // 元，低于保底，按保底 2000.00 元`, never the floor as the product.
    let product = match pool_rate {
        Some(rate) if at_floor || at_ceiling => line.weight * rate,
        _ => line.exact,
    };
    let exact = fixed(product.round_dp(2), 2);
    let rounded = if line.exact == line.amount {
        Text::default()
    } else {
        msg::pay_rounded(&amount)
    };
    msg::pay_shared(&weighed, &per.text(), &rate, &exact, &held, &rounded)
}
