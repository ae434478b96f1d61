//! Every rubric diagnostic speaks Chinese: a set of broken rubrics is
//! compiled and each message's Chinese text is checked for English words.
//! Names and values the author wrote (field names, keys, quoted or
//! backticked text) may stay as they are; anything else in English is a
//! message someone forgot to translate.

use super::compile;
use crate::i18n::Text;
use crate::rubric::{Diagnostic, RubricError};
use crate::testkit::EVERY_SHAPE_HEAD as BASE;

/// The base rubric with `from` replaced by `to` (which must change it).
fn replaced(from: &str, to: &str) -> String {
    assert!(BASE.contains(from), "the base rubric has no {from:?}");
    BASE.replacen(from, to, 1)
}

/// A deduct rule of item `absence` with condition `when`.
fn when(expr: &str) -> String {
    replaced(r#"when = 'status == "缺课"'"#, &format!("when = '{expr}'"))
}

/// The broken rubrics: every one must fail to compile.
fn broken() -> Vec<String> {
    let mut out = vec![
        // The file's own syntax and keys.
        replaced("name = \"t\"", "nmae = \"t\""),
        replaced("name = \"t\"", "name = 3"),
        replaced("[roster]", "[roster\n"),
        replaced("name = \"t\"", "name = \"t\"\nname = \"u\""),
        replaced("max = 20", "max = \"twenty\""),
        replaced("files = \"roster.csv\"", "files = 3"),
        replaced("min = 12", "min = [12]"),
        replaced("[rubric]\nname = \"t\"", "[rubric]"),
        replaced("locale = \"zh\"", "locale = \"fr\""),
        format!("{BASE}\n[calendar]\nholidays = [\"2022-13-01\"]\n"),
        // Meta and numbers.
        replaced("name = \"t\"", "name = \"t\"\nfull_marks = 100"),
        replaced("name = \"t\"", "name = \"t\"\nrounding = { places = 12, mode = \"up-ish\" }"),
        replaced("max = 20", "max = 21"),
        replaced("max = 20", "max = 0"),
        replaced("max = 20", "max = 20\nthreshold = 30"),
        // Sources and fields.
        replaced("[sources.attendance]", "[sources.\"考勤\"]"),
        replaced("files = \"ratings.csv\"", "files = \"ratings[.csv\""),
        replaced("files = \"ratings.csv\"", "files = \"ratings.csv\"\nsheet = \"a[\""),
        replaced("date = \"date\"", "date = \"day\""),
        replaced("date = \"date\"", "date = \"minutes\""),
        replaced("teacher = \"id\"\ndate", "teacher = \"name_id\"\ndate"),
        replaced("teacher = \"id\"\ndate", "teacher = \"note\"\ndate"),
        replaced("teacher = \"id\"\ndate", "teacher = \"id\"\nunique = [\"lesson\"]\ndate"),
        replaced("teacher = \"id\"\ndate", "teacher = \"id\"\nunique = []\ndate"),
        replaced("note = { headers", "备注 = { headers"),
        replaced("type = \"boolean\"", "type = \"bool\""),
        replaced(
            r#"type = "enum", values = ["正常", "迟到", "缺课", "请假"]"#,
            r#"type = "enum""#,
        ),
        replaced(
            r#"note = { headers = ["备注"], type = "text" }"#,
            r#"note = { headers = ["备注"], type = "text", values = ["a"] }"#,
        ),
        replaced(
            r#"minutes = { headers = ["时长"], type = "integer" }"#,
            r#"minutes = { headers = ["时长"], type = "integer", map = { "a" = "b" }, min = 5, max = 1 }"#,
        ),
        replaced(
            r#"ok = { headers = ["合格"], type = "boolean" }"#,
            r#"ok = { headers = ["合格"], type = "boolean", min = 0 }"#,
        ),
        replaced(
            r#""缺课", "请假"] }"#,
            r#""缺课", "请假"], map = { "脱岗" = "旷课" }, default = 3 }"#,
        ),
        replaced(r#"headers = ["备注"]"#, r#"headers = [" "]"#),
        // The roster.
        replaced("source = \"roster\"", "source = \"teachers\""),
        replaced("key = \"id\"", "key = \"code\""),
        replaced("key = \"id\"", "key = \"role\""),
        replaced("name = \"name\"", "name = \"name\"\nunknown_teachers = \"ignore\""),
        // Categories, items and grades.
        replaced("category = \"teaching\"\nmax = 10", "category = \"teach\"\nmax = 10"),
        replaced("id = \"ethics\"", "id = \"absence\""),
        format!("{BASE}\n[[category]]\nid = \"teaching\"\nname = \"x\"\nmax = 1\n"),
        format!("{BASE}\n[[category]]\nid = \"empty\"\nname = \"x\"\nmax = 1\n"),
        replaced("max = 10\n[[item.rule]]\nkind = \"deduct\"", "max = 10\n[[item.rule]]\nkind = \"subtract\""),
        replaced("name = \"合格\"\nmin = 12", "name = \"合格\""),
        replaced("name = \"不合格\"", "name = \"不合格\"\nmin = 0"),
        replaced("name = \"不合格\"", "name = \"合格\""),
        // Rules.
        replaced("source = \"attendance\"\nwhen", "source = \"attendence\"\nwhen"),
        replaced("points = 1", "points = 1\npoints_by = { field = \"status\", values = {} }"),
        replaced("points = 1", "points = 0"),
        replaced("points = 1", "points = 1\ncap = -2\nwindow = \"day\"\nunless_label = \"x\""),
        replaced(
            "points = 1",
            "points_by = { field = \"status\", values = { \"迟到\" = -1, \"早退\" = 1 } }",
        ),
        replaced("points = 1", "points_by = { field = \"minutes\", values = {} }"),
        replaced("points = 1", "points_by = { field = \"lesson\", values = {} }"),
        replaced(
            "points = 1",
            "tiers = { by = \"note\", steps = [{ points = 1 }] }",
        ),
        replaced(
            "points = 1",
            "tiers = { by = \"minutes\", steps = [{ points = 1 }, { upto = 5, points = -1 }] }",
        ),
        replaced(
            "points = 1",
            "tiers = { by = \"minutes\", steps = [{ upto = 5, points = 1 }, { upto = 3, points = 1 }, { points = 2 }] }",
        ),
        replaced("points = 1", "tiers = { by = \"minutes\", steps = [] }"),
        replaced("kind = \"deduct\"", "kind = \"ratio\""),
        replaced("kind = \"deduct\"", "kind = \"proportional\""),
        replaced("kind = \"deduct\"", "kind = \"import\"\nmissing = \"skip\""),
        replaced("kind = \"deduct\"", "kind = \"import\""),
        replaced("kind = \"deduct\"", "kind = \"window\""),
        replaced("kind = \"deduct\"\nsource = \"attendance\"", "kind = \"window\"\nsource = \"ratings\""),
        replaced("points = 1", "points = 1\nwindow = \"month\""),
        replaced("kind = \"deduct\"", "kind = \"relative\""),
        replaced("kind = \"weighted\"", "kind = \"weighted\"\npoints = 1"),
        replaced("by = \"rater\"", "by = \"score\""),
        replaced("by = \"rater\"", "by = \"who\""),
        replaced("\"自评\" = 40", "\"自评\" = 30"),
        replaced("\"自评\" = 40", "\"家长\" = 40"),
        replaced("{ \"学生\" = 60, \"自评\" = 40 }", "{ \"学生\" = 140, \"自评\" = -40 }"),
        replaced("weights = {", "missing = \"ignore\"\nweights = {"),
        replaced("by = \"rater\"\n", ""),
        // A second rule that mixes deductions and bonuses.
        replaced(
            "points = 1\n",
            "points = 1\n[[item.rule]]\nkind = \"bonus\"\nsource = \"attendance\"\npoints = 1\n",
        ),
        replaced(
            "\"自评\" = 40 }\n",
            "\"自评\" = 40 }\n[[item.rule]]\nkind = \"bonus\"\nsource = \"attendance\"\npoints = 1\n",
        ),
        replaced(
            "max = 10\n[[item.rule]]\nkind = \"deduct\"\nsource = \"attendance\"\nwhen = 'status == \"缺课\"'\npoints = 1\n",
            "max = 10\n",
        ),
        // Expressions.
        when(r#"stauts == "缺课""#),
        when(r#"role == "班主任""#),
        when(r#"status = "缺课""#),
        when(r#"status == "却课""#),
        when(r#"status == “缺课”"#),
        when(r#"status == 缺课"#),
        when(r#"status == "缺课" & minutes > 1"#),
        when(r#"status == "缺课" | minutes > 1"#),
        when(r#"minutes ＞ 1"#),
        when(r#"minutes > 1 &&"#),
        when(r#"(minutes > 1"#),
        when(r#"minutes > 1 minutes"#),
        when(r#"status == "缺课"#),
        when(r#"minutes + 1"#),
        when(r#"minutes > "a""#),
        when(r#"note > "a""#),
        when(r#"date > at"#),
        when(r#"minutes > 1 && 3"#),
        when(r#"!minutes"#),
        when(r#"-note > 1"#),
        when(r#"minutes % 2 == 0"#),
        when(r#"teacher.rank == "a""#),
        when(r#"teacher.nmae == "a""#),
        when(r#"teacher == "a""#),
        when(r#"null == null"#),
        when(r#"null < minutes"#),
        when(r#"minutes + 1 == null"#),
        when(r#"note in []"#),
        when(r#"note in ["a", 1]"#),
        when(r#"ok in [true]"#),
        when(r#"note in note"#),
        when(r#"1 / 0 > minutes"#),
        when(r#"99999999999999999999999 > 1"#),
        when(r#"[1, 2] == 1"#),
        when(r#"{"a": 1} == 1"#),
        when(r#"note.size(1) > 1"#),
        when(r#"note.matches("a")"#),
        when(r#"note.contains(1)"#),
        when(r#"note.contains()"#),
        when(r#"size(minutes) > 1"#),
        when(r#"has(note)"#),
        when(r#"date > date("2022-13-01")"#),
        when(r#"at > datetime("noon")"#),
        when(r#"date > date(minutes)"#),
        when(r#"time(at) >= time("25:00")"#),
        when(r#"time(minutes) >= time("08:00")"#),
        when(r#"at >= time("08:00")"#),
        when(r#"hour(date) > 8"#),
        when(r#"at - at > duration("24")"#),
        when(r#"at - at > duration(minutes)"#),
        when(r#"at - at > 1440"#),
        when(r#"at + at > at"#),
        when(r#"time(at) - date > duration("1h")"#),
        when(r#"at > at + 24"#),
        when(r#"minutes > table("hour", teacher.subject)"#),
        when(r#"minutes > table("hours")"#),
        when(r#"minutes > table("hours", "英语")"#),
        when(r#"minutes > table(1)"#),
        when(r#"ok ? 1 : true"#),
        when(r#"note.x == 1"#),
        when(r#"for == 1"#),
        when(r#""#),
        when(r#"status == '缺课'"#),
        // Tables and the calendar.
        replaced("[tables.hours]", "[tables.\"课时\"]"),
        replaced("keys = [\"subject\"]", "keys = []"),
        replaced("{ key = [\"数学\"], value = 5 }", "{ key = [\"数学\", \"初一\"], value = 5 }, { key = [\"语文\"], value = 7 }"),
        format!("{BASE}\n[tables.empty]\nkeys = [\"subject\"]\nrow = []\n"),
        format!("{BASE}\n[calendar]\nfrom = 2022-03-31\nto = 2022-03-01\n"),
        format!("{BASE}\n[calendar]\nfrom = 2022-03-01\n"),
        format!("{BASE}\n[calendar]\nholidays = [2022-03-05, 2022-03-07, 2022-03-07]\nworkdays = [2022-03-07, 2022-03-06, 2022-03-06]\n"),
        // Vetoes, adjustments and quotas.
        format!("{BASE}\n[[veto]]\nid = \"v\"\nname = \"v\"\nsource = \"nosuch\"\nwhen = 'true'\ngrade = \"不合格\"\n"),
        format!("{BASE}\n[[veto]]\nid = \"v\"\nname = \"v\"\nsource = \"attendance\"\nwhen = 'true'\nat_least = 0\ngrade = \"不合格\"\n"),
        format!("{BASE}\n[[veto]]\nid = \"v\"\nname = \"v\"\nsource = \"attendance\"\nwhen = 'true'\nat_least = 1.5\ngrade = \"不合格\"\n"),
        format!("{BASE}\n[[veto]]\nid = \"v\"\nname = \"v\"\nsource = \"attendance\"\nwhen = 'true'\ngrade = \"差\"\n[[veto]]\nid = \"v\"\nname = \"v\"\nsource = \"attendance\"\nwhen = 'true'\ngrade = \"不合格\"\n"),
        format!("{BASE}\n[[adjust]]\nid = \"a\"\nname = \"a\"\ncategory = \"nosuch\"\nfactor = 2\n[[adjust]]\nid = \"a\"\nname = \"a\"\ncategory = \"teaching\"\nfactor = 0.5\nrequires = [{{ source = \"nosuch\" }}]\n"),
        replaced("min = 12", "share = 30").replace("name = \"不合格\"", "name = \"不合格\"\nshare = 60"),
        format!(
            "{}\n[quota]\nscope = \"school\"\ncounts = \"round\"\nties = \"both\"\nvetoed = \"maybe\"\ntie_break = [\"nosuch\"]\n",
            replaced("min = 12", "min = 12\nshare = 120")
        ),
    ];
    // Relative and window rules with their own mistakes.
    let relative = |extra: &str| {
        replaced(
            "kind = \"deduct\"\nsource = \"attendance\"\nwhen = 'status == \"缺课\"'\npoints = 1",
            &format!("kind = \"relative\"\nsource = \"attendance\"\nvalue = \"minutes\"\n{extra}"),
        )
    };
    out.push(relative("against = \"best\""));
    out.push(relative("against = \"max\"\nranks = [1]\npoints = 1"));
    out.push(relative("against = \"rank\"\nranks = []"));
    out.push(relative("against = \"rank\"\nranks = [3, 2]\npoints = 1"));
    out.push(relative("against = \"max\""));
    out.push(relative(
        "against = \"max\"\npoints = 1\ncombine = \"median\"\ngroup = \"school\"",
    ));
    let window = |extra: &str| {
        replaced(
            "kind = \"deduct\"\nsource = \"attendance\"\nwhen = 'status == \"缺课\"'\npoints = 1",
            &format!("kind = \"window\"\nsource = \"attendance\"\nwindow = \"day\"\n{extra}"),
        )
    };
    out.push(window("points = 1"));
    out.push(window("at_least = 5\nat_most = 2\npoints = 1"));
    out.push(window("at_least = 5"));
    out.push(window("at_least = 'minutes'\npoints = 1"));
    out.push(window("at_least = true\npoints = 1"));
    out.push(window("at_least = -1\npoints = 1"));
    out.push(window("at_least = 1\ngroup = \"lesson\"\npoints = 1"));
    out
}

/// ASCII words a Chinese message may hold besides the author's own: the
/// rubric language's keys, types and keywords, which are written in
/// English in every rubric, and the names of file formats.
const KEYWORDS: &[&str] = &[
    // keys
    "rubric",
    "name",
    "description",
    "locale",
    "full_marks",
    "rounding",
    "places",
    "mode",
    "roster",
    "source",
    "key",
    "unknown_teachers",
    "sources",
    "files",
    "sheet",
    "fields",
    "teacher",
    "date",
    "unique",
    "optional",
    "headers",
    "type",
    "values",
    "map",
    "default",
    "required",
    "min",
    "max",
    "category",
    "item",
    "rule",
    "kind",
    "when",
    "unless",
    "unless_label",
    "label",
    "points",
    "points_by",
    "tiers",
    "steps",
    "upto",
    "field",
    "by",
    "cap",
    "value",
    "rate",
    "missing",
    "matching",
    "window",
    "group",
    "at_least",
    "at_most",
    "against",
    "ranks",
    "combine",
    "weights",
    "veto",
    "grade",
    "share",
    "threshold",
    "adjust",
    "factor",
    "requires",
    "quota",
    "scope",
    "counts",
    "ties",
    "vetoed",
    "tie_break",
    "calendar",
    "from",
    "to",
    "holidays",
    "workdays",
    "tables",
    "keys",
    "row",
    // types, kinds and enumerated values
    "text",
    "integer",
    "decimal",
    "datetime",
    "duration",
    "boolean",
    "enum",
    "deduct",
    "bonus",
    "proportional",
    "ratio",
    "import",
    "relative",
    "weighted",
    "error",
    "skip",
    "zero",
    "day",
    "week",
    "average",
    "rank",
    "sum",
    "mean",
    "better",
    "worse",
    "exclude",
    "include",
    "zh",
    "en",
    "null",
    "true",
    "false",
    "size",
    "has",
    "contains",
    "startsWith",
    "time",
    "hour",
    "minute",
    "at_least",
    "endsWith",
    "table",
    "half_up",
    "half_even",
    "largest_remainder",
    "down",
    "up",
    // formats
    "TOML",
    "UTF",
];

/// The English words left in `zh` once the author's names and values
/// (quoted, backticked, or written anywhere in `rubric`) are taken out.
fn english_words(zh: &str, rubric: &str) -> Vec<String> {
    let mut plain = String::new();
    let mut quote: Option<char> = None;
    for c in zh.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if matches!(c, '`' | '"' | '\'') => quote = Some(c),
            None => plain.push(c),
        }
    }
    let authored: Vec<&str> = rubric
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    plain
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.'))
        .flat_map(|w| w.split('.'))
        .filter(|w| w.chars().filter(char::is_ascii_alphabetic).count() >= 3)
        .filter(|w| !KEYWORDS.contains(w) && !authored.contains(w))
        .map(str::to_string)
        .collect()
}

fn diagnostics(rubric: &str) -> Vec<Diagnostic> {
    match compile("t.toml", rubric) {
        Ok(_) => Vec::new(),
        Err(RubricError::Invalid(ds)) => ds,
        Err(e) => panic!("not a located error: {e}"),
    }
}

#[test]
fn the_base_rubric_compiles() {
    assert!(diagnostics(BASE).is_empty(), "{:?}", diagnostics(BASE));
}

#[test]
fn every_diagnostic_speaks_chinese() {
    let mut untranslated = Vec::new();
    let mut compiled = Vec::new();
    let mut seen = 0;
    for (n, rubric) in broken().into_iter().enumerate() {
        let ds = diagnostics(&rubric);
        if ds.is_empty() {
            let changed: Vec<&str> = rubric.lines().filter(|l| !BASE.contains(l)).collect();
            compiled.push(format!("#{n}: {changed:?}"));
        }
        for d in ds {
            seen += 1;
            let Text { en, zh } = &d.message;
            assert!(!en.is_empty() && !zh.is_empty(), "{d:?}");
            let left = english_words(zh, &rubric);
            if !left.is_empty() || zh == en {
                untranslated.push(format!("{zh}\n    (English: {en})\n    left: {left:?}"));
            }
        }
    }
    assert!(
        compiled.is_empty(),
        "meant to be broken, but compiled: {compiled:?}"
    );
    assert!(
        seen > 150,
        "only {seen} diagnostics: the set lost its breadth"
    );
    assert!(
        untranslated.is_empty(),
        "{} message(s) not in Chinese:\n{}",
        untranslated.len(),
        untranslated.join("\n")
    );
}

#[test]
fn the_checker_catches_english() {
    assert_eq!(
        english_words("unknown column `x`", "x = 1"),
        vec!["unknown".to_string(), "column".to_string()]
    );
    assert!(english_words("未知的键 \"nmae\"，可用的键：name、locale", "nmae = 1").is_empty());
    assert!(english_words("字段 `stauts` 不存在", "").is_empty());
}

#[test]
fn chinese_carets_sit_under_the_fault() {
    // Two wide characters before the fault: the caret moves two cells each.
    let rubric = when(r#""缺课" == stauts"#);
    let d = &diagnostics(&rubric)[0];
    let zh = d.render(crate::rubric::Locale::Zh);
    let head = format!("t.toml:{}:17: 表达式里的字段 `stauts` 不存在", d.line);
    assert!(zh.starts_with(&head), "{zh}");
    let caret = format!("\n   | {}^^^^^^", " ".repeat(18));
    assert!(zh.ends_with(&caret), "{zh}");
    let en = d.render(crate::rubric::Locale::En);
    assert_eq!(en, d.to_string());
    assert!(
        en.contains("unknown field `stauts`") && en.ends_with(&caret),
        "{en}"
    );
}
