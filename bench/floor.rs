//! The floor of the district benchmark: the least any scorer of these files
//! must do. It reads every cell of every input workbook with calamine's
//! streaming reader (one thread, no conversion, no rules) and writes an
//! output of the same shape as a score sheet (one row per roster teacher,
//! 31 columns) with rust_xlsxwriter. kaohe's end-to-end time is compared
//! with this program's in the same run.
//!
//!     floor DATA_DIR OUT.xlsx

#![allow(clippy::print_stderr)] // a command-line tool reports on stderr

use std::error::Error;
use std::path::Path;

use calamine::{open_workbook, DataRef, Reader, Xlsx};
use rust_xlsxwriter::Workbook;

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(dir), Some(out)) = (args.get(1), args.get(2)) else {
        return Err("usage: floor DATA_DIR OUT.xlsx".into());
    };
    let mut teachers = 0usize;
    let mut cells = 0u64;
    let mut files: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "xlsx"))
        .collect();
    files.sort();
    for path in &files {
        let roster = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("roster"));
        let mut book: Xlsx<_> = open_workbook(path)?;
        for name in book.sheet_names() {
            let mut reader = book.worksheet_cells_reader(&name)?;
            let mut last_row = 0;
            while let Some(cell) = reader.next_cell()? {
                if !matches!(cell.get_value(), DataRef::Empty) {
                    cells += 1;
                }
                let row = cell.get_position().0;
                if roster && row != last_row {
                    teachers += 1;
                    last_row = row;
                }
            }
        }
    }
    write(Path::new(out), teachers)?;
    eprintln!("floor: {cells} cells read, {teachers} rows written");
    Ok(())
}

fn write(out: &Path, rows: usize) -> Result<(), Box<dyn Error>> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for col in 0..31u16 {
        sheet.write_string(0, col, format!("列{col}"))?;
    }
    for row in 1..=rows as u32 {
        sheet.write_string(row, 0, format!("T{row:05}"))?;
        sheet.write_string(row, 1, "姓名")?;
        for col in 2..31u16 {
            sheet.write_number(row, col, f64::from(row % 7) + f64::from(col) / 4.0)?;
        }
    }
    book.save(out)?;
    Ok(())
}
