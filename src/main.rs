//! The `kaohe` binary: parses arguments, calls the library, prints results
//! and maps failures to the documented exit codes. Nothing else lives here.
// The binary owns the terminal: stdout only through `cmd::out`, stderr
// through `say!`; neither crashes on a closed pipe.
#![deny(clippy::print_stderr)]

/// A line on stderr. A closed stderr (`kaohe init 2>&1 | head -1`) is not
/// a crash: `eprintln!` would panic and exit 101 after the work was done.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

mod cli;
mod cmd;
mod msg;
mod usage;

use std::ffi::OsString;
use std::process::ExitCode;

use cli::Command;
use kaohe::engine::ScoreError;
use kaohe::i18n::cli as words;
use kaohe::i18n::Localize;
use kaohe::rubric::Locale;
use usage::UsageError;

/// How many data problems are printed before the rest are counted.
const SHOWN_PROBLEMS: usize = 50;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    msg::init_from_args(&args);
    if cmd::guided::wanted(&args) {
        return cmd::guided::run();
    }
    run(&args)
}

/// One command line, run to its exit code.
fn run(args: &[OsString]) -> ExitCode {
    msg::init_from_args(args);
    let cli = match cli::parse(args, msg::locale()) {
        Ok(cli) => cli,
        Err(e) => return clap_error(&e),
    };
    msg::init(cli.lang, cli.quiet);
    on_interrupt();
    // A panic is a fault in kaohe: recorded rather than printed, and said
    // below as an internal error in the language in force (exit 1), never
    // as a fault in the user's files.
    kaohe::panicked::install();
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match cli.command {
        Command::Score(args) => cmd::score_any(&args),
        Command::Diff(args) => cmd::diff::run(&args),
        Command::Explain(args) => cmd::explain::run(&args),
        Command::Check(args) => cmd::check::run(&args),
        Command::Test(args) => cmd::test::run(&args),
        Command::Rollup(args) => cmd::rollup::run(&args),
        Command::Publish(args) => cmd::publish::run(&args),
        Command::Analyze(args) => cmd::analyze::run(&args),
        Command::Init(args) => cmd::init::run(&args),
        Command::Completions(args) => cmd::completions::run(&args, cli::command(msg::locale())),
        Command::Man => cmd::man::run(cli::command(msg::locale())),
        Command::Serve(args) => cmd::serve::run(&args),
    }));
    let Ok(result) = run else {
        let why = kaohe::panicked::internal(kaohe::panicked::last().as_ref());
        say!(
            "{}{}{}",
            msg::word(words::error_prefix()),
            msg::word(words::internal_prefix()),
            why.get(msg::locale())
        );
        return ExitCode::from(1);
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if let Some(skipped) = e.downcast_ref::<cmd::score::Skipped>() {
                let said = msg::say(words::skipped_count(
                    skipped.count,
                    skipped.sheet,
                    &skipped.out,
                ));
                say!("{}{said}", msg::word(words::warning_prefix()));
                return ExitCode::from(5);
            }
            say!("{}{}", msg::word(words::error_prefix()), render(&e));
            ExitCode::from(exit_code(&e))
        }
    }
}

/// clap's error, help or version: a usage error in the language in force
/// (exit code 2), help and version as clap prints them.
fn clap_error(e: &clap::Error) -> ExitCode {
    let said = match msg::locale() {
        Locale::Zh => cli::zh::error(e),
        Locale::En => None,
    };
    match said {
        Some(said) => {
            say!("{}{said}", msg::word(words::error_prefix()));
            ExitCode::from(2)
        }
        None => {
            // A closed pipe is not worth a second error.
            let _ = e.print();
            ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
        }
    }
}

/// Ctrl-C, SIGTERM, SIGHUP (and a closed console on Windows) remove the
/// temporary output being written and end the run with 130, the shell's
/// code for an interrupted command: nothing half-written is left beside
/// the output, and an existing output is untouched.
fn on_interrupt() {
    let installed = ctrlc::set_handler(|| {
        kaohe::report::interrupt();
        cmd::serve::interrupt();
        say!(
            "{}{}",
            msg::word(words::error_prefix()),
            msg::word(words::interrupted())
        );
        std::process::exit(130);
    });
    // Without a handler the run is still safe from half-files (the rename
    // is atomic); only the hidden temporary may stay after an interrupt.
    drop(installed);
}

/// The whole error in the language in force: each link of the chain in
/// words, data problems listed one a line.
fn render(e: &anyhow::Error) -> String {
    render_in(e, msg::locale())
}

/// [`render`] in `locale`: `kaohe serve` says an error in its page's language.
fn render_in(e: &anyhow::Error, locale: Locale) -> String {
    if let Some(ScoreError::Data(problems)) = e.downcast_ref::<ScoreError>() {
        let mut out = msg::say(words::data_problems(problems.len()));
        for p in problems.iter().take(SHOWN_PROBLEMS) {
            out.push_str(&format!("\n  - {}", p.localized(locale)));
        }
        if problems.len() > SHOWN_PROBLEMS {
            out.push_str("\n  ");
            out.push_str(&msg::say(words::more_problems(
                problems.len() - SHOWN_PROBLEMS,
            )));
        }
        return out;
    }
    chain(e, locale)
}

/// Every link of the error chain in `locale`, outermost first, as anyhow's
/// `{:#}` joins them; a link its outer link already ends with (an error
/// that prints its own cause) is not said twice.
fn chain(e: &anyhow::Error, locale: Locale) -> String {
    let mut links: Vec<String> = Vec::new();
    for link in e.chain() {
        let said = localized(link, locale);
        if links.last().is_some_and(|outer| outer.ends_with(&said)) {
            continue;
        }
        links.push(said);
    }
    links.join(words::cause_separator().get(locale))
}

/// One link of an error chain in `locale`: the library's errors say it in
/// either language through `Localize` (a new error type is one more line in
/// the list, rust_xlsxwriter's refusals among them), a system error is
/// explained by its kind, serde_json's through the catalogue, and anything
/// else (CLI context, already in the language) is shown as it is.
fn localized(link: &(dyn std::error::Error + 'static), locale: Locale) -> String {
    if let Some(e) = kaohe::error::kind(link) {
        return e.localized(locale);
    }
    if let Some(e) = link.downcast_ref::<rust_xlsxwriter::XlsxError>() {
        return e.localized(locale);
    }
    if let Some(e) = link.downcast_ref::<std::io::Error>() {
        return kaohe::input::io_reason(e).get(locale).to_string();
    }
    // The summaries are plain data, so this is a fault, but it is said.
    if let Some(e) = link.downcast_ref::<serde_json::Error>() {
        return msg::say(words::no_json(e));
    }
    link.to_string()
}

/// 0 ok, 2 usage or rubric error, 3 input data error, 4 a check found what
/// it looks for (diff --fail-on-change, failing rubric tests), 5 scored with
/// records skipped under --keep-going (handled in `main`), 1 anything else.
fn exit_code(e: &anyhow::Error) -> u8 {
    if let Some(code) = cmd::audit_common::exit_code(e) {
        return code;
    }
    if e.downcast_ref::<UsageError>().is_some() {
        return kaohe::error::USAGE;
    }
    // The inputs hold no teacher: what is wrong is the data, not the line.
    if e.downcast_ref::<cmd::score::NoTeachers>().is_some() {
        return kaohe::error::DATA;
    }
    // The library's kinds each know their code (`kaohe::Error::exit_code`).
    e.chain()
        .find_map(kaohe::error::kind)
        .map_or(kaohe::error::FAULT, |k| k.exit_code())
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context as _;

    fn unwritable() -> anyhow::Error {
        let e = kaohe::report::ReportError::Io {
            path: "结果.xlsx".into(),
            source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        };
        Err::<(), _>(e).context("写入 结果.xlsx").unwrap_err()
    }

    #[test]
    fn every_link_of_a_chain_speaks_the_language_asked_for() {
        assert_eq!(
            chain(&unwritable(), Locale::Zh),
            "写入 结果.xlsx：无法写入 结果.xlsx：没有权限访问，文件可能正在 Excel 或 WPS 中打开，请关闭后再试"
        );
        assert_eq!(
            chain(&unwritable(), Locale::En),
            format!("{:#}", unwritable())
        );
    }

    #[test]
    fn a_cause_the_error_already_names_is_not_said_twice() {
        let e = anyhow::Error::new(kaohe::engine::InputsError::Io {
            path: "2022-03".into(),
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        });
        assert_eq!(
            chain(&e, Locale::Zh),
            "无法读取输入 2022-03：文件或文件夹不存在"
        );
        assert_eq!(
            chain(&e, Locale::En),
            "cannot read input 2022-03: entity not found"
        );
    }

    /// rust_xlsxwriter's refusal under the report's error, and the system
    /// error under it, are each said in Chinese, and the system error once.
    #[test]
    fn an_xlsx_refusal_is_said_in_chinese_to_its_cause() {
        let e = anyhow::Error::new(kaohe::report::ReportError::Xlsx(
            rust_xlsxwriter::XlsxError::TempFileError(
                "/tmp".into(),
                std::io::Error::from(std::io::ErrorKind::PermissionDenied),
            ),
        ));
        assert_eq!(
            chain(&e, Locale::Zh),
            "无法生成工作簿：无法在 /tmp 中创建临时文件：没有权限访问，文件可能正在 Excel 或 WPS 中打开，请关闭后再试"
        );
        let e = anyhow::Error::new(kaohe::report::ReportError::Xlsx(
            rust_xlsxwriter::XlsxError::MaxStringLengthExceeded,
        ));
        assert_eq!(
            chain(&e, Locale::Zh),
            "无法生成工作簿：单元格的文字超过了 xlsx 允许的 32767 个字符"
        );
        assert!(chain(&e, Locale::En).starts_with("cannot build the workbook: "));
    }

    #[test]
    fn a_library_error_is_found_through_the_list() {
        let e = anyhow::Error::new(kaohe::input::InputError::NoSheet {
            file: "考勤.xlsx".into(),
            pattern: "三月".into(),
            sheets: vec!["Sheet1".into()],
        });
        assert_eq!(
            chain(&e, Locale::Zh),
            "考勤.xlsx：没有与\"三月\"匹配的工作表；该工作簿中有：Sheet1"
        );
    }
}
