//! `rollup`: combining a term from its periods — why it cannot, and the
//! term's table and workbook.

// --- why the term cannot be combined
crate::messages! {
    /// Results without a period, given without a weight.
    no_period_recorded(origin) {
        en: "{origin}: the results name no period, so its length is unknown; pass --weight for every input",
        zh: "{origin}：结果中没有写考核期，无法知道它有多长；请为每个输入都加上 --weight",
    }
    /// Two periods that share days.
    periods_overlap(a, b, from, to) {
        en: "{a} and {b} overlap ({from} to {to} in both): the days would count twice",
        zh: "{a} 与 {b} 的考核期重叠（{from} 至 {to} 两者都有）：这些天会被算两次",
    }
    /// Teachers absent from some periods; each is a [`teacher_absent_from`],
    /// joined by [`absent_separator`].
    teachers_missing(count, teachers: Text) {
        en: "{count} teacher(s) are missing from some periods: {teachers}; pass --partial to combine only the periods each has",
        zh: "有 {count} 位教师在部分考核期中缺失：{teachers}；如只合并每人已有的考核期，请加 --partial",
    }
    /// Between the teachers absent from some periods.
    absent_separator { en: "; ", zh: "；" }
    /// A teacher and the results that lack them; `files` is a list.
    teacher_absent_from(key, name, files: Text) {
        en: "{key} {name} (not in {files})",
        zh: "{key} {name}（不在 {files} 中）",
    }
    /// A grade a veto forced that the rubric does not have.
    veto_grade_unknown(origin, key, grade, grades) {
        en: "{origin}: teacher {key} has grade `{grade}` from a veto, which is not a grade of the rubric ({grades})",
        zh: "{origin}：教师 {key} 因一票否决得到等次 `{grade}`，但方案中没有这个等次（{grades}）",
    }
    /// The quota ranks within a roster field results do not carry.
    quota_scope_not_in_results(field) {
        en: "the rubric's [quota] ranks within `{field}`, but results carry only the roster's school: results cannot be ranked by it",
        zh: "方案的 [quota] 按 `{field}` 分组排名，但结果中只有名册里的学校：无法按它排名",
    }
    /// A teacher without the school the quota ranks within.
    teacher_without_school(key, name) {
        en: "teacher {key} {name} has no school in any of the results, and the rubric's [quota] ranks within schools",
        zh: "教师 {key} {name} 在所有结果中都没有学校，而方案的 [quota] 按学校排名",
    }
    /// Results with an item the rubric does not have.
    results_item_not_in_rubric(origin, item, rubric) {
        en: "{origin}: item `{item}` is not in the rubric {rubric}: these results were scored with another rubric and cannot be combined",
        zh: "{origin}：考核项 `{item}` 不在方案 {rubric} 中：这份结果是用另一个方案评出的，不能合并",
    }
    /// Results without one of the rubric's items.
    results_lack_item(origin, item, rubric) {
        en: "{origin}: no item `{item}` of the rubric {rubric}: these results were scored with another rubric and cannot be combined",
        zh: "{origin}：没有方案 {rubric} 的考核项 `{item}`：这份结果是用另一个方案评出的，不能合并",
    }
}

// --- weights
crate::messages! {
    /// Weights given for some inputs only.
    weights_partial(given, count) {
        en: "{given} of {count} inputs have a weight: give one for every input or none",
        zh: "{count} 个输入中只有 {given} 个给了权重：要么每个都给，要么都不给",
    }
    /// A weight above the largest number a rubric takes.
    weight_too_large(origin, weight, limit) {
        en: "{origin}: weight {weight} is too large: a weight is at most {limit}",
        zh: "{origin}：权重 {weight} 太大：权重最大为 {limit}",
    }
    /// A weight of zero or less.
    weight_not_positive(origin, weight) {
        en: "{origin}: weight {weight} is not positive",
        zh: "{origin}：权重 {weight} 不是正数",
    }
    /// A weighted sum beyond a decimal.
    weighted_sum_too_large(key) {
        en: "teacher {key}: the weighted sum of the periods is too large to compute exactly",
        zh: "教师 {key}：各期间的加权合计太大，无法精确计算",
    }
}

// --- a term grade a veto forced; `origins` is a list of the periods it was found in
crate::messages! {
    /// The veto's grade holds the place the teacher ranked at.
    veto_basis_holding_place(origins: Text, rank, of) {
        en: "veto ({origins}) (ranked {rank} of {of}, holding the place)",
        zh: "一票否决（{origins}）（排名 第 {rank}/{of} 名，占用名额位置）",
    }
    /// The vetoed teacher is left out of the quota ranking.
    veto_basis_excluded(origins: Text) {
        en: "veto ({origins}) (taken out of the quota ranking)",
        zh: "一票否决（{origins}）（不参加名额排序）",
    }
    /// A veto's grade without a quota.
    veto_basis(origins: Text) {
        en: "veto ({origins})",
        zh: "一票否决（{origins}）",
    }
}

// --- the terminal
crate::messages! {
    /// A period combined, with its days.
    period_line_with_days(label, origin, days, weight) {
        en: "period {label}: {origin}, {days} days, weight {weight}",
        zh: "期间 {label}：{origin}，{days} 天，权重 {weight}",
    }
    /// A period combined by an explicit weight, without dates.
    period_line(label, origin, weight) {
        en: "period {label}: {origin}, weight {weight}",
        zh: "期间 {label}：{origin}，权重 {weight}",
    }
    /// Table column: the teacher's school.
    table_school { en: "school", zh: "学校" }
    /// Table column: the term's total.
    table_term { en: "term", zh: "学期总分" }
    /// Table column: the term's grade.
    table_grade { en: "grade", zh: "等级" }
    /// Table column: what decided the grade.
    table_by { en: "by", zh: "依据" }
    /// Table column: the place in the quota ranking.
    table_rank { en: "rank", zh: "名次" }
    /// How many teachers took each grade; `counts` is a list.
    grade_counts(counts: Text) {
        en: "grades: {counts}",
        zh: "等级：{counts}",
    }
}

// --- what decided a term grade, in the table and the workbook
crate::messages! {
    /// A veto decided the grade.
    graded_by_veto { en: "veto", zh: "否决" }
    /// The quota decided the grade.
    graded_by_quota { en: "quota", zh: "名额" }
    /// The total's band decided the grade.
    graded_by_band { en: "band", zh: "分数段" }
}

// --- the workbook
crate::messages! {
    /// Sheet: each teacher's term.
    sheet_term_summary { en: "Term summary", zh: "学期汇总" }
    /// Sheet: each teacher's term items.
    sheet_term_items { en: "Term items", zh: "学期项目" }
    /// Sheet: the periods and their weights.
    sheet_weights { en: "Weights", zh: "权重" }
    /// Column: the teacher's school.
    column_school { en: "School", zh: "学校" }
    /// Column: the term's total.
    column_term_total { en: "Term total", zh: "学期总分" }
    /// Column: the term's grade.
    column_grade { en: "Grade", zh: "等级" }
    /// Column: what decided the grade.
    column_graded_by { en: "Graded by", zh: "依据" }
    /// Column: the place in the quota ranking.
    column_rank { en: "Rank", zh: "名次" }
    /// Column: how the grade was decided, in words.
    column_grade_basis { en: "Grade basis", zh: "等级依据" }
    /// Column: the results' file.
    column_source { en: "Source", zh: "来源" }
    /// Column: the period's dates.
    column_period { en: "Period", zh: "时段" }
    /// Column: the period's days.
    column_days { en: "Days", zh: "天数" }
    /// Column: the period's weight.
    column_weight { en: "Weight", zh: "权重" }
}

// --- the printed workbook
crate::messages! {
    /// What a rollup workbook combines, after each sheet's name in its title row.
    rollup_printed_what(rubric, periods) {
        en: "{rubric}, term of {periods}",
        zh: "{rubric}，学期（{periods}）",
    }
}
