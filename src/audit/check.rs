//! `check`: everything that can be known about a rubric before a month is
//! scored, and — given the month's files — about its inputs, in one report.
//! Errors (the rubric does not compile, a rule can never apply, a source has
//! no file, a column is missing, a value does not parse) stop a run;
//! warnings (a cap that can never bind, a band no total can reach) are
//! probably mistakes but score soundly. Each finding says where.

use std::ops::Range;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::engine::{self, InputFile, RunConfig, ScoreError};
use crate::i18n::{audit as msg, Localize, Text};
use crate::input::{self, ReadOptions};
use crate::provenance::display_path;
use crate::rubric::expr::{Condition, Env, FieldRef};
use crate::rubric::file::RubricFile;
use crate::rubric::{self, Effect, LoadedRubric, Locale, Points, Rubric, RubricError};
use crate::value::{FieldType, Value};

/// How many value combinations a condition is tried on before giving up
/// on deciding whether it can ever hold.
const MAX_COMBINATIONS: usize = 20_000;

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Stops a run, or makes a rule dead.
    Error,
    /// Scores soundly but is probably not what was meant.
    Warning,
}

/// One located finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Error or warning.
    pub severity: Severity,
    /// `rubric.toml:12:1`, `file, sheet, cell` or a file name.
    #[serde(serialize_with = "in_english")]
    pub location: Text,
    /// What is wrong and what would fix it, in both languages.
    #[serde(serialize_with = "in_english")]
    pub message: Text,
}

/// JSON is for machines and CI logs: it keeps the English text, stable
/// whatever the language of the terminal.
fn in_english<S: serde::Serializer>(t: &Text, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&t.en)
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localized(Locale::En))
    }
}

impl Localize for Finding {
    fn localized(&self, locale: Locale) -> String {
        let s = severity_word(self.severity, locale);
        let (location, message) = (self.location.get(locale), self.message.get(locale));
        if location.is_empty() {
            format!("{s}{message}")
        } else {
            let colon = msg::location_separator().get(locale);
            format!("{s}{location}{colon}{message}")
        }
    }
}

fn severity_word(severity: Severity, locale: Locale) -> &'static str {
    match severity {
        Severity::Error => msg::severity_error(),
        Severity::Warning => msg::severity_warning(),
    }
    .get(locale)
}

/// Loads and lints a rubric: every compile error, then the lints a compiled
/// rubric allows. The rubric is returned when it compiled.
pub fn check_rubric(path: &std::path::Path) -> (Option<LoadedRubric>, Vec<Finding>) {
    checked(rubric::load(path), &display_path(path))
}

/// [`check_rubric`] on a rubric's bytes, named `display` in the findings
/// (a rubric held in memory, as `kaohe serve` holds a dropped one).
pub fn check_rubric_bytes(display: String, bytes: Vec<u8>) -> (Option<LoadedRubric>, Vec<Finding>) {
    let shown = display.clone();
    checked(rubric::from_bytes(display, bytes), &shown)
}

/// The findings of a rubric as loaded (or refused), shown as `shown`.
fn checked(
    loaded: Result<LoadedRubric, RubricError>,
    shown: &str,
) -> (Option<LoadedRubric>, Vec<Finding>) {
    let loaded = match loaded {
        Ok(l) => l,
        Err(RubricError::Invalid(diags)) => {
            let findings = diags
                .into_iter()
                .map(|d| Finding {
                    severity: Severity::Error,
                    location: Text::same(format!("{}:{}:{}", d.path, d.line, d.column)),
                    message: d.message,
                })
                .collect();
            return (None, findings);
        }
        Err(e) => {
            return (
                None,
                vec![Finding {
                    severity: Severity::Error,
                    location: Text::same(shown),
                    message: super::both(&e),
                }],
            )
        }
    };
    let text = String::from_utf8_lossy(&loaded.bytes).into_owned();
    let text = text.trim_start_matches('\u{feff}');
    let file: Option<RubricFile> = toml::from_str(text).ok();
    let findings = lint(&loaded.rubric, file.as_ref(), &loaded.path, text);
    (Some(loaded), findings)
}

fn at(path: &str, text: &str, span: Option<Range<usize>>) -> String {
    match span {
        Some(s) => {
            let d = rubric::Diagnostic::at(path, text, s, crate::i18n::Text::default());
            format!("{path}:{}:{}", d.line, d.column)
        }
        None => path.to_string(),
    }
}

fn lint(rubric: &Rubric, file: Option<&RubricFile>, path: &str, text: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    let item_span = |i: usize| file.and_then(|f| f.item.get(i)).map(|d| d.id.span());
    let rule_span = |i: usize, r: usize| {
        file.and_then(|f| f.item.get(i))
            .and_then(|d| d.rule.get(r))
            .map(|r| r.span())
    };
    let mut push = |severity, span: Option<Range<usize>>, message: Text| {
        out.push(Finding {
            severity,
            location: Text::same(at(path, text, span)),
            message,
        })
    };

    // Names: overrides and workbook diffs find items by name.
    for (i, item) in rubric.items.iter().enumerate() {
        if let Some(first) = rubric.items[..i].iter().find(|o| o.name == item.name) {
            push(
                Severity::Warning,
                item_span(i),
                msg::items_share_name(&first.id, &item.id, &item.name),
            );
        }
    }

    // Bands.
    for (g, grade) in rubric.grades.iter().enumerate() {
        let span = file.and_then(|f| f.grade.get(g)).map(|d| d.name.span());
        if let Some(min) = grade.min {
            if min > rubric.full_marks {
                push(
                    Severity::Warning,
                    span.clone(),
                    msg::grade_beyond_full_marks(
                        &grade.name,
                        min.normalize(),
                        rubric.full_marks.normalize(),
                    ),
                );
            }
            if min <= Decimal::ZERO && g + 1 < rubric.grades.len() {
                push(
                    Severity::Warning,
                    span,
                    msg::grade_takes_every_total(&grade.name, min.normalize()),
                );
            }
        }
    }

    // Items and rules.
    for (i, item) in rubric.items.iter().enumerate() {
        if item.rules.is_empty() {
            push(
                Severity::Warning,
                item_span(i),
                msg::item_has_no_rules(&item.id, item.start_value().normalize()),
            );
        }
        for (r, rule) in item.rules.iter().enumerate() {
            let span = rule_span(i, r);
            let name = msg::rule_of_item(&rule.label, &item.id);
            let per = match &rule.effect {
                Effect::Deduct(p) | Effect::Bonus(p) => Some(occurrence_points(p)),
                _ => None,
            };
            if let Some((least, most)) = per {
                if most.is_zero() {
                    push(
                        Severity::Warning,
                        span.clone(),
                        msg::rule_moves_nothing(&name),
                    );
                }
                if let Some(cap) = rule.cap {
                    if cap >= item.max {
                        push(
                            Severity::Warning,
                            span.clone(),
                            msg::cap_never_binds(&name, cap.normalize(), item.max.normalize()),
                        );
                    } else if cap < least {
                        push(
                            Severity::Warning,
                            span.clone(),
                            msg::cap_below_one_occurrence(
                                &name,
                                cap.normalize(),
                                least.normalize(),
                            ),
                        );
                    }
                }
            }
            let source = &rubric.sources[rule.source];
            let roster = &rubric.sources[rubric.roster.source];
            match satisfiable(rule.when.as_ref(), rule.unless.as_ref(), source, roster) {
                Decision::Never => push(Severity::Error, span, {
                    let when = rule.when.as_ref().map_or("", |w| w.source());
                    msg::rule_never_applies(&name, when)
                }),
                Decision::AlwaysExempt => push(Severity::Error, span, {
                    let unless = rule.unless.as_ref().map_or("", |u| u.source());
                    let when = match &rule.when {
                        Some(w) => Text::same(format!("`{}`", w.source())),
                        None => msg::every_record().text(),
                    };
                    msg::rule_never_counts(&name, &when, unless)
                }),
                Decision::Possible | Decision::Unknown => {}
            }
        }
    }
    for (v, veto) in rubric.vetoes.iter().enumerate() {
        let span = file.and_then(|f| f.veto.get(v)).map(|d| d.when.span());
        let source = &rubric.sources[veto.source];
        let roster = &rubric.sources[rubric.roster.source];
        if satisfiable(Some(&veto.when), None, source, roster) == Decision::Never {
            push(
                Severity::Error,
                span,
                msg::veto_never_applies(&veto.id, veto.when.source()),
            );
        }
    }
    out
}

/// The fewest and most points one occurrence can be worth.
fn occurrence_points(p: &Points) -> (Decimal, Decimal) {
    let all: Vec<Decimal> = match p {
        // A unit's worth: the field's value may be any count, even none.
        Points::Each(d) | Points::PerUnit { each: d, .. } => vec![*d],
        Points::ByValue { values, .. } => values.iter().map(|(_, d)| *d).collect(),
        Points::Tiers { steps, .. } => steps.iter().map(|s| s.points).collect(),
    };
    let least = all.iter().copied().min().unwrap_or_default();
    let most = all.iter().copied().max().unwrap_or_default();
    (least, most)
}

#[derive(Debug, PartialEq, Eq)]
enum Decision {
    Possible,
    Never,
    AlwaysExempt,
    Unknown,
}

/// Decides, by trying every combination, whether a condition can hold —
/// only when every field it reads takes finitely many values (enums,
/// booleans; each also blank). Anything else is left undecided: the check
/// never calls a satisfiable rule dead.
fn satisfiable(
    when: Option<&Condition>,
    unless: Option<&Condition>,
    source: &rubric::Source,
    roster: &rubric::Source,
) -> Decision {
    let mut fields: Vec<FieldRef> = Vec::new();
    for c in when.into_iter().chain(unless) {
        for f in c.fields() {
            if !fields.contains(f) {
                fields.push(*f);
            }
        }
    }
    if when.is_none() && unless.is_none() {
        return Decision::Possible;
    }
    let mut domains: Vec<Vec<Value>> = Vec::new();
    for f in &fields {
        let spec = match *f {
            FieldRef::Record(slot) => source.schema.fields.get(slot),
            FieldRef::Teacher(slot) => roster.schema.fields.get(slot),
        };
        let Some(spec) = spec else {
            return Decision::Unknown;
        };
        let mut values = vec![Value::Null];
        match &spec.ty {
            FieldType::Enum(vs) => values.extend(vs.iter().map(|v| Value::Text(v.clone()))),
            FieldType::Boolean => values.extend([Value::Bool(true), Value::Bool(false)]),
            _ => return Decision::Unknown,
        }
        domains.push(values);
    }
    let combinations = domains
        .iter()
        .try_fold(1usize, |n, d| n.checked_mul(d.len()));
    if combinations.is_none_or(|n| n > MAX_COMBINATIONS) {
        return Decision::Unknown;
    }
    let mut record = vec![Value::Null; source.schema.fields.len()];
    let mut teacher = vec![Value::Null; roster.schema.fields.len()];
    let mut index = vec![0usize; fields.len()];
    let mut applies = false;
    loop {
        for (k, f) in fields.iter().enumerate() {
            let v = domains[k][index[k]].clone();
            match *f {
                FieldRef::Record(slot) => record[slot] = v,
                FieldRef::Teacher(slot) => teacher[slot] = v,
            }
        }
        let env = Env {
            record: &record,
            teacher: &teacher,
        };
        let when_holds = when.is_none_or(|w| matches!(w.eval(&env), Ok(true)));
        if when_holds {
            applies = true;
            // An exemption that fails to evaluate does not exempt here; the
            // run would report the record instead, so it is not dead.
            let exempt = unless.is_some_and(|u| matches!(u.eval(&env), Ok(true)));
            if !exempt {
                return Decision::Possible;
            }
        }
        // Next combination.
        let mut k = 0;
        loop {
            if k == index.len() {
                return if applies {
                    Decision::AlwaysExempt
                } else {
                    Decision::Never
                };
            }
            index[k] += 1;
            if index[k] < domains[k].len() {
                break;
            }
            index[k] = 0;
            k += 1;
        }
    }
}

/// Checks a month's inputs against a compiled rubric: every source has a
/// file, every file's needed columns are present, every value parses, and
/// the records score (known teachers, evaluable rules). Every problem is
/// reported, not only the first.
pub fn check_inputs(
    loaded: &LoadedRubric,
    files: &[InputFile],
    config: &RunConfig,
) -> Vec<Finding> {
    use super::both;
    let rubric = &loaded.rubric;
    let mut out = Vec::new();
    let error = |location: String, message: Text| Finding {
        severity: Severity::Error,
        location: Text::same(location),
        message,
    };
    let assigned: Vec<Vec<usize>> = files
        .iter()
        .map(|f| {
            let name = engine::inputs::file_name(&f.path);
            (0..rubric.sources.len())
                .filter(|&s| rubric.sources[s].matcher.is_match(&name))
                .collect()
        })
        .collect();
    // A required source without a file: the run would stop there.
    let mut missing = false;
    for (s, source) in rubric.sources.iter().enumerate() {
        if !assigned.iter().any(|a| a.contains(&s)) {
            missing |= !source.optional;
            out.push(Finding {
                severity: if source.optional {
                    Severity::Warning
                } else {
                    Severity::Error
                },
                location: msg::source_location(&source.id),
                message: {
                    let patterns = super::list(&source.patterns);
                    let nested = engine::nested_matches(&config.inputs, |name| {
                        source.matcher.is_match(name)
                    });
                    if !nested.is_empty() {
                        msg::no_file_matches_nested(&patterns, &super::list(&nested))
                    } else if source.optional {
                        msg::no_file_matches_optional(&patterns)
                    } else {
                        msg::no_file_matches(&patterns)
                    }
                },
            });
        }
    }
    // A file no source reads is said here, whether or not the run gets far
    // enough to warn of it (its unread_file warning is then left out below).
    for (f, file) in files.iter().enumerate() {
        if assigned[f].is_empty() {
            out.push(Finding {
                severity: Severity::Warning,
                location: Text::same(file.display.clone()),
                message: msg::file_matches_no_source().text(),
            });
        }
    }
    let options = ReadOptions {
        compare: false,
        year_hint: config.period.map(|p| input::YearHint {
            from: p.from,
            to: p.to,
        }),
        memory_limit: config.memory_limit,
    };
    let mut file_errors = false;
    let mut seen: Vec<String> = Vec::new();
    let mut yearless = Vec::new();
    for (f, file) in files.iter().enumerate() {
        for &s in &assigned[f] {
            let mut cells = Vec::new();
            // A file the integrity check refused (damaged, a bomb, a grid
            // too large for calamine) must not reach calamine here either.
            let read = match &file.fault {
                Some(fault) => Err(fault.clone()),
                None => input::read(
                    input::Origin::File {
                        path: &file.path,
                        display: &file.display,
                        merges: None,
                    },
                    input::Reading {
                        schema: &rubric.sources[s].schema,
                        options: &options,
                        problems: &mut cells,
                        sink: &mut |_| {},
                    },
                ),
            };
            if let Err(e) = read {
                file_errors = true;
                out.push(error(
                    file.display.clone(),
                    msg::unreadable_as_source(&rubric.sources[s].id, &both(&e)),
                ));
            }
            for c in cells {
                // Said once for all of them, below.
                if matches!(&c, input::DataError::BadValue { expected, .. } if input::is_needs_year(expected))
                {
                    yearless.push(engine::Problem::Cell(c));
                    continue;
                }
                let text = both(&c);
                if !seen.contains(&text.en) {
                    seen.push(text.en.clone());
                    out.push(error(String::new(), text));
                }
            }
        }
    }
    if let Some(e) = engine::no_year(&yearless) {
        let text = both(&e);
        seen.push(text.en.clone());
        out.push(error(String::new(), text));
    }
    if !file_errors && !missing {
        match engine::score(loaded, files, config) {
            // Every warning a score of these files would say.
            Ok(outcome) => out.extend(
                outcome
                    .run
                    .warnings
                    .iter()
                    .chain(&engine::unread_folders(&config.inputs))
                    .filter(|w| !matches!(w, engine::Warning::Unread { .. }))
                    .map(|w| Finding {
                        severity: Severity::Warning,
                        location: Text::default(),
                        message: w.text(),
                    }),
            ),
            Err(ScoreError::Data(problems)) => {
                for p in problems {
                    let text = both(&p);
                    if !seen.contains(&text.en) {
                        seen.push(text.en.clone());
                        out.push(error(String::new(), text));
                    }
                }
            }
            Err(e) => {
                let text = both(&e);
                if !seen.contains(&text.en) {
                    out.push(error(String::new(), text));
                }
            }
        }
    }
    out
}

/// The findings as lines for the terminal in English, errors first, then a count.
pub fn render(findings: &[Finding]) -> String {
    render_in(findings, Locale::En)
}

/// The findings as lines for the terminal in `locale`, errors first, then a count.
pub fn render_in(findings: &[Finding], locale: Locale) -> String {
    let mut sorted: Vec<&Finding> = findings.iter().collect();
    sorted.sort_by_key(|f| f.severity);
    let mut out = String::new();
    for f in &sorted {
        out.push_str(&f.localized(locale));
        out.push('\n');
    }
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let warnings = findings.len() - errors;
    out.push_str(msg::findings_count(errors, warnings).get(locale));
    out.push('\n');
    out
}
