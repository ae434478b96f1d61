//! The integrity check of an input file, done in the one pass that computes
//! its SHA-256: for a zip-based workbook (xlsx, xlsm, ods) every entry is
//! inflated to its end so the `zip` crate verifies its CRC-32 and its
//! declared size, after the central directory's sizes were checked against
//! the memory limit.
//!
//! Why here and not left to calamine: calamine stops reading a part at its
//! closing tag (`</sheetData>`, `</sst>`), so the `zip` crate's CRC check,
//! which fires only when a reader is drained to the end, never runs: a
//! flipped digit in a sheet reads back as a different number without an
//! error. And calamine loads the shared-strings table (and a whole ods
//! `content.xml`) into memory, so a tiny file whose parts unpack to
//! gigabytes must be refused from the directory's sizes, before any of it
//! is inflated. Entries that unpack beyond their declared size fail as soon
//! as they pass it, so a directory that lies cannot get past either check.
//!
//! The same pass finds each xlsx sheet's merged ranges (see
//! [`super::mergescan`]), which sit after the sheet's cells where calamine's
//! cell reader never looks, so the reader need not inflate the sheet again.
//!
//! Each byte of the file is hashed once, in order: the reader below hashes
//! what the zip reader reads when it is the next run of bytes, fills small
//! gaps (data descriptors) itself, and reads whatever was skipped at the end.

use std::fs::File;
use std::io::{self, BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use sha2::{Digest, Sha256};

use super::error::InputError;
use super::limits::Limits;
use super::mergescan::{self, Merges};
use crate::i18n::input as msg;
use crate::i18n::{Text, Word};

/// A file's digest and, if it is damaged or beyond the limits, why.
#[derive(Debug, Clone)]
pub struct Checked {
    /// Lower-case hex SHA-256 of the file's bytes.
    pub sha256: String,
    /// Why the file must not be read, located and in words; `None` if it may be.
    pub fault: Option<InputError>,
    /// An xlsx file's merged ranges by sheet, for [`super::read`] (`Origin::File`);
    /// `None` for other kinds and for a damaged file.
    pub merges: Option<super::Merges>,
}

/// Hashes the file at `path` and, for a zip-based workbook, checks every
/// entry's CRC-32 and size in the same pass. `display` names the file in
/// the fault.
///
/// # Errors
/// The I/O error if the file cannot be read at all; damage and excess are
/// not errors here but the returned [`Checked::fault`].
pub fn check_file(path: &Path, display: &str, limits: &Limits) -> io::Result<Checked> {
    let kind = super::kind_of(path);
    let mut file = HashingReader::new(BufReader::new(File::open(path)?));
    let mut merges = None;
    let fault = match kind {
        Some(super::Kind::Xlsx | super::Kind::Ods) => {
            let xlsx = kind == Some(super::Kind::Xlsx);
            check_zip(&mut file, display, limits, xlsx.then_some(&mut merges))?
        }
        _ => None,
    };
    // Password protection and sheets too large to read whole (ods, xls).
    let fault = super::guard::screen(path, display, limits, fault)?;
    if fault.is_some() {
        merges = None;
    }
    let sha256 = file.finish()?;
    Ok(Checked {
        sha256,
        fault,
        merges,
    })
}

/// The zip checks; `Ok(Some(..))` is a damaged or excessive file. With
/// `merges`, the worksheet parts' merged ranges are gathered into it.
fn check_zip(
    file: &mut HashingReader<BufReader<File>>,
    display: &str,
    limits: &Limits,
    merges: Option<&mut Option<Merges>>,
) -> io::Result<Option<InputError>> {
    let fault = |reason: Text| {
        Ok(Some(InputError::Open {
            file: display.to_string(),
            reason,
        }))
    };
    let mut archive = match zip::ZipArchive::new(&mut *file) {
        Ok(a) => a,
        Err(zip::result::ZipError::Io(e)) if e.kind() != io::ErrorKind::UnexpectedEof => {
            return Err(e)
        }
        Err(e) => {
            let head = file.head()?;
            return fault(not_a_zip(&head, &e));
        }
    };
    // Sizes first, from the directory alone: nothing is inflated yet.
    for i in 0..archive.len() {
        let entry = match archive.by_index_raw(i) {
            Ok(entry) => entry,
            Err(e) => return fault(msg::zip_damaged(&zip_detail(&e.to_string()))),
        };
        let name = entry.name().map(|n| n.into_owned()).unwrap_or_default();
        if entry.encrypted() {
            return fault(msg::zip_part_encrypted(&name));
        }
        if entry.size() > limits.memory {
            return fault(msg::zip_part_too_large(&name, entry.size(), limits.memory));
        }
    }
    // Only after the sizes: the workbook's own parts are inflated here.
    let sheets = match merges {
        Some(_) => mergescan::sheet_parts(&mut archive),
        None => None,
    };
    let mut found = Merges::default();
    for i in 0..archive.len() {
        let mut entry = match archive.by_index(i) {
            Ok(entry) => entry,
            Err(e) => return fault(msg::zip_damaged(&zip_detail(&e.to_string()))),
        };
        let name = entry.name().map(|n| n.into_owned()).unwrap_or_default();
        let sheet = sheets
            .as_ref()
            .and_then(|s| s.get(&mergescan::normalize_part(&name)));
        let read = match sheet {
            Some(sheet) => mergescan::scan_sheet_rows(&mut BufReader::new(&mut entry)).map(
                |(ranges, hidden)| {
                    if let Some(ranges) = ranges {
                        found.insert(sheet.clone(), ranges);
                    }
                    if let Some(rows) = hidden {
                        found.insert_hidden(sheet.clone(), rows);
                    }
                },
            ),
            None => io::copy(&mut entry, &mut io::sink()).map(drop),
        };
        if let Err(e) = read {
            let why = if e.to_string().contains("checksum") {
                msg::zip_checksum_mismatch().text()
            } else {
                zip_detail(&e.to_string())
            };
            return fault(msg::zip_part_damaged(&name, &why));
        }
    }
    if let Some(merges) = merges {
        *merges = Some(found);
    }
    Ok(None)
}

/// Why a file named like a workbook did not open as a zip archive, judged
/// from its first bytes.
fn not_a_zip(head: &[u8], e: &zip::result::ZipError) -> Text {
    const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    if head.starts_with(OLE) {
        // Office stores a password-protected xlsx in an OLE container (EncryptedPackage).
        return msg::zip_is_ole().text();
    }
    if head.starts_with(b"PK") {
        return msg::zip_cut_short(&zip_detail(&e.to_string()));
    }
    if head.is_empty() {
        return msg::file_is_empty().text();
    }
    let looks_like = if head.starts_with(b"%PDF") {
        msg::looks_like_pdf()
    } else if head.iter().take(64).any(|b| b.eq_ignore_ascii_case(&b'<'))
        && String::from_utf8_lossy(head)
            .to_ascii_lowercase()
            .contains("<html")
    {
        msg::looks_like_html()
    } else if std::str::from_utf8(head).is_ok() {
        msg::looks_like_text()
    } else {
        msg::looks_like_other()
    };
    msg::not_a_workbook(&looks_like.text())
}

/// The zip reader's words for the damage it met: its own text in English,
/// and in Chinese where they are known; anything else keeps the reader's
/// own text so nothing is hidden.
fn zip_detail(detail: &str) -> Text {
    const KNOWN: [Word; 4] = [
        msg::zip_detail_deflate(),
        msg::zip_detail_larger(),
        msg::zip_detail_no_eocd(),
        msg::zip_detail_checksum(),
    ];
    let known = KNOWN.iter().find(|w| detail.contains(w.en));
    let shown = msg::zip_detail_other(detail);
    Text {
        en: shown.en,
        zh: known.map_or(shown.zh, |w| w.zh.to_string()),
    }
}

/// Reads a file for the zip reader and hashes every byte exactly once, in order.
struct HashingReader<R> {
    inner: R,
    hasher: Sha256,
    /// Bytes `[0, hashed)` are in the hasher.
    hashed: u64,
    /// The inner reader's position.
    pos: u64,
}

/// A gap up to this size is read to keep hashing in step (data descriptors
/// between entries); a larger one (the directory read first) waits for the end.
const FILL_GAP: u64 = 64 * 1024;

impl<R: Read + Seek> HashingReader<R> {
    fn new(inner: R) -> Self {
        HashingReader {
            inner,
            hasher: Sha256::new(),
            hashed: 0,
            pos: 0,
        }
    }

    /// Hashes `[hashed, to)` by reading it, then returns to `pos`.
    fn fill(&mut self, to: u64) -> io::Result<()> {
        if to <= self.hashed {
            return Ok(());
        }
        self.inner.seek(SeekFrom::Start(self.hashed))?;
        let mut gap = BufReader::new((&mut self.inner).take(to - self.hashed));
        let n = io::copy(&mut gap, &mut self.hasher)?;
        self.hashed += n;
        self.inner.seek(SeekFrom::Start(self.pos))?;
        Ok(())
    }

    /// Up to the first 512 bytes, for telling what a file is.
    fn head(&mut self) -> io::Result<Vec<u8>> {
        self.seek(SeekFrom::Start(0))?;
        let mut head = Vec::new();
        (&mut *self).take(512).read_to_end(&mut head)?;
        Ok(head)
    }

    /// Hashes whatever was not read and returns the hex digest.
    fn finish(mut self) -> io::Result<String> {
        let end = self.inner.seek(SeekFrom::End(0))?;
        self.pos = end;
        self.fill(end)?;
        Ok(self
            .hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect())
    }
}

impl<R: Read + Seek> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.pos > self.hashed && self.pos - self.hashed <= FILL_GAP {
            self.fill(self.pos)?;
        }
        let n = self.inner.read(buf)?;
        let start = self.pos;
        let end = start + n as u64;
        if start <= self.hashed && end > self.hashed {
            let from = usize::try_from(self.hashed - start).unwrap_or(n);
            self.hasher.update(buf.get(from..n).unwrap_or_default());
            self.hashed = end;
        }
        self.pos = end;
        Ok(n)
    }
}

impl<R: Read + Seek> Seek for HashingReader<R> {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        self.pos = self.inner.seek(to)?;
        Ok(self.pos)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Cursor, Write};

    fn zip_of(parts: &[(&str, &[u8])], stored: bool) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let method = if stored {
            zip::CompressionMethod::Stored
        } else {
            zip::CompressionMethod::Deflated
        };
        let opts = zip::write::SimpleFileOptions::default().compression_method(method);
        for (name, bytes) in parts {
            w.start_file(*name, opts).ok();
            w.write_all(bytes).ok();
        }
        w.finish().map(|c| c.into_inner()).unwrap_or_default()
    }

    fn check_bytes(bytes: &[u8], limits: &Limits) -> Checked {
        let dir = tempfile::tempdir().ok();
        let path = dir
            .as_ref()
            .map(|d| d.path().join("book.xlsx"))
            .unwrap_or_default();
        std::fs::write(&path, bytes).ok();
        check_file(&path, "book.xlsx", limits).unwrap_or(Checked {
            sha256: String::new(),
            fault: None,
            merges: None,
        })
    }

    #[test]
    fn the_digest_is_the_files_sha256() {
        let bytes = zip_of(
            &[("a.xml", b"<a>1</a>"), ("b.xml", &[b'x'; 100_000])],
            false,
        );
        let checked = check_bytes(&bytes, &Limits::default());
        assert_eq!(checked.sha256, crate::engine::inputs::sha256_hex(&bytes));
        assert!(checked.fault.is_none(), "{:?}", checked.fault);
    }

    #[test]
    fn a_flipped_byte_inside_an_entry_is_a_checksum_fault() {
        let mut bytes = zip_of(&[("xl/worksheets/sheet1.xml", b"<v>12345</v>")], true);
        let at = bytes
            .windows(5)
            .position(|w| w == b"12345")
            .unwrap_or_default();
        bytes[at + 2] = b'9';
        let checked = check_bytes(&bytes, &Limits::default());
        let msg = checked.fault.map(|f| f.to_string()).unwrap_or_default();
        assert!(msg.contains("CRC-32"), "{msg}");
        assert!(msg.contains("sheet1.xml"), "{msg}");
        assert_eq!(checked.sha256, crate::engine::inputs::sha256_hex(&bytes));
    }

    #[test]
    fn an_entry_beyond_the_limit_is_refused_from_the_directory() {
        let bytes = zip_of(&[("xl/sharedStrings.xml", &[b'a'; 10_000])], false);
        let checked = check_bytes(&bytes, &Limits { memory: 1000 });
        let msg = checked.fault.map(|f| f.to_string()).unwrap_or_default();
        assert!(
            msg.contains("sharedStrings.xml unpacks to 10000 bytes"),
            "{msg}"
        );
    }

    #[test]
    fn a_workbooks_merges_are_found_in_the_same_pass_and_the_digest_holds() {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        sheet.set_name("授课").ok();
        sheet.write_string(0, 0, "工号").ok();
        let format = rust_xlsxwriter::Format::new();
        sheet.merge_range(1, 0, 3, 0, "1001", &format).ok();
        book.add_worksheet();
        let bytes = book.save_to_buffer().unwrap_or_default();
        let checked = check_bytes(&bytes, &Limits::default());
        assert!(checked.fault.is_none(), "{:?}", checked.fault);
        assert_eq!(checked.sha256, crate::engine::inputs::sha256_hex(&bytes));
        let merges = checked.merges.unwrap_or_default();
        let want = [calamine::Dimensions {
            start: (1, 0),
            end: (3, 0),
        }];
        assert_eq!(merges.sheet("授课"), Some(&want[..]));
        assert_eq!(merges.sheet("Sheet2"), Some(&[][..]));
    }

    #[test]
    fn text_renamed_xlsx_is_named_as_such() {
        let checked = check_bytes("工号,姓名\n1,张三\n".as_bytes(), &Limits::default());
        let msg = checked.fault.map(|f| f.to_string()).unwrap_or_default();
        assert!(msg.contains("not a workbook but text"), "{msg}");
    }
}
