//! The rules in words, for the 规则 sheet and `explain`: what one record
//! does, which records count, what limits the result, and what acts on a
//! category or the total (threshold, adjustment, quota).

// --- pieces shared by the descriptions
crate::messages! {
    /// Between the parts of a list that reads as separate clauses: tiers, weights, ranks.
    list_clauses { en: "; ", zh: "；" }
    /// Between the names in a short list: fields grouped by, tie-breaks, required records.
    list_names { en: ", ", zh: "、" }
    /// A number of points, 1 in English (said `1 point`).
    one_point(n) { en: "{n} point", zh: "{n} 分" }
    /// A number of points other than 1.
    n_points(n) { en: "{n} points", zh: "{n} 分" }
}

// --- what one record does: deduct, add, proportional, share, import, weighted
crate::messages! {
    /// A tier's or value's points taken off.
    deduct(points: Text) { en: "deduct {points}", zh: "扣 {points}" }
    /// A tier's or value's points added.
    add(points: Text) { en: "add {points}", zh: "加 {points}" }
    /// A deduction rule with the same points for each record.
    deduct_per_record(points: Text) { en: "Deduct {points} per record", zh: "每条记录扣 {points}" }
    /// A bonus rule with the same points for each record.
    add_per_record(points: Text) { en: "Add {points} per record", zh: "每条记录加 {points}" }
    /// A week rule's cut weeks are not checked (`partial_weeks = "skip"`).
    partial_weeks_skipped {
        en: "; a week cut by the period is not checked",
        zh: "；被考核期截断的周不考核",
    }
    /// A week rule's cut weeks have prorated limits (`partial_weeks = "prorate"`).
    partial_weeks_prorated {
        en: "; a week cut by the period has its limits prorated by its school days in the period",
        zh: "；被考核期截断的周，要求按其在考核期内的上课日比例折算",
    }
    /// A rule whose points are so many for each unit of a number field (`per`).
    per_unit_of(field: Text, phrase: Text) {
        en: "Per record, for each unit of {field}: {phrase}",
        zh: "每条记录按{field}，每 1 {phrase}",
    }
    /// A rule whose points depend on a field's value; `list` is its [`by_value_entry`]s.
    per_record_by(field: Text, list: Text) {
        en: "Per record by {field}: {list}",
        zh: "每条记录按{field}：{list}",
    }
    /// One value of a by-value rule and what it does.
    by_value_entry(value, does: Text) { en: "{value} {does}", zh: "{value} {does}" }
    /// One tier of a tiered rule: up to which value, what it does, its label.
    tier(when: Text, does: Text, label: Text) { en: "{when}: {does}{label}", zh: "{when}：{does}{label}" }
    /// A tier that holds values up to `upto`.
    tier_upto(field: Text, upto) { en: "{field} ≤ {upto}", zh: "{field} ≤ {upto}" }
    /// The last tier, holding every value above the others.
    tier_otherwise { en: "otherwise", zh: "其余" }
    /// A tier's own name, after what it does.
    tier_label(label) { en: " ({label})", zh: "（{label}）" }
    /// A proportional rule: a value times a rate.
    proportional(value: Text, rate) { en: "{value} × {rate} points", zh: "{value} × {rate} 分" }
    /// A ratio rule: the share of records matching a condition times the points.
    ratio(matching: Text, points) {
        en: "share of records where {matching} × {points} points",
        zh: "符合条件（{matching}）的记录占比 × {points} 分",
    }
    /// An import rule: the score is read from a field.
    import(value: Text) {
        en: "Imported score {value} (at most the item's max)",
        zh: "导入分数 {value}（不超过满分）",
    }
    /// A weighted rule: each rater's weight, and the score field.
    weighted(field: Text, list: Text, value: Text) {
        en: "Weighted by {field}: {list} (scored from {value}; several records of a rater are averaged)",
        zh: "按{field}加权：{list}（计分列{value}；同一评价方多条记录取平均）",
    }
}

// --- what limits a rule, after what it does
crate::messages! {
    /// A rule with a cap of its own.
    rule_cap(points: Text) { en: ", at most {points} from this rule", zh: "，本规则最多 {points}" }
    /// A deduction from the maximum that stops at 0.
    down_to_zero { en: ", down to 0", zh: "，扣完为止" }
    /// An import rule where a teacher without a record gets 0.
    import_missing_zero { en: "; 0 without a record", zh: "；无记录计 0 分" }
    /// A weighted rule where a rater without a record counts 0.
    weighted_missing_zero { en: "; a missing rater counts 0", zh: "；缺少的评价方计 0 分" }
    /// A weighted rule where a rater without a record is an error.
    weighted_missing_error { en: "; a missing rater is a data error", zh: "；缺少评价方为数据错误" }
    /// Which records count: the conditions, each a [`condition_when`] or [`condition_exempt`].
    conditions(list: Text) { en: " ({list})", zh: "（{list}）" }
    /// A rule's or adjustment's condition, in words.
    condition_when(expr: Text) { en: "when: {expr}", zh: "条件：{expr}" }
    /// A rule's exemption, by its label or its condition.
    condition_exempt(name: Text) { en: "exempt: {name}", zh: "免扣：{name}" }
}

// --- window rules: a minimum or maximum per day or week
crate::messages! {
    /// A window of one school day.
    window_day { en: "school day", zh: "每个上课日" }
    /// A window of one week.
    window_week { en: "week", zh: "每周" }
    /// The fields a window rule groups by, after the window.
    window_group(list: Text) { en: " and {list}", zh: "每个{list}" }
    /// Between the fields a window rule groups by.
    window_group_names { en: " and ", zh: "、" }
    /// A window rule that sums a value.
    window_sum(value: Text) { en: "a sum of {value}", zh: "{value}合计" }
    /// A window rule that counts records.
    window_count { en: "a count", zh: "次数" }
    /// A window rule with both limits.
    window_outside(lo: Text, hi: Text) { en: "outside {lo}–{hi}", zh: "不在{lo}–{hi}之间" }
    /// A window rule with a minimum.
    window_below(lo: Text) { en: "below {lo}", zh: "少于{lo}" }
    /// A window rule with a maximum.
    window_above(hi: Text) { en: "above {hi}", zh: "多于{hi}" }
    /// A window rule as a whole.
    /// `partial` is empty, or a [`partial_weeks_skipped`]/[`partial_weeks_prorated`] clause.
    window_rule(unit: Text, group: Text, measure: Text, bounds: Text, points: Text, partial: Text) {
        en: "Deduct {points} for each {unit}{group} with {measure} {bounds} (by the school calendar; a window without records counts{partial})",
        zh: "{unit}{group}{measure}{bounds}的，每次扣 {points}（按校历，无记录的时段也计{partial}）",
    }
    /// A window summed across teachers, and who pays for it.
    window_across(charge: Text) {
        en: "; the records of every teacher are summed, and the deduction is charged to {charge}",
        zh: "；按全体教师的记录合计，扣分由{charge}承担",
    }
    window_charge_contributors {
        en: "every teacher with a record in the window",
        zh: "窗口里有记录的每位教师",
    }
    window_charge_lookup(expr: Text) {
        en: "the teacher {expr} names",
        zh: "{expr}所指的教师",
    }
}

// --- relative rules: a teacher against the group
crate::messages! {
    /// A relative rule on each teacher's sum.
    relative_sum { en: "Sum", zh: "合计" }
    /// A relative rule on each teacher's mean.
    relative_mean { en: "Mean", zh: "平均" }
    /// A relative rule comparing the whole roster.
    relative_whole_roster { en: "whole roster", zh: "全校比较" }
    /// A relative rule comparing within groups of roster fields.
    relative_grouped(list: Text) { en: "grouped by {list}", zh: "按{list}分组比较" }
    /// Against the group's largest.
    relative_max(value: Text, total: Text, points: Text) {
        en: "{total} of {value} ÷ the group's largest × {points}",
        zh: "{value}{total} ÷ 组内最高 × {points}",
    }
    /// Against the group's average.
    relative_average(value: Text, total: Text, points: Text) {
        en: "{total} of {value} ÷ the group's average × {points}",
        zh: "{value}{total} ÷ 组内平均 × {points}",
    }
    /// By rank, the points falling evenly from first to last.
    relative_rank_linear(value: Text, total: Text, points: Text) {
        en: "By rank of the {total} of {value}: (n − rank + 1) ÷ n × {points}, ties share the better rank",
        zh: "按{value}{total}排名，(人数 − 名次 + 1) ÷ 人数 × {points}，并列取高名次",
    }
    /// By rank, each rank's points listed.
    relative_rank_table(value: Text, total: Text, list: Text) {
        en: "By rank of the {total} of {value}: {list}; later ranks as the last, ties share the better rank",
        zh: "按{value}{total}排名：{list}，其后同末位，并列取高名次",
    }
    /// One rank's points in a rank table.
    relative_rank_points(rank, points) { en: "rank {rank}: {points}", zh: "第 {rank} 名 {points} 分" }
    /// A relative rule as a whole.
    relative_rule(how: Text, scope: Text) {
        en: "{how} ({scope}; teachers without records are left out)",
        zh: "{how}（{scope}；无记录者不参与）",
    }
}

// --- what acts on totals: threshold and adjustment
crate::messages! {
    /// A category's or item's threshold.
    below_threshold(min) { en: "0 when below {min}", zh: "低于 {min} 分计 0 分" }
    /// A record an adjustment needs, by its label and source.
    required_record(label, source) { en: "{label} ({source})", zh: "{label}（{source}）" }
    /// The records an adjustment needs.
    records_needed(list: Text) { en: "records needed: {list}", zh: "须有记录：{list}" }
    /// An adjustment of a category's subtotal.
    adjustment(category, factor, rounding: Text, places, conditions: Text) {
        en: "Subtotal of {category} × {factor}, rounded {rounding} to {places} places ({conditions})",
        zh: "类别「{category}」合计 × {factor}，按{rounding}保留 {places} 位（{conditions}）",
    }
}

// --- the quota's policies, one line each
crate::messages! {
    /// Each value of a roster field ranked on its own.
    quota_scope_apart(field: Text) { en: "each {field} ranked apart", zh: "按{field}分别排名" }
    /// One ranking for all.
    quota_scope_all { en: "all teachers ranked together", zh: "全体教师一起排名" }
    /// Places counted by largest remainder.
    quota_counts_largest_remainder {
        en: "places by largest remainder: each grade first takes the whole part of share × teachers ranked, then the places left go one each to the largest fractional parts (equal parts to the better grade)",
        zh: "名额按最大余额法分配：各等级先取 比例 × 参与排名人数 的整数部分，余下名额按小数部分从大到小逐个分配（小数部分相同给较高等级）",
    }
    /// Places counted by rounding, the last grade taking the rest.
    quota_counts_round(rounding: Text) {
        en: "places = share × teachers ranked, rounded {rounding}; the last grade takes the rest",
        zh: "名额 = 比例 × 参与排名人数，{rounding}取整；最后一个等级取其余名额",
    }
    /// Ties across a boundary take the better grade.
    quota_ties_better {
        en: "equal teachers across a boundary all take the better grade",
        zh: "同分跨越名额界线时，并列者均取较高等级",
    }
    /// Ties across a boundary take the worse grade.
    quota_ties_worse {
        en: "equal teachers across a boundary all take the worse grade",
        zh: "同分跨越名额界线时，并列者均取较低等级",
    }
    /// No tie-breaks.
    quota_tie_break_none { en: "none (equal totals are tied)", zh: "无（总分相同即并列）" }
    /// The scores that break ties, in order.
    quota_tie_break_list(list: Text) { en: "{list} (higher first)", zh: "{list}（高者在前）" }
    /// Vetoed teachers are left out of the counts.
    quota_vetoed_exclude {
        en: "taken out before places are counted; graded by their veto",
        zh: "先剔除被一票否决的教师再计算名额；其等级由否决决定",
    }
    /// Vetoed teachers are ranked and hold places.
    quota_vetoed_include {
        en: "ranked and holding their places; graded by their veto",
        zh: "被一票否决的教师参与排名并占用名额位置；其等级由否决决定",
    }
}
