//! The result of scoring: each teacher's items with the evidence behind
//! every point, their totals, vetoes and grade, and the record of the run.
//! Writers read this; nothing here knows about workbooks or JSON layout.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::i18n::{Locale, Text};
use crate::provenance::Provenance;

use super::period::Period;
use super::warning::Warning;

/// Everything a run produced.
#[derive(Debug, Serialize)]
pub struct Outcome {
    /// One entry per roster row, in roster order.
    pub teachers: Vec<TeacherResult>,
    /// Under `[quota]`: each scope's count and the slots of its grades.
    pub quotas: Vec<QuotaScope>,
    /// What was read and how.
    pub run: RunInfo,
    /// Records skipped for a data problem under `--keep-going`, in the order found.
    pub skipped: Vec<crate::engine::problem::SkippedRecord>,
    /// Performance pay, when the rubric has `[pay]`.
    pub pay: Option<PayOutcome>,
    /// The appeals of an appeals file (`--appeals`), every status, in the
    /// file's order; `None` when no appeals file was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub appeals: Option<Vec<super::appeal::AppealLine>>,
}

/// One teacher's result.
#[derive(Debug, Serialize)]
pub struct TeacherResult {
    /// The roster key (工号).
    pub key: String,
    /// The teacher's name.
    pub name: String,
    /// The teacher's school, when the roster has one.
    pub school: Option<String>,
    /// The roster row.
    pub origin: Provenance,
    /// One entry per rubric item, in rubric order.
    pub items: Vec<ItemResult>,
    /// One entry per category, in rubric order: the sum of its items.
    pub categories: Vec<Decimal>,
    /// The sum of the categories.
    pub total: Decimal,
    /// Index into the rubric's grades.
    pub grade: Option<usize>,
    /// Why the grade is what it is.
    pub grade_basis: GradeBasis,
    /// Vetoes that hit this teacher.
    pub vetoes: Vec<VetoResult>,
    /// Every veto with `at_least` above 1 that matched a record of this
    /// teacher's in the period, whether or not it reached its count: what a
    /// term rolled up from its months adds up across them. Vetoes without a
    /// match are absent.
    #[serde(skip)]
    pub veto_counts: Vec<VetoResult>,
    /// Category subtotals multiplied by an adjustment, in rubric order.
    pub adjustments: Vec<AdjustResult>,
    /// The teacher's place in the quota ranking, when the rubric grades by
    /// quota and the teacher was counted.
    pub quota: Option<QuotaPlace>,
    /// The teacher's performance pay, when the rubric has `[pay]`.
    pub pay: Option<PayLine>,
    /// The roster row's values, in the order of the roster source's
    /// fields: what `kaohe analyze` groups teachers by. Not written out.
    #[serde(skip)]
    pub roster: Vec<crate::value::Value>,
    /// Each weighted rule's raters and what they gave this teacher, in
    /// rubric order: what `kaohe analyze` compares raters by. Not written out.
    #[serde(skip)]
    pub ratings: Vec<RaterScore>,
}

impl TeacherResult {
    /// Each of the rubric's vetoes with `at_least` above 1 and the records
    /// of this teacher's it matched in the period (none: a count of 0):
    /// where each is (`file:sheet:row`) and what it says in `locale`.
    pub fn veto_tallies<'r>(
        &self,
        rubric: &'r crate::rubric::Rubric,
        locale: Locale,
    ) -> Vec<(&'r crate::rubric::Veto, Vec<(String, String)>)> {
        rubric
            .vetoes
            .iter()
            .enumerate()
            .filter(|(_, v)| v.at_least > 1)
            .map(|(i, v)| {
                let records = self
                    .veto_counts
                    .iter()
                    .filter(|hit| hit.veto == i)
                    .flat_map(|hit| &hit.evidence)
                    .map(|(origin, detail)| (origin.to_string(), detail.get(locale).to_string()))
                    .collect();
                (v, records)
            })
            .collect()
    }
}

/// What one rater of a weighted rule gave one teacher.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RaterScore {
    /// Index of the item.
    pub item: usize,
    /// Index of the rule within the item.
    pub rule: usize,
    /// Index of the rater in the rule's weights.
    pub rater: usize,
    /// The rater's records for the teacher.
    pub records: usize,
    /// Their mean (the one score when there is one record).
    pub mean: Decimal,
}

/// One teacher's performance pay and what it came from.
#[derive(Debug, Clone, Serialize)]
pub struct PayLine {
    /// The amount paid, in whole units (yuan or jiao).
    pub amount: Decimal,
    /// The exact share before rounding to units (the floor or ceiling
    /// where one held).
    pub exact: Decimal,
    /// What the share was weighed by: the total, the points above the
    /// base, the grade's coefficient, or (fixed) the grade's amount.
    pub weight: Decimal,
    /// Paid nothing for a veto.
    pub vetoed: bool,
    /// Which of the run's pools paid it ([`PayOutcome::pools`]).
    pub pool: usize,
}

/// Performance pay for the whole run: each pool and what it paid.
#[derive(Debug, Clone, Serialize)]
pub struct PayOutcome {
    /// In the order the rubric lists them (one, when there is one pool).
    pub pools: Vec<PoolResult>,
}

/// One pool shared out.
#[derive(Debug, Clone, Serialize)]
pub struct PoolResult {
    /// The roster group it is for (`None`: every teacher).
    pub group: Option<String>,
    /// The amount shared (`None` for fixed amounts per grade).
    pub pool: Option<Decimal>,
    /// What the teachers were paid in all: the pool, to the unit.
    pub paid: Decimal,
    /// The teachers it was shared among (the vetoed included).
    pub teachers: usize,
    /// The amount per unit of weight (`None` for fixed amounts).
    pub rate: Option<Decimal>,
    /// Nothing weighed a share (every teacher vetoed, or none above the
    /// base) and there is no floor: the pool was not paid out.
    pub unshared: bool,
}

/// An adjustment applied to one teacher's category subtotal.
#[derive(Debug, Clone, Serialize)]
pub struct AdjustResult {
    /// Index of the adjustment in the rubric.
    pub adjust: usize,
    /// Index of the category.
    pub category: usize,
    /// The subtotal before (the sum of the category's items, or the result
    /// of an earlier adjustment).
    pub before: Decimal,
    /// The subtotal after: `before × factor`, rounded as the rubric says.
    pub after: Decimal,
    /// What made it apply: the roster row and each required record, with
    /// the fields that matched.
    pub evidence: Vec<(Provenance, Detail)>,
}

/// One scope of a quota ranking (a school).
#[derive(Debug, Clone, Serialize)]
pub struct QuotaScope {
    /// The scope field's value; `None` when the rubric ranks everyone together.
    pub name: Option<String>,
    /// Teachers counted.
    pub counted: usize,
    /// Vetoed teachers taken out before counting.
    pub excluded: usize,
    /// One entry per grade, best first.
    pub slots: Vec<QuotaSlot>,
}

/// A grade's slots in a scope's ranking.
#[derive(Debug, Clone, Serialize)]
pub struct QuotaSlot {
    /// The grade's share in percent.
    pub share: Decimal,
    /// `share × counted ÷ 100`, before rounding.
    pub exact: Decimal,
    /// The number of places, after rounding (the last grade takes the rest).
    pub count: usize,
    /// Whether this is the last grade, which takes the places left.
    pub rest: bool,
    /// First place (1-based) and last place of the grade; empty when `first > last`.
    pub first: usize,
    /// Last place, inclusive.
    pub last: usize,
}

/// A teacher's place in a quota ranking.
#[derive(Debug, Clone, Serialize)]
pub struct QuotaPlace {
    /// Index into [`Outcome::quotas`].
    pub scope: usize,
    /// 1-based rank: one more than the teachers ranked strictly above.
    pub rank: usize,
    /// The last place the teacher's tie group covers (`rank` when untied).
    pub through: usize,
    /// Keys of other teachers equal in total and every tie-break, so sharing the rank.
    pub tied: Vec<String>,
    /// Keys of teachers with the same total whom a tie-break put apart.
    pub broken: Vec<String>,
    /// Whether the tie group straddles a grade boundary, so the tie policy decided.
    pub straddles: bool,
}

/// What decided a teacher's grade.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GradeBasis {
    /// The band the total falls in.
    Band,
    /// A veto (the index of the first veto that forced the grade).
    Veto(usize),
    /// The teacher's place in the quota ranking of their scope.
    Quota,
}

/// One item's score and its evidence.
#[derive(Debug, Clone, Serialize)]
pub struct ItemResult {
    /// The final, rounded score, within [0, max].
    pub score: Decimal,
    /// Each step from the starting value to the score; their points sum to
    /// `score − start` exactly.
    pub evidence: Vec<Evidence>,
}

/// One step of an item's score.
#[derive(Debug, Clone, Serialize)]
pub struct Evidence {
    /// Index of the rule within the item, when a rule made it.
    pub rule: Option<usize>,
    /// What kind of step this is.
    pub kind: EvidenceKind,
    /// The signed change to the item's score (0 for exempt records).
    pub points: Decimal,
    /// The record that caused it, when a record did.
    pub origin: Option<Provenance>,
    /// The fields that matched (`status=缺课, date=2022-03-04`) or the cap hit.
    pub detail: Detail,
    /// The record's date, when its source has one: a slip lists the days
    /// behind each line. JSON has it among the detail's fields already.
    #[serde(skip)]
    pub date: Option<chrono::NaiveDate>,
}

/// What an evidence line says besides its kind and points, in either
/// language: the fields that matched are the data's own words (headers and
/// values) and read the same in both, so they are kept once; arithmetic with
/// fixed words (`组内最高` / `group's largest`) is kept in both languages.
/// JSON and `Display` take the English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detail {
    /// The same words in both languages.
    Same(String),
    /// Fixed words that differ by language.
    Both(Box<Text>),
}

impl Detail {
    /// The detail in `locale`.
    pub fn get(&self, locale: Locale) -> &str {
        match self {
            Detail::Same(s) => s,
            Detail::Both(t) => t.get(locale),
        }
    }

    /// Whether there is nothing to say.
    pub fn is_empty(&self) -> bool {
        match self {
            Detail::Same(s) => s.is_empty(),
            Detail::Both(t) => t.en.is_empty() && t.zh.is_empty(),
        }
    }

    /// The detail as a message in both languages.
    pub fn text(&self) -> Text {
        match self {
            Detail::Same(s) => Text::same(s.as_str()),
            Detail::Both(t) => (**t).clone(),
        }
    }

    /// This detail followed by `more` after `sep_en` / `sep_zh`.
    pub fn then(self, sep_en: &str, sep_zh: &str, more: &Text) -> Detail {
        let text = match self {
            Detail::Same(s) => Text::same(s),
            Detail::Both(t) => *t,
        };
        Detail::from(text.join(sep_en, sep_zh, more))
    }
}

impl Default for Detail {
    fn default() -> Self {
        Detail::Same(String::new())
    }
}

impl From<Text> for Detail {
    fn from(t: Text) -> Self {
        if t.en == t.zh {
            Detail::Same(t.en)
        } else {
            Detail::Both(Box::new(t))
        }
    }
}

impl From<String> for Detail {
    fn from(s: String) -> Self {
        Detail::Same(s)
    }
}

impl From<&str> for Detail {
    fn from(s: &str) -> Self {
        Detail::Same(s.to_string())
    }
}

impl std::fmt::Display for Detail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.get(Locale::En))
    }
}

impl Serialize for Detail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.get(Locale::En))
    }
}

/// What an evidence line records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    /// A record that matched a rule.
    Record,
    /// A record that matched a rule but an exemption too: counts 0.
    Exempt,
    /// The rule's own cap took back the excess.
    RuleCap,
    /// The item's maximum took back the excess.
    ItemCap,
    /// The item's floor of 0 took back the excess (扣完为止).
    Floor,
    /// An imported score set the item.
    Import,
    /// No record for an imported item: scored 0.
    Missing,
    /// Rounding to the rubric's places.
    Rounding,
    /// A ratio rule's share: `matched / counted × points`.
    Ratio,
    /// A manual override (from an overrides file) set the item's score after
    /// scoring; its points take the item from the scored value to the override.
    Override,
    /// A calendar window (and group) outside a window rule's limits.
    Window,
    /// The teacher's value measured against a group of teachers.
    Relative,
    /// Below the item's or category's threshold: the score is taken to 0.
    Threshold,
    /// One of several records of a rater, averaged in the `Weighted` line after it.
    Rating,
    /// A rater's score times the rater's weight.
    Weighted,
    /// An accepted appeal (申诉) set the item's score after scoring, like an
    /// override; its points take the item from the scored value to the
    /// appeal's score, its origin is the appeals file's row.
    Appeal,
}

/// A veto that hit a teacher, with the records that triggered it.
#[derive(Debug, Clone, Serialize)]
pub struct VetoResult {
    /// Index of the veto in the rubric.
    pub veto: usize,
    /// The triggering records and their matching fields.
    pub evidence: Vec<(Provenance, Detail)>,
}

/// The record of a run, for 运行信息 and reproducibility.
#[derive(Debug, Clone, Serialize)]
pub struct RunInfo {
    /// kaohe's version.
    pub tool_version: String,
    /// The rubric file and its SHA-256.
    pub rubric: FileDigest,
    /// Every input file, its SHA-256, and what was read from it.
    pub inputs: Vec<InputInfo>,
    /// The period scored, when one was given.
    pub period: Option<Period>,
    /// Per source: records read, scored, outside the period, skipped.
    pub sources: Vec<SourceStats>,
    /// What scored soundly but must be said, in the order found.
    pub warnings: Vec<Warning>,
    /// Office lock files (`~$x.xlsx`, `.~x.xlsx`) and macOS `._x` files
    /// found in the input folders and not read.
    #[serde(skip_serializing_if = "is_zero")]
    pub passed_over: u64,
    /// A district's school (`--by-school`) whose roster named other schools
    /// too: the rows kept and the rows left to the others.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub school: Option<SchoolRows>,
}

/// The roster rows one school of a district kept of a roster naming
/// several schools.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SchoolRows {
    /// The school, as its folder names it.
    pub school: String,
    /// Rows of this school (or naming no school): its teachers.
    pub kept: u64,
    /// Rows naming another school: left out.
    pub others: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// A file and its digest.
#[derive(Debug, Clone, Serialize)]
pub struct FileDigest {
    /// The path as given.
    pub path: String,
    /// Lower-case hex SHA-256 of the file's bytes.
    pub sha256: String,
}

/// One input file and what was read from it.
#[derive(Debug, Clone, Serialize)]
pub struct InputInfo {
    /// The path and digest.
    pub file: FileDigest,
    /// The sources it was read as (empty: matched no source, not read).
    pub sources: Vec<String>,
    /// Sheets read: name, header row, records.
    pub sheets: Vec<SheetInfo>,
}

/// A sheet that was read.
#[derive(Debug, Clone, Serialize)]
pub struct SheetInfo {
    /// The source it was read as.
    pub source: String,
    /// The sheet's name ("" for CSV).
    pub sheet: String,
    /// 1-based header row.
    pub header_row: u32,
    /// Records read from it.
    pub records: u64,
}

/// Counts per source.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SourceStats {
    /// The source id.
    pub source: String,
    /// Records read.
    pub read: u64,
    /// Records inside the period and scored.
    pub scored: u64,
    /// Records outside the period: counted, not scored.
    pub outside_period: u64,
    /// Records of teachers not in the roster, skipped as the rubric allows.
    pub unknown_teacher: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_detail_keeps_words_once_when_both_languages_say_the_same() {
        let same: Detail = Text::same("日期=2022-03-01").into();
        assert!(matches!(same, Detail::Same(_)));
        let exempt = same.then("; ", "；", &crate::i18n::engine::exempt("x"));
        assert_eq!(exempt.get(Locale::Zh), "日期=2022-03-01；免扣：x");
        assert_eq!(exempt.get(Locale::En), "日期=2022-03-01; exempt: x");
        assert_eq!(exempt.to_string(), "日期=2022-03-01; exempt: x");
        assert_eq!(
            serde_json::to_string(&exempt).unwrap(),
            "\"日期=2022-03-01; exempt: x\""
        );
        assert!(Detail::default().is_empty());
    }
}
