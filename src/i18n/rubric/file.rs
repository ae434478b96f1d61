//! The rubric file as a whole: reading it, its top-level keys, rounding modes, the calendar, `[[adjust]]`, grades, vetoes, quotas and the roster.

// --- reading the rubric file
crate::messages! {
    /// Why a rubric file cannot be read: `reason` is the system's.
    rubric_unreadable(path, reason: Text) {
        en: "cannot read rubric {path}: {reason}",
        zh: "无法读取评分方案文件 {path}：{reason}",
    }
    /// A rubric saved in another encoding (GBK by an older editor, say);
    /// `at` is the 1-based offset of the first byte that is not UTF-8.
    rubric_not_utf8(path, source, at) {
        en: "cannot read rubric {path}: not UTF-8 text: {source}",
        zh: "无法读取评分方案文件 {path}：从第 {at} 个字节起不是 UTF-8 文本；\
             请在编辑器里把它另存为 UTF-8 编码",
    }
    /// The file named does not exist.
    file_not_found { en: "file not found", zh: "文件不存在" }
    /// The file exists but may not be read.
    no_read_permission { en: "permission denied", zh: "没有读取权限" }
}

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
    /// `at = "items"`: where a rubric rounds.
    rounding_at_items { en: "each item", zh: "每个考核项" }
    /// `at = "categories"`.
    rounding_at_categories { en: "each category subtotal", zh: "每个类别小计" }
    /// `at = "total"`.
    rounding_at_total { en: "the total, once", zh: "仅总分（一次）" }
}

// --- the working calendar: days and weeks in window explanations
crate::messages! {
    day_with_name(day, en, zh) {
        en: "{day} ({en})",
        zh: "{day}（{zh}）",
    }
    iso_week_range(year, n, first, last) {
        en: "{year}-W{n:02} ({first} to {last})",
        zh: "{year}-W{n:02}（{first} 至 {last}）",
    }
}

// --- `[[adjust]]`: category, factor, condition and required records
crate::messages! {
    adjustment_defined_twice(id) {
        en: "adjustment `{id}` is defined twice",
        zh: "调整项 `{id}` 定义了两次",
    }
    no_category_categories(wanted, known_en, known_zh) {
        en: "no category `{wanted}`; categories: {known_en}",
        zh: "没有类别 `{wanted}`；已有的类别：{known_zh}",
    }
    adjustment_factor_above_most_reduces() {
        en: "an adjustment's factor is above 0 and at most 1 (0.5 for 折半计入): \
                         it reduces a subtotal; points earned belong in an item",
        zh: "调整项的系数 factor 应大于 0 且不超过 1（折半计入写 0.5）：\
                         它只能把小计调低；要加的分请写成考核项",
    }
    adjustment_needs_when_over_roster() {
        en: "an adjustment needs `when` (over the roster row) or `requires` (records the \
                         teacher must have); one that applies to everyone is a different maximum",
        zh: "调整项要写 `when`（按名册行判断）或 `requires`（教师必须有的记录）；\
                         对所有人都生效的调整，应直接改满分",
    }
}

// --- `[[grades]]` and `[[veto]]`
crate::messages! {
    grade_defined_twice(name) {
        en: "grade `{name}` is defined twice",
        zh: "等级 `{name}` 定义了两次",
    }
    only_last_lowest_grade_may() {
        en: "only the last (lowest) grade may leave out `min`; list grades from best to worst",
        zh: "只有最后一个（最低的）等级可以不写 `min`；等级要从高到低排列",
    }
    last_lowest_grade_must_leave() {
        en: "the last (lowest) grade must leave out `min`, so every score has a grade",
        zh: "最后一个（最低的）等级不能写 `min`，这样每个分数都有等级",
    }
    grades_go_from_best_worst() {
        en: "grades go from best to worst: each `min` below the one before",
        zh: "等级要从高到低排列：每个 `min` 都要低于前一个",
    }
    veto_defined_twice(id) {
        en: "veto `{id}` is defined twice",
        zh: "否决项 `{id}` 定义了两次",
    }
    no_grade_grades(wanted, names_en, names_zh) {
        en: "no grade `{wanted}`; grades: {names_en}",
        zh: "没有等级 `{wanted}`；已有的等级：{names_zh}",
    }
}

// --- `[quota]` and the grades' shares
crate::messages! {
    under_quota_grade_has_share() {
        en: "under [quota] a grade has a `share` of the ranking, not a `min` score",
        zh: "有 [quota] 时，等级按排名比例 `share` 划分，不能写最低分 `min`",
    }
    share_percent_from() {
        en: "a share is a percent from 0 to 100",
        zh: "比例 share 是 0 到 100 之间的百分数",
    }
    grade_needs_share_percent_ranking(name) {
        en: "grade `{name}` needs `share = N`, its percent of the ranking",
        zh: "等级 `{name}` 要写 `share = N`，即它在排名中所占的百分比",
    }
    grades_share_need_quota_table() {
        en: "grades with `share` need a [quota] table saying how counts are rounded \
                         (`counts`), who takes a tied boundary (`ties`) and whether vetoed teachers \
                         count (`vetoed`)",
        zh: "等级写了 `share` 时，需要一个 [quota] 表，写明人数怎样取整（`counts`）、\
                         分界处同分时归哪一等（`ties`）、被否决的教师是否计入（`vetoed`）",
    }
    grades_shares_add_up_not(sum, terms) {
        en: "the grades' shares add up to {sum}%, not 100%: {terms}",
        zh: "各等级比例之和应为 100，现在是 {sum}：{terms}",
    }
    quota_needs_grade_entries_best() {
        en: "[quota] needs [[grade]] entries, best first, each with its `share`",
        zh: "[quota] 需要 [[grade]] 等级，从高到低排列，每个都写上 `share`",
    }
    roster_has_no_field_fields(field, names_en, names_zh) {
        en: "the roster has no field `{field}`; its fields: {names_en}",
        zh: "名册里没有字段 `{field}`；名册的字段有：{names_zh}",
    }
    counts_how_share_teachers_rounded(names) {
        en: "counts is how `share × teachers` is rounded: one of {names}",
        zh: "counts 是 `比例 × 教师人数` 的取整方式，可用：{names}",
    }
    ties_better_all_tied_take(other) {
        en: "ties is `better` (all tied take the better grade) or `worse` (all take \
                         the worse one), not `{other}`; name scores that break ties in `tie_break`",
        zh: "ties 只能写 `better`（同分的都取较高等级）或 `worse`（都取较低等级），\
                         不能写 `{other}`；用来区分同分的分数请写在 `tie_break` 里",
    }
    vetoed_exclude_taken_out_before(other) {
        en: "vetoed is `exclude` (taken out before the quota is counted) or `include` \
                         (they hold their place in the ranking), not `{other}`",
        zh: "vetoed 只能写 `exclude`（计算名额前先去掉）或 `include`（保留在排名里），\
                         不能写 `{other}`",
    }
    no_item_category_break_ties(wanted) {
        en: "no item or category `{wanted}` to break ties with",
        zh: "没有可用来区分同分的考核项或类别 `{wanted}`",
    }
}

// --- `[roster]`
crate::messages! {
    roster_source_unpivots(source) {
        en: "the roster source `{source}` unpivots: a roster lists each teacher once, one row each, not one record per day (to take the teachers from the export's records, write `from_records = true`)",
        zh: "名册数据源 `{source}` 写了 unpivot：名册每位教师只占一行，不能按天拆成多条记录（如要从导出记录中取教师，请写 `from_records = true`）",
    }
    roster_source_has_no_field(source, field) {
        en: "the roster source `{source}` has no field `{field}`",
        zh: "名册数据源 `{source}` 里没有字段 `{field}`",
    }
    roster_key_must_have_type() {
        en: "the roster key must have type \"key\" (keys are text: leading zeros kept)",
        zh: "名册的编号字段类型必须是 \"key\"（编号按文本处理，开头的 0 会保留）",
    }
    /// `from_records = true` on a roster source whose `teacher` is not the roster key.
    roster_from_records_teacher_not_key(source, key, teacher) {
        en: "with `from_records = true` the roster key `{key}` names the teacher of every record of `{source}`, but the source says `teacher = \"{teacher}\"`: make them the same field (or leave `teacher` out)",
        zh: "`from_records = true` 时，名册编号 `{key}` 就是 `{source}` 每条记录的教师，但该数据源写的是 `teacher = \"{teacher}\"`：请写成同一个字段（或删去 `teacher`）",
    }
    unknown_teachers_error_skip_not(other) {
        en: "unknown_teachers is `error` or `skip`, not `{other}`",
        zh: "unknown_teachers 只能写 `error` 或 `skip`，不能写 `{other}`",
    }
}

// --- the rubric as a whole: top-level keys, rounding, thresholds, counts
crate::messages! {
    unknown_locale_use_zh_en(other) {
        en: "unknown locale `{other}`; use `zh` or `en`",
        zh: "未知的语言 `{other}`；请写 `zh`（中文）或 `en`（英文）",
    }
    category_defined_twice(id) {
        en: "category `{id}` is defined twice",
        zh: "类别 `{id}` 定义了两次",
    }
    category_max() {
        en: "a category's max",
        zh: "类别的满分 max",
    }
    category() {
        en: "category",
        zh: "类别",
    }
    rubric_has_no_category_add() {
        en: "the rubric has no [[category]]; add at least one with its items",
        zh: "评分方案里没有 [[category]]；请至少写一个类别及其考核项",
    }
    item_defined_twice(id) {
        en: "item `{id}` is defined twice",
        zh: "考核项 `{id}` 定义了两次",
    }
    category_has_no_items(id) {
        en: "category `{id}` has no items",
        zh: "类别 `{id}` 下没有考核项",
    }
    category_has_max_but_items(id, max, sum) {
        en: "category `{id}` has max {max} but its items' maxima add up to {sum}",
        zh: "类别 `{id}` 的满分是 {max}，但其下考核项的满分之和是 {sum}",
    }
    full_marks_but_categories_maxima(stated, sum) {
        en: "full_marks is {stated} but the categories' maxima add up to {sum}",
        zh: "总分 full_marks 写的是 {stated}，但各类别满分之和是 {sum}",
    }
    threshold_above_most_max(what_en, max, what_zh) {
        en: "a {what_en}'s threshold is above 0 and at most its max {max}",
        zh: "{what_zh}的及格线 threshold 应大于 0，且不超过它的满分 {max}",
    }
    rounding_places_must_between() {
        en: "rounding places must be between 0 and 10",
        zh: "保留小数位数 places 应在 0 到 10 之间",
    }
    unknown_rounding_at(at, names) {
        en: "rounding `at` is where scores are rounded, not `{at}`; use one of {names}",
        zh: "舍入位置 `at` 不能是 `{at}`；可用：{names}",
    }
    unknown_parent_category(wanted, known_en, known_zh) {
        en: "no category `{wanted}` to be inside; categories: {known_en}",
        zh: "没有上级类别 `{wanted}`；已有的类别：{known_zh}",
    }
    category_inside_itself(chain) {
        en: "categories inside each other in a circle: {chain}; a parent cannot be inside its own child",
        zh: "类别互为上级，形成循环：{chain}；上级类别不能在自己的下级之内",
    }
    category_has_max_but_parts(id, max, sum, parts_en, parts_zh) {
        en: "category `{id}` has max {max} but its items and the categories inside it add up to {sum} ({parts_en})",
        zh: "类别 `{id}` 的满分是 {max}，但其下考核项与下级类别的满分之和是 {sum}（{parts_zh}）",
    }
    unknown_rounding_mode_use_one(m, names) {
        en: "unknown rounding mode `{m}`; use one of {names}",
        zh: "未知的舍入方式 `{m}`；可用：{names}",
    }
    least_number_records_whole_number(shown) {
        en: "`at_least` is a number of records: a whole number, 1 or more, not {shown}",
        zh: "`at_least` 是记录的条数，应为不小于 1 的整数，不能是 {shown}",
    }
    must_greater_than(what_en, what_zh) {
        en: "{what_en} must be greater than 0",
        zh: "{what_zh} 必须大于 0",
    }
    no_source_sources(wanted, ids_en, ids_zh) {
        en: "no source `{wanted}`; sources: {ids_en}",
        zh: "没有数据源 `{wanted}`；已有的数据源：{ids_zh}",
    }
    points_written_positive_rule_kind() {
        en: "points are written positive; the rule kind says whether they are added or deducted",
        zh: "分数一律写正数；加分还是扣分由规则类型决定",
    }
}
