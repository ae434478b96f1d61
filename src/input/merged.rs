//! Refuses cells merged down over several data rows. A 教务处 merges a
//! teacher's 工号 or a date over the three lessons below it so the sheet
//! reads well; the file keeps the value in the first row only and the rows
//! below are blank, so they would be scored as records without it.
//!
//! Refusing, rather than copying the value into every row, is deliberate:
//! the reader cannot tell what a merge means. A 工号 merged over three rows
//! means "all three"; a 课时 or 扣分 merged over three rows usually means
//! "three together", and copying it would count it three times — a wrong
//! score that nobody would see. Unmerging and filling takes the school a
//! minute in WPS (拆分并填充内容) or Excel, and afterwards the file says
//! what it means.
//!
//! Only merges that matter are refused: ones that cover two or more rows
//! below the header in a column the rubric reads, and whose first cell holds
//! a value (a blank merge hides nothing). Merged title rows and grouped
//! headers above the header, as DingTalk and WeCom export them, pass.

use calamine::Dimensions;

use super::convert::Raw;
use super::error::InputError;
use super::header::Header;
use crate::provenance::column_letters;

/// A merge that hides a value from the data rows it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Watched {
    /// The top-left cell, 1-based row and 0-based column: the only cell that
    /// holds the merged value.
    anchor: (u32, u32),
    /// The last cell, same numbering.
    end: (u32, u32),
    /// The header text of the first read column the merge covers.
    header: String,
}

/// Watches the cells of one sheet for the first cell of a merge that
/// matters; the merges are sorted by their first cell, and cells arrive in
/// row then column order, so each cell costs one comparison.
#[derive(Debug)]
pub(crate) struct MergeCheck {
    watched: Vec<Watched>,
    next: usize,
}

impl MergeCheck {
    /// Keeps the merges (calamine's 0-based dimensions) that cover two or
    /// more data rows under `header` in a column it maps.
    pub(crate) fn new(merges: &[Dimensions], header: &Header) -> Self {
        let mut mapped: Vec<(u32, &str)> = header
            .columns
            .iter()
            .flatten()
            .map(|(c, t)| (*c, t.as_str()))
            .chain(header.days.iter().map(|(c, t)| (*c, t.as_str())))
            .collect();
        mapped.sort_unstable();
        let first_data_row = header.row.saturating_add(1);
        let mut watched: Vec<Watched> = merges
            .iter()
            .filter_map(|d| {
                let (top, left) = (d.start.0.saturating_add(1), d.start.1);
                let (bottom, right) = (d.end.0.saturating_add(1), d.end.1);
                let covered = bottom
                    .saturating_sub(top.max(first_data_row))
                    .saturating_add(1);
                if bottom < first_data_row || covered < 2 {
                    return None;
                }
                let (_, header) = mapped.iter().find(|(c, _)| (left..=right).contains(c))?;
                Some(Watched {
                    anchor: (top, left),
                    end: (bottom, right),
                    header: (*header).to_string(),
                })
            })
            .collect();
        watched.sort_by_key(|w| w.anchor);
        MergeCheck { watched, next: 0 }
    }

    /// A merge whose first cell is at or above the header yet reaches two
    /// data rows: those rows read blank whatever the first cell holds, so it
    /// is refused outright (no export lays a sheet out so).
    pub(crate) fn above_data(&self, header: &Header) -> Option<MergedAt> {
        self.watched
            .iter()
            .find(|w| w.anchor.0 <= header.row)
            .map(MergedAt::from)
    }

    /// Looks at one cell (1-based row, 0-based column); the merge it starts,
    /// if it starts one that matters and holds a value.
    pub(crate) fn cell(&mut self, row: u32, col: u32, raw: &Raw<'_>) -> Option<MergedAt> {
        while let Some(w) = self.watched.get(self.next) {
            if w.anchor < (row, col) {
                self.next += 1;
                continue;
            }
            // A note merged over the rows under the table (说明 spanning
            // three lines) is no record; the row reader ends the table there.
            let note = matches!(raw, Raw::Text(s) if super::notes::is_note(s));
            if w.anchor == (row, col) && !raw.is_blank() && !note {
                return Some(MergedAt::from(w));
            }
            return None;
        }
        None
    }
}

/// Where a refused merge is, for the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MergedAt {
    /// `A3:A5`.
    pub(crate) range: String,
    /// `A3`.
    pub(crate) anchor: String,
    /// The header of the read column it covers.
    pub(crate) header: String,
}

impl From<&Watched> for MergedAt {
    fn from(w: &Watched) -> Self {
        let anchor = format!("{}{}", column_letters(w.anchor.1), w.anchor.0);
        MergedAt {
            range: format!("{anchor}:{}{}", column_letters(w.end.1), w.end.0),
            anchor,
            header: w.header.clone(),
        }
    }
}

impl MergedAt {
    /// The file-level error for it.
    pub(crate) fn into_error(self, file: &str, sheet: &str) -> InputError {
        InputError::MergedCells {
            file: file.to_string(),
            sheet: sheet.to_string(),
            range: self.range,
            anchor: self.anchor,
            header: self.header,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dims(r0: u32, c0: u32, r1: u32, c1: u32) -> Dimensions {
        Dimensions {
            start: (r0, c0),
            end: (r1, c1),
        }
    }

    /// Header on row 2 (1-based): 工号 in A, 日期 in C; B is not read.
    fn header() -> Header {
        Header {
            row: 2,
            columns: vec![Some((0, "工号".into())), Some((2, "日期".into()))],
            found: vec!["工号".into(), "日期".into()],
            headed: vec![0, 2],
            days: Vec::new(),
            above: Vec::new(),
            renamed: Vec::new(),
        }
    }

    fn text(s: &str) -> Raw<'_> {
        Raw::Text(s)
    }

    #[test]
    fn value_merged_down_a_read_column_is_refused_at_its_first_cell() {
        // A3:A5 (0-based rows 2..=4).
        let mut check = MergeCheck::new(&[dims(2, 0, 4, 0)], &header());
        assert_eq!(check.above_data(&header()), None);
        assert_eq!(check.cell(2, 4, &text("x")), None);
        let at = check.cell(3, 0, &text("1001"));
        assert_eq!(
            at,
            Some(MergedAt {
                range: "A3:A5".into(),
                anchor: "A3".into(),
                header: "工号".into(),
            })
        );
        let msg = at.unwrap().into_error("lessons.xlsx", "授课").to_string();
        assert!(msg.starts_with(
            "lessons.xlsx, sheet 授课, cells A3:A5 are merged: 工号 is filled only in A3; unmerge them"
        ));
    }

    #[test]
    fn merges_that_hide_nothing_pass() {
        let merges = [
            dims(0, 0, 0, 4), // title row across the table
            dims(2, 1, 4, 1), // column B is not read
            dims(2, 2, 2, 3), // one data row only
            dims(0, 0, 1, 0), // header merged over the row above
            dims(5, 2, 7, 2), // C6:C8, but its first cell is blank
        ];
        let mut check = MergeCheck::new(&merges, &header());
        assert_eq!(check.above_data(&header()), None);
        assert_eq!(check.cell(3, 1, &text("x")), None);
        assert_eq!(check.cell(3, 2, &text("x")), None);
        assert_eq!(check.cell(6, 2, &Raw::Empty), None);
        assert_eq!(check.cell(7, 2, &text("2022-03-01")), None);
    }

    #[test]
    fn merge_from_the_header_into_the_data_is_refused() {
        // A2:A4: the header cell merged over two data rows.
        let check = MergeCheck::new(&[dims(1, 0, 3, 0)], &header());
        let at = check.above_data(&header()).unwrap();
        assert_eq!(at.range, "A2:A4");
    }

    #[test]
    fn merge_across_columns_is_named_by_its_first_read_column() {
        // B3:C4 reaches 日期 in C; the value sits in B3, not read itself.
        let mut check = MergeCheck::new(&[dims(2, 1, 3, 2)], &header());
        let at = check.cell(3, 1, &text("2022-03-01")).unwrap();
        assert_eq!((at.range.as_str(), at.header.as_str()), ("B3:C4", "日期"));
    }
}
