//! The texts a rubric compares free-text fields with, set against the
//! values read. An enum field's values are declared, so a literal outside
//! them is refused when the rubric loads; a key or text field has none, and
//! a literal that no record holds while records hold values like it
//! (`result == "迟到"` against WeCom's `迟到30分钟`, `"补卡审批通过"` against
//! `补卡审批通过（已撤销）`) silently never matches: the run says so.

use std::collections::HashMap;

use super::teacher::Teacher;
use super::warning::Warning;
use crate::rubric::expr::{Expr, FieldRef};
use crate::rubric::{Effect, Limit, Rubric};
use crate::value::Value;

/// The most distinct values kept per field: every status a column of
/// statuses has, a bounded sample of a column of free notes.
const KEPT: usize = 512;

/// The most like values a warning names.
const SHOWN: usize = 3;

/// A literal compared with a field, and the first expression that does.
#[derive(Debug, Clone)]
struct Compared {
    literal: String,
    expr: String,
    matched: bool,
}

/// A field compared with literals, and the values it held.
#[derive(Debug, Clone)]
struct Watched {
    /// The source whose records (or, for a roster field, whose rules) read it.
    source: usize,
    field: FieldRef,
    compared: Vec<Compared>,
    /// Each distinct value read (up to [`KEPT`]) and its records.
    values: HashMap<String, u64>,
}

impl Watched {
    fn read(&mut self, value: &str) {
        if let Some(c) = self.compared.iter_mut().find(|c| c.literal == value) {
            c.matched = true;
        }
        if let Some(n) = self.values.get_mut(value) {
            *n = n.saturating_add(1);
        } else if self.values.len() < KEPT {
            self.values.insert(value.to_string(), 1);
        }
    }
}

/// The rubric's literals per field, and what each field held in a run.
#[derive(Debug, Clone, Default)]
pub(super) struct Literals {
    /// Record fields, by source.
    records: Vec<Vec<Watched>>,
    /// Roster fields, checked against the roster once it is read.
    roster: Vec<Watched>,
}

impl Literals {
    /// Every literal the rubric's rules, vetoes and adjustments compare a
    /// key or text field with.
    pub(super) fn new(rubric: &Rubric) -> Self {
        let mut l = Literals {
            records: vec![Vec::new(); rubric.sources.len()],
            roster: Vec::new(),
        };
        for item in &rubric.items {
            for rule in &item.rules {
                let s = rule.source;
                l.note_opt(s, rule.when.as_ref());
                l.note_opt(s, rule.unless.as_ref());
                match &rule.effect {
                    Effect::Deduct(_) | Effect::Bonus(_) => {}
                    Effect::Proportional { value, .. }
                    | Effect::Import { value, .. }
                    | Effect::Weighted { value, .. } => l.note(s, value),
                    Effect::Ratio { matching, .. } => l.note(s, matching),
                    Effect::Relative(r) => l.note(s, &r.value),
                    Effect::Window(w) => {
                        l.note_opt(s, w.value.as_ref());
                        for limit in [&w.at_least, &w.at_most].into_iter().flatten() {
                            if let Limit::PerTeacher(e) = limit {
                                l.note(s, e);
                            }
                        }
                        if let Some(crate::rubric::Charge::Lookup(e)) = &w.across {
                            l.note(s, e);
                        }
                    }
                }
            }
        }
        for veto in &rubric.vetoes {
            l.note(veto.source, &veto.when);
        }
        for adj in &rubric.adjustments {
            l.note_opt(rubric.roster.source, adj.when.as_ref());
            for req in &adj.requires {
                l.note_opt(req.source, req.when.as_ref());
            }
        }
        l
    }

    fn note_opt<T>(&mut self, source: usize, expr: Option<&Expr<T>>) {
        if let Some(e) = expr {
            self.note(source, e);
        }
    }

    fn note<T>(&mut self, source: usize, expr: &Expr<T>) {
        for (field, literal) in expr.compared_texts() {
            let list = match field {
                FieldRef::Record(_) => match self.records.get_mut(source) {
                    Some(list) => list,
                    None => continue,
                },
                FieldRef::Teacher(_) => &mut self.roster,
            };
            let at = match list.iter().position(|w| w.field == *field) {
                Some(at) => at,
                None => {
                    list.push(Watched {
                        source,
                        field: *field,
                        compared: Vec::new(),
                        values: HashMap::new(),
                    });
                    list.len().saturating_sub(1)
                }
            };
            let watched = &mut list[at];
            if !watched.compared.iter().any(|c| &c.literal == literal) {
                watched.compared.push(Compared {
                    literal: literal.clone(),
                    expr: expr.source().to_string(),
                    matched: false,
                });
            }
        }
    }

    /// A copy that has read nothing, for one source's thread.
    pub(super) fn fresh(&self) -> Self {
        let clear = |w: &Watched| Watched {
            compared: w
                .compared
                .iter()
                .map(|c| Compared {
                    matched: false,
                    ..c.clone()
                })
                .collect(),
            values: HashMap::new(),
            ..w.clone()
        };
        Literals {
            records: self
                .records
                .iter()
                .map(|ws| ws.iter().map(clear).collect())
                .collect(),
            roster: self.roster.iter().map(clear).collect(),
        }
    }

    /// Takes back what a fork read of `source`.
    pub(super) fn merge(&mut self, source: usize, mut job: Literals) {
        if let (Some(mine), Some(theirs)) =
            (self.records.get_mut(source), job.records.get_mut(source))
        {
            *mine = std::mem::take(theirs);
        }
    }

    /// Notes the values of one scored record of `source`.
    pub(super) fn read(&mut self, source: usize, values: &[Value]) {
        let Some(list) = self.records.get_mut(source) else {
            return;
        };
        for watched in list {
            let FieldRef::Record(slot) = watched.field else {
                continue;
            };
            if let Some(Value::Text(v)) = values.get(slot) {
                watched.read(v);
            }
        }
    }

    /// A warning for each literal no record (or roster row) held while
    /// others held values like it, in the rubric's order.
    pub(super) fn warnings(mut self, rubric: &Rubric, teachers: &[Teacher]) -> Vec<Warning> {
        for watched in &mut self.roster {
            let FieldRef::Teacher(slot) = watched.field else {
                continue;
            };
            for t in teachers {
                if let Some(Value::Text(v)) = t.values.get(slot) {
                    watched.read(v);
                }
            }
        }
        let mut out = Vec::new();
        for watched in self.records.iter().flatten().chain(&self.roster) {
            let literals: Vec<&str> = watched
                .compared
                .iter()
                .map(|c| c.literal.as_str())
                .collect();
            for c in watched.compared.iter().filter(|c| !c.matched) {
                let mut like: Vec<(&String, &u64)> = watched
                    .values
                    .iter()
                    .filter(|(v, _)| !literals.contains(&v.as_str()) && alike(v, &c.literal))
                    .collect();
                if like.is_empty() {
                    continue;
                }
                like.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
                let records = like
                    .iter()
                    .map(|(_, n)| **n)
                    .fold(0u64, u64::saturating_add);
                out.push(warning(rubric, watched, c, &like, records));
            }
        }
        out
    }
}

fn warning(
    rubric: &Rubric,
    watched: &Watched,
    c: &Compared,
    like: &[(&String, &u64)],
    records: u64,
) -> Warning {
    let (source, field) = match watched.field {
        FieldRef::Record(slot) => {
            let s = &rubric.sources[watched.source];
            (s, super::evaluate::header(s, slot))
        }
        FieldRef::Teacher(slot) => {
            let s = &rubric.sources[rubric.roster.source];
            (s, super::evaluate::header(s, slot))
        }
    };
    Warning::LiteralNotFound {
        source: source.id.clone(),
        named: source.named(),
        field,
        literal: c.literal.clone(),
        expr: c.expr.clone(),
        like: like
            .iter()
            .take(SHOWN)
            .map(|(v, n)| ((*v).clone(), **n))
            .collect(),
        records,
    }
}

/// Whether a value read is like a literal it does not equal: holds it, or
/// is held in it (WeCom's `迟到30分钟` for `迟到`), or is an edit or two
/// from it where the literal is long enough for that not to be chance.
fn alike(value: &str, literal: &str) -> bool {
    if value == literal {
        return false;
    }
    let chars = |s: &str| s.chars().count();
    let (v, l) = (chars(value), chars(literal));
    if value.contains(literal) || (v >= 2 && literal.contains(value)) {
        return true;
    }
    let edits = strsim::levenshtein(value, literal);
    (l >= 3 && edits <= 1) || (l >= 6 && edits <= 2)
}

#[cfg(test)]
mod tests {
    use super::alike;
    use crate::engine::warning::Warning;
    use crate::testkit::{ok, one_item};

    /// Source, literal and the values like it, of each literal said.
    type Said = Vec<(String, String, Vec<(String, u64)>)>;

    fn said(outcome: &crate::engine::Outcome) -> Said {
        outcome
            .run
            .warnings
            .iter()
            .filter_map(|w| match w {
                Warning::LiteralNotFound {
                    source,
                    literal,
                    like,
                    ..
                } => Some((source.clone(), literal.clone(), like.clone())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_literal_no_record_holds_is_said_with_the_values_like_it() {
        let body = format!(
            r#"{}[[item.rule]]
kind = "deduct"
source = "events"
when = 'kind == "迟到" && teacher.role != "教干"'
points = 1
[[item.rule]]
kind = "deduct"
source = "events"
when = 'kind == "早退"'
points = 1
"#,
            one_item(10)
        );
        let roster = "工号,姓名,学校,角色\n1,甲,一小,教干（兼）\n2,乙,一小,教师\n";
        let events = "工号,类别\n1,迟到30分钟\n2,迟到5分钟\n2,迟到30分钟\n1,早退\n";
        let out = ok(&body, roster, events);
        assert_eq!(
            said(&out),
            [
                (
                    "events".to_string(),
                    "迟到".to_string(),
                    vec![("迟到30分钟".to_string(), 2), ("迟到5分钟".to_string(), 1)]
                ),
                (
                    "roster".to_string(),
                    "教干".to_string(),
                    // As the cell reads: full-width brackets folded.
                    vec![("教干(兼)".to_string(), 1)]
                ),
            ],
            "早退 matched a record: not said"
        );
    }

    #[test]
    fn a_literal_matched_by_one_record_or_unlike_every_value_is_not_said() {
        let body = format!(
            r#"{}[[item.rule]]
kind = "deduct"
source = "events"
when = 'kind in ["迟到", "旷工"]'
points = 1
"#,
            one_item(10)
        );
        let roster = "工号,姓名,学校\n1,甲,一小\n";
        // 迟到 is held once; 旷工 by none, and nothing is like it.
        let events = "工号,类别\n1,迟到\n1,迟到30分钟\n1,早退\n";
        assert!(said(&ok(&body, roster, events)).is_empty());
    }

    #[test]
    fn values_with_a_quantity_or_a_note_are_like_the_bare_word() {
        assert!(alike("迟到30分钟", "迟到"));
        assert!(alike("正常（休息）", "正常"));
        assert!(alike("补卡审批通过（已撤销）", "补卡审批通过"));
        assert!(alike("补卡审批已通过", "补卡审批通过"));
        assert!(alike("迟到", "迟到30分钟"), "the literal holds the value");
    }

    #[test]
    fn other_words_are_not_alike() {
        assert!(!alike("迟到", "迟到"), "equal is not alike");
        assert!(!alike("早退", "迟到"), "two edits of two characters");
        assert!(!alike("缺卡", "迟到"));
        assert!(!alike("是", "是否"), "one character held in the literal");
        assert!(!alike("事假 03-01 1天", "补卡审批通过"));
    }
}
