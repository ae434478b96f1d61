//! What acts on a category or the total, in words: the threshold, an
//! adjustment, and a quota's rules.

use rust_decimal::Decimal;

use crate::rubric::{
    Adjustment, Locale, Quota, QuotaCounts, Rubric, TieBreak, TiePolicy, VetoedInQuota,
};
use crate::show::plain;

/// A threshold in words: `低于 500 分计 0 分` / `0 when below 500`.
pub fn describe_threshold(min: Decimal, locale: Locale) -> String {
    match locale {
        Locale::Zh => format!("低于 {} 分计 0 分", plain(min)),
        Locale::En => format!("0 when below {}", plain(min)),
    }
}

/// An adjustment in words: the category, the factor and when it applies,
/// conditions quoted as written.
pub fn describe_adjustment(rubric: &Rubric, adj: &Adjustment, locale: Locale) -> String {
    let category = rubric
        .categories
        .get(adj.category)
        .map_or("", |c| c.name.as_str());
    let mut parts = Vec::new();
    if let Some(when) = &adj.when {
        parts.push(match locale {
            Locale::Zh => format!("条件：{}", when.source()),
            Locale::En => format!("when: {}", when.source()),
        });
    }
    if !adj.requires.is_empty() {
        let labels = adj
            .requires
            .iter()
            .map(|r| {
                let source = rubric.sources.get(r.source).map_or("", |s| s.id.as_str());
                match locale {
                    Locale::Zh => format!("{}（{source}）", r.label),
                    Locale::En => format!("{} ({source})", r.label),
                }
            })
            .collect::<Vec<_>>();
        parts.push(match locale {
            Locale::Zh => format!("须有记录：{}", labels.join("、")),
            Locale::En => format!("records needed: {}", labels.join(", ")),
        });
    }
    match locale {
        Locale::Zh => format!(
            "类别「{category}」合计 × {}，按{}保留 {} 位（{}）",
            plain(adj.factor),
            rubric.rounding.mode.label(locale),
            rubric.rounding.places,
            parts.join("；")
        ),
        Locale::En => format!(
            "Subtotal of {category} × {}, rounded {} to {} places ({})",
            plain(adj.factor),
            rubric.rounding.mode.label(locale),
            rubric.rounding.places,
            parts.join("; ")
        ),
    }
}

/// The quota's policies in words, one line each for the 规则 sheet, in this
/// order: scope, how counts round, ties, tie-breaks, vetoed teachers.
pub fn describe_quota(rubric: &Rubric, quota: &Quota, locale: Locale) -> [String; 5] {
    let roster = rubric.sources.get(rubric.roster.source);
    let scope = match (quota.scope, locale) {
        (Some(slot), Locale::Zh) => {
            let field = roster.and_then(|s| s.schema.fields.get(slot));
            format!(
                "按{}分别排名",
                field.map_or("", |f| f.headers.first().unwrap_or(&f.name).as_str())
            )
        }
        (Some(slot), Locale::En) => {
            let field = roster.and_then(|s| s.schema.fields.get(slot));
            format!(
                "each {} ranked apart",
                field.map_or("", |f| f.name.as_str())
            )
        }
        (None, Locale::Zh) => "全体教师一起排名".to_string(),
        (None, Locale::En) => "all teachers ranked together".to_string(),
    };
    let counts = match (quota.counts, locale) {
        (QuotaCounts::LargestRemainder, Locale::Zh) => {
            "名额按最大余额法分配：各等级先取 比例 × 参与排名人数 的整数部分，\
             余下名额按小数部分从大到小逐个分配（小数部分相同给较高等级）"
                .to_string()
        }
        (QuotaCounts::LargestRemainder, Locale::En) => {
            "places by largest remainder: each grade first takes the whole part of \
             share × teachers ranked, then the places left go one each to the largest \
             fractional parts (equal parts to the better grade)"
                .to_string()
        }
        (QuotaCounts::Round(_), Locale::Zh) => format!(
            "名额 = 比例 × 参与排名人数，{}取整；最后一个等级取其余名额",
            quota.counts.label(locale)
        ),
        (QuotaCounts::Round(_), Locale::En) => format!(
            "places = share × teachers ranked, rounded {}; the last grade takes the rest",
            quota.counts.label(locale)
        ),
    };
    let ties = match (quota.ties, locale) {
        (TiePolicy::Better, Locale::Zh) => "同分跨越名额界线时，并列者均取较高等级".to_string(),
        (TiePolicy::Worse, Locale::Zh) => "同分跨越名额界线时，并列者均取较低等级".to_string(),
        (TiePolicy::Better, Locale::En) => {
            "equal teachers across a boundary all take the better grade".to_string()
        }
        (TiePolicy::Worse, Locale::En) => {
            "equal teachers across a boundary all take the worse grade".to_string()
        }
    };
    let tie_break = quota
        .tie_break
        .iter()
        .map(|tb| match *tb {
            TieBreak::Item(i) => rubric.items.get(i).map_or("", |i| i.name.as_str()),
            TieBreak::Category(c) => rubric.categories.get(c).map_or("", |c| c.name.as_str()),
        })
        .collect::<Vec<_>>();
    let tie_break = match (tie_break.is_empty(), locale) {
        (true, Locale::Zh) => "无（总分相同即并列）".to_string(),
        (true, Locale::En) => "none (equal totals are tied)".to_string(),
        (false, Locale::Zh) => format!("{}（高者在前）", tie_break.join("、")),
        (false, Locale::En) => format!("{} (higher first)", tie_break.join(", ")),
    };
    let vetoed = match (quota.vetoed, locale) {
        (VetoedInQuota::Exclude, Locale::Zh) => {
            "先剔除被一票否决的教师再计算名额；其等级由否决决定".to_string()
        }
        (VetoedInQuota::Include, Locale::Zh) => {
            "被一票否决的教师参与排名并占用名额位置；其等级由否决决定".to_string()
        }
        (VetoedInQuota::Exclude, Locale::En) => {
            "taken out before places are counted; graded by their veto".to_string()
        }
        (VetoedInQuota::Include, Locale::En) => {
            "ranked and holding their places; graded by their veto".to_string()
        }
    };
    [scope, counts, ties, tie_break, vetoed]
}
