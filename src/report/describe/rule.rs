//! One rule in words: what a record does, which records count, and what
//! limits the result.

use rust_decimal::Decimal;

use crate::rubric::calendar::WindowSize;
use crate::rubric::{
    Against, Effect, Item, Limit, Locale, MissingImport, Points, RankPoints, RelativeRule, Rubric,
    Rule, Start, WindowRule,
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
