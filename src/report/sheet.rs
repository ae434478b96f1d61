//! What the sheet writers share: the context every sheet reads, row and
//! column indexes as the writer takes them, a header row, and the fixed
//! document properties that make two runs byte-identical. The workbook
//! orchestrators import the sheets and this module; nothing imports them back.

use rust_xlsxwriter::{ColNum, DocProperties, ExcelDateTime, RowNum, Worksheet, XlsxError};

use super::labels::Labels;
use super::Layout;
use crate::engine::Outcome;
use crate::rubric::{Locale, Rubric};

/// What every sheet writer reads.
pub(super) struct Ctx<'a> {
    pub rubric: &'a Rubric,
    pub outcome: &'a Outcome,
    pub locale: Locale,
    pub labels: &'static Labels,
    /// The rubric's decimal places: every score is shown at these.
    pub places: u32,
    /// The folder every input file is in (`examples/三月/`, with its `/`),
    /// or `""`: 明细 and 否决 name each record's file within it, not by the
    /// same long path on every row (运行信息 names each file in full).
    pub input_folder: String,
    /// Item indexes in column order: category by category, so a
    /// category's items sit side by side under its merged header even when
    /// the rubric lists them apart.
    pub item_order: Vec<usize>,
    /// Optional sheets and paging.
    pub layout: Layout,
}

impl Ctx<'_> {
    /// A record's file as 明细 and 否决 name it: within the inputs' folder.
    pub fn file_shown<'f>(&self, file: &'f str) -> &'f str {
        file.strip_prefix(self.input_folder.as_str())
            .unwrap_or(file)
    }

    /// A source named as the office knows it, `考勤（attendance）`
    /// ([`crate::rubric::Source::named`]), from its id.
    pub fn source_named(&self, id: &str) -> String {
        self.rubric.sources.iter().find(|s| s.id == id).map_or_else(
            || id.to_string(),
            |s| s.named().get(self.locale).to_string(),
        )
    }

    /// A detail as 明细 shows it: records named by place
    /// (`…（examples/三月/名册.xlsx:名册:22）`) with each file within the
    /// inputs' folder, as [`Ctx::file_shown`], and numbers cut after the
    /// places a cell shows (the cells keep the exact values).
    pub fn details_shown<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        let cut = crate::show::cut_decimals(text, super::number::MAX_PLACES as usize);
        if self.input_folder.is_empty() || !cut.contains(self.input_folder.as_str()) {
            cut
        } else {
            std::borrow::Cow::Owned(cut.replace(self.input_folder.as_str(), ""))
        }
    }
}

/// Document properties titled `title`, with a fixed creation date: it would
/// otherwise be "now", the only thing that makes two runs differ.
/// 2000-01-01 is plainly not a real date.
pub(crate) fn properties(title: &str) -> Result<DocProperties, XlsxError> {
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    Ok(DocProperties::new()
        .set_title(title)
        .set_creation_datetime(&created))
}

/// A row index as the writer takes it; a sheet holds 1,048,576 rows.
pub(super) fn row(n: usize) -> Result<RowNum, XlsxError> {
    RowNum::try_from(n).map_err(|_| XlsxError::RowColumnLimitError)
}

/// A column index as the writer takes it; a sheet holds 16,384 columns.
pub(super) fn col(n: usize) -> Result<ColNum, XlsxError> {
    ColNum::try_from(n).map_err(|_| XlsxError::RowColumnLimitError)
}

/// Writes a header row of labels, noting their widths.
pub(super) fn header_row(
    sheet: &mut Worksheet,
    at: RowNum,
    titles: &[&str],
    widths: &mut super::style::Widths,
) -> Result<(), XlsxError> {
    let format = super::style::header();
    for (i, title) in titles.iter().enumerate() {
        let c = col(i)?;
        sheet.write_string_with_format(at, c, *title, &format)?;
        widths.fit(c, title);
    }
    Ok(())
}

/// The widest the columns of a printed table may be together, in character
/// units. A4 landscape with the writer's default margins (0.7 in either
/// side) is 10.29 in, 988 pixels at 96 dpi; a unit is 7 pixels of Calibri 11
/// (and 5 between columns), so 110 units print at full size where Calibri
/// is installed. Where it is not, LibreOffice measures units in its
/// stand-in (DejaVu Sans, about 9.3 pixels) and fitting one page wide
/// shrinks the sheet to about 90 %: 11 pt text prints near 10 pt (the tests
/// in tests/integration/libreoffice.rs measure it).
pub(crate) const BUDGET_UNITS: usize = 110;
/// The widest a table may be and still be shrunk onto one page wide: 120
/// units print at about 82 % of 11 pt where LibreOffice stands DejaVu Sans
/// in for Calibri, 9 pt. A wider one prints across pages at full size.
pub(crate) const ONE_PAGE_UNITS: usize = 120;

/// The widest the columns of a table printed on A4 portrait may be
/// together: two thirds of [`BUDGET_UNITS`], as the page is two thirds as
/// wide (6.87 in between the margins).
pub(crate) const PORTRAIT_UNITS: usize = 72;

/// A4 landscape: the paper and the way round school offices print on.
pub(super) fn landscape_a4(sheet: &mut Worksheet) -> &mut Worksheet {
    // 9 is A4 in the spreadsheet's list of paper sizes.
    sheet.set_landscape().set_paper_size(9)
}

/// How a summary prints: A4 landscape, one page wide, `title` on top of
/// every page and `footer` (the page numbers) below, rows `repeat` on every
/// page.
pub(crate) fn print_titled(
    sheet: &mut Worksheet,
    title: &str,
    footer: &str,
    repeat: (RowNum, RowNum),
) -> Result<(), XlsxError> {
    page_title(sheet, title);
    print_paged(sheet, footer, repeat)
}

/// `title` on top of every printed page.
pub(crate) fn page_title(sheet: &mut Worksheet, title: &str) {
    sheet.set_header(format!("&C{}", title.replace('&', "&&")));
}

/// How a table prints when its own first rows say what it is: A4
/// landscape, one page wide however long, rows `repeat` (the title row
/// and the header) on every page and `footer` (the page numbers) below.
/// The one page set-up of every printed table, the scored workbook's and
/// the audit commands' alike.
pub(crate) fn print_paged(
    sheet: &mut Worksheet,
    footer: &str,
    repeat: (RowNum, RowNum),
) -> Result<(), XlsxError> {
    page_setup(sheet, footer, Some(repeat), None)
}

/// How a table `units` wide prints: one page wide as [`print_paged`] when
/// that keeps it legible (at most [`ONE_PAGE_UNITS`]), otherwise across
/// pages at full size, columns `left` (who each row is: 工号, 姓名) on every
/// page, rather than shrunk to one page wide and unreadable (a column per
/// item of a full rubric).
pub(crate) fn print_fitted(
    sheet: &mut Worksheet,
    footer: &str,
    repeat: (RowNum, RowNum),
    left: (ColNum, ColNum),
    units: usize,
) -> Result<(), XlsxError> {
    let left = (units > ONE_PAGE_UNITS).then_some(left);
    page_setup(sheet, footer, Some(repeat), left)
}

/// Page breaks every `per_page` of `teachers` rows, the first on row
/// `first`: a break at row r starts a new page with row r.
pub(super) fn teachers_a_page(
    sheet: &mut Worksheet,
    teachers: usize,
    per_page: std::num::NonZeroUsize,
    first: RowNum,
) -> Result<(), XlsxError> {
    let breaks = (1..)
        .map(|k| k * per_page.get())
        .take_while(|&n| n < teachers)
        .map(|n| row(n).map(|r| r + first))
        .collect::<Result<Vec<_>, _>>()?;
    sheet.set_page_breaks(&breaks)?;
    Ok(())
}

/// How a sheet of titled sections (规则, 运行信息) `units` wide prints: as
/// [`print_fitted`], but with no row on every page, as no one header is
/// every section's.
pub(super) fn print_sections(
    sheet: &mut Worksheet,
    footer: &str,
    left: (ColNum, ColNum),
    units: usize,
) -> Result<(), XlsxError> {
    let left = (units > ONE_PAGE_UNITS).then_some(left);
    page_setup(sheet, footer, None, left)
}

/// A4 landscape, `footer` below every page, rows `repeat` on top of it;
/// across pages at full size with columns `left` on every page, or without
/// them one page wide.
fn page_setup(
    sheet: &mut Worksheet,
    footer: &str,
    repeat: Option<(RowNum, RowNum)>,
    left: Option<(ColNum, ColNum)>,
) -> Result<(), XlsxError> {
    landscape_a4(sheet).set_footer(format!("&C{footer}"));
    if let Some((first, last)) = repeat {
        sheet.set_repeat_rows(first, last)?;
    }
    match left {
        Some((first, last)) => {
            // Over, then down: the pages of the same rows come together.
            sheet.set_repeat_columns(first, last)?.set_page_order(false);
        }
        None => {
            sheet.set_print_fit_to_pages(1, 0);
        }
    }
    Ok(())
}
