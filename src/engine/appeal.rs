//! An appeal (申诉) as the run records it: a teacher's objection to a
//! published result (方案13 三: results are published for the teachers'
//! scrutiny), what was appealed and why, the attached evidence and its
//! SHA-256, and what the office decided — the item's score before and
//! after. The appeals file is read and applied in `audit::appeals`; the
//! run keeps every appeal, accepted or not, so the workbook's 申诉 sheet,
//! `explain` and `diff` can show each one.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::provenance::Provenance;

/// Where an appeal stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AppealStatus {
    /// 待处理: not decided yet; changes nothing, and stops `publish`.
    Pending,
    /// 采纳: the item takes the appeal's score.
    Accepted,
    /// 驳回: changes nothing; kept with its reason.
    Rejected,
}

/// One appeal as the appeals file writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Appeal {
    /// The teacher's roster key.
    pub key: String,
    /// The item's id or name, as written.
    pub item: String,
    /// What was appealed (an evidence row `file:sheet:row`, a rule, free text).
    pub appealed: String,
    /// Why.
    pub reason: String,
    /// The attached evidence file, as written (relative to the appeals file).
    pub attachment: Option<String>,
    /// The attachment's SHA-256, as read from the file itself (and checked
    /// against the one written, when given).
    pub attachment_sha256: Option<String>,
    /// Where it stands.
    pub status: AppealStatus,
    /// The item's score after an accepted appeal.
    pub score: Option<Decimal>,
    /// Who decided it (blank while pending).
    pub who: String,
    /// When, as `YYYY-MM-DD` (blank when not given).
    pub date: String,
    /// The appeals file's row.
    pub origin: Provenance,
}

/// One appeal of the run, in the appeals file's order: the row and what
/// it did to the item.
#[derive(Debug, Clone, Serialize)]
pub struct AppealLine {
    /// The appeal as read.
    pub appeal: Appeal,
    /// The teacher's name, as the roster writes it.
    pub name: String,
    /// Index of the item appealed in the rubric.
    pub item: usize,
    /// The item's score before the appeal.
    pub before: Decimal,
    /// The item's score after it (the same unless accepted).
    pub after: Decimal,
}
