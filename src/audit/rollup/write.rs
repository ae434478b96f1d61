//! A term's result as people read it: the table for the terminal and the
//! workbook `kaohe rollup --out` writes.

use rust_decimal::Decimal;

use super::{PeriodWeight, Rollup};
use crate::audit::table;
use crate::audit::xlsx::{self, Cell, Sheet};
use crate::i18n::Locale;

fn period_label(p: &PeriodWeight) -> String {
    p.period.clone().unwrap_or_else(|| p.origin.clone())
}

/// The term for the terminal, in `locale`.
pub fn render_text(r: &Rollup, locale: Locale) -> String {
    let zh = locale == Locale::Zh;
    let mut out = String::new();
    for p in &r.periods {
        let (label, origin, weight) = (period_label(p), &p.origin, &p.weight);
        out.push_str(&match (p.days, zh) {
            (Some(d), false) => format!("period {label}: {origin}, {d} days, weight {weight}\n"),
            (None, false) => format!("period {label}: {origin}, weight {weight}\n"),
            (Some(d), true) => format!("期间 {label}：{origin}，{d} 天，权重 {weight}\n"),
            (None, true) => format!("期间 {label}：{origin}，权重 {weight}\n"),
        });
    }
    out.push('\n');
    let labels: Vec<String> = r.periods.iter().map(period_label).collect();
    let has_school = r.teachers.iter().any(|t| t.school.is_some());
    let ranked = !r.quotas.is_empty();
    let pick = |z: &'static str, e: &'static str| if zh { z } else { e };
    let mut header: Vec<&str> = vec![pick("工号", "key"), pick("姓名", "name")];
    if has_school {
        header.push(pick("学校", "school"));
    }
    header.extend(labels.iter().map(String::as_str));
    header.extend([
        pick("学期总分", "term"),
        pick("等级", "grade"),
        pick("依据", "by"),
    ]);
    if ranked {
        header.push(pick("名次", "rank"));
    }
    let rows: Vec<Vec<String>> = r
        .teachers
        .iter()
        .map(|t| {
            let mut row = vec![t.key.clone(), t.name.clone()];
            if has_school {
                row.push(t.school.clone().unwrap_or_default());
            }
            row.extend(
                t.totals
                    .iter()
                    .map(|x| x.clone().unwrap_or_else(|| "-".into())),
            );
            row.push(t.total.clone());
            row.push(t.grade.clone().unwrap_or_else(|| "-".into()));
            row.push(
                match (t.graded_by, zh) {
                    ("veto", true) => "否决",
                    ("quota", true) => "名额",
                    (_, true) => "分数段",
                    (by, false) => by,
                }
                .to_string(),
            );
            if ranked {
                row.push(match (&t.rank, t.ranked_of) {
                    (Some(rank), Some(of)) => format!("{rank}/{of}"),
                    _ => "-".into(),
                });
            }
            row
        })
        .collect();
    out.push_str(&table::render(&header, &rows));
    let counts: Vec<String> = r.grades.iter().map(|(g, n)| format!("{g} {n}")).collect();
    out.push_str(&if zh {
        format!("\n等级：{}\n", counts.join("、"))
    } else {
        format!("\ngrades: {}\n", counts.join(", "))
    });
    out
}

/// The term as a workbook in `locale`: 学期汇总, 学期项目, 权重 (Term
/// summary, Term items, Weights).
///
/// # Errors
/// A limit of the xlsx format.
pub fn workbook_bytes(r: &Rollup, locale: Locale) -> Result<Vec<u8>, crate::report::ReportError> {
    let zh = locale == Locale::Zh;
    let pick = |z: &'static str, e: &'static str| if zh { z } else { e }.to_string();
    let p = r.places;
    let score = |s: &str| {
        s.parse::<Decimal>()
            .map_or(Cell::Blank, |v| Cell::Score(v, p))
    };
    let text = |s: &str| Cell::Text(s.to_string());
    let has_school = r.teachers.iter().any(|t| t.school.is_some());
    let ranked = !r.quotas.is_empty();
    let mut header = vec![pick("工号", "Key"), pick("姓名", "Name")];
    if has_school {
        header.push(pick("学校", "School"));
    }
    header.extend(r.periods.iter().map(period_label));
    header.extend([
        pick("学期总分", "Term total"),
        pick("等级", "Grade"),
        pick("依据", "Graded by"),
    ]);
    if ranked {
        header.extend([pick("名次", "Rank"), pick("等级依据", "Grade basis")]);
    }
    let summary = Sheet {
        name: pick("学期汇总", "Term summary"),
        header,
        rows: r
            .teachers
            .iter()
            .map(|t| {
                let mut row = vec![text(&t.key), text(&t.name)];
                if has_school {
                    row.push(text(t.school.as_deref().unwrap_or("")));
                }
                row.extend(
                    t.totals
                        .iter()
                        .map(|x| x.as_deref().map_or(Cell::Blank, score)),
                );
                row.push(score(&t.total));
                row.push(text(t.grade.as_deref().unwrap_or("")));
                row.push(text(&match t.graded_by {
                    "veto" => pick("否决", "veto"),
                    "quota" => pick("名额", "quota"),
                    _ => pick("分数段", "band"),
                }));
                if ranked {
                    row.push(text(&match (&t.rank, t.ranked_of) {
                        (Some(rank), Some(of)) => format!("{rank}/{of}"),
                        _ => String::new(),
                    }));
                    row.push(text(t.grade_basis.as_deref().unwrap_or("")));
                }
                row
            })
            .collect(),
    };
    let mut header = vec![pick("工号", "Key"), pick("姓名", "Name")];
    header.extend(r.items.iter().cloned());
    let items = Sheet {
        name: pick("学期项目", "Term items"),
        header,
        rows: r
            .teachers
            .iter()
            .map(|t| {
                let mut row = vec![text(&t.key), text(&t.name)];
                row.extend(
                    r.items
                        .iter()
                        .map(|i| t.items.get(i).map_or(Cell::Blank, |s| score(s))),
                );
                row
            })
            .collect(),
    };
    let weights = Sheet {
        name: pick("权重", "Weights"),
        header: vec![
            pick("来源", "Source"),
            pick("时段", "Period"),
            pick("天数", "Days"),
            pick("权重", "Weight"),
        ],
        rows: r
            .periods
            .iter()
            .map(|w| {
                vec![
                    text(&w.origin),
                    text(w.period.as_deref().unwrap_or("")),
                    w.days
                        .map_or(Cell::Blank, |d| Cell::Score(Decimal::from(d), 0)),
                    text(&w.weight),
                ]
            })
            .collect(),
    };
    Ok(xlsx::workbook("kaohe rollup", &[summary, items, weights])?)
}
