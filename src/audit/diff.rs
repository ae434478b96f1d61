//! `diff`: what changes between two sets of results — two rubrics run on
//! the same inputs (what a rule change would do before it is applied) or
//! two scored workbooks — per teacher (totals, grades, the items and rules
//! that moved) and in summary (how many moved up, down, changed grade; the
//! largest moves). Exact decimals throughout: a change of 0.01 is a change.

use rust_decimal::Decimal;
use serde::Serialize;

use super::results::{ResultSet, TeacherScores};
use super::table;
use super::xlsx::{self, Cell, Sheet};
use crate::i18n::{Locale, Text};
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
    /// Teachers whose total, grade or any item changed.
    pub changed: usize,
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
        let none = |s: &str, word: &str| {
            if s.is_empty() {
                word.to_string()
            } else {
                s.to_string()
            }
        };
        warnings.push(Text {
            en: format!(
                "the inputs differ (SHA-256): only in old: {}; only in new: {} — scores may differ because the data did, not the rules",
                none(&in_old, "none"),
                none(&in_new, "none")
            ),
            zh: format!(
                "两次的输入文件不同（SHA-256）：只在原结果中：{}；只在新结果中：{}。分数的变化可能来自数据，而不是规则",
                none(&in_old, "无"),
                none(&in_new, "无")
            ),
        });
    }
    if old.period != new.period {
        let show = |r: &ResultSet| {
            r.period
                .map_or(crate::text!("all records", "全部记录"), |p| {
                    let (from, to) = (p.from, p.to);
                    crate::text!("{from} to {to}", "{from} 至 {to}")
                })
        };
        let (o, n) = (show(old), show(new));
        warnings.push(Text {
            en: format!("the periods differ: old {}, new {}", o.en, n.en),
            zh: format!("考核期间不同：原 {}，新 {}", o.zh, n.zh),
        });
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
    let status = match (o, n) {
        (None, _) => "added",
        (_, None) => "removed",
        (Some(o), Some(n)) => {
            if items.is_empty() && rules.is_empty() && o.total == n.total && o.grade == n.grade {
                "unchanged"
            } else {
                "changed"
            }
        }
    };
    TeacherChange {
        key,
        name,
        status,
        old_total: o.map(|t| rounded(t.total, places)),
        new_total: n.map(|t| rounded(t.total, places)),
        delta: signed(delta_value, places),
        old_grade: o.and_then(|t| t.grade.clone()),
        new_grade: n.and_then(|t| t.grade.clone()),
        items,
        rules,
        delta_value,
    }
}

fn dash(v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| "-".to_string())
}

fn item_list(t: &TeacherChange) -> String {
    t.items
        .iter()
        .map(|i| format!("{} {}", i.item, i.delta))
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

/// The diff's fixed words in one language.
struct Words {
    old: &'static str,
    new: &'static str,
    warning: &'static str,
    added: &'static str,
    removed: &'static str,
    nothing: &'static str,
    header: [&'static str; 9],
    largest: &'static str,
}

static ZH: Words = Words {
    old: "原结果",
    new: "新结果",
    warning: "警告",
    added: "（新增教师）",
    removed: "（不再参评）",
    nothing: "没有教师的结果发生变化",
    header: [
        "工号",
        "姓名",
        "原总分",
        "新总分",
        "变化",
        "原等级",
        "新等级",
        "变化项目",
        "变化规则",
    ],
    largest: "变化最大",
};

static EN: Words = Words {
    old: "old",
    new: "new",
    warning: "warning",
    added: "(new teacher)",
    removed: "(no longer scored)",
    nothing: "no teacher's result changed",
    header: [
        "key",
        "name",
        "old",
        "new",
        "delta",
        "grade",
        "new grade",
        "items",
        "rules",
    ],
    largest: "largest moves",
};

fn words(locale: Locale) -> &'static Words {
    match locale {
        Locale::Zh => &ZH,
        Locale::En => &EN,
    }
}

/// The diff for the terminal in `locale`: changed teachers as a table, then
/// the summary.
pub fn render_text(d: &Diff, locale: Locale) -> String {
    let w = words(locale);
    let colon = match locale {
        Locale::Zh => "：",
        Locale::En => ": ",
    };
    let mut out = format!("{}{colon}{}\n{}{colon}{}\n", w.old, d.old, w.new, d.new);
    for warning in &d.warnings {
        out.push_str(&format!("{}{colon}{}\n", w.warning, warning.get(locale)));
    }
    let rows: Vec<Vec<String>> = d
        .teachers
        .iter()
        .filter(|t| t.status != "unchanged")
        .map(|t| {
            vec![
                t.key.clone(),
                t.name.clone(),
                dash(&t.old_total),
                dash(&t.new_total),
                t.delta.clone(),
                dash(&t.old_grade),
                dash(&t.new_grade),
                match t.status {
                    "added" => w.added.to_string(),
                    "removed" => w.removed.to_string(),
                    _ => item_list(t),
                },
                rule_list(t),
            ]
        })
        .collect();
    out.push('\n');
    if rows.is_empty() {
        out.push_str(w.nothing);
        out.push('\n');
    } else {
        out.push_str(&table::render(&w.header, &rows));
    }
    let s = &d.summary;
    let (compared, changed, up, down, graded) =
        (s.compared, s.changed, s.up, s.down, s.grade_changed);
    out.push('\n');
    out.push_str(match locale {
        Locale::En => format!(
            "{compared} compared, {changed} changed: {up} up, {down} down, {graded} changed grade"
        ),
        Locale::Zh => format!(
            "比较 {compared} 人，{changed} 人有变化：上升 {up} 人，下降 {down} 人，等级变化 {graded} 人"
        ),
    }
    .as_str());
    if s.added + s.removed > 0 {
        let (added, removed) = (s.added, s.removed);
        out.push_str(&match locale {
            Locale::En => format!("; {added} added, {removed} removed"),
            Locale::Zh => format!("；新增 {added} 人，移除 {removed} 人"),
        });
    }
    out.push('\n');
    if !s.largest.is_empty() {
        let moves: Vec<String> = s
            .largest
            .iter()
            .map(|m| format!("{} {} {}", m.key, m.name, m.delta))
            .collect();
        let sep = match locale {
            Locale::Zh => "、",
            Locale::En => ", ",
        };
        out.push_str(&format!("{}{colon}{}\n", w.largest, moves.join(sep)));
    }
    out
}

/// The diff as a workbook: 对比 (every teacher), 项目变化, 规则变化, 说明.
///
/// # Errors
/// A limit of the xlsx format (a sheet too long).
pub fn workbook_bytes(d: &Diff, locale: Locale) -> Result<Vec<u8>, crate::report::ReportError> {
    let zh = locale == Locale::Zh;
    let pick = |z: &'static str, e: &'static str| if zh { z } else { e };
    let p = d.places;
    let score = |s: &Option<String>| {
        s.as_deref()
            .and_then(|s| s.parse::<Decimal>().ok())
            .map_or(Cell::Blank, |v| Cell::Score(v, p))
    };
    let delta = |s: &str| Cell::Score(s.parse::<Decimal>().unwrap_or_default(), p);
    let text = |s: &str| Cell::Text(s.to_string());
    let status = |s: &str| match s {
        "changed" => pick("变化", "changed"),
        "unchanged" => pick("不变", "unchanged"),
        "added" => pick("新增", "added"),
        _ => pick("移除", "removed"),
    };
    let teachers = Sheet {
        name: pick("对比", "Comparison").to_string(),
        header: if zh {
            [
                "工号",
                "姓名",
                "状态",
                "原总分",
                "新总分",
                "变化",
                "原等级",
                "新等级",
                "变化项目",
                "变化规则",
            ]
        } else {
            [
                "Key",
                "Name",
                "Status",
                "Old total",
                "New total",
                "Delta",
                "Old grade",
                "New grade",
                "Items changed",
                "Rules changed",
            ]
        }
        .map(String::from)
        .to_vec(),
        rows: d
            .teachers
            .iter()
            .map(|t| {
                vec![
                    text(&t.key),
                    text(&t.name),
                    text(status(t.status)),
                    score(&t.old_total),
                    score(&t.new_total),
                    delta(&t.delta),
                    text(&dash(&t.old_grade)),
                    text(&dash(&t.new_grade)),
                    text(&item_list(t)),
                    text(&rule_list(t)),
                ]
            })
            .collect(),
    };
    let items = Sheet {
        name: pick("项目变化", "Item changes").to_string(),
        header: if zh {
            ["工号", "姓名", "项目", "原分", "新分", "变化"]
        } else {
            ["Key", "Name", "Item", "Old", "New", "Delta"]
        }
        .map(String::from)
        .to_vec(),
        rows: d
            .teachers
            .iter()
            .flat_map(|t| {
                t.items.iter().map(move |i| {
                    vec![
                        text(&t.key),
                        text(&t.name),
                        text(&i.item),
                        score(&i.old),
                        score(&i.new),
                        delta(&i.delta),
                    ]
                })
            })
            .collect(),
    };
    let rules = Sheet {
        name: pick("规则变化", "Rule changes").to_string(),
        header: if zh {
            ["工号", "姓名", "项目", "规则", "原分值", "新分值", "变化"]
        } else {
            [
                "Key",
                "Name",
                "Item",
                "Rule",
                "Old points",
                "New points",
                "Delta",
            ]
        }
        .map(String::from)
        .to_vec(),
        rows: d
            .teachers
            .iter()
            .flat_map(|t| {
                t.rules.iter().map(move |r| {
                    vec![
                        text(&t.key),
                        text(&t.name),
                        text(&r.item),
                        text(&r.rule),
                        delta(&r.old),
                        delta(&r.new),
                        delta(&r.delta),
                    ]
                })
            })
            .collect(),
    };
    let s = &d.summary;
    let mut about = vec![
        vec![text(pick("原结果", "Old results")), text(&d.old)],
        vec![text(pick("新结果", "New results")), text(&d.new)],
        vec![
            text(pick("比较人数", "Compared")),
            text(&s.compared.to_string()),
        ],
        vec![
            text(pick("有变化", "Changed")),
            text(&s.changed.to_string()),
        ],
        vec![text(pick("上升", "Up")), text(&s.up.to_string())],
        vec![text(pick("下降", "Down")), text(&s.down.to_string())],
        vec![
            text(pick("等级变化", "Grade changed")),
            text(&s.grade_changed.to_string()),
        ],
        vec![text(pick("新增", "Added")), text(&s.added.to_string())],
        vec![text(pick("移除", "Removed")), text(&s.removed.to_string())],
    ];
    for w in &d.warnings {
        about.push(vec![text(pick("警告", "Warning")), text(w.get(locale))]);
    }
    let summary = Sheet {
        name: pick("说明", "About").to_string(),
        header: vec![
            pick("项目", "Entry").to_string(),
            pick("内容", "Value").to_string(),
        ],
        rows: about,
    };
    Ok(xlsx::workbook(
        "kaohe diff",
        &[teachers, items, rules, summary],
    )?)
}
