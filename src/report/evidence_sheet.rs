//! 明细: one row per evidence line — every point a teacher gained or lost,
//! with the file, sheet and row that caused it — so any score in 汇总 can be
//! checked against the exports by filtering on 工号.

use rust_xlsxwriter::{RowNum, Worksheet, XlsxError};

use super::number::{cell, places_for};
use super::sheet::{col, header_row, print_fitted, row, Ctx};
use super::style::{self, Widths};
use crate::engine::{AdjustResult, Evidence};
use crate::rubric::Item;
use crate::show::{fixed, plain};
use rust_decimal::Decimal;

/// One evidence line with what it belongs to.
struct Line<'a> {
    teacher: usize,
    what: What<'a>,
}

/// An item's evidence, or an adjustment of a category's subtotal (after the
/// teacher's item lines: it is applied to their sum).
enum What<'a> {
    Item(&'a Item, &'a Evidence),
    Adjust(&'a AdjustResult),
    /// A subtotal (`Some(category)`) or the total rounded once, where the
    /// rubric rounds (`at = "categories"` or `"total"`): the exact sum and
    /// the step to the rounded one.
    Rounded(Option<usize>, Decimal, Decimal),
}

/// Evidence lines in sheet order: roster order, then the summary's item
/// column order, then the engine's order within the item.
fn lines<'a>(ctx: &'a Ctx<'_>) -> impl Iterator<Item = Line<'a>> + 'a {
    ctx.outcome
        .teachers
        .iter()
        .enumerate()
        .flat_map(move |(t, teacher)| {
            let items = ctx.item_order.iter().flat_map(move |&i| {
                let item = ctx.rubric.items.get(i);
                let evidence = teacher.items.get(i).map(|r| r.evidence.as_slice());
                item.into_iter()
                    .zip(evidence)
                    .flat_map(move |(item, evidence)| {
                        evidence.iter().map(move |evidence| Line {
                            teacher: t,
                            what: What::Item(item, evidence),
                        })
                    })
            });
            let adjustments = teacher.adjustments.iter().map(move |a| Line {
                teacher: t,
                what: What::Adjust(a),
            });
            // Subtotals are rounded before they are adjusted; the total after.
            let (total, subtotals): (Vec<_>, Vec<_>) =
                crate::engine::rounding_steps(ctx.rubric, teacher)
                    .into_iter()
                    .map(move |(c, exact, rounded)| Line {
                        teacher: t,
                        what: What::Rounded(c, exact, rounded),
                    })
                    .partition(|line| matches!(line.what, What::Rounded(None, _, _)));
            items.chain(subtotals).chain(adjustments).chain(total)
        })
}

/// The 0-based sheet row of each teacher's first evidence line, for the
/// links from 汇总; `None` for a teacher with no evidence.
pub(super) fn first_rows(ctx: &Ctx<'_>) -> Vec<Option<RowNum>> {
    let mut first = vec![None; ctx.outcome.teachers.len()];
    for (n, line) in lines(ctx).enumerate() {
        if let Some(slot @ None) = first.get_mut(line.teacher) {
            // Row 0 is the header.
            *slot = RowNum::try_from(n + 1).ok();
        }
    }
    first
}

pub(super) fn write(sheet: &mut Worksheet, ctx: &Ctx<'_>) -> Result<(), XlsxError> {
    let l = ctx.labels;
    let mut widths = Widths::new(50);
    let titles = [
        l.key,
        l.name,
        l.category,
        l.item,
        l.rule,
        l.kind,
        l.points,
        l.source_file,
        l.sheet,
        l.row,
        l.detail,
    ];
    header_row(sheet, 0, &titles, &mut widths)?;
    // Text cells are written without a format: the writer hashes a format
    // on every call, which for a district's 明细 cost more than the rest of
    // the sheet, and `style::text(false)` is the default format anyway.
    let integer = style::integer(false);
    let signed = style::signed(ctx.places);
    let indented = rust_xlsxwriter::Format::new().set_indent(1);
    let mut last = 0;
    for (n, line) in lines(ctx).enumerate() {
        let r = row(n + 1)?;
        last = r;
        let teacher = &ctx.outcome.teachers[line.teacher];
        let row = match line.what {
            What::Item(item, evidence) => Row {
                category: Some(item.category),
                item: item.name.as_str(),
                rule: evidence
                    .rule
                    .and_then(|i| item.rules.get(i))
                    .map_or("", |r| r.label.as_str()),
                kind: l.evidence_kind(evidence.kind),
                points: evidence.points,
                origin: evidence.origin.as_ref(),
                detail: std::borrow::Cow::Borrowed(evidence.detail.get(ctx.locale)),
            },
            What::Adjust(a) => adjust_row(ctx, a),
            What::Rounded(category, exact, rounded) => rounded_row(ctx, category, exact, rounded),
        };
        let category = row
            .category
            .and_then(|c| ctx.rubric.categories.get(c))
            .map_or("", |c| c.name.as_str());
        let strings = [
            (0, teacher.key.as_str()),
            (1, teacher.name.as_str()),
            (2, category),
            (3, row.item),
            (4, row.rule),
            (5, row.kind),
        ];
        for (c, value) in strings {
            sheet.write_string(r, c, value)?;
            widths.fit(c, value);
        }
        let points = row.points;
        // Evidence can be finer than the rubric's places (a rounding step
        // of 0.005); showing it at 0.01 would hide the very step it explains.
        let places = places_for(points, ctx.places);
        if places == ctx.places {
            sheet.write_number_with_format(r, 6, cell(points), &signed)?;
        } else {
            sheet.write_number_with_format(r, 6, cell(points), &style::signed(places))?;
        }
        // As the cell shows it: at most MAX_PLACES, however fine the value.
        widths.fit(6, &crate::show::rounded(points, places));
        if let Some(origin) = row.origin {
            let file = ctx.file_shown(&origin.file);
            // Indented, so a number right-aligned beside it does not run
            // into the file's name (`0.10作业批改记录.csv`).
            sheet.write_string_with_format(r, 7, file, &indented)?;
            sheet.write_string(r, 8, &*origin.sheet)?;
            // A record that is one cell of its row (a day of a 月度汇总) is
            // named by the cell, so the day can be found in the export.
            match origin.col {
                Some(_) => sheet.write_string(r, 9, origin.place())?,
                None => sheet.write_number_with_format(r, 9, origin.row, &integer)?,
            };
            widths.fit(7, file);
            widths.fit(8, &origin.sheet);
        }
        // A line comparing records (a group's largest, a class's records)
        // names them by place: within the inputs' folder, as column 来源文件.
        let detail = ctx.details_shown(&row.detail);
        sheet.write_string(r, 10, &*detail)?;
        widths.fit(10, &detail);
    }
    let last_col = col(titles.len() - 1)?;
    sheet.set_freeze_panes(1, 2)?;
    sheet.autofilter(0, 0, last, last_col)?;
    widths.apply(sheet)?;
    // Not wrapped, unlike the other lists: a wrapped row needs its height
    // set, and the writer keeps every row's height it is given for the
    // whole sheet, a few hundred bytes a row of a district's million. Too
    // wide for the page, 明细 prints across pages at full size, 工号 and
    // 姓名 on every page.
    print_fitted(
        sheet,
        l.page_footer,
        (0, 0),
        (0, 1),
        widths.units(titles.len()),
    )
}

/// What one 明细 row shows.
struct Row<'a> {
    category: Option<usize>,
    item: &'a str,
    rule: &'a str,
    kind: &'a str,
    points: rust_decimal::Decimal,
    origin: Option<&'a crate::provenance::Provenance>,
    detail: std::borrow::Cow<'a, str>,
}

/// An adjustment's row: the change to the subtotal, the arithmetic, and the
/// roster row or record that made it apply (every one of them in the detail).
fn adjust_row<'a>(ctx: &'a Ctx<'_>, a: &'a AdjustResult) -> Row<'a> {
    let l = ctx.labels;
    let adj = ctx.rubric.adjustments.get(a.adjust);
    let factor = adj.map_or(rust_decimal::Decimal::ONE, |adj| adj.factor);
    let mut detail = format!(
        "{} × {} = {}",
        plain(a.before),
        plain(factor),
        plain(a.after)
    );
    for (origin, fields) in &a.evidence {
        detail.push_str(l.list_separator);
        detail.push_str(&format!("{} ({origin})", fields.get(ctx.locale)));
    }
    Row {
        category: Some(a.category),
        item: l.category_subtotal,
        rule: adj.map_or("", |adj| adj.name.as_str()),
        kind: l.kind_adjust,
        points: a.after - a.before,
        origin: a.evidence.first().map(|(o, _)| o),
        detail: detail.into(),
    }
}

/// A rounding step's row: the exact sum, the mode and places, the rounded value.
fn rounded_row<'a>(
    ctx: &'a Ctx<'_>,
    category: Option<usize>,
    exact: Decimal,
    rounded: Decimal,
) -> Row<'a> {
    let l = ctx.labels;
    let r = ctx.rubric.rounding;
    let detail = crate::i18n::report::rounding_step(
        plain(exact),
        fixed(rounded, r.places),
        r.places,
        r.mode.label(ctx.locale),
    );
    Row {
        category,
        item: match category {
            Some(_) => l.category_subtotal,
            None => crate::i18n::report::total_line().get(ctx.locale),
        },
        rule: "",
        kind: l.kind_rounding,
        points: rounded - exact,
        origin: None,
        detail: detail.get(ctx.locale).to_string().into(),
    }
}
