//! The date and time functions: `date()`, `datetime()`, `time()`,
//! `duration()` and the clock parts `hour()` / `minute()`.

use std::ops::Range;

use chrono::{NaiveDate, NaiveTime, Timelike};
use rust_decimal::Decimal;

use super::lower::{datetime_src, into_time, num, parse_duration, typed_span};
use super::types::{Fx, Node, Ty, Typed};
use super::Compiler;
use crate::rubric::expr::ExprError;

impl Compiler<'_> {
    /// `time("19:30")` or the time of day of a datetime.
    pub(super) fn time_fn(&mut self, arg: Typed, span: Range<usize>) -> Result<Typed, ExprError> {
        let node = match arg.node {
            Node::Text(s) => {
                let parsed = ["%H:%M", "%H:%M:%S"]
                    .iter()
                    .find_map(|f| NaiveTime::parse_from_str(s.trim(), f).ok());
                match parsed {
                    Some(t) => Node::Time(t),
                    None => {
                        return self.err(
                            arg.span,
                            crate::text!(
                                "`{s}` is not a time of day; write it as HH:MM, from 00:00 to 23:59, like \"19:30\"",
                                "`{s}` 不是时刻；请写成 00:00 到 23:59 之间的 \"19:30\" 这样的格式"
                            ),
                        )
                    }
                }
            }
            node if arg.ty == Ty::DateTime => {
                let a = datetime_src(node);
                Node::TimeFn(Box::new(move |env| Ok(a.get(env)?.time())))
            }
            node if arg.ty == Ty::Time => node,
            other => {
                let arg = typed_span(other, arg.ty, arg.span);
                return self.err(arg.span.clone(), {
                    let d = self.describe(&arg);
                    let (d_en, d_zh) = (&d.en, &d.zh);
                    crate::text!(
                        "`time()` takes a quoted time of day like time(\"19:30\") or a datetime, not {d_en}",
                        "`time()` 里要写带引号的时刻，如 time(\"19:30\")，或日期时间，不能是 {d_zh}"
                    )
                });
            }
        };
        Ok(typed_span(node, Ty::Time, span))
    }

    /// `duration("1h30m")`, checked here.
    pub(super) fn duration_fn(
        &mut self,
        arg: Typed,
        span: Range<usize>,
    ) -> Result<Typed, ExprError> {
        let Node::Text(s) = &arg.node else {
            return self.err(
                arg.span,
                crate::text!(
                    "`duration()` takes a quoted length of time, like duration(\"24h\"), duration(\"90m\") or duration(\"1h30m\")",
                    "`duration()` 里要写带引号的时长，如 duration(\"24h\")、duration(\"90m\")、duration(\"1h30m\")"
                ),
            );
        };
        match parse_duration(s) {
            Some(d) => Ok(typed_span(Node::Dur(d), Ty::Duration, span)),
            None => self.err(
                arg.span,
                crate::text!(
                    "`{s}` is not a length of time; write whole days (d), hours (h), minutes (m) \
                     and seconds (s) in that order, like \"24h\", \"90m\" or \"1h30m\"",
                    "`{s}` 不是时长；请按天（d）、小时（h）、分钟（m）、秒（s）的顺序写整数，\
                     如 \"24h\"、\"90m\"、\"1h30m\""
                ),
            ),
        }
    }

    /// `hour(x)` / `minute(x)` of a datetime or a time of day.
    pub(super) fn clock_part(
        &mut self,
        arg: Typed,
        name: &str,
        span: Range<usize>,
    ) -> Result<Typed, ExprError> {
        let hour = name == "hour";
        let time: Fx<NaiveTime> = match arg.ty {
            Ty::Time => into_time(arg.node),
            Ty::DateTime => {
                let a = datetime_src(arg.node);
                Box::new(move |env| Ok(a.get(env)?.time()))
            }
            _ => {
                return self.err(arg.span.clone(), {
                    let d = self.describe(&arg);
                    let (d_en, d_zh) = (&d.en, &d.zh);
                    crate::text!(
                        "`{name}()` takes a datetime or a time of day, not {d_en}",
                        "`{name}()` 里要写日期时间或时刻，不能是 {d_zh}"
                    )
                })
            }
        };
        Ok(num(
            Node::NumFn(Box::new(move |env| {
                let t = time(env)?;
                Ok(Decimal::from(if hour { t.hour() } else { t.minute() }))
            })),
            span,
        ))
    }

    pub(super) fn date_fn(&mut self, arg: Typed, span: Range<usize>) -> Result<Typed, ExprError> {
        let node = match arg.node {
            Node::Text(s) => match NaiveDate::parse_from_str(&s, "%Y-%m-%d") {
                Ok(d) => Node::Date(d),
                Err(_) => {
                    return self.err(
                        arg.span,
                        crate::text!(
                            "`{s}` is not a date; write it as YYYY-MM-DD, like \"2022-04-20\"",
                            "`{s}` 不是日期；请写成 \"2022-04-20\" 这样的格式"
                        ),
                    )
                }
            },
            Node::Field(slot) if arg.ty == Ty::DateTime => Node::DateOf(slot),
            Node::Field(slot) if arg.ty == Ty::Date => Node::Field(slot),
            node if arg.ty == Ty::DateTime => {
                let a = datetime_src(node);
                Node::DateFn(Box::new(move |env| Ok(a.get(env)?.date())))
            }
            other => {
                let arg = typed_span(other, arg.ty, arg.span);
                return self.err(
                    arg.span.clone(),
                    {
                        let d = self.describe(&arg);
                        let (d_en, d_zh) = (&d.en, &d.zh);
                        crate::text!(
                            "`date()` takes a quoted date like date(\"2022-04-20\") or a datetime field, \
                             not {d_en}",
                            "`date()` 里要写带引号的日期，如 date(\"2022-04-20\")，或日期时间字段，\
                             不能是 {d_zh}"
                        )
                    },
                );
            }
        };
        Ok(Typed {
            node,
            ty: Ty::Date,
            span,
        })
    }
}
