//! The date and time functions: `date()`, `datetime()`, `time()`,
//! `duration()` and the clock parts `hour()` / `minute()`.

use std::ops::Range;

use chrono::{NaiveDate, NaiveTime, Timelike};
use rust_decimal::Decimal;

use super::lower::{datetime_src, into_time, num, parse_duration, typed_span};
use super::types::{Fx, Node, Ty, Typed};
use super::Compiler;
use crate::i18n::rubric as msg;
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
                    None => return self.err(arg.span, msg::not_time_day_write_hh(&s)),
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
                    msg::time_takes_quoted_time_day(&d)
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
            return self.err(arg.span, msg::duration_takes_quoted_length_time());
        };
        match parse_duration(s) {
            Some(d) => Ok(typed_span(Node::Dur(d), Ty::Duration, span)),
            None => self.err(arg.span, msg::not_length_time_write_whole(s)),
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
                    msg::takes_datetime_time_day_not(name, &d)
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
                Err(_) => return self.err(arg.span, msg::not_date_write_yyyy_mm(&s)),
            },
            Node::Field(slot) if arg.ty == Ty::DateTime => Node::DateOf(slot),
            Node::Field(slot) if arg.ty == Ty::Date => Node::Field(slot),
            node if arg.ty == Ty::DateTime => {
                let a = datetime_src(node);
                Node::DateFn(Box::new(move |env| Ok(a.get(env)?.date())))
            }
            other => {
                let arg = typed_span(other, arg.ty, arg.span);
                return self.err(arg.span.clone(), {
                    let d = self.describe(&arg);
                    msg::date_takes_quoted_date_like(&d)
                });
            }
        };
        Ok(Typed {
            node,
            ty: Ty::Date,
            span,
        })
    }
}
