//! Writing an output file so that it is either the complete new file or not
//! there at all: a reader (Excel, WPS, a CI step) never sees half a
//! workbook, and a failed run never leaves a truncated file that looks like
//! a result.
//!
//! An interrupted run (Ctrl-C, SIGTERM) must not leave the hidden temporary
//! file behind either, but the library installs no signal handler: it keeps
//! a registry of the temporary files being written, and the binary's
//! handler calls [`interrupt`], which removes them and stops any later
//! rename. The rename and the registry share one lock, so a temporary file
//! is either renamed into place whole or removed, never both half-way.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use super::ReportError;
use crate::i18n::Carried;

/// Temporary files being written, and whether the run was interrupted.
struct InFlight {
    temps: Vec<PathBuf>,
    interrupted: bool,
}

static IN_FLIGHT: Mutex<InFlight> = Mutex::new(InFlight {
    temps: Vec::new(),
    interrupted: false,
});

/// The registry; a panic elsewhere while it was held leaves it usable.
fn in_flight() -> MutexGuard<'static, InFlight> {
    IN_FLIGHT.lock().unwrap_or_else(PoisonError::into_inner)
}

/// For a signal handler: removes every temporary output being written and
/// makes any later [`write_atomically`] fail without touching its target,
/// so the process can exit leaving neither a half-file nor a hidden
/// temporary. Returns how many files were removed. Safe to call from any
/// thread, more than once.
pub fn interrupt() -> usize {
    let mut state = in_flight();
    state.interrupted = true;
    let temps = std::mem::take(&mut state.temps);
    // Best effort: a file that is already gone is what we want.
    temps.iter().filter(|t| fs::remove_file(t).is_ok()).count()
}

fn interrupted_error() -> io::Error {
    let said = Carried(crate::i18n::report::write_interrupted().text());
    io::Error::new(io::ErrorKind::Interrupted, said)
}

/// Names tried for the temporary file before giving up; collisions only
/// happen when an earlier run was killed mid-write.
const ATTEMPTS: u32 = 100;

/// Writes `bytes` to `path` atomically: a temporary file in the same
/// directory (so the rename cannot cross file systems), flushed to disk,
/// then renamed over `path`. On any error the temporary file is removed,
/// nothing new is left at `path`, and the error names `path`. While it
/// writes, the temporary file is registered for [`interrupt`].
///
/// # Errors
/// [`ReportError::Io`] naming `path` when the file cannot be written or
/// renamed, or when the run was interrupted.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), ReportError> {
    write_whole(path, bytes, Replace::Yes)
}

/// [`write_atomically`], but only if nothing is at `path`: the temporary
/// file is linked to `path`, which fails if `path` exists, so of two runs
/// racing to one new output exactly one succeeds (a check before a rename
/// lets both). Where the file system has no hard links (FAT), `path` is
/// claimed by creating it exclusively, then the temporary renamed over it.
///
/// # Errors
/// As [`write_atomically`]; a file already at `path` is
/// [`ReportError::Io`] of kind [`io::ErrorKind::AlreadyExists`], and it is
/// left as it was.
pub fn write_new(path: &Path, bytes: &[u8]) -> Result<(), ReportError> {
    write_whole(path, bytes, Replace::No)
}

/// Whether a file already at the target is replaced.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Replace {
    Yes,
    No,
}

fn write_whole(path: &Path, bytes: &[u8], replace: Replace) -> Result<(), ReportError> {
    let io_err = |source| ReportError::Io {
        path: path.to_path_buf(),
        source,
    };
    let (mut file, temp) = create_temp(path).map_err(io_err)?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    drop(file);
    // Renamed under the registry's lock: an interrupt either came first and
    // removed the temporary, or waits until it is the output.
    let mut state = in_flight();
    let renamed = match written {
        Ok(()) if state.interrupted => Err(interrupted_error()),
        Ok(()) if replace == Replace::Yes => fs::rename(&temp, path),
        Ok(()) => place_new(&temp, path),
        Err(e) => Err(e),
    };
    state.temps.retain(|t| t != &temp);
    drop(state);
    if let Err(e) = renamed {
        // Best effort: the write error is the one worth reporting.
        let _ = fs::remove_file(&temp);
        return Err(io_err(e));
    }
    sync_dir(path);
    Ok(())
}

/// Puts the complete `temp` at `path` only if nothing is there, in one
/// step another process cannot come between; `temp` is gone afterwards
/// unless this fails.
fn place_new(temp: &Path, path: &Path) -> io::Result<()> {
    match fs::hard_link(temp, path) {
        Ok(()) => {
            // Both names are the finished file: the output is in place.
            let _ = fs::remove_file(temp);
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        Err(_) => {
            // No hard links here: claim the name exclusively (an empty file
            // only until the rename), then replace the claim.
            drop(OpenOptions::new().write(true).create_new(true).open(path)?);
            fs::rename(temp, path).inspect_err(|_| {
                let _ = fs::remove_file(path);
            })
        }
    }
}

/// Creates a new, uniquely named file beside `path`.
fn create_temp(path: &Path) -> io::Result<(File, PathBuf)> {
    let name = path.file_name().ok_or_else(|| {
        let said = Carried(crate::i18n::report::write_no_file_name().text());
        io::Error::new(io::ErrorKind::InvalidInput, said)
    })?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let pid = std::process::id();
    let mut last = None;
    for n in 0..ATTEMPTS {
        let mut temp_name = std::ffi::OsString::from(".");
        temp_name.push(name);
        temp_name.push(format!(".{pid}.{n}.tmp"));
        let temp = dir.join(temp_name);
        // Created and registered under the lock, so an interrupt cannot
        // fall between the two and miss the file.
        let mut state = in_flight();
        if state.interrupted {
            return Err(interrupted_error());
        }
        match OpenOptions::new().write(true).create_new(true).open(&temp) {
            Ok(file) => {
                state.temps.push(temp.clone());
                return Ok((file, temp));
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    let no_name = || {
        io::Error::other(Carried(
            crate::i18n::report::write_no_temporary_name().text(),
        ))
    };
    Err(last.unwrap_or_else(no_name))
}

/// Makes the rename itself durable. Only Unix can open a directory for
/// this; a failure here leaves a complete file, so it is not an error.
fn sync_dir(path: &Path) {
    #[cfg(unix)]
    if let Some(dir) = path.parent() {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn writes_the_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("结果.xlsx");
        write_atomically(&path, b"first").unwrap();
        write_atomically(&path, b"second").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"second");
        assert_eq!(entries(dir.path()), vec!["结果.xlsx".to_string()]);
    }

    #[test]
    fn a_new_file_is_written_once_and_never_over_another() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("结果.xlsx");
        write_new(&path, b"first").unwrap();
        let again = write_new(&path, b"second").unwrap_err();
        let ReportError::Io { source, .. } = &again else {
            panic!("{again}");
        };
        assert_eq!(source.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&path).unwrap(), b"first");
        assert_eq!(entries(dir.path()), vec!["结果.xlsx".to_string()]);
    }

    #[test]
    fn a_missing_directory_fails_naming_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no-such-dir").join("out.xlsx");
        let err = write_atomically(&path, b"x").unwrap_err();
        assert!(err.to_string().contains("out.xlsx"), "{err}");
        assert!(!path.exists());
        assert!(entries(dir.path()).is_empty());
    }

    /// Regression: these refusals are kaohe's own sentences, and a Chinese
    /// run said them as 系统报错（the run was interrupted）.
    #[test]
    fn a_refusal_of_kaohe_s_own_is_said_in_either_language() {
        let reason = crate::input::io_reason(&interrupted_error());
        assert_eq!(reason, crate::i18n::report::write_interrupted().text());
        let err = write_atomically(Path::new("/"), b"x").unwrap_err();
        let ReportError::Io { source, .. } = &err else {
            panic!("{err}");
        };
        let reason = crate::input::io_reason(source);
        assert_eq!(reason.zh, "路径中没有文件名");
        assert_eq!(reason.en, "the path has no file name");
        assert_eq!(source.to_string(), reason.en, "the English is unchanged");
    }

    #[test]
    fn a_failed_rename_removes_the_temporary() {
        let dir = tempfile::tempdir().unwrap();
        // A non-empty directory where the file should go: the temporary is
        // written, then the rename fails.
        let path = dir.path().join("out.xlsx");
        fs::create_dir(&path).unwrap();
        fs::write(path.join("keep"), b"").unwrap();
        assert!(write_atomically(&path, b"x").is_err());
        assert_eq!(entries(dir.path()), vec!["out.xlsx".to_string()]);
        assert!(path.is_dir());
    }
}
