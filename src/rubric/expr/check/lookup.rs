//! `table(…)`: looking a value up in one of the rubric's lookup tables.

use std::ops::Range;

use cel::common::ast::CallExpr;
use rust_decimal::Decimal;

use super::lower::{date_src, into_num, num, text_src};
use super::types::{Fx, KeySrc, Node, Ty, Typed};
use super::Compiler;
use crate::rubric::expr::{EvalError, ExprError};
use crate::rubric::table::KeyArg;
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
        let usage = || {
            crate::text!(
                "`table()` takes a table's name in quotes and its keys, like \
                 table(\"weekly_hours\", teacher.subject, teacher.grade)",
                "`table()` 里先写带引号的查找表名，再写查找的键，\
                 如 table(\"weekly_hours\", teacher.subject, teacher.grade)"
            )
        };
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
                crate::text!(
                    "no table `{table_name}`: this rubric has no [tables.NAME]",
                    "没有名为 `{table_name}` 的查找表：这个评分方案里没有 [tables.表名]"
                )
            } else {
                let (list_en, list_zh) = (known.join(", "), known.join("、"));
                let mut m = crate::text!(
                    "no table `{table_name}`; tables: {list_en}",
                    "没有名为 `{table_name}` 的查找表；已有的查找表：{list_zh}"
                );
                if let Some(close) = closest(table_name, known.iter().copied()) {
                    m = m.join(
                        "",
                        "",
                        &crate::text!("; did you mean `{close}`?", "。是否想写 `{close}`？"),
                    );
                }
                m
            };
            return self.err(name.span, message);
        };
        let dated = table.is_dated();
        let wanted = table.keys.len() + usize::from(dated);
        if rest.len() != wanted {
            let mut shown = table.keys.clone();
            if dated {
                shown.push("date".to_string());
            }
            let (why_en, why_zh) = if dated {
                (
                    "; its values change on dates, so the date to look up comes last",
                    "；它的值随日期变化，所以最后一个参数是要查的日期",
                )
            } else {
                ("", "")
            };
            let (table_name, given) = (&table.name, rest.len());
            let (list_en, list_zh) = (shown.join(", "), shown.join("、"));
            return self.err(
                span,
                crate::text!(
                    "table `{table_name}` takes {wanted} argument(s) after its name ({list_en}), not {given}{why_en}",
                    "查找表 `{table_name}` 在表名后面要 {wanted} 个参数（{list_zh}），这里写了 {given} 个{why_zh}"
                ),
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
                    return self.err(
                        k.span.clone(),
                        {
                            let table_name = &table.name;
                            let key = table.keys.get(at).map_or("", String::as_str);
                            let texts = table.key_texts(at);
                            let (list_en, list_zh) = (texts.join(", "), texts.join("、"));
                            crate::text!(
                                "`{lit}` is not a key of table `{table_name}` ({key}); its keys there: {list_en}",
                                "`{lit}` 不是查找表 `{table_name}` 的键（{key}）；这一列已有的键：{list_zh}"
                            )
                        },
                    );
                }
            }
            keys.push(match k.ty {
                Ty::Text => KeySrc::Text(text_src(k.node)),
                Ty::Number => KeySrc::Number(into_num(k)),
                _ => {
                    return self.err(k.span.clone(), {
                        let d = self.describe(&k);
                        let (d_en, d_zh) = (&d.en, &d.zh);
                        crate::text!(
                            "a table key is text or a number, but {d_en} is neither",
                            "查找表的键应为文本或数字，但 {d_zh} 两者都不是"
                        )
                    })
                }
            });
        }
        let date = match date_arg {
            None => None,
            Some(arg) => {
                let d = self.expr(arg)?;
                if d.ty != Ty::Date {
                    return self.err(
                        d.span.clone(),
                        {
                            let desc = self.describe(&d);
                            let (d_en, d_zh) = (&desc.en, &desc.zh);
                            let (hint_en, hint_zh) = if d.ty == Ty::DateTime {
                                ("; write date(…) around it", "；请在外面套上 date(…)")
                            } else {
                                ("", "")
                            };
                            crate::text!(
                                "the last argument of a dated table is the date to look up, but {d_en} is not a date{hint_en}",
                                "随日期变化的查找表，最后一个参数是要查的日期，但 {d_zh} 不是日期{hint_zh}"
                            )
                        },
                    );
                }
                Some(date_src(d.node))
            }
        };
        let f: Fx<Decimal> = Box::new(move |env| {
            let mut args = Vec::with_capacity(keys.len());
            for k in &keys {
                args.push(match k {
                    KeySrc::Text(t) => KeyArg::Text(t.get(env)?),
                    KeySrc::Number(n) => KeyArg::Number(n(env)?),
                });
            }
            let on = match &date {
                Some(d) => Some(d.get(env)?),
                None => None,
            };
            table.lookup(&args, on).ok_or_else(|| {
                let mut shown: Vec<String> = args.iter().map(ToString::to_string).collect();
                if let Some(on) = on {
                    shown.push(on.to_string());
                }
                EvalError::NoTableRow {
                    table: table.name.clone(),
                    keys: shown.join(", "),
                }
            })
        });
        Ok(num(Node::NumFn(f), span))
    }
}
