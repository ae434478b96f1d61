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
                self.error(
                    def.name.span(),
                    crate::text!(
                        "grade `{name}` is defined twice",
                        "等级 `{name}` 定义了两次"
                    ),
                );
            }
            if let Some(m) = &def.min {
                self.error(
                    m.span(),
                    crate::text!(
                        "under [quota] a grade has a `share` of the ranking, not a `min` score",
                        "有 [quota] 时，等级按排名比例 `share` 划分，不能写最低分 `min`"
                    ),
                );
            }
            let share = match &def.share {
                Some(s)
                    if s.get_ref().0 < Decimal::ZERO || s.get_ref().0 > Decimal::ONE_HUNDRED =>
                {
                    self.error(
                        s.span(),
                        crate::text!(
                            "a share is a percent from 0 to 100",
                            "比例 share 是 0 到 100 之间的百分数"
                        ),
                    );
                    None
                }
                Some(s) => Some(s.get_ref().0),
                None => {
                    self.error(
                        def.name.span(),
                        crate::text!(
                            "grade `{name}` needs `share = N`, its percent of the ranking",
                            "等级 `{name}` 要写 `share = N`，即它在排名中所占的百分比"
                        ),
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
                    crate::text!(
                        "grades with `share` need a [quota] table saying how counts are rounded \
                         (`counts`), who takes a tied boundary (`ties`) and whether vetoed teachers \
                         count (`vetoed`)",
                        "等级写了 `share` 时，需要一个 [quota] 表，写明人数怎样取整（`counts`）、\
                         分界处同分时归哪一等（`ties`）、被否决的教师是否计入（`vetoed`）"
                    ),
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
                self.error(at, {
                    let sum = sum.normalize();
                    crate::text!(
                        "the grades' shares add up to {sum}%, not 100%: {terms}",
                        "各等级比例之和应为 100，现在是 {sum}：{terms}"
                    )
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
            self.error(
                def.span(),
                crate::text!(
                    "[quota] needs [[grade]] entries, best first, each with its `share`",
                    "[quota] 需要 [[grade]] 等级，从高到低排列，每个都写上 `share`"
                ),
            );
        }
        let scope = q.scope.as_ref().and_then(|s| {
            let found = roster_fields.iter().position(|(n, _)| n == s.get_ref());
            if found.is_none() {
                let names = roster_fields
                    .iter()
                    .map(|(n, _)| n.as_str())
                    .collect::<Vec<_>>();
                let (names_en, names_zh) = (names.join(", "), names.join("、"));
                let field = s.get_ref();
                self.error(
                    s.span(),
                    crate::text!(
                        "the roster has no field `{field}`; its fields: {names_en}",
                        "名册里没有字段 `{field}`；名册的字段有：{names_zh}"
                    ),
                );
            }
            found
        });
        let counts = QuotaCounts::parse(q.counts.get_ref()).unwrap_or_else(|| {
            self.error(q.counts.span(), {
                let names = QuotaCounts::NAMES;
                crate::text!(
                    "counts is how `share × teachers` is rounded: one of {names}",
                    "counts 是 `比例 × 教师人数` 的取整方式，可用：{names}"
                )
            });
            QuotaCounts::Round(RoundingMode::HalfUp)
        });
        let ties = match q.ties.get_ref().as_str() {
            "better" => TiePolicy::Better,
            "worse" => TiePolicy::Worse,
            other => {
                self.error(
                    q.ties.span(),
                    crate::text!(
                        "ties is `better` (all tied take the better grade) or `worse` (all take \
                         the worse one), not `{other}`; name scores that break ties in `tie_break`",
                        "ties 只能写 `better`（同分的都取较高等级）或 `worse`（都取较低等级），\
                         不能写 `{other}`；用来区分同分的分数请写在 `tie_break` 里"
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
                    crate::text!(
                        "vetoed is `exclude` (taken out before the quota is counted) or `include` \
                         (they hold their place in the ranking), not `{other}`",
                        "vetoed 只能写 `exclude`（计算名额前先去掉）或 `include`（保留在排名里），\
                         不能写 `{other}`"
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
                self.error(name.span(), {
                    let wanted = name.get_ref();
                    crate::text!(
                        "no item or category `{wanted}` to break ties with",
                        "没有可用来区分同分的考核项或类别 `{wanted}`"
                    )
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
