//! What the rubric says: the names of its rounding modes, and its
//! diagnostics.

crate::messages! {
    // --- rounding modes, as the rubric's explanations name them
    /// 四舍五入: halves away from zero.
    rounding_half_up { en: "half up", zh: "四舍五入" }
    /// 银行家舍入: halves to the even neighbour.
    rounding_half_even { en: "half even", zh: "银行家舍入" }
    /// 去尾: towards zero.
    rounding_down { en: "towards zero", zh: "去尾" }
    /// 进一: away from zero.
    rounding_up { en: "away from zero", zh: "进一" }
}
