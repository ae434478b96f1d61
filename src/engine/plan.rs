//! Which rules, vetoes and requirements read each source, and which fields
//! each shows as evidence: worked out once per run, before any record.

use crate::rubric::expr::FieldRef;
use crate::rubric::{Effect, Points, Rubric, Rule};
use crate::value::FieldType;

/// For each source, the rules and vetoes that read it, and the fields each
/// shows in its evidence: worked out once, not per record.
#[derive(Clone)]
pub(super) struct Plan {
    pub(super) by_source: Vec<Vec<RuleRef>>,
    pub(super) vetoes_by_source: Vec<Vec<(usize, Vec<FieldRef>)>>,
    /// Per source: (adjustment, requirement, fields shown) for `[[adjust]] requires`.
    pub(super) requires_by_source: Vec<Vec<(usize, usize, Vec<FieldRef>)>>,
    /// Per source that is read but names no `date`: its date and datetime
    /// fields, whose values a period cannot choose records by.
    pub(super) undated: Vec<Vec<usize>>,
}

#[derive(Clone)]
pub(super) struct RuleRef {
    pub(super) item: usize,
    pub(super) rule: usize,
    pub(super) shown: Vec<FieldRef>,
}

impl Plan {
    pub(super) fn new(rubric: &Rubric) -> Self {
        let mut by_source: Vec<Vec<RuleRef>> = rubric.sources.iter().map(|_| Vec::new()).collect();
        for (i, item) in rubric.items.iter().enumerate() {
            for (r, rule) in item.rules.iter().enumerate() {
                let shown = shown_fields(rubric, rule);
                by_source[rule.source].push(RuleRef {
                    item: i,
                    rule: r,
                    shown,
                });
            }
        }
        let mut vetoes_by_source: Vec<Vec<(usize, Vec<FieldRef>)>> =
            rubric.sources.iter().map(|_| Vec::new()).collect();
        for (v, veto) in rubric.vetoes.iter().enumerate() {
            let shown = dated(rubric, veto.source, veto.when.fields());
            vetoes_by_source[veto.source].push((v, shown));
        }
        let mut requires_by_source: Vec<Vec<(usize, usize, Vec<FieldRef>)>> =
            rubric.sources.iter().map(|_| Vec::new()).collect();
        for (a, adj) in rubric.adjustments.iter().enumerate() {
            for (q, req) in adj.requires.iter().enumerate() {
                let when = req.when.as_ref().map_or(&[][..], |w| w.fields());
                let shown = dated(rubric, req.source, when);
                requires_by_source[req.source].push((a, q, shown));
            }
        }
        let undated = rubric
            .sources
            .iter()
            .enumerate()
            .map(|(s, source)| {
                let read = !(by_source[s].is_empty()
                    && vetoes_by_source[s].is_empty()
                    && requires_by_source[s].is_empty());
                if !read || source.date.is_some() || s == rubric.roster.source {
                    return Vec::new();
                }
                (0..source.schema.fields.len())
                    .filter(|&f| {
                        matches!(
                            source.schema.fields[f].ty,
                            FieldType::Date | FieldType::DateTime
                        )
                    })
                    .collect()
            })
            .collect();
        Plan {
            by_source,
            vetoes_by_source,
            requires_by_source,
            undated,
        }
    }
}

/// The source's date field (when it has one), then `fields`.
fn dated(rubric: &Rubric, source: usize, fields: &[FieldRef]) -> Vec<FieldRef> {
    let mut shown: Vec<FieldRef> = rubric.sources[source]
        .date
        .map(FieldRef::Record)
        .into_iter()
        .collect();
    push_new(&mut shown, fields);
    shown
}

/// The fields an evidence line shows: the record's date, then every field
/// the rule reads, in the order the rule reads them.
pub(super) fn shown_fields(rubric: &Rubric, rule: &Rule) -> Vec<FieldRef> {
    let when = rule.when.as_ref().map_or(&[][..], |w| w.fields());
    let mut shown = dated(rubric, rule.source, when);
    match &rule.effect {
        Effect::Deduct(p) | Effect::Bonus(p) => match p {
            Points::Each(_) => {}
            Points::ByValue { field, .. }
            | Points::PerUnit { field, .. }
            | Points::Tiers { field, .. } => {
                push_new(&mut shown, &[FieldRef::Record(*field)]);
            }
        },
        Effect::Proportional { value, .. } | Effect::Import { value, .. } => {
            push_new(&mut shown, value.fields());
        }
        Effect::Ratio { matching, .. } => push_new(&mut shown, matching.fields()),
        Effect::Relative(r) => push_new(&mut shown, r.value.fields()),
        Effect::Window(w) => {
            let group: Vec<FieldRef> = w.group.iter().map(|&s| FieldRef::Record(s)).collect();
            push_new(&mut shown, &group);
            if let Some(v) = &w.value {
                push_new(&mut shown, v.fields());
            }
        }
        Effect::Weighted { by, value, .. } => {
            push_new(&mut shown, &[FieldRef::Record(*by)]);
            push_new(&mut shown, value.fields());
        }
    }
    if let Some(u) = &rule.unless {
        push_new(&mut shown, u.fields());
    }
    shown
}

pub(super) fn push_new(into: &mut Vec<FieldRef>, fields: &[FieldRef]) {
    for f in fields {
        if !into.contains(f) {
            into.push(*f);
        }
    }
}
