//! `kaohe serve`: the monthly job on a local web page — choose a rubric,
//! drop the month's exports, see what the check finds, the 汇总 table and
//! each teacher's explanation, download the workbook, the slips and the
//! 公示 list, and compare a changed rubric. Scored by the same library
//! calls as `score`, `explain`, `publish` and `diff`, so their bytes are
//! the same. One process, one thread, this computer only unless `--bind`.

mod job;
mod pages;
mod routes;

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use clap::Args;

use crate::msg::Term;
use crate::usage::UsageError;
use kaohe::i18n::cli as words;

#[derive(Debug, Args)]
pub struct ServeArgs {
    #[arg(long, value_name = "ADDRESS")]
    pub bind: Option<IpAddr>,
    #[arg(
        long,
        value_name = "PORT",
        default_value_t = 0,
        hide_default_value = true
    )]
    pub port: u16,
    #[arg(long)]
    pub no_open: bool,
    // Put in by `cli::command` in the language the line is parsed in.
    #[arg(long, value_name = "SIZE", default_value = "1GiB", value_parser = super::score::size_parser(kaohe::rubric::Locale::Zh))]
    pub memory_limit: u64,
}

/// Whether the local page is being served: Ctrl-C is then the way to stop
/// it, said as such rather than as an error.
static SERVING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Removes every job's temporary folder: called on Ctrl-C, which ends the
/// process without running drops. Whether the page was being served.
pub fn interrupt() -> bool {
    job::remove_all();
    SERVING.load(std::sync::atomic::Ordering::SeqCst)
}

/// Runs `kaohe serve` until it is stopped; the pages speak `term`'s
/// language, or a rubric's by the same rule as a command line.
pub fn run(args: &ServeArgs, term: &Term) -> anyhow::Result<()> {
    let ip = args.bind.unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST));
    if !ip.is_loopback() {
        say!(
            "{}{}",
            term.word(words::warning_prefix()),
            term.say(words::serve_bind_warning(ip))
        );
    }
    let address = SocketAddr::new(ip, args.port);
    SERVING.store(true, std::sync::atomic::Ordering::SeqCst);
    let server = tiny_http::Server::http(address).map_err(|e| {
        // The system's reason in the language in force, as for a file.
        let why = match e.downcast_ref::<std::io::Error>() {
            Some(io) => kaohe::input::io_reason(io).get(term.locale()).to_string(),
            None => e.to_string(),
        };
        UsageError(term.say(words::serve_cannot_bind(address, why)))
    })?;
    let bound = server.server_addr().to_ip().map_or(args.port, |a| a.port());
    let host = match ip {
        IpAddr::V6(v6) => format!("[{v6}]"),
        IpAddr::V4(v4) if v4.is_unspecified() => Ipv4Addr::LOCALHOST.to_string(),
        IpAddr::V4(v4) => v4.to_string(),
    };
    let url = format!("http://{host}:{bound}/");
    super::out::println(&term.say(words::serve_listening(&url)))?;
    if !args.no_open && !open_browser(&url) {
        say!("{}", term.say(words::serve_no_browser(&url)));
    }
    let mut state = routes::State::new(args.memory_limit, term);
    for request in server.incoming_requests() {
        state.handle(request);
    }
    Ok(())
}

/// Opens `url` in the default browser, where the system has a way to.
fn open_browser(url: &str) -> bool {
    let mut command = if cfg!(windows) {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    } else if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else {
        std::process::Command::new("xdg-open")
    };
    command
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .is_ok()
}
