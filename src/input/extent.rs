//! How far a sheet's cells reach, and what calamine would allocate to read
//! it, found before calamine opens an ods or xls workbook.
//!
//! calamine has no streaming reader for ods and xls: it builds every sheet
//! of the workbook as one grid spanning the first to the last cell with
//! content, as soon as the workbook is opened. One stray cell at
//! XFD1048576 beside data in A1:E3, or a row of content repeated with
//! `table:number-rows-repeated="1048000"`, makes that grid billions of
//! cells: the allocation fails and the process aborts, with no message and
//! no chance to name the file. So the sheets are measured first, from a
//! stream of the file (the ods `content.xml` or the xls BIFF records, see
//! `biff.rs`), counting the grid the way calamine will build it, and a
//! workbook whose grids would not fit in `--memory-limit` is refused with
//! the sheet and the far cell to delete.
//!
//! The same walk of an ods `content.xml` notes what calamine's ods reader
//! leaves out: the rows a sheet hides, and its merged cells (calamine reads
//! the cells a merge covers as blanks and keeps no list of merges, so
//! without this a value merged down over two records would silently be
//! read in the first only).

use std::io::{BufRead, BufReader, Read, Seek};
use std::mem::size_of;

use calamine::{Cell, Data, Dimensions};
use quick_xml::events::{BytesStart, Event};

use super::error::InputError;
use crate::i18n::Text;
use crate::provenance::column_letters;

/// The most rows and columns calamine's ods reader counts (it caps
/// repeats at a sheet's edge).
const MAX_ROWS: u64 = 1_048_576;
const MAX_COLUMNS: u64 = 16_384;

/// What reading one sheet whole would hold in memory, and where its
/// cells with content reach.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct SheetExtent {
    /// The sheet's name.
    pub name: String,
    /// Bytes calamine would allocate for the sheet, estimated from what it
    /// builds: its grid and the cells it collects on the way.
    pub bytes: u64,
    /// The last row with content, 0-based, and the last column with
    /// content in that row.
    pub last_row: Option<(u64, u64)>,
    /// The last column with content, 0-based, and the first row it is in.
    pub last_col: Option<(u64, u64)>,
    /// Rows the sheet hides (by hand or by a filter), as 1-based inclusive
    /// ranges in sheet order, numbered as calamine numbers them.
    pub hidden: Vec<(u32, u32)>,
    /// The sheet's merged ranges that reach over two rows or more, as
    /// calamine's 0-based dimensions in its numbering of the cells, in
    /// sheet order (ods only; see [`Sheet::span`]).
    pub merges: Vec<Dimensions>,
}

impl SheetExtent {
    pub(crate) fn new(name: String) -> Self {
        SheetExtent {
            name,
            ..SheetExtent::default()
        }
    }

    /// Notes content from `(row, first_col)` to `(row, last_col)`,
    /// 0-based: keeps the cells that reach furthest down and right.
    pub(crate) fn reach(&mut self, row: u64, last_col: u64) {
        if self.last_row.is_none_or(|(r, _)| row > r) {
            self.last_row = Some((row, last_col));
        }
        if self.last_col.is_none_or(|(_, c)| last_col > c) {
            self.last_col = Some((row, last_col));
        }
    }

    /// The far cell or cells, as a spreadsheet shows them: `XFD1048576`,
    /// or `A1048576 and XFD1` when the last row and the last column with
    /// content are reached by different cells.
    fn far(&self) -> Text {
        let a1 = |(row, col): (u64, u64)| {
            let col = u32::try_from(col).unwrap_or(u32::MAX);
            format!("{}{}", column_letters(col), row.saturating_add(1))
        };
        match (self.last_row, self.last_col) {
            (Some(r), Some(c)) if r != c => {
                let (r, c) = (a1(r), a1(c));
                crate::i18n::input::two_cells(r, c)
            }
            (Some(x), _) | (None, Some(x)) => Text::same(a1(x)),
            (None, None) => Text::same("A1"),
        }
    }
}

/// Bytes of one cell in calamine's grid.
pub(crate) const GRID_CELL: u64 = size_of::<Data>() as u64;
/// Bytes of one formula text in calamine's formula grid.
pub(crate) const FORMULA_CELL: u64 = size_of::<String>() as u64;
/// Bytes of one positioned cell calamine collects before building a grid.
pub(crate) const LISTED_CELL: u64 = size_of::<Cell<Data>>() as u64;

/// The whole workbook's sheets are held at once, so their estimates add
/// up; beyond `limit` the workbook is refused, naming the largest sheet.
pub(crate) fn refuse_beyond(
    display: &str,
    sheets: &[SheetExtent],
    limit: u64,
) -> Option<InputError> {
    let total = sheets
        .iter()
        .fold(0u64, |sum, s| sum.saturating_add(s.bytes));
    if total <= limit {
        return None;
    }
    let worst = sheets.iter().max_by_key(|s| s.bytes)?;
    let far = worst.far();
    let (file, sheet) = (display, worst.name.as_str());
    let mb = |b: u64| b.div_ceil(1 << 20);
    let (need, have) = (mb(total), mb(limit));
    Some(InputError::Refused {
        file: display.to_string(),
        sheet: worst.name.clone(),
        message: crate::i18n::input::used_area_too_large(file, sheet, &far, need, have),
    })
}

/// Measures each sheet of an ods `content.xml`, streamed: counts rows and
/// columns as calamine's ods reader does (repeats capped at the sheet's
/// edge, trailing blank cells dropped), without holding any cell.
///
/// # Errors
/// The XML reader's error, in words, for XML that calamine could not read
/// either.
pub(crate) fn ods_sheets<R: Read>(content: R) -> Result<Vec<SheetExtent>, String> {
    let mut xml = quick_xml::Reader::from_reader(BufReader::new(content));
    let mut buf = Vec::new();
    let mut skip = Vec::new();
    let mut sheets = Vec::new();
    let mut sheet: Option<Sheet> = None;
    loop {
        buf.clear();
        let (e, empty) = match xml.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => (e, false),
            Ok(Event::Empty(e)) => (e, true),
            Ok(Event::End(e)) => {
                match e.name().as_ref() {
                    "table:table" => sheets.extend(sheet.take().map(Sheet::finish)),
                    "table:table-row" => {
                        if let Some(s) = sheet.as_mut() {
                            s.end_row();
                        }
                    }
                    _ => {}
                }
                continue;
            }
            Ok(Event::Eof) => break,
            Err(e) => return Err(e.to_string()),
            Ok(_) => continue,
        };
        match e.name().as_ref() {
            "table:table" => {
                sheets.extend(sheet.take().map(Sheet::finish));
                let name = sheet_name(&e).unwrap_or_default();
                if empty {
                    sheets.push(SheetExtent::new(name));
                } else {
                    sheet = Some(Sheet::new(name));
                }
            }
            "table:table-row" => {
                if let Some(s) = sheet.as_mut() {
                    s.start_row(repeats(attr(&e, "table:number-rows-repeated")));
                    // `collapse` (hidden by hand) or `filter` (left out by a filter).
                    if attr(&e, "table:visibility").is_some_and(|v| v != "visible") {
                        s.hide_row();
                    }
                    if empty {
                        s.end_row();
                    }
                }
            }
            name @ ("table:table-cell" | "table:covered-table-cell") => {
                if let Some(s) = sheet.as_mut() {
                    let cell = CellAttrs::of(&e);
                    // Only a cell proper starts a merge; the cells it
                    // covers are written as covered cells after it.
                    if name == "table:table-cell" {
                        s.span(cell.repeats, cell.rows_spanned, cell.columns_spanned);
                    }
                    // A cell written out in full may hold text; one closed
                    // at once holds only what its attributes say.
                    s.cell(
                        cell.repeats,
                        !empty || cell.value || cell.formula,
                        cell.formula,
                    );
                    if !empty {
                        // Skip the cell's text and any table nested in it.
                        skip.clear();
                        xml.read_to_end_into(quick_xml::name::QName(name), &mut skip)
                            .map_err(|e| e.to_string())?;
                    }
                }
            }
            _ => {}
        }
    }
    sheets.extend(sheet.take().map(Sheet::finish));
    Ok(sheets)
}

/// What a cell's attributes say, read in one pass (a sheet has millions).
struct CellAttrs {
    repeats: u64,
    value: bool,
    formula: bool,
    /// The rows and columns the cell spans when it is merged (1 when not).
    rows_spanned: u64,
    columns_spanned: u64,
}

impl CellAttrs {
    fn of(e: &BytesStart<'_>) -> Self {
        let mut cell = CellAttrs {
            repeats: 1,
            value: false,
            formula: false,
            rows_spanned: 1,
            columns_spanned: 1,
        };
        let mut attrs = e.attributes();
        attrs.with_checks(false);
        for a in attrs.flatten() {
            match a.key.as_ref() {
                "table:number-columns-repeated" => cell.repeats = repeats(Some(&a.value)),
                "office:value-type" | "office:value" => cell.value = true,
                "table:formula" => cell.formula = true,
                "table:number-rows-spanned" => cell.rows_spanned = repeats(Some(&a.value)),
                "table:number-columns-spanned" => {
                    cell.columns_spanned = repeats(Some(&a.value));
                }
                _ => {}
            }
        }
        cell
    }
}

/// Whether an ods manifest (`META-INF/manifest.xml`) marks any part as
/// encrypted: LibreOffice and WPS encrypt the parts of a workbook saved
/// with a password and describe each in an `encryption-data` element.
///
/// # Errors
/// The XML reader's error, in words.
pub(crate) fn ods_encrypted<R: BufRead>(manifest: R) -> Result<bool, String> {
    let mut xml = quick_xml::Reader::from_reader(manifest);
    let mut buf = Vec::new();
    loop {
        match xml.read_event_into(&mut buf) {
            Ok(Event::Start(e)) | Ok(Event::Empty(e))
                if e.name().as_ref() == "manifest:encryption-data" =>
            {
                return Ok(true)
            }
            Ok(Event::Eof) => return Ok(false),
            Err(e) => return Err(e.to_string()),
            Ok(_) => {}
        }
        buf.clear();
    }
}

/// A repeat count as calamine reads it; one that is not a number is left
/// to calamine to refuse, and counts once here.
fn repeats(value: Option<impl AsRef<str>>) -> u64 {
    value
        .and_then(|v| v.as_ref().trim().parse::<u64>().ok())
        .unwrap_or(1)
}

/// A sheet's `table:name` decoded as calamine decodes it (unescaped, not
/// normalised), so what is found here is looked up under the name calamine
/// gives the sheet.
fn sheet_name(e: &BytesStart<'_>) -> Option<String> {
    let a = e.try_get_attribute("table:name").ok().flatten()?;
    quick_xml::escape::unescape(&a.value)
        .ok()
        .map(|v| v.into_owned())
}

fn attr(e: &BytesStart<'_>, key: &str) -> Option<String> {
    e.try_get_attribute(key).ok().flatten().and_then(|a| {
        a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .ok()
            .map(|v| v.into_owned())
    })
}

/// One ods sheet being measured.
struct Sheet {
    extent: SheetExtent,
    /// Rows counted so far (capped at the sheet's edge, as calamine does).
    rows: u64,
    /// The current row element's repeat count, once capped.
    row_repeats: u64,
    /// Columns counted so far in the current row element.
    col: u64,
    /// The current row's first column with content, and the end of its last.
    first: Option<u64>,
    end: u64,
    row_has_formula: bool,
    /// Cells calamine lists before building the grid: a row's cells up to
    /// its last with content, once per row element (repeats are expanded
    /// only in the grid).
    listed: u64,
    /// The grid's bounds: first and last rows, first and last columns.
    top: Option<u64>,
    bottom: u64,
    left: u64,
    right: u64,
    formulas: bool,
}

impl Sheet {
    fn new(name: String) -> Self {
        Sheet {
            extent: SheetExtent::new(name),
            rows: 0,
            row_repeats: 0,
            col: 0,
            first: None,
            end: 0,
            row_has_formula: false,
            listed: 0,
            top: None,
            bottom: 0,
            left: u64::MAX,
            right: 0,
            formulas: false,
        }
    }

    fn start_row(&mut self, repeats: u64) {
        self.row_repeats = repeats.min(MAX_ROWS.saturating_sub(self.rows));
        self.col = 0;
        self.first = None;
        self.end = 0;
        self.row_has_formula = false;
    }

    /// The current row element (all its repeats) is hidden.
    fn hide_row(&mut self) {
        if self.row_repeats == 0 {
            return;
        }
        let first = self.rows.saturating_add(1);
        let last = self.rows.saturating_add(self.row_repeats);
        // Rows stop at the sheet's edge (2^20), well inside u32.
        if let (Ok(first), Ok(last)) = (u32::try_from(first), u32::try_from(last)) {
            self.extent.hidden.push((first, last));
        }
    }

    /// Notes a merge starting at the current cell (before [`Sheet::cell`]
    /// moves past it): `rows_spanned` × `columns_spanned` cells from here
    /// (ODF's `table:number-rows-spanned` and `table:number-columns-spanned`),
    /// the cell repeated `repeats` times across and its row element
    /// repeated down. Positions count every repeat before them and the
    /// covered cells, as calamine numbers the cells it reads.
    ///
    /// A merge within one row is not kept: it cannot hide a value from
    /// another row, so the merge check would pass it over, and LibreOffice
    /// repeats rows that hold only such merges (banded blank rows) as
    /// freely as any others. A merge over several rows is never repeated by
    /// a program (the next row holds the covered cells, so it is not the
    /// same row again); if a file repeats one anyway, the repeats are kept
    /// as one merge over all of them, so none of the rows they cover is
    /// passed over, and the list stays no longer than the XML's cells.
    fn span(&mut self, repeats: u64, rows_spanned: u64, columns_spanned: u64) {
        let repeats = repeats.min(MAX_COLUMNS.saturating_sub(self.col));
        if rows_spanned < 2 || repeats == 0 || self.row_repeats == 0 {
            return;
        }
        // The last of `repeated` cells from `start` each spanning `spanned`,
        // within the sheet's edge (2^20 rows, 2^14 columns: fits u32).
        let last = |start: u64, repeated: u64, spanned: u64, edge: u64| {
            let end = start
                .saturating_add(repeated.saturating_sub(1))
                .saturating_add(spanned.max(1) - 1)
                .min(edge - 1);
            u32::try_from(end).unwrap_or(u32::MAX)
        };
        let first = |at: u64| u32::try_from(at).unwrap_or(u32::MAX);
        self.extent.merges.push(Dimensions {
            start: (first(self.rows), first(self.col)),
            end: (
                last(self.rows, self.row_repeats, rows_spanned, MAX_ROWS),
                last(self.col, repeats, columns_spanned, MAX_COLUMNS),
            ),
        });
    }

    fn cell(&mut self, repeats: u64, content: bool, formula: bool) {
        let repeats = repeats.min(MAX_COLUMNS.saturating_sub(self.col));
        if content && repeats > 0 {
            self.first.get_or_insert(self.col);
            self.end = self.col + repeats;
            self.row_has_formula |= formula;
        }
        self.col += repeats;
    }

    fn end_row(&mut self) {
        self.listed = self.listed.saturating_add(self.end);
        if let (Some(first), true) = (self.first, self.row_repeats > 0) {
            let last_row = self.rows + self.row_repeats - 1;
            self.top.get_or_insert(self.rows);
            self.bottom = last_row;
            self.left = self.left.min(first);
            self.right = self.right.max(self.end - 1);
            self.formulas |= self.row_has_formula;
            self.extent.reach(last_row, self.end - 1);
        }
        self.rows += self.row_repeats;
        self.row_repeats = 0;
    }

    fn finish(mut self) -> SheetExtent {
        let grid = match self.top {
            Some(top) => (self.bottom - top + 1).saturating_mul(self.right + 1 - self.left),
            None => 0,
        };
        let per_cell = GRID_CELL + if self.formulas { FORMULA_CELL } else { 0 };
        self.extent.bytes = self
            .listed
            .saturating_mul(GRID_CELL + FORMULA_CELL)
            .saturating_add(grid.saturating_mul(per_cell));
        self.extent
    }
}

/// Measures the sheets of the ods at `path` and refuses it if they would
/// not fit in `limit`, or if it is password-protected. `Ok(None)` when the
/// file may be read, and also when it is not a readable zip: the zip check
/// has already said why.
///
/// # Errors
/// The I/O error of a file that cannot be read at all.
pub(crate) fn check_ods<R: Read + Seek>(
    file: R,
    display: &str,
    limit: u64,
) -> std::io::Result<Option<InputError>> {
    let Ok(mut zip) = zip::ZipArchive::new(file) else {
        return Ok(None);
    };
    if let Ok(manifest) = zip.by_name("META-INF/manifest.xml") {
        if ods_encrypted(BufReader::new(manifest)) == Ok(true) {
            return Ok(Some(super::error::password_protected(display)));
        }
    }
    let sheets = match zip.by_name("content.xml") {
        Ok(content) => ods_sheets(content),
        Err(_) => return Ok(None),
    };
    // XML calamine cannot read either is left for it to name.
    Ok(sheets
        .ok()
        .and_then(|sheets| refuse_beyond(display, &sheets, limit)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: &str) -> String {
        format!(
            "<office:document-content><office:body><office:spreadsheet>\
             <table:table table:name=\"授课\">{rows}</table:table>\
             </office:spreadsheet></office:body></office:document-content>"
        )
    }

    const TEXT: &str =
        "<table:table-cell office:value-type=\"string\"><text:p>x</text:p></table:table-cell>";

    fn measure(rows: &str) -> SheetExtent {
        let sheets = ods_sheets(table(rows).as_bytes()).unwrap_or_default();
        assert_eq!(sheets.len(), 1);
        sheets.into_iter().next().unwrap_or_default()
    }

    #[test]
    fn hidden_and_filtered_rows_are_ranges_with_their_repeats() {
        let s = measure(&format!(
            "<table:table-row>{TEXT}</table:table-row>\
             <table:table-row table:visibility=\"collapse\">{TEXT}</table:table-row>\
             <table:table-row table:visibility=\"visible\">{TEXT}</table:table-row>\
             <table:table-row table:visibility=\"filter\" table:number-rows-repeated=\"3\">{TEXT}</table:table-row>"
        ));
        assert_eq!(s.hidden, vec![(2, 2), (4, 6)]);
    }

    #[test]
    fn a_small_sheet_is_its_cells() {
        let s = measure(&format!(
            "<table:table-row>{TEXT}{TEXT}</table:table-row>\
             <table:table-row>{TEXT}<table:table-cell table:number-columns-repeated=\"1000\"/></table:table-row>"
        ));
        assert_eq!(s.name, "授课");
        assert_eq!(s.far().en, "A2 and B1");
        assert_eq!(s.far().zh, "A2 和 B1");
        // 3 listed cells, a 2×2 grid.
        assert_eq!(s.bytes, 3 * (GRID_CELL + FORMULA_CELL) + 4 * GRID_CELL);
    }

    #[test]
    fn a_stray_cell_at_the_sheets_corner_is_the_far_cell() {
        let s = measure(&format!(
            "<table:table-row>{TEXT}</table:table-row>\
             <table:table-row table:number-rows-repeated=\"1048574\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>\
             <table:table-row><table:table-cell table:number-columns-repeated=\"16383\"/>{TEXT}</table:table-row>"
        ));
        assert_eq!(s.far().en, "XFD1048576");
        assert!(s.bytes >= MAX_ROWS * MAX_COLUMNS * GRID_CELL);
        let refused = refuse_beyond("a.ods", &[s], 1 << 30).map(|e| e.to_string());
        assert!(
            refused.is_some_and(
                |m| m.starts_with("a.ods, sheet 授课: the used area reaches XFD1048576;")
            ),
        );
    }

    #[test]
    fn repeated_content_counts_every_repeat() {
        let s = measure(&format!(
            "<table:table-row table:number-rows-repeated=\"1000\">{TEXT}{TEXT}</table:table-row>"
        ));
        assert_eq!(s.far().en, "B1000");
        assert_eq!(s.bytes, 2 * (GRID_CELL + FORMULA_CELL) + 2000 * GRID_CELL);
        assert!(refuse_beyond("a.ods", &[s], 1 << 30).is_none());
    }

    #[test]
    fn repeats_stop_at_the_sheets_edge() {
        let s = measure(
            "<table:table-row table:number-rows-repeated=\"99999999999\">\
             <table:table-cell table:number-columns-repeated=\"99999999\" office:value-type=\"float\" office:value=\"1\"/>\
             </table:table-row>",
        );
        assert_eq!(s.far().en, "XFD1048576");
    }

    #[test]
    fn an_empty_sheet_costs_nothing() {
        let s = measure("<table:table-row><table:table-cell/></table:table-row>");
        assert_eq!(s.bytes, 0);
        assert!(refuse_beyond("a.ods", &[s], 0).is_none());
    }

    fn dims(r0: u32, c0: u32, r1: u32, c1: u32) -> Dimensions {
        Dimensions {
            start: (r0, c0),
            end: (r1, c1),
        }
    }

    /// A text cell merged over `rows` × `columns`, as LibreOffice writes it.
    fn merged(rows: u32, columns: u32) -> String {
        format!(
            "<table:table-cell office:value-type=\"string\" table:number-columns-spanned=\"{columns}\" \
             table:number-rows-spanned=\"{rows}\"><text:p>x</text:p></table:table-cell>"
        )
    }

    #[test]
    fn merges_are_placed_past_every_repeated_row_column_and_covered_cell() {
        let s = measure(&format!(
            // Row 1: a title merged across A1:C1 (one row: not kept).
            "<table:table-row>{title}<table:covered-table-cell table:number-columns-repeated=\"2\"/></table:table-row>\
             <table:table-row table:number-rows-repeated=\"3\"><table:table-cell table:number-columns-repeated=\"5\"/></table:table-row>\
             <table:table-row><table:table-cell table:number-columns-repeated=\"2\"/><table:covered-table-cell/>{d5}<table:covered-table-cell/></table:table-row>\
             <table:table-row><table:table-cell table:number-columns-repeated=\"3\"/><table:covered-table-cell table:number-columns-repeated=\"2\"/></table:table-row>\
             <table:table-row>{a7}{TEXT}</table:table-row>\
             <table:table-row table:number-rows-repeated=\"2\"><table:covered-table-cell/>{TEXT}</table:table-row>",
            title = merged(1, 3),
            d5 = merged(2, 2),
            a7 = merged(3, 1),
        ));
        // D5:E6 after three rows written once and two cells repeated and
        // one covered; A7:A9 over a repeated row of covered cells.
        assert_eq!(s.merges, vec![dims(4, 3, 5, 4), dims(6, 0, 8, 0)]);
    }

    #[test]
    fn a_repeated_merge_is_kept_whole_and_stops_at_the_sheets_edge() {
        let s = measure(&format!(
            "<table:table-row table:number-rows-repeated=\"2\">\
             <table:table-cell table:number-columns-repeated=\"3\" table:number-rows-spanned=\"2\"/></table:table-row>\
             <table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell/></table:table-row>\
             <table:table-row><table:table-cell table:number-columns-repeated=\"16383\"/>{}</table:table-row>",
            merged(9, 9)
        ));
        // Two rows of three cells, each over two rows: A1:C3 as one.
        assert_eq!(
            s.merges,
            vec![dims(0, 0, 2, 2), dims(1_048_572, 16_383, 1_048_575, 16_383)]
        );
    }

    #[test]
    fn an_encrypted_manifest_is_found() {
        let plain = "<manifest:manifest><manifest:file-entry manifest:full-path=\"content.xml\"/></manifest:manifest>";
        let locked = "<manifest:manifest><manifest:file-entry manifest:full-path=\"content.xml\">\
                      <manifest:encryption-data manifest:checksum-type=\"SHA1/1K\"/></manifest:file-entry></manifest:manifest>";
        assert_eq!(ods_encrypted(plain.as_bytes()), Ok(false));
        assert_eq!(ods_encrypted(locked.as_bytes()), Ok(true));
    }
}
