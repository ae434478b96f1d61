//! Lookup tables: values a rubric looks up by keys such as subject, grade
//! band or role, possibly changing from a date (方案5: 数学 3–6年级 5 lessons
//! a week, 6.5 from 4月20日). Expressions read them with
//! `table("NAME", key…)`, or `table("NAME", key…, date)` for a dated table;
//! the call is checked when the rubric loads (the table exists, the number of
//! keys, literal keys present), and a key missing at run time is a located
//! data problem, never a silent 0. A table holds numbers, or text with
//! `values = "text"` (a class's 班主任 by 工号), and `table()` has that type.

use chrono::NaiveDate;
use rust_decimal::Decimal;

/// A compiled lookup table.
#[derive(Debug, Clone, PartialEq)]
pub struct LookupTable {
    /// The table's name in `[tables.NAME]`.
    pub name: String,
    /// How people name the table (`label = "答疑时长标准"`), when the rubric says.
    pub label: Option<String>,
    /// What each key is, in order.
    pub keys: Vec<String>,
    /// Rows in the order written.
    pub rows: Vec<TableRow>,
    /// Whether the values are text (`values = "text"`) rather than numbers.
    pub text: bool,
}

/// A table's value: a number, or text in a table of `values = "text"`.
#[derive(Debug, Clone, PartialEq)]
pub enum TableValue {
    /// A limit, a count of lessons.
    Number(Decimal),
    /// A 工号, a name.
    Text(String),
}

/// One row: keys, value, and the day from which the value holds.
#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    /// One matcher per key.
    pub key: Vec<TableKey>,
    /// The value.
    pub value: TableValue,
    /// The value holds from this day; `None` from the start.
    pub from: Option<NaiveDate>,
}

/// A key as written, and what it matches.
#[derive(Debug, Clone, PartialEq)]
pub struct TableKey {
    /// The text written (`数学`, `3-6`).
    pub text: String,
    /// The text as a cell reads (normalised: `(文科)` for `（文科）`), which a
    /// text field's value is.
    pub norm: String,
    /// For a number or a range of whole numbers (`3`, `3-6`): the inclusive bounds.
    pub range: Option<(Decimal, Decimal)>,
}

impl TableKey {
    /// Reads a key: `3-6` (or `3–6`, `3~6`) is a range that numbers match,
    /// any other text matches itself.
    pub fn parse(text: &str) -> TableKey {
        let t = text.trim();
        let number = |s: &str| s.trim().parse::<Decimal>().ok();
        let range = match t.split_once(['-', '–', '~', '～']) {
            Some((a, b)) if !a.trim().is_empty() => number(a).zip(number(b)),
            _ => number(t).map(|n| (n, n)),
        };
        TableKey {
            text: t.to_string(),
            norm: crate::input::normalize_text(t),
            range,
        }
    }

    /// Whether the key matches an argument.
    pub fn matches(&self, arg: &KeyArg<'_>) -> bool {
        match arg {
            // An enum value is read as declared, a text value normalised.
            KeyArg::Text(s) => self.text == *s || self.norm == *s,
            KeyArg::Number(n) => match self.range {
                Some((lo, hi)) => lo <= *n && *n <= hi,
                None => false,
            },
        }
    }
}

/// A key value an expression passes to `table()`.
#[derive(Debug, Clone, Copy)]
pub enum KeyArg<'a> {
    /// Text (a subject, a role).
    Text(&'a str),
    /// A number (a grade), matched against numbers and ranges.
    Number(Decimal),
}

impl std::fmt::Display for KeyArg<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KeyArg::Text(s) => f.write_str(s),
            KeyArg::Number(n) => write!(f, "{}", n.normalize()),
        }
    }
}

impl LookupTable {
    /// Whether some row's value starts on a date, so lookups need one.
    pub fn is_dated(&self) -> bool {
        self.rows.iter().any(|r| r.from.is_some())
    }

    /// Whether any row has `arg` at key position `at`.
    pub fn has_key(&self, at: usize, arg: &KeyArg<'_>) -> bool {
        self.rows
            .iter()
            .any(|r| r.key.get(at).is_some_and(|k| k.matches(arg)))
    }

    /// The texts written at key position `at`, without repeats, for messages.
    pub fn key_texts(&self, at: usize) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for r in &self.rows {
            if let Some(k) = r.key.get(at) {
                if !out.contains(&k.text.as_str()) {
                    out.push(&k.text);
                }
            }
        }
        out
    }

    /// The value for `args` on `on`: among the rows whose keys all match,
    /// the one with the latest `from` not after `on` (an undated row holds
    /// from the start). `None` when no row applies.
    pub fn lookup(&self, args: &[KeyArg<'_>], on: Option<NaiveDate>) -> Option<&TableValue> {
        let mut best: Option<(Option<NaiveDate>, &TableValue)> = None;
        for row in &self.rows {
            if row.key.len() != args.len() || !row.key.iter().zip(args).all(|(k, a)| k.matches(a)) {
                continue;
            }
            let applies = match (row.from, on) {
                (None, _) => true,
                (Some(from), Some(on)) => from <= on,
                (Some(_), None) => false,
            };
            if applies && best.is_none_or(|(b, _)| row.from > b) {
                best = Some((row.from, &row.value));
            }
        }
        best.map(|(_, v)| v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn dec(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn n(s: &str) -> Option<TableValue> {
        Some(TableValue::Number(dec(s)))
    }

    /// 方案5 周课时: 数学 1–2 7, 3–6 5 and 6.5 from 4月20日; 语文 1–2 9.
    fn weekly_hours() -> LookupTable {
        let row = |subject: &str, band: &str, value: &str, from: Option<&str>| TableRow {
            key: vec![TableKey::parse(subject), TableKey::parse(band)],
            value: TableValue::Number(dec(value)),
            from: from.map(d),
        };
        LookupTable {
            label: None,
            name: "weekly_hours".into(),
            keys: vec!["subject".into(), "band".into()],
            rows: vec![
                row("语文", "1-2", "9", None),
                row("数学", "1-2", "7", None),
                row("数学", "3-6", "5", None),
                row("数学", "3-6", "6.5", Some("2022-04-20")),
            ],
            text: false,
        }
    }

    #[test]
    fn a_value_changes_from_its_date() {
        let t = weekly_hours();
        let math4 = [KeyArg::Text("数学"), KeyArg::Number(dec("4"))];
        assert_eq!(t.lookup(&math4, Some(d("2022-04-19"))).cloned(), n("5"));
        assert_eq!(t.lookup(&math4, Some(d("2022-04-20"))).cloned(), n("6.5"));
        assert!(t.is_dated());
    }

    #[test]
    fn numbers_match_ranges_and_text_matches_itself() {
        let t = weekly_hours();
        let on = Some(d("2022-03-01"));
        let chinese = |g: &str| [KeyArg::Text("语文"), KeyArg::Number(dec(g))];
        assert_eq!(t.lookup(&chinese("2"), on).cloned(), n("9"));
        assert_eq!(t.lookup(&chinese("3"), on), None, "no row for 语文 3–6");
        assert_eq!(
            t.lookup(&[KeyArg::Text("数学"), KeyArg::Text("1-2")], on)
                .cloned(),
            n("7"),
            "a band written as text matches the text"
        );
        assert!(t.has_key(0, &KeyArg::Text("数学")));
        assert!(!t.has_key(0, &KeyArg::Text("化学")));
        assert_eq!(t.key_texts(1), ["1-2", "3-6"]);
    }

    /// A text table: 班级 → 班主任's 工号, the key read as a cell reads.
    #[test]
    fn a_text_table_gives_text() {
        let t = LookupTable {
            label: None,
            name: "head_teacher".into(),
            keys: vec!["class".into()],
            rows: vec![TableRow {
                key: vec![TableKey::parse("四（1）班")],
                value: TableValue::Text("0012".into()),
                from: None,
            }],
            text: true,
        };
        assert_eq!(
            t.lookup(&[KeyArg::Text("四(1)班")], None),
            Some(&TableValue::Text("0012".into()))
        );
        assert_eq!(t.lookup(&[KeyArg::Text("四(2)班")], None), None);
    }

    #[test]
    fn keys_parse_numbers_and_ranges() {
        assert_eq!(TableKey::parse("3–6").range, Some((dec("3"), dec("6"))));
        assert_eq!(TableKey::parse("2").range, Some((dec("2"), dec("2"))));
        assert_eq!(TableKey::parse("语文").range, None);
        assert_eq!(TableKey::parse("-3").range, Some((dec("-3"), dec("-3"))));
    }
}
