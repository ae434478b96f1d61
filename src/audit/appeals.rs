//! Appeals (申诉): 方案13 三 publishes the results for the teachers'
//! scrutiny, and a teacher may appeal. The office keeps the appeals in a
//! file (csv or a workbook, read like the overrides: strict, every bad
//! cell located) — 工号, 项目, 申诉内容, 理由, 附件, 附件SHA256, 状态,
//! 分数, 处理人, 日期 — and kaohe applies it after scoring and after the
//! overrides: an accepted appeal (采纳) sets the item's score like an
//! override, as an evidence line of its own kind whose origin is the
//! appeals file's row; a rejected (驳回) or pending (待处理) one changes
//! nothing. Every appeal is kept in the run ([`crate::engine::AppealLine`])
//! for the 申诉 sheet, `explain` and `publish`, which refuses while any is
//! pending.

use std::path::Path;

use regex::Regex;
use sha2::{Digest, Sha256};

use super::overrides::{locate, rows_text, score_problem, set_by_hand, settle, OverrideProblem};
use super::side_file::SideFile;
use crate::engine::{
    Appeal, AppealLine, AppealStatus, EvidenceKind, InputInfo, Outcome, ScoreError, Warning,
};
use crate::i18n::{audit as msg, Locale, Localize, Text};
use crate::input::{FieldSpec, InputError, SourceSchema};
use crate::provenance::{display_path, Provenance};
use crate::rubric::Rubric;
use crate::value::{FieldType, Value};

/// The source id appeals are recorded under in the run record.
pub const APPEALS_SOURCE: &str = "appeals";

/// A file of appeals, with its digest for the run record: the appeals that
/// could be read, and the rows that cannot apply, reported with those
/// found when applying.
pub type AppealFile = SideFile<Appeal>;

/// Why appeals could not be read or applied, or why results with appeals
/// cannot be published yet.
#[derive(Debug, thiserror::Error)]
pub enum AppealError {
    /// The file could not be read at all.
    #[error(transparent)]
    Read(#[from] InputError),
    /// The file could not be opened or hashed.
    #[error("{}", msg::appeals_unreadable(.path, .reason))]
    Io {
        /// The path.
        path: String,
        /// Why, in both languages.
        reason: Text,
    },
    /// Rows that cannot apply; all of them, in file order.
    #[error("{}", rows_text(&msg::appeal_problems(.0.len()), .0, Locale::En))]
    Rows(Vec<OverrideProblem>),
    /// `publish` while appeals are pending: each one, `file:row: teacher, item`.
    #[error("{}", pending_text(.0, Locale::En))]
    Pending(Vec<Text>),
    /// The evidence did not reconcile after the appeals (a fault in kaohe).
    #[error(transparent)]
    Internal(#[from] ScoreError),
}

fn pending_text(rows: &[Text], locale: Locale) -> String {
    let mut out = msg::appeals_pending(rows.len()).get(locale).to_string();
    for r in rows {
        out.push_str(&format!("\n  - {}", r.get(locale)));
    }
    out
}

impl Localize for AppealError {
    fn localized(&self, locale: Locale) -> String {
        match self {
            AppealError::Read(e) => e.localized(locale),
            AppealError::Io { path, reason } => msg::appeals_unreadable(path, reason)
                .get(locale)
                .to_string(),
            AppealError::Rows(rows) => rows_text(&msg::appeal_problems(rows.len()), rows, locale),
            AppealError::Pending(rows) => pending_text(rows, locale),
            AppealError::Internal(e) => e.localized(locale),
        }
    }
}

fn field(name: &str, headers: &[&str], ty: FieldType, required: bool) -> FieldSpec {
    let mut spec = FieldSpec::plain(name, headers.iter().map(|h| h.to_string()).collect(), ty);
    spec.required = required;
    spec
}

/// The statuses as the file may write them, each to the one kaohe keeps.
const STATUSES: [(&str, &str); 6] = [
    ("pending", "待处理"),
    ("accepted", "采纳"),
    ("rejected", "驳回"),
    ("Pending", "待处理"),
    ("Accepted", "采纳"),
    ("Rejected", "驳回"),
];

/// The columns an appeals file has, under their Chinese or English
/// headers; 附件, 附件SHA256, 分数, 处理人 and 日期 may be left out.
fn schema() -> SourceSchema {
    let mut status = field(
        "status",
        &["状态", "处理结果", "status"],
        FieldType::Enum(vec!["待处理".into(), "采纳".into(), "驳回".into()]),
        true,
    );
    status.value_map = STATUSES
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    SourceSchema {
        id: APPEALS_SOURCE.to_string(),
        fields: vec![
            field(
                "key",
                &["工号", "教师编号", "key", "teacher"],
                FieldType::Key,
                true,
            ),
            field("item", &["项目", "考核项目", "item"], FieldType::Text, true),
            field(
                "appealed",
                &["申诉内容", "申诉事项", "appealed"],
                FieldType::Text,
                true,
            ),
            field(
                "reason",
                &["理由", "申诉理由", "reason"],
                FieldType::Text,
                true,
            ),
            field(
                "attachment",
                &["附件", "attachment"],
                FieldType::Text,
                false,
            ),
            field(
                "sha256",
                &["附件SHA256", "附件sha256", "attachment_sha256"],
                FieldType::Text,
                false,
            ),
            status,
            field(
                "score",
                &["分数", "申诉后分数", "score"],
                FieldType::Decimal,
                false,
            ),
            field("who", &["处理人", "decided_by"], FieldType::Text, false),
            field(
                "date",
                &["日期", "处理日期", "date"],
                FieldType::Date,
                false,
            ),
        ],
        sheet: None,
        sheet_pattern: None,
        unpivot: None,
    }
}

/// Reads an appeals file (csv, xlsx, xls or ods): see the module's
/// columns. An attachment is looked for relative to the appeals file and
/// hashed; with 附件SHA256 the hashes must agree.
///
/// # Errors
/// [`AppealError::Read`] for a file that cannot be read or lacks a column.
/// Rows that cannot apply (a cell that does not parse, a blank that every
/// appeal needs, 分数 without 采纳 or 采纳 without 分数, a decision without
/// 处理人, a missing attachment or one whose hash differs) are kept in
/// [`SideFile::problems`] and reported by [`apply_appeals`].
pub fn read_appeals(path: &Path) -> Result<AppealFile, AppealError> {
    let folder = path.parent().unwrap_or(Path::new(""));
    let read = super::side_file::read(path, &schema(), &mut |record| {
        appeal(record.values, record.written, record.origin, folder)
    })?;
    Ok(read)
}

impl From<super::side_file::SideError> for AppealError {
    fn from(e: super::side_file::SideError) -> Self {
        match e {
            super::side_file::SideError::Io(path, reason) => AppealError::Io { path, reason },
            super::side_file::SideError::Read(e) => AppealError::Read(e),
        }
    }
}

/// One row's values (in [`schema`] order) as an appeal, or what is wrong.
/// Texts are kept as the cell writes them (`考核小组 李明`, a file name with
/// full-width characters), not as the reader compares them.
fn appeal(
    values: &[Value],
    written: &[Option<String>],
    origin: &Provenance,
    folder: &Path,
) -> Result<Appeal, Text> {
    let text = |i: usize| {
        let value = values.get(i).and_then(Value::as_text);
        let as_written = written.get(i).and_then(Option::as_deref);
        as_written
            .filter(|_| value.is_some())
            .or(value)
            .map(str::trim)
            .unwrap_or("")
            .to_string()
    };
    let (key, item, appealed, reason) = (text(0), text(1), text(2), text(3));
    let (attachment, hash, status, who) = (text(4), text(5), text(6), text(8));
    let mut missing = Vec::new();
    for (value, column) in [
        (&key, 0),
        (&item, 1),
        (&appealed, 2),
        (&reason, 3),
        (&status, 6),
    ] {
        if value.is_empty() {
            missing.push(column);
        }
    }
    if !missing.is_empty() {
        // A blank column is named by its first header, as the file is read.
        let schema = schema();
        let headers: Vec<&str> = missing
            .iter()
            .map(|&column| schema.fields[column].headers[0].as_str())
            .collect();
        return Err(msg::appeal_fields_blank(&super::list(&headers)));
    }
    let status = match status.as_str() {
        "采纳" => AppealStatus::Accepted,
        "驳回" => AppealStatus::Rejected,
        _ => AppealStatus::Pending,
    };
    let score = values.get(7).and_then(Value::as_decimal);
    match (status, score) {
        (AppealStatus::Accepted, None) => return Err(msg::appeal_accepted_without_score().text()),
        (AppealStatus::Pending | AppealStatus::Rejected, Some(score)) => {
            return Err(msg::appeal_score_not_accepted(score.normalize(), text(6)));
        }
        _ => {}
    }
    if status != AppealStatus::Pending && who.is_empty() {
        return Err(msg::appeal_decided_without_who().text());
    }
    let attachment_sha256 = attached(&attachment, &hash, folder)?;
    let date = match values.get(9) {
        Some(Value::Date(d)) => d.format("%Y-%m-%d").to_string(),
        _ => String::new(),
    };
    Ok(Appeal {
        key,
        item,
        appealed,
        reason,
        attachment: (!attachment.is_empty()).then_some(attachment),
        attachment_sha256,
        status,
        score,
        who,
        date,
        origin: origin.clone(),
    })
}

/// The attachment's SHA-256, read from the file; checked against `written`
/// when one is written.
fn attached(attachment: &str, written: &str, folder: &Path) -> Result<Option<String>, Text> {
    let written = written.to_ascii_lowercase();
    if attachment.is_empty() {
        return if written.is_empty() {
            Ok(None)
        } else {
            Err(msg::appeal_hash_without_attachment().text())
        };
    }
    let well_formed = written.len() == 64 && written.bytes().all(|b| b.is_ascii_hexdigit());
    if !written.is_empty() && !well_formed {
        return Err(msg::appeal_hash_malformed(&written));
    }
    let path = folder.join(attachment);
    if !path.is_file() {
        return Err(msg::appeal_attachment_missing(
            attachment,
            display_path(&path),
        ));
    }
    let bytes = std::fs::read(&path)
        .map_err(|e| msg::appeal_attachment_unreadable(attachment, e.kind()))?;
    let actual = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<String>();
    if !written.is_empty() && written != actual {
        return Err(msg::appeal_hash_mismatch(attachment, &actual, &written));
    }
    Ok(Some(actual))
}

/// `file:sheet:row` or `file:row` naming a row of an export.
fn evidence_row(appealed: &str) -> Option<(String, String, u32)> {
    let pattern = Regex::new(r"^(.+?\.(?i:xlsx|xlsm|xls|ods|csv))(?::(.+))?:(\d+)$").ok()?;
    let c = pattern.captures(appealed.trim())?;
    let file = c.get(1)?.as_str().to_string();
    let sheet = c.get(2).map_or("", |m| m.as_str()).to_string();
    let row = c.get(3)?.as_str().parse().ok()?;
    Some((file, sheet, row))
}

/// Whether `origin` is the row `file:sheet:row` names; the file may be
/// named by its path as given or by its name alone.
fn names(origin: &Provenance, (file, sheet, row): &(String, String, u32)) -> bool {
    let same_file = *origin.file == **file || origin.file.ends_with(&format!("/{file}"));
    same_file && *origin.sheet == **sheet && origin.row == *row
}

/// Applies appeals to a scored outcome (after the overrides): an accepted
/// appeal sets the item's score as an [`EvidenceKind::Appeal`] line;
/// categories, totals, grades (by band or quota) and pay follow; every appeal is kept in
/// [`Outcome::appeals`]. An appeal naming an evidence row the teacher's
/// evidence lacks is warned of. The file is added to the run record.
///
/// # Errors
/// [`AppealError::Rows`] listing every row that could not be read and every
/// appeal whose teacher is not in the roster, whose item the rubric lacks,
/// whose score the item cannot take, that the overrides also set, or that
/// repeats another accepted appeal.
pub fn apply_appeals(
    rubric: &Rubric,
    outcome: &mut Outcome,
    file: &AppealFile,
) -> Result<(), AppealError> {
    let mut problems = file.problems.clone();
    let mut lines = Vec::new();
    let mut warnings = Vec::new();
    let mut seen: Vec<(usize, usize, &Provenance)> = Vec::new();
    for a in &file.rows {
        let problem = |message: Text| OverrideProblem {
            origin: Some(a.origin.clone()),
            message,
        };
        let (t, i) = match locate(rubric, outcome, &a.key, &a.item) {
            Ok(found) => found,
            Err(message) => {
                problems.push(problem(message));
                continue;
            }
        };
        let item = &rubric.items[i];
        let teacher = &outcome.teachers[t];
        let result = &teacher.items[i];
        if let Some(o) = result
            .evidence
            .iter()
            .find(|e| e.kind == EvidenceKind::Override)
        {
            let first = o.origin.as_ref().map(super::both).unwrap_or_default();
            problems.push(problem(msg::appeal_also_overridden(
                &item.name, &a.key, &first,
            )));
            continue;
        }
        if let Some(row) = evidence_row(&a.appealed) {
            let items = teacher.items.iter().flat_map(|r| &r.evidence);
            let found = items
                .filter_map(|e| e.origin.as_ref())
                .any(|o| names(o, &row))
                || teacher
                    .vetoes
                    .iter()
                    .flat_map(|v| &v.evidence)
                    .any(|(o, _)| names(o, &row));
            if !found {
                warnings.push(Warning::AppealRowNotInEvidence {
                    row: a.origin.to_string(),
                    key: a.key.clone(),
                    reference: a.appealed.clone(),
                });
            }
        }
        let before = result.score;
        let after = match (a.status, a.score) {
            (AppealStatus::Accepted, Some(score)) => {
                if let Some(message) = score_problem(rubric, i, score) {
                    problems.push(problem(message));
                    continue;
                }
                if let Some((_, _, first)) = seen.iter().find(|(st, si, _)| *st == t && *si == i) {
                    let first = super::both(*first);
                    problems.push(problem(msg::appeal_repeated(&item.name, &a.key, &first)));
                    continue;
                }
                seen.push((t, i, &a.origin));
                score
            }
            _ => before,
        };
        lines.push(AppealLine {
            appeal: a.clone(),
            name: teacher.name.clone(),
            item: i,
            before,
            after,
        });
    }
    if !problems.is_empty() {
        problems.sort_by(|a, b| a.origin.cmp(&b.origin));
        return Err(AppealError::Rows(problems));
    }
    for line in &lines {
        let a = &line.appeal;
        if a.status != AppealStatus::Accepted {
            continue;
        }
        let Some(t) = outcome.teachers.iter().position(|t| t.key == a.key) else {
            continue;
        };
        let detail = msg::appeal_detail(
            line.before.normalize(),
            line.after.normalize(),
            &a.appealed,
            &a.reason,
            &a.who,
            &a.date,
        );
        let result = &mut outcome.teachers[t].items[line.item];
        set_by_hand(result, EvidenceKind::Appeal, line.after, &a.origin, detail);
    }
    outcome.run.warnings.extend(warnings);
    outcome.appeals = Some(lines);
    settle(
        rubric,
        outcome,
        InputInfo {
            file: file.file.clone(),
            sources: vec![APPEALS_SOURCE.to_string()],
            sheets: file.sheets.clone(),
        },
    )?;
    Ok(())
}

/// Refuses to publish while any appeal is pending, naming each.
///
/// # Errors
/// [`AppealError::Pending`] listing the pending appeals.
pub fn refuse_pending(rubric: &Rubric, outcome: &Outcome) -> Result<(), AppealError> {
    let pending: Vec<Text> = outcome
        .appeals
        .iter()
        .flatten()
        .filter(|line| line.appeal.status == AppealStatus::Pending)
        .map(|line| {
            let item = rubric.items.get(line.item).map_or("", |i| i.name.as_str());
            let a = &line.appeal;
            msg::appeal_pending_row(&a.origin, &a.key, &line.name, item)
        })
        .collect();
    if pending.is_empty() {
        Ok(())
    } else {
        Err(AppealError::Pending(pending))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::compile;
    use crate::testkit::{d, ok, HEAD};

    const BODY: &str = r#"
[[category]]
id = "work"
name = "工作"
max = 10
[[item]]
id = "plans"
name = "教学计划"
category = "work"
max = 10
[[item.rule]]
kind = "bonus"
label = "计划"
source = "events"
when = 'kind == "计划"'
points = 2
"#;
    const ROSTER: &str = "工号,姓名,学校\n0001,张三,一小\n0002,李四,一小\n";
    const EVENTS: &str = "工号,类别\n0001,计划\n0001,计划\n0002,计划\n";
    const COLUMNS: &str = "工号,项目,申诉内容,理由,附件,附件SHA256,状态,分数,处理人,日期\n";

    /// The appeals file `rows` (under [`COLUMNS`]) in a scratch folder,
    /// with the attachment `证明.txt` holding `proof`.
    fn read(rows: &str) -> (tempfile::TempDir, AppealFile) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("证明.txt"), "proof").unwrap();
        let path = dir.path().join("申诉.csv");
        std::fs::write(&path, format!("{COLUMNS}{rows}")).unwrap();
        let file = read_appeals(&path).unwrap();
        (dir, file)
    }

    fn rubric() -> Rubric {
        compile("t.toml", &format!("{HEAD}{BODY}")).unwrap()
    }

    /// The messages of the rows that cannot apply, in English.
    fn refused(rows: &str) -> Vec<String> {
        let (_dir, file) = read(rows);
        let mut outcome = ok(BODY, ROSTER, EVENTS);
        match apply_appeals(&rubric(), &mut outcome, &file) {
            Err(AppealError::Rows(rows)) => rows.iter().map(|r| r.message.en.clone()).collect(),
            other => panic!("not refused: {other:?}"),
        }
    }

    /// SHA-256 of `proof`.
    const PROOF: &str = "c1cda26362828b69266512052b97cb3729e3b052e4ade47c0a1e3383defe73c7";

    fn proof_hash() -> String {
        Sha256::digest(b"proof")
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    #[test]
    fn an_accepted_appeal_sets_the_score_and_the_others_are_kept() {
        let hash = proof_hash();
        let (_dir, file) = read(&format!(
            "0001,plans,events.csv:2,误录,证明.txt,{hash},采纳,6,王主任,2022-07-05\n\
             0002,教学计划,events.csv:9,不服,,,驳回,,王主任,2022-07-05\n\
             0002,教学计划,计划,再议,,,pending,,,\n"
        ));
        assert_eq!(file.rows.len(), 3, "{:?}", file.problems);
        assert_eq!(file.rows[0].attachment_sha256.as_deref(), Some(&*hash));
        assert_eq!(file.rows[2].status, AppealStatus::Pending);
        let mut outcome = ok(BODY, ROSTER, EVENTS);
        let rubric = rubric();
        apply_appeals(&rubric, &mut outcome, &file).unwrap();
        assert_eq!(outcome.teachers[0].total, d("6"));
        assert_eq!(outcome.teachers[1].total, d("2"));
        let line = outcome.teachers[0].items[0].evidence.last().unwrap();
        assert_eq!(line.kind, EvidenceKind::Appeal);
        assert_eq!(line.points, d("2"));
        assert_eq!(line.origin.as_ref().map(|o| o.row), Some(2));
        let appeals = outcome.appeals.as_ref().unwrap();
        assert_eq!(appeals.len(), 3);
        assert_eq!((appeals[0].before, appeals[0].after), (d("4"), d("6")));
        assert_eq!((appeals[1].before, appeals[1].after), (d("2"), d("2")));
        assert!(refuse_pending(&rubric, &outcome).is_err());
        // `events.csv:2` is 0001's first record; `events.csv:9` no row of
        // 0002's (the scratch run's own warnings are of the events' 分数).
        let said: Vec<String> = outcome
            .run
            .warnings
            .iter()
            .filter(|w| w.code() == "appeal_row_not_in_evidence")
            .map(|w| w.localized(Locale::Zh))
            .collect();
        assert_eq!(said.len(), 1, "{said:?}");
        assert!(
            said[0]
                .ends_with("工号 0002 的明细中没有 events.csv:9；请核对它写的文件、工作表和行号"),
            "{said:?}"
        );
    }

    #[test]
    fn a_status_that_is_not_one_of_the_three_is_refused() {
        let said = refused("0001,plans,计划,理由,,,同意,6,王主任,\n");
        assert_eq!(said.len(), 1, "{said:?}");
        assert!(said[0].contains("同意"), "{said:?}");
    }

    #[test]
    fn accepted_without_a_score_and_a_score_without_accepted_are_refused() {
        let said = refused(
            "0001,plans,计划,理由,,,采纳,,王主任,\n\
             0002,plans,计划,理由,,,驳回,5,王主任,\n\
             0002,plans,计划,理由,,,采纳,5,,\n",
        );
        assert_eq!(
            said,
            [
                "blank 分数: an accepted (采纳) appeal needs the item's score after it",
                "分数 5 on an appeal that is 驳回: only an accepted (采纳) appeal sets a score; leave 分数 blank",
                "blank 处理人: a decided (采纳 or 驳回) appeal needs who decided it",
            ]
        );
    }

    #[test]
    fn an_attachment_whose_hash_differs_or_that_is_missing_is_refused() {
        let wrong = "0".repeat(64);
        let said = refused(&format!(
            "0001,plans,计划,理由,证明.txt,{wrong},采纳,6,王主任,\n\
             0002,plans,计划,理由,没有.txt,,采纳,6,王主任,\n\
             0002,plans,计划,理由,,{PROOF},驳回,,王主任,\n"
        ));
        assert_eq!(said.len(), 3, "{said:?}");
        assert_eq!(
            said[0],
            format!("附件 `证明.txt` has SHA-256 {PROOF}, not the {wrong} written in 附件SHA256: the file was changed or is the wrong one")
        );
        assert!(
            said[1].starts_with("附件 `没有.txt` not found"),
            "{}",
            said[1]
        );
        assert!(said[2].starts_with("附件SHA256 is given but 附件 is blank"));
        assert_eq!(proof_hash(), PROOF);
    }

    #[test]
    fn an_unknown_item_or_teacher_is_refused() {
        let said = refused(
            "0001,公开课,计划,理由,,,驳回,,王主任,\n\
             0099,plans,计划,理由,,,待处理,,,\n",
        );
        assert_eq!(said.len(), 2, "{said:?}");
        assert!(
            said[0].starts_with("item `公开课` is not in the rubric"),
            "{}",
            said[0]
        );
        assert_eq!(said[1], "工号 0099 is not in the roster");
    }

    #[test]
    fn an_item_both_overridden_and_appealed_is_refused() {
        let (_dir, file) = read("0001,plans,计划,理由,,,采纳,6,王主任,\n");
        let mut outcome = ok(BODY, ROSTER, EVENTS);
        let rubric = rubric();
        let overridden = super::super::OverrideFile {
            rows: vec![super::super::Override {
                key: "0001".into(),
                item: "plans".into(),
                score: d("5"),
                reason: "r".into(),
                who: "w".into(),
                origin: Provenance {
                    file: "调分.csv".into(),
                    sheet: "".into(),
                    row: 2,
                    col: None,
                },
            }],
            file: file.file.clone(),
            sheets: Vec::new(),
            problems: Vec::new(),
        };
        super::super::apply_overrides(&rubric, &mut outcome, &overridden).unwrap();
        match apply_appeals(&rubric, &mut outcome, &file) {
            Err(AppealError::Rows(rows)) => assert_eq!(
                rows[0].message.en,
                "教学计划 for 工号 0001 is also set by the overrides (at 调分.csv:2): decide it in one file"
            ),
            other => panic!("not refused: {other:?}"),
        }
    }

    #[test]
    fn an_evidence_row_is_told_from_free_text() {
        assert_eq!(
            evidence_row("师德事件记录.xlsx:事件:4"),
            Some(("师德事件记录.xlsx".into(), "事件".into(), 4))
        );
        assert_eq!(
            evidence_row("打卡.csv:12"),
            Some(("打卡.csv".into(), "".into(), 12))
        );
        assert_eq!(evidence_row("评价方加权"), None);
        assert_eq!(evidence_row("学生评议样本过少: 12 份"), None);
    }

    #[test]
    fn every_appeal_error_speaks_both_languages() {
        let row = Provenance {
            file: "申诉.csv".into(),
            sheet: "".into(),
            row: 4,
            col: None,
        };
        let all = [
            AppealError::Rows(vec![OverrideProblem {
                origin: Some(row.clone()),
                message: msg::appeal_accepted_without_score().text(),
            }]),
            AppealError::Pending(vec![msg::appeal_pending_row(
                &row,
                "0308",
                "韩雪",
                "师德评议",
            )]),
        ];
        for e in &all {
            let zh = e.localized(Locale::Zh);
            assert_eq!(e.localized(Locale::En), e.to_string());
            let allowed = ["申诉.csv", "allow", "pending"];
            assert_eq!(
                crate::input::english_words(&zh, &allowed),
                Vec::<String>::new(),
                "{zh}"
            );
        }
        assert_eq!(
            all[1].localized(Locale::Zh),
            "还有 1 条申诉待处理；请先处理，或加 --allow-pending 照常公示：\n  - 申诉.csv:4：工号 0308 韩雪，师德评议"
        );
    }
}
