//! Workbooks with fuzzed cells, and fuzzed bytes inside a real workbook's
//! zip: the integrity check and the reader give records, located problems
//! or a located error, never a panic or an abort.
#![no_main]

use std::io::{Cursor, Read, Write};

use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|input: (Vec<String>, Vec<f64>, u8, Vec<u8>)| {
    let (texts, numbers, mode, bytes) = input;
    let Some(book) = workbook(&texts, &numbers) else {
        return;
    };
    let data = match mode % 3 {
        // A well-formed workbook with arbitrary cell contents.
        0 => book,
        // The sheet's XML replaced by arbitrary bytes, re-zipped with good CRCs.
        1 => replace_part(&book, "xl/worksheets/sheet1.xml", &bytes).unwrap_or(book),
        // Arbitrary bytes written over the packed file.
        _ => {
            let mut b = book;
            let len = b.len().max(1);
            for (i, x) in bytes.iter().enumerate() {
                if let Some(slot) = b.get_mut((i * 31 + usize::from(*x)) % len) {
                    *slot ^= *x;
                }
            }
            b
        }
    };
    common::read_bytes("records.xlsx", &data);
});

fn workbook(texts: &[String], numbers: &[f64]) -> Option<Vec<u8>> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (c, h) in ["工号", "日期", "状态", "时长"].iter().enumerate() {
        ws.write_string(0, c as u16, *h).ok()?;
    }
    for (i, t) in texts.iter().take(40).enumerate() {
        let (r, c) = (1 + (i / 4) as u32, (i % 4) as u16);
        ws.write_string(r, c, t).ok()?;
    }
    for (i, n) in numbers.iter().take(40).enumerate() {
        let (r, c) = (1 + (i / 4) as u32, (i % 4) as u16);
        ws.write_number(r + 10, c, *n).ok()?;
    }
    wb.save_to_buffer().ok()
}

fn replace_part(book: &[u8], name: &str, bytes: &[u8]) -> Option<Vec<u8>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(book)).ok()?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    for i in 0..archive.len() {
        let mut f = archive.by_index(i).ok()?;
        let part = f.name().ok()?.into_owned();
        let mut content = Vec::new();
        f.read_to_end(&mut content).ok()?;
        out.start_file(part.as_str(), opts).ok()?;
        out.write_all(if part == name { bytes } else { &content }).ok()?;
    }
    out.finish().ok().map(|c| c.into_inner())
}
