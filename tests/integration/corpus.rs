//! The bad-input corpus (`tests/corpus/`): every case runs the real binary
//! and must give its exact exit code and stderr. Damaged workbooks are built
//! here, deterministically, so nothing large or opaque is committed.
//! `CORPUS=overwrite` rewrites the expectations from what the binary does:
//! review the diff. Every case runs in Chinese, the users' language
//! (`stderr`); a case with `stderr_en` runs again with `--lang en`, so both
//! languages stay pinned.

use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};

use rust_xlsxwriter::{Format, Formula, Workbook};

use crate::support::{kaohe, root};

const HEADER: [&str; 5] = ["工号", "日期", "节次", "时长", "状态"];

/// One good lessons row: 张三 absent once (total 9).
const ROWS: [[&str; 5]; 2] = [
    ["1001", "2022-03-01", "1", "45", "缺课"],
    ["1002", "2022-03-01", "2", "45", "正常"],
];

#[test]
fn every_bad_input_gives_its_pinned_message() {
    let corpus = root().join("tests/corpus");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("case.toml").is_file())
        .collect();
    cases.sort();
    assert!(cases.len() >= 20, "the corpus has lost cases");
    let overwrite = std::env::var("CORPUS").is_ok_and(|v| v == "overwrite");
    let mut failures = Vec::new();
    for case in &cases {
        if let Err(why) = run_case(case, overwrite) {
            failures.push(format!("{}: {why}", case.display()));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

fn run_case(case: &Path, overwrite: bool) -> Result<(), String> {
    let text = std::fs::read_to_string(case.join("case.toml")).unwrap();
    let mut spec: toml::Table = toml::from_str(&text).map_err(|e| e.to_string())?;
    let dir = tempfile::tempdir().unwrap();
    let corpus = case.parent().unwrap();
    for shared in ["rubric.toml", "roster.csv"] {
        std::fs::copy(corpus.join(shared), dir.path().join(shared)).unwrap();
    }
    for entry in std::fs::read_dir(case).unwrap() {
        let p = entry.unwrap().path();
        if p.file_name().is_some_and(|n| n != "case.toml") {
            std::fs::copy(&p, dir.path().join(p.file_name().unwrap())).unwrap();
        }
    }
    if let Some(build) = spec.get("build").and_then(|b| b.as_str()) {
        let (name, bytes) = build_input(build);
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    let started = std::time::Instant::now();
    let run = |lang: &str| {
        // A second run must not find the first run's output.
        let _ = std::fs::remove_file(dir.path().join("out.xlsx"));
        let mut args: Vec<String> = [
            "--lang",
            lang,
            "score",
            "--rubric",
            "rubric.toml",
            "--input",
            ".",
            "--out",
            "out.xlsx",
            "--period",
            "2022-03",
        ]
        .map(String::from)
        .to_vec();
        if let Some(extra) = spec.get("args").and_then(|a| a.as_array()) {
            args.extend(extra.iter().filter_map(|a| a.as_str().map(String::from)));
        }
        let out = kaohe()
            .current_dir(dir.path())
            .args(&args)
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stderr).replace('\\', "/"),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let english = spec
        .contains_key("stderr_en")
        .then(|| run("en"))
        .map(|(_, stderr, _)| stderr);
    let (code, stderr, stdout) = run("zh");
    if overwrite {
        spec.insert("code".into(), toml::Value::Integer(code.into()));
        spec.insert("stderr".into(), toml::Value::String(stderr.clone()));
        if let Some(en) = english {
            spec.insert("stderr_en".into(), toml::Value::String(en));
        }
        std::fs::write(case.join("case.toml"), toml::to_string(&spec).unwrap()).unwrap();
        return Ok(());
    }
    let want_code = spec.get("code").and_then(|c| c.as_integer()).unwrap_or(-2);
    let want_stderr = spec.get("stderr").and_then(|s| s.as_str()).unwrap_or("");
    let mut why = Vec::new();
    if i64::from(code) != want_code {
        why.push(format!("exit code {code}, expected {want_code}"));
    }
    if stderr != want_stderr {
        why.push(format!("stderr:\n{stderr}\nexpected:\n{want_stderr}"));
    }
    if let (Some(en), Some(want)) = (&english, spec.get("stderr_en").and_then(|s| s.as_str())) {
        if en != want {
            why.push(format!("stderr (--lang en):\n{en}\nexpected:\n{want}"));
        }
    }
    for needle in spec
        .get("stdout_contains")
        .and_then(|s| s.as_array())
        .into_iter()
        .flatten()
        .filter_map(|s| s.as_str())
    {
        if !stdout.contains(needle) {
            why.push(format!("stdout lacks {needle:?}:\n{stdout}"));
        }
    }
    // Nothing may be written when the run refuses.
    if !matches!(code, 0 | 5) && dir.path().join("out.xlsx").exists() {
        why.push("an output was written by a refused run".into());
    }
    // A bomb or a far cell must not cost time either.
    if started.elapsed().as_secs() > 20 {
        why.push(format!("took {:?}", started.elapsed()));
    }
    if why.is_empty() {
        Ok(())
    } else {
        Err(why.join("\n"))
    }
}

/// The damaged or unusual workbook a case needs: its file name and bytes.
fn build_input(name: &str) -> (&'static str, Vec<u8>) {
    match name {
        "crc-mismatch" => {
            let mut book = stored(&lessons(|_| {}));
            // The cell text "45" of the first record becomes "95": a
            // different number that still parses.
            let at = find(&book, b"<t>45</t>").expect("the duration is in the stored sheet");
            book[at + 3] = b'9';
            ("lessons.xlsx", book)
        }
        "truncated" => {
            let book = lessons(|_| {});
            ("lessons.xlsx", book[..book.len() / 2].to_vec())
        }
        "corrupt" => {
            let mut book = lessons(|_| {});
            let start = find(&book, b"sheet1.xml").unwrap() + 40;
            for b in &mut book[start..start + 64] {
                *b = 0x5A;
            }
            ("lessons.xlsx", book)
        }
        "bomb-declared" => {
            let book = with_part(&lessons(|_| {}), "xl/sharedStrings.xml", b"<sst/>");
            (
                "lessons.xlsx",
                patch_sizes(book, "xl/sharedStrings.xml", 3 << 30),
            )
        }
        "bomb-lying" => {
            let big = vec![b'a'; 16 << 20];
            let book = with_part(&lessons(|_| {}), "xl/sharedStrings.xml", &big);
            (
                "lessons.xlsx",
                patch_sizes(book, "xl/sharedStrings.xml", 1024),
            )
        }
        "xfd1048576" => (
            "lessons.xlsx",
            lessons(|ws| {
                ws.write_string(1_048_575, 16_383, "远").unwrap();
            }),
        ),
        "error-cells" => (
            "lessons.xlsx",
            lessons(|ws| {
                ws.write_formula(1, 3, Formula::new("=1/0").set_result("#DIV/0!"))
                    .unwrap();
                ws.write_formula(2, 4, Formula::new("=NA()").set_result("#N/A"))
                    .unwrap();
            }),
        ),
        "formula-without-value" => (
            "lessons.xlsx",
            lessons(|ws| {
                ws.write_formula(1, 4, Formula::new("=IF(1,\"缺课\",\"\")").set_result(""))
                    .unwrap();
            }),
        ),
        "merged-cells" => (
            "lessons.xlsx",
            lessons(|ws| {
                ws.merge_range(1, 4, 2, 4, "缺课", &Format::new()).unwrap();
            }),
        ),
        "hidden-sheet" => {
            let mut wb = Workbook::new();
            fill(wb.add_worksheet().set_name("三月").unwrap(), &ROWS);
            let hidden = wb.add_worksheet().set_name("旧数据").unwrap();
            fill(hidden, &[["1001", "2022-03-05", "1", "45", "缺课"]]);
            hidden.set_hidden(true);
            ("lessons.xlsx", wb.save_to_buffer().unwrap())
        }
        "empty-sheet" => {
            let mut wb = Workbook::new();
            wb.add_worksheet().set_name("说明").unwrap();
            fill(wb.add_worksheet().set_name("三月").unwrap(), &ROWS);
            ("lessons.xlsx", wb.save_to_buffer().unwrap())
        }
        // One stray cell at the sheet's far corner: calamine would build
        // the whole 1048576 × 16384 grid.
        "ods-far-cell" => (
            "lessons.ods",
            ods(&format!(
                "<table:table-row table:number-rows-repeated=\"1048572\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>\
                 <table:table-row><table:table-cell table:number-columns-repeated=\"16383\"/>{}</table:table-row>",
                ods_text("远")
            )),
        ),
        // A row of content repeated a million times, 95 columns wide: a
        // file of a few hundred bytes that calamine expands to 3 GB.
        "ods-repeated-rows" => (
            "lessons.ods",
            ods("<table:table-row table:number-rows-repeated=\"1048000\">\
                 <table:table-cell table:number-columns-repeated=\"95\" office:value-type=\"float\" office:value=\"1\"/>\
                 </table:table-row>"),
        ),
        // Rows each holding one value repeated across all 16384 columns:
        // calamine lists every repeat before building the grid.
        "ods-repeated-columns" => (
            "lessons.ods",
            ods(&"<table:table-row><table:table-cell table:number-columns-repeated=\"16384\" office:value-type=\"float\" office:value=\"1\"/></table:table-row>".repeat(60_000)),
        ),
        "ods" => ("lessons.ods", ods("")),
        other => panic!("no builder {other}"),
    }
}

/// A text cell of an ods sheet.
fn ods_text(v: &str) -> String {
    format!(
        "<table:table-cell office:value-type=\"string\"><text:p>{v}</text:p></table:table-cell>"
    )
}

/// The good lessons sheet as an ods, with `more` rows after the records;
/// `mimetype` first and stored, as the format requires.
fn ods(more: &str) -> Vec<u8> {
    let row = |cells: &[&str]| {
        let cells: String = cells.iter().map(|c| ods_text(c)).collect();
        format!("<table:table-row>{cells}</table:table-row>")
    };
    let mut rows = row(&HEADER);
    for r in &ROWS {
        rows.push_str(&row(r));
    }
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
         <office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
         xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
         xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">\
         <office:body><office:spreadsheet><table:table table:name=\"授课\">{rows}{more}</table:table>\
         </office:spreadsheet></office:body></office:document-content>"
    );
    let manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
        <manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">\
        <manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>\
        <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>";
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    w.start_file("mimetype", stored).unwrap();
    w.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    w.start_file("META-INF/manifest.xml", deflated).unwrap();
    w.write_all(manifest.as_bytes()).unwrap();
    w.start_file("content.xml", deflated).unwrap();
    w.write_all(content.as_bytes()).unwrap();
    w.finish().unwrap().into_inner()
}

fn fill(ws: &mut rust_xlsxwriter::Worksheet, rows: &[[&str; 5]]) {
    for (c, h) in HEADER.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            ws.write_string(r as u32 + 1, c as u16, *v).unwrap();
        }
    }
}

/// The good lessons workbook, changed by `edit` (inline strings, so cell
/// text sits in the sheet's XML).
fn lessons(edit: impl FnOnce(&mut rust_xlsxwriter::Worksheet)) -> Vec<u8> {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("授课").unwrap();
    fill(ws, &ROWS);
    edit(ws);
    wb.save_to_buffer().unwrap()
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Re-packs a zip with every part stored uncompressed, as some exporters do.
fn stored(book: &[u8]) -> Vec<u8> {
    repack(
        book,
        |_, content| Some(content),
        zip::CompressionMethod::Stored,
    )
}

/// Re-packs a zip with `name` holding `bytes` (added if absent).
fn with_part(book: &[u8], name: &str, bytes: &[u8]) -> Vec<u8> {
    let mut out = repack(
        book,
        |part, content| if part == name { None } else { Some(content) },
        zip::CompressionMethod::Deflated,
    );
    let mut w = zip::ZipWriter::new_append(Cursor::new(&mut out)).unwrap();
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(9));
    w.start_file(name, opts).unwrap();
    w.write_all(bytes).unwrap();
    w.finish().unwrap();
    out
}

fn repack(
    book: &[u8],
    keep: impl Fn(&str, Vec<u8>) -> Option<Vec<u8>>,
    method: zip::CompressionMethod,
) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(Cursor::new(book)).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(method);
    for i in 0..archive.len() {
        let mut f = archive.by_index(i).unwrap();
        let name = f.name().unwrap().into_owned();
        let mut content = Vec::new();
        f.read_to_end(&mut content).unwrap();
        if let Some(content) = keep(&name, content) {
            out.start_file(name.as_str(), opts).unwrap();
            out.write_all(&content).unwrap();
        }
    }
    out.finish().unwrap().into_inner()
}

/// Writes `size` as the uncompressed size of `name` in both its local
/// header and its central-directory entry: a directory that lies.
fn patch_sizes(mut book: Vec<u8>, name: &str, size: u32) -> Vec<u8> {
    let local = [0x50, 0x4b, 0x03, 0x04];
    let central = [0x50, 0x4b, 0x01, 0x02];
    for i in 0..book.len().saturating_sub(46) {
        let (size_at, name_len_at, name_at) = if book[i..i + 4] == local {
            (i + 22, i + 26, i + 30)
        } else if book[i..i + 4] == central {
            (i + 24, i + 28, i + 46)
        } else {
            continue;
        };
        let len = u16::from_le_bytes([book[name_len_at], book[name_len_at + 1]]) as usize;
        if book.get(name_at..name_at + len) == Some(name.as_bytes()) {
            book[size_at..size_at + 4].copy_from_slice(&size.to_le_bytes());
        }
    }
    book
}
