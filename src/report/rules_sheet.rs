//! 规则: the rubric as it was applied — items with their maxima, where they
//! start and each rule in words, then vetoes, grade bands, rounding and full
//! marks — so the workbook can be audited without the TOML file.

use rust_xlsxwriter::{RowNum, Worksheet, XlsxError};

use super::describe::{describe_adjustment, describe_quota, describe_rule, describe_threshold};
use super::fit::Fit;
use super::number::cell;
use super::sheet::{print_sections, Ctx, BUDGET_UNITS};
use super::style;
use crate::i18n::report as msg;
use crate::rubric::Start;
use crate::show::fixed;
use crate::show::plain;

pub(super) fn write(sheet: &mut Worksheet, ctx: &Ctx<'_>) -> Result<(), XlsxError> {
    let mut fit = Fit::new(BUDGET_UNITS);
    let mut r = items(sheet, ctx, &mut fit, 0)?;
    r = thresholds(sheet, ctx, &mut fit, r)?;
    r = vetoes(sheet, ctx, &mut fit, r)?;
    r = adjustments(sheet, ctx, &mut fit, r)?;
    r = grades(sheet, ctx, &mut fit, r)?;
    scoring(ctx, &mut fit, r);
    let units = fit.finish(sheet)?;
    // Across pages, each starts with the category and item of its rules.
    print_sections(sheet, ctx.labels.page_footer, (0, 1), units)
}

/// A decimal as the sheet shows it, to the rubric's places.
fn shown(ctx: &Ctx<'_>, value: rust_decimal::Decimal) -> String {
    fixed(value.round_dp(ctx.places), ctx.places)
}

/// The name people know source `s` by.
fn source_name(rubric: &crate::rubric::Rubric, s: usize) -> String {
    rubric
        .sources
        .get(s)
        .map_or(String::new(), |s| s.display_name())
}

/// Every item with its maximum, where it starts and each rule in words,
/// from row `r` (its section's title).
fn items(
    sheet: &mut Worksheet,
    ctx: &Ctx<'_>,
    fit: &mut Fit,
    mut r: RowNum,
) -> Result<RowNum, XlsxError> {
    let l = ctx.labels;
    let rubric = ctx.rubric;
    let text = style::text(false);
    let score = style::score(ctx.places, false);
    r = fit.section(
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
            fit.text(r, 0, category, &text);
            fit.text(r, 1, &item.name, &text);
            fit.number(r, 2, cell(item.max), &shown(ctx, item.max), &score);
            fit.text(r, 3, start, &text);
            if let Some(rule) = rule {
                fit.text(r, 4, &rule.label, &text);
                let words = describe_rule(rubric, item, rule, ctx.locale);
                fit.text(r, 5, &words, &text);
                fit.text(r, 6, &source_name(rubric, rule.source), &text);
            }
        }
    }

    Ok(r)
}

/// Thresholds, when the rubric has any: items', then categories'.
fn thresholds(
    sheet: &mut Worksheet,
    ctx: &Ctx<'_>,
    fit: &mut Fit,
    mut r: RowNum,
) -> Result<RowNum, XlsxError> {
    let l = ctx.labels;
    let rubric = ctx.rubric;
    let text = style::text(false);
    let score = style::score(ctx.places, false);
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
        r = fit.section(
            sheet,
            r,
            l.threshold,
            &[l.category, l.item, l.threshold, l.rule_text],
        )?;
        for (category, item, min) in thresholds {
            r += 1;
            fit.text(r, 0, category, &text);
            fit.text(r, 1, item, &text);
            fit.number(r, 2, cell(min), &shown(ctx, min), &score);
            fit.text(r, 3, &describe_threshold(min, ctx.locale), &text);
        }
    }

    Ok(r)
}

/// The vetoes: each one's condition and the grade it forces.
fn vetoes(
    sheet: &mut Worksheet,
    ctx: &Ctx<'_>,
    fit: &mut Fit,
    mut r: RowNum,
) -> Result<RowNum, XlsxError> {
    let l = ctx.labels;
    let rubric = ctx.rubric;
    let text = style::text(false);
    r += 2;
    r = fit.section(
        sheet,
        r,
        l.section_vetoes,
        &[l.veto, l.data_source, l.condition, l.forced_grade],
    )?;
    for veto in &rubric.vetoes {
        r += 1;
        let when = veto.when.say(&rubric.naming(veto.source));
        let condition = match veto.at_least {
            1 => when.get(ctx.locale).to_string(),
            n => msg::veto_from_records(&when, n).get(ctx.locale).to_string(),
        };
        let grade = rubric.grades.get(veto.grade).map_or("", |g| &g.name);
        let source = source_name(rubric, veto.source);
        fit.texts(r, &[&veto.name, &source, &condition, grade], &text);
    }

    Ok(r)
}

/// The adjustments, when the rubric has any.
fn adjustments(
    sheet: &mut Worksheet,
    ctx: &Ctx<'_>,
    fit: &mut Fit,
    mut r: RowNum,
) -> Result<RowNum, XlsxError> {
    let l = ctx.labels;
    let rubric = ctx.rubric;
    let text = style::text(false);
    if !rubric.adjustments.is_empty() {
        r += 2;
        r = fit.section(
            sheet,
            r,
            l.section_adjustments,
            &[l.adjust_notes, l.category, l.factor, l.rule_text],
        )?;
        for adj in &rubric.adjustments {
            r += 1;
            let category = rubric.categories.get(adj.category).map_or("", |c| &c.name);
            let words = describe_adjustment(rubric, adj, ctx.locale);
            fit.texts(r, &[&adj.name, category, &plain(adj.factor), &words], &text);
        }
    }

    Ok(r)
}

/// The grades, by minimum or by share, then the quota's terms.
fn grades(
    sheet: &mut Worksheet,
    ctx: &Ctx<'_>,
    fit: &mut Fit,
    mut r: RowNum,
) -> Result<RowNum, XlsxError> {
    let l = ctx.labels;
    let rubric = ctx.rubric;
    let text = style::text(false);
    let score = style::score(ctx.places, false);
    r += 2;
    let by_quota = rubric.quota.is_some();
    let second = if by_quota { l.grade_share } else { l.grade_min };
    r = fit.section(sheet, r, l.section_grades, &[l.grade, second])?;
    for grade in &rubric.grades {
        r += 1;
        fit.text(r, 0, &grade.name, &text);
        match (grade.share, grade.min) {
            (Some(share), _) => fit.text(r, 1, &format!("{}%", plain(share)), &text),
            (None, Some(min)) => {
                fit.number(r, 1, cell(min), &shown(ctx, min), &score);
            }
            (None, None) => fit.text(r, 1, l.grade_rest, &text),
        }
    }
    if let Some(quota) = &rubric.quota {
        r += 2;
        fit.title(r, l.section_quota);
        let labels = [
            l.quota_scope,
            l.quota_counts,
            l.quota_ties,
            l.quota_tie_break,
            l.quota_vetoed,
        ];
        for (label, words) in labels.iter().zip(describe_quota(rubric, quota, ctx.locale)) {
            r += 1;
            fit.text(r, 0, label, &text);
            fit.text(r, 1, &words, &text);
        }
    }

    Ok(r)
}

/// Rounding and full marks.
fn scoring(ctx: &Ctx<'_>, fit: &mut Fit, mut r: RowNum) {
    let l = ctx.labels;
    let rubric = ctx.rubric;
    let text = style::text(false);
    let score = style::score(ctx.places, false);
    r += 2;
    fit.title(r, l.section_scoring);
    r += 1;
    fit.text(r, 0, l.rounding_places, &text);
    let places = rubric.rounding.places;
    fit.number(
        r,
        1,
        f64::from(places),
        &places.to_string(),
        &style::integer(false),
    );
    r += 1;
    fit.text(r, 0, l.rounding_mode, &text);
    fit.text(r, 1, rubric.rounding.mode.label(ctx.locale), &text);
    if rubric.rounding.at != crate::rubric::RoundAt::Items {
        r += 1;
        fit.text(r, 0, l.rounding_at, &text);
        fit.text(r, 1, rubric.rounding.at.label(ctx.locale), &text);
    }
    r += 1;
    fit.text(r, 0, l.full_marks, &text);
    let full = rubric.full_marks;
    fit.number(r, 1, cell(full), &shown(ctx, full), &score);
}
