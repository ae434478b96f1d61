//! One scoring run: the roster is read, then every source's records are
//! streamed through the rules that read them and folded into per-teacher
//! accumulators; memory grows with teachers and evidence, never with the
//! records themselves. Then each item is bounded, rounded and explained, and
//! the evidence is reconciled with the scores before anything is returned.

use super::config::RunConfig;
use super::copies::{refuse_copies, SheetRead};
use super::error::ScoreError;
use super::inputs::{file_name, InputFile};
use super::outcome::*;
use super::period::Period;
use super::scorer::Scorer;
use super::warning::Warning;
use crate::input::{self, Origin, ReadOptions, Reading};
use crate::rubric::{LoadedRubric, Rubric};

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
    let mut scorer = Scorer::new(loaded, config);
    let config = scorer.config().clone();
    let options = config.read_options();
    let assigned = assign(rubric, files, &config.inputs)?;
    // A file no source reads counts for nothing: said, never silently left.
    scorer.warn(
        files
            .iter()
            .zip(&assigned)
            .filter(|(_, sources)| sources.is_empty())
            .map(|(f, _)| Warning::Unread {
                file: f.display.clone(),
            }),
    );
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
        progress.reading(&file.display, &schema.id, done, reads);
        done = done.saturating_add(1);
        let summary = read_file(&mut scorer, roster, file, &options)?;
        inputs[f]
            .sheets
            .extend(sheet_infos(rubric, roster, &summary));
        scorer.warn(sheet_warnings(rubric, roster, &file.display, &summary));
        read.extend(summary.sheets.into_iter().map(|s| (roster, f, s)));
    }
    scorer.close_roster();

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
    let mut queue: Vec<(usize, Scorer<'_>)> = others.iter().map(|&s| (s, scorer.fork())).collect();
    queue.sort_by_cached_key(|&(s, _)| (std::cmp::Reverse(bytes(s)), s));
    let jobs = read_in_parallel(queue, files, &assigned, &options)?;
    for job in jobs {
        for (f, summary) in job.sheets {
            inputs[f]
                .sheets
                .extend(sheet_infos(rubric, job.source, &summary));
            scorer.warn(sheet_warnings(
                rubric,
                job.source,
                &files[f].display,
                &summary,
            ));
            read.extend(summary.sheets.into_iter().map(|s| (job.source, f, s)));
        }
        scorer.merge(job.source, job.state);
    }
    if let Some(period) = scorer.config().period {
        scorer.warn(title_warnings(rubric, files, &read, period));
    }
    refuse_copies(rubric, files, &read)?;

    progress.scoring(scorer.teachers());
    let mut outcome = scorer.finish()?;
    outcome.run.inputs = inputs;
    Ok(outcome)
}

/// Reads each queued source into its state on one worker thread per core,
/// taking the queue in order; returns the jobs in source order.
///
/// # Errors
/// The first source in source order whose reading failed, so the error a
/// run reports does not depend on which thread finished first.
pub(super) fn read_in_parallel<'a>(
    queue: Vec<(usize, Scorer<'a>)>,
    files: &[InputFile],
    assigned: &[Vec<usize>],
    options: &ReadOptions,
) -> Result<Vec<Job<'a>>, ScoreError> {
    let read = |(source, mut state): (usize, Scorer<'a>)| {
        let sheets = read_source(&mut state, source, files, assigned, options);
        let job = sheets.map(|sheets| Job {
            source,
            state,
            sheets,
        });
        (source, job)
    };
    let Some(mut done) = crate::parallel::in_parallel(queue, read) else {
        // A thread stops only on a panic, which is kaohe's fault, never the
        // data's: located data errors come back as results.
        let why = crate::panicked::internal(crate::panicked::last().as_ref());
        return Err(ScoreError::Internal(
            crate::i18n::engine::reading_thread_stopped(&why),
        ));
    };
    done.sort_by_key(|(source, _)| *source);
    done.into_iter().map(|(_, job)| job).collect()
}

/// One source read on a worker thread: its accumulators and what was read.
pub(super) struct Job<'a> {
    pub(super) source: usize,
    pub(super) state: Scorer<'a>,
    pub(super) sheets: Vec<(usize, input::FileSummary)>,
}

/// Reads every file of `source` into `state`, in file order.
pub(super) fn read_source(
    state: &mut Scorer<'_>,
    source: usize,
    files: &[InputFile],
    assigned: &[Vec<usize>],
    options: &ReadOptions,
) -> Result<Vec<(usize, input::FileSummary)>, ScoreError> {
    let mut sheets = Vec::new();
    let mine = || (0..files.len()).filter(|&f| assigned[f].contains(&source));
    // Records are compared across the source's files (a second download)
    // only when it has several.
    let options = ReadOptions {
        compare: mine().nth(1).is_some(),
        ..options.clone()
    };
    for f in mine() {
        let summary = read_file(state, source, &files[f], &options)?;
        sheets.push((f, summary));
    }
    Ok(sheets)
}

/// The run record's lines for the sheets a source read from one file.
pub(super) fn sheet_infos<'s>(
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
pub(super) fn sheet_warnings(
    rubric: &Rubric,
    source: usize,
    file: &str,
    summary: &input::FileSummary,
) -> Vec<Warning> {
    let id = &rubric.sources[source].id;
    let named = rubric.sources[source].named();
    let mut out = Vec::new();
    for s in &summary.sheets {
        // An empty sheet took nothing from a default.
        if s.records > 0 {
            out.extend(s.absent.iter().map(|a| Warning::ColumnNotFound {
                source: id.clone(),
                named: named.clone(),
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
                named: named.clone(),
                file: file.to_string(),
                sheet: s.sheet.clone(),
                records: s.hidden,
            });
        }
    }
    out
}

/// Sheets whose titles say what they cover, against the period: a title
/// naming days outside it (another month's file, which an undated source
/// cannot tell by its records), and, when the ranges of dates a source's
/// titles write leave days of the period out (a half-month export scored
/// for the month), each sheet whose range falls short. A month written as
/// a title (`（2022年5月）`, an exam's) says which month, not which days.
/// A roster is not of a month: its title says nothing.
fn title_warnings(
    rubric: &Rubric,
    files: &[InputFile],
    read: &[SheetRead],
    period: Period,
) -> Vec<Warning> {
    let roster = &rubric.roster;
    let mut out = Vec::new();
    for (s, source) in rubric.sources.iter().enumerate() {
        if s == roster.source && !roster.from_records {
            continue;
        }
        let titled: Vec<(usize, &input::SheetSummary, &input::TitleCovers)> = read
            .iter()
            .filter(|(rs, _, _)| *rs == s)
            .filter_map(|(_, f, sheet)| Some((*f, sheet, sheet.covers.as_ref()?)))
            .collect();
        let outside = |c: &input::TitleCovers| c.to < period.from || c.from > period.to;
        let short = |c: &input::TitleCovers| c.range && (c.from > period.from || c.to < period.to);
        let mut ranges: Vec<(chrono::NaiveDate, chrono::NaiveDate)> = titled
            .iter()
            .filter(|(_, _, c)| c.range)
            .map(|(_, _, c)| (c.from, c.to))
            .collect();
        let covered = covers_period(&mut ranges, period);
        for (f, sheet, covers) in titled {
            if outside(covers) || (!covered && short(covers)) {
                out.push(Warning::TitleAgainstPeriod {
                    source: source.id.clone(),
                    named: source.named(),
                    file: files[f].display.clone(),
                    sheet: sheet.sheet.clone(),
                    covers: covers.clone(),
                    period,
                });
            }
        }
    }
    out
}

/// Whether the ranges of dates, taken together, cover every day of the period.
fn covers_period(ranges: &mut [(chrono::NaiveDate, chrono::NaiveDate)], period: Period) -> bool {
    ranges.sort();
    let mut next = period.from;
    for &(from, to) in ranges.iter() {
        if from > next {
            break;
        }
        if to >= next {
            match to.succ_opt() {
                Some(day) => next = day,
                None => return true,
            }
        }
    }
    next > period.to
}

/// Which sources read each file; a required source with no file is an
/// error, which names the files that match it in folders inside `inputs`.
pub(super) fn assign(
    rubric: &Rubric,
    files: &[InputFile],
    inputs: &[std::path::PathBuf],
) -> Result<Vec<Vec<usize>>, ScoreError> {
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
                nested: super::inputs::nested_matches(inputs, |name| source.matcher.is_match(name)),
            });
        }
    }
    Ok(assigned)
}

/// Reads `file` as `source` into `scorer`: its records fed, its cell
/// problems kept for the end of the run.
fn read_file(
    scorer: &mut Scorer<'_>,
    source: usize,
    file: &InputFile,
    options: &ReadOptions,
) -> Result<input::FileSummary, ScoreError> {
    // A file the integrity check refused must not reach the reader.
    if let Some(fault) = &file.fault {
        return Err(ScoreError::Read(fault.clone()));
    }
    let rubric = scorer.rubric;
    let mut problems = Vec::new();
    let origin = Origin::File {
        path: &file.path,
        display: &file.display,
        merges: file.merges.as_ref(),
    };
    let summary = input::read(
        origin,
        Reading {
            schema: &rubric.sources[source].schema,
            options,
            problems: &mut problems,
            sink: &mut |record| scorer.feed(source, record),
        },
    )?;
    scorer.cell_problems(problems);
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2022, m, d).unwrap()
    }

    #[test]
    fn title_ranges_cover_the_period_only_together_and_without_a_gap() {
        let march = Period {
            from: day(3, 1),
            to: day(3, 31),
        };
        let halves = [(day(3, 16), day(3, 31)), (day(3, 1), day(3, 15))];
        assert!(covers_period(&mut halves.clone(), march));
        assert!(!covers_period(&mut halves[1..].to_vec(), march));
        let gap = [(day(3, 1), day(3, 14)), (day(3, 16), day(3, 31))];
        assert!(!covers_period(&mut gap.clone(), march));
        assert!(covers_period(&mut [(day(2, 1), day(4, 30))], march));
        assert!(!covers_period(&mut [], march));
    }
}
