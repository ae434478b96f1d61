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

mod across;
mod json;
mod model;
mod workbook;

pub use across::refuse_across_schools;
pub use json::district_json;
pub use model::{District, Failure, SchoolReport, SchoolStatus, ScoredSchool, TeacherLine};
pub use workbook::district_workbook_bytes;

use crate::rubric::Locale;

/// The district summary's file name in `locale`: `区汇总.xlsx` or
/// `district-summary.xlsx`.
pub fn district_file_name(locale: Locale) -> &'static str {
    crate::i18n::report::district_file_name().get(locale)
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use calamine::{Data, Reader, Xlsx};

    use super::*;
    use rust_decimal::Decimal;

    use super::model::competition_ranks;
    use crate::engine::*;
    use crate::report::fixture;
    use crate::rubric::Locale;

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
