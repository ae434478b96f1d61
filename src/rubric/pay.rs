//! `[pay]`: how the grade turns into 奖励性绩效工资 (performance pay). The
//! plans make scores "the main basis for rewards and pay" (方案13); schools
//! pay by score share, by a coefficient per grade scaled to the pool, or a
//! fixed amount per grade, in whole yuan (or jiao) that add up to the pool.

use rust_decimal::Decimal;

/// A rubric's pay policy, checked at load.
#[derive(Debug, Clone)]
pub struct Pay {
    /// How a teacher's share is weighed.
    pub method: PayMethod,
    /// What is shared out: one pool, one per roster group, or none (fixed amounts).
    pub pools: Pools,
    /// The smallest amount paid: 1 yuan, or 0.1 (a jiao).
    pub unit: Decimal,
    /// The least a paid teacher gets (a multiple of `unit`).
    pub floor: Option<Decimal>,
    /// The most a teacher gets (a multiple of `unit`).
    pub ceiling: Option<Decimal>,
    /// What a vetoed teacher is paid.
    pub vetoed: VetoedPay,
}

/// How a teacher's share of the pool is weighed.
#[derive(Debug, Clone, PartialEq)]
pub enum PayMethod {
    /// By total: pool × total ÷ Σ totals.
    Share,
    /// By the points above `base`: pool × max(0, total − base) ÷ Σ.
    ShareAbove(Decimal),
    /// By the grade's coefficient (优秀 1.2, 合格 1.0 …), scaled to the pool;
    /// one per grade, in the grades' order.
    Coefficient(Vec<Decimal>),
    /// A fixed amount per grade, in the grades' order; no pool.
    Fixed(Vec<Decimal>),
}

/// What a pay method shares out.
#[derive(Debug, Clone, PartialEq)]
pub enum Pools {
    /// Fixed amounts: nothing to share.
    None,
    /// One pool for every teacher.
    One(Decimal),
    /// A pool per value of a roster field (a school): its slot, and the pools.
    ByGroup {
        /// The roster field's slot.
        field: usize,
        /// The field's name, for messages.
        name: String,
        /// Each group's pool, as written.
        pools: Vec<(String, Decimal)>,
    },
}

/// What a vetoed teacher is paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VetoedPay {
    /// Nothing, and out of the sharing (the default: a veto forfeits the pay).
    Zero,
    /// As the grade the veto forces.
    Graded,
}
