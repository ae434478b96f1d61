//! Compile errors of thresholds, weighted rules, adjustments and quotas:
//! each names the line at fault and what would be accepted.

use super::compile;
use crate::rubric::RubricError;
use crate::testkit::RATINGS_HEAD as HEAD;

const WEIGHTED: &str = r#"
[[item]]
id = "ethics"
name = "师德"
category = "ethics"
max = 100
[[item.rule]]
kind = "weighted"
source = "ratings"
by = "rater"
value = "score"
weights = { "学生" = 20, "自评" = 10, "互评" = 10, "考核小组" = 60 }
"#;

/// The messages and lines of a rubric's errors.
fn errors(body: &str) -> Vec<(usize, String)> {
    match compile("t.toml", &format!("{HEAD}{body}")) {
        Ok(_) => Vec::new(),
        Err(RubricError::Invalid(ds)) => ds.into_iter().map(|d| (d.line, d.message.en)).collect(),
        Err(e) => vec![(0, e.to_string())],
    }
}

fn line_of(body: &str, needle: &str) -> usize {
    let text = format!("{HEAD}{body}");
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[test]
fn a_complete_weighted_rubric_compiles() {
    assert_eq!(errors(WEIGHTED), vec![]);
}

#[test]
fn weights_that_do_not_add_up_to_100_are_refused_at_their_line() {
    let body = WEIGHTED.replace("\"考核小组\" = 60", "\"考核小组\" = 50");
    assert_eq!(
        errors(&body),
        vec![(
            line_of(&body, "weights ="),
            "the weights add up to 90%, not 100%: 学生 20 + 自评 10 + 互评 10 + 考核小组 50"
                .to_string()
        )]
    );
}

#[test]
fn every_rater_needs_a_weight_and_only_raters_have_one() {
    let body = WEIGHTED.replace(", \"互评\" = 10", ", \"家长\" = 10");
    let messages: Vec<String> = errors(&body).into_iter().map(|(_, m)| m).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("`家长` is not a value of `rater`")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("weights give no weight for `互评`")),
        "{messages:?}"
    );
}

#[test]
fn weighted_needs_an_enum_rater_field_and_refuses_points() {
    let body = WEIGHTED.replace("by = \"rater\"", "by = \"score\"");
    assert_eq!(
        errors(&body),
        vec![(
            line_of(&body, "by = \"score\""),
            "`by` needs an enum field listing the raters, so every rater has a weight".to_string()
        )]
    );
    let body = format!("{WEIGHTED}points = 1\n");
    assert!(errors(&body)
        .iter()
        .any(|(_, m)| m == "`points` does not apply to a `weighted` rule"));
    let body = WEIGHTED.replace("weights = {", "missing = \"zero\"\nweightz = {");
    assert!(errors(&body)[0].1.contains("unknown field `weightz`"));
}

#[test]
fn weights_belong_to_weighted_rules_only() {
    let body = WEIGHTED.replace("kind = \"weighted\"", "kind = \"import\"");
    let messages: Vec<String> = errors(&body).into_iter().map(|(_, m)| m).collect();
    assert!(
        messages.contains(&"`by` does not apply to a `import` rule".to_string()),
        "{messages:?}"
    );
}

#[test]
fn a_threshold_above_the_max_is_refused() {
    let body = WEIGHTED.replace(
        "max = 100\n[[item.rule]]",
        "max = 100\nthreshold = 120\n[[item.rule]]",
    );
    assert_eq!(
        errors(&body),
        vec![(
            line_of(&body, "threshold = 120"),
            "a item's threshold is above 0 and at most its max 100".to_string()
        )]
    );
}

const QUOTA: &str = r#"
[quota]
counts = "half_up"
ties = "better"
vetoed = "exclude"

[[grade]]
name = "优秀"
share = 30
[[grade]]
name = "合格"
share = 40
[[grade]]
name = "基本合格"
share = 20
[[grade]]
name = "不合格"
share = 10
"#;

#[test]
fn a_complete_quota_compiles() {
    assert_eq!(errors(&format!("{WEIGHTED}{QUOTA}")), vec![]);
}

#[test]
fn shares_must_add_up_to_100() {
    let body = format!("{WEIGHTED}{}", QUOTA.replace("share = 10", "share = 5"));
    assert_eq!(
        errors(&body),
        vec![(
            line_of(&body, "share = 5"),
            "the grades' shares add up to 95%, not 100%: 优秀 30 + 合格 40 + 基本合格 20 + 不合格 5"
                .to_string()
        )]
    );
}

#[test]
fn a_quota_states_its_policies() {
    let body = format!("{WEIGHTED}{}", QUOTA.replace("ties = \"better\"\n", ""));
    assert!(
        errors(&body)[0].1.contains("missing field `ties`"),
        "{:?}",
        errors(&body)
    );
    let body = format!("{WEIGHTED}{}", QUOTA.replace("\"better\"", "\"random\""));
    assert!(errors(&body)[0].1.starts_with("ties is `better`"));
    let body = format!("{WEIGHTED}{}", QUOTA.replace("\"half_up\"", "\"nearest\""));
    assert!(errors(&body)[0]
        .1
        .starts_with("counts is how `share × teachers` is rounded"));
    let body = format!(
        "{WEIGHTED}{}",
        QUOTA.replace(
            "vetoed = \"exclude\"",
            "vetoed = \"exclude\"\nscope = \"school\""
        )
    );
    assert_eq!(
        errors(&body),
        vec![(
            line_of(&body, "scope = \"school\""),
            "the roster has no field `school`; its fields: id, name, role".to_string()
        )]
    );
}

#[test]
fn shares_and_bands_do_not_mix() {
    let body = format!("{WEIGHTED}{}", QUOTA.replace("share = 30", "min = 90"));
    let messages: Vec<String> = errors(&body).into_iter().map(|(_, m)| m).collect();
    assert!(messages.contains(
        &"under [quota] a grade has a `share` of the ranking, not a `min` score".to_string()
    ));
    assert!(messages
        .contains(&"grade `优秀` needs `share = N`, its percent of the ranking".to_string()));
    let body = format!(
        "{WEIGHTED}{}",
        QUOTA.replace(
            "[quota]\ncounts = \"half_up\"\nties = \"better\"\nvetoed = \"exclude\"\n",
            ""
        )
    );
    let messages: Vec<String> = errors(&body).into_iter().map(|(_, m)| m).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("grades with `share` need a [quota] table")),
        "{messages:?}"
    );
}

const ADJUST: &str = r#"
[[adjust]]
id = "half"
name = "教干折半"
category = "ethics"
factor = 0.5
when = 'role == "教干"'
requires = [{ source = "ratings", when = 'rater == "考核小组"' }]
"#;

#[test]
fn a_complete_adjustment_compiles() {
    assert_eq!(errors(&format!("{WEIGHTED}{ADJUST}")), vec![]);
}

#[test]
fn adjustment_errors_are_located() {
    let body = format!(
        "{WEIGHTED}{}",
        ADJUST.replace("factor = 0.5", "factor = 1.5")
    );
    assert_eq!(errors(&body)[0].0, line_of(&body, "factor = 1.5"));
    assert!(errors(&body)[0]
        .1
        .starts_with("an adjustment's factor is above 0 and at most 1"));
    let body = format!(
        "{WEIGHTED}{}",
        ADJUST.replace("category = \"ethics\"", "category = \"online\"")
    );
    assert_eq!(
        errors(&body),
        vec![(
            line_of(&body, "category = \"online\""),
            "no category `online`; categories: ethics".to_string()
        )]
    );
    let body = format!(
        "{WEIGHTED}{}",
        ADJUST.replace("'role == \"教干\"'", "'rol == \"教干\"'")
    );
    assert!(
        errors(&body)[0].1.contains("unknown field `rol`"),
        "{:?}",
        errors(&body)
    );
    let body = format!(
        "{WEIGHTED}{}",
        ADJUST.replace("source = \"ratings\"", "source = \"duty\"")
    );
    assert!(errors(&body)[0].1.starts_with("no source `duty`"));
}

fn with_field(field: &str) -> String {
    HEAD.replace(
        "score = { headers = [\"分数\"], type = \"decimal\" }",
        &format!("score = {{ headers = [\"分数\"], type = \"decimal\" }}\n{field}"),
    )
}

/// The messages of a rubric whose ratings source has one more field.
fn field_errors(field: &str) -> Vec<String> {
    match compile("t.toml", &format!("{}{WEIGHTED}", with_field(field))) {
        Ok(_) => Vec::new(),
        Err(RubricError::Invalid(ds)) => ds.into_iter().map(|d| d.message.en).collect(),
        Err(e) => vec![e.to_string()],
    }
}

#[test]
fn map_is_accepted_on_key_text_and_enum_fields_and_refused_elsewhere() {
    for ok in [
        r#"approval = { headers = ["审批单"], type = "text", required = false, map = { "已批" = "补卡审批通过" } }"#,
        r#"other = { headers = ["工号2"], type = "key", map = { "12" = "0012" } }"#,
        r#"status = { headers = ["状态"], type = "enum", values = ["正常", "缺课"], map = { "脱岗" = "缺课" } }"#,
    ] {
        assert_eq!(field_errors(ok), Vec::<String>::new(), "{ok}");
    }
    let e = field_errors(r#"n = { headers = ["次数"], type = "integer", map = { "一" = "1" } }"#);
    assert_eq!(
        e,
        vec!["`map` is only for key, text and enum fields".to_string()]
    );
}

#[test]
fn a_map_that_could_silently_not_apply_is_refused() {
    let cases = [
        (
            r#"s = { headers = ["状态"], type = "enum", values = ["正常", "缺课"], map = { "脱岗" = "旷工" } }"#,
            "not one of the field's values",
        ),
        (
            r#"s = { headers = ["状态"], type = "enum", values = ["正常", "缺课", "早退"], map = { "早退" = "缺课" } }"#,
            "which is one of the field's values",
        ),
        (
            r#"s = { headers = ["状态"], type = "text", required = false, map = { "" = "无" } }"#,
            "write `default = \"无\"`",
        ),
        (
            r#"s = { headers = ["状态"], type = "text", map = { "已批" = "通过", "已 批" = "批准" } }"#,
            "which read the same in a cell",
        ),
        (
            r#"s = { headers = ["状态"], type = "text", map = { "已批" = "通过", "通过" = "批准" } }"#,
            "a map is applied once",
        ),
        (
            r#"s = { headers = ["状态"], type = "enum", values = ["正常", ""] }"#,
            "which no cell holds",
        ),
    ];
    for (field, want) in cases {
        let e = field_errors(field);
        assert!(e.iter().any(|m| m.contains(want)), "{field}: {e:?}");
    }
}

#[test]
fn placeholders_that_could_be_values_are_refused_at_their_line() {
    let with = |field: &str| {
        let head = HEAD.replace(
            r#"score = { headers = ["分数"], type = "decimal" }"#,
            &format!("score = {{ headers = [\"分数\"], type = \"decimal\" }}\n{field}"),
        );
        match compile("t.toml", &format!("{head}{WEIGHTED}")) {
            Ok(r) => Ok(r.sources[1].schema.fields[3].placeholders.clone()),
            Err(RubricError::Invalid(ds)) => Err(ds
                .into_iter()
                .map(|d| (d.line, d.message.en))
                .collect::<Vec<_>>()),
            Err(e) => Err(vec![(0, e.to_string())]),
        }
    };
    let enum_field = |list: &str| {
        format!(
            r#"mark = {{ headers = ["标记"], type = "enum", values = ["A", "-"], placeholders = {list} }}"#
        )
    };
    // Accepted, normalised as cells are (full-width `－－` is `--`).
    assert_eq!(
        with(&enum_field(r#"["－－", "/"]"#)),
        Ok(vec!["--".to_string(), "/".to_string()])
    );
    // An enum value cannot also mean nothing; nor can blank text.
    for (list, says) in [
        (r#"["--", "-"]"#, "reads as a value"),
        (r#"[" "]"#, "blank text"),
    ] {
        let errs = with(&enum_field(list)).unwrap_err();
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(errs[0].1.contains(says), "{errs:?}");
        assert_eq!(errs[0].0, 23, "{errs:?}");
    }
    // A date field: a text it reads as a date is refused, `--` is not.
    let date = |list: &str| {
        format!(r#"mark = {{ headers = ["日期"], type = "date", placeholders = {list} }}"#)
    };
    assert!(with(&date(r#"["--"]"#)).is_ok());
    assert!(with(&date(r#"["2022-03-01"]"#)).is_err());
}

/// Regression: a source read by a rule but with no `teacher` field scored
/// every teacher full marks with exit 0, its records counting for no one.
#[test]
fn a_source_a_rule_reads_must_name_its_teacher_field() {
    let without = HEAD.replace("teacher = \"id\"\n", "");
    assert_ne!(without, HEAD, "the head names the ratings' teacher field");
    let text = format!("{without}{WEIGHTED}");
    let Err(RubricError::Invalid(ds)) = compile("t.toml", &text) else {
        panic!("a source without `teacher` compiled");
    };
    let line = text.lines().position(|l| l == "[sources.ratings]").unwrap() + 1;
    let said: Vec<(usize, &str)> = ds.iter().map(|d| (d.line, d.message.en.as_str())).collect();
    assert_eq!(
        said,
        [(
            line,
            "source `ratings` is read by rule `师德` of item ethics but does not say which of its \
             fields names the teacher, so its records would count for no one: add \
             `teacher = \"id\"` under [sources.ratings]"
        )]
    );
    assert!(ds[0]
        .message
        .zh
        .contains("请在 [sources.ratings] 下加上 `teacher = \"id\"`"));
}
