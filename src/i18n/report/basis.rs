//! Why a teacher has their grade (汇总's 等级依据 and the JSON): the place
//! in the quota ranking, the grade's places, ties, or the veto.

// --- a grade forced by a veto
crate::messages! {
    /// A vetoed teacher ranked and holding a place.
    basis_veto_ranked(name, rank, counted) {
        en: "veto: {name} (ranked {rank} of {counted}, holding the place)",
        zh: "一票否决：{name}（排名 第 {rank}/{counted} 名，占用名额位置）",
    }
    /// A vetoed teacher taken out of the quota ranking.
    basis_veto_unranked(name) {
        en: "veto: {name} (taken out of the quota ranking)",
        zh: "一票否决：{name}（不参加名额排序）",
    }
    /// A vetoed teacher, no quota.
    basis_veto(name) { en: "veto: {name}", zh: "一票否决：{name}" }
}

// --- a grade by quota: the place, the grade's places, ties
crate::messages! {
    /// The group ranked apart, before the place.
    basis_scope(scope) { en: "{scope}: ", zh: "{scope}：" }
    /// A teacher's place among those counted.
    basis_rank(rank, n) { en: "rank {rank} of {n}", zh: "第 {rank}/{n} 名" }
    /// A teacher tied with others, and the places they share.
    basis_tied(tied: Text, rank, n, through) {
        en: "tied with {tied} at rank {rank} of {n} (places {rank}–{through})",
        zh: "与 {tied} 并列第 {rank}/{n} 名（占第 {rank}–{through} 位）",
    }
    /// The places a grade holds.
    basis_slot_range(first, last) { en: ", places {first}–{last}", zh: "，第 {first}–{last} 名" }
    /// After the exact count when places go by largest remainder.
    basis_largest_remainder { en: ", largest remainder", zh: "，最大余额法" }
    /// A grade's places: its share of those counted, and how it rounded.
    basis_slot(grade, count, share, n, exact, method: Text, range: Text) {
        en: "; {grade} places {count} ({share}% × {n} = {exact}{method} → {count}){range}",
        zh: "，{grade}名额 {count}（{share}%×{n}={exact}{method}→{count}）{range}",
    }
    /// The last grade, taking the places left.
    basis_slot_rest(grade, count, range: Text) {
        en: "; {grade} takes the other {count}{range}",
        zh: "，{grade}为其余 {count} 名{range}",
    }
    /// A tie across a grade boundary, all taking the better grade.
    basis_straddles_better {
        en: "; the tie straddles a boundary: all take the better grade",
        zh: "；并列跨越名额界线，按规则均取较高等级",
    }
    /// A tie across a grade boundary, all taking the worse grade.
    basis_straddles_worse {
        en: "; the tie straddles a boundary: all take the worse grade",
        zh: "；并列跨越名额界线，按规则均取较低等级",
    }
    /// Equal totals put in order by the tie-breaks.
    basis_broken(tied: Text, by: Text) {
        en: "; same total as {tied}, ordered by {by}",
        zh: "；与 {tied} 总分相同，按{by}排定先后",
    }
}
