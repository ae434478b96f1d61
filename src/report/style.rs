//! The look of the workbook: cell formats and column widths. Kept apart from
//! the sheets so every sheet highlights, heads and sizes the same way.

use rust_xlsxwriter::{
    ColNum, Color, Format, FormatAlign, FormatBorder, FormatUnderline, Worksheet, XlsxError,
};

use super::number;

/// Excel's own "light red fill" (the preset under conditional formatting),
/// which office staff already read as "needs attention".
const LIGHT_RED: u32 = 0xFFC7CE;
/// The dark red text of the same preset.
const DARK_RED: u32 = 0x9C0006;
const HEADER_GREY: u32 = 0xE7E6E6;
const LINK_BLUE: u32 = 0x0563C1;

/// The title row above a table.
pub fn title() -> Format {
    Format::new().set_bold().set_font_size(14)
}

/// A section title inside a sheet (规则, 运行信息).
pub fn section() -> Format {
    Format::new().set_bold()
}

/// A table header cell.
pub fn header() -> Format {
    Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_background_color(Color::RGB(HEADER_GREY))
        .set_border(FormatBorder::Thin)
}

/// Adds the highlight fill when asked, so highlighted rows differ from
/// plain ones only by the fill.
fn fill(format: Format, highlight: bool) -> Format {
    if highlight {
        format.set_background_color(Color::RGB(LIGHT_RED))
    } else {
        format
    }
}

/// Rows that need attention (conditional formatting): Excel's "light red
/// fill with dark red text".
pub fn attention() -> Format {
    Format::new()
        .set_background_color(Color::RGB(LIGHT_RED))
        .set_font_color(Color::RGB(DARK_RED))
}

/// A text cell; written explicitly so keys keep their leading zeros.
pub fn text(highlight: bool) -> Format {
    fill(Format::new(), highlight)
}

/// Text that wraps, for long descriptions.
pub fn wrapped() -> Format {
    Format::new().set_text_wrap().set_align(FormatAlign::Top)
}

/// A score at `places` decimals.
pub fn score(places: u32, highlight: bool) -> Format {
    fill(
        Format::new().set_num_format(number::format_code(places)),
        highlight,
    )
}

/// A bold score, for totals.
pub fn total(places: u32, highlight: bool) -> Format {
    score(places, highlight).set_bold()
}

/// A signed change of score: deductions in red.
pub fn signed(places: u32) -> Format {
    Format::new().set_num_format(number::signed_format_code(places))
}

/// A whole number (row numbers, counts).
pub fn integer(highlight: bool) -> Format {
    fill(Format::new().set_num_format("0"), highlight)
}

/// A share, as a percentage with one decimal.
pub fn percent() -> Format {
    Format::new().set_num_format("0.0%")
}

/// A bordered cell of a printed slip.
pub fn boxed(format: Format) -> Format {
    format.set_border(FormatBorder::Thin)
}

/// An internal hyperlink.
pub fn link(highlight: bool) -> Format {
    fill(
        Format::new()
            .set_font_color(Color::RGB(LINK_BLUE))
            .set_underline(FormatUnderline::Single),
        highlight,
    )
}

/// The widest text seen per column, applied once the sheet is written.
#[derive(Debug, Default)]
pub struct Widths {
    widths: Vec<usize>,
    max: usize,
}

impl Widths {
    /// Widths no wider than `max` units; longer text wraps or is clipped.
    pub fn new(max: usize) -> Self {
        Widths {
            widths: Vec::new(),
            max,
        }
    }

    /// Notes text shown in a column.
    pub fn fit(&mut self, col: ColNum, text: &str) {
        let col = usize::from(col);
        if self.widths.len() <= col {
            self.widths.resize(col + 1, 0);
        }
        // A column is never wider than its text's bytes (a wide character
        // takes three), so most cells of a long sheet are passed over
        // without measuring them.
        if self.widths[col] >= self.max || text.len() <= self.widths[col] {
            return;
        }
        // Wide (CJK) characters count two: Excel's own auto-fit undercounts
        // them, which is why Chinese headers usually come out clipped.
        let w = crate::show::width(text).min(self.max);
        if w > self.widths[col] {
            self.widths[col] = w;
        }
    }

    /// Sets every noted column's width, with room for the autofilter button.
    pub fn apply(&self, sheet: &mut Worksheet) -> Result<(), XlsxError> {
        for (col, &w) in self.widths.iter().enumerate() {
            let col = ColNum::try_from(col).map_err(|_| XlsxError::RowColumnLimitError)?;
            let units = (w + 3).max(6);
            sheet.set_column_width(col, units as f64)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn cjk_counts_double() {
        assert_eq!(crate::show::width("工号"), 4);
        assert_eq!(crate::show::width("ID"), 2);
        assert_eq!(crate::show::width("每周计划 (10)"), 13);
        assert_eq!(crate::show::width("（条件）"), 8);
    }
}
