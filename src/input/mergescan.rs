//! Finds each xlsx sheet's merged ranges while the integrity check inflates
//! the sheet anyway, so the reader need not inflate and tokenise the whole
//! sheet a second time to find them (calamine's merge API does: the
//! `<mergeCells>` list sits after `<sheetData>`, past where its cell reader
//! stops). On the district benchmark that second pass was a fifth of the run.
//!
//! The cells are skipped with a byte search for the end of `<sheetData>`;
//! only what follows it (merges, formatting, page setup: small) is parsed as
//! XML. Zip part names are tied to sheet names through the workbook and its
//! relationships exactly as calamine resolves them, so the ranges given for
//! a sheet are the ones calamine would give. Whenever anything is unusual (a
//! part that does not parse, a range that does not read, a name two parts
//! share) the sheet is left out, and the reader asks calamine as before:
//! the scan can make reading faster, never different.

use std::collections::HashMap;
use std::io::{self, BufRead, Read};

use calamine::Dimensions;
use quick_xml::events::{BytesStart, Event};

/// The merged ranges of the sheets of one workbook that were scanned, by
/// sheet name; a sheet absent here was not scanned conclusively.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Merges {
    sheets: HashMap<String, Vec<Dimensions>>,
    /// The hidden rows (1-based) of each sheet scanned conclusively.
    hidden: HashMap<String, Vec<u32>>,
}

impl Merges {
    /// The sheet's merged ranges (calamine's 0-based dimensions), if its
    /// part was scanned to the end; `None` means ask calamine.
    pub fn sheet(&self, name: &str) -> Option<&[Dimensions]> {
        self.sheets.get(name).map(Vec::as_slice)
    }

    pub(crate) fn insert(&mut self, name: String, ranges: Vec<Dimensions>) {
        self.sheets.insert(name, ranges);
    }

    /// The sheet's hidden rows (1-based: `<row r="n" hidden="1">`), if its
    /// part was scanned conclusively; `None` means look again.
    pub fn hidden(&self, name: &str) -> Option<&[u32]> {
        self.hidden.get(name).map(Vec::as_slice)
    }

    pub(crate) fn insert_hidden(&mut self, name: String, rows: Vec<u32>) {
        self.hidden.insert(name, rows);
    }
}

/// The hidden rows of sheet `name` of the xlsx file at `path`, read by
/// walking the sheet's XML: for when the integrity check's pass did not
/// find them (a file read without it, or a row hidden without its number).
/// `None` when the part cannot be found or read; the reader then has
/// nothing to say about hidden rows, as for formats that do not tell.
pub(crate) fn hidden_rows(path: &std::path::Path, name: &str) -> Option<Vec<u32>> {
    let file = std::fs::File::open(path).ok()?;
    let mut archive = zip::ZipArchive::new(io::BufReader::new(file)).ok()?;
    let parts = sheet_parts(&mut archive)?;
    let part = parts
        .iter()
        .find(|(_, sheet)| sheet.as_str() == name)
        .map(|(part, _)| part.clone())?;
    let entry_name = archive
        .file_names()
        .flatten()
        .find(|n| normalize_part(n) == part)?
        .into_owned();
    let entry = archive.by_name(&entry_name).ok()?;
    walk_hidden(io::BufReader::new(entry))
}

/// Every `<row>` of a sheet part, numbered as calamine numbers them (`r`, or
/// one more than the row before), and the hidden ones kept.
fn walk_hidden<R: BufRead>(part: R) -> Option<Vec<u32>> {
    let mut reader = quick_xml::Reader::from_reader(part);
    configure(&mut reader);
    let mut buf = Vec::new();
    let mut row: u32 = 0;
    let mut rows = Vec::new();
    loop {
        buf.clear();
        match reader.read_event_into(&mut buf).ok()? {
            Event::Start(e) if e.local_name().as_ref() == "row" => {
                row = match raw_attr(&e, "r") {
                    Some(r) => r.trim().parse().ok()?,
                    None => row.checked_add(1)?,
                };
                if raw_attr(&e, "hidden").is_some_and(|h| is_true(&h)) {
                    rows.push(row);
                }
            }
            Event::End(e) if e.local_name().as_ref() == "sheetData" => return Some(rows),
            Event::Eof => return Some(rows),
            _ => {}
        }
    }
}

/// An xsd:boolean that is true.
fn is_true(v: &str) -> bool {
    matches!(v.trim(), "1" | "true")
}

/// A zip entry name as calamine looks parts up: `\` as `/`, any letter case.
pub(crate) fn normalize_part(name: &str) -> String {
    name.replace('\\', "/").to_ascii_lowercase()
}

/// The worksheet parts of an xlsx archive (normalised names) and the sheet
/// each holds, found as calamine finds them: the package relationships name
/// the workbook part, the workbook lists the sheets with relationship ids,
/// and the workbook's relationships give each id's part. `None` if any of
/// it is missing or does not parse; the sheets are then not scanned.
pub(crate) fn sheet_parts<R: Read + io::Seek>(
    archive: &mut zip::ZipArchive<R>,
) -> Option<HashMap<String, String>> {
    // Normalised name → the entry's own name, or `None` when two entries
    // share it: calamine would pick one by hash-map order, so do not guess.
    let mut names: HashMap<String, Option<String>> = HashMap::new();
    for name in archive.file_names() {
        let name = name.ok()?;
        names
            .entry(normalize_part(&name))
            .and_modify(|n| *n = None)
            .or_insert_with(|| Some(name.into_owned()));
    }
    let actual = |path: &str| -> Option<String> { names.get(&normalize_part(path))?.clone() };
    let read = |archive: &mut zip::ZipArchive<R>, path: &str| -> Option<Vec<u8>> {
        let name = actual(path)?;
        let mut part = archive.by_name(&name).ok()?;
        let mut bytes = Vec::new();
        part.read_to_end(&mut bytes).ok()?;
        Some(bytes)
    };
    let package = read(archive, "_rels/.rels")?;
    let target = office_document(&package)?;
    let (dir, file) = match target.rfind('/') {
        Some(i) => target.split_at(i + 1),
        None => ("", target.as_str()),
    };
    let xl = dir.strip_prefix('/').unwrap_or(dir).to_string();
    let workbook_name = if file.is_empty() {
        "workbook.xml"
    } else {
        file
    };
    let rels = read(archive, &format!("{xl}_rels/{workbook_name}.rels"))?;
    let rels = relationships(&rels)?;
    let workbook = read(archive, &format!("{xl}{workbook_name}"))?;
    let mut parts = HashMap::new();
    for (name, id) in sheets(&workbook)? {
        let target = rels.get(&id)?;
        let path = match target.strip_prefix('/') {
            Some(abs) => abs.to_string(),
            None => format!("{xl}{target}"),
        };
        let key = normalize_part(&path);
        if actual(&path).is_none() {
            continue;
        }
        // calamine finds a sheet by its first name; a second sheet of the
        // same name is never read, and its part must not stand for the first.
        if parts.values().any(|n| *n == name) {
            continue;
        }
        parts.insert(key, name);
    }
    Some(parts)
}

/// Whether the workbook asks to be recalculated in full when it is opened
/// (`<calcPr fullCalcOnLoad="1"/>`): what openpyxl, XlsxWriter and POI
/// write because they do not calculate formulas, so every cached result in
/// the file is a placeholder (XlsxWriter's 0) or absent. Excel, WPS and
/// LibreOffice calculate on opening and do not write it when they save.
pub(crate) fn recalculates_on_open<R: Read + io::Seek>(archive: &mut zip::ZipArchive<R>) -> bool {
    let mut read = |path: &str| -> Option<Vec<u8>> {
        let wanted = normalize_part(path);
        let name = archive
            .file_names()
            .flatten()
            .find(|n| normalize_part(n) == wanted)?
            .into_owned();
        let mut part = archive.by_name(&name).ok()?;
        let mut bytes = Vec::new();
        part.read_to_end(&mut bytes).ok()?;
        Some(bytes)
    };
    let Some(target) = read("_rels/.rels").and_then(|rels| office_document(&rels)) else {
        return false;
    };
    let Some(workbook) = read(target.strip_prefix('/').unwrap_or(&target)) else {
        return false;
    };
    let mut reader = xml(&workbook);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) if e.local_name().as_ref() == "calcPr" => {
                return raw_attr(&e, "fullCalcOnLoad").is_some_and(|v| v == "1" || v == "true");
            }
            Ok(Event::Eof) | Err(_) => return false,
            _ => {}
        }
    }
}

fn xml(bytes: &[u8]) -> quick_xml::Reader<&[u8]> {
    let mut reader = quick_xml::Reader::from_reader(bytes);
    configure(&mut reader);
    reader
}

/// calamine's reader settings, so the same bytes mean the same things.
fn configure<R>(reader: &mut quick_xml::Reader<R>) {
    let config = reader.config_mut();
    config.check_end_names = false;
    config.trim_text(false);
    config.check_comments = false;
    config.expand_empty_elements = true;
}

/// A raw attribute value by exact key, as calamine reads it.
fn raw_attr(e: &BytesStart<'_>, key: &str) -> Option<String> {
    e.attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.as_ref() == key)
        .map(|a| a.value.into_owned())
}

/// An attribute whose key is `local` or `prefix:local`.
fn local_attr(e: &BytesStart<'_>, local: &str) -> Option<String> {
    e.attributes()
        .with_checks(false)
        .flatten()
        .find(|a| {
            let k: &str = a.key.as_ref();
            k == local || k.strip_suffix(local).is_some_and(|p| p.ends_with(':'))
        })
        .map(|a| a.value.into_owned())
}

/// The package relationships' officeDocument target, entities decoded.
fn office_document(bytes: &[u8]) -> Option<String> {
    let mut reader = xml(bytes);
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) if e.local_name().as_ref() == "Relationship" => {
                let typ = raw_attr(&e, "Type").unwrap_or_default();
                if typ.ends_with("/relationships/officeDocument") {
                    let target = raw_attr(&e, "Target")?;
                    return quick_xml::escape::unescape(&target)
                        .ok()
                        .map(|t| t.into_owned());
                }
            }
            Event::Eof => return None,
            _ => {}
        }
    }
}

/// The workbook's relationships: id → raw target (calamine does not decode them).
fn relationships(bytes: &[u8]) -> Option<HashMap<String, String>> {
    let mut reader = xml(bytes);
    let mut rels = HashMap::new();
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) if e.local_name().as_ref() == "Relationship" => {
                if let Some(id) = raw_attr(&e, "Id") {
                    rels.insert(id, raw_attr(&e, "Target").unwrap_or_default());
                }
            }
            Event::Eof => return Some(rels),
            _ => {}
        }
    }
}

/// The workbook's sheets in order: (name with entities decoded, relationship id).
fn sheets(bytes: &[u8]) -> Option<Vec<(String, String)>> {
    let mut reader = xml(bytes);
    let mut out = Vec::new();
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) if e.local_name().as_ref() == "sheet" => {
                let name = raw_attr(&e, "name").unwrap_or_default();
                let name = quick_xml::escape::unescape(&name).ok()?.into_owned();
                out.push((name, local_attr(&e, "id").unwrap_or_default()));
            }
            Event::Eof => return Some(out),
            _ => {}
        }
    }
}

/// Reads a worksheet part to its end (so the zip reader checks its CRC-32)
/// and returns its merged ranges: `Ok(None)` when the part is unusual and
/// the merges must come from calamine; `Err` only for the reader's own
/// errors (damage), which the caller reports.
#[cfg(test)]
pub(crate) fn scan_sheet<R: BufRead>(part: &mut R) -> io::Result<Option<Vec<Dimensions>>> {
    scan_sheet_rows(part).map(|(merges, _)| merges)
}

/// What one pass over a sheet part found: its merged ranges (`None`: ask
/// calamine) and its hidden rows, 1-based (`None`: walk the XML for them).
pub(crate) type SheetScan = (Option<Vec<Dimensions>>, Option<Vec<u32>>);

/// [`scan_sheet`], and the sheet's hidden rows (1-based) found on the way
/// (`None` when a hidden row did not say its number: walk the XML then).
pub(crate) fn scan_sheet_rows<R: BufRead>(part: &mut R) -> io::Result<SheetScan> {
    let mut hidden = HiddenRows::default();
    let Some(tail) = skip_sheet_data(part, &mut hidden)? else {
        return Ok((None, None));
    };
    let hidden = hidden.conclusive.then_some(hidden.rows);
    let mut reader = quick_xml::Reader::from_reader(io::Cursor::new(tail).chain(&mut *part));
    configure(&mut reader);
    // The tail closes elements opened before it (`</worksheet>`).
    reader.config_mut().allow_unmatched_ends = true;
    let mut buf = Vec::new();
    let mut ranges = Vec::new();
    let mut inside = false;
    let outcome = loop {
        buf.clear();
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) if e.local_name().as_ref() == "mergeCells" => inside = true,
            Ok(Event::Start(e)) if inside && e.local_name().as_ref() == "mergeCell" => {
                if let Some(r) = raw_attr(&e, "ref") {
                    match dimension(&r) {
                        Some(d) => ranges.push(d),
                        None => break None,
                    }
                }
            }
            // calamine reads the first list only.
            Ok(Event::End(e)) if inside && e.local_name().as_ref() == "mergeCells" => {
                break Some(ranges)
            }
            Ok(Event::Eof) => break Some(ranges),
            Ok(_) => {}
            Err(quick_xml::Error::Io(e)) => {
                return Err(io::Error::new(e.kind(), e.to_string()));
            }
            Err(_) => break None,
        }
    };
    // The rest unread, so the CRC-32 is checked over the whole part.
    io::copy(&mut reader.into_inner(), &mut io::sink())?;
    Ok((outcome, hidden))
}

/// Hidden rows seen while skipping the cells.
struct HiddenRows {
    rows: Vec<u32>,
    /// False once a hidden row could not be numbered from its own tag.
    conclusive: bool,
}

impl Default for HiddenRows {
    fn default() -> Self {
        HiddenRows {
            rows: Vec::new(),
            conclusive: true,
        }
    }
}

/// What the word `hidden` found at some offset is.
enum HiddenAt {
    /// A row tag's attribute: the row if it is hidden, and the offset of
    /// the tag's end.
    Row(Option<u32>, usize),
    /// Anything else (text, another element's attribute).
    Other,
    /// A hidden row whose number cannot be read from its tag.
    Unknown,
    /// The tag's end has not been read yet; the tag starts at this offset.
    Undecided(usize),
}

/// Judges a `hidden` found at `at` in `buf`: a `<row … hidden="1" …>`
/// attribute is told by the nearest `<` before it opening a `row` tag
/// (text and attribute values cannot hold a raw `<`).
fn hidden_at(buf: &[u8], at: usize, eof: bool) -> HiddenAt {
    if !at
        .checked_sub(1)
        .and_then(|i| buf.get(i))
        .is_some_and(u8::is_ascii_whitespace)
    {
        return HiddenAt::Other;
    }
    let Some(lt) = memchr::memrchr(b'<', &buf[..at]) else {
        // The tag's start was dropped with the bytes before: cannot tell.
        return HiddenAt::Unknown;
    };
    let tag = &buf[lt + 1..at];
    if memchr::memchr(b'>', tag).is_some() {
        return HiddenAt::Other;
    }
    let name_len = tag
        .iter()
        .position(|b| b.is_ascii_whitespace() || *b == b'/')
        .unwrap_or(tag.len());
    let name = &tag[..name_len];
    let local = name.rsplit(|b| *b == b':').next().unwrap_or(name);
    if local != b"row" {
        return HiddenAt::Other;
    }
    let Some(gt) = memchr::memchr(b'>', &buf[at..]).map(|i| at + i) else {
        return if eof {
            HiddenAt::Other
        } else {
            HiddenAt::Undecided(lt)
        };
    };
    let content = buf[lt + 1..gt]
        .strip_suffix(b"/")
        .unwrap_or(&buf[lt + 1..gt]);
    let start = BytesStart::from_content(String::from_utf8_lossy(content), name_len);
    if !raw_attr(&start, "hidden").is_some_and(|h| is_true(&h)) {
        return HiddenAt::Row(None, gt);
    }
    match raw_attr(&start, "r").and_then(|r| r.trim().parse::<u32>().ok()) {
        Some(r) => HiddenAt::Row(Some(r), gt),
        None => HiddenAt::Unknown,
    }
}

/// How much of what was read before a possible match is kept: enough for
/// `</` and a namespace prefix before the tag name.
const CONTEXT: usize = 256;
const CHUNK: usize = 64 * 1024;

/// Reads past the end of `<sheetData>` (its closing tag, or the element if
/// it is empty) and returns the bytes read after it; `None` if the part ends
/// without one.
fn skip_sheet_data<R: Read>(part: &mut R, hidden: &mut HiddenRows) -> io::Result<Option<Vec<u8>>> {
    let finder = memchr::memmem::Finder::new(b"sheetData");
    let hidden_finder = memchr::memmem::Finder::new(b"hidden");
    // Every `hidden` starting before `hfrom` has been judged.
    let mut hfrom = 0;
    let mut buf: Vec<u8> = Vec::with_capacity(CHUNK + CONTEXT);
    // Every match starting before `from` has been judged.
    let mut from = 0;
    let mut eof = false;
    loop {
        let len = buf.len();
        buf.resize(len + CHUNK, 0);
        let n = read_some(part, &mut buf[len..])?;
        buf.truncate(len + n);
        eof = eof || n == 0;
        let mut undecided = None;
        let mut end = None;
        let mut start = from;
        while let Some(i) = buf.get(start..).and_then(|b| finder.find(b)) {
            let at = start + i;
            match end_of_data(&buf, at, eof) {
                Tag::End(after) => {
                    end = Some((at, after));
                    break;
                }
                Tag::Other => start = at + 1,
                Tag::Undecided => {
                    undecided = Some(at);
                    break;
                }
            }
        }
        // Hidden rows among the cells read so far (before the data's end).
        let limit = end.map_or(buf.len(), |(at, _)| at);
        let mut hidden_next = None;
        let mut hstart = hfrom;
        while let Some(i) = buf.get(hstart..limit).and_then(|b| hidden_finder.find(b)) {
            let at = hstart + i;
            match hidden_at(&buf, at, eof || end.is_some()) {
                HiddenAt::Row(row, gt) => {
                    hidden.rows.extend(row);
                    hstart = gt;
                }
                HiddenAt::Other => hstart = at + 1,
                HiddenAt::Unknown => {
                    hidden.conclusive = false;
                    hstart = at + 1;
                }
                HiddenAt::Undecided(lt) => {
                    hidden_next = Some((at, lt));
                    break;
                }
            }
        }
        if let Some((_, after)) = end {
            return Ok(Some(buf.split_off(after)));
        }
        if eof {
            return Ok(None);
        }
        // A match may start in the last bytes, its name cut short.
        let next = undecided.unwrap_or(buf.len().saturating_sub(b"sheetData".len() - 1));
        let hnext = hidden_next.map_or(
            buf.len()
                .saturating_sub(b"hidden".len() - 1)
                .max(hstart.min(buf.len())),
            |(at, _)| at,
        );
        // An undecided row tag is kept whole, from its `<`.
        let keep_from = hidden_next.map_or(next.min(hnext), |(_, lt)| next.min(lt));
        let keep = keep_from.saturating_sub(CONTEXT);
        buf.drain(..keep);
        from = next - keep;
        hfrom = hnext - keep;
    }
}

/// Reads into `buf`, retrying on interruption.
fn read_some<R: Read>(part: &mut R, buf: &mut [u8]) -> io::Result<usize> {
    loop {
        match part.read(buf) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            other => return other,
        }
    }
}

enum Tag {
    /// The end of the sheet's data; the tail starts at this offset.
    End(usize),
    /// Not the end (the opening tag, or the word inside some text).
    Other,
    /// The bytes that decide it have not been read yet.
    Undecided,
}

/// Judges the `sheetData` found at `at`: `</sheetData>` or `<sheetData/>`,
/// with or without a namespace prefix, ends the data. Text and attribute
/// values cannot hold a raw `<`, so a `<` (and name characters) before it
/// means it is a tag's name.
fn end_of_data(buf: &[u8], at: usize, eof: bool) -> Tag {
    let mut i = at;
    if i > 0 && buf[i - 1] == b':' {
        i -= 1;
        while i > 0 && is_name_byte(buf[i - 1]) {
            i -= 1;
        }
    }
    let before = |back: usize| i.checked_sub(back).and_then(|j| buf.get(j)).copied();
    let closing = match (before(2), before(1)) {
        (Some(b'<'), Some(b'/')) => true,
        (_, Some(b'<')) => false,
        // Not a tag's name (or a prefix too long to be one).
        _ => return Tag::Other,
    };
    let mut j = at + b"sheetData".len();
    while j < buf.len() && buf[j].is_ascii_whitespace() {
        j += 1;
    }
    match (buf.get(j), buf.get(j + 1)) {
        (Some(b'>'), _) if closing => Tag::End(j + 1),
        (Some(b'/'), Some(b'>')) if !closing => Tag::End(j + 2),
        (Some(b'/'), None) | (None, _) if !eof => Tag::Undecided,
        _ => Tag::Other,
    }
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.') || b >= 0x80
}

/// `A1:C3` or `B2` as calamine's 0-based dimensions; `None` for anything
/// calamine would refuse or read differently (then calamine is asked).
fn dimension(r: &str) -> Option<Dimensions> {
    let mut parts = r.split(':');
    let start = cell(parts.next()?)?;
    let end = match parts.next() {
        Some(p) => cell(p)?,
        None => start,
    };
    if parts.next().is_some() {
        return None;
    }
    Some(Dimensions { start, end })
}

/// `AB12` → (11, 27).
fn cell(a1: &str) -> Option<(u32, u32)> {
    let bytes = a1.as_bytes();
    let letters = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let (col, row) = bytes.split_at(letters);
    if col.is_empty() || row.is_empty() || !row.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut c: u32 = 0;
    for b in col {
        let digit = u32::from(b.to_ascii_uppercase() - b'A') + 1;
        c = c.checked_mul(26)?.checked_add(digit)?;
    }
    let mut n: u32 = 0;
    for b in row {
        n = n.checked_mul(10)?.checked_add(u32::from(b - b'0'))?;
    }
    Some((n.checked_sub(1)?, c - 1))
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

    /// A reader that hands out at most `step` bytes a call, so every tag is
    /// split across reads somewhere.
    struct Trickle<'a> {
        bytes: &'a [u8],
        step: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.step.min(buf.len()).min(self.bytes.len());
            buf[..n].copy_from_slice(&self.bytes[..n]);
            self.bytes = &self.bytes[n..];
            Ok(n)
        }
    }

    /// Scans `xml` through reads of every size from 1 byte up, with a
    /// buffer as small as quick-xml allows, and checks every way agrees.
    fn scan(xml: &str) -> Option<Vec<Dimensions>> {
        let whole = scan_sheet(&mut io::BufReader::new(xml.as_bytes())).ok()?;
        for step in 1..=40 {
            let trickle = Trickle {
                bytes: xml.as_bytes(),
                step,
            };
            let split = scan_sheet(&mut io::BufReader::with_capacity(step, trickle)).ok()?;
            assert_eq!(split, whole, "reads of {step} bytes");
        }
        whole
    }

    fn sheet(data: &str, tail: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:E9"/><sheetData>{data}</sheetData>{tail}<pageMargins left="0.7"/></worksheet>"#
        )
    }

    const ROWS: &str = r#"<row r="1"><c r="A1" t="inlineStr"><is><t>sheetData mergeCell</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row>"#;

    /// The hidden rows `xml`'s scan finds, through reads of every size,
    /// checked against walking the XML whenever the scan is conclusive.
    fn hidden(xml: &str) -> Option<Vec<u32>> {
        let (_, whole) = scan_sheet_rows(&mut io::BufReader::new(xml.as_bytes())).unwrap();
        for step in 1..=40 {
            let trickle = Trickle {
                bytes: xml.as_bytes(),
                step,
            };
            let (_, split) =
                scan_sheet_rows(&mut io::BufReader::with_capacity(step, trickle)).unwrap();
            assert_eq!(split, whole, "reads of {step} bytes");
        }
        if whole.is_some() {
            assert_eq!(walk_hidden(xml.as_bytes()), whole);
        }
        whole
    }

    #[test]
    fn hidden_rows_are_found_in_the_same_pass() {
        let rows = r#"<row r="1"><c r="A1" t="inlineStr"><is><t>x hidden="1"</t></is></c></row><row r="2" spans="1:3" hidden="1" customHeight="1"><c r="A2"><v>1</v></c></row><row r="3" hidden="0"/><x:row r="4" hidden="true"></x:row><row r="15" ht="0" hidden="1"/>"#;
        assert_eq!(hidden(&sheet(rows, "")), Some(vec![2, 4, 15]));
        assert_eq!(hidden(&sheet(ROWS, "")), Some(vec![]));
        // A hidden row without its number: only walking the XML can tell.
        let unnumbered = sheet(r#"<row r="1"/><row hidden="1"/>"#, "");
        assert_eq!(hidden(&unnumbered), None);
        assert_eq!(walk_hidden(unnumbered.as_bytes()), Some(vec![2]));
    }

    #[test]
    fn self_closing_and_paired_merge_tags_are_both_read() {
        let xml = sheet(
            ROWS,
            r#"<mergeCells count="2"><mergeCell ref="A2:A4"/><mergeCell ref="B3:C5"></mergeCell></mergeCells>"#,
        );
        assert_eq!(scan(&xml), Some(vec![dims(1, 0, 3, 0), dims(2, 1, 4, 2)]));
    }

    #[test]
    fn a_sheet_without_merges_has_none() {
        assert_eq!(scan(&sheet(ROWS, "")), Some(vec![]));
        assert_eq!(scan(&sheet("", "")), Some(vec![]));
    }

    #[test]
    fn an_empty_sheet_data_element_ends_the_data() {
        let xml = r#"<worksheet><sheetData/><mergeCells><mergeCell ref="A1:B1"/></mergeCells></worksheet>"#;
        assert_eq!(scan(xml), Some(vec![dims(0, 0, 0, 1)]));
        let spaced = r#"<worksheet><sheetData  /><mergeCells><mergeCell ref="A1:B1"/></mergeCells></worksheet>"#;
        assert_eq!(scan(spaced), Some(vec![dims(0, 0, 0, 1)]));
    }

    #[test]
    fn prefixed_tags_are_read_as_calamine_reads_them() {
        let xml = r#"<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="1"/></x:sheetData ><x:mergeCells count="1"><x:mergeCell ref="C3:D9"/></x:mergeCells></x:worksheet>"#;
        assert_eq!(scan(xml), Some(vec![dims(2, 2, 8, 3)]));
    }

    #[test]
    fn many_merges_are_all_kept_in_order() {
        let list: String = (1..=5000)
            .map(|r| format!(r#"<mergeCell ref="A{r}:B{r}"/>"#))
            .collect();
        let xml = sheet(ROWS, &format!("<mergeCells>{list}</mergeCells>"));
        let got = scan_sheet(&mut io::BufReader::new(xml.as_bytes()))
            .ok()
            .flatten()
            .unwrap_or_default();
        assert_eq!(got.len(), 5000);
        assert_eq!(got[4999], dims(4999, 0, 4999, 1));
        let trickled = scan_sheet(&mut io::BufReader::with_capacity(
            7,
            Trickle {
                bytes: xml.as_bytes(),
                step: 7,
            },
        ))
        .ok()
        .flatten();
        assert_eq!(trickled, Some(got));
    }

    #[test]
    fn a_long_sheet_crossing_many_chunks_is_skipped_to_its_merges() {
        let rows: String = (1..=20_000)
            .map(|r| format!(r#"<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>"#))
            .collect();
        let xml = sheet(
            &rows,
            r#"<mergeCells><mergeCell ref="A5:A6"/></mergeCells>"#,
        );
        assert!(xml.len() > 4 * CHUNK);
        assert_eq!(
            scan_sheet(&mut io::BufReader::new(xml.as_bytes()))
                .ok()
                .flatten(),
            Some(vec![dims(4, 0, 5, 0)])
        );
    }

    #[test]
    fn unusual_parts_are_left_to_calamine() {
        // No sheetData at all, a range that does not read, and broken XML after the data.
        assert_eq!(scan("<worksheet></worksheet>"), None);
        let bad = sheet(
            ROWS,
            r#"<mergeCells><mergeCell ref="A1:B2:C3"/></mergeCells>"#,
        );
        assert_eq!(scan(&bad), None);
        let huge = sheet(
            ROWS,
            r#"<mergeCells><mergeCell ref="A99999999999:B2"/></mergeCells>"#,
        );
        assert_eq!(scan(&huge), None);
        let broken = sheet(ROWS, r#"<mergeCells><mergeCell ref="A1:B2/></mergeCells>"#);
        assert_eq!(scan(&broken), None);
    }

    #[test]
    fn ranges_read_like_calamines() {
        assert_eq!(dimension("A1"), Some(dims(0, 0, 0, 0)));
        assert_eq!(dimension("aa10:ab12"), Some(dims(9, 26, 11, 27)));
        assert_eq!(
            dimension("XFD1048576"),
            Some(dims(1_048_575, 16_383, 1_048_575, 16_383))
        );
        assert_eq!(dimension("A0"), None);
        assert_eq!(dimension("1:3"), None);
        assert_eq!(dimension("$A$1"), None);
    }

    #[test]
    fn sheet_parts_follow_the_workbook_relationships() {
        use std::io::Write;
        let mut w = zip::ZipWriter::new(io::Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default();
        let parts: [(&str, &str); 5] = [
            (
                "_rels/.rels",
                r#"<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
            ),
            (
                "xl/workbook.xml",
                r#"<workbook xmlns:r="r"><sheets><sheet name="R&amp;D 考勤" sheetId="1" r:id="rId2"/><sheet name="授课" sheetId="2" r:id="rId1"/></sheets></workbook>"#,
            ),
            (
                "xl/_rels/workbook.xml.rels",
                r#"<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="w"/><Relationship Id="rId2" Target="/xl/worksheets/Sheet2.xml" Type="w"/></Relationships>"#,
            ),
            ("xl/worksheets/sheet1.xml", "<worksheet/>"),
            ("xl/worksheets/sheet2.xml", "<worksheet/>"),
        ];
        for (name, text) in parts {
            w.start_file(name, opts).ok();
            w.write_all(text.as_bytes()).ok();
        }
        let bytes = w.finish().map(|c| c.into_inner()).unwrap_or_default();
        let mut archive = zip::ZipArchive::new(io::Cursor::new(bytes)).ok();
        let found = archive.as_mut().and_then(sheet_parts).unwrap_or_default();
        assert_eq!(
            found.get("xl/worksheets/sheet1.xml").map(String::as_str),
            Some("授课")
        );
        assert_eq!(
            found.get("xl/worksheets/sheet2.xml").map(String::as_str),
            Some("R&D 考勤")
        );
    }
}
