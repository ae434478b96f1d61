//! 区汇总.xlsx: the schools, their teachers, the failures and the run.

use rust_xlsxwriter::{RowNum, Url, Workbook, Worksheet, XlsxError};

use super::model::*;
use crate::i18n::report as msg;
use crate::report::labels::labels;
use crate::report::number::cell;
use crate::report::sheet::{col, header_row, print_titled, properties, row};
use crate::report::style::{self, Widths};
use crate::report::ReportError;
use crate::rubric::{Locale, Rubric};

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
    let book = Book {
        rubric,
        district,
        locale,
    };
    let mut workbook = Workbook::new();
    workbook.set_properties(&properties(&rubric.name)?);
    // The period too: a printed page says which month it is of.
    let period = crate::report::run_sheet::period_text(district.period, labels(locale));
    let title = msg::district_print_title(msg::district_title(&rubric.name).get(locale), period)
        .get(locale)
        .to_string();
    let sheet = workbook
        .add_worksheet()
        .set_name(msg::district_sheet_schools().get(locale))?;
    print_setup(sheet, &title, locale)?;
    book.schools(sheet)?;
    // One row per teacher of the district, written in row order: streamed.
    let sheet = workbook
        .add_worksheet_with_constant_memory()?
        .set_name(msg::district_sheet_teachers().get(locale))?;
    print_setup(sheet, &title, locale)?;
    book.teachers(sheet)?;
    if district.schools.iter().any(SchoolReport::failed) {
        let sheet = workbook
            .add_worksheet()
            .set_name(msg::district_sheet_failures().get(locale))?;
        print_setup(sheet, &title, locale)?;
        failures_sheet(sheet, district, locale)?;
    }
    let sheet = workbook
        .add_worksheet()
        .set_name(labels(locale).sheet_run)?;
    print_setup(sheet, &title, locale)?;
    run_sheet(sheet, district, locale)?;
    Ok(crate::report::save_workbook(&mut workbook)?)
}

/// What the sheets of one district workbook are written from.
#[derive(Clone, Copy)]
struct Book<'a> {
    rubric: &'a Rubric,
    district: &'a District,
    locale: Locale,
}

/// Widest a column of 失败 gets, in character units; the problem wraps
/// past it (Widths adds 3 for the filter button).
const PROBLEM_UNITS: usize = 57;

/// As the school workbooks print: A4 landscape, one page wide, the header
/// row on every page, the rubric's name on top and page numbers below.
fn print_setup(sheet: &mut Worksheet, title: &str, locale: Locale) -> Result<(), XlsxError> {
    print_titled(sheet, title, labels(locale).page_footer, (0, 0))
}

impl Book<'_> {
    fn schools(&self, sheet: &mut Worksheet) -> Result<(), XlsxError> {
        let l = labels(self.locale);
        let places = self.rubric.rounding.places;
        let mut widths = Widths::new(40);
        let mut titles: Vec<&str> = vec![
            l.school,
            msg::district_status().get(self.locale),
            msg::district_teachers().get(self.locale),
        ];
        titles.extend(self.rubric.grades.iter().map(|g| g.name.as_str()));
        titles.extend(
            [
                msg::district_mean(),
                msg::district_min(),
                msg::district_max(),
                msg::district_vetoed(),
                msg::district_problems(),
                msg::district_workbook(),
            ]
            .map(|w| w.get(self.locale)),
        );
        let quota_split = self.district.schools.iter().any(|s| match &s.status {
            SchoolStatus::Scored(sc) => sc.quota_scopes.len() > 1,
            SchoolStatus::Failed(_) => false,
        });
        if quota_split {
            titles.push(msg::district_scopes().get(self.locale));
        }
        // Only when a school kept its rows of a roster naming several.
        let split_roster = self.district.schools.iter().any(|s| match &s.status {
            SchoolStatus::Scored(sc) => sc.roster_rows.is_some(),
            SchoolStatus::Failed(_) => false,
        });
        if split_roster {
            titles.push(msg::district_other_schools_rows().get(self.locale));
        }
        header_row(sheet, 0, &titles, &mut widths)?;
        let text = style::text(false);
        let attention = style::attention();
        let integer = style::integer(false);
        let score = style::score(places, false);
        // After the grade counts: mean, min, max, vetoed, problems, workbook, scopes.
        let after = 3 + self.rubric.grades.len();
        let (mean_at, vetoed_at, problems_at) = (after, after + 3, after + 4);
        let (workbook_at, scopes_at) = (col(after + 5)?, col(after + 6)?);
        let rows_at = col(after + 6 + usize::from(quota_split))?;
        for (i, school) in self.district.schools.iter().enumerate() {
            let r = row(i + 1)?;
            sheet.write_string_with_format(r, 0, &school.name, &text)?;
            widths.fit(0, &school.name);
            match &school.status {
                SchoolStatus::Failed(failures) => {
                    let failed = msg::district_failed().get(self.locale);
                    sheet.write_string_with_format(r, 1, failed, &attention)?;
                    widths.fit(1, failed);
                    let n = failures.len() as f64;
                    sheet.write_number_with_format(r, col(problems_at)?, n, &integer)?;
                }
                SchoolStatus::Scored(sc) => {
                    let status = if sc.skipped > 0 {
                        msg::district_scored_skipping().get(self.locale)
                    } else {
                        msg::district_scored().get(self.locale)
                    };
                    sheet.write_string_with_format(r, 1, status, &text)?;
                    widths.fit(1, status);
                    let f = figures(self.rubric, sc);
                    sheet.write_number_with_format(r, 2, sc.teachers.len() as f64, &integer)?;
                    for (g, n) in f.grades.iter().enumerate() {
                        sheet.write_number_with_format(r, col(3 + g)?, *n as f64, &integer)?;
                    }
                    for (k, v) in [f.mean, f.min, f.max].into_iter().enumerate() {
                        if let Some(v) = v {
                            sheet.write_number_with_format(
                                r,
                                col(mean_at + k)?,
                                cell(v),
                                &score,
                            )?;
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
                    if let Some(rows) = &sc.roster_rows {
                        sheet.write_number_with_format(r, rows_at, rows.others as f64, &integer)?;
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
        if !self.district.schools.is_empty() {
            sheet.autofilter(
                0,
                0,
                row(self.district.schools.len())?,
                col(titles.len() - 1)?,
            )?;
        }
        widths.apply(sheet)
    }

    fn teachers(&self, sheet: &mut Worksheet) -> Result<(), XlsxError> {
        let l = labels(self.locale);
        // Constant-memory sheets take widths before any cell is written.
        let titles = [
            l.school,
            l.key,
            l.name,
            l.total,
            l.grade,
            msg::district_rank_in_school().get(self.locale),
        ];
        for (c, width) in [14.0, 12.0, 10.0, 10.0, 10.0, 10.0].into_iter().enumerate() {
            sheet.set_column_width(col(c)?, width)?;
        }
        header_row(sheet, 0, &titles, &mut Widths::new(0))?;
        let text = style::text(false);
        let total = style::score(self.rubric.rounding.places, false);
        let mut r: RowNum = 1;
        for school in &self.district.schools {
            let SchoolStatus::Scored(sc) = &school.status else {
                continue;
            };
            for t in &sc.teachers {
                sheet.write_string_with_format(r, 0, &school.name, &text)?;
                sheet.write_string_with_format(r, 1, &t.key, &text)?;
                sheet.write_string_with_format(r, 2, &t.name, &text)?;
                sheet.write_number_with_format(r, 3, cell(t.total), &total)?;
                if let Some(g) = t.grade.and_then(|g| self.rubric.grades.get(g)) {
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
}

fn failures_sheet(
    sheet: &mut Worksheet,
    district: &District,
    locale: Locale,
) -> Result<(), XlsxError> {
    let l = labels(locale);
    let problem = msg::district_problem().get(locale);
    // A problem is a sentence: it wraps in a column the page holds.
    let mut widths = Widths::new(PROBLEM_UNITS);
    let titles = [l.school, l.file, l.sheet, l.row, l.cell, problem];
    header_row(sheet, 0, &titles, &mut widths)?;
    let text = style::text(false);
    let wrapped = style::wrapped();
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
            sheet.write_string_with_format(r, 5, message, &wrapped)?;
            widths.fit(5, message);
            let lines = style::lines(message, PROBLEM_UNITS);
            if lines > 1 {
                sheet.set_row_height(r, style::LINE_POINTS * lines as f64)?;
            }
            r = r.checked_add(1).ok_or(XlsxError::RowColumnLimitError)?;
        }
    }
    sheet.set_freeze_panes(1, 1)?;
    widths.apply(sheet)
}

fn run_sheet(sheet: &mut Worksheet, district: &District, locale: Locale) -> Result<(), XlsxError> {
    let l = labels(locale);
    let mut widths = Widths::new(70);
    let text = style::text(false);
    let section = style::section();
    let period = crate::report::run_sheet::period_text(district.period, l);
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
    sheet.write_string_with_format(r, 0, msg::district_section_schools().get(locale), &section)?;
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
