//! Why a run produced no outcome: every refusal of a scoring run, in both
//! languages.

use chrono::NaiveDate;

use super::duplicate::Duplicate;
use super::period::Period;
use super::problem::Problem;
use crate::i18n::engine as msg;
use crate::i18n::{Localize, Text};
use crate::input::{list, InputError, Month};

/// A dated source whose records are (nearly) all outside the period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutsideSource {
    /// The source id.
    pub source: String,
    /// The source as the office names it ([`crate::rubric::Source::named`]).
    pub named: Text,
    /// Records inside the period.
    pub inside: u64,
    /// Records outside it.
    pub outside: u64,
    /// The earliest date of the records outside it.
    pub first: NaiveDate,
    /// The latest.
    pub last: NaiveDate,
}

/// Why a run produced no outcome.
#[derive(Debug)]
pub enum ScoreError {
    /// A file could not be read at all.
    Read(InputError),
    /// A source that must have a file has none.
    MissingSource {
        /// The source id.
        source_id: String,
        /// Its file patterns.
        patterns: Vec<String>,
        /// The names of the files given.
        files: Vec<String>,
        /// Files that match it in folders inside the folders given, which
        /// are not read.
        nested: Vec<String>,
    },
    /// Problems in the data; all of them, in the order found.
    Data(Vec<Problem>),
    /// The rubric has window rules but neither the run nor the rubric's
    /// `[calendar]` says which days are scored.
    NoPeriod,
    /// Dates written without a year (`3月7日`) and no period to take the
    /// year from: one message for the first such cell and how many more,
    /// not one per cell, as one flag mends them all.
    NoYear(Box<Yearless>),
    /// The same file, sheet or records fed to one source twice: every
    /// record would count twice. Each copy, with the one it copies.
    Duplicate(Vec<Duplicate>),
    /// The evidence did not reconcile with a score: a fault in kaohe, never
    /// a score to write. What went wrong, in both languages.
    Internal(crate::i18n::Text),
    /// Dated sources with no record in the period, or more than nine in ten of
    /// their records outside it: most likely the wrong period (or the wrong
    /// files), which would score everyone from the few records left.
    OutsidePeriod {
        /// The period asked for.
        period: Period,
        /// Each source refused, in source order.
        sources: Vec<OutsideSource>,
        /// The month most of the dated records are in, when more than half
        /// of them are in one: the period to suggest.
        month: Option<Month>,
    },
    /// A source whose records carry dates but which names no `date` field,
    /// so the period cannot choose its records, and some of them are dated
    /// outside it: scored, they would all count, the other months' too.
    Undated {
        /// The period asked for.
        period: Period,
        /// Each such source, in source order.
        sources: Vec<UndatedSource>,
    },
    /// `[pay]` cannot share its pool: a teacher's group has no pool, the
    /// floor and ceiling cannot add up to it, or nothing weighs a share.
    Pay(Text),
}

/// A source read without a `date` whose records have dates outside the
/// period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UndatedSource {
    /// The source id.
    pub source: String,
    /// The date field found outside the period, as the rubric names it.
    pub field: String,
    /// Its column's header.
    pub header: String,
    /// Records with that date outside the period.
    pub outside: u64,
    /// The earliest such date.
    pub first: NaiveDate,
    /// The latest.
    pub last: NaiveDate,
}

/// [`ScoreError::Undated`] in both languages.
fn undated_text(period: Period, sources: &[UndatedSource]) -> Text {
    let sep = msg::clause_separator();
    let mut out = Text::default();
    for s in sources {
        let UndatedSource {
            source,
            field,
            header,
            outside,
            first,
            last,
        } = s;
        let (from, to) = (period.from, period.to);
        let line = msg::source_undated(source, from, to, outside, header, field, first, last);
        out = if out.en.is_empty() {
            line
        } else {
            out.join(sep.en, sep.zh, &line)
        };
    }
    out
}

/// Cells whose dates have no year, in a run without a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Yearless {
    /// The first such cell.
    pub cell: crate::provenance::CellRef,
    /// Its column's header.
    pub header: String,
    /// The field's name.
    pub field: String,
    /// The cell as written.
    pub value: String,
    /// How many other cells lack a year.
    pub more: usize,
}

impl Yearless {
    /// What is missing and how to give it, in both languages.
    pub fn text(&self) -> Text {
        let Yearless {
            cell,
            header,
            field,
            value,
            more,
        } = self;
        let others = if *more == 0 {
            Text::default()
        } else {
            msg::no_year_more(more)
        };
        msg::no_year(&cell.said(), header, field, value, &others)
    }
}

/// Cells refused only for want of a year, said as one [`ScoreError::NoYear`].
pub(crate) fn no_year(problems: &[Problem]) -> Option<ScoreError> {
    let mut yearless = problems.iter().filter_map(|p| match p {
        Problem::Cell(crate::input::DataError::BadValue {
            cell,
            field,
            header,
            value,
            expected,
        }) if crate::input::is_needs_year(expected) => Some((cell, field, header, value)),
        _ => None,
    });
    let (cell, field, header, value) = yearless.next()?;
    Some(ScoreError::NoYear(Box::new(Yearless {
        cell: cell.clone(),
        header: header.clone(),
        field: field.clone(),
        value: value.clone(),
        more: yearless.count(),
    })))
}

/// [`ScoreError::OutsidePeriod`] in both languages.
pub(super) fn outside_text(
    period: Period,
    sources: &[OutsideSource],
    month: Option<Month>,
) -> Text {
    let (from, to) = (period.from, period.to);
    let sep = msg::clause_separator();
    let mut out = msg::outside_period(from, to);
    for s in sources {
        let OutsideSource {
            named,
            inside,
            outside,
            first,
            last,
            ..
        } = s;
        let dated = inside.saturating_add(*outside);
        let line = if *inside == 0 {
            msg::source_none_inside(named, outside, first, last)
        } else {
            msg::source_mostly_outside(named, outside, dated, first, last)
        };
        out = out.join(sep.en, sep.zh, &line);
    }
    match month {
        Some(month) => {
            let fix = msg::outside_period_fix_month(month);
            out.join("", "", &fix)
        }
        None => {
            let fix = msg::outside_period_fix();
            out.join(fix.en, fix.zh, &Text::default())
        }
    }
}

impl ScoreError {
    /// The whole error in both languages.
    pub fn text(&self) -> Text {
        match self {
            ScoreError::Read(e) => e.text(),
            ScoreError::MissingSource {
                source_id,
                patterns,
                nested,
                ..
            } if !nested.is_empty() => {
                msg::missing_source_nested(source_id, &list(patterns), &list(nested))
            }
            ScoreError::MissingSource {
                source_id,
                patterns,
                files,
                ..
            } if files.is_empty() => msg::missing_source_no_files(source_id, &list(patterns)),
            ScoreError::MissingSource {
                source_id,
                patterns,
                files,
                ..
            } => msg::missing_source(source_id, &list(files), &list(patterns)),
            ScoreError::Data(problems) => msg::data_problems(problems.len()),
            ScoreError::NoYear(cells) => cells.text(),
            ScoreError::Duplicate(copies) => duplicates_text(copies),
            ScoreError::NoPeriod => msg::no_period().text(),
            // A fault in kaohe: the detail is for whoever fixes it.
            ScoreError::Internal(detail) => msg::internal_error(detail),
            ScoreError::OutsidePeriod {
                period,
                sources,
                month,
            } => outside_text(*period, sources, *month),
            ScoreError::Undated { period, sources } => undated_text(*period, sources),
            ScoreError::Pay(why) => why.clone(),
        }
    }
}

crate::i18n::said_by_text!(ScoreError);

impl std::error::Error for ScoreError {}

impl From<InputError> for ScoreError {
    fn from(e: InputError) -> Self {
        ScoreError::Read(e)
    }
}

/// One copy's message, or a count and each on its own line.
pub(super) fn duplicates_text(copies: &[Duplicate]) -> Text {
    match copies {
        [one] => one.text(),
        _ => {
            let n = copies.len();
            let mut text = msg::duplicates(n);
            for c in copies {
                text = text.join("\n  - ", "\n  - ", &c.text());
            }
            text
        }
    }
}

#[cfg(test)]
mod score_error_tests {
    use super::*;
    use crate::engine::evaluate::RuleError;
    use crate::engine::Outcome;
    use crate::engine::{score, RunConfig};
    use crate::i18n::{Locale, Localize};
    use crate::rubric::expr::EvalError;
    use crate::rubric::LoadedRubric;
    use crate::testkit;
    use rust_decimal::Decimal;

    #[test]
    fn every_score_error_speaks_both_languages() {
        let all = [
            ScoreError::Read(InputError::NoSheet {
                file: "考勤.xlsx".into(),
                pattern: "三月".into(),
                sheets: vec!["Sheet1".into()],
            }),
            ScoreError::MissingSource {
                source_id: "roster".into(),
                patterns: vec!["名册*.xlsx".into()],
                files: vec!["考勤.xlsx".into()],
                nested: vec![],
            },
            ScoreError::MissingSource {
                source_id: "roster".into(),
                patterns: vec!["名册*.xlsx".into()],
                files: vec![],
                nested: vec![],
            },
            ScoreError::Data(vec![]),
            ScoreError::MissingSource {
                source_id: "roster".into(),
                patterns: vec!["名册*.xlsx".into()],
                files: vec!["考勤.xlsx".into()],
                nested: vec!["三月/备份/名册.xlsx".into()],
            },
            ScoreError::NoPeriod,
            ScoreError::Internal(crate::text!(
                "teacher 1 item i: score 11 outside 0..10",
                "教师 1 的项目 i：得分 11 不在 0..10 之内"
            )),
            ScoreError::OutsidePeriod {
                period: Period {
                    from: NaiveDate::from_ymd_opt(2023, 3, 1).unwrap(),
                    to: NaiveDate::from_ymd_opt(2023, 3, 31).unwrap(),
                },
                sources: vec![OutsideSource {
                    source: "attendance".into(),
                    named: Text::same("attendance"),
                    inside: 0,
                    outside: 2406,
                    first: NaiveDate::from_ymd_opt(2022, 3, 1).unwrap(),
                    last: NaiveDate::from_ymd_opt(2022, 3, 31).unwrap(),
                }],
                month: None,
            },
            ScoreError::OutsidePeriod {
                period: Period {
                    from: NaiveDate::from_ymd_opt(2022, 4, 1).unwrap(),
                    to: NaiveDate::from_ymd_opt(2022, 4, 30).unwrap(),
                },
                sources: vec![OutsideSource {
                    source: "attendance".into(),
                    named: Text::same("attendance"),
                    inside: 3,
                    outside: 2403,
                    first: NaiveDate::from_ymd_opt(2022, 2, 28).unwrap(),
                    last: NaiveDate::from_ymd_opt(2022, 3, 28).unwrap(),
                }],
                month: Some(crate::input::Month {
                    year: 2022,
                    month: 3,
                }),
            },
            ScoreError::Undated {
                period: Period {
                    from: NaiveDate::from_ymd_opt(2023, 3, 1).unwrap(),
                    to: NaiveDate::from_ymd_opt(2023, 3, 31).unwrap(),
                },
                sources: vec![UndatedSource {
                    source: "attendance".into(),
                    field: "day".into(),
                    header: "日期".into(),
                    outside: 12,
                    first: NaiveDate::from_ymd_opt(2023, 4, 1).unwrap(),
                    last: NaiveDate::from_ymd_opt(2023, 4, 30).unwrap(),
                }],
            },
        ];
        let allowed = [
            "attendance",
            // The rubric's own words: a table, a key and a field name.
            "sources",
            "date",
            "day",
            "--allow-outside-period",
            "考勤.xlsx",
            "名册*.xlsx",
            "三月/备份/名册.xlsx",
            "--input",
            "roster",
            "Sheet1",
            "--period",
            "--from/--to",
            "[calendar]",
            "`from`",
            "`to`",
        ];
        for e in &all {
            let zh = e.localized(Locale::Zh);
            assert_eq!(e.localized(Locale::En), e.to_string());
            assert_ne!(zh, e.to_string());
            assert_eq!(
                crate::input::english_words(&zh, &allowed),
                Vec::<String>::new(),
                "{zh}"
            );
        }
        assert_eq!(
            all[2].to_string(),
            "no input file for source `roster`: none of (no spreadsheet files) matches 名册*.xlsx"
        );
        assert_eq!(
            all[2].localized(Locale::Zh),
            "数据源 `roster` 没有输入文件：没有找到任何电子表格文件（文件名应符合 名册*.xlsx）"
        );
    }

    #[test]
    fn a_rule_that_cannot_be_applied_says_why_in_both_languages() {
        let t = RuleError::Blank("时长".into()).text();
        assert_eq!(
            (t.en.as_str(), t.zh.as_str()),
            ("时长 is blank", "时长 为空")
        );
        let t = RuleError::NoPoints("病假".into()).text();
        assert_eq!(t.zh, "规则中没有给 病假 规定分值");
        let t = RuleError::Negative(Decimal::from(-3)).text();
        assert_eq!(t.zh, "值 -3 是负数");
        let t = RuleError::Eval(EvalError::DivisionByZero).text();
        assert_eq!(
            (t.en.as_str(), t.zh.as_str()),
            ("division by zero", "除数为 0")
        );
    }

    /// Sources are read by a pool, largest first; when two fail, the run
    /// still reports the first in source order, whichever finished first.
    #[test]
    fn the_error_reported_is_the_first_sources_whatever_the_reading_order() {
        // testkit's roster and `events` source, and a second source `late`.
        let rubric = format!(
            r#"{}
[sources.late]
files = "late.csv"
teacher = "id"
[sources.late.fields]
id = {{ headers = ["工号"], type = "key" }}
kind = {{ headers = ["类别"], type = "text" }}
[[category]]
id = "c"
name = "c"
max = 10
[[item]]
id = "i"
name = "i"
category = "c"
max = 10
[[item.rule]]
kind = "deduct"
source = "events"
when = 'kind == "x"'
points = 1
[[item.rule]]
kind = "deduct"
source = "late"
when = 'kind == "x"'
points = 1
[[grade]]
name = "all"
"#,
            crate::testkit::HEAD
        );
        let compiled = crate::rubric::compile("t.toml", &rubric).unwrap();
        let first = compiled
            .sources
            .iter()
            .position(|s| s.id == "events" || s.id == "late")
            .map(|s| compiled.sources[s].id.clone())
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("roster.csv"), "工号,姓名,学校\n1,甲,一中\n").unwrap();
        // Both lack 类别; the later source's file is far the larger, so a
        // largest-first pool starts (and may finish) it first.
        std::fs::write(dir.path().join("events.csv"), "工号\n1\n").unwrap();
        let big: String = std::iter::once("工号\n".to_string())
            .chain((0..20_000).map(|_| "1\n".to_string()))
            .collect();
        std::fs::write(dir.path().join("late.csv"), big).unwrap();
        let files = crate::engine::gather(&[dir.path().to_path_buf()]).unwrap();
        let loaded = LoadedRubric {
            rubric: compiled,
            path: "t.toml".into(),
            bytes: rubric.into_bytes(),
        };
        for _ in 0..10 {
            let err = match score(&loaded, &files, &RunConfig::default()) {
                Err(e) => e.to_string(),
                Ok(_) => panic!("both sources lack a column"),
            };
            assert!(err.contains(&format!("{first}.csv")), "{err}");
        }
    }

    /// Scores a dated event log over the period `from`..=`to`.
    fn dated(dates: &[&str], allow: bool) -> Result<Outcome, ScoreError> {
        events(DATED, dates, allow)
    }

    const DATED: &str = "date = \"date\"\n";

    /// Scores `dates` as one teacher's events for March 2023, the events
    /// source's `date` line being `date_line` (or none).
    fn events(date_line: &str, dates: &[&str], allow: bool) -> Result<Outcome, ScoreError> {
        let head = testkit::roster_head("rounding = { places = 1 }\n", "roster.csv", "");
        let item = testkit::one_item(10);
        let rubric = format!(
            r#"{head}[sources.events]
files = "events.csv"
teacher = "id"
{date_line}[sources.events.fields]
id = {{ headers = ["工号"], type = "key" }}
date = {{ headers = ["日期"], type = "date" }}
{item}[[item.rule]]
kind = "deduct"
source = "events"
points = 1
[[grade]]
name = "all"
"#
        );
        let events: String = std::iter::once("工号,日期\n".to_string())
            .chain(dates.iter().map(|d| format!("1,{d}\n")))
            .collect();
        let files = [("roster.csv", "工号,姓名\n1,甲\n"), ("events.csv", &events)];
        let config = RunConfig {
            period: Some(Period {
                from: NaiveDate::from_ymd_opt(2023, 3, 1).unwrap(),
                to: NaiveDate::from_ymd_opt(2023, 3, 31).unwrap(),
            }),
            allow_outside_period: allow,
            ..RunConfig::default()
        };
        testkit::score_csv(&rubric, &files, &config)
    }

    #[test]
    fn a_period_the_data_is_not_in_is_refused_unless_meant() {
        // None inside: refused, naming where the records are.
        let none = ["2022-03-01", "2022-03-31"];
        match dated(&none, false) {
            Err(ScoreError::OutsidePeriod { sources, month, .. }) => {
                assert_eq!(sources.len(), 1);
                assert_eq!((sources[0].inside, sources[0].outside), (0, 2));
                assert_eq!(sources[0].first.to_string(), "2022-03-01");
                assert_eq!(sources[0].last.to_string(), "2022-03-31");
                // Every record is in March 2022: the period to give.
                assert_eq!(month.map(|m| m.to_string()).as_deref(), Some("2022-03"));
            }
            other => panic!("{other:?}"),
        }
        let e = dated(&none, false).unwrap_err();
        assert!(
            e.localized(Locale::Zh)
                .ends_with("。记录大多在 2022-03：请给出记录所在的考核期（--period 2022-03）；如果确实是要考核这个期间，请加 --allow-outside-period"),
            "{e}"
        );
        // No month holds most of them: no month to suggest.
        let spread = ["2022-01-05", "2022-02-05", "2022-03-05"];
        assert!(matches!(
            dated(&spread, false),
            Err(ScoreError::OutsidePeriod { month: None, .. })
        ));
        // More than nine in ten outside: the year-less row alone took the
        // year.
        let mut most = vec!["2022-03-01"; 10];
        most.push("3月7日");
        assert!(matches!(
            dated(&most, false),
            Err(ScoreError::OutsidePeriod { .. })
        ));
        // Nine in ten outside is a month scored from a longer log, or a
        // month's export with its edges: scored, and said.
        let mut nine = vec!["2022-02-28"; 9];
        nine.push("2023-03-07");
        let o = dated(&nine, false).unwrap();
        assert_eq!(o.teachers[0].total.to_string(), "9");
        assert_eq!(o.run.warnings.len(), 1);
        assert_eq!(o.run.warnings[0].code(), "outside_period");
        // Meant: scored from what is inside, and said.
        let o = dated(&most, true).unwrap();
        assert_eq!(o.teachers[0].total.to_string(), "9");
        assert!(o.run.warnings[0]
            .to_string()
            .contains("10 of 11 dated records"));
    }

    /// A category and item whose one rule sums the events' 分数.
    fn summing(kind: &str, extra: &str) -> String {
        format!(
            r#"
[[category]]
id = "c"
name = "c"
max = 10
[[item]]
id = "i"
name = "课时"
category = "c"
max = 10
[[item.rule]]
kind = "{kind}"
source = "events"
label = "分数"
{extra}
[[grade]]
name = "all"
"#
        )
    }

    fn problems(body: &str, events: &str) -> Vec<Problem> {
        let roster = "工号,姓名,学校\n1001,张三,一中\n1002,李四,一中\n";
        match crate::testkit::run(body, roster, events) {
            Err(ScoreError::Data(p)) => p,
            Err(e) => panic!("{e}"),
            Ok(_) => panic!("scored"),
        }
    }

    /// 29-digit values: each fits a decimal, their sum does not. Once a
    /// panic (`Addition overflowed`) reported as a damaged file; now a
    /// located data error naming the row, the field and the value.
    #[test]
    fn a_sum_past_the_largest_decimal_names_the_record_that_overflowed() {
        let big = "30000000000000000000000000000";
        let events =
            format!("工号,类别,分数\n1001,a,{big}\n1001,a,{big}\n1001,a,{big}\n1002,a,1\n");
        for (kind, extra) in [
            ("proportional", "value = \"points\"\nrate = 1"),
            (
                "relative",
                "value = \"points\"\nagainst = \"rank\"\npoints = 10",
            ),
        ] {
            let found = problems(&summing(kind, extra), &events);
            assert_eq!(found.len(), 1, "{kind}: {found:?}");
            let Problem::Overflow {
                origin,
                teacher,
                values,
                ..
            } = &found[0]
            else {
                panic!("{kind}: {found:?}");
            };
            assert_eq!(origin.as_ref().map(|o| o.row), Some(4), "{kind}");
            assert_eq!(teacher, "1001 张三");
            assert!(values.en.contains(&format!("分数={big}")), "{}", values.en);
            let place = found[0].place();
            assert_eq!(place.map(|p| p.row), Some(4));
            let zh = found[0].text().zh;
            assert!(zh.contains("events.csv，第 4 行：教师 1001 张三"), "{zh}");
            assert!(found[0].skippable());
        }
        // Times a rate: the product overflows on the first record.
        let found = problems(
            &summing("proportional", "value = \"points\"\nrate = 3"),
            &events,
        );
        assert!(
            matches!(&found[0], Problem::Overflow { origin: Some(o), .. } if o.row == 2),
            "{found:?}"
        );
    }

    /// Any values, however large or negative, in any rule that sums them:
    /// the run scores or reports problems, and never panics.
    #[test]
    fn no_value_makes_the_engine_panic() {
        use proptest::prelude::*;
        let kinds = [
            ("proportional", "value = \"points\"\nrate = 2"),
            (
                "relative",
                "value = \"points\"\nagainst = \"average\"\npoints = 10",
            ),
            (
                "relative",
                "value = \"points\"\nagainst = \"max\"\npoints = 10\ncombine = \"mean\"",
            ),
            ("import", "value = \"points\"\nmissing = \"zero\""),
        ];
        let value = prop_oneof![
            Just("79228162514264337593543950335".to_string()),
            Just("-79228162514264337593543950335".to_string()),
            Just("39614081257132168796771975168".to_string()),
            (any::<i64>()).prop_map(|n| n.to_string()),
            (any::<u32>(), 0u32..28)
                .prop_map(|(n, s)| rust_decimal::Decimal::new(i64::from(n), s).to_string()),
        ];
        let config = proptest::test_runner::Config {
            cases: 48,
            ..Default::default()
        };
        let mut runner = proptest::test_runner::TestRunner::new(config);
        let strategy = (
            0..kinds.len(),
            proptest::collection::vec((0..2usize, value), 1..6),
        );
        runner
            .run(&strategy, |(k, rows)| {
                let (kind, extra) = kinds[k];
                let mut events = String::from("工号,类别,分数\n");
                for (t, v) in &rows {
                    events.push_str(&format!("{},a,{v}\n", ["1001", "1002"][*t]));
                }
                let body = summing(kind, extra);
                let run = std::panic::catch_unwind(|| {
                    crate::testkit::run(
                        &body,
                        "工号,姓名,学校\n1001,张三,一中\n1002,李四,一中\n",
                        &events,
                    )
                    .map(|_| ())
                    .map_err(|e| e.to_string())
                });
                prop_assert!(run.is_ok(), "{kind} panicked on {events}");
                Ok(())
            })
            .unwrap();
    }

    /// Regression: a source without `date` had every record scored whatever
    /// the period, the other months' too, with exit 0.
    #[test]
    fn a_source_without_date_is_refused_when_its_records_fall_outside_the_period() {
        let day = |d: &str| d.parse::<NaiveDate>().unwrap();
        let dates = ["2023-03-02", "2023-04-01", "2023-04-09"];
        let Err(e) = events("", &dates, false) else {
            panic!("records of April were scored for March");
        };
        let ScoreError::Undated { sources, .. } = &e else {
            panic!("{e}");
        };
        assert_eq!(
            sources,
            &[UndatedSource {
                source: "events".into(),
                field: "date".into(),
                header: "日期".into(),
                outside: 2,
                first: day("2023-04-01"),
                last: day("2023-04-09"),
            }]
        );
        assert!(e
            .to_string()
            .contains("add `date = \"date\"` under [sources.events]"));
        assert!(e
            .localized(Locale::Zh)
            .contains("请在 [sources.events] 下加上 `date = \"date\"`"));
        assert_eq!(crate::error::Kind::exit_code(&e), crate::error::DATA);
        // Allowed, every record counts; all in the period, no refusal.
        let all = events("", &dates, true).unwrap();
        assert_eq!(all.teachers[0].total.to_string(), "7");
        let march = events("", &["2023-03-02", "2023-03-09"], false).unwrap();
        assert_eq!(march.teachers[0].total.to_string(), "8");
        // With `date`, the period chooses: April is refused as the wrong month.
        let chosen = events(DATED, &["2023-03-02", "2023-03-03", "2023-04-01"], false).unwrap();
        assert_eq!(chosen.teachers[0].total.to_string(), "8");
    }
}
