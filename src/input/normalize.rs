//! Text normalisation for header cells and text values, so that the same
//! header or name typed with full-width forms, stray spaces or line breaks
//! compares equal to its plain spelling.

use std::borrow::Cow;

use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// Normalises header text: folds full-width forms (NFKC, so `（分钟）` is
/// `(分钟)`), then removes every whitespace character, line breaks included,
/// so `迟到时长\n(分钟)` and `迟到时长 （分钟）` both read `迟到时长(分钟)`.
pub fn normalize_header(s: &str) -> String {
    s.nfkc().filter(|c| !c.is_whitespace()).collect()
}

/// Normalises a text value: folds full-width letters, digits and spaces
/// (NFKC, so U+3000 is a plain space and `Ａ１` is `A1`), trims, collapses
/// whitespace runs to one space, and drops a space between two CJK
/// characters, since Chinese names carry no spaces (`欧阳 娜` is `欧阳娜`)
/// while Latin names keep one (`John  Smith` is `John Smith`).
pub fn normalize_text(s: &str) -> String {
    // Most cells are already NFKC; checking is much cheaper than folding.
    let folded: Cow<'_, str> = if is_nfkc_quick(s.chars()) == IsNormalized::Yes {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.nfkc().collect())
    };
    let mut out = String::with_capacity(folded.len());
    // A whitespace run is held back until the next visible character shows
    // whether it separates two CJK characters (dropped) or anything else.
    let mut pending_space = false;
    let mut last: Option<char> = None;
    for c in folded.chars() {
        if c.is_whitespace() {
            pending_space = last.is_some();
            continue;
        }
        if pending_space {
            let between_cjk = last.is_some_and(is_cjk) && is_cjk(c);
            if !between_cjk {
                out.push(' ');
            }
            pending_space = false;
        }
        out.push(c);
        last = Some(c);
    }
    out
}

/// Han ideographs and kana: scripts written without spaces between words.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // hiragana, katakana
        | 0x3400..=0x4DBF    // CJK extension A
        | 0x4E00..=0x9FFF    // CJK unified ideographs
        | 0xF900..=0xFAFF    // CJK compatibility ideographs
        | 0x20000..=0x3FFFF  // CJK extensions B and later
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_drops_line_breaks_and_folds_full_width() {
        assert_eq!(normalize_header("迟到时长\n(分钟)"), "迟到时长(分钟)");
        assert_eq!(normalize_header(" 迟到时长\r\n（分钟） "), "迟到时长(分钟)");
        assert_eq!(normalize_header("工　号"), "工号");
        assert_eq!(normalize_header("ＵｓｅｒＩｄ"), "UserId");
    }

    #[test]
    fn text_drops_space_inside_chinese_names() {
        assert_eq!(normalize_text("欧阳 娜"), "欧阳娜");
        assert_eq!(normalize_text("欧阳\u{3000}娜"), "欧阳娜");
        assert_eq!(normalize_text("  欧阳  娜 "), "欧阳娜");
    }

    #[test]
    fn text_keeps_one_space_between_latin_words() {
        assert_eq!(normalize_text("John  Smith"), "John Smith");
        assert_eq!(normalize_text("\u{3000}John\tSmith\u{3000}"), "John Smith");
        assert_eq!(normalize_text("张 John"), "张 John");
    }

    #[test]
    fn text_folds_full_width_letters_and_digits() {
        assert_eq!(normalize_text("３年级２班"), "3年级2班");
        assert_eq!(normalize_text("ＡＢＣ"), "ABC");
        assert_eq!(normalize_text(""), "");
        assert_eq!(normalize_text(" \u{3000} "), "");
    }
}
