//! 汇总（打印）: 汇总 laid out for A4 paper — 工号, 姓名, the top-level
//! category subtotals, the total, the grade and why a teacher was vetoed —
//! with a line for signatures at the end. Every score is at the rubric's
//! places, so the columns a signer adds up come to 总分.
//!
//! 汇总 itself has a column per item (方案5 in full: about 30), and shrunk
//! to one page wide it printed at 4 pt. Two ways out were weighed:
//! grouping the item columns (outline level, collapsed) prints only the
//! category columns, since collapsed columns are hidden and neither Excel
//! nor LibreOffice prints hidden columns; but it folds the items away on
//! screen too, where the office checks each total against its items, and
//! column widths chosen for paper would then be 汇总's. A sheet of its own
//! leaves 汇总 as it is on screen and is laid out for paper alone: columns
//! sized so that fitting one page wide shrinks it to no less than about
//! 90 %, long texts wrapped, header rows repeated on every page. Its cells
//! scores and grades are formulas that look their teacher up in 汇总 by
//! 工号 (INDEX/MATCH) with our value stored as the result, so a hand
//! correction in 汇总 is what prints, and sorting 汇总 cannot put one
//! teacher's total beside another's name. 工号, 姓名 and the texts are
//! values: a formula's stored result is a number whenever it reads as one,
//! and 工号 0012 would be stored as 12.

use rust_decimal::Decimal;
use rust_xlsxwriter::{ColNum, Format, FormatAlign, Formula, RowNum, Worksheet, XlsxError};

use super::number::cell;
use super::sheet::{print_titled, row, teachers_a_page, Ctx, BUDGET_UNITS};
use super::style::{self, lines, share, LINE_POINTS};
use super::summary_sheet::{adjust_notes, lookup, round_formula, title, veto_reasons, Columns};
use crate::engine::GradeBasis;
use crate::show::{fixed, plain, width};

const TITLE_ROW: RowNum = 0;
const HEAD_ROW: RowNum = 1;
const FIRST_DATA: RowNum = 2;

/// Widest a category column gets: longer names wrap in the header.
const MAX_CATEGORY: usize = 8;
/// Widest the school column gets: a name of up to seven characters
/// (`第一实验小学`) on one line with room either side, a longer one wraps.
/// At the category's width a five-character name (`光荣巷小学`) filled its
/// column exactly and made every row two lines high.
const MAX_SCHOOL: usize = 16;

/// A column of the printed sheet.
enum Kind {
    Key,
    Name,
    School,
    Category(usize),
    Total,
    Grade,
    Rank,
    /// Long texts that wrap: the veto reasons, the grade's basis, the
    /// adjustment notes.
    Wrapped(Wrapped),
}

#[derive(Clone, Copy)]
enum Wrapped {
    Vetoes,
    Basis,
    Notes,
}

struct Column {
    kind: Kind,
    header: String,
    /// Width in character units (a wide character counts two).
    units: usize,
}

/// The text of a wrapped column for one teacher.
fn wrapped_text(ctx: &Ctx<'_>, n: usize, which: Wrapped) -> String {
    let Some(teacher) = ctx.outcome.teachers.get(n) else {
        return String::new();
    };
    match which {
        Wrapped::Vetoes => veto_reasons(ctx, teacher),
        Wrapped::Basis => {
            super::quota_basis::grade_basis(ctx.rubric, ctx.outcome, teacher, ctx.locale)
        }
        Wrapped::Notes => adjust_notes(ctx.rubric, teacher, ctx.locale),
    }
}

fn columns(ctx: &Ctx<'_>) -> Vec<Column> {
    let l = ctx.labels;
    let teachers = &ctx.outcome.teachers;
    let widest = |header: &str, texts: &mut dyn Iterator<Item = String>| {
        texts.map(|t| width(&t)).fold(width(header), usize::max) + 2
    };
    let mut cols = vec![
        Column {
            kind: Kind::Key,
            header: l.key.to_string(),
            units: widest(l.key, &mut teachers.iter().map(|t| t.key.clone())),
        },
        Column {
            kind: Kind::Name,
            header: l.name.to_string(),
            units: widest(l.name, &mut teachers.iter().map(|t| t.name.clone())),
        },
    ];
    if teachers.iter().any(|t| t.school.is_some()) {
        let schools = &mut teachers
            .iter()
            .map(|t| t.school.clone().unwrap_or_default());
        cols.push(Column {
            kind: Kind::School,
            header: l.school.to_string(),
            units: widest(l.school, schools).min(MAX_SCHOOL),
        });
    }
    // The top level only: a category inside another is part of its
    // parent's subtotal (and, under an `[[adjust]]` of the parent, not even
    // at its own value), so the columns printed add up to 总分; 汇总 has
    // every level.
    for k in ctx.rubric.top_categories() {
        let Some(category) = ctx.rubric.categories.get(k) else {
            continue;
        };
        let scores = &mut teachers.iter().map(|t| {
            let value = t.categories.get(k).copied().unwrap_or_default();
            printed(ctx, value)
        });
        let name = widest(&category.name, &mut std::iter::empty()).min(MAX_CATEGORY);
        cols.push(Column {
            kind: Kind::Category(k),
            header: format!("{} ({})", category.name, plain(category.max)),
            units: name.max(widest("", scores)),
        });
    }
    let totals = &mut teachers.iter().map(|t| printed(ctx, t.total));
    cols.push(Column {
        kind: Kind::Total,
        header: format!("{} ({})", l.total, plain(ctx.rubric.full_marks)),
        units: widest(l.total, totals) + 1,
    });
    let by_veto = teachers
        .iter()
        .any(|t| matches!(t.grade_basis, GradeBasis::Veto(_)));
    // A grade forced by a veto says so on a line of its own.
    let suffix = if by_veto { l.graded_by_veto.trim() } else { "" };
    let grades = &mut ctx
        .rubric
        .grades
        .iter()
        .map(|g| g.name.clone())
        .chain(std::iter::once(suffix.to_string()));
    cols.push(Column {
        kind: Kind::Grade,
        header: l.grade.to_string(),
        units: widest(l.grade, grades) + 1,
    });
    let mut wrapped = vec![(Wrapped::Vetoes, l.veto_reasons)];
    if ctx.rubric.quota.is_some() {
        let ranks = &mut teachers.iter().map(|t| {
            t.quota
                .as_ref()
                .map(super::quota_basis::rank_text)
                .unwrap_or_default()
        });
        cols.push(Column {
            kind: Kind::Rank,
            header: l.rank.to_string(),
            units: widest(l.rank, ranks),
        });
        wrapped.push((Wrapped::Basis, l.grade_basis));
    }
    if !ctx.rubric.adjustments.is_empty() {
        wrapped.push((Wrapped::Notes, l.adjust_notes));
    }

    // The wrapped columns share what is left of the budget, none wider
    // than its longest text needs: what a short one leaves goes to the
    // longer ones.
    let used: usize = cols.iter().map(|c| c.units).sum();
    let longest: Vec<usize> = wrapped
        .iter()
        .map(|&(which, header)| {
            (0..teachers.len())
                .map(|n| width(&wrapped_text(ctx, n, which)))
                .fold(width(header), usize::max)
                + 2
        })
        .collect();
    let units = share(BUDGET_UNITS.saturating_sub(used), &longest);
    for ((which, header), units) in wrapped.into_iter().zip(units) {
        cols.push(Column {
            kind: Kind::Wrapped(which),
            header: header.to_string(),
            units,
        });
    }
    cols
}

pub(super) fn write(sheet: &mut Worksheet, ctx: &Ctx<'_>) -> Result<(), XlsxError> {
    let cols = columns(ctx);
    let last = ColNum::try_from(cols.len().saturating_sub(1))
        .map_err(|_| XlsxError::RowColumnLimitError)?;
    sheet.merge_range(TITLE_ROW, 0, TITLE_ROW, last, &title(ctx), &style::title())?;

    let head = style::header();
    let mut head_lines = 1;
    for (c, column) in cols.iter().enumerate() {
        let c = ColNum::try_from(c).map_err(|_| XlsxError::RowColumnLimitError)?;
        sheet.write_string_with_format(HEAD_ROW, c, &column.header, &head)?;
        sheet.set_column_width(c, column.units as f64)?;
        head_lines = head_lines.max(cell_lines(&column.header, column.units));
    }
    sheet.set_row_height(HEAD_ROW, LINE_POINTS * head_lines as f64)?;

    // A teacher's cell of 汇总, found by the 工号 in column A of this row.
    let summary = Columns::new(ctx)?;
    let lookup = |from: ColNum, r: RowNum| lookup(ctx, from, &format!("$A{}", r + 1));
    let text = style::text(false).set_align(FormatAlign::VerticalCenter);
    let wrapped = style::wrapped().set_align(FormatAlign::VerticalCenter);
    let bordered = |f: Format| style::boxed(f);
    let score_at =
        |places: u32| bordered(style::score(places, false).set_align(FormatAlign::VerticalCenter));
    let mut r = FIRST_DATA;
    for (n, teacher) in ctx.outcome.teachers.iter().enumerate() {
        r = FIRST_DATA + row(n)?;
        let mut row_lines = 1;
        for (c, column) in cols.iter().enumerate() {
            let c = ColNum::try_from(c).map_err(|_| XlsxError::RowColumnLimitError)?;
            match &column.kind {
                Kind::Key => {
                    sheet.write_string_with_format(r, c, &teacher.key, &bordered(text.clone()))?
                }
                Kind::Name => {
                    sheet.write_string_with_format(r, c, &teacher.name, &bordered(text.clone()))?
                }
                Kind::School => {
                    let school = teacher.school.as_deref().unwrap_or("");
                    row_lines = row_lines.max(cell_lines(school, column.units));
                    sheet.write_string_with_format(r, c, school, &bordered(wrapped.clone()))?
                }
                Kind::Category(k) => {
                    let value = teacher.categories.get(*k).copied().unwrap_or_default();
                    let format = score_at(ctx.places);
                    let rounded = ctx.rubric.rounding.apply(value);
                    match summary.category(*k) {
                        Some(from) => {
                            // Kept exact in 汇总 (the rubric rounds only the
                            // total), a subtotal is rounded here as the
                            // rubric rounds: the value in the cell is the
                            // one printed, not just its look.
                            let mut formula = lookup(from, r);
                            if rounded != value {
                                formula =
                                    round_formula(ctx.rubric.rounding, &formula, value, rounded);
                            }
                            let formula =
                                Formula::new(formula).set_result(fixed(rounded, ctx.places));
                            sheet.write_formula_with_format(r, c, formula, &format)?
                        }
                        None => sheet.write_number_with_format(r, c, cell(rounded), &format)?,
                    }
                }
                Kind::Total => {
                    let format = score_at(ctx.places).set_bold();
                    let formula = Formula::new(lookup(summary.total, r))
                        .set_result(fixed(teacher.total, ctx.places));
                    sheet.write_formula_with_format(r, c, formula, &format)?
                }
                Kind::Grade => {
                    let mut grade = teacher
                        .grade
                        .and_then(|g| ctx.rubric.grades.get(g))
                        .map_or(String::new(), |g| g.name.clone());
                    // As on the slips: a grade forced by a veto says so, so
                    // it is not read as the lowest band earned by points.
                    if matches!(teacher.grade_basis, GradeBasis::Veto(_)) {
                        grade.push('\n');
                        grade.push_str(ctx.labels.graded_by_veto.trim());
                        row_lines = row_lines.max(2);
                    }
                    let format = bordered(wrapped.clone().set_align(FormatAlign::Center));
                    if grade.parse::<f64>().is_ok() {
                        // A grade named like a number would be stored as one.
                        sheet.write_string_with_format(r, c, &grade, &format)?
                    } else {
                        // `&""`: an empty 汇总 cell reads as "", not 0.
                        let mut formula = format!("{}&\"\"", lookup(summary.grade, r));
                        if matches!(teacher.grade_basis, GradeBasis::Veto(_)) {
                            let by_veto = ctx.labels.graded_by_veto.trim().replace('"', "\"\"");
                            formula.push_str(&format!("&CHAR(10)&\"{by_veto}\""));
                        }
                        let formula = Formula::new(formula).set_result(&grade);
                        sheet.write_formula_with_format(r, c, formula, &format)?
                    }
                }
                Kind::Rank => {
                    let rank = teacher
                        .quota
                        .as_ref()
                        .map(super::quota_basis::rank_text)
                        .unwrap_or_default();
                    sheet.write_string_with_format(r, c, &rank, &bordered(text.clone()))?
                }
                Kind::Wrapped(which) => {
                    let t = wrapped_text(ctx, n, *which);
                    row_lines = row_lines.max(cell_lines(&t, column.units));
                    // A veto reason in bold: a vetoed teacher stands apart
                    // from one who merely scored lowest, even in grey print.
                    let format = match which {
                        Wrapped::Vetoes => bordered(wrapped.clone().set_bold()),
                        _ => bordered(wrapped.clone()),
                    };
                    sheet.write_string_with_format(r, c, &t, &format)?
                }
            };
        }
        // Set, not left to the spreadsheet: Excel does not grow a row for
        // wrapped text in a file it did not write itself.
        if row_lines > 1 {
            sheet.set_row_height(r, LINE_POINTS * row_lines as f64)?;
        }
    }

    if let Some(per_page) = ctx.layout.rows_per_page {
        // The same pages as 汇总 when asked for N teachers a page.
        teachers_a_page(sheet, ctx.outcome.teachers.len(), per_page, FIRST_DATA)?;
    }

    let signatures = r + 2;
    sheet.merge_range(
        signatures,
        0,
        signatures,
        last,
        ctx.labels.print_signatures,
        &Format::new(),
    )?;
    sheet.set_row_height(signatures, LINE_POINTS * 2.0)?;

    // The header row repeats, not the title row: the page header already
    // names the rubric on every page, and the title twice was noise.
    print_titled(
        sheet,
        &ctx.rubric.name,
        ctx.labels.page_footer,
        (HEAD_ROW, HEAD_ROW),
    )
}

/// Lines `text` takes in a column `units` wide: one when it fits with the
/// unit of room either side its column was sized with (a school's name in
/// its column), else as [`lines`] estimates, with its fifth to spare. That
/// fifth, counted for every cell, made rows of short names two lines high
/// and 40 teachers three pages.
fn cell_lines(text: &str, units: usize) -> usize {
    if !text.contains('\n') && width(text) + 2 <= units {
        1
    } else {
        lines(text, units)
    }
}

/// A score as this sheet prints it: at the rubric's places, rounded as
/// the rubric rounds. A subtotal 汇总 keeps exact (`at = "total"`) has
/// ten places there, too many for a page to be signed; the exact value
/// stays in 汇总 and 明细.
fn printed(ctx: &Ctx<'_>, value: Decimal) -> String {
    fixed(ctx.rubric.rounding.apply(value), ctx.places)
}
