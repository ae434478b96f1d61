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

use cli::Command;
use kaohe::i18n::cli as words;
use kaohe::rubric::Locale;

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
            say!(
                "{}{}",
                msg::word(words::error_prefix()),
                failure::render(&e, msg::locale())
            );
            ExitCode::from(failure::exit_code(&e))
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
        if cmd::serve::interrupt() {
            // Ctrl-C is how the local page is stopped: not an error.
            say!("{}", msg::word(words::serve_stopped()));
            std::process::exit(0);
        }
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
