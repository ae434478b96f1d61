//! A checked expression in words: the [`Phrase`] tree an expression keeps
//! once it has compiled, and how it is said in Chinese and English with the
//! names people read (a column's header, a table's title) instead of ids.
//!
//! The tree is built from the parsed expression after the checker accepted
//! it, so every node in it is one the language has; saying it is one match
//! over every operator and function, which the compiler holds complete. A
//! new operator cannot reach the 规则 sheet as code: it has no words until
//! it is given some here.

use cel::common::ast::{operators, Expr, IdedExpr, LiteralValue, SourceInfo};
use rust_decimal::Decimal;

use super::syntax;
use super::{FieldRef, Scope};
use crate::i18n::rubric as msg;
use crate::i18n::Text;
use crate::show::plain;
use crate::value::FieldType;

/// A checked expression as a tree of what it says.
#[derive(Debug, Clone, PartialEq)]
pub enum Phrase {
    /// A field of the record or of the teacher's roster row.
    Field(FieldRef),
    /// A text literal, without its quotes.
    Text(String),
    /// A number literal.
    Number(Decimal),
    /// `true` or `false`.
    Bool(bool),
    /// `null`: a blank cell.
    Null,
    /// A comparison: `a == b`, `a <= b`, …
    Compare(Compare, Box<Phrase>, Box<Phrase>),
    /// `a && b`.
    And(Box<Phrase>, Box<Phrase>),
    /// `a || b`.
    Or(Box<Phrase>, Box<Phrase>),
    /// `!a`.
    Not(Box<Phrase>),
    /// `a + b`, `a * b`, …
    Arith(ArithOp, Box<Phrase>, Box<Phrase>),
    /// `-a`.
    Negate(Box<Phrase>),
    /// `a in [x, y]`.
    OneOf(Box<Phrase>, Vec<Phrase>),
    /// `a in list_field`: the list field holds the value.
    Among(Box<Phrase>, Box<Phrase>),
    /// `c ? a : b`.
    Choose(Box<Phrase>, Box<Phrase>, Box<Phrase>),
    /// A function call with its arguments (the target first for `x.f(…)`).
    Call(Function, Vec<Phrase>),
}

/// A comparison in words: its operator, and whether it compares dates or
/// times, which are earlier and later rather than fewer and more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Compare {
    /// `==`, `<`, …
    pub op: CmpOp,
    /// Whether either side is a date or a time.
    pub dated: bool,
}

/// The comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

impl CmpOp {
    /// The comparison a parsed call (`_<=_`) stands for, if it is one.
    pub(super) fn of_operator(name: &str) -> Option<CmpOp> {
        Some(match name {
            operators::EQUALS => CmpOp::Eq,
            operators::NOT_EQUALS => CmpOp::Ne,
            operators::LESS => CmpOp::Lt,
            operators::LESS_EQUALS => CmpOp::Le,
            operators::GREATER => CmpOp::Gt,
            operators::GREATER_EQUALS => CmpOp::Ge,
            _ => return None,
        })
    }
}

/// The arithmetic operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArithOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
}

impl ArithOp {
    /// The arithmetic a parsed call (`_+_`) stands for, if it is one.
    pub(super) fn of_operator(name: &str) -> Option<ArithOp> {
        Some(match name {
            operators::ADD => ArithOp::Add,
            operators::SUBSTRACT => ArithOp::Sub,
            operators::MULTIPLY => ArithOp::Mul,
            operators::DIVIDE => ArithOp::Div,
            _ => return None,
        })
    }
}

/// The functions an expression may call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Function {
    /// `date("2022-04-20")` or `date(datetime)`.
    Date,
    /// `datetime("2022-04-20 08:00")`.
    DateTime,
    /// `time("19:30")` or `time(datetime)`.
    Time,
    /// `duration("1h30m")`.
    Duration,
    /// `hour(x)`.
    Hour,
    /// `minute(x)`.
    Minute,
    /// `size(text)`: characters.
    Length,
    /// `size(list)`: values.
    Count,
    /// `text.contains(x)`.
    Contains,
    /// `text.startsWith(x)`.
    StartsWith,
    /// `text.endsWith(x)`.
    EndsWith,
    /// `has(teacher.NAME)`.
    Has,
    /// `table("NAME", key…)`: the table's name.
    Table(String),
}

/// The names people read for what an expression refers to.
pub trait Names {
    /// A field's display name (its label, or its column's first header).
    fn field(&self, at: FieldRef) -> String;
    /// A lookup table's display name.
    fn table(&self, name: &str) -> String;
}

/// Builds the phrase of an expression the checker has accepted; `None`
/// only for a shape the checker refuses.
pub(super) fn build(e: &IdedExpr, src: &str, info: &SourceInfo, scope: &Scope) -> Option<Phrase> {
    let b = |x: &IdedExpr| build(x, src, info, scope).map(Box::new);
    Some(match &e.expr {
        Expr::Literal(lit) => match lit {
            LiteralValue::Boolean(v) => Phrase::Bool(*v.inner()),
            LiteralValue::Int(i) => Phrase::Number(Decimal::from(*i.inner())),
            LiteralValue::UInt(u) => Phrase::Number(Decimal::from(*u.inner())),
            LiteralValue::Double(d) => {
                // The exact number is in the source; cel holds a float.
                let token = syntax::token(src, info, e.id)?;
                let text = src.get(token)?;
                let value = text
                    .parse::<Decimal>()
                    .or_else(|_| Decimal::from_scientific(text))
                    .ok()?;
                Phrase::Number(if d.inner().is_sign_negative() {
                    -value
                } else {
                    value
                })
            }
            LiteralValue::String(s) => Phrase::Text(s.inner().to_string()),
            LiteralValue::Null => Phrase::Null,
            LiteralValue::Bytes(_) => return None,
        },
        Expr::Ident(name) => {
            let i = scope.record.iter().position(|(n, _)| n == name)?;
            Phrase::Field(FieldRef::Record(i))
        }
        Expr::Select(select) => {
            let i = scope.teacher.iter().position(|(n, _)| *n == select.field)?;
            let field = Phrase::Field(FieldRef::Teacher(i));
            if select.test {
                Phrase::Call(Function::Has, vec![field])
            } else {
                field
            }
        }
        Expr::Call(call) => {
            let args = &call.args;
            let two = || match args.as_slice() {
                [l, r] => Some((b(l)?, b(r)?)),
                _ => None,
            };
            if let Some(op) = CmpOp::of_operator(&call.func_name) {
                let (l, r) = two()?;
                let dated = is_temporal(&l, scope) || is_temporal(&r, scope);
                return Some(Phrase::Compare(Compare { op, dated }, l, r));
            }
            if let Some(op) = ArithOp::of_operator(&call.func_name) {
                let (l, r) = two()?;
                return Some(Phrase::Arith(op, l, r));
            }
            match call.func_name.as_str() {
                operators::LOGICAL_AND => {
                    let (l, r) = two()?;
                    Phrase::And(l, r)
                }
                operators::LOGICAL_OR => {
                    let (l, r) = two()?;
                    Phrase::Or(l, r)
                }
                operators::LOGICAL_NOT => Phrase::Not(b(args.first()?)?),
                operators::NEGATE => match build(args.first()?, src, info, scope)? {
                    Phrase::Number(n) => Phrase::Number(-n),
                    other => Phrase::Negate(Box::new(other)),
                },
                operators::CONDITIONAL => {
                    let [c, x, y] = args.as_slice() else {
                        return None;
                    };
                    Phrase::Choose(b(c)?, b(x)?, b(y)?)
                }
                operators::IN => {
                    let [x, list] = args.as_slice() else {
                        return None;
                    };
                    match &list.expr {
                        Expr::List(l) => Phrase::OneOf(
                            b(x)?,
                            l.elements
                                .iter()
                                .map(|el| build(el, src, info, scope))
                                .collect::<Option<_>>()?,
                        ),
                        _ => Phrase::Among(b(x)?, b(list)?),
                    }
                }
                name => {
                    let function = match (call.target.is_some(), name) {
                        (false, "date") => Function::Date,
                        (false, "datetime") => Function::DateTime,
                        (false, "time") => Function::Time,
                        (false, "duration") => Function::Duration,
                        (false, "hour") => Function::Hour,
                        (false, "minute") => Function::Minute,
                        (_, "size") => Function::Length,
                        (true, "contains") => Function::Contains,
                        (true, "startsWith") => Function::StartsWith,
                        (true, "endsWith") => Function::EndsWith,
                        (false, "table") => {
                            let Expr::Literal(LiteralValue::String(t)) = &args.first()?.expr else {
                                return None;
                            };
                            let keys = args[1..]
                                .iter()
                                .map(|a| build(a, src, info, scope))
                                .collect::<Option<_>>()?;
                            return Some(Phrase::Call(
                                Function::Table(t.inner().to_string()),
                                keys,
                            ));
                        }
                        _ => return None,
                    };
                    let mut all: Vec<Phrase> = Vec::new();
                    if let Some(target) = &call.target {
                        all.push(build(target, src, info, scope)?);
                    }
                    for a in args {
                        all.push(build(a, src, info, scope)?);
                    }
                    let function = match (&function, all.as_slice()) {
                        (Function::Length, [Phrase::Field(at)]) if is_list(scope, *at) => {
                            Function::Count
                        }
                        _ => function,
                    };
                    Phrase::Call(function, all)
                }
            }
        }
        Expr::List(_)
        | Expr::Map(_)
        | Expr::Struct(_)
        | Expr::Comprehension(_)
        | Expr::Unspecified => return None,
    })
}

/// Whether a phrase is a date, a datetime or a time of day.
fn is_temporal(p: &Phrase, scope: &Scope) -> bool {
    match p {
        Phrase::Field(at) => matches!(
            field_type(scope, *at),
            Some(FieldType::Date | FieldType::DateTime | FieldType::Time)
        ),
        Phrase::Call(Function::Date | Function::DateTime | Function::Time, _) => true,
        _ => false,
    }
}

fn field_type<'s>(scope: &'s Scope, at: FieldRef) -> Option<&'s FieldType> {
    let field = match at {
        FieldRef::Record(i) => scope.record.get(i),
        FieldRef::Teacher(i) => scope.teacher.get(i),
    };
    field.map(|(_, t)| t)
}

fn is_list(scope: &Scope, at: FieldRef) -> bool {
    matches!(field_type(scope, at), Some(FieldType::List(_)))
}

/// How tightly a phrase binds, for brackets: a part that binds more
/// loosely than where it stands is bracketed.
fn binding(p: &Phrase) -> u8 {
    match p {
        Phrase::Choose(c, a, b) if capped(c, a, b).is_some() => 8,
        Phrase::Choose(..) => 0,
        Phrase::Or(..) => 1,
        Phrase::And(..) => 2,
        Phrase::Not(_) => 3,
        Phrase::Compare(..) | Phrase::OneOf(..) | Phrase::Among(..) => 4,
        Phrase::Arith(ArithOp::Add | ArithOp::Sub, ..) => 5,
        Phrase::Arith(ArithOp::Mul | ArithOp::Div, ..) => 6,
        Phrase::Negate(_) => 7,
        Phrase::Field(_)
        | Phrase::Text(_)
        | Phrase::Number(_)
        | Phrase::Bool(_)
        | Phrase::Null
        | Phrase::Call(..) => 8,
    }
}

impl Phrase {
    /// The phrase as one term: bracketed when it is not one already, before
    /// 合计 or `×` (`（若…则…，否则…）合计`, `（时长 + 5） × 2`).
    pub fn say_as_term(&self, names: &dyn Names) -> Text {
        let words = self.say(names);
        if binding(self) < 7 {
            msg::say_grouped(&words)
        } else {
            words
        }
    }

    /// The phrase in both languages, each name as `names` gives it.
    pub fn say(&self, names: &dyn Names) -> Text {
        let part = |p: &Phrase, at_least: u8| {
            let t = p.say(names);
            if binding(p) < at_least {
                msg::say_grouped(&t)
            } else {
                t
            }
        };
        match self {
            Phrase::Field(at) => Text::same(names.field(*at)),
            Phrase::Text(s) => Text::same(s.clone()),
            Phrase::Number(n) => Text::same(plain(*n)),
            Phrase::Bool(true) => msg::say_true().text(),
            Phrase::Bool(false) => msg::say_false().text(),
            Phrase::Null => msg::say_blank().text(),
            Phrase::Compare(op, l, r) => {
                let (a, b) = (space_after(&part(l, 5)), space_before(&part(r, 5)));
                match (op.op, op.dated, &**r) {
                    (CmpOp::Eq, _, Phrase::Null) => msg::say_is_blank(&part(l, 5)),
                    (CmpOp::Ne, _, Phrase::Null) => msg::say_is_not_blank(&part(l, 5)),
                    (CmpOp::Eq, ..) => msg::say_eq(&a, &b),
                    (CmpOp::Ne, ..) => msg::say_ne(&a, &b),
                    (CmpOp::Lt, false, _) => msg::say_lt(&a, &b),
                    (CmpOp::Le, false, _) => msg::say_le(&a, &b),
                    (CmpOp::Gt, false, _) => msg::say_gt(&a, &b),
                    (CmpOp::Ge, false, _) => msg::say_ge(&a, &b),
                    (CmpOp::Lt, true, _) => msg::say_before(&a, &b),
                    (CmpOp::Le, true, _) => msg::say_not_after(&a, &b),
                    (CmpOp::Gt, true, _) => msg::say_after(&a, &b),
                    (CmpOp::Ge, true, _) => msg::say_not_before(&a, &b),
                }
            }
            Phrase::And(l, r) => msg::say_and(&part(l, 2), &part(r, 2)),
            Phrase::Or(l, r) => {
                // `a，且b或c` would be ambiguous: an `and` inside an `or` is bracketed.
                msg::say_or(&part(l, 3), &part(r, 3))
            }
            Phrase::Not(a) => msg::say_not(&part(a, 4)),
            Phrase::Arith(op, l, r) => {
                let own = binding(self);
                // The right side of `-` and `/` is bracketed at the same
                // binding too: `a - (b - c)`.
                let right_at = match op {
                    ArithOp::Add | ArithOp::Mul => own,
                    ArithOp::Sub | ArithOp::Div => own + 1,
                };
                let (a, b) = (part(l, own), part(r, right_at));
                match op {
                    ArithOp::Add => msg::say_add(&a, &b),
                    ArithOp::Sub => msg::say_sub(&a, &b),
                    ArithOp::Mul => msg::say_mul(&a, &b),
                    ArithOp::Div => msg::say_div(&a, &b),
                }
            }
            Phrase::Negate(a) => msg::say_negate(&part(a, 8)),
            Phrase::OneOf(x, list) => {
                let items = list.iter().map(|p| p.say(names));
                let list = join(items, &msg::say_list_sep().text());
                msg::say_one_of(&space_after(&part(x, 5)), &space_before(&list))
            }
            Phrase::Among(x, list) => {
                msg::say_among(&space_after(&part(list, 5)), &space_before(&part(x, 5)))
            }
            Phrase::Choose(c, a, b) if capped(c, a, b).is_some() => {
                let (up, x, n) = capped(c, a, b).unwrap_or((true, a, b));
                let (x, n) = (part(x, 8), space_before(&part(n, 8)));
                if up {
                    msg::say_at_most(&x, &n)
                } else {
                    msg::say_at_least(&x, &n)
                }
            }
            Phrase::Choose(c, a, b) => msg::say_choose(
                &space_after(&space_before(&part(c, 1))),
                &space_before(&part(a, 1)),
                &space_before(&part(b, 1)),
            ),
            Phrase::Call(f, args) => call(f, args, names, &part),
        }
    }
}

/// `x <= n ? x : n` (a value counted up to a cap) as `(true, x, n)`, and
/// `x >= n ? x : n` (a value counted from a floor) as `(false, x, n)`.
fn capped<'p>(
    c: &'p Phrase,
    a: &'p Phrase,
    b: &'p Phrase,
) -> Option<(bool, &'p Phrase, &'p Phrase)> {
    let Phrase::Compare(op, x, n) = c else {
        return None;
    };
    if **x != *a || **n != *b {
        return None;
    }
    // Dates are not counted up to a cap.
    match (op.op, op.dated) {
        (CmpOp::Le | CmpOp::Lt, false) => Some((true, a, b)),
        (CmpOp::Ge | CmpOp::Gt, false) => Some((false, a, b)),
        _ => None,
    }
}

/// A function call in words.
fn call(
    f: &Function,
    args: &[Phrase],
    names: &dyn Names,
    part: &dyn Fn(&Phrase, u8) -> Text,
) -> Text {
    let arg = |i: usize| args.get(i).map_or_else(Text::default, |p| part(p, 8));
    // A date, time or length written as a literal is said as written.
    let literal = match args.first() {
        Some(Phrase::Text(s)) => Some(s.as_str()),
        _ => None,
    };
    match (f, literal) {
        (Function::Date | Function::DateTime | Function::Time, Some(s)) => Text::same(s.trim()),
        (Function::Date, None) => msg::say_date_of(&arg(0)),
        (Function::DateTime, None) => arg(0),
        (Function::Time, None) => msg::say_time_of(&arg(0)),
        (Function::Duration, Some(s)) => duration(s),
        (Function::Duration, None) => arg(0),
        (Function::Hour, _) => msg::say_hour_of(&arg(0)),
        (Function::Minute, _) => msg::say_minute_of(&arg(0)),
        (Function::Length, _) => msg::say_length_of(&arg(0)),
        (Function::Count, _) => msg::say_count_of(&arg(0)),
        (Function::Contains, _) => msg::say_contains(&space_after(&arg(0)), &space_before(&arg(1))),
        (Function::StartsWith, _) => {
            msg::say_starts_with(&space_after(&arg(0)), &space_before(&arg(1)))
        }
        (Function::EndsWith, _) => {
            msg::say_ends_with(&space_after(&arg(0)), &space_before(&arg(1)))
        }
        (Function::Has, _) => msg::say_has(&arg(0)),
        (Function::Table(name), _) => {
            let keys = join(args.iter().map(|p| part(p, 8)), &msg::say_list_sep().text());
            msg::say_table(&Text::same(names.table(name)), &keys)
        }
    }
}

/// `"1h30m"` as `1小时30分钟` / `1 h 30 min`; a length the checker
/// accepted has only whole `d`, `h`, `m`, `s` parts.
fn duration(s: &str) -> Text {
    let mut parts = Vec::new();
    let mut number = String::new();
    for c in s.trim().chars() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        let n = std::mem::take(&mut number);
        parts.push(match c {
            'd' => msg::say_days(n),
            'h' => msg::say_hours(n),
            'm' => msg::say_minutes(n),
            _ => msg::say_seconds(n),
        });
    }
    join(parts.into_iter(), &msg::say_unit_sep().text())
}

fn join(parts: impl Iterator<Item = Text>, sep: &Text) -> Text {
    let mut out: Option<Text> = None;
    for p in parts {
        out = Some(match out {
            None => p,
            Some(o) => o.join(&sep.en, &sep.zh, &p),
        });
    }
    out.unwrap_or_default()
}

/// Words that Chinese text follows, spaced from it when they end in a
/// Latin letter or digit (`2 不少于…`), as the sheets write numbers.
pub fn space_after(t: &Text) -> Text {
    let mut out = t.clone();
    if out
        .zh
        .chars()
        .last()
        .is_some_and(|c| c.is_ascii_alphanumeric())
    {
        out.zh.push(' ');
    }
    out
}

/// Words that follow Chinese text, spaced from it when they start with a
/// Latin letter, a digit or a minus sign (`不超过 2`).
pub fn space_before(t: &Text) -> Text {
    let mut out = t.clone();
    if out
        .zh
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric() || c == '-' || c == '−')
    {
        out.zh.insert(0, ' ');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;
    use crate::rubric::expr::{compile_condition_with, compile_number_with, compile_text_with};
    use crate::rubric::table::{LookupTable, TableKey, TableRow, TableValue};
    use std::sync::Arc;

    /// Display names: each field's header, each table's title.
    struct Headers;

    impl Names for Headers {
        fn field(&self, at: FieldRef) -> String {
            match at {
                FieldRef::Record(0) => "作业类型".into(),
                FieldRef::Record(1) => "年级".into(),
                FieldRef::Record(2) => "时长".into(),
                FieldRef::Record(3) => "备注".into(),
                FieldRef::Record(4) => "签到时间".into(),
                FieldRef::Record(5) => "打卡记录".into(),
                FieldRef::Record(6) => "日期".into(),
                FieldRef::Record(7) => "用时".into(),
                FieldRef::Record(_) => "?".into(),
                FieldRef::Teacher(_) => "学科".into(),
            }
        }
        fn table(&self, name: &str) -> String {
            match name {
                "qa_minutes" => "答疑时长标准".into(),
                other => other.into(),
            }
        }
    }

    type Fields = Vec<(String, FieldType)>;

    fn scope_fields() -> (Fields, Fields) {
        let kinds = ["书面", "口头"].iter().map(|s| s.to_string()).collect();
        (
            vec![
                ("kind".into(), FieldType::Enum(kinds)),
                ("grade".into(), FieldType::Integer),
                ("minutes".into(), FieldType::Integer),
                ("note".into(), FieldType::Text),
                ("signed".into(), FieldType::DateTime),
                ("punches".into(), FieldType::List(Box::new(FieldType::Time))),
                ("day".into(), FieldType::Date),
                ("took".into(), FieldType::Duration),
            ],
            vec![("subject".into(), FieldType::Text)],
        )
    }

    fn tables() -> Vec<Arc<LookupTable>> {
        let key = |k: &str| TableKey::parse(k);
        vec![Arc::new(LookupTable {
            name: "qa_minutes".into(),
            label: None,
            keys: vec!["subject".into()],
            rows: vec![TableRow {
                key: vec![key("语文")],
                value: TableValue::Number(60.into()),
                from: None,
            }],
            text: false,
        })]
    }

    /// The condition, number or text `src` said in both languages.
    fn said(src: &str) -> (String, String) {
        let (record, teacher) = scope_fields();
        let scope = Scope {
            record: &record,
            teacher: &teacher,
            defaulted: &[],
        };
        let t = tables();
        let phrase = compile_condition_with(src, &scope, &t)
            .map(|c| c.phrase().clone())
            .or_else(|_| compile_number_with(src, &scope, &t).map(|n| n.phrase().clone()))
            .or_else(|_| compile_text_with(src, &scope, &t).map(|n| n.phrase().clone()))
            .unwrap_or_else(|e| panic!("{src}: {e}"));
        let t = phrase.say(&Headers);
        (t.get(Locale::Zh).to_string(), t.get(Locale::En).to_string())
    }

    fn check(src: &str, zh: &str, en: &str) {
        assert_eq!(said(src), (zh.to_string(), en.to_string()), "{src}");
    }

    #[test]
    fn comparisons() {
        check(r#"kind == "书面""#, "作业类型为书面", "作业类型 is 书面");
        check(
            r#"kind != "书面""#,
            "作业类型不为书面",
            "作业类型 is not 书面",
        );
        check("grade < 3", "年级少于 3", "年级 is less than 3");
        check("grade <= 2", "年级不超过 2", "年级 is at most 2");
        check("grade > 3", "年级多于 3", "年级 is more than 3");
        check("grade >= 3", "年级不少于 3", "年级 is at least 3");
        check("2 <= grade", "2 不超过年级", "2 is at most 年级");
    }

    #[test]
    fn blanks_and_literals() {
        check("minutes == null", "时长为空", "时长 is blank");
        check("minutes != null", "时长不为空", "时长 is not blank");
        check("true", "是", "yes");
        check("false", "否", "no");
        check("minutes == -3", "时长为 -3", "时长 is -3");
        check("minutes == 1.50", "时长为 1.5", "时长 is 1.5");
        check("note == 'A类'", "备注为 A类", "备注 is A类");
    }

    #[test]
    fn connectives() {
        check(
            r#"kind == "书面" && grade <= 2"#,
            "作业类型为书面，且年级不超过 2",
            "作业类型 is 书面 and 年级 is at most 2",
        );
        check(
            "grade < 2 || grade > 5",
            "年级少于 2或年级多于 5",
            "年级 is less than 2 or 年级 is more than 5",
        );
        check(
            r#"!(kind == "书面")"#,
            "并非作业类型为书面",
            "not (作业类型 is 书面)",
        );
        check(
            r#"!(kind == "书面" && grade > 2)"#,
            "并非（作业类型为书面，且年级多于 2）",
            "not ((作业类型 is 书面 and 年级 is more than 2))",
        );
        check(
            r#"(grade < 2 || grade > 5) && kind == "书面""#,
            "（年级少于 2或年级多于 5），且作业类型为书面",
            "(年级 is less than 2 or 年级 is more than 5) and 作业类型 is 书面",
        );
        check(
            r#"grade < 2 || grade > 5 && kind == "书面""#,
            "年级少于 2或（年级多于 5，且作业类型为书面）",
            "年级 is less than 2 or (年级 is more than 5 and 作业类型 is 书面)",
        );
    }

    #[test]
    fn arithmetic() {
        check("minutes + grade", "时长 + 年级", "时长 + 年级");
        check("minutes - grade", "时长 − 年级", "时长 − 年级");
        check("minutes * 2", "时长 × 2", "时长 × 2");
        check("minutes / 60", "时长 ÷ 60", "时长 ÷ 60");
        check("-minutes", "−时长", "−时长");
        check("(minutes + 5) * 2", "（时长 + 5） × 2", "(时长 + 5) × 2");
        check(
            "minutes - (grade - 1)",
            "时长 − （年级 − 1）",
            "时长 − (年级 − 1)",
        );
        check(
            "minutes <= 3 ? minutes : 3",
            "时长（至多计 3）",
            "时长 (counted up to 3)",
        );
        check(
            "minutes < 3 ? minutes : 3",
            "时长（至多计 3）",
            "时长 (counted up to 3)",
        );
        check(
            "minutes >= 3 ? minutes : 3",
            "时长（至少计 3）",
            "时长 (counted as at least 3)",
        );
        check(
            "(minutes <= 3 ? minutes : 3) * 2",
            "时长（至多计 3） × 2",
            "时长 (counted up to 3) × 2",
        );
        check(
            "grade <= 3 ? minutes : 3",
            "若年级不超过 3 则时长，否则 3",
            "时长 if 年级 is at most 3, otherwise 3",
        );
        check(
            "(grade <= 3 ? minutes : 3) * 2",
            "（若年级不超过 3 则时长，否则 3） × 2",
            "(时长 if 年级 is at most 3, otherwise 3) × 2",
        );
    }

    /// Before 合计 or ×, an expression of several terms is bracketed; a
    /// name or a value counted up to a cap is one term already.
    #[test]
    fn terms() {
        let (record, teacher) = scope_fields();
        let scope = Scope {
            record: &record,
            teacher: &teacher,
            defaulted: &[],
        };
        let term = |src: &str| {
            let n = compile_number_with(src, &scope, &tables()).unwrap();
            n.phrase().say_as_term(&Headers).zh
        };
        assert_eq!(term("minutes"), "时长");
        assert_eq!(term("minutes <= 3 ? minutes : 3"), "时长（至多计 3）");
        assert_eq!(term("minutes * 2"), "（时长 × 2）");
        assert_eq!(term("-minutes"), "−时长");
        assert_eq!(term("minutes + 5"), "（时长 + 5）");
        assert_eq!(
            term("grade > 2 ? minutes : 0"),
            "（若年级多于 2 则时长，否则 0）"
        );
    }

    #[test]
    fn lists() {
        check(
            r#"kind in ["书面", "口头"]"#,
            "作业类型为书面、口头之一",
            "作业类型 is one of 书面, 口头",
        );
        check(
            r#"time("09:00") in punches"#,
            "打卡记录含有 09:00",
            "打卡记录 includes 09:00",
        );
        check(
            "size(punches) < 2",
            "打卡记录的个数少于 2",
            "the number of values in 打卡记录 is less than 2",
        );
    }

    #[test]
    fn functions() {
        check(
            "size(note) > 5",
            "备注的字数多于 5",
            "the number of characters in 备注 is more than 5",
        );
        check(
            "note.size() > 5",
            "备注的字数多于 5",
            "the number of characters in 备注 is more than 5",
        );
        check(r#"note.contains("补")"#, "备注包含补", "备注 contains 补");
        check(
            r#"note.startsWith("补")"#,
            "备注以补开头",
            "备注 starts with 补",
        );
        check(
            r#"note.endsWith("卡")"#,
            "备注以卡结尾",
            "备注 ends with 卡",
        );
        check(
            r#"date(signed) == date("2022-04-20")"#,
            "签到时间的日期为 2022-04-20",
            "the date of 签到时间 is 2022-04-20",
        );
        check(
            r#"day == date("2022-04-20")"#,
            "日期为 2022-04-20",
            "日期 is 2022-04-20",
        );
        check(
            r#"signed > datetime("2022-04-20 08:00")"#,
            "签到时间晚于 2022-04-20 08:00",
            "签到时间 is after 2022-04-20 08:00",
        );
        check(
            r#"signed < datetime("2022-04-20 08:00")"#,
            "签到时间早于 2022-04-20 08:00",
            "签到时间 is before 2022-04-20 08:00",
        );
        check(
            r#"day >= date("2022-04-20")"#,
            "日期不早于 2022-04-20",
            "日期 is not before 2022-04-20",
        );
        check(
            r#"time(signed) <= time("08:00")"#,
            "签到时间的时刻不晚于 08:00",
            "the time of day of 签到时间 is not after 08:00",
        );
        check(
            "hour(signed) >= 19",
            "签到时间的小时不少于 19",
            "the hour of 签到时间 is at least 19",
        );
        check(
            "minute(signed) < 30",
            "签到时间的分钟少于 30",
            "the minute of 签到时间 is less than 30",
        );
        check(
            r#"took >= duration("1h30m")"#,
            "用时不少于 1小时30分钟",
            "用时 is at least 1 h 30 min",
        );
        check(
            r#"duration("2d") < duration("90s")"#,
            "2天少于 90秒",
            "2 d is less than 90 s",
        );
        check("has(teacher.subject)", "学科已填写", "学科 is filled in");
        check(
            r#"table("qa_minutes", teacher.subject)"#,
            "按学科查表「答疑时长标准」的值",
            "the value in table 「答疑时长标准」 for 学科",
        );
    }
}
