//! Lengths of time written as text (`80分钟`, `1小时20分`, `1.5小时`, `1:20`)
//! or as Excel day fractions, always held as a decimal number of minutes.

use std::str::FromStr;

use rust_decimal::Decimal;
use unicode_normalization::UnicodeNormalization;

/// Minutes in an Excel day fraction. Excel keeps times to the millisecond,
/// so rounding there turns 1:20 (0.0555…) into exactly 80 minutes.
pub(crate) fn minutes_from_days(days: f64) -> Option<Decimal> {
    let ms = (days * 86_400_000.0).round();
    if !ms.is_finite() || ms.abs() > 9.0e15 {
        return None;
    }
    // In range, so the cast is exact.
    let ms = Decimal::from(ms as i64);
    Some((ms / Decimal::from(60_000)).normalize())
}

/// Parses a duration text into minutes. A bare number is minutes.
pub(crate) fn parse_duration_text(text: &str) -> Option<Decimal> {
    let folded: String = text.nfkc().filter(|c| !c.is_whitespace()).collect();
    let s = folded.to_lowercase();
    if s.is_empty() || s.starts_with('-') {
        return None;
    }
    if let Some(n) = decimal_text(&s) {
        return Some(n.normalize());
    }
    if s.contains(':') {
        return parse_clock(&s);
    }
    if let Some(rest) = s.strip_prefix("pt") {
        return parse_units(rest);
    }
    parse_units(&s)
}

/// `1:20` (h:mm) or `1:20:30` (h:mm:ss).
fn parse_clock(s: &str) -> Option<Decimal> {
    let parts: Vec<&str> = s.split(':').collect();
    let (h, m, sec) = match parts.as_slice() {
        [h, m] => (*h, *m, "0"),
        [h, m, sec] => (*h, *m, *sec),
        _ => return None,
    };
    let h = whole(h)?;
    let m = whole(m)?;
    let sec = decimal_text(sec).filter(|v| !v.is_sign_negative())?;
    if m >= Decimal::from(60) || sec >= Decimal::from(60) {
        return None;
    }
    // Checked: Decimal arithmetic panics on overflow, and the digits are the user's.
    let total = h
        .checked_mul(Decimal::from(60))?
        .checked_add(m)?
        .checked_add(sec.checked_div(Decimal::from(60))?)?;
    Some(total.normalize())
}

/// A number as a spreadsheet reads one from text. `Decimal::from_str`
/// also takes `_` between digits (`1_0` as 10, `0_5` as 5), which Excel and
/// WPS keep as text: a typo for `0.5` is refused, never read as another number.
pub(super) fn decimal_text(s: &str) -> Option<Decimal> {
    if s.contains('_') {
        return None;
    }
    Decimal::from_str(s).ok()
}

fn whole(s: &str) -> Option<Decimal> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Decimal::from_str(s).ok()
}

/// Number–unit pairs: `1小时20分`, `1.5h`, `45min`, also ISO's `1h20m0s` after `PT`.
fn parse_units(s: &str) -> Option<Decimal> {
    let mut total = Decimal::ZERO;
    let mut rest = s;
    let mut last_unit_minutes: Option<(u32, u32)> = None;
    let mut any = false;
    while !rest.is_empty() {
        let num_len = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        if num_len == 0 {
            return None;
        }
        let number = Decimal::from_str(&rest[..num_len]).ok()?;
        rest = &rest[num_len..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let unit = &rest[..unit_len];
        rest = &rest[unit_len..];
        let (times, per) = if unit.is_empty() {
            // `1小时20`: a trailing bare number after hours means minutes.
            match last_unit_minutes {
                Some((60, 1)) => (1u32, 1u32),
                _ => return None,
            }
        } else {
            unit_minutes(unit)?
        };
        // Divide last, so 30秒 is exactly 0.5 rather than 30 × 0.01666….
        let part = number
            .checked_mul(Decimal::from(times))?
            .checked_div(Decimal::from(per))?;
        total = total.checked_add(part)?;
        last_unit_minutes = Some((times, per));
        any = true;
    }
    any.then(|| total.normalize())
}

/// Minutes per unit as a fraction (times, per), kept exact.
fn unit_minutes(unit: &str) -> Option<(u32, u32)> {
    match unit {
        "小时" | "个小时" | "时" | "h" | "hr" | "hrs" | "hour" | "hours" => Some((60, 1)),
        "分钟" | "分" | "min" | "mins" | "minute" | "minutes" | "m" => Some((1, 1)),
        "秒" | "秒钟" | "s" | "sec" | "secs" => Some((1, 60)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn min(s: &str) -> Option<String> {
        parse_duration_text(s).map(|d| d.to_string())
    }

    #[test]
    fn every_written_duration_form() {
        assert_eq!(min("80").as_deref(), Some("80"));
        assert_eq!(min("12.5").as_deref(), Some("12.5"));
        assert_eq!(min("80分钟").as_deref(), Some("80"));
        assert_eq!(min("45分").as_deref(), Some("45"));
        assert_eq!(min("1小时20分").as_deref(), Some("80"));
        assert_eq!(min("1小时20分钟").as_deref(), Some("80"));
        assert_eq!(min("1 小时 20").as_deref(), Some("80"));
        assert_eq!(min("1.5小时").as_deref(), Some("90"));
        assert_eq!(min("2h").as_deref(), Some("120"));
        assert_eq!(min("1:20").as_deref(), Some("80"));
        assert_eq!(min("1:20:30").as_deref(), Some("80.5"));
        assert_eq!(min("８０分钟").as_deref(), Some("80"));
        assert_eq!(min("PT1H20M").as_deref(), Some("80"));
        assert_eq!(min("30秒").as_deref(), Some("0.5"));
    }

    #[test]
    fn nonsense_is_not_a_duration() {
        for s in ["", "迟到", "-5", "1:75", "1::2", "分钟", "20天", "1.2.3分"] {
            assert_eq!(min(s), None, "{s}");
        }
    }

    #[test]
    fn day_fractions_are_exact_minutes() {
        assert_eq!(
            minutes_from_days(80.0 / 1440.0)
                .map(|d| d.to_string())
                .as_deref(),
            Some("80")
        );
        assert_eq!(
            minutes_from_days(1.0 / 24.0 + 20.0 / 1440.0)
                .map(|d| d.to_string())
                .as_deref(),
            Some("80")
        );
        assert_eq!(minutes_from_days(f64::INFINITY), None);
    }

    #[test]
    fn huge_numbers_do_not_overflow() {
        assert_eq!(min("9999999999999999999999999999小时"), None);
        assert_eq!(min("9999999999999999999999999999:00"), None);
    }
}
