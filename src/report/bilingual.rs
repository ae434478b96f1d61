//! Putting catalogue words together in both languages at once, so a
//! sentence is built once and said in whichever language the reader has.

use crate::i18n::{Locale, Text, Word};

/// `parts` one after another with `sep` between them, in each language.
pub(super) fn join(parts: impl IntoIterator<Item = Text>, sep: Word) -> Text {
    let mut out: Option<Text> = None;
    for part in parts {
        out = Some(match out {
            None => part,
            Some(sofar) => sofar.join(sep.en, sep.zh, &part),
        });
    }
    out.unwrap_or_default()
}

/// Names that are the same in both languages (a teacher's, an item's),
/// with `sep` between them.
pub(super) fn join_names<'a>(names: impl IntoIterator<Item = &'a str>, sep: Word) -> Text {
    join(names.into_iter().map(Text::same), sep)
}

/// `more` after `out`, in each language.
pub(super) fn append(out: &mut Text, more: &Text) {
    out.en.push_str(&more.en);
    out.zh.push_str(&more.zh);
}

/// Words another part of kaohe gives one language at a time, as a [`Text`].
pub(super) fn both(words: impl Fn(Locale) -> &'static str) -> Text {
    Text {
        en: words(Locale::En).to_string(),
        zh: words(Locale::Zh).to_string(),
    }
}
