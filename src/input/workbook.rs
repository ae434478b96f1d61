//! Reads workbooks: xlsx/xlsm streamed cell by cell (memory stays flat however
//! many rows there are, and a stray cell at XFD1048576 costs nothing), xls
//! and ods through calamine's whole-sheet ranges, which is all it offers for
//! them. Merged cells are refused alike in all three (`merged.rs`), from
//! wherever each format lists them. Also decides which sheets of a workbook
//! are read.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufReader, Read, Seek};
use std::path::Path;
use std::sync::Arc;

use calamine::{
    open_workbook, Data, DataRef, Dimensions, Ods, Range, Reader, SheetType, Xls, Xlsx,
    XlsxFormulaMetadata,
};

use super::convert::{uncalculated_formula, Context, Raw};
use super::error::{DataError, InputError};
use super::header::{detect, Candidate, HeadRow, Header, HEADER_SCAN_ROWS};
use super::merged::MergeCheck;
use super::rows::RowReader;
use super::schema::SourceSchema;
use super::{FileSummary, ReadOptions, Reading, Record};
use crate::provenance::column_letters;

/// A cell of the top rows: column, value, and its refusal when it is a
/// formula without a calculated result.
type HeldCell<'a> = (u32, DataRef<'a>, Option<super::convert::Rejected>);

/// How one sheet went.
pub(crate) enum SheetOutcome {
    Read(super::SheetSummary),
    NoHeader(Candidate),
}

/// Reads an xlsx or xlsm file, streaming each sheet.
pub(crate) fn read_xlsx(
    path: &Path,
    display: &str,
    known: Option<&super::Merges>,
    reading: Reading<'_>,
) -> Result<FileSummary, InputError> {
    let Reading {
        schema,
        options,
        problems,
        sink,
    } = reading;
    let mut wb: Xlsx<BufReader<File>> = open_workbook(path).map_err(|e| open_error(display, e))?;
    let file: Arc<str> = display.into();
    let names = worksheet_names(&wb);
    let ctx = context(options, wb.has_1904_epoch(), schema, &names);
    let placeholders = File::open(path)
        .ok()
        .and_then(|f| zip::ZipArchive::new(BufReader::new(f)).ok())
        .is_some_and(|mut archive| super::mergescan::recalculates_on_open(&mut archive));
    read_sheets(display, schema, names, |name| {
        let merges = known.and_then(|m| m.sheet(name));
        // Rows hidden by hand or by a filter are read like the others, and
        // counted so the run can say so. The integrity check's pass found
        // them; failing that, the sheet's XML is walked for them.
        let hidden = match known.and_then(|m| m.hidden(name)) {
            Some(rows) => rows.to_vec(),
            None => super::mergescan::hidden_rows(path, name).unwrap_or_default(),
        };
        let sheet = XlsxSheet {
            known: merges,
            hidden: hidden.into_iter().map(|r| (r, r)).collect(),
            placeholders,
        };
        let at = SheetAt::new(&file, name, schema, ctx);
        stream_xlsx_sheet(&mut wb, sheet, at, problems, sink)
    })
}

/// Reads an xls file (BIFF8, Excel 97–2003).
pub(crate) fn read_xls(
    path: &Path,
    display: &str,
    reading: Reading<'_>,
) -> Result<FileSummary, InputError> {
    let mut wb: Xls<BufReader<File>> = open_workbook(path).map_err(|e| open_error(display, e))?;
    let is_1904 = wb.has_1904_epoch();
    let hidden = super::guard::xls_hidden_rows(path);
    // The merge list is part of each sheet's BIFF records, which calamine
    // has already parsed when the workbook was opened: it costs nothing more.
    read_ranges(&mut wb, display, is_1904, reading, hidden, |wb, name| {
        wb.merge_cells_by_sheet_name(name)
            .map_err(|e| read_error(display, name, e))
    })
}

/// Reads an OpenDocument spreadsheet (ods always counts dates from 1899-12-30).
pub(crate) fn read_ods(
    path: &Path,
    display: &str,
    reading: Reading<'_>,
) -> Result<FileSummary, InputError> {
    let mut wb: Ods<BufReader<File>> = open_workbook(path).map_err(|e| open_error(display, e))?;
    // calamine reads the cells a merge covers as blanks and has no list of
    // merges for ods: they are found, with the hidden rows, by walking the
    // sheets' XML, so a merged value is refused as in xlsx and xls.
    let limit = reading
        .options
        .memory_limit
        .unwrap_or(super::limits::Limits::DEFAULT_MEMORY);
    let mut hidden = HashMap::new();
    let mut merges = HashMap::new();
    // A name twice: calamine keeps the last sheet of that name, and so do these.
    for sheet in super::guard::ods_layout(path, display, limit)? {
        hidden.insert(sheet.name.clone(), sheet.hidden);
        merges.insert(sheet.name, sheet.merges);
    }
    // Both walk the same `table:table` elements and decode their names
    // alike, so every sheet calamine lists is found.
    read_ranges(&mut wb, display, false, reading, hidden, |_, name| {
        Ok(merges.get(name).cloned().unwrap_or_default())
    })
}

fn open_error(display: &str, e: impl std::fmt::Display + 'static) -> InputError {
    InputError::Open {
        file: display.to_string(),
        reason: workbook_reason(e.to_string(), &e),
    }
}

fn read_error(display: &str, sheet: &str, e: impl std::fmt::Display) -> InputError {
    let shown = e.to_string();
    InputError::Read {
        file: display.to_string(),
        sheet: sheet.to_string(),
        reason: crate::i18n::input::sheet_damaged(shown),
    }
}

/// calamine's reason in English; in Chinese a password is said plainly (it
/// is the one the user can fix themselves), anything else is a damaged or
/// foreign file with calamine's own words kept for whoever investigates.
fn workbook_reason(shown: String, e: &(dyn std::any::Any + 'static)) -> crate::i18n::Text {
    let password = e
        .downcast_ref::<calamine::XlsxError>()
        .is_some_and(|e| matches!(e, calamine::XlsxError::Password))
        || e.downcast_ref::<calamine::XlsError>()
            .is_some_and(|e| matches!(e, calamine::XlsError::Password))
        || e.downcast_ref::<calamine::OdsError>()
            .is_some_and(|e| matches!(e, calamine::OdsError::Password));
    if password {
        crate::i18n::input::workbook_password(shown)
    } else {
        crate::i18n::input::workbook_unreadable(shown)
    }
}

/// Sheets that hold cells; chart and macro sheets have no rows to read.
fn worksheet_names<RS: Read + Seek, R: Reader<RS>>(wb: &R) -> Vec<String> {
    wb.sheets_metadata()
        .iter()
        .filter(|s| s.typ == SheetType::WorkSheet)
        .map(|s| s.name.clone())
        .collect()
}

/// The sheets of `names` the source's pattern matches (every sheet
/// without one).
fn selected<'n>(schema: &SourceSchema, names: &'n [String]) -> Vec<&'n String> {
    match &schema.sheet {
        Some(glob) => names.iter().filter(|n| glob.is_match(n.as_str())).collect(),
        None => names.iter().collect(),
    }
}

/// How a workbook's cells are read: as `options` say, and keeping each
/// record's hash when several of its sheets may hold the source's records
/// (a filtered extract pasted onto a sheet of its own).
fn context(
    options: &ReadOptions,
    is_1904: bool,
    schema: &SourceSchema,
    names: &[String],
) -> Context {
    let ctx = Context::new(options, is_1904);
    Context {
        keep_hashes: ctx.keep_hashes || selected(schema, names).len() > 1,
        ..ctx
    }
}

/// Chooses the sheets and turns their outcomes into the file's summary.
/// With a sheet pattern every matching sheet must have the header; without
/// one, sheets without it are skipped, but at least one must have it.
pub(crate) fn read_sheets(
    display: &str,
    schema: &SourceSchema,
    names: Vec<String>,
    mut read_one: impl FnMut(&str) -> Result<SheetOutcome, InputError>,
) -> Result<FileSummary, InputError> {
    let mut summary = FileSummary::default();
    let selected = selected(schema, &names);
    if selected.is_empty() {
        if let Some(glob) = &schema.sheet {
            return Err(InputError::NoSheet {
                file: display.to_string(),
                pattern: schema
                    .sheet_pattern
                    .clone()
                    .unwrap_or_else(|| glob.glob().glob().to_string()),
                sheets: names,
            });
        }
    }
    let mut best: Option<(String, Candidate)> = None;
    for name in selected {
        match read_one(name)? {
            SheetOutcome::Read(s) => summary.sheets.push(s),
            SheetOutcome::NoHeader(candidate) => {
                if schema.sheet.is_some() {
                    return Err(missing_columns(display, name, candidate));
                }
                summary.skipped_sheets.push(name.clone());
                let better = best
                    .as_ref()
                    .is_none_or(|(_, b)| candidate.matched > b.matched);
                if better {
                    best = Some((name.clone(), candidate));
                }
            }
        }
    }
    if summary.sheets.is_empty() {
        let (sheet, candidate) = best.unwrap_or_else(|| (String::new(), empty_candidate(schema)));
        return Err(missing_columns(display, &sheet, candidate));
    }
    Ok(summary)
}

fn empty_candidate(schema: &SourceSchema) -> Candidate {
    Candidate {
        missing: schema
            .fields
            .iter()
            .filter(|f| f.required && f.has_column())
            .map(super::header::MissingField::of)
            .chain(super::header::missing_days(schema))
            .collect(),
        ..Candidate::default()
    }
}

pub(crate) fn missing_columns(display: &str, sheet: &str, c: Candidate) -> InputError {
    InputError::MissingColumns {
        file: display.to_string(),
        sheet: sheet.to_string(),
        missing: c.missing,
        found: c.found,
        header_row: c.row,
    }
}

pub(crate) fn ambiguous(display: &str, sheet: &str, a: super::header::Ambiguous) -> InputError {
    InputError::AmbiguousColumn {
        file: display.to_string(),
        sheet: sheet.to_string(),
        field: a.field,
        headers: a.headers,
        qualified: a.qualified.into(),
    }
}

/// Refuses a header row beside which an optional field's column looks
/// renamed ([`Header::renamed`]): read, each record would take the
/// field's default, and the scores would be wrong without a word.
pub(crate) fn renamed_columns(
    display: &str,
    sheet: &str,
    header: &Header,
    schema: &SourceSchema,
) -> Result<(), InputError> {
    if header.renamed.is_empty() {
        return Ok(());
    }
    let renamed = header
        .renamed
        .iter()
        .filter_map(|(slot, col, text)| {
            let field = schema.fields.get(*slot)?;
            Some(super::error::Renamed {
                cell: format!("{}{}", column_letters(*col), header.row),
                header: text.clone(),
                field: super::header::MissingField::of(field),
                default: field.default.as_ref().map(ToString::to_string),
            })
        })
        .collect();
    Err(InputError::RenamedColumns {
        file: display.to_string(),
        sheet: sheet.to_string(),
        renamed,
    })
}

/// Finds the header among the buffered top rows.
fn find_header(
    display: &str,
    sheet: &str,
    head: &[HeadRow],
    schema: &SourceSchema,
) -> Result<Result<Header, Candidate>, InputError> {
    let found = detect(head, schema).map_err(|a| ambiguous(display, sheet, a))?;
    if let Ok(header) = &found {
        renamed_columns(display, sheet, header, schema)?;
    }
    Ok(found)
}

/// A sheet being read: its file and name, the source's schema and how
/// its cells convert.
struct SheetAt<'a, 's> {
    file: &'a Arc<str>,
    name: &'a str,
    schema: &'s SourceSchema,
    ctx: Context,
}

impl<'a, 's> SheetAt<'a, 's> {
    fn new(file: &'a Arc<str>, name: &'a str, schema: &'s SourceSchema, ctx: Context) -> Self {
        SheetAt {
            file,
            name,
            schema,
            ctx,
        }
    }

    /// The sheet's header found among `head_rows` (`Err`: the closest
    /// candidate, when none is), and the reader of the rows below it with
    /// the check of their merged cells and the rows it hides; the header's
    /// row last.
    fn body(
        &self,
        head_rows: &[HeadRow],
        merges: &[Dimensions],
        hidden: Vec<(u32, u32)>,
    ) -> Result<Result<(RowReader<'s>, MergeCheck, u32), Candidate>, InputError> {
        let (display, name) = (&**self.file, self.name);
        let header = match find_header(display, name, head_rows, self.schema)? {
            Ok(h) => h,
            Err(candidate) => return Ok(Err(candidate)),
        };
        let merged = MergeCheck::new(merges, &header);
        if let Some(at) = merged.above_data(&header) {
            return Err(at.into_error(display, name));
        }
        let mut rows = RowReader::new(
            self.schema,
            &header,
            self.ctx,
            self.file.clone(),
            name.into(),
        )
        .map_err(|e| e.into_error(display, name))?;
        rows.hidden_rows(hidden);
        Ok(Ok((rows, merged, header.row)))
    }
}

/// Header text of a cell: what it shows, nothing for errors.
fn header_text(raw: &Raw<'_>) -> Option<String> {
    match raw {
        Raw::Empty | Raw::Error(_) => None,
        _ => Some(raw.shown()),
    }
}

/// What is known of one xlsx sheet before it is read: its merged ranges
/// if the integrity check found them, and whether the workbook's cached
/// formula results are placeholders (see
/// [`super::mergescan::recalculates_on_open`]).
struct XlsxSheet<'n> {
    known: Option<&'n [Dimensions]>,
    /// The rows the sheet hides, as ascending inclusive ranges.
    hidden: Vec<(u32, u32)>,
    placeholders: bool,
}

fn stream_xlsx_sheet<RS: Read + Seek>(
    wb: &mut Xlsx<RS>,
    sheet: XlsxSheet<'_>,
    at: SheetAt<'_, '_>,
    problems: &mut Vec<DataError>,
    sink: &mut dyn FnMut(Record<'_>),
) -> Result<SheetOutcome, InputError> {
    let (display, name) = (&**at.file, at.name);
    let XlsxSheet {
        known,
        hidden,
        placeholders,
    } = sheet;
    // The merge list sits after the cells in the sheet's XML, and the cell
    // reader keeps its XML reader to itself. The integrity check found it
    // while inflating the sheet; failing that, calamine reads the sheet's
    // XML a second time to find it (inflating and tokenising it whole).
    let asked;
    let merges = match known {
        Some(m) => m,
        None => {
            asked = wb
                .merge_cells_by_sheet_name(name)
                .map_err(|e| read_error(display, name, e))?;
            &asked
        }
    };
    let mut cells = wb
        .worksheet_cells_reader(name)
        .map_err(|e| read_error(display, name, e))?;
    // A formula's cached result is what the sheet showed when a spreadsheet
    // program last calculated it; without one (or with a writer's
    // placeholder) the cell would read as blank, or 0, and take a default.
    let uncalculated = |cell: &calamine::XlsxCellFormulaMetadataRecord<'_>| {
        let formula = cell.formula.as_ref()?;
        let missing = matches!(cell.value, DataRef::Empty);
        // An error result (#DIV/0!) is refused as itself by conversion.
        if !missing && (!placeholders || matches!(cell.value, DataRef::Error(_))) {
            return None;
        }
        let text = match formula {
            XlsxFormulaMetadata::Normal { formula }
            | XlsxFormulaMetadata::Shared { formula, .. } => Some(formula.as_str()),
            _ => None,
        };
        Some(uncalculated_formula(text, !missing))
    };
    // Only the top rows are held, to find the header in; the rest stream.
    let mut head: Vec<(u32, Vec<HeldCell<'_>>)> = Vec::new();
    let mut pending = None;
    // Asking for a cell after the reader has said there are none fails, so remember.
    let mut exhausted = true;
    while let Some(cell) = cells
        .next_cell_with_formula_metadata()
        .map_err(|e| read_error(display, name, e))?
    {
        let (r, c) = cell.pos;
        if r >= HEADER_SCAN_ROWS {
            pending = Some(cell);
            exhausted = false;
            break;
        }
        let refused = uncalculated(&cell);
        if refused.is_none() && Raw::from_data_ref(&cell.value).is_blank() {
            continue;
        }
        let row = r + 1;
        let held = (c, cell.value, refused);
        match head.last_mut() {
            Some((last, row_cells)) if *last == row => row_cells.push(held),
            _ => head.push((row, vec![held])),
        }
    }
    let head_rows: Vec<HeadRow> = head
        .iter()
        .map(|(row, cells)| HeadRow {
            row: *row,
            cells: cells
                .iter()
                .filter_map(|(c, v, _)| header_text(&Raw::from_data_ref(v)).map(|t| (*c, t)))
                .collect(),
        })
        .collect();
    let (mut rows, mut merged, header_row) = match at.body(&head_rows, merges, hidden)? {
        Ok(body) => body,
        Err(candidate) => return Ok(SheetOutcome::NoHeader(candidate)),
    };
    for (row, row_cells) in head.iter().filter(|(r, _)| *r > header_row) {
        rows.begin_row(*row);
        for (c, v, refused) in row_cells {
            let raw = Raw::from_data_ref(v);
            if let Some(at) = merged.cell(*row, *c, &raw) {
                return Err(at.into_error(display, name));
            }
            match refused {
                Some(r) if rows.reads(*c) => rows.refuse(*c, r),
                _ => rows.cell(*c, &raw),
            }
        }
        rows.end_row(problems, sink);
    }
    drop(head);
    let mut current: Option<u32> = None;
    let mut next = pending;
    loop {
        let Some(cell) = next.take() else {
            if exhausted {
                break;
            }
            match cells
                .next_cell_with_formula_metadata()
                .map_err(|e| read_error(display, name, e))?
            {
                Some(c) => {
                    next = Some(c);
                    continue;
                }
                None => {
                    exhausted = true;
                    continue;
                }
            }
        };
        let (r, c) = cell.pos;
        let row = r.saturating_add(1);
        if current != Some(row) {
            if current.is_some() {
                rows.end_row(problems, sink);
            }
            rows.begin_row(row);
            current = Some(row);
        }
        let raw = Raw::from_data_ref(&cell.value);
        if let Some(at) = merged.cell(row, c, &raw) {
            return Err(at.into_error(display, name));
        }
        if cell.formula.is_some() && rows.reads(c) {
            if let Some(refused) = uncalculated(&cell) {
                rows.refuse(c, &refused);
                continue;
            }
        }
        rows.cell(c, &raw);
    }
    if current.is_some() {
        rows.end_row(problems, sink);
    }
    Ok(SheetOutcome::Read(
        rows.finish().map_err(|e| e.into_error(display, name))?,
    ))
}

/// Reads every selected sheet of a workbook calamine can only give as
/// ranges (its serial dates from 1904 or not); `hidden` gives the rows each
/// sheet hides, by name, and `merges` a sheet's merged ranges.
fn read_ranges<RS, R>(
    wb: &mut R,
    display: &str,
    is_1904: bool,
    reading: Reading<'_>,
    hidden: HashMap<String, Vec<(u32, u32)>>,
    mut merges: impl FnMut(&mut R, &str) -> Result<Vec<Dimensions>, InputError>,
) -> Result<FileSummary, InputError>
where
    RS: Read + Seek,
    R: Reader<RS>,
    R::Error: std::fmt::Display,
{
    let (schema, problems, sink) = (reading.schema, reading.problems, reading.sink);
    let file: Arc<str> = display.into();
    let names = worksheet_names(wb);
    let ctx = context(reading.options, is_1904, schema, &names);
    read_sheets(display, schema, names, |name| {
        let range = wb
            .worksheet_range(name)
            .map_err(|e| read_error(display, name, e))?;
        let merges = merges(wb, name)?;
        let hidden = hidden.get(name).cloned().unwrap_or_default();
        let at = SheetAt::new(&file, name, schema, ctx);
        range_sheet(&range, &merges, hidden, at, problems, sink)
    })
}

fn range_sheet(
    range: &Range<Data>,
    merges: &[Dimensions],
    hidden: Vec<(u32, u32)>,
    at: SheetAt<'_, '_>,
    problems: &mut Vec<DataError>,
    sink: &mut dyn FnMut(Record<'_>),
) -> Result<SheetOutcome, InputError> {
    let (display, name) = (&**at.file, at.name);
    let (r0, c0) = range.start().unwrap_or((0, 0));
    let head_rows: Vec<HeadRow> = range
        .rows()
        .enumerate()
        .map(|(i, cells)| (r0.saturating_add(i as u32), cells))
        .take_while(|(r, _)| *r < HEADER_SCAN_ROWS)
        .map(|(r, cells)| HeadRow {
            row: r + 1,
            cells: cells
                .iter()
                .enumerate()
                .filter_map(|(j, v)| {
                    let raw = Raw::from_data(v);
                    if raw.is_blank() {
                        return None;
                    }
                    header_text(&raw).map(|t| (c0.saturating_add(j as u32), t))
                })
                .collect(),
        })
        .filter(|h| !h.cells.is_empty())
        .collect();
    let (mut rows, mut merged, header_row) = match at.body(&head_rows, merges, hidden)? {
        Ok(body) => body,
        Err(candidate) => return Ok(SheetOutcome::NoHeader(candidate)),
    };
    for (i, cells) in range.rows().enumerate() {
        let row = r0.saturating_add(i as u32).saturating_add(1);
        if row <= header_row {
            continue;
        }
        rows.begin_row(row);
        for (j, v) in cells.iter().enumerate() {
            let col = c0.saturating_add(j as u32);
            let raw = Raw::from_data(v);
            if let Some(at) = merged.cell(row, col, &raw) {
                return Err(at.into_error(display, name));
            }
            rows.cell(col, &raw);
        }
        rows.end_row(problems, sink);
    }
    Ok(SheetOutcome::Read(
        rows.finish().map_err(|e| e.into_error(display, name))?,
    ))
}
