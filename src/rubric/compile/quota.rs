//! Compiling `[quota]` and the grades' shares: a quota must state how counts
//! round, how ties fall and whether vetoed teachers count (the plans leave
//! these to the school, so the rubric must say), every grade needs a share,
//! and the shares add up to exactly 100%.

use rust_decimal::Decimal;

use super::super::file::RubricFile;
use super::super::model::{Category, Grade, Item, RoundingMode};
use super::super::quota::{Quota, QuotaCounts, TieBreak, TiePolicy, VetoedInQuota};
use super::Compiler;
use crate::value::FieldType;

impl Compiler<'_> {
    /// Grades by share, when the rubric has `[quota]` or a grade has a `share`.
    pub(super) fn quota_grades(&mut self, file: &RubricFile) -> Vec<Grade> {
        let mut grades: Vec<Grade> = Vec::new();
        for def in &file.grade {
            let name = def.name.get_ref().clone();
            if grades.iter().any(|g| g.name == name) {
                self.error(def.name.span(), format!("grade `{name}` is defined twice"));
            }
            if let Some(m) = &def.min {
                self.error(
                    m.span(),
                    "under [quota] a grade has a `share` of the ranking, not a `min` score",
                );
            }
            let share = match &def.share {
                Some(s)
                    if s.get_ref().0 < Decimal::ZERO || s.get_ref().0 > Decimal::ONE_HUNDRED =>
                {
                    self.error(s.span(), "a share is a percent from 0 to 100");
                    None
                }
                Some(s) => Some(s.get_ref().0),
                None => {
                    self.error(
                        def.name.span(),
                        format!("grade `{name}` needs `share = N`, its percent of the ranking"),
                    );
                    None
                }
            };
            grades.push(Grade {
                name,
                min: None,
                share,
            });
        }
        if file.quota.is_none() {
            if let Some(s) = file.grade.iter().find_map(|g| g.share.as_ref()) {
                self.error(
                    s.span(),
                    "grades with `share` need a [quota] table saying how counts are rounded \
                     (`counts`), who takes a tied boundary (`ties`) and whether vetoed teachers \
                     count (`vetoed`)",
                );
            }
        }
        if grades.iter().all(|g| g.share.is_some()) {
            let sum: Decimal = grades.iter().filter_map(|g| g.share).sum();
            if sum != Decimal::ONE_HUNDRED {
                let terms = grades
                    .iter()
                    .filter_map(|g| g.share.map(|s| format!("{} {}", g.name, s.normalize())))
                    .collect::<Vec<_>>()
                    .join(" + ");
                let at = file
                    .grade
                    .last()
                    .and_then(|g| g.share.as_ref())
                    .map_or(0..0, |s| s.span());
                self.error(
                    at,
                    format!(
                        "the grades' shares add up to {}%, not 100%: {terms}",
                        sum.normalize()
                    ),
                );
            }
        }
        grades
    }

    pub(super) fn quota(
        &mut self,
        file: &RubricFile,
        roster_fields: &[(String, FieldType)],
        items: &[Item],
        categories: &[Category],
        grades: &[Grade],
    ) -> Option<Quota> {
        let def = file.quota.as_ref()?;
        let q = def.get_ref();
        if grades.is_empty() {
            self.error(
                def.span(),
                "[quota] needs [[grade]] entries, best first, each with its `share`",
            );
        }
        let scope = q.scope.as_ref().and_then(|s| {
            let found = roster_fields.iter().position(|(n, _)| n == s.get_ref());
            if found.is_none() {
                let names = roster_fields
                    .iter()
                    .map(|(n, _)| n.as_str())
                    .collect::<Vec<_>>()
                    .join(", ");
                self.error(
                    s.span(),
                    format!(
                        "the roster has no field `{}`; its fields: {names}",
                        s.get_ref()
                    ),
                );
            }
            found
        });
        let counts = QuotaCounts::parse(q.counts.get_ref()).unwrap_or_else(|| {
            self.error(
                q.counts.span(),
                format!(
                    "counts is how `share × teachers` is rounded: one of {}",
                    QuotaCounts::NAMES
                ),
            );
            QuotaCounts::Round(RoundingMode::HalfUp)
        });
        let ties = match q.ties.get_ref().as_str() {
            "better" => TiePolicy::Better,
            "worse" => TiePolicy::Worse,
            other => {
                self.error(
                    q.ties.span(),
                    format!(
                        "ties is `better` (all tied take the better grade) or `worse` (all take \
                         the worse one), not `{other}`; name scores that break ties in `tie_break`"
                    ),
                );
                TiePolicy::Better
            }
        };
        let vetoed = match q.vetoed.get_ref().as_str() {
            "exclude" => VetoedInQuota::Exclude,
            "include" => VetoedInQuota::Include,
            other => {
                self.error(
                    q.vetoed.span(),
                    format!(
                        "vetoed is `exclude` (taken out before the quota is counted) or `include` \
                         (they hold their place in the ranking), not `{other}`"
                    ),
                );
                VetoedInQuota::Exclude
            }
        };
        let mut tie_break = Vec::new();
        for name in &q.tie_break {
            if let Some(i) = items.iter().position(|i| &i.id == name.get_ref()) {
                tie_break.push(TieBreak::Item(i));
            } else if let Some(c) = categories.iter().position(|c| &c.id == name.get_ref()) {
                tie_break.push(TieBreak::Category(c));
            } else {
                self.error(
                    name.span(),
                    format!(
                        "no item or category `{}` to break ties with",
                        name.get_ref()
                    ),
                );
            }
        }
        Some(Quota {
            scope,
            counts,
            tie_break,
            ties,
            vetoed,
        })
    }
}
