//! The fairness report as terminal text, and the lines the workbook shares
//! with it: every sentence from the catalogue, every table lined up by
//! display width.

use rust_decimal::Decimal;

use super::{shown, Analysis, Flag, Group, Grouping, Place, RaterRule, RuleEffect};
use crate::i18n::{audit as msg, Locale};

/// A value or a dash.
pub(super) fn maybe(v: Option<Decimal>) -> String {
    v.map_or_else(|| "-".to_string(), shown)
}

/// The report's opening lines: title, period, rounding.
pub(super) fn opening(a: &Analysis, locale: Locale) -> Vec<String> {
    let period = match &a.period {
        Some(p) => msg::analyze_period(&p.from, &p.to).get(locale).to_string(),
        None => msg::analyze_no_period().get(locale).to_string(),
    };
    vec![
        msg::analyze_title(&a.rubric).get(locale).to_string(),
        period,
        msg::analyze_rounding().get(locale).to_string(),
    ]
}

/// Part 1's table header.
pub(super) fn rater_header(locale: Locale) -> Vec<String> {
    [
        msg::analyze_col_rater(),
        msg::analyze_col_weight(),
        msg::analyze_col_count(),
        msg::analyze_col_mean(),
        msg::analyze_col_min(),
        msg::analyze_col_max(),
        msg::analyze_col_mad(),
        msg::analyze_col_outliers(),
    ]
    .iter()
    .map(|w| w.get(locale).to_string())
    .collect()
}

/// Part 1's rows for one rule.
pub(super) fn rater_rows(rule: &RaterRule) -> Vec<Vec<String>> {
    rule.raters
        .iter()
        .map(|s| {
            vec![
                s.rater.clone(),
                crate::show::plain(s.weight),
                s.teachers.to_string(),
                maybe(s.mean),
                maybe(s.min),
                maybe(s.max),
                maybe(s.mad),
                s.outliers.to_string(),
            ]
        })
        .collect()
}

/// Part 1's outlier lines for one rule.
pub(super) fn outlier_lines(rule: &RaterRule, locale: Locale) -> Vec<String> {
    if rule.outliers.is_empty() {
        return vec![msg::analyze_no_outlier().get(locale).to_string()];
    }
    rule.outliers
        .iter()
        .map(|o| {
            let gap = format!(
                "{}{}",
                if o.gap > Decimal::ZERO { "+" } else { "" },
                shown(o.gap)
            );
            let (score, others) = (shown(o.score), shown(o.others));
            msg::analyze_outlier(&o.rater, &o.key, &o.name, score, others, gap)
                .get(locale)
                .to_string()
        })
        .collect()
}

/// Part 2's table header: the group, its counts, its mean, each grade.
pub(super) fn group_header(a: &Analysis, locale: Locale) -> Vec<String> {
    let mut h: Vec<String> = [
        msg::analyze_col_group(),
        msg::analyze_col_count(),
        msg::analyze_col_vetoed(),
        msg::analyze_col_mean_total(),
    ]
    .iter()
    .map(|w| w.get(locale).to_string())
    .collect();
    h.extend(
        a.grades
            .iter()
            .map(|g| msg::analyze_col_grade(g).get(locale).to_string()),
    );
    h
}

/// The name a group is shown by.
pub(super) fn group_name(g: &Group, locale: Locale) -> String {
    match (&g.value, g.blank) {
        (Some(v), _) => v.clone(),
        (None, true) => msg::analyze_blank().get(locale).to_string(),
        (None, false) => msg::analyze_whole().get(locale).to_string(),
    }
}

/// One group's row: each grade as `count (share%)`.
pub(super) fn group_row(g: &Group, locale: Locale) -> Vec<String> {
    let mut row = vec![
        group_name(g, locale),
        g.teachers.to_string(),
        g.vetoed.to_string(),
        maybe(g.mean),
    ];
    row.extend(
        g.grades
            .iter()
            .map(|s| format!("{} ({})", s.count, maybe(s.share))),
    );
    row
}

/// The quota's row, when the rubric grades by quota.
pub(super) fn quota_row(g: &Group, locale: Locale) -> Option<Vec<String>> {
    if g.grades.iter().all(|s| s.quota.is_none()) {
        return None;
    }
    let mut row = vec![msg::analyze_quota_row().get(locale).to_string()];
    row.extend(["", "", ""].map(String::from));
    row.extend(g.grades.iter().map(|s| maybe(s.quota)));
    Some(row)
}

/// A grouping's flag lines.
pub(super) fn flag_lines(a: &Analysis, grouping: &Grouping, locale: Locale) -> Vec<String> {
    let mut out = Vec::new();
    let top = a.grades.first().map_or("", String::as_str);
    for g in &grouping.groups {
        let name = group_name(g, locale);
        for f in &g.flags {
            let line = match f {
                Flag::TopShare { share, whole } => {
                    let (s, w) = (shown(*share), shown(*whole));
                    msg::analyze_flag_share(&grouping.header, &name, top, s, w)
                }
                Flag::Mean { mean, whole } => {
                    let (m, w) = (shown(*mean), shown(*whole));
                    msg::analyze_flag_mean(&grouping.header, &name, m, w)
                }
            };
            out.push(line.get(locale).to_string());
        }
    }
    out
}

/// A rule's sensitivity line.
pub(super) fn effect_line(e: &RuleEffect, locale: Locale) -> String {
    msg::analyze_rule_effect(&e.item, &e.rule, e.changed, e.teachers)
        .get(locale)
        .to_string()
}

/// The line under a rule's when, without it, the quota ranks everyone equal.
pub(super) fn tie_line(e: &RuleEffect, locale: Locale) -> Option<String> {
    let t = e.all_tied.as_ref()?;
    Some(
        msg::analyze_all_tied(t.teachers, shown(t.total))
            .get(locale)
            .to_string(),
    )
}

/// A place in the quota ranking as a move line shows it.
fn place_text(p: Option<&Place>, locale: Locale) -> String {
    match p {
        None => msg::analyze_unranked().get(locale).to_string(),
        Some(p) if p.through > p.rank => {
            let tied = p.through.saturating_sub(p.rank).saturating_add(1);
            let text = msg::analyze_rank_tied(p.rank, p.of, tied);
            text.get(locale).to_string()
        }
        Some(p) => msg::analyze_rank(p.rank, p.of).get(locale).to_string(),
    }
}

/// A rule's move lines. Under a quota each names the place before and after:
/// the grade follows the place, so a total that falls can come with a grade
/// that rises when the others fall as far or further.
pub(super) fn move_lines(e: &RuleEffect, locale: Locale) -> Vec<String> {
    let none = msg::analyze_no_grade().get(locale);
    e.moves
        .iter()
        .map(|m| {
            let from = m.grade_before.as_deref().unwrap_or(none);
            let to = m.grade_after.as_deref().unwrap_or(none);
            let (before, after) = (shown(m.before), shown(m.after));
            let line = if m.place_before.is_none() && m.place_after.is_none() {
                msg::analyze_move(&m.key, &m.name, before, after, from, to)
            } else {
                let rank_before = place_text(m.place_before.as_ref(), locale);
                let rank_after = place_text(m.place_after.as_ref(), locale);
                msg::analyze_move_ranked(
                    &m.key,
                    &m.name,
                    before,
                    after,
                    rank_before,
                    rank_after,
                    from,
                    to,
                )
            };
            line.get(locale).to_string()
        })
        .collect()
}

/// One of the report's parts.
#[derive(Debug, Clone, Copy)]
pub(super) enum Part {
    Raters,
    Groups,
    Sensitivity,
}

/// How a part opens, on the terminal and in the workbook alike.
pub(super) struct PartOpening {
    /// Its heading.
    pub heading: &'static str,
    /// What it looks for.
    pub rule: String,
    /// That it found nothing, when it did not.
    pub none: Option<&'static str>,
}

/// How `part` opens: its heading, what it looks for, and whether it found
/// anything.
pub(super) fn part_opening(a: &Analysis, part: Part, locale: Locale) -> PartOpening {
    let th = &a.thresholds;
    let (heading, rule, none, empty) = match part {
        Part::Raters => (
            msg::analyze_raters_heading(),
            msg::analyze_rater_rule(crate::show::plain(th.rater_gap)),
            msg::analyze_no_weighted(),
            a.raters.is_empty(),
        ),
        Part::Groups => {
            let (share, mean) = (
                crate::show::plain(th.share_gap),
                crate::show::plain(th.mean_gap),
            );
            (
                msg::analyze_groups_heading(),
                msg::analyze_group_rule(share, mean, th.min_group),
                msg::analyze_no_groups(),
                a.groups.is_empty(),
            )
        }
        Part::Sensitivity => (
            msg::analyze_sensitivity_heading(),
            msg::analyze_sensitivity_rule(super::MOVES_SHOWN),
            msg::analyze_no_rules(),
            a.sensitivity.is_empty(),
        ),
    };
    PartOpening {
        heading: heading.get(locale),
        rule: rule.get(locale).to_string(),
        none: empty.then(|| none.get(locale)),
    }
}

/// The report for the terminal.
pub fn render_text(a: &Analysis, locale: Locale) -> String {
    let table = |header: &[String], rows: &[Vec<String>]| {
        let h: Vec<&str> = header.iter().map(String::as_str).collect();
        crate::audit::table::render(&h, rows)
    };
    let mut out = String::new();
    let line = |out: &mut String, s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    let part = |out: &mut String, part: Part| {
        let o = part_opening(a, part, locale);
        line(out, "");
        line(out, o.heading);
        line(out, &o.rule);
        if let Some(none) = o.none {
            line(out, none);
        }
    };
    for l in opening(a, locale) {
        line(&mut out, &l);
    }

    part(&mut out, Part::Raters);
    for rule in &a.raters {
        line(&mut out, "");
        line(
            &mut out,
            msg::analyze_weighted_rule(&rule.item, &rule.rule).get(locale),
        );
        out.push_str(&table(&rater_header(locale), &rater_rows(rule)));
        for l in outlier_lines(rule, locale) {
            line(&mut out, &l);
        }
    }

    part(&mut out, Part::Groups);
    let whole = a.groups.first().map(|_| whole_row(a, locale));
    for grouping in &a.groups {
        line(&mut out, "");
        line(
            &mut out,
            msg::analyze_grouping(&grouping.field, &grouping.header).get(locale),
        );
        let mut rows: Vec<Vec<String>> = grouping
            .groups
            .iter()
            .map(|g| group_row(g, locale))
            .collect();
        rows.extend(whole.iter().flatten().cloned());
        out.push_str(&table(&group_header(a, locale), &rows));
        let flags = flag_lines(a, grouping, locale);
        if flags.is_empty() {
            line(&mut out, msg::analyze_no_flag().get(locale));
        }
        for l in flags {
            line(&mut out, &l);
        }
    }

    part(&mut out, Part::Sensitivity);
    for e in &a.sensitivity {
        line(&mut out, &effect_line(e, locale));
        if let Some(tie) = tie_line(e, locale) {
            line(&mut out, &format!("  {tie}"));
        }
        for m in move_lines(e, locale) {
            line(&mut out, &format!("  {m}"));
        }
    }
    out
}

/// The whole's rows under every grouping: the whole, then the quota.
pub(super) fn whole_row(a: &Analysis, locale: Locale) -> Vec<Vec<String>> {
    let mut rows = vec![group_row(&a.whole, locale)];
    rows.extend(quota_row(&a.whole, locale));
    rows
}
