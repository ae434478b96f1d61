//! One month's work on the page: the export files received, held in a
//! temporary folder that is removed when the job is dropped or kaohe is
//! interrupted; the rubric chosen; and the run, scored by the library as
//! `kaohe score` scores it, with every download built.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use crate::cmd::publish::{self, Published};
use crate::msg::Term;
use crate::usage::UsageError;
use kaohe::audit::{self, Finding, ResultSet, Severity};
use kaohe::engine::{self, Outcome, Period, RunConfig};
use kaohe::i18n::cli as words;
use kaohe::i18n::Localize;
use kaohe::report::{self, Layout, WriteOptions};
use kaohe::rubric::{LoadedRubric, Locale};

/// Every job folder that exists, for [`remove_all`] on an interrupt.
static FOLDERS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
/// Numbers the job folders of this process.
static NEXT: AtomicU64 = AtomicU64::new(0);

/// Removes every job's folder: Ctrl-C ends the process without drops.
pub fn remove_all() {
    let folders = FOLDERS
        .lock()
        .map(|mut f| std::mem::take(&mut *f))
        .unwrap_or_default();
    for folder in folders {
        let _ = std::fs::remove_dir_all(folder);
    }
}

/// A file received: its name as the browser gave it, its bytes on disk.
#[derive(Debug)]
struct Received {
    name: String,
    path: PathBuf,
}

/// One month's files, rubric and results.
pub struct Job {
    /// The temporary folder; `inputs/` holds the exports.
    folder: PathBuf,
    inputs: Vec<Received>,
    /// A dropped rubric: its file name and bytes.
    rubric: Option<(String, Vec<u8>)>,
    /// Bytes received so far, bounded by `--memory-limit`.
    held: u64,
    /// The run, once scored.
    pub scored: Option<Scored>,
    /// The last rule-change comparison: what `diff` prints, its warnings.
    pub compared: Option<(String, Vec<String>)>,
}

/// A scored month: what the results page shows and the downloads.
pub struct Scored {
    pub loaded: LoadedRubric,
    pub outcome: Outcome,
    pub files: Vec<engine::InputFile>,
    pub config: RunConfig,
    pub locale: Locale,
    /// What `check --input` finds (warnings only: errors stop the run).
    pub findings: Vec<Finding>,
    pub results: ResultSet,
    pub workbook: Vec<u8>,
    /// The 公示 list and slips, or why they cannot be made.
    pub published: Result<Published, String>,
}

/// Why a job's request is refused: the HTTP status and what the page says.
#[derive(Debug)]
pub struct Refusal {
    pub status: u16,
    pub message: String,
    /// The problems that stopped a run, listed on the page.
    pub findings: Vec<Finding>,
    /// The language the message is in when it is the rubric's, not the
    /// server's: the page around it speaks the same.
    pub locale: Option<Locale>,
}

impl Refusal {
    pub fn new(status: u16, message: String) -> Self {
        Refusal {
            status,
            message,
            findings: Vec::new(),
            locale: None,
        }
    }

    /// A file past the size limit (status 413).
    pub fn too_large(name: &str, limit: u64, term: &Term) -> Self {
        Refusal::new(413, term.say(words::serve_too_large(name, limit)))
    }

    /// The refusal said in `locale`, the rubric's.
    fn in_locale(self, locale: Locale) -> Self {
        Refusal {
            locale: Some(locale),
            ..self
        }
    }

    /// A library or usage error in `locale`: 400 for a usage or rubric
    /// error, 422 for input data, 500 for a fault (the CLI's exit codes).
    pub fn from_error(e: &anyhow::Error, locale: Locale) -> Self {
        let status = match crate::failure::exit_code(e) {
            kaohe::error::USAGE => 400,
            kaohe::error::DATA | 4 => 422,
            _ => 500,
        };
        Refusal::new(status, crate::failure::render(e, locale)).in_locale(locale)
    }
}

/// The name of one file as received: a path, or a name with a folder in
/// it, is refused (nothing is written outside the job's folder).
fn file_name(name: &str) -> Option<&str> {
    let bad = name.is_empty()
        || name == "."
        || name == ".."
        || name.contains(['/', '\\', '\0'])
        || name.chars().any(char::is_control);
    (!bad).then_some(name)
}

/// The name of a dropped rubric: one file's name (400) ending in `.toml`
/// (415), so a workbook dropped on a rubric field is named for what it is
/// instead of failing to parse as TOML.
fn rubric_name<'n>(name: &'n str, term: &Term) -> Result<&'n str, Refusal> {
    let name =
        file_name(name).ok_or_else(|| Refusal::new(400, term.say(words::serve_bad_name(name))))?;
    if Path::new(name)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
    {
        Ok(name)
    } else {
        Err(Refusal::new(415, term.say(words::serve_not_rubric(name))))
    }
}

impl Job {
    /// A job with its own empty temporary folder.
    ///
    /// # Errors
    /// The folder cannot be made.
    pub fn new() -> std::io::Result<Job> {
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let folder = std::env::temp_dir().join(format!("kaohe-serve-{}-{n}", std::process::id()));
        std::fs::create_dir_all(folder.join("inputs"))?;
        if let Ok(mut f) = FOLDERS.lock() {
            f.push(folder.clone());
        }
        Ok(Job {
            folder,
            inputs: Vec::new(),
            rubric: None,
            held: 0,
            scored: None,
            compared: None,
        })
    }

    /// Forgets the files and rubric received and the run: the page sends
    /// its whole choice again each time it scores.
    pub fn reset(&mut self) {
        for r in self.inputs.drain(..) {
            let _ = std::fs::remove_file(&r.path);
        }
        self.rubric = None;
        self.held = 0;
        self.scored = None;
        self.compared = None;
    }

    /// Counts `size` more bytes against `limit`.
    fn hold(&mut self, name: &str, size: u64, limit: u64, term: &Term) -> Result<(), Refusal> {
        let held = self.held.saturating_add(size);
        if held > limit {
            return Err(Refusal::too_large(name, limit, term));
        }
        self.held = held;
        Ok(())
    }

    /// Keeps one export file.
    ///
    /// # Errors
    /// A name that is not one file's, a file kaohe does not read, or one
    /// past the limit.
    pub fn add_input(
        &mut self,
        name: &str,
        bytes: &[u8],
        limit: u64,
        term: &Term,
    ) -> Result<(), Refusal> {
        let name = file_name(name)
            .ok_or_else(|| Refusal::new(400, term.say(words::serve_bad_name(name))))?;
        let path = self.folder.join("inputs").join(name);
        if !kaohe::input::is_spreadsheet(&path) {
            return Err(Refusal::new(
                415,
                term.say(words::serve_not_spreadsheet(name)),
            ));
        }
        self.hold(name, bytes.len() as u64, limit, term)?;
        std::fs::write(&path, bytes).map_err(|e| {
            Refusal::new(500, kaohe::input::io_reason(&e).get(term.locale()).into())
        })?;
        self.inputs.retain(|r| r.name != name);
        self.inputs.push(Received {
            name: name.to_string(),
            path,
        });
        Ok(())
    }

    /// Keeps a dropped rubric.
    ///
    /// # Errors
    /// A name that is not one `.toml` file's, or one past the limit.
    pub fn set_rubric(
        &mut self,
        name: &str,
        bytes: Vec<u8>,
        limit: u64,
        term: &Term,
    ) -> Result<(), Refusal> {
        let name = rubric_name(name, term)?;
        self.hold(name, bytes.len() as u64, limit, term)?;
        self.rubric = Some((name.to_string(), bytes));
        Ok(())
    }

    /// The rubric chosen — a ready one by name (named as `init` names it,
    /// `rubrics/NAME.toml`), else the dropped file — and what `check`
    /// finds in it; its errors refuse the run, listed (status 400).
    fn rubric(&self, ready: &str, term: &Term) -> Result<(LoadedRubric, Vec<Finding>), Refusal> {
        let (name, bytes) = if ready.is_empty() {
            self.rubric
                .clone()
                .ok_or_else(|| Refusal::new(400, term.word(words::serve_no_rubric()).into()))?
        } else {
            let (name, text) = crate::cmd::init::READY
                .iter()
                .find(|(n, _)| *n == ready)
                .ok_or_else(|| Refusal::new(400, term.say(words::serve_unknown_ready(ready))))?;
            (format!("rubrics/{name}.toml"), text.as_bytes().to_vec())
        };
        match audit::check_rubric_bytes(name, bytes) {
            (Some(loaded), findings) => Ok((loaded, findings)),
            (None, findings) => Err(unusable(findings, term)),
        }
    }

    /// The files received, gathered and checked as `kaohe score` gathers
    /// them, each named by its file name: the run reads as one made in the
    /// folder the files were chosen from.
    fn files(
        &self,
        limit: u64,
        locale: Locale,
        term: &Term,
    ) -> Result<Vec<engine::InputFile>, Refusal> {
        if self.inputs.is_empty() {
            return Err(Refusal::new(
                400,
                term.word(words::serve_no_inputs()).into(),
            ));
        }
        // Named as received: the temporary folder is never shown.
        let named: Vec<(PathBuf, String)> = self
            .inputs
            .iter()
            .map(|r| (r.path.clone(), r.name.clone()))
            .collect();
        engine::gather_named(&named, &kaohe::input::Limits { memory: limit }).map_err(|e| {
            let e = UsageError(e.localized(locale));
            Refusal::from_error(&e.into(), locale)
        })
    }

    /// Checks and scores the month: the check's errors stop it (listed on
    /// the page, status 422); otherwise the run is scored and every
    /// download built, as `score` and `publish` build them.
    ///
    /// # Errors
    /// What stops the run, said in the page's language.
    pub fn score(
        &mut self,
        ready: &str,
        period: &str,
        limit: u64,
        term: &Term,
    ) -> Result<(), Refusal> {
        self.scored = None;
        self.compared = None;
        let (loaded, mut findings) = self.rubric(ready, term)?;
        let locale = term.locale_with(loaded.rubric.locale);
        let period: Option<Period> = match period.trim() {
            "" => None,
            // Said in the rubric's language, as the rest of the run.
            p => Some(crate::cmd::period::parse_month(p, term).map_err(|_| {
                Refusal::new(400, words::serve_not_a_month(p).get(locale).into()).in_locale(locale)
            })?),
        };
        let files = self.files(limit, locale, term)?;
        let config = RunConfig {
            period,
            keep_going: false,
            allow_outside_period: false,
            memory_limit: Some(limit),
            school: None,
            inputs: Vec::new(),
        };
        // What `kaohe check RUBRIC --input …` finds: the rubric, then the files.
        findings.extend(audit::check_inputs(&loaded, &files, &config));
        if findings.iter().any(|f| f.severity == Severity::Error) {
            return Err(Refusal {
                status: 422,
                message: words::serve_not_scored().get(locale).into(),
                findings,
                locale: Some(locale),
            });
        }
        let outcome = engine::score(&loaded, &files, &config)
            .map_err(|e| Refusal::from_error(&e.into(), locale))?;
        if outcome.teachers.is_empty() {
            let names: Vec<&str> = self.inputs.iter().map(|r| r.name.as_str()).collect();
            return Err(
                Refusal::new(422, words::no_teachers(names.join(" ")).get(locale).into())
                    .in_locale(locale),
            );
        }
        let workbook = report::workbook_bytes_with(
            &loaded.rubric,
            &outcome,
            &WriteOptions { locale },
            &Layout {
                slips: false,
                rows_per_page: None,
            },
        )
        .map_err(|e| Refusal::from_error(&e.into(), locale))?;
        let published = publish::build(&loaded, &outcome, locale)
            .map_err(|e| crate::failure::render(&e, locale));
        let results = ResultSet::from_outcome(&loaded.rubric, &outcome, locale);
        self.scored = Some(Scored {
            loaded,
            outcome,
            files,
            config,
            locale,
            findings,
            results,
            workbook,
            published,
        });
        Ok(())
    }

    /// The month scored again with a changed rubric (`bytes`, named
    /// `name`), compared with the run: what `kaohe diff --rubric --against`
    /// prints, and its warnings.
    ///
    /// # Errors
    /// Not scored yet, a name that is not one `.toml` file's, one past the
    /// limit, or the changed rubric or its run fails.
    pub fn compare(
        &mut self,
        name: &str,
        bytes: Vec<u8>,
        limit: u64,
        term: &Term,
    ) -> Result<(), Refusal> {
        let Some(s) = &self.scored else {
            return Err(Refusal::new(
                409,
                term.word(words::serve_not_scored_yet()).into(),
            ));
        };
        let name = rubric_name(name, term)?;
        if bytes.len() as u64 > limit {
            return Err(Refusal::too_large(name, limit, term));
        }
        let locale = s.locale;
        let against = match audit::check_rubric_bytes(name.to_string(), bytes) {
            (Some(loaded), _) => loaded,
            (None, findings) => return Err(unusable(findings, term)),
        };
        let outcome = engine::score(&against, &s.files, &s.config)
            .map_err(|e| Refusal::from_error(&e.into(), locale))?;
        let places = s
            .loaded
            .rubric
            .rounding
            .places
            .max(against.rubric.rounding.places);
        let d = audit::diff(
            &s.results,
            &ResultSet::from_outcome(&against.rubric, &outcome, locale),
            places,
        );
        let warnings = d
            .warnings
            .iter()
            .map(|w| w.get(locale).to_string())
            .collect();
        self.compared = Some((audit::diff::render_text(&d, locale), warnings));
        Ok(())
    }
}

/// A rubric with errors: nothing scored, each error listed (status 400).
fn unusable(findings: Vec<Finding>, term: &Term) -> Refusal {
    Refusal {
        status: 400,
        message: term.word(words::serve_rubric_not_usable()).into(),
        findings,
        locale: None,
    }
}

impl Drop for Job {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.folder);
        if let Ok(mut f) = FOLDERS.lock() {
            f.retain(|p| p != &self.folder);
        }
    }
}
