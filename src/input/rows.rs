//! Turns the cells of one data row into a record: each mapped cell is
//! converted as it arrives, so a streaming reader never holds a row's raw
//! cells; at the row's end the record goes to the sink, or its problems to
//! the list.
//!
//! A blank cell of a field that must be filled (required, no `default`) is
//! an error naming the cell. A note or total row under the data (制表人：…,
//! 审核人：, 合计, 说明：…: a row whose first non-blank cell is such a note)
//! ends the table: it is never a record, and a row after it that holds data
//! is refused, naming the note, rather than dropped.
//!
//! A total label in a later cell (`40 | 合计`) makes a total row too, unless
//! the row is a whole record: a key in it, and every cell the rubric
//! requires filled. Then the label is what a clerk typed in a record's own
//! cell (合计3次 in 备注, a running count), and the row is read like any
//! other; a total row has no teacher's key, or leaves a required cell
//! blank.

use std::sync::Arc;

use super::convert::{convert, on_day_placed, on_day_shown, Context, Raw, Rejected};
use super::error::DataError;
use super::header::Header;
use super::normalize::{clean_text, normalize_text, show_invisible};
use super::notes::{is_note, is_total};
use super::schema::{SourceSchema, Unpivot};
use super::strays::{Stray, Strays};
use super::unpivot::{DayRefusal, Days};
use super::{AbsentColumn, Record, SheetSummary};
use crate::provenance::{CellRef, Provenance};
use crate::value::{FieldType, Value};

/// Reads the data rows of one sheet under a found header.
pub(crate) struct RowReader<'s> {
    schema: &'s SourceSchema,
    ctx: Context,
    /// For each column up to the highest mapped one, the fields it feeds.
    by_column: Vec<Vec<usize>>,
    /// Per field, the header text found (the field's name when absent).
    headers: Vec<String>,
    /// Per field, what a blank or absent cell reads as.
    blanks: Vec<Value>,
    values: Vec<Value>,
    /// Per field, the cell's text as written when it differs from the value.
    written: Vec<Option<String>>,
    origin: Provenance,
    row_problems: Vec<DataError>,
    row_has_data: bool,
    /// Per field, its column when the sheet has it and every row must fill
    /// it (required, no default).
    must_fill: Vec<Option<u32>>,
    /// Whether the current row has had a non-blank cell in any column.
    row_started: bool,
    /// The current row's first non-blank cell, when it is a note (制表人：…).
    row_note: Option<String>,
    /// The first later cell of the current row that is a total label
    /// (`40 | 合计`): a total row unless the row is a whole record.
    row_total: Option<String>,
    /// Whether that label, or another, stands in a key's cell: a key cell
    /// that reads 合计 holds no teacher's key.
    row_total_in_key: bool,
    /// The key fields the sheet has a column for: their slots and columns.
    keys: Vec<(usize, u32)>,
    /// The current row's non-blank cells in read columns, and the first one.
    row_mapped: u32,
    row_first_mapped: Option<u32>,
    /// How many columns the rubric reads from this sheet.
    mapped_columns: u32,
    /// The note row that ended the table, and its text.
    ended: Option<(u32, String)>,
    /// Data rows read so far, refused ones included.
    data_rows: u32,
    /// Rows below the header with content but nothing in a read column.
    unread_rows: u64,
    /// The first of them.
    first_unread: u32,
    /// Rows left out for their problems.
    refused_rows: u64,
    summary: SheetSummary,
    /// The sheet's hidden rows as 1-based inclusive ranges, ascending.
    hidden: Vec<(u32, u32)>,
    row_hidden: bool,
    /// A sheet with one column per day: the day columns and the current
    /// row's day cells, each made a record of its own at the row's end.
    spread: Option<Spread>,
    /// A value under no header beside a blank cell read, in the current row.
    strays: Strays,
}

/// The day columns of a sheet that unpivots, and the current row's day cells.
struct Spread {
    unpivot: Unpivot,
    days: Days,
    /// Per day, its header text, as a message about its cell names it.
    heads: Vec<String>,
    /// Per day, the current row's cell.
    cells: Vec<DayCell>,
    /// What a blank day cell reads as: the value field's default, or null.
    blank: Value,
}

/// One day cell of the current row: its value (the value field's type),
/// the text as written where it differs, and why it was refused.
#[derive(Debug, Clone)]
struct DayCell {
    value: Value,
    written: Option<String>,
    problem: Option<DataError>,
}

/// A sheet with rows under its header but none with a value in the columns
/// read: zero records from a table that has data is a wrong header, a
/// shifted table or a broken file, never an empty month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unread {
    header_row: u32,
    rows: u64,
    first: u32,
    headers: Vec<String>,
}

impl Unread {
    pub(crate) fn into_error(self, file: &str, sheet: &str) -> super::InputError {
        super::InputError::NothingRead {
            file: file.to_string(),
            sheet: sheet.to_string(),
            header_row: self.header_row,
            rows: self.rows,
            first: self.first,
            headers: self.headers,
        }
    }
}

impl<'s> RowReader<'s> {
    /// # Errors
    /// A sheet that unpivots and whose day columns cannot be dated.
    pub(crate) fn new(
        schema: &'s SourceSchema,
        header: &Header,
        ctx: Context,
        file: Arc<str>,
        sheet: Arc<str>,
    ) -> Result<Self, DayRefusal> {
        let max_col = header
            .columns
            .iter()
            .flatten()
            .map(|(c, _)| *c as usize)
            .max();
        let mut by_column = vec![Vec::new(); max_col.map_or(0, |m| m + 1)];
        let mut headers = Vec::with_capacity(schema.fields.len());
        let mut columns = Vec::new();
        let mut absent = Vec::new();
        for (i, (field, found)) in schema.fields.iter().zip(&header.columns).enumerate() {
            match found {
                Some((col, text)) => {
                    if let Some(slot) = by_column.get_mut(*col as usize) {
                        slot.push(i);
                    }
                    headers.push(text.clone());
                    columns.push((field.name.clone(), text.clone()));
                }
                None if !field.has_column() => headers.push(field.name.clone()),
                None => {
                    headers.push(field.name.clone());
                    absent.push(AbsentColumn {
                        field: field.name.clone(),
                        accepted: field.headers.clone(),
                        default: field
                            .default
                            .as_ref()
                            .map(ToString::to_string)
                            .unwrap_or_default(),
                    });
                }
            }
        }
        let blanks: Vec<Value> = schema.fields.iter().map(|f| f.blank()).collect();
        let must_fill = schema
            .fields
            .iter()
            .zip(&header.columns)
            .map(|(f, found)| match found {
                Some((col, _)) if f.required && f.default.is_none() => Some(*col),
                _ => None,
            })
            .collect();
        let keys = schema
            .fields
            .iter()
            .zip(&header.columns)
            .enumerate()
            .filter_map(|(i, (f, found))| match found {
                Some((col, _)) if f.ty == FieldType::Key => Some((i, *col)),
                _ => None,
            })
            .collect();
        let spread = match schema.unpivot {
            Some(unpivot) => {
                let days = super::unpivot::days(header, ctx.year_hint)?;
                let blank = blanks.get(unpivot.value).cloned().unwrap_or(Value::Null);
                let cell = DayCell {
                    value: blank.clone(),
                    written: None,
                    problem: None,
                };
                if let (Some(field), Some(first), Some(last)) = (
                    schema.fields.get(unpivot.value),
                    days.columns.first(),
                    days.columns.last(),
                ) {
                    let range = format!(
                        "{}{}:{}{}",
                        crate::provenance::column_letters(first.0),
                        header.row,
                        crate::provenance::column_letters(last.0),
                        header.row
                    );
                    columns.push((field.name.clone(), range));
                }
                Some(Spread {
                    unpivot,
                    // A day cell is named by its date, which its header
                    // (a day number, or 六) says only with the month.
                    heads: days.columns.iter().map(|(_, d)| d.to_string()).collect(),
                    cells: vec![cell; days.columns.len()],
                    days,
                    blank,
                })
            }
            None => None,
        };
        let mapped_columns = (by_column.iter().filter(|f| !f.is_empty()).count()
            + spread.as_ref().map_or(0, |s| s.cells.len())) as u32;
        Ok(RowReader {
            schema,
            ctx,
            by_column,
            headers,
            values: blanks.clone(),
            written: vec![None; blanks.len()],
            blanks,
            origin: Provenance {
                file,
                sheet: sheet.clone(),
                row: 0,
                col: None,
            },
            row_problems: Vec::new(),
            row_has_data: false,
            must_fill,
            row_started: false,
            row_note: None,
            row_total: None,
            row_total_in_key: false,
            keys,
            row_mapped: 0,
            row_first_mapped: None,
            mapped_columns,
            ended: None,
            data_rows: 0,
            unread_rows: 0,
            first_unread: 0,
            refused_rows: 0,
            summary: SheetSummary {
                sheet: sheet.to_string(),
                header_row: header.row,
                records: 0,
                columns,
                headers: header.found.clone(),
                absent,
                hidden: 0,
                digest: 0,
                hashes: Vec::new(),
                covers: super::title::header_covers(header),
            },
            hidden: Vec::new(),
            row_hidden: false,
            spread,
            strays: Strays::new(&header.headed),
        })
    }

    /// The rows the sheet hides (1-based inclusive ranges, any order):
    /// records read from them are counted, so the run can say so.
    pub(crate) fn hidden_rows(&mut self, mut rows: Vec<(u32, u32)>) {
        rows.sort_unstable();
        self.hidden = rows;
    }

    /// Starts a row (1-based number).
    pub(crate) fn begin_row(&mut self, row: u32) {
        self.origin.row = row;
        self.row_hidden = in_ranges(&self.hidden, row);
        self.values.clone_from(&self.blanks);
        self.written.iter_mut().for_each(|w| *w = None);
        self.row_problems.clear();
        self.row_has_data = false;
        self.row_started = false;
        self.row_note = None;
        self.row_total = None;
        self.row_total_in_key = false;
        self.row_mapped = 0;
        self.row_first_mapped = None;
        self.strays.begin_row();
        if let Some(spread) = &mut self.spread {
            for cell in &mut spread.cells {
                cell.value.clone_from(&spread.blank);
                cell.written = None;
                cell.problem = None;
            }
        }
    }

    /// Takes one cell of the current row, in column order; cells of columns
    /// the rubric does not read are looked at only to tell a note row.
    pub(crate) fn cell(&mut self, col: u32, raw: &Raw<'_>) {
        if raw.is_blank() {
            return;
        }
        let mut strays = std::mem::take(&mut self.strays);
        strays.cell(col, raw, |c| self.reads(c));
        self.strays = strays;
        if let Raw::Text(s) = raw {
            // The first cell opens a note (制表人：…); a total label in a
            // later cell (`40 | 合计`, a count before the word) makes a
            // total row unless the row turns out a whole record, so the
            // row is read on until its end decides.
            if !self.row_started {
                if is_note(s) {
                    self.row_note = Some(clean_text(s));
                }
            } else if self.row_note.is_none() && is_total(s) {
                if self.keys.iter().any(|(_, c)| *c == col) {
                    self.row_total_in_key = true;
                }
                self.row_total.get_or_insert_with(|| clean_text(s));
            }
        }
        self.row_started = true;
        if let Some(day) = self.day_of(col) {
            self.row_mapped += 1;
            self.row_first_mapped.get_or_insert(col);
            self.row_has_data = true;
            if self.ended.is_none() && self.row_note.is_none() {
                self.day_cell(day, col, raw);
            }
            return;
        }
        let Some(fields) = self.by_column.get(col as usize) else {
            return;
        };
        if fields.is_empty() {
            return;
        }
        self.row_mapped += 1;
        self.row_first_mapped.get_or_insert(col);
        if self.ended.is_some() || self.row_note.is_some() {
            // Not a record: nothing to convert.
            self.row_has_data = true;
            return;
        }
        self.row_has_data = true;
        for &i in fields {
            let Some(spec) = self.schema.fields.get(i) else {
                continue;
            };
            match convert(raw, spec, &self.ctx) {
                Ok(v) => {
                    if let (Raw::Text(s), Value::Text(t)) = (raw, &v) {
                        let as_written = clean_text(s);
                        // Only a difference of spelling: a mapped value is
                        // shown as mapped.
                        if as_written != *t && normalize_text(s) == *t {
                            if let Some(w) = self.written.get_mut(i) {
                                *w = Some(as_written);
                            }
                        }
                    }
                    if let Some(slot) = self.values.get_mut(i) {
                        *slot = v;
                    }
                }
                Err(rejected) => self.row_problems.push(DataError::BadValue {
                    cell: self.cell_ref(col),
                    field: spec.name.clone(),
                    header: self.headers.get(i).cloned().unwrap_or_default(),
                    value: show_invisible(&rejected.value),
                    expected: rejected.expected,
                }),
            }
        }
    }

    /// The place among the day columns of `col`, if it is one.
    fn day_of(&self, col: u32) -> Option<usize> {
        self.spread.as_ref().and_then(|s| s.days.index(col))
    }

    /// Reads one day cell of the current row into its day's value.
    fn day_cell(&mut self, day: usize, col: u32, raw: &Raw<'_>) {
        let Some(spread) = &self.spread else { return };
        let Some(spec) = self.schema.fields.get(spread.unpivot.value) else {
            return;
        };
        let head = spread.heads.get(day).cloned().unwrap_or_default();
        let read = match convert(raw, spec, &self.ctx) {
            Ok(v) => {
                let mut written = None;
                if let (Raw::Text(s), Value::Text(t)) = (raw, &v) {
                    let as_written = clean_text(s);
                    if as_written != *t && normalize_text(s) == *t {
                        written = Some(as_written);
                    }
                }
                Ok((v, written))
            }
            Err(rejected) => Err(DataError::BadValue {
                cell: self.cell_ref(col),
                field: spec.name.clone(),
                header: head,
                value: show_invisible(&rejected.value),
                expected: rejected.expected,
            }),
        };
        let Some(cell) = self.spread.as_mut().and_then(|s| s.cells.get_mut(day)) else {
            return;
        };
        match read {
            Ok((value, written)) => {
                cell.value = value;
                cell.written = written;
            }
            Err(problem) => cell.problem = Some(problem),
        }
    }

    /// Refuses one cell of the current row whatever it holds (a formula
    /// without a result), if a field reads its column.
    pub(crate) fn refuse(&mut self, col: u32, rejected: &Rejected) {
        if let Some(day) = self.day_of(col) {
            self.row_has_data = true;
            self.row_started = true;
            let problem = self
                .schema
                .fields
                .get(self.spread.as_ref().map_or(0, |s| s.unpivot.value))
                .map(|spec| DataError::BadValue {
                    cell: self.cell_ref(col),
                    field: spec.name.clone(),
                    header: self
                        .spread
                        .as_ref()
                        .and_then(|s| s.heads.get(day).cloned())
                        .unwrap_or_default(),
                    value: rejected.value.clone(),
                    expected: rejected.expected.clone(),
                });
            if let Some(cell) = self.spread.as_mut().and_then(|s| s.cells.get_mut(day)) {
                cell.problem = problem;
            }
            return;
        }
        let Some(fields) = self.by_column.get(col as usize) else {
            return;
        };
        for &i in fields {
            let Some(spec) = self.schema.fields.get(i) else {
                continue;
            };
            self.row_has_data = true;
            self.row_started = true;
            self.row_problems.push(DataError::BadValue {
                cell: self.cell_ref(col),
                field: spec.name.clone(),
                header: self.headers.get(i).cloned().unwrap_or_default(),
                value: rejected.value.clone(),
                expected: rejected.expected.clone(),
            });
        }
    }

    /// Whether a field reads the column.
    pub(crate) fn reads(&self, col: u32) -> bool {
        self.day_of(col).is_some()
            || self
                .by_column
                .get(col as usize)
                .is_some_and(|fields| !fields.is_empty())
    }

    /// Ends the row: a row with nothing in its mapped cells is skipped
    /// silently (separators, trailing empties); one with problems is
    /// reported and left out.
    pub(crate) fn end_row(
        &mut self,
        problems: &mut Vec<DataError>,
        sink: &mut dyn FnMut(Record<'_>),
    ) {
        if !self.row_has_data {
            // Content only outside the columns read: a row the header does
            // not describe, unless it is a note or below one.
            if self.row_started
                && self.row_note.is_none()
                && self.row_total.is_none()
                && self.ended.is_none()
            {
                if self.unread_rows == 0 {
                    self.first_unread = self.origin.row;
                }
                self.unread_rows += 1;
            }
            return;
        }
        self.row_has_data = false;
        if self.row_note.is_none() && !self.is_whole_record() {
            self.row_note = self.row_total.take();
        }
        if let Some(note) = self.row_note.take() {
            // A note before the first record (说明 under the header) is
            // passed over; one after the data ends the table.
            if self.data_rows > 0 && self.ended.is_none() {
                self.ended = Some((self.origin.row, note));
            }
            return;
        }
        if let Some((note_row, note)) = &self.ended {
            // A line of the note (`1. 迟到按…`) has one cell; a row with as
            // many cells as a record could have is data and is refused.
            if self.row_mapped >= self.mapped_columns.min(2) {
                problems.push(DataError::AfterNote {
                    cell: self.cell_ref(self.row_first_mapped.unwrap_or(0)),
                    note_row: *note_row,
                    note: note.clone(),
                });
            }
            return;
        }
        self.data_rows = self.data_rows.saturating_add(1);
        self.place_on_dates();
        if let Some(stray) = self.strays.take() {
            let problem = self.stray_problem(stray);
            self.row_problems.push(problem);
        }
        for (i, col) in self.must_fill.iter().enumerate() {
            let Some(col) = *col else { continue };
            if self.values.get(i).is_some_and(Value::is_null)
                && !self.row_problems.iter().any(|p| p.col() == Some(col))
            {
                self.row_problems.push(DataError::Blank {
                    cell: self.cell_ref(col),
                    field: self
                        .schema
                        .fields
                        .get(i)
                        .map(|f| f.name.clone())
                        .unwrap_or_default(),
                    header: self.headers.get(i).cloned().unwrap_or_default(),
                });
            }
        }
        if self.spread.is_some() {
            self.end_spread_row(problems, sink);
            return;
        }
        let refused = !self.row_problems.is_empty();
        if refused {
            self.refused_rows += 1;
            problems.append(&mut self.row_problems);
        }
        self.emit(refused, sink);
    }

    /// The problem of a value under no header beside the blank cell `blank`
    /// of a column read: named by the field or day that reads it.
    fn stray_problem(&self, stray: Stray) -> DataError {
        let (field, header) = match (self.day_of(stray.blank), &self.spread) {
            (Some(day), Some(spread)) => (
                spread.unpivot.value,
                spread.heads.get(day).cloned().unwrap_or_default(),
            ),
            _ => {
                let i = self
                    .by_column
                    .get(stray.blank as usize)
                    .and_then(|f| f.first())
                    .copied()
                    .unwrap_or_default();
                (i, self.headers.get(i).cloned().unwrap_or_default())
            }
        };
        DataError::Unheaded {
            cell: self.cell_ref(stray.col),
            value: show_invisible(&stray.value),
            blank: self.cell_ref(stray.blank),
            field: self
                .schema
                .fields
                .get(field)
                .map(|f| f.name.clone())
                .unwrap_or_default(),
            header,
        }
    }

    /// Whether the current row, read to its end, is a record whatever a
    /// later cell says: a key that is not itself a total label, and every
    /// cell the rubric requires filled (a refused value counts as filled: it
    /// is refused by cell, never dropped). A sheet without a key column has
    /// no such rows.
    fn is_whole_record(&self) -> bool {
        let filled = |slot: usize, col: u32| {
            self.values.get(slot).is_some_and(|v| !v.is_null())
                || self.row_problems.iter().any(|p| p.col() == Some(col))
        };
        !self.row_total_in_key
            && self.keys.iter().any(|&(slot, col)| filled(slot, col))
            && self
                .must_fill
                .iter()
                .enumerate()
                .all(|(slot, col)| col.is_none_or(|col| filled(slot, col)))
    }

    /// Hands the record in `values` to `sink`, counting it (and into the
    /// file's digest) unless it is refused.
    fn emit(&mut self, refused: bool, sink: &mut dyn FnMut(Record<'_>)) {
        if !refused {
            self.summary.records += 1;
            if self.row_hidden {
                self.summary.hidden += 1;
            }
            let digest = digest(&self.values);
            self.summary.digest = self.summary.digest.wrapping_add(digest);
            if self.ctx.keep_hashes {
                // The low half: enough to tell records apart within one run.
                self.summary.hashes.push(digest as u64);
            }
        }
        sink(Record {
            values: &self.values,
            origin: &self.origin,
            written: &self.written,
            refused,
        });
    }

    /// Ends a data row of a sheet that unpivots: one record per day, the
    /// row's other fields shared by all of them, each named by its day
    /// cell. A problem in a shared cell refuses every day of the row; one
    /// in a day cell, that day.
    fn end_spread_row(&mut self, problems: &mut Vec<DataError>, sink: &mut dyn FnMut(Record<'_>)) {
        let Some(mut spread) = self.spread.take() else {
            return;
        };
        let shared = !self.row_problems.is_empty();
        problems.append(&mut self.row_problems);
        let (date, value) = (spread.unpivot.date, spread.unpivot.value);
        let must_fill = self
            .schema
            .fields
            .get(value)
            .filter(|f| f.required && f.default.is_none());
        let mut any_refused = shared;
        for (day, cell) in spread.cells.iter_mut().enumerate() {
            let Some(&(col, on)) = spread.days.columns.get(day) else {
                continue;
            };
            let mut refused = shared;
            if let Some(problem) = cell.problem.take() {
                problems.push(problem);
                refused = true;
            } else if let Some(spec) = must_fill.filter(|_| cell.value.is_null()) {
                problems.push(DataError::Blank {
                    cell: self.cell_ref(col),
                    field: spec.name.clone(),
                    header: spread.heads.get(day).cloned().unwrap_or_default(),
                });
                refused = true;
            }
            any_refused |= refused;
            if let Some(slot) = self.values.get_mut(date) {
                *slot = Value::Date(on);
            }
            if let Some(slot) = self.values.get_mut(value) {
                slot.clone_from(&cell.value);
            }
            if let Some(slot) = self.written.get_mut(value) {
                slot.clone_from(&cell.written);
            }
            self.origin.col = Some(col);
            self.emit(refused, sink);
        }
        self.origin.col = None;
        if any_refused {
            self.refused_rows += 1;
        }
        self.spread = Some(spread);
    }

    /// Puts each datetime read under `on` (a time of day, `次日 01:10`) on
    /// the row's date, now that the row is complete: the date column may
    /// come after the time. A time on a row whose date is blank cannot be
    /// placed and is refused; a refused date has its own problem already.
    fn place_on_dates(&mut self) {
        for (i, spec) in self.schema.fields.iter().enumerate() {
            let Some(on) = spec.on else { continue };
            let Some(Value::DateTime(pending)) = self.values.get(i).cloned() else {
                continue;
            };
            let date = self.values.get(on).and_then(Value::as_date);
            if let Some(dt) = date.and_then(|d| on_day_placed(pending, d)) {
                self.values[i] = Value::DateTime(dt);
                continue;
            }
            self.values[i] = Value::Null;
            let date_col = self.column_of(on);
            if date_col.is_some() && self.row_problems.iter().any(|p| p.col() == date_col) {
                continue;
            }
            let date_field = self
                .schema
                .fields
                .get(on)
                .map(|f| f.name.clone())
                .unwrap_or_default();
            let cell = self.cell_ref(self.column_of(i).unwrap_or(0));
            self.row_problems.push(DataError::BadValue {
                cell,
                field: spec.name.clone(),
                header: self.headers.get(i).cloned().unwrap_or_default(),
                value: on_day_shown(pending),
                expected: crate::i18n::input::expect_date_to_place_on(date_field),
            });
        }
    }

    /// The column a field reads in this sheet, when the sheet has it.
    fn column_of(&self, field: usize) -> Option<u32> {
        self.by_column
            .iter()
            .position(|fields| fields.contains(&field))
            .and_then(|c| u32::try_from(c).ok())
    }

    fn cell_ref(&self, col: u32) -> CellRef {
        CellRef {
            file: self.origin.file.clone(),
            sheet: self.origin.sheet.clone(),
            row: self.origin.row,
            col,
        }
    }

    /// What was read; an error when rows under the header had content and
    /// not one of them was read or refused.
    pub(crate) fn finish(self) -> Result<SheetSummary, Unread> {
        if self.summary.records == 0 && self.refused_rows == 0 && self.unread_rows > 0 {
            return Err(Unread {
                header_row: self.summary.header_row,
                rows: self.unread_rows,
                first: self.first_unread,
                headers: self
                    .summary
                    .columns
                    .iter()
                    .map(|(_, h)| h.clone())
                    .collect(),
            });
        }
        Ok(self.summary)
    }
}

/// Whether `row` is in one of the ascending inclusive `ranges`: the last
/// range starting at or before it holds it, or none does.
fn in_ranges(ranges: &[(u32, u32)], row: u32) -> bool {
    let before = ranges.partition_point(|(first, _)| *first <= row);
    before
        .checked_sub(1)
        .and_then(|i| ranges.get(i))
        .is_some_and(|(_, last)| *last >= row)
}

/// A record's values hashed to 128 bits, summed into a sheet's digest so
/// that the order of rows does not change it. The hasher's keys are fixed:
/// digests are compared within one run only.
fn digest(values: &[crate::value::Value]) -> u128 {
    use std::hash::{Hash, Hasher};
    let half = |salt: u8| {
        let mut h = std::hash::DefaultHasher::new();
        salt.hash(&mut h);
        values.hash(&mut h);
        h.finish()
    };
    (u128::from(half(1)) << 64) | u128::from(half(2))
}

#[cfg(test)]
mod tests {
    use super::in_ranges;

    #[test]
    fn a_row_is_hidden_inside_a_range_and_nowhere_else() {
        let ranges = [(2, 2), (4, 6), (9, 9)];
        let hidden: Vec<u32> = (1..=10).filter(|r| in_ranges(&ranges, *r)).collect();
        assert_eq!(hidden, vec![2, 4, 5, 6, 9]);
        assert!(!in_ranges(&[], 1));
    }
}
