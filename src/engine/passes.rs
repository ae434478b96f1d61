//! The rules that need every record first: window rules (per day or week
//! of the calendar) and relative rules (against the other teachers).

use rust_decimal::Decimal;

use super::across;
use super::arith::{self, Checked};
use super::error::ScoreError;
use super::evaluate::header;
use super::group::{self, Member};
use super::outcome::*;
use super::period::Period;
use super::problem::Problem;
use super::teacher::{RuleAcc, Teacher};
use super::window::{self as windows};
use crate::i18n::Text;
use crate::rubric::calendar::WindowSize;
use crate::rubric::expr::Env;
use crate::rubric::{Effect, Item, Limit, Rubric, Rule};

/// Every rule whose effect `pick` takes, with its item's index and its own.
fn rules_where<'r, T: 'r>(
    rubric: &'r Rubric,
    pick: impl Fn(&'r Effect) -> Option<&'r T> + Copy + 'r,
) -> impl Iterator<Item = (usize, &'r Item, usize, &'r Rule, &'r T)> + 'r {
    rubric.items.iter().enumerate().flat_map(move |(i, item)| {
        let rules = item.rules.iter().enumerate();
        rules.filter_map(move |(r, rule)| pick(&rule.effect).map(|x| (i, item, r, rule, x)))
    })
}

/// Turns each teacher's window buckets into breaches: one deduction per
/// window (and group) outside the limits, over the windows of the period.
pub(super) fn window_pass(
    rubric: &Rubric,
    period: Option<Period>,
    teachers: &mut [Teacher],
    problems: &mut Vec<Problem>,
) -> Result<(), ScoreError> {
    let has_windows = rubric.items.iter().any(|i| {
        i.rules
            .iter()
            .any(|r| matches!(r.effect, Effect::Window(_)))
    });
    if !has_windows {
        return Ok(());
    }
    let period = period.ok_or(ScoreError::NoPeriod)?;
    let mut calendar_windows: Vec<(WindowSize, Vec<crate::rubric::calendar::Window>)> = Vec::new();
    for t in teachers.iter_mut() {
        for (i, item, r, rule, w) in rules_where(rubric, |e| match e {
            Effect::Window(w) if w.across.is_none() => Some(w),
            _ => None,
        }) {
            let windows_of = match calendar_windows.iter().position(|(s, _)| *s == w.size) {
                Some(k) => k,
                None => {
                    let list = rubric.calendar.windows(w.size, period.from, period.to);
                    calendar_windows.push((w.size, list));
                    calendar_windows.len().saturating_sub(1)
                }
            };
            let env = Env {
                record: &[],
                teacher: &t.values,
            };
            let mut limit = |l: &Option<Limit>| -> Option<Option<Decimal>> {
                match l {
                    None => Some(None),
                    Some(Limit::Fixed(n)) => Some(Some(*n)),
                    Some(Limit::PerTeacher(e)) => match e.eval(&env) {
                        Ok(n) => Some(Some(n)),
                        Err(e) => {
                            problems.push(Problem::Evaluation {
                                origin: t.origin.clone(),
                                rule: format!("{} / {}", item.name, rule.label),
                                reason: super::problem::eval_reason(&e),
                            });
                            None
                        }
                    },
                }
            };
            let (Some(least), Some(most)) = (limit(&w.at_least), limit(&w.at_most)) else {
                continue;
            };
            let acc = &mut t.rules[i][r];
            let found = windows::breaches(
                w,
                &rubric.naming(rule.source),
                &calendar_windows[windows_of].1,
                &acc.windows,
                least,
                most,
            );
            for b in found {
                if let Err(values) = deduct(acc, r, w.points, b) {
                    let who = (t.key.as_str(), t.name.as_str());
                    problems.push(Problem::rule_overflow(
                        None, who, rubric, item, rule, values,
                    ));
                    break;
                }
            }
        }
    }
    across_pass(rubric, period, teachers, problems);
    Ok(())
}

/// Takes a window rule's `points` off rule `r`'s sum for one window
/// outside its limits, with the window as evidence; the window's text back
/// when the sum would overflow.
fn deduct(acc: &mut RuleAcc, r: usize, points: Decimal, b: windows::Breach) -> Result<(), Text> {
    let Ok(sum) = acc.sum.minus(points) else {
        return Err(b.detail);
    };
    acc.sum = sum;
    acc.evidence.push(Evidence {
        rule: Some(r),
        kind: EvidenceKind::Window,
        points: arith::negated(points),
        origin: b.origin,
        detail: b.detail.into(),
        date: Some(b.window.first),
    });
    Ok(())
}

/// Window rules `across` teachers: each window and group summed over every
/// teacher's buckets, and each window outside its limits deducted from the
/// teachers it is charged to (a charged key the roster lacks is a data
/// problem naming the window).
fn across_pass(
    rubric: &Rubric,
    period: Period,
    teachers: &mut [Teacher],
    problems: &mut Vec<Problem>,
) {
    for (i, item, r, rule, w) in rules_where(rubric, |e| match e {
        Effect::Window(w) if w.across.is_some() => Some(w),
        _ => None,
    }) {
        // The compiler allows only numbers as limits across teachers.
        let fixed = |l: &Option<Limit>| match l {
            Some(Limit::Fixed(n)) => Some(*n),
            _ => None,
        };
        let windows = rubric.calendar.windows(w.size, period.from, period.to);
        let found = {
            let accs: Vec<&windows::WindowAcc> =
                teachers.iter().map(|t| &t.rules[i][r].windows).collect();
            let keys: Vec<&str> = teachers.iter().map(|t| t.key.as_str()).collect();
            across::breaches(
                w,
                &rubric.naming(rule.source),
                &windows,
                &accs,
                &keys,
                fixed(&w.at_least),
                fixed(&w.at_most),
            )
        };
        let rule_name = format!("{} / {}", item.name, rule.label);
        let index: std::collections::HashMap<&str, usize> = teachers
            .iter()
            .enumerate()
            .map(|(k, t)| (t.key.as_str(), k))
            .collect();
        let mut charges: Vec<(usize, across::AcrossBreach)> = Vec::new();
        for b in found {
            for to in &b.charged {
                let t = match to {
                    across::ChargeTo::Teacher(t) => *t,
                    across::ChargeTo::Key(key, origin) => match index.get(key.as_str()) {
                        Some(t) => *t,
                        None => {
                            let place = b.breach.window.label().join(
                                " ",
                                " ",
                                &crate::i18n::Text::same(&b.breach.group),
                            );
                            problems.push(Problem::Evaluation {
                                origin: origin.clone(),
                                rule: rule_name.clone(),
                                reason: crate::i18n::engine::charged_not_in_roster(key, &place),
                            });
                            continue;
                        }
                    },
                };
                charges.push((t, b.clone()));
            }
        }
        drop(index);
        for (t, b) in charges {
            let Some(teacher) = teachers.get_mut(t) else {
                continue;
            };
            if let Err(values) = deduct(&mut teacher.rules[i][r], r, w.points, b.breach) {
                let who = (teacher.key.as_str(), teacher.name.as_str());
                problems.push(Problem::rule_overflow(
                    None, who, rubric, item, rule, values,
                ));
            }
        }
    }
}

/// Scores every relative rule once all values are summed: the group's
/// maximum, average or ranks are known only now.
pub(super) fn relative_pass(
    rubric: &Rubric,
    teachers: &mut [Teacher],
    problems: &mut Vec<Problem>,
) {
    let roster = &rubric.sources[rubric.roster.source];
    for (i, item, r, rule, rel) in rules_where(rubric, |e| match e {
        Effect::Relative(rel) => Some(rel),
        _ => None,
    }) {
        let mut members = Vec::new();
        for (k, t) in teachers.iter_mut().enumerate() {
            let acc = &mut t.rules[i][r];
            if acc.first.is_none() {
                acc.sum = Decimal::ZERO;
                acc.evidence.push(Evidence {
                    rule: Some(r),
                    kind: EvidenceKind::Missing,
                    points: Decimal::ZERO,
                    origin: None,
                    detail: crate::i18n::engine::not_compared().text().into(),
                    date: None,
                });
                continue;
            }
            let values: Vec<String> = rel
                .group
                .iter()
                .map(|&s| t.values.get(s).map(ToString::to_string).unwrap_or_default())
                .collect();
            let label = if rel.group.is_empty() {
                crate::i18n::engine::whole_roster().text()
            } else {
                crate::i18n::Text::same(
                    rel.group
                        .iter()
                        .zip(&values)
                        .map(|(&s, v)| format!("{}={v}", header(roster, s)))
                        .collect::<Vec<_>>()
                        .join(", "),
                )
            };
            // `combine = "mean"`: the records' average (a member has at
            // least one record, so `counted` is not 0).
            // A mean is never larger than the sum it divides, which fitted.
            let value = if rel.mean && acc.counted > 1 {
                acc.sum.over(Decimal::from(acc.counted)).unwrap_or(acc.sum)
            } else {
                acc.sum
            };
            members.push(Member {
                teacher: k,
                group: values.join("\u{1f}"),
                group_label: label,
                value,
            });
        }
        let scored = match group::score(rel, &members, rubric.rounding.places) {
            Ok(scored) => scored,
            Err(at) => {
                // The group's sum, or a value times the points, does not
                // fit: named at the teacher whose value made it so.
                let t = &teachers[at.teacher];
                let value = at.value.normalize();
                let values = crate::i18n::engine::value_within_group(value);
                let who = (t.key.as_str(), t.name.as_str());
                problems.push(Problem::rule_overflow(
                    None, who, rubric, item, rule, values,
                ));
                continue;
            }
        };
        for s in scored {
            let acc = &mut teachers[s.teacher].rules[i][r];
            let detail = if rel.mean && acc.counted > 1 {
                let n = acc.counted;
                crate::i18n::engine::mean_of_records(n, &s.detail)
            } else {
                s.detail
            };
            acc.sum = s.points;
            acc.evidence.push(Evidence {
                rule: Some(r),
                kind: EvidenceKind::Relative,
                points: s.points,
                origin: acc.first.clone(),
                detail: detail.into(),
                date: None,
            });
        }
    }
}
