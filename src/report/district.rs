//! A district's results: every school of a batch scored on its own, then one
//! summary for the district office — 区汇总.xlsx (one row per school, every
//! teacher with their rank in their school, the schools that failed and why,
//! and what was read) and the district JSON for CI.
//!
//! A school here is already reduced to what the summary shows (a line per
//! teacher, its grade counts, its failures), not its whole [`Outcome`]: the
//! batch keeps one school's evidence in memory at a time, so memory grows
//! with the largest school, not the district. Output is deterministic like
//! the school workbook: schools in the order given (the batch sorts them by
//! folder name), no clock, no hash-map order.

use indexmap::IndexMap;
use rust_decimal::Decimal;
use rust_xlsxwriter::{RowNum, Url, Workbook, Worksheet, XlsxError};
use serde::Serialize;

use super::labels::labels;
use super::number::cell;
use super::quota_basis::rank_text;
use super::sheet::{col, header_row, properties, row};
use super::style::{self, Widths};
use super::ReportError;
use crate::engine::{FileDigest, Outcome, Period, Place, Problem, ScoreError};
use crate::i18n::{Localize, Text};
use crate::rubric::{Locale, Rubric};
use crate::show::fixed;

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
fn ranks_by_total(outcome: &Outcome) -> Vec<String> {
    let totals: Vec<Decimal> = outcome.teachers.iter().map(|t| t.total).collect();
    competition_ranks(&totals)
}

/// `[90, 95, 95, 80]` → `1 + the number of totals above`: 3, 1, 1, 4.
fn competition_ranks(totals: &[Decimal]) -> Vec<String> {
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

/// The district summary's file name in `locale`: `区汇总.xlsx` or
/// `district-summary.xlsx`.
pub fn district_file_name(locale: Locale) -> &'static str {
    words(locale).file_name
}

/// The district's fixed words, in each language (the school workbook's
/// words come from [`labels`]).
struct Words {
    file_name: &'static str,
    sheet_schools: &'static str,
    sheet_teachers: &'static str,
    sheet_failures: &'static str,
    status: &'static str,
    scored: &'static str,
    scored_skipping: &'static str,
    failed: &'static str,
    teachers: &'static str,
    mean: &'static str,
    min: &'static str,
    max: &'static str,
    vetoed: &'static str,
    problems: &'static str,
    workbook: &'static str,
    rank_in_school: &'static str,
    scopes: &'static str,
    section_schools: &'static str,
    title: &'static str,
}

static ZH: Words = Words {
    file_name: "区汇总.xlsx",
    sheet_schools: "学校汇总",
    sheet_teachers: "全区教师",
    sheet_failures: "失败",
    status: "状态",
    scored: "已评分",
    scored_skipping: "已评分（跳过部分记录）",
    failed: "失败",
    teachers: "教师人数",
    mean: "平均总分",
    min: "最低总分",
    max: "最高总分",
    vetoed: "否决人数",
    problems: "数据问题",
    workbook: "评分工作簿",
    rank_in_school: "校内排名",
    scopes: "排名范围",
    section_schools: "各校输入文件",
    title: "区汇总",
};

static EN: Words = Words {
    file_name: "district-summary.xlsx",
    sheet_schools: "Schools",
    sheet_teachers: "Teachers",
    sheet_failures: "Failures",
    status: "Status",
    scored: "scored",
    scored_skipping: "scored, records skipped",
    failed: "failed",
    teachers: "Teachers",
    mean: "Mean total",
    min: "Lowest total",
    max: "Highest total",
    vetoed: "Vetoed",
    problems: "Data problems",
    workbook: "Scored workbook",
    rank_in_school: "Rank in school",
    scopes: "Ranked within",
    section_schools: "Each school's inputs",
    title: "district summary",
};

fn words(locale: Locale) -> &'static Words {
    match locale {
        Locale::Zh => &ZH,
        Locale::En => &EN,
    }
}

/// A scored school's figures for its row of the summary.
struct Figures {
    grades: Vec<u64>,
    mean: Option<Decimal>,
    min: Option<Decimal>,
    max: Option<Decimal>,
    vetoed: u64,
}

fn figures(rubric: &Rubric, school: &ScoredSchool) -> Figures {
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

/// Builds 区汇总.xlsx in memory: 学校汇总 (one row per school), 全区教师
/// (every teacher of the district), 失败 (each failing school's problems,
/// when any failed) and 运行信息 (the rubric's and every input's SHA-256).
/// Same inputs give the same bytes.
///
/// # Errors
/// [`ReportError::Xlsx`] when a limit of the format is exceeded.
pub fn district_workbook_bytes(
    rubric: &Rubric,
    district: &District,
    locale: Locale,
) -> Result<Vec<u8>, ReportError> {
    let w = words(locale);
    let mut workbook = Workbook::new();
    workbook.set_properties(&properties(&rubric.name)?);
    let title = format!("{} {}", rubric.name, w.title);
    let sheet = workbook.add_worksheet().set_name(w.sheet_schools)?;
    print_setup(sheet, &title, locale)?;
    schools_sheet(sheet, rubric, district, locale)?;
    // One row per teacher of the district, written in row order: streamed.
    let sheet = workbook
        .add_worksheet_with_constant_memory()?
        .set_name(w.sheet_teachers)?;
    print_setup(sheet, &title, locale)?;
    teachers_sheet(sheet, rubric, district, locale)?;
    if district.schools.iter().any(SchoolReport::failed) {
        let sheet = workbook.add_worksheet().set_name(w.sheet_failures)?;
        print_setup(sheet, &title, locale)?;
        failures_sheet(sheet, district, locale)?;
    }
    let sheet = workbook
        .add_worksheet()
        .set_name(labels(locale).sheet_run)?;
    print_setup(sheet, &title, locale)?;
    run_sheet(sheet, district, locale)?;
    Ok(super::save_workbook(&mut workbook)?)
}

/// As the school workbooks print: A4 landscape, one page wide, the header
/// row on every page, the rubric's name on top and page numbers below.
fn print_setup(sheet: &mut Worksheet, title: &str, locale: Locale) -> Result<(), XlsxError> {
    sheet
        .set_landscape()
        .set_paper_size(9)
        .set_print_fit_to_pages(1, 0)
        .set_header(format!("&C{}", title.replace('&', "&&")))
        .set_footer(format!("&C{}", labels(locale).page_footer))
        .set_repeat_rows(0, 0)?;
    Ok(())
}

fn schools_sheet(
    sheet: &mut Worksheet,
    rubric: &Rubric,
    district: &District,
    locale: Locale,
) -> Result<(), XlsxError> {
    let (w, l) = (words(locale), labels(locale));
    let places = rubric.rounding.places;
    let mut widths = Widths::new(40);
    let mut titles: Vec<&str> = vec![l.school, w.status, w.teachers];
    titles.extend(rubric.grades.iter().map(|g| g.name.as_str()));
    titles.extend([w.mean, w.min, w.max, w.vetoed, w.problems, w.workbook]);
    let quota_split = district.schools.iter().any(|s| match &s.status {
        SchoolStatus::Scored(sc) => sc.quota_scopes.len() > 1,
        SchoolStatus::Failed(_) => false,
    });
    if quota_split {
        titles.push(w.scopes);
    }
    header_row(sheet, 0, &titles, &mut widths)?;
    let text = style::text(false);
    let attention = style::attention();
    let integer = style::integer(false);
    let score = style::score(places, false);
    // After the grade counts: mean, min, max, vetoed, problems, workbook, scopes.
    let after = 3 + rubric.grades.len();
    let (mean_at, vetoed_at, problems_at) = (after, after + 3, after + 4);
    let (workbook_at, scopes_at) = (col(after + 5)?, col(after + 6)?);
    for (i, school) in district.schools.iter().enumerate() {
        let r = row(i + 1)?;
        sheet.write_string_with_format(r, 0, &school.name, &text)?;
        widths.fit(0, &school.name);
        match &school.status {
            SchoolStatus::Failed(failures) => {
                sheet.write_string_with_format(r, 1, w.failed, &attention)?;
                widths.fit(1, w.failed);
                let n = failures.len() as f64;
                sheet.write_number_with_format(r, col(problems_at)?, n, &integer)?;
            }
            SchoolStatus::Scored(sc) => {
                let status = if sc.skipped > 0 {
                    w.scored_skipping
                } else {
                    w.scored
                };
                sheet.write_string_with_format(r, 1, status, &text)?;
                widths.fit(1, status);
                let f = figures(rubric, sc);
                sheet.write_number_with_format(r, 2, sc.teachers.len() as f64, &integer)?;
                for (g, n) in f.grades.iter().enumerate() {
                    sheet.write_number_with_format(r, col(3 + g)?, *n as f64, &integer)?;
                }
                for (k, v) in [f.mean, f.min, f.max].into_iter().enumerate() {
                    if let Some(v) = v {
                        sheet.write_number_with_format(r, col(mean_at + k)?, cell(v), &score)?;
                    }
                }
                let vetoed = f.vetoed as f64;
                sheet.write_number_with_format(r, col(vetoed_at)?, vetoed, &integer)?;
                let skipped = sc.skipped as f64;
                sheet.write_number_with_format(r, col(problems_at)?, skipped, &integer)?;
                if quota_split {
                    let scopes = sc.quota_scopes.join(l.list_separator);
                    sheet.write_string_with_format(r, scopes_at, &scopes, &text)?;
                    widths.fit(scopes_at, &scopes);
                }
            }
        }
        if let Some(file) = &school.workbook {
            // Relative, so the folder of workbooks can be moved or zipped whole.
            let url = Url::new(format!("file:///{file}")).set_text(file);
            sheet.write_url_with_format(r, workbook_at, url, &style::link(false))?;
            widths.fit(workbook_at, file);
        }
    }
    sheet.set_freeze_panes(1, 1)?;
    if !district.schools.is_empty() {
        sheet.autofilter(0, 0, row(district.schools.len())?, col(titles.len() - 1)?)?;
    }
    widths.apply(sheet)
}

fn teachers_sheet(
    sheet: &mut Worksheet,
    rubric: &Rubric,
    district: &District,
    locale: Locale,
) -> Result<(), XlsxError> {
    let (w, l) = (words(locale), labels(locale));
    // Constant-memory sheets take widths before any cell is written.
    let titles = [l.school, l.key, l.name, l.total, l.grade, w.rank_in_school];
    for (c, width) in [14.0, 12.0, 10.0, 10.0, 10.0, 10.0].into_iter().enumerate() {
        sheet.set_column_width(col(c)?, width)?;
    }
    header_row(sheet, 0, &titles, &mut Widths::new(0))?;
    let text = style::text(false);
    let total = style::score(rubric.rounding.places, false);
    let mut r: RowNum = 1;
    for school in &district.schools {
        let SchoolStatus::Scored(sc) = &school.status else {
            continue;
        };
        for t in &sc.teachers {
            sheet.write_string_with_format(r, 0, &school.name, &text)?;
            sheet.write_string_with_format(r, 1, &t.key, &text)?;
            sheet.write_string_with_format(r, 2, &t.name, &text)?;
            sheet.write_number_with_format(r, 3, cell(t.total), &total)?;
            if let Some(g) = t.grade.and_then(|g| rubric.grades.get(g)) {
                sheet.write_string_with_format(r, 4, &g.name, &text)?;
            }
            if let Some(rank) = &t.rank {
                sheet.write_string_with_format(r, 5, rank, &text)?;
            }
            r = r.checked_add(1).ok_or(XlsxError::RowColumnLimitError)?;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

fn failures_sheet(
    sheet: &mut Worksheet,
    district: &District,
    locale: Locale,
) -> Result<(), XlsxError> {
    let l = labels(locale);
    let problem = match locale {
        Locale::Zh => "问题",
        Locale::En => "Problem",
    };
    let mut widths = Widths::new(80);
    let titles = [l.school, l.file, l.sheet, l.row, l.cell, problem];
    header_row(sheet, 0, &titles, &mut widths)?;
    let text = style::text(false);
    let integer = style::integer(false);
    let mut r: RowNum = 1;
    for school in &district.schools {
        let SchoolStatus::Failed(failures) = &school.status else {
            continue;
        };
        for f in failures {
            sheet.write_string_with_format(r, 0, &school.name, &text)?;
            widths.fit(0, &school.name);
            if let Some(p) = &f.place {
                sheet.write_string_with_format(r, 1, &p.file, &text)?;
                widths.fit(1, &p.file);
                sheet.write_string_with_format(r, 2, &p.sheet, &text)?;
                widths.fit(2, &p.sheet);
                sheet.write_number_with_format(r, 3, f64::from(p.row), &integer)?;
                if let Some(c) = &p.cell {
                    sheet.write_string_with_format(r, 4, c, &text)?;
                }
            }
            let message = f.message.get(locale);
            sheet.write_string_with_format(r, 5, message, &text)?;
            widths.fit(5, message);
            r = r.checked_add(1).ok_or(XlsxError::RowColumnLimitError)?;
        }
    }
    sheet.set_freeze_panes(1, 1)?;
    widths.apply(sheet)
}

fn run_sheet(sheet: &mut Worksheet, district: &District, locale: Locale) -> Result<(), XlsxError> {
    let (w, l) = (words(locale), labels(locale));
    let mut widths = Widths::new(70);
    let text = style::text(false);
    let section = style::section();
    let period = super::run_sheet::period_text(district.period, l);
    let facts = [
        (l.tool_version, district.tool_version.as_str()),
        (l.rubric_file, district.rubric.path.as_str()),
        (l.rubric_sha256, district.rubric.sha256.as_str()),
        (l.period, period.as_str()),
    ];
    let mut r: RowNum = 0;
    for (key, value) in facts {
        sheet.write_string_with_format(r, 0, key, &section)?;
        widths.fit(0, key);
        sheet.write_string_with_format(r, 1, value, &text)?;
        widths.fit(1, value);
        r += 1;
    }
    r += 1;
    sheet.write_string_with_format(r, 0, w.section_schools, &section)?;
    r += 1;
    header_row(sheet, r, &[l.school, l.file, l.sha256], &mut widths)?;
    for school in &district.schools {
        for input in &school.inputs {
            r = r.checked_add(1).ok_or(XlsxError::RowColumnLimitError)?;
            for (c, value) in [&school.name, &input.path, &input.sha256]
                .into_iter()
                .enumerate()
            {
                sheet.write_string_with_format(r, col(c)?, value, &text)?;
                widths.fit(col(c)?, value);
            }
        }
    }
    widths.apply(sheet)
}

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

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use calamine::{Data, Reader, Xlsx};

    use super::*;
    use crate::report::fixture;

    fn district() -> District {
        let outcome = fixture::outcome();
        let scored = SchoolReport::scored(
            "一中".into(),
            Some("一中.xlsx".into()),
            outcome.run.inputs.iter().map(|i| i.file.clone()).collect(),
            &outcome,
        );
        let failed = SchoolReport {
            name: "二中".into(),
            workbook: None,
            inputs: vec![FileDigest {
                path: "d/二中/考勤.xlsx".into(),
                sha256: "ab".repeat(32),
            }],
            status: SchoolStatus::Failed(vec![Failure {
                place: Some(Place {
                    file: "d/二中/考勤.xlsx".into(),
                    sheet: "考勤".into(),
                    row: 7,
                    cell: Some("C7".into()),
                }),
                message: crate::text!("not a number", "不是数字"),
            }]),
        };
        District {
            tool_version: "0.0.0".into(),
            rubric: outcome.run.rubric.clone(),
            period: outcome.run.period,
            schools: vec![scored, failed],
        }
    }

    fn text(d: &Data) -> String {
        match d {
            Data::Empty => String::new(),
            other => other.to_string(),
        }
    }

    #[test]
    fn one_row_per_school_and_the_failure_located() {
        let rubric = fixture::rubric();
        let d = district();
        let bytes = district_workbook_bytes(&rubric, &d, Locale::Zh).unwrap();
        assert_eq!(
            bytes,
            district_workbook_bytes(&rubric, &d, Locale::Zh).unwrap(),
            "same inputs, same bytes"
        );
        let mut book = Xlsx::new(Cursor::new(bytes)).unwrap();
        assert_eq!(
            book.sheet_names(),
            ["学校汇总", "全区教师", "失败", "运行信息"]
        );
        let schools = book.worksheet_range("学校汇总").unwrap();
        let rows: Vec<Vec<String>> = schools
            .rows()
            .map(|r| r.iter().map(text).collect())
            .collect();
        assert_eq!(rows.len(), 3);
        assert_eq!(
            (rows[1][0].as_str(), rows[1][1].as_str()),
            ("一中", "已评分")
        );
        let n = fixture::outcome().teachers.len();
        assert_eq!(rows[1][2], n.to_string());
        assert_eq!((rows[2][0].as_str(), rows[2][1].as_str()), ("二中", "失败"));
        let failures = book.worksheet_range("失败").unwrap();
        let row: Vec<String> = failures.rows().nth(1).unwrap().iter().map(text).collect();
        assert_eq!(
            row,
            ["二中", "d/二中/考勤.xlsx", "考勤", "7", "C7", "不是数字"]
        );
        let teachers = book.worksheet_range("全区教师").unwrap();
        assert_eq!(teachers.rows().count(), n + 1);
    }

    #[test]
    fn json_lists_schools_in_order_with_failures() {
        let rubric = fixture::rubric();
        let j = district_json(&rubric, &district());
        assert_eq!(j["counts"]["schools"], 2);
        assert_eq!(j["counts"]["failed"], 1);
        assert_eq!(j["schools"][0]["school"], "一中");
        assert_eq!(j["schools"][0]["status"], "scored");
        assert_eq!(j["schools"][1]["status"], "failed");
        let f = &j["schools"][1]["failures"][0];
        assert_eq!(
            (f["cell"].as_str(), f["row"].as_u64()),
            (Some("C7"), Some(7))
        );
        assert_eq!(f["message"], "not a number");
    }

    #[test]
    fn equal_totals_share_a_place_without_a_quota() {
        let totals: Vec<Decimal> = [90, 95, 95, 80].into_iter().map(Decimal::from).collect();
        assert_eq!(competition_ranks(&totals), ["3", "1", "1", "4"]);
    }
}
