//! 绩效工资: each teacher's performance pay with what it was weighed by, the
//! exact share and the amount, and under each pool a total whose formula
//! adds up the amounts (cached with the exact sum, which is the pool).

use rust_xlsxwriter::{Formula, Worksheet, XlsxError};

use super::number::cell;
use super::pay_basis::{pay_basis, unit_places};
use super::sheet::{header_row, print_as_list, row, Ctx};
use super::style::{self, Widths};
use crate::i18n::report as msg;
use crate::show::{fixed, plain};

pub(super) fn write(sheet: &mut Worksheet, ctx: &Ctx<'_>) -> Result<(), XlsxError> {
    let (rubric, outcome, locale) = (ctx.rubric, ctx.outcome, ctx.locale);
    let Some(pay) = &outcome.pay else {
        return Ok(());
    };
    let l = ctx.labels;
    let mut widths = Widths::new(60);
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
    header_row(sheet, 0, &titles, &mut widths)?;
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
            sheet.write_string_with_format(r, 0, &t.key, &text)?;
            sheet.write_string_with_format(r, 1, &t.name, &text)?;
            widths.fit(1, &t.name);
            if let Some(g) = &pool.group {
                sheet.write_string_with_format(r, 2, g, &text)?;
                widths.fit(2, g);
            }
            sheet.write_number_with_format(r, first, cell(t.total), &score)?;
            let grade = t
                .grade
                .and_then(|g| rubric.grades.get(g))
                .map_or("", |g| g.name.as_str());
            sheet.write_string_with_format(r, first + 1, grade, &text)?;
            sheet.write_string_with_format(r, first + 2, plain(line.weight), &text)?;
            sheet.write_number_with_format(r, first + 3, cell(line.exact.round_dp(2)), &exact)?;
            sheet.write_number_with_format(r, amount_col, cell(line.amount), &money)?;
            let basis = pay_basis(rubric, outcome, t);
            let basis = basis.get(locale);
            sheet.write_string_with_format(r, first + 5, basis, &text)?;
            widths.fit(first + 5, basis);
        }
        // The pool's total: a formula over its amounts, cached with the
        // exact sum, and what the pool was.
        n += 1;
        let r = row(n)?;
        let label = match &pool.group {
            Some(g) => format!("{g} {}", msg::pay_total_row().get(locale)),
            None => msg::pay_total_row().get(locale).to_string(),
        };
        sheet.write_string_with_format(r, 1, &label, &text)?;
        let column = crate::provenance::column_letters(u32::from(amount_col));
        let formula = Formula::new(format!("=SUM({column}{}:{column}{})", start + 1, n))
            .set_result(fixed(pool.paid, places));
        sheet.write_formula_with_format(r, amount_col, formula, &total)?;
        let said = match pool.pool {
            Some(p) => msg::pay_pool_of(fixed(p, places)),
            None => msg::pay_fixed_total().text(),
        };
        sheet.write_string_with_format(r, first + 5, said.get(locale), &text)?;
    }
    sheet.set_freeze_panes(1, 2)?;
    widths.apply(sheet)?;
    print_as_list(sheet)
}
