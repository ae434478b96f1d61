//! What a panic said and where, so a caught panic is reported for what it
//! is. A panic is always a fault in kaohe or a library it uses: said as an
//! internal error (exit 1) asking for a report, never as a fault in the
//! user's files — except a panic inside the spreadsheet reader on a file it
//! cannot parse, which names that file as damaged.
//!
//! The binary installs [`install`] at start: panics are then recorded here
//! instead of printed, and whoever catches one says what it means.

use std::cell::RefCell;
use std::sync::Mutex;

use crate::i18n::Text;

/// One panic: its message and where it was raised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Panicked {
    /// The panic's message (`Addition overflowed`).
    pub message: String,
    /// The source file and line, `src/engine/run.rs:911`.
    pub location: String,
}

impl std::fmt::Display for Panicked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.message, self.location)
    }
}

thread_local! {
    /// The last panic raised on this thread.
    static HERE: RefCell<Option<Panicked>> = const { RefCell::new(None) };
}

/// The last panic raised on any thread, for a panic caught on another
/// thread than the one it was raised on (a reading worker).
static LAST: Mutex<Option<Panicked>> = Mutex::new(None);

/// Records every panic instead of printing it.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let message = if let Some(s) = info.payload().downcast_ref::<&str>() {
            (*s).to_string()
        } else if let Some(s) = info.payload().downcast_ref::<String>() {
            s.clone()
        } else {
            String::new()
        };
        let location = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let p = Panicked { message, location };
        HERE.with(|h| *h.borrow_mut() = Some(p.clone()));
        if let Ok(mut last) = LAST.lock() {
            *last = Some(p);
        }
    }));
}

/// Takes the last panic raised on this thread, if [`install`] recorded one.
pub fn take_here() -> Option<Panicked> {
    HERE.with(|h| h.borrow_mut().take())
}

/// The last panic raised on any thread, if [`install`] recorded one.
pub fn last() -> Option<Panicked> {
    LAST.lock().ok().and_then(|l| l.clone())
}

/// The crates that parse a spreadsheet's bytes: calamine and what it reads
/// through. They panic on some damaged files instead of returning an error.
const READERS: [&str; 6] = [
    "calamine-",
    "zip-",
    "quick-xml-",
    "cfb-",
    "encoding_rs-",
    "codepage-",
];

/// Whether a panic was raised inside the spreadsheet reader, on a file it
/// could not parse, rather than in kaohe's own code.
pub fn in_reader(p: &Panicked) -> bool {
    let path = p.location.replace('\\', "/");
    READERS
        .iter()
        .any(|c| path.contains(&format!("/{c}")) && !path.starts_with("src/"))
}

/// An internal error in both languages: a fault in kaohe, not in the
/// user's files, with what the panic said for whoever fixes it.
pub fn internal(p: Option<&Panicked>) -> Text {
    let detail = p.map_or_else(String::new, ToString::to_string);
    crate::i18n::common::internal_bug(detail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reader_panic_is_told_from_kaohe_s_own() {
        let at = |location: &str| Panicked {
            message: "index out of bounds".into(),
            location: location.into(),
        };
        assert!(in_reader(&at(
            "/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/calamine-0.26.1/src/xls.rs:120"
        )));
        assert!(!in_reader(&at("src/engine/run.rs:911")));
        assert!(!in_reader(&at(
            "/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/rust_decimal-1.43.0/src/arithmetic_impls.rs:161"
        )));
        let t = internal(Some(&at("src/engine/run.rs:911")));
        assert!(t.en.contains("bug in kaohe"), "{}", t.en);
        assert!(t.zh.contains("缺陷"), "{}", t.zh);
        assert!(t
            .zh
            .ends_with("index out of bounds (src/engine/run.rs:911)"));
    }
}
