//! `--format csv`: 汇总 as CSV for scripts — one row per teacher with the
//! rubric's ids as column names (like the JSON summary), scores as exact
//! decimals at the rubric's places.
//!
//! A CSV is as likely to be opened in Excel or WPS as read by a script, and
//! there a cell starting with `=`, `+`, `-` or `@` (or a tab or carriage
//! return, which some spreadsheets skip before looking) is taken as a
//! formula: a teacher named `=HYPERLINK(…)` in a roster would run as one.
//! Text cells starting so are prefixed with `'`, which spreadsheets hide;
//! scores are numbers we wrote and are left alone, so `-1.00` stays a number.

use crate::engine::Outcome;
use crate::rubric::{Locale, Rubric};
use crate::show::fixed;

/// The characters that make a spreadsheet read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Text made safe for a spreadsheet cell: prefixed with `'` when it starts
/// like a formula, unchanged otherwise.
pub fn neutralise(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(FORMULA_STARTS) {
        std::borrow::Cow::Owned(format!("'{text}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// 汇总 as CSV text (UTF-8, `\n` line ends, RFC 4180 quoting): columns
/// `key, name, school, item.<id>…, category.<id>…, total, grade, vetoes`
/// (veto ids joined with `;`). Text cells are [`neutralise`]d.
pub fn summary_csv(rubric: &Rubric, outcome: &Outcome) -> String {
    summary_csv_in(rubric, outcome, None)
}

/// [`summary_csv`], or with `names` the header a reader opens in Excel
/// or WPS: 工号, 姓名, 学校, each item's and category's name (a category's
/// marked as its subtotal), 总分, 等级, 否决 in that language, and the vetoes
/// by name. The rows are the same either way.
pub fn summary_csv_in(rubric: &Rubric, outcome: &Outcome, names: Option<Locale>) -> String {
    let header = match names {
        None => id_header(rubric),
        Some(locale) => name_header(rubric, locale),
    };

    let places = rubric.rounding.places;
    let mut rows = vec![header];
    for t in &outcome.teachers {
        let text = |s: &str| neutralise(s).into_owned();
        let mut row = vec![
            text(&t.key),
            text(&t.name),
            text(t.school.as_deref().unwrap_or("")),
        ];
        row.extend(t.items.iter().map(|i| fixed(i.score, places)));
        row.extend(t.categories.iter().map(|c| fixed(*c, places)));
        row.push(fixed(t.total, places));
        let grade = t
            .grade
            .and_then(|g| rubric.grades.get(g))
            .map_or("", |g| g.name.as_str());
        row.push(text(grade));
        let vetoes = t
            .vetoes
            .iter()
            .filter_map(|v| rubric.vetoes.get(v.veto))
            .map(|v| match names {
                None => v.id.as_str(),
                Some(_) => v.name.as_str(),
            })
            .collect::<Vec<_>>()
            .join(names.map_or(";", |l| super::labels(l).list_separator));
        row.push(text(&vetoes));
        rows.push(row);
    }
    rows.iter().map(|r| csv_line(r)).collect()
}

/// The columns scripts read: the rubric's ids. An item and a category may
/// share an id (学情调研 is both), so each column says which it is.
fn id_header(rubric: &Rubric) -> Vec<String> {
    let mut header: Vec<String> = vec!["key".into(), "name".into(), "school".into()];
    header.extend(rubric.items.iter().map(|i| format!("item.{}", i.id)));
    header.extend(
        rubric
            .categories
            .iter()
            .map(|c| format!("category.{}", c.id)),
    );
    header.extend(["total".into(), "grade".into(), "vetoes".into()]);
    header
}

/// The columns as 汇总 names them; a category's name is marked as its
/// subtotal, as an item may bear the same name.
fn name_header(rubric: &Rubric, locale: Locale) -> Vec<String> {
    let l = super::labels(locale);
    let text = |s: &str| neutralise(s).into_owned();
    let mut header: Vec<String> = vec![l.key.into(), l.name.into(), l.school.into()];
    header.extend(rubric.items.iter().map(|i| text(&i.name)));
    header.extend(rubric.categories.iter().map(|c| {
        let subtotals = crate::i18n::report::subtotals().text();
        text(crate::i18n::report::subtotal_column(&c.name, &subtotals).get(locale))
    }));
    header.extend([l.total.into(), l.grade.into(), l.veto_reasons.into()]);
    header
}

/// One RFC 4180 line: a field with a comma, quote or line break is quoted,
/// its quotes doubled.
fn csv_line(fields: &[String]) -> String {
    let mut line = fields
        .iter()
        .map(|f| {
            if f.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", f.replace('"', "\"\""))
            } else {
                f.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(",");
    line.push('\n');
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    #[test]
    fn formula_like_text_is_prefixed_and_other_text_is_not() {
        assert_eq!(
            neutralise("=HYPERLINK(\"http://x\",\"y\")"),
            "'=HYPERLINK(\"http://x\",\"y\")"
        );
        assert_eq!(neutralise("+1"), "'+1");
        assert_eq!(neutralise("-2"), "'-2");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("\t=1"), "'\t=1");
        assert_eq!(neutralise("\r=1"), "'\r=1");
        assert_eq!(neutralise("张三"), "张三");
        assert_eq!(neutralise("a=b"), "a=b");
    }

    #[test]
    fn scores_stay_numbers_and_names_are_quoted_when_needed() {
        let text = summary_csv(&fixture::rubric(), &fixture::outcome());
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[0].starts_with("key,name,school,"));
        assert!(lines[0].ends_with(",total,grade,vetoes"));
        assert!(
            lines[1].starts_with("00123,张三,第一中学,1.00,"),
            "{}",
            lines[1]
        );
        assert!(lines[1].contains(",32.88,不合格,"), "{}", lines[1]);
        let zh = summary_csv_in(&fixture::rubric(), &fixture::outcome(), Some(Locale::Zh));
        let zh_lines: Vec<&str> = zh.lines().collect();
        assert!(
            zh_lines[0].starts_with("工号,姓名,学校,"),
            "{}",
            zh_lines[0]
        );
        assert!(
            zh_lines[0].ends_with(",总分,等级,否决原因"),
            "{}",
            zh_lines[0]
        );
        assert_eq!(zh_lines.len(), lines.len());
        // The same rows; only the vetoes are said by name, not id.
        for (z, i) in zh_lines[1..].iter().zip(&lines[1..]) {
            assert_eq!(
                z.rsplit_once(',').map(|p| p.0),
                i.rsplit_once(',').map(|p| p.0)
            );
        }
        assert_eq!(
            csv_line(&["a,b".into(), "say \"hi\"".into()]),
            "\"a,b\",\"say \"\"hi\"\"\"\n"
        );
    }
}
