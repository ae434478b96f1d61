//! Manual overrides: a file (csv or a workbook) in which the assessment
//! group sets a teacher's item score by hand — 工号, item (id or name),
//! score, reason, who — applied after scoring. Each override becomes an
//! evidence line of its own kind whose points take the item from the scored
//! value to the override, so the evidence still reconciles, the workbook
//! lists it with its file and row, and the decision is never silent.
//!
//! Items are named by id or name, not by column, so the same file keeps
//! applying when the rubric changes; an override naming an item the rubric
//! no longer has is an error that names it.

use std::path::Path;

use rust_decimal::Decimal;

use crate::engine::{
    reconcile, Evidence, EvidenceKind, InputInfo, ItemResult, Outcome, ScoreError,
};
use crate::i18n::{audit as msg, Locale, Localize, Text};
use crate::input::{FieldSpec, InputError, SourceSchema};
use crate::provenance::Provenance;
use crate::rubric::Rubric;
use crate::value::{FieldType, Value};

/// The source id overrides are recorded under in the run record.
pub const OVERRIDES_SOURCE: &str = "overrides";

/// One manual override as read from the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Override {
    /// The teacher's roster key.
    pub key: String,
    /// The item's id or name, as written.
    pub item: String,
    /// The score the item takes.
    pub score: Decimal,
    /// Why.
    pub reason: String,
    /// Who decided it.
    pub who: String,
    /// The row it was read from.
    pub origin: Provenance,
}

/// A file of overrides, with its digest for the run record: the overrides,
/// and the rows that could not be read (blank or unparsable cells),
/// reported with the problems found when applying, so one run shows them all.
pub type OverrideFile = SideFile<Override>;

/// Why overrides could not be read or applied.
#[derive(Debug, thiserror::Error)]
pub enum OverrideError {
    /// The file could not be read at all.
    #[error(transparent)]
    Read(#[from] InputError),
    /// The file could not be opened or hashed.
    #[error("{}", msg::overrides_unreadable(.path, .reason))]
    Io {
        /// The path.
        path: String,
        /// Why, in both languages.
        reason: Text,
    },
    /// Rows that cannot apply; all of them, in file order.
    #[error("{}", rows_text(&msg::override_problems(.0.len()), .0, Locale::En))]
    Rows(Vec<OverrideProblem>),
    /// The evidence did not reconcile after the overrides (a fault in kaohe).
    #[error(transparent)]
    Internal(#[from] ScoreError),
}

pub use super::side_file::OverrideProblem;
use super::side_file::SideFile;

/// The rows of a file that cannot apply, under `heading`, one a line with
/// its place: the overrides' and the appeals' refusal alike.
pub(super) fn rows_text(heading: &Text, rows: &[OverrideProblem], locale: Locale) -> String {
    let mut out = heading.get(locale).to_string();
    for p in rows {
        let message = p.message.get(locale);
        match &p.origin {
            Some(o) => out.push_str(&format!(
                "\n  - {}{}{message}",
                o.localized(locale),
                msg::location_separator().get(locale)
            )),
            None => out.push_str(&format!("\n  - {message}")),
        }
    }
    out
}

impl Localize for OverrideError {
    fn localized(&self, locale: Locale) -> String {
        match self {
            OverrideError::Read(e) => e.localized(locale),
            OverrideError::Rows(rows) => {
                rows_text(&msg::override_problems(rows.len()), rows, locale)
            }
            OverrideError::Internal(e) => e.localized(locale),
            OverrideError::Io { path, reason } => msg::overrides_unreadable(path, reason)
                .get(locale)
                .to_string(),
        }
    }
}

fn field(name: &str, headers: &[&str], ty: FieldType) -> FieldSpec {
    FieldSpec::plain(name, headers.iter().map(|h| h.to_string()).collect(), ty)
}

/// The columns an overrides file has, under their Chinese or English headers.
fn schema() -> SourceSchema {
    SourceSchema {
        id: OVERRIDES_SOURCE.to_string(),
        fields: vec![
            field(
                "key",
                &["工号", "教师编号", "key", "teacher"],
                FieldType::Key,
            ),
            field("item", &["项目", "考核项目", "item"], FieldType::Text),
            field(
                "score",
                &["分数", "调整后分数", "得分", "score"],
                FieldType::Decimal,
            ),
            field("reason", &["理由", "原因", "reason"], FieldType::Text),
            field("who", &["操作人", "审核人", "who"], FieldType::Text),
        ],
        sheet: None,
        sheet_pattern: None,
        unpivot: None,
    }
}

/// Reads an overrides file (csv, xlsx, xls or ods) with the columns 工号,
/// 项目, 分数, 理由, 操作人 (or key, item, score, reason, who).
///
/// # Errors
/// [`OverrideError::Read`] for a file that cannot be read or lacks a column.
/// Rows with a cell that does not parse or without a reason or a name are
/// kept in [`SideFile::problems`] and reported by [`apply_overrides`].
pub fn read_overrides(path: &Path) -> Result<OverrideFile, OverrideError> {
    let schema = schema();
    // A blank column is named by its first header, as the file is read.
    let header = |column: usize| schema.fields[column].headers[0].as_str();
    let read = super::side_file::read(path, &schema, &mut |record| {
        let text = |v: &Value| v.as_text().map(str::trim).unwrap_or("").to_string();
        let (key, item) = (text(&record.values[0]), text(&record.values[1]));
        let (reason, who) = (text(&record.values[3]), text(&record.values[4]));
        let mut missing = Vec::new();
        for (value, column) in [(&key, 0), (&item, 1), (&reason, 3), (&who, 4)] {
            if value.is_empty() {
                missing.push(header(column));
            }
        }
        let score = record.values[2].as_decimal();
        if score.is_none() {
            missing.push(header(2));
        }
        match score {
            Some(score) if missing.is_empty() => Ok(Override {
                key,
                item,
                score,
                reason,
                who,
                origin: record.origin.clone(),
            }),
            _ => Err(msg::override_fields_blank(&super::list(&missing))),
        }
    })?;
    Ok(read)
}

impl From<super::side_file::SideError> for OverrideError {
    fn from(e: super::side_file::SideError) -> Self {
        match e {
            super::side_file::SideError::Io(path, reason) => OverrideError::Io { path, reason },
            super::side_file::SideError::Read(e) => OverrideError::Read(e),
        }
    }
}

/// The teacher and the item a hand-made row names, as indices into the
/// outcome's teachers and the rubric's items.
///
/// # Errors
/// Why not: the key is not in the roster, or the item is none or more than
/// one of the rubric's ([`find_item`]).
pub(super) fn locate(
    rubric: &Rubric,
    outcome: &Outcome,
    key: &str,
    item: &str,
) -> Result<(usize, usize), Text> {
    let t = outcome
        .teachers
        .iter()
        .position(|t| t.key == key)
        .ok_or_else(|| msg::override_key_not_in_roster(key))?;
    Ok((t, find_item(rubric, item)?))
}

/// The index of the item an override names: its id, else its name.
///
/// # Errors
/// A message naming the item and listing the rubric's ids when none or
/// more than one item answers to it.
pub fn find_item(rubric: &Rubric, named: &str) -> Result<usize, Text> {
    if let Some(i) = rubric.items.iter().position(|i| i.id == named) {
        return Ok(i);
    }
    // The file's cell is read normalised (`集体备课(A)` for `集体备课（A）`);
    // the rubric's name is compared the same way.
    let wanted = crate::input::normalize_text(named);
    let by_name: Vec<usize> = (0..rubric.items.len())
        .filter(|&i| {
            rubric.items[i].name == named
                || crate::input::normalize_text(&rubric.items[i].name) == wanted
        })
        .collect();
    match by_name.as_slice() {
        [i] => Ok(*i),
        [] => {
            let items: Vec<String> = rubric
                .items
                .iter()
                .map(|i| format!("{} ({})", i.id, i.name))
                .collect();
            Err(msg::item_not_in_rubric(
                named,
                &rubric.name,
                &super::list(&items),
            ))
        }
        _ => {
            let ids: Vec<&str> = by_name
                .iter()
                .map(|&i| rubric.items[i].id.as_str())
                .collect();
            Err(msg::item_name_ambiguous(named, &super::list(&ids)))
        }
    }
}

/// Applies overrides to a scored outcome: each named item takes the given
/// score, shown as an [`EvidenceKind::Override`] evidence line; categories,
/// totals, grades (by band or quota) and pay follow (a veto's grade stays: an override changes
/// a score, not a veto). The file is added to the run record.
///
/// # Errors
/// [`OverrideError::Rows`] listing every row that could not be read and
/// every override whose teacher is not in
/// the roster, whose item the rubric lacks, whose score is outside the
/// item's range or finer than the rubric's places, or that repeats another.
pub fn apply_overrides(
    rubric: &Rubric,
    outcome: &mut Outcome,
    file: &OverrideFile,
) -> Result<(), OverrideError> {
    let mut problems = file.problems.clone();
    let mut seen: Vec<(usize, usize, &Provenance)> = Vec::new();
    for o in &file.rows {
        let problem = |message: Text| OverrideProblem {
            origin: Some(o.origin.clone()),
            message,
        };
        let (t, i) = match locate(rubric, outcome, &o.key, &o.item) {
            Ok(found) => found,
            Err(message) => {
                problems.push(problem(message));
                continue;
            }
        };
        let item = &rubric.items[i];
        if let Some(message) = score_problem(rubric, i, o.score) {
            problems.push(problem(message));
            continue;
        }
        if let Some((_, _, first)) = seen.iter().find(|(st, si, _)| *st == t && *si == i) {
            let first = super::both(*first);
            problems.push(problem(msg::override_repeated(&item.name, &o.key, &first)));
            continue;
        }
        seen.push((t, i, &o.origin));
        let result = &mut outcome.teachers[t].items[i];
        let detail = msg::override_detail(
            result.score.normalize(),
            o.score.normalize(),
            &o.reason,
            &o.who,
        );
        set_by_hand(result, EvidenceKind::Override, o.score, &o.origin, detail);
    }
    if !problems.is_empty() {
        problems.sort_by(|a, b| a.origin.cmp(&b.origin));
        return Err(OverrideError::Rows(problems));
    }
    settle(
        rubric,
        outcome,
        InputInfo {
            file: file.file.clone(),
            sources: vec![OVERRIDES_SOURCE.to_string()],
            sheets: file.sheets.clone(),
        },
    )?;
    Ok(())
}

/// Sets an item's score by hand to `score` (an override, or an accepted
/// appeal): an evidence line of `kind` from the row at `origin`, saying
/// `detail`, takes it there from the score it had.
pub(super) fn set_by_hand(
    result: &mut ItemResult,
    kind: EvidenceKind,
    score: Decimal,
    origin: &Provenance,
    detail: Text,
) {
    result.evidence.push(Evidence {
        rule: None,
        kind,
        points: score - result.score,
        origin: Some(origin.clone()),
        detail: detail.into(),
        date: None,
    });
    result.score = score;
}

/// Why a score cannot be set on item `i` by hand (an override or an
/// accepted appeal): outside the item's range, or finer than the rubric's
/// places.
pub(super) fn score_problem(rubric: &Rubric, i: usize, score: Decimal) -> Option<Text> {
    let item = &rubric.items[i];
    let places = rubric.rounding.places;
    if score < Decimal::ZERO || score > item.max {
        return Some(msg::override_score_out_of_range(
            score.normalize(),
            &item.name,
            item.max.normalize(),
        ));
    }
    if score.normalize().scale() > places {
        return Some(msg::override_score_too_fine(score.normalize(), places));
    }
    None
}

/// After items were set by hand: categories, totals, grades (by band or
/// by the quota's places; a veto's grade stays) and pay follow, the file
/// joins the run record, and the evidence must still reconcile.
pub(super) fn settle(
    rubric: &Rubric,
    outcome: &mut Outcome,
    input: InputInfo,
) -> Result<(), ScoreError> {
    crate::engine::regrade(rubric, outcome)?;
    outcome.run.inputs.push(input);
    reconcile(rubric, &outcome.teachers)
}

#[cfg(test)]
mod error_tests {
    use super::*;

    #[test]
    fn every_override_error_speaks_both_languages() {
        let row = Provenance {
            file: "调分.csv".into(),
            sheet: "".into(),
            row: 3,
            col: None,
        };
        let all = [
            OverrideError::Read(InputError::Open {
                file: "调分.csv".into(),
                reason: crate::i18n::input::file_is_empty().text(),
            }),
            OverrideError::Io {
                path: "调分.csv".into(),
                reason: msg::overrides_not_found().text(),
            },
            OverrideError::Rows(vec![
                OverrideProblem {
                    origin: Some(row),
                    message: msg::override_key_not_in_roster("0999"),
                },
                OverrideProblem {
                    origin: None,
                    message: crate::text!("blank 理由", "理由 为空"),
                },
            ]),
            OverrideError::Internal(ScoreError::Internal(crate::text!(
                "evidence sums to 1",
                "明细合计为 1"
            ))),
        ];
        for e in &all {
            let zh = e.localized(Locale::Zh);
            assert_eq!(e.localized(Locale::En), e.to_string());
            assert_ne!(zh, e.to_string());
            let allowed = ["调分.csv"];
            assert_eq!(
                crate::input::english_words(&zh, &allowed),
                Vec::<String>::new(),
                "{zh}"
            );
        }
        assert_eq!(
            all[2].localized(Locale::Zh),
            "调分文件中有 2 个问题，未写出任何文件：\n  - 调分.csv，第 3 行：工号 0999 不在名册中\n  - 理由 为空"
        );
    }
}
