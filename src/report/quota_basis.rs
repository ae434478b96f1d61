//! Why a teacher has their grade, in words, for 汇总's 等级依据 column and
//! the JSON summary: the place in the quota ranking and the slots of the
//! grade it fell in (`第 5/17 名，优秀名额 5（30%×17=5.1→5），第 1–5 名`),
//! ties and how they were settled, or the veto that overrode the ranking.

use super::bilingual::{append, join_names};
use crate::engine::{GradeBasis, Outcome, QuotaPlace, QuotaScope, TeacherResult};
use crate::i18n::report as msg;
use crate::i18n::Text;
use crate::rubric::{Locale, QuotaCounts, Rubric, TieBreak, TiePolicy};
use crate::show::plain;

/// The place as a reader writes it: `5`, or `5–6` for a tie over two places.
pub fn rank_text(place: &QuotaPlace) -> String {
    if place.through > place.rank {
        format!("{}–{}", place.rank, place.through)
    } else {
        place.rank.to_string()
    }
}

/// The grade's basis in words; empty for a grade by score band.
pub fn grade_basis(
    rubric: &Rubric,
    outcome: &Outcome,
    t: &TeacherResult,
    locale: Locale,
) -> String {
    let place = t.quota.as_ref();
    let scope = place.and_then(|p| outcome.quotas.get(p.scope));
    match t.grade_basis {
        GradeBasis::Band => String::new(),
        GradeBasis::Veto(v) => {
            let name = rubric.vetoes.get(v).map_or("", |v| v.name.as_str());
            let basis = match (place, scope) {
                (Some(p), Some(s)) => msg::basis_veto_ranked(name, rank_text(p), s.counted),
                _ if rubric.quota.is_some() => msg::basis_veto_unranked(name),
                _ => msg::basis_veto(name),
            };
            basis.get(locale).to_string()
        }
        GradeBasis::Quota => match (place, scope, t.grade) {
            (Some(p), Some(s), Some(g)) => quota_text(rubric, s, p, g, locale),
            _ => String::new(),
        },
    }
}

/// A counted teacher's place and the slots of the grade it gave, in
/// words: what [`grade_basis`] says for a grade by quota. `rollup` uses it
/// for the term's ranking.
pub fn quota_text(
    rubric: &Rubric,
    scope: &QuotaScope,
    place: &QuotaPlace,
    grade: usize,
    locale: Locale,
) -> String {
    let n = scope.counted;
    let name = rubric.grades.get(grade).map_or("", |g| g.name.as_str());
    let mut out = Text::default();
    if let Some(s) = &scope.name {
        append(&mut out, &msg::basis_scope(s));
    }
    let place_text = if place.tied.is_empty() {
        msg::basis_rank(place.rank, n)
    } else {
        let tied = join_names(place.tied.iter().map(String::as_str), msg::list_names());
        msg::basis_tied(&tied, place.rank, n, place.through)
    };
    append(&mut out, &place_text);
    if let Some(slot) = scope.slots.get(grade) {
        let range = if slot.count == 0 {
            Text::default()
        } else {
            msg::basis_slot_range(slot.first, slot.last)
        };
        // By largest remainder 4.4 can give 5: say so, or the arrow reads as a miscount.
        let method = match rubric.quota.as_ref().map(|q| q.counts) {
            Some(QuotaCounts::LargestRemainder) => msg::basis_largest_remainder().text(),
            _ => Text::default(),
        };
        let slot_text = if slot.rest {
            msg::basis_slot_rest(name, slot.count, &range)
        } else {
            msg::basis_slot(
                name,
                slot.count,
                plain(slot.share),
                n,
                plain(slot.exact),
                &method,
                &range,
            )
        };
        append(&mut out, &slot_text);
    }
    if place.straddles {
        let policy = rubric.quota.as_ref().map_or(TiePolicy::Better, |q| q.ties);
        let straddles = match policy {
            TiePolicy::Better => msg::basis_straddles_better(),
            TiePolicy::Worse => msg::basis_straddles_worse(),
        };
        append(&mut out, &straddles.text());
    }
    if !place.broken.is_empty() {
        let by = rubric
            .quota
            .iter()
            .flat_map(|q| q.tie_break.iter())
            .map(|tb| match *tb {
                TieBreak::Item(i) => rubric.items.get(i).map_or("", |i| i.name.as_str()),
                TieBreak::Category(c) => rubric.categories.get(c).map_or("", |c| c.name.as_str()),
            });
        let tied = join_names(place.broken.iter().map(String::as_str), msg::list_names());
        append(
            &mut out,
            &msg::basis_broken(&tied, &join_names(by, msg::list_names())),
        );
    }
    out.get(locale).to_string()
}
