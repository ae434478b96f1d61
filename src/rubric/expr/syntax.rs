//! Parsing with cel's parser, and the byte spans the rest of the module
//! reports errors with.
//!
//! cel reports node offsets in bytes (the stop inclusive), lexer and parser
//! errors as (line, column) with the column counted in characters, and macro
//! errors (`has()`) with the column counted in bytes. Everything leaving this
//! file is a byte range into the expression's source.

use std::ops::Range;
use std::panic::{self, AssertUnwindSafe};

use cel::common::ast::{Expr, IdedExpr, SourceInfo};
use cel::parser::{ParseError, ParseErrors, Parser};
use unicode_normalization::UnicodeNormalization;

use super::{ExprError, Scope};
use crate::i18n::rubric as msg;
use crate::i18n::Text;

/// A parsed expression with the offsets of its nodes.
pub(super) struct Parsed {
    pub expr: IdedExpr,
    pub info: SourceInfo,
}

/// Parses `src`, turning cel's errors into one readable [`ExprError`].
pub(super) fn parse(src: &str, scope: &Scope) -> Result<Parsed, ExprError> {
    // A rubric is user input: should cel's parser panic on some odd text, the
    // user gets an error for that expression rather than a crashed run.
    let parsed = panic::catch_unwind(AssertUnwindSafe(|| {
        Parser::new().parse_with_source_info(src)
    }));
    match parsed {
        Ok(Ok((expr, info))) => Ok(Parsed { expr, info }),
        Ok(Err(errors)) => Err(convert_errors(src, &errors, scope)),
        Err(_) => Err(ExprError {
            span: 0..src.len(),
            message: msg::expression_parser_failed_this_expression(),
        }),
    }
}

/// The byte range of the token cel recorded for node `id`.
pub(super) fn token(src: &str, info: &SourceInfo, id: u64) -> Option<Range<usize>> {
    let (start, stop) = info.offset_for(id)?;
    let start = (start as usize).min(src.len());
    // The stop is inclusive and indexes the token's last byte; snapping to the
    // next char boundary keeps slicing safe whatever that byte was.
    let end = ceil_boundary(src, (stop as usize).saturating_add(1)).max(start);
    Some(floor_boundary(src, start)..end)
}

/// The byte range an expression covers, as far as its tokens tell: cel records
/// one token per node (an operator, a `(`, a `.`), so the range is the union
/// over the node and its children, widened to the function name, closing
/// bracket or minus sign that no node records.
pub(super) fn span(src: &str, info: &SourceInfo, e: &IdedExpr) -> Range<usize> {
    let own = token(src, info, e.id);
    let mut range = own.clone().unwrap_or(src.len()..src.len());
    let mut merge = |r: Range<usize>| {
        range = range.start.min(r.start)..range.end.max(r.end);
    };
    match &e.expr {
        Expr::Call(call) => {
            for child in call.target.iter().map(|t| &**t).chain(call.args.iter()) {
                merge(span(src, info, child));
            }
            if is_function_name(&call.func_name) {
                if call.target.is_none() {
                    if let Some(own) = &own {
                        let name_end = skip_ws_back(src, own.start);
                        if src[..name_end].ends_with(call.func_name.as_str()) {
                            let start = name_end - call.func_name.len();
                            range = start.min(range.start)..range.end;
                        }
                    }
                }
                range.end = past_closing(src, range.end, ')');
            }
        }
        Expr::Select(select) => {
            // The node's own token is the `.`, or for `has(x.y)` the `(`; the
            // field name after the dot is recorded nowhere.
            let operand = span(src, info, &select.operand);
            merge(operand.clone());
            let mut at = skip_ws(src, operand.end);
            if src[at..].starts_with('.') {
                at = skip_ws(src, at + 1);
                if src[at..].starts_with(select.field.as_str()) {
                    merge(at..at + select.field.len());
                }
            }
            if select.test {
                range.end = past_closing(src, range.end, ')');
                let name_end = skip_ws_back(src, range.start);
                if src[..name_end].ends_with("has") {
                    range.start = name_end - 3;
                }
            }
        }
        Expr::List(list) => {
            for child in &list.elements {
                merge(span(src, info, child));
            }
            range.end = past_closing(src, range.end, ']');
        }
        Expr::Literal(_) => {
            // A negative literal's token is the digits alone; the `-` belongs
            // to it in the source.
            let before = skip_ws_back(src, range.start);
            if src[..before].ends_with('-') {
                let head = &src[..before - 1];
                let prev = head.trim_end().chars().last();
                // Only a prefix minus (start of text, after an operator or an
                // opening bracket) is part of the literal.
                if prev.is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == ')' || c == ']')) {
                    range.start = before - 1;
                }
            }
        }
        Expr::Comprehension(c) => {
            merge(span(src, info, &c.iter_range));
            range.end = past_closing(src, range.end, ')');
        }
        _ => {}
    }
    range
}

/// Whether a call's name is a function written by name (`size`, `contains`)
/// rather than an operator (`_==_`, `!_`, `@in`).
fn is_function_name(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
}

fn skip_ws(src: &str, mut at: usize) -> usize {
    while let Some(c) = src[at..].chars().next() {
        if !c.is_whitespace() {
            break;
        }
        at += c.len_utf8();
    }
    at
}

fn skip_ws_back(src: &str, at: usize) -> usize {
    src[..at].trim_end().len()
}

/// `at` moved past a closing bracket that follows it, if one does.
fn past_closing(src: &str, at: usize, close: char) -> usize {
    let next = skip_ws(src, at);
    if src[next..].starts_with(close) {
        next + close.len_utf8()
    } else {
        at
    }
}

fn floor_boundary(src: &str, mut at: usize) -> usize {
    at = at.min(src.len());
    while !src.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil_boundary(src: &str, mut at: usize) -> usize {
    at = at.min(src.len());
    while !src.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// Messages cel's tree builder emits about its own internal state; a syntax
/// error reported alongside always says more to a user.
fn is_internal(msg: &str) -> bool {
    msg.starts_with("Incomplete ") || msg.starts_with("No `")
}

/// Errors cel's macro expander reports, whose column counts bytes.
fn is_macro_error(msg: &str) -> bool {
    msg == "invalid argument to has() macro"
        || msg == "argument must be a simple name"
        || msg.starts_with("macro '")
}

fn convert_errors(src: &str, errors: &ParseErrors, scope: &Scope) -> ExprError {
    let chosen = errors
        .errors
        .iter()
        .find(|e| !is_internal(&e.msg))
        .or_else(|| errors.errors.first());
    match chosen {
        Some(error) => convert_error(src, error, scope),
        None => ExprError {
            span: 0..src.len(),
            message: msg::expression_could_not_parsed(),
        },
    }
}

/// The byte offset of a 1-based (line, column) position.
fn offset_of(src: &str, (line, column): (isize, isize), column_in_bytes: bool) -> usize {
    if line < 1 {
        return 0;
    }
    let column = usize::try_from(column.max(1) - 1).unwrap_or(0);
    let mut line_start = 0;
    for (i, text) in src.split_inclusive('\n').enumerate() {
        if i + 1 == line as usize {
            let within = if column_in_bytes {
                floor_boundary(text, column)
            } else {
                text.char_indices()
                    .nth(column)
                    .map_or(text.len(), |(at, _)| at)
            };
            return line_start + within;
        }
        line_start += text.len();
    }
    src.len()
}

/// The first `'...'`-quoted text in a cel message, e.g. the offending input.
fn quoted(msg: &str) -> Option<&str> {
    let start = msg.find('\'')? + 1;
    let tail = &msg[start..];
    // The quoted text may itself hold quotes (a string token), so the end is
    // found by what follows it in cel's messages.
    let len = tail
        .find("' expecting")
        .or_else(|| tail.find("' at '"))
        .or_else(|| tail.rfind('\''))?;
    Some(&tail[..len])
}

fn convert_error(src: &str, error: &ParseError, scope: &Scope) -> ExprError {
    let msg = error
        .msg
        .strip_prefix("Syntax error: ")
        .unwrap_or(&error.msg);
    let at = offset_of(src, error.pos, is_macro_error(&error.msg));
    let rest = &src[at..];
    let one_char = at..at + rest.chars().next().map_or(0, char::len_utf8);
    let err = |span: Range<usize>, message: Text| ExprError { span, message };

    if msg.starts_with("token recognition error") {
        return unrecognised(src, at, scope);
    }
    if msg == "invalid argument to has() macro" {
        let word = word_at(src, at);
        let name = if word.is_empty() {
            msg::has_field_placeholder().text()
        } else {
            Text::same(&src[word.clone()])
        };
        let span = if word.is_empty() { one_char } else { word };
        return err(span, msg::has_takes_roster_field_like_2(&name));
    }
    if msg.starts_with("reserved identifier: ") {
        let word = word_at(src, at);
        return err(word.clone(), {
            let w = &src[word];
            msg::reserved_word_cannot_name_field(w)
        });
    }
    if msg == "invalid int literal" || msg == "invalid uint literal" {
        let word = word_at(src, at);
        return err(word.clone(), {
            let n = &src[word];
            msg::number_too_large(n)
        });
    }
    if msg.contains("'<EOF>'") {
        let message = match msg.strip_prefix("missing ") {
            Some(tail) => {
                let missing = quoted(tail).unwrap_or("?");
                msg::expression_incomplete_missing_end(missing)
            }
            None => msg::expression_incomplete_ends_where_value(),
        };
        return err(src.len()..src.len(), message);
    }
    // The offending token, when the message quotes it and it starts here.
    let token = quoted(msg)
        .filter(|t| !t.is_empty() && rest.starts_with(t))
        .map_or(one_char.clone(), |t| at..at + t.len());
    let shown = &src[token.clone()];
    let message = if msg.starts_with("extraneous input") || msg.starts_with("mismatched input") {
        msg::unexpected_here(shown)
    } else if msg.starts_with("no viable alternative") {
        msg::cannot_make_sense_expression(shown)
    } else if let Some(what) = msg.strip_prefix("unsupported syntax ") {
        msg::not_supported_rubric_expressions(what)
    } else {
        // cel's own words: kept as they are, with a Chinese lead-in.
        msg::parser_said(msg)
    };
    err(token, message)
}

/// The identifier-like run of characters starting at `at`.
fn word_at(src: &str, at: usize) -> Range<usize> {
    let len = src[at..]
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(src.len() - at);
    at..at + len
}

/// An error for a character cel's lexer could not start a token with.
fn unrecognised(src: &str, at: usize, scope: &Scope) -> ExprError {
    let Some(c) = src[at..].chars().next() else {
        return ExprError {
            span: at..at,
            message: msg::unexpected_end_expression(),
        };
    };
    let span = at..at + c.len_utf8();
    let message = match c {
        '=' => msg::not_operator_here_compare_write(),
        '"' | '\'' => {
            return ExprError {
                span: at..src.len(),
                message: msg::this_text_has_no_closing(c),
            }
        }
        '&' => msg::not_operator_here_write(),
        '|' => msg::not_operator_here_write_2(),
        '“' | '”' | '‘' | '’' | '「' | '」' | '『' | '』' => {
            msg::typographic_quote_quote_text_straight(c)
        }
        _ if !c.is_ascii() => {
            let ascii: String = c.to_string().nfkc().collect();
            if ascii.is_ascii() && !ascii.is_empty() && ascii != c.to_string() {
                let hint = if ascii == "=" { "==" } else { ascii.as_str() };
                msg::full_width_character_write(c, hint)
            } else {
                let word = word_at(src, at);
                let word = if word.is_empty() { span.clone() } else { word };
                let text = &src[word.clone()];
                let is_field = scope.record.iter().any(|(n, _)| n == text)
                    || scope.teacher.iter().any(|(n, _)| n == text);
                let message = if is_field {
                    msg::field_cannot_named_expression_names(text)
                } else {
                    msg::not_quoted_write_text_quotes(text)
                };
                return ExprError {
                    span: word,
                    message,
                };
            }
        }
        _ => msg::not_allowed_here(c),
    };
    ExprError { span, message }
}
