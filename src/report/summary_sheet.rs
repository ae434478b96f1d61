//! 汇总: one row per teacher — item scores, category subtotals, total,
//! grade and veto reasons — laid out for printing and for checking by hand:
//! subtotals and the total are formulas over the cells to their left (with
//! our exact values stored as their results), so a reader sees how each is
//! made and the spreadsheet shows our number even before it recalculates.

use rust_decimal::Decimal;
use rust_xlsxwriter::utility::quote_sheet_name;
use rust_xlsxwriter::{
    ColNum, ConditionalFormatFormula, Formula, RowNum, Url, Worksheet, XlsxError,
};

use super::labels::labels;
use super::number::cell;
use super::sheet::{col, page_title, print_fitted, row, teachers_a_page, Ctx};
use super::style::{self, Widths};
use crate::engine::TeacherResult;
use crate::i18n::report as msg;
use crate::provenance::column_letters;
use crate::rubric::{Locale, RoundAt, Rubric};
use crate::show::{fixed, plain};

const TITLE_ROW: RowNum = 0;
const GROUP_ROW: RowNum = 1;
const HEAD_ROW: RowNum = 2;
/// The first teacher's row; 统计's formulas read the rows from here.
pub(super) const FIRST_DATA: RowNum = 3;

const SEQ: ColNum = 0;
pub(super) const KEY: ColNum = 1;
const NAME: ColNum = 2;

/// Where each column is; 统计 reads the same layout for its formulas.
pub(super) struct Columns {
    school: Option<ColNum>,
    /// (item index, column), in the context's item order.
    pub items: Vec<(usize, ColNum)>,
    /// Per category: its column and the span of its items' columns.
    categories: Vec<(ColNum, Option<(ColNum, ColNum)>)>,
    pub total: ColNum,
    pub grade: ColNum,
    /// Under `[quota]`: the place in the ranking and the grade's basis.
    pub rank: Option<(ColNum, ColNum)>,
    vetoes: ColNum,
    /// With `[[adjust]]`: which subtotals were multiplied and why.
    adjust_notes: Option<ColNum>,
}

impl Columns {
    pub(super) fn new(ctx: &Ctx<'_>) -> Result<Columns, XlsxError> {
        let has_school = ctx.outcome.teachers.iter().any(|t| t.school.is_some());
        let mut next = usize::from(NAME) + 1;
        let mut take = || {
            let c = col(next);
            next += 1;
            c
        };
        let school = if has_school { Some(take()?) } else { None };
        let mut items = Vec::new();
        let mut spans = Vec::new();
        for category in &ctx.rubric.categories {
            let mut span: Option<(ColNum, ColNum)> = None;
            for &i in &category.items {
                let c = take()?;
                items.push((i, c));
                span = Some(span.map_or((c, c), |(first, _)| (first, c)));
            }
            spans.push(span);
        }
        let mut categories = Vec::new();
        for span in spans {
            categories.push((take()?, span));
        }
        let total = take()?;
        let grade = take()?;
        let rank = if ctx.rubric.quota.is_some() {
            Some((take()?, take()?))
        } else {
            None
        };
        let vetoes = take()?;
        let adjust_notes = if ctx.rubric.adjustments.is_empty() {
            None
        } else {
            Some(take()?)
        };
        Ok(Columns {
            school,
            items,
            categories,
            total,
            grade,
            rank,
            vetoes,
            adjust_notes,
        })
    }

    /// The column of category `k`'s subtotal.
    pub(super) fn category(&self, k: usize) -> Option<ColNum> {
        self.categories.get(k).map(|(c, _)| *c)
    }

    fn last(&self) -> ColNum {
        self.adjust_notes.unwrap_or(self.vetoes)
    }
}

pub(super) fn write(
    sheet: &mut Worksheet,
    ctx: &Ctx<'_>,
    evidence_rows: &[Option<RowNum>],
) -> Result<(), XlsxError> {
    let cols = Columns::new(ctx)?;
    let mut widths = Widths::new(40);
    write_title(sheet, ctx, &cols)?;
    write_header(sheet, ctx, &cols, &mut widths)?;

    for (n, teacher) in ctx.outcome.teachers.iter().enumerate() {
        let r = row(n)? + FIRST_DATA;
        // Highlighting is conditional formatting (below), not a fill, so it
        // follows the cells if someone edits a grade or a veto reason.
        let highlight = false;
        let link = evidence_rows.get(n).copied().flatten();
        write_teacher(
            sheet,
            ctx,
            &cols,
            r,
            n,
            teacher,
            highlight,
            link,
            &mut widths,
        )?;
    }

    let teachers = ctx.outcome.teachers.len();
    let last_row = HEAD_ROW + row(teachers)?;
    if teachers > 0 {
        highlight_rows(sheet, ctx, &cols, last_row)?;
    }
    if let Some(per_page) = ctx.layout.rows_per_page {
        teachers_a_page(sheet, teachers, per_page, FIRST_DATA)?;
    }
    sheet.set_freeze_panes(FIRST_DATA, NAME + 1)?;
    sheet.autofilter(HEAD_ROW, 0, last_row, cols.last())?;
    widths.apply(sheet)?;
    // A column per item is too wide for one page at a legible size in most
    // rubrics: then 汇总 prints across pages at full size, each starting with
    // who the row is (序号, 工号, 姓名, 学校); 汇总（打印） is the one-page view.
    // The page header carries the title (the rubric and the period) on
    // every page, and the title row is left out of the printed area: merged
    // across every column and sitting in the repeated columns, it printed a
    // cut-off piece (`…2022-03-0`) on every page to the right.
    page_title(sheet, &title(ctx));
    sheet.set_print_area(GROUP_ROW, 0, last_row, cols.last())?;
    print_fitted(
        sheet,
        ctx.labels.page_footer,
        (GROUP_ROW, HEAD_ROW),
        (SEQ, cols.school.unwrap_or(NAME)),
        widths.units(usize::from(cols.last()) + 1),
    )
}

/// The rows the office must act on, by conditional formatting over the
/// table: vetoed teachers in a darker red and bold, those in the lowest
/// band by their points in Excel's light red. One colour for both left a
/// vetoed teacher indistinguishable from a low scorer on a page printed
/// without the grade column. The veto rule comes first and stops there:
/// a vetoed teacher usually has the lowest grade too.
fn highlight_rows(
    sheet: &mut Worksheet,
    ctx: &Ctx<'_>,
    cols: &Columns,
    last_row: RowNum,
) -> Result<(), XlsxError> {
    let first = FIRST_DATA + 1;
    let vetoes = column_letters(u32::from(cols.vetoes));
    let vetoed = ConditionalFormatFormula::new()
        .set_rule(format!("${vetoes}{first}<>\"\"").as_str())
        .set_format(style::vetoed())
        .set_stop_if_true(true);
    sheet.add_conditional_format(FIRST_DATA, 0, last_row, cols.last(), &vetoed)?;
    if let Some(lowest) = ctx.rubric.grades.last() {
        let grade = column_letters(u32::from(cols.grade));
        let name = lowest.name.replace('"', "\"\"");
        let low = ConditionalFormatFormula::new()
            .set_rule(format!("${grade}{first}=\"{name}\"").as_str())
            .set_format(style::attention());
        sheet.add_conditional_format(FIRST_DATA, 0, last_row, cols.last(), &low)?;
    }
    Ok(())
}

/// A formula for a teacher's cell of 汇总 in column `from`, the teacher
/// found by `key` (a cell holding the 工号, `$A5`, or the 工号 quoted):
/// by INDEX/MATCH, so it stays right when 汇总 is sorted.
pub(super) fn lookup(ctx: &Ctx<'_>, from: ColNum, key: &str) -> String {
    let quoted = quote_sheet_name(ctx.labels.sheet_summary);
    let first = FIRST_DATA + 1;
    let teachers = u32::try_from(ctx.outcome.teachers.len()).unwrap_or(u32::MAX);
    let last = FIRST_DATA.saturating_add(teachers);
    let c = column_letters(u32::from(from));
    let keys = column_letters(u32::from(KEY));
    format!("INDEX({quoted}!${c}${first}:${c}${last},MATCH({key},{quoted}!${keys}${first}:${keys}${last},0))")
}

/// The rubric's name and, when there is one, the period: the title row of
/// 汇总 and of the sheets printed from it.
pub(super) fn title(ctx: &Ctx<'_>) -> String {
    let mut title = ctx.rubric.name.clone();
    if let Some(p) = ctx.outcome.run.period {
        title.push_str("    ");
        title.push_str(&format!(
            "{}{}{}",
            p.from.format("%Y-%m-%d"),
            ctx.labels.period_to,
            p.to.format("%Y-%m-%d")
        ));
    }
    title
}

fn write_title(sheet: &mut Worksheet, ctx: &Ctx<'_>, cols: &Columns) -> Result<(), XlsxError> {
    let title = title(ctx);
    // Merged so the title does not widen column A.
    sheet.merge_range(
        TITLE_ROW,
        0,
        TITLE_ROW,
        cols.last(),
        &title,
        &style::title(),
    )?;
    Ok(())
}

/// Two header rows: category names merged over their items, then item
/// names with their maxima; the other columns span both rows.
fn write_header(
    sheet: &mut Worksheet,
    ctx: &Ctx<'_>,
    cols: &Columns,
    widths: &mut Widths,
) -> Result<(), XlsxError> {
    let l = ctx.labels;
    let head = style::header();
    let mut spanning = vec![
        (SEQ, l.seq.to_string()),
        (KEY, l.key.to_string()),
        (NAME, l.name.to_string()),
    ];
    if let Some(c) = cols.school {
        spanning.push((c, l.school.to_string()));
    }
    spanning.push((
        cols.total,
        format!("{} ({})", l.total, plain(ctx.rubric.full_marks)),
    ));
    spanning.push((cols.grade, l.grade.to_string()));
    if let Some((rank, basis)) = cols.rank {
        spanning.push((rank, l.rank.to_string()));
        spanning.push((basis, l.grade_basis.to_string()));
    }
    spanning.push((cols.vetoes, l.veto_reasons.to_string()));
    if let Some(c) = cols.adjust_notes {
        spanning.push((c, l.adjust_notes.to_string()));
    }
    for (c, text) in &spanning {
        sheet.merge_range(GROUP_ROW, *c, HEAD_ROW, *c, text, &head)?;
        widths.fit(*c, text.split(" (").next().unwrap_or(text));
    }
    // Room for a name and its maximum on two lines.
    sheet.set_row_height(HEAD_ROW, 30)?;

    for (category, (_, span)) in ctx.rubric.categories.iter().zip(&cols.categories) {
        if let Some((first, last)) = span {
            group(sheet, *first, *last, &category.name, &head)?;
        }
    }
    for &(i, c) in &cols.items {
        if let Some(item) = ctx.rubric.items.get(i) {
            let text = format!("{} ({})", item.name, plain(item.max));
            sheet.write_string_with_format(HEAD_ROW, c, &text, &head)?;
            // The header wraps before its maximum: columns as narrow as
            // the name keep 汇总 readable when printed one page wide.
            widths.fit(c, &item.name);
        }
    }

    if let (Some((first, _)), Some((last, _))) = (cols.categories.first(), cols.categories.last()) {
        group(sheet, *first, *last, l.subtotals, &head)?;
    }
    for (category, (c, _)) in ctx.rubric.categories.iter().zip(&cols.categories) {
        let text = format!("{} ({})", category.name, plain(category.max));
        sheet.write_string_with_format(HEAD_ROW, *c, &text, &head)?;
        widths.fit(*c, &category.name);
    }
    Ok(())
}

/// A group header over `first..=last`; a one-column group cannot be merged.
fn group(
    sheet: &mut Worksheet,
    first: ColNum,
    last: ColNum,
    text: &str,
    format: &rust_xlsxwriter::Format,
) -> Result<(), XlsxError> {
    if first == last {
        sheet.write_string_with_format(GROUP_ROW, first, text, format)?;
    } else {
        sheet.merge_range(GROUP_ROW, first, GROUP_ROW, last, text, format)?;
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn write_teacher(
    sheet: &mut Worksheet,
    ctx: &Ctx<'_>,
    cols: &Columns,
    r: RowNum,
    n: usize,
    teacher: &TeacherResult,
    highlight: bool,
    evidence_row: Option<RowNum>,
    widths: &mut Widths,
) -> Result<(), XlsxError> {
    let l = ctx.labels;
    let text = style::text(highlight);
    let score = style::score(ctx.places, highlight);
    let bold = style::total(ctx.places, highlight);
    // Items and subtotals kept exact (rounding at categories or the total)
    // show every place they have, so the sum a reader checks is the one made.
    let kept_exact = |value: Decimal, exact: bool| {
        if exact {
            let places = super::number::places_for(value, ctx.places);
            (style::score(places, highlight), places)
        } else {
            (score.clone(), ctx.places)
        }
    };
    let items_exact = ctx.rubric.rounding.at != RoundAt::Items;
    let subtotals_exact = ctx.rubric.rounding.at == RoundAt::Total;

    let seq = u32::try_from(n + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
    sheet.write_number_with_format(r, SEQ, seq, &style::integer(highlight))?;
    match evidence_row {
        Some(er) => {
            let target = format!(
                "internal:{}!A{}",
                quote_sheet_name(l.sheet_evidence),
                er + 1
            );
            let url = Url::new(target).set_text(&teacher.key);
            sheet.write_url_with_format(r, KEY, url, &style::link(highlight))?;
        }
        None => {
            sheet.write_string_with_format(r, KEY, &teacher.key, &text)?;
        }
    }
    widths.fit(KEY, &teacher.key);
    sheet.write_string_with_format(r, NAME, &teacher.name, &text)?;
    widths.fit(NAME, &teacher.name);
    if let Some(c) = cols.school {
        let school = teacher.school.as_deref().unwrap_or("");
        sheet.write_string_with_format(r, c, school, &text)?;
        widths.fit(c, school);
    }

    for &(i, c) in &cols.items {
        if let Some(result) = teacher.items.get(i) {
            let (format, places) = kept_exact(result.score, items_exact);
            sheet.write_number_with_format(r, c, cell(result.score), &format)?;
            widths.fit(c, &fixed(result.score, places));
        }
    }

    let excel_row = r + 1;
    let rounding = ctx.rubric.rounding;
    for (k, (c, span)) in cols.categories.iter().enumerate() {
        let value = teacher.categories.get(k).copied().unwrap_or_default();
        // Its own items' columns, then the subtotals of the categories inside it.
        let mut cells: Vec<ColNum> =
            span.map_or_else(Vec::new, |(first, last)| (first..=last).collect());
        let inner = ctx
            .rubric
            .categories
            .get(k)
            .map_or(&[][..], |c| &c.children);
        cells.extend(
            inner
                .iter()
                .filter_map(|&child| cols.categories.get(child).map(|(c, _)| *c)),
        );
        let mut formula = if cells.is_empty() {
            // A category without items scores 0; say so rather than SUM().
            "0".to_string()
        } else {
            sum_of(&cells, excel_row)
        };
        if rounding.at == RoundAt::Categories {
            let exact = crate::engine::exact_subtotal(ctx.rubric, teacher, k);
            let before = teacher
                .adjustments
                .iter()
                .find(|a| a.category == k)
                .map_or(value, |a| a.before);
            formula = round_formula(rounding, &formula, exact, before);
        }
        // An adjusted subtotal shows its factor in the formula, so the cell
        // still reads as the items' sum, and Excel recomputes our value.
        for a in teacher.adjustments.iter().filter(|a| a.category == k) {
            if let Some(adj) = ctx.rubric.adjustments.get(a.adjust) {
                formula = adjusted(rounding, &formula, adj.factor, a.before, a.after);
            }
        }
        let exact = fixed(value, ctx.places);
        widths.fit(*c, &exact);
        let (format, _) = kept_exact(value, subtotals_exact);
        sheet.write_formula_with_format(r, *c, Formula::new(formula).set_result(exact), &format)?;
    }

    let top: Vec<ColNum> = ctx
        .rubric
        .top_categories()
        .filter_map(|k| cols.categories.get(k).map(|(c, _)| *c))
        .collect();
    let mut total = if top.is_empty() {
        "0".to_string()
    } else {
        sum_of(&top, excel_row)
    };
    if rounding.at == RoundAt::Total {
        let exact: Decimal = ctx
            .rubric
            .top_categories()
            .filter_map(|k| teacher.categories.get(k))
            .sum();
        total = round_formula(rounding, &total, exact, teacher.total);
    }
    let exact = fixed(teacher.total, ctx.places);
    widths.fit(cols.total, &exact);
    sheet.write_formula_with_format(r, cols.total, Formula::new(total).set_result(exact), &bold)?;

    let grade = teacher
        .grade
        .and_then(|g| ctx.rubric.grades.get(g))
        .map_or("", |g| g.name.as_str());
    sheet.write_string_with_format(r, cols.grade, grade, &text)?;
    widths.fit(cols.grade, grade);

    let reasons = veto_reasons(ctx, teacher);
    sheet.write_string_with_format(r, cols.vetoes, &reasons, &text)?;
    widths.fit(cols.vetoes, &reasons);

    if let Some((rank_col, basis_col)) = cols.rank {
        let rank = teacher
            .quota
            .as_ref()
            .map(super::quota_basis::rank_text)
            .unwrap_or_default();
        sheet.write_string_with_format(r, rank_col, &rank, &text)?;
        widths.fit(rank_col, &rank);
        let basis = super::quota_basis::grade_basis(ctx.rubric, ctx.outcome, teacher, ctx.locale);
        sheet.write_string_with_format(r, basis_col, &basis, &text)?;
        widths.fit(basis_col, &basis);
    }
    if let Some(c) = cols.adjust_notes {
        let notes = adjust_notes(ctx.rubric, teacher, ctx.locale);
        sheet.write_string_with_format(r, c, &notes, &text)?;
        widths.fit(c, &notes);
    }
    Ok(())
}

/// The names of the vetoes that hit `teacher`, in one line.
pub(super) fn veto_reasons(ctx: &Ctx<'_>, teacher: &TeacherResult) -> String {
    teacher
        .vetoes
        .iter()
        .filter_map(|v| ctx.rubric.vetoes.get(v.veto))
        .map(|v| v.name.as_str())
        .collect::<Vec<_>>()
        .join(ctx.labels.list_separator)
}

/// Which of `teacher`'s subtotals were multiplied, by what and why, in
/// the figures printed (`169.61 × 0.5 ≈ 84.80`): `≈` where the rounded
/// figures do not multiply out exactly, so a reader checking the sum on
/// paper is not misled (汇总 has the exact figures in its cells). Every
/// sheet and both kinds of slip say it so.
pub(super) fn adjust_notes(rubric: &Rubric, teacher: &TeacherResult, locale: Locale) -> String {
    let rounding = rubric.rounding;
    let printed = |value: Decimal| fixed(rounding.apply(value), rounding.places);
    teacher
        .adjustments
        .iter()
        .filter_map(|a| {
            let adj = rubric.adjustments.get(a.adjust)?;
            let category = rubric.categories.get(a.category)?;
            let (before, after) = (rounding.apply(a.before), rounding.apply(a.after));
            let args = (
                category.name.as_str(),
                printed(before),
                plain(adj.factor),
                printed(after),
                adj.name.as_str(),
            );
            let note = if before * adj.factor == after {
                msg::adjust_note(args.0, args.1, args.2, args.3, args.4)
            } else {
                msg::adjust_note_rounded(args.0, args.1, args.2, args.3, args.4)
            };
            Some(note.get(locale).to_string())
        })
        .collect::<Vec<_>>()
        .join(labels(locale).list_separator)
}

/// `SUM(E4:G4)*0.5`, wrapped in the spreadsheet rounding function that
/// matches the rubric's mode when the product needs rounding
/// (`ROUND(SUM(E4:G4)*0.5,2)`).
fn adjusted(
    rounding: crate::rubric::Rounding,
    inner: &str,
    factor: Decimal,
    before: Decimal,
    after: Decimal,
) -> String {
    let product = format!("{inner}*{}", plain(factor));
    let exact = before * factor;
    if exact == after {
        return product;
    }
    round_formula(rounding, &product, exact, after)
}

/// `inner` wrapped in the spreadsheet rounding function that matches the
/// rubric's mode (`ROUND(SUM(E4:G4),1)`), `exact` being its value and
/// `after` ours. Excel has no banker's rounding: for a half-even rubric
/// whose value falls on a tie the cell holds the value itself, since any
/// formula would show a different number.
pub(super) fn round_formula(
    rounding: crate::rubric::Rounding,
    inner: &str,
    exact: Decimal,
    after: Decimal,
) -> String {
    use crate::rubric::RoundingMode;
    let places = rounding.places;
    let function = match rounding.mode {
        RoundingMode::HalfUp => "ROUND",
        RoundingMode::Down => "ROUNDDOWN",
        RoundingMode::Up => "ROUNDUP",
        RoundingMode::HalfEven => {
            let half_up = exact.round_dp_with_strategy(
                places,
                rust_decimal::RoundingStrategy::MidpointAwayFromZero,
            );
            if half_up == after {
                "ROUND"
            } else {
                return plain(after);
            }
        }
    };
    format!("{function}({inner},{places})")
}

/// `SUM(E4:G4)` over columns, each run of neighbours as a range
/// (`SUM(E4:F4,K4)`): one run gives the same formula as [`sum`].
fn sum_of(cols: &[ColNum], excel_row: RowNum) -> String {
    let mut runs: Vec<(ColNum, ColNum)> = Vec::new();
    for &c in cols {
        match runs.last_mut() {
            Some((_, last)) if c.checked_sub(1) == Some(*last) => *last = c,
            _ => runs.push((c, c)),
        }
    }
    let parts: Vec<String> = runs
        .iter()
        .map(|&(first, last)| {
            let inner = sum(first, last, excel_row);
            inner["SUM(".len()..inner.len() - 1].to_string()
        })
        .collect();
    format!("SUM({})", parts.join(","))
}

/// `SUM(E4:G4)`, or `SUM(E4)` for one cell: the shortest form a person
/// reading the formula bar will recognise.
fn sum(first: ColNum, last: ColNum, excel_row: RowNum) -> String {
    let a = column_letters(u32::from(first));
    if first == last {
        format!("SUM({a}{excel_row})")
    } else {
        format!(
            "SUM({a}{excel_row}:{}{excel_row})",
            column_letters(u32::from(last))
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::{Rounding, RoundingMode};

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn rounding(mode: RoundingMode) -> Rounding {
        Rounding {
            places: 2,
            mode,
            at: crate::rubric::RoundAt::Items,
        }
    }

    #[test]
    fn an_adjusted_subtotal_shows_its_factor_and_rounding() {
        let half_up = rounding(RoundingMode::HalfUp);
        // 8 × 0.5 = 4 exactly: no rounding function.
        assert_eq!(
            adjusted(half_up, "SUM(D4:F4)", d("0.5"), d("8"), d("4")),
            "SUM(D4:F4)*0.5"
        );
        // 7.25 × 0.5 = 3.625 → 3.63.
        assert_eq!(
            adjusted(half_up, "SUM(D4:F4)", d("0.5"), d("7.25"), d("3.63")),
            "ROUND(SUM(D4:F4)*0.5,2)"
        );
        assert_eq!(
            adjusted(
                rounding(RoundingMode::Down),
                "SUM(D4)",
                d("0.5"),
                d("7.25"),
                d("3.62")
            ),
            "ROUNDDOWN(SUM(D4)*0.5,2)"
        );
        // Banker's rounding of a tie has no spreadsheet function: the value itself.
        assert_eq!(
            adjusted(
                rounding(RoundingMode::HalfEven),
                "SUM(D4)",
                d("0.5"),
                d("7.25"),
                d("3.62")
            ),
            "3.62"
        );
    }

    #[test]
    fn sums_name_runs_of_columns_and_round_where_the_rubric_does() {
        // One run is the plain SUM, as before nesting.
        assert_eq!(sum_of(&[3, 4, 5], 4), "SUM(D4:F4)");
        assert_eq!(sum_of(&[3], 4), "SUM(D4)");
        // A parent: its own items, then a child's subtotal column apart.
        assert_eq!(sum_of(&[3, 4, 10], 4), "SUM(D4:E4,K4)");
        let total = Rounding {
            places: 1,
            mode: RoundingMode::HalfUp,
            at: crate::rubric::RoundAt::Total,
        };
        assert_eq!(
            round_formula(total, "SUM(K4:M4)", d("95.55"), d("95.6")),
            "ROUND(SUM(K4:M4),1)"
        );
        // Adjusted at `total`: the product is kept exact, no rounding function.
        assert_eq!(
            adjusted(total, "SUM(D4)", d("0.5"), d("7.25"), d("3.625")),
            "SUM(D4)*0.5"
        );
    }
}
