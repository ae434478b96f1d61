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

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;

    use super::*;
    use crate::engine::Place;
    use crate::engine::{FileDigest, SchoolRows, SheetInfo};
    use crate::report::fixture;

    /// A scored school: its files `(name, sha256, records, source)` and
    /// teachers `(key, name)`; `split`: it kept its rows of a district roster.
    fn school(
        name: &str,
        files: &[(&str, &str, u64, &str)],
        teachers: &[(&str, &str)],
        split: bool,
    ) -> SchoolReport {
        let read: Vec<InputInfo> = files
            .iter()
            .map(|&(file, sha, records, source)| InputInfo {
                file: FileDigest {
                    path: format!("d/{name}/{file}"),
                    sha256: sha.into(),
                },
                sources: vec![source.into()],
                sheets: vec![SheetInfo {
                    source: source.into(),
                    sheet: String::new(),
                    header_row: 1,
                    records,
                }],
            })
            .collect();
        let teachers = teachers
            .iter()
            .enumerate()
            .map(|(i, &(key, who))| TeacherLine {
                key: key.into(),
                name: who.into(),
                total: Decimal::from(90),
                grade: None,
                rank: None,
                vetoed: false,
                row: Place {
                    file: format!("d/{name}/roster.csv"),
                    sheet: String::new(),
                    row: u32::try_from(i).unwrap() + 2,
                    cell: None,
                },
            })
            .collect();
        SchoolReport {
            name: name.into(),
            workbook: Some(format!("{name}.xlsx")),
            inputs: read.iter().map(|i| i.file.clone()).collect(),
            status: SchoolStatus::Scored(ScoredSchool {
                teachers,
                skipped: 0,
                quota_scopes: Vec::new(),
                warnings: Vec::new(),
                roster_rows: split.then(|| SchoolRows {
                    school: name.into(),
                    kept: 1,
                    others: 1,
                }),
                read,
            }),
        }
    }

    fn failures(s: &SchoolReport) -> Vec<String> {
        match &s.status {
            SchoolStatus::Failed(f) => f.iter().map(|f| f.message.zh.clone()).collect(),
            SchoolStatus::Scored(_) => Vec::new(),
        }
    }

    #[test]
    fn a_file_with_records_in_two_schools_fails_both_and_their_workbooks_go() {
        let rubric = fixture::rubric();
        let mut schools = vec![
            school(
                "一小",
                &[("events.csv", "aa", 3, "events")],
                &[("1", "甲")],
                false,
            ),
            school(
                "二小",
                &[("events.csv", "aa", 3, "events")],
                &[("2", "乙")],
                false,
            ),
            school(
                "三小",
                &[("events.csv", "bb", 3, "events")],
                &[("3", "丙")],
                false,
            ),
        ];
        let dropped = refuse_across_schools(&rubric, &mut schools);
        assert_eq!(dropped, ["一小.xlsx", "二小.xlsx"]);
        assert_eq!(
            failures(&schools[0]),
            ["d/一小/events.csv 与 d/二小/events.csv（二小） 是同一个文件（SHA-256 相同）：两所学校都读它，其中的记录就会在两校各算一次；请只把它留在所属的那所学校（在资源管理器中复制出的学校文件夹“… - 副本”不是另一所学校，请删除）"]
        );
        assert!(schools[0].workbook.is_none());
        assert!(!schools[2].failed());
    }

    #[test]
    fn empty_exports_and_a_roster_each_school_kept_its_rows_of_are_shared() {
        let rubric = fixture::rubric();
        let files = [
            ("events.csv", "aa", 0, "events"),
            ("名册.csv", "cc", 2, "roster"),
        ];
        let mut schools = vec![
            school("一小", &files, &[("1", "甲")], true),
            school("二小", &files, &[("1", "乙")], true),
        ];
        assert!(refuse_across_schools(&rubric, &mut schools).is_empty());
        // One school that read the whole roster: a teacher of it is in two.
        schools.push(school("三小", &files, &[("1", "甲"), ("2", "乙")], false));
        let dropped = refuse_across_schools(&rubric, &mut schools);
        assert_eq!(dropped, ["一小.xlsx", "二小.xlsx", "三小.xlsx"]);
        assert!(failures(&schools[2])[0].contains("是同一份名册"));
    }

    #[test]
    fn one_teacher_in_two_schools_is_named_with_both() {
        let rubric = fixture::rubric();
        let mut schools = vec![
            school("一小", &[], &[("1", "甲"), ("7", "欧阳 娜")], false),
            school("二小", &[], &[("7", "欧阳娜"), ("1", "乙")], false),
        ];
        let dropped = refuse_across_schools(&rubric, &mut schools);
        assert_eq!(dropped.len(), 2);
        let SchoolStatus::Failed(f) = &schools[0].status else {
            panic!("一小 scored");
        };
        assert_eq!(f.len(), 1, "工号 1 is two teachers: 甲 and 乙");
        assert_eq!(f[0].place.as_ref().map(|p| p.row), Some(3));
        assert_eq!(
            f[0].message.zh,
            "教师 7 欧阳 娜 在 一小 和 二小 都参加了评分：每位教师只能在一所学校评分；学期中调动学校的教师只能列在一所学校的名册中"
        );
    }
}
