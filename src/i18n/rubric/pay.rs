//! What is said about a rubric's `[pay]`.

crate::messages! {
    /// A `[pay]` method that is none of the four.
    pay_method_unknown(other) {
        en: "pay method is `share` (by total), `share_above` (by points above `base`), `coefficient` (by grade, scaled to the pool) or `fixed` (an amount per grade), not `{other}`",
        zh: "pay 的 method 只能写 `share`（按总分分配）、`share_above`（按超出 `base` 的分数分配）、`coefficient`（按等级系数折算到奖金池）或 `fixed`（每个等级固定金额），不能写 `{other}`",
    }
    /// A `[pay]` key that another method uses.
    pay_key_not_for_method(key, method) {
        en: "`{key}` does not apply to pay method `{method}`",
        zh: "`{key}` 不适用于 `{method}` 分配方式",
    }
    /// `share_above` without `base`.
    pay_share_above_needs_base() {
        en: "pay method `share_above` needs `base`: the points above it are what is paid for (`base = 60`)",
        zh: "`share_above` 分配方式需要写 `base`：按超出它的分数分配（如 `base = 60`）",
    }
    /// A grade-based method in a rubric without grades.
    pay_method_needs_grades(method) {
        en: "pay method `{method}` pays by grade, but the rubric has no [[grade]]",
        zh: "`{method}` 分配方式按等级计酬，但评分方案没有 [[grade]]",
    }
    /// `coefficient` without its list.
    pay_coefficient_needs_list() {
        en: "pay method `coefficient` needs `coefficients`, one per grade (`coefficients = {{ \"优秀\" = 1.2, \"合格\" = 1.0 }}`)",
        zh: "`coefficient` 分配方式需要 `coefficients`，每个等级一个系数（如 `coefficients = {{ \"优秀\" = 1.2, \"合格\" = 1.0 }}`）",
    }
    /// `fixed` without its list.
    pay_fixed_needs_amounts() {
        en: "pay method `fixed` needs `amounts`, one per grade (`amounts = {{ \"优秀\" = 3000 }}`)",
        zh: "`fixed` 分配方式需要 `amounts`，每个等级一个金额（如 `amounts = {{ \"优秀\" = 3000 }}`）",
    }
    /// A per-grade list naming a grade the rubric does not have.
    pay_lists_no_such_grade(key, name, names_en, names_zh) {
        en: "`{key}` lists `{name}`, which is not a grade; the grades are {names_en}",
        zh: "`{key}` 中的 `{name}` 不是等级；等级有：{names_zh}",
    }
    /// A per-grade list without a grade.
    pay_grade_missing(key, name) {
        en: "`{key}` has nothing for grade `{name}`: every grade must be listed (write 0 for none)",
        zh: "`{key}` 没有写等级 `{name}`：每个等级都要写（不发写 0）",
    }
    /// A negative coefficient or amount.
    pay_negative_for_grade(key, name) {
        en: "`{key}` for grade `{name}` is negative",
        zh: "`{key}` 中等级 `{name}` 的值为负数",
    }
    /// An amount that is negative or finer than the unit.
    pay_amount_in_units(what, value, unit) {
        en: "`{what}` = {value} must be a non-negative amount in whole units of {unit} yuan (`unit`)",
        zh: "`{what}` = {value} 必须是不小于 0、以 {unit} 元为单位（`unit`）的金额",
    }
    /// A unit that is not yuan or jiao.
    pay_unit_yuan_jiao_not(other) {
        en: "pay unit is `yuan` or `jiao`, not `{other}`",
        zh: "pay 的 unit 只能写 `yuan`（元）或 `jiao`（角），不能写 `{other}`",
    }
    /// Neither one pool nor pools by a roster field.
    pay_needs_one_pool() {
        en: "[pay] needs what it shares out: `pool = 120000`, or `scope = \"school\"` with `pools = {{ \"一小\" = 60000, … }}` — one of the two",
        zh: "[pay] 需要写奖金池：`pool = 120000`，或 `scope = \"school\"` 加 `pools = {{ \"一小\" = 60000, … }}`，二者取一",
    }
    /// A ceiling below the floor.
    pay_ceiling_below_floor(ceiling, floor) {
        en: "ceiling {ceiling} is below floor {floor}: no amount could fit",
        zh: "封顶 {ceiling} 低于保底 {floor}：没有金额能同时满足",
    }
    /// `vetoed` that is neither.
    pay_vetoed_zero_graded_not(other) {
        en: "pay vetoed is `zero` (a vetoed teacher is paid nothing) or `graded` (paid as the grade the veto forces), not `{other}`",
        zh: "pay 的 vetoed 只能写 `zero`（被否决的教师不发）或 `graded`（按否决确定的等级发放），不能写 `{other}`",
    }
    /// `[publish] names` that is none of the three.
    publish_names_not(other) {
        en: "publish names is `masked` (张*华), `full` or `key_only` (the 工号 alone), not `{other}`",
        zh: "publish 的 names 只能写 `masked`（姓名打码，如 张*华）、`full`（完整姓名）或 `key_only`（只列工号），不能写 `{other}`",
    }
    /// `show_pay = true` in a rubric without `[pay]`.
    publish_show_pay_without_pay() {
        en: "`show_pay = true` needs a [pay] section: the rubric computes no pay to show",
        zh: "`show_pay = true` 需要 [pay] 一节：评分方案没有计算绩效工资，无从公示",
    }
}
