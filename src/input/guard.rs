//! What is refused before calamine opens a workbook, judged from the
//! file's content rather than its name: a password-protected workbook
//! (Office stores an encrypted xlsx as an OLE container holding
//! `EncryptionInfo` and `EncryptedPackage`, not as a zip; an encrypted xls
//! has a FILEPASS record; an encrypted ods says so in its manifest), and an
//! ods or xls whose sheets calamine would build into grids too large for
//! the memory limit (see `extent.rs`).
//!
//! It runs in the integrity check of every input, after the zip check, so
//! it sees the user's `--memory-limit`, and a damaged zip is named by that
//! check before this one reads anything.

use crate::i18n::input as msg;
use crate::i18n::Text;
use std::fs::File;
use std::io::{self, BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use super::error::password_protected;
use super::error::InputError;
use super::limits::Limits;
use super::{biff, extent, kind_of, Kind};

/// The first bytes of an OLE compound file (xls, and encrypted xlsx).
const OLE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// The file's fault after the zip check found `zip_fault`: password
/// protection whatever the file is named, then the sheets' extent for ods
/// and xls. `display` names the file.
///
/// # Errors
/// The I/O error of a file that cannot be read at all.
pub(crate) fn screen(
    path: &Path,
    display: &str,
    limits: &Limits,
    zip_fault: Option<InputError>,
) -> io::Result<Option<InputError>> {
    let mut file = BufReader::new(File::open(path)?);
    let mut head = [0u8; 8];
    let ole = read_head(&mut file, &mut head)? && head == OLE;
    file.seek(SeekFrom::Start(0))?;
    if ole {
        return Ok(match check_ole(file, display, path, limits)? {
            Some(fault) => Some(fault),
            None => zip_fault,
        });
    }
    if zip_fault.is_some() {
        return Ok(zip_fault);
    }
    match kind_of(path) {
        Some(Kind::Ods) => extent::check_ods(file, display, limits.memory),
        _ => Ok(None),
    }
}

fn read_head(file: &mut impl Read, head: &mut [u8; 8]) -> io::Result<bool> {
    let mut got = 0;
    while got < head.len() {
        match file.read(&mut head[got..])? {
            0 => return Ok(false),
            n => got += n,
        }
    }
    Ok(true)
}

/// An OLE container: encrypted whatever its name, or an xls measured.
/// An xls whose container or workbook stream cannot be read here is refused
/// as damaged: calamine reads containers more leniently and would go on to
/// trust whatever records it finds (a mutated sector table let it reserve
/// petabytes). Any other name is left to the zip check's message.
fn check_ole<R: Read + Seek>(
    file: R,
    display: &str,
    path: &Path,
    limits: &Limits,
) -> io::Result<Option<InputError>> {
    let xls = kind_of(path) == Some(Kind::Xls);
    let unreadable = |why: Text| Ok(xls.then(|| damaged(display, &why)));
    let mut ole = match cfb::CompoundFile::open(file) {
        Ok(ole) => ole,
        Err(e) => {
            let e = e.to_string();
            return unreadable(msg::container_unreadable(e));
        }
    };
    if ole.is_stream("/EncryptedPackage") || ole.is_stream("/EncryptionInfo") {
        return Ok(Some(password_protected(display)));
    }
    if !xls {
        return Ok(None);
    }
    let name = ["/Workbook", "/Book"]
        .into_iter()
        .find(|n| ole.is_stream(n));
    let Some(name) = name else {
        return unreadable(msg::no_workbook_stream().text());
    };
    let Ok(stream) = ole.open_stream(name) else {
        return unreadable(msg::workbook_stream_unopened().text());
    };
    // calamine reads the whole stream into memory first.
    if stream.len() > limits.memory {
        let (file, size, limit) = (display, stream.len(), limits.memory);
        return Ok(Some(InputError::Refused {
            file: display.to_string(),
            sheet: String::new(),
            message: msg::workbook_stream_too_large(file, size, limit),
        }));
    }
    let mut bytes = Vec::new();
    if stream.take(limits.memory).read_to_end(&mut bytes).is_err() {
        return unreadable(msg::workbook_stream_cut_short().text());
    }
    Ok(match biff::scan(&bytes) {
        Ok(book) if book.encrypted => Some(password_protected(display)),
        Ok(book) => extent::refuse_beyond(display, &book.sheets, limits.memory),
        Err(why) => Some(damaged(display, &why)),
    })
}

/// The rows each sheet of an xls workbook hides (1-based inclusive ranges,
/// by sheet name), found by the same scan that measures the sheets; empty
/// when the file cannot be scanned (the reader then says why).
pub(crate) fn xls_hidden_rows(path: &Path) -> std::collections::HashMap<String, Vec<(u32, u32)>> {
    xls_sheets(path)
        .unwrap_or_default()
        .into_iter()
        .filter(|s| !s.hidden.is_empty())
        .map(|s| (s.name, s.hidden))
        .collect()
}

/// The sheets of the ods at `path` as its `content.xml` lays them out, by
/// the walk that measures them (`extent.rs`): the rows each hides and its
/// merged ranges, which calamine's ods reader does not say. `content.xml`
/// is streamed, and refused beyond `limit` bytes as the integrity check
/// refuses it, so what is kept stays within the memory limit (a merge
/// kept is smaller than the XML that declares it).
///
/// # Errors
/// The file's refusal when its `content.xml` cannot be walked: without
/// its merged ranges, a value merged down over records would be read in
/// the first of them only.
pub(crate) fn ods_layout(
    path: &Path,
    display: &str,
    limit: u64,
) -> Result<Vec<extent::SheetExtent>, InputError> {
    let refused = |reason: Text| InputError::Open {
        file: display.to_string(),
        reason,
    };
    let unreadable = |e: String| refused(msg::workbook_unreadable(e));
    let file = File::open(path).map_err(|e| unreadable(e.to_string()))?;
    let mut zip =
        zip::ZipArchive::new(BufReader::new(file)).map_err(|e| unreadable(e.to_string()))?;
    let content = zip
        .by_name("content.xml")
        .map_err(|e| unreadable(e.to_string()))?;
    if content.size() > limit {
        let size = content.size();
        return Err(refused(msg::zip_part_too_large("content.xml", size, limit)));
    }
    extent::ods_sheets(content).map_err(unreadable)
}

/// The measured sheets of an xls workbook, if its stream reads.
fn xls_sheets(path: &Path) -> Option<Vec<extent::SheetExtent>> {
    let mut ole = cfb::CompoundFile::open(BufReader::new(File::open(path).ok()?)).ok()?;
    let name = ["/Workbook", "/Book"]
        .into_iter()
        .find(|n| ole.is_stream(n))?;
    let mut bytes = Vec::new();
    // The integrity check has bounded the stream by --memory-limit when it
    // ran; this bound is for a file read without it.
    ole.open_stream(name)
        .ok()?
        .take(Limits::default().memory)
        .read_to_end(&mut bytes)
        .ok()?;
    biff::scan(&bytes).ok().map(|book| book.sheets)
}

/// The located refusal of a damaged workbook, with why in words.
fn damaged(display: &str, why: &Text) -> InputError {
    InputError::Refused {
        file: display.to_string(),
        sheet: String::new(),
        message: msg::workbook_damaged(display, why),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    fn corpus(path: &str) -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/corpus")
            .join(path)
    }

    fn message(path: &str) -> Option<crate::i18n::Text> {
        match screen(&corpus(path), "x", &Limits::default(), None) {
            Ok(Some(InputError::Refused { message, .. })) => Some(message),
            _ => None,
        }
    }

    #[test]
    fn an_encrypted_workbook_is_named_in_both_languages_whatever_its_name() {
        for path in [
            "password-xlsx/lessons.xlsx",
            "password-xlsx-named-xls/lessons.xls",
            "password-xls/lessons.xls",
            "password-protected/lessons.ods",
        ] {
            let text = message(path).unwrap_or_default();
            assert!(
                text.get(Locale::En)
                    .starts_with("x: is password-protected;"),
                "{path}: {text}"
            );
            assert!(
                text.get(Locale::Zh).starts_with("x：文件设有打开密码；"),
                "{path}: {text:?}"
            );
        }
    }

    #[test]
    fn a_plain_file_passes() {
        let dir = tempfile::tempdir().ok();
        let path = dir
            .as_ref()
            .map(|d| d.path().join("a.xls"))
            .unwrap_or_default();
        std::fs::write(&path, b"not an ole file").ok();
        assert!(matches!(
            screen(&path, "a.xls", &Limits::default(), None),
            Ok(None)
        ));
    }
}
