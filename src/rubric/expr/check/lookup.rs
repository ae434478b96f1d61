//! `table(…)`: looking a value up in one of the rubric's lookup tables.

use crate::i18n::Text;
use std::ops::Range;

use cel::common::ast::CallExpr;
use rust_decimal::Decimal;

use super::lower::{date_src, into_num, num, text_src};
use super::types::{Fx, KeySrc, Node, Ty, Typed};
use super::Compiler;
use crate::i18n::rubric as msg;
use crate::rubric::expr::{EvalError, ExprError};
use crate::rubric::table::{KeyArg, TableValue};
use crate::show::closest;

impl Compiler<'_> {
    /// `table("NAME", key…[, date])`: the table must exist, take that many
    /// keys (and a date when its values change on dates), and hold every key
    /// written as a literal.
    pub(super) fn table(
        &mut self,
        call: &CallExpr,
        span: Range<usize>,
    ) -> Result<Typed, ExprError> {
        let usage = || msg::table_takes_table_name_quotes();
        let Some((name_arg, rest)) = call.args.split_first() else {
            return self.err(span, usage());
        };
        let name = self.expr(name_arg)?;
        let Node::Text(table_name) = &name.node else {
            return self.err(name.span, usage());
        };
        let Some(table) = self.tables.iter().find(|t| &t.name == table_name).cloned() else {
            let known: Vec<&str> = self.tables.iter().map(|t| t.name.as_str()).collect();
            let message = if known.is_empty() {
                msg::no_table_this_rubric_has(table_name)
            } else {
                let list = Text::list(&known);
                let mut m = msg::no_table_tables(table_name, &list);
                if let Some(close) = closest(table_name, known.iter().copied()) {
                    m = m.join("", "", &msg::did_you_mean(close));
                }
                m
            };
            return self.err(name.span, message);
        };
        let dated = table.is_dated();
        let text = table.text;
        let wanted = table.keys.len() + usize::from(dated);
        if rest.len() != wanted {
            let mut shown = table.keys.clone();
            if dated {
                shown.push("date".to_string());
            }
            let why = if dated {
                msg::table_dates_come_last().text()
            } else {
                Text::default()
            };
            let (table_name, given) = (&table.name, rest.len());
            let list = Text::list(&shown);
            return self.err(
                span,
                msg::table_takes_argument_after_name(table_name, wanted, &list, given, &why),
            );
        }
        let (key_args, date_arg) = if dated {
            (&rest[..rest.len() - 1], rest.last())
        } else {
            (rest, None)
        };
        let mut keys: Vec<KeySrc> = Vec::new();
        for (at, arg) in key_args.iter().enumerate() {
            let mut k = self.expr(arg)?;
            if let Node::Text(t) = &mut k.node {
                *t = crate::input::normalize_text(t);
            }
            let literal = match &k.node {
                Node::Text(t) => Some(KeyArg::Text(t)),
                Node::Num(n) => Some(KeyArg::Number(*n)),
                _ => None,
            };
            if let Some(lit) = literal {
                if !table.has_key(at, &lit) {
                    return self.err(k.span.clone(), {
                        let table_name = &table.name;
                        let key = table.keys.get(at).map_or("", String::as_str);
                        let texts = table.key_texts(at);
                        let list = Text::list(&texts);
                        msg::not_key_table_keys_there(lit, table_name, key, &list)
                    });
                }
            }
            keys.push(match k.ty {
                Ty::Text => KeySrc::Text(text_src(k.node)),
                Ty::Number => KeySrc::Number(into_num(k)),
                _ => {
                    return self.err(k.span.clone(), {
                        let d = self.describe(&k);
                        msg::table_key_text_number_but(&d)
                    })
                }
            });
        }
        let date = match date_arg {
            None => None,
            Some(arg) => {
                let d = self.expr(arg)?;
                if d.ty != Ty::Date {
                    return self.err(d.span.clone(), {
                        let desc = self.describe(&d);
                        let hint = if d.ty == Ty::DateTime {
                            msg::wrap_in_date().text()
                        } else {
                            Text::default()
                        };
                        msg::last_argument_dated_table_date(&desc, &hint)
                    });
                }
                Some(date_src(d.node))
            }
        };
        let find = move |env: &crate::rubric::expr::Env| -> Result<TableValue, EvalError> {
            // Text keys are read first (a text table's value is owned), then
            // lent to the lookup.
            let mut texts = Vec::with_capacity(keys.len());
            let mut numbers = Vec::with_capacity(keys.len());
            for k in &keys {
                match k {
                    KeySrc::Text(t) => texts.push(Some(t.get(env)?)),
                    KeySrc::Number(n) => {
                        texts.push(None);
                        numbers.push(n(env)?);
                    }
                }
            }
            let mut numbers = numbers.into_iter();
            let args: Vec<KeyArg> = texts
                .iter()
                .map(|t| match t {
                    Some(t) => KeyArg::Text(t),
                    None => KeyArg::Number(numbers.next().unwrap_or_default()),
                })
                .collect();
            let on = match &date {
                Some(d) => Some(d.get(env)?),
                None => None,
            };
            table.lookup(&args, on).cloned().ok_or_else(|| {
                let mut shown: Vec<String> = args.iter().map(ToString::to_string).collect();
                if let Some(on) = on {
                    shown.push(on.to_string());
                }
                EvalError::NoTableRow {
                    table: table.name.clone(),
                    keys: shown.join(", "),
                }
            })
        };
        // The table's kind is its type: `table("head_teacher", class) == 3`
        // is refused at load like any text compared with a number.
        if text {
            let f: Fx<String> = Box::new(move |env| match find(env)? {
                TableValue::Text(t) => Ok(t),
                TableValue::Number(n) => Ok(n.normalize().to_string()),
            });
            return Ok(Typed {
                node: Node::TextFn(f),
                ty: Ty::Text,
                span,
            });
        }
        let f: Fx<Decimal> = Box::new(move |env| match find(env)? {
            TableValue::Number(n) => Ok(n),
            TableValue::Text(_) => Ok(Decimal::ZERO),
        });
        Ok(num(Node::NumFn(f), span))
    }
}
