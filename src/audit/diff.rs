//! `diff`: what changes between two sets of results — two rubrics run on
//! the same inputs (what a rule change would do before it is applied) or
//! two scored workbooks — per teacher (totals, grades, the items and rules
//! that moved) and in summary (how many moved up, down, changed grade; the
//! largest moves). Exact decimals throughout: a change of 0.01 is a change.

use rust_decimal::Decimal;
use serde::Serialize;

use super::results::{ResultSet, TeacherScores};
use super::table;
use super::xlsx::{self, Book, Cell, Mark, Sheet};
use crate::i18n::{audit as msg, Locale, Text, Word};
use crate::show::rounded;

/// How many of the largest moves the summary lists.
const LARGEST: usize = 5;

/// The comparison of two result sets.
#[derive(Debug, Clone, Serialize)]
pub struct Diff {
    /// Where the old results came from.
    pub old: String,
    /// Where the new results came from.
    pub new: String,
    /// Things that make the comparison less than like for like (English in JSON).
    pub warnings: Vec<Text>,
    /// Counts and the largest moves.
    pub summary: DiffSummary,
    /// Every teacher of either side, old roster order first.
    pub teachers: Vec<TeacherChange>,
    #[serde(skip)]
    places: u32,
}

/// Counts over all teachers.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DiffSummary {
    /// Teachers compared (on both sides).
    pub compared: usize,
    /// Teachers whose total, grade, any item, rule or pay changed: the sum
    /// of `score_changed`, `pay_only` and `rules_only`.
    pub changed: usize,
    /// Of `changed`, teachers whose total, grade or an item's score changed.
    pub score_changed: usize,
    /// Of `changed`, teachers whose only change is their pay: one teacher's
    /// score moving shares a pool out again, which moves everyone's amount.
    pub pay_only: usize,
    /// Of `changed`, teachers whose only change is rule lines that cancel
    /// out within an item (a deduction past the item's floor, taken back by
    /// 扣完为止): listed for the rules, not a change of score. Written only
    /// when there are some, so a diff without them reads as it always has.
    #[serde(skip_serializing_if = "is_zero")]
    pub rules_only: usize,
    /// Totals that went up.
    pub up: usize,
    /// Totals that went down.
    pub down: usize,
    /// Grades that changed.
    pub grade_changed: usize,
    /// Teachers only in the new results.
    pub added: usize,
    /// Teachers only in the old results.
    pub removed: usize,
    /// The largest moves of the total, largest first.
    pub largest: Vec<Move>,
}

/// A move of one teacher's total.
#[derive(Debug, Clone, Serialize)]
pub struct Move {
    /// Roster key.
    pub key: String,
    /// Name.
    pub name: String,
    /// Signed change.
    pub delta: String,
}

/// One teacher, old and new.
#[derive(Debug, Clone, Serialize)]
pub struct TeacherChange {
    /// Roster key.
    pub key: String,
    /// Name.
    pub name: String,
    /// `changed`, `unchanged`, `added` or `removed`.
    pub status: &'static str,
    /// A `changed` teacher whose total, grade and items are the same on
    /// both sides: only the pay moved (rule lines that cancel out within an
    /// item may still be listed). Written only when true.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub pay_only: bool,
    /// A `changed` teacher whose total, grade, items and pay are the same
    /// on both sides: only rule lines moved, and they cancel out within
    /// their item. Written only when true.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub rules_only: bool,
    /// Old total.
    pub old_total: Option<String>,
    /// New total.
    pub new_total: Option<String>,
    /// Signed change of the total (0 when a side is missing).
    pub delta: String,
    /// Old grade.
    pub old_grade: Option<String>,
    /// New grade.
    pub new_grade: Option<String>,
    /// Items whose score changed.
    pub items: Vec<ItemChange>,
    /// Rules whose points changed.
    pub rules: Vec<RuleChange>,
    /// Why the grade moved where the items do not say it: a veto imposed
    /// or lifted, or, with the total the same, the grading itself. Written
    /// only when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grade_cause: Option<GradeCause>,
    /// Performance pay, old and new, and its change, when either side has
    /// `[pay]`; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_pay: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_pay: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pay_delta: Option<String>,
    #[serde(skip)]
    delta_value: Decimal,
}

/// An item's score, old and new.
#[derive(Debug, Clone, Serialize)]
pub struct ItemChange {
    /// The item's id, when known.
    pub id: Option<String>,
    /// The item's name.
    pub item: String,
    /// Old score (absent: the old results have no such item).
    pub old: Option<String>,
    /// New score.
    pub new: Option<String>,
    /// Signed change.
    pub delta: String,
}

/// A rule's points within an item, old and new.
#[derive(Debug, Clone, Serialize)]
pub struct RuleChange {
    /// The item's name.
    pub item: String,
    /// The rule's label (or the kind of a step no rule made: cap, floor …).
    pub rule: String,
    /// Old points.
    pub old: String,
    /// New points.
    pub new: String,
    /// Signed change.
    pub delta: String,
}

/// Why a teacher's grade moved, beside the items and rules that did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GradeCause {
    /// A veto forces the new grade and did not force the old one.
    Vetoed,
    /// A veto forced the old grade and does not force the new one.
    VetoLifted,
    /// The total is the same: the grade bands, or a quota's ranking among
    /// the other teachers, moved it.
    Grading,
}

impl GradeCause {
    /// Of a teacher on both sides.
    fn of(o: &TeacherScores, n: &TeacherScores) -> Option<Self> {
        match (o.vetoed, n.vetoed) {
            (false, true) => Some(GradeCause::Vetoed),
            (true, false) => Some(GradeCause::VetoLifted),
            _ if o.grade != n.grade && o.total == n.total => Some(GradeCause::Grading),
            _ => None,
        }
    }

    fn said(self) -> Word {
        match self {
            GradeCause::Vetoed => msg::grade_cause_vetoed(),
            GradeCause::VetoLifted => msg::grade_cause_veto_lifted(),
            GradeCause::Grading => msg::grade_cause_grading(),
        }
    }
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Diff {
    /// Whether anything changed.
    pub fn has_changes(&self) -> bool {
        self.summary.changed + self.summary.added + self.summary.removed > 0
    }
}

/// Compares two result sets. Items are matched by id when both sides know
/// ids (two rubrics), else by name (workbooks); teachers by roster key.
/// `places` is how scores are shown.
pub fn diff(old: &ResultSet, new: &ResultSet, places: u32) -> Diff {
    let mut warnings = Vec::new();
    let digests = |r: &ResultSet| {
        let mut d: Vec<String> = r.inputs.iter().map(|f| f.sha256.clone()).collect();
        d.sort();
        d
    };
    if !old.inputs.is_empty() && !new.inputs.is_empty() && digests(old) != digests(new) {
        let name = |p: &str| {
            std::path::Path::new(p)
                .file_name()
                .map_or(p.to_string(), |n| n.to_string_lossy().into_owned())
        };
        let only = |a: &ResultSet, b: &ResultSet| {
            a.inputs
                .iter()
                .filter(|f| !b.inputs.iter().any(|g| g.sha256 == f.sha256))
                .map(|f| name(&f.path))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let (in_old, in_new) = (only(old, new), only(new, old));
        let none = |s: String| {
            if s.is_empty() {
                msg::no_files().text()
            } else {
                Text::same(s)
            }
        };
        warnings.push(msg::inputs_differ(&none(in_old), &none(in_new)));
    }
    if old.period != new.period {
        let show = |r: &ResultSet| {
            r.period.map_or(msg::all_records().text(), |p| {
                msg::period_range(p.from, p.to)
            })
        };
        warnings.push(msg::periods_differ(&show(old), &show(new)));
    }

    // Item pairs: (old index, new index).
    let by_id =
        old.items.iter().all(|i| i.id.is_some()) && new.items.iter().all(|i| i.id.is_some());
    let same = |a: &super::results::ItemHead, b: &super::results::ItemHead| {
        if by_id {
            a.id == b.id
        } else {
            a.name == b.name
        }
    };
    let mut pairs: Vec<(Option<usize>, Option<usize>)> = old
        .items
        .iter()
        .enumerate()
        .map(|(i, h)| (Some(i), new.items.iter().position(|n| same(h, n))))
        .collect();
    for (j, h) in new.items.iter().enumerate() {
        if !old.items.iter().any(|o| same(o, h)) {
            pairs.push((None, Some(j)));
        }
    }

    let mut teachers = Vec::new();
    let mut summary = DiffSummary::default();
    for o in &old.teachers {
        let n = new.teacher(&o.key);
        teachers.push(compare(old, new, Some(o), n, &pairs, places));
    }
    for n in &new.teachers {
        if old.teacher(&n.key).is_none() {
            teachers.push(compare(old, new, None, Some(n), &pairs, places));
        }
    }
    for t in &teachers {
        match t.status {
            "added" => summary.added += 1,
            "removed" => summary.removed += 1,
            status => {
                summary.compared += 1;
                if status == "changed" {
                    summary.changed += 1;
                    if t.pay_only {
                        summary.pay_only += 1;
                    } else if t.rules_only {
                        summary.rules_only += 1;
                    } else {
                        summary.score_changed += 1;
                    }
                }
                if t.delta_value > Decimal::ZERO {
                    summary.up += 1;
                }
                if t.delta_value < Decimal::ZERO {
                    summary.down += 1;
                }
                if t.old_grade != t.new_grade {
                    summary.grade_changed += 1;
                }
            }
        }
    }
    let mut moves: Vec<&TeacherChange> = teachers
        .iter()
        .filter(|t| !t.delta_value.is_zero())
        .collect();
    // Largest first; ties in roster order (the sort is stable).
    moves.sort_by_key(|t| std::cmp::Reverse(t.delta_value.abs()));
    summary.largest = moves
        .iter()
        .take(LARGEST)
        .map(|t| Move {
            key: t.key.clone(),
            name: t.name.clone(),
            delta: t.delta.clone(),
        })
        .collect();
    Diff {
        old: old.origin.clone(),
        new: new.origin.clone(),
        warnings,
        summary,
        teachers,
        places,
    }
}

fn signed(d: Decimal, places: u32) -> String {
    let s = rounded(d, places);
    if d > Decimal::ZERO {
        format!("+{s}")
    } else {
        s
    }
}

fn compare(
    old: &ResultSet,
    new: &ResultSet,
    o: Option<&TeacherScores>,
    n: Option<&TeacherScores>,
    pairs: &[(Option<usize>, Option<usize>)],
    places: u32,
) -> TeacherChange {
    let any = o.or(n);
    let key = any.map(|t| t.key.clone()).unwrap_or_default();
    let name = n.or(o).map(|t| t.name.clone()).unwrap_or_default();
    let delta_value = match (o, n) {
        // Scores read back are bounded (results::SCORE_LIMIT) and a run's
        // by its rubric, so a difference cannot saturate; it cannot panic.
        (Some(o), Some(n)) => n.total.saturating_sub(o.total),
        _ => Decimal::ZERO,
    };
    let mut items = Vec::new();
    let mut rules = Vec::new();
    if let (Some(o), Some(n)) = (o, n) {
        for &(oi, ni) in pairs {
            let os = oi.and_then(|i| o.items.get(i)).copied();
            let ns = ni.and_then(|i| n.items.get(i)).copied();
            if os == ns {
                continue;
            }
            let head = ni.map_or_else(|| &old.items[oi.unwrap_or(0)], |i| &new.items[i]);
            items.push(ItemChange {
                id: head.id.clone(),
                item: head.name.clone(),
                old: os.map(|s| rounded(s, places)),
                new: ns.map(|s| rounded(s, places)),
                delta: signed(
                    ns.unwrap_or_default()
                        .saturating_sub(os.unwrap_or_default()),
                    places,
                ),
            });
        }
        // Rules: every (item, label) of either side whose points differ.
        let mut keys: Vec<(Option<usize>, Option<usize>, String)> = Vec::new();
        for ((i, label), _) in &o.rules {
            let ni = pairs.iter().find(|p| p.0 == Some(*i)).and_then(|p| p.1);
            keys.push((Some(*i), ni, label.clone()));
        }
        for ((j, label), _) in &n.rules {
            let oi = pairs.iter().find(|p| p.1 == Some(*j)).and_then(|p| p.0);
            if !keys
                .iter()
                .any(|k| k.1 == Some(*j) && k.0 == oi && &k.2 == label)
            {
                keys.push((oi, Some(*j), label.clone()));
            }
        }
        for (oi, ni, label) in keys {
            let op = oi
                .and_then(|i| o.rules.get(&(i, label.clone())))
                .copied()
                .unwrap_or_default();
            let np = ni
                .and_then(|j| n.rules.get(&(j, label.clone())))
                .copied()
                .unwrap_or_default();
            if op == np {
                continue;
            }
            let item = ni.map_or_else(
                || oi.map(|i| old.items[i].name.clone()).unwrap_or_default(),
                |j| new.items[j].name.clone(),
            );
            rules.push(RuleChange {
                item,
                rule: label,
                old: signed(op, places),
                new: signed(np, places),
                delta: signed(np.saturating_sub(op), places),
            });
        }
    }
    // The score is the total, the grade and the items' scores. A rule's
    // points can move while its item's do not: a deduction already past the
    // item's floor is taken back by 扣完为止, so the rules move and cancel.
    // Those rules are still listed, but they are not a change of score.
    let score_same = |o: &TeacherScores, n: &TeacherScores| {
        items.is_empty() && o.total == n.total && o.grade == n.grade
    };
    let (status, pay_only, rules_only) = match (o, n) {
        (None, _) => ("added", false, false),
        (_, None) => ("removed", false, false),
        (Some(o), Some(n)) => match (score_same(o, n), o.pay == n.pay, rules.is_empty()) {
            (true, true, true) => ("unchanged", false, false),
            (true, true, false) => ("changed", false, true),
            (true, false, _) => ("changed", true, false),
            (false, _, _) => ("changed", false, false),
        },
    };
    let (old_pay, new_pay) = (o.and_then(|t| t.pay), n.and_then(|t| t.pay));
    let pay_delta = (old_pay.is_some() || new_pay.is_some()).then(|| {
        let change = new_pay
            .unwrap_or_default()
            .saturating_sub(old_pay.unwrap_or_default());
        signed(change.normalize(), change.normalize().scale())
    });
    TeacherChange {
        old_pay: old_pay.map(|p| p.normalize().to_string()),
        new_pay: new_pay.map(|p| p.normalize().to_string()),
        pay_delta,
        key,
        name,
        status,
        pay_only,
        rules_only,
        old_total: o.map(|t| rounded(t.total, places)),
        new_total: n.map(|t| rounded(t.total, places)),
        delta: signed(delta_value, places),
        old_grade: o.and_then(|t| t.grade.clone()),
        new_grade: n.and_then(|t| t.grade.clone()),
        items,
        rules,
        grade_cause: o.zip(n).and_then(|(o, n)| GradeCause::of(o, n)),
        delta_value,
    }
}

fn dash(v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| "-".to_string())
}

/// The items that moved, after why the grade did where they do not say it.
fn item_list(t: &TeacherChange, locale: Locale) -> String {
    let cause = t.grade_cause.map(|c| c.said().get(locale).to_string());
    cause
        .into_iter()
        .chain(t.items.iter().map(|i| format!("{} {}", i.item, i.delta)))
        .collect::<Vec<_>>()
        .join("; ")
}

fn rule_list(t: &TeacherChange) -> String {
    t.rules
        .iter()
        .map(|r| format!("{}/{} {}", r.item, r.rule, r.delta))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The diff for the terminal in `locale`: changed teachers as a table, then
/// the summary.
pub fn render_text(d: &Diff, locale: Locale) -> String {
    let colon = msg::location_separator().get(locale);
    let (old, new) = (msg::diff_old().get(locale), msg::diff_new().get(locale));
    let mut out = format!("{old}{colon}{}\n{new}{colon}{}\n", d.old, d.new);
    for warning in &d.warnings {
        let label = msg::diff_warning().get(locale);
        out.push_str(&format!("{label}{colon}{}\n", warning.get(locale)));
    }
    let paid = d.teachers.iter().any(|t| t.pay_delta.is_some());
    let rows: Vec<Vec<String>> = d
        .teachers
        .iter()
        .filter(|t| t.status != "unchanged")
        .map(|t| {
            let mut row = vec![
                t.key.clone(),
                t.name.clone(),
                dash(&t.old_total),
                dash(&t.new_total),
                t.delta.clone(),
                dash(&t.old_grade),
                dash(&t.new_grade),
            ];
            if paid {
                row.extend([dash(&t.old_pay), dash(&t.new_pay), dash(&t.pay_delta)]);
            }
            row.extend([
                match t.status {
                    "added" => msg::teacher_added().get(locale).to_string(),
                    "removed" => msg::teacher_removed().get(locale).to_string(),
                    _ if t.pay_only => msg::pay_only_change().get(locale).to_string(),
                    _ => item_list(t, locale),
                },
                rule_list(t),
            ]);
            row
        })
        .collect();
    out.push('\n');
    if rows.is_empty() {
        out.push_str(msg::nothing_changed().get(locale));
        out.push('\n');
    } else {
        let mut header = vec![
            msg::table_key(),
            msg::table_name(),
            msg::table_old(),
            msg::table_new(),
            msg::table_delta(),
            msg::table_old_grade(),
            msg::table_new_grade(),
        ];
        if paid {
            header.extend([
                msg::table_old_pay(),
                msg::table_new_pay(),
                msg::table_pay_delta(),
            ]);
        }
        header.extend([msg::table_items(), msg::table_rules()]);
        let header: Vec<&str> = header.iter().map(|w| w.get(locale)).collect();
        out.push_str(&table::render(&header, &rows));
    }
    let s = &d.summary;
    out.push('\n');
    // Pay-only changes are counted apart: a pool shared out again after one
    // teacher's score moves changes everyone's amount, and "38 changed" would
    // hide the 6 whose score or grade did. Beside them, a teacher whose rule
    // lines moved and cancelled out is listed, and counted as neither.
    let summary = if s.pay_only > 0 && s.rules_only > 0 {
        let (scored, paid, ruled) = (s.score_changed, s.pay_only, s.rules_only);
        let (up, down, graded) = (s.up, s.down, s.grade_changed);
        msg::diff_summary_pay_and_rules_only(s.compared, scored, paid, ruled, up, down, graded)
    } else if s.pay_only > 0 {
        let (scored, paid) = (s.score_changed, s.pay_only);
        msg::diff_summary_pay_only(s.compared, scored, paid, s.up, s.down, s.grade_changed)
    } else {
        msg::diff_summary(s.compared, s.changed, s.up, s.down, s.grade_changed)
    };
    out.push_str(summary.get(locale));
    if s.added + s.removed > 0 {
        out.push_str(msg::diff_added_removed(s.added, s.removed).get(locale));
    }
    out.push('\n');
    if !s.largest.is_empty() {
        let moves: Vec<String> = s
            .largest
            .iter()
            .map(|m| format!("{} {} {}", m.key, m.name, m.delta))
            .collect();
        let largest = msg::largest_moves().get(locale);
        let moves = super::list(&moves);
        out.push_str(&format!("{largest}{colon}{}\n", moves.get(locale)));
    }
    out
}

/// The diff as a workbook: 对比 (every teacher), 项目变化, 规则变化, 说明.
///
/// # Errors
/// A limit of the xlsx format (a sheet too long).
pub fn workbook_bytes(d: &Diff, locale: Locale) -> Result<Vec<u8>, crate::report::ReportError> {
    let say = |w: Word| w.get(locale);
    let header = |words: &[Word]| words.iter().map(|w| w.get(locale).to_string()).collect();
    let p = d.places;
    let score = |s: &Option<String>| {
        s.as_deref()
            .and_then(|s| s.parse::<Decimal>().ok())
            .map_or(Cell::Blank, |v| Cell::Score(v, p))
    };
    let change = |s: &str| s.parse::<Decimal>().unwrap_or_default();
    let delta = |s: &str| Cell::Delta(change(s), p);
    let mark = |s: &str| Mark::of(change(s));
    let text = |s: &str| Cell::Text(s.to_string());
    let status = |t: &TeacherChange| match t.status {
        "changed" if t.pay_only => say(msg::status_pay_only()),
        "changed" if t.rules_only => say(msg::status_rules_only()),
        "changed" => say(msg::status_changed()),
        "unchanged" => say(msg::status_unchanged()),
        "added" => say(msg::status_added()),
        _ => say(msg::status_removed()),
    };
    let paid = d.teachers.iter().any(|t| t.pay_delta.is_some());
    let mut columns = vec![
        msg::column_key(),
        msg::column_name(),
        msg::column_status(),
        msg::column_old_total(),
        msg::column_new_total(),
        msg::column_delta(),
        msg::column_old_grade(),
        msg::column_new_grade(),
    ];
    if paid {
        columns.extend([
            msg::table_old_pay(),
            msg::table_new_pay(),
            msg::table_pay_delta(),
        ]);
    }
    columns.extend([msg::column_items_changed(), msg::column_rules_changed()]);
    let money = |s: &Option<String>| {
        s.as_deref()
            .and_then(|s| s.parse::<Decimal>().ok())
            .map_or(Cell::Blank, |v| Cell::Score(v, v.scale()))
    };
    let teachers = Sheet {
        name: say(msg::sheet_comparison()).to_string(),
        header: header(&columns),
        rows: d
            .teachers
            .iter()
            .map(|t| {
                let mut row = vec![
                    text(&t.key),
                    text(&t.name),
                    text(status(t)),
                    score(&t.old_total),
                    score(&t.new_total),
                    delta(&t.delta),
                    text(&dash(&t.old_grade)),
                    text(&dash(&t.new_grade)),
                ];
                if paid {
                    row.extend([money(&t.old_pay), money(&t.new_pay), money(&t.pay_delta)]);
                }
                row.extend([text(&item_list(t, locale)), text(&rule_list(t))]);
                row
            })
            .collect(),
        marks: d.teachers.iter().map(|t| mark(&t.delta)).collect(),
    };
    let items = per_line(
        say(msg::sheet_item_changes()).to_string(),
        header(&[
            msg::column_key(),
            msg::column_name(),
            msg::column_item(),
            msg::column_old(),
            msg::column_new(),
            msg::column_delta(),
        ]),
        &d.teachers,
        |t| &t.items,
        |i| {
            let cells = vec![text(&i.item), score(&i.old), score(&i.new), delta(&i.delta)];
            (cells, mark(&i.delta))
        },
    );
    let rules = per_line(
        say(msg::sheet_rule_changes()).to_string(),
        header(&[
            msg::column_key(),
            msg::column_name(),
            msg::column_item(),
            msg::column_rule(),
            msg::column_old_points(),
            msg::column_new_points(),
            msg::column_delta(),
        ]),
        &d.teachers,
        |t| &t.rules,
        |r| {
            let cells = vec![
                text(&r.item),
                text(&r.rule),
                delta(&r.old),
                delta(&r.new),
                delta(&r.delta),
            ];
            (cells, mark(&r.delta))
        },
    );
    let s = &d.summary;
    let mut about = vec![
        vec![text(say(msg::about_old_results())), text(&d.old)],
        vec![text(say(msg::about_new_results())), text(&d.new)],
        vec![
            text(say(msg::about_compared())),
            text(&s.compared.to_string()),
        ],
        vec![
            text(say(msg::about_changed())),
            text(&s.changed.to_string()),
        ],
        vec![
            text(say(msg::about_score_changed())),
            text(&s.score_changed.to_string()),
        ],
        vec![
            text(say(msg::about_pay_only())),
            text(&s.pay_only.to_string()),
        ],
    ];
    if s.rules_only > 0 {
        about.push(vec![
            text(say(msg::about_rules_only())),
            text(&s.rules_only.to_string()),
        ]);
    }
    about.extend([
        vec![text(say(msg::about_up())), text(&s.up.to_string())],
        vec![text(say(msg::about_down())), text(&s.down.to_string())],
        vec![
            text(say(msg::about_grade_changed())),
            text(&s.grade_changed.to_string()),
        ],
        vec![text(say(msg::about_added())), text(&s.added.to_string())],
        vec![
            text(say(msg::about_removed())),
            text(&s.removed.to_string()),
        ],
    ]);
    for w in &d.warnings {
        about.push(vec![text(say(msg::about_warning())), text(w.get(locale))]);
    }
    let summary = Sheet {
        name: say(msg::sheet_about()).to_string(),
        header: header(&[msg::column_entry(), msg::column_value()]),
        rows: about,
        marks: Vec::new(),
    };
    let book = Book {
        title: "kaohe diff",
        what: msg::diff_printed_what(&d.old, &d.new)
            .get(locale)
            .to_string(),
        locale,
    };
    Ok(xlsx::workbook(&book, &[teachers, items, rules, summary])?)
}

/// A sheet of one row per line of each teacher's (an item or a rule that
/// changed): the teacher's key and name, then the line's cells, marked as
/// `line` says.
fn per_line<L>(
    name: String,
    header: Vec<String>,
    teachers: &[TeacherChange],
    lines: impl Fn(&TeacherChange) -> &[L],
    line: impl Fn(&L) -> (Vec<Cell>, Mark),
) -> Sheet {
    let mut rows = Vec::new();
    let mut marks = Vec::new();
    for t in teachers {
        for l in lines(t) {
            let (cells, mark) = line(l);
            let mut row = vec![Cell::Text(t.key.clone()), Cell::Text(t.name.clone())];
            row.extend(cells);
            rows.push(row);
            marks.push(mark);
        }
    }
    Sheet {
        name,
        header,
        rows,
        marks,
    }
}

#[cfg(test)]
mod tests {
    use indexmap::IndexMap;
    use rust_decimal::Decimal;

    use super::super::results::{ItemHead, ResultSet, TeacherScores};
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    /// A teacher with one item, 按时授课, scored `item` of 10 by its rules'
    /// (label, points) lines, with `pay` when the rubric pays.
    fn teacher(key: &str, item: &str, rules: &[(&str, &str)], pay: Option<&str>) -> TeacherScores {
        let grade = if d(item) >= d("6") {
            "合格"
        } else {
            "不合格"
        };
        TeacherScores {
            key: key.to_string(),
            name: format!("教师{key}"),
            school: None,
            categories: IndexMap::new(),
            total: d(item),
            grade: Some(grade.to_string()),
            vetoed: false,
            pay: pay.map(d),
            items: vec![d(item)],
            rules: rules
                .iter()
                .map(|&(label, points)| ((0, label.to_string()), d(points)))
                .collect(),
            veto_counts: IndexMap::new(),
        }
    }

    fn results(origin: &str, teachers: Vec<TeacherScores>) -> ResultSet {
        ResultSet {
            origin: origin.to_string(),
            period: None,
            items: vec![ItemHead {
                id: Some("live_lessons".to_string()),
                name: "按时授课".to_string(),
            }],
            teachers,
            rubric_sha256: None,
            inputs: Vec::new(),
            veto_counts: crate::audit::results::VetoCounts::Absent,
        }
    }

    /// 无故缺课 from 1 point to 2, as in README's example: 0230 had one
    /// absence and loses a point; 0107 had 12, past the item's floor, so
    /// 扣完为止 takes back the 12 more and the item stays at 0; 1024 had
    /// none and only their share of the pool moves.
    fn absences_doubled(pay: bool) -> (ResultSet, ResultSet) {
        let pay = |amount: &'static str| pay.then_some(amount);
        let old = results(
            "old",
            vec![
                teacher("0230", "9", &[("无故缺课", "-1")], pay("3000")),
                teacher(
                    "0107",
                    "0",
                    &[("无故缺课", "-12"), ("扣完为止", "2")],
                    pay("2000"),
                ),
                teacher("1024", "10", &[], pay("4000")),
            ],
        );
        let new = results(
            "new",
            vec![
                teacher("0230", "8", &[("无故缺课", "-2")], pay("2900")),
                teacher(
                    "0107",
                    "0",
                    &[("无故缺课", "-24"), ("扣完为止", "14")],
                    pay("2000"),
                ),
                teacher("1024", "10", &[], pay("4100")),
            ],
        );
        (old, new)
    }

    /// Regression: a teacher whose only change was rule lines cancelling out
    /// within an item (0107: 无故缺课 −12, 扣完为止 +12, total, item, grade and
    /// pay the same) was counted as "changed in score or grade", so README's
    /// example said 7 where 6 scores moved.
    #[test]
    fn diff_does_not_count_rule_lines_that_cancel_as_a_score_change() {
        let (old, new) = absences_doubled(true);
        let diff = diff(&old, &new, 2);
        let s = &diff.summary;
        assert_eq!(
            (
                s.compared,
                s.changed,
                s.score_changed,
                s.pay_only,
                s.rules_only
            ),
            (3, 3, 1, 1, 1),
            "{s:?}"
        );
        assert_eq!((s.up, s.down, s.grade_changed), (0, 1, 0), "{s:?}");
        // 0107 stays in the detail, for the rule lines that cancel.
        let t = &diff.teachers[1];
        assert_eq!((t.key.as_str(), t.status), ("0107", "changed"));
        assert!(t.rules_only && !t.pay_only && t.items.is_empty(), "{t:?}");
        let rules: Vec<(&str, &str)> = t
            .rules
            .iter()
            .map(|r| (r.rule.as_str(), r.delta.as_str()))
            .collect();
        assert_eq!(rules, [("无故缺课", "-12.00"), ("扣完为止", "+12.00")]);
        let json = serde_json::to_value(&diff).unwrap();
        assert_eq!(json["summary"]["score_changed"], 1);
        assert_eq!(json["summary"]["rules_only"], 1);
        assert_eq!(json["teachers"][1]["rules_only"], true);
        assert!(json["teachers"][0].get("rules_only").is_none());

        let zh = render_text(&diff, Locale::Zh);
        assert!(
            zh.contains("按时授课/无故缺课 -12.00; 按时授课/扣完为止 +12.00"),
            "{zh}"
        );
        assert!(
            zh.contains(
                "比较 3 人，1 人分数或等级变了，1 人只有金额变了，1 人只有规则明细变了（相互抵消）：\
                 上升 0 人，下降 1 人，等级变化 0 人"
            ),
            "{zh}"
        );
        let en = render_text(&diff, Locale::En);
        assert!(
            en.contains(
                "3 compared, 1 changed in score or grade, 1 only in pay, \
                 1 only in rule lines that cancel out: 0 up, 1 down, 0 changed grade"
            ),
            "{en}"
        );
    }

    /// Without pay the summary counts every change, rule lines included, as
    /// it always has (the user guide's 刘洋, whose 答疑不足 and 扣完为止
    /// cancel, is one of its "2 有变化"); only the JSON tells them apart.
    #[test]
    fn diff_without_pay_counts_cancelling_rule_lines_as_changed() {
        let (old, new) = absences_doubled(false);
        let diff = diff(&old, &new, 2);
        let s = &diff.summary;
        assert_eq!(
            (
                s.compared,
                s.changed,
                s.score_changed,
                s.pay_only,
                s.rules_only
            ),
            (3, 2, 1, 0, 1),
            "{s:?}"
        );
        assert!(diff.has_changes());
        let zh = render_text(&diff, Locale::Zh);
        assert!(
            zh.contains("比较 3 人，2 人有变化：上升 0 人，下降 1 人，等级变化 0 人"),
            "{zh}"
        );
    }

    /// A diff with no such teacher writes no `rules_only`, so its JSON is as
    /// it was before the count existed.
    #[test]
    fn diff_writes_rules_only_only_when_some_teacher_is() {
        let (old, mut new) = absences_doubled(true);
        new.teachers[1] = old.teachers[1].clone();
        let json = serde_json::to_value(diff(&old, &new, 2)).unwrap();
        assert!(json["summary"].get("rules_only").is_none(), "{json}");
        assert_eq!(json["summary"]["score_changed"], 1);
        assert_eq!(json["teachers"][1]["status"], "unchanged");
    }

    #[test]
    fn a_grade_that_moved_without_its_items_says_why() {
        let same = teacher("1001", "8", &[], None);
        let mut regraded = same.clone();
        regraded.grade = Some("优秀".to_string());
        let mut vetoed = same.clone();
        vetoed.vetoed = true;
        vetoed.grade = Some("不合格".to_string());
        let moved = teacher("1001", "5", &[], None);
        let cause = |o: &TeacherScores, n: &TeacherScores| {
            let d = diff(
                &results("old", vec![o.clone()]),
                &results("new", vec![n.clone()]),
                2,
            );
            (
                d.teachers[0].grade_cause,
                item_list(&d.teachers[0], Locale::En),
            )
        };
        assert_eq!(
            cause(&same, &regraded),
            (
                Some(GradeCause::Grading),
                "(same total: grade bands or quota ranking changed)".to_string()
            )
        );
        assert_eq!(cause(&same, &vetoed).0, Some(GradeCause::Vetoed));
        assert_eq!(cause(&vetoed, &same).0, Some(GradeCause::VetoLifted));
        // The total moved: the items say why.
        assert_eq!(cause(&same, &moved), (None, "按时授课 -3.00".to_string()));
        assert_eq!(cause(&same, &same).0, None);
    }
}
