//! Messages in both of the tool's languages.
//!
//! The library never decides the language: errors and problems keep every
//! message in Chinese and English, and whoever shows them picks one — the
//! CLI with `--lang`, the workbook with the report's locale. A message with
//! fixed parts is a [`Text`], made with [`text!`](crate::text); a typed error
//! renders itself in either language through [`Localize`]. `Display` is the
//! English text, so logs and `{}` stay stable.

use std::fmt;

pub use crate::rubric::Locale;

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

/// Something that can be said in either language.
pub trait Localize {
    /// The whole message in `locale`.
    fn localized(&self, locale: Locale) -> String;
}

impl Localize for Text {
    fn localized(&self, locale: Locale) -> String {
        self.get(locale).to_string()
    }
}

/// A [`Text`](crate::i18n::Text) from an English and a Chinese format string
/// with the same arguments (inline `{name}` captures work in both):
/// `text!("row {row} is blank", "第 {row} 行为空")`. Arguments are evaluated
/// once per language, so pass plain values.
#[macro_export]
macro_rules! text {
    ($en:literal, $zh:literal $(, $arg:expr)* $(,)?) => {
        $crate::i18n::Text {
            en: format!($en $(, $arg)*),
            zh: format!($zh $(, $arg)*),
        }
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
}
