//! How a rubric rounds item scores: the places and the mode it names
//! (四舍五入, 银行家舍入, 去尾, 进一). Its own module because both the model
//! and quota counting round with it.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::i18n::rubric as msg;
use crate::i18n::Locale;

/// Where item scores are rounded and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rounding {
    /// Decimal places kept.
    pub places: u32,
    /// The rounding mode.
    pub mode: RoundingMode,
}

impl Default for Rounding {
    fn default() -> Self {
        Rounding {
            places: 2,
            mode: RoundingMode::HalfUp,
        }
    }
}

impl Rounding {
    /// Rounds a score to the rubric's places with its mode.
    pub fn apply(&self, value: Decimal) -> Decimal {
        value.round_dp_with_strategy(self.places, self.mode.strategy())
    }
}

/// A rounding mode a rubric can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundingMode {
    /// 四舍五入: halves away from zero (the default in Chinese schools).
    HalfUp,
    /// 银行家舍入: halves to the even neighbour.
    HalfEven,
    /// 去尾: towards zero.
    Down,
    /// 进一: away from zero.
    Up,
}

impl RoundingMode {
    /// Parses a mode as a rubric writes it, in English or Chinese.
    pub fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "half_up" | "四舍五入" => RoundingMode::HalfUp,
            "half_even" | "银行家舍入" => RoundingMode::HalfEven,
            "down" | "去尾" | "截断" => RoundingMode::Down,
            "up" | "进一" | "进位" => RoundingMode::Up,
            _ => return None,
        })
    }

    /// The names a rubric may use, for messages.
    pub const NAMES: &'static str =
        "half_up (四舍五入), half_even (银行家舍入), down (去尾), up (进一)";

    fn strategy(self) -> RoundingStrategy {
        match self {
            RoundingMode::HalfUp => RoundingStrategy::MidpointAwayFromZero,
            RoundingMode::HalfEven => RoundingStrategy::MidpointNearestEven,
            RoundingMode::Down => RoundingStrategy::ToZero,
            RoundingMode::Up => RoundingStrategy::AwayFromZero,
        }
    }

    /// The mode's name in the given language.
    pub fn label(self, locale: Locale) -> &'static str {
        match self {
            RoundingMode::HalfUp => msg::rounding_half_up(),
            RoundingMode::HalfEven => msg::rounding_half_even(),
            RoundingMode::Down => msg::rounding_down(),
            RoundingMode::Up => msg::rounding_up(),
        }
        .get(locale)
    }
}
