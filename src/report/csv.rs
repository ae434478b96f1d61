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

use super::number::fixed;
use crate::engine::Outcome;
use crate::rubric::Rubric;

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
    // An item and a category may share an id (学情调研 is both), so each
    // column says which it is.
    let mut header: Vec<String> = vec!["key".into(), "name".into(), "school".into()];
    header.extend(rubric.items.iter().map(|i| format!("item.{}", i.id)));
    header.extend(
        rubric
            .categories
            .iter()
            .map(|c| format!("category.{}", c.id)),
    );
    header.extend(["total".into(), "grade".into(), "vetoes".into()]);

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
            .map(|v| v.id.as_str())
            .collect::<Vec<_>>()
            .join(";");
        row.push(text(&vetoes));
        rows.push(row);
    }
    rows.iter().map(|r| csv_line(r)).collect()
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
        assert_eq!(
            csv_line(&["a,b".into(), "say \"hi\"".into()]),
            "\"a,b\",\"say \"\"hi\"\"\"\n"
        );
    }
}
