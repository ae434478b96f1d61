//! The district JSON for CI.

use indexmap::IndexMap;
use rust_decimal::Decimal;
use serde::Serialize;

use super::model::*;
use crate::engine::{FileDigest, Period, Place};
use crate::rubric::Rubric;
use crate::show::fixed;

#[derive(Serialize)]
struct DistrictJson<'a> {
    tool_version: &'a str,
    rubric: RubricJson<'a>,
    period: Option<Period>,
    /// Schools scored, failed, and records skipped across the district.
    counts: Counts,
    schools: Vec<SchoolJson<'a>>,
}

#[derive(Serialize)]
struct RubricJson<'a> {
    name: &'a str,
    path: &'a str,
    sha256: &'a str,
}

#[derive(Serialize)]
struct Counts {
    schools: usize,
    scored: usize,
    failed: usize,
    teachers: usize,
    skipped_records: usize,
}

#[derive(Serialize)]
struct SchoolJson<'a> {
    school: &'a str,
    /// `scored` or `failed`.
    status: &'static str,
    workbook: Option<&'a str>,
    inputs: &'a [FileDigest],
    #[serde(skip_serializing_if = "Option::is_none")]
    teacher_count: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    grades: Option<IndexMap<&'a str, u64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    totals: Option<Totals>,
    #[serde(skip_serializing_if = "Option::is_none")]
    vetoed: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    skipped_records: Option<usize>,
    /// Rows of a roster naming several schools that name other schools:
    /// left to them, not scored here.
    #[serde(skip_serializing_if = "Option::is_none")]
    roster_rows_of_other_schools: Option<u64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    teachers: Vec<TeacherJson<'a>>,
    /// A scored school's run warnings: `{code, source, message}`, as in the
    /// school JSON.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    warnings: &'a [crate::engine::Warning],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    failures: Vec<FailureJson<'a>>,
}

#[derive(Serialize)]
struct Totals {
    mean: Option<String>,
    min: Option<String>,
    max: Option<String>,
}

#[derive(Serialize)]
struct TeacherJson<'a> {
    key: &'a str,
    name: &'a str,
    total: String,
    grade: Option<&'a str>,
    rank: Option<&'a str>,
    vetoed: bool,
}

#[derive(Serialize)]
struct FailureJson<'a> {
    #[serde(flatten)]
    place: Option<&'a Place>,
    /// In English, like every message in the JSON.
    message: &'a str,
}

/// The district summary for CI: the rubric, counts, and every school with
/// its teachers (totals as exact decimal strings, like the school JSON) or
/// its failures, each with file, sheet, row and cell where known.
pub fn district_json(rubric: &Rubric, district: &District) -> serde_json::Value {
    let places = rubric.rounding.places;
    let fixed_opt = |v: Option<Decimal>| v.map(|v| fixed(v, places));
    let mut counts = Counts {
        schools: district.schools.len(),
        scored: 0,
        failed: 0,
        teachers: 0,
        skipped_records: 0,
    };
    let schools = district
        .schools
        .iter()
        .map(|s| {
            let mut out = SchoolJson {
                school: &s.name,
                status: "failed",
                workbook: s.workbook.as_deref(),
                inputs: &s.inputs,
                teacher_count: None,
                grades: None,
                totals: None,
                vetoed: None,
                skipped_records: None,
                roster_rows_of_other_schools: None,
                teachers: Vec::new(),
                warnings: &[],
                failures: Vec::new(),
            };
            match &s.status {
                SchoolStatus::Failed(failures) => {
                    counts.failed += 1;
                    out.failures = failures
                        .iter()
                        .map(|f| FailureJson {
                            place: f.place.as_ref(),
                            message: &f.message.en,
                        })
                        .collect();
                }
                SchoolStatus::Scored(sc) => {
                    counts.scored += 1;
                    counts.teachers += sc.teachers.len();
                    counts.skipped_records += sc.skipped;
                    let f = figures(rubric, sc);
                    out.status = "scored";
                    out.teacher_count = Some(sc.teachers.len());
                    out.grades = Some(
                        rubric
                            .grades
                            .iter()
                            .map(|g| g.name.as_str())
                            .zip(f.grades.iter().copied())
                            .collect(),
                    );
                    out.totals = Some(Totals {
                        mean: fixed_opt(f.mean),
                        min: fixed_opt(f.min),
                        max: fixed_opt(f.max),
                    });
                    out.vetoed = Some(f.vetoed);
                    out.skipped_records = Some(sc.skipped);
                    out.roster_rows_of_other_schools = sc.roster_rows.as_ref().map(|r| r.others);
                    out.warnings = &sc.warnings;
                    out.teachers = sc
                        .teachers
                        .iter()
                        .map(|t| TeacherJson {
                            key: &t.key,
                            name: &t.name,
                            total: fixed(t.total, places),
                            grade: t
                                .grade
                                .and_then(|g| rubric.grades.get(g))
                                .map(|g| g.name.as_str()),
                            rank: t.rank.as_deref(),
                            vetoed: t.vetoed,
                        })
                        .collect();
                }
            }
            out
        })
        .collect();
    let doc = DistrictJson {
        tool_version: &district.tool_version,
        rubric: RubricJson {
            name: &rubric.name,
            path: &district.rubric.path,
            sha256: &district.rubric.sha256,
        },
        period: district.period,
        counts,
        schools,
    };
    // Strings, numbers, lists and string-keyed maps only: serde_json accepts them all.
    serde_json::to_value(doc).unwrap_or(serde_json::Value::Null)
}
