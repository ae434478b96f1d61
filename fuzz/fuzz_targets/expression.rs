//! Any text as a rule condition or number expression over a fixed scope:
//! compiling gives a closure or a positioned error, and evaluating a
//! compiled one on sample records never panics.
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use rust_decimal::Decimal;

use kaohe::rubric::expr::{compile_condition, compile_number, Env, Scope};
use kaohe::value::{FieldType, Value};

fuzz_target!(|src: &str| {
    let record = [
        ("status".to_string(), FieldType::Enum(vec!["正常".into(), "缺课".into()])),
        ("minutes".to_string(), FieldType::Duration),
        ("count".to_string(), FieldType::Integer),
        ("date".to_string(), FieldType::Date),
        ("note".to_string(), FieldType::Text),
        ("ok".to_string(), FieldType::Boolean),
    ];
    let teacher = [("school".to_string(), FieldType::Text)];
    let scope = Scope {
        record: &record,
        teacher: &teacher,
        defaulted: &[],
    };
    let rows = [
        vec![
            Value::Text("缺课".into()),
            Value::Number(Decimal::new(455, 1)),
            Value::Int(i64::MAX),
            Value::Date(NaiveDate::MIN),
            Value::Text(String::new()),
            Value::Bool(true),
        ],
        vec![Value::Null; 6],
    ];
    let school = [Value::Text("一中".into())];
    if let Ok(c) = compile_condition(src, &scope) {
        for r in &rows {
            let _ = c.eval(&Env { record: r, teacher: &school });
        }
    }
    if let Ok(n) = compile_number(src, &scope) {
        for r in &rows {
            let _ = n.eval(&Env { record: r, teacher: &school });
        }
    }
});
