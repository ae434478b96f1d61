//! What a run read too little of to score in silence. Records that are not
//! there score as a clean record does, so an export that lost some rows
//! gives full marks with nothing to show for it: a source with no record at
//! all, teachers with none in a source the others all have records in, and
//! records skipped as not in the roster are said; a key that is a roster
//! key but for its leading zeros (a column stored as numbers) is refused,
//! skipped or not, with the roster's key beside it.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use super::dating::DateTally;
use super::outcome::SourceStats;
use super::period::Period;
use super::problem::Problem;
use super::warning::Warning;
use crate::provenance::Provenance;
use crate::rubric::calendar::WindowSize;
use crate::rubric::{Effect, Rubric};

/// Names the roster key that each unknown key is but for leading zeros,
/// in the problems (`unknown_teachers = "error"`) and among the keys
/// skipped (`"skip"`): a skipped key with such a roster key is refused all
/// the same, the rest are said in one warning per source.
pub(super) fn unknown_keys(
    rubric: &Rubric,
    roster: &[(&str, &str)],
    skipped: Vec<BTreeMap<String, (u64, Provenance)>>,
    problems: &mut Vec<Problem>,
    warnings: &mut Vec<Warning>,
) {
    let unknown = problems
        .iter()
        .any(|p| matches!(p, Problem::UnknownTeacher { .. }));
    if !unknown && skipped.iter().all(BTreeMap::is_empty) {
        return;
    }
    let near = NearKeys::new(roster);
    for p in problems.iter_mut() {
        if let Problem::UnknownTeacher {
            key, near: slot, ..
        } = p
        {
            *slot = near.of(key).map(str::to_string);
        }
    }
    for (s, keys) in skipped.into_iter().enumerate() {
        let mut records = 0u64;
        let mut listed = Vec::new();
        for (key, (n, origin)) in keys {
            match near.of(&key) {
                Some(roster_key) => problems.push(Problem::UnknownTeacher {
                    origin,
                    near: Some(roster_key.to_string()),
                    key,
                }),
                None => {
                    records = records.saturating_add(n);
                    listed.push(key);
                }
            }
        }
        if !listed.is_empty() {
            let source = &rubric.sources[s];
            warnings.push(Warning::SkippedUnknown {
                source: source.id.clone(),
                named: source.named(),
                records,
                keys: listed,
            });
        }
    }
}

/// Says each scored source with no record at all (unless a month may
/// lack it), and each in which more than half of the teachers have records
/// but not all: the teachers without are named, as an export that left
/// them out would score them full.
pub(super) fn uncovered(
    rubric: &Rubric,
    roster: &[(&str, &str)],
    stats: &[SourceStats],
    covered: &[Vec<bool>],
    warnings: &mut Vec<Warning>,
) {
    for (s, source) in rubric.sources.iter().enumerate() {
        if s == rubric.roster.source || source.teacher.is_none() || !rubric.scores_source(s) {
            continue;
        }
        let scored = stats.get(s).map_or(0, |st| st.scored);
        if scored == 0 {
            if !source.optional && !roster.is_empty() {
                warnings.push(Warning::EmptySource {
                    source: source.id.clone(),
                    named: source.named(),
                });
            }
            continue;
        }
        let has = |t: usize| covered.get(s).and_then(|c| c.get(t)).copied() == Some(true);
        let missing: Vec<String> = (0..roster.len())
            .filter(|&t| !has(t))
            .map(|t| format!("{} {}", roster[t].0, roster[t].1))
            .collect();
        let with = roster.len().saturating_sub(missing.len());
        if !missing.is_empty() && with.saturating_mul(2) > roster.len() {
            warnings.push(Warning::TeachersWithoutRecords {
                source: source.id.clone(),
                named: source.named(),
                missing,
                teachers: roster.len() as u64,
            });
        }
    }
}

/// Says, for each source that a day window with `at_least` reads (each
/// teacher charged for a day short of it), the school days of the period
/// on which the source has no record at all, from any teacher: a holiday
/// missing from `[calendar]`, or days the export lacks. Each teacher was
/// charged for every one of them. A source without any record in the
/// period is `empty_source`'s.
pub(super) fn days_without_records(
    rubric: &Rubric,
    period: Period,
    dates: &[DateTally],
    warnings: &mut Vec<Warning>,
) {
    for (s, source) in rubric.sources.iter().enumerate() {
        let charged = rubric.items.iter().flat_map(|i| &i.rules).any(|r| {
            r.source == s
                && matches!(&r.effect, Effect::Window(w)
                    if w.size == WindowSize::Day && w.at_least.is_some() && w.across.is_none())
        });
        let Some(tally) = dates.get(s).filter(|t| charged && !t.days.is_empty()) else {
            continue;
        };
        let mut ranges: Vec<(NaiveDate, NaiveDate)> = Vec::new();
        let mut count = 0u64;
        // The last school day seen, and whether it had a record: a range
        // runs on over days without school, and stops at a school day with one.
        let mut open = false;
        for day in period.from.iter_days().take_while(|d| *d <= period.to) {
            if !rubric.calendar.is_school_day(day) {
                continue;
            }
            if tally.days.contains(&day) {
                open = false;
                continue;
            }
            count = count.saturating_add(1);
            match ranges.last_mut() {
                Some((_, last)) if open => *last = day,
                _ => ranges.push((day, day)),
            }
            open = true;
        }
        if count > 0 {
            warnings.push(Warning::DayWithoutRecords {
                source: source.id.clone(),
                named: source.named(),
                days: count,
                ranges,
            });
        }
    }
}

/// The roster's keys by their digits without leading zeros, for keys
/// made of digits: `12` and `0012` are one key written two ways.
struct NearKeys<'r> {
    by_digits: HashMap<&'r str, Option<&'r str>>,
}

impl<'r> NearKeys<'r> {
    fn new(roster: &[(&'r str, &str)]) -> Self {
        let mut by_digits: HashMap<&str, Option<&str>> = HashMap::new();
        for &(key, _) in roster {
            if let Some(digits) = significant(key) {
                by_digits
                    .entry(digits)
                    // Two roster keys alike but for zeros: neither is meant.
                    .and_modify(|k| *k = None)
                    .or_insert(Some(key));
            }
        }
        NearKeys { by_digits }
    }

    /// The roster key `key` is but for leading zeros, when one is.
    fn of(&self, key: &str) -> Option<&'r str> {
        let found = self.by_digits.get(significant(key)?).copied().flatten()?;
        (found != key).then_some(found)
    }
}

/// A key of ASCII digits without its leading zeros (`0` for zeros only);
/// `None` for any other key.
fn significant(key: &str) -> Option<&str> {
    if key.is_empty() || !key.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let trimmed = key.trim_start_matches('0');
    Some(if trimmed.is_empty() { "0" } else { trimmed })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::RunConfig;
    use crate::testkit::{one_item, roster_head, score_csv};

    /// A daily log a day window with `at_least = 1` reads, scored for
    /// 2022-04-01 (Friday) to 2022-04-08 with `calendar`, and the
    /// `day_without_records` warnings.
    fn days_warned(calendar: &str, log: &str, window: &str) -> Vec<Warning> {
        let text = format!(
            "{}[sources.log]\nfiles = \"log.csv\"\nteacher = \"id\"\ndate = \"date\"\n\
             [sources.log.fields]\nid = {{ headers = [\"工号\"], type = \"key\" }}\n\
             date = {{ headers = [\"日期\"], type = \"date\" }}\n\
             {calendar}\n{}[[item.rule]]\nkind = \"window\"\nsource = \"log\"\n\
             label = \"每日一条\"\nwindow = \"{window}\"\nat_least = 1\npoints = 1\n\
             [[grade]]\nname = \"all\"\n",
            roster_head("", "roster.csv", ""),
            one_item(10),
        );
        let config = RunConfig {
            period: Some(Period {
                from: NaiveDate::from_ymd_opt(2022, 4, 1).unwrap(),
                to: NaiveDate::from_ymd_opt(2022, 4, 8).unwrap(),
            }),
            ..RunConfig::default()
        };
        let files = [
            ("roster.csv", "工号,姓名\n01,甲\n02,乙\n"),
            ("log.csv", log),
        ];
        let outcome = score_csv(&text, &files, &config).unwrap();
        outcome
            .run
            .warnings
            .into_iter()
            .filter(|w| w.code() == "day_without_records" || w.code() == "empty_source")
            .collect()
    }

    #[test]
    fn school_days_without_any_record_are_said_as_ranges() {
        // Records on 1, 6 and 8 April: 4, 5 and 7 have none (2–3 a weekend).
        let log = "工号,日期\n01,2022-04-01\n02,2022-04-06\n01,2022-04-08\n";
        let warned = days_warned("", log, "day");
        assert_eq!(warned.len(), 1, "{warned:?}");
        let w = &warned[0];
        assert_eq!((w.code(), w.source()), ("day_without_records", "log"));
        let zh = w.text().zh;
        assert!(
            zh.contains("3 个上课日没有任何教师的记录：2022-04-04 至 2022-04-05、2022-04-07；"),
            "{zh}"
        );
        assert!(zh.contains("[calendar] 的 holidays"), "{zh}");
        assert!(
            w.to_string()
                .contains("3 school day(s) of the period have no record from any teacher: 2022-04-04 to 2022-04-05, 2022-04-07;"),
            "{w}"
        );
        // A range runs over the weekend: 1 April (Friday) and the 4th.
        let log = "工号,日期\n02,2022-04-05\n02,2022-04-06\n01,2022-04-07\n01,2022-04-08\n";
        let w = &days_warned("", log, "day")[0];
        assert!(
            w.text()
                .zh
                .contains("2 个上课日没有任何教师的记录：2022-04-01 至 2022-04-04；"),
            "{w}"
        );
    }

    #[test]
    fn holidays_week_windows_and_an_empty_source_are_not_said() {
        let log = "工号,日期\n01,2022-04-01\n02,2022-04-06\n01,2022-04-08\n";
        let calendar = "[calendar]\nholidays = [2022-04-04, 2022-04-05, 2022-04-07]\n";
        assert_eq!(days_warned(calendar, log, "day"), vec![]);
        // A week window does not ask for a record each day.
        assert_eq!(days_warned("", log, "week"), vec![]);
        // No record at all: empty_source says it, not this.
        let warned = days_warned("", "工号,日期\n", "day");
        assert_eq!(
            warned.iter().map(Warning::code).collect::<Vec<_>>(),
            vec!["empty_source"]
        );
    }

    #[test]
    fn keys_alike_but_for_leading_zeros_are_near_and_no_others() {
        let roster = [("0012", "刘洋"), ("107", "王建国"), ("T01", "张")];
        let near = NearKeys::new(&roster);
        assert_eq!(near.of("12"), Some("0012"));
        assert_eq!(near.of("012"), Some("0012"));
        assert_eq!(near.of("0107"), Some("107"));
        assert_eq!(near.of("0012"), None, "the key itself is not near");
        assert_eq!(near.of("13"), None);
        assert_eq!(near.of("T1"), None);
        assert_eq!(near.of("12.0"), None);
        // Two roster keys alike but for zeros: the record's is neither's.
        let both = [("012", "甲"), ("0012", "乙")];
        assert_eq!(NearKeys::new(&both).of("12"), None);
    }
}
