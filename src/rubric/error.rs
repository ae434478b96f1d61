//! Rubric errors, each pointing at the TOML line and column at fault and
//! rendered with that line and a caret under the fault, in either language:
//! every message is kept in Chinese and English and the caller picks one.

use std::fmt;
use std::ops::Range;

use crate::i18n::rubric as msg;
use crate::i18n::{Localize, Text};
use crate::rubric::Locale;

/// Why a rubric could not be loaded.
#[derive(Debug)]
pub enum RubricError {
    /// The file could not be read.
    Io {
        /// The rubric's path.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The file is not UTF-8 text (saved as GBK by an older editor, say).
    NotUtf8 {
        /// The rubric's path.
        path: String,
        /// Where the first byte that is not UTF-8 is.
        source: std::str::Utf8Error,
    },
    /// One or more located problems: syntax, unknown keys, bad references,
    /// bad expressions, inconsistent numbers. All are reported together.
    Invalid(Vec<Diagnostic>),
}

fn render_all_in(diagnostics: &[Diagnostic], locale: Locale) -> String {
    diagnostics
        .iter()
        .map(|d| d.render(locale))
        .collect::<Vec<_>>()
        .join("\n\n")
}

impl RubricError {
    /// The whole error in both languages.
    pub fn text(&self) -> Text {
        match self {
            RubricError::Io { path, source } => {
                let zh = match source.kind() {
                    std::io::ErrorKind::NotFound => msg::file_not_found().zh.to_string(),
                    std::io::ErrorKind::PermissionDenied => {
                        msg::no_read_permission().zh.to_string()
                    }
                    _ => crate::input::io_reason(source).zh,
                };
                let reason = Text {
                    en: source.to_string(),
                    zh,
                };
                let said = msg::rubric_unreadable(path, &reason);
                match missing_folder(path, source) {
                    Some(folder) => said.join("\n", "\n", &msg::rubric_folder_missing(&folder)),
                    None => said,
                }
            }
            RubricError::NotUtf8 { path, source } => {
                msg::rubric_not_utf8(path, source, source.valid_up_to() + 1)
            }
            RubricError::Invalid(diagnostics) => Text {
                en: render_all_in(diagnostics, Locale::En),
                zh: render_all_in(diagnostics, Locale::Zh),
            },
        }
    }
}

/// For a rubric not found at a relative path whose first folder is not
/// in the current folder either (`rubrics/x.toml` typed outside the unpacked
/// kaohe folder): that folder, which the hint names.
fn missing_folder(path: &str, source: &std::io::Error) -> Option<String> {
    if source.kind() != std::io::ErrorKind::NotFound {
        return None;
    }
    let path = std::path::Path::new(path);
    if path.is_absolute() {
        return None;
    }
    let mut parts = path.components();
    let first = parts.next()?;
    // A bare file name has no folder to be missing.
    parts.next()?;
    let std::path::Component::Normal(first) = first else {
        return None;
    };
    let folder = std::path::Path::new(first);
    (!folder.exists()).then(|| crate::provenance::display_path(folder))
}

crate::i18n::said_by_text!(RubricError);

impl std::error::Error for RubricError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            // Said in the message already, in the reader's words, before
            // any hint: not a link of its own after the hint.
            RubricError::Io { .. } => None,
            RubricError::NotUtf8 { source, .. } => Some(source),
            RubricError::Invalid(_) => None,
        }
    }
}

/// One located problem in a rubric file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The rubric's path.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// How many characters the caret underlines (at least 1).
    pub width: usize,
    /// The text of the line at fault.
    pub line_text: String,
    /// What is wrong and what would be accepted, in both languages.
    pub message: Text,
}

impl Diagnostic {
    /// Locates `span` (byte offsets into `text`) and attaches `message`.
    pub fn at(path: &str, text: &str, span: Range<usize>, message: Text) -> Self {
        let start = floor_char_boundary(text, span.start.min(text.len()));
        let end = floor_char_boundary(text, span.end.clamp(start, text.len()));
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let line = text[..start].matches('\n').count() + 1;
        let column = text[line_start..start].chars().count() + 1;
        let width = text[start..end.min(line_end)].chars().count().max(1);
        Diagnostic {
            path: path.to_string(),
            line,
            column,
            width,
            line_text: text[line_start..line_end]
                .trim_end_matches('\r')
                .to_string(),
            message,
        }
    }

    /// The diagnostic in `locale`: the `path:line:col: message` head, the
    /// line at fault and a caret under the fault. Only the message changes
    /// with the language; the caret is placed by the line's own characters.
    pub fn render(&self, locale: Locale) -> String {
        let number = self.line.to_string();
        let pad = " ".repeat(number.len());
        // Columns count characters; CJK characters take two cells on a terminal.
        let lead: usize = self
            .line_text
            .chars()
            .take(self.column.saturating_sub(1))
            .map(display_width)
            .sum();
        let under: usize = self
            .line_text
            .chars()
            .skip(self.column.saturating_sub(1))
            .take(self.width)
            .map(display_width)
            .sum();
        format!(
            "{}:{}:{}: {}\n{pad} |\n{number} | {}\n{pad} | {}{}",
            self.path,
            self.line,
            self.column,
            self.message.get(locale),
            self.line_text,
            " ".repeat(lead),
            "^".repeat(under.max(1))
        )
    }
}

impl Localize for Diagnostic {
    fn localized(&self, locale: Locale) -> String {
        self.render(locale)
    }
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Locale::En))
    }
}

/// Terminal cells a character takes under the caret line: its display
/// width, but at least one, so that a tab or a combining mark in the line
/// still moves the caret by one as the terminal shows it.
fn display_width(c: char) -> usize {
    crate::show::width(c.encode_utf8(&mut [0; 4])).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_at_line_and_column_with_a_caret() {
        let text = "a = 1\nwhen = 'statuz == 1'\n";
        let start = text.find("statuz").unwrap_or(0);
        let d = Diagnostic::at(
            "r.toml",
            text,
            start..start + 6,
            crate::text!("unknown field `statuz`", "字段 `statuz` 不存在"),
        );
        assert_eq!((d.line, d.column, d.width), (2, 9, 6));
        assert_eq!(
            d.to_string(),
            "r.toml:2:9: unknown field `statuz`\n  |\n2 | when = 'statuz == 1'\n  |         ^^^^^^"
        );
    }

    #[test]
    fn every_diagnostic_of_an_error_is_said_in_the_language_asked() {
        let text = "a = 1\nb = 2\n";
        let d = |at: usize, en: &str, zh: &str| {
            Diagnostic::at(
                "r.toml",
                text,
                at..at + 1,
                Text {
                    en: en.to_string(),
                    zh: zh.to_string(),
                },
            )
        };
        let e = RubricError::Invalid(vec![d(0, "bad a", "a 不对"), d(6, "bad b", "b 不对")]);
        assert_eq!(e.localized(Locale::En), e.to_string());
        let zh = e.localized(Locale::Zh);
        assert!(zh.starts_with("r.toml:1:1: a 不对\n"), "{zh}");
        assert!(zh.contains("^\n\nr.toml:2:1: b 不对\n"), "{zh}");
        let missing = RubricError::Io {
            path: "x.toml".to_string(),
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        };
        assert_eq!(
            missing.localized(Locale::Zh),
            "无法读取评分方案文件 x.toml：文件不存在"
        );
    }

    #[test]
    fn carets_account_for_wide_characters() {
        let text = "name = \"考核\" x";
        let start = text.find('x').unwrap_or(0);
        let d = Diagnostic::at("r.toml", text, start..start + 1, crate::text!("bad", "错"));
        assert!(d.to_string().ends_with("  |               ^"), "{d}");
    }
}
