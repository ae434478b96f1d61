//! The language and quietness of one run, and the binary's own messages
//! (`kaohe::i18n::cli`) said in that language on stderr.
//!
//! The language is decided in steps, and an error may be printed at any of
//! them: before the command line is parsed, `--lang` as typed, else `LANG`
//! ([`Term::before_parse`]); once it is parsed, `--lang`, else `LANG`
//! ([`Term::new`]); once the rubric is read, its locale unless `--lang` was
//! given ([`Term::rubric_locale`]). `main` makes the [`Term`] and hands it
//! to the command; whoever says something is handed it (or the locale it
//! needs), and `main` says the command's error in the language the Term
//! has when the command returns.

use std::sync::atomic::{AtomicU8, Ordering};

use kaohe::i18n::{Text, Word};
use kaohe::rubric::Locale;

/// The language and quietness of one run. The language may change once the
/// rubric is read, from whichever thread reads it, so it is held in an
/// atomic: a district's schools and the Ctrl-C handler read it from their
/// own threads.
#[derive(Debug)]
pub struct Term {
    locale: AtomicU8,
    /// `--lang` was given: the rubric's locale does not change the language.
    fixed: bool,
    quiet: bool,
}

impl Term {
    /// The language before the command line is parsed, for clap's own
    /// errors and help and for the guided mode's questions: `--lang` as
    /// typed (`--lang zh`, `--lang=en`), else `LANG` — the rubric is not
    /// read yet. [`Term::new`] decides again once the line is parsed.
    pub fn before_parse(args: &[std::ffi::OsString]) -> Term {
        let flag = lang_flag(args);
        Term::new(flag, false)
    }

    /// The language from `--lang` (fixed for the run) or `LANG`, and
    /// whether `--quiet` was given.
    pub fn new(flag: Option<Locale>, quiet: bool) -> Term {
        Term {
            locale: AtomicU8::new(code(flag.unwrap_or_else(from_env))),
            fixed: flag.is_some(),
            quiet,
        }
    }

    /// Takes the rubric's locale, which wins over `LANG` but not over `--lang`.
    pub fn rubric_locale(&self, locale: Option<Locale>) {
        if let Some(l) = locale {
            if !self.fixed {
                self.locale.store(code(l), Ordering::Relaxed);
            }
        }
    }

    /// The language in force.
    pub fn locale(&self) -> Locale {
        match self.locale.load(Ordering::Relaxed) {
            1 => Locale::En,
            _ => Locale::Zh,
        }
    }

    /// The language a run with a rubric of `rubric` locale speaks, by the
    /// same rule as [`Term::rubric_locale`] but without changing this
    /// run's language: `kaohe serve` scores many rubrics, one page each.
    pub fn locale_with(&self, rubric: Option<Locale>) -> Locale {
        match rubric {
            Some(l) if !self.fixed => l,
            _ => self.locale(),
        }
    }

    /// Whether `--quiet` was given: no progress, no closing summary.
    pub fn quiet(&self) -> bool {
        self.quiet
    }

    /// A catalogue message (`kaohe::i18n::cli`) in the language in force.
    pub fn say(&self, text: Text) -> String {
        text.get(self.locale()).to_string()
    }

    /// A catalogue word in the language in force.
    pub fn word(&self, word: Word) -> &'static str {
        word.get(self.locale())
    }
}

/// How a language is held in [`Term`]'s atomic.
fn code(locale: Locale) -> u8 {
    match locale {
        Locale::Zh => 0,
        Locale::En => 1,
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rubrics_locale_wins_over_lang_but_not_over_the_flag() {
        let flagged = Term::new(Some(Locale::En), false);
        flagged.rubric_locale(Some(Locale::Zh));
        assert_eq!(flagged.locale(), Locale::En);
        assert_eq!(flagged.locale_with(Some(Locale::Zh)), Locale::En);

        let from_lang = Term::new(None, false);
        assert_eq!(from_lang.locale_with(Some(Locale::En)), Locale::En);
        assert_eq!(from_lang.locale_with(Some(Locale::Zh)), Locale::Zh);
        // Asking what a rubric would say does not change the run's language.
        assert_eq!(from_lang.locale(), from_env());
        from_lang.rubric_locale(None);
        assert_eq!(from_lang.locale(), from_env());
        from_lang.rubric_locale(Some(Locale::En));
        assert_eq!(from_lang.locale(), Locale::En);
        assert_eq!(from_lang.word(kaohe::i18n::cli::error_prefix()), "error: ");
    }

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
