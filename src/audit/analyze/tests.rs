//! The report's arithmetic by hand on three teachers: a rater's mean and
//! spread, a group's share, and a rule whose removal moves a known grade.

use std::path::PathBuf;

use rust_decimal::Decimal;

use super::*;
use crate::engine::{gather, score, RunConfig};
use crate::rubric::compile;
use crate::testkit::d;

/// Two raters at 50% each, and a 10-point duty item that loses 5 per
/// absence; 96 or more is A.
const RUBRIC: &str = r#"
[rubric]
name = "t"
full_marks = 110
rounding = { places = 2 }

[roster]
source = "roster"
key = "id"
name = "name"
school = "school"

[sources.roster]
files = "roster.csv"
[sources.roster.fields]
id = { headers = ["工号"], type = "key" }
name = { headers = ["姓名"], type = "text" }
school = { headers = ["学校"], type = "text" }

[sources.ratings]
files = "ratings.csv"
teacher = "id"
[sources.ratings.fields]
id = { headers = ["工号"], type = "key" }
rater = { headers = ["评价方"], type = "enum", values = ["学生", "考核小组"] }
score = { headers = ["分数"], type = "decimal" }

[sources.events]
files = "events.csv"
teacher = "id"
[sources.events.fields]
id = { headers = ["工号"], type = "key" }
kind = { headers = ["类别"], type = "text" }

[[category]]
id = "all"
name = "全部"
max = 110

[[item]]
id = "ethics"
name = "师德"
category = "all"
max = 100
[[item.rule]]
kind = "weighted"
source = "ratings"
label = "加权"
by = "rater"
value = "score"
weights = { "学生" = 50, "考核小组" = 50 }

[[item]]
id = "duty"
name = "出勤"
category = "all"
max = 10
[[item.rule]]
kind = "deduct"
source = "events"
label = "缺勤"
when = 'kind == "缺勤"'
points = 5

[[grade]]
name = "A"
min = 96
[[grade]]
name = "B"
"#;

// T1: (90 + 90) / 2 + 10 = 100, A.  T2: (80 + 100) / 2 + 5 = 95, B.
// T3: (82 + 82) / 2 + 0 = 82, B.
const ROSTER: &str = "工号,姓名,学校\nT1,甲一,甲校\nT2,甲二,甲校\nT3,乙一,乙校\n";
const RATINGS: &str =
    "工号,评价方,分数\nT1,学生,90\nT1,考核小组,90\nT2,学生,80\nT2,考核小组,100\nT3,学生,82\nT3,考核小组,82\n";
const EVENTS: &str = "工号,类别\nT2,缺勤\nT3,缺勤\nT3,缺勤\n";

/// The report on the three teachers, every rule also taken out in turn.
fn report(thresholds: Thresholds) -> Analysis {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("roster.csv", ROSTER),
        ("ratings.csv", RATINGS),
        ("events.csv", EVENTS),
    ] {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let files = gather(&[PathBuf::from(dir.path())]).unwrap();
    let loaded = LoadedRubric {
        rubric: compile("t.toml", RUBRIC).unwrap(),
        path: "t.toml".into(),
        bytes: RUBRIC.as_bytes().to_vec(),
    };
    let config = RunConfig::default();
    let base = score(&loaded, &files, &config).unwrap();
    let without: Vec<_> = item_rules(&loaded.rubric)
        .into_iter()
        .map(|at| {
            let less = without_rule(&loaded, at.0, at.1).unwrap();
            (at, score(&less, &files, &config).unwrap())
        })
        .collect();
    analyze(&loaded.rubric, &base, &without, thresholds)
}

#[test]
fn a_raters_mean_and_spread_over_three_teachers() {
    let a = report(Thresholds::default());
    let students = &a.raters[0].raters[0];
    assert_eq!(students.rater, "学生");
    assert_eq!(students.teachers, 3);
    // (90 + 80 + 82) / 3 = 84; |90−84| + |80−84| + |82−84| = 6 + 4 + 2 = 12; 12 / 3 = 4.
    assert_eq!(students.mean, Some(d("84")));
    assert_eq!(students.min, Some(d("80")));
    assert_eq!(students.max, Some(d("90")));
    assert_eq!(students.mad, Some(d("4")));
}

#[test]
fn a_rater_far_from_the_others_is_named_with_both_values() {
    let a = report(Thresholds::default());
    // Only on T2 do the raters differ by 10 or more: 80 against 100.
    let o = &a.raters[0].outliers;
    assert_eq!(o.len(), 2);
    assert_eq!((o[0].key.as_str(), o[0].rater.as_str()), ("T2", "学生"));
    assert_eq!(
        (o[0].score, o[0].others, o[0].gap),
        (d("80"), d("100"), d("-20"))
    );
    assert_eq!(o[1].rater, "考核小组");
    let wide = report(Thresholds {
        rater_gap: d("20.01"),
        ..Thresholds::default()
    });
    assert!(wide.raters[0].outliers.is_empty());
}

#[test]
fn a_groups_share_against_the_whole() {
    let a = report(Thresholds {
        min_group: 1,
        share_gap: d("15"),
        ..Thresholds::default()
    });
    // A: T1 only. 甲校 1 of 2 = 50%; the whole 1 of 3 = 33.33…%.
    assert_eq!(a.whole.grades[0].count, 1);
    assert_eq!(a.whole.grades[0].share, percent(1, 3));
    let schools = &a.groups[0];
    assert_eq!(schools.field, "school");
    let jia = &schools.groups[0];
    assert_eq!(jia.value.as_deref(), Some("甲校"));
    assert_eq!((jia.teachers, jia.grades[0].share), (2, Some(d("50"))));
    // (100 + 95) / 2 = 97.5.
    assert_eq!(jia.mean, Some(d("97.5")));
    // 50 − 33.33 ≥ 15: flagged; at the default 20 points it is not.
    assert!(matches!(jia.flags[0], Flag::TopShare { share, .. } if share == d("50")));
    let calm = report(Thresholds {
        min_group: 1,
        ..Thresholds::default()
    });
    assert!(calm.groups[0].groups[0].flags.is_empty());
}

#[test]
fn removing_the_absence_rule_moves_t2_from_b_to_a() {
    let a = report(Thresholds::default());
    let duty = a.sensitivity.iter().find(|e| e.rule == "缺勤").unwrap();
    // Without it T2 scores 90 + 10 = 100 (A), T3 82 + 10 = 92 (still B).
    assert_eq!(duty.changed, 1);
    let m = &duty.moves[0];
    assert_eq!(
        (m.key.as_str(), m.before, m.after),
        ("T2", d("95.00"), d("100.00"))
    );
    assert_eq!(
        (m.grade_before.as_deref(), m.grade_after.as_deref()),
        (Some("B"), Some("A"))
    );
    assert_eq!(duty.moves[1].key, "T3");
    assert_eq!(duty.moves.len(), 2);
}

#[test]
fn rules_deciding_more_grades_come_first() {
    let a = report(Thresholds::default());
    let changed: Vec<usize> = a.sensitivity.iter().map(|e| e.changed).collect();
    let mut sorted = changed.clone();
    sorted.sort_by(|x, y| y.cmp(x));
    assert_eq!(changed, sorted);
    assert_eq!(a.sensitivity.len(), 2);
}

#[test]
fn shown_rounds_half_away_from_zero_to_two_places() {
    assert_eq!(shown(d("2.345")), "2.35");
    assert_eq!(shown(d("-2.345")), "-2.35");
    assert_eq!(shown(Decimal::from(7)), "7.00");
    assert_eq!(shown(d("-0.001")), "0.00");
}

#[test]
fn the_report_reads_the_same_in_both_languages_bar_its_words() {
    let a = report(Thresholds::default());
    let zh = render_text(&a, crate::i18n::Locale::Zh);
    let en = render_text(&a, crate::i18n::Locale::En);
    assert!(
        zh.contains("T2 甲二：总分 95.00 → 100.00，等级 B → A"),
        "{zh}"
    );
    assert!(
        en.contains("T2 甲二: total 95.00 → 100.00, grade B → A"),
        "{en}"
    );
    let book = workbook_bytes(&a, crate::i18n::Locale::Zh).unwrap();
    assert_eq!(book, workbook_bytes(&a, crate::i18n::Locale::Zh).unwrap());
}
