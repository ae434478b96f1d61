//! How kaohe shows a value to a person, said once for every room: an exact
//! decimal as text, the width text takes on a terminal or in a column, and
//! the name closest to a mistyped one.

use rust_decimal::Decimal;

/// The exact value with at least `places` decimals (`27.5` at 2 → `27.50`);
/// a value finer than `places` keeps all its digits rather than be rounded
/// a second time here. Never `-0`.
pub fn fixed(value: Decimal, places: u32) -> String {
    // `-0` can come out of a subtraction; a person should never see it.
    let mut v = if value.is_zero() {
        Decimal::ZERO
    } else {
        value.normalize()
    };
    if v.scale() < places {
        v.rescale(places);
    }
    v.to_string()
}

/// The value rounded (half away from zero) to exactly `places` decimals
/// (`27.456` at 2 → `27.46`), as a table of scores lines them up.
pub fn rounded(value: Decimal, places: u32) -> String {
    let mut v = value.round_dp(places);
    v.rescale(places);
    v.to_string()
}

/// `text` with every decimal number in it cut after `places` decimals,
/// marked `…` (`79.1666666666…`): a share or a mean can run to 28 places,
/// which say nothing more to a reader than the first ten.
pub fn cut_decimals(text: &str, places: usize) -> std::borrow::Cow<'_, str> {
    static NUMBER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"[0-9]+\.([0-9]+)").expect("a fixed pattern")
    });
    NUMBER.replace_all(text, |c: &regex::Captures<'_>| {
        let (whole, fraction) = (&c[0], &c[1]);
        if fraction.len() <= places {
            whole.to_string()
        } else {
            let keep = whole.len() - (fraction.len() - places);
            format!("{}…", &whole[..keep])
        }
    })
}

/// The value as a person writes it: no trailing zeros (`0.5`, `1`, `1.25`),
/// and never `-0`.
pub fn plain(value: Decimal) -> String {
    if value.is_zero() {
        "0".to_string()
    } else {
        value.normalize().to_string()
    }
}

/// Display columns `text` takes on its widest line: two for East Asian
/// wide and full-width characters (Unicode's East Asian Width), which is
/// also how much room a Chinese header needs in a spreadsheet column.
pub fn width(text: &str) -> usize {
    text.lines()
        .map(unicode_width::UnicodeWidthStr::width)
        .max()
        .unwrap_or(0)
}

/// How many edits a name may be from another and still be taken for it.
const NEAR_EDITS: usize = 2;

/// Of `candidates`, the one nearest `typed` by edit distance (ignoring
/// case), when it is near enough — at most two edits — to be what was meant.
pub fn closest<'a, I>(typed: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    candidates
        .into_iter()
        .filter_map(|c| near(typed, c).map(|d| (d, c)))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// The edits (ignoring case) between two names, when they are few enough
/// for one to be taken for the other, as [`closest`] takes them.
pub fn near(a: &str, b: &str) -> Option<usize> {
    let d = strsim::levenshtein(&a.to_lowercase(), &b.to_lowercase());
    (d <= NEAR_EDITS).then_some(d)
}

#[cfg(test)]
mod tests {
    #[test]
    fn long_decimals_in_a_text_are_cut_after_the_places_given() {
        use super::cut_decimals;
        assert_eq!(
            cut_decimals("79.166666666666666666666666667：第 1 名；× 0.5 = 3.25", 10),
            "79.1666666666…：第 1 名；× 0.5 = 3.25"
        );
        assert_eq!(cut_decimals("行 12、15", 10), "行 12、15");
        assert_eq!(cut_decimals("1.123", 2), "1.12…");
    }

    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn fixed_pads_keeps_finer_digits_and_never_says_minus_zero() {
        assert_eq!(fixed(d("27.5"), 2), "27.50");
        assert_eq!(fixed(d("27.125"), 2), "27.125");
        assert_eq!(fixed(d("-0.00"), 2), "0.00");
    }

    #[test]
    fn rounded_rounds_to_exactly_the_places() {
        assert_eq!(rounded(d("27.456"), 2), "27.46");
        assert_eq!(rounded(d("27.455"), 2), "27.46");
        assert_eq!(rounded(d("3"), 1), "3.0");
    }

    #[test]
    fn plain_drops_trailing_zeros() {
        assert_eq!(plain(d("1.250")), "1.25");
        assert_eq!(plain(d("-0.0")), "0");
    }

    #[test]
    fn chinese_takes_two_columns() {
        assert_eq!(width("工号"), 4);
        assert_eq!(width("ab（c）"), 7);
        assert_eq!(width("a\n工号工号"), 8);
        assert_eq!(width(""), 0);
    }

    #[test]
    fn closest_is_within_two_edits() {
        let names = ["status", "teacher", "date"];
        assert_eq!(closest("statsu", names), Some("status"));
        assert_eq!(closest("Teacher", names), Some("teacher"));
        assert_eq!(closest("weekday", names), None);
    }

    #[test]
    fn near_counts_edits_up_to_two() {
        assert_eq!(near("考勤结果", "打卡结果"), Some(2));
        assert_eq!(near("Status", "statu"), Some(1));
        assert_eq!(near("日期", "日期时间段"), None);
    }
}
