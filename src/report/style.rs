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
/// A red clearly darker than [`LIGHT_RED`], for what is graver than a low
/// score: a veto.
const VETO_RED: u32 = 0xFF9999;
/// Excel's "green fill with dark green text" preset: the other half of
/// the pair, for a score that rose where red marks one that fell.
const LIGHT_GREEN: u32 = 0xC6EFCE;
const DARK_GREEN: u32 = 0x006100;
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

/// A vetoed teacher's row (conditional formatting): a darker red than
/// [`attention`], and bold, so it stands apart from the lowest grade even
/// printed in grey.
pub fn vetoed() -> Format {
    Format::new()
        .set_background_color(Color::RGB(VETO_RED))
        .set_font_color(Color::RGB(DARK_RED))
        .set_bold()
}

/// A row whose score rose (a diff): green fill, dark green text.
pub fn gain(format: Format) -> Format {
    format
        .set_background_color(Color::RGB(LIGHT_GREEN))
        .set_font_color(Color::RGB(DARK_GREEN))
}

/// A row whose score fell (a diff): the colours of [`attention`].
pub fn loss(format: Format) -> Format {
    format
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
            sheet.set_column_width(col, Self::units_of(w) as f64)?;
        }
        Ok(())
    }

    /// How wide columns `0..columns` are together once applied, in
    /// character units; a column never noted keeps the default width.
    pub fn units(&self, columns: usize) -> usize {
        (0..columns)
            .map(|c| {
                self.widths
                    .get(c)
                    .map_or(DEFAULT_UNITS, |&w| Self::units_of(w))
            })
            .sum()
    }

    fn units_of(text: usize) -> usize {
        (text + 3).max(6)
    }
}

/// A column's width when nothing sets it (8.43 characters), rounded up.
const DEFAULT_UNITS: usize = 9;

/// Narrowest a wrapped text column gets, in character units.
pub const MIN_WRAPPED: usize = 12;
/// Height of one line of 11 pt text, in points.
pub const LINE_POINTS: f64 = 15.0;

/// Splits `room` units among columns that want `wants`: the narrowest
/// wants are met first, the rest share what is left in proportion to what
/// they want, so that each long text takes about as many lines as the
/// others and no row is taller than it need be; none is narrower than
/// [`MIN_WRAPPED`] unless it wants less.
pub fn share(mut room: usize, wants: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..wants.len()).collect();
    order.sort_by_key(|&i| wants[i]);
    let mut got = vec![0; wants.len()];
    let mut wanted: usize = wants.iter().sum();
    for &i in &order {
        let fair = (room * wants[i]).checked_div(wanted).unwrap_or(0);
        got[i] = wants[i].min(fair.max(MIN_WRAPPED));
        room = room.saturating_sub(got[i]);
        wanted -= wants[i];
    }
    got
}

/// A column whose texts are wider than this wraps when the table is too
/// wide for the page; narrower ones (keys, names, scores) never do.
pub const WRAPS_OVER: usize = 16;

/// Each column's width in character units, and whether it wraps: as wide
/// as it `wants`, until together they pass `budget`; then the long text
/// columns (wider than [`WRAPS_OVER`]) [`share`] what the others leave.
pub fn fit_columns(wants: &[usize], budget: usize) -> Vec<(usize, bool)> {
    let mut got: Vec<(usize, bool)> = wants.iter().map(|&w| (w, false)).collect();
    if wants.iter().sum::<usize>() <= budget {
        return got;
    }
    let long: Vec<usize> = (0..wants.len())
        .filter(|&c| wants[c] > WRAPS_OVER + 2)
        .collect();
    let fixed: usize = (0..wants.len())
        .filter(|c| !long.contains(c))
        .map(|c| wants[c])
        .sum();
    let long_wants: Vec<usize> = long.iter().map(|&c| wants[c]).collect();
    for (&c, units) in long
        .iter()
        .zip(share(budget.saturating_sub(fixed), &long_wants))
    {
        got[c] = (units, units < wants[c]);
    }
    got
}

/// Lines `text` takes wrapped in a column of `units`, with a fifth to spare:
/// a line breaks at a word, and a stand-in font may be wider.
pub fn lines(text: &str, units: usize) -> usize {
    lines_of(crate::show::width(text), units)
}

/// Lines a text `width` units wide takes wrapped in a column of `units`,
/// as [`lines`].
pub fn lines_of(width: usize, units: usize) -> usize {
    let room = units.saturating_sub(1).max(1);
    (width * 6).div_ceil(room * 5).max(1)
}

#[cfg(test)]
mod tests {
    use super::{fit_columns, lines, share, MIN_WRAPPED};

    #[test]
    fn short_texts_leave_their_room_to_long_ones() {
        assert_eq!(share(40, &[10, 50]), [10, 30]);
        assert_eq!(share(40, &[50, 50]), [20, 20]);
        assert_eq!(share(40, &[5]), [5]);
        // A text twice as long gets about twice the room: as many lines.
        assert_eq!(share(60, &[40, 80]), [20, 40]);
        // Out of room: still wide enough to read a few characters a line.
        assert_eq!(share(0, &[50, 50]), [MIN_WRAPPED, MIN_WRAPPED]);
    }

    #[test]
    fn long_columns_wrap_only_when_the_table_is_too_wide() {
        assert_eq!(fit_columns(&[6, 40], 110), [(6, false), (40, false)]);
        // The key keeps its width; the long text takes what it leaves.
        assert_eq!(fit_columns(&[6, 200], 110), [(6, false), (104, true)]);
        // Two long ones share in proportion to their lengths.
        assert_eq!(
            fit_columns(&[10, 30, 200], 110),
            [(10, false), (13, true), (87, true)]
        );
    }

    #[test]
    fn wrapped_text_gets_a_line_more_than_it_needs_at_the_edge() {
        assert_eq!(lines("", 10), 1);
        assert_eq!(lines("否决", 10), 1);
        // 18 units of text in a column with room for 9: two lines, and a
        // fifth to spare makes it three.
        assert_eq!(lines("一二三四五六七八九", 10), 3);
    }

    #[test]
    fn cjk_counts_double() {
        assert_eq!(crate::show::width("工号"), 4);
        assert_eq!(crate::show::width("ID"), 2);
        assert_eq!(crate::show::width("每周计划 (10)"), 13);
        assert_eq!(crate::show::width("（条件）"), 8);
    }
}
