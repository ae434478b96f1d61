//! Resolves the command line's `--input` paths into the files of a run, in a
//! fixed order, with their digests, and assigns each to the sources whose
//! file patterns match it.

use super::warning::Warning;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::input::{check_file, is_spreadsheet, is_wps_sheet, InputError, Limits, Merges};
use crate::provenance::display_path;

/// One input file of a run.
#[derive(Debug, Clone)]
pub struct InputFile {
    /// Where it is.
    pub path: PathBuf,
    /// How messages and outputs name it: the path as given or found, with
    /// `/` between its parts on every platform ([`display_path`]).
    pub display: String,
    /// Lower-case hex SHA-256 of its bytes.
    pub sha256: String,
    /// Why the file must not be read (a damaged workbook, a part beyond the
    /// memory limit), found while hashing it; reported when a source reads it.
    pub fault: Option<InputError>,
    /// An xlsx file's merged ranges, found in the same pass (so the reader
    /// need not look for them again); `None` for other files.
    pub merges: Option<Merges>,
}

/// Why the inputs could not be gathered.
#[derive(Debug)]
pub enum InputsError {
    /// A path that does not exist or cannot be read.
    Io {
        /// The path.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A fault in kaohe while checking the files (a thread stopped): what
    /// went wrong, in both languages.
    Internal(crate::i18n::Text),
    /// A file given by name that is not a spreadsheet kaohe reads.
    NotSpreadsheet {
        /// The path.
        path: String,
    },
    /// A WPS spreadsheet in WPS's own format (`.et`), given or found: its
    /// records would otherwise be missing from the run without a word.
    WpsFormat {
        /// The path.
        path: String,
    },
}

impl InputsError {
    /// The whole error in both languages.
    pub fn text(&self) -> crate::i18n::Text {
        use crate::i18n::engine as msg;
        match self {
            // The system's own words in English, explained in Chinese.
            InputsError::Io { path, source } => {
                msg::input_unreadable(path, &crate::input::io_reason(source))
            }
            InputsError::Internal(why) => msg::inputs_internal_error(why),
            InputsError::NotSpreadsheet { path } => msg::input_not_spreadsheet(path),
            InputsError::WpsFormat { path } => msg::input_wps_format(path),
        }
    }
}

crate::i18n::said_by_text!(InputsError);

impl std::error::Error for InputsError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            InputsError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Expands `paths` into files: a file stands for itself, a folder for every
/// spreadsheet directly in it (office lock files `~$…` and `.~lock…` left
/// out). The result is sorted by path and free of duplicates, so a run does
/// not depend on the order of arguments or of the file system.
///
/// # Errors
/// [`InputsError`] for a path that cannot be read or a named non-spreadsheet.
pub fn gather(paths: &[PathBuf]) -> Result<Vec<InputFile>, InputsError> {
    gather_checked(paths, &Limits::default())
}

/// [`gather`], checking each workbook against `limits` in the pass that
/// hashes it: every zip part's CRC-32 and size (see [`check_file`]).
///
/// # Errors
/// [`InputsError`] for a path that cannot be read or a named non-spreadsheet.
pub fn gather_checked(paths: &[PathBuf], limits: &Limits) -> Result<Vec<InputFile>, InputsError> {
    gather_as(paths, limits, &display_path)
}

/// [`gather_checked`] for files kept where their user does not see them
/// (`kaohe serve` saves each one received in a temporary folder): each
/// `(path, name)` is named `name` wherever the run names it — its
/// [`InputFile::display`], the fault found while checking it, and the
/// error that stops the gathering. A path not listed is named by itself.
///
/// # Errors
/// [`InputsError`] for a path that cannot be read or a non-spreadsheet.
pub fn gather_named(
    files: &[(PathBuf, String)],
    limits: &Limits,
) -> Result<Vec<InputFile>, InputsError> {
    let paths: Vec<PathBuf> = files.iter().map(|(p, _)| p.clone()).collect();
    let name = |path: &Path| {
        files
            .iter()
            .find(|(p, _)| p == path)
            .map_or_else(|| display_path(path), |(_, n)| n.clone())
    };
    gather_as(&paths, limits, &name)
}

/// [`gather_checked`], each path named by `name` in what the run says.
fn gather_as(
    paths: &[PathBuf],
    limits: &Limits,
    name: &(dyn Fn(&Path) -> String + Sync),
) -> Result<Vec<InputFile>, InputsError> {
    let io = |path: &Path| {
        let path = name(path);
        move |source| InputsError::Io { path, source }
    };
    let mut found: Vec<PathBuf> = Vec::new();
    let mut wps: Vec<PathBuf> = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(io(path))?;
        if meta.is_dir() {
            for entry in std::fs::read_dir(path).map_err(io(path))? {
                let entry = entry.map_err(io(path))?;
                let p = entry.path();
                let file = entry.file_name().to_string_lossy().into_owned();
                // What an office program leaves beside an open workbook is
                // not an export: Excel's `~$x.xlsx`, WPS's `.~x.xlsx`,
                // LibreOffice's `.~lock.x.xlsx#`, and the `._x.xlsx` a Mac
                // writes beside a file copied to a USB stick.
                let lock = is_passed_over(&file);
                if !lock && p.is_file() && is_spreadsheet(&p) {
                    found.push(p);
                } else if !lock && p.is_file() && is_wps_sheet(&p) {
                    wps.push(p);
                }
            }
        } else if is_wps_sheet(path) {
            return Err(InputsError::WpsFormat { path: name(path) });
        } else if is_spreadsheet(path) {
            found.push(path.clone());
        } else {
            return Err(InputsError::NotSpreadsheet { path: name(path) });
        }
    }
    // The first by name, whatever order the folder lists them in.
    if let Some(et) = wps.iter().min() {
        return Err(InputsError::WpsFormat { path: name(et) });
    }
    found.sort();
    found.dedup();
    // One file named twice (`--input a.xlsx --input .`, `./a.xlsx` and
    // `a.xlsx`) is one input, read once. A second name for it (a link, a
    // hard link) stays: its digest is the same, and the run refuses it as a
    // copy.
    let mut seen: Vec<(PathBuf, std::ffi::OsString)> = Vec::new();
    found.retain(|p| {
        let key = (
            p.canonicalize().unwrap_or_else(|_| p.clone()),
            p.file_name().map(ToOwned::to_owned).unwrap_or_default(),
        );
        let new = !seen.contains(&key);
        if new {
            seen.push(key);
        }
        new
    });
    let check = |path: &PathBuf| {
        // Streamed: memory stays flat whatever the file's size.
        let display = name(path);
        let checked = match std::panic::catch_unwind(|| check_file(path, &display, limits)) {
            Ok(checked) => checked.map_err(io(path))?,
            // The zip, XML and OLE readers can panic on a damaged file: the
            // file is refused by name when it is read. A panic anywhere
            // else is kaohe's own fault and stops the thread, said below.
            Err(payload) => match crate::panicked::take_here() {
                Some(p) if crate::panicked::in_reader(&p) => crate::input::Checked {
                    sha256: std::fs::read(path)
                        .map(|b| sha256_hex(&b))
                        .map_err(io(path))?,
                    fault: Some(crate::input::damaged(&display)),
                    merges: None,
                },
                _ => std::panic::resume_unwind(payload),
            },
        };
        Ok(InputFile {
            display,
            sha256: checked.sha256,
            fault: checked.fault,
            merges: checked.merges,
            path: path.clone(),
        })
    };
    match check_in_parallel(&found, check) {
        Some(checked) => checked.into_iter().collect(),
        // A thread stops only on a panic: kaohe's fault, not the files'.
        None => Err(InputsError::Internal(
            crate::i18n::engine::checking_thread_stopped(&crate::panicked::internal(
                crate::panicked::last().as_ref(),
            )),
        )),
    }
}

/// What an office program leaves beside an open workbook, and what a Mac
/// writes beside a copied file, by name.
fn is_passed_over(name: &str) -> bool {
    ["~$", ".~", "._"].iter().any(|p| name.starts_with(p))
}

/// How many files [`gather`] left out of the folders among `paths` as lock
/// or `._` files, for 运行信息 to say; a folder that cannot be read counts
/// nothing (gathering has refused it already).
pub fn passed_over(paths: &[PathBuf]) -> u64 {
    let mut n: u64 = 0;
    for path in paths.iter().filter(|p| p.is_dir()) {
        let Ok(entries) = std::fs::read_dir(path) else {
            continue;
        };
        for entry in entries.flatten() {
            if is_passed_over(&entry.file_name().to_string_lossy()) && entry.path().is_file() {
                n = n.saturating_add(1);
            }
        }
    }
    n
}

/// The folders inside the folders among `paths` that hold spreadsheets,
/// each with how many: [`gather`] reads a folder's own files only (a month
/// folder's `上月/` or `备份/` would count twice), so a supplement saved
/// into a subfolder (`补交/`) is said instead of silently left out.
pub fn unread_folders(paths: &[PathBuf]) -> Vec<Warning> {
    let mut out = Vec::new();
    for path in paths.iter().filter(|p| p.is_dir()) {
        for folder in subfolders(path) {
            let files = spreadsheets_in(&folder).len();
            if files > 0 {
                out.push(Warning::UnreadFolder {
                    folder: display_path(&folder),
                    files: files as u64,
                });
            }
        }
    }
    out
}

/// How deep [`nested_matches`] looks below a folder given.
const NESTED_DEPTH: usize = 3;
/// How many files [`nested_matches`] names at most.
const NESTED_SHOWN: usize = 5;

/// The spreadsheets in the folders inside the folders among `paths` (to
/// [`NESTED_DEPTH`] levels) whose name `matches`, at most [`NESTED_SHOWN`]:
/// where a source that has no file among the files read has one that is
/// not read (an export saved into `考勤/` inside the month folder).
pub fn nested_matches(paths: &[PathBuf], matches: impl Fn(&str) -> bool) -> Vec<String> {
    let mut found = Vec::new();
    let mut folders: Vec<(PathBuf, usize)> = Vec::new();
    for path in paths.iter().filter(|p| p.is_dir()) {
        folders.extend(subfolders(path).into_iter().map(|f| (f, 1)));
    }
    while let Some((folder, depth)) = folders.pop() {
        for (path, name) in spreadsheets_in(&folder) {
            if matches(&name) {
                found.push(display_path(&path));
            }
        }
        if depth < NESTED_DEPTH {
            folders.extend(
                subfolders(&folder)
                    .into_iter()
                    .map(|f| (f, depth.saturating_add(1))),
            );
        }
    }
    found.sort();
    found.truncate(NESTED_SHOWN);
    found
}

/// The folders directly inside `folder`, in name order.
fn subfolders(folder: &Path) -> Vec<PathBuf> {
    let mut folders: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    folders.sort();
    folders
}

/// The spreadsheets directly in `folder` that a run would read there (lock
/// files and the like passed over), each with its file name.
fn spreadsheets_in(folder: &Path) -> Vec<(PathBuf, String)> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    entries
        .flatten()
        .map(|e| (e.path(), e.file_name().to_string_lossy().into_owned()))
        .filter(|(path, name)| !is_passed_over(name) && path.is_file() && is_spreadsheet(path))
        .collect()
}

/// Runs `check` over `paths` on one thread per core (each file is inflated
/// whole, so this pass is bound by the processor, not the disk), largest
/// first so no core is left alone with the largest at the end; results in
/// the order of `paths`, `None` if a thread stopped.
fn check_in_parallel<T: Send>(
    paths: &[PathBuf],
    check: impl Fn(&PathBuf) -> T + Sync,
) -> Option<Vec<T>> {
    let mut order: Vec<usize> = (0..paths.len()).collect();
    order.sort_by_cached_key(|&i| {
        let size = std::fs::metadata(&paths[i]).map_or(0, |m| m.len());
        (std::cmp::Reverse(size), i)
    });
    let mut done = crate::parallel::in_parallel(order, |i| (i, check(&paths[i])))?;
    done.sort_by_key(|(i, _)| *i);
    Some(done.into_iter().map(|(_, t)| t).collect())
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The file's name, which source patterns are matched against.
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_and_mac_files_are_passed_over_and_counted() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            "a.xlsx",
            "~$a.xlsx",
            ".~b.xlsx",
            "._a.xlsx",
            ".~lock.a.xlsx#",
            "说明.txt",
        ] {
            std::fs::write(dir.path().join(name), b"x").unwrap();
        }
        let paths = [dir.path().to_path_buf()];
        assert_eq!(passed_over(&paths), 4);
        // A file given by name is no folder: nothing passed over.
        assert_eq!(passed_over(&[dir.path().join("a.xlsx")]), 0);
        std::fs::write(dir.path().join(".~a.et"), b"x").unwrap();
        assert_eq!(passed_over(&paths), 5);
        // A WPS lock file beside an .et is passed over; the .et is refused.
        std::fs::write(dir.path().join("考勤.et"), b"x").unwrap();
        assert!(
            matches!(gather(&paths), Err(InputsError::WpsFormat { path }) if path.ends_with("考勤.et"))
        );
    }

    #[test]
    fn every_inputs_error_speaks_both_languages() {
        use crate::i18n::{Locale, Localize};
        let io = InputsError::Io {
            path: "2022-03/".into(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "No such file"),
        };
        assert_eq!(
            io.localized(Locale::En),
            "cannot read input 2022-03/: No such file"
        );
        assert_eq!(
            io.localized(Locale::Zh),
            "无法读取输入 2022-03/：文件或文件夹不存在"
        );
        let not = InputsError::NotSpreadsheet {
            path: "说明.docx".into(),
        };
        assert_eq!(not.localized(Locale::En), not.to_string());
        let et = InputsError::WpsFormat {
            path: "考勤.et".into(),
        };
        assert!(et
            .localized(Locale::En)
            .contains("考勤.et is a WPS spreadsheet"));
        assert!(et.localized(Locale::Zh).contains("考勤.et 是 WPS 表格格式"));
        assert_eq!(
            not.localized(Locale::Zh),
            "输入 说明.docx 不是电子表格（应为 xlsx、xlsm、xls、ods 或 csv）"
        );
    }

    #[test]
    fn a_named_file_is_named_so_in_its_fault_and_errors() {
        let dir = tempfile::tempdir().unwrap();
        let kept = dir.path().join("upload-1.xlsx");
        std::fs::write(&kept, "not a workbook").unwrap();
        let named = [(kept.clone(), "考勤.xlsx".to_string())];
        let files = gather_named(&named, &Limits::default()).unwrap();
        assert_eq!(files[0].display, "考勤.xlsx");
        let fault = files[0].fault.as_ref().unwrap().text();
        assert!(fault.zh.contains("考勤.xlsx"), "{}", fault.zh);
        assert!(!fault.en.contains("upload-1"), "{}", fault.en);
        let gone = [(dir.path().join("gone.csv"), "名册.csv".to_string())];
        let e = gather_named(&gone, &Limits::default()).unwrap_err();
        assert!(e.text().zh.contains("名册.csv"), "{}", e.text().zh);
        assert!(!e.text().zh.contains("gone"), "{}", e.text().zh);
    }

    #[test]
    fn files_checked_in_parallel_come_back_in_order() {
        let paths: Vec<PathBuf> = (0..9).map(|i| PathBuf::from(format!("{i}.xlsx"))).collect();
        let names = check_in_parallel(&paths, |p| display_path(p));
        let want: Vec<String> = (0..9).map(|i| format!("{i}.xlsx")).collect();
        assert_eq!(names, Some(want));
    }

    #[test]
    fn sha256_of_nothing_is_the_known_digest() {
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }
}
