//! Properties that hold for any records: scores stay within their items'
//! bounds, evidence reconciles with every score, a record that matches a
//! deduction never raises a score, and neither record order nor file order
//! changes a result.

use std::path::Path;

use kaohe::engine::{self, Outcome, RunConfig};
use kaohe::rubric::{self, LoadedRubric};
use proptest::prelude::*;
use rust_decimal::Decimal;

const RUBRIC: &str = r#"
[rubric]
name = "性质测试"
rounding = { places = 2 }

[roster]
source = "roster"
key = "id"
name = "name"

[sources.roster]
files = "roster.csv"
[sources.roster.fields]
id = { headers = ["工号"], type = "key" }
name = { headers = ["姓名"], type = "text" }

[sources.events]
files = "events*.csv"
teacher = "id"
[sources.events.fields]
id = { headers = ["工号"], type = "key" }
kind = { headers = ["类别"], type = "enum", values = ["缺课", "迟到", "美篇", "值守", "请假"] }
level = { headers = ["级别"], type = "enum", values = ["校级", "县级"] }
n = { headers = ["数值"], type = "decimal" }

[[category]]
id = "c"
name = "全部"
max = 22

[[item]]
id = "absence"
name = "缺课"
category = "c"
max = 5
[[item.rule]]
kind = "deduct"
source = "events"
when = 'kind == "缺课"'
unless = 'level == "县级"'
points = 1.5

[[item]]
id = "late"
name = "迟到"
category = "c"
max = 5
[[item.rule]]
kind = "deduct"
source = "events"
when = 'kind == "迟到"'
tiers = { by = "n", steps = [{ upto = 10, points = 0.5 }, { points = 1 }] }

[[item]]
id = "meipian"
name = "美篇"
category = "c"
max = 3
[[item.rule]]
kind = "bonus"
source = "events"
when = 'kind == "美篇"'
points_by = { field = "level", values = { "校级" = 0.5, "县级" = 1 } }
cap = 2.5

[[item]]
id = "duty"
name = "值守"
category = "c"
max = 9
[[item.rule]]
kind = "proportional"
source = "events"
when = 'kind == "值守"'
value = "n"
rate = 0.333
"#;

const KINDS: [&str; 5] = ["缺课", "迟到", "美篇", "值守", "请假"];
const LEVELS: [&str; 2] = ["校级", "县级"];

#[derive(Debug, Clone)]
struct Event {
    teacher: usize,
    kind: usize,
    level: usize,
    n: u32,
}

fn event() -> impl Strategy<Value = Event> {
    (0..4usize, 0..5usize, 0..2usize, 0..40u32).prop_map(|(teacher, kind, level, n)| Event {
        teacher,
        kind,
        level,
        n,
    })
}

fn loaded() -> LoadedRubric {
    LoadedRubric {
        rubric: rubric::compile("props.toml", RUBRIC).unwrap(),
        path: "props.toml".into(),
        bytes: RUBRIC.as_bytes().to_vec(),
    }
}

fn write_events(dir: &Path, name: &str, events: &[Event]) {
    let mut csv = String::from("工号,类别,级别,数值\n");
    for e in events {
        csv.push_str(&format!(
            "T{},{},{},{}\n",
            e.teacher, KINDS[e.kind], LEVELS[e.level], e.n
        ));
    }
    std::fs::write(dir.join(name), csv).unwrap();
}

/// Scores `files` (each a list of events) for four teachers.
fn run(files: &[Vec<Event>]) -> Outcome {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("roster.csv"),
        "工号,姓名\nT0,甲\nT1,乙\nT2,丙\nT3,丁\n",
    )
    .unwrap();
    for (i, events) in files.iter().enumerate() {
        write_events(dir.path(), &format!("events{i}.csv"), events);
    }
    let inputs = engine::gather(&[dir.path().to_path_buf()]).unwrap();
    engine::score(&loaded(), &inputs, &RunConfig::default()).unwrap()
}

fn scores(o: &Outcome) -> Vec<(String, Vec<Decimal>, Decimal)> {
    o.teachers
        .iter()
        .map(|t| {
            (
                t.key.clone(),
                t.items.iter().map(|i| i.score).collect(),
                t.total,
            )
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn items_stay_in_bounds_and_evidence_reconciles(events in prop::collection::vec(event(), 0..60)) {
        let r = loaded();
        let o = run(&[events]);
        for t in &o.teachers {
            for (item, result) in r.rubric.items.iter().zip(&t.items) {
                prop_assert!(result.score >= Decimal::ZERO && result.score <= item.max);
                let moved: Decimal = result.evidence.iter().map(|e| e.points).sum();
                prop_assert_eq!(item.start_value() + moved, result.score);
            }
            prop_assert_eq!(t.total, t.items.iter().map(|i| i.score).sum::<Decimal>());
        }
    }

    #[test]
    fn a_matching_deduction_never_raises_a_score(
        events in prop::collection::vec(event(), 0..40),
        extra in event().prop_filter("a deduction", |e| e.kind <= 1),
    ) {
        let before = run(std::slice::from_ref(&events));
        let mut more = events;
        more.push(extra.clone());
        let after = run(&[more]);
        for (b, a) in before.teachers.iter().zip(&after.teachers) {
            for (ib, ia) in b.items.iter().zip(&a.items) {
                prop_assert!(ia.score <= ib.score);
            }
            prop_assert!(a.total <= b.total);
        }
    }

    #[test]
    fn record_and_file_order_do_not_change_results(
        events in prop::collection::vec(event(), 0..40),
        split in 0usize..40,
    ) {
        let whole = scores(&run(std::slice::from_ref(&events)));
        let mut reversed = events.clone();
        reversed.reverse();
        prop_assert_eq!(&whole, &scores(&run(&[reversed])));
        let at = split.min(events.len());
        let (a, b) = events.split_at(at);
        // Two files sharing records are refused as copies: the same records,
        // or most of the smaller one's (a second download, an extract).
        let key = |e: &Event| (e.teacher, e.kind, e.level, e.n);
        prop_assume!(a.iter().all(|x| b.iter().all(|y| key(x) != key(y))));
        prop_assert_eq!(&whole, &scores(&run(&[b.to_vec(), a.to_vec()])));
    }
}

/// A rubric with the same rules as [`RUBRIC`] but generated maxima, points,
/// tiers, cap and rate: hundredths for points, thousandths for the rate.
#[derive(Debug, Clone)]
struct Numbers {
    maxima: [u32; 4],
    absence: u32,
    late: (u32, u32, u32),
    meipian: (u32, u32),
    cap: Option<u32>,
    rate: u32,
}

fn numbers() -> impl Strategy<Value = Numbers> {
    (
        prop::array::uniform4(1..30u32),
        1..500u32,
        (1..40u32, 1..300u32, 1..300u32),
        (1..300u32, 1..300u32),
        prop::option::of(1..600u32),
        1..2000u32,
    )
        .prop_map(|(maxima, absence, late, meipian, cap, rate)| Numbers {
            maxima,
            absence,
            late,
            meipian,
            cap,
            rate,
        })
}

fn generated(n: &Numbers) -> String {
    let h = |v: u32| Decimal::new(i64::from(v), 2).to_string();
    let mut text = RUBRIC.to_string();
    let total: u32 = n.maxima.iter().sum();
    // The category's maximum and then each item's, by position: replacing
    // by value let one replaced maximum be taken for the next (a total of 9
    // written over the category, then taken for the fourth item's 9).
    let mut maxima = std::iter::once(total).chain(n.maxima);
    text = text
        .lines()
        .map(|line| match line.strip_prefix("max = ") {
            Some(_) => format!("max = {}", maxima.next().unwrap_or_default()),
            None => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n";
    text = text.replace("points = 1.5", &format!("points = \"{}\"", h(n.absence)));
    text = text.replace(
        "steps = [{ upto = 10, points = 0.5 }, { points = 1 }]",
        &format!(
            "steps = [{{ upto = {}, points = \"{}\" }}, {{ points = \"{}\" }}]",
            n.late.0,
            h(n.late.1),
            h(n.late.2)
        ),
    );
    text = text.replace(
        "values = { \"校级\" = 0.5, \"县级\" = 1 } }\ncap = 2.5",
        &format!(
            "values = {{ \"校级\" = \"{}\", \"县级\" = \"{}\" }} }}\n{}",
            h(n.meipian.0),
            h(n.meipian.1),
            n.cap
                .map(|c| format!("cap = \"{}\"", h(c)))
                .unwrap_or_default()
        ),
    );
    text.replace(
        "rate = 0.333",
        &format!("rate = \"{}\"", Decimal::new(i64::from(n.rate), 3)),
    )
}

fn run_with(text: &str, files: &[Vec<Event>]) -> Outcome {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("roster.csv"),
        "工号,姓名\nT0,甲\nT1,乙\nT2,丙\nT3,丁\n",
    )
    .unwrap();
    for (i, events) in files.iter().enumerate() {
        write_events(dir.path(), &format!("events{i}.csv"), events);
    }
    let loaded = LoadedRubric {
        rubric: rubric::compile("generated.toml", text).unwrap(),
        path: "generated.toml".into(),
        bytes: text.as_bytes().to_vec(),
    };
    let inputs = engine::gather(&[dir.path().to_path_buf()]).unwrap();
    engine::score(&loaded, &inputs, &RunConfig::default()).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn generated_rubrics_keep_bounds_reconcile_and_ignore_order(
        n in numbers(),
        events in prop::collection::vec(event(), 0..40),
    ) {
        let text = generated(&n);
        let r = rubric::compile("generated.toml", &text).unwrap();
        let o = run_with(&text, std::slice::from_ref(&events));
        for t in &o.teachers {
            for (item, result) in r.items.iter().zip(&t.items) {
                prop_assert!(result.score >= Decimal::ZERO && result.score <= item.max);
                let moved: Decimal = result.evidence.iter().map(|e| e.points).sum();
                prop_assert_eq!(item.start_value() + moved, result.score);
            }
            prop_assert_eq!(t.total, t.items.iter().map(|i| i.score).sum::<Decimal>());
            prop_assert!(t.total <= r.full_marks);
        }
        let mut reversed = events.clone();
        reversed.reverse();
        prop_assert_eq!(scores(&o), scores(&run_with(&text, &[reversed])));
    }
}

#[test]
fn the_generated_rubric_really_changes_the_numbers() {
    let n = Numbers {
        maxima: [7, 8, 4, 11],
        absence: 125,
        late: (5, 25, 75),
        meipian: (50, 100),
        cap: Some(150),
        rate: 250,
    };
    let r = rubric::compile("generated.toml", &generated(&n)).unwrap();
    let maxima: Vec<String> = r.items.iter().map(|i| i.max.to_string()).collect();
    assert_eq!(maxima, ["7", "8", "4", "11"]);
    assert_eq!(r.full_marks, Decimal::from(30));
    let text = generated(&n);
    for needle in [
        "points = \"1.25\"",
        "upto = 5, points = \"0.25\"",
        "cap = \"1.50\"",
        "rate = \"0.250\"",
    ] {
        assert!(text.contains(needle), "{needle} in\n{text}");
    }
}
