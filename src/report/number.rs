//! How an exact [`Decimal`] becomes cells and number formats (its text is
//! [`crate::show`]): the engine's numbers are
//! exact, a spreadsheet cell is an `f64`, so the exact text travels alongside
//! (formula results, JSON) and the number format shows the rubric's places.

use rust_decimal::Decimal;

/// The most decimal places a number format will show; evidence finer than
/// this is still exact in the JSON and the formula results.
pub const MAX_PLACES: u32 = 10;

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
    fn cells_and_formats() {
        assert_eq!(cell(Decimal::new(275, 1)), 27.5);
        assert_eq!(format_code(0), "0");
        assert_eq!(signed_format_code(2), "0.00;[Red]-0.00");
        assert_eq!(places_for(Decimal::new(125, 3), 2), 3);
    }
}
