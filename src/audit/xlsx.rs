//! Small workbooks of the audit commands (diff, rollup): a title row saying
//! what the sheet is, a header row, text and number cells, and the fixed
//! document date that keeps two runs byte-identical, as the scored workbook
//! does. They print as the scored workbook's tables do (one page set-up,
//! [`print_fitted`]): A4 landscape, one page wide, the title and header rows
//! on every page and page numbers below; long texts wrap in columns sized
//! so the page is not shrunk below about 9 pt.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_xlsxwriter::{ColNum, Format, FormatAlign, RowNum, Workbook, Worksheet, XlsxError};

use crate::i18n::{audit as msg, Locale};
use crate::report::labels;
use crate::report::sheet::{print_fitted, BUDGET_UNITS};
use crate::report::style::{self, lines, LINE_POINTS};

const TITLE_ROW: RowNum = 0;
const HEAD_ROW: RowNum = 1;
const FIRST_DATA: RowNum = 2;

/// Height of one line of the 14 pt title, in points.
const TITLE_LINE_POINTS: f64 = 20.0;
/// A header wraps inside its cell past this width rather than widen the column.
const HEADER_UNITS: usize = 6;

/// A cell value.
pub(crate) enum Cell {
    /// Text.
    Text(String),
    /// A score shown at the given places.
    Score(Decimal, u32),
    /// A change of score at the given places, with its sign (+1.00, −1.00).
    Delta(Decimal, u32),
    /// Nothing.
    Blank,
}

/// How a row is marked: a diff colours a row whose score rose or fell.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    /// As it is.
    Plain,
    /// The score rose: green.
    Gain,
    /// The score fell: red.
    Loss,
}

impl Mark {
    /// The mark for a change of `delta`.
    pub(crate) fn of(delta: Decimal) -> Mark {
        if delta > Decimal::ZERO {
            Mark::Gain
        } else if delta < Decimal::ZERO {
            Mark::Loss
        } else {
            Mark::Plain
        }
    }

    fn on(self, format: Format) -> Format {
        match self {
            Mark::Plain => format,
            Mark::Gain => style::gain(format),
            Mark::Loss => style::loss(format),
        }
    }
}

/// A sheet: name, header, rows, and each row's mark (none: all plain).
pub(crate) struct Sheet {
    pub name: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    pub marks: Vec<Mark>,
}

/// A workbook: its document title, what it is of (the title row of every
/// sheet says its name and this) and the language of its page numbers.
pub(crate) struct Book<'a> {
    pub title: &'a str,
    pub what: String,
    pub locale: Locale,
}

/// Builds a workbook of plain sheets.
pub(crate) fn workbook(book: &Book<'_>, sheets: &[Sheet]) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    workbook.set_properties(&crate::report::sheet::properties(book.title)?);
    for s in sheets {
        let sheet: &mut Worksheet = workbook.add_worksheet().set_name(&s.name)?;
        write_sheet(sheet, book, s)?;
    }
    crate::report::save_workbook(&mut workbook)
}

/// What a cell shows, for measuring its column.
fn shown(cell: &Cell) -> String {
    match cell {
        Cell::Text(t) => t.clone(),
        Cell::Score(d, places) => crate::show::rounded(*d, *places),
        Cell::Delta(d, places) => format!("+{}", crate::show::rounded(*d, *places)),
        Cell::Blank => String::new(),
    }
}

/// Each column's width in character units, and whether it wraps: as wide
/// as its widest text, until together they pass [`BUDGET_UNITS`]; then the
/// long text columns share what the others leave.
fn widths(s: &Sheet) -> Vec<(usize, bool)> {
    let n = s.rows.iter().map(Vec::len).fold(s.header.len(), usize::max);
    let want: Vec<usize> = (0..n)
        .map(|c| {
            let head = s
                .header
                .get(c)
                .map_or(0, |h| crate::show::width(h).min(HEADER_UNITS));
            s.rows
                .iter()
                .filter_map(|r| r.get(c))
                .map(|cell| crate::show::width(&shown(cell)))
                .fold(head, usize::max)
                .max(4)
                + 2
        })
        .collect();
    style::fit_columns(&want, BUDGET_UNITS)
}

fn write_sheet(sheet: &mut Worksheet, book: &Book<'_>, s: &Sheet) -> Result<(), XlsxError> {
    let cols = widths(s);
    let last = col(cols.len().saturating_sub(1))?;
    let title = msg::printed_title(&s.name, &book.what)
        .get(book.locale)
        .to_string();
    // Across the table and wrapped: a long file name in the title would
    // otherwise be cut off at the page's edge.
    let title_format = style::title().set_text_wrap().set_align(FormatAlign::Top);
    if last > 0 {
        sheet.merge_range(TITLE_ROW, 0, TITLE_ROW, last, &title, &title_format)?;
    } else {
        sheet.write_string_with_format(TITLE_ROW, 0, &title, &title_format)?;
    }
    // 14 pt text is about 1.3 times as wide and as tall as 11 pt.
    let across: usize = cols.iter().map(|(units, _)| units).sum();
    let title_lines = lines(&title, across * 10 / 13);
    sheet.set_row_height(TITLE_ROW, TITLE_LINE_POINTS * title_lines as f64)?;
    let head = style::header();
    let mut head_lines = 1;
    for (c, h) in s.header.iter().enumerate() {
        sheet.write_string_with_format(HEAD_ROW, col(c)?, h, &head)?;
        if let Some(&(units, _)) = cols.get(c) {
            head_lines = head_lines.max(lines(h, units));
        }
    }
    sheet.set_row_height(HEAD_ROW, LINE_POINTS * head_lines as f64)?;

    let top = |f: Format| f.set_align(FormatAlign::Top);
    for (r, row) in s.rows.iter().enumerate() {
        let at = FIRST_DATA + RowNum::try_from(r).map_err(|_| XlsxError::RowColumnLimitError)?;
        let mark = s.marks.get(r).copied().unwrap_or(Mark::Plain);
        let mut row_lines = 1;
        for (c, cell) in row.iter().enumerate() {
            let cc = col(c)?;
            let (units, wraps) = cols.get(c).copied().unwrap_or((8, false));
            let text = if wraps {
                style::wrapped()
            } else {
                top(Format::new())
            };
            match cell {
                Cell::Text(t) => {
                    if wraps {
                        row_lines = row_lines.max(lines(t, units));
                    }
                    sheet.write_string_with_format(at, cc, t, &mark.on(text))?;
                }
                Cell::Score(d, places) => {
                    // Scores have a few decimal places: the f64 shows them exactly.
                    let f = d.to_f64().unwrap_or_default();
                    let format = mark.on(top(style::score(*places, false)));
                    sheet.write_number_with_format(at, cc, f, &format)?;
                }
                Cell::Delta(d, places) => {
                    let f = d.to_f64().unwrap_or_default();
                    let format = mark.on(top(style::signed(*places)));
                    sheet.write_number_with_format(at, cc, f, &format)?;
                }
                Cell::Blank => {
                    if mark != Mark::Plain {
                        sheet.write_blank(at, cc, &mark.on(Format::new()))?;
                    }
                }
            }
        }
        // Set, not left to the spreadsheet: Excel does not grow a row for
        // wrapped text in a file it did not write itself.
        if row_lines > 1 {
            sheet.set_row_height(at, LINE_POINTS * row_lines as f64)?;
        }
    }
    for (c, (units, _)) in cols.iter().enumerate() {
        sheet.set_column_width(col(c)?, *units as f64)?;
    }
    sheet.set_freeze_panes(FIRST_DATA, 0)?;
    // Even wrapped, a sheet may be too wide to shrink onto one page and
    // stay legible: then it prints across pages, each starting with who the
    // row is (工号, 姓名).
    let footer = labels(book.locale).page_footer;
    print_fitted(
        sheet,
        footer,
        (TITLE_ROW, HEAD_ROW),
        (0, last.min(1)),
        across,
    )
}

fn col(c: usize) -> Result<ColNum, XlsxError> {
    ColNum::try_from(c).map_err(|_| XlsxError::RowColumnLimitError)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(long: &str) -> Sheet {
        Sheet {
            name: "s".into(),
            header: vec!["工号".into(), "变化规则".into()],
            rows: vec![vec![Cell::Text("0012".into()), Cell::Text(long.into())]],
            marks: Vec::new(),
        }
    }

    #[test]
    fn a_long_text_column_wraps_only_when_the_page_is_too_narrow() {
        // Fits: as wide as its text, not wrapped; the header 变化规则 (8
        // units) wraps in its cell rather than widen the column past 6.
        assert_eq!(widths(&sheet("短")), [(6, false), (8, false)]);
        // Too wide for A4: the long column takes what the key leaves.
        let long = "按时授课/无故缺课 -1.00".repeat(10);
        assert_eq!(widths(&sheet(&long)), [(6, false), (104, true)]);
    }

    #[test]
    fn a_change_is_marked_by_its_sign() {
        assert!(Mark::of(Decimal::new(25, 2)) == Mark::Gain);
        assert!(Mark::of(Decimal::new(-1, 0)) == Mark::Loss);
        assert!(Mark::of(Decimal::ZERO) == Mark::Plain);
    }
}
