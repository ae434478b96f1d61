//! `analyze`: whether a rubric's scoring is fair — the raters of its
//! weighted rules, the roster's groups, and how much each rule decides.

// --- the report's headings and the rules it states
crate::messages! {
    /// The report's title; `rubric` is the rubric's name.
    analyze_title(rubric) {
        en: "Fairness report: {rubric}",
        zh: "评分公平性分析：{rubric}",
    }
    /// The period line.
    analyze_period(from, to) {
        en: "Period: {from} to {to}",
        zh: "考核期：{from} 至 {to}",
    }
    /// The period line when the run has none.
    analyze_no_period { en: "Period: not given", zh: "考核期：未指定" }
    /// How numbers are computed and shown.
    analyze_rounding {
        en: "Arithmetic is exact decimal; a mean is a division to 28 significant digits; shown rounded half away from zero to 2 places. Spread is the smallest and largest value and the mean absolute deviation (mean of |value − mean|), not a standard deviation, so no square root is taken.",
        zh: "计算用精确十进制；平均数为除法，保留 28 位有效数字；显示时四舍五入到 2 位小数。离散程度用最小值、最大值和平均绝对偏差（|值 − 平均数| 的平均数）表示，不用标准差，因此不开平方。",
    }
    /// Part 1's heading.
    analyze_raters_heading { en: "1. Raters", zh: "一、评价方" }
    /// Part 1's rule for an outlier.
    analyze_rater_rule(gap) {
        en: "An outlier: a teacher on whom one rater's score differs from the mean of the other raters' scores by {gap} points or more (--rater-gap).",
        zh: "异常：某评价方给某位教师的分数与其他评价方分数的平均数相差 {gap} 分及以上（--rater-gap）。",
    }
    /// Part 1 when the rubric has no weighted rule.
    analyze_no_weighted { en: "The rubric has no weighted rule: no raters to compare.", zh: "方案中没有加权规则（weighted），没有评价方可比较。" }
    /// A weighted rule's heading: the item's name and the rule's label.
    analyze_weighted_rule(item, rule) {
        en: "Item {item}, rule {rule}",
        zh: "考核项 {item}，规则 {rule}",
    }
    /// An outlier line.
    analyze_outlier(rater, key, name, score, others, gap) {
        en: "Outlier: {rater} gave {key} {name} {score}; the other raters' mean is {others} (difference {gap})",
        zh: "异常：{rater} 给 {key} {name} 打 {score} 分；其他评价方平均 {others} 分（相差 {gap}）",
    }
    /// No outlier for a rule.
    analyze_no_outlier { en: "No outlier.", zh: "没有异常。" }
    /// Part 2's heading.
    analyze_groups_heading { en: "2. Groups", zh: "二、分组" }
    /// Part 2's rule for a group far from the whole.
    analyze_group_rule(share, mean, min) {
        en: "A group is flagged when it has at least {min} graded teachers and its top grade's share differs from the whole's by {share} points or more (--share-gap), or its mean total differs from the whole's by {mean}% of full marks or more (--mean-gap). Shares are of the teachers graded without a veto; vetoed teachers are counted apart.",
        zh: "分组在以下情况标记：不少于 {min} 位参与评等的教师，且最高等级占比与全体相差 {share} 个百分点及以上（--share-gap），或平均总分与全体相差满分的 {mean}% 及以上（--mean-gap）。占比按未被否决的教师计算；被一票否决的教师单独计数。",
    }
    /// Part 2 when the roster has no field to group by.
    analyze_no_groups { en: "The roster has no field to group teachers by.", zh: "名册中没有可用于分组的字段。" }
    /// A grouping's heading: the roster field and its column header.
    analyze_grouping(field, header) {
        en: "By {header} ({field})",
        zh: "按{header}（{field}）",
    }
    /// The whole, as a row of a group table.
    analyze_whole { en: "(all)", zh: "（全体）" }
    /// A blank roster value, as a group.
    analyze_blank { en: "(blank)", zh: "（未填）" }
    /// The rubric's quota, as a row of a group table.
    analyze_quota_row { en: "(quota)", zh: "（名额）" }
    /// A flagged group: its top share.
    analyze_flag_share(field, group, grade, share, whole) {
        en: "Flag: {field} {group}: {grade} {share}% against {whole}% for all",
        zh: "标记：{field} {group}：{grade}占 {share}%，全体为 {whole}%",
    }
    /// A flagged group: its mean.
    analyze_flag_mean(field, group, mean, whole) {
        en: "Flag: {field} {group}: mean total {mean} against {whole} for all",
        zh: "标记：{field} {group}：平均总分 {mean}，全体为 {whole}",
    }
    /// No group flagged.
    analyze_no_flag { en: "No group is flagged.", zh: "没有分组被标记。" }
    /// Part 3's heading.
    analyze_sensitivity_heading { en: "3. Sensitivity", zh: "三、规则敏感性" }
    /// Part 3's method.
    analyze_sensitivity_rule(moves) {
        en: "Each rule removed in turn, the rubric re-graded by the same engine on the same inputs (read again for each rule). Rules ranked by how many grades they decide; up to {moves} largest moves each.",
        zh: "逐条去掉一条规则，用同一引擎对同一批输入重新评分定等（每条规则重新读取一次输入）。按影响等级的教师人数排序；每条规则列出变化最大的至多 {moves} 位教师。",
    }
    /// Part 3 when the rubric has no item rule.
    analyze_no_rules { en: "The rubric has no item rule.", zh: "方案中没有考核项规则。" }
    /// A rule's line: how many teachers change grade without it.
    analyze_rule_effect(item, rule, changed, total) {
        en: "Without {item} / {rule}: {changed} of {total} teachers change grade",
        zh: "去掉 {item} / {rule}：{total} 位教师中 {changed} 位等级改变",
    }
    /// One teacher's move without a rule.
    analyze_move(key, name, before, after, from, to) {
        en: "{key} {name}: total {before} → {after}, grade {from} → {to}",
        zh: "{key} {name}：总分 {before} → {after}，等级 {from} → {to}",
    }
    /// No grade: shown where a teacher has none.
    analyze_no_grade { en: "-", zh: "-" }
    /// The sheet's name.
    analyze_sheet { en: "Analysis", zh: "分析" }
}

// --- table columns
crate::messages! {
    /// Column: the rater.
    analyze_col_rater { en: "rater", zh: "评价方" }
    /// Column: the rater's weight.
    analyze_col_weight { en: "weight %", zh: "权重%" }
    /// Column: teachers rated.
    analyze_col_count { en: "teachers", zh: "人数" }
    /// Column: the mean.
    analyze_col_mean { en: "mean", zh: "平均" }
    /// Column: the smallest value.
    analyze_col_min { en: "min", zh: "最低" }
    /// Column: the largest value.
    analyze_col_max { en: "max", zh: "最高" }
    /// Column: the mean absolute deviation.
    analyze_col_mad { en: "mean abs. dev.", zh: "平均绝对偏差" }
    /// Column: outliers.
    analyze_col_outliers { en: "outliers", zh: "异常数" }
    /// Column: the group.
    analyze_col_group { en: "group", zh: "分组" }
    /// Column: vetoed teachers.
    analyze_col_vetoed { en: "vetoed", zh: "否决" }
    /// Column: the mean total.
    analyze_col_mean_total { en: "mean total", zh: "平均总分" }
    /// Column: a grade's count and share; `grade` is its name.
    analyze_col_grade(grade) { en: "{grade} n (%)", zh: "{grade} 人数(%)" }
}
