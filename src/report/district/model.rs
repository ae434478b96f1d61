//! What a district summary holds: each school reduced to the lines it shows,
//! its failures, and the figures both the workbook and the JSON read.

use rust_decimal::Decimal;

use crate::engine::{
    FileDigest, InputInfo, Outcome, Period, Place, Problem, SchoolRows, ScoreError,
};
use crate::i18n::{Localize, Text};
use crate::report::quota_basis::rank_text;
use crate::rubric::{Locale, Rubric};

/// The whole batch: the run's facts and each school, in a fixed order.
#[derive(Debug, Clone)]
pub struct District {
    /// kaohe's version.
    pub tool_version: String,
    /// The rubric file and its SHA-256.
    pub rubric: FileDigest,
    /// The period scored, when one was given.
    pub period: Option<Period>,
    /// Every school, in the order they are listed (by folder name).
    pub schools: Vec<SchoolReport>,
}

/// One school of the batch.
#[derive(Debug, Clone)]
pub struct SchoolReport {
    /// The school's name: its folder's name.
    pub name: String,
    /// The school's workbook as written into the output folder (file name
    /// only); `None` when none was written.
    pub workbook: Option<String>,
    /// Every input file of the school with its SHA-256.
    pub inputs: Vec<FileDigest>,
    /// Scored, or why not.
    pub status: SchoolStatus,
}

/// What became of one school.
#[derive(Debug, Clone)]
pub enum SchoolStatus {
    /// Scored: its teachers, in roster order.
    Scored(ScoredSchool),
    /// Not scored: every problem found, in the order found. No workbook.
    Failed(Vec<Failure>),
}

/// A scored school as the district summary shows it.
#[derive(Debug, Clone)]
pub struct ScoredSchool {
    /// One line per teacher, in roster order.
    pub teachers: Vec<TeacherLine>,
    /// Records `--keep-going` skipped (listed in the school's own workbook).
    pub skipped: usize,
    /// Quota scopes the school's ranking was split into: more than one when
    /// the rubric's quota scope is a roster field that differs within the
    /// school's folder, so the ranking is not the school's.
    pub quota_scopes: Vec<String>,
    /// The run's warnings (also in the school's own workbook).
    pub warnings: Vec<crate::engine::Warning>,
    /// The roster's rows kept and left to other schools, when the roster
    /// named several schools.
    pub roster_rows: Option<SchoolRows>,
    /// What was read from each input (its sources and records): which file
    /// two schools may share.
    pub read: Vec<InputInfo>,
}

/// One teacher of a scored school.
#[derive(Debug, Clone)]
pub struct TeacherLine {
    /// The roster key (工号).
    pub key: String,
    /// The teacher's name.
    pub name: String,
    /// The total, exact.
    pub total: Decimal,
    /// Index into the rubric's grades.
    pub grade: Option<usize>,
    /// The place in the school as its workbook shows it: the quota ranking
    /// (`5`, `5–6` when tied), or without a quota the place by total
    /// (equal totals share a place, 1, 2, 2, 4). `None` for a vetoed
    /// teacher the quota leaves out.
    pub rank: Option<String>,
    /// Whether a veto hit the teacher.
    pub vetoed: bool,
    /// The teacher's roster row.
    pub row: Place,
}

/// One reason a school was not scored.
#[derive(Debug, Clone)]
pub struct Failure {
    /// The file, sheet, row and cell at fault, when it is one place.
    pub place: Option<Place>,
    /// What is wrong, in both languages.
    pub message: Text,
}

impl SchoolReport {
    /// A scored school, reduced from its outcome.
    pub fn scored(
        name: String,
        workbook: Option<String>,
        inputs: Vec<FileDigest>,
        outcome: &Outcome,
    ) -> Self {
        let by_total = ranks_by_total(outcome);
        let teachers = outcome
            .teachers
            .iter()
            .zip(by_total)
            .map(|(t, by_total)| TeacherLine {
                key: t.key.clone(),
                name: t.name.clone(),
                total: t.total,
                grade: t.grade,
                rank: if outcome.quotas.is_empty() {
                    Some(by_total)
                } else {
                    t.quota.as_ref().map(rank_text)
                },
                vetoed: !t.vetoes.is_empty(),
                row: Place {
                    file: t.origin.file.to_string(),
                    sheet: t.origin.sheet.to_string(),
                    row: t.origin.row,
                    cell: None,
                },
            })
            .collect();
        let quota_scopes = outcome
            .quotas
            .iter()
            .filter_map(|q| q.name.clone())
            .collect();
        SchoolReport {
            name,
            workbook,
            inputs,
            status: SchoolStatus::Scored(ScoredSchool {
                teachers,
                skipped: outcome.skipped.len(),
                quota_scopes,
                warnings: outcome.run.warnings.clone(),
                roster_rows: outcome.run.school.clone(),
                read: outcome.run.inputs.clone(),
            }),
        }
    }

    /// Whether the school was not scored.
    pub fn failed(&self) -> bool {
        matches!(self.status, SchoolStatus::Failed(_))
    }
}

/// Places by total within the run, highest first; equal totals share the
/// better place (standard competition ranking).
pub(super) fn ranks_by_total(outcome: &Outcome) -> Vec<String> {
    let totals: Vec<Decimal> = outcome.teachers.iter().map(|t| t.total).collect();
    competition_ranks(&totals)
}

/// `[90, 95, 95, 80]` → `1 + the number of totals above`: 3, 1, 1, 4.
pub(super) fn competition_ranks(totals: &[Decimal]) -> Vec<String> {
    totals
        .iter()
        .map(|t| (totals.iter().filter(|o| *o > t).count() + 1).to_string())
        .collect()
}

impl Failure {
    /// Every problem a run's error holds, each located where it can be.
    pub fn from_score_error(error: &ScoreError) -> Vec<Failure> {
        match error {
            ScoreError::Data(problems) => problems.iter().map(Failure::from_problem).collect(),
            other => vec![Failure {
                place: None,
                message: Text {
                    en: other.localized(Locale::En),
                    zh: other.localized(Locale::Zh),
                },
            }],
        }
    }

    /// One data problem.
    pub fn from_problem(problem: &Problem) -> Failure {
        Failure {
            place: problem.place(),
            message: problem.text(),
        }
    }
}

/// A scored school's figures for its row of the summary.
pub(super) struct Figures {
    pub grades: Vec<u64>,
    pub mean: Option<Decimal>,
    pub min: Option<Decimal>,
    pub max: Option<Decimal>,
    pub vetoed: u64,
}

pub(super) fn figures(rubric: &Rubric, school: &ScoredSchool) -> Figures {
    let mut grades = vec![0u64; rubric.grades.len()];
    for g in school.teachers.iter().filter_map(|t| t.grade) {
        if let Some(n) = grades.get_mut(g) {
            *n += 1;
        }
    }
    let totals: Vec<Decimal> = school.teachers.iter().map(|t| t.total).collect();
    let mean = (!totals.is_empty()).then(|| {
        let sum: Decimal = totals.iter().sum();
        // Rounded as the rubric rounds scores: a mean is shown, never paid.
        rubric
            .rounding
            .apply(sum / Decimal::from(totals.len() as u64))
    });
    Figures {
        grades,
        mean,
        min: totals.iter().min().copied(),
        max: totals.iter().max().copied(),
        vetoed: school.teachers.iter().filter(|t| t.vetoed).count() as u64,
    }
}
