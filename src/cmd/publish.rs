//! `kaohe publish`: the 公示 list for all teachers and one slip per teacher
//! (方案13 三: 考核小组将考核结果通过适当形式向全体教师公布), from the same
//! run `kaohe score` makes (overrides included). Everything is built in
//! memory and passed through the leak check first: a failed check writes
//! nothing.

use std::path::{Path, PathBuf};

use clap::Args;

use super::audit_common::{Found, ScoringArgs};
use crate::msg::Term;
use crate::usage::UsageError;
use kaohe::i18n::cli as words;
use kaohe::i18n::report as labels;
use kaohe::i18n::Localize;
use kaohe::provenance::display_path;
use kaohe::report::{self, publish, publish_book};
use kaohe::rubric;

#[derive(Debug, Args)]
pub struct PublishArgs {
    #[command(flatten)]
    pub scoring: ScoringArgs,
    #[arg(long, value_name = "FILE")]
    pub overrides: Option<PathBuf>,
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    #[arg(long)]
    pub pdf: bool,
    #[arg(long)]
    pub force: bool,
    // New flags go last: each flag's place in --help is its place here.
    #[arg(long, value_name = "FILE")]
    pub appeals: Option<PathBuf>,
    #[arg(long, requires = "appeals")]
    pub allow_pending: bool,
}

/// Runs `kaohe publish`.
pub fn run(args: &PublishArgs, term: &Term) -> anyhow::Result<()> {
    // A bad period is a usage error before any rubric is read.
    args.scoring.period.period(term)?;
    refuse_reading_out(args, term)?;
    let loaded = rubric::load(&args.scoring.rubric)?;
    term.rubric_locale(loaded.rubric.locale);
    let locale = term.locale();
    let outcome = args.scoring.score(
        &loaded,
        args.overrides.as_ref(),
        args.appeals.as_ref(),
        term,
    )?;
    // Results still under appeal are not final (方案13 三): decide every
    // appeal first, or say so with --allow-pending.
    if !args.allow_pending {
        kaohe::audit::refuse_pending(&loaded.rubric, &outcome)?;
    }
    let Published {
        list_xlsx,
        list_csv,
        zip,
        slips,
    } = build(&loaded, &outcome, locale)?;

    let dir = &args.out;
    let slips_dir = dir.join("slips");
    let mut files = vec![
        (dir.join(list_file(locale, "xlsx")), list_xlsx),
        (dir.join(list_file(locale, "csv")), list_csv),
        (dir.join(slips_zip_file(locale)), zip),
    ];
    files.extend(
        slips
            .iter()
            .map(|(name, bytes)| (slips_dir.join(name), bytes.clone())),
    );
    // An existing file is replaced only with --force: every one is looked
    // at before the first is written.
    if !args.force {
        if let Some((path, _)) = files.iter().find(|(path, _)| path.exists()) {
            return Err(UsageError(term.say(words::output_exists(display_path(path)))).into());
        }
    }
    std::fs::create_dir_all(&slips_dir).map_err(|e| report::ReportError::Io {
        path: slips_dir.clone(),
        source: e,
    })?;
    for (path, bytes) in &files {
        super::score::write_out(path, bytes, args.force, term)?;
    }

    if args.pdf {
        pdf(&slips_dir, &slips, term);
    }
    warn_stale(&slips_dir, &slips, term);
    if !term.quiet() {
        #[allow(clippy::print_stderr)]
        {
            eprintln!(
                "{}",
                term.say(words::published(slips.len(), display_path(dir)))
            );
        }
    }
    Ok(())
}

/// What `publish` writes, built in memory: the 公示 list as xlsx and CSV,
/// each teacher's slip (file name, xlsx) and the slips zipped.
#[derive(Debug)]
pub struct Published {
    /// The 公示 list workbook.
    pub list_xlsx: Vec<u8>,
    /// The 公示 list as CSV.
    pub list_csv: Vec<u8>,
    /// Every slip in one zip.
    pub zip: Vec<u8>,
    /// Each slip: its file name and workbook.
    pub slips: Vec<(String, Vec<u8>)>,
}

/// Builds the 公示 list and the slips in `locale`, after the leak check
/// (a slip naming another teacher is refused, exit code 4), so `publish`
/// and `serve` give the same bytes.
///
/// # Errors
/// [`Found`] for a leak; the workbook writer's and zip's errors.
pub fn build(
    loaded: &rubric::LoadedRubric,
    outcome: &kaohe::engine::Outcome,
    locale: kaohe::rubric::Locale,
) -> anyhow::Result<Published> {
    let built = publish::publication(&loaded.rubric, outcome, locale);
    publish::check_leaks(&built).map_err(|leak| Found(leak.localized(locale)))?;
    let title = &loaded.rubric.name;
    let sheet = labels::publish_list_file().get(locale);
    let list_xlsx = publish_book::page_xlsx(&built.list, title, sheet)?;
    let list_csv = publish_book::page_csv(&built.list);
    let mut slips = Vec::with_capacity(built.slips.len());
    for slip in &built.slips {
        let sheet = labels::slip_title().get(locale);
        slips.push((
            slip.page.file.clone(),
            publish_book::page_xlsx(&slip.page, title, sheet)?,
        ));
    }
    let zip = publish_book::zip_of(&slips)?;
    Ok(Published {
        list_xlsx,
        list_csv,
        zip,
        slips,
    })
}

/// The 公示 list's file name with `extension`, as `publish` writes it.
pub fn list_file(locale: kaohe::rubric::Locale, extension: &str) -> String {
    format!("{}.{extension}", labels::publish_list_file().get(locale))
}

/// The zipped slips' file name, as `publish` writes it.
pub fn slips_zip_file(locale: kaohe::rubric::Locale) -> String {
    format!("{}.zip", labels::publish_slips_zip().get(locale))
}

/// Refuses an `--out` folder (or its `slips/`) that is an input folder:
/// the next run would read the list and the slips as exports.
fn refuse_reading_out(args: &PublishArgs, term: &Term) -> Result<(), UsageError> {
    let outs = [args.out.clone(), args.out.join("slips")];
    for input in args.scoring.input.iter().filter(|i| i.is_dir()) {
        if outs.iter().any(|o| super::score::same_file(input, o)) {
            return Err(UsageError(
                term.say(words::output_is_input(display_path(input))),
            ));
        }
    }
    Ok(())
}

/// PDFs of the slips beside them, by LibreOffice when `soffice` is on the
/// PATH; otherwise (or when it fails) a warning, and the xlsx slips stand.
#[allow(clippy::print_stderr)]
fn pdf(slips_dir: &Path, slips: &[(String, Vec<u8>)], term: &Term) {
    let warn = |said: String| {
        eprintln!("{}{said}", term.word(words::warning_prefix()));
    };
    let Some(soffice) = on_path("soffice") else {
        warn(term.word(words::publish_no_soffice()).to_string());
        return;
    };
    let status = std::process::Command::new(soffice)
        .arg("--headless")
        .arg("--convert-to")
        .arg("pdf")
        .arg("--outdir")
        .arg(slips_dir)
        .args(slips.iter().map(|(name, _)| slips_dir.join(name)))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status();
    match status {
        Ok(s) if s.success() => {}
        Ok(s) => warn(term.say(words::publish_pdf_failed(s))),
        Err(e) => warn(term.say(words::publish_pdf_failed(e))),
    }
}

/// Warns of the files in `slips/` that this run did not write (nor their
/// PDFs): after `--force`, a slip of a teacher who left the roster would
/// otherwise be mailed with this month's.
#[allow(clippy::print_stderr)]
fn warn_stale(slips_dir: &Path, slips: &[(String, Vec<u8>)], term: &Term) {
    let ours = |name: &str| {
        slips.iter().any(|(slip, _)| {
            name == slip || Path::new(slip).with_extension("pdf").as_os_str() == name
        })
    };
    let Ok(entries) = std::fs::read_dir(slips_dir) else {
        return;
    };
    let mut stale: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| !ours(name))
        .collect();
    if stale.is_empty() {
        return;
    }
    stale.sort();
    eprintln!(
        "{}{}",
        term.word(words::warning_prefix()),
        term.say(words::publish_stale_slips(stale.len(), stale.join("、")))
    );
}

/// The program `name` as found on the PATH.
fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).find_map(|dir| {
        [name.to_string(), format!("{name}.exe")]
            .into_iter()
            .map(|n| dir.join(n))
            .find(|p| p.is_file())
    })
}
