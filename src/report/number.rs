//! How an exact [`Decimal`] becomes text and cells: the engine's numbers are
//! exact, a spreadsheet cell is an `f64`, so the exact text travels alongside
//! (formula results, JSON) and the number format shows the rubric's places.

use rust_decimal::Decimal;

/// The most decimal places a number format will show; evidence finer than
/// this is still exact in the JSON and the formula results.
const MAX_PLACES: u32 = 10;

/// The exact value with at least `places` decimals (`27.5` at 2 → `27.50`);
/// a value finer than `places` keeps all its digits rather than be rounded
/// a second time here.
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

/// The value as a person writes it: no trailing zeros (`0.5`, `1`, `1.25`).
pub fn plain(value: Decimal) -> String {
    if value.is_zero() {
        "0".to_string()
    } else {
        value.normalize().to_string()
    }
}

/// The cell value. Only for display: the exact value is in the evidence
/// and the formula results.
pub fn cell(value: Decimal) -> f64 {
    // Parsing the decimal text gives the nearest `f64`, which a float
    // conversion by division does not promise; the text always parses.
    value.to_string().parse().unwrap_or_default()
}

/// Decimal places needed to show `value` exactly, at least `places`.
pub fn places_for(value: Decimal, places: u32) -> u32 {
    value.normalize().scale().max(places).min(MAX_PLACES)
}

/// An Excel number format with `places` decimals (`0.00`).
pub fn format_code(places: u32) -> String {
    let places = places.min(MAX_PLACES) as usize;
    if places == 0 {
        "0".to_string()
    } else {
        format!("0.{}", "0".repeat(places))
    }
}

/// A number format that shows negative values in red, for deductions.
pub fn signed_format_code(places: u32) -> String {
    let code = format_code(places);
    format!("{code};[Red]-{code}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_pads_to_places_and_keeps_finer_digits() {
        assert_eq!(fixed(Decimal::new(275, 1), 2), "27.50");
        assert_eq!(fixed(Decimal::new(-1, 0), 2), "-1.00");
        assert_eq!(fixed(Decimal::new(125, 3), 2), "0.125");
        assert_eq!(fixed(Decimal::new(-0, 2), 2), "0.00");
        assert_eq!(fixed(Decimal::new(3, 0), 0), "3");
    }

    #[test]
    fn cells_and_formats() {
        assert_eq!(cell(Decimal::new(275, 1)), 27.5);
        assert_eq!(format_code(0), "0");
        assert_eq!(signed_format_code(2), "0.00;[Red]-0.00");
        assert_eq!(places_for(Decimal::new(125, 3), 2), 3);
        assert_eq!(plain(Decimal::new(1500, 3)), "1.5");
    }
}
