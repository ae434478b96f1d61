//! 绩效工资: each teacher's performance pay with what it was weighed by, the
//! exact share and the amount, and under each pool a total whose formula
//! adds up the amounts (cached with the exact sum, which is the pool).

use rust_xlsxwriter::{Formula, Worksheet, XlsxError};

use super::fit::Fit;
use super::number::cell;
use super::pay_basis::{pay_basis, unit_places};
use super::sheet::{print_fitted, row, Ctx, BUDGET_UNITS};
use super::style;
use crate::i18n::report as msg;
use crate::show::{fixed, plain};

pub(super) fn write(sheet: &mut Worksheet, ctx: &Ctx<'_>) -> Result<(), XlsxError> {
    let (rubric, outcome, locale) = (ctx.rubric, ctx.outcome, ctx.locale);
    let Some(pay) = &outcome.pay else {
        return Ok(());
    };
    let l = ctx.labels;
    let mut fit = Fit::new(BUDGET_UNITS);
    let by_group = pay.pools.iter().any(|p| p.group.is_some());
    let mut titles = vec![l.key, l.name];
    if by_group {
        titles.push(msg::pay_group().get(locale));
    }
    titles.extend([
        l.total,
        l.grade,
        msg::pay_weight().get(locale),
        msg::pay_exact().get(locale),
        msg::pay_amount().get(locale),
        msg::pay_basis_header().get(locale),
    ]);
    fit.header(sheet, 0, &titles)?;
    let first = if by_group { 3 } else { 2 };
    let places = unit_places(rubric);
    let text = style::text(false);
    let score = style::score(rubric.rounding.places, false);
    let exact = style::score(2, false);
    let money = style::score(places, false);
    let total = style::total(places, false);
    let amount_col = first + 4;
    let mut n = 0;
    for (p, pool) in pay.pools.iter().enumerate() {
        let start = n + 1;
        for t in outcome
            .teachers
            .iter()
            .filter(|t| t.pay.as_ref().is_some_and(|l| l.pool == p))
        {
            let Some(line) = &t.pay else { continue };
            n += 1;
            let r = row(n)?;
            fit.text(r, 0, &t.key, &text);
            fit.text(r, 1, &t.name, &text);
            if let Some(g) = &pool.group {
                fit.text(r, 2, g, &text);
            }
            let shown = |v: rust_decimal::Decimal, places| fixed(v.round_dp(places), places);
            let score_places = rubric.rounding.places;
            fit.number(
                r,
                first,
                cell(t.total),
                &shown(t.total, score_places),
                &score,
            );
            let grade = t
                .grade
                .and_then(|g| rubric.grades.get(g))
                .map_or("", |g| g.name.as_str());
            fit.text(r, first + 1, grade, &text);
            fit.text(r, first + 2, &plain(line.weight), &text);
            let exact_value = line.exact.round_dp(2);
            fit.number(
                r,
                first + 3,
                cell(exact_value),
                &shown(exact_value, 2),
                &exact,
            );
            fit.number(
                r,
                amount_col,
                cell(line.amount),
                &shown(line.amount, places),
                &money,
            );
            let basis = pay_basis(rubric, outcome, t);
            fit.text(r, first + 5, basis.get(locale), &text);
        }
        // The pool's total: a formula over its amounts, cached with the
        // exact sum, and what the pool was.
        n += 1;
        let r = row(n)?;
        let label = match &pool.group {
            Some(g) => format!("{g} {}", msg::pay_total_row().get(locale)),
            None => msg::pay_total_row().get(locale).to_string(),
        };
        fit.text(r, 1, &label, &text);
        let column = crate::provenance::column_letters(u32::from(amount_col));
        let formula = Formula::new(format!("=SUM({column}{}:{column}{})", start + 1, n))
            .set_result(fixed(pool.paid, places));
        sheet.write_formula_with_format(r, amount_col, formula, &total)?;
        fit.note(amount_col, &fixed(pool.paid, places));
        let said = match pool.pool {
            Some(p) => msg::pay_pool_of(fixed(p, places)),
            None => msg::pay_fixed_total().text(),
        };
        fit.text(r, first + 5, said.get(locale), &text);
    }
    let units = fit.finish(sheet)?;
    sheet.set_freeze_panes(1, 2)?;
    print_fitted(sheet, ctx.labels.page_footer, (0, 0), (0, 1), units)
}
