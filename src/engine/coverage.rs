//! What a run read too little of to score in silence. Records that are not
//! there score as a clean record does, so an export that lost some rows
//! gives full marks with nothing to show for it: a source with no record at
//! all, teachers with none in a source the others all have records in, and
//! records skipped as not in the roster are said; a key that is a roster
//! key but for its leading zeros (a column stored as numbers) is refused,
//! skipped or not, with the roster's key beside it.

use std::collections::{BTreeMap, HashMap};

use super::outcome::SourceStats;
use super::problem::Problem;
use super::warning::Warning;
use crate::provenance::Provenance;
use crate::rubric::Rubric;

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
