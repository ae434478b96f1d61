//! 规则: the rubric as it was applied — items with their maxima, where they
//! start and each rule in words, then vetoes, grade bands, rounding and full
//! marks — so the workbook can be audited without the TOML file.

use rust_xlsxwriter::{RowNum, Worksheet, XlsxError};

use super::describe::{describe_adjustment, describe_quota, describe_rule, describe_threshold};
use super::number::cell;
use super::sheet::{header_row, landscape_a4, section_header, Ctx};
use super::style::{self, Widths};
use crate::i18n::report as msg;
use crate::rubric::Start;
use crate::show::fixed;
use crate::show::plain;

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

    r = section_header(
        sheet,
        r,
        l.section_items,
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
        // A category inside another is named with it: 线上教学 / 线上过程教学.
        let category = rubric.category_path(item.category);
        let category = category.as_str();
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
                    .map_or(String::new(), |s| s.display_name());
                put(sheet, r, 6, &source, &mut widths)?;
            }
        }
    }

    // Thresholds, when the rubric has any: items', then categories'.
    let thresholds: Vec<(&str, &str, rust_decimal::Decimal)> = ctx
        .item_order
        .iter()
        .filter_map(|&i| rubric.items.get(i))
        .filter_map(|item| {
            let category = rubric
                .categories
                .get(item.category)
                .map_or("", |c| c.name.as_str());
            item.threshold.map(|t| (category, item.name.as_str(), t))
        })
        .chain(rubric.categories.iter().filter_map(|c| {
            c.threshold
                .map(|t| (c.name.as_str(), l.category_subtotal, t))
        }))
        .collect();
    if !thresholds.is_empty() {
        r += 2;
        sheet.write_string_with_format(r, 0, l.threshold, &section)?;
        r += 1;
        header_row(
            sheet,
            r,
            &[l.category, l.item, l.threshold, l.rule_text],
            &mut widths,
        )?;
        for (category, item, min) in thresholds {
            r += 1;
            put(sheet, r, 0, category, &mut widths)?;
            put(sheet, r, 1, item, &mut widths)?;
            sheet.write_number_with_format(r, 2, cell(min), &score)?;
            put(
                sheet,
                r,
                3,
                &describe_threshold(min, ctx.locale),
                &mut widths,
            )?;
        }
    }

    r += 2;
    r = section_header(
        sheet,
        r,
        l.section_vetoes,
        &[l.veto, l.data_source, l.condition, l.forced_grade],
        &mut widths,
    )?;
    for veto in &rubric.vetoes {
        r += 1;
        put(sheet, r, 0, &veto.name, &mut widths)?;
        let source = rubric
            .sources
            .get(veto.source)
            .map_or(String::new(), |s| s.display_name());
        put(sheet, r, 1, &source, &mut widths)?;
        let when = veto.when.say(&rubric.naming(veto.source));
        let condition = match veto.at_least {
            1 => when.get(ctx.locale).to_string(),
            n => msg::veto_from_records(&when, n).get(ctx.locale).to_string(),
        };
        put(sheet, r, 2, &condition, &mut widths)?;
        let grade = rubric
            .grades
            .get(veto.grade)
            .map_or("", |g| g.name.as_str());
        put(sheet, r, 3, grade, &mut widths)?;
    }

    if !rubric.adjustments.is_empty() {
        r += 2;
        r = section_header(
            sheet,
            r,
            l.section_adjustments,
            &[l.adjust_notes, l.category, l.factor, l.rule_text],
            &mut widths,
        )?;
        for adj in &rubric.adjustments {
            r += 1;
            put(sheet, r, 0, &adj.name, &mut widths)?;
            let category = rubric
                .categories
                .get(adj.category)
                .map_or("", |c| c.name.as_str());
            put(sheet, r, 1, category, &mut widths)?;
            put(sheet, r, 2, &plain(adj.factor), &mut widths)?;
            let words = describe_adjustment(rubric, adj, ctx.locale);
            widths.fit(3, &words);
            sheet.write_string_with_format(r, 3, &words, &wrapped)?;
        }
    }

    r += 2;
    sheet.write_string_with_format(r, 0, l.section_grades, &section)?;
    r += 1;
    let by_quota = rubric.quota.is_some();
    let second = if by_quota { l.grade_share } else { l.grade_min };
    header_row(sheet, r, &[l.grade, second], &mut widths)?;
    for grade in &rubric.grades {
        r += 1;
        put(sheet, r, 0, &grade.name, &mut widths)?;
        match (grade.share, grade.min) {
            (Some(share), _) => put(sheet, r, 1, &format!("{}%", plain(share)), &mut widths)?,
            (None, Some(min)) => {
                sheet.write_number_with_format(r, 1, cell(min), &score)?;
                widths.fit(1, &fixed(min, ctx.places));
            }
            (None, None) => put(sheet, r, 1, l.grade_rest, &mut widths)?,
        }
    }
    if let Some(quota) = &rubric.quota {
        r += 2;
        sheet.write_string_with_format(r, 0, l.section_quota, &section)?;
        let labels = [
            l.quota_scope,
            l.quota_counts,
            l.quota_ties,
            l.quota_tie_break,
            l.quota_vetoed,
        ];
        for (label, words) in labels.iter().zip(describe_quota(rubric, quota, ctx.locale)) {
            r += 1;
            put(sheet, r, 0, label, &mut widths)?;
            put(sheet, r, 1, &words, &mut widths)?;
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
    if rubric.rounding.at != crate::rubric::RoundAt::Items {
        r += 1;
        put(sheet, r, 0, l.rounding_at, &mut widths)?;
        put(
            sheet,
            r,
            1,
            rubric.rounding.at.label(ctx.locale),
            &mut widths,
        )?;
    }
    r += 1;
    put(sheet, r, 0, l.full_marks, &mut widths)?;
    sheet.write_number_with_format(r, 1, cell(rubric.full_marks), &score)?;

    widths.apply(sheet)?;
    landscape_a4(sheet).set_print_fit_to_pages(1, 0);
    Ok(())
}
