//! `kaohe score --by-school`: a district's folder of school folders, each
//! school scored on its own with the one rubric — so quotas, group scaling
//! and ranks are within the school — into one workbook per school and the
//! district summary.
//!
//! A school is a folder directly under the district folder, named after the
//! school; its spreadsheets are the files directly in it, exactly as
//! `--input <district>/<school>` reads them, so each school's workbook is
//! byte for byte what scoring that folder alone writes (but for the roster
//! rows of other schools, below). Spreadsheets lying directly in the
//! district folder belong to no school and are refused with their names,
//! before anything is scored.
//!
//! A school whose roster names several schools (the rubric's roster has a
//! `school` field) keeps only its own rows, so one district-wide roster can
//! be copied into every school's folder. Once every school is scored, what
//! no school sees alone is refused: the same file read by two schools, one
//! teacher scored in two (`report::refuse_across_schools`); the schools
//! concerned fail, and the workbooks written for them are removed.
//!
//! One school's bad file does not stop the district: every school is
//! scored, a school with data problems gets no workbook and is listed as
//! failed, and the exit code says so (3). The rubric is read first, so its
//! errors stop everything before any school is read (2). Schools are scored
//! a few at a time on scoped threads; results are collected by the school's
//! place in the sorted list, so outputs and messages come out in the same
//! order whatever the scheduling.

use std::path::{Path, PathBuf};

use anyhow::Context as _;

use super::audit_common::CheckFailed;
use super::score::{same_file, ScoreArgs, Skipped};
use crate::msg::Term;
use crate::usage::{OutputFormat, UsageError};
use kaohe::engine::{self, FileDigest, RunConfig, ScoreError};
use kaohe::i18n::cli as words;
use kaohe::i18n::{Localize as _, Text};
use kaohe::input::Limits;
use kaohe::provenance::display_path;
use kaohe::report::{self, District, Failure, Layout, SchoolReport, SchoolStatus, WriteOptions};
use kaohe::rubric::{self, LoadedRubric, Locale};

/// How many problems of one school are printed; the summary lists all.
const SHOWN_PROBLEMS: usize = 50;

/// What every school's run shares.
struct Batch<'a> {
    loaded: &'a LoadedRubric,
    root: &'a Path,
    out: Option<&'a Path>,
    config: RunConfig,
    limits: Limits,
    layout: Layout,
    locale: Locale,
    force: bool,
    /// The run's language and quietness, shared by the schools' threads.
    term: &'a Term,
}

/// Runs `kaohe score --by-school`.
pub fn run(args: &ScoreArgs, term: &Term) -> anyhow::Result<()> {
    let period = args.period.period(term)?;
    if args.overrides.is_some() {
        return Err(UsageError(term.say(words::by_school_refuses("--overrides"))).into());
    }
    if args.appeals.is_some() {
        return Err(UsageError(term.say(words::by_school_refuses("--appeals"))).into());
    }
    if args.format == Some(OutputFormat::Csv) {
        return Err(UsageError(term.say(words::by_school_refuses("--format csv"))).into());
    }
    let root = match args.input.as_slice() {
        [one] => one.as_path(),
        _ => return Err(UsageError(term.word(words::by_school_one_input()).to_string()).into()),
    };
    if !root.is_dir() {
        return Err(UsageError(term.say(words::by_school_not_folder(display_path(root)))).into());
    }
    // The rubric first: its errors stop the district before any school is read.
    let loaded = rubric::load(&args.rubric)?;
    term.rubric_locale(loaded.rubric.locale);
    let locale = term.locale();
    let schools = find_schools(root, term)?;
    let summary_name = report::district_file_name(locale);
    if let Some(clash) = schools.iter().find(|s| format!("{s}.xlsx") == summary_name) {
        return Err(UsageError(term.say(words::by_school_name_clash(clash))).into());
    }
    if let Some(out) = &args.out {
        check_out(out, root, &schools, summary_name, args.force, term)?;
        std::fs::create_dir_all(out)
            .with_context(|| term.say(words::writing(display_path(out))))?;
    }
    let batch = Batch {
        loaded: &loaded,
        root,
        out: args.out.as_deref(),
        config: RunConfig {
            period,
            keep_going: args.keep_going,
            allow_outside_period: args.period.allow_outside_period,
            memory_limit: Some(args.memory_limit),
            school: None,
            inputs: Vec::new(),
        },
        limits: Limits {
            memory: args.memory_limit,
        },
        layout: Layout {
            slips: args.slips,
            rows_per_page: args.rows_per_page,
        },
        locale,
        force: args.force,
        term,
    };
    let jobs = args
        .jobs
        .map(std::num::NonZeroUsize::get)
        .or_else(|| std::thread::available_parallelism().ok().map(|n| n.get()))
        .unwrap_or(1);
    let done = score_all(&batch, &schools, jobs);

    let mut reports = Vec::with_capacity(done.len());
    for result in done {
        // A period the rubric needs, a fault in kaohe, a workbook that
        // cannot be written: not one school's data, so not a 失败 row.
        reports.push(result?);
    }
    // What no school could see alone: a file or a teacher of two schools.
    // Each school concerned fails; the workbook this run wrote for it is
    // not a result and goes, as a failing school's does.
    let dropped = report::refuse_across_schools(&loaded.rubric, &mut reports);
    if let Some(out) = &args.out {
        for name in dropped {
            let path = out.join(name);
            std::fs::remove_file(&path)
                .with_context(|| term.say(words::writing(display_path(&path))))?;
        }
    }
    let district = District {
        tool_version: env!("CARGO_PKG_VERSION").to_string(),
        rubric: FileDigest {
            path: loaded.path.clone(),
            sha256: engine::inputs::sha256_hex(&loaded.bytes),
        },
        period: batch.config.period,
        schools: reports,
    };
    let summary_path = args.out.as_ref().map(|o| o.join(summary_name));
    if let Some(path) = &summary_path {
        let bytes = report::district_workbook_bytes(&loaded.rubric, &district, locale)?;
        super::score::write_out(path, &bytes, args.force, term)?;
    }
    if args.json || args.format == Some(OutputFormat::Json) {
        let json = report::district_json(&loaded.rubric, &district);
        super::out::println(&serde_json::to_string_pretty(&json)?)?;
    }
    tell(&batch, &district, summary_path.as_deref());

    let failed = district.schools.iter().filter(|s| s.failed()).count();
    if failed > 0 {
        let listed = summary_path.as_ref().map_or_else(
            || term.word(words::the_json_summary()).to_string(),
            |p| display_path(p),
        );
        return Err(CheckFailed {
            code: 3,
            message: term.say(words::schools_failed(failed, &listed)),
        }
        .into());
    }
    let skipped: usize = district
        .schools
        .iter()
        .map(|s| match &s.status {
            SchoolStatus::Scored(sc) => sc.skipped,
            SchoolStatus::Failed(_) => 0,
        })
        .sum();
    if skipped > 0 {
        return Err(Skipped::new(skipped, args, locale).into());
    }
    Ok(())
}

/// The school folders directly under `root`, sorted by name. Hidden folders
/// are left out; spreadsheets directly under `root` are refused, in
/// `term`'s language.
fn find_schools(root: &Path, term: &Term) -> anyhow::Result<Vec<String>> {
    let io = |e: std::io::Error| {
        UsageError(format!(
            "{}{}{}",
            term.say(words::by_school_not_folder(display_path(root))),
            term.word(words::cause_separator()),
            term.say(kaohe::input::io_reason(&e))
        ))
    };
    let mut schools = Vec::new();
    let mut loose = Vec::new();
    for entry in std::fs::read_dir(root).map_err(io)? {
        let entry = entry.map_err(io)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            schools.push(name);
        } else if kaohe::input::is_spreadsheet(&path)
            && !name.starts_with("~$")
            && !name.starts_with(".~lock")
        {
            loose.push(name);
        }
    }
    loose.sort();
    if !loose.is_empty() {
        let names = loose.join(term.word(words::list_separator()));
        return Err(
            UsageError(term.say(words::by_school_loose_files(display_path(root), &names))).into(),
        );
    }
    if schools.is_empty() {
        return Err(UsageError(term.say(words::by_school_no_schools(display_path(root)))).into());
    }
    schools.sort();
    Ok(schools)
}

/// The output folder: a folder (or not there yet), outside the district,
/// and without earlier outputs unless `--force`.
fn check_out(
    out: &Path,
    root: &Path,
    schools: &[String],
    summary_name: &str,
    force: bool,
    term: &Term,
) -> Result<(), UsageError> {
    if out.is_file() {
        return Err(UsageError(
            term.say(words::by_school_out_is_file(display_path(out))),
        ));
    }
    let inside = match (out.canonicalize(), root.canonicalize()) {
        (Ok(o), Ok(r)) => o.starts_with(&r),
        // Not there yet: inside if its parent is.
        (Err(_), Ok(r)) => out
            .parent()
            .and_then(|p| p.canonicalize().ok())
            .is_some_and(|p| p.starts_with(&r)),
        _ => false,
    };
    if inside || same_file(out, root) {
        return Err(UsageError(
            term.say(words::by_school_out_inside(display_path(out))),
        ));
    }
    if !force {
        let names = schools
            .iter()
            .map(|s| format!("{s}.xlsx"))
            .chain(std::iter::once(summary_name.to_string()));
        for name in names {
            let path = out.join(name);
            if path.exists() {
                return Err(UsageError(
                    term.say(words::output_exists(display_path(&path))),
                ));
            }
        }
    }
    Ok(())
}

/// Scores every school on up to `jobs` threads; results in `schools` order.
/// One school's outcome lives only in its call: memory follows the largest
/// school, not the district.
fn score_all(
    batch: &Batch<'_>,
    schools: &[String],
    jobs: usize,
) -> Vec<anyhow::Result<SchoolReport>> {
    let names: Vec<&String> = schools.iter().collect();
    match kaohe::parallel::on_threads(jobs, names, |name| score_school(batch, name)) {
        Some(done) => done,
        None => schools
            .iter()
            .map(|name| Err(ScoreError::Internal(words::school_not_scored(name)).into()))
            .collect(),
    }
}

/// Scores one school and writes its workbook. `Ok` with a failed report
/// for the school's own data problems; `Err` for what would stop any run.
fn score_school(batch: &Batch<'_>, name: &str) -> anyhow::Result<SchoolReport> {
    let term = batch.term;
    let folder: PathBuf = batch.root.join(name);
    let workbook = format!("{name}.xlsx");
    let failed = |inputs: Vec<FileDigest>, failures: Vec<Failure>| -> anyhow::Result<_> {
        // A workbook from an earlier run (allowed by --force) must not be
        // taken for this run's result.
        if let Some(out) = batch.out {
            let stale = out.join(&workbook);
            if batch.force && stale.is_file() {
                std::fs::remove_file(&stale)
                    .with_context(|| term.say(words::writing(display_path(&stale))))?;
                if !term.quiet() {
                    say!(
                        "{}{}",
                        term.word(words::warning_prefix()),
                        term.say(words::stale_removed(display_path(&stale)))
                    );
                }
            }
        }
        Ok(SchoolReport {
            name: name.to_string(),
            workbook: None,
            inputs,
            status: SchoolStatus::Failed(failures),
        })
    };
    let files = match engine::gather_checked(std::slice::from_ref(&folder), &batch.limits) {
        Ok(files) => files,
        Err(e) => {
            let failure = Failure {
                place: None,
                message: Text {
                    en: e.to_string(),
                    zh: e.localized(Locale::Zh),
                },
            };
            return failed(Vec::new(), vec![failure]);
        }
    };
    let inputs: Vec<FileDigest> = files
        .iter()
        .map(|f| FileDigest {
            path: f.display.clone(),
            sha256: f.sha256.clone(),
        })
        .collect();
    // The school's rows of a roster naming several schools.
    let config = RunConfig {
        school: Some(name.to_string()),
        inputs: vec![folder.clone()],
        ..batch.config.clone()
    };
    let outcome = match engine::score(batch.loaded, &files, &config) {
        Ok(outcome) => outcome,
        Err(e @ (ScoreError::NoPeriod | ScoreError::NoYear(_) | ScoreError::Internal(_))) => {
            return Err(e.into())
        }
        Err(e) => return failed(inputs, Failure::from_score_error(&e)),
    };
    let written = match batch.out {
        Some(out) => {
            let bytes = report::workbook_bytes_with(
                &batch.loaded.rubric,
                &outcome,
                &WriteOptions {
                    locale: batch.locale,
                },
                &batch.layout,
            )?;
            let path = out.join(&workbook);
            super::score::write_out(&path, &bytes, batch.force, term)?;
            Some(workbook)
        }
        None => None,
    };
    Ok(SchoolReport::scored(
        name.to_string(),
        written,
        inputs,
        &outcome,
    ))
}

/// What each school came to, in school order: failures always (they are
/// errors), the rest unless `--quiet`.
fn tell(batch: &Batch<'_>, district: &District, summary: Option<&Path>) {
    let term = batch.term;
    let quiet = term.quiet();
    for school in &district.schools {
        match &school.status {
            SchoolStatus::Failed(failures) => {
                say!(
                    "{}{}",
                    term.word(words::error_prefix()),
                    term.say(words::school_failed(&school.name, failures.len()))
                );
                for f in failures.iter().take(SHOWN_PROBLEMS) {
                    say!("  - {}", f.message.get(batch.locale));
                }
                if failures.len() > SHOWN_PROBLEMS {
                    say!(
                        "  {}",
                        term.say(words::more_problems(failures.len() - SHOWN_PROBLEMS))
                    );
                }
            }
            SchoolStatus::Scored(sc) => {
                for w in &sc.warnings {
                    say!(
                        "{}{}",
                        term.word(words::warning_prefix()),
                        term.say(words::school_warning(
                            &school.name,
                            w.localized(batch.locale)
                        ))
                    );
                }
                if sc.quota_scopes.len() > 1 {
                    let scopes = sc
                        .quota_scopes
                        .join(words::list_separator().get(batch.locale));
                    say!(
                        "{}{}",
                        term.word(words::warning_prefix()),
                        term.say(words::quota_split(&school.name, &scopes))
                    );
                }
                if !quiet {
                    let n = sc.teachers.len();
                    // `workbook` is the file's name, as the summary and the
                    // JSON list it beside 区汇总.xlsx; the terminal names the
                    // path as the user typed --out, so it can be opened from
                    // where they ran kaohe.
                    let written = school
                        .workbook
                        .as_ref()
                        .zip(batch.out)
                        .map(|(name, out)| display_path(&out.join(name)));
                    match written {
                        Some(to) => {
                            say!("{}", term.say(words::school_scored(&school.name, n, to)))
                        }
                        None => {
                            say!(
                                "{}",
                                term.say(words::school_scored_no_output(&school.name, n))
                            )
                        }
                    }
                }
            }
        }
    }
    if !quiet {
        let total = district.schools.len();
        let failed = district.schools.iter().filter(|s| s.failed()).count();
        let scored = total - failed;
        match summary {
            Some(to) => say!(
                "{}",
                term.say(words::district_scored(
                    scored,
                    total,
                    failed,
                    display_path(to)
                ))
            ),
            None => say!(
                "{}",
                term.say(words::district_scored_no_output(scored, total, failed))
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zh() -> Term {
        Term::new(Some(Locale::Zh), false)
    }

    #[test]
    fn schools_are_the_folders_sorted_and_loose_spreadsheets_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        for s in ["二中", "一中", ".git"] {
            std::fs::create_dir(dir.path().join(s)).unwrap();
        }
        std::fs::write(dir.path().join("说明.txt"), "notes").unwrap();
        let found = find_schools(dir.path(), &zh()).unwrap();
        let mut expected = vec!["一中".to_string(), "二中".to_string()];
        expected.sort();
        assert_eq!(found, expected);

        std::fs::write(dir.path().join("名册.xlsx"), "x").unwrap();
        let e = find_schools(dir.path(), &zh()).unwrap_err().to_string();
        assert!(e.contains("名册.xlsx"), "{e}");
    }

    #[test]
    fn the_output_folder_may_not_be_inside_the_district() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("district");
        std::fs::create_dir_all(root.join("一中")).unwrap();
        let schools = vec!["一中".to_string()];
        assert!(check_out(
            &root.join("out"),
            &root,
            &schools,
            "区汇总.xlsx",
            false,
            &zh()
        )
        .is_err());
        assert!(check_out(&root, &root, &schools, "区汇总.xlsx", false, &zh()).is_err());
        let out = dir.path().join("out");
        assert!(check_out(&out, &root, &schools, "区汇总.xlsx", false, &zh()).is_ok());
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("一中.xlsx"), "old").unwrap();
        assert!(check_out(&out, &root, &schools, "区汇总.xlsx", false, &zh()).is_err());
        assert!(check_out(&out, &root, &schools, "区汇总.xlsx", true, &zh()).is_ok());
    }
}
