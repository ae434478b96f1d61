//! Lays out what `publish` built: a page as an xlsx workbook of one sheet,
//! the 公示 list as CSV (UTF-8 with a BOM, which Excel on Chinese Windows
//! needs to read it as UTF-8), and the slips as one ZIP. Nothing is added
//! to the cells the leak check saw.

use std::io::{Cursor, Write};

use rust_xlsxwriter::{Format, FormatAlign, Workbook, XlsxError};

use super::number::cell;
use super::publish::{shown, Cell, LineKind, Page};
use super::sheet::properties;
use super::style;

/// The page as an xlsx workbook of one sheet named `sheet`; the same page
/// gives the same bytes.
///
/// # Errors
/// [`XlsxError`] when a limit of the format is exceeded.
pub fn page_xlsx(page: &Page, title: &str, sheet_name: &str) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    workbook.set_properties(&properties(title)?);
    let sheet = workbook.add_worksheet().set_name(sheet_name)?;
    for (c, w) in (0u16..).zip(&page.widths) {
        sheet.set_column_width(c, *w)?;
    }
    let last =
        u16::try_from(page.widths.len().max(1) - 1).map_err(|_| XlsxError::RowColumnLimitError)?;
    let wrapped = style::boxed(style::wrapped());
    let boxed = style::boxed(Format::new().set_align(FormatAlign::VerticalCenter));
    let last_width = page.widths.last().copied().unwrap_or(10.0);
    let mut r = 0u32;
    for line in &page.lines {
        // A wrapped cell's row is made tall enough for its lines: not every
        // program grows a row to its text on opening (LibreOffice does not).
        if matches!(line.kind, LineKind::Body | LineKind::Wrapped) {
            let wrapped_lines = line
                .cells
                .last()
                .map_or(1, |c| lines_in(&shown(c), last_width));
            if wrapped_lines > 1 {
                sheet.set_row_height(r, ROW_HEIGHT * f64::from(wrapped_lines))?;
            }
        }
        match line.kind {
            LineKind::Title | LineKind::Across => {
                let format = if line.kind == LineKind::Title {
                    style::title().set_align(FormatAlign::Center)
                } else {
                    Format::new()
                };
                let said = line.cells.first().map(shown).unwrap_or_default();
                if last > 0 {
                    sheet.merge_range(r, 0, r, last, &said, &format)?;
                } else {
                    sheet.write_string_with_format(r, 0, &said, &format)?;
                }
            }
            LineKind::Header => {
                for (c, v) in (0u16..).zip(&line.cells) {
                    sheet.write_string_with_format(r, c, shown(v), &style::header())?;
                }
            }
            LineKind::Body => {
                for (c, v) in (0u16..).zip(&line.cells) {
                    match v {
                        Cell::Text(s) => {
                            let f = if c == last { &wrapped } else { &boxed };
                            sheet.write_string_with_format(r, c, s, f)?;
                        }
                        Cell::Number(n, places) => {
                            let f = style::boxed(style::score(*places, false));
                            sheet.write_number_with_format(r, c, cell(*n), &f)?;
                        }
                    }
                }
            }
            LineKind::Wrapped => {
                let label = line.cells.first().map(shown).unwrap_or_default();
                let said = line.cells.get(1).map(shown).unwrap_or_default();
                let head = style::boxed(style::section());
                if last > 1 {
                    sheet.merge_range(r, 0, r, last - 1, &label, &head)?;
                } else {
                    sheet.write_string_with_format(r, 0, &label, &head)?;
                }
                // Not merged, so the row grows to the wrapped text.
                sheet.write_string_with_format(r, last, &said, &wrapped)?;
            }
            LineKind::Signature => {
                r += 1;
                let said = line.cells.first().map(shown).unwrap_or_default();
                sheet.write_string(r, 0, &said)?;
            }
        }
        r += 1;
    }
    sheet
        .set_paper_size(9)
        .set_print_fit_to_pages(1, 0)
        .set_print_center_horizontally(true);
    super::save_workbook(&mut workbook)
}

/// The height of a row of one line of text, in points.
const ROW_HEIGHT: f64 = 15.0;

/// How many lines `text` takes wrapped in a column `width` characters wide
/// (a Chinese character takes two).
fn lines_in(text: &str, width: f64) -> u32 {
    // A character's margin of the column is lost to the cell's padding.
    let room = (width - 1.0).max(1.0);
    let columns = crate::show::width(text) as f64;
    let lines = (columns / room).ceil().max(1.0);
    if lines > 400.0 {
        400
    } else {
        lines as u32
    }
}

/// The page's header and rows as CSV, UTF-8 with a BOM; a cell that a
/// spreadsheet would take for a formula is neutralised. The title line is
/// left out: a CSV is a table.
pub fn page_csv(page: &Page) -> Vec<u8> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    for line in &page.lines {
        if !matches!(line.kind, LineKind::Header | LineKind::Body) {
            continue;
        }
        let cells: Vec<String> = line
            .cells
            .iter()
            .map(|c| {
                let s = shown(c);
                let s = super::neutralise(&s).into_owned();
                if s.contains([',', '"', '\n', '\r']) {
                    format!("\"{}\"", s.replace('"', "\"\""))
                } else {
                    s
                }
            })
            .collect();
        out.extend_from_slice(cells.join(",").as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    out
}

/// The files as one ZIP, each under its name, with a fixed date so the same
/// files give the same bytes.
///
/// # Errors
/// The ZIP writer's failure (in memory: none expected).
pub fn zip_of(files: &[(String, Vec<u8>)]) -> Result<Vec<u8>, std::io::Error> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for (name, bytes) in files {
        w.start_file(name.as_str(), options)
            .map_err(std::io::Error::other)?;
        w.write_all(bytes)?;
    }
    let done = w.finish().map_err(std::io::Error::other)?;
    Ok(done.into_inner())
}
