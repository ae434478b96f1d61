//! Every sentence and label kaohe says, in Chinese and English: one
//! catalogue, the lowest room of the house (it imports nothing of kaohe's).
//!
//! The catalogue is the modules below, one per room ([`input`], [`rubric`],
//! [`engine`], [`report`], [`audit`], [`cli`]), and [`common`]'s places
//! and weekdays, which several rooms say. Each module's messages are
//! data, in the `.toml` file beside it, which `build.rs` turns into the
//! module's functions through [`messages!`](crate::messages):
//!
//! ```toml
//! [records_outside]
//! doc = "A source with records outside the period."  # where it is said
//! args = ["source", "count", "list: Text"]            # absent: a fixed word
//! en = "source {source}: {count} records outside ({list})"
//! zh = "数据源 {source}：{count} 条记录在外（{list}）"
//! ```
//!
//! A table per message, in the order written; the English and the Chinese
//! side by side, with named arguments (`: Text` marks one that is itself
//! said in either language). A message without both languages, an unknown
//! key or a `{name}` that is not one of its `args` stops the build, naming
//! the file and the message; a translator edits data, not code. An
//! entry without arguments is a [`Word`]; one with arguments gives a
//! [`Text`], which keeps both languages until whoever shows it picks one —
//! the CLI by `--lang`, the workbook by the report's [`Locale`]. There is no
//! language held by the process: it is passed. `Display` is the English, so
//! logs and JSON stay stable. A typed error says itself through
//! [`Localize`].

use std::fmt;

pub mod audit;
pub mod cli;
pub mod common;
pub mod engine;
pub mod input;
pub mod report;
pub mod rubric;

/// Output language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Locale {
    /// 中文.
    Zh,
    /// English.
    En,
}

/// One message in Chinese and English.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text {
    /// The English message.
    pub en: String,
    /// The Chinese message.
    pub zh: String,
}

impl Text {
    /// The same words in both languages: names, values, file paths.
    pub fn same(s: impl Into<String>) -> Self {
        let s = s.into();
        Text {
            en: s.clone(),
            zh: s,
        }
    }

    /// Names or values listed as each language lists them: `a, b` and `a、b`.
    pub fn list<S: AsRef<str>>(items: &[S]) -> Self {
        let items: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
        Text {
            en: items.join(", "),
            zh: items.join("、"),
        }
    }

    /// The message in `locale`.
    pub fn get(&self, locale: Locale) -> &str {
        match locale {
            Locale::Zh => &self.zh,
            Locale::En => &self.en,
        }
    }

    /// Joins two messages with `sep_en` / `sep_zh` between them.
    pub fn join(&self, sep_en: &str, sep_zh: &str, other: &Text) -> Text {
        Text {
            en: format!("{}{sep_en}{}", self.en, other.en),
            zh: format!("{}{sep_zh}{}", self.zh, other.zh),
        }
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en)
    }
}

/// In JSON a message is its English text: machine-read output stays stable
/// whatever language the run speaks.
impl serde::Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.en)
    }
}

impl From<Text> for String {
    fn from(t: Text) -> String {
        t.en
    }
}

/// A message of kaohe's own carried inside another crate's error (an
/// `io::Error` kaohe makes), so whoever says that error finds it in both
/// languages, not only in the one string such an error holds.
#[derive(Debug, Clone)]
pub struct Carried(pub Text);

impl fmt::Display for Carried {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.en)
    }
}

impl std::error::Error for Carried {}

/// Something that can be said in either language.
pub trait Localize {
    /// The whole message in `locale`.
    fn localized(&self, locale: Locale) -> String;

    /// The whole message in both languages, to be said inside another.
    fn said(&self) -> Text {
        Text {
            en: self.localized(Locale::En),
            zh: self.localized(Locale::Zh),
        }
    }
}

/// `Display` (the English, as every message in logs and JSON) and
/// [`Localize`] for types whose inherent `text()` says them in both
/// languages: the one way kaohe's errors and warnings are said.
macro_rules! said_by_text {
    ($($t:ty),+ $(,)?) => {$(
        impl ::std::fmt::Display for $t {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(&self.text().en)
            }
        }

        impl $crate::i18n::Localize for $t {
            fn localized(&self, locale: $crate::i18n::Locale) -> String {
                self.text().get(locale).to_string()
            }
        }
    )+};
}
pub(crate) use said_by_text;

impl Localize for Text {
    fn localized(&self, locale: Locale) -> String {
        self.get(locale).to_string()
    }
}

/// A [`Text`](crate::i18n::Text) from an English and a Chinese format string
/// with the same arguments (inline `{name}` captures work in both):
/// `text!("row {row} is blank", "第 {row} 行为空")`. Arguments are evaluated
/// once per language, so pass plain values. For tests' made-up messages
/// only: what kaohe says comes from the catalogue.
#[cfg(test)]
#[macro_export]
macro_rules! text {
    ($en:literal, $zh:literal $(, $arg:expr)* $(,)?) => {
        $crate::i18n::Text {
            en: format!($en $(, $arg)*),
            zh: format!($zh $(, $arg)*),
        }
    };
}

/// A fixed word or label in both languages: a sheet name, a header, a
/// keyword shown to the user. `Copy`, and `get` gives a `&'static str`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    /// The English word.
    pub en: &'static str,
    /// The Chinese word.
    pub zh: &'static str,
}

impl Word {
    /// The word in `locale`.
    pub const fn get(self, locale: Locale) -> &'static str {
        match locale {
            Locale::Zh => self.zh,
            Locale::En => self.en,
        }
    }

    /// Of `words`, the one whose English is `en`: how a name another crate
    /// or the rubric writes in English finds its Chinese.
    pub fn by_en(words: &[fn() -> Word], en: &str) -> Option<Word> {
        words.iter().map(|w| w()).find(|w| w.en == en)
    }

    /// The word as an owned [`Text`].
    pub fn text(self) -> Text {
        Text {
            en: self.en.to_string(),
            zh: self.zh.to_string(),
        }
    }
}

impl fmt::Display for Word {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.en)
    }
}

/// Defines entries of the catalogue: each is one function, its English and
/// Chinese side by side, and the macro does not accept an entry without
/// both — a missing translation does not compile.
///
/// ```ignore
/// messages! {
///     /// A sheet's name.
///     sheet_summary { en: "Summary", zh: "汇总" }
///     /// Arguments are named; `: Text` marks one that is itself said in
///     /// either language, so each language gets its own words.
///     records_outside(source, count, list: Text) {
///         en: "source {source}: {count} records outside ({list})",
///         zh: "数据源 {source}：{count} 条记录在外（{list}）",
///     }
/// }
/// ```
///
/// An entry without arguments is a `const fn` giving a [`Word`]; one with
/// arguments gives a [`Text`]. Plain arguments take anything `Display`.
#[macro_export]
macro_rules! messages {
    () => {};
    (
        $(#[$meta:meta])*
        $name:ident { en: $en:literal, zh: $zh:literal $(,)? }
        $($rest:tt)*
    ) => {
        $(#[$meta])*
        #[must_use]
        pub const fn $name() -> $crate::i18n::Word {
            $crate::i18n::Word { en: $en, zh: $zh }
        }
        $crate::messages! { $($rest)* }
    };
    (
        $(#[$meta:meta])*
        $name:ident ( $($arg:ident $(: $ty:ident)?),* $(,)? ) { en: $en:literal, zh: $zh:literal $(,)? }
        $($rest:tt)*
    ) => {
        $(#[$meta])*
        #[must_use]
        // A message's arguments are the named slots of its sentence.
        #[allow(clippy::too_many_arguments)]
        pub fn $name($($arg: $crate::__message_arg!($($ty)?)),*) -> $crate::i18n::Text {
            $crate::i18n::Text {
                en: {
                    $($crate::__message_bind!(en, $arg $(, $ty)?);)*
                    format!($en)
                },
                zh: {
                    $($crate::__message_bind!(zh, $arg $(, $ty)?);)*
                    format!($zh)
                },
            }
        }
        $crate::messages! { $($rest)* }
    };
}

/// The type of a catalogue argument: `Display`, or a `Text` said in the
/// language being written.
#[doc(hidden)]
#[macro_export]
macro_rules! __message_arg {
    () => { impl ::std::fmt::Display };
    (Text) => { &$crate::i18n::Text };
}

/// Binds a `Text` argument to its words in one language.
#[doc(hidden)]
#[macro_export]
macro_rules! __message_bind {
    ($lang:ident, $arg:ident) => {
        let _ = &$arg;
    };
    ($lang:ident, $arg:ident, Text) => {
        let $arg = &$arg.$lang;
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_take_the_same_arguments() {
        let row = 7;
        let t = text!("row {row} is blank", "第 {row} 行为空");
        assert_eq!(t.get(Locale::En), "row 7 is blank");
        assert_eq!(t.get(Locale::Zh), "第 7 行为空");
        assert_eq!(t.to_string(), "row 7 is blank");
        let u = text!("{} of {}", "{1} 中的 {0}", 2, 5);
        assert_eq!(u.zh, "5 中的 2");
        assert_eq!(t.join("; ", "；", &u).zh, "第 7 行为空；5 中的 2");
    }

    messages! {
        /// A word.
        example_word { en: "Summary", zh: "汇总" }
        /// A sentence with a plain and a bilingual argument.
        example_sentence(row, what: Text) {
            en: "row {row}: {what}",
            zh: "第 {row} 行：{what}",
        }
    }

    #[test]
    fn catalogue_entries_say_each_language_with_named_arguments() {
        assert_eq!(example_word().get(Locale::Zh), "汇总");
        assert_eq!(example_word().get(Locale::En), "Summary");
        let what = text!("blank", "为空");
        let t = example_sentence(7, &what);
        assert_eq!(t.get(Locale::En), "row 7: blank");
        assert_eq!(t.get(Locale::Zh), "第 7 行：为空");
    }
}
