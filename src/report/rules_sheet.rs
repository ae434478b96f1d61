//! 规则: the rubric as it was applied — items with their maxima, where they
//! start and each rule in words, then vetoes, grade bands, rounding and full
//! marks — so the workbook can be audited without the TOML file.

use rust_xlsxwriter::{RowNum, Worksheet, XlsxError};

use super::describe::describe_rule;
use super::number::{cell, fixed};
use super::style::{self, Widths};
use super::workbook::{header_row, Ctx};
use crate::rubric::Start;

pub(super) fn write(sheet: &mut Worksheet, ctx: &Ctx<'_>) -> Result<(), XlsxError> {
    let l = ctx.labels;
    let rubric = ctx.rubric;
    let mut widths = Widths::new(60);
    let text = style::text(false);
    let wrapped = style::wrapped();
    let score = style::score(ctx.places, false);
    let section = style::section();
    let mut r: RowNum = 0;
    let put = |sheet: &mut Worksheet, r: RowNum, c: u16, value: &str, widths: &mut Widths| {
        widths.fit(c, value);
        sheet
            .write_string_with_format(r, c, value, &text)
            .map(|_| ())
    };

    sheet.write_string_with_format(r, 0, l.section_items, &section)?;
    r += 1;
    header_row(
        sheet,
        r,
        &[
            l.category,
            l.item,
            l.max,
            l.start,
            l.rule,
            l.rule_text,
            l.data_source,
        ],
        &mut widths,
    )?;
    for &i in &ctx.item_order {
        let Some(item) = rubric.items.get(i) else {
            continue;
        };
        let category = rubric
            .categories
            .get(item.category)
            .map_or("", |c| c.name.as_str());
        let start = match item.start {
            Start::Max => l.start_max,
            Start::Zero => l.start_zero,
        };
        // An item without rules still gets its row: its maximum and start
        // are part of the rubric.
        let rules: Vec<Option<&crate::rubric::Rule>> = if item.rules.is_empty() {
            vec![None]
        } else {
            item.rules.iter().map(Some).collect()
        };
        for rule in rules {
            r += 1;
            put(sheet, r, 0, category, &mut widths)?;
            put(sheet, r, 1, &item.name, &mut widths)?;
            sheet.write_number_with_format(r, 2, cell(item.max), &score)?;
            widths.fit(2, &fixed(item.max, ctx.places));
            put(sheet, r, 3, start, &mut widths)?;
            if let Some(rule) = rule {
                put(sheet, r, 4, &rule.label, &mut widths)?;
                let words = describe_rule(rubric, item, rule, ctx.locale);
                widths.fit(5, &words);
                sheet.write_string_with_format(r, 5, &words, &wrapped)?;
                let source = rubric
                    .sources
                    .get(rule.source)
                    .map_or("", |s| s.id.as_str());
                put(sheet, r, 6, source, &mut widths)?;
            }
        }
    }

    r += 2;
    sheet.write_string_with_format(r, 0, l.section_vetoes, &section)?;
    r += 1;
    header_row(
        sheet,
        r,
        &[l.veto, l.data_source, l.condition, l.forced_grade],
        &mut widths,
    )?;
    for veto in &rubric.vetoes {
        r += 1;
        put(sheet, r, 0, &veto.name, &mut widths)?;
        let source = rubric
            .sources
            .get(veto.source)
            .map_or("", |s| s.id.as_str());
        put(sheet, r, 1, source, &mut widths)?;
        put(sheet, r, 2, veto.when.source(), &mut widths)?;
        let grade = rubric
            .grades
            .get(veto.grade)
            .map_or("", |g| g.name.as_str());
        put(sheet, r, 3, grade, &mut widths)?;
    }

    r += 2;
    sheet.write_string_with_format(r, 0, l.section_grades, &section)?;
    r += 1;
    header_row(sheet, r, &[l.grade, l.grade_min], &mut widths)?;
    for grade in &rubric.grades {
        r += 1;
        put(sheet, r, 0, &grade.name, &mut widths)?;
        match grade.min {
            Some(min) => {
                sheet.write_number_with_format(r, 1, cell(min), &score)?;
                widths.fit(1, &fixed(min, ctx.places));
            }
            None => put(sheet, r, 1, l.grade_rest, &mut widths)?,
        }
    }

    r += 2;
    sheet.write_string_with_format(r, 0, l.section_scoring, &section)?;
    r += 1;
    put(sheet, r, 0, l.rounding_places, &mut widths)?;
    sheet.write_number_with_format(r, 1, rubric.rounding.places, &style::integer(false))?;
    r += 1;
    put(sheet, r, 0, l.rounding_mode, &mut widths)?;
    put(
        sheet,
        r,
        1,
        rubric.rounding.mode.label(ctx.locale),
        &mut widths,
    )?;
    r += 1;
    put(sheet, r, 0, l.full_marks, &mut widths)?;
    sheet.write_number_with_format(r, 1, cell(rubric.full_marks), &score)?;

    widths.apply(sheet)?;
    sheet
        .set_landscape()
        .set_paper_size(9)
        .set_print_fit_to_pages(1, 0);
    Ok(())
}
