//! The progress bar on stderr while a run reads, scores and writes. It is
//! shown only to a person watching: hidden when stderr is not a terminal,
//! when `CI` is set, and with `--quiet`, so logs and CLI cases stay clean.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::msg::Term;
use kaohe::engine::Progress;
use kaohe::i18n::cli as words;

/// A bar that follows the engine's [`Progress`] reports, its steps named
/// in the run's language.
pub struct Bar<'t> {
    bar: ProgressBar,
    term: &'t Term,
}

impl<'t> Bar<'t> {
    /// A bar, hidden unless someone is watching stderr (and not with
    /// `--quiet`).
    pub fn new(term: &'t Term) -> Bar<'t> {
        let watched =
            std::io::stderr().is_terminal() && std::env::var_os("CI").is_none() && !term.quiet();
        let bar = if watched {
            ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr())
        } else {
            ProgressBar::hidden()
        };
        if let Ok(style) =
            ProgressStyle::with_template("{prefix:>6} [{bar:30}] {pos}/{len} {wide_msg}")
        {
            bar.set_style(style.progress_chars("=> "));
        }
        Bar { bar, term }
    }

    /// The last step: writing `what`.
    pub fn writing(&self, what: &str) {
        self.spin(self.term.word(words::step_writing()), what);
    }

    fn spin(&self, prefix: &'static str, message: &str) {
        if let Ok(style) = ProgressStyle::with_template("{prefix:>6} {spinner} {wide_msg}") {
            self.bar.set_style(style);
        }
        self.bar.set_prefix(prefix);
        self.bar.set_message(message.to_string());
        self.bar.enable_steady_tick(Duration::from_millis(120));
    }

    /// Removes the bar before the closing summary is printed.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

impl Progress for Bar<'_> {
    fn reading(&mut self, file: &str, source: &str, done: usize, total: usize) {
        self.bar.set_prefix(self.term.word(words::step_reading()));
        self.bar.set_length(total as u64);
        self.bar.set_position(done as u64);
        self.bar.set_message(format!("{file} ({source})"));
    }

    fn scoring(&mut self, teachers: usize) {
        self.bar.set_position(self.bar.length().unwrap_or(0));
        self.spin(self.term.word(words::step_scoring()), &teachers.to_string());
    }
}
