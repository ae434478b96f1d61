//! A value in a column without a header, beside a blank cell the rubric
//! reads: a number typed one cell too far right, cells shifted right from
//! the middle of a row, or a header merged over two columns with the value
//! typed in the right one. Read as written, the value would be dropped and
//! the blank cell take its field's default, a wrong score that nothing
//! shows; the row reader refuses the row instead, naming both cells.
//!
//! Only the table's own columns count: from the first header cell to the
//! column right after the last. A note beside a whole row, or one after an
//! empty column, is no stray: the cells left of it are filled, or it stands
//! outside the table.

use super::convert::Raw;

/// Watches the cells of each row for a stray value.
#[derive(Debug, Clone, Default)]
pub(crate) struct Strays {
    /// The columns that have header text, ascending.
    headed: Vec<u32>,
    /// The current row's last non-blank column, and where the unbroken run
    /// of non-blank cells that ends there starts.
    last: Option<u32>,
    run_start: u32,
    /// The current row's first stray.
    found: Option<Stray>,
}

/// A value under no header whose run of cells starts right of a blank
/// cell read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Stray {
    /// The stray value's column (0-based).
    pub(crate) col: u32,
    /// The value as the spreadsheet shows it.
    pub(crate) value: String,
    /// The blank column read, left of the run of cells the value ends.
    pub(crate) blank: u32,
}

impl Strays {
    /// `headed`: the header row's columns that have text, ascending.
    pub(crate) fn new(headed: &[u32]) -> Self {
        Strays {
            headed: headed.to_vec(),
            ..Strays::default()
        }
    }

    /// Starts a row.
    pub(crate) fn begin_row(&mut self) {
        self.last = None;
        self.run_start = 0;
        self.found = None;
    }

    /// Takes a non-blank cell of the current row, in column order; `reads`
    /// says whether a field reads a column.
    pub(crate) fn cell(&mut self, col: u32, raw: &Raw<'_>, reads: impl Fn(u32) -> bool) {
        if self.last.and_then(|l| l.checked_add(1)) != Some(col) {
            self.run_start = col;
        }
        self.last = Some(col);
        if self.found.is_some() || reads(col) || self.headed.binary_search(&col).is_ok() {
            return;
        }
        let (Some(&first), Some(&last)) = (self.headed.first(), self.headed.last()) else {
            return;
        };
        if col < first || col > last.saturating_add(1) {
            return;
        }
        let Some(blank) = self.run_start.checked_sub(1) else {
            return;
        };
        if reads(blank) {
            self.found = Some(Stray {
                col,
                value: raw.shown(),
                blank,
            });
        }
    }

    /// The current row's stray, if it has one.
    pub(crate) fn take(&mut self) -> Option<Stray> {
        self.found.take()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Header in B..E (columns 1 to 4); the rubric reads B, C and E.
    fn strays() -> Strays {
        Strays::new(&[1, 2, 3, 4])
    }

    fn reads(col: u32) -> bool {
        matches!(col, 1 | 2 | 4)
    }

    fn row(cells: &[(u32, &str)]) -> Option<Stray> {
        let mut s = strays();
        s.begin_row();
        for (col, text) in cells {
            s.cell(*col, &Raw::Text(text), reads);
        }
        s.take()
    }

    #[test]
    fn a_value_one_column_too_far_is_a_stray() {
        let stray = row(&[(1, "0401"), (2, "林慧"), (3, "x"), (5, "5")]);
        assert_eq!(
            stray,
            Some(Stray {
                col: 5,
                value: "5".into(),
                blank: 4
            })
        );
    }

    #[test]
    fn cells_shifted_right_from_the_middle_are_a_stray() {
        // C left blank, D..F hold what belonged in C..E.
        let stray = row(&[(1, "0401"), (3, "林慧"), (4, "x"), (5, "5")]);
        assert_eq!(stray.map(|s| (s.col, s.blank)), Some((5, 2)));
    }

    #[test]
    fn a_note_beside_a_whole_row_or_after_a_gap_is_none() {
        assert_eq!(
            row(&[(1, "0401"), (2, "林慧"), (3, "x"), (4, "5"), (5, "已核对")]),
            None
        );
        assert_eq!(row(&[(1, "0401"), (2, "林慧"), (6, "补录")]), None);
        // Left of the table: a row number without a header.
        assert_eq!(row(&[(0, "1"), (1, "0401"), (2, "林慧"), (4, "5")]), None);
    }

    #[test]
    fn a_value_beside_a_blank_unread_column_is_none() {
        // D is headed but not read: a blank there drops nothing.
        let mut s = Strays::new(&[1, 2, 3]);
        s.begin_row();
        for (col, text) in [(1, "0401"), (2, "林慧"), (4, "5")] {
            s.cell(col, &Raw::Text(text), |c| matches!(c, 1 | 2));
        }
        assert_eq!(s.take(), None);
    }
}
