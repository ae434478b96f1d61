//! The language and quietness the run was asked for, and the binary's own
//! messages (`kaohe::i18n::cli`) said in that language on stderr.
//!
//! The language is process-wide because it is decided in steps: `--lang`,
//! else the rubric's locale once the rubric is read, else `LANG` — and an
//! error may be printed at any of those points.

use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

use kaohe::i18n::{Text, Word};
use kaohe::rubric::Locale;

static LOCALE: AtomicU8 = AtomicU8::new(0);
static LOCALE_FIXED: AtomicBool = AtomicBool::new(false);
static QUIET: AtomicBool = AtomicBool::new(false);

/// Sets the language from `--lang` (fixed for the run) or `LANG`, and `--quiet`.
pub fn init(flag: Option<Locale>, quiet: bool) {
    let locale = flag.unwrap_or_else(from_env);
    store(locale);
    LOCALE_FIXED.store(flag.is_some(), Ordering::Relaxed);
    QUIET.store(quiet, Ordering::Relaxed);
}

/// The language before the command line is parsed, for clap's own errors
/// and help: `--lang` as typed (`--lang zh`, `--lang=en`), else `LANG` —
/// the rubric is not read yet. `init` decides again once the line is parsed.
pub fn init_from_args(args: &[std::ffi::OsString]) {
    store(lang_flag(args).unwrap_or_else(from_env));
}

/// The first `--lang` on the command line, when it names a language.
pub fn lang_flag(args: &[std::ffi::OsString]) -> Option<Locale> {
    // Named as clap will read it, by the same `--lang` values.
    let named = crate::usage::locale;
    let mut words = args.iter().skip(1).map(|a| a.to_str());
    while let Some(word) = words.next() {
        match word {
            // Past `--` everything is a value.
            Some("--") => return None,
            Some("--lang") => return named(words.next().flatten()?),
            Some(w) if w.starts_with("--lang=") => return named(&w["--lang=".len()..]),
            _ => {}
        }
    }
    None
}

/// The rubric's locale, which wins over `LANG` but not over `--lang`.
pub fn rubric_locale(locale: Option<Locale>) {
    if let Some(l) = locale {
        if !LOCALE_FIXED.load(Ordering::Relaxed) {
            store(l);
        }
    }
}

fn store(locale: Locale) {
    LOCALE.store(
        match locale {
            Locale::Zh => 0,
            Locale::En => 1,
        },
        Ordering::Relaxed,
    );
}

/// The language in force.
pub fn locale() -> Locale {
    match LOCALE.load(Ordering::Relaxed) {
        1 => Locale::En,
        _ => Locale::Zh,
    }
}

/// The language a run with a rubric of `rubric` locale speaks, by the
/// same rule as [`rubric_locale`] but without changing the process's
/// language: `kaohe serve` scores many rubrics, one page each.
pub fn locale_with(rubric: Option<Locale>) -> Locale {
    match rubric {
        Some(l) if !LOCALE_FIXED.load(Ordering::Relaxed) => l,
        _ => locale(),
    }
}

/// Whether `--quiet` was given: no progress, no closing summary.
pub fn quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// The language `LANG` (or `LC_ALL`, `LC_MESSAGES`) names: English for
/// `en…`, otherwise Chinese — the users' language, and what `C` gets.
pub fn from_env() -> Locale {
    let var = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_default();
    if var.to_ascii_lowercase().starts_with("en") {
        Locale::En
    } else {
        Locale::Zh
    }
}

/// A catalogue message (`kaohe::i18n::cli`) in the language in force.
pub fn say(text: Text) -> String {
    text.get(locale()).to_string()
}

/// A catalogue word in the language in force.
pub fn word(word: Word) -> &'static str {
    word.get(locale())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lang_flag_is_found_before_the_line_is_parsed() {
        let args = |a: &[&str]| -> Vec<std::ffi::OsString> {
            std::iter::once("kaohe")
                .chain(a.iter().copied())
                .map(Into::into)
                .collect()
        };
        assert_eq!(
            lang_flag(&args(&["--lang", "zh", "score"])),
            Some(Locale::Zh)
        );
        assert_eq!(
            lang_flag(&args(&["score", "--lang=en", "--bogus"])),
            Some(Locale::En)
        );
        assert_eq!(lang_flag(&args(&["score", "--lang", "fr"])), None);
        assert_eq!(lang_flag(&args(&["score", "--lang"])), None);
        assert_eq!(lang_flag(&args(&["score", "--", "--lang", "en"])), None);
        assert_eq!(lang_flag(&args(&["score", "--bogus"])), None);
    }
}
