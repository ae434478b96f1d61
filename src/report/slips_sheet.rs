//! 个人 (`--slips`): one printable slip per teacher — 个人考核结果 with each
//! item's score and the evidence behind it in a line, the total, the grade
//! and any veto — each on its own A4 page, so the office can print the sheet
//! once and hand every teacher their page to read and sign.
//!
//! It is a sheet of the scored workbook rather than a workbook of its own:
//! one file to keep, and the slip's total is a formula over the same scores.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use rust_xlsxwriter::{Format, FormatAlign, Formula, RowNum, Worksheet, XlsxError};

use super::bilingual::join_names;
use super::number::cell;
use super::publish::{evidence_label, no_evidence, record_place};
use super::sheet::{Ctx, PORTRAIT_UNITS};
use super::style;
use super::summary_sheet::{adjust_notes, lookup, Columns as SummaryColumns};
use crate::engine::{EvidenceKind, GradeBasis, ItemResult, TeacherResult};
use crate::i18n::report as msg;
use crate::rubric::Item;
use crate::show::{fixed, plain, rounded};

const LAST_COL: u16 = 4;
/// The evidence column (依据).
const EVIDENCE: usize = 4;

/// Each column's width in character units and whether it wraps (类别, 项目,
/// 满分, 得分, 依据): as wide as its widest text, the evidence widest,
/// until together they pass the width of A4 portrait; then the long ones
/// share what the scores leave and wrap.
type Columns = [(usize, bool); 5];

fn columns(ctx: &Ctx<'_>) -> Columns {
    let l = ctx.labels;
    let width = |t: &str| crate::show::width(t) + 2;
    let items: Vec<&Item> = ctx
        .item_order
        .iter()
        .filter_map(|&i| ctx.rubric.items.get(i))
        .collect();
    let widest =
        |head: &str, texts: &mut dyn Iterator<Item = usize>| texts.fold(width(head), usize::max);
    let mut wants = [
        widest(
            l.category,
            &mut items.iter().map(|i| width(ctx.rubric.category_name(i))),
        ),
        widest(l.item, &mut items.iter().map(|i| width(&i.name))),
        widest(
            l.max,
            &mut std::iter::once(width(&fixed(ctx.rubric.full_marks, ctx.places))),
        ),
        widest(
            l.score,
            &mut std::iter::once(width(&fixed(ctx.rubric.full_marks, ctx.places))),
        ),
        0,
    ];
    wants[EVIDENCE] = ctx
        .outcome
        .teachers
        .iter()
        .flat_map(|t| {
            ctx.item_order.iter().filter_map(move |&i| {
                let (item, result) = (ctx.rubric.items.get(i)?, t.items.get(i)?);
                Some(width(&summarise(ctx, item, result)))
            })
        })
        .fold(width(l.evidence_summary), usize::max);
    let fitted = style::fit_columns(&wants, PORTRAIT_UNITS);
    let mut cols = [(0, false); 5];
    cols.copy_from_slice(&fitted);
    cols
}

pub(super) fn write(sheet: &mut Worksheet, ctx: &Ctx<'_>) -> Result<(), XlsxError> {
    let cols = columns(ctx);
    for (c, &(w, _)) in (0u16..).zip(&cols) {
        sheet.set_column_width(c, w as f64)?;
    }
    let mut r: RowNum = 0;
    let mut starts = Vec::new();
    for teacher in &ctx.outcome.teachers {
        starts.push(r);
        r = slip(sheet, ctx, &cols, teacher, r)?;
    }
    // A break at row r starts a new page with row r: every slip after the
    // first begins a page.
    if starts.len() > 1 {
        sheet.set_page_breaks(&starts[1..])?;
    }
    sheet
        .set_paper_size(9)
        .set_print_fit_to_pages(1, 0)
        .set_print_center_horizontally(true)
        .set_footer(format!("&C{}", ctx.labels.page_footer));
    Ok(())
}

/// Writes one slip from row `r`; returns the row after it.
fn slip(
    sheet: &mut Worksheet,
    ctx: &Ctx<'_>,
    cols: &Columns,
    teacher: &TeacherResult,
    mut r: RowNum,
) -> Result<RowNum, XlsxError> {
    let l = ctx.labels;
    let center = Format::new().set_align(FormatAlign::Center);
    sheet.merge_range(
        r,
        0,
        r,
        LAST_COL,
        l.slip_title,
        &style::title().set_align(FormatAlign::Center),
    )?;
    r += 1;
    let mut subtitle = ctx.rubric.name.clone();
    if let Some(p) = ctx.outcome.run.period {
        subtitle.push_str(&format!(
            "    {}{}{}",
            p.from.format("%Y-%m-%d"),
            l.period_to,
            p.to.format("%Y-%m-%d")
        ));
    }
    sheet.merge_range(r, 0, r, LAST_COL, &subtitle, &center)?;
    r += 1;
    let fact = |label, value: &str| msg::slip_fact(label, value).get(ctx.locale).to_string();
    let mut who = format!(
        "{}    {}",
        fact(l.key, &teacher.key),
        fact(l.name, &teacher.name)
    );
    if let Some(school) = &teacher.school {
        who.push_str(&format!("    {}", fact(l.school, school)));
    }
    sheet.merge_range(r, 0, r, LAST_COL, &who, &Format::new())?;
    r += 1;

    let head = style::header();
    for (c, text) in (0u16..).zip([l.category, l.item, l.max, l.score, l.evidence_summary]) {
        sheet.write_string_with_format(r, c, text, &head)?;
    }
    r += 1;

    let text = style::boxed(Format::new().set_align(FormatAlign::VerticalCenter));
    let wrapped = style::boxed(style::wrapped());
    // A name too long for its column wraps in it.
    let name = |c: usize| match cols[c] {
        (_, true) => text.clone().set_text_wrap(),
        (_, false) => text.clone(),
    };
    let score = style::boxed(style::score(ctx.places, false));
    let first_item = r;
    for &i in &ctx.item_order {
        let (Some(item), Some(result)) = (ctx.rubric.items.get(i), teacher.items.get(i)) else {
            continue;
        };
        let category = ctx.rubric.category_name(item);
        sheet.write_string_with_format(r, 0, category, &name(0))?;
        sheet.write_string_with_format(r, 1, &item.name, &name(1))?;
        sheet.write_number_with_format(r, 2, cell(item.max), &score)?;
        sheet.write_number_with_format(r, 3, cell(result.score), &score)?;
        let summary = summarise(ctx, item, result);
        sheet.write_string_with_format(r, 4, &summary, &wrapped)?;
        fit_height(sheet, r, cols, &[category, &item.name, "", "", &summary])?;
        r += 1;
    }
    let items_end = r;

    let bold = style::boxed(style::total(ctx.places, false));
    let label = style::boxed(style::section());
    // A category multiplied (折半计入), capped or rounded on its own makes
    // the total other than the items' sum: said on a line of its own, and
    // the total taken from 汇总, whose formula does that arithmetic, so a
    // spreadsheet that recalculates shows our total, not the items' sum.
    let items_sum: Decimal = ctx
        .item_order
        .iter()
        .filter_map(|&i| teacher.items.get(i))
        .map(|result| result.score)
        .sum();
    let as_summed = items_sum == teacher.total;
    if !teacher.adjustments.is_empty() {
        let notes = adjust_notes(ctx.rubric, teacher, ctx.locale);
        sheet.merge_range(r, 0, r, 3, l.adjust_notes, &label)?;
        sheet.write_string_with_format(r, 4, &notes, &wrapped)?;
        fit_height(sheet, r, cols, &["", "", "", "", &notes])?;
        r += 1;
    }
    sheet.merge_range(r, 0, r, 1, l.total, &label)?;
    sheet.write_number_with_format(r, 2, cell(ctx.rubric.full_marks), &score)?;
    let total = if !as_summed {
        let column = SummaryColumns::new(ctx)?.total;
        lookup(
            ctx,
            column,
            &format!("\"{}\"", teacher.key.replace('"', "\"\"")),
        )
    } else if items_end > first_item {
        format!("SUM(D{}:D{})", first_item + 1, items_end)
    } else {
        "0".to_string()
    };
    sheet.write_formula_with_format(
        r,
        3,
        Formula::new(total).set_result(fixed(teacher.total, ctx.places)),
        &bold,
    )?;
    sheet.write_blank(r, 4, &text)?;
    r += 1;

    let mut grade = teacher
        .grade
        .and_then(|g| ctx.rubric.grades.get(g))
        .map_or(String::new(), |g| g.name.clone());
    if matches!(teacher.grade_basis, GradeBasis::Veto(_)) {
        grade.push_str(l.graded_by_veto);
    }
    sheet.merge_range(r, 0, r, 1, l.grade, &label)?;
    sheet.merge_range(r, 2, r, LAST_COL, &grade, &label)?;
    r += 1;

    if !teacher.vetoes.is_empty() {
        let reasons = veto_reasons(ctx, teacher);
        let middle = label.clone().set_align(FormatAlign::VerticalCenter);
        sheet.merge_range(r, 0, r, 3, l.veto_reasons, &middle)?;
        // Not merged, so it wraps within the column; the height is set, as
        // Excel does not grow a row for wrapped text in a file it did not
        // write itself.
        sheet.write_string_with_format(r, 4, &reasons, &wrapped)?;
        fit_height(sheet, r, cols, &["", "", "", "", &reasons])?;
        r += 1;
    }

    r += 1;
    for line in [l.signature, l.reviewer_signature] {
        sheet.merge_range(r, 0, r, LAST_COL, line, &Format::new())?;
        r += 2;
    }
    Ok(r)
}

/// Each veto that hit the teacher in full: its name, then what each record
/// that triggered it says (its date among the fields that matched) and
/// where it is, by file name, sheet and row: the slip is the teacher's, and
/// the folder the office keeps the exports in says nothing to them.
fn veto_reasons(ctx: &Ctx<'_>, teacher: &TeacherResult) -> String {
    teacher
        .vetoes
        .iter()
        .filter_map(|v| {
            let veto = ctx.rubric.vetoes.get(v.veto)?;
            let records = v
                .evidence
                .iter()
                .map(|(origin, detail)| {
                    let place = record_place(origin, ctx.locale);
                    match detail.get(ctx.locale) {
                        "" => place,
                        detail => msg::publish_evidence(detail, place)
                            .get(ctx.locale)
                            .to_string(),
                    }
                })
                .collect::<Vec<_>>();
            let records = join_names(records.iter().map(String::as_str), msg::list_separator());
            Some(
                msg::publish_veto(&veto.name, &records)
                    .get(ctx.locale)
                    .to_string(),
            )
        })
        .collect::<Vec<_>>()
        .join(ctx.labels.list_separator)
}

/// Makes row `r` tall enough for `texts`, one a column, each wrapped in
/// its column (the evidence always is).
fn fit_height(
    sheet: &mut Worksheet,
    r: RowNum,
    cols: &Columns,
    texts: &[&str; 5],
) -> Result<(), XlsxError> {
    let lines = cols
        .iter()
        .zip(texts)
        .enumerate()
        .filter(|&(c, ((_, wraps), _))| *wraps || c == EVIDENCE)
        .map(|(_, ((units, _), text))| style::lines(text, *units))
        .max()
        .unwrap_or(1);
    if lines > 1 {
        sheet.set_row_height(r, style::LINE_POINTS * lines as f64)?;
    }
    Ok(())
}

/// An item's evidence in one line: lines of the same rule (or the same
/// kind, for caps, floors and rounding) counted and summed, in the order
/// first met, with the days of their records:
/// `无故缺课 ×2 -2（3月2日、3月9日）；扣完为止 +1`.
fn summarise(ctx: &Ctx<'_>, item: &Item, result: &ItemResult) -> String {
    let l = ctx.labels;
    // A handful per item, so a list will do.
    let mut groups: Vec<Group> = Vec::new();
    for e in &result.evidence {
        let label = evidence_label(ctx.rubric, item, e, l);
        let exempt = e.kind == EvidenceKind::Exempt;
        let at = match groups
            .iter()
            .position(|g| g.label == label && g.exempt == exempt)
        {
            Some(at) => at,
            None => {
                groups.push(Group {
                    label,
                    exempt,
                    count: 0,
                    sum: Decimal::ZERO,
                    days: BTreeSet::new(),
                });
                groups.len() - 1
            }
        };
        let group = &mut groups[at];
        group.count += 1;
        group.sum += e.points;
        group.days.extend(e.date);
    }
    if groups.is_empty() {
        return no_evidence(item, result, l).to_string();
    }
    groups
        .iter()
        .map(|g| g.said(ctx))
        .collect::<Vec<_>>()
        .join(l.list_separator)
}

/// The lines of one rule (or kind) on a slip.
struct Group {
    label: String,
    exempt: bool,
    count: usize,
    sum: Decimal,
    /// The days of its records, for a source with dates.
    days: BTreeSet<NaiveDate>,
}

/// At most this many days are listed after a line; a longer list is cut
/// with how many days there are in all.
const MAX_DAYS: usize = 10;

impl Group {
    fn said(&self, ctx: &Ctx<'_>) -> String {
        let mut part = self.label.clone();
        if self.exempt {
            let exempt = msg::kind_exempt().text();
            part.push_str(msg::exempt_note(&exempt).get(ctx.locale));
        }
        if self.count > 1 {
            part.push_str(&format!(" ×{}", self.count));
        }
        if !self.exempt {
            let sign = if self.sum.is_sign_negative() || self.sum.is_zero() {
                ""
            } else {
                "+"
            };
            // A share of a group's total can run to twenty places; past the
            // rubric's, the slip shows it as the score does.
            let shown = if self.sum.normalize().scale() > ctx.places {
                rounded(self.sum, ctx.places)
            } else {
                plain(self.sum)
            };
            part.push_str(&format!(" {sign}{shown}"));
        }
        // The days a teacher lost points on, or was exempted on, are what
        // they will ask about; a long run of days that only added points
        // (homework set every day) is left to 明细.
        let asked = self.exempt || self.sum.is_sign_negative() || self.days.len() <= MAX_DAYS;
        if !self.days.is_empty() && asked {
            let mut days = self
                .days
                .iter()
                .take(MAX_DAYS)
                .map(|d| {
                    msg::slip_day(d.month(), d.day())
                        .get(ctx.locale)
                        .to_string()
                })
                .collect::<Vec<_>>()
                .join(msg::slip_day_separator().get(ctx.locale));
            if self.days.len() > MAX_DAYS {
                days.push_str(msg::slip_more_days(self.days.len()).get(ctx.locale));
            }
            part.push_str(msg::slip_days(&days).get(ctx.locale));
        }
        part
    }
}
