//! Compile errors of a field's `extract`, `split` and `on`, and of a
//! source's `every_teacher`: each at its line, in both languages.

use super::compile;
use crate::rubric::RubricError;
use crate::testkit::RATINGS_HEAD as HEAD;
use crate::value::FieldType;

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

/// The ratings source with `extra` fields after its own.
fn with(extra: &str) -> String {
    let head = HEAD.replace(
        r#"score = { headers = ["分数"], type = "decimal" }"#,
        &format!("score = {{ headers = [\"分数\"], type = \"decimal\" }}\n{extra}"),
    );
    format!("{head}{WEIGHTED}")
}

/// The errors' lines, English and Chinese.
fn errors(text: &str) -> Vec<(usize, String, String)> {
    match compile("t.toml", text) {
        Ok(_) => Vec::new(),
        Err(RubricError::Invalid(ds)) => ds
            .into_iter()
            .map(|d| (d.line, d.message.en, d.message.zh))
            .collect(),
        Err(e) => vec![(0, e.to_string(), String::new())],
    }
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap_or(0) + 1
}

#[test]
fn extract_split_and_on_compile_into_the_schema() {
    let text = with(
        r#"late = { headers = ["考勤结果"], type = "integer", extract = '迟到(\d+)分钟', default = 0 }
punches = { headers = ["打卡时间记录"], type = "time", split = " " }
day = { headers = ["日期"], type = "date" }
off = { headers = ["下班1打卡时间"], type = "datetime", on = "day" }"#,
    );
    let rubric = match compile("t.toml", &text) {
        Ok(r) => r,
        Err(e) => panic!("{e}"),
    };
    let fields = &rubric.sources[1].schema.fields;
    assert_eq!(
        fields[3].extract.as_ref().map(|r| r.as_str()),
        Some(r"迟到(\d+)分钟")
    );
    assert_eq!(fields[4].ty, FieldType::List(Box::new(FieldType::Time)));
    assert_eq!(fields[4].split.as_deref(), Some(" "));
    assert_eq!(fields[6].on, Some(5));
}

#[test]
fn a_pattern_needs_exactly_one_group() {
    for (pattern, groups) in [(r"(迟到|早退)(\d+)分钟", 2), (r"迟到\d+分钟", 0)] {
        let field = format!(
            r#"late = {{ headers = ["考勤结果"], type = "integer", extract = '{pattern}' }}"#
        );
        let text = with(&field);
        let errs = errors(&text);
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert_eq!(errs[0].0, line_of(&text, "late ="));
        assert!(
            errs[0].1.contains(&format!(
                "has {groups} capture groups; it needs exactly one"
            )),
            "{errs:?}"
        );
        assert!(
            errs[0].2.contains(&format!("有 {groups} 个捕获组")),
            "{errs:?}"
        );
    }
}

#[test]
fn a_pattern_the_regex_crate_cannot_read_says_why() {
    let text =
        with(r#"late = { headers = ["考勤结果"], type = "integer", extract = '迟到(\d+分钟' }"#);
    let errs = errors(&text);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert_eq!(errs[0].0, line_of(&text, "late ="));
    assert!(errs[0].1.contains("is not a valid pattern"), "{errs:?}");
    assert!(errs[0].1.contains("unclosed group"), "{errs:?}");
    assert!(errs[0].2.contains("不是有效的模式"), "{errs:?}");
}

#[test]
fn on_must_name_a_date_field_of_the_source() {
    let cases = [
        (
            r#"off = { headers = ["下班"], type = "datetime", on = "nowhere" }"#,
            "has no field `nowhere`",
        ),
        (
            r#"off = { headers = ["下班"], type = "datetime", on = "rater" }"#,
            "but `rater` is of type enum",
        ),
        (
            r#"off = { headers = ["下班"], type = "time", on = "score" }"#,
            "not a time field",
        ),
        (
            r#"off = { headers = ["下班"], type = "datetime", split = " ", on = "score" }"#,
            "not a list field",
        ),
    ];
    for (field, says) in cases {
        let text = with(field);
        let errs = errors(&text);
        assert_eq!(errs.len(), 1, "{field}: {errs:?}");
        assert_eq!(errs[0].0, line_of(&text, "off ="), "{field}");
        assert!(errs[0].1.contains(says), "{field}: {errs:?}");
    }
}

#[test]
fn a_list_field_has_no_default_and_a_real_separator() {
    for (field, says) in [
        (
            r#"punches = { headers = ["打卡"], type = "time", split = " ", default = "08:00" }"#,
            "takes no `default`",
        ),
        (
            r#"punches = { headers = ["打卡"], type = "time", split = "" }"#,
            "`split` needs the text between",
        ),
    ] {
        let text = with(field);
        let errs = errors(&text);
        assert!(errs.iter().any(|e| e.1.contains(says)), "{field}: {errs:?}");
        assert!(
            errs.iter().all(|e| e.0 == line_of(&text, "punches =")),
            "{errs:?}"
        );
    }
}

#[test]
fn every_teacher_is_for_a_source_that_names_its_teacher_and_is_not_the_roster() {
    let every = |under: &str| {
        let head = HEAD.replace(under, &format!("{under}\nevery_teacher = true"));
        format!("{head}{WEIGHTED}")
    };
    let ratings = every("teacher = \"id\"");
    assert!(compile("t.toml", &ratings).unwrap().sources[1].every_teacher);
    assert!(!compile("t.toml", &with("")).unwrap().sources[1].every_teacher);

    let roster = every("files = \"roster.csv\"");
    let found = errors(&roster);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, line_of(&roster, "every_teacher"));
    assert!(found[0]
        .1
        .contains("the roster `roster` is the list of teachers itself"));
    assert!(found[0].2.contains("名册 `roster` 本身就是教师名单"));

    // A source no rule reads may leave `teacher` out, but not with
    // `every_teacher`: there would be no teacher to find.
    let loose = format!(
        "{HEAD}{WEIGHTED}\n[sources.log]\nfiles = \"log.csv\"\nevery_teacher = true\n\
         [sources.log.fields]\nid = {{ headers = [\"工号\"], type = \"key\" }}\n"
    );
    let found = errors(&loose);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, line_of(&loose, "every_teacher"));
    assert!(found[0]
        .1
        .contains("add `teacher = \"id\"` under [sources.log]"));
    assert!(found[0]
        .2
        .contains("请在 [sources.log] 下加上 `teacher = \"id\"`"));
    assert_eq!(
        errors(&loose.replace("every_teacher = true", "every_teacher = false")),
        vec![]
    );
}
