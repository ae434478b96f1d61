//! What follows from every teacher's total at once: the quota ranking and
//! the performance pay. Both run when scoring finishes and again after a
//! manual change to the scores (an override, an accepted appeal), so that
//! a grade by place and every yuan follow the total that is printed.

use super::error::ScoreError;
use super::outcome::{GradeBasis, Outcome, PayOutcome, QuotaScope, TeacherResult};
use super::warning::Warning;
use crate::rubric::{Pools, Rubric};

/// The quota ranking and the pay of a whole outcome.
pub(super) struct Standing {
    /// Each quota scope's count and slots (empty without a quota).
    pub quotas: Vec<QuotaScope>,
    /// The pay (`None` without `[pay]`).
    pub pay: Option<PayOutcome>,
    /// A warning for each pool nobody could share.
    pub unshared: Vec<Warning>,
}

/// Ranks `teachers` by the rubric's quota and shares out its pay. Each
/// teacher's roster row gives the quota's scope and the pay's group.
///
/// # Errors
/// [`ScoreError::Pay`]: a group with no pool, or a pool that the floor and
/// ceiling cannot meet.
pub(super) fn grade_and_pay(
    rubric: &Rubric,
    teachers: &mut [TeacherResult],
) -> Result<Standing, ScoreError> {
    let quotas = match &rubric.quota {
        Some(q) => {
            let scopes: Vec<Option<String>> = teachers
                .iter()
                .map(|t| q.scope.map(|s| t.roster[s].to_string()))
                .collect();
            super::quota::grade_by_quota(rubric, q, &scopes, teachers)
        }
        None => Vec::new(),
    };
    // Pay needs every grade.
    let Some(p) = &rubric.pay else {
        return Ok(Standing {
            quotas,
            pay: None,
            unshared: Vec::new(),
        });
    };
    let groups: Vec<Option<String>> = teachers
        .iter()
        .map(|t| match &p.pools {
            Pools::ByGroup { field, .. } => Some(t.roster[*field].to_string()),
            _ => None,
        })
        .collect();
    let pay = super::pay::pay(p, &groups, teachers)?;
    let warnings = pay
        .pools
        .iter()
        .filter(|p| p.unshared)
        .map(|pool| Warning::PayUnshared {
            group: pool.group.clone().unwrap_or_default(),
            pool: pool.pool.unwrap_or_default(),
        })
        .collect();
    Ok(Standing {
        quotas,
        pay: Some(pay),
        unshared: warnings,
    })
}

/// After the scores of `outcome` changed by hand: each total again, the
/// grades of the bands or the quota again (a veto's grade stays), and the
/// pay shared out again.
///
/// # Errors
/// [`ScoreError::Pay`]: the pool cannot be met with the new totals.
pub fn regrade(rubric: &Rubric, outcome: &mut Outcome) -> Result<(), ScoreError> {
    for t in &mut outcome.teachers {
        super::recompute_totals(rubric, t);
        if matches!(t.grade_basis, GradeBasis::Band | GradeBasis::Quota) {
            t.grade = rubric.band_for(t.total);
            t.grade_basis = GradeBasis::Band;
        }
        t.quota = None;
        t.pay = None;
    }
    let standing = grade_and_pay(rubric, &mut outcome.teachers)?;
    outcome.quotas = standing.quotas;
    outcome.pay = standing.pay;
    let warnings = &mut outcome.run.warnings;
    warnings.retain(|w| !matches!(w, Warning::PayUnshared { .. }));
    warnings.extend(standing.unshared);
    Ok(())
}
