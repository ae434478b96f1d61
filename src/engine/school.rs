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

#[cfg(test)]
mod tests {
    use crate::engine::RunConfig;
    use crate::testkit::{one_item, score_csv, HEAD};

    const ROSTER: &str = "工号,姓名,学校\n1,甲,一小\n2,乙, 二 小 \n3,丙,\n4,丁,一小\n";

    fn keys(school: Option<&str>, roster: &str) -> (Vec<String>, Option<(u64, u64)>) {
        // A blank 学校 allowed, as a district roster may have one.
        let head = HEAD.replace(
            r#"school = { headers = ["学校"], type = "text" }"#,
            r#"school = { headers = ["学校"], type = "text", required = false }"#,
        );
        let text = format!(
            "{head}{}[[item.rule]]\nkind = \"bonus\"\nsource = \"events\"\npoints = 1\n",
            one_item(10)
        );
        let config = RunConfig {
            school: school.map(String::from),
            ..RunConfig::default()
        };
        let files = [("roster.csv", roster), ("events.csv", "工号,类别\n")];
        let outcome = score_csv(&text, &files, &config).unwrap();
        let keys = outcome.teachers.iter().map(|t| t.key.clone()).collect();
        let rows = outcome.run.school.map(|s| (s.kept, s.others));
        let roster_scored = outcome.run.sources[0].scored;
        assert_eq!(roster_scored as usize, outcome.teachers.len());
        (keys, rows)
    }

    #[test]
    fn a_school_keeps_its_rows_and_the_blank_ones() {
        assert_eq!(
            keys(Some("一小"), ROSTER),
            (vec!["1".into(), "3".into(), "4".into()], Some((3, 1)))
        );
        // `二 小` in the roster, `二小` as the folder: one school.
        assert_eq!(
            keys(Some("二小"), ROSTER),
            (vec!["2".into(), "3".into()], Some((2, 2)))
        );
    }

    #[test]
    fn a_roster_naming_no_such_school_or_one_school_is_read_whole() {
        let all: Vec<String> = ["1", "2", "3", "4"].map(String::from).to_vec();
        assert_eq!(keys(Some("第一小学"), ROSTER), (all.clone(), None));
        assert_eq!(keys(None, ROSTER), (all, None));
        let one = "工号,姓名,学校\n1,甲,一小\n2,乙,一小\n";
        assert_eq!(
            keys(Some("一小"), one),
            (vec!["1".into(), "2".into()], None)
        );
    }
}
