//! List fields (`split`) and time fields in expressions: `size(x)` and
//! `v in x` read a list, anything else refuses it at load; a time field is
//! a time of day wherever `time(...)` is.

use chrono::NaiveTime;
use rust_decimal::Decimal;

use super::{compile_condition, compile_number, Env, EvalError, Scope};
use crate::value::{FieldType, Value};

fn fields() -> Vec<(String, FieldType)> {
    vec![
        (
            "punches".to_string(),
            FieldType::List(Box::new(FieldType::Time)),
        ),
        (
            "marks".to_string(),
            FieldType::List(Box::new(FieldType::Enum(vec![
                "迟到".into(),
                "早退".into(),
            ]))),
        ),
        ("first".to_string(), FieldType::Time),
        ("late".to_string(), FieldType::Integer),
    ]
}

fn time(h: u32, m: u32) -> Value {
    NaiveTime::from_hms_opt(h, m, 0).map_or(Value::Null, Value::Time)
}

fn record() -> Vec<Value> {
    vec![
        Value::List(vec![time(8, 11), time(18, 0)]),
        Value::List(vec![Value::Text("迟到".into())]),
        time(8, 11),
        Value::Int(30),
    ]
}

fn holds(src: &str, record: &[Value]) -> Result<bool, EvalError> {
    let f = fields();
    let scope = Scope {
        record: &f,
        teacher: &[],
        defaulted: &[],
    };
    let c = compile_condition(src, &scope).unwrap_or_else(|e| panic!("{src}: {}", e.message.en));
    c.eval(&Env {
        record,
        teacher: &[],
    })
}

fn refused(src: &str) -> (String, String) {
    let f = fields();
    let scope = Scope {
        record: &f,
        teacher: &[],
        defaulted: &[],
    };
    match compile_condition(src, &scope) {
        Ok(_) => panic!("{src} compiled"),
        Err(e) => (e.message.en, e.message.zh),
    }
}

#[test]
fn size_counts_a_lists_values_and_in_looks_among_them() {
    let r = record();
    assert_eq!(holds("size(punches) == 2", &r), Ok(true));
    assert_eq!(holds("punches.size() >= 2", &r), Ok(true));
    assert_eq!(holds("time('18:00') in punches", &r), Ok(true));
    assert_eq!(holds("time('18:01') in punches", &r), Ok(false));
    assert_eq!(holds("first in punches", &r), Ok(true));
    assert_eq!(holds("'迟到' in marks && !('早退' in marks)", &r), Ok(true));
    // A blank cell is an empty list.
    let blank = vec![Value::List(vec![]), Value::Null, Value::Null, Value::Null];
    assert_eq!(holds("size(punches) == 0", &blank), Ok(true));
    assert_eq!(holds("size(marks) == 0", &blank), Ok(true));
    let f = fields();
    let scope = Scope {
        record: &f,
        teacher: &[],
        defaulted: &[],
    };
    let n = compile_number("size(punches) * 2", &scope).map(|n| {
        n.eval(&Env {
            record: &r,
            teacher: &[],
        })
    });
    assert_eq!(n.ok(), Some(Ok(Decimal::from(4))));
}

#[test]
fn a_list_used_otherwise_is_refused_at_load() {
    for src in [
        "punches > 2",
        "punches == punches",
        "punches + 1 > 2",
        "punches == null",
        "late in punches",
    ] {
        let (en, zh) = refused(src);
        assert!(
            en.contains("is a list") || en.contains("looks for a time"),
            "{src}: {en}"
        );
        assert!(zh.contains("列表") || zh.contains("时刻"), "{src}: {zh}");
    }
    let (en, _) = refused("'旷工' in marks");
    assert!(en.contains("旷工"), "{en}");
}

#[test]
fn a_time_field_is_a_time_of_day() {
    let r = record();
    assert_eq!(holds("first < time('08:30')", &r), Ok(true));
    assert_eq!(holds("time(first) == time('08:11')", &r), Ok(true));
    assert_eq!(
        holds("hour(first) == 8 && minute(first) == 11", &r),
        Ok(true)
    );
    assert_eq!(
        holds("first - time('08:00') == duration('11m')", &r),
        Ok(true)
    );
    let (en, _) = refused("first > 8");
    assert!(en.contains("cannot compare"), "{en}");
}
