//! Rubric expressions: the conditions and amounts a rubric writes as text,
//! checked against the declared fields when the rubric loads and compiled to
//! closures that evaluate a record in nanoseconds.
//!
//! This module owns the expression language, its load-time errors (each with
//! a byte span into the expression) and its evaluation. It uses only the
//! parser of the [`cel`] crate; the checking and evaluation are its own, so
//! the language is the documented subset of CEL below and nothing more.
//!
//! # The expression language
//!
//! - **Names.** A record field by its bare name (`minutes`); a roster field of
//!   the record's teacher as `teacher.NAME` (`teacher.role`). A misspelled
//!   name is an error that lists the fields and suggests the closest.
//! - **Literals.** Numbers (`10`, `0.5`, `-3`), text in single or double
//!   quotes (`"缺课"`), `true`, `false`, `null`, and lists (`["正课", "辅导"]`)
//!   only after `in`.
//! - **Operators.** `== != < <= > >=`, `&& || !`, `+ - * /`, unary `-`,
//!   `x in [..]`, and `c ? a : b` (both branches numbers, or both conditions).
//! - **Functions.** `date("2022-04-20")` (checked when the rubric loads) or
//!   `date(datetime_field)` for its calendar date, `datetime("2022-04-20
//!   08:00")`, `size(text)` (characters), `text.contains("x")`,
//!   `text.startsWith("x")`, `text.endsWith("x")`, `has(teacher.NAME)`,
//!   `table("NAME", key…)` for a value of a `[tables.NAME]` lookup table
//!   (`table("NAME", key…, date)` when its values change on dates),
//!   `time("19:30")` (checked when the rubric loads) or `time(datetime)` for
//!   its time of day, `hour(x)` and `minute(x)` of a datetime or a time, and
//!   `duration("24h")` for a length of time (whole `d`, `h`, `m`, `s` in that
//!   order: `"90m"`, `"1h30m"`; checked when the rubric loads).
//!   Anything else of CEL (macros, maps, indexing, other functions) is refused.
//! - **Time.** A datetime minus a datetime (a date minus a date, a time minus
//!   a time) is a duration; a datetime plus or minus a duration is a
//!   datetime; durations add and subtract. Times compare with times and
//!   durations with durations; a `duration` field (minutes) is read as a
//!   duration where it meets one. Anything else (`due + due`, `time(x) - date`,
//!   `due + 24`) is refused when the rubric loads.
//! - **Types.** Integer, decimal and duration fields are numbers; key, text
//!   and enum fields are text; date, datetime and boolean fields are their own
//!   types; times of day and durations are types of expressions. Only like types compare, and text and booleans only with `==` and
//!   `!=`; a datetime does not compare with a date (write `date(field)`). An
//!   enum field compared with text must name one of its declared values.
//! - **Numbers** are exact decimals, never floating point: `0.1 + 0.2 == 0.3`
//!   holds, and division by zero or overflow is an error, not a value.
//! - **Blanks.** `x == null` and `x != null` test a field for a blank cell.
//!   A blank text field equals no text (`approval == "补卡审批通过"` is false
//!   on a row without an approval, and `in` a list is false too); any other
//!   use of a blank value (ordering, arithmetic, a number compared) is an
//!   evaluation error naming the field, never a silent answer.
//!   `&&` and `||` evaluate left to right and stop as soon as the answer is
//!   known, so `minutes != null && minutes > 10` is safe.
//!
//! Field names must be CEL identifiers (ASCII letters, digits and `_`) to be
//! usable in expressions.

mod check;
mod syntax;
#[cfg(test)]
mod tests_lists;
mod words;

pub use words::{space_after, space_before, ArithOp, CmpOp, Compare, Function, Names, Phrase};

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use rust_decimal::Decimal;

use super::table::LookupTable;
use crate::i18n::rubric as msg;
use crate::i18n::{Localize, Text};
use crate::rubric::Locale;
use crate::value::{FieldType, Value};
use check::{Compiler, Fx, Ty};

/// The names an expression may use: record fields by bare name, teacher
/// (roster) fields as `teacher.NAME`.
#[derive(Debug, Clone, Copy)]
pub struct Scope<'a> {
    /// The record's fields; slot `i` is `record.values[i]`.
    pub record: &'a [(String, FieldType)],
    /// The roster's fields; slot `i` is the teacher row's `values[i]`. Empty
    /// when the rubric declares no roster fields.
    pub teacher: &'a [(String, FieldType)],
    /// Fields that never read blank because a blank cell takes their
    /// `default`: `x == null` on one would silently never hold.
    pub defaulted: &'a [FieldRef],
}

/// What a compiled expression is evaluated against: one record and, if the
/// rubric has a roster, its teacher's row.
#[derive(Debug, Clone, Copy)]
pub struct Env<'a> {
    /// The record's values, in [`Scope::record`] order.
    pub record: &'a [Value],
    /// The teacher's roster values, in [`Scope::teacher`] order.
    pub teacher: &'a [Value],
}

/// A field an expression reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FieldRef {
    /// Slot `i` of the record.
    Record(usize),
    /// Slot `i` of the teacher's roster row.
    Teacher(usize),
}

/// A load-time error in an expression.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{message}")]
pub struct ExprError {
    /// Byte offsets into the expression's source of what the error is about.
    pub span: Range<usize>,
    /// What is wrong, and where possible how to write it instead.
    pub message: Text,
}

impl Localize for ExprError {
    fn localized(&self, locale: Locale) -> String {
        self.message.get(locale).to_string()
    }
}

/// An error evaluating a compiled expression against one record.
#[derive(Debug, Clone, PartialEq)]
pub enum EvalError {
    /// A blank value was used in a comparison or in arithmetic.
    Blank {
        /// The field, `teacher.NAME` for a roster field.
        field: String,
    },
    /// A division's divisor was zero.
    DivisionByZero,
    /// A result is beyond the range of a decimal.
    Overflow,
    /// A value did not have its field's declared type; the reader that built
    /// the record is at fault, not the rubric.
    WrongType {
        /// The field, `teacher.NAME` for a roster field.
        field: String,
        /// The declared type's name.
        declared: &'static str,
    },
    /// A lookup table has no row for the keys (and date) looked up.
    NoTableRow {
        /// The table's name.
        table: String,
        /// The keys looked up, and the date for a dated table.
        keys: String,
    },
}

impl EvalError {
    /// The error in both languages.
    pub fn text(&self) -> Text {
        match self {
            EvalError::Blank { field } => msg::field_blank(field),
            EvalError::DivisionByZero => msg::division_by_zero().text(),
            EvalError::Overflow => msg::arithmetic_overflow().text(),
            EvalError::WrongType { field, declared } => {
                msg::field_not_declared_type(field, declared)
            }
            EvalError::NoTableRow { table, keys } => msg::no_table_row(table, keys),
        }
    }
}

crate::i18n::said_by_text!(EvalError);

impl std::error::Error for EvalError {}

/// A compiled expression whose value is a `T` for a record: a
/// [`Condition`], a [`NumberExpr`] or a [`TextExpr`].
pub struct Expr<T> {
    source: String,
    // Boxed: a rule holds several expressions, and the words are read rarely.
    phrase: Box<Phrase>,
    fields: Vec<FieldRef>,
    // Boxed: most expressions compare no text, and a rule holds several.
    compared: Box<[(FieldRef, String)]>,
    eval: Fx<T>,
}

/// A compiled condition: an expression that is true or false for a record.
pub type Condition = Expr<bool>;

/// A compiled number expression: an exact decimal amount for a record.
pub type NumberExpr = Expr<Decimal>;

/// A compiled expression whose value is text: the teacher a window is
/// charged to, `table("head_teacher", class)`.
pub type TextExpr = Expr<String>;

impl<T> Expr<T> {
    /// Evaluates the expression against one record.
    pub fn eval(&self, env: &Env) -> Result<T, EvalError> {
        (self.eval)(env)
    }

    /// The expression as the rubric wrote it.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// What the expression says, as a tree of words.
    pub fn phrase(&self) -> &Phrase {
        &self.phrase
    }

    /// The expression in words, with the names `names` gives.
    pub fn say(&self, names: &dyn Names) -> Text {
        self.phrase.say(names)
    }

    /// The fields the expression reads, sorted and without duplicates, so
    /// that evidence can show their values.
    pub fn fields(&self) -> &[FieldRef] {
        &self.fields
    }

    /// Each text literal the expression compares a key or text field with
    /// (`==`, `!=`, `in [...]`), as the cell it must equal reads, sorted and
    /// without duplicates. A free-text field has no declared values to
    /// check a literal against when the rubric loads (an enum has), so the
    /// run checks it against the values read.
    pub fn compared_texts(&self) -> &[(FieldRef, String)] {
        &self.compared
    }
}

impl<T: Yields> fmt::Debug for Expr<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple(T::NAME).field(&self.source).finish()
    }
}

/// What an expression of each kind must come to, and how it is lowered to
/// a closure once it has been checked to come to that.
trait Yields: Sized {
    /// The kind's name in debugging output.
    const NAME: &'static str;
    /// The type the expression must have.
    const TY: Ty;
    /// The refusal of an expression of another type: `shown` is what it
    /// underlines, `ty` the type it has.
    fn wrong_type(shown: &str, ty: &Text) -> Text;
    /// The checked expression as a closure.
    fn lower(typed: check::Typed) -> Fx<Self>;
}

impl Yields for bool {
    const NAME: &'static str = "Condition";
    const TY: Ty = Ty::Bool;
    fn wrong_type(shown: &str, ty: &Text) -> Text {
        msg::condition_must_true_false_but(shown, ty)
    }
    fn lower(typed: check::Typed) -> Fx<bool> {
        check::into_bool(typed)
    }
}

impl Yields for Decimal {
    const NAME: &'static str = "NumberExpr";
    const TY: Ty = Ty::Number;
    fn wrong_type(shown: &str, ty: &Text) -> Text {
        msg::amount_must_number_but(shown, ty)
    }
    fn lower(typed: check::Typed) -> Fx<Decimal> {
        check::into_num(typed)
    }
}

impl Yields for String {
    const NAME: &'static str = "TextExpr";
    const TY: Ty = Ty::Text;
    fn wrong_type(shown: &str, ty: &Text) -> Text {
        msg::expression_must_text_but(shown, ty)
    }
    fn lower(typed: check::Typed) -> Fx<String> {
        let text = check::text_src(typed.node);
        Box::new(move |env| text.get(env).map(std::borrow::Cow::into_owned))
    }
}

/// Parses and type-checks `src`, which must be true or false.
pub fn compile_condition(src: &str, scope: &Scope) -> Result<Condition, ExprError> {
    compile_condition_with(src, scope, &[])
}

/// [`compile_condition`] with the rubric's lookup tables available to `table()`.
pub fn compile_condition_with(
    src: &str,
    scope: &Scope,
    tables: &[Arc<LookupTable>],
) -> Result<Condition, ExprError> {
    compile_as(src, scope, tables)
}

/// Parses and type-checks `src`, which must be a number.
pub fn compile_number(src: &str, scope: &Scope) -> Result<NumberExpr, ExprError> {
    compile_number_with(src, scope, &[])
}

/// [`compile_number`] with the rubric's lookup tables available to `table()`.
pub fn compile_number_with(
    src: &str,
    scope: &Scope,
    tables: &[Arc<LookupTable>],
) -> Result<NumberExpr, ExprError> {
    compile_as(src, scope, tables)
}

/// Parses and type-checks `src`, which must be text (a field, a literal or
/// a text table's value), with the rubric's lookup tables available.
pub fn compile_text_with(
    src: &str,
    scope: &Scope,
    tables: &[Arc<LookupTable>],
) -> Result<TextExpr, ExprError> {
    compile_as(src, scope, tables)
}

/// Parses and type-checks `src`, which must come to a `T`.
fn compile_as<T: Yields>(
    src: &str,
    scope: &Scope,
    tables: &[Arc<LookupTable>],
) -> Result<Expr<T>, ExprError> {
    let Checked {
        typed,
        fields,
        compared,
        phrase,
    } = compile(src, scope, tables)?;
    if typed.ty != T::TY {
        return Err(ExprError {
            span: typed.span.clone(),
            message: {
                let shown = src.get(typed.span.clone()).unwrap_or(src);
                T::wrong_type(shown, &a_type(typed.ty))
            },
        });
    }
    Ok(Expr {
        source: src.to_string(),
        phrase: Box::new(phrase),
        fields,
        compared,
        eval: T::lower(typed),
    })
}

/// The type with its article in English, and in Chinese.
fn a_type(ty: Ty) -> Text {
    match ty {
        Ty::Number => msg::a_type_number(),
        Ty::Text => msg::a_type_text(),
        Ty::Date => msg::a_type_date(),
        Ty::DateTime => msg::a_type_datetime(),
        Ty::Time => msg::a_type_time(),
        Ty::Duration => msg::a_type_duration(),
        Ty::Bool => msg::a_type_bool(),
        Ty::Null => msg::a_type_null(),
        Ty::List => msg::a_type_list(),
    }
    .text()
}

/// An expression checked against its scope, before it is lowered.
struct Checked {
    typed: check::Typed,
    fields: Vec<FieldRef>,
    compared: Box<[(FieldRef, String)]>,
    phrase: Phrase,
}

fn compile(src: &str, scope: &Scope, tables: &[Arc<LookupTable>]) -> Result<Checked, ExprError> {
    if src.trim().is_empty() {
        return Err(ExprError {
            span: 0..src.len(),
            message: msg::expression_empty(),
        });
    }
    let parsed = syntax::parse(src, scope)?;
    let mut compiler = Compiler {
        src,
        info: &parsed.info,
        scope,
        fields: Vec::new(),
        compared: Vec::new(),
        tables,
    };
    let typed = compiler.expr(&parsed.expr)?;
    // Every shape the checker accepts has words; one it does not is refused
    // rather than shown as code.
    let Some(phrase) = words::build(&parsed.expr, src, &parsed.info, scope) else {
        return Err(ExprError {
            span: 0..src.len(),
            message: msg::expression_could_not_read_here(),
        });
    };
    let mut fields = compiler.fields;
    fields.sort_unstable();
    fields.dedup();
    let mut compared = compiler.compared;
    compared.sort_unstable();
    compared.dedup();
    Ok(Checked {
        typed,
        fields,
        compared: compared.into_boxed_slice(),
        phrase,
    })
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use chrono::NaiveDate;

    use super::*;

    fn record_fields() -> Vec<(String, FieldType)> {
        let status = ["正常", "迟到", "早退", "缺课", "请假"];
        vec![
            (
                "status".into(),
                FieldType::Enum(status.iter().map(|s| s.to_string()).collect()),
            ),
            ("minutes".into(), FieldType::Integer),
            ("hours".into(), FieldType::Decimal),
            ("kind".into(), FieldType::Text),
            ("date".into(), FieldType::Date),
            ("signed_at".into(), FieldType::DateTime),
            ("late".into(), FieldType::Boolean),
            ("id".into(), FieldType::Key),
        ]
    }

    fn teacher_fields() -> Vec<(String, FieldType)> {
        vec![
            ("role".into(), FieldType::Text),
            ("head".into(), FieldType::Boolean),
        ]
    }

    /// A record: status 缺课, minutes 15, hours 1.5, kind 正课, date
    /// 2022-04-20, signed 2022-04-20 08:30, not late, id 007.
    fn record() -> Vec<Value> {
        let date = NaiveDate::from_ymd_opt(2022, 4, 20).unwrap();
        vec![
            Value::Text("缺课".into()),
            Value::Int(15),
            Value::Number(Decimal::new(15, 1)),
            Value::Text("正课".into()),
            Value::Date(date),
            Value::DateTime(date.and_hms_opt(8, 30, 0).unwrap()),
            Value::Bool(false),
            Value::Text("007".into()),
        ]
    }

    fn teacher() -> Vec<Value> {
        vec![Value::Text("教干".into()), Value::Bool(true)]
    }

    fn with_scope<T>(f: impl FnOnce(&Scope) -> T) -> T {
        let (r, t) = (record_fields(), teacher_fields());
        f(&Scope {
            record: &r,
            teacher: &t,
            defaulted: &[FieldRef::Record(2)],
        })
    }

    fn eval_on(src: &str, rec: &[Value]) -> Result<bool, EvalError> {
        let c = with_scope(|s| compile_condition(src, s)).unwrap();
        let t = teacher();
        c.eval(&Env {
            record: rec,
            teacher: &t,
        })
    }

    fn holds(src: &str) -> bool {
        eval_on(src, &record()).unwrap()
    }

    fn amount(src: &str) -> Decimal {
        let n = with_scope(|s| compile_number(src, s)).unwrap();
        let (r, t) = (record(), teacher());
        n.eval(&Env {
            record: &r,
            teacher: &t,
        })
        .unwrap()
    }

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    /// The error for a condition, with the text its span points at.
    fn error(src: &str) -> (String, &str) {
        let e = with_scope(|s| compile_condition(src, s)).unwrap_err();
        (e.message.en, &src[e.span])
    }

    fn with_blank(slot: usize) -> Vec<Value> {
        let mut r = record();
        r[slot] = Value::Null;
        r
    }

    #[test]
    fn texts_compared_with_free_text_fields_are_listed_for_the_run() {
        let c = with_scope(|s| {
            compile_condition(
                r#"kind == "正课 " || kind in ["辅导", "早读"] || "正课" != kind
                   || kind.contains("写") || status == "迟到" || teacher.role == "教干""#,
                s,
            )
        })
        .unwrap();
        // Equality and `in` on a text field or a roster text field, as the
        // cell reads (trimmed); not `contains`, not an enum (checked at load).
        let listed: Vec<(FieldRef, &str)> = c
            .compared_texts()
            .iter()
            .map(|(f, t)| (*f, t.as_str()))
            .collect();
        assert_eq!(
            listed,
            [
                (FieldRef::Record(3), "早读"),
                (FieldRef::Record(3), "正课"),
                (FieldRef::Record(3), "辅导"),
                (FieldRef::Teacher(0), "教干"),
            ]
        );
    }

    #[test]
    fn number_comparisons() {
        assert!(holds("minutes == 15"));
        assert!(holds("minutes != 10"));
        assert!(holds("minutes > 10"));
        assert!(holds("minutes >= 15"));
        assert!(holds("minutes < 15.5"));
        assert!(holds("minutes <= 15"));
        assert!(!holds("minutes < 15"));
        assert!(
            holds("10 < minutes"),
            "a literal on the left flips the operator"
        );
        assert!(
            holds("hours == 1.50"),
            "decimals compare by value, not scale"
        );
        // Whole-number literals take the integer path for integer fields and
        // the decimal path for decimal fields; both must agree.
        assert!(holds("minutes == 15.0 && hours > 1 && !(hours > 2)"));
        assert!(holds("1 < hours && 15 >= minutes"));
        assert!(
            holds("hours * 10 == minutes"),
            "integers and decimals compare as decimals"
        );
        assert!(holds("minutes > -3 && -0.5 < hours"));
    }

    #[test]
    fn arithmetic_is_exact_decimal() {
        assert!(holds("0.1 + 0.2 == 0.3"));
        assert!(holds("hours + 0.1 + 0.2 == 1.8"));
        assert_eq!(amount("hours * 2 + 0.5"), dec("3.5"));
        assert_eq!(amount("minutes - 20"), dec("-5"));
        assert_eq!(amount("minutes / 4"), dec("3.75"));
        assert_eq!(amount("-hours"), dec("-1.5"));
        assert_eq!(amount("-(minutes)"), dec("-15"));
        // More digits than an f64 holds: the value comes from the source text.
        assert_eq!(
            amount("1.23456789012345678901234567"),
            dec("1.23456789012345678901234567")
        );
        assert_eq!(amount("1.5e2"), dec("150"));
    }

    #[test]
    fn division_by_zero_and_overflow_are_errors() {
        let n = with_scope(|s| compile_number("hours / (minutes - 15)", s)).unwrap();
        let (r, t) = (record(), teacher());
        let env = Env {
            record: &r,
            teacher: &t,
        };
        assert_eq!(n.eval(&env), Err(EvalError::DivisionByZero));
        let big =
            with_scope(|s| compile_number("hours * 9000000000000000000 * 9000000000000000000", s))
                .unwrap();
        assert_eq!(big.eval(&env), Err(EvalError::Overflow));
        // Between literals the arithmetic happens at load, and so does its error.
        let e = with_scope(|s| compile_number("1 + 2 / 0", s)).unwrap_err();
        assert_eq!(e.message.en, "division by zero");
        assert_eq!(&"1 + 2 / 0"[e.span], "2 / 0");
    }

    #[test]
    fn text_and_enum_equality() {
        assert!(holds("status == \"缺课\""));
        assert!(holds("'缺课' == status"));
        assert!(holds("status != '正常'"));
        assert!(holds("kind == '正课' && id == \"007\""));
        assert!(!holds("kind == status"));
        assert!(holds("late == false && teacher.head == true"));
    }

    #[test]
    fn membership() {
        assert!(holds("kind in [\"正课\", \"辅导\"]"));
        assert!(!holds("kind in ['辅导']"));
        assert!(holds("status in ['迟到', '缺课']"));
        assert!(holds("minutes in [5, 15.0, 30]"));
        assert!(!holds("minutes in [5, 30]"));
        // More than a handful of values takes the hashed path.
        let many = "kind in ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', '正课']";
        assert!(holds(many));
        assert!(!holds(
            "kind in ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']"
        ));
    }

    #[test]
    fn logic_short_circuits_past_blanks() {
        assert!(holds("minutes > 10 && status == '缺课'"));
        assert!(holds("minutes > 100 || status == '缺课'"));
        assert!(holds("!(minutes > 100)"));
        assert!(holds("!late"));
        let blank = with_blank(1);
        assert_eq!(
            eval_on("minutes != null && minutes > 10", &blank),
            Ok(false)
        );
        assert_eq!(eval_on("minutes == null || minutes > 10", &blank), Ok(true));
        assert_eq!(eval_on("minutes == null", &blank), Ok(true));
        assert_eq!(eval_on("null != minutes", &blank), Ok(false));
    }

    #[test]
    fn a_blank_used_in_a_comparison_is_an_error_naming_it() {
        let blank = with_blank(1);
        assert_eq!(
            eval_on("minutes > 10", &blank),
            Err(EvalError::Blank {
                field: "minutes".into()
            })
        );
        assert_eq!(
            eval_on("minutes + 1 > 10", &blank),
            Err(EvalError::Blank {
                field: "minutes".into()
            })
        );
        assert_eq!(eval_on("status == '缺课'", &with_blank(0)), Ok(false));
        assert_eq!(eval_on("status != '缺课'", &with_blank(0)), Ok(true));
        assert_eq!(
            eval_on("status in ['缺课', '迟到']", &with_blank(0)),
            Ok(false)
        );
        assert_eq!(
            eval_on("minutes == 0", &with_blank(1)),
            Err(EvalError::Blank {
                field: "minutes".into()
            })
        );
        let c = with_scope(|s| compile_condition("teacher.head", s)).unwrap();
        let r = record();
        let no_roster = Env {
            record: &r,
            teacher: &[],
        };
        assert_eq!(
            c.eval(&no_roster),
            Err(EvalError::Blank {
                field: "teacher.head".into()
            })
        );
    }

    #[test]
    fn dates_and_datetimes() {
        assert!(holds("date >= date(\"2022-04-20\")"));
        assert!(holds("date < date('2022-04-21')"));
        assert!(!holds("date > date('2022-04-20')"));
        assert!(holds("date(signed_at) == date('2022-04-20')"));
        assert!(holds("date(signed_at) == date"));
        assert!(holds("signed_at < datetime('2022-04-20 09:00')"));
        assert!(holds("signed_at == datetime('2022-04-20T08:30:00')"));
    }

    /// Homework set at `due`, graded at `graded_at`, with `allowed` minutes
    /// (a duration field) to grade it.
    fn times(src: &str, due: &str, graded: Option<&str>, allowed: i64) -> Result<bool, EvalError> {
        let fields = vec![
            ("due".to_string(), FieldType::DateTime),
            ("graded_at".to_string(), FieldType::DateTime),
            ("allowed".to_string(), FieldType::Duration),
            ("day".to_string(), FieldType::Date),
        ];
        let c = compile_condition(
            src,
            &Scope {
                record: &fields,
                teacher: &[],
                defaulted: &[],
            },
        )
        .unwrap_or_else(|e| panic!("{src}: {}", e.message.en));
        let at = |s: &str| {
            chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M")
                .map(Value::DateTime)
                .unwrap()
        };
        let due = at(due);
        let day = Value::Date(due.as_date().unwrap());
        let record = [
            due,
            graded.map_or(Value::Null, at),
            Value::Number(Decimal::from(allowed)),
            day,
        ];
        c.eval(&Env {
            record: &record,
            teacher: &[],
        })
    }

    fn times_error(src: &str) -> (String, String, String) {
        let fields = vec![
            ("due".to_string(), FieldType::DateTime),
            ("graded_at".to_string(), FieldType::DateTime),
            ("allowed".to_string(), FieldType::Duration),
            ("day".to_string(), FieldType::Date),
            ("n".to_string(), FieldType::Integer),
        ];
        let e = compile_condition(
            src,
            &Scope {
                record: &fields,
                teacher: &[],
                defaulted: &[],
            },
        )
        .unwrap_err();
        (e.message.en, e.message.zh, src[e.span].to_string())
    }

    #[test]
    fn time_of_day() {
        let on = |src: &str, at: &str| times(src, at, None, 0).unwrap();
        assert!(!on("time(due) >= time('18:00')", "2022-03-07 17:59"));
        assert!(on("time(due) >= time('18:00')", "2022-03-07 18:00"));
        assert!(on("time(due) < time(\"18:00\")", "2022-03-07 17:59"));
        assert!(on("time(due) == time('07:41')", "2022-03-07 07:41"));
        assert!(on("time(due) == time('7:41:00')", "2022-03-07 07:41"));
        assert!(on(
            "hour(due) == 19 && minute(due) == 35",
            "2022-03-07 19:35"
        ));
        assert!(on(
            "hour(time('08:05')) == 8 && minute(time('08:05')) == 5",
            "2022-03-07 19:35"
        ));
        assert!(on(
            "time(due) >= time('19:30') && time(due) <= time('20:30')",
            "2022-03-07 20:30"
        ));
        assert!(on(
            "time(due) - time('19:30') == duration('5m')",
            "2022-03-07 19:35"
        ));
        // A blank datetime is an error naming it, as everywhere; `!= null`
        // guards it.
        assert_eq!(
            times(
                "time(graded_at) < time('22:00')",
                "2022-03-07 18:00",
                None,
                0
            ),
            Err(EvalError::Blank {
                field: "graded_at".into()
            })
        );
        assert_eq!(
            times(
                "graded_at != null && time(graded_at) < time('22:00')",
                "2022-03-07 18:00",
                None,
                0
            ),
            Ok(false)
        );
    }

    #[test]
    fn datetime_arithmetic() {
        let within = "graded_at - due <= duration('24h')";
        let due = "2022-03-07 18:00";
        assert_eq!(times(within, due, Some("2022-03-08 18:00"), 0), Ok(true));
        assert_eq!(times(within, due, Some("2022-03-08 18:01"), 0), Ok(false));
        let later = "graded_at > due + duration('1d')";
        assert_eq!(times(later, due, Some("2022-03-08 18:00"), 0), Ok(false));
        assert_eq!(times(later, due, Some("2022-03-08 18:01"), 0), Ok(true));
        let minus = "graded_at - duration('1h30m') == due";
        assert_eq!(times(minus, due, Some("2022-03-07 19:30"), 0), Ok(true));
        // The same evening by 22:00: a datetime of the due day.
        let evening = "graded_at <= datetime('2022-03-07 00:00') + (day - date('2022-03-07')) + duration('22h')";
        assert_eq!(times(evening, due, Some("2022-03-07 22:00"), 0), Ok(true));
        assert_eq!(times(evening, due, Some("2022-03-07 22:01"), 0), Ok(false));
        assert_eq!(
            times(
                "date(graded_at + duration('6h')) == date('2022-03-08')",
                due,
                Some("2022-03-07 18:00"),
                0
            ),
            Ok(true)
        );
        // A duration field holds minutes.
        let field = "graded_at - due <= allowed";
        assert_eq!(times(field, due, Some("2022-03-07 19:30"), 90), Ok(true));
        assert_eq!(times(field, due, Some("2022-03-07 19:31"), 90), Ok(false));
        assert_eq!(
            times("duration('90m') == duration('1h30m') && duration('2d') - duration('1h') == duration('47h')", due, None, 0),
            Ok(true)
        );
        assert_eq!(
            times(within, due, None, 0),
            Err(EvalError::Blank {
                field: "graded_at".into()
            })
        );
        assert_eq!(
            times(&format!("graded_at != null && {within}"), due, None, 0),
            Ok(false)
        );
    }

    #[test]
    fn time_misuse_is_refused_at_load() {
        let (en, zh, at) = times_error("time(due) >= time('25:00')");
        assert_eq!(
            en,
            "`25:00` is not a time of day; write it as HH:MM, from 00:00 to 23:59, like \"19:30\""
        );
        assert!(zh.contains("不是时刻"), "{zh}");
        assert_eq!(at, "'25:00'");
        let (en, _, at) = times_error("graded_at - due <= duration('24')");
        assert!(en.starts_with("`24` is not a length of time"), "{en}");
        assert_eq!(at, "'24'");
        for bad in ["", "h", "1h1d", "1.5h", "24 h", "1x"] {
            let src = format!("graded_at - due <= duration('{bad}')");
            let (en, _, _) = times_error(&src);
            assert!(en.contains("is not a length of time"), "{bad}: {en}");
        }
        let (en, zh, at) = times_error("graded_at + due > due");
        assert!(
            en.starts_with(
                "`+` cannot be used on `graded_at` (datetime) and `due` (datetime): a datetime minus a datetime"
            ),
            "{en}"
        );
        assert!(
            zh.starts_with("`+` 不能用于 `graded_at`（日期时间） 和 `due`（日期时间）"),
            "{zh}"
        );
        assert_eq!(at, "graded_at + due");
        let (en, _, at) = times_error("time(due) - day > duration('1h')");
        assert!(
            en.starts_with("`-` cannot be used on `time(due)` (time) and `day` (date)"),
            "{en}"
        );
        assert_eq!(at, "time(due) - day");
        let (en, _, _) = times_error("graded_at > due + 24");
        assert!(
            en.ends_with("write a length of time like duration(\"24h\"), duration(\"90m\")"),
            "{en}"
        );
        let (en, _, _) = times_error("graded_at - due <= 1440");
        assert!(
            en.starts_with("cannot compare `graded_at - due` (duration) with `1440` (number)"),
            "{en}"
        );
        assert!(en.contains("duration(\"24h\")"), "{en}");
        let (en, _, _) = times_error("due >= time('19:30')");
        assert!(en.ends_with("write `time(due)`"), "{en}");
        let (en, _, at) = times_error("time(n) > time('08:00')");
        assert!(
            en.starts_with("`time()` takes a quoted time of day"),
            "{en}"
        );
        assert_eq!(at, "n");
        let (en, _, _) = times_error("hour(day) > 8");
        assert!(
            en.starts_with("`hour()` takes a datetime or a time of day"),
            "{en}"
        );
        let (en, _, _) = times_error("duration(n) > duration('1h')");
        assert!(
            en.starts_with("`duration()` takes a quoted length of time"),
            "{en}"
        );
        let (en, _, _) = times_error("time(due)");
        assert_eq!(
            en,
            "a condition must be true or false, but `time(due)` is a time of day"
        );
        assert!(times_error("n * duration('1h') > allowed")
            .0
            .contains("cannot be used on"));
    }

    #[test]
    fn conditional_and_text_functions() {
        assert_eq!(amount("kind == '正课' ? 2 : 1"), dec("2"));
        assert_eq!(amount("late ? hours : hours * 2"), dec("3"));
        assert!(holds("(minutes > 10 ? late : true) == false"));
        assert_eq!(amount("size(kind)"), dec("2"), "size counts characters");
        assert_eq!(amount("kind.size()"), dec("2"));
        assert!(holds("kind.contains('课')"));
        assert!(holds("kind.startsWith('正')"));
        assert!(holds("kind.endsWith('课') && !kind.endsWith('正')"));
        assert!(holds("teacher.role.contains('教')"));
    }

    #[test]
    fn teacher_fields_and_presence() {
        assert!(holds("teacher.role == '教干'"));
        assert!(holds("has(teacher.role) && teacher.head"));
        let c = with_scope(|s| compile_condition("has(teacher.role)", s)).unwrap();
        let r = record();
        assert_eq!(
            c.eval(&Env {
                record: &r,
                teacher: &[Value::Null]
            }),
            Ok(false)
        );
    }

    #[test]
    fn fields_are_sorted_and_deduplicated() {
        let c = with_scope(|s| {
            compile_condition(
                "teacher.role == '教干' && minutes > 1 && status == '缺课' && minutes < 99",
                s,
            )
        })
        .unwrap();
        assert_eq!(
            c.fields(),
            &[
                FieldRef::Record(0),
                FieldRef::Record(1),
                FieldRef::Teacher(0)
            ]
        );
        assert_eq!(
            c.source(),
            "teacher.role == '教干' && minutes > 1 && status == '缺课' && minutes < 99"
        );
        let n = with_scope(|s| compile_number("hours * 2", s)).unwrap();
        assert_eq!(n.fields(), &[FieldRef::Record(2)]);
        assert_eq!(format!("{n:?}"), "NumberExpr(\"hours * 2\")");
        let c = with_scope(|s| compile_condition("late", s)).unwrap();
        assert_eq!(format!("{c:?}"), "Condition(\"late\")");
    }

    #[test]
    fn unknown_field_suggests_the_closest() {
        let (msg, at) = error("statuz == '缺课'");
        assert_eq!(
            msg,
            "unknown field `statuz`; fields of this source: status, minutes, hours, kind, date, \
             signed_at, late, id; did you mean `status`?"
        );
        assert_eq!(at, "statuz");
        let (msg, at) = error("minutes > 1 && whatever > 1");
        assert!(!msg.contains("did you mean"), "{msg}");
        assert_eq!(at, "whatever");
        let (msg, at) = error("role == 'x'");
        assert!(
            msg.ends_with("did you mean the roster field `teacher.role`?"),
            "{msg}"
        );
        assert_eq!(at, "role");
        let (msg, at) = error("teacher.rol == 'x'");
        assert_eq!(
            msg,
            "unknown roster field `teacher.rol`; roster fields: role, head; did you mean `teacher.role`?"
        );
        assert_eq!(at, "teacher.rol");
    }

    #[test]
    fn a_single_equals_sign_points_at_itself() {
        let (msg, at) = error("status = \"缺课\"");
        assert_eq!(msg, "`=` is not an operator here; to compare, write `==`");
        assert_eq!(at, "=");
        // cel counts error columns in characters; the span must still land on
        // the `=` after multibyte text, and on a later line.
        let src = "kind == \"正课辅导\" && status = \"缺课\"";
        let e = with_scope(|s| compile_condition(src, s)).unwrap_err();
        assert_eq!(&src[e.span.clone()], "=");
        assert_eq!(e.span.start, src.rfind('=').unwrap());
        let (_, at) = error("kind == '正课'\n  && minutes = 3");
        assert_eq!(at, "=");
        // Outside the Basic Multilingual Plane too (one char, four bytes).
        let (_, at) = error("kind == '𠀀😀' && minutes = 3");
        assert_eq!(at, "=");
    }

    #[test]
    fn other_syntax_errors_are_readable() {
        let (msg, at) = error("status == 缺课");
        assert_eq!(
            msg,
            "`缺课` is not quoted; write text in quotes, like \"缺课\""
        );
        assert_eq!(at, "缺课");
        let (msg, at) = error("status == “缺课”");
        assert!(msg.contains("typographic quote"), "{msg}");
        assert_eq!(at, "“");
        let (msg, at) = error("minutes ＝ 3");
        assert_eq!(msg, "`＝` is a full-width character; write `==`");
        assert_eq!(at, "＝");
        let (msg, at) = error("late & late");
        assert!(msg.contains("write `&&`"), "{msg}");
        assert_eq!(at, "&");
        let src = "status == '缺课' && (minutes > 1";
        let e = with_scope(|s| compile_condition(src, s)).unwrap_err();
        assert_eq!(
            e.message.en,
            "the expression is incomplete: `)` is missing at the end"
        );
        assert_eq!(e.span, src.len()..src.len());
        let (msg, at) = error("minutes > 1 late");
        assert_eq!(msg, "unexpected `late` here");
        assert_eq!(at, "late");
        let (msg, at) = error("'缺课' == kind || has(minutes)");
        assert!(msg.contains("write `minutes != null`"), "{msg}");
        assert_eq!(at, "minutes");
        let (msg, at) = error("kind == '正课 && late");
        assert_eq!(msg, "this text has no closing `'`");
        assert_eq!(at, "'正课 && late");
        let (msg, at) = error("has(status.x)");
        assert!(msg.starts_with("`has()` takes a roster field"), "{msg}");
        assert_eq!(at, "has(status.x)");
        let (msg, _) = error("  ");
        assert_eq!(msg, "the expression is empty");
    }

    #[test]
    fn type_mismatches_name_both_types() {
        let (msg, at) = error("kind == 3");
        assert_eq!(msg, "cannot compare `kind` (text) with `3` (number)");
        assert_eq!(at, "kind == 3");
        let (msg, at) = error("late && minutes > \"10\"");
        assert_eq!(
            msg,
            "cannot compare `minutes` (integer) with `\"10\"` (text)"
        );
        assert_eq!(at, "minutes > \"10\"");
        let (msg, _) = error("signed_at >= date('2022-04-20')");
        assert!(
            msg.starts_with(
                "cannot compare `signed_at` (datetime) with `date('2022-04-20')` (date)"
            ),
            "{msg}"
        );
        assert!(msg.contains("write `date(signed_at)`"), "{msg}");
        let (msg, at) = error("kind > 'a'");
        assert_eq!(msg, "text can only be compared with `==` or `!=`");
        assert_eq!(at, "kind > 'a'");
        let (msg, at) = error("minutes > 1 && kind + 1 > 2");
        assert_eq!(msg, "`+` needs numbers, but `kind` (text) is not a number");
        assert_eq!(at, "kind + 1");
        let (msg, at) = error("minutes && late");
        assert_eq!(
            msg,
            "`&&` needs conditions (true/false), but `minutes` (integer) is not one"
        );
        assert_eq!(at, "minutes");
        let (msg, at) = error("kind in [1, 2]");
        assert_eq!(msg, "cannot compare `kind` (text) with `1` (number)");
        assert_eq!(at, "1");
        let (msg, at) = error("minutes + 1 == null");
        assert!(
            msg.starts_with("only a field can be compared with `null`"),
            "{msg}"
        );
        assert_eq!(at, "minutes + 1");
    }

    #[test]
    fn enum_literals_must_be_declared_values() {
        let expected =
            "`却课` is not a value of `status`; its values are 正常, 迟到, 早退, 缺课, 请假";
        for src in [
            "status == \"却课\"",
            "\"却课\" != status",
            "status in ['缺课', '却课']",
        ] {
            let (msg, at) = error(src);
            assert_eq!(msg, expected, "{src}");
            assert_eq!(at.trim_matches(['"', '\'']), "却课", "{src}");
        }
    }

    #[test]
    fn unsupported_constructs_are_named() {
        let (msg, at) = error("minutes > 1 && foo(minutes)");
        assert!(
            msg.starts_with("not supported in rubric expressions: `foo()`; the functions are"),
            "{msg}"
        );
        assert_eq!(at, "foo(minutes)");
        let (msg, at) = error("kind.matches('正.*')");
        assert!(
            msg.starts_with("not supported in rubric expressions: `.matches()`"),
            "{msg}"
        );
        assert_eq!(at, "kind.matches('正.*')");
        let (msg, _) = error("[1, 2].exists(x, x > minutes)");
        assert!(msg.contains("macros such as `.exists()`"), "{msg}");
        let (msg, at) = error("minutes % 2 == 0");
        assert!(msg.contains("`%`"), "{msg}");
        assert_eq!(at, "minutes % 2");
        let (msg, _) = error("{'a': 1} == minutes");
        assert!(msg.contains("maps"), "{msg}");
        let (msg, _) = error("kind == [1][0]");
        assert!(msg.contains("indexing"), "{msg}");
        let (msg, at) = error("status.name == 'x'");
        assert!(msg.contains("field selection `status.name`"), "{msg}");
        assert_eq!(at, "status.name");
        let (msg, at) = error("date == date('2022-02-30')");
        assert_eq!(
            msg,
            "`2022-02-30` is not a date; write it as YYYY-MM-DD, like \"2022-04-20\""
        );
        assert_eq!(at, "'2022-02-30'");
    }

    #[test]
    fn a_condition_must_be_boolean_and_an_amount_a_number() {
        let (msg, at) = error("minutes + 1");
        assert_eq!(
            msg,
            "a condition must be true or false, but `minutes + 1` is a number"
        );
        assert_eq!(at, "minutes + 1");
        let e = with_scope(|s| compile_number("minutes > 1", s)).unwrap_err();
        assert_eq!(
            e.message.en,
            "an amount must be a number, but `minutes > 1` is a condition (true/false)"
        );
    }

    #[test]
    fn compiled_expressions_are_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Condition>();
        assert_send_sync::<NumberExpr>();
    }

    #[test]
    fn blank_text_is_refused_in_every_comparison_with_the_hint_null() {
        for src in [
            r#"kind == """#,
            r#"kind != """#,
            r#""" == kind"#,
            r#"!(kind == "")"#,
            r#"kind in ["", "正课"]"#,
            r#"kind == " ""#,
            r#"id == "\u200B""#,
            r#"status == """#,
            r#"teacher.role == """#,
            r#"minutes > 1 && kind != """#,
        ] {
            let (msg, _) = error(src);
            assert!(msg.contains("a blank cell is null"), "{src}: {msg}");
            assert!(msg.contains("== null"), "{src}: {msg}");
        }
        let (msg, at) = error(r#"minutes > 1 && kind == """#);
        assert_eq!(at, r#"kind == """#);
        assert!(msg.contains("write `kind == null`"), "{msg}");
    }

    #[test]
    fn a_blank_test_on_a_field_with_a_default_is_refused() {
        // `hours` (slot 2) has a default in the test scope.
        for src in [
            "hours == null",
            "hours != null",
            "null == hours",
            "minutes > 1 && hours == null",
        ] {
            let (msg, at) = error(src);
            assert!(msg.contains("the field has a `default`"), "{src}: {msg}");
            assert!(at.contains("hours"), "{src}: {at}");
        }
        assert!(!holds("minutes == null"));
    }

    #[test]
    fn a_text_literal_is_read_as_cells_are() {
        let mut r = record();
        r[3] = Value::Text("孙磊(已离职)".into());
        assert!(eval_on(r#"kind == "孙磊（已离职）""#, &r).unwrap());
        assert!(eval_on(r#"kind in ["孙磊（已离职）"]"#, &r).unwrap());
        assert!(eval_on(r#"kind.startsWith("孙磊（")"#, &r).unwrap());
        assert!(holds(r#"kind == " 正课\u200B""#));
        assert!(holds(r#"id == "００７""#));
    }
}
