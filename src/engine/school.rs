//! One school of a district-wide roster: with [`RunConfig::school`] given,
//! a roster whose `school` field names this school and others keeps only
//! the rows of this one.
//!
//! A row is this school's when its school, normalised as every text value
//! is (full-width forms, spaces between CJK characters), is the school's
//! name normalised alike. A row naming no school is kept: it is nobody
//! else's, and a district run refuses a teacher scored in two schools, so
//! a blank row copied into every school is said there rather than scored
//! twice. A roster naming one school only, or none that is this one (a
//! folder `一中` beside a roster's `第一中学`), is read whole.
//!
//! [`RunConfig::school`]: super::RunConfig::school

use std::collections::BTreeSet;

use super::outcome::SchoolRows;
use super::teacher::Teacher;
use crate::input::normalize_text;

/// Keeps the rows of `school` when the roster names it among others; the
/// rows kept and left, or `None` when every row stays.
pub(super) fn keep_school(school: &str, teachers: &mut Vec<Teacher>) -> Option<SchoolRows> {
    let wanted = normalize_text(school);
    let named: BTreeSet<String> = teachers
        .iter()
        .filter_map(|t| t.school.as_deref())
        .map(normalize_text)
        .filter(|s| !s.is_empty())
        .collect();
    if named.len() < 2 || !named.contains(&wanted) {
        return None;
    }
    let before = teachers.len();
    teachers.retain(|t| {
        t.school
            .as_deref()
            .map(normalize_text)
            .is_none_or(|s| s.is_empty() || s == wanted)
    });
    let kept = teachers.len();
    Some(SchoolRows {
        school: school.to_string(),
        kept: kept as u64,
        others: before.saturating_sub(kept) as u64,
    })
}
