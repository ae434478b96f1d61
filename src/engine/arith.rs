//! Checked decimal arithmetic for the engine. A decimal holds 28 digits; a
//! value in an export can hold 29 (or a sum of several can need them), and
//! rust_decimal's `+`, `-`, `*`, `/` and `sum()` panic past that. Every sum
//! and product the engine makes of the data goes through these instead, so
//! a value too large is a located data error, never a crashed run; the
//! engine's files deny `clippy::arithmetic_side_effects` so an operator
//! cannot slip back in.

use rust_decimal::Decimal;

/// A result past the largest decimal (79228162514264337593543950335).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Overflow;

/// `+`, `-`, `×`, `÷` that say when the result does not fit.
pub(crate) trait Checked: Sized {
    /// `self + other`.
    fn plus(self, other: Self) -> Result<Self, Overflow>;
    /// `self - other`.
    fn minus(self, other: Self) -> Result<Self, Overflow>;
    /// `self × other`.
    fn times(self, other: Self) -> Result<Self, Overflow>;
    /// `self ÷ other`; dividing by zero is an overflow too.
    fn over(self, other: Self) -> Result<Self, Overflow>;
}

impl Checked for Decimal {
    fn plus(self, other: Self) -> Result<Self, Overflow> {
        self.checked_add(other).ok_or(Overflow)
    }
    fn minus(self, other: Self) -> Result<Self, Overflow> {
        self.checked_sub(other).ok_or(Overflow)
    }
    fn times(self, other: Self) -> Result<Self, Overflow> {
        self.checked_mul(other).ok_or(Overflow)
    }
    fn over(self, other: Self) -> Result<Self, Overflow> {
        self.checked_div(other).ok_or(Overflow)
    }
}

/// `-value`: a decimal's range is symmetric, so this cannot overflow.
pub(crate) fn negated(value: Decimal) -> Decimal {
    #[allow(clippy::arithmetic_side_effects)]
    -value
}

/// The sum of `values`.
pub(crate) fn sum(values: impl IntoIterator<Item = Decimal>) -> Result<Decimal, Overflow> {
    values.into_iter().try_fold(Decimal::ZERO, Decimal::plus)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn past_the_largest_decimal_is_an_overflow_not_a_panic() {
        let big = Decimal::MAX;
        assert_eq!(big.plus(Decimal::ONE), Err(Overflow));
        assert_eq!(Decimal::MIN.minus(Decimal::ONE), Err(Overflow));
        assert_eq!(big.times(Decimal::TWO), Err(Overflow));
        assert_eq!(Decimal::ONE.over(Decimal::ZERO), Err(Overflow));
        assert_eq!(sum([big, big]), Err(Overflow));
        assert_eq!(sum([Decimal::ONE, Decimal::TWO]), Ok(Decimal::from(3)));
    }

    fn decimal() -> impl Strategy<Value = Decimal> {
        (any::<i64>(), any::<i64>(), 0u32..=28).prop_map(|(hi, lo, scale)| {
            let mut d =
                Decimal::from_i128_with_scale((i128::from(hi) << 32) ^ i128::from(lo), scale);
            d.rescale(scale);
            d
        })
    }

    proptest! {
        /// Whatever two decimals: each operation gives the exact result or
        /// an overflow, and agrees with the unchecked operator wherever that
        /// does not panic.
        #[test]
        fn checked_operations_never_panic(a in decimal(), b in decimal()) {
            let exact = |r: Option<Decimal>, got: Result<Decimal, Overflow>| {
                prop_assert_eq!(r.ok_or(Overflow), got);
                Ok(())
            };
            exact(a.checked_add(b), a.plus(b))?;
            exact(a.checked_sub(b), a.minus(b))?;
            exact(a.checked_mul(b), a.times(b))?;
            exact(a.checked_div(b), a.over(b))?;
            prop_assert_eq!(sum([a, b]), a.plus(b));
        }
    }
}
