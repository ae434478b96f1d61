//! Adjustments: a category's subtotal multiplied by a factor when a
//! condition holds for the teacher (方案5: a cadre who did on-site duty and
//! taught online has the online-teaching score counted at half, 折半计入).
//! The items keep the scores they earned; the subtotal is what changes, and
//! that adjusted subtotal is what adds into the total.

use rust_decimal::Decimal;

use super::expr::Condition;

/// `[[adjust]]`, validated.
#[derive(Debug)]
pub struct Adjustment {
    /// Unique id.
    pub id: String,
    /// The reason shown (教干现场值守且线上授课，线上教学折半计入).
    pub name: String,
    /// Index of the category whose subtotal is multiplied.
    pub category: usize,
    /// The factor (0.5 for 折半).
    pub factor: Decimal,
    /// A condition over the roster row; always true when absent.
    pub when: Option<Condition>,
    /// Records the teacher must have; all must be found.
    pub requires: Vec<Requirement>,
}

/// A record the teacher must have for an adjustment to apply.
#[derive(Debug)]
pub struct Requirement {
    /// Index of the source searched.
    pub source: usize,
    /// Which records count; any record of the teacher when absent.
    pub when: Option<Condition>,
    /// How the requirement is named (现场值守).
    pub label: String,
}
