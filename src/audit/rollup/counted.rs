//! Vetoes that take several records (`at_least` above 1, 方案13's 屡教不改)
//! counted over the term: each period's results carry how many records such
//! a veto matched, per teacher, and the term adds them up, so one offence
//! in March and one in April are the term's second.

use serde::Serialize;

use super::{RollupError, RollupInput};
use crate::audit::results::{TeacherScores, VetoCounts};
use crate::rubric::Rubric;

/// A veto taking several records, reached by adding up the periods' records.
#[derive(Debug, Clone, Serialize)]
pub struct CountedVeto {
    /// The veto's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// How many records it takes.
    pub at_least: usize,
    /// How many the periods have together.
    pub count: usize,
    /// The periods with records, in the order given.
    pub periods: Vec<CountedIn>,
}

/// One period's records of a [`CountedVeto`].
#[derive(Debug, Clone, Serialize)]
pub struct CountedIn {
    /// The results' file.
    pub origin: String,
    /// How many records.
    pub count: usize,
    /// Each record, when the results name them.
    pub records: Vec<CountedRecord>,
}

/// A record a veto matched.
#[derive(Debug, Clone, Serialize)]
pub struct CountedRecord {
    /// `file:sheet:row`.
    pub at: String,
    /// What the record says.
    pub detail: String,
}

/// Refuses results that do not count the records of a veto taking several
/// (`at_least` above 1): one offence in each of two months is the term's
/// second, which only the counts of each month can show.
pub(super) fn refuse_uncounted(rubric: &Rubric, inputs: &[RollupInput]) -> Result<(), RollupError> {
    for veto in rubric.vetoes.iter().filter(|v| v.at_least > 1) {
        for input in inputs {
            let r = &input.results;
            let counted = match r.veto_counts {
                VetoCounts::Absent => false,
                VetoCounts::Rows => true,
                VetoCounts::Listed => r
                    .teachers
                    .iter()
                    .all(|t| t.veto_counts.contains_key(&veto.id)),
            };
            if !counted {
                return Err(RollupError::NoVetoCounts {
                    origin: r.origin.clone(),
                    veto: veto.id.clone(),
                    at_least: veto.at_least,
                });
            }
        }
    }
    Ok(())
}

/// Each veto taking several records whose records in the periods
/// reach its count when added up, with the records of each period.
pub(super) fn counted_vetoes(
    rubric: &Rubric,
    inputs: &[RollupInput],
    present: &[(usize, &TeacherScores)],
) -> Vec<CountedVeto> {
    let mut out = Vec::new();
    for veto in rubric.vetoes.iter().filter(|v| v.at_least > 1) {
        let periods: Vec<CountedIn> = present
            .iter()
            .filter_map(|(p, t)| {
                let tally = t.veto_counts.get(&veto.id).filter(|x| x.count > 0)?;
                Some(CountedIn {
                    origin: inputs[*p].results.origin.clone(),
                    count: tally.count,
                    records: tally
                        .records
                        .iter()
                        .map(|(at, detail)| CountedRecord {
                            at: at.clone(),
                            detail: detail.clone(),
                        })
                        .collect(),
                })
            })
            .collect();
        // A count is at most a sheet's rows or a JSON's length.
        let count = periods
            .iter()
            .fold(0usize, |n, p| n.saturating_add(p.count));
        if count >= veto.at_least {
            out.push(CountedVeto {
                id: veto.id.clone(),
                name: veto.name.clone(),
                at_least: veto.at_least,
                count,
                periods,
            });
        }
    }
    out
}
