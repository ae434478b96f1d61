//! Window rules at run time: records are bucketed by calendar window (a
//! school day or an ISO week) and group (a class) as they stream past; once
//! every record is read, each window of the scored period — from the
//! calendar, so a window with no record at all is checked too — is compared
//! with its limits, and each window outside them becomes one breach with the
//! records that made its count or sum.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::i18n::Text;
use crate::provenance::Provenance;
use crate::rubric::calendar::Window;
use crate::rubric::expr::Names;
use crate::rubric::{PartialWeeks, WindowRule};
use rust_decimal::RoundingStrategy;

/// How many records a bucket keeps the origin of: enough to check a breach
/// by hand, bounded so memory does not grow with the records.
pub(super) const KEPT_ORIGINS: usize = 10;

/// One teacher's records of one window rule, by window and group.
#[derive(Debug, Default)]
pub struct WindowAcc {
    pub(super) buckets: BTreeMap<(NaiveDate, String), Bucket>,
    pub(super) groups: BTreeSet<String>,
    /// A window across teachers charged by a lookup: each group's charged
    /// teacher's key, as the group's first record gave it, and that record.
    pub(super) charges: BTreeMap<String, (String, Provenance)>,
}

#[derive(Debug, Default)]
pub(super) struct Bucket {
    pub(super) amount: Decimal,
    pub(super) records: u64,
    pub(super) origins: Vec<Provenance>,
    /// What each kept origin added, in the same order.
    pub(super) amounts: Vec<Decimal>,
}

impl WindowAcc {
    /// Adds a record's `amount` (1 when counting) to the window starting on
    /// `start`, in `group` ("" when the rule has no group).
    ///
    /// The sum is checked first with [`WindowAcc::fits`]; saturating here
    /// only keeps this from ever panicking.
    pub fn add(&mut self, start: NaiveDate, group: String, amount: Decimal, origin: &Provenance) {
        self.groups.insert(group.clone());
        let b = self.buckets.entry((start, group)).or_default();
        b.amount = b.amount.saturating_add(amount);
        b.records = b.records.saturating_add(1);
        if b.origins.len() < KEPT_ORIGINS {
            b.origins.push(origin.clone());
            b.amounts.push(amount);
        }
    }

    /// Records that `group`'s windows are charged to the teacher keyed
    /// `key` (a rule `across` teachers, charged by a lookup).
    pub fn charge(&mut self, group: &str, key: String, origin: &Provenance) {
        if !self.charges.contains_key(group) {
            self.charges
                .insert(group.to_string(), (key, origin.clone()));
        }
    }
}

impl WindowAcc {
    /// Whether adding `amount` to the window starting on `start`, in
    /// `group`, keeps its sum within what a decimal holds.
    pub fn fits(&self, start: NaiveDate, group: &str, amount: Decimal) -> bool {
        let sum = self
            .buckets
            .get(&(start, group.to_string()))
            .map_or(Decimal::ZERO, |b| b.amount);
        sum.checked_add(amount).is_some()
    }
}

/// A window outside its limits.
#[derive(Debug, Clone, PartialEq)]
pub struct Breach {
    /// The window.
    pub window: Window,
    /// The group ("" when the rule has none).
    pub group: String,
    /// The first record of the window, if it had any.
    pub origin: Option<Provenance>,
    /// `2022-03-07（星期一） 三(2)班：3 次 < 5；记录：行 12、15、18` /
    /// `2022-03-07 (Monday) 三(2)班: count 3 < 5; records: rows 12, 15, 18`.
    pub detail: Text,
}

/// The windows of `windows` outside `[least, most]` for this teacher. The
/// groups checked are those the teacher has a record in anywhere in the
/// period (a class taught once is expected every day); a teacher with no
/// record at all is checked as one group, so an empty period breaches every
/// window of a minimum.
pub fn breaches(
    rule: &WindowRule,
    names: &dyn Names,
    windows: &[Window],
    acc: &WindowAcc,
    least: Option<Decimal>,
    most: Option<Decimal>,
) -> Vec<Breach> {
    let mut groups: Vec<&str> = acc.groups.iter().map(String::as_str).collect();
    if groups.is_empty() {
        groups.push("");
    }
    let empty = Bucket::default();
    let mut out = Vec::new();
    for w in windows {
        let Some((least, most)) = limits_for(rule, w, least, most) else {
            continue;
        };
        for group in &groups {
            let b = acc
                .buckets
                .get(&(w.start, (*group).to_string()))
                .unwrap_or(&empty);
            let found = b.amount;
            let shortfall = least.filter(|l| found < *l).map(|l| ("<", l));
            let excess = most.filter(|m| found > *m).map(|m| (">", m));
            let Some((sign, limit)) = shortfall.or(excess) else {
                continue;
            };
            let found = found.normalize();
            let what = match &rule.value {
                Some(v) => crate::i18n::engine::window_sum(&v.phrase().say_as_term(names), found),
                None => crate::i18n::engine::window_count(found),
            };
            let mut place = label(rule, w);
            if !group.is_empty() {
                place = place.join(" ", " ", &Text::same(*group));
            }
            let limit = limit.normalize();
            let records = records(b);
            let detail = crate::i18n::engine::window_breach(&place, &what, sign, limit, &records);
            out.push(Breach {
                window: *w,
                group: (*group).to_string(),
                origin: b.origins.first().cloned(),
                detail,
            });
        }
    }
    out
}

/// The limits window `w` is held to: a week cut by the period's edge has
/// its records outside the period unread, so the rule says (`count`: as
/// they are; `skip`: `None`, not checked; `prorate`: scaled).
pub(crate) fn limits_for(
    rule: &WindowRule,
    w: &Window,
    least: Option<Decimal>,
    most: Option<Decimal>,
) -> Option<(Option<Decimal>, Option<Decimal>)> {
    match (w.is_cut(), rule.partial) {
        (false, _) | (true, PartialWeeks::Count) => Some((least, most)),
        (true, PartialWeeks::Skip) => None,
        (true, PartialWeeks::Prorate) => {
            let counting = rule.value.is_none();
            Some((
                least.map(|l| prorated(l, w, counting, RoundingStrategy::ToZero)),
                most.map(|m| prorated(m, w, counting, RoundingStrategy::AwayFromZero)),
            ))
        }
    }
}

/// The window as its breach names it, saying when its limits were prorated.
pub(crate) fn label(rule: &WindowRule, w: &Window) -> Text {
    let place = w.label();
    if w.is_cut() && rule.partial == PartialWeeks::Prorate {
        let share = crate::i18n::engine::window_prorated(w.inside, w.whole);
        return place.join(" ", " ", &share);
    }
    place
}

/// A week's limit scaled to its school days inside the period (`inside` of
/// `whole`), rounded in the teacher's favour (`strategy`: down for a
/// minimum, up for a maximum): to whole records when the rule counts them,
/// to hundredths of a summed value. A product too large for a decimal
/// keeps the limit as it is.
fn prorated(limit: Decimal, w: &Window, counting: bool, strategy: RoundingStrategy) -> Decimal {
    let scaled = limit
        .checked_mul(Decimal::from(w.inside))
        .and_then(|n| n.checked_div(Decimal::from(w.whole)));
    let places = if counting { 0 } else { 2 };
    scaled.map_or(limit, |n| n.round_dp_with_strategy(places, strategy))
}

/// `记录：行 12、15、18` / `records: rows 12, 15, 18` (the file is in the
/// evidence's origin), or every origin in full when they span files;
/// `无记录` / `no records` for an empty window.
pub(super) fn records(b: &Bucket) -> Text {
    let Some(first) = b.origins.first() else {
        return crate::i18n::engine::no_records().text();
    };
    let same_place = b
        .origins
        .iter()
        .all(|o| o.file == first.file && o.sheet == first.sheet);
    let shown: Vec<String> = if same_place {
        b.origins.iter().map(|o| o.row.to_string()).collect()
    } else {
        b.origins.iter().map(ToString::to_string).collect()
    };
    let more = if b.records > shown.len() as u64 {
        let n = b.records;
        crate::i18n::engine::and_more(n)
    } else {
        Text::default()
    };
    let list = crate::input::list(&shown);
    if same_place {
        crate::i18n::engine::records_rows(&list, &more)
    } else {
        crate::i18n::engine::records_at(&list, &more)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::calendar::{Calendar, WindowSize};
    use crate::rubric::expr::FieldRef;

    /// These windows count records: no expression to name.
    struct NoNames;

    impl Names for NoNames {
        fn field(&self, _: FieldRef) -> String {
            String::new()
        }
        fn table(&self, _: &str) -> String {
            String::new()
        }
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn origin(row: u32) -> Provenance {
        Provenance {
            file: "批改.csv".into(),
            sheet: "".into(),
            row,
            col: None,
        }
    }

    fn rule(at_least: Option<i64>, at_most: Option<i64>) -> WindowRule {
        WindowRule {
            size: WindowSize::Day,
            group: vec![0],
            value: None,
            at_least: at_least.map(|n| crate::rubric::Limit::Fixed(n.into())),
            at_most: at_most.map(|n| crate::rubric::Limit::Fixed(n.into())),
            points: Decimal::ONE,
            partial: crate::rubric::PartialWeeks::Count,
            across: None,
        }
    }

    /// Mon 3-07 to Wed 3-09: 三(2)班 has 3 checks on Monday and 5 on Tuesday,
    /// none on Wednesday; 三(3)班 5 every day.
    #[test]
    fn short_and_empty_windows_breach_per_group() {
        let windows =
            Calendar::default().windows(WindowSize::Day, d("2022-03-07"), d("2022-03-09"));
        let mut acc = WindowAcc::default();
        let mut row = 1;
        for (day, class, n) in [
            ("2022-03-07", "三(2)班", 3),
            ("2022-03-08", "三(2)班", 5),
            ("2022-03-07", "三(3)班", 5),
            ("2022-03-08", "三(3)班", 5),
            ("2022-03-09", "三(3)班", 5),
        ] {
            for _ in 0..n {
                row += 1;
                acc.add(d(day), class.into(), Decimal::ONE, &origin(row));
            }
        }
        let got = breaches(
            &rule(Some(5), None),
            &NoNames,
            &windows,
            &acc,
            Some(5.into()),
            None,
        );
        let details: Vec<&str> = got.iter().map(|b| b.detail.zh.as_str()).collect();
        assert_eq!(
            details,
            [
                "2022-03-07（星期一） 三(2)班：3 次 < 5；记录：行 2、3、4",
                "2022-03-09（星期三） 三(2)班：0 次 < 5；无记录",
            ]
        );
        let details: Vec<&str> = got.iter().map(|b| b.detail.en.as_str()).collect();
        assert_eq!(
            details,
            [
                "2022-03-07 (Monday) 三(2)班: count 3 < 5; records: rows 2, 3, 4",
                "2022-03-09 (Wednesday) 三(2)班: count 0 < 5; no records",
            ]
        );
        assert_eq!(got[0].origin, Some(origin(2)));
        assert_eq!(got[1].origin, None);
    }

    #[test]
    fn a_teacher_without_records_breaches_every_window_of_a_minimum() {
        let windows =
            Calendar::default().windows(WindowSize::Week, d("2022-03-01"), d("2022-03-13"));
        let got = breaches(
            &rule(Some(1), None),
            &NoNames,
            &windows,
            &WindowAcc::default(),
            Some(Decimal::ONE),
            None,
        );
        let details: Vec<&str> = got.iter().map(|b| b.detail.zh.as_str()).collect();
        assert_eq!(
            details,
            [
                "2022-W09（03-01 至 03-04）：0 次 < 1；无记录",
                "2022-W10（03-07 至 03-11）：0 次 < 1；无记录",
            ]
        );
        assert_eq!(
            got[0].detail.en,
            "2022-W09 (03-01 to 03-04): count 0 < 1; no records"
        );
    }

    #[test]
    fn a_maximum_counts_only_windows_over_it() {
        let windows =
            Calendar::default().windows(WindowSize::Day, d("2022-03-07"), d("2022-03-08"));
        let mut acc = WindowAcc::default();
        for row in 0..12 {
            acc.add(
                d("2022-03-07"),
                "一(1)班".into(),
                Decimal::ONE,
                &origin(row),
            );
        }
        acc.add(d("2022-03-08"), "一(1)班".into(), Decimal::ONE, &origin(20));
        let got = breaches(
            &rule(None, Some(10)),
            &NoNames,
            &windows,
            &acc,
            None,
            Some(10.into()),
        );
        assert_eq!(got.len(), 1, "one window over, one within");
        assert!(
            got[0]
                .detail
                .zh
                .ends_with("12 次 > 10；记录：行 0、1、2、3、4、5、6、7、8、9 等，共 12 条"),
            "{}",
            got[0].detail.zh
        );
        assert!(
            got[0].detail.en.ends_with(
                "count 12 > 10; records: rows 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 and more, 12 in all"
            ),
            "{}",
            got[0].detail.en
        );
    }
    /// March 2022 from Wed 3-02: the week of Mon 2-28 has three of its five
    /// school days in the period. Two records on 3-02 and 3-03, a minimum of
    /// 5 a week (and, summed, 100 minutes).
    #[test]
    fn a_week_cut_by_the_period_is_counted_skipped_or_prorated() {
        let windows =
            Calendar::default().windows(WindowSize::Week, d("2022-03-02"), d("2022-03-13"));
        assert_eq!((windows[0].inside, windows[0].whole), (3, 5));
        // Records go to their week's Monday; counted, each adds 1, summed,
        // its 25 minutes.
        let acc = |each: i64| {
            let mut acc = WindowAcc::default();
            for row in [2, 3] {
                acc.add(
                    d("2022-02-28"),
                    String::new(),
                    Decimal::from(each),
                    &origin(row),
                );
            }
            for row in 10..30 {
                acc.add(
                    d("2022-03-07"),
                    String::new(),
                    Decimal::from(each),
                    &origin(row),
                );
            }
            acc
        };
        let (counted, summed) = (acc(1), acc(25));
        let week = |partial, value: Option<&str>, least: i64| {
            let mut r = rule(Some(least), None);
            r.size = WindowSize::Week;
            r.group.clear();
            r.partial = partial;
            if let Some(v) = value {
                let scope = crate::rubric::expr::Scope {
                    record: &[("minutes".to_string(), crate::value::FieldType::Decimal)],
                    teacher: &[],
                    defaulted: &[],
                };
                r.value = Some(crate::rubric::expr::compile_number(v, &scope).unwrap());
            }
            let acc = if value.is_some() { &summed } else { &counted };
            let got = breaches(&r, &NoNames, &windows, acc, Some(least.into()), None);
            got.iter().map(|b| b.detail.zh.clone()).collect::<Vec<_>>()
        };
        // As is: 2 records against the whole week's 5.
        assert_eq!(
            week(PartialWeeks::Count, None, 5),
            ["2022-W09（03-02 至 03-04）：2 次 < 5；记录：行 2、3"]
        );
        assert!(week(PartialWeeks::Skip, None, 5).is_empty());
        // 5 × 3/5 = 3 records: 2 fall short.
        assert_eq!(
            week(PartialWeeks::Prorate, None, 5),
            ["2022-W09（03-02 至 03-04） （被考核期截断：5 个上课日中 3 个在考核期内，要求按比例折算）：2 次 < 3；记录：行 2、3"]
        );
        // 4 × 3/5 = 2.4, down to 2 whole records in the teacher's favour: met.
        assert!(week(PartialWeeks::Prorate, None, 4).is_empty());
        // Summed minutes: 100 × 3/5 = 60 exactly; 2 × 25 = 50 falls short.
        let got = week(PartialWeeks::Prorate, Some("minutes"), 100);
        assert!(got.len() == 1 && got[0].contains("50 < 60"), "{got:?}");
        // 70 × 3/5 = 42: the limit is exact to hundredths, 50 meets it.
        assert!(week(PartialWeeks::Prorate, Some("minutes"), 70).is_empty());
    }
}
