//! Text normalisation for header cells and text values, so that the same
//! header or name typed with full-width forms, stray spaces, line breaks or
//! invisible characters compares equal to its plain spelling.

use std::borrow::Cow;

use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// Normalises header text: folds full-width forms (NFKC, so `（分钟）` is
/// `(分钟)`), then removes every whitespace character, line breaks included,
/// and every invisible one, so `迟到时长\n(分钟)` and `迟到时长 （分钟）` both
/// read `迟到时长(分钟)`.
pub fn normalize_header(s: &str) -> String {
    s.nfkc()
        .filter(|c| !c.is_whitespace() && !is_invisible(*c))
        .collect()
}

/// Characters that show as nothing and can only have come from copying text
/// out of a web page, a chat or a PDF: a cell `补卡审批通过` followed by a
/// zero-width space looks exactly like the rubric's `补卡审批通过` and must
/// compare equal to it. These are the zero-width space, joiners and word
/// joiner, the byte-order mark, the soft hyphen, the Mongolian vowel
/// separator, the bidirectional marks, embeddings, overrides and isolates,
/// the invisible math operators, and control characters other than the
/// whitespace ones (tab and line breaks, which are spaces).
pub fn is_invisible(c: char) -> bool {
    matches!(c as u32,
        0x00AD                 // soft hyphen
        | 0x180E               // Mongolian vowel separator
        | 0x200B..=0x200F      // zero-width space, ZWNJ, ZWJ, LRM, RLM
        | 0x202A..=0x202E      // bidi embeddings and overrides
        | 0x2060..=0x2064      // word joiner, invisible operators
        | 0x2066..=0x206F      // bidi isolates, deprecated format characters
        | 0xFEFF               // byte-order mark, zero-width no-break space
        | 0xFFF9..=0xFFFB      // interlinear annotation marks
    ) || (c.is_control() && !c.is_whitespace())
}

/// The text with each invisible character written out as `<U+200B>`, so a
/// message about a cell shows what the spreadsheet hides.
pub fn show_invisible(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_invisible(c) {
            out.push_str(&format!("<U+{:04X}>", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Text as written, only cleaned of what no one can see: outer whitespace
/// trimmed and invisible characters removed. Names are shown this way
/// (`欧阳 娜`, `孙磊（已离职）`) while they are matched normalised.
pub fn clean_text(s: &str) -> String {
    s.chars()
        .filter(|c| !is_invisible(*c))
        .collect::<String>()
        .trim()
        .to_string()
}

/// Normalises a text value: folds full-width letters, digits and spaces
/// (NFKC, so U+3000 is a plain space and `Ａ１` is `A1`), trims, collapses
/// whitespace runs to one space, and drops a space between two CJK
/// characters, since Chinese names carry no spaces (`欧阳 娜` is `欧阳娜`)
/// while Latin names keep one (`John  Smith` is `John Smith`). Invisible
/// characters ([`is_invisible`]) are removed.
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
        if is_invisible(c) {
            continue;
        }
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

    #[test]
    fn invisible_characters_are_removed() {
        for c in [
            '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{00AD}', '\u{200E}',
            '\u{200F}', '\u{202A}', '\u{202E}', '\u{180E}', '\u{0007}',
        ] {
            let cell = format!("补卡审批{c}通过{c}");
            assert_eq!(normalize_text(&cell), "补卡审批通过", "{c:?}");
            assert_eq!(normalize_header(&format!("{c}工号{c}")), "工号", "{c:?}");
        }
        assert_eq!(normalize_text("\u{00A0}欧阳\u{200B} 娜\u{3000}"), "欧阳娜");
        assert_eq!(normalize_text("\u{200B}"), "");
    }

    #[test]
    fn invisible_characters_are_shown_in_messages() {
        assert_eq!(
            show_invisible("补卡审批通过\u{200B}"),
            "补卡审批通过<U+200B>"
        );
        assert_eq!(show_invisible("\u{FEFF}缺课"), "<U+FEFF>缺课");
        assert_eq!(show_invisible("欧阳 娜"), "欧阳 娜");
    }

    #[test]
    fn names_are_shown_as_written() {
        assert_eq!(clean_text(" 欧阳 娜\u{200B} "), "欧阳 娜");
        assert_eq!(clean_text("孙磊（已离职）"), "孙磊（已离职）");
    }
}
