//! What a run read too little of to score in silence. Records that are not
//! there score as a clean record does, so an export that lost some rows
//! gives full marks with nothing to show for it: a source with no record at
//! all, teachers with none in a source the others all have records in, and
//! records skipped as not in the roster are said; teachers with none in a
//! source the rubric says every teacher is in (`every_teacher`) are
//! refused; a key that is a roster key but for its leading zeros (a column
//! stored as numbers) is refused, skipped or not, with the roster's key
//! beside it, once per file and key.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;

use super::dating::DateTally;
use super::outcome::SourceStats;
use super::period::Period;
use super::problem::Problem;
use super::teacher::Teacher;
use super::warning::Warning;
use crate::provenance::Provenance;
use crate::rubric::calendar::WindowSize;
use crate::rubric::{Effect, Rubric};

/// What the run read of each source, for the coverage it is checked for.
pub(super) struct Read<'r> {
    /// Per source: its records read and scored.
    stats: &'r [SourceStats],
    /// Per source, per teacher: whether any record of it was scored.
    covered: &'r [Vec<bool>],
    /// (source id, key) of each record refused with a problem of its own.
    refused: &'r HashSet<(String, String)>,
    /// The period scored, when there is one.
    period: Option<Period>,
}

impl<'r> Read<'r> {
    /// What a run read: its counts, its coverage and its refused records.
    pub(super) fn new(
        stats: &'r [SourceStats],
        covered: &'r [Vec<bool>],
        refused: &'r HashSet<(String, String)>,
        period: Option<Period>,
    ) -> Self {
        Read {
            stats,
            covered,
            refused,
            period,
        }
    }

    /// Everything this module says of a run's records: [`unknown_keys`],
    /// then [`left_out`] (which takes a key that lost its zeros for its
    /// teacher's record), then [`uncovered`].
    pub(super) fn check(
        &self,
        rubric: &Rubric,
        teachers: &[Teacher],
        skipped: Skipped,
        problems: &mut Vec<Problem>,
        warnings: &mut Vec<Warning>,
    ) {
        let roster: Vec<(&str, &str)> = teachers
            .iter()
            .map(|t| (t.key.as_str(), t.name.as_str()))
            .collect();
        unknown_keys(rubric, &roster, skipped, problems, warnings);
        left_out(rubric, &roster, self, problems);
        uncovered(rubric, &roster, self, warnings);
    }

    fn scored(&self, s: usize) -> u64 {
        self.stats.get(s).map_or(0, |st| st.scored)
    }

    fn has(&self, s: usize, t: usize) -> bool {
        self.covered.get(s).and_then(|c| c.get(t)).copied() == Some(true)
    }
}

/// Refuses each unknown key that is a roster key but for its leading
/// zeros once per file (its first record and how many), among the problems
/// (`unknown_teachers = "error"`) and among the keys skipped (`"skip"`): a
/// skipped key with such a roster key is refused all the same, the rest are
/// said in one warning per source.
fn unknown_keys(
    rubric: &Rubric,
    roster: &[(&str, &str)],
    skipped: Skipped,
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
    if unknown {
        *problems = lost_zeros(std::mem::take(problems), &near);
    }
    for (s, keys) in skipped.into_iter().enumerate() {
        let source = &rubric.sources[s];
        let mut records = 0u64;
        let mut listed = Vec::new();
        for (key, files) in keys {
            match near.of(&key) {
                Some(roster_key) => {
                    problems.extend(files.into_iter().map(|(n, origin)| Problem::KeyLostZeros {
                        origin,
                        source: source.id.clone(),
                        key: key.clone(),
                        near: roster_key.to_string(),
                        records: n,
                        later: Vec::new(),
                    }))
                }
                None => {
                    let n = files
                        .iter()
                        .fold(0u64, |all, (n, _)| all.saturating_add(*n));
                    records = records.saturating_add(n);
                    listed.push(key);
                }
            }
        }
        if !listed.is_empty() {
            warnings.push(Warning::SkippedUnknown {
                source: source.id.clone(),
                named: source.named(),
                records,
                keys: listed,
            });
        }
    }
}

/// Per source, the keys skipped as not in the roster: per file, how many
/// records and the first.
type Skipped = Vec<BTreeMap<String, Vec<(u64, Provenance)>>>;

/// `problems` with the unknown keys that are roster keys but for leading
/// zeros gathered into one problem per source, file and key, where its
/// first record was; the rest as they were.
fn lost_zeros(problems: Vec<Problem>, near: &NearKeys<'_>) -> Vec<Problem> {
    let mut out: Vec<Problem> = Vec::with_capacity(problems.len());
    let mut first: HashMap<(String, std::sync::Arc<str>, String), usize> = HashMap::new();
    for p in problems {
        let Problem::UnknownTeacher {
            origin,
            source,
            key,
        } = p
        else {
            out.push(p);
            continue;
        };
        let Some(roster_key) = near.of(&key) else {
            out.push(Problem::UnknownTeacher {
                origin,
                source,
                key,
            });
            continue;
        };
        let at = (source, std::sync::Arc::clone(&origin.file), key);
        if let Some(Problem::KeyLostZeros { records, later, .. }) =
            first.get(&at).and_then(|&i| out.get_mut(i))
        {
            *records = records.saturating_add(1);
            later.push(origin);
            continue;
        }
        first.insert(at.clone(), out.len());
        let (source, _, key) = at;
        out.push(Problem::KeyLostZeros {
            origin,
            source,
            key,
            near: roster_key.to_string(),
            records: 1,
            later: Vec::new(),
        });
    }
    out
}

/// Refuses, in one problem per source, the teachers of the roster with no
/// record in a source the rubric says every teacher is in (`every_teacher`),
/// all of them named: an export that left a teacher out would score them as
/// having none. A teacher whose record there was refused with a problem of
/// its own (a bad cell, a blank date, a key that lost its leading zeros) is
/// not named again; an `optional` source with no record at all is a month
/// without it.
fn left_out(
    rubric: &Rubric,
    roster: &[(&str, &str)],
    read: &Read<'_>,
    problems: &mut Vec<Problem>,
) {
    // Keys that lost their zeros stand for the roster's teacher.
    let near: HashSet<(&str, &str)> = problems
        .iter()
        .filter_map(|p| match p {
            Problem::KeyLostZeros { source, near, .. } => Some((source.as_str(), near.as_str())),
            _ => None,
        })
        .collect();
    let mut found = Vec::new();
    for (s, source) in rubric.sources.iter().enumerate() {
        if !source.every_teacher || s == rubric.roster.source || source.teacher.is_none() {
            continue;
        }
        if source.optional && read.scored(s) == 0 {
            continue;
        }
        let excused = |key: &str| {
            near.contains(&(source.id.as_str(), key))
                || read.refused.contains(&(source.id.clone(), key.to_string()))
        };
        let missing: Vec<String> = (0..roster.len())
            .filter(|&t| !read.has(s, t) && !excused(roster[t].0))
            .map(|t| format!("{} {}", roster[t].0, roster[t].1))
            .collect();
        if !missing.is_empty() {
            found.push(Problem::TeachersLeftOut {
                source: source.id.clone(),
                named: source.named(),
                missing,
                teachers: roster.len() as u64,
                period: read.period,
            });
        }
    }
    problems.extend(found);
}

/// Says each scored source with no record at all (unless a month may
/// lack it), and each in which more than half of the teachers have records
/// but not all: the teachers without are named, as an export that left
/// them out would score them full. A source every teacher is in is
/// [`left_out`]'s to refuse, not to warn of.
fn uncovered(
    rubric: &Rubric,
    roster: &[(&str, &str)],
    read: &Read<'_>,
    warnings: &mut Vec<Warning>,
) {
    for (s, source) in rubric.sources.iter().enumerate() {
        if s == rubric.roster.source
            || source.teacher.is_none()
            || source.every_teacher
            || !rubric.scores_source(s)
        {
            continue;
        }
        if read.scored(s) == 0 {
            if !source.optional && !roster.is_empty() {
                warnings.push(Warning::EmptySource {
                    source: source.id.clone(),
                    named: source.named(),
                });
            }
            continue;
        }
        let missing: Vec<String> = (0..roster.len())
            .filter(|&t| !read.has(s, t))
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
    use crate::engine::{Outcome, RunConfig, ScoreError};
    use crate::testkit::{one_item, roster_head, score_csv, HEAD};

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

    const ROSTER: &str = "工号,姓名,学校,角色\n01,甲,一小,\n02,乙,一小,\n03,丙,一小,\n";

    /// The shared head with `every_teacher` under its events when `every`,
    /// and an item that takes a point off per 缺课.
    fn every_teacher(every: bool, events: &str, keep_going: bool) -> Result<Outcome, ScoreError> {
        let mut head = HEAD.to_string();
        if every {
            head = head.replace("teacher = \"id\"", "teacher = \"id\"\nevery_teacher = true");
        }
        let rubric = format!(
            "{head}{}[[item.rule]]\nkind = \"deduct\"\nsource = \"events\"\n\
             label = \"缺课\"\nwhen = 'kind == \"缺课\"'\npoints = 1\n",
            one_item(10)
        );
        let files = [("roster.csv", ROSTER), ("events.csv", events)];
        let config = RunConfig {
            keep_going,
            ..RunConfig::default()
        };
        score_csv(&rubric, &files, &config)
    }

    fn left_out(result: Result<Outcome, ScoreError>) -> Vec<Vec<String>> {
        match result {
            Err(ScoreError::Data(problems)) => problems
                .into_iter()
                .filter_map(|p| match p {
                    Problem::TeachersLeftOut { missing, .. } => Some(missing),
                    _ => None,
                })
                .collect(),
            Err(e) => panic!("{e}"),
            Ok(_) => Vec::new(),
        }
    }

    fn codes(outcome: &Outcome) -> Vec<&'static str> {
        outcome.run.warnings.iter().map(Warning::code).collect()
    }

    #[test]
    fn a_teacher_left_out_of_a_source_every_teacher_is_in_is_refused_even_under_keep_going() {
        let events = "工号,类别,分数\n01,缺课,\n02,正常,\n";
        for keep_going in [false, true] {
            assert_eq!(
                left_out(every_teacher(true, events, keep_going)),
                vec![vec!["03 丙".to_string()]]
            );
        }
        // Without `every_teacher` the same export is scored and said.
        let scored = every_teacher(false, events, false).unwrap();
        assert_eq!(codes(&scored), ["teachers_without_records"]);
        // Two left out: one problem naming both, in roster order.
        let one = "工号,类别,分数\n02,正常,\n";
        let said = match every_teacher(true, one, false) {
            Err(ScoreError::Data(p)) => p,
            other => panic!("{:?}", other.map(|o| o.teachers.len())),
        };
        assert_eq!(said.len(), 1);
        assert!(said[0]
            .to_string()
            .starts_with("source events: 2 of 3 teachers have no record in it: 01 甲, 03 丙;"));
        // A header without records leaves every teacher out.
        let none = left_out(every_teacher(true, "工号,类别,分数\n", false));
        assert_eq!(none, vec![vec!["01 甲", "02 乙", "03 丙"]]);
    }

    #[test]
    fn a_teacher_whose_record_was_refused_is_not_said_to_be_left_out() {
        // 03's one record has a blank 类别: that cell is the problem.
        let events = "工号,类别,分数\n01,缺课,\n02,正常,\n03,,\n";
        match every_teacher(true, events, false) {
            Err(ScoreError::Data(p)) => {
                assert_eq!(p.len(), 1, "{p:?}");
                assert!(matches!(p[0], Problem::Cell(_)));
            }
            other => panic!("{:?}", other.map(|o| o.teachers.len())),
        }
        // Skipped under --keep-going, and not warned of as a teacher
        // without records either: the skipped record says why.
        let kept = every_teacher(true, events, true).unwrap();
        assert_eq!(kept.skipped.len(), 1);
        assert_eq!(codes(&kept), Vec::<&str>::new());
        // A key that lost its zeros (3 for 03) is that teacher's record.
        let zeros = "工号,类别,分数\n01,缺课,\n02,正常,\n3,正常,\n";
        match every_teacher(true, zeros, false) {
            Err(ScoreError::Data(p)) => {
                assert_eq!(p.len(), 1, "{p:?}");
                assert!(matches!(p[0], Problem::KeyLostZeros { .. }));
            }
            other => panic!("{:?}", other.map(|o| o.teachers.len())),
        }
    }

    #[test]
    fn a_key_that_lost_its_zeros_is_said_once_per_file_and_each_record_skipped() {
        let events = "工号,类别,分数\n1,缺课,\n1,正常,\n2,正常,\n9,正常,\n1,正常,\n";
        let problems = match every_teacher(false, events, false) {
            Err(ScoreError::Data(p)) => p,
            other => panic!("{:?}", other.map(|o| o.teachers.len())),
        };
        let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(said.len(), 3, "{said:?}");
        assert!(said[0].ends_with(
            "events.csv:2 (the first of 3 records): teacher key \"1\" is not in the roster, \
             but \"01\" is: the leading zeros were lost where the column was stored as \
             numbers; store the 工号 column as text in both files and export again"
        ));
        assert!(said[1].ends_with("events.csv:4: teacher key \"2\" is not in the roster, but \"02\" is: the leading zeros were lost where the column was stored as numbers; store the 工号 column as text in both files and export again"));
        assert!(said[2].contains("events.csv:5: teacher key \"9\" is not in the roster (check"));
        // --keep-going skips and lists every record, each as said of it.
        let kept = every_teacher(false, events, true).unwrap();
        let rows: Vec<u32> = kept.skipped.iter().map(|s| s.place.row).collect();
        assert_eq!(rows, [2, 3, 6, 4, 5]);
        assert!(kept.skipped[2].problem.en.ends_with(
            "events.csv:6: teacher key \"1\" is not in the roster, but \"01\" is: the leading \
             zeros were lost where the column was stored as numbers; store the 工号 column as \
             text in both files and export again"
        ));
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
