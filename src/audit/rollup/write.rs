//! A term's result as people read it: the table for the terminal and the
//! workbook `kaohe rollup --out` writes.

use rust_decimal::Decimal;

use super::{CountedVeto, PeriodWeight, Rollup, TermResult};
use crate::audit::table;
use crate::audit::xlsx::{self, Book, Cell, Sheet};
use crate::i18n::{audit as msg, Locale, Word};

fn period_label(p: &PeriodWeight) -> String {
    p.period.clone().unwrap_or_else(|| p.origin.clone())
}

/// The term for the terminal, in `locale`.
pub fn render_text(r: &Rollup, locale: Locale) -> String {
    let mut out = String::new();
    for p in &r.periods {
        let (label, origin, weight) = (period_label(p), &p.origin, &p.weight);
        let line = match p.days {
            Some(d) => msg::period_line_with_days(label, origin, d, weight),
            None => msg::period_line(label, origin, weight),
        };
        out.push_str(line.get(locale));
        out.push('\n');
    }
    out.push('\n');
    let labels: Vec<String> = r.periods.iter().map(period_label).collect();
    let has_school = r.teachers.iter().any(|t| t.school.is_some());
    let ranked = !r.quotas.is_empty();
    let say = |w: Word| w.get(locale);
    let mut header: Vec<&str> = vec![say(msg::table_key()), say(msg::table_name())];
    if has_school {
        header.push(say(msg::table_school()));
    }
    header.extend(labels.iter().map(String::as_str));
    header.extend([
        say(msg::table_term()),
        say(msg::table_grade()),
        say(msg::table_by()),
    ]);
    if ranked {
        header.push(say(msg::table_rank()));
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
            row.push(say(graded_by(t.graded_by)).to_string());
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
    let counts = msg::grade_counts(&crate::audit::list(&counts));
    out.push_str(&format!("\n{}\n", counts.get(locale)));
    let counted: Vec<&TermResult> = r
        .teachers
        .iter()
        .filter(|t| !t.counted_vetoes.is_empty())
        .collect();
    if !counted.is_empty() {
        out.push_str(&format!(
            "\n{}\n",
            msg::counted_vetoes_heading().get(locale)
        ));
        for t in counted {
            for v in &t.counted_vetoes {
                let line = msg::counted_veto_line(
                    &t.key,
                    &t.name,
                    &v.name,
                    v.count,
                    v.at_least,
                    &counted_periods(v),
                );
                out.push_str(&format!("  {}\n", line.get(locale)));
            }
        }
    }
    out
}

/// A veto's periods and their records, in both languages.
fn counted_periods(v: &CountedVeto) -> crate::i18n::Text {
    let join = |parts: Vec<crate::i18n::Text>, sep: crate::i18n::Text| crate::i18n::Text {
        en: parts
            .iter()
            .map(|p| p.en.as_str())
            .collect::<Vec<_>>()
            .join(sep.en.as_str()),
        zh: parts
            .iter()
            .map(|p| p.zh.as_str())
            .collect::<Vec<_>>()
            .join(sep.zh.as_str()),
    };
    let periods = v
        .periods
        .iter()
        .map(|p| {
            let records: Vec<crate::i18n::Text> = p
                .records
                .iter()
                .map(|x| msg::counted_veto_record(&x.at, &x.detail))
                .collect();
            let records = if records.is_empty() {
                crate::i18n::Text::same(p.count.to_string())
            } else {
                join(records, msg::list_separator().text())
            };
            msg::counted_veto_period(&p.origin, &records)
        })
        .collect();
    join(periods, msg::counted_veto_separator().text())
}

/// What decided a term grade, as the table and the workbook name it.
fn graded_by(by: &str) -> Word {
    match by {
        "veto" => msg::graded_by_veto(),
        "quota" => msg::graded_by_quota(),
        _ => msg::graded_by_band(),
    }
}

/// The term as a workbook in `locale`: 学期汇总, 学期项目, 权重 (Term
/// summary, Term items, Weights).
///
/// # Errors
/// A limit of the xlsx format.
pub fn workbook_bytes(r: &Rollup, locale: Locale) -> Result<Vec<u8>, crate::report::ReportError> {
    let say = |w: Word| w.get(locale).to_string();
    let p = r.places;
    let score = |s: &str| {
        s.parse::<Decimal>()
            .map_or(Cell::Blank, |v| Cell::Score(v, p))
    };
    let text = |s: &str| Cell::Text(s.to_string());
    let has_school = r.teachers.iter().any(|t| t.school.is_some());
    let ranked = !r.quotas.is_empty();
    let mut columns = Vec::new();
    if has_school {
        columns.push(say(msg::column_school()));
    }
    columns.extend(r.periods.iter().map(period_label));
    columns.extend([
        say(msg::column_term_total()),
        say(msg::column_grade()),
        say(msg::column_graded_by()),
    ]);
    if ranked {
        columns.extend([say(msg::column_rank()), say(msg::column_grade_basis())]);
    }
    let summary = teacher_sheet(r, locale, msg::sheet_term_summary(), columns, |t| {
        let mut row = Vec::new();
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
        row.push(text(&say(graded_by(t.graded_by))));
        if ranked {
            row.push(text(&match (&t.rank, t.ranked_of) {
                (Some(rank), Some(of)) => format!("{rank}/{of}"),
                _ => String::new(),
            }));
            row.push(text(t.grade_basis.as_deref().unwrap_or("")));
        }
        row
    });
    let items = teacher_sheet(
        r,
        locale,
        msg::sheet_term_items(),
        r.items.iter().cloned(),
        |t| {
            r.items
                .iter()
                .map(|i| t.items.get(i).map_or(Cell::Blank, |s| score(s)))
                .collect()
        },
    );
    let weights = Sheet {
        name: say(msg::sheet_weights()),
        header: vec![
            say(msg::column_source()),
            say(msg::column_period()),
            say(msg::column_days()),
            say(msg::column_weight()),
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
        marks: Vec::new(),
    };
    let mut sheets = vec![summary, items, weights];
    if r.teachers.iter().any(|t| !t.counted_vetoes.is_empty()) {
        sheets.push(counted_sheet(r, locale));
    }
    let periods: Vec<String> = r.periods.iter().map(period_label).collect();
    let book = Book {
        title: "kaohe rollup",
        what: msg::rollup_printed_what(
            &r.rubric,
            periods.join(say(msg::list_separator()).as_str()),
        )
        .get(locale)
        .to_string(),
        locale,
    };
    Ok(xlsx::workbook(&book, &sheets)?)
}

/// A sheet of one row per teacher of the term, `name`d in `locale`: the
/// teacher's key and name, then `columns` with the `cells` of each teacher.
fn teacher_sheet(
    r: &Rollup,
    locale: Locale,
    name: Word,
    columns: impl IntoIterator<Item = String>,
    cells: impl Fn(&TermResult) -> Vec<Cell>,
) -> Sheet {
    let say = |w: Word| w.get(locale).to_string();
    let mut header = vec![say(msg::column_key()), say(msg::column_name())];
    header.extend(columns);
    Sheet {
        name: say(name),
        header,
        rows: r
            .teachers
            .iter()
            .map(|t| {
                let mut row = vec![Cell::Text(t.key.clone()), Cell::Text(t.name.clone())];
                row.extend(cells(t));
                row
            })
            .collect(),
        marks: Vec::new(),
    }
}

/// 跨期否决: one row per record of a veto the periods reach together.
fn counted_sheet(r: &Rollup, locale: Locale) -> Sheet {
    let say = |w: Word| w.get(locale).to_string();
    let text = |s: &str| Cell::Text(s.to_string());
    let whole = |n: usize| Cell::Score(Decimal::from(n), 0);
    let mut rows = Vec::new();
    for t in &r.teachers {
        for v in &t.counted_vetoes {
            for p in &v.periods {
                for x in &p.records {
                    rows.push(vec![
                        text(&t.key),
                        text(&t.name),
                        text(&v.name),
                        whole(v.at_least),
                        whole(v.count),
                        text(&p.origin),
                        text(&x.at),
                        text(&x.detail),
                    ]);
                }
            }
        }
    }
    Sheet {
        name: say(msg::sheet_counted_vetoes()),
        header: vec![
            say(msg::column_key()),
            say(msg::column_name()),
            say(msg::column_veto()),
            say(msg::column_veto_at_least()),
            say(msg::column_term_count()),
            say(msg::column_source()),
            say(msg::column_record()),
            say(msg::column_detail()),
        ],
        rows,
        marks: Vec::new(),
    }
}
