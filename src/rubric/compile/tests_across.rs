//! Text lookup tables and window rules across teachers: what compiles, and
//! each mistake named at the line that made it.

use super::compile;
use crate::rubric::{Charge, Effect, RubricError};

/// A roster, a homework source with minutes per class, a text table of
/// each class's 班主任, and `rule` as the one rule of the one item.
fn rubric(rule: &str, table: &str) -> String {
    let head = crate::testkit::roster_head(
        "",
        "*名册*",
        "grade = { headers = [\"年级\"], type = \"integer\" }\n",
    );
    let item = crate::testkit::one_item(10);
    format!(
        r#"
{head}[sources.hw]
files = "*作业*"
teacher = "id"
date = "date"
[sources.hw.fields]
id = {{ headers = ["工号"], type = "key" }}
date = {{ headers = ["日期"], type = "date" }}
class = {{ headers = ["班级"], type = "text" }}
kind = {{ headers = ["类型"], type = "text" }}
minutes = {{ headers = ["时长"], type = "integer" }}
{table}
{item}[[item.rule]]
kind = "window"
source = "hw"
window = "day"
value = "minutes"
points = 1
{rule}
"#
    )
}

const HEAD: &str = r#"[tables.head_teacher]
keys = ["class"]
values = "text"
row = [{ key = ["四(1)班"], value = "0012" }, { key = ["四(2)班"], value = "T02" }]"#;

/// Each problem as (line, the text its caret underlines, its message).
fn errors(rule: &str, table: &str) -> Vec<(usize, String, String)> {
    crate::testkit::refusals(&rubric(rule, table))
}

#[test]
fn a_window_across_teachers_compiles_with_either_charge() {
    let r = compile(
        "r.toml",
        &rubric(
            "group = \"class\"\nat_most = 60\nacross = \"teachers\"\ncharge = 'table(\"head_teacher\", class)'",
            HEAD,
        ),
    )
    .unwrap();
    let Effect::Window(w) = &r.items[0].rules[0].effect else {
        panic!("not a window rule");
    };
    assert!(matches!(w.across, Some(Charge::Lookup(_))));
    assert!(r.tables[0].text);
    let r = compile(
        "r.toml",
        &rubric(
            "group = \"class\"\nat_most = 60\nacross = \"teachers\"\ncharge = \"contributors\"",
            HEAD,
        ),
    )
    .unwrap();
    let Effect::Window(w) = &r.items[0].rules[0].effect else {
        panic!("not a window rule");
    };
    assert!(matches!(w.across, Some(Charge::Contributors)));
}

#[test]
fn a_text_table_is_text_where_it_is_used() {
    // Compared with a number: a type error at load, under the comparison.
    let e = errors(
        "when = 'table(\"head_teacher\", class) == 12'\nat_most = 60",
        HEAD,
    );
    assert_eq!(e[0].1, "table(\"head_teacher\", class) == 12");
    assert!(e[0].2.contains("text"), "{e:?}");
    // As a limit, which must be a number.
    let e = errors("at_most = 'table(\"head_teacher\", \"四(1)班\")'", HEAD);
    assert!(e[0].2.contains("must be a number"), "{e:?}");
    // A literal key the table lacks.
    let e = errors(
        "when = 'table(\"head_teacher\", \"四(9)班\") == \"T01\"'\nat_most = 60",
        HEAD,
    );
    assert!(
        e[0].2.contains("is not a key of table `head_teacher`"),
        "{e:?}"
    );
}

#[test]
fn text_and_number_tables_refuse_the_other_kind_of_value() {
    let e = errors(
        "at_most = 60",
        "[tables.head_teacher]\nkeys = [\"class\"]\nvalues = \"text\"\nrow = [{ key = [\"四(1)班\"], value = 12 }]",
    );
    assert_eq!(e[0].1, "{ key = [\"四(1)班\"], value = 12 }");
    assert!(e[0].2.contains("write the value in quotes"), "{e:?}");
    let e = errors(
        "at_most = 60",
        "[tables.limits]\nkeys = [\"class\"]\nrow = [{ key = [\"四(1)班\"], value = \"T01\" }]",
    );
    assert!(
        e[0].2
            .contains("table `limits` holds numbers; for text (a 工号) write `values = \"text\"`"),
        "{e:?}"
    );
    let e = errors(
        "at_most = 60",
        "[tables.t]\nkeys = [\"class\"]\nvalues = \"words\"\nrow = [{ key = [\"x\"], value = \"y\" }]",
    );
    assert_eq!(e[0].1, "\"words\"");
    assert!(e[0].2.contains("`number` or `text`"), "{e:?}");
}

#[test]
fn across_and_charge_mistakes_point_at_their_line() {
    let contributors = "across = \"teachers\"\ncharge = \"contributors\"";
    // charge without across.
    let e = errors(
        "group = \"class\"\nat_most = 60\ncharge = \"contributors\"",
        HEAD,
    );
    assert_eq!(e[0].1, "\"contributors\"");
    assert!(e[0].2.contains("add `across = \"teachers\"`"), "{e:?}");
    // across without charge, without group, with a spelling of its own.
    let e = errors(
        "group = \"class\"\nat_most = 60\nacross = \"teachers\"",
        HEAD,
    );
    assert!(e[0].2.contains("needs `charge`"), "{e:?}");
    let e = errors(&format!("at_most = 60\n{contributors}"), HEAD);
    assert_eq!(e[0].1, "\"teachers\"");
    assert!(e[0].2.contains("needs `group`"), "{e:?}");
    let e = errors(
        "group = \"class\"\nat_most = 60\nacross = \"all\"\ncharge = \"contributors\"",
        HEAD,
    );
    assert!(e[0].2.starts_with("across is `teachers`"), "{e:?}");
    // Contributors cannot pay for a minimum; a limit is one number for all.
    let e = errors(
        &format!("group = \"class\"\nat_least = 10\n{contributors}"),
        HEAD,
    );
    assert_eq!(e[0].1, "10");
    assert!(e[0].2.contains("cannot charge a minimum"), "{e:?}");
    let e = errors(
        &format!("group = \"class\"\nat_most = 'teacher.grade * 20'\n{contributors}"),
        HEAD,
    );
    assert!(e[0].2.contains("write a number"), "{e:?}");
    // The charge: an unknown table, a number, a field outside the group.
    let lookup = |expr: &str| {
        errors(
            &format!("group = \"class\"\nat_most = 60\nacross = \"teachers\"\ncharge = '{expr}'"),
            HEAD,
        )
    };
    let e = lookup("table(\"head_teachers\", class)");
    assert_eq!(e[0].1, "\"head_teachers\"");
    assert!(e[0].2.contains("did you mean `head_teacher`"), "{e:?}");
    let e = lookup("minutes");
    assert!(e[0].2.contains("must give text"), "{e:?}");
    let e = lookup("kind");
    assert!(
        e[0].2
            .contains("may read only the window's group (class): `kind`"),
        "{e:?}"
    );
    // Either key on another kind of rule.
    let text = rubric("across = \"teachers\"", HEAD).replace(
        "kind = \"window\"\nsource = \"hw\"\nwindow = \"day\"\nvalue = \"minutes\"",
        "kind = \"deduct\"\nsource = \"hw\"",
    );
    let Err(RubricError::Invalid(ds)) = compile("r.toml", &text) else {
        panic!("compiled");
    };
    assert!(
        ds[0]
            .message
            .en
            .contains("`across` does not apply to a `deduct` rule"),
        "{:?}",
        ds[0].message.en
    );
}
