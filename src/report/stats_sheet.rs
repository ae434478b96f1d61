//! 统计: how many teachers got each grade, and each item's average,
//! minimum and maximum, with a bar chart of each — what a 教务处 puts in its
//! monthly report. Every figure is a formula over 汇总 (COUNTIF, AVERAGE,
//! MIN, MAX) with our exact value stored as its result, like the totals.

use rust_decimal::Decimal;
use rust_xlsxwriter::utility::quote_sheet_name;
use rust_xlsxwriter::{
    Chart, ChartLegendPosition, ChartType, ColNum, Formula, RowNum, Worksheet, XlsxError,
};

use super::number::cell;
use super::sheet::{header_row, print_sections, row, Ctx};
use super::style::{self, Widths};
use super::summary_sheet::{title, Columns, FIRST_DATA};
use crate::provenance::column_letters;
use crate::rubric::Start;
use crate::show::fixed;

/// Decimal places of a stored average: finer than any rubric shows, so the
/// displayed value rounds the same way as the spreadsheet's own.
const AVERAGE_PLACES: u32 = 10;

/// The rubric's name and the period, as on 汇总: a printed 统计 says what
/// it counts.
const TITLE: RowNum = 0;
const GRADES_TITLE: RowNum = 2;
const GRADES_HEAD: RowNum = 3;
/// 统计's column of an item's average loss (from full marks down) and of
/// the points it did not earn (from 0 up).
const LOSS: ColNum = 6;
const UNEARNED: ColNum = 7;
/// Rows the grade chart (288 pixels) takes, with one to spare.
const GRADE_CHART_ROWS: RowNum = 16;
/// The tallest the chart of items gets, in pixels: it prints on a page of
/// its own, A4 landscape, at full size.
const LOSS_CHART_MAX: u32 = 576;

pub(super) fn write(sheet: &mut Worksheet, ctx: &Ctx<'_>) -> Result<(), XlsxError> {
    let l = ctx.labels;
    let cols = Columns::new(ctx)?;
    let mut widths = Widths::new(30);
    let range = SummaryColumn::new(ctx)?;

    // Not merged: the title is wider than column A and spills over the
    // empty cells beside it without widening it.
    sheet.write_string_with_format(TITLE, 0, title(ctx), &style::title())?;
    let grades_last = grade_table(sheet, ctx, &cols, &range, &mut widths)?;
    let items = item_table(sheet, ctx, &cols, &range, grades_last + 2, &mut widths)?;
    let table_units = widths.units(usize::from(UNEARNED) + 1);
    let mut below = items.end + 2;
    if items.gains {
        // Says what the two columns measure, below the table and as wide
        // as it, wrapped.
        let note = items.end + 2;
        below = note + 2;
        sheet.merge_range(
            note,
            0,
            note,
            UNEARNED,
            l.stats_loss_note,
            &style::wrapped(),
        )?;
        let lines = style::lines(l.stats_loss_note, table_units);
        sheet.set_row_height(note, style::LINE_POINTS * lines as f64)?;
    }
    widths.apply(sheet)?;
    charts(sheet, ctx, grades_last, &items, below)?;
    print_sections(sheet, l.page_footer, (0, 1), table_units)
}

/// A column of 汇总's teacher rows as an absolute range
/// (`'汇总'!$E$4:$E$43`), for the formulas of 统计.
struct SummaryColumn {
    sheet: String,
    first: RowNum,
    last: RowNum,
}

impl SummaryColumn {
    fn new(ctx: &Ctx<'_>) -> Result<Self, XlsxError> {
        Ok(SummaryColumn {
            sheet: quote_sheet_name(ctx.labels.sheet_summary),
            first: FIRST_DATA + 1,
            last: FIRST_DATA + row(ctx.outcome.teachers.len())?,
        })
    }

    fn of(&self, c: ColNum) -> String {
        let (sheet, first, last) = (&self.sheet, self.first, self.last);
        let c = column_letters(u32::from(c));
        format!("{sheet}!${c}${first}:${c}${last}")
    }
}

/// The grade distribution: each grade's count (a `COUNTIF` over 汇总's
/// grade column) and share. Returns its last row.
fn grade_table(
    sheet: &mut Worksheet,
    ctx: &Ctx<'_>,
    cols: &Columns,
    range: &SummaryColumn,
    widths: &mut Widths,
) -> Result<RowNum, XlsxError> {
    let l = ctx.labels;
    let teachers = ctx.outcome.teachers.len();
    sheet.write_string_with_format(
        GRADES_TITLE,
        0,
        l.section_grade_distribution,
        &style::section(),
    )?;
    header_row(sheet, GRADES_HEAD, &[l.grade, l.count, l.share], widths)?;
    let total = Decimal::from(teachers);
    let mut r = GRADES_HEAD;
    for (g, grade) in ctx.rubric.grades.iter().enumerate() {
        r += 1;
        let count = ctx
            .outcome
            .teachers
            .iter()
            .filter(|t| t.grade == Some(g))
            .count();
        sheet.write_string(r, 0, &grade.name)?;
        widths.fit(0, &grade.name);
        let quoted = grade.name.replace('"', "\"\"");
        let formula = format!("COUNTIF({},\"{quoted}\")", range.of(cols.grade));
        sheet.write_formula_with_format(
            r,
            1,
            Formula::new(formula).set_result(count.to_string()),
            &style::integer(false),
        )?;
        if teachers > 0 {
            let share = Decimal::from(count) / total;
            let formula = format!("B{}/{teachers}", r + 1);
            sheet.write_formula_with_format(
                r,
                2,
                Formula::new(formula).set_result(share.normalize().to_string()),
                &style::percent(),
            )?;
        }
    }
    Ok(r)
}

/// Where the table of items was written.
struct ItemTable {
    /// Its header row.
    head: RowNum,
    /// The last item's row (the header's when there is none).
    last: RowNum,
    /// The total's row, the table's last.
    end: RowNum,
    /// Whether an item starts at 0 and only gains, so the table has a
    /// column of points not earned beside the one of points lost.
    gains: bool,
}

/// Per item, from `title` down: maximum, average, minimum, highest, and
/// how far the average is from full marks — lost, for an item that starts
/// full and loses points; not earned, for one that starts at 0 and only
/// gains (a bonus nobody reached is no deduction) — then the total.
fn item_table(
    sheet: &mut Worksheet,
    ctx: &Ctx<'_>,
    cols: &Columns,
    range: &SummaryColumn,
    title: RowNum,
    widths: &mut Widths,
) -> Result<ItemTable, XlsxError> {
    let l = ctx.labels;
    let teachers = ctx.outcome.teachers.len();
    let total = Decimal::from(teachers);
    let items_head = title + 1;
    sheet.write_string_with_format(title, 0, l.section_item_stats, &style::section())?;
    let gains = cols.items.iter().any(|&(i, _)| {
        ctx.rubric
            .items
            .get(i)
            .is_some_and(|item| item.start == Start::Zero)
    });
    let mut titles = vec![
        l.category,
        l.item,
        l.max,
        l.average,
        l.minimum,
        l.maximum,
        l.average_loss,
    ];
    if gains {
        titles.push(l.average_unearned);
    }
    header_row(sheet, items_head, &titles, widths)?;
    let score = style::score(ctx.places, false);
    let mut r = items_head;
    let mut rows = Vec::new();
    for &(i, c) in &cols.items {
        let Some(item) = ctx.rubric.items.get(i) else {
            continue;
        };
        let category = ctx.rubric.category_name(item);
        let scores: Vec<Decimal> = ctx
            .outcome
            .teachers
            .iter()
            .filter_map(|t| t.items.get(i).map(|r| r.score))
            .collect();
        r += 1;
        let gap = match item.start {
            Start::Max => LOSS,
            Start::Zero => UNEARNED,
        };
        rows.push((
            category,
            item.name.as_str(),
            item.max,
            Some(gap),
            r,
            range.of(c),
            scores,
        ));
    }
    let totals: Vec<Decimal> = ctx.outcome.teachers.iter().map(|t| t.total).collect();
    let items_last = r;
    r += 1;
    rows.push((
        "",
        l.total,
        ctx.rubric.full_marks,
        None,
        r,
        range.of(cols.total),
        totals,
    ));
    let mut gap_sums = (Decimal::ZERO, Decimal::ZERO);
    for (category, name, max, gap, r, range, scores) in &rows {
        let r = *r;
        sheet.write_string(r, 0, *category)?;
        sheet.write_string(r, 1, *name)?;
        widths.fit(0, category);
        widths.fit(1, name);
        sheet.write_number_with_format(r, 2, cell(*max), &score)?;
        if teachers == 0 {
            continue;
        }
        let sum: Decimal = scores.iter().sum();
        let average = (sum / total).round_dp(AVERAGE_PLACES);
        let min = scores.iter().min().copied().unwrap_or_default();
        let high = scores.iter().max().copied().unwrap_or_default();
        let mut stats = vec![
            (3, format!("AVERAGE({range})"), average),
            (4, format!("MIN({range})"), min),
            (5, format!("MAX({range})"), high),
        ];
        match gap {
            // An item: its gap in the column of its kind.
            Some(column) if gains => {
                let value = *max - average;
                stats.push((*column, format!("C{0}-D{0}", r + 1), value));
                let (lost, unearned) = &mut gap_sums;
                *(if *column == LOSS { lost } else { unearned }) += value;
            }
            // Every item starts full: the loss column as it always was,
            // the total's gap from full marks included.
            _ if !gains => stats.push((LOSS, format!("C{0}-D{0}", r + 1), *max - average)),
            Some(_) => {}
            // The total: each kind summed over the items.
            None => {
                for (column, value) in [(LOSS, gap_sums.0), (UNEARNED, gap_sums.1)] {
                    let letter = column_letters(u32::from(column));
                    let formula =
                        format!("SUM({letter}{}:{letter}{})", items_head + 2, items_last + 1);
                    stats.push((column, formula, value));
                }
            }
        }
        for (c, formula, value) in stats {
            let exact = fixed(value, ctx.places);
            widths.fit(c, &fixed(value.round_dp(ctx.places), ctx.places));
            sheet.write_formula_with_format(
                r,
                c,
                Formula::new(formula).set_result(exact),
                &score,
            )?;
        }
    }
    Ok(ItemTable {
        head: items_head,
        last: items_last,
        end: r,
        gains,
    })
}

/// The charts of the grades and of the points each item lost, from row
/// `below`: they stand below the tables, each starting a printed page (to
/// their right they made the page too wide to print at a legible size).
fn charts(
    sheet: &mut Worksheet,
    ctx: &Ctx<'_>,
    grades_last: RowNum,
    items: &ItemTable,
    mut below: RowNum,
) -> Result<(), XlsxError> {
    let l = ctx.labels;
    let mut breaks = Vec::new();
    if !ctx.outcome.teachers.is_empty() {
        let name = l.sheet_stats;
        // A rubric without grades (scores only, for pay by score share) has
        // no grade rows to chart.
        if grades_last > GRADES_HEAD {
            let mut grades = Chart::new(ChartType::Column);
            grades
                .add_series()
                .set_categories((name, GRADES_HEAD + 1, 0, grades_last, 0))
                .set_values((name, GRADES_HEAD + 1, 1, grades_last, 1));
            grades.title().set_name(l.chart_grades);
            grades.legend().set_hidden();
            sheet.insert_chart(below, 0, &grades)?;
            breaks.push(below);
            below += GRADE_CHART_ROWS;
        }

        let (items_head, items_last) = (items.head, items.last);
        if items_last > items_head {
            let first = items_head + 1;
            let mut loss = if items.gains {
                // Stacked, each item has a bar in one series only: its
                // colour says whether the points were lost or not earned.
                let mut chart = Chart::new(ChartType::BarStacked);
                for column in [LOSS, UNEARNED] {
                    chart
                        .add_series()
                        .set_name((name, items_head, column))
                        .set_categories((name, first, 1, items_last, 1))
                        .set_values((name, first, column, items_last, column));
                }
                chart.title().set_name(l.chart_loss_unearned);
                chart.legend().set_position(ChartLegendPosition::Bottom);
                chart
            } else {
                let mut chart = Chart::new(ChartType::Bar);
                chart
                    .add_series()
                    .set_categories((name, first, 1, items_last, 1))
                    .set_values((name, first, LOSS, items_last, LOSS));
                chart.title().set_name(l.chart_loss);
                chart.legend().set_hidden();
                chart
            };
            // Tall enough for one bar per item to keep its label, and no
            // taller than a page.
            let n = items_last - items_head;
            loss.set_height(n.saturating_mul(30).clamp(288, LOSS_CHART_MAX));
            sheet.insert_chart(below, 0, &loss)?;
            breaks.push(below);
        }
    }
    sheet.set_page_breaks(&breaks)?;
    Ok(())
}
