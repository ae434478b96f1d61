//! How a rubric rounds item scores: the places and the mode it names
//! (四舍五入, 银行家舍入, 去尾, 进一). Its own module because both the model
//! and quota counting round with it.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::i18n::rubric as msg;
use crate::i18n::{Locale, Word};

/// Where scores are rounded and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rounding {
    /// Decimal places kept.
    pub places: u32,
    /// The rounding mode.
    pub mode: RoundingMode,
    /// Which scores are rounded: items (the default), category subtotals, or the total once.
    pub at: RoundAt,
}

impl Default for Rounding {
    fn default() -> Self {
        Rounding {
            places: 2,
            mode: RoundingMode::HalfUp,
            at: RoundAt::Items,
        }
    }
}

impl Rounding {
    /// Rounds a score to the rubric's places with its mode.
    pub fn apply(&self, value: Decimal) -> Decimal {
        value.round_dp_with_strategy(self.places, self.mode.strategy())
    }

    /// An item's score: rounded when the rubric rounds at items, else kept exact.
    pub fn item(&self, value: Decimal) -> Decimal {
        self.at_level(RoundAt::Items, value)
    }

    /// A category's subtotal before adjustments: rounded when the rubric rounds at categories.
    pub fn category(&self, value: Decimal) -> Decimal {
        self.at_level(RoundAt::Categories, value)
    }

    /// The total: rounded once when the rubric rounds at the total.
    pub fn total(&self, value: Decimal) -> Decimal {
        self.at_level(RoundAt::Total, value)
    }

    /// An adjusted subtotal (`subtotal × factor`): rounded unless only the
    /// total is, since a product has more places than its subtotal.
    pub fn adjusted(&self, value: Decimal) -> Decimal {
        if self.at == RoundAt::Total {
            value
        } else {
            self.apply(value)
        }
    }

    /// An item's score or a category's subtotal as every room shows it
    /// (`explain`, the 汇总 sheet, `serve`): at exactly the rubric's places
    /// where items are rounded; where they are kept exact, every place the
    /// value has and never fewer than the rubric's.
    pub fn show_score(&self, value: Decimal) -> String {
        if self.at == RoundAt::Items {
            crate::show::rounded(value, self.places)
        } else {
            crate::show::fixed(value, self.places)
        }
    }

    /// A total, a maximum or a starting value as every room shows it: at
    /// exactly the rubric's places.
    pub fn show_total(&self, value: Decimal) -> String {
        crate::show::rounded(value, self.places)
    }

    fn at_level(&self, level: RoundAt, value: Decimal) -> Decimal {
        if self.at == level {
            self.apply(value)
        } else {
            value
        }
    }
}

/// Which scores a rubric rounds (`rounding = { …, at = "total" }`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundAt {
    /// Each item's score (the default): subtotals and the total add rounded items.
    Items,
    /// Each category's subtotal: items are kept exact.
    Categories,
    /// The total, once (总分四舍五入): items and subtotals are kept exact.
    Total,
}

impl RoundAt {
    /// Parses `at` as a rubric writes it, in English or Chinese.
    pub fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "items" | "item" | "考核项" | "每项" => RoundAt::Items,
            "categories" | "category" | "类别" => RoundAt::Categories,
            "total" | "总分" => RoundAt::Total,
            _ => return None,
        })
    }

    /// The values a rubric may use, for messages.
    pub const NAMES: Word = msg::rounding_at_names();

    /// Where rounding happens, in the given language.
    pub fn label(self, locale: Locale) -> &'static str {
        match self {
            RoundAt::Items => msg::rounding_at_items(),
            RoundAt::Categories => msg::rounding_at_categories(),
            RoundAt::Total => msg::rounding_at_total(),
        }
        .get(locale)
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
    pub const NAMES: Word = msg::rounding_mode_names();

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

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn scores_show_the_rubric_places_unless_kept_exact() {
        let items = Rounding::default();
        assert_eq!(items.show_score(d("5")), "5.00");
        assert_eq!(items.show_score(d("4.5")), "4.50");
        assert_eq!(items.show_total(d("93.5")), "93.50");
        let total = Rounding {
            places: 1,
            at: RoundAt::Total,
            ..Rounding::default()
        };
        assert_eq!(total.show_score(d("3")), "3.0");
        assert_eq!(total.show_score(d("3.25")), "3.25");
        assert_eq!(total.show_total(d("87")), "87.0");
    }
}
