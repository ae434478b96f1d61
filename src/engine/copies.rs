//! The same records read twice: a file, sheet or run of records fed to one
//! source again would count every record twice, so it is refused.

use super::duplicate::{self as dup, Candidate, Duplicate, Sameness};
use super::error::ScoreError;
use super::inputs::InputFile;
use crate::input::{self};
use crate::rubric::Rubric;

/// What one source read from one sheet: the source, the file (an index
/// into the run's files) and the sheet's summary.
pub(super) type SheetRead = (usize, usize, input::SheetSummary);

/// Refuses records read twice: first whole files with the same bytes, then
/// sheets with the same records; each copy is named, to be deleted.
pub(super) fn refuse_copies(
    rubric: &Rubric,
    files: &[InputFile],
    read: &[SheetRead],
) -> Result<(), ScoreError> {
    for find in [same_files, same_records] {
        let copies: Vec<Duplicate> = (0..rubric.sources.len())
            .flat_map(|s| find(&rubric.sources[s].id, s, files, read))
            .collect();
        if !copies.is_empty() {
            return Err(ScoreError::Duplicate(copies));
        }
    }
    Ok(())
}

/// Two files with the same bytes from which source `s` read records. Two
/// empty exports (a header and no rows) may well be the same bytes, and
/// count nothing twice.
fn same_files(id: &str, s: usize, files: &[InputFile], read: &[SheetRead]) -> Vec<Duplicate> {
    let records = |f: usize| -> u64 {
        read.iter()
            .filter(|(rs, rf, _)| *rs == s && *rf == f)
            .map(|(_, _, sheet)| sheet.records)
            .sum()
    };
    let mine: Vec<usize> = (0..files.len()).filter(|&f| records(f) > 0).collect();
    let mut copies = Vec::new();
    for group in group_by(&mine, |&f| files[f].sha256.clone()) {
        let candidates: Vec<Candidate<'_>> = group
            .iter()
            .map(|&f| Candidate {
                place: (&files[f].display, ""),
                name: dup::stem(&files[f].path),
                link: dup::is_link(&files[f].path),
            })
            .collect();
        let n = records(group[0]);
        copies.extend(duplicates(id, Sameness::File, &candidates, n));
    }
    copies
}

/// Two sheets, of one workbook or of two files, from which source `s` read
/// the same records (a copied sheet, one month exported as xlsx and as
/// csv).
fn same_records(id: &str, s: usize, files: &[InputFile], read: &[SheetRead]) -> Vec<Duplicate> {
    let mut mine: Vec<usize> = (0..read.len())
        .filter(|&i| read[i].0 == s && read[i].2.records > 0)
        .collect();
    // In name order: files are, and so the sheets within one file.
    mine.sort_by(|&a, &b| (read[a].1, &read[a].2.sheet).cmp(&(read[b].1, &read[b].2.sheet)));
    let mut copies = Vec::new();
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
        copies.extend(duplicates(id, same, &candidates, read[group[0]].2.records));
    }
    copies
}

/// The items of `items` with the same key, in groups of two or more, each
/// in the order of `items`.
pub(super) fn group_by<K: PartialEq>(
    items: &[usize],
    key: impl Fn(&usize) -> K,
) -> Vec<Vec<usize>> {
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
pub(super) fn duplicates(
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
