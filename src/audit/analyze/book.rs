//! The fairness report as a workbook: one 分析 sheet that prints like the
//! scored workbook's sheets (title and period on top, A4 landscape, one
//! page wide, page numbers, sentences wrapped), with the terminal's words.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

use super::render::{self, group_header, group_row, rater_header, rater_rows, Part, PartOpening};
use super::Analysis;
use crate::i18n::{audit as msg, Locale};

/// Width of every column but the first, in characters.
const COLUMN: usize = 14;
/// Width of the first column (raters, groups).
const FIRST: usize = 18;

/// The workbook's bytes: the same analysis gives the same bytes.
///
/// # Errors
/// The spreadsheet writer's, should a value not fit a sheet.
pub fn workbook_bytes(a: &Analysis, locale: Locale) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let title = msg::analyze_title(&a.rubric).get(locale).to_string();
    book.set_properties(&crate::report::sheet::properties(&title)?);
    let columns = 8.max(4 + a.grades.len());
    let sheet = book.add_worksheet();
    sheet.set_name(msg::analyze_sheet().get(locale))?;
    let mut w = Writer {
        sheet,
        row: 0,
        columns,
    };
    w.sheet.set_column_width(0, FIRST as f64)?;
    for c in 1..columns {
        w.sheet.set_column_width(col(c)?, COLUMN as f64)?;
    }
    let opening = render::opening(a, locale);
    w.sentence(&opening[0], &Format::new().set_bold().set_font_size(14))?;
    for l in &opening[1..] {
        w.sentence(l, &Format::new())?;
    }

    w.part(&render::part_opening(a, Part::Raters, locale))?;
    for rule in &a.raters {
        w.sentence(
            msg::analyze_weighted_rule(&rule.item, &rule.rule).get(locale),
            &Format::new().set_bold(),
        )?;
        w.table(&rater_header(locale), &rater_rows(rule))?;
        for l in render::outlier_lines(rule, locale) {
            w.sentence(&l, &Format::new())?;
        }
    }

    w.part(&render::part_opening(a, Part::Groups, locale))?;
    for grouping in &a.groups {
        w.sentence(
            msg::analyze_grouping(&grouping.field, &grouping.header).get(locale),
            &Format::new().set_bold(),
        )?;
        let mut rows: Vec<Vec<String>> = grouping
            .groups
            .iter()
            .map(|g| group_row(g, locale))
            .collect();
        rows.extend(render::whole_row(a, locale));
        w.table(&group_header(a, locale), &rows)?;
        let flags = render::flag_lines(a, grouping, locale);
        if flags.is_empty() {
            w.sentence(msg::analyze_no_flag().get(locale), &Format::new())?;
        }
        for l in flags {
            w.sentence(&l, &Format::new())?;
        }
    }

    w.part(&render::part_opening(a, Part::Sensitivity, locale))?;
    for e in &a.sensitivity {
        w.sentence(&render::effect_line(e, locale), &Format::new().set_bold())?;
        if let Some(tie) = render::tie_line(e, locale) {
            w.sentence(&tie, &Format::new().set_indent(1))?;
        }
        for l in render::move_lines(e, locale) {
            w.sentence(&l, &Format::new().set_indent(1))?;
        }
    }

    let footer = crate::report::labels(locale).page_footer;
    // 9 is A4 in the spreadsheet's list of paper sizes.
    w.sheet
        .set_landscape()
        .set_paper_size(9)
        .set_print_fit_to_pages(1, 0)
        .set_header(format!("&C{}", title.replace('&', "&&")))
        .set_footer(format!("&C{footer}"));
    crate::report::save_workbook(&mut book)
}

/// Writes the sheet row by row.
struct Writer<'a> {
    sheet: &'a mut Worksheet,
    row: u32,
    columns: usize,
}

impl Writer<'_> {
    /// A sentence across the sheet's width, wrapped, its row as tall as
    /// its lines (a spreadsheet does not fit merged cells by itself).
    fn sentence(&mut self, text: &str, format: &Format) -> Result<(), XlsxError> {
        let format = format
            .clone()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_align(FormatAlign::Left);
        let last = col(self.columns - 1)?;
        self.sheet
            .merge_range(self.row, 0, self.row, last, text, &format)?;
        let room = FIRST + COLUMN * (self.columns - 1);
        let lines = crate::show::width(text).div_ceil(room).max(1);
        self.sheet
            .set_row_height(self.row, 15.0 * lines as f64 + 3.0)?;
        self.row += 1;
        Ok(())
    }

    /// A part's heading, a blank row above it.
    fn heading(&mut self, text: &str) -> Result<(), XlsxError> {
        self.row += 1;
        self.sentence(text, &Format::new().set_bold().set_font_size(12))
    }

    /// A part's opening: its heading, what it looks for, and that it
    /// found nothing when it did not.
    fn part(&mut self, opening: &PartOpening) -> Result<(), XlsxError> {
        self.heading(opening.heading)?;
        self.sentence(&opening.rule, &Format::new())?;
        if let Some(none) = opening.none {
            self.sentence(none, &Format::new())?;
        }
        Ok(())
    }

    /// A bordered table; a cell that is a number is written as one.
    fn table(&mut self, header: &[String], rows: &[Vec<String>]) -> Result<(), XlsxError> {
        let head = Format::new()
            .set_bold()
            .set_text_wrap()
            .set_align(FormatAlign::Center)
            .set_background_color("#DDEBF7")
            .set_border(FormatBorder::Thin);
        for (c, h) in header.iter().enumerate() {
            self.sheet
                .write_string_with_format(self.row, col(c)?, h, &head)?;
        }
        self.row += 1;
        let cell = Format::new().set_text_wrap().set_border(FormatBorder::Thin);
        for r in rows {
            for (c, v) in r.iter().enumerate() {
                let at = col(c)?;
                match v.parse::<Decimal>() {
                    Ok(d) if c > 0 => {
                        let places = d.scale();
                        let code = if places == 0 {
                            "0".to_string()
                        } else {
                            format!("0.{}", "0".repeat(places as usize))
                        };
                        // Shown values have two places at most: the f64 holds them exactly.
                        let f = d.to_f64().unwrap_or_default();
                        let format = cell.clone().set_num_format(code);
                        self.sheet
                            .write_number_with_format(self.row, at, f, &format)?;
                    }
                    _ => {
                        self.sheet
                            .write_string_with_format(self.row, at, v, &cell)?;
                    }
                }
            }
            self.row += 1;
        }
        Ok(())
    }
}

fn col(c: usize) -> Result<u16, XlsxError> {
    u16::try_from(c).map_err(|_| XlsxError::RowColumnLimitError)
}
