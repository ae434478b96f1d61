//! Window rules across teachers (`across = "teachers"`): 方案14 limits a
//! class's written homework to 60 minutes a day summed over every subject's
//! teacher, which no teacher's own window sees. Each teacher's records are
//! still bucketed in the teacher's own [`WindowAcc`] as they stream past;
//! once every record is read, the buckets of one window and group are
//! summed over the teachers, and a window outside its limits is charged as
//! the rule says, its evidence line listing every contributing record
//! (teacher, file:row, amount) so the 61 of a 60-minute limit can be added
//! up by hand. Memory stays a bucket per teacher, window and group.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use rust_decimal::Decimal;

use super::window::{Breach, Bucket, WindowAcc};
use crate::i18n::Text;
use crate::provenance::Provenance;
use crate::rubric::calendar::Window;
use crate::rubric::expr::Names;
use crate::rubric::{Charge, WindowRule};

/// Who a window across teachers is charged to.
#[derive(Debug, Clone, PartialEq)]
pub enum ChargeTo {
    /// A teacher with a record in the window, by index.
    Teacher(usize),
    /// The key a lookup gave (the class's 班主任), and the record that gave
    /// it; the roster may not have it, which is a data problem.
    Key(String, Provenance),
}

/// A window across teachers outside its limits.
#[derive(Debug, Clone, PartialEq)]
pub struct AcrossBreach {
    /// The window, its group (the class), its first record and what it
    /// says: `2022-04-07（星期四） 四(1)班：全体教师 时长(分钟) 合计 61 > 60；记录：T01 作业.xlsx:3 30、T02 作业.xlsx:5 31`.
    pub breach: Breach,
    /// Who is charged.
    pub charged: Vec<ChargeTo>,
}

/// The windows of `windows` outside `[least, most]`, each group's buckets
/// summed over the teachers. `accs` and `keys` are every teacher's
/// accumulator of this rule and key, in roster order. The groups checked
/// are those any teacher has a record in anywhere in the period.
pub fn breaches(
    rule: &WindowRule,
    names: &dyn Names,
    windows: &[Window],
    accs: &[&WindowAcc],
    keys: &[&str],
    least: Option<Decimal>,
    most: Option<Decimal>,
) -> Vec<AcrossBreach> {
    let groups: BTreeSet<&str> = accs
        .iter()
        .flat_map(|a| a.groups.iter().map(String::as_str))
        .collect();
    // Every teacher's buckets, by window and group, in roster order: one
    // pass over the buckets, however many teachers and classes a run has.
    let mut by_window: BTreeMap<(NaiveDate, &str), Vec<(usize, &Bucket)>> = BTreeMap::new();
    for (t, a) in accs.iter().enumerate() {
        for ((start, group), b) in &a.buckets {
            by_window
                .entry((*start, group.as_str()))
                .or_default()
                .push((t, b));
        }
    }
    let none: Vec<(usize, &Bucket)> = Vec::new();
    let mut out = Vec::new();
    for w in windows {
        let Some((least, most)) = super::window::limits_for(rule, w, least, most) else {
            continue;
        };
        for group in &groups {
            let parts = by_window.get(&(w.start, *group)).unwrap_or(&none);
            // Each teacher's sum was checked as it grew; the sum over
            // teachers saturates, which still lies past any limit.
            let found = parts
                .iter()
                .fold(Decimal::ZERO, |sum, (_, b)| sum.saturating_add(b.amount));
            let shortfall = least.filter(|l| found < *l).map(|l| ("<", l));
            let excess = most.filter(|m| found > *m).map(|m| (">", m));
            let Some((sign, limit)) = shortfall.or(excess) else {
                continue;
            };
            let charged: Vec<ChargeTo> = match &rule.across {
                Some(Charge::Lookup(_)) => accs
                    .iter()
                    .find_map(|a| a.charges.get(*group))
                    .map(|(k, o)| ChargeTo::Key(k.clone(), o.clone()))
                    .into_iter()
                    .collect(),
                _ => parts.iter().map(|(t, _)| ChargeTo::Teacher(*t)).collect(),
            };
            let found = found.normalize();
            let what = match &rule.value {
                Some(v) => crate::i18n::engine::window_sum(&v.phrase().say_as_term(names), found),
                None => crate::i18n::engine::window_count(found),
            };
            let place = super::window::label(rule, w).join(" ", " ", &Text::same(*group));
            let records = contributions(parts, keys, rule.value.is_some());
            let charge = match &rule.across {
                Some(Charge::Lookup(e)) => {
                    let key = match charged.first() {
                        Some(ChargeTo::Key(k, _)) => k.as_str(),
                        _ => "",
                    };
                    crate::i18n::engine::charged_by_lookup(&e.say(names), key)
                }
                _ => crate::i18n::engine::charged_to_contributors().text(),
            };
            let limit = limit.normalize();
            let detail = crate::i18n::engine::window_across_breach(
                &place, &what, sign, limit, &records, &charge,
            );
            out.push(AcrossBreach {
                breach: Breach {
                    window: *w,
                    group: (*group).to_string(),
                    origin: parts.first().and_then(|(_, b)| b.origins.first().cloned()),
                    detail,
                },
                charged,
            });
        }
    }
    out
}

/// `T01 作业.xlsx:3 30、T02 作业.xlsx:5 31` (with the amounts when the rule
/// sums a value), each teacher's kept records in roster order, and how many
/// more a teacher had; `无记录` for an empty window.
fn contributions(parts: &[(usize, &Bucket)], keys: &[&str], amounts: bool) -> Text {
    if parts.is_empty() {
        return crate::i18n::engine::no_records().text();
    }
    let mut shown = Vec::new();
    let mut more: u64 = 0;
    for (t, b) in parts {
        let key = keys.get(*t).copied().unwrap_or("");
        for (o, a) in b.origins.iter().zip(&b.amounts) {
            shown.push(if amounts {
                format!("{key} {o} {}", a.normalize())
            } else {
                format!("{key} {o}")
            });
        }
        more = more.saturating_add(b.records.saturating_sub(b.origins.len() as u64));
    }
    let all = more.saturating_add(shown.len() as u64);
    let more = if more > 0 {
        crate::i18n::engine::and_more(all)
    } else {
        Text::default()
    };
    crate::i18n::engine::records_at(&crate::input::list(&shown), &more)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::calendar::{Calendar, WindowSize};

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn origin(row: u32) -> Provenance {
        Provenance {
            file: "作业.xlsx".into(),
            sheet: "".into(),
            row,
            col: None,
        }
    }

    /// Each field by its header, as a rubric names them.
    struct Headers;

    impl Names for Headers {
        fn field(&self, at: crate::rubric::expr::FieldRef) -> String {
            match at {
                crate::rubric::expr::FieldRef::Record(0) => "时长(分钟)".into(),
                _ => "班级".into(),
            }
        }
        fn table(&self, name: &str) -> String {
            name.to_string()
        }
    }

    fn rule() -> WindowRule {
        WindowRule {
            partial: crate::rubric::PartialWeeks::Count,
            size: WindowSize::Day,
            group: vec![0],
            value: Some(
                crate::rubric::expr::compile_number(
                    "minutes",
                    &crate::rubric::expr::Scope {
                        record: &[("minutes".into(), crate::value::FieldType::Integer)],
                        teacher: &[],
                        defaulted: &[],
                    },
                )
                .unwrap(),
            ),
            at_least: None,
            at_most: Some(crate::rubric::Limit::Fixed(60.into())),
            points: Decimal::ONE,
            across: Some(Charge::Contributors),
        }
    }

    /// 方案14's boundary: 30 + 30 minutes of 四(1)班 on Thursday is within
    /// 60; 30 + 31 on Friday is over, and charged to both teachers.
    #[test]
    fn the_sum_over_teachers_is_checked_and_charged_to_contributors() {
        let windows =
            Calendar::default().windows(WindowSize::Day, d("2022-04-07"), d("2022-04-08"));
        let (mut a, mut b) = (WindowAcc::default(), WindowAcc::default());
        a.add(d("2022-04-07"), "四(1)班".into(), 30.into(), &origin(2));
        b.add(d("2022-04-07"), "四(1)班".into(), 30.into(), &origin(3));
        a.add(d("2022-04-08"), "四(1)班".into(), 30.into(), &origin(4));
        b.add(d("2022-04-08"), "四(1)班".into(), 31.into(), &origin(5));
        let got = breaches(
            &rule(),
            &Headers,
            &windows,
            &[&a, &b],
            &["T01", "T02"],
            None,
            Some(60.into()),
        );
        assert_eq!(got.len(), 1, "60 is within the limit, 61 is not");
        assert_eq!(got[0].charged, [ChargeTo::Teacher(0), ChargeTo::Teacher(1)]);
        assert_eq!(
            got[0].breach.detail.zh,
            "2022-04-08（星期五） 四(1)班：全体教师 时长(分钟) 合计 61 > 60；记录：T01 作业.xlsx:4 30、T02 作业.xlsx:5 31；扣给窗口里有记录的每位教师"
        );
        assert_eq!(
            got[0].breach.detail.en,
            "2022-04-08 (Friday) 四(1)班: every teacher's sum of 时长(分钟) 61 > 60; records: T01 作业.xlsx:4 30, T02 作业.xlsx:5 31; charged to every teacher with a record in the window"
        );
        assert_eq!(got[0].breach.origin, Some(origin(4)));
    }

    /// A lookup charge names the group's key for every window of the group,
    /// one with no record of its own too (a minimum across teachers).
    #[test]
    fn a_lookup_charges_the_groups_key_even_in_an_empty_window() {
        let windows =
            Calendar::default().windows(WindowSize::Day, d("2022-04-07"), d("2022-04-08"));
        let mut a = WindowAcc::default();
        a.charge("四(1)班", "0106".into(), &origin(2));
        a.add(d("2022-04-07"), "四(1)班".into(), 30.into(), &origin(2));
        let mut r = rule();
        r.at_most = None;
        r.at_least = Some(crate::rubric::Limit::Fixed(10.into()));
        r.across = Some(Charge::Lookup(
            crate::rubric::expr::compile_text_with(
                "class",
                &crate::rubric::expr::Scope {
                    record: &[
                        ("minutes".into(), crate::value::FieldType::Integer),
                        ("class".into(), crate::value::FieldType::Text),
                    ],
                    teacher: &[],
                    defaulted: &[],
                },
                &[],
            )
            .unwrap(),
        ));
        let got = breaches(
            &r,
            &Headers,
            &windows,
            &[&a],
            &["T01"],
            Some(10.into()),
            None,
        );
        assert_eq!(got.len(), 1, "04-07 has 30, 04-08 nothing");
        assert_eq!(got[0].charged, [ChargeTo::Key("0106".into(), origin(2))]);
        assert_eq!(got[0].breach.origin, None);
        assert_eq!(
            got[0].breach.detail.zh,
            "2022-04-08（星期五） 四(1)班：全体教师 时长(分钟) 合计 0 < 10；无记录；扣给 0106（班级）"
        );
    }
}
