//! A rule in words, for the 规则 sheet and `explain`: what one record does,
//! which records count, and what limits the result, in the reader's language.
//! Conditions are quoted as written in the rubric, so what the office reads
//! is what the engine ran.

use rust_decimal::Decimal;

use crate::rubric::calendar::WindowSize;
use crate::rubric::{
    Adjustment, Against, Effect, Item, Limit, Locale, MissingImport, Points, Quota, QuotaCounts,
    RankPoints, RelativeRule, Rubric, Rule, Start, TieBreak, TiePolicy, VetoedInQuota, WindowRule,
};
use crate::show::plain;

/// Describes `rule` of `item`, e.g.
/// `每条记录扣 1 分（条件：status == "缺课"；免扣：已审批请假），扣完为止`
/// or `Deduct 1 point per record (when: status == "缺课"; exempt: approved leave), down to 0`.
pub fn describe_rule(rubric: &Rubric, item: &Item, rule: &Rule, locale: Locale) -> String {
    let mut out = body(rubric, rule, locale);
    out.push_str(&conditions(rule, locale));
    if let Some(cap) = rule.cap {
        out.push_str(&match locale {
            Locale::Zh => format!("，本规则最多 {} 分", plain(cap)),
            Locale::En => format!(", at most {} from this rule", points(cap)),
        });
    }
    match &rule.effect {
        Effect::Deduct(_) | Effect::Window(_) if item.start == Start::Max => {
            out.push_str(match locale {
                Locale::Zh => "，扣完为止",
                Locale::En => ", down to 0",
            })
        }
        Effect::Import {
            missing: MissingImport::Zero,
            ..
        } => out.push_str(match locale {
            Locale::Zh => "；无记录计 0 分",
            Locale::En => "; 0 without a record",
        }),
        Effect::Weighted { missing, .. } => out.push_str(match (missing, locale) {
            (MissingImport::Zero, Locale::Zh) => "；缺少的评价方计 0 分",
            (MissingImport::Zero, Locale::En) => "; a missing rater counts 0",
            (MissingImport::Error, Locale::Zh) => "；缺少评价方为数据错误",
            (MissingImport::Error, Locale::En) => "; a missing rater is a data error",
        }),
        _ => {}
    }
    out
}

/// What one counted record does.
fn body(rubric: &Rubric, rule: &Rule, locale: Locale) -> String {
    match (&rule.effect, locale) {
        (Effect::Deduct(p), _) => per_record(rubric, rule, p, Verb::Deduct, locale),
        (Effect::Bonus(p), _) => per_record(rubric, rule, p, Verb::Add, locale),
        (Effect::Proportional { value, rate }, Locale::Zh) => {
            format!("{} × {} 分", operand(value.source()), plain(*rate))
        }
        (Effect::Proportional { value, rate }, Locale::En) => {
            format!("{} × {} points", operand(value.source()), plain(*rate))
        }
        (Effect::Ratio { matching, points }, Locale::Zh) => {
            format!(
                "符合 {} 的记录占比 × {} 分",
                matching.source(),
                plain(*points)
            )
        }
        (Effect::Ratio { matching, points }, Locale::En) => {
            format!(
                "share of records where {} × {} points",
                matching.source(),
                plain(*points)
            )
        }
        (Effect::Import { value, .. }, Locale::Zh) => {
            format!("导入分数 {}（不超过满分）", value.source())
        }
        (Effect::Import { value, .. }, Locale::En) => {
            format!("Imported score {} (at most the item's max)", value.source())
        }
        (Effect::Window(w), _) => window(rubric, rule, w, locale),
        (Effect::Relative(r), _) => relative(rubric, r, locale),
        (
            Effect::Weighted {
                by, value, weights, ..
            },
            _,
        ) => {
            let field = field_name(rubric, rule, *by, locale);
            let sep = match locale {
                Locale::Zh => "；",
                Locale::En => "; ",
            };
            let list = weights
                .iter()
                .map(|(rater, w)| format!("{rater} {}%", plain(*w)))
                .collect::<Vec<_>>()
                .join(sep);
            match locale {
                Locale::Zh => format!(
                    "按{field}加权：{list}（分数 {}；同一评价方多条记录取平均）",
                    value.source()
                ),
                Locale::En => format!(
                    "Weighted by {field}: {list} (score {}; several records of a rater are averaged)",
                    value.source()
                ),
            }
        }
    }
}

/// `每个上课日每个班级次数少于 5 的，每次扣 1 分` /
/// `Deduct 1 point for each school day and class with a count below 5`.
fn window(rubric: &Rubric, rule: &Rule, w: &WindowRule, locale: Locale) -> String {
    let groups: Vec<String> = w
        .group
        .iter()
        .map(|&slot| field_name(rubric, rule, slot, locale))
        .collect();
    let limit = |l: &Limit| match l {
        Limit::Fixed(n) => plain(*n),
        Limit::PerTeacher(e) => e.source().to_string(),
    };
    match locale {
        Locale::Zh => {
            let unit = match w.size {
                WindowSize::Day => "每个上课日",
                WindowSize::Week => "每周",
            };
            let group = if groups.is_empty() {
                String::new()
            } else {
                format!("每个{}", groups.join("、"))
            };
            let measure = match &w.value {
                Some(v) => format!(" {} 合计", v.source()),
                None => "次数".to_string(),
            };
            let bounds = match (&w.at_least, &w.at_most) {
                (Some(lo), Some(hi)) => format!("不在 {}–{} 之间", limit(lo), limit(hi)),
                (Some(lo), None) => format!("少于 {}", limit(lo)),
                (None, Some(hi)) => format!("多于 {}", limit(hi)),
                (None, None) => String::new(),
            };
            format!(
                "{unit}{group}{measure}{bounds} 的，每次扣 {} 分（按校历，无记录的时段也计）",
                plain(w.points)
            )
        }
        Locale::En => {
            let unit = match w.size {
                WindowSize::Day => "school day",
                WindowSize::Week => "week",
            };
            let group = if groups.is_empty() {
                String::new()
            } else {
                format!(" and {}", groups.join(" and "))
            };
            let measure = match &w.value {
                Some(v) => format!("a sum of {}", v.source()),
                None => "a count".to_string(),
            };
            let bounds = match (&w.at_least, &w.at_most) {
                (Some(lo), Some(hi)) => format!("outside {}–{}", limit(lo), limit(hi)),
                (Some(lo), None) => format!("below {}", limit(lo)),
                (None, Some(hi)) => format!("above {}", limit(hi)),
                (None, None) => String::new(),
            };
            format!(
                "Deduct {} for each {unit}{group} with {measure} {bounds} (by the school calendar; \
                 a window without records counts)",
                points(w.points)
            )
        }
    }
}

/// `hours 合计 ÷ 组内最高 × 10 分（全校）` / `Sum of hours ÷ the group's largest × 10 points (whole roster)`.
fn relative(rubric: &Rubric, r: &RelativeRule, locale: Locale) -> String {
    let roster = rubric.sources.get(rubric.roster.source);
    let groups: Vec<String> = r
        .group
        .iter()
        .map(|&slot| {
            let f = roster.and_then(|s| s.schema.fields.get(slot));
            match (f, locale) {
                (Some(f), Locale::Zh) => f.headers.first().unwrap_or(&f.name).clone(),
                (Some(f), Locale::En) => f.name.clone(),
                (None, _) => format!("#{slot}"),
            }
        })
        .collect();
    let v = r.value.source();
    let (total_zh, total_en) = if r.mean {
        ("平均", "Mean")
    } else {
        ("合计", "Sum")
    };
    match locale {
        Locale::Zh => {
            let scope = if groups.is_empty() {
                "全校比较".to_string()
            } else {
                format!("按{}分组比较", groups.join("、"))
            };
            let how = match &r.against {
                Against::Max => format!("{v} {total_zh} ÷ 组内最高 × {} 分", plain(r.points)),
                Against::Average => format!("{v} {total_zh} ÷ 组内平均 × {} 分", plain(r.points)),
                Against::Rank(RankPoints::Linear) => format!(
                    "按 {v} {total_zh}排名，(人数 − 名次 + 1) ÷ 人数 × {} 分，并列取高名次",
                    plain(r.points)
                ),
                Against::Rank(RankPoints::Table(ranks)) => {
                    let list: Vec<String> = ranks
                        .iter()
                        .enumerate()
                        .map(|(i, p)| format!("第 {} 名 {} 分", i + 1, plain(*p)))
                        .collect();
                    format!(
                        "按 {v} {total_zh}排名：{}，其后同末位，并列取高名次",
                        list.join("；")
                    )
                }
            };
            format!("{how}（{scope}；无记录者不参与）")
        }
        Locale::En => {
            let scope = if groups.is_empty() {
                "whole roster".to_string()
            } else {
                format!("grouped by {}", groups.join(", "))
            };
            let how = match &r.against {
                Against::Max => format!(
                    "{total_en} of {v} ÷ the group's largest × {}",
                    points(r.points)
                ),
                Against::Average => {
                    format!(
                        "{total_en} of {v} ÷ the group's average × {}",
                        points(r.points)
                    )
                }
                Against::Rank(RankPoints::Linear) => format!(
                    "By rank of the {} of {v}: (n − rank + 1) ÷ n × {}, ties share the better rank",
                    total_en.to_lowercase(),
                    points(r.points)
                ),
                Against::Rank(RankPoints::Table(ranks)) => {
                    let list: Vec<String> = ranks
                        .iter()
                        .enumerate()
                        .map(|(i, p)| format!("rank {}: {}", i + 1, plain(*p)))
                        .collect();
                    format!(
                        "By rank of the {} of {v}: {}; later ranks as the last, ties share the better rank",
                        total_en.to_lowercase(),
                        list.join("; ")
                    )
                }
            };
            format!("{how} ({scope}; teachers without records are left out)")
        }
    }
}

#[derive(Clone, Copy)]
enum Verb {
    Deduct,
    Add,
}

impl Verb {
    /// `扣 1 分` / `deduct 1 point`.
    fn phrase(self, value: Decimal, locale: Locale) -> String {
        match (self, locale) {
            (Verb::Deduct, Locale::Zh) => format!("扣 {} 分", plain(value)),
            (Verb::Add, Locale::Zh) => format!("加 {} 分", plain(value)),
            (Verb::Deduct, Locale::En) => format!("deduct {}", points(value)),
            (Verb::Add, Locale::En) => format!("add {}", points(value)),
        }
    }
}

fn per_record(rubric: &Rubric, rule: &Rule, p: &Points, verb: Verb, locale: Locale) -> String {
    match (p, locale) {
        (Points::Each(v), Locale::Zh) => format!("每条记录{}", verb.phrase(*v, locale)),
        (Points::Each(v), Locale::En) => {
            capitalize(&format!("{} per record", verb.phrase(*v, locale)))
        }
        (Points::ByValue { field, values }, _) => {
            let field = field_name(rubric, rule, *field, locale);
            let sep = match locale {
                Locale::Zh => "；",
                Locale::En => "; ",
            };
            let list = values
                .iter()
                .map(|(value, pts)| format!("{value} {}", verb.phrase(*pts, locale)))
                .collect::<Vec<_>>()
                .join(sep);
            match locale {
                Locale::Zh => format!("每条记录按{field}：{list}"),
                Locale::En => format!("Per record by {field}: {list}"),
            }
        }
        (Points::Tiers { field, steps }, _) => {
            let field = field_name(rubric, rule, *field, locale);
            let (colon, sep) = match locale {
                Locale::Zh => ("：", "；"),
                Locale::En => (": ", "; "),
            };
            steps
                .iter()
                .map(|tier| {
                    let when = match (tier.upto, locale) {
                        (Some(upto), _) => format!("{field} ≤ {}", plain(upto)),
                        (None, Locale::Zh) => "其余".to_string(),
                        (None, Locale::En) => "otherwise".to_string(),
                    };
                    let label = match (&tier.label, locale) {
                        (Some(l), Locale::Zh) => format!("（{l}）"),
                        (Some(l), Locale::En) => format!(" ({l})"),
                        (None, _) => String::new(),
                    };
                    format!("{when}{colon}{}{label}", verb.phrase(tier.points, locale))
                })
                .collect::<Vec<_>>()
                .join(sep)
        }
    }
}

/// Which records count, as written: `（条件：…；免扣：…）`.
fn conditions(rule: &Rule, locale: Locale) -> String {
    let mut parts = Vec::new();
    if let Some(when) = &rule.when {
        parts.push(match locale {
            Locale::Zh => format!("条件：{}", when.source()),
            Locale::En => format!("when: {}", when.source()),
        });
    }
    if let Some(unless) = &rule.unless {
        // The label is how the office names the exemption (已审批请假);
        // the condition is the fallback when the rubric gave none.
        let name = if rule.unless_label.is_empty() {
            unless.source()
        } else {
            rule.unless_label.as_str()
        };
        parts.push(match locale {
            Locale::Zh => format!("免扣：{name}"),
            Locale::En => format!("exempt: {name}"),
        });
    }
    if parts.is_empty() {
        return String::new();
    }
    match locale {
        Locale::Zh => format!("（{}）", parts.join("；")),
        Locale::En => format!(" ({})", parts.join("; ")),
    }
}

/// A field as the reader knows it: the column header in Chinese (the
/// export's own words), the field name in English.
fn field_name(rubric: &Rubric, rule: &Rule, slot: usize, locale: Locale) -> String {
    let field = rubric
        .sources
        .get(rule.source)
        .and_then(|s| s.schema.fields.get(slot));
    match (field, locale) {
        (Some(f), Locale::Zh) => f.headers.first().unwrap_or(&f.name).clone(),
        (Some(f), Locale::En) => f.name.clone(),
        // Unreachable for a validated rubric; say what we know rather than fail.
        (None, _) => format!("#{slot}"),
    }
}

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

/// An expression as the left operand of `×`: bracketed unless it is a
/// bare name, so `(logins <= 3 ? logins : 3) × 2` reads as it is computed.
fn operand(source: &str) -> String {
    if source
        .chars()
        .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
    {
        source.to_string()
    } else {
        format!("({source})")
    }
}

fn points(value: Decimal) -> String {
    if value == Decimal::ONE {
        "1 point".to_string()
    } else {
        format!("{} points", plain(value))
    }
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    fn describe(item: &str, rule: usize, locale: Locale) -> String {
        let rubric = fixture::rubric();
        let item = rubric
            .items
            .iter()
            .find(|i| i.id == item)
            .unwrap_or_else(|| panic!("no item {item}"));
        describe_rule(&rubric, item, &item.rules[rule], locale)
    }

    #[test]
    fn deduct_each_with_condition_exemption_and_floor() {
        assert_eq!(
            describe("attendance", 0, Locale::Zh),
            "每条记录扣 1 分（条件：status == \"缺课\"；免扣：已审批请假），扣完为止"
        );
        assert_eq!(
            describe("attendance", 0, Locale::En),
            "Deduct 1 point per record (when: status == \"缺课\"; exempt: 已审批请假), down to 0"
        );
    }

    #[test]
    fn tiers_name_the_column_and_each_tier() {
        assert_eq!(
            describe("attendance", 1, Locale::Zh),
            "迟到分钟 ≤ 10：扣 0.5 分；其余：扣 1 分（按缺课计），扣完为止"
        );
        assert_eq!(
            describe("attendance", 1, Locale::En),
            "late_minutes ≤ 10: deduct 0.5 points; otherwise: deduct 1 point (按缺课计), down to 0"
        );
    }

    #[test]
    fn bonus_each_with_rule_cap() {
        assert_eq!(
            describe("papers", 0, Locale::Zh),
            "每条记录加 0.5 分，本规则最多 1 分"
        );
        assert_eq!(
            describe("papers", 0, Locale::En),
            "Add 0.5 points per record, at most 1 point from this rule"
        );
    }

    #[test]
    fn bonus_by_value() {
        assert_eq!(
            describe("papers", 1, Locale::Zh),
            "每条记录按级别：县级 加 3 分；校级 加 2 分"
        );
        assert_eq!(
            describe("papers", 1, Locale::En),
            "Per record by level: 县级 add 3 points; 校级 add 2 points"
        );
    }

    #[test]
    fn proportional_with_cap() {
        assert_eq!(
            describe("workload", 0, Locale::Zh),
            "hours × 1.25 分，本规则最多 30 分"
        );
        assert_eq!(
            describe("workload", 0, Locale::En),
            "hours × 1.25 points, at most 30 points from this rule"
        );
    }

    #[test]
    fn import_and_missing_zero() {
        assert_eq!(
            describe("plan", 0, Locale::Zh),
            "导入分数 score（不超过满分）；无记录计 0 分"
        );
        assert_eq!(
            describe("plan", 0, Locale::En),
            "Imported score score (at most the item's max); 0 without a record"
        );
    }

    fn describe_compiled(text: &str, item: &str, locale: Locale) -> String {
        let rubric = crate::rubric::compile("r.toml", text).unwrap();
        let item = rubric.items.iter().find(|i| i.id == item).unwrap();
        describe_rule(&rubric, item, &item.rules[0], locale)
    }

    #[test]
    fn window_rules_name_the_window_group_measure_and_limit() {
        let text = include_str!("../../rubrics/daily-minimums.toml");
        assert_eq!(
            describe_compiled(text, "daily_checks", Locale::Zh),
            "每个上课日每个班级 checked 合计少于 5 的，每次扣 1 分（按校历，无记录的时段也计），扣完为止"
        );
        assert_eq!(
            describe_compiled(text, "daily_checks", Locale::En),
            "Deduct 1 point for each school day and class with a sum of checked below 5 \
             (by the school calendar; a window without records counts), down to 0"
        );
        assert_eq!(
            describe_compiled(text, "weekly_plan", Locale::Zh),
            "每周次数少于 1 的，每次扣 1 分（按校历，无记录的时段也计），扣完为止"
        );
        assert_eq!(
            describe_compiled(text, "screen_time", Locale::En),
            "Deduct 1 point for each school day and class with a sum of minutes above \
             table(\"screen_minutes\", teacher.grade) (by the school calendar; a window without \
             records counts), down to 0"
        );
    }

    #[test]
    fn relative_rules_name_the_comparison_and_the_group() {
        let base = r#"
[rubric]
name = "t"
[roster]
source = "roster"
key = "id"
name = "name"
[sources.roster]
files = "*名册*"
[sources.roster.fields]
id = { headers = ["工号"], type = "key" }
name = { headers = ["姓名"], type = "text" }
grade = { headers = ["任教年级"], type = "integer" }
subject = { headers = ["学科"], type = "text" }
[sources.w]
files = "*量*"
teacher = "id"
[sources.w.fields]
id = { headers = ["工号"], type = "key" }
hours = { headers = ["课时"], type = "decimal" }
[[category]]
id = "c"
name = "c"
max = 50
[[item]]
id = "i"
name = "i"
category = "c"
max = 50
[[item.rule]]
kind = "relative"
source = "w"
value = "hours"
"#;
        let max = format!("{base}against = \"max\"\npoints = 50\n");
        assert_eq!(
            describe_compiled(&max, "i", Locale::Zh),
            "hours 合计 ÷ 组内最高 × 50 分（全校比较；无记录者不参与）"
        );
        assert_eq!(
            describe_compiled(&max, "i", Locale::En),
            "Sum of hours ÷ the group's largest × 50 points (whole roster; teachers without records are left out)"
        );
        let rank = format!(
            "{base}against = \"rank\"\ngroup = [\"grade\", \"subject\"]\nranks = [50, 45]\n"
        );
        assert_eq!(
            describe_compiled(&rank, "i", Locale::Zh),
            "按 hours 合计排名：第 1 名 50 分；第 2 名 45 分，其后同末位，并列取高名次（按任教年级、学科分组比较；无记录者不参与）"
        );
        let linear = format!("{base}against = \"rank\"\npoints = 50\n");
        assert_eq!(
            describe_compiled(&linear, "i", Locale::En),
            "By rank of the sum of hours: (n − rank + 1) ÷ n × 50 points, ties share the better rank \
             (whole roster; teachers without records are left out)"
        );
        let avg = format!("{base}against = \"average\"\npoints = 10\n");
        assert_eq!(
            describe_compiled(&avg, "i", Locale::Zh),
            "hours 合计 ÷ 组内平均 × 10 分（全校比较；无记录者不参与）"
        );
    }

    /// A rubric with a weighted item, a threshold, an adjustment and a quota.
    fn kinds() -> Rubric {
        let text = r#"
[rubric]
name = "t"
[roster]
source = "roster"
key = "id"
name = "name"
school = "school"
[sources.roster]
files = "r.csv"
[sources.roster.fields]
id = { headers = ["工号"], type = "key" }
name = { headers = ["姓名"], type = "text" }
school = { headers = ["学校"], type = "text" }
role = { headers = ["角色"], type = "text" }
[sources.ratings]
files = "x.csv"
teacher = "id"
[sources.ratings.fields]
id = { headers = ["工号"], type = "key" }
rater = { headers = ["评价方"], type = "enum", values = ["学生", "考核小组"] }
score = { headers = ["分数"], type = "decimal" }
[[category]]
id = "ethics"
name = "师德"
max = 100
threshold = 60
[[item]]
id = "ethics"
name = "师德评议"
category = "ethics"
max = 100
[[item.rule]]
kind = "weighted"
source = "ratings"
by = "rater"
value = "score"
weights = { "学生" = 40, "考核小组" = 60 }
missing = "zero"
[[adjust]]
id = "half"
name = "折半"
category = "ethics"
factor = 0.5
when = 'role == "教干"'
requires = [{ source = "ratings", when = 'rater == "考核小组"', label = "小组评分" }]
[quota]
scope = "school"
counts = "down"
ties = "worse"
tie_break = ["ethics"]
vetoed = "include"
[[grade]]
name = "优秀"
share = 30
[[grade]]
name = "其他"
share = 70
"#;
        crate::rubric::compile("t.toml", text).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn weighted_names_each_rater_and_what_a_missing_one_counts() {
        let r = kinds();
        let item = &r.items[0];
        assert_eq!(
            describe_rule(&r, item, &item.rules[0], Locale::Zh),
            "按评价方加权：学生 40%；考核小组 60%（分数 score；同一评价方多条记录取平均）；缺少的评价方计 0 分"
        );
        assert_eq!(
            describe_rule(&r, item, &item.rules[0], Locale::En),
            "Weighted by rater: 学生 40%; 考核小组 60% (score score; several records of a rater are averaged); a missing rater counts 0"
        );
    }

    #[test]
    fn threshold_and_adjustment_in_words() {
        let r = kinds();
        assert_eq!(describe_threshold(d("60"), Locale::Zh), "低于 60 分计 0 分");
        assert_eq!(describe_threshold(d("60"), Locale::En), "0 when below 60");
        assert_eq!(
            describe_adjustment(&r, &r.adjustments[0], Locale::Zh),
            "类别「师德」合计 × 0.5，按四舍五入保留 2 位（条件：role == \"教干\"；须有记录：小组评分（ratings））"
        );
        assert_eq!(
            describe_adjustment(&r, &r.adjustments[0], Locale::En),
            "Subtotal of 师德 × 0.5, rounded half up to 2 places (when: role == \"教干\"; records needed: 小组评分 (ratings))"
        );
    }

    #[test]
    fn quota_policies_in_words() {
        let r = kinds();
        let q = r.quota.as_ref().unwrap();
        assert_eq!(
            describe_quota(&r, q, Locale::Zh),
            [
                "按学校分别排名".to_string(),
                "名额 = 比例 × 参与排名人数，去尾取整；最后一个等级取其余名额".to_string(),
                "同分跨越名额界线时，并列者均取较低等级".to_string(),
                "师德评议（高者在前）".to_string(),
                "被一票否决的教师参与排名并占用名额位置；其等级由否决决定".to_string(),
            ]
        );
        assert_eq!(
            describe_quota(&r, q, Locale::En)[1],
            "places = share × teachers ranked, rounded towards zero; the last grade takes the rest"
        );
        let hamilton = Quota {
            scope: q.scope,
            counts: QuotaCounts::LargestRemainder,
            tie_break: q.tie_break.clone(),
            ties: q.ties,
            vetoed: q.vetoed,
        };
        assert_eq!(
            describe_quota(&r, &hamilton, Locale::Zh)[1],
            "名额按最大余额法分配：各等级先取 比例 × 参与排名人数 的整数部分，\
             余下名额按小数部分从大到小逐个分配（小数部分相同给较高等级）"
        );
        assert!(
            describe_quota(&r, &hamilton, Locale::En)[1].starts_with("places by largest remainder")
        );
    }

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }
}
