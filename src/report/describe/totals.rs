//! What acts on a category or the total, in words: the threshold, an
//! adjustment, and a quota's rules.

use rust_decimal::Decimal;

use crate::i18n::report as msg;
use crate::i18n::Text;
use crate::report::bilingual::{both, join, join_names};
use crate::rubric::{
    Adjustment, Locale, Quota, QuotaCounts, Rubric, TieBreak, TiePolicy, VetoedInQuota,
};
use crate::show::plain;

/// A threshold in words: `低于 500 分计 0 分` / `0 when below 500`.
pub fn describe_threshold(min: Decimal, locale: Locale) -> String {
    msg::below_threshold(plain(min)).get(locale).to_string()
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
        parts.push(msg::condition_when(&when.say(&rubric.roster_naming())));
    }
    if !adj.requires.is_empty() {
        let records = adj.requires.iter().map(|r| {
            let source = rubric
                .sources
                .get(r.source)
                .map_or(String::new(), |s| s.display_name());
            msg::required_record(&r.label, source)
        });
        parts.push(msg::records_needed(&join(records, msg::list_names())));
    }
    let mode = rubric.rounding.mode;
    msg::adjustment(
        category,
        plain(adj.factor),
        &both(|locale| mode.label(locale)),
        rubric.rounding.places,
        &join(parts, msg::list_clauses()),
    )
    .get(locale)
    .to_string()
}

/// The quota's policies in words, one line each for the 规则 sheet, in this
/// order: scope, how counts round, ties, tie-breaks, vetoed teachers.
pub fn describe_quota(rubric: &Rubric, quota: &Quota, locale: Locale) -> [String; 5] {
    let roster = rubric.sources.get(rubric.roster.source);
    let scope = match quota.scope {
        Some(slot) => {
            let field = roster.and_then(|s| s.schema.fields.get(slot));
            msg::quota_scope_apart(&Text {
                en: field.map_or("", |f| f.name.as_str()).to_string(),
                zh: field
                    .map_or("", |f| f.headers.first().unwrap_or(&f.name).as_str())
                    .to_string(),
            })
        }
        None => msg::quota_scope_all().text(),
    };
    let counts = match quota.counts {
        QuotaCounts::LargestRemainder => msg::quota_counts_largest_remainder().text(),
        QuotaCounts::Round(_) => {
            msg::quota_counts_round(&both(|locale| quota.counts.label(locale)))
        }
    };
    let ties = match quota.ties {
        TiePolicy::Better => msg::quota_ties_better(),
        TiePolicy::Worse => msg::quota_ties_worse(),
    };
    let tie_break = quota
        .tie_break
        .iter()
        .map(|tb| match *tb {
            TieBreak::Item(i) => rubric.items.get(i).map_or("", |i| i.name.as_str()),
            TieBreak::Category(c) => rubric.categories.get(c).map_or("", |c| c.name.as_str()),
        })
        .collect::<Vec<_>>();
    let tie_break = if tie_break.is_empty() {
        msg::quota_tie_break_none().text()
    } else {
        msg::quota_tie_break_list(&join_names(tie_break, msg::list_names()))
    };
    let vetoed = match quota.vetoed {
        VetoedInQuota::Exclude => msg::quota_vetoed_exclude(),
        VetoedInQuota::Include => msg::quota_vetoed_include(),
    };
    [scope, counts, ties.text(), tie_break, vetoed.text()].map(|t| t.get(locale).to_string())
}
