//! `kaohe score`: a month of exported records and a rubric in, the scored
//! workbook (and optionally a JSON summary) out.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::Args;

use std::num::NonZeroUsize;

use super::period::PeriodArgs;
use crate::msg::Term;
use crate::usage::{CsvHeaders, OutputFormat, UsageError};
use kaohe::engine::{self, RunConfig};
use kaohe::i18n::cli as words;
use kaohe::i18n::{Locale, Localize};
use kaohe::provenance::display_path;
use kaohe::report::{self, Layout, WriteOptions};
use kaohe::rubric;

#[derive(Debug, Args)]
pub struct ScoreArgs {
    #[arg(long, value_name = "FILE")]
    pub rubric: PathBuf,
    #[arg(long, value_name = "PATH", required = true, num_args = 1..)]
    pub input: Vec<PathBuf>,
    #[arg(long, value_name = "FILE", required_unless_present_any = ["format", "json"])]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub period: PeriodArgs,
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<OutputFormat>,
    #[arg(long, value_enum, value_name = "HEADERS")]
    pub headers: Option<CsvHeaders>,
    #[arg(long)]
    pub no_bom: bool,
    #[arg(long)]
    pub slips: bool,
    #[arg(long, value_name = "N")]
    pub rows_per_page: Option<NonZeroUsize>,
    #[arg(long)]
    pub force: bool,
    #[arg(long, value_name = "FILE")]
    pub overrides: Option<PathBuf>,
    #[arg(long)]
    pub keep_going: bool,
    // Said in the language the line is parsed in: `cli::command` puts in
    // the parser of that language.
    #[arg(long, value_name = "SIZE", default_value = "1GiB", value_parser = size_parser(Locale::Zh))]
    pub memory_limit: u64,
    #[arg(long)]
    pub by_school: bool,
    #[arg(long, value_name = "N", requires = "by_school")]
    pub jobs: Option<NonZeroUsize>,
    // New flags go last: each flag's place in --help is its place here.
    #[arg(long, value_name = "FILE")]
    pub appeals: Option<PathBuf>,
}

/// clap's parser of a `--memory-limit`, saying what is wrong with one in
/// `locale`.
pub(crate) fn size_parser(locale: Locale) -> impl clap::builder::TypedValueParser<Value = u64> {
    move |text: &str| parse_size(text, locale)
}

/// `512MiB`, `2GiB`, `800MB`, `1000000`: a size in bytes; what is wrong
/// with one said in `locale`.
pub(crate) fn parse_size(text: &str, locale: Locale) -> Result<u64, String> {
    let not_a_size = || words::not_a_size(text).get(locale).to_string();
    let t = text.trim();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (number, unit) = t.split_at(split);
    let scale: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" => 1_000,
        "kib" => 1 << 10,
        "m" | "mb" => 1_000_000,
        "mib" => 1 << 20,
        "g" | "gb" => 1_000_000_000,
        "gib" => 1 << 30,
        _ => return Err(not_a_size()),
    };
    let n: rust_decimal::Decimal = number.parse().map_err(|_| not_a_size())?;
    // A number past what a decimal holds is no size either, not a panic.
    let bytes = n
        .checked_mul(rust_decimal::Decimal::from(scale))
        .ok_or_else(not_a_size)?;
    u64::try_from(bytes.trunc())
        .ok()
        .filter(|b| *b > 0)
        .ok_or_else(|| words::size_not_above_zero(text).get(locale).to_string())
}

/// Scoring succeeded with `--keep-going`, but records were skipped: the
/// workbook is written and the binary exits with code 5.
#[derive(Debug, thiserror::Error)]
#[error("{count} record(s) with data problems were skipped and are listed in the {sheet} sheet of {out}")]
pub struct Skipped {
    /// How many.
    pub count: usize,
    /// The sheet's name in the output's language.
    pub sheet: &'static str,
    /// The output written.
    pub out: String,
}

impl Skipped {
    /// `count` records skipped by the run `args` asks for, its problems
    /// sheet named in `locale` and its output `-` when it has none.
    pub(crate) fn new(count: usize, args: &ScoreArgs, locale: Locale) -> Self {
        Skipped {
            count,
            sheet: report::labels(locale).sheet_problems,
            out: args
                .out
                .as_ref()
                .map_or_else(|| "-".to_string(), |o| display_path(o)),
        }
    }
}

/// Scoring found no teacher in the roster: an input data error (exit 3),
/// and nothing is written.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct NoTeachers(pub String);

/// How many skipped records are named on the terminal; the sheet lists all.
const SHOWN_SKIPPED: usize = 50;

/// Runs `kaohe score` for one school (`--by-school` is `district::run`,
/// chosen by `cmd::score_any`, so this module does not import the district
/// run that builds on it).
pub fn run(args: &ScoreArgs, term: &Term) -> anyhow::Result<()> {
    let period = args.period.period(term)?;
    // CSV's own flags on a run that writes no CSV would be ignored unseen.
    if args.format != Some(OutputFormat::Csv) {
        let flag = match (args.headers.is_some(), args.no_bom) {
            (true, _) => Some("--headers"),
            (_, true) => Some("--no-bom"),
            _ => None,
        };
        if let Some(flag) = flag {
            return Err(UsageError(term.say(words::csv_flag_without_csv(flag))).into());
        }
    }
    if let Some(out) = &args.out {
        let mut reads: Vec<&Path> = vec![&args.rubric];
        reads.extend(args.overrides.as_deref());
        reads.extend(args.appeals.as_deref());
        reads.extend(args.input.iter().map(PathBuf::as_path));
        check_out(out, &reads, args.force, term)?;
    }
    let loaded = rubric::load(&args.rubric)?;
    term.rubric_locale(loaded.rubric.locale);
    let limits = kaohe::input::Limits {
        memory: args.memory_limit,
    };
    let files = engine::gather_checked(&args.input, &limits)
        .map_err(|e| UsageError(e.localized(term.locale())))?;
    let files = without_side_files(files, [args.overrides.as_ref(), args.appeals.as_ref()]);
    if let Some(out) = &args.out {
        if let Some(f) = files.iter().find(|f| same_file(&f.path, out)) {
            return Err(UsageError(term.say(words::output_is_input(&f.display))).into());
        }
    }
    let config = RunConfig {
        period,
        keep_going: args.keep_going,
        allow_outside_period: args.period.allow_outside_period,
        memory_limit: Some(args.memory_limit),
        school: None,
        inputs: args.input.clone(),
    };
    let mut bar = super::progress::Bar::new(term);
    let mut outcome = engine::score_with_progress(&loaded, &files, &config, &mut bar)
        .inspect_err(|_| bar.finish())?;
    // A roster with no teacher (init's templates scored while still blank)
    // scores nobody: a workbook of 0 teachers would pass for a result.
    if outcome.teachers.is_empty() {
        bar.finish();
        let inputs: Vec<String> = args.input.iter().map(|p| display_path(p)).collect();
        return Err(NoTeachers(term.say(words::no_teachers(inputs.join(" ")))).into());
    }
    outcome.run.passed_over = engine::passed_over(&args.input);
    outcome
        .run
        .warnings
        .extend(engine::unread_folders(&args.input));
    if let Some(path) = &args.overrides {
        let overrides = kaohe::audit::read_overrides(path).inspect_err(|_| bar.finish())?;
        kaohe::audit::apply_overrides(&loaded.rubric, &mut outcome, &overrides)
            .inspect_err(|_| bar.finish())?;
    }
    if let Some(path) = &args.appeals {
        let appeals = kaohe::audit::read_appeals(path).inspect_err(|_| bar.finish())?;
        kaohe::audit::apply_appeals(&loaded.rubric, &mut outcome, &appeals)
            .inspect_err(|_| bar.finish())?;
    }
    // --lang, else the rubric's locale, else LANG (see `msg::Term`).
    let locale = term.locale();
    if let Some(out) = &args.out {
        bar.writing(&display_path(out));
        let layout = Layout {
            slips: args.slips,
            rows_per_page: args.rows_per_page,
        };
        let bytes = report::workbook_bytes_with(
            &loaded.rubric,
            &outcome,
            &WriteOptions { locale },
            &layout,
        )
        .inspect_err(|_| bar.finish())?;
        let written = write_out(out, &bytes, args.force, term);
        bar.finish();
        written?;
    }
    bar.finish();
    let format = if args.json {
        Some(OutputFormat::Json)
    } else {
        args.format
    };
    match format {
        Some(OutputFormat::Json) => {
            let summary = report::json_summary(&loaded.rubric, &outcome);
            super::out::println(&serde_json::to_string_pretty(&summary)?)?;
        }
        Some(OutputFormat::Csv) => {
            let names = (args.headers == Some(CsvHeaders::Names)).then_some(locale);
            let text = report::summary_csv_in(&loaded.rubric, &outcome, names);
            // Excel opens a CSV without a byte order mark in the system's
            // code page (GBK on Chinese Windows) and garbles every name; with
            // one it reads UTF-8, which holds every name GBK cannot.
            if !args.no_bom {
                super::out::print("\u{feff}")?;
            }
            super::out::print(&text)?;
        }
        None => {}
    }
    if !term.quiet() {
        let n = outcome.teachers.len();
        match &args.out {
            Some(out) => say!(
                "{}",
                term.say(words::scored(n, &loaded.path, display_path(out)))
            ),
            None => say!("{}", term.say(words::scored_no_output(n, &loaded.path))),
        }
    }
    // Said whatever --quiet says: each is something the scores rest on.
    for w in &outcome.run.warnings {
        say!(
            "{}{}",
            term.word(words::warning_prefix()),
            w.localized(locale)
        );
    }
    if !outcome.skipped.is_empty() {
        for s in outcome.skipped.iter().take(SHOWN_SKIPPED) {
            let problem = s.problem.get(locale);
            say!(
                "{}{}",
                term.word(words::warning_prefix()),
                term.say(words::skipped_record(problem))
            );
        }
        if outcome.skipped.len() > SHOWN_SKIPPED {
            let more = outcome.skipped.len() - SHOWN_SKIPPED;
            say!(
                "{}{}",
                term.word(words::warning_prefix()),
                term.say(words::more_problems(more))
            );
        }
        return Err(Skipped::new(outcome.skipped.len(), args, locale).into());
    }
    Ok(())
}

/// Refuses an `--out` that the command reads (`reads`: the rubric, an
/// overrides file, results, inputs — a folder standing for every
/// spreadsheet directly in it), however either path is spelled; one not
/// named `.xlsx` (a rubric, a tests file, a CSV or JSON: never what is
/// written); and one that exists without `--force`. Checked before any
/// work; [`write_out`] checks again as it writes. Said in `term`'s language.
pub(crate) fn check_out(
    out: &Path,
    reads: &[&Path],
    force: bool,
    term: &Term,
) -> Result<(), UsageError> {
    if let Some(read) = reads.iter().find(|r| reads_it(r, out)) {
        let shown = if read.is_dir() { out } else { read };
        return Err(UsageError(
            term.say(words::output_is_input(display_path(shown))),
        ));
    }
    let xlsx = out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    if !xlsx {
        return Err(UsageError(term.say(words::out_not_xlsx(display_path(out)))));
    }
    // Said before any work, not as a failed write after the whole run.
    if let Some(folder) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        if !folder.is_dir() {
            return Err(UsageError(term.say(words::out_folder_missing(
                display_path(out),
                display_path(folder),
            ))));
        }
    }
    if out.exists() && !force {
        return Err(UsageError(
            term.say(words::output_exists(display_path(out))),
        ));
    }
    Ok(())
}

/// Refuses a file the command reads that is not there, naming the flag,
/// before any work: a reader's own "cannot be read" would sound like a
/// damaged file. Said in `term`'s language.
pub(crate) fn must_exist(flag: &str, path: &Path, term: &Term) -> Result<(), UsageError> {
    if path.exists() {
        Ok(())
    } else {
        Err(UsageError(
            term.say(words::no_such_file(flag, display_path(path))),
        ))
    }
}

/// Whether a command that reads `read` (a file, or a folder's
/// spreadsheets) would read `out`.
fn reads_it(read: &Path, out: &Path) -> bool {
    if read.is_dir() {
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        out.is_file() && kaohe::input::is_spreadsheet(out) && same_file(parent, read)
    } else {
        same_file(read, out)
    }
}

/// Writes `bytes` to `out` whole: over an existing file only with `force`,
/// and otherwise only if no file is there at the moment it is put in place
/// (two runs racing to one new output: one wins, the other is refused).
/// A failure is said in `term`'s language.
pub(crate) fn write_out(out: &Path, bytes: &[u8], force: bool, term: &Term) -> anyhow::Result<()> {
    let written = if force {
        report::write_atomically(out, bytes)
    } else {
        report::write_new(out, bytes)
    };
    match written {
        Err(report::ReportError::Io { source, .. })
            if source.kind() == std::io::ErrorKind::AlreadyExists =>
        {
            Err(UsageError(term.say(words::output_exists(display_path(out)))).into())
        }
        other => other.with_context(|| term.say(words::writing(display_path(out)))),
    }
}

/// The gathered inputs less the overrides and appeals files: one kept in
/// the month's folder is read by its own flag, not warned of as unread.
pub(crate) fn without_side_files(
    mut files: Vec<engine::InputFile>,
    side: [Option<&PathBuf>; 2],
) -> Vec<engine::InputFile> {
    files.retain(|f| !side.iter().flatten().any(|s| same_file(&f.path, s)));
    files
}

/// Whether two paths name the same file (the output may not exist yet).
pub(crate) fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cmd::period::parse_month;

    fn zh() -> Term {
        Term::new(Some(Locale::Zh), false)
    }

    #[test]
    fn a_month_runs_from_its_first_to_its_last_day() {
        let p = parse_month("2022-02", &zh()).ok();
        assert_eq!(
            p.map(|p| (p.from.to_string(), p.to.to_string())),
            Some(("2022-02-01".into(), "2022-02-28".into()))
        );
        let d = parse_month("2021年12月", &zh()).ok();
        assert_eq!(d.map(|p| p.to.to_string()), Some("2021-12-31".into()));
    }

    #[test]
    fn sizes_read_with_binary_and_decimal_units() {
        assert_eq!(parse_size("512MiB", Locale::Zh), Ok(512 << 20));
        assert_eq!(parse_size("2 GiB", Locale::Zh), Ok(2 << 30));
        assert_eq!(parse_size("1.5GB", Locale::Zh), Ok(1_500_000_000));
        assert_eq!(parse_size("4096", Locale::Zh), Ok(4096));
        assert!(parse_size("lots", Locale::Zh).is_err());
        assert!(parse_size("0", Locale::Zh).is_err());
        // Past what a decimal holds, or a u64: refused, not a panic.
        assert!(parse_size("79228162514264337593543950335GB", Locale::Zh).is_err());
        assert!(parse_size("99999999999999999999", Locale::Zh).is_err());
    }

    #[test]
    fn a_bad_month_is_a_usage_error() {
        assert!(parse_month("March", &zh()).is_err());
        assert!(parse_month("2022-13", &zh()).is_err());
    }
}
