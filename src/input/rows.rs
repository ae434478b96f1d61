//! Turns the cells of one data row into a record: each mapped cell is
//! converted as it arrives, so a streaming reader never holds a row's raw
//! cells; at the row's end the record goes to the sink, or its problems to
//! the list.

use std::sync::Arc;

use super::convert::{convert, Context, Raw, Rejected};
use super::error::DataError;
use super::header::Header;
use super::schema::SourceSchema;
use super::{AbsentColumn, Record, SheetSummary};
use crate::provenance::{CellRef, Provenance};
use crate::value::Value;

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
    origin: Provenance,
    row_problems: Vec<DataError>,
    row_has_data: bool,
    /// The row has a non-blank cell, read or not.
    row_has_content: bool,
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
    pub(crate) fn new(
        schema: &'s SourceSchema,
        header: &Header,
        ctx: Context,
        file: Arc<str>,
        sheet: Arc<str>,
    ) -> Self {
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
        let blanks: Vec<Value> = schema
            .fields
            .iter()
            .map(|f| f.default.clone().unwrap_or(Value::Null))
            .collect();
        RowReader {
            schema,
            ctx,
            by_column,
            headers,
            values: blanks.clone(),
            blanks,
            origin: Provenance {
                file,
                sheet: sheet.clone(),
                row: 0,
            },
            row_problems: Vec::new(),
            row_has_data: false,
            row_has_content: false,
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
            },
            hidden: Vec::new(),
            row_hidden: false,
        }
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
        self.row_problems.clear();
        self.row_has_data = false;
        self.row_has_content = false;
    }

    /// Takes one cell of the current row; a cell in a column no field
    /// reads only marks the row as having content.
    pub(crate) fn cell(&mut self, col: u32, raw: &Raw<'_>) {
        if raw.is_blank() {
            return;
        }
        self.row_has_content = true;
        let Some(fields) = self.by_column.get(col as usize) else {
            return;
        };
        if fields.is_empty() {
            return;
        }
        self.row_has_data = true;
        for &i in fields {
            let Some(spec) = self.schema.fields.get(i) else {
                continue;
            };
            match convert(raw, spec, &self.ctx) {
                Ok(v) => {
                    if let Some(slot) = self.values.get_mut(i) {
                        *slot = v;
                    }
                }
                Err(rejected) => self.row_problems.push(DataError::BadValue {
                    cell: CellRef {
                        file: self.origin.file.clone(),
                        sheet: self.origin.sheet.clone(),
                        row: self.origin.row,
                        col,
                    },
                    field: spec.name.clone(),
                    header: self.headers.get(i).cloned().unwrap_or_default(),
                    value: rejected.value,
                    expected: rejected.expected,
                }),
            }
        }
    }

    /// Refuses one cell of the current row whatever it holds (a formula
    /// without a result), if a field reads its column.
    pub(crate) fn refuse(&mut self, col: u32, rejected: &Rejected) {
        let Some(fields) = self.by_column.get(col as usize) else {
            return;
        };
        for &i in fields {
            let Some(spec) = self.schema.fields.get(i) else {
                continue;
            };
            self.row_has_data = true;
            self.row_has_content = true;
            self.row_problems.push(DataError::BadValue {
                cell: CellRef {
                    file: self.origin.file.clone(),
                    sheet: self.origin.sheet.clone(),
                    row: self.origin.row,
                    col,
                },
                field: spec.name.clone(),
                header: self.headers.get(i).cloned().unwrap_or_default(),
                value: rejected.value.clone(),
                expected: rejected.expected.clone(),
            });
        }
    }

    /// Whether a field reads the column.
    pub(crate) fn reads(&self, col: u32) -> bool {
        self.by_column
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
            if self.row_has_content {
                if self.unread_rows == 0 {
                    self.first_unread = self.origin.row;
                }
                self.unread_rows += 1;
            }
            return;
        }
        if self.row_problems.is_empty() {
            self.summary.records += 1;
            if self.row_hidden {
                self.summary.hidden += 1;
            }
            self.summary.digest = self.summary.digest.wrapping_add(digest(&self.values));
            sink(Record {
                values: &self.values,
                origin: &self.origin,
            });
        } else {
            self.refused_rows += 1;
            problems.append(&mut self.row_problems);
        }
        self.row_has_data = false;
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
