//! Every workbook kaohe writes is saved here, so that the same inputs give
//! the same bytes on Windows and Linux.
//!
//! The zip library under rust_xlsxwriter records in each central directory
//! entry the system the file was made on ("version made by": 3 for Unix,
//! 0 for MS-DOS on Windows) and offers no way to choose it through
//! rust_xlsxwriter. That one byte per part is the only difference between a
//! workbook written on Windows and one written on Linux; it is set to Unix
//! on every platform (the attributes beside it already are Unix permissions,
//! 0600, everywhere). On Linux this changes nothing.

use rust_xlsxwriter::{Workbook, XlsxError};

/// The workbook's bytes, the same on every platform.
///
/// # Errors
/// What rust_xlsxwriter's `save_to_buffer` refuses.
pub fn save_workbook(workbook: &mut Workbook) -> Result<Vec<u8>, XlsxError> {
    let mut bytes = workbook.save_to_buffer()?;
    made_on_unix(&mut bytes);
    Ok(bytes)
}

const END_OF_DIRECTORY: u32 = 0x0605_4b50;
const ZIP64_LOCATOR: u32 = 0x0706_4b50;
const ZIP64_END_OF_DIRECTORY: u32 = 0x0606_4b50;
const DIRECTORY_ENTRY: u32 = 0x0201_4b50;
const UNIX: u8 = 3;

/// Marks every central directory entry of the zip in `bytes` as made on
/// Unix. Bytes that are not a zip this can walk are left as they are.
fn made_on_unix(bytes: &mut [u8]) {
    let Some(mut at) = directory_start(bytes) else {
        return;
    };
    while u32_at(bytes, at) == Some(DIRECTORY_ENTRY) {
        let (Some(name), Some(extra), Some(comment)) = (
            u16_at(bytes, at + 28),
            u16_at(bytes, at + 30),
            u16_at(bytes, at + 32),
        ) else {
            return;
        };
        // "Version made by": the spec version, then the system.
        if let Some(system) = bytes.get_mut(at + 5) {
            *system = UNIX;
        }
        at += 46 + usize::from(name) + usize::from(extra) + usize::from(comment);
    }
}

/// Where the central directory starts, from the end-of-directory record
/// (and its zip64 form when the offset does not fit in 32 bits).
fn directory_start(bytes: &[u8]) -> Option<usize> {
    // The record is 22 bytes plus a comment of at most 65535.
    let earliest = bytes.len().saturating_sub(22 + 0xffff);
    let end = (earliest..=bytes.len().checked_sub(22)?)
        .rev()
        .find(|&i| u32_at(bytes, i) == Some(END_OF_DIRECTORY))?;
    let offset = u32_at(bytes, end + 16)?;
    if offset != u32::MAX {
        return usize::try_from(offset).ok();
    }
    let locator = end.checked_sub(20)?;
    if u32_at(bytes, locator)? != ZIP64_LOCATOR {
        return None;
    }
    let record = usize::try_from(u64_at(bytes, locator + 8)?).ok()?;
    if u32_at(bytes, record)? != ZIP64_END_OF_DIRECTORY {
        return None;
    }
    usize::try_from(u64_at(bytes, record + 48)?).ok()
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

fn u64_at(bytes: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(bytes.get(at..at + 8)?.try_into().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn book() -> Vec<u8> {
        let mut workbook = Workbook::new();
        let sheet = workbook.add_worksheet();
        sheet.write_string(0, 0, "工号").unwrap();
        workbook.save_to_buffer().unwrap()
    }

    /// The offsets of the central directory entries' "made by" system byte.
    fn systems(bytes: &[u8]) -> Vec<usize> {
        let mut at = directory_start(bytes).unwrap();
        let mut found = Vec::new();
        while u32_at(bytes, at) == Some(DIRECTORY_ENTRY) {
            found.push(at + 5);
            let len = |o| usize::from(u16_at(bytes, at + o).unwrap());
            at += 46 + len(28) + len(30) + len(32);
        }
        found
    }

    #[test]
    fn a_workbook_made_on_windows_gets_the_bytes_made_on_unix() {
        let unix = {
            let mut b = book();
            made_on_unix(&mut b);
            b
        };
        let at = systems(&unix);
        assert!(at.len() > 5, "{at:?}");
        assert!(at.iter().all(|&i| unix[i] == UNIX));
        // What the zip library writes on Windows: MS-DOS.
        let mut windows = unix.clone();
        for &i in &at {
            windows[i] = 0;
        }
        made_on_unix(&mut windows);
        assert_eq!(windows, unix);
    }

    #[test]
    fn on_unix_the_bytes_are_already_these() {
        let written = book();
        let mut saved = written.clone();
        made_on_unix(&mut saved);
        if cfg!(unix) {
            assert_eq!(saved, written);
        }
    }

    #[test]
    fn what_is_not_a_zip_is_left_alone() {
        for mut bytes in [Vec::new(), b"PK\x05\x06".to_vec(), vec![0x50; 100]] {
            let before = bytes.clone();
            made_on_unix(&mut bytes);
            assert_eq!(bytes, before);
        }
        // A directory offset past the end.
        let mut bytes = book();
        let end = bytes.len() - 22;
        bytes[end + 16..end + 20].copy_from_slice(&u32::MAX.to_le_bytes());
        let before = bytes.clone();
        made_on_unix(&mut bytes);
        assert_eq!(bytes, before);
    }
}
