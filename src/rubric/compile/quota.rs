//! Compiling `[quota]` and the grades' shares: a quota must state how counts
//! round, how ties fall and whether vetoed teachers count (the plans leave
//! these to the school, so the rubric must say), every grade needs a share,
//! and the shares add up to exactly 100%.

use crate::i18n::Text;
use rust_decimal::Decimal;

use super::super::file::RubricFile;
use super::super::model::{Category, Grade, Item, RoundingMode};
use super::super::quota::{Quota, QuotaCounts, TieBreak, TiePolicy, VetoedInQuota};
use super::Compiler;
use crate::i18n::rubric as msg;
use crate::value::FieldType;

impl Compiler<'_> {
    /// Grades by share, when the rubric has `[quota]` or a grade has a `share`.
    pub(super) fn quota_grades(&mut self, file: &RubricFile) -> Vec<Grade> {
        let mut grades: Vec<Grade> = Vec::new();
        for def in &file.grade {
            let name = def.name.get_ref().clone();
            if grades.iter().any(|g| g.name == name) {
                self.error(def.name.span(), msg::grade_defined_twice(&name));
            }
            if let Some(m) = &def.min {
                self.error(m.span(), msg::under_quota_grade_has_share());
            }
            let share = match &def.share {
                Some(s)
                    if s.get_ref().0 < Decimal::ZERO || s.get_ref().0 > Decimal::ONE_HUNDRED =>
                {
                    self.error(s.span(), msg::share_percent_from());
                    None
                }
                Some(s) => Some(s.get_ref().0),
                None => {
                    self.error(
                        def.name.span(),
                        msg::grade_needs_share_percent_ranking(&name),
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
                self.error(s.span(), msg::grades_share_need_quota_table());
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
                self.error(at, {
                    let sum = sum.normalize();
                    msg::grades_shares_add_up_not(sum, &terms)
                });
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
            self.error(def.span(), msg::quota_needs_grade_entries_best());
        }
        let scope = q.scope.as_ref().and_then(|s| {
            let found = roster_fields.iter().position(|(n, _)| n == s.get_ref());
            if found.is_none() {
                let names = roster_fields
                    .iter()
                    .map(|(n, _)| n.as_str())
                    .collect::<Vec<_>>();
                let names = Text::list(&names);
                let field = s.get_ref();
                self.error(s.span(), msg::roster_has_no_field_fields(field, &names));
            }
            found
        });
        let counts = QuotaCounts::parse(q.counts.get_ref()).unwrap_or_else(|| {
            self.error(q.counts.span(), {
                let names = QuotaCounts::NAMES.text();
                msg::counts_how_share_teachers_rounded(&names)
            });
            QuotaCounts::Round(RoundingMode::HalfUp)
        });
        let ties = self.keyword(
            &q.ties,
            &[("better", TiePolicy::Better), ("worse", TiePolicy::Worse)],
            TiePolicy::Better,
            |other| msg::ties_better_all_tied_take(other),
        );
        let vetoed = self.keyword(
            &q.vetoed,
            &[
                ("exclude", VetoedInQuota::Exclude),
                ("include", VetoedInQuota::Include),
            ],
            VetoedInQuota::Exclude,
            |other| msg::vetoed_exclude_taken_out_before(other),
        );
        let mut tie_break = Vec::new();
        for name in &q.tie_break {
            if let Some(i) = items.iter().position(|i| &i.id == name.get_ref()) {
                tie_break.push(TieBreak::Item(i));
            } else if let Some(c) = categories.iter().position(|c| &c.id == name.get_ref()) {
                tie_break.push(TieBreak::Category(c));
            } else {
                self.error(name.span(), {
                    let wanted = name.get_ref();
                    msg::no_item_category_break_ties(wanted)
                });
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
