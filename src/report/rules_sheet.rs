//! 规则: the rubric as it was applied — items with their maxima, where they
//! start and each rule in words, then vetoes, grade bands, rounding and full
//! marks — so the workbook can be audited without the TOML file.

use rust_xlsxwriter::{ColNum, Format, RowNum, Worksheet, XlsxError};

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
    let mut rules = Sections {
        sheet,
        ctx,
        fit: Fit::new(BUDGET_UNITS),
        text: style::text(false),
        score: style::score(ctx.places, false),
    };
    let mut r = rules.items(0)?;
    r = rules.thresholds(r)?;
    r = rules.vetoes(r)?;
    r = rules.adjustments(r)?;
    r = rules.grades(r)?;
    rules.scoring(r);
    let Sections { sheet, fit, .. } = rules;
    let units = fit.finish(sheet)?;
    // Across pages, each starts with the category and item of its rules.
    print_sections(sheet, ctx.labels.page_footer, (0, 1), units)
}

/// The name people know source `s` by.
fn source_name(rubric: &crate::rubric::Rubric, s: usize) -> String {
    rubric
        .sources
        .get(s)
        .map_or(String::new(), |s| s.display_name())
}

/// 规则 being written: each section starts from the row it is given and
/// returns its last, all laid out by one [`Fit`].
struct Sections<'s, 'c> {
    sheet: &'s mut Worksheet,
    ctx: &'s Ctx<'c>,
    fit: Fit,
    /// The format of a text cell.
    text: Format,
    /// The format of a score.
    score: Format,
}

impl Sections<'_, '_> {
    fn write_text(&mut self, r: RowNum, c: ColNum, text: &str) {
        self.fit.text(r, c, text, &self.text);
    }

    /// A score or a maximum, to the rubric's places.
    fn write_score(&mut self, r: RowNum, c: ColNum, value: rust_decimal::Decimal) {
        let places = self.ctx.places;
        let shown = fixed(value.round_dp(places), places);
        self.fit.number(r, c, cell(value), &shown, &self.score);
    }

    /// Every item with its maximum, where it starts and each rule in words,
    /// from row `r` (its section's title).
    fn items(&mut self, mut r: RowNum) -> Result<RowNum, XlsxError> {
        let ctx = self.ctx;
        let (l, rubric) = (ctx.labels, ctx.rubric);
        r = self.fit.section(
            self.sheet,
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
                self.write_text(r, 0, category);
                self.write_text(r, 1, &item.name);
                self.write_score(r, 2, item.max);
                self.write_text(r, 3, start);
                if let Some(rule) = rule {
                    self.write_text(r, 4, &rule.label);
                    let words = describe_rule(rubric, item, rule, ctx.locale);
                    self.write_text(r, 5, &words);
                    self.write_text(r, 6, &source_name(rubric, rule.source));
                }
            }
        }

        Ok(r)
    }

    /// Thresholds, when the rubric has any: items', then categories'.
    fn thresholds(&mut self, mut r: RowNum) -> Result<RowNum, XlsxError> {
        let ctx = self.ctx;
        let (l, rubric) = (ctx.labels, ctx.rubric);
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
            r = self.fit.section(
                self.sheet,
                r,
                l.threshold,
                &[l.category, l.item, l.threshold, l.rule_text],
            )?;
            for (category, item, min) in thresholds {
                r += 1;
                self.write_text(r, 0, category);
                self.write_text(r, 1, item);
                self.write_score(r, 2, min);
                self.write_text(r, 3, &describe_threshold(min, ctx.locale));
            }
        }

        Ok(r)
    }

    /// The vetoes: each one's condition and the grade it forces.
    fn vetoes(&mut self, mut r: RowNum) -> Result<RowNum, XlsxError> {
        let ctx = self.ctx;
        let (l, rubric) = (ctx.labels, ctx.rubric);
        r += 2;
        r = self.fit.section(
            self.sheet,
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
            self.fit
                .texts(r, &[&veto.name, &source, &condition, grade], &self.text);
        }

        Ok(r)
    }

    /// The adjustments, when the rubric has any.
    fn adjustments(&mut self, mut r: RowNum) -> Result<RowNum, XlsxError> {
        let ctx = self.ctx;
        let (l, rubric) = (ctx.labels, ctx.rubric);
        if !rubric.adjustments.is_empty() {
            r += 2;
            r = self.fit.section(
                self.sheet,
                r,
                l.section_adjustments,
                &[l.adjust_notes, l.category, l.factor, l.rule_text],
            )?;
            for adj in &rubric.adjustments {
                r += 1;
                let category = rubric.categories.get(adj.category).map_or("", |c| &c.name);
                let words = describe_adjustment(rubric, adj, ctx.locale);
                self.fit.texts(
                    r,
                    &[&adj.name, category, &plain(adj.factor), &words],
                    &self.text,
                );
            }
        }

        Ok(r)
    }

    /// The grades, by minimum or by share, then the quota's terms.
    fn grades(&mut self, mut r: RowNum) -> Result<RowNum, XlsxError> {
        let ctx = self.ctx;
        let (l, rubric) = (ctx.labels, ctx.rubric);
        r += 2;
        let by_quota = rubric.quota.is_some();
        let second = if by_quota { l.grade_share } else { l.grade_min };
        r = self
            .fit
            .section(self.sheet, r, l.section_grades, &[l.grade, second])?;
        for grade in &rubric.grades {
            r += 1;
            self.write_text(r, 0, &grade.name);
            match (grade.share, grade.min) {
                (Some(share), _) => self
                    .fit
                    .text(r, 1, &format!("{}%", plain(share)), &self.text),
                (None, Some(min)) => {
                    self.write_score(r, 1, min);
                }
                (None, None) => self.write_text(r, 1, l.grade_rest),
            }
        }
        if let Some(quota) = &rubric.quota {
            r += 2;
            self.fit.title(r, l.section_quota);
            let labels = [
                l.quota_scope,
                l.quota_counts,
                l.quota_ties,
                l.quota_tie_break,
                l.quota_vetoed,
            ];
            for (label, words) in labels.iter().zip(describe_quota(rubric, quota, ctx.locale)) {
                r += 1;
                self.write_text(r, 0, label);
                self.write_text(r, 1, &words);
            }
        }

        Ok(r)
    }

    /// Rounding and full marks.
    fn scoring(&mut self, mut r: RowNum) {
        let ctx = self.ctx;
        let (l, rubric) = (ctx.labels, ctx.rubric);
        r += 2;
        self.fit.title(r, l.section_scoring);
        r += 1;
        self.write_text(r, 0, l.rounding_places);
        let places = rubric.rounding.places;
        self.fit.number(
            r,
            1,
            f64::from(places),
            &places.to_string(),
            &style::integer(false),
        );
        r += 1;
        self.write_text(r, 0, l.rounding_mode);
        self.write_text(r, 1, rubric.rounding.mode.label(ctx.locale));
        if rubric.rounding.at != crate::rubric::RoundAt::Items {
            r += 1;
            self.write_text(r, 0, l.rounding_at);
            self.write_text(r, 1, rubric.rounding.at.label(ctx.locale));
        }
        r += 1;
        self.write_text(r, 0, l.full_marks);
        let full = rubric.full_marks;
        self.write_score(r, 1, full);
    }
}
