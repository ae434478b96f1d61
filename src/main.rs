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
mod failure;
mod msg;
mod usage;

use std::ffi::OsString;
use std::process::ExitCode;
use std::sync::Arc;

use cli::Command;
use kaohe::i18n::cli as words;
use kaohe::rubric::Locale;
use msg::Term;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    if cmd::guided::wanted(&args) {
        return cmd::guided::run(&Term::before_parse(&args));
    }
    run(&args).0
}

/// One command line, run to its exit code; with the run's [`Term`], whose
/// language is the one the run ended in (the rubric's locale may have
/// decided it), for what is said after the run.
fn run(args: &[OsString]) -> (ExitCode, Arc<Term>) {
    let before = Term::before_parse(args);
    let cli = match cli::parse(args, before.locale()) {
        Ok(cli) => cli,
        Err(e) => return (clap_error(&e, &before), Arc::new(before)),
    };
    // Shared with the Ctrl-C handler, which says the interruption in the
    // language the run has when it comes.
    let term = Arc::new(Term::new(cli.lang, cli.quiet));
    on_interrupt(Arc::clone(&term));
    (said(cli.command, &term), term)
}

/// Runs the command and says how it ended, in the language the run's
/// `term` has when it returns.
fn said(command: Command, term: &Term) -> ExitCode {
    // A panic is a fault in kaohe: recorded rather than printed, and said
    // below as an internal error in the language the run has then (exit
    // 1), never as a fault in the user's files.
    kaohe::panicked::install();
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match command {
        Command::Score(args) => cmd::score_any(&args, term),
        Command::Diff(args) => cmd::diff::run(&args, term),
        Command::Explain(args) => cmd::explain::run(&args, term),
        Command::Check(args) => cmd::check::run(&args, term),
        Command::Test(args) => cmd::test::run(&args, term),
        Command::Rollup(args) => cmd::rollup::run(&args, term),
        Command::Publish(args) => cmd::publish::run(&args, term),
        Command::Analyze(args) => cmd::analyze::run(&args, term),
        Command::Init(args) => cmd::init::run(&args, term),
        Command::Completions(args) => cmd::completions::run(&args, cli::command(term.locale())),
        Command::Man => cmd::man::run(cli::command(term.locale()), term.locale()),
        Command::Serve(args) => cmd::serve::run(&args, term),
    }));
    let Ok(result) = run else {
        let why = kaohe::panicked::internal(kaohe::panicked::last().as_ref());
        say!(
            "{}{}{}",
            term.word(words::error_prefix()),
            term.word(words::internal_prefix()),
            why.get(term.locale())
        );
        return ExitCode::from(1);
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if let Some(skipped) = e.downcast_ref::<cmd::score::Skipped>() {
                let said = term.say(words::skipped_count(
                    skipped.count,
                    skipped.sheet,
                    &skipped.out,
                ));
                say!("{}{said}", term.word(words::warning_prefix()));
                return ExitCode::from(5);
            }
            say!(
                "{}{}",
                term.word(words::error_prefix()),
                failure::render(&e, term.locale())
            );
            ExitCode::from(failure::exit_code(&e))
        }
    }
}

/// clap's error, help or version: a usage error in `term`'s language (exit
/// code 2), help and version as clap prints them.
fn clap_error(e: &clap::Error, term: &Term) -> ExitCode {
    let said = match term.locale() {
        Locale::Zh => cli::zh::error(e),
        Locale::En => None,
    };
    match said {
        Some(said) => {
            say!("{}{said}", term.word(words::error_prefix()));
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
/// the output, and an existing output is untouched. Said in `term`'s
/// language at that moment.
fn on_interrupt(term: Arc<Term>) {
    let installed = ctrlc::set_handler(move || {
        kaohe::report::interrupt();
        if cmd::serve::interrupt() {
            // Ctrl-C is how the local page is stopped: not an error.
            say!("{}", term.word(words::serve_stopped()));
            std::process::exit(0);
        }
        say!(
            "{}{}",
            term.word(words::error_prefix()),
            term.word(words::interrupted())
        );
        std::process::exit(130);
    });
    // Without a handler the run is still safe from half-files (the rename
    // is atomic); only the hidden temporary may stay after an interrupt.
    drop(installed);
}
