//! One scoring run: the roster is read, then every source's records are
//! streamed through the rules that read them and folded into per-teacher
//! accumulators; memory grows with teachers and evidence, never with the
//! records themselves. Then each item is bounded, rounded and explained, and
//! the evidence is reconciled with the scores before anything is returned.

use std::collections::{HashMap, HashSet};

use rust_decimal::Decimal;

use chrono::NaiveDate;

use super::adjust::{self, Subject};
use super::arith::{self, Checked, Overflow};
use super::duplicate::{self as dup, Candidate, Duplicate, Sameness};
use super::group::{self, Member};
use super::inputs::{file_name, InputFile};
use super::outcome::*;
use super::period::Period;
use super::problem::{Problem, SkippedRecord};
use super::warning::Warning;
use super::weighted::{self, Rating, Whom};
use super::window::{self as windows, WindowAcc};
use crate::input::{self, InputError, ReadOptions, Record};
use crate::provenance::Provenance;
use crate::rubric::calendar::WindowSize;
use crate::rubric::expr::{Env, EvalError, FieldRef};
use crate::rubric::{
    Effect, Item, Limit, LoadedRubric, MissingImport, Points, Rubric, Rule, WindowRule,
};
use crate::value::Value;

/// How a run is set up beyond the rubric and the files.
#[derive(Debug, Clone, Default)]
pub struct RunConfig {
    /// Only records dated within it are scored; `None` scores all.
    pub period: Option<Period>,
    /// Skip each record with a data problem, list it in the outcome and
    /// score the rest, instead of refusing to score.
    pub keep_going: bool,
    /// A dated source with no record in the period, or most of its records
    /// outside it, is what the user meant: warn instead of refusing.
    pub allow_outside_period: bool,
    /// `--memory-limit`, for what is read as a stream (CSV); `None`: the
    /// default.
    pub memory_limit: Option<u64>,
}

/// A dated source whose records are (nearly) all outside the period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutsideSource {
    /// The source id.
    pub source: String,
    /// Records inside the period.
    pub inside: u64,
    /// Records outside it.
    pub outside: u64,
    /// The earliest date of the records outside it.
    pub first: NaiveDate,
    /// The latest.
    pub last: NaiveDate,
}

/// Why a run produced no outcome.
#[derive(Debug, thiserror::Error)]
pub enum ScoreError {
    /// A file could not be read at all.
    #[error(transparent)]
    Read(#[from] InputError),
    /// A source that must have a file has none.
    #[error(
        "no input file for source `{source_id}`: none of {} matches {}",
        if files.is_empty() { "(no spreadsheet files)".to_string() } else { files.join(", ") },
        patterns.join(", ")
    )]
    MissingSource {
        /// The source id.
        source_id: String,
        /// Its file patterns.
        patterns: Vec<String>,
        /// The names of the files given.
        files: Vec<String>,
    },
    /// Problems in the data; all of them, in the order found.
    #[error("{} problem(s) in the input data", .0.len())]
    Data(Vec<Problem>),
    /// The rubric has window rules but neither the run nor the rubric's
    /// `[calendar]` says which days are scored.
    #[error("the rubric counts records per day or week, so it needs the period scored: pass --period (or --from/--to), or give `from` and `to` in the rubric's [calendar]")]
    NoPeriod,
    /// Dates written without a year (`3月7日`) and no period to take the
    /// year from: one message for the first such cell and how many more,
    /// not one per cell, as one flag mends them all.
    #[error("{}", .0.text().en)]
    NoYear(Box<Yearless>),
    /// The same file, sheet or records fed to one source twice: every
    /// record would count twice. Each copy, with the one it copies.
    #[error("{}", duplicates_text(.0).en)]
    Duplicate(Vec<Duplicate>),
    /// The evidence did not reconcile with a score: a fault in kaohe, never
    /// a score to write. What went wrong, in both languages.
    #[error("internal error, no score written: {0}")]
    Internal(crate::i18n::Text),
    /// Dated sources with no record in the period, or more than nine in ten of
    /// their records outside it: most likely the wrong period (or the wrong
    /// files), which would score everyone from the few records left.
    #[error("{}", outside_text(*period, sources).en)]
    OutsidePeriod {
        /// The period asked for.
        period: Period,
        /// Each source refused, in source order.
        sources: Vec<OutsideSource>,
    },
}

/// Cells whose dates have no year, in a run without a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Yearless {
    /// The first such cell.
    pub cell: crate::provenance::CellRef,
    /// Its column's header.
    pub header: String,
    /// The field's name.
    pub field: String,
    /// The cell as written.
    pub value: String,
    /// How many other cells lack a year.
    pub more: usize,
}

impl Yearless {
    /// What is missing and how to give it, in both languages.
    pub fn text(&self) -> crate::i18n::Text {
        use crate::i18n::{Locale, Localize as _};
        let Yearless {
            cell,
            header,
            field,
            value,
            more,
        } = self;
        let more = *more;
        let at_zh = cell.localized(Locale::Zh);
        let others = if more == 0 {
            crate::i18n::Text::default()
        } else {
            crate::text!(
                " (nor have {more} more cells)",
                "（另有 {more} 个单元格也没有写年份）"
            )
        };
        crate::i18n::Text {
        en: format!(
            "{cell}: {header} ({field}) value \"{value}\" has no year{}: give the period scored with --period (such as --period 2022-03) or --from and --to, and the year is taken from it",
            others.en
        ),
        zh: format!(
            "{at_zh}：{header} ({field}) 的值\"{value}\"没有写年份{}：请用 --period（如 --period 2022-03）或 --from 和 --to 给出考核期，年份按考核期确定",
            others.zh
        ),
    }
    }
}

/// Cells refused only for want of a year, said as one [`ScoreError::NoYear`].
pub(crate) fn no_year(problems: &[Problem]) -> Option<ScoreError> {
    let mut yearless = problems.iter().filter_map(|p| match p {
        Problem::Cell(crate::input::DataError::BadValue {
            cell,
            field,
            header,
            value,
            expected,
        }) if crate::input::is_needs_year(expected) => Some((cell, field, header, value)),
        _ => None,
    });
    let (cell, field, header, value) = yearless.next()?;
    Some(ScoreError::NoYear(Box::new(Yearless {
        cell: cell.clone(),
        header: header.clone(),
        field: field.clone(),
        value: value.clone(),
        more: yearless.count(),
    })))
}

/// [`ScoreError::OutsidePeriod`] in both languages.
fn outside_text(period: Period, sources: &[OutsideSource]) -> crate::i18n::Text {
    let (from, to) = (period.from, period.to);
    let mut out = crate::text!(
        "the data is not in the period {from} to {to}",
        "数据不在考核期 {from} 至 {to} 之内"
    );
    for s in sources {
        let OutsideSource {
            source,
            inside,
            outside,
            first,
            last,
        } = s;
        let dated = inside.saturating_add(*outside);
        let line = if *inside == 0 {
            crate::text!(
                "source {source} has no record in it: its {outside} dated records run from {first} to {last}",
                "数据源 {source} 在此期间没有记录：它的 {outside} 条有日期的记录从 {first} 到 {last}"
            )
        } else {
            crate::text!(
                "source {source} has {outside} of its {dated} dated records outside it, running from {first} to {last}",
                "数据源 {source} 的 {dated} 条有日期的记录中有 {outside} 条在此期间之外，日期从 {first} 到 {last}"
            )
        };
        out = out.join("; ", "；", &line);
    }
    out.join(
        "; give the period the records are in (--period or --from/--to), or, if this is the period meant, pass --allow-outside-period",
        "。请给出记录所在的考核期（--period 或 --from/--to）；如果确实是要考核这个期间，请加 --allow-outside-period",
        &crate::i18n::Text::default(),
    )
}

impl crate::i18n::Localize for ScoreError {
    fn localized(&self, locale: crate::i18n::Locale) -> String {
        if locale == crate::i18n::Locale::En {
            return self.to_string();
        }
        match self {
            ScoreError::Read(e) => e.localized(locale),
            ScoreError::MissingSource {
                source_id,
                patterns,
                files,
            } if files.is_empty() => format!(
                "数据源 `{source_id}` 没有输入文件：没有找到任何电子表格文件（文件名应符合 {}）",
                patterns.join("、")
            ),
            ScoreError::MissingSource {
                source_id,
                patterns,
                files,
            } => format!(
                "数据源 `{source_id}` 没有输入文件：{} 的文件名都不符合 {}",
                files.join("、"),
                patterns.join("、")
            ),
            ScoreError::Data(problems) => format!("输入数据中有 {} 个问题", problems.len()),
            ScoreError::NoYear(cells) => cells.text().zh,
            ScoreError::Duplicate(copies) => duplicates_text(copies).zh,
            ScoreError::NoPeriod => {
                "方案按天或按周统计记录，需要知道考核期：请加 --period（或 --from/--to），\
                 或在方案的 [calendar] 中写上 `from` 和 `to`"
                    .to_string()
            }
            // A fault in kaohe: the detail is for whoever fixes it.
            ScoreError::Internal(detail) => format!("内部错误，未写出任何分数：{}", detail.zh),
            ScoreError::OutsidePeriod { period, sources } => outside_text(*period, sources).zh,
        }
    }
}

/// One copy's message, or a count and each on its own line.
fn duplicates_text(copies: &[Duplicate]) -> crate::i18n::Text {
    match copies {
        [one] => one.text(),
        _ => {
            let n = copies.len();
            let mut text = crate::text!(
                "{n} inputs repeat what another input holds:",
                "有 {n} 处输入与另一处输入的内容重复："
            );
            for c in copies {
                let t = c.text();
                text.en.push_str(&format!("\n  - {}", t.en));
                text.zh.push_str(&format!("\n  - {}", t.zh));
            }
            text
        }
    }
}

/// Scores `files` with `rubric`.
///
/// # Errors
/// [`ScoreError`]: a file that cannot be read, a source with no file, every
/// data problem found, or an internal inconsistency.
pub fn score(
    loaded: &LoadedRubric,
    files: &[InputFile],
    config: &RunConfig,
) -> Result<Outcome, ScoreError> {
    score_with_progress(loaded, files, config, &mut NoProgress)
}

/// Told how far a run has got, so a caller can show it; the library itself
/// never prints. Every method does nothing unless overridden.
pub trait Progress {
    /// `file` is about to be read as source `source`: read `done` of `total`
    /// (one read per file and source that reads it).
    fn reading(&mut self, _file: &str, _source: &str, _done: usize, _total: usize) {}
    /// All records are read; teachers' items are being bounded, rounded
    /// and explained.
    fn scoring(&mut self, _teachers: usize) {}
}

/// Reports nothing.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoProgress;

impl Progress for NoProgress {}

/// [`score`], telling `progress` how far it has got.
///
/// # Errors
/// As [`score`].
pub fn score_with_progress(
    loaded: &LoadedRubric,
    files: &[InputFile],
    config: &RunConfig,
    progress: &mut dyn Progress,
) -> Result<Outcome, ScoreError> {
    let rubric = &loaded.rubric;
    // The rubric's own dates stand in for a period the command did not give.
    let config = &RunConfig {
        period: config
            .period
            .or(rubric.calendar.period.map(|(from, to)| Period { from, to })),
        ..config.clone()
    };
    let plan = Plan::new(rubric);
    let options = ReadOptions {
        year_hint: config.period.map(|p| input::YearHint {
            from: p.from,
            to: p.to,
        }),
        memory_limit: config.memory_limit,
    };
    let assigned = assign(rubric, files)?;
    let mut inputs: Vec<InputInfo> = files
        .iter()
        .zip(&assigned)
        .map(|(f, sources)| InputInfo {
            file: FileDigest {
                path: f.display.clone(),
                sha256: f.sha256.clone(),
            },
            sources: sources
                .iter()
                .map(|&s| rubric.sources[s].id.clone())
                .collect(),
            sheets: Vec::new(),
        })
        .collect();

    let mut state = State {
        rubric,
        plan: &plan,
        config,
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
    };
    let mut warnings = Vec::new();

    // The roster first, alone: every other record is keyed to it.
    let roster = rubric.roster.source;
    let reads = assigned.iter().map(Vec::len).sum();
    let mut done = 0;
    let schema = &rubric.sources[roster].schema;
    // Every sheet read, by source: the same records read twice are refused.
    let mut read: Vec<(usize, usize, input::SheetSummary)> = Vec::new();
    for (f, file) in files.iter().enumerate() {
        if !assigned[f].contains(&roster) {
            continue;
        }
        if let Some(fault) = &file.fault {
            return Err(ScoreError::Read(fault.clone()));
        }
        progress.reading(&file.display, &schema.id, done, reads);
        done = done.saturating_add(1);
        let mut cell_problems = Vec::new();
        let summary = input::read_file_with_merges(
            &file.path,
            &file.display,
            file.merges.as_ref(),
            schema,
            &options,
            &mut cell_problems,
            &mut |record| state.record(roster, record),
        )?;
        state
            .problems
            .extend(cell_problems.into_iter().map(Problem::Cell));
        inputs[f]
            .sheets
            .extend(sheet_infos(rubric, roster, &summary));
        warnings.extend(sheet_warnings(rubric, roster, &file.display, &summary));
        read.extend(summary.sheets.iter().map(|s| (roster, f, s.clone())));
    }
    state.roster_rules();

    // Then every other source into a fresh copy of the roster's
    // accumulators. A rule, veto or requirement reads one source only, so
    // merging the copies back in source order gives exactly what reading the
    // sources one after another gives. The sources are read by one worker
    // per core, largest first: the largest file is the run's critical path,
    // and a thread per source would make it share its core to the end.
    let others: Vec<usize> = (0..rubric.sources.len())
        .filter(|&s| s != roster && assigned.iter().any(|a| a.contains(&s)))
        .collect();
    for &s in &others {
        for (f, file) in files.iter().enumerate() {
            if assigned[f].contains(&s) {
                progress.reading(&file.display, &rubric.sources[s].id, done, reads);
                done = done.saturating_add(1);
            }
        }
    }
    let bytes = |s: usize| -> u64 {
        files
            .iter()
            .zip(&assigned)
            .filter(|(_, a)| a.contains(&s))
            .map(|(f, _)| std::fs::metadata(&f.path).map_or(0, |m| m.len()))
            .sum()
    };
    let mut queue: Vec<(usize, State<'_>)> = others.iter().map(|&s| (s, state.fork())).collect();
    queue.sort_by_cached_key(|&(s, _)| (std::cmp::Reverse(bytes(s)), s));
    let jobs = read_in_parallel(queue, files, &assigned, &options)?;
    for job in jobs {
        for (f, summary) in &job.sheets {
            inputs[*f]
                .sheets
                .extend(sheet_infos(rubric, job.source, summary));
            warnings.extend(sheet_warnings(
                rubric,
                job.source,
                &files[*f].display,
                summary,
            ));
            read.extend(summary.sheets.iter().map(|s| (job.source, *f, s.clone())));
        }
        state.merge(job.source, job.state);
    }
    same_files(rubric, files, &read)?;
    same_records(rubric, files, &read)?;

    let State {
        mut teachers,
        mut problems,
        stats,
        dates,
        refused_records,
        ..
    } = state;
    if let Some(period) = config.period {
        let refused = period_warnings(rubric, period, &stats, &dates, &mut warnings);
        if !refused.is_empty() && !config.allow_outside_period {
            return Err(ScoreError::OutsidePeriod {
                period,
                sources: refused,
            });
        }
    }
    window_pass(rubric, config.period, &mut teachers, &mut problems)?;
    relative_pass(rubric, &mut teachers, &mut problems);
    progress.scoring(teachers.len());
    let scopes: Vec<Option<String>> = teachers
        .iter()
        .map(|t| {
            rubric
                .quota
                .as_ref()
                .and_then(|q| q.scope)
                .map(|s| t.values[s].to_string())
        })
        .collect();
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
        skipped = problems
            .iter()
            .filter_map(|p| {
                p.place().map(|place| SkippedRecord {
                    place,
                    problem: p.text(),
                })
            })
            .collect();
    }
    reconcile(rubric, &results)?;
    // Quotas need every total: a second pass over all teachers.
    let quotas = match &rubric.quota {
        Some(q) => super::quota::grade_by_quota(rubric, q, &scopes, &mut results),
        None => Vec::new(),
    };
    Ok(Outcome {
        skipped,
        teachers: results,
        quotas,
        run: RunInfo {
            tool_version: env!("CARGO_PKG_VERSION").to_string(),
            rubric: FileDigest {
                path: loaded.path.clone(),
                sha256: super::inputs::sha256_hex(&loaded.bytes),
            },
            inputs,
            period: config.period,
            sources: stats,
            warnings,
            passed_over: 0,
        },
    })
}

/// Reads each queued source into its state on one worker thread per core,
/// taking the queue in order; returns the jobs in source order.
///
/// # Errors
/// The first source in source order whose reading failed, so the error a
/// run reports does not depend on which thread finished first.
fn read_in_parallel<'a>(
    queue: Vec<(usize, State<'a>)>,
    files: &[InputFile],
    assigned: &[Vec<usize>],
    options: &ReadOptions,
) -> Result<Vec<Job<'a>>, ScoreError> {
    let read = |(source, mut state): (usize, State<'a>)| {
        let sheets = read_source(&mut state, source, files, assigned, options);
        let job = sheets.map(|sheets| Job {
            source,
            state,
            sheets,
        });
        (source, job)
    };
    let Some(mut done) = super::parallel::in_parallel(queue, read) else {
        // A thread stops only on a panic, which is kaohe's fault, never the
        // data's: located data errors come back as results.
        let why = crate::panicked::internal(crate::panicked::last().as_ref());
        return Err(ScoreError::Internal(
            crate::text!("a reading thread stopped", "读取数据的线程意外中止")
                .join(": ", "：", &why),
        ));
    };
    done.sort_by_key(|(source, _)| *source);
    done.into_iter().map(|(_, job)| job).collect()
}

/// One source read on a worker thread: its accumulators and what was read.
struct Job<'a> {
    source: usize,
    state: State<'a>,
    sheets: Vec<(usize, input::FileSummary)>,
}

/// Reads every file of `source` into `state`, in file order.
fn read_source(
    state: &mut State<'_>,
    source: usize,
    files: &[InputFile],
    assigned: &[Vec<usize>],
    options: &ReadOptions,
) -> Result<Vec<(usize, input::FileSummary)>, ScoreError> {
    let schema = &state.rubric.sources[source].schema;
    let mut sheets = Vec::new();
    for (f, file) in files.iter().enumerate() {
        if !assigned[f].contains(&source) {
            continue;
        }
        if let Some(fault) = &file.fault {
            return Err(ScoreError::Read(fault.clone()));
        }
        let mut cell_problems = Vec::new();
        let summary = input::read_file_with_merges(
            &file.path,
            &file.display,
            file.merges.as_ref(),
            schema,
            options,
            &mut cell_problems,
            &mut |record| state.record(source, record),
        )?;
        state
            .problems
            .extend(cell_problems.into_iter().map(Problem::Cell));
        sheets.push((f, summary));
    }
    Ok(sheets)
}

/// The run record's lines for the sheets a source read from one file.
fn sheet_infos<'s>(
    rubric: &'s Rubric,
    source: usize,
    summary: &'s input::FileSummary,
) -> impl Iterator<Item = SheetInfo> + 's {
    summary.sheets.iter().map(move |s| SheetInfo {
        source: rubric.sources[source].id.clone(),
        sheet: s.sheet.clone(),
        header_row: s.header_row,
        records: s.records,
    })
}

/// What one sheet's reading must say: optional columns it lacks (each
/// record took the default) and records in rows it hides.
fn sheet_warnings(
    rubric: &Rubric,
    source: usize,
    file: &str,
    summary: &input::FileSummary,
) -> Vec<Warning> {
    let id = &rubric.sources[source].id;
    let mut out = Vec::new();
    for s in &summary.sheets {
        // An empty sheet took nothing from a default.
        if s.records > 0 {
            out.extend(s.absent.iter().map(|a| Warning::ColumnNotFound {
                source: id.clone(),
                file: file.to_string(),
                sheet: s.sheet.clone(),
                field: a.field.clone(),
                accepted: a.accepted.clone(),
                found: s.headers.clone(),
                default: a.default.clone(),
                records: s.records,
            }));
        }
        if s.hidden > 0 {
            out.push(Warning::HiddenRows {
                source: id.clone(),
                file: file.to_string(),
                sheet: s.sheet.clone(),
                records: s.hidden,
            });
        }
    }
    out
}

/// Where a dated source's records fell against the period.
#[derive(Debug, Clone, Copy, Default)]
struct DateTally {
    /// Records inside the period.
    inside: u64,
    /// The earliest and latest date outside it.
    outside: Option<(NaiveDate, NaiveDate)>,
}

impl DateTally {
    fn outside(&mut self, d: NaiveDate) {
        self.outside = Some(match self.outside {
            Some((first, last)) => (first.min(d), last.max(d)),
            None => (d, d),
        });
    }
}

/// Says, per dated source, how many records fell outside the period, and
/// returns the sources to refuse: no record in the period, or more than
/// nine in ten outside it. That is where a wrong month shows: the wrong
/// month (or year) leaves none inside, or only the few records whose
/// year-less dates took the period's year; while a month's export scored
/// for its month has next to nothing outside, and a month, a half-month or
/// a week scored from a longer log keeps a share of it inside.
fn period_warnings(
    rubric: &Rubric,
    period: Period,
    stats: &[SourceStats],
    dates: &[DateTally],
    warnings: &mut Vec<Warning>,
) -> Vec<OutsideSource> {
    let mut refused = Vec::new();
    for (s, source) in rubric.sources.iter().enumerate() {
        let (Some(stat), Some(tally)) = (stats.get(s), dates.get(s)) else {
            continue;
        };
        let Some((first, last)) = tally.outside else {
            continue;
        };
        let outside = stat.outside_period;
        warnings.push(Warning::OutsidePeriod {
            source: source.id.clone(),
            outside,
            dated: tally.inside.saturating_add(outside),
            period,
            first,
            last,
        });
        if tally.inside == 0 || outside > tally.inside.saturating_mul(9) {
            refused.push(OutsideSource {
                source: source.id.clone(),
                inside: tally.inside,
                outside,
                first,
                last,
            });
        }
    }
    refused
}

/// Which sources read each file; a required source with no file is an error.
fn assign(rubric: &Rubric, files: &[InputFile]) -> Result<Vec<Vec<usize>>, ScoreError> {
    let assigned: Vec<Vec<usize>> = files
        .iter()
        .map(|f| {
            let name = file_name(&f.path);
            (0..rubric.sources.len())
                .filter(|&s| rubric.sources[s].matcher.is_match(&name))
                .collect()
        })
        .collect();
    for (s, source) in rubric.sources.iter().enumerate() {
        if !source.optional && !assigned.iter().any(|a| a.contains(&s)) {
            let names: Vec<String> = files.iter().map(|f| file_name(&f.path)).collect();
            return Err(ScoreError::MissingSource {
                source_id: source.id.clone(),
                patterns: source.patterns.clone(),
                files: names,
            });
        }
    }
    Ok(assigned)
}

/// Two files with the same bytes from which one source read records:
/// refused, naming the copy to delete. Two empty exports (a header and no
/// rows) may well be the same bytes, and count nothing twice.
fn same_files(
    rubric: &Rubric,
    files: &[InputFile],
    read: &[(usize, usize, input::SheetSummary)],
) -> Result<(), ScoreError> {
    let mut copies = Vec::new();
    for (s, source) in rubric.sources.iter().enumerate() {
        let records = |f: usize| -> u64 {
            read.iter()
                .filter(|(rs, rf, _)| *rs == s && *rf == f)
                .map(|(_, _, sheet)| sheet.records)
                .sum()
        };
        let mine: Vec<usize> = (0..files.len()).filter(|&f| records(f) > 0).collect();
        let groups = group_by(&mine, |&f| files[f].sha256.clone());
        for group in groups {
            let candidates: Vec<Candidate<'_>> = group
                .iter()
                .map(|&f| Candidate {
                    place: (&files[f].display, ""),
                    name: dup::stem(&files[f].path),
                    link: dup::is_link(&files[f].path),
                })
                .collect();
            let n = records(group[0]);
            copies.extend(duplicates(&source.id, Sameness::File, &candidates, n));
        }
    }
    if copies.is_empty() {
        Ok(())
    } else {
        Err(ScoreError::Duplicate(copies))
    }
}

/// Two sheets, of one workbook or of two files, from which one source read
/// the same records (a copied sheet, one month exported as xlsx and as
/// csv): refused, naming the copy to delete.
fn same_records(
    rubric: &Rubric,
    files: &[InputFile],
    read: &[(usize, usize, input::SheetSummary)],
) -> Result<(), ScoreError> {
    let mut copies = Vec::new();
    for (s, source) in rubric.sources.iter().enumerate() {
        let mut mine: Vec<usize> = (0..read.len())
            .filter(|&i| read[i].0 == s && read[i].2.records > 0)
            .collect();
        // In name order: files are, and so the sheets within one file.
        mine.sort_by(|&a, &b| (read[a].1, &read[a].2.sheet).cmp(&(read[b].1, &read[b].2.sheet)));
        for group in group_by(&mine, |&i| (read[i].2.records, read[i].2.digest)) {
            let one_file = group.iter().all(|&i| read[i].1 == read[group[0]].1);
            let candidates: Vec<Candidate<'_>> = group
                .iter()
                .map(|&i| {
                    let file = &files[read[i].1];
                    let sheet = &read[i].2.sheet;
                    Candidate {
                        place: (&file.display, sheet),
                        name: if one_file {
                            sheet.clone()
                        } else {
                            dup::stem(&file.path)
                        },
                        link: !one_file && dup::is_link(&file.path),
                    }
                })
                .collect();
            let same = if one_file {
                Sameness::Sheet
            } else {
                Sameness::Rows
            };
            copies.extend(duplicates(
                &source.id,
                same,
                &candidates,
                read[group[0]].2.records,
            ));
        }
    }
    if copies.is_empty() {
        Ok(())
    } else {
        Err(ScoreError::Duplicate(copies))
    }
}

/// The items of `items` with the same key, in groups of two or more, each
/// in the order of `items`.
fn group_by<K: PartialEq>(items: &[usize], key: impl Fn(&usize) -> K) -> Vec<Vec<usize>> {
    let mut groups: Vec<(K, Vec<usize>)> = Vec::new();
    for i in items {
        let k = key(i);
        match groups.iter_mut().find(|(g, _)| *g == k) {
            Some((_, members)) => members.push(*i),
            None => groups.push((k, vec![*i])),
        }
    }
    groups
        .into_iter()
        .map(|(_, members)| members)
        .filter(|members| members.len() > 1)
        .collect()
}

/// Each copy in a group of candidates with the same content.
fn duplicates(
    source: &str,
    same: Sameness,
    group: &[Candidate<'_>],
    records: u64,
) -> Vec<Duplicate> {
    let (kept, copies) = dup::split(group);
    let place = |c: &Candidate<'_>| (c.place.0.to_string(), c.place.1.to_string());
    copies
        .into_iter()
        .map(|(i, why)| Duplicate {
            source: source.to_string(),
            same: same.clone(),
            kept: place(&group[kept]),
            copy: place(&group[i]),
            records,
            why,
        })
        .collect()
}

/// For each source, the rules and vetoes that read it, and the fields each
/// shows in its evidence: worked out once, not per record.
struct Plan {
    by_source: Vec<Vec<RuleRef>>,
    vetoes_by_source: Vec<Vec<(usize, Vec<FieldRef>)>>,
    /// Per source: (adjustment, requirement, fields shown) for `[[adjust]] requires`.
    requires_by_source: Vec<Vec<(usize, usize, Vec<FieldRef>)>>,
}

struct RuleRef {
    item: usize,
    rule: usize,
    shown: Vec<FieldRef>,
}

impl Plan {
    fn new(rubric: &Rubric) -> Self {
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
            let mut shown: Vec<FieldRef> = rubric.sources[veto.source]
                .date
                .map(FieldRef::Record)
                .into_iter()
                .collect();
            push_new(&mut shown, veto.when.fields());
            vetoes_by_source[veto.source].push((v, shown));
        }
        let mut requires_by_source: Vec<Vec<(usize, usize, Vec<FieldRef>)>> =
            rubric.sources.iter().map(|_| Vec::new()).collect();
        for (a, adj) in rubric.adjustments.iter().enumerate() {
            for (q, req) in adj.requires.iter().enumerate() {
                let mut shown: Vec<FieldRef> = rubric.sources[req.source]
                    .date
                    .map(FieldRef::Record)
                    .into_iter()
                    .collect();
                if let Some(w) = &req.when {
                    push_new(&mut shown, w.fields());
                }
                requires_by_source[req.source].push((a, q, shown));
            }
        }
        Plan {
            by_source,
            vetoes_by_source,
            requires_by_source,
        }
    }
}

/// The fields an evidence line shows: the record's date, then every field
/// the rule reads, in the order the rule reads them.
fn shown_fields(rubric: &Rubric, rule: &Rule) -> Vec<FieldRef> {
    let mut shown: Vec<FieldRef> = rubric.sources[rule.source]
        .date
        .map(FieldRef::Record)
        .into_iter()
        .collect();
    if let Some(w) = &rule.when {
        push_new(&mut shown, w.fields());
    }
    match &rule.effect {
        Effect::Deduct(p) | Effect::Bonus(p) => match p {
            Points::Each(_) => {}
            Points::ByValue { field, .. } | Points::Tiers { field, .. } => {
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

fn push_new(into: &mut Vec<FieldRef>, fields: &[FieldRef]) {
    for f in fields {
        if !into.contains(f) {
            into.push(*f);
        }
    }
}

/// A roster row and what has been found for it so far.
struct Teacher {
    key: String,
    name: String,
    school: Option<String>,
    values: Vec<Value>,
    origin: Provenance,
    /// Per item, per rule.
    rules: Vec<Vec<RuleAcc>>,
    vetoes: Vec<VetoResult>,
    /// Per adjustment, per requirement: the first record that met it.
    requires: Vec<Vec<Option<(Provenance, Detail)>>>,
}

impl Teacher {
    /// The same roster row with nothing found yet.
    fn fresh(&self, rubric: &Rubric) -> Teacher {
        Teacher {
            key: self.key.clone(),
            name: self.name.clone(),
            school: self.school.clone(),
            values: self.values.clone(),
            origin: self.origin.clone(),
            rules: empty_rules(rubric),
            vetoes: Vec::new(),
            requires: empty_requires(rubric),
        }
    }
}

fn empty_rules(rubric: &Rubric) -> Vec<Vec<RuleAcc>> {
    rubric
        .items
        .iter()
        .map(|i| i.rules.iter().map(|_| RuleAcc::default()).collect())
        .collect()
}

fn empty_requires(rubric: &Rubric) -> Vec<Vec<Option<(Provenance, Detail)>>> {
    rubric
        .adjustments
        .iter()
        .map(|a| a.requires.iter().map(|_| None).collect())
        .collect()
}

#[derive(Default)]
struct RuleAcc {
    sum: Decimal,
    /// Ratio rules: records counted and records that matched; relative
    /// rules: records counted (for `combine = "mean"`).
    counted: u64,
    matched: u64,
    evidence: Vec<Evidence>,
    import: Option<(Decimal, Provenance)>,
    /// Window rules: the records bucketed by window and group.
    windows: WindowAcc,
    /// Relative rules: the teacher's first record (a teacher without one is
    /// not a member of the group).
    first: Option<Provenance>,
    ratings: Vec<Rating>,
}

struct State<'a> {
    rubric: &'a Rubric,
    plan: &'a Plan,
    config: &'a RunConfig,
    teachers: Vec<Teacher>,
    index: HashMap<String, usize>,
    /// The key of the last record and its teacher.
    last_key: Option<(String, usize)>,
    /// Per source with `unique` fields: each key seen and its first record.
    seen: Vec<HashMap<String, Provenance>>,
    problems: Vec<Problem>,
    stats: Vec<SourceStats>,
    /// Per source: where its records' dates fell against the period.
    dates: Vec<DateTally>,
    /// Keys of roster rows refused for a bad or blank cell: their records
    /// are left out without a message each, the roster's one says why.
    refused_keys: HashSet<String>,
    /// (source, teacher key) of each refused record: the teacher's missing
    /// import from that source is that record's problem, already reported.
    refused_records: HashSet<(String, String)>,
}

impl State<'_> {
    /// A copy with the roster and empty accumulators, for one source's thread.
    fn fork(&self) -> Self {
        State {
            rubric: self.rubric,
            plan: self.plan,
            config: self.config,
            teachers: self.teachers.iter().map(|t| t.fresh(self.rubric)).collect(),
            index: self.index.clone(),
            last_key: None,
            seen: self.rubric.sources.iter().map(|_| HashMap::new()).collect(),
            problems: Vec::new(),
            stats: self.stats.clone(),
            dates: self.dates.clone(),
            refused_keys: self.refused_keys.clone(),
            refused_records: HashSet::new(),
        }
    }

    /// Takes back what a fork found reading `source`: the accumulators of the
    /// rules, vetoes and requirements that read it, its problems and counts.
    fn merge(&mut self, source: usize, job: State<'_>) {
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
        self.dates[source] = job.dates[source];
        let mut seen = job.seen;
        self.seen[source] = std::mem::take(&mut seen[source]);
    }

    fn record(&mut self, source: usize, record: Record<'_>) {
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
        if source == self.rubric.roster.source {
            self.roster_row(record);
            return;
        }
        let src = &self.rubric.sources[source];
        let Some(key_slot) = src.teacher else {
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
        let Some(t) = known else {
            // Without --keep-going the run stops on the roster row's
            // problem; with it, each record left out is still listed.
            if !self.config.keep_going && self.refused_keys.contains(key) {
                return;
            }
            match self.rubric.roster.unknown_teachers {
                crate::rubric::UnknownTeachers::Skip => {
                    self.stats[source].unknown_teacher =
                        self.stats[source].unknown_teacher.saturating_add(1)
                }
                crate::rubric::UnknownTeachers::Error => {
                    self.problems.push(Problem::UnknownTeacher {
                        origin: record.origin.clone(),
                        key: key.to_string(),
                    })
                }
            }
            return;
        };
        if let (Some(period), Some(date_slot)) = (self.config.period, src.date) {
            match record.values[date_slot].as_date() {
                Some(d) if period.contains(d) => {
                    self.dates[source].inside = self.dates[source].inside.saturating_add(1);
                }
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
        self.stats[source].scored = self.stats[source].scored.saturating_add(1);
        self.apply(source, t, record.values, record.origin);
    }

    fn roster_row(&mut self, record: Record<'_>) {
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
        // Names are matched by their normalised value and shown as the
        // roster writes them (`欧阳 娜`, `孙磊（已离职）`).
        let text = |slot: usize| match record.written.get(slot) {
            Some(Some(written)) => written.clone(),
            _ => record.values[slot].to_string(),
        };
        self.index.insert(key.clone(), self.teachers.len());
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
        self.stats[roster.source].scored = self.stats[roster.source].scored.saturating_add(1);
    }

    /// Rules and vetoes that read the roster itself, applied to each row.
    fn roster_rules(&mut self) {
        let source = self.rubric.roster.source;
        if self.plan.by_source[source].is_empty()
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

    fn apply(&mut self, source: usize, t: usize, values: &[Value], origin: &Provenance) {
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
        let plan = self.plan;
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
                        let amount = amount.normalize();
                        let teacher = &self.teachers[t];
                        self.problems.push(Problem::Overflow {
                            origin: Some(origin.clone()),
                            teacher: format!("{} {}", teacher.key, teacher.name),
                            rule: format!("{} / {}", item.name, rule.label),
                            source: rubric.sources[source].id.clone(),
                            values: crate::i18n::Text::same(fields.to_string()).join(
                                " ",
                                "",
                                &crate::text!("(adding {amount})", "（计入 {amount}）"),
                            ),
                        });
                    }
                },
                // A value too large for its rule's arithmetic (29 digits
                // times a rate) is named with the fields it came from.
                Err(RuleError::Eval(EvalError::Overflow)) => {
                    let teacher = &self.teachers[t];
                    self.problems.push(Problem::Overflow {
                        origin: Some(origin.clone()),
                        teacher: format!("{} {}", teacher.key, teacher.name),
                        rule: format!("{} / {}", item.name, rule.label),
                        source: rubric.sources[source].id.clone(),
                        values: crate::i18n::Text::same(
                            describe_fields(rubric, source, &rr.shown, &env).to_string(),
                        ),
                    });
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
                    });
                }
                Some(Applied::Window {
                    start,
                    group,
                    amount,
                }) => {
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

/// What a rule's running sum becomes with `outcome`, checked before
/// anything is applied so a record that would carry it past the largest
/// decimal moves nothing: `Ok(None)` leaves the sum as it is; `Err` is the
/// amount that does not fit.
fn next_sum(acc: &RuleAcc, outcome: &Option<Applied>) -> Result<Option<Decimal>, Decimal> {
    match outcome {
        Some(Applied::Points {
            points,
            exempt: false,
            ..
        }) => acc.sum.checked_add(*points).map(Some).ok_or(*points),
        Some(Applied::Value(amount)) => acc.sum.checked_add(*amount).map(Some).ok_or(*amount),
        Some(Applied::Window {
            start,
            group,
            amount,
        }) => {
            if acc.windows.fits(*start, group, *amount) {
                Ok(None)
            } else {
                Err(*amount)
            }
        }
        _ => Ok(None),
    }
}

enum Applied {
    /// A ratio rule counted the record; whether it also matched.
    Share {
        matched: bool,
    },
    Points {
        points: Decimal,
        detail: Detail,
        exempt: bool,
    },
    Import {
        value: Decimal,
        detail: Detail,
    },
    /// A window rule's record: what it adds to its window and group.
    Window {
        start: NaiveDate,
        group: String,
        amount: Decimal,
    },
    /// A relative rule's record: what it adds to the teacher's value.
    Value(Decimal),
    Rating {
        rater: usize,
        value: Decimal,
        detail: Detail,
    },
}

/// What one rule makes of one record: nothing, signed points, or an imported score.
fn evaluate(
    rubric: &Rubric,
    rule: &Rule,
    env: &Env<'_>,
    shown: &[FieldRef],
) -> Result<Option<Applied>, RuleError> {
    if let Some(when) = &rule.when {
        if !when.eval(env)? {
            return Ok(None);
        }
    }
    let mut detail = describe_fields(rubric, rule.source, shown, env);
    let (magnitude, sign) = match &rule.effect {
        Effect::Deduct(p) => (points(rubric, rule, p, env, &mut detail)?, -Decimal::ONE),
        Effect::Bonus(p) => (points(rubric, rule, p, env, &mut detail)?, Decimal::ONE),
        Effect::Proportional { value, rate } => {
            let v = value.eval(env)?;
            if v < Decimal::ZERO {
                return Err(RuleError::Negative(v));
            }
            let product = v
                .checked_mul(*rate)
                .ok_or(RuleError::Eval(EvalError::Overflow))?;
            (product, Decimal::ONE)
        }
        Effect::Ratio { matching, .. } => {
            return Ok(Some(Applied::Share {
                matched: matching.eval(env)?,
            }));
        }
        Effect::Import { value, .. } => {
            return Ok(Some(Applied::Import {
                value: value.eval(env)?,
                detail,
            }));
        }
        Effect::Window(w) => return window_record(rubric, rule, w, env),
        Effect::Relative(r) => {
            let v = r.value.eval(env)?;
            if v < Decimal::ZERO {
                return Err(RuleError::Negative(v));
            }
            return Ok(Some(Applied::Value(v)));
        }
        Effect::Weighted {
            by, value, weights, ..
        } => {
            let src = &rubric.sources[rule.source];
            let text = env.record[*by]
                .as_text()
                .ok_or_else(|| RuleError::Blank(header(src, *by)))?;
            let rater = weights
                .iter()
                .position(|(k, _)| k == text)
                .ok_or_else(|| RuleError::NoPoints(format!("{}={text}", header(src, *by))))?;
            return Ok(Some(Applied::Rating {
                rater,
                value: value.eval(env)?,
                detail,
            }));
        }
    };
    let exempt = match &rule.unless {
        Some(u) => u.eval(env)?,
        None => false,
    };
    if exempt {
        let label = &rule.unless_label;
        detail = detail.then(
            "; ",
            "；",
            &crate::text!("exempt: {label}", "免扣：{label}"),
        );
    }
    Ok(Some(Applied::Points {
        points: if sign.is_sign_negative() {
            arith::negated(magnitude)
        } else {
            magnitude
        },
        detail,
        exempt,
    }))
}

#[derive(Debug, thiserror::Error)]
enum RuleError {
    #[error(transparent)]
    Eval(#[from] EvalError),
    #[error("{0} has no points in the rule")]
    NoPoints(String),
    #[error("{0} is blank")]
    Blank(String),
    #[error("the value {0} is negative")]
    Negative(Decimal),
}

impl RuleError {
    /// Why, in both languages, for [`Problem::Evaluation`].
    fn text(&self) -> crate::i18n::Text {
        match self {
            RuleError::Eval(e) => super::problem::eval_reason(e),
            RuleError::NoPoints(v) => {
                crate::text!("{v} has no points in the rule", "规则中没有给 {v} 规定分值")
            }
            RuleError::Blank(f) => crate::text!("{f} is blank", "{f} 为空"),
            RuleError::Negative(n) => crate::text!("the value {n} is negative", "值 {n} 是负数"),
        }
    }
}

fn points(
    rubric: &Rubric,
    rule: &Rule,
    points: &Points,
    env: &Env<'_>,
    detail: &mut Detail,
) -> Result<Decimal, RuleError> {
    let src = &rubric.sources[rule.source];
    match points {
        Points::Each(p) => Ok(*p),
        Points::ByValue { field, values } => {
            let v = &env.record[*field];
            let text = v
                .as_text()
                .ok_or_else(|| RuleError::Blank(header(src, *field)))?;
            values
                .iter()
                .find(|(k, _)| k == text)
                .map(|(_, p)| *p)
                .ok_or_else(|| RuleError::NoPoints(format!("{}={text}", header(src, *field))))
        }
        Points::Tiers { field, steps } => {
            let v = env.record[*field]
                .as_decimal()
                .ok_or_else(|| RuleError::Blank(header(src, *field)))?;
            let step = steps
                .iter()
                .find(|s| s.upto.is_none_or(|u| v <= u))
                .or(steps.last())
                .ok_or_else(|| RuleError::NoPoints(v.to_string()))?;
            if let Some(label) = &step.label {
                *detail = std::mem::take(detail).then(
                    "; ",
                    "；",
                    &crate::i18n::Text::same(label.as_str()),
                );
            }
            Ok(step.points)
        }
    }
}

/// `日期=2022-03-04, 打卡结果=缺课`: the shown fields under their first
/// header. Headers and values are the data's own words, the same in either
/// language, except a yes/no value, which is a word of kaohe's (是 / yes).
pub(super) fn describe_fields(
    rubric: &Rubric,
    source: usize,
    shown: &[FieldRef],
    env: &Env<'_>,
) -> Detail {
    let src = &rubric.sources[source];
    let roster = &rubric.sources[rubric.roster.source];
    let field = |f: &FieldRef| match *f {
        FieldRef::Record(slot) => (src, slot, &env.record[slot]),
        FieldRef::Teacher(slot) => (roster, slot, &env.teacher[slot]),
    };
    let render = |locale: crate::i18n::Locale| {
        let mut out = String::new();
        for f in shown {
            let (source, slot, value) = field(f);
            if !out.is_empty() {
                out.push_str(", ");
            }
            out.push_str(&header(source, slot));
            out.push('=');
            match (value, locale) {
                (Value::Bool(b), crate::i18n::Locale::En) => {
                    out.push_str(if *b { "yes" } else { "no" })
                }
                _ => out.push_str(&value.to_string()),
            }
        }
        out
    };
    if shown.iter().any(|f| matches!(field(f).2, Value::Bool(_))) {
        crate::i18n::Text {
            en: render(crate::i18n::Locale::En),
            zh: render(crate::i18n::Locale::Zh),
        }
        .into()
    } else {
        Detail::Same(render(crate::i18n::Locale::Zh))
    }
}

/// The first header a field is known by, which is how people name it.
fn header(source: &crate::rubric::Source, slot: usize) -> String {
    let f = &source.schema.fields[slot];
    f.headers
        .first()
        .map(|h| h.replace(['\n', '\r'], ""))
        .unwrap_or_else(|| f.name.clone())
}

/// Bounds, rounds and explains one teacher's items; totals and grade.
fn finish(rubric: &Rubric, t: Teacher, problems: &mut Vec<Problem>) -> TeacherResult {
    let mut items = Vec::with_capacity(rubric.items.len());
    for (item, accs) in rubric.items.iter().zip(t.rules) {
        items.push(finish_item(rubric, item, accs, &t.key, &t.name, problems));
    }
    adjust::category_thresholds(rubric, &mut items);
    // Item scores lie within their maxima, whose sums the rubric's limit on
    // numbers keeps far inside a decimal: these sums cannot overflow, but
    // are checked like every other.
    let overflow = |problems: &mut Vec<Problem>, what: &str| {
        problems.push(Problem::Overflow {
            origin: None,
            teacher: format!("{} {}", t.key, t.name),
            rule: what.to_string(),
            source: rubric.sources[rubric.roster.source].id.clone(),
            values: crate::text!("the subtotals", "小计"),
        });
    };
    let mut categories: Vec<Decimal> = Vec::with_capacity(rubric.categories.len());
    for c in &rubric.categories {
        let sum = arith::sum(c.items.iter().map(|&i| items[i].score));
        categories.push(sum.unwrap_or_else(|Overflow| {
            overflow(problems, &c.name);
            Decimal::ZERO
        }));
    }
    let roster = rubric.roster.source;
    let roster_detail = |fields: &[FieldRef]| {
        let env = Env {
            record: &t.values,
            teacher: &t.values,
        };
        describe_fields(rubric, roster, fields, &env)
    };
    let adjustments = adjust::adjust(
        rubric,
        &Subject {
            values: &t.values,
            origin: &t.origin,
            hits: &t.requires,
        },
        &mut categories,
        roster_detail,
        problems,
    );
    let total = arith::sum(categories.iter().copied()).unwrap_or_else(|Overflow| {
        overflow(problems, &rubric.name);
        Decimal::ZERO
    });
    // A veto with `at_least = N` applies from the N-th matching record of the
    // period (方案13 三 9 屡教不改); fewer matches are not a veto. The
    // evidence kept names every match, not only the N-th.
    let vetoes: Vec<VetoResult> = t
        .vetoes
        .into_iter()
        .filter(|hit| {
            rubric
                .vetoes
                .get(hit.veto)
                .is_some_and(|v| hit.evidence.len() >= v.at_least)
        })
        .collect();
    let forced = vetoes
        .iter()
        .map(|hit| (rubric.vetoes[hit.veto].grade, hit.veto))
        .max_by_key(|&(grade, veto)| (grade, std::cmp::Reverse(veto)));
    let (grade, grade_basis) = match forced {
        Some((grade, veto)) => (Some(grade), GradeBasis::Veto(veto)),
        None => (rubric.band_for(total), GradeBasis::Band),
    };
    TeacherResult {
        key: t.key,
        name: t.name,
        school: t.school,
        origin: t.origin,
        items,
        categories,
        total,
        grade,
        grade_basis,
        vetoes,
        adjustments,
        quota: None,
    }
}

fn finish_item(
    rubric: &Rubric,
    item: &Item,
    accs: Vec<RuleAcc>,
    key: &str,
    name: &str,
    problems: &mut Vec<Problem>,
) -> ItemResult {
    let sources: Vec<&str> = item
        .rules
        .iter()
        .map(|r| rubric.sources[r.source].id.as_str())
        .collect();
    match item_score(rubric, item, accs, key, name, problems) {
        Ok(result) => result,
        Err(Overflow) => {
            // Every record fitted its rule's sum, but the rules together do
            // not: the teacher's item is named, and no score is written.
            let mut shown = sources.clone();
            shown.dedup();
            problems.push(Problem::Overflow {
                origin: None,
                teacher: format!("{key} {name}"),
                rule: item.name.clone(),
                source: shown.join(", "),
                values: crate::text!("the item's rules together", "该项各规则的合计"),
            });
            ItemResult {
                score: Decimal::ZERO,
                evidence: Vec::new(),
            }
        }
    }
}

/// [`finish_item`]'s arithmetic, every step checked.
fn item_score(
    rubric: &Rubric,
    item: &Item,
    accs: Vec<RuleAcc>,
    key: &str,
    name: &str,
    problems: &mut Vec<Problem>,
) -> Result<ItemResult, Overflow> {
    let start = item.start_value();
    let mut score = start;
    let mut evidence = Vec::new();
    for (r, (rule, mut acc)) in item.rules.iter().zip(accs).enumerate() {
        if let Effect::Weighted {
            weights, missing, ..
        } = &rule.effect
        {
            let whom = Whom {
                key,
                name,
                item: &item.name,
                source: &rubric.sources[rule.source].id,
            };
            let ratings = std::mem::take(&mut acc.ratings);
            let (sum, mut lines) =
                weighted::combine(r, weights, *missing, ratings, &whom, problems)?;
            score = score.plus(sum)?;
            evidence.append(&mut lines);
            continue;
        }
        if let Effect::Import { missing, .. } = &rule.effect {
            if acc.import.is_none() {
                match missing {
                    MissingImport::Error => problems.push(Problem::ImportMissing {
                        key: key.to_string(),
                        name: name.to_string(),
                        item: item.name.clone(),
                        source: rubric.sources[rule.source].id.clone(),
                    }),
                    MissingImport::Zero => evidence.push(Evidence {
                        rule: Some(r),
                        kind: EvidenceKind::Missing,
                        points: Decimal::ZERO,
                        origin: None,
                        detail: Detail::default(),
                    }),
                }
            }
            score = score.plus(acc.import.map_or(Decimal::ZERO, |(v, _)| v))?;
            evidence.append(&mut acc.evidence);
            continue;
        }
        if let Effect::Ratio { points, .. } = &rule.effect {
            // One line per teacher: the share is a property of all their records together.
            let share = if acc.counted == 0 {
                Decimal::ZERO
            } else {
                points
                    .times(Decimal::from(acc.matched))?
                    .over(Decimal::from(acc.counted))?
            };
            evidence.push(Evidence {
                rule: Some(r),
                kind: EvidenceKind::Ratio,
                points: share,
                origin: None,
                detail: Detail::Same(format!("{} / {}", acc.matched, acc.counted)),
            });
            acc.sum = share;
        }
        let mut moved = acc.sum;
        evidence.append(&mut acc.evidence);
        if let Some(cap) = rule.cap {
            if moved.abs() > cap {
                let bound = if moved < Decimal::ZERO {
                    arith::negated(cap)
                } else {
                    cap
                };
                let back = bound.minus(moved)?;
                evidence.push(Evidence {
                    rule: Some(r),
                    kind: EvidenceKind::RuleCap,
                    points: back,
                    origin: None,
                    detail: Detail::Same(cap.normalize().to_string()),
                });
                moved = moved.plus(back)?;
            }
        }
        score = score.plus(moved)?;
    }
    if score > item.max {
        evidence.push(Evidence {
            rule: None,
            kind: EvidenceKind::ItemCap,
            points: item.max.minus(score)?,
            origin: None,
            detail: Detail::Same(item.max.normalize().to_string()),
        });
        score = item.max;
    }
    if score < Decimal::ZERO {
        evidence.push(Evidence {
            rule: None,
            kind: EvidenceKind::Floor,
            points: arith::negated(score),
            origin: None,
            detail: Detail::default(),
        });
        score = Decimal::ZERO;
    }
    let mut rounded = rubric.rounding.apply(score);
    if rounded != score {
        evidence.push(Evidence {
            rule: None,
            kind: EvidenceKind::Rounding,
            points: rounded.minus(score)?,
            origin: None,
            detail: Detail::default(),
        });
    }
    if let Some(min) = item.threshold {
        if rounded < min && !rounded.is_zero() {
            evidence.push(Evidence {
                rule: None,
                kind: EvidenceKind::Threshold,
                points: arith::negated(rounded),
                origin: None,
                detail: {
                    let (score, min) = (rounded.normalize(), min.normalize());
                    crate::text!("{score} < {min}: scores 0", "{score} < {min}：不得分").into()
                },
            });
            rounded = Decimal::ZERO;
        }
    }
    Ok(ItemResult {
        score: rounded,
        evidence,
    })
}

/// Every item's evidence must sum to its distance from the starting value,
/// every score must lie within [0, max], every total must add up: checked on
/// every run, so a fault in kaohe stops the run instead of writing a score.
///
/// # Errors
/// [`ScoreError::Internal`] naming the first teacher and item that does not add up.
pub fn reconcile(rubric: &Rubric, results: &[TeacherResult]) -> Result<(), ScoreError> {
    for t in results {
        for (item, r) in rubric.items.iter().zip(&t.items) {
            let moved = arith::sum(r.evidence.iter().map(|e| e.points));
            let (key, id, score, start) = (&t.key, &item.id, r.score, item.start_value());
            let reached = moved.and_then(|m| start.plus(m));
            if reached != Ok(score) {
                let moved = moved.map_or_else(|Overflow| "?".to_string(), |m| m.to_string());
                return Err(ScoreError::Internal(crate::text!(
                    "teacher {key} item {id}: evidence sums to {moved} from {start}, but the score is {score}",
                    "教师 {key} 的项目 {id}：明细从 {start} 起合计 {moved}，但得分是 {score}"
                )));
            }
            if score < Decimal::ZERO || score > item.max {
                let max = item.max;
                return Err(ScoreError::Internal(crate::text!(
                    "teacher {key} item {id}: score {score} outside 0..{max}",
                    "教师 {key} 的项目 {id}：得分 {score} 不在 0..{max} 之内"
                )));
            }
        }
        for (k, &got) in t.categories.iter().enumerate() {
            let want = adjust::expected_subtotal(rubric, k, &t.items, &t.adjustments);
            if want != Ok(got) {
                let want = want.map_or_else(|Overflow| "?".to_string(), |w| w.to_string());
                let (key, id) = (&t.key, &rubric.categories[k].id);
                return Err(ScoreError::Internal(crate::text!(
                    "teacher {key} category {id}: subtotal {got} but its items and adjustments give {want}",
                    "教师 {key} 的类别 {id}：小计为 {got}，但按其项目和折算应为 {want}"
                )));
            }
        }
        let total = arith::sum(t.categories.iter().copied());
        if total != Ok(t.total) {
            let total = total.map_or_else(|Overflow| "?".to_string(), |s| s.to_string());
            let (key, got) = (&t.key, t.total);
            return Err(ScoreError::Internal(crate::text!(
                "teacher {key}: categories add up to {total} but the total is {got}",
                "教师 {key}：各类别合计 {total}，但总分是 {got}"
            )));
        }
    }
    Ok(())
}

/// Where a window rule's record goes: its window (a school day, or the ISO
/// week of its date) and group, and what it adds. A record on a day without
/// school is in no day window.
fn window_record(
    rubric: &Rubric,
    rule: &Rule,
    w: &WindowRule,
    env: &Env<'_>,
) -> Result<Option<Applied>, RuleError> {
    let src = &rubric.sources[rule.source];
    let Some(slot) = src.date else {
        // The compiler refuses a window rule over a source without a date.
        return Ok(None);
    };
    let date = env.record[slot]
        .as_date()
        .ok_or_else(|| RuleError::Blank(header(src, slot)))?;
    if w.size == WindowSize::Day && !rubric.calendar.is_school_day(date) {
        return Ok(None);
    }
    let mut group = String::new();
    for &g in &w.group {
        let v = &env.record[g];
        if v.is_null() {
            return Err(RuleError::Blank(header(src, g)));
        }
        if !group.is_empty() {
            group.push(' ');
        }
        group.push_str(&v.to_string());
    }
    let amount = match &w.value {
        Some(v) => v.eval(env)?,
        None => Decimal::ONE,
    };
    Ok(Some(Applied::Window {
        start: w.size.start_of(date),
        group,
        amount,
    }))
}

/// Turns each teacher's window buckets into breaches: one deduction per
/// window (and group) outside the limits, over the windows of the period.
fn window_pass(
    rubric: &Rubric,
    period: Option<Period>,
    teachers: &mut [Teacher],
    problems: &mut Vec<Problem>,
) -> Result<(), ScoreError> {
    let has_windows = rubric.items.iter().any(|i| {
        i.rules
            .iter()
            .any(|r| matches!(r.effect, Effect::Window(_)))
    });
    if !has_windows {
        return Ok(());
    }
    let period = period.ok_or(ScoreError::NoPeriod)?;
    let mut calendar_windows: Vec<(WindowSize, Vec<crate::rubric::calendar::Window>)> = Vec::new();
    for t in teachers.iter_mut() {
        for (i, item) in rubric.items.iter().enumerate() {
            for (r, rule) in item.rules.iter().enumerate() {
                let Effect::Window(w) = &rule.effect else {
                    continue;
                };
                let windows_of = match calendar_windows.iter().position(|(s, _)| *s == w.size) {
                    Some(k) => k,
                    None => {
                        let list = rubric.calendar.windows(w.size, period.from, period.to);
                        calendar_windows.push((w.size, list));
                        calendar_windows.len().saturating_sub(1)
                    }
                };
                let env = Env {
                    record: &[],
                    teacher: &t.values,
                };
                let mut limit = |l: &Option<Limit>| -> Option<Option<Decimal>> {
                    match l {
                        None => Some(None),
                        Some(Limit::Fixed(n)) => Some(Some(*n)),
                        Some(Limit::PerTeacher(e)) => match e.eval(&env) {
                            Ok(n) => Some(Some(n)),
                            Err(e) => {
                                problems.push(Problem::Evaluation {
                                    origin: t.origin.clone(),
                                    rule: format!("{} / {}", item.name, rule.label),
                                    reason: super::problem::eval_reason(&e),
                                });
                                None
                            }
                        },
                    }
                };
                let (Some(least), Some(most)) = (limit(&w.at_least), limit(&w.at_most)) else {
                    continue;
                };
                let acc = &mut t.rules[i][r];
                let found = windows::breaches(
                    w,
                    &calendar_windows[windows_of].1,
                    &acc.windows,
                    least,
                    most,
                );
                for b in found {
                    let Ok(sum) = acc.sum.minus(w.points) else {
                        problems.push(Problem::Overflow {
                            origin: None,
                            teacher: format!("{} {}", t.key, t.name),
                            rule: format!("{} / {}", item.name, rule.label),
                            source: rubric.sources[rule.source].id.clone(),
                            values: b.detail.clone(),
                        });
                        break;
                    };
                    acc.sum = sum;
                    acc.evidence.push(Evidence {
                        rule: Some(r),
                        kind: EvidenceKind::Window,
                        points: arith::negated(w.points),
                        origin: b.origin,
                        detail: b.detail.into(),
                    });
                }
            }
        }
    }
    Ok(())
}

/// Scores every relative rule once all values are summed: the group's
/// maximum, average or ranks are known only now.
fn relative_pass(rubric: &Rubric, teachers: &mut [Teacher], problems: &mut Vec<Problem>) {
    let roster = &rubric.sources[rubric.roster.source];
    for (i, item) in rubric.items.iter().enumerate() {
        for (r, rule) in item.rules.iter().enumerate() {
            let Effect::Relative(rel) = &rule.effect else {
                continue;
            };
            let mut members = Vec::new();
            for (k, t) in teachers.iter_mut().enumerate() {
                let acc = &mut t.rules[i][r];
                if acc.first.is_none() {
                    acc.sum = Decimal::ZERO;
                    acc.evidence.push(Evidence {
                        rule: Some(r),
                        kind: EvidenceKind::Missing,
                        points: Decimal::ZERO,
                        origin: None,
                        detail: crate::text!(
                            "no record, so not compared within the group",
                            "无记录，不参与组内比较"
                        )
                        .into(),
                    });
                    continue;
                }
                let values: Vec<String> = rel
                    .group
                    .iter()
                    .map(|&s| t.values.get(s).map(ToString::to_string).unwrap_or_default())
                    .collect();
                let label = if rel.group.is_empty() {
                    crate::text!("whole roster", "全校")
                } else {
                    crate::i18n::Text::same(
                        rel.group
                            .iter()
                            .zip(&values)
                            .map(|(&s, v)| format!("{}={v}", header(roster, s)))
                            .collect::<Vec<_>>()
                            .join(", "),
                    )
                };
                // `combine = "mean"`: the records' average (a member has at
                // least one record, so `counted` is not 0).
                // A mean is never larger than the sum it divides, which fitted.
                let value = if rel.mean && acc.counted > 1 {
                    acc.sum.over(Decimal::from(acc.counted)).unwrap_or(acc.sum)
                } else {
                    acc.sum
                };
                members.push(Member {
                    teacher: k,
                    group: values.join("\u{1f}"),
                    group_label: label,
                    value,
                });
            }
            let scored = match group::score(rel, &members, rubric.rounding.places) {
                Ok(scored) => scored,
                Err(at) => {
                    // The group's sum, or a value times the points, does not
                    // fit: named at the teacher whose value made it so.
                    let t = &teachers[at.teacher];
                    let value = at.value.normalize();
                    problems.push(Problem::Overflow {
                        origin: None,
                        teacher: format!("{} {}", t.key, t.name),
                        rule: format!("{} / {}", item.name, rule.label),
                        source: rubric.sources[rule.source].id.clone(),
                        values: crate::text!(
                            "the teacher's value {value} within the group",
                            "该教师在组内的值 {value}"
                        ),
                    });
                    continue;
                }
            };
            for s in scored {
                let acc = &mut teachers[s.teacher].rules[i][r];
                let detail = if rel.mean && acc.counted > 1 {
                    let n = acc.counted;
                    crate::text!("mean of {n} records", "{n} 条记录平均")
                        .join("; ", "；", &s.detail)
                } else {
                    s.detail
                };
                acc.sum = s.points;
                acc.evidence.push(Evidence {
                    rule: Some(r),
                    kind: EvidenceKind::Relative,
                    points: s.points,
                    origin: acc.first.clone(),
                    detail: detail.into(),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RUBRIC: &str = r#"
[rubric]
name = "t"
[roster]
source = "roster"
key = "id"
name = "name"
[sources.roster]
files = "roster*"
[sources.roster.fields]
id = { headers = ["工号"], type = "key" }
name = { headers = ["姓名"], type = "text" }
[[category]]
id = "c"
name = "c"
max = 10
[[item]]
id = "i"
name = "i"
category = "c"
max = 10
[[item.rule]]
kind = "deduct"
source = "roster"
when = 'name == "x"'
points = 1
[[grade]]
name = "all"
"#;

    fn teacher(score: Decimal, evidence: Decimal, total: Decimal) -> TeacherResult {
        TeacherResult {
            key: "1001".into(),
            name: "张三".into(),
            school: None,
            origin: Provenance {
                file: "roster.csv".into(),
                sheet: "".into(),
                row: 2,
            },
            items: vec![ItemResult {
                score,
                evidence: vec![Evidence {
                    rule: Some(0),
                    kind: EvidenceKind::Record,
                    points: evidence,
                    origin: None,
                    detail: Detail::default(),
                }],
            }],
            categories: vec![score],
            total,
            grade: Some(0),
            grade_basis: GradeBasis::Band,
            vetoes: vec![],
            adjustments: vec![],
            quota: None,
        }
    }

    #[test]
    fn reconcile_stops_a_score_its_evidence_does_not_explain() {
        let rubric = crate::rubric::compile("t.toml", RUBRIC).unwrap();
        let ten = Decimal::from(10);
        let one = Decimal::ONE;
        // Consistent: 10 − 1 = 9.
        assert!(reconcile(&rubric, &[teacher(ten - one, -one, ten - one)]).is_ok());
        // The evidence says −1 but the score is 8.
        let e = reconcile(&rubric, &[teacher(ten - one - one, -one, ten - one - one)]);
        assert!(
            matches!(&e, Err(ScoreError::Internal(m)) if m.en.contains("evidence sums to -1")
                && m.zh.contains("明细从 10 起合计 -1，但得分是 8")),
            "{e:?}"
        );
        // Items fine, but the total does not add up.
        let e = reconcile(&rubric, &[teacher(ten - one, -one, ten)]);
        assert!(
            matches!(&e, Err(ScoreError::Internal(m)) if m.en.contains("categories add up to 9")
            && m.zh.contains("各类别合计 9，但总分是 10"))
        );
        // A score above the item's maximum.
        let e = reconcile(&rubric, &[teacher(ten + one, one, ten + one)]);
        assert!(
            matches!(&e, Err(ScoreError::Internal(m)) if m.en.contains("outside 0..10")
            && m.zh.contains("得分 11 不在 0..10 之内"))
        );
    }
}

#[cfg(test)]
mod score_error_tests {
    use super::*;
    use crate::i18n::{Locale, Localize};

    #[test]
    fn every_score_error_speaks_both_languages() {
        let all = [
            ScoreError::Read(InputError::NoSheet {
                file: "考勤.xlsx".into(),
                pattern: "三月".into(),
                sheets: vec!["Sheet1".into()],
            }),
            ScoreError::MissingSource {
                source_id: "roster".into(),
                patterns: vec!["名册*.xlsx".into()],
                files: vec!["考勤.xlsx".into()],
            },
            ScoreError::MissingSource {
                source_id: "roster".into(),
                patterns: vec!["名册*.xlsx".into()],
                files: vec![],
            },
            ScoreError::Data(vec![]),
            ScoreError::NoPeriod,
            ScoreError::Internal(crate::text!(
                "teacher 1 item i: score 11 outside 0..10",
                "教师 1 的项目 i：得分 11 不在 0..10 之内"
            )),
            ScoreError::OutsidePeriod {
                period: Period {
                    from: NaiveDate::from_ymd_opt(2023, 3, 1).unwrap(),
                    to: NaiveDate::from_ymd_opt(2023, 3, 31).unwrap(),
                },
                sources: vec![OutsideSource {
                    source: "attendance".into(),
                    inside: 0,
                    outside: 2406,
                    first: NaiveDate::from_ymd_opt(2022, 3, 1).unwrap(),
                    last: NaiveDate::from_ymd_opt(2022, 3, 31).unwrap(),
                }],
            },
        ];
        let allowed = [
            "attendance",
            "--allow-outside-period",
            "考勤.xlsx",
            "名册*.xlsx",
            "roster",
            "Sheet1",
            "--period",
            "--from/--to",
            "[calendar]",
            "`from`",
            "`to`",
        ];
        for e in &all {
            let zh = e.localized(Locale::Zh);
            assert_eq!(e.localized(Locale::En), e.to_string());
            assert_ne!(zh, e.to_string());
            assert_eq!(
                crate::input::english_words(&zh, &allowed),
                Vec::<String>::new(),
                "{zh}"
            );
        }
        assert_eq!(
            all[2].to_string(),
            "no input file for source `roster`: none of (no spreadsheet files) matches 名册*.xlsx"
        );
        assert_eq!(
            all[2].localized(Locale::Zh),
            "数据源 `roster` 没有输入文件：没有找到任何电子表格文件（文件名应符合 名册*.xlsx）"
        );
    }

    #[test]
    fn a_rule_that_cannot_be_applied_says_why_in_both_languages() {
        let t = RuleError::Blank("时长".into()).text();
        assert_eq!(
            (t.en.as_str(), t.zh.as_str()),
            ("时长 is blank", "时长 为空")
        );
        let t = RuleError::NoPoints("病假".into()).text();
        assert_eq!(t.zh, "规则中没有给 病假 规定分值");
        let t = RuleError::Negative(Decimal::from(-3)).text();
        assert_eq!(t.zh, "值 -3 是负数");
        let t = RuleError::Eval(EvalError::DivisionByZero).text();
        assert_eq!(
            (t.en.as_str(), t.zh.as_str()),
            ("division by zero", "除数为 0")
        );
    }

    /// Sources are read by a pool, largest first; when two fail, the run
    /// still reports the first in source order, whichever finished first.
    #[test]
    fn the_error_reported_is_the_first_sources_whatever_the_reading_order() {
        // testkit's roster and `events` source, and a second source `late`.
        let rubric = format!(
            r#"{}
[sources.late]
files = "late.csv"
teacher = "id"
[sources.late.fields]
id = {{ headers = ["工号"], type = "key" }}
kind = {{ headers = ["类别"], type = "text" }}
[[category]]
id = "c"
name = "c"
max = 10
[[item]]
id = "i"
name = "i"
category = "c"
max = 10
[[item.rule]]
kind = "deduct"
source = "events"
when = 'kind == "x"'
points = 1
[[item.rule]]
kind = "deduct"
source = "late"
when = 'kind == "x"'
points = 1
[[grade]]
name = "all"
"#,
            crate::testkit::HEAD
        );
        let compiled = crate::rubric::compile("t.toml", &rubric).unwrap();
        let first = compiled
            .sources
            .iter()
            .position(|s| s.id == "events" || s.id == "late")
            .map(|s| compiled.sources[s].id.clone())
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("roster.csv"), "工号,姓名,学校\n1,甲,一中\n").unwrap();
        // Both lack 类别; the later source's file is far the larger, so a
        // largest-first pool starts (and may finish) it first.
        std::fs::write(dir.path().join("events.csv"), "工号\n1\n").unwrap();
        let big: String = std::iter::once("工号\n".to_string())
            .chain((0..20_000).map(|_| "1\n".to_string()))
            .collect();
        std::fs::write(dir.path().join("late.csv"), big).unwrap();
        let files = super::super::gather(&[dir.path().to_path_buf()]).unwrap();
        let loaded = LoadedRubric {
            rubric: compiled,
            path: "t.toml".into(),
            bytes: rubric.into_bytes(),
        };
        for _ in 0..10 {
            let err = match score(&loaded, &files, &RunConfig::default()) {
                Err(e) => e.to_string(),
                Ok(_) => panic!("both sources lack a column"),
            };
            assert!(err.contains(&format!("{first}.csv")), "{err}");
        }
    }

    /// Scores a dated event log over the period `from`..=`to`.
    fn dated(dates: &[&str], allow: bool) -> Result<Outcome, ScoreError> {
        let rubric = r#"
[rubric]
name = "t"
rounding = { places = 1 }
[roster]
source = "roster"
key = "id"
name = "name"
[sources.roster]
files = "roster.csv"
[sources.roster.fields]
id = { headers = ["工号"], type = "key" }
name = { headers = ["姓名"], type = "text" }
[sources.events]
files = "events.csv"
teacher = "id"
date = "date"
[sources.events.fields]
id = { headers = ["工号"], type = "key" }
date = { headers = ["日期"], type = "date" }
[[category]]
id = "c"
name = "c"
max = 10
[[item]]
id = "i"
name = "i"
category = "c"
max = 10
[[item.rule]]
kind = "deduct"
source = "events"
points = 1
[[grade]]
name = "all"
"#;
        let compiled = crate::rubric::compile("t.toml", rubric).unwrap();
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("roster.csv"), "工号,姓名\n1,甲\n").unwrap();
        let events: String = std::iter::once("工号,日期\n".to_string())
            .chain(dates.iter().map(|d| format!("1,{d}\n")))
            .collect();
        std::fs::write(dir.path().join("events.csv"), events).unwrap();
        let files = super::super::gather(&[dir.path().to_path_buf()]).unwrap();
        let loaded = LoadedRubric {
            rubric: compiled,
            path: "t.toml".into(),
            bytes: rubric.as_bytes().to_vec(),
        };
        let config = RunConfig {
            period: Some(Period {
                from: NaiveDate::from_ymd_opt(2023, 3, 1).unwrap(),
                to: NaiveDate::from_ymd_opt(2023, 3, 31).unwrap(),
            }),
            allow_outside_period: allow,
            ..RunConfig::default()
        };
        score(&loaded, &files, &config)
    }

    #[test]
    fn a_period_the_data_is_not_in_is_refused_unless_meant() {
        // None inside: refused, naming where the records are.
        let none = ["2022-03-01", "2022-03-31"];
        match dated(&none, false) {
            Err(ScoreError::OutsidePeriod { sources, .. }) => {
                assert_eq!(sources.len(), 1);
                assert_eq!((sources[0].inside, sources[0].outside), (0, 2));
                assert_eq!(sources[0].first.to_string(), "2022-03-01");
                assert_eq!(sources[0].last.to_string(), "2022-03-31");
            }
            other => panic!("{other:?}"),
        }
        // More than nine in ten outside: the year-less row alone took the
        // year.
        let mut most = vec!["2022-03-01"; 10];
        most.push("3月7日");
        assert!(matches!(
            dated(&most, false),
            Err(ScoreError::OutsidePeriod { .. })
        ));
        // Nine in ten outside is a month scored from a longer log, or a
        // month's export with its edges: scored, and said.
        let mut nine = vec!["2022-02-28"; 9];
        nine.push("2023-03-07");
        let o = dated(&nine, false).unwrap();
        assert_eq!(o.teachers[0].total.to_string(), "9");
        assert_eq!(o.run.warnings.len(), 1);
        assert_eq!(o.run.warnings[0].code(), "outside_period");
        // Meant: scored from what is inside, and said.
        let o = dated(&most, true).unwrap();
        assert_eq!(o.teachers[0].total.to_string(), "9");
        assert!(o.run.warnings[0]
            .to_string()
            .contains("10 of 11 dated records"));
    }

    /// A category and item whose one rule sums the events' 分数.
    fn summing(kind: &str, extra: &str) -> String {
        format!(
            r#"
[[category]]
id = "c"
name = "c"
max = 10
[[item]]
id = "i"
name = "课时"
category = "c"
max = 10
[[item.rule]]
kind = "{kind}"
source = "events"
label = "分数"
{extra}
[[grade]]
name = "all"
"#
        )
    }

    fn problems(body: &str, events: &str) -> Vec<Problem> {
        let roster = "工号,姓名,学校\n1001,张三,一中\n1002,李四,一中\n";
        match crate::testkit::run(body, roster, events) {
            Err(ScoreError::Data(p)) => p,
            Err(e) => panic!("{e}"),
            Ok(_) => panic!("scored"),
        }
    }

    /// 29-digit values: each fits a decimal, their sum does not. Once a
    /// panic (`Addition overflowed`) reported as a damaged file; now a
    /// located data error naming the row, the field and the value.
    #[test]
    fn a_sum_past_the_largest_decimal_names_the_record_that_overflowed() {
        let big = "30000000000000000000000000000";
        let events =
            format!("工号,类别,分数\n1001,a,{big}\n1001,a,{big}\n1001,a,{big}\n1002,a,1\n");
        for (kind, extra) in [
            ("proportional", "value = \"points\"\nrate = 1"),
            (
                "relative",
                "value = \"points\"\nagainst = \"rank\"\npoints = 10",
            ),
        ] {
            let found = problems(&summing(kind, extra), &events);
            assert_eq!(found.len(), 1, "{kind}: {found:?}");
            let Problem::Overflow {
                origin,
                teacher,
                values,
                ..
            } = &found[0]
            else {
                panic!("{kind}: {found:?}");
            };
            assert_eq!(origin.as_ref().map(|o| o.row), Some(4), "{kind}");
            assert_eq!(teacher, "1001 张三");
            assert!(values.en.contains(&format!("分数={big}")), "{}", values.en);
            let place = found[0].place();
            assert_eq!(place.map(|p| p.row), Some(4));
            let zh = found[0].text().zh;
            assert!(zh.contains("events.csv，第 4 行：教师 1001 张三"), "{zh}");
            assert!(found[0].skippable());
        }
        // Times a rate: the product overflows on the first record.
        let found = problems(
            &summing("proportional", "value = \"points\"\nrate = 3"),
            &events,
        );
        assert!(
            matches!(&found[0], Problem::Overflow { origin: Some(o), .. } if o.row == 2),
            "{found:?}"
        );
    }

    /// Any values, however large or negative, in any rule that sums them:
    /// the run scores or reports problems, and never panics.
    #[test]
    fn no_value_makes_the_engine_panic() {
        use proptest::prelude::*;
        let kinds = [
            ("proportional", "value = \"points\"\nrate = 2"),
            (
                "relative",
                "value = \"points\"\nagainst = \"average\"\npoints = 10",
            ),
            (
                "relative",
                "value = \"points\"\nagainst = \"max\"\npoints = 10\ncombine = \"mean\"",
            ),
            ("import", "value = \"points\"\nmissing = \"zero\""),
        ];
        let value = prop_oneof![
            Just("79228162514264337593543950335".to_string()),
            Just("-79228162514264337593543950335".to_string()),
            Just("39614081257132168796771975168".to_string()),
            (any::<i64>()).prop_map(|n| n.to_string()),
            (any::<u32>(), 0u32..28)
                .prop_map(|(n, s)| rust_decimal::Decimal::new(i64::from(n), s).to_string()),
        ];
        let config = proptest::test_runner::Config {
            cases: 48,
            ..Default::default()
        };
        let mut runner = proptest::test_runner::TestRunner::new(config);
        let strategy = (
            0..kinds.len(),
            proptest::collection::vec((0..2usize, value), 1..6),
        );
        runner
            .run(&strategy, |(k, rows)| {
                let (kind, extra) = kinds[k];
                let mut events = String::from("工号,类别,分数\n");
                for (t, v) in &rows {
                    events.push_str(&format!("{},a,{v}\n", ["1001", "1002"][*t]));
                }
                let body = summing(kind, extra);
                let run = std::panic::catch_unwind(|| {
                    crate::testkit::run(
                        &body,
                        "工号,姓名,学校\n1001,张三,一中\n1002,李四,一中\n",
                        &events,
                    )
                    .map(|_| ())
                    .map_err(|e| e.to_string())
                });
                prop_assert!(run.is_ok(), "{kind} panicked on {events}");
                Ok(())
            })
            .unwrap();
    }
}
