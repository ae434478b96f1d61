//! Why a teacher has their grade, in words, for 汇总's 等级依据 column and
//! the JSON summary: the place in the quota ranking and the slots of the
//! grade it fell in (`第 5/17 名，优秀名额 5（30%×17=5.1→5），第 1–5 名`),
//! ties and how they were settled, or the veto that overrode the ranking.

use crate::engine::{GradeBasis, Outcome, QuotaPlace, QuotaScope, TeacherResult};
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
            match (place, scope, locale) {
                (Some(p), Some(s), Locale::Zh) => format!(
                    "一票否决：{name}（排名 第 {}/{} 名，占用名额位置）",
                    rank_text(p),
                    s.counted
                ),
                (Some(p), Some(s), Locale::En) => format!(
                    "veto: {name} (ranked {} of {}, holding the place)",
                    rank_text(p),
                    s.counted
                ),
                (_, _, Locale::Zh) if rubric.quota.is_some() => {
                    format!("一票否决：{name}（不参加名额排序）")
                }
                (_, _, Locale::En) if rubric.quota.is_some() => {
                    format!("veto: {name} (taken out of the quota ranking)")
                }
                (_, _, Locale::Zh) => format!("一票否决：{name}"),
                (_, _, Locale::En) => format!("veto: {name}"),
            }
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
    let mut out = String::new();
    if let Some(s) = &scope.name {
        out.push_str(s);
        out.push_str(match locale {
            Locale::Zh => "：",
            Locale::En => ": ",
        });
    }
    let tied = place.tied.join(match locale {
        Locale::Zh => "、",
        Locale::En => ", ",
    });
    match (place.tied.is_empty(), locale) {
        (true, Locale::Zh) => out.push_str(&format!("第 {}/{n} 名", place.rank)),
        (true, Locale::En) => out.push_str(&format!("rank {} of {n}", place.rank)),
        (false, Locale::Zh) => out.push_str(&format!(
            "与 {tied} 并列第 {}/{n} 名（占第 {}–{} 位）",
            place.rank, place.rank, place.through
        )),
        (false, Locale::En) => out.push_str(&format!(
            "tied with {tied} at rank {} of {n} (places {}–{})",
            place.rank, place.rank, place.through
        )),
    }
    if let Some(slot) = scope.slots.get(grade) {
        let range = if slot.count == 0 {
            String::new()
        } else {
            match locale {
                Locale::Zh => format!("，第 {}–{} 名", slot.first, slot.last),
                Locale::En => format!(", places {}–{}", slot.first, slot.last),
            }
        };
        // By largest remainder 4.4 can give 5: say so, or the arrow reads as a miscount.
        let method = match (rubric.quota.as_ref().map(|q| q.counts), locale) {
            (Some(QuotaCounts::LargestRemainder), Locale::Zh) => "，最大余额法",
            (Some(QuotaCounts::LargestRemainder), Locale::En) => ", largest remainder",
            _ => "",
        };
        out.push_str(&match (slot.rest, locale) {
            (false, Locale::Zh) => format!(
                "，{name}名额 {}（{}%×{n}={}{method}→{}）{range}",
                slot.count,
                plain(slot.share),
                plain(slot.exact),
                slot.count
            ),
            (false, Locale::En) => format!(
                "; {name} places {} ({}% × {n} = {}{method} → {}){range}",
                slot.count,
                plain(slot.share),
                plain(slot.exact),
                slot.count
            ),
            (true, Locale::Zh) => format!("，{name}为其余 {} 名{range}", slot.count),
            (true, Locale::En) => format!("; {name} takes the other {}{range}", slot.count),
        });
    }
    if place.straddles {
        let policy = rubric.quota.as_ref().map_or(TiePolicy::Better, |q| q.ties);
        out.push_str(match (policy, locale) {
            (TiePolicy::Better, Locale::Zh) => "；并列跨越名额界线，按规则均取较高等级",
            (TiePolicy::Worse, Locale::Zh) => "；并列跨越名额界线，按规则均取较低等级",
            (TiePolicy::Better, Locale::En) => {
                "; the tie straddles a boundary: all take the better grade"
            }
            (TiePolicy::Worse, Locale::En) => {
                "; the tie straddles a boundary: all take the worse grade"
            }
        });
    }
    if !place.broken.is_empty() {
        let by = rubric
            .quota
            .iter()
            .flat_map(|q| q.tie_break.iter())
            .map(|tb| match *tb {
                TieBreak::Item(i) => rubric.items.get(i).map_or("", |i| i.name.as_str()),
                TieBreak::Category(c) => rubric.categories.get(c).map_or("", |c| c.name.as_str()),
            })
            .collect::<Vec<_>>();
        out.push_str(&match locale {
            Locale::Zh => format!(
                "；与 {} 总分相同，按{}排定先后",
                place.broken.join("、"),
                by.join("、")
            ),
            Locale::En => format!(
                "; same total as {}, ordered by {}",
                place.broken.join(", "),
                by.join(", ")
            ),
        });
    }
    out
}
