//! What one district run may not count in two schools: the same file read
//! by two schools (a school's folder copied in Explorer, one export saved
//! into two folders), and one teacher scored in two (a district-wide roster
//! not split by school, a teacher who moved and is on two rosters).
//!
//! Both are looked for once every school is scored, among the schools that
//! were: what a school read (each input's SHA-256, its sources and records)
//! and whom it scored are already in its [`ScoredSchool`], so the check
//! reads no file again and holds no school's evidence. A school that
//! failed on its own data is listed with those problems and left out.
//!
//! Two files with the same bytes are allowed in two schools only where they
//! count nothing twice: when they hold no record (two blank templates of
//! one export), or when each school read the file as its roster and kept
//! only its own rows of it (the rubric's roster has a `school` field, see
//! `RunConfig::school`). A teacher is the same in two schools by key and
//! name (normalised): schools number their teachers from 1 alike, and `0001
//! 张伟` of 一中 is not `0001 李娜` of 二中.

use std::collections::{BTreeMap, BTreeSet};

use super::model::*;
use crate::engine::InputInfo;
use crate::i18n::report as msg;
use crate::i18n::Text;
use crate::input::normalize_text;
use crate::rubric::Rubric;

/// Fails each scored school that shares a file with another school, or
/// scores a teacher another school scores too, with a failure per file and
/// per teacher naming the other schools. Returns the workbooks of the
/// schools that now fail (file names, as [`SchoolReport::workbook`] has
/// them), which are no longer this run's results.
pub fn refuse_across_schools(rubric: &Rubric, schools: &mut [SchoolReport]) -> Vec<String> {
    let roster_id = rubric
        .sources
        .get(rubric.roster.source)
        .map(|s| s.id.as_str());
    let mut failures: Vec<Vec<Failure>> = vec![Vec::new(); schools.len()];
    // Pairs of schools that share a file: the teachers they share then
    // follow from it and are not listed again.
    let mut sharing: BTreeSet<(usize, usize)> = BTreeSet::new();

    // Files, by SHA-256: (school, path, read as a roster this school split).
    let mut by_sha: BTreeMap<&str, Vec<(usize, &str, bool)>> = BTreeMap::new();
    for (i, school) in schools.iter().enumerate() {
        let SchoolStatus::Scored(sc) = &school.status else {
            continue;
        };
        for input in &sc.read {
            let records: u64 = input.sheets.iter().map(|s| s.records).sum();
            if records == 0 {
                continue;
            }
            let split = read_as_roster(input, roster_id) && sc.roster_rows.is_some();
            let entry = (i, input.file.path.as_str(), split);
            by_sha.entry(&input.file.sha256).or_default().push(entry);
        }
    }
    // Each school's shared files in the order it read them.
    let refused = |group: &[(usize, &str, bool)]| {
        let of_schools: BTreeSet<usize> = group.iter().map(|&(i, _, _)| i).collect();
        of_schools.len() > 1 && !group.iter().all(|&(_, _, split)| split)
    };
    for (i, school) in schools.iter().enumerate() {
        let SchoolStatus::Scored(sc) = &school.status else {
            continue;
        };
        for input in &sc.read {
            let path = input.file.path.as_str();
            let Some(group) = by_sha.get(input.file.sha256.as_str()) else {
                continue;
            };
            if !refused(group) || !group.iter().any(|&(j, p, _)| j == i && p == path) {
                continue;
            }
            let others: Vec<Text> = group
                .iter()
                .filter(|&&(j, _, _)| j != i)
                .map(|&(j, other, _)| {
                    sharing.insert((i.min(j), i.max(j)));
                    msg::district_file_of_school(other, &schools[j].name)
                })
                .collect();
            let others = listed(&others);
            // Read as a roster: say how one roster may serve every school.
            let message = if read_as_roster(input, roster_id) {
                msg::district_same_roster(path, &others)
            } else {
                msg::district_same_file(path, &others)
            };
            failures[i].push(Failure {
                place: None,
                message,
            });
        }
    }

    // Teachers, by key and normalised name, in school and roster order.
    type Scored<'a> = Vec<(usize, usize, &'a TeacherLine)>;
    let mut by_teacher: BTreeMap<(&str, String), Scored<'_>> = BTreeMap::new();
    for (i, school) in schools.iter().enumerate() {
        let SchoolStatus::Scored(sc) = &school.status else {
            continue;
        };
        for (order, t) in sc.teachers.iter().enumerate() {
            let who = (t.key.as_str(), normalize_text(&t.name));
            by_teacher.entry(who).or_default().push((i, order, t));
        }
    }
    let mut twice: Vec<(usize, usize, Failure)> = Vec::new();
    for group in by_teacher.values().filter(|g| g.len() > 1) {
        for &(i, order, t) in group {
            let others: Vec<&str> = group
                .iter()
                .filter(|&&(j, _, _)| j != i && !sharing.contains(&(i.min(j), i.max(j))))
                .map(|&(j, _, _)| schools[j].name.as_str())
                .collect();
            if others.is_empty() {
                continue;
            }
            let message =
                msg::district_same_teacher(&t.key, &t.name, &schools[i].name, &Text::list(&others));
            let place = Some(t.row.clone());
            twice.push((i, order, Failure { place, message }));
        }
    }
    // In roster order within each school, whatever order the keys sort in.
    twice.sort_by_key(|&(i, order, _)| (i, order));
    for (i, _, f) in twice {
        failures[i].push(f);
    }

    let mut dropped = Vec::new();
    for (school, failures) in schools.iter_mut().zip(failures) {
        if failures.is_empty() {
            continue;
        }
        dropped.extend(school.workbook.take());
        school.status = SchoolStatus::Failed(failures);
    }
    dropped
}

/// Each language's list of several messages: `a, b` and `a、b`.
fn listed(items: &[Text]) -> Text {
    let en: Vec<&str> = items.iter().map(|t| t.en.as_str()).collect();
    let zh: Vec<&str> = items.iter().map(|t| t.zh.as_str()).collect();
    Text {
        en: en.join(", "),
        zh: zh.join("、"),
    }
}

/// Whether `input` was read as the roster, and as nothing else.
fn read_as_roster(input: &InputInfo, roster_id: Option<&str>) -> bool {
    !input.sources.is_empty() && input.sources.iter().all(|s| Some(s.as_str()) == roster_id)
}
