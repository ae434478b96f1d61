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
    for find in [same_files, same_records, overlapping] {
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

/// Two sheets, of one workbook or of two files, from which source `s` read
/// records that are mostly the same but not all (an earlier download beside
/// a later one with a row more or an approval filled in, or an extract
/// filtered from the log onto a sheet of its own). Records of two honest
/// exports do not coincide: more than half of the smaller one's records
/// standing in the other is a copy, and those records would count twice.
/// Which to keep is the user's to say: nothing in the files tells which
/// download is the latest.
fn overlapping(id: &str, s: usize, files: &[InputFile], read: &[SheetRead]) -> Vec<Duplicate> {
    let mine: Vec<usize> = (0..read.len())
        .filter(|&i| read[i].0 == s && read[i].2.records > 0)
        .collect();
    if mine.len() < 2 {
        return Vec::new();
    }
    // Each sheet's distinct records, sorted to be searched.
    let distinct = |i: usize| {
        let mut hashes = read[i].2.hashes.clone();
        hashes.sort_unstable();
        hashes.dedup();
        hashes
    };
    let sets: Vec<Vec<u64>> = mine.iter().map(|&i| distinct(i)).collect();
    let place = |i: usize| {
        let file = &files[read[i].1];
        (file.display.clone(), read[i].2.sheet.clone())
    };
    let mut found = Vec::new();
    for a in 0..mine.len() {
        for b in a.saturating_add(1)..mine.len() {
            let (small, large) = if read[mine[a]].2.records <= read[mine[b]].2.records {
                (a, b)
            } else {
                (b, a)
            };
            let (copy, kept) = (mine[small], mine[large]);
            let hashes = &read[copy].2.hashes;
            let shared = hashes
                .iter()
                .filter(|h| sets[large].binary_search(h).is_ok())
                .count();
            if shared.saturating_mul(2) <= hashes.len() {
                continue;
            }
            found.push(Duplicate {
                source: id.to_string(),
                same: Sameness::Overlap {
                    shared: shared as u64,
                    kept_records: read[kept].2.records,
                },
                kept: place(kept),
                copy: place(copy),
                records: read[copy].2.records,
                why: dup::Why::Unsaid,
            });
        }
    }
    found
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
