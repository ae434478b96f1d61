//! The words of performance pay: the 绩效工资 sheet and each amount's basis.

crate::messages! {
    /// The 绩效工资 sheet's name.
    sheet_pay { en: "Pay", zh: "绩效工资" }
    /// Its columns.
    pay_weight { en: "Weighed by", zh: "分配依据" }
    pay_exact { en: "Exact share", zh: "计算金额" }
    pay_amount { en: "Pay (yuan)", zh: "绩效工资（元）" }
    pay_basis_header { en: "How", zh: "说明" }
    pay_group { en: "Pool", zh: "奖金池" }
    /// The row under a pool's teachers.
    pay_total_row { en: "Total", zh: "合计" }
    /// The pool on its total row.
    pay_pool_of(pool) { en: "pool {pool} yuan", zh: "奖金池 {pool} 元" }
    /// Fixed amounts: the total row.
    pay_fixed_total { en: "fixed amounts per grade", zh: "按等级固定金额" }
    /// A vetoed teacher paid nothing.
    pay_vetoed { en: "vetoed: not paid", zh: "被否决，不发放" }
    /// Fixed by grade.
    pay_fixed(grade, amount) { en: "{grade}: a fixed {amount} yuan", zh: "{grade}：固定 {amount} 元" }
    /// Weighed by the total.
    pay_by_total(weight) { en: "total {weight}", zh: "总分 {weight}" }
    /// Weighed by the points above the base.
    pay_by_points_above(base, weight) { en: "{weight} points above {base}", zh: "超出 {base} 分的 {weight} 分" }
    /// Weighed by the grade's coefficient.
    pay_by_coefficient(grade, weight) { en: "{grade} coefficient {weight}", zh: "{grade} 系数 {weight}" }
    /// Held at the floor.
    pay_held_at_floor { en: " (held at the floor)", zh: "（按保底）" }
    /// Held at the ceiling.
    pay_held_at_ceiling { en: " (held at the ceiling)", zh: "（按封顶）" }
    /// Rounded to the unit by largest remainder.
    pay_rounded(amount) { en: ", rounded to {amount} (largest remainder)", zh: "，按最大余额法取整为 {amount} 元" }
    /// What the rate is per: a point of the total.
    pay_per_point { en: "per point", zh: "每分" }
    /// What the rate is per: 1.0 of coefficient.
    pay_per_coefficient { en: "per 1.0 of coefficient", zh: "每 1.0 系数" }
    /// The whole basis.
    pay_shared(weighed: Text, per: Text, rate, exact, held: Text, rounded: Text) {
        en: "{weighed} × {rate} yuan {per} ≈ {exact} yuan{held}{rounded}",
        zh: "{weighed} × {per} {rate} 元 ≈ {exact} 元{held}{rounded}",
    }
}
