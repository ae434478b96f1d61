//! The accumulating state of a run: records are fed one at a time, each
//! source's rules fold them into per-teacher accumulators.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use rust_decimal::Decimal;

use super::config::RunConfig;
use super::coverage;
use super::dating::{likely_month, period_warnings, undated_sources, DateTally, UndatedTally};
use super::error::{no_year, ScoreError};
use super::evaluate::{describe_fields, evaluate, header, RuleError};
use super::finish::{finish, reconcile};
use super::literals::Literals;
use super::outcome::*;
use super::passes::{relative_pass, window_pass};
use super::period::Period;
use super::plan::Plan;
use super::problem::Problem;
use super::teacher::{empty_requires, empty_rules, next_sum, Applied, Teacher};
use super::warning::Warning;
use super::weighted::Rating;
use crate::i18n::Text;
use crate::input::{DataError, Record};
use crate::provenance::Provenance;
use crate::rubric::expr::{Env, EvalError};
use crate::rubric::{Item, LoadedRubric, Rubric, Rule};
use crate::value::Value;

/// The engine's way in: a run's records, fed one at a time and folded into
/// per-teacher accumulators, then [`finish`](Scorer::finish)ed into an
/// [`Outcome`]. It knows no files: whoever reads them feeds it
/// ([`score`](super::score) reads a folder's exports, `kaohe test` the rows
/// of its cases), and memory grows with teachers and evidence, never with
/// the records.
pub struct Scorer<'a> {
    pub(super) loaded: &'a LoadedRubric,
    pub(super) rubric: &'a Rubric,
    pub(super) plan: Arc<Plan>,
    pub(super) config: RunConfig,
    /// Whether the roster is complete and its own rules applied.
    pub(super) roster_closed: bool,
    /// What was said about the reading, in the order said.
    pub(super) warnings: Vec<Warning>,
    pub(super) teachers: Vec<Teacher>,
    pub(super) index: HashMap<String, usize>,
    /// The key of the last record and its teacher.
    pub(super) last_key: Option<(String, usize)>,
    /// Per source with `unique` fields: each key seen and its first record.
    pub(super) seen: Vec<HashMap<String, Provenance>>,
    pub(super) problems: Vec<Problem>,
    pub(super) stats: Vec<SourceStats>,
    /// Per source: where its records' dates fell against the period.
    pub(super) dates: Vec<DateTally>,
    /// Per source without a `date`: its records dated outside the period.
    pub(super) undated: Vec<UndatedTally>,
    /// Keys of roster rows refused for a bad or blank cell: their records
    /// are left out without a message each, the roster's one says why.
    pub(super) refused_keys: HashSet<String>,
    /// (source, teacher key) of each refused record (a bad or blank cell, a
    /// blank date): the teacher's missing import, or record, from that
    /// source is that record's problem, already reported.
    pub(super) refused_records: HashSet<(String, String)>,
    /// Per source, per teacher: whether any record of the source was
    /// scored for the teacher.
    pub(super) covered: Vec<Vec<bool>>,
    /// Per source: the keys of records skipped as not in the roster
    /// (`unknown_teachers = "skip"`), with count and first record per file.
    pub(super) skipped: Vec<BTreeMap<String, Vec<(u64, Provenance)>>>,
    /// The texts rules compare free-text fields with, and the values read.
    pub(super) literals: Literals,
    /// The roster rows left to other schools under [`RunConfig::school`],
    /// once the roster is closed.
    pub(super) school_rows: Option<SchoolRows>,
}

impl<'a> Scorer<'a> {
    /// A run of `loaded` set up by `config`; the rubric's own `[calendar]`
    /// dates stand in for a period `config` does not give.
    pub fn new(loaded: &'a LoadedRubric, config: &RunConfig) -> Self {
        let rubric = &loaded.rubric;
        let config = RunConfig {
            period: config
                .period
                .or(rubric.calendar.period.map(|(from, to)| Period { from, to })),
            ..config.clone()
        };
        Scorer {
            loaded,
            rubric,
            plan: Arc::new(Plan::new(rubric)),
            config,
            roster_closed: false,
            warnings: Vec::new(),
            teachers: Vec::new(),
            index: HashMap::new(),
            last_key: None,
            seen: rubric.sources.iter().map(|_| HashMap::new()).collect(),
            problems: Vec::new(),
            refused_keys: HashSet::new(),
            refused_records: HashSet::new(),
            stats: rubric
                .sources
                .iter()
                .map(|s| SourceStats {
                    source: s.id.clone(),
                    ..SourceStats::default()
                })
                .collect(),
            dates: vec![DateTally::default(); rubric.sources.len()],
            undated: vec![UndatedTally::default(); rubric.sources.len()],
            covered: vec![Vec::new(); rubric.sources.len()],
            skipped: vec![BTreeMap::new(); rubric.sources.len()],
            literals: Literals::new(rubric),
            school_rows: None,
        }
    }

    /// How the run is set up, the rubric's period filled in.
    pub fn config(&self) -> &RunConfig {
        &self.config
    }

    /// Feeds one record of `source` (its index among the rubric's
    /// sources). The roster's records come first: the first record of any
    /// other source completes the roster.
    pub fn feed(&mut self, source: usize, record: Record<'_>) {
        if source != self.rubric.roster.source {
            self.close_roster();
        }
        self.record(source, record);
    }

    /// The cell problems the reader found in what it fed (each such record
    /// came refused): the run reports them all together.
    pub fn cell_problems(&mut self, problems: impl IntoIterator<Item = DataError>) {
        self.problems
            .extend(problems.into_iter().map(Problem::Cell));
    }

    /// Says something about what was read (a sheet passed over, say): the
    /// outcome keeps warnings in the order said.
    pub fn warn(&mut self, warning: impl IntoIterator<Item = Warning>) {
        self.warnings.extend(warning);
    }

    /// The teachers the roster has given so far.
    pub fn teachers(&self) -> usize {
        self.teachers.len()
    }

    /// After the last record: the window and relative passes, each item
    /// bounded, rounded and explained, every data problem found (all of
    /// them, or the records skipped under `keep_going`), the evidence
    /// reconciled with every score, and the quotas graded. The outcome's
    /// `run.inputs` is left empty: the files are the reader's to list.
    ///
    /// # Errors
    /// [`ScoreError`]: records outside the period, data problems, or an
    /// internal inconsistency.
    pub fn finish(mut self) -> Result<Outcome, ScoreError> {
        self.close_roster();
        let Scorer {
            mut teachers,
            mut problems,
            stats,
            dates,
            undated,
            refused_records,
            mut warnings,
            config,
            loaded,
            covered,
            skipped,
            literals,
            school_rows,
            ..
        } = self;
        let rubric = &loaded.rubric;
        if let Some(period) = config.period {
            let refused = period_warnings(rubric, period, &stats, &dates, &mut warnings);
            if !refused.is_empty() && !config.allow_outside_period {
                return Err(ScoreError::OutsidePeriod {
                    period,
                    sources: refused,
                    month: likely_month(period, &dates),
                });
            }
            let undated = undated_sources(rubric, &undated);
            if !undated.is_empty() && !config.allow_outside_period {
                return Err(ScoreError::Undated {
                    period,
                    sources: undated,
                });
            }
        }
        // What was read too little of, or left out, to score in silence.
        let read = coverage::Read::new(&stats, &covered, &refused_records, config.period);
        read.check(rubric, &teachers, skipped, &mut problems, &mut warnings);
        if let Some(period) = config.period {
            coverage::days_without_records(rubric, period, &dates, &mut warnings);
        }
        warnings.extend(literals.warnings(rubric, &teachers));
        window_pass(rubric, config.period, &mut teachers, &mut problems)?;
        relative_pass(rubric, &mut teachers, &mut problems);
        let mut results: Vec<TeacherResult> = teachers
            .into_iter()
            .map(|t| finish(rubric, t, &mut problems))
            .collect();
        // A teacher whose record was refused for a bad or blank cell has no
        // import from its source: the cell's message already says why.
        // With --keep-going the missing import still stops the teacher.
        if !config.keep_going {
            problems.retain(|p| match p {
                Problem::ImportMissing { key, source, .. } => {
                    !refused_records.contains(&(source.clone(), key.clone()))
                }
                _ => true,
            });
        }
        let mut skipped = Vec::new();
        // Without a period every year-less date fails alike, and --keep-going
        // would skip every such record: one flag mends them, so it is asked for.
        if let Some(e) = no_year(&problems) {
            return Err(e);
        }
        if !problems.is_empty() {
            if !(config.keep_going && problems.iter().all(Problem::skippable)) {
                return Err(ScoreError::Data(problems));
            }
            skipped = problems.iter().flat_map(Problem::skipped).collect();
        }
        reconcile(rubric, &results)?;
        // Quotas and pay need every total: a second pass over all teachers.
        let standing = super::standing::grade_and_pay(rubric, &mut results)?;
        warnings.extend(standing.unshared);
        Ok(Outcome {
            pay: standing.pay,
            appeals: None,
            skipped,
            teachers: results,
            quotas: standing.quotas,
            run: RunInfo {
                tool_version: env!("CARGO_PKG_VERSION").to_string(),
                rubric: FileDigest {
                    path: loaded.path.clone(),
                    sha256: super::inputs::sha256_hex(&loaded.bytes),
                },
                inputs: Vec::new(),
                period: config.period,
                sources: stats,
                warnings,
                passed_over: 0,
                school: school_rows,
            },
        })
    }

    /// A copy with the roster and empty accumulators, for one source's thread.
    pub(super) fn fork(&self) -> Self {
        Scorer {
            loaded: self.loaded,
            rubric: self.rubric,
            // Each thread its own copy: no counter shared across cores.
            plan: Arc::new(Plan::clone(&self.plan)),
            config: self.config.clone(),
            roster_closed: true,
            warnings: Vec::new(),
            teachers: self.teachers.iter().map(|t| t.fresh(self.rubric)).collect(),
            index: self.index.clone(),
            last_key: None,
            seen: self.rubric.sources.iter().map(|_| HashMap::new()).collect(),
            problems: Vec::new(),
            stats: self.stats.clone(),
            dates: self.dates.clone(),
            undated: vec![UndatedTally::default(); self.rubric.sources.len()],
            refused_keys: self.refused_keys.clone(),
            refused_records: HashSet::new(),
            covered: vec![Vec::new(); self.rubric.sources.len()],
            skipped: vec![BTreeMap::new(); self.rubric.sources.len()],
            literals: self.literals.fresh(),
            school_rows: self.school_rows.clone(),
        }
    }

    /// Takes back what a fork found reading `source`: the accumulators of the
    /// rules, vetoes and requirements that read it, its problems and counts.
    pub(super) fn merge(&mut self, source: usize, job: Scorer<'_>) {
        let rubric = self.rubric;
        for (t, mut jt) in self.teachers.iter_mut().zip(job.teachers) {
            for (i, item) in rubric.items.iter().enumerate() {
                for (r, rule) in item.rules.iter().enumerate() {
                    if rule.source == source {
                        t.rules[i][r] = std::mem::take(&mut jt.rules[i][r]);
                    }
                }
            }
            t.vetoes.append(&mut jt.vetoes);
            for (a, adj) in rubric.adjustments.iter().enumerate() {
                for (q, req) in adj.requires.iter().enumerate() {
                    if req.source == source {
                        t.requires[a][q] = jt.requires[a][q].take();
                    }
                }
            }
        }
        self.problems.extend(job.problems);
        self.refused_records.extend(job.refused_records);
        let mut stats = job.stats;
        self.stats[source] = std::mem::take(&mut stats[source]);
        let mut dates = job.dates;
        self.dates[source] = std::mem::take(&mut dates[source]);
        self.undated[source] = job.undated[source];
        let mut seen = job.seen;
        self.seen[source] = std::mem::take(&mut seen[source]);
        let mut covered = job.covered;
        self.covered[source] = std::mem::take(&mut covered[source]);
        let mut skipped = job.skipped;
        self.skipped[source] = std::mem::take(&mut skipped[source]);
        self.literals.merge(source, job.literals);
    }

    pub(super) fn record(&mut self, source: usize, record: Record<'_>) {
        if record.refused {
            // Its problems are reported; a teacher whose roster row is
            // refused has records that are no news.
            if source == self.rubric.roster.source {
                if let Value::Text(k) = &record.values[self.rubric.roster.key] {
                    self.refused_keys.insert(k.clone());
                }
            } else if let Some(slot) = self.rubric.sources[source].teacher {
                if let Value::Text(k) = &record.values[slot] {
                    let id = self.rubric.sources[source].id.clone();
                    self.refused_records.insert((id, k.clone()));
                }
            }
            return;
        }
        self.stats[source].read = self.stats[source].read.saturating_add(1);
        let roster = &self.rubric.roster;
        // An export that is its own roster gives a teacher by its first
        // record in the period; every record of it is scored.
        let own_roster = source == roster.source && roster.from_records;
        if source == roster.source && !own_roster {
            self.roster_row(record);
            return;
        }
        let src = &self.rubric.sources[source];
        let Some(key_slot) = (if own_roster {
            Some(roster.key)
        } else {
            src.teacher
        }) else {
            // A source that names no teacher field has nothing to score.
            return;
        };
        let key = match &record.values[key_slot] {
            Value::Text(k) if !k.is_empty() => k.as_str(),
            _ => {
                self.problems.push(Problem::BlankKey {
                    origin: record.origin.clone(),
                    field: header(src, key_slot),
                });
                return;
            }
        };
        // Exports list a teacher's records together: the last key usually repeats.
        let known = match &self.last_key {
            Some((k, t)) if k == key => Some(*t),
            _ => self.index.get(key).copied(),
        };
        if let Some(t) = known {
            if self.last_key.as_ref().is_none_or(|(k, _)| k != key) {
                self.last_key = Some((key.to_string(), t));
            }
        }
        if let (true, Some(t)) = (own_roster, known) {
            if !self.same_name(t, &record) {
                return;
            }
        }
        if known.is_none() && !own_roster {
            // Without --keep-going the run stops on the roster row's
            // problem; with it, each record left out is still listed.
            if !self.config.keep_going && self.refused_keys.contains(key) {
                return;
            }
            match self.rubric.roster.unknown_teachers {
                crate::rubric::UnknownTeachers::Skip => {
                    self.stats[source].unknown_teacher =
                        self.stats[source].unknown_teacher.saturating_add(1);
                    let files = self.skipped[source].entry(key.to_string()).or_default();
                    match files.last_mut() {
                        Some((n, first)) if first.file == record.origin.file => {
                            *n = n.saturating_add(1)
                        }
                        _ => files.push((1, record.origin.clone())),
                    }
                }
                crate::rubric::UnknownTeachers::Error => {
                    self.problems.push(Problem::UnknownTeacher {
                        origin: record.origin.clone(),
                        source: src.id.clone(),
                        key: key.to_string(),
                    })
                }
            }
            return;
        }
        if let Some(period) = self.config.period {
            let dated = self.plan.undated[source].iter().find_map(|&f| {
                let d = record.values[f].as_date()?;
                (!period.contains(d)).then_some((f, d))
            });
            if let Some((field, date)) = dated {
                self.undated[source].outside(field, date);
            }
        }
        if let (Some(period), Some(date_slot)) = (self.config.period, src.date) {
            match record.values[date_slot].as_date() {
                Some(d) if period.contains(d) => self.dates[source].inside(d),
                Some(d) => {
                    self.stats[source].outside_period =
                        self.stats[source].outside_period.saturating_add(1);
                    self.dates[source].outside(d);
                    return;
                }
                None => {
                    self.problems.push(Problem::BlankDate {
                        origin: record.origin.clone(),
                        field: header(src, date_slot),
                    });
                    self.refused_records
                        .insert((src.id.clone(), key.to_string()));
                    return;
                }
            }
        }
        if !src.unique.is_empty() {
            let values = src
                .unique
                .iter()
                .map(|&slot| format!("{}={}", header(src, slot), record.values[slot]))
                .collect::<Vec<_>>()
                .join(", ");
            match self.seen[source].entry(values) {
                std::collections::hash_map::Entry::Occupied(first) => {
                    self.problems.push(Problem::DuplicateRecord {
                        origin: record.origin.clone(),
                        first: first.get().clone(),
                        values: first.key().clone(),
                    });
                    return;
                }
                std::collections::hash_map::Entry::Vacant(slot) => {
                    slot.insert(record.origin.clone());
                }
            }
        }
        let t = match known {
            Some(t) => t,
            None => self.enrol(key.to_string(), &record),
        };
        self.stats[source].scored = self.stats[source].scored.saturating_add(1);
        let covered = &mut self.covered[source];
        if covered.len() <= t {
            covered.resize(t.saturating_add(1), false);
        }
        covered[t] = true;
        self.literals.read(source, record.values);
        self.apply(source, t, record.values, record.origin);
    }

    pub(super) fn roster_row(&mut self, record: Record<'_>) {
        let roster = &self.rubric.roster;
        let src = &self.rubric.sources[roster.source];
        let key = match &record.values[roster.key] {
            Value::Text(k) if !k.is_empty() => k.clone(),
            _ => {
                self.problems.push(Problem::BlankKey {
                    origin: record.origin.clone(),
                    field: header(src, roster.key),
                });
                return;
            }
        };
        if let Some(&first) = self.index.get(&key) {
            self.problems.push(Problem::DuplicateTeacher {
                origin: record.origin.clone(),
                first: self.teachers[first].origin.clone(),
                key,
            });
            return;
        }
        self.enrol(key, &record);
        let roster = roster.source;
        self.stats[roster].scored = self.stats[roster].scored.saturating_add(1);
    }

    /// A new teacher from a roster row (or an export's first record of
    /// them): its index.
    fn enrol(&mut self, key: String, record: &Record<'_>) -> usize {
        let roster = &self.rubric.roster;
        // Names are matched by their normalised value and shown as the
        // roster writes them (`欧阳 娜`, `孙磊（已离职）`).
        let text = |slot: usize| match record.written.get(slot) {
            Some(Some(written)) => written.clone(),
            _ => record.values[slot].to_string(),
        };
        let t = self.teachers.len();
        self.index.insert(key.clone(), t);
        self.teachers.push(Teacher {
            key,
            name: text(roster.name),
            school: roster.school.map(text).filter(|s| !s.is_empty()),
            values: record.values.to_vec(),
            origin: record.origin.clone(),
            rules: empty_rules(self.rubric),
            vetoes: Vec::new(),
            requires: empty_requires(self.rubric),
        });
        t
    }

    /// Whether an export that is its own roster names teacher `t` as its
    /// first record did; a key under two names is a problem, not a guess.
    fn same_name(&mut self, t: usize, record: &Record<'_>) -> bool {
        let roster = &self.rubric.roster;
        let first = &self.teachers[t];
        let slots = std::iter::once(roster.name).chain(roster.school);
        let Some(slot) = slots
            .into_iter()
            .find(|&s| first.values[s] != record.values[s])
        else {
            return true;
        };
        let field = header(&self.rubric.sources[roster.source], slot);
        self.problems.push(Problem::TeacherNamedTwice {
            origin: record.origin.clone(),
            first: first.origin.clone(),
            key: first.key.clone(),
            field,
            value: record.values[slot].to_string(),
            first_value: first.values[slot].to_string(),
        });
        false
    }

    /// Under [`RunConfig::school`], the roster's rows of other schools
    /// left out before anything is scored for them.
    fn keep_school_rows(&mut self) {
        let Some(school) = self.config.school.as_deref() else {
            return;
        };
        if self.rubric.roster.from_records {
            return;
        }
        if let Some(rows) = super::school::keep_school(school, &mut self.teachers) {
            self.index = (self.teachers.iter().enumerate())
                .map(|(t, teacher)| (teacher.key.clone(), t))
                .collect();
            let roster = self.rubric.roster.source;
            self.stats[roster].scored = self.stats[roster].scored.saturating_sub(rows.others);
            self.school_rows = Some(rows);
        }
    }

    /// Rules and vetoes that read the roster itself, applied to each row,
    /// once the roster is complete.
    pub(super) fn close_roster(&mut self) {
        if std::mem::replace(&mut self.roster_closed, true) {
            return;
        }
        self.keep_school_rows();
        let source = self.rubric.roster.source;
        if self.rubric.roster.from_records
            || self.plan.by_source[source].is_empty()
                && self.plan.vetoes_by_source[source].is_empty()
                && self.plan.requires_by_source[source].is_empty()
        {
            return;
        }
        for t in 0..self.teachers.len() {
            let values = std::mem::take(&mut self.teachers[t].values);
            let origin = self.teachers[t].origin.clone();
            self.apply(source, t, &values, &origin);
            self.teachers[t].values = values;
        }
    }

    /// Teacher `t`'s rule past what kaohe computes exactly at `origin`.
    fn overflow(&mut self, t: usize, origin: &Provenance, item: &Item, rule: &Rule, values: Text) {
        let teacher = &self.teachers[t];
        let who = (teacher.key.as_str(), teacher.name.as_str());
        let problem =
            Problem::rule_overflow(Some(origin.clone()), who, self.rubric, item, rule, values);
        self.problems.push(problem);
    }

    pub(super) fn apply(&mut self, source: usize, t: usize, values: &[Value], origin: &Provenance) {
        let rubric = self.rubric;
        let roster_values = std::mem::take(&mut self.teachers[t].values);
        let teacher_values: &[Value] = if source == rubric.roster.source {
            values
        } else {
            &roster_values
        };
        let env = Env {
            record: values,
            teacher: teacher_values,
        };
        let plan = Arc::clone(&self.plan);
        // Everything is evaluated before anything is applied, so a record
        // with a problem moves no score at all (and `--keep-going` can skip
        // it whole).
        let found_before = self.problems.len();
        let mut outcomes = Vec::with_capacity(plan.by_source[source].len());
        for rr in &plan.by_source[source] {
            let item = &rubric.items[rr.item];
            let rule = &item.rules[rr.rule];
            let acc = &self.teachers[t].rules[rr.item][rr.rule];
            match evaluate(rubric, rule, &env, &rr.shown) {
                Ok(Some(Applied::Import { value, .. }))
                | Ok(Some(Applied::Rating { value, .. }))
                    if value < Decimal::ZERO || value > item.max =>
                {
                    self.problems.push(Problem::ImportOutOfRange {
                        origin: origin.clone(),
                        item: item.name.clone(),
                        value: value.normalize().to_string(),
                        max: item.max.normalize().to_string(),
                    });
                }
                Ok(Some(Applied::Import { .. })) if acc.import.is_some() => {
                    if let Some((_, first)) = &acc.import {
                        self.problems.push(Problem::ImportTwice {
                            origin: origin.clone(),
                            first: first.clone(),
                            item: item.name.clone(),
                        });
                    }
                }
                Ok(outcome) => match next_sum(acc, &outcome) {
                    Ok(next) => outcomes.push((outcome, next)),
                    Err(amount) => {
                        let fields = describe_fields(rubric, source, &rr.shown, &env);
                        let values = crate::i18n::engine::values_adding(fields, amount.normalize());
                        self.overflow(t, origin, item, rule, values);
                    }
                },
                // A value too large for its rule's arithmetic (29 digits
                // times a rate) is named with the fields it came from.
                Err(RuleError::Eval(EvalError::Overflow)) => {
                    let fields = describe_fields(rubric, source, &rr.shown, &env);
                    self.overflow(
                        t,
                        origin,
                        item,
                        rule,
                        crate::i18n::Text::same(fields.to_string()),
                    );
                }
                Err(e) => self.problems.push(Problem::Evaluation {
                    origin: origin.clone(),
                    rule: format!("{} / {}", item.name, rule.label),
                    reason: e.text(),
                }),
            }
        }
        let mut requirements_met = Vec::new();
        for (a, q, shown) in &plan.requires_by_source[source] {
            if self.teachers[t].requires[*a][*q].is_some() {
                continue;
            }
            let adj = &rubric.adjustments[*a];
            let met = match &adj.requires[*q].when {
                None => Ok(true),
                Some(w) => w.eval(&env),
            };
            match met {
                Ok(true) => {
                    requirements_met.push((*a, *q, describe_fields(rubric, source, shown, &env)))
                }
                Ok(false) => {}
                Err(e) => self.problems.push(Problem::Evaluation {
                    origin: origin.clone(),
                    rule: adj.name.clone(),
                    reason: super::problem::eval_reason(&e),
                }),
            }
        }
        let mut veto_hits = Vec::new();
        for (v, shown) in &plan.vetoes_by_source[source] {
            let veto = &rubric.vetoes[*v];
            match veto.when.eval(&env) {
                Ok(false) => {}
                Ok(true) => veto_hits.push((*v, describe_fields(rubric, source, shown, &env))),
                Err(e) => self.problems.push(Problem::Evaluation {
                    origin: origin.clone(),
                    rule: veto.name.clone(),
                    reason: super::problem::eval_reason(&e),
                }),
            }
        }
        if self.problems.len() > found_before {
            self.teachers[t].values = roster_values;
            return;
        }
        let date = rubric.sources[source]
            .date
            .and_then(|slot| values.get(slot))
            .and_then(Value::as_date);
        for (rr, (outcome, next)) in plan.by_source[source].iter().zip(outcomes) {
            let acc = &mut self.teachers[t].rules[rr.item][rr.rule];
            if let Some(sum) = next {
                acc.sum = sum;
            }
            match outcome {
                None => {}
                Some(Applied::Share { matched }) => {
                    acc.counted = acc.counted.saturating_add(1);
                    acc.matched = acc.matched.saturating_add(u64::from(matched));
                }
                Some(Applied::Points {
                    points,
                    detail,
                    exempt,
                }) => {
                    acc.evidence.push(Evidence {
                        rule: Some(rr.rule),
                        kind: if exempt {
                            EvidenceKind::Exempt
                        } else {
                            EvidenceKind::Record
                        },
                        points: if exempt { Decimal::ZERO } else { points },
                        origin: Some(origin.clone()),
                        detail,
                        date,
                    });
                }
                Some(Applied::Import { value, detail }) => {
                    acc.import = Some((value, origin.clone()));
                    acc.evidence.push(Evidence {
                        rule: Some(rr.rule),
                        kind: EvidenceKind::Import,
                        points: value,
                        origin: Some(origin.clone()),
                        detail,
                        date,
                    });
                }
                Some(Applied::Window {
                    start,
                    group,
                    amount,
                    charge,
                }) => {
                    if let Some(key) = charge {
                        acc.windows.charge(&group, key, origin);
                    }
                    acc.windows.add(start, group, amount, origin);
                }
                Some(Applied::Value(_)) => {
                    acc.counted = acc.counted.saturating_add(1);
                    if acc.first.is_none() {
                        acc.first = Some(origin.clone());
                    }
                }
                Some(Applied::Rating {
                    rater,
                    value,
                    detail,
                }) => {
                    acc.ratings.push(Rating {
                        rater,
                        value,
                        origin: origin.clone(),
                        detail,
                    });
                }
            }
        }
        for (a, q, detail) in requirements_met {
            self.teachers[t].requires[a][q] = Some((origin.clone(), detail));
        }
        for (v, detail) in veto_hits {
            let hits = &mut self.teachers[t].vetoes;
            match hits.iter_mut().find(|h| h.veto == v) {
                Some(hit) => hit.evidence.push((origin.clone(), detail)),
                None => hits.push(VetoResult {
                    veto: v,
                    evidence: vec![(origin.clone(), detail)],
                }),
            }
        }
        self.teachers[t].values = roster_values;
    }
}
