//! `explain`: one teacher's score as a tree — category → item → every
//! evidence line with its file:sheet:row and points, the caps and floors
//! that took points back, exemptions, overrides, vetoes, and how the grade
//! was decided — for the office that must defend a score to the teacher.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::engine::{AppealStatus, EvidenceKind, GradeBasis, Outcome, TeacherResult};
use crate::i18n::{audit as msg, Text};
use crate::report::labels;
use crate::rubric::{Locale, Rubric, Start};
use crate::show::{fixed, plain, rounded};

/// A teacher's score, explained.
#[derive(Debug, Clone, Serialize)]
pub struct Explanation {
    /// The roster key.
    pub key: String,
    /// The name.
    pub name: String,
    /// The school, when the roster has one.
    pub school: Option<String>,
    /// The roster row.
    pub roster_row: String,
    /// The total at the rubric's places.
    pub total: String,
    /// When the rubric rounds the total once (`at = "total"`) and that moved
    /// it: the exact sum and the step, in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_rounding: Option<String>,
    /// The rubric's full marks.
    pub full_marks: String,
    /// The grade's name.
    pub grade: Option<String>,
    /// How the grade was decided, in words.
    pub grade_decision: String,
    /// `band` or `veto`.
    pub graded_by: &'static str,
    /// Categories in rubric order.
    pub categories: Vec<CategoryNode>,
    /// Vetoes that hit the teacher.
    pub vetoes: Vec<VetoNode>,
    /// Under `[pay]`: the amount paid, in the pay unit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pay: Option<String>,
    /// Under `[pay]`: how it was reached, in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pay_basis: Option<String>,
    /// The teacher's appeals (`--appeals`), every status, in the file's order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub appeals: Vec<AppealNode>,
}

/// One appeal of the teacher and its effect on the item.
#[derive(Debug, Clone, Serialize)]
pub struct AppealNode {
    /// The item's name.
    pub item: String,
    /// `pending`, `accepted` or `rejected`.
    pub status: AppealStatus,
    /// The item's score before the appeal.
    pub before: String,
    /// The item's score after it.
    pub after: String,
    /// What was appealed.
    pub appealed: String,
    /// Why.
    pub reason: String,
    /// The appeals file's row.
    pub origin: String,
}

/// One category and its items.
#[derive(Debug, Clone, Serialize)]
pub struct CategoryNode {
    /// Category id.
    pub id: String,
    /// Category name.
    pub name: String,
    /// Its score.
    pub score: String,
    /// Its maximum.
    pub max: String,
    /// The id of the category it is inside, when it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// How deep it sits: 0 at the top.
    #[serde(skip_serializing_if = "is_zero")]
    pub depth: usize,
    /// When the rubric rounds subtotals and that moved this one: the exact
    /// sum and the step, in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rounding: Option<String>,
    /// Its items in rubric order.
    pub items: Vec<ItemNode>,
}

/// One item, where it started and every step from there.
#[derive(Debug, Clone, Serialize)]
pub struct ItemNode {
    /// Item id.
    pub id: String,
    /// Item name.
    pub name: String,
    /// The score.
    pub score: String,
    /// The maximum.
    pub max: String,
    /// The score before any rule (the maximum for deduction items, else 0).
    pub start: String,
    /// The evidence, in the engine's order.
    pub evidence: Vec<EvidenceNode>,
}

/// One evidence line.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceNode {
    /// What kind of step.
    pub kind: EvidenceKind,
    /// The rule's label, or the kind's name for steps no rule made.
    pub label: String,
    /// Signed points, exact.
    pub points: String,
    /// `file:sheet:row` of the record, when a record caused it.
    pub origin: Option<String>,
    /// The fields that matched, the cap hit, the override's reason.
    pub detail: String,
}

/// A veto with its triggering records.
#[derive(Debug, Clone, Serialize)]
pub struct VetoNode {
    /// Veto id.
    pub id: String,
    /// The reason.
    pub name: String,
    /// The grade it forces.
    pub grade: String,
    /// `file:sheet:row — fields` of each triggering record.
    pub records: Vec<String>,
    /// The matching records it takes to apply (`at_least`), shown when more
    /// than one.
    #[serde(skip_serializing_if = "is_one")]
    pub at_least: usize,
}

fn is_one(n: &usize) -> bool {
    *n == 1
}

/// Why a teacher could not be found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.text())]
pub struct UnknownTeacher {
    /// The key asked for.
    pub key: String,
    /// Close keys with their names (`T0012 张三`), best first.
    pub close: Vec<String>,
    /// When the name asked for is more than one teacher's: each of them,
    /// with what tells them apart (`1024 (光荣巷小学, 名册.xlsx:名册:11)`).
    pub same_name: Vec<String>,
}

impl UnknownTeacher {
    /// The whole message in both languages.
    pub fn text(&self) -> Text {
        if !self.same_name.is_empty() {
            let sep = msg::teachers_separator();
            let teachers = Text {
                en: self.same_name.join(sep.en),
                zh: self.same_name.join(sep.zh),
            };
            msg::teachers_share_name(self.same_name.len(), &self.key, &teachers)
        } else if self.close.is_empty() {
            msg::no_teacher_with_key(&self.key)
        } else {
            msg::no_teacher_with_key_did_you_mean(&self.key, &super::list(&self.close))
        }
    }
}

impl crate::i18n::Localize for UnknownTeacher {
    fn localized(&self, locale: crate::i18n::Locale) -> String {
        self.text().get(locale).to_string()
    }
}

/// Finds the teacher by roster key (or, failing that, by exact name when
/// only one teacher has it).
///
/// # Errors
/// [`UnknownTeacher`] with up to five keys or names close to the one asked for.
pub fn find_teacher<'a>(
    outcome: &'a Outcome,
    key: &str,
) -> Result<&'a TeacherResult, UnknownTeacher> {
    let key_trimmed = key.trim();
    if let Some(t) = outcome.teachers.iter().find(|t| t.key == key_trimmed) {
        return Ok(t);
    }
    // Names are shown as the roster writes them (`欧阳 娜`) and matched as
    // the reader compares them, so `欧阳娜` finds her too.
    let wanted = crate::input::normalize_text(key_trimmed);
    let by_name: Vec<&TeacherResult> = outcome
        .teachers
        .iter()
        .filter(|t| crate::input::normalize_text(&t.name) == wanted)
        .collect();
    if let [t] = by_name.as_slice() {
        return Ok(t);
    }
    // A name two teachers share picks neither: explaining the wrong one's
    // score to a teacher is worse than asking which is meant.
    if by_name.len() > 1 {
        return Err(UnknownTeacher {
            key: key_trimmed.to_string(),
            close: Vec::new(),
            same_name: by_name
                .iter()
                .map(|t| match &t.school {
                    Some(school) => format!("{} {} ({school}, {})", t.key, t.name, t.origin),
                    None => format!("{} {} ({})", t.key, t.name, t.origin),
                })
                .collect(),
        });
    }
    let mut scored: Vec<(usize, &TeacherResult)> = outcome
        .teachers
        .iter()
        .filter_map(|t| {
            let d = distance(key_trimmed, &t.key).min(distance(key_trimmed, &t.name));
            let contains = !key_trimmed.is_empty()
                && (t.key.contains(key_trimmed) || t.name.contains(key_trimmed));
            let near = d <= 2.max(key_trimmed.chars().count() / 3);
            (near || contains).then_some((if contains { 0 } else { d }, t))
        })
        .collect();
    scored.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.key.cmp(&b.1.key)));
    Err(UnknownTeacher {
        key: key.to_string(),
        close: scored
            .iter()
            .take(5)
            .map(|(_, t)| format!("{} {}", t.key, t.name))
            .collect(),
        same_name: Vec::new(),
    })
}

/// Levenshtein distance over characters (so 张三 and 张山 are one apart).
pub fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Builds the explanation of one teacher's result.
pub fn explain(
    rubric: &Rubric,
    outcome: &crate::engine::Outcome,
    teacher: &TeacherResult,
    locale: Locale,
) -> Explanation {
    let l = labels(locale);
    let places = rubric.rounding.places;
    // Items and subtotals a rubric keeps exact are shown exact.
    let exact = |v: Decimal| rubric.rounding.show_score(v);
    let steps = crate::engine::rounding_steps(rubric, teacher);
    let step_text = |category: Option<usize>| {
        steps
            .iter()
            .find(|(c, _, _)| *c == category)
            .map(|&(_, from, to)| {
                let r = rubric.rounding;
                let (from, to) = (plain(from), fixed(to, r.places));
                crate::i18n::report::rounding_step(from, to, r.places, r.mode.label(locale))
                    .get(locale)
                    .to_string()
            })
    };
    let grade_name = |g: usize| rubric.grades.get(g).map(|g| g.name.clone());
    let categories = rubric
        .categories
        .iter()
        .enumerate()
        .map(|(c, category)| CategoryNode {
            id: category.id.clone(),
            name: category.name.clone(),
            score: exact(teacher.categories.get(c).copied().unwrap_or_default()),
            max: rounded(category.max, places),
            parent: category
                .parent
                .and_then(|p| rubric.categories.get(p))
                .map(|p| p.id.clone()),
            depth: rubric.depth(c),
            rounding: step_text(Some(c)),
            items: category
                .items
                .iter()
                .filter_map(|&i| Some((rubric.items.get(i)?, teacher.items.get(i)?)))
                .map(|(item, result)| ItemNode {
                    id: item.id.clone(),
                    name: item.name.clone(),
                    score: exact(result.score),
                    max: rounded(item.max, places),
                    start: rounded(item.start_value(), places),
                    evidence: result
                        .evidence
                        .iter()
                        .map(|e| EvidenceNode {
                            kind: e.kind,
                            label: match (e.rule.and_then(|r| item.rules.get(r)), e.kind) {
                                (Some(rule), EvidenceKind::Record | EvidenceKind::Import) => {
                                    rule.label.clone()
                                }
                                (Some(rule), _) => {
                                    format!("{} · {}", rule.label, l.evidence_kind(e.kind))
                                }
                                (None, _) => l.evidence_kind(e.kind).to_string(),
                            },
                            points: signed(e.points),
                            origin: e.origin.as_ref().map(|o| o.to_string()),
                            detail: e.detail.get(locale).to_string(),
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect();
    let vetoes: Vec<VetoNode> = teacher
        .vetoes
        .iter()
        .filter_map(|hit| {
            let veto = rubric.vetoes.get(hit.veto)?;
            Some(VetoNode {
                id: veto.id.clone(),
                name: veto.name.clone(),
                grade: grade_name(veto.grade).unwrap_or_default(),
                at_least: veto.at_least,
                records: hit
                    .evidence
                    .iter()
                    .map(|(o, detail)| format!("{o} — {}", detail.get(locale)))
                    .collect(),
            })
        })
        .collect();
    let total = rounded(teacher.total, places);
    let grade = teacher.grade.and_then(grade_name);
    let grade_decision = match (teacher.grade_basis, teacher.grade) {
        (GradeBasis::Veto(v), _) => {
            let veto = rubric.vetoes.get(v);
            let name = veto.map_or("", |v| v.name.as_str());
            let g = grade.clone().unwrap_or_default();
            msg::grade_by_veto(name, g).get(locale).to_string()
        }
        (GradeBasis::Band, Some(g)) => {
            let band = &rubric.grades[g];
            let above = g
                .checked_sub(1)
                .and_then(|a| rubric.grades.get(a))
                .and_then(|a| a.min.map(|m| (a.name.as_str(), m)));
            let mut text = match band.min {
                Some(min) => msg::grade_by_band(&total, plain(min), &band.name),
                None => msg::grade_by_lowest_band(&total, &band.name),
            }
            .get(locale)
            .to_string();
            if let Some((name, min)) = above {
                let short = msg::short_of_band_above(plain(min - teacher.total), name, plain(min));
                text.push_str(short.get(locale));
            }
            text
        }
        (GradeBasis::Quota, g) => {
            let g = g.and_then(grade_name).unwrap_or_default();
            let rank = teacher
                .quota
                .as_ref()
                .map(crate::report::quota_basis::rank_text)
                .unwrap_or_default();
            msg::grade_by_quota(rank, g).get(locale).to_string()
        }
        (GradeBasis::Band, None) => msg::rubric_has_no_grades().get(locale).to_string(),
    };
    Explanation {
        key: teacher.key.clone(),
        name: teacher.name.clone(),
        school: teacher.school.clone(),
        roster_row: teacher.origin.to_string(),
        total,
        total_rounding: step_text(None),
        full_marks: rounded(rubric.full_marks, places),
        grade,
        grade_decision,
        graded_by: match teacher.grade_basis {
            GradeBasis::Band => "band",
            GradeBasis::Veto(_) => "veto",
            GradeBasis::Quota => "quota",
        },
        categories,
        vetoes,
        pay: teacher.pay.as_ref().map(|line| {
            let places = crate::report::pay_basis::unit_places(rubric);
            crate::show::fixed(line.amount, places)
        }),
        pay_basis: teacher.pay.as_ref().map(|_| {
            let basis = crate::report::pay_basis::pay_basis(rubric, outcome, teacher);
            basis.get(locale).to_string()
        }),
        appeals: outcome
            .appeals
            .iter()
            .flatten()
            .filter(|line| line.appeal.key == teacher.key)
            .map(|line| AppealNode {
                item: rubric
                    .items
                    .get(line.item)
                    .map_or_else(String::new, |i| i.name.clone()),
                status: line.appeal.status,
                before: rounded(line.before, places),
                after: rounded(line.after, places),
                appealed: line.appeal.appealed.clone(),
                reason: line.appeal.reason.clone(),
                origin: line.appeal.origin.to_string(),
            })
            .collect(),
    }
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

fn signed(points: Decimal) -> String {
    let p = points.normalize();
    if p > Decimal::ZERO {
        format!("+{p}")
    } else {
        p.to_string()
    }
}

/// Points as the tree shows them: exact up to six decimals, cut there with
/// `…` beyond (a share of a ratio can run to 28); JSON keeps them whole.
fn shown(points: &str) -> std::borrow::Cow<'_, str> {
    const PLACES: usize = 6;
    match points.split_once('.') {
        Some((whole, fraction)) if fraction.len() > PLACES => {
            std::borrow::Cow::Owned(format!("{whole}.{}…", &fraction[..PLACES]))
        }
        _ => std::borrow::Cow::Borrowed(points),
    }
}

/// The explanation as an indented tree for the terminal.
pub fn render_tree(rubric: &Rubric, x: &Explanation, locale: Locale) -> String {
    let mut out = String::new();
    let school = x
        .school
        .as_deref()
        .map(|s| msg::school_after_name(s).get(locale).to_string())
        .unwrap_or_default();
    out.push_str(&format!(
        "{} {}{school}  ({})\n",
        x.key, x.name, x.roster_row
    ));
    let grade = x.grade.as_deref().unwrap_or("-");
    let total = msg::total_and_grade(&x.total, &x.full_marks, grade);
    out.push_str(&format!("{}\n", total.get(locale)));
    if let Some(step) = &x.total_rounding {
        out.push_str(&format!("{}\n", msg::total_rounded(step).get(locale)));
    }
    let decided = msg::grade_decided(&x.grade_decision);
    out.push_str(&format!("{}\n", decided.get(locale)));
    if let (Some(pay), Some(basis)) = (&x.pay, &x.pay_basis) {
        out.push_str(&format!("{}\n", msg::pay_line(pay, basis).get(locale)));
    }
    for c in &x.categories {
        // A category inside another is named with the one it is inside.
        let mut name = c.name.clone();
        let mut parent = c.parent.as_deref();
        while let Some(p) = parent.and_then(|p| x.categories.iter().find(|o| o.id == p)) {
            name = format!("{} / {name}", p.name);
            parent = p.parent.as_deref();
        }
        out.push_str(&format!("\n{name}  {} / {}\n", c.score, c.max));
        if let Some(step) = &c.rounding {
            out.push_str(&format!("  {}\n", msg::subtotal_rounded(step).get(locale)));
        }
        for item in &c.items {
            let start_max = rubric
                .items
                .iter()
                .find(|i| i.id == item.id)
                .is_some_and(|i| i.start == Start::Max);
            let start = if start_max {
                msg::item_starts_full(&item.start)
            } else {
                msg::item_starts_at(&item.start)
            };
            out.push_str(&format!(
                "  {}  {} / {}  {}\n",
                item.name,
                item.score,
                item.max,
                start.get(locale)
            ));
            if item.evidence.is_empty() {
                out.push_str(&format!("    {}\n", msg::no_records().get(locale)));
            }
            for e in &item.evidence {
                let mut line = format!("    {:>6}  {}", shown(&e.points), e.label);
                if let Some(o) = &e.origin {
                    line.push_str(&format!("  @ {o}"));
                }
                if !e.detail.is_empty() {
                    line.push_str(&format!("  {}", e.detail));
                }
                out.push_str(line.trim_end());
                out.push('\n');
            }
        }
    }
    if !x.vetoes.is_empty() {
        out.push_str(&format!("\n{}\n", msg::vetoes_heading().get(locale)));
        for v in &x.vetoes {
            out.push_str(&format!("  {} → {}", v.name, v.grade));
            if v.at_least > 1 {
                let needs = msg::veto_needs_records(v.at_least, v.records.len());
                out.push_str(needs.get(locale));
            }
            out.push('\n');
            for r in &v.records {
                out.push_str(&format!("    @ {r}\n"));
            }
        }
    }
    if !x.appeals.is_empty() {
        out.push_str(&format!("\n{}\n", msg::appeals_heading().get(locale)));
        for a in &x.appeals {
            let status = crate::report::appeals_sheet::status_word(a.status);
            let line = msg::appeal_line(
                &a.item,
                status.get(locale),
                &a.before,
                &a.after,
                &a.appealed,
                &a.reason,
                &a.origin,
            );
            out.push_str(&format!("  {}\n", line.get(locale)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tree_cuts_long_points_and_says_so() {
        assert_eq!(shown("+10.527383367139959"), "+10.527383…");
        assert_eq!(shown("-0.25"), "-0.25");
        assert_eq!(shown("+0.123456"), "+0.123456");
        assert_eq!(shown("+3"), "+3");
    }

    #[test]
    fn distance_counts_characters_not_bytes() {
        assert_eq!(distance("张三", "张山"), 1);
        assert_eq!(distance("T001", "T010"), 2);
        assert_eq!(distance("", "abc"), 3);
    }
}

#[cfg(test)]
mod error_tests {
    use super::*;
    use crate::i18n::{Locale, Localize};

    #[test]
    fn an_unknown_teacher_is_said_in_both_languages() {
        let none = UnknownTeacher {
            key: "0017".into(),
            close: vec![],
            same_name: vec![],
        };
        assert_eq!(
            none.localized(Locale::En),
            "no teacher with 工号 `0017` in the roster"
        );
        assert_eq!(none.localized(Locale::Zh), "名册中没有工号为 `0017` 的教师");
        let close = UnknownTeacher {
            key: "0017".into(),
            close: vec!["0012 王芳".into(), "0107 欧阳娜".into()],
            same_name: vec![],
        };
        assert_eq!(close.localized(Locale::En), close.to_string());
        assert_eq!(
            close.localized(Locale::Zh),
            "名册中没有工号为 `0017` 的教师；是不是要找：0012 王芳、0107 欧阳娜？"
        );
    }
}
