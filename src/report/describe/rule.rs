//! One rule in words: what a record does, which records count, and what
//! limits the result. Expressions are said in words with the names people
//! read (`rubric::expr::Phrase`), never quoted as code.

use rust_decimal::Decimal;

use super::points;
use crate::i18n::report as msg;
use crate::i18n::Text;
use crate::report::bilingual::{append, join};
use crate::rubric::calendar::WindowSize;
use crate::rubric::expr::{space_after, space_before, Phrase};
use crate::rubric::naming::Naming;
use crate::rubric::{
    Against, Charge, Effect, Item, Limit, Locale, MissingImport, PartialWeeks, Points, RankPoints,
    RelativeRule, Rubric, Rule, Start, WindowRule,
};
use crate::show::plain;

/// Describes `rule` of `item`, e.g.
/// `每条记录扣 1 分（条件：status == "缺课"；免扣：已审批请假），扣完为止`
/// or `Deduct 1 point per record (when: status == "缺课"; exempt: approved leave), down to 0`.
pub fn describe_rule(rubric: &Rubric, item: &Item, rule: &Rule, locale: Locale) -> String {
    let mut out = body(rubric, rule);
    append(&mut out, &conditions(&rubric.naming(rule.source), rule));
    if let Some(cap) = rule.cap {
        append(&mut out, &msg::rule_cap(&points(cap)));
    }
    let limit = match &rule.effect {
        Effect::Deduct(_) | Effect::Window(_) if item.start == Start::Max => {
            Some(msg::down_to_zero())
        }
        Effect::Import {
            missing: MissingImport::Zero,
            ..
        } => Some(msg::import_missing_zero()),
        Effect::Weighted { missing, .. } => Some(match missing {
            MissingImport::Zero => msg::weighted_missing_zero(),
            MissingImport::Error => msg::weighted_missing_error(),
        }),
        _ => None,
    };
    if let Some(limit) = limit {
        append(&mut out, &limit.text());
    }
    out.get(locale).to_string()
}

/// What one counted record does.
fn body(rubric: &Rubric, rule: &Rule) -> Text {
    let names = rubric.naming(rule.source);
    match &rule.effect {
        Effect::Deduct(p) => per_record(rubric, rule, p, Verb::Deduct),
        Effect::Bonus(p) => per_record(rubric, rule, p, Verb::Add),
        Effect::Proportional { value, rate } => {
            msg::proportional(&operand(value.phrase(), &names), plain(*rate))
        }
        Effect::Ratio { matching, points } => msg::ratio(&matching.say(&names), plain(*points)),
        Effect::Import { value, .. } => msg::import(&space_before(&value.say(&names))),
        Effect::Window(w) => window(rubric, rule, w),
        Effect::Relative(r) => relative(rubric, rule, r),
        Effect::Weighted {
            by, value, weights, ..
        } => {
            let list = weights
                .iter()
                .map(|(rater, w)| Text::same(format!("{rater} {}%", plain(*w))));
            msg::weighted(
                &field_name(rubric, rule, *by),
                &join(list, msg::list_clauses()),
                &space_before(&value.say(&names)),
            )
        }
    }
}

/// `每个上课日每个班级次数少于 5 的，每次扣 1 分` /
/// `Deduct 1 point for each school day and class with a count below 5`.
fn window(rubric: &Rubric, rule: &Rule, w: &WindowRule) -> Text {
    let names = rubric.naming(rule.source);
    let unit = match w.size {
        WindowSize::Day => msg::window_day(),
        WindowSize::Week => msg::window_week(),
    };
    let group = if w.group.is_empty() {
        Text::default()
    } else {
        let names = w.group.iter().map(|&slot| field_name(rubric, rule, slot));
        msg::window_group(&join(names, msg::window_group_names()))
    };
    let measure = match &w.value {
        Some(v) => msg::window_sum(&operand(v.phrase(), &names)),
        None => msg::window_count().text(),
    };
    let limit = |l: &Limit| {
        space_before(&match l {
            Limit::Fixed(n) => Text::same(plain(*n)),
            Limit::PerTeacher(e) => e.say(&names),
        })
    };
    let bounds = match (&w.at_least, &w.at_most) {
        (Some(lo), Some(hi)) => msg::window_outside(&limit(lo), &space_after(&limit(hi))),
        (Some(lo), None) => msg::window_below(&space_after(&limit(lo))),
        (None, Some(hi)) => msg::window_above(&space_after(&limit(hi))),
        (None, None) => Text::default(),
    };
    let partial = match w.partial {
        PartialWeeks::Count => Text::default(),
        PartialWeeks::Skip => msg::partial_weeks_skipped().text(),
        PartialWeeks::Prorate => msg::partial_weeks_prorated().text(),
    };
    let rule = msg::window_rule(
        &unit.text(),
        &group,
        &measure,
        &bounds,
        &points(w.points),
        &partial,
    );
    match &w.across {
        None => rule,
        Some(charge) => {
            let who = match charge {
                Charge::Contributors => msg::window_charge_contributors().text(),
                Charge::Lookup(e) => msg::window_charge_lookup(&e.say(&names)),
            };
            rule.join("", "", &msg::window_across(&who))
        }
    }
}

/// `hours 合计 ÷ 组内最高 × 10 分（全校）` / `Sum of hours ÷ the group's largest × 10 points (whole roster)`.
fn relative(rubric: &Rubric, rule: &Rule, r: &RelativeRule) -> Text {
    let roster = rubric.sources.get(rubric.roster.source);
    let scope = if r.group.is_empty() {
        msg::relative_whole_roster().text()
    } else {
        let names = r.group.iter().map(|&slot| match roster {
            Some(s) => Text::same(s.field_name(slot)),
            None => Text::same(format!("#{slot}")),
        });
        msg::relative_grouped(&join(names, msg::list_names()))
    };
    let v = &operand(r.value.phrase(), &rubric.naming(rule.source));
    let total = if r.mean {
        msg::relative_mean()
    } else {
        msg::relative_sum()
    };
    // Mid-sentence, English says the total in lower case.
    let total_within = Text {
        en: total.en.to_lowercase(),
        zh: total.zh.to_string(),
    };
    let how = match &r.against {
        Against::Max => msg::relative_max(v, &total.text(), &points(r.points)),
        Against::Average => msg::relative_average(v, &total.text(), &points(r.points)),
        Against::Rank(RankPoints::Linear) => {
            msg::relative_rank_linear(v, &total_within, &points(r.points))
        }
        Against::Rank(RankPoints::Table(ranks)) => {
            let list = ranks
                .iter()
                .enumerate()
                .map(|(i, p)| msg::relative_rank_points(i + 1, plain(*p)));
            msg::relative_rank_table(v, &total_within, &join(list, msg::list_clauses()))
        }
    };
    msg::relative_rule(&how, &scope)
}

#[derive(Clone, Copy)]
enum Verb {
    Deduct,
    Add,
}

impl Verb {
    /// `扣 1 分` / `deduct 1 point`.
    fn phrase(self, value: Decimal) -> Text {
        match self {
            Verb::Deduct => msg::deduct(&points(value)),
            Verb::Add => msg::add(&points(value)),
        }
    }

    /// `每条记录扣 1 分` / `Deduct 1 point per record`.
    fn per_record(self, value: Decimal) -> Text {
        match self {
            Verb::Deduct => msg::deduct_per_record(&points(value)),
            Verb::Add => msg::add_per_record(&points(value)),
        }
    }
}

fn per_record(rubric: &Rubric, rule: &Rule, p: &Points, verb: Verb) -> Text {
    match p {
        Points::Each(v) => verb.per_record(*v),
        Points::ByValue { field, values } => {
            let list = values
                .iter()
                .map(|(value, pts)| msg::by_value_entry(value, &verb.phrase(*pts)));
            msg::per_record_by(
                &field_name(rubric, rule, *field),
                &join(list, msg::list_clauses()),
            )
        }
        Points::PerUnit { field, each } => {
            msg::per_unit_of(&field_name(rubric, rule, *field), &verb.phrase(*each))
        }
        Points::Tiers { field, steps } => {
            let field = field_name(rubric, rule, *field);
            let tiers = steps.iter().map(|tier| {
                let when = match tier.upto {
                    Some(upto) => msg::tier_upto(&field, plain(upto)),
                    None => msg::tier_otherwise().text(),
                };
                let label = match &tier.label {
                    Some(l) => msg::tier_label(l),
                    None => Text::default(),
                };
                msg::tier(&when, &verb.phrase(tier.points), &label)
            });
            join(tiers, msg::list_clauses())
        }
    }
}

/// Which records count, as written: `（条件：…；免扣：…）`.
fn conditions(names: &Naming, rule: &Rule) -> Text {
    let mut parts = Vec::new();
    if let Some(when) = &rule.when {
        parts.push(msg::condition_when(&when.say(names)));
    }
    if let Some(unless) = &rule.unless {
        // The label is how the office names the exemption (已审批请假);
        // the condition in words is the fallback when the rubric gave none.
        let name = if rule.unless_label.is_empty() {
            unless.say(names)
        } else {
            Text::same(rule.unless_label.as_str())
        };
        parts.push(msg::condition_exempt(&name));
    }
    if parts.is_empty() {
        return Text::default();
    }
    msg::conditions(&join(parts, msg::list_clauses()))
}

/// A field as the reader knows it, in either language: its label or the
/// column header (the export's own words).
fn field_name(rubric: &Rubric, rule: &Rule, slot: usize) -> Text {
    match rubric.sources.get(rule.source) {
        Some(s) => Text::same(s.field_name(slot)),
        // Unreachable for a validated rubric; say what we know rather than fail.
        None => Text::same(format!("#{slot}")),
    }
}

/// An expression as the left operand of `×` or before `合计`: bracketed
/// when it is not one term, so `(若类别为授课日则 … ，否则课时)合计` and
/// `(时长 + 5) × 2` read as they are computed.
fn operand(phrase: &Phrase, names: &Naming) -> Text {
    phrase.say_as_term(names)
}
