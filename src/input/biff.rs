//! Measures the sheets of an xls workbook from its BIFF records, the way
//! calamine will read them, before it does (see `extent.rs` for why).
//!
//! calamine trusts each sheet's DIMENSION record and reserves room for the
//! whole area it declares, then builds a grid from the first to the last
//! cell it finds, wherever the cells' own records put them (a column up to
//! 65535, though Excel stops at 255). Both come from a few bytes of the
//! file, so both are counted here from the same records, and a FILEPASS
//! record (a password-protected workbook) is noticed on the way.

use super::extent::{SheetExtent, FORMULA_CELL, GRID_CELL, LISTED_CELL};
use crate::i18n::Text;

/// What the workbook stream says.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Workbook {
    /// The workbook is encrypted (a FILEPASS record before the sheets).
    pub encrypted: bool,
    /// Each sheet, in the order calamine reads them.
    pub sheets: Vec<SheetExtent>,
}

/// Reads the records of a BIFF workbook stream (`Workbook` or `Book`).
///
/// # Errors
/// Why the stream is damaged in a way that would crash calamine (a sheet
/// placed beyond the stream's end), in words.
pub(crate) fn scan(stream: &[u8]) -> Result<Workbook, Text> {
    let mut book = Workbook::default();
    let mut biff8 = true;
    let mut bound: Vec<(usize, String)> = Vec::new();
    let mut seen_bof = false;
    for (typ, data) in Records(stream) {
        match typ {
            // FILEPASS: the rest of the stream is encrypted.
            0x002F => {
                book.encrypted = true;
                return Ok(book);
            }
            // BOF: the globals' own says which BIFF version names are in.
            0x0809 if !seen_bof => {
                seen_bof = true;
                biff8 = data.get(0..2).is_some_and(|v| v == [0x00, 0x06]);
            }
            // BoundSheet8: where a sheet's records start, and its name.
            0x0085 => {
                let Some(pos) = data.get(0..4).map(le32) else {
                    continue;
                };
                let name = sheet_name(data.get(6..).unwrap_or_default(), biff8);
                bound.push((pos as usize, name));
            }
            0x000A => break,
            _ => {}
        }
    }
    for (pos, name) in bound {
        let Some(records) = stream.get(pos..) else {
            return Err(crate::i18n::input::sheet_beyond_stream(name));
        };
        book.sheets.push(sheet(records, name));
    }
    Ok(book)
}

/// Measures one sheet's substream, skipping the charts and other
/// substreams nested in it as calamine does.
fn sheet(records: &[u8], name: String) -> SheetExtent {
    let mut extent = SheetExtent::new(name);
    let mut reserved: u64 = 0;
    let mut listed: u64 = 0;
    let mut cells = Bounds::default();
    let mut formulas = Bounds::default();
    let mut seen_bof = false;
    let mut depth = 0usize;
    for (typ, data) in Records(records) {
        if depth > 0 {
            match typ {
                0x0809 => depth += 1,
                0x000A => depth -= 1,
                _ => {}
            }
            continue;
        }
        let at = || {
            Some((
                u64::from(le16(data.get(0..2)?)),
                u64::from(le16(data.get(2..4)?)),
            ))
        };
        match typ {
            0x0809 if seen_bof => depth += 1,
            0x0809 => seen_bof = true,
            0x000A => break,
            // DIMENSION: calamine reserves its whole area, as it computes it.
            0x0200 => reserved = reserved.max(declared(data, &mut extent)),
            // Number, Label, RString, BoolErr, RK, LabelSst: one cell each.
            0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD => {
                if let Some((row, col)) = at() {
                    listed += 1;
                    cells.add(row, col, col);
                    extent.reach(row, col);
                }
            }
            // MulRk: a run of cells in one row, from its first column.
            0x00BD => {
                if let (Some((row, first)), true) = (at(), data.len() >= 12) {
                    let n = (data.len() as u64 - 6) / 6;
                    let last = first + n.max(1) - 1;
                    listed += n;
                    cells.add(row, first, last);
                    extent.reach(row, last);
                }
            }
            // ROW: fDyZero (0x20 in its flags) is a row hidden by hand or
            // by a filter.
            0x0208 => {
                let hidden = data.get(12..14).is_some_and(|f| le16(f) & 0x0020 != 0);
                if let (true, Some(row)) = (hidden, data.get(0..2).map(le16)) {
                    let row = u32::from(row) + 1;
                    extent.hidden.push((row, row));
                }
            }
            // Formula: its value is a cell, its text another grid.
            0x0006 => {
                if let Some((row, col)) = at() {
                    listed += 2;
                    cells.add(row, col, col);
                    formulas.add(row, col, col);
                    extent.reach(row, col);
                }
            }
            _ => {}
        }
    }
    extent.bytes = reserved
        .saturating_add(listed)
        .saturating_mul(LISTED_CELL)
        .saturating_add(cells.area().saturating_mul(GRID_CELL))
        .saturating_add(formulas.area().saturating_mul(FORMULA_CELL));
    extent
}

/// The cells calamine reserves room for from a DIMENSION record, computed
/// as it does, wrapping where it wraps (its release build does not check);
/// the declared far corner is noted as reached.
fn declared(data: &[u8], extent: &mut SheetExtent) -> u64 {
    let (rf, rl, cf, cl) = match data.len() {
        10 => (
            u32::from(le16(&data[0..2])),
            u32::from(le16(&data[2..4])),
            u32::from(le16(&data[4..6])),
            u32::from(le16(&data[6..8])),
        ),
        14 | 16 => (
            le32(&data[0..4]),
            le32(&data[4..8]),
            u32::from(le16(&data[8..10])),
            u32::from(le16(&data[10..12])),
        ),
        // calamine refuses other lengths itself.
        _ => return 0,
    };
    let cf = if cf > 0xFF || cl < cf { 0 } else { cf };
    if rl == 0 || cl == 0 {
        return 1;
    }
    let (end_row, end_col) = (rl - 1, cl - 1);
    let rows = end_row.wrapping_sub(rf).wrapping_add(1);
    let cols = end_col.wrapping_sub(cf).wrapping_add(1);
    let cells = u64::from(rows).saturating_mul(u64::from(cols));
    if cells > 1 {
        extent.reach(u64::from(end_row), u64::from(end_col));
    }
    cells
}

/// The rectangle spanned by a set of cells.
#[derive(Default)]
struct Bounds(Option<(u64, u64, u64, u64)>);

impl Bounds {
    fn add(&mut self, row: u64, first: u64, last: u64) {
        self.0 = Some(match self.0 {
            None => (row, row, first, last),
            Some((top, bottom, left, right)) => (
                top.min(row),
                bottom.max(row),
                left.min(first),
                right.max(last),
            ),
        });
    }

    fn area(&self) -> u64 {
        self.0.map_or(0, |(top, bottom, left, right)| {
            (bottom - top + 1).saturating_mul(right - left + 1)
        })
    }
}

/// A BoundSheet8 name: a short string, UTF-16 or Latin-1 in BIFF8 (its
/// flag byte says which), bytes in the workbook's code page before.
fn sheet_name(data: &[u8], biff8: bool) -> String {
    let Some((&cch, rest)) = data.split_first() else {
        return String::new();
    };
    let cch = usize::from(cch);
    if !biff8 {
        return String::from_utf8_lossy(rest.get(..cch).unwrap_or(rest)).into_owned();
    }
    let Some((&flags, chars)) = rest.split_first() else {
        return String::new();
    };
    let name = if flags & 1 == 1 {
        let units: Vec<u16> = chars.chunks_exact(2).take(cch).map(le16).collect();
        String::from_utf16_lossy(&units)
    } else {
        chars.iter().take(cch).map(|&b| char::from(b)).collect()
    };
    name.replace('\0', "")
}

/// The records of a BIFF stream: type and data, until the bytes run out.
struct Records<'a>(&'a [u8]);

impl<'a> Iterator for Records<'a> {
    type Item = (u16, &'a [u8]);

    fn next(&mut self) -> Option<Self::Item> {
        let typ = le16(self.0.get(0..2)?);
        let len = usize::from(le16(self.0.get(2..4)?));
        let data = self.0.get(4..4 + len)?;
        self.0 = self.0.get(4 + len..).unwrap_or_default();
        Some((typ, data))
    }
}

fn le16(b: &[u8]) -> u16 {
    u16::from_le_bytes([
        b.first().copied().unwrap_or(0),
        b.get(1).copied().unwrap_or(0),
    ])
}

fn le32(b: &[u8]) -> u32 {
    let mut w = [0u8; 4];
    for (i, x) in w.iter_mut().enumerate() {
        *x = b.get(i).copied().unwrap_or(0);
    }
    u32::from_le_bytes(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(typ: u16, data: &[u8]) -> Vec<u8> {
        let mut r = typ.to_le_bytes().to_vec();
        r.extend((data.len() as u16).to_le_bytes());
        r.extend(data);
        r
    }

    fn number(row: u16, col: u16) -> Vec<u8> {
        let mut d = row.to_le_bytes().to_vec();
        d.extend(col.to_le_bytes());
        d.extend([0, 0]);
        d.extend(1.5f64.to_le_bytes());
        record(0x0203, &d)
    }

    fn dimension(rf: u32, rl: u32, cf: u16, cl: u16) -> Vec<u8> {
        let mut d = rf.to_le_bytes().to_vec();
        d.extend(rl.to_le_bytes());
        d.extend(cf.to_le_bytes());
        d.extend(cl.to_le_bytes());
        d.extend([0, 0]);
        record(0x0200, &d)
    }

    /// Globals naming one sheet 授课, then that sheet's records.
    fn book(sheet_records: &[Vec<u8>]) -> Vec<u8> {
        let bof = record(0x0809, &[0x00, 0x06, 0x05, 0x00]);
        let mut name = vec![2u8, 1];
        for u in "授课".encode_utf16() {
            name.extend(u.to_le_bytes());
        }
        let bound_len = 4 + 6 + name.len();
        let pos = (bof.len() + bound_len + 4) as u32;
        let mut bound = pos.to_le_bytes().to_vec();
        bound.extend([0, 0]);
        bound.extend(&name);
        let mut s = bof.clone();
        s.extend(record(0x0085, &bound));
        s.extend(record(0x000A, &[]));
        s.extend(&bof);
        for r in sheet_records {
            s.extend(r);
        }
        s.extend(record(0x000A, &[]));
        s
    }

    #[test]
    fn cells_and_their_far_corner_are_measured() {
        let b = scan(&book(&[dimension(0, 3, 0, 5), number(0, 0), number(2, 4)])).unwrap();
        assert!(!b.encrypted);
        assert_eq!(b.sheets.len(), 1);
        let s = &b.sheets[0];
        assert_eq!(s.name, "授课");
        assert_eq!(s.last_row, Some((2, 4)));
        assert_eq!(
            s.bytes,
            (15 + 2) * LISTED_CELL + 15 * GRID_CELL,
            "3×5 reserved, 2 listed, a 3×5 grid"
        );
    }

    /// A ROW record: row `rw` (0-based) with `flags`.
    fn row(rw: u16, flags: u16) -> Vec<u8> {
        let mut d = rw.to_le_bytes().to_vec();
        d.extend([0, 0, 5, 0, 0xFF, 0, 0, 0, 0, 0]);
        d.extend(flags.to_le_bytes());
        d.extend([0x0F, 0]);
        record(0x0208, &d)
    }

    #[test]
    fn hidden_rows_are_read_from_their_row_records() {
        // fDyZero (0x20) hides; 0x100 (fGhostDirty-like bits) does not.
        let b = scan(&book(&[
            row(0, 0x100),
            row(3, 0x120),
            row(4, 0x20),
            number(3, 0),
        ]))
        .unwrap();
        assert_eq!(b.sheets[0].hidden, vec![(4, 4), (5, 5)]);
    }

    #[test]
    fn a_cell_at_the_farthest_column_makes_a_huge_grid() {
        let b = scan(&book(&[number(0, 0), number(0xFFFF, 0xFFFF)])).unwrap();
        let s = &b.sheets[0];
        assert_eq!(s.last_row, Some((0xFFFF, 0xFFFF)));
        assert!(s.bytes >= (1u64 << 32) * GRID_CELL);
    }

    #[test]
    fn a_lying_dimension_is_counted_as_calamine_reserves_it() {
        let b = scan(&book(&[dimension(0, u32::MAX, 0, 0xFFFF), number(0, 0)])).unwrap();
        assert_eq!(
            b.sheets[0].last_row,
            Some((u64::from(u32::MAX) - 1, 0xFFFE))
        );
        assert!(b.sheets[0].bytes > 1 << 40);
        // An inverted one wraps, as calamine's arithmetic does.
        let b = scan(&book(&[dimension(9, 2, 0, 1)])).unwrap();
        assert!(b.sheets[0].bytes > 1 << 32);
    }

    #[test]
    fn filepass_means_encrypted() {
        let mut s = record(0x0809, &[0x00, 0x06, 0x05, 0x00]);
        s.extend(record(0x002F, &[1, 0, 1, 0]));
        assert!(scan(&s).unwrap().encrypted);
    }

    #[test]
    fn a_sheet_beyond_the_stream_is_damage() {
        let mut bound = 1_000_000u32.to_le_bytes().to_vec();
        bound.extend([0, 0, 1, 0, b'x']);
        let s = record(0x0085, &bound);
        assert!(scan(&s).unwrap_err().en.contains("beyond the end"));
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_are_measured_without_a_panic(
            bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..4096)
        ) {
            let _ = scan(&bytes);
            // And the same bytes behind a plausible globals header.
            let mut book = record(0x0809, &[0x00, 0x06, 0x05, 0x00]);
            book.extend(&bytes);
            let _ = scan(&book);
        }
    }

    #[test]
    fn truncated_records_end_the_scan_quietly() {
        assert_eq!(scan(&[0x09, 0x08, 0xFF]), Ok(Workbook::default()));
    }
}
