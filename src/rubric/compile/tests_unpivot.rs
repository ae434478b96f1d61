//! Compile errors of a source that unpivots (one column per day): the two
//! fields it fills go without headers, every other field has them, and the
//! date field is a `date`; each refusal names its line.

use super::compile;
use crate::rubric::RubricError;
use crate::testkit::RATINGS_HEAD as HEAD;

const MONTHLY: &str = r#"
[sources.monthly]
files = "*考勤报表*.xlsx"
sheet = "月度汇总"
teacher = "id"
date = "day"
unpivot = { date = "day", value = "result" }
[sources.monthly.fields]
id = { headers = ["工号"], type = "key" }
day = { type = "date" }
result = { type = "text" }
"#;

/// The messages and lines of a rubric's errors, in English and Chinese.
fn errors(body: &str) -> Vec<(usize, String, String)> {
    match compile("t.toml", &format!("{HEAD}{body}")) {
        Ok(_) => Vec::new(),
        Err(RubricError::Invalid(ds)) => ds
            .into_iter()
            .map(|d| (d.line, d.message.en, d.message.zh))
            .collect(),
        Err(e) => vec![(0, e.to_string(), String::new())],
    }
}

fn line_of(body: &str, needle: &str) -> usize {
    let text = format!("{HEAD}{body}");
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

/// An item over the day records: one point off per day late.
const LATE: &str = r#"
[[item]]
id = "late"
name = "迟到"
category = "ethics"
max = 100
[[item.rule]]
kind = "deduct"
source = "monthly"
when = 'result.contains("迟到")'
points = 1
"#;

#[test]
fn an_unpivot_compiles_into_the_schema() {
    let rubric = compile("t.toml", &format!("{HEAD}{MONTHLY}{LATE}")).unwrap();
    let source = rubric.sources.iter().find(|s| s.id == "monthly").unwrap();
    assert_eq!(
        source.schema.unpivot,
        Some(crate::input::Unpivot { date: 1, value: 2 })
    );
    assert!(source.schema.fields[1].headers.is_empty());
    assert_eq!(source.date, Some(1));
}

#[test]
fn a_field_without_headers_is_refused_where_nothing_unpivots() {
    let body = MONTHLY.replace("unpivot = { date = \"day\", value = \"result\" }\n", "");
    let found = errors(&body);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].0, line_of(&body, "day = { type"));
    assert_eq!(
        found[0].1,
        "field `day` needs `headers`, the header texts of its column; only the fields the source's `unpivot` names go without"
    );
    assert!(
        found[0].2.contains("字段 `day` 需要写 `headers`"),
        "{}",
        found[0].2
    );
    assert_eq!(found[1].0, line_of(&body, "result = { type"));
}

#[test]
fn an_unpivot_field_with_headers_is_refused_at_its_line() {
    let body = MONTHLY.replace(
        "result = { type = \"text\" }",
        "result = { headers = [\"考勤结果\"], type = \"text\" }",
    );
    let found = errors(&body);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, line_of(&body, "result = {"));
    assert!(
        found[0].1.contains("filled by the source's `unpivot`"),
        "{}",
        found[0].1
    );
    assert!(found[0].2.contains("不能写 `headers`"), "{}", found[0].2);
}

#[test]
fn the_unpivot_date_must_be_a_date_field_it_declares() {
    let body = MONTHLY.replace("day = { type = \"date\" }", "day = { type = \"datetime\" }");
    let found = errors(&body);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, line_of(&body, "unpivot ="));
    assert_eq!(
        found[0].1,
        "the unpivot's date field `day` must have type \"date\", not \"datetime\""
    );
    assert!(found[0].2.contains("类型必须是 \"date\""), "{}", found[0].2);

    let body = MONTHLY.replace("value = \"result\"", "value = \"status\"");
    let found = errors(&body);
    assert!(
        found
            .iter()
            .any(|(l, en, _)| *l == line_of(&body, "unpivot =")
                && en == "source `monthly` has no field `status`"),
        "{found:?}"
    );

    let body = MONTHLY.replace("value = \"result\"", "value = \"day\"");
    let found = errors(&body);
    assert!(
        found
            .iter()
            .any(|(_, en, _)| en.contains("the day cell needs a field of its own")),
        "{found:?}"
    );
}

#[test]
fn an_unknown_key_in_unpivot_is_refused() {
    let body = MONTHLY.replace("value = \"result\" }", "value = \"result\", from = 1 }");
    let found = errors(&body);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].1.contains("unknown field `from`"),
        "{}",
        found[0].1
    );
}

#[test]
fn the_roster_cannot_unpivot() {
    let body = format!("{MONTHLY}{LATE}");
    let text = format!("{HEAD}{body}").replace(
        "source = \"roster\"\nkey = \"id\"\nname = \"name\"",
        "source = \"monthly\"\nkey = \"id\"\nname = \"result\"",
    );
    let found = match compile("t.toml", &text) {
        Err(RubricError::Invalid(ds)) => ds,
        other => panic!("{other:?}"),
    };
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].line,
        text.lines()
            .position(|l| l == "source = \"monthly\"")
            .unwrap()
            + 1
    );
    assert!(
        found[0]
            .message
            .en
            .contains("a roster lists each teacher once"),
        "{}",
        found[0].message.en
    );
    assert!(
        found[0].message.zh.contains("名册每位教师只占一行"),
        "{}",
        found[0].message.zh
    );
}
