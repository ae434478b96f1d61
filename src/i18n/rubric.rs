//! What the rubric says, in both languages: the names of its rounding
//! modes, and every diagnostic about a rubric file and its expressions,
//! grouped by the part of the rubric they are about.

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

// --- evaluating an expression against one record
crate::messages! {
    /// A blank value used in a comparison or in arithmetic.
    field_blank(field) {
        en: "field `{field}` is blank",
        zh: "字段 `{field}` 为空",
    }
    division_by_zero { en: "division by zero", zh: "除数为 0" }
    /// A result beyond the range of a decimal.
    arithmetic_overflow { en: "arithmetic overflow", zh: "计算结果超出可表示的范围" }
    /// A value the reader gave that is not of its field's declared type.
    field_not_declared_type(field, declared) {
        en: "field `{field}` holds a value that is not of its declared type {declared}",
        zh: "字段 `{field}` 的值不是声明的类型 {declared}",
    }
    /// A lookup table with no row for the keys (and date) looked up.
    no_table_row(table, keys) {
        en: "table `{table}` has no value for {keys}",
        zh: "查找表 `{table}` 里没有 {keys} 对应的值",
    }
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

// --- `[calendar]`, `[tables.NAME]`, and the `window` and `relative` rules
crate::messages! {
    calendar_ends_before_starts(to, from) {
        en: "the calendar ends on {to} before it starts on {from}",
        zh: "校历的结束日 {to} 早于开始日 {from}",
    }
    give_both_from_calendar_own() {
        en: "give both `from` and `to`: the calendar's own period runs from one to the other",
        zh: "`from` 和 `to` 要一起写：校历的时段从 from 到 to",
    }
    already_no_school_day_holidays(d, en, zh) {
        en: "{d} is a {en}, already no school day; `holidays` lists weekdays without school",
        zh: "{d} 是{zh}，本来就不上课；`holidays` 只列不上课的工作日",
    }
    listed_twice(d) {
        en: "{d} is listed twice",
        zh: "{d} 重复写了两次",
    }
    already_school_day_workdays_lists(d, en, zh) {
        en: "{d} is a {en}, already a school day; `workdays` lists weekend days with school (调休)",
        zh: "{d} 是{zh}，本来就上课；`workdays` 只列要上课的周末（调休）",
    }
    table_name_must_ascii_identifier(name) {
        en: "table name `{name}` must be an ASCII identifier: expressions name it",
        zh: "查找表名 `{name}` 只能由英文字母、数字和 _ 组成：表达式里要用它",
    }
    table_needs_least_one_key() {
        en: "a table needs at least one key, like keys = [\"subject\"]",
        zh: "查找表至少要有一个键，如 keys = [\"subject\"]",
    }
    table_has_no_row(name) {
        en: "table `{name}` has no row",
        zh: "查找表 `{name}` 没有任何行",
    }
    this_row_has_key_but(given, wanted, list_en, list_zh) {
        en: "this row has {given} key(s), but the table's keys are {wanted} ({list_en})",
        zh: "这一行有 {given} 个键，但查找表的键是 {wanted} 个（{list_zh}）",
    }
    second_value_each_key_has(keys_en, from_en, keys_zh, from_zh) {
        en: "a second value for {keys_en}{from_en}; each key has one value from each day",
        zh: "键 {keys_zh}{from_zh} 有了第二个值；同一组键从同一天起只能有一个值",
    }
    window_rule_places_records_days(id) {
        en: "a window rule places records in days or weeks by their date, but source `{id}` names no `date` field",
        zh: "window 规则按日期把记录分到每天或每周，但数据源 `{id}` 没有指定 `date` 字段",
    }
    window_rule_needs_window_day() {
        en: "a window rule needs `window = \"day\"` or `window = \"week\"`",
        zh: "window 规则要写 `window = \"day\"`（按天）或 `window = \"week\"`（按周）",
    }
    window_day_week_not(other) {
        en: "window is `day` or `week`, not `{other}`",
        zh: "window 只能写 `day` 或 `week`，不能写 `{other}`",
    }
    source_has_no_field_group(id, name, list_en, list_zh) {
        en: "source `{id}` has no field `{name}` to group by; its fields: {list_en}",
        zh: "数据源 `{id}` 里没有用来分组的字段 `{name}`；它的字段有：{list_zh}",
    }
    window_rule_needs_least_minimum() {
        en: "a window rule needs `at_least` (a minimum per window), `at_most` (a maximum), or both",
        zh: "window 规则要写 `at_least`（每个时段的下限）、`at_most`（上限），或两者都写",
    }
    most_below_least_no_window(hi, lo) {
        en: "at_most {hi} is below at_least {lo}: no window could pass",
        zh: "at_most {hi} 小于 at_least {lo}：没有哪个时段能达标",
    }
    window_rule_needs_points_what() {
        en: "a window rule needs `points`: what each window outside its limits costs",
        zh: "window 规则要写 `points`：每个不达标的时段扣多少分",
    }
    points() {
        en: "points",
        zh: "分数 points",
    }
    not_number_rubrics_compute(f) {
        en: "{f} is not a number rubrics compute with",
        zh: "{f} 不是评分方案能计算的数字",
    }
    window_limit_worked_out_once() {
        en: "(a window's limit is worked out once per teacher: it may read \
                                     teacher.NAME fields and tables, not the records' fields)",
        zh: "（window 规则的上下限按教师计算一次：只能用 teacher.字段名 和查找表，\
                                     不能用记录里的字段）",
    }
    limit_number_expression_quotes_table() {
        en: "a limit is a number (5) or an expression in quotes ('table(\"qa_minutes\", teacher.subject)')",
        zh: "上下限写数字（如 5），或写在引号里的表达式（如 'table(\"qa_minutes\", teacher.subject)'）",
    }
    limit_cannot_negative() {
        en: "a limit cannot be negative",
        zh: "上下限不能是负数",
    }
    relative_rule_needs_value_what() {
        en: "a relative rule needs `value`: what each record adds to the teacher's value",
        zh: "relative 规则要写 `value`：每条记录给教师累计多少",
    }
    relative_rule_groups_teachers_roster(bare, list_en, list_zh) {
        en: "a relative rule groups teachers by roster fields, and the roster has no `{bare}`; \
                                     its fields: {list_en}",
        zh: "relative 规则按名册字段给教师分组，但名册里没有 `{bare}`；\
                                     名册的字段有：{list_zh}",
    }
    relative_rule_needs_against_max() {
        en: "a relative rule needs `against = \"max\"`, `\"average\"` or `\"rank\"`",
        zh: "relative 规则要写 `against = \"max\"`（比最高）、`\"average\"`（比平均）或 `\"rank\"`（按排名）",
    }
    against_max_average_rank_not(other) {
        en: "against is `max`, `average` or `rank`, not `{other}`",
        zh: "against 只能写 `max`、`average` 或 `rank`，不能写 `{other}`",
    }
    ranks_against_rank() {
        en: "`ranks` is for `against = \"rank\"`",
        zh: "只有 `against = \"rank\"` 时才能写 `ranks`",
    }
    ranks_lists_points_rank_least() {
        en: "`ranks` lists the points of rank 1, 2, 3 …: at least one, none negative",
        zh: "`ranks` 依次列出第 1、2、3 … 名的分数：至少一个，不能有负数",
    }
    give_points_rank_full_then() {
        en: "give `points` (rank 1 full, then linear) or `ranks` (points by rank), not both",
        zh: "`points`（第 1 名满分，往后按名次线性递减）和 `ranks`（按名次给分）只能写一个",
    }
    relative_rule_needs_points_what() {
        en: "a relative rule needs `points`: what the best (max), the average, or rank 1 earns",
        zh: "relative 规则要写 `points`：最高者（max）、平均水平（average）或第 1 名（rank）得多少分",
    }
    combine_sum_teacher_records_added(other) {
        en: "combine is `sum` (a teacher's records added up) or `mean` (their average), not `{other}`",
        zh: "combine 只能写 `sum`（教师的记录相加）或 `mean`（取平均），不能写 `{other}`",
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
    roster_source_has_no_field(source, field) {
        en: "the roster source `{source}` has no field `{field}`",
        zh: "名册数据源 `{source}` 里没有字段 `{field}`",
    }
    roster_key_must_have_type() {
        en: "the roster key must have type \"key\" (keys are text: leading zeros kept)",
        zh: "名册的编号字段类型必须是 \"key\"（编号按文本处理，开头的 0 会保留）",
    }
    unknown_teachers_error_skip_not(other) {
        en: "unknown_teachers is `error` or `skip`, not `{other}`",
        zh: "unknown_teachers 只能写 `error` 或 `skip`，不能写 `{other}`",
    }
}

// --- `[[items]]` and their per-record rules and points
crate::messages! {
    item_max() {
        en: "an item's max",
        zh: "考核项的满分 max",
    }
    item() {
        en: "item",
        zh: "考核项",
    }
    item_has_no_item_rule(id) {
        en: "item `{id}` has no [[item.rule]]; say how records score it",
        zh: "考核项 `{id}` 没有 [[item.rule]]；请写明记录怎样计分",
    }
    item_mixes_deductions_other_rules(id) {
        en: "item `{id}` mixes deductions with other rules; an item either deducts from its maximum \
                         or adds up from 0: split it into two items",
        zh: "考核项 `{id}` 把扣分规则和其他规则混在一起；一个考核项要么从满分往下扣，\
                         要么从 0 往上加：请拆成两个考核项",
    }
    item_imports_score_import_weighted(id) {
        en: "item `{id}` imports its score (import or weighted), so it can have no other rule",
        zh: "考核项 `{id}` 的分数是导入的（import 或 weighted），不能再有别的规则",
    }
    does_not_apply_rule(what, kind) {
        en: "`{what}` does not apply to a `{kind}` rule",
        zh: "`{kind}` 规则不能写 `{what}`",
    }
    ratio_rule_needs_matching_which() {
        en: "a ratio rule needs `matching` (which of the counted records score) and `points` (the points of a 100% share)",
        zh: "ratio 规则要写 `matching`（计入的记录里哪些得分）和 `points`（占比 100% 时的分数）",
    }
    proportional_rule_needs_value_what() {
        en: "a proportional rule needs `value` (what each record contributes) and `rate` (points per unit)",
        zh: "proportional 规则要写 `value`（每条记录计多少）和 `rate`（每单位多少分）",
    }
    rate() {
        en: "a rate",
        zh: "每单位分数 rate",
    }
    import_rule_needs_value_field() {
        en: "an import rule needs `value`: the field (or expression) holding the score",
        zh: "import 规则要写 `value`：存放分数的字段（或表达式）",
    }
    missing_error_zero_not(other) {
        en: "missing is `error` or `zero`, not `{other}`",
        zh: "missing 只能写 `error` 或 `zero`，不能写 `{other}`",
    }
    unknown_rule_kind_use_deduct(other) {
        en: "unknown rule kind `{other}`; use deduct, bonus, proportional, ratio, import, window, relative or weighted",
        zh: "未知的规则类型 `{other}`；可用：deduct、bonus、proportional、ratio、import、window、relative、weighted",
    }
    cap() {
        en: "a cap",
        zh: "上限 cap",
    }
    unless_label_names_exemption_but() {
        en: "`unless_label` names an exemption, but the rule has no `unless`",
        zh: "`unless_label` 是免扣条件的名称，但这条规则没有写 `unless`",
    }
    give_exactly_one_points_per() {
        en: "give exactly one of `points` (per occurrence), `points_by` (per value of a field) or `tiers`",
        zh: "`points`（每次多少分）、`points_by`（按字段的值给分）、`tiers`（分档）三者只能写一个，且必须写一个",
    }
    source_has_no_field_fields(id, field, names_en, names_zh) {
        en: "source `{id}` has no field `{field}`; its fields: {names_en}",
        zh: "数据源 `{id}` 里没有字段 `{field}`；它的字段有：{names_zh}",
    }
    points_needs_enum_field_so() {
        en: "points_by needs an enum field, so every value it can take has points",
        zh: "points_by 要用枚举（enum）字段，这样它的每个可选值都有分数",
    }
    not_value_values(value, field, list_en, list_zh) {
        en: "`{value}` is not a value of `{field}`; its values are {list_en}",
        zh: "`{value}` 不是字段 `{field}` 的可选值；可选值有：{list_zh}",
    }
    points_gives_no_points_value(value, field) {
        en: "points_by gives no points for `{value}`, a value of `{field}`; add `\"{value}\" = 0` if it earns none",
        zh: "points_by 没有给字段 `{field}` 的可选值 `{value}` 设分数；不得分请写 `\"{value}\" = 0`",
    }
    tiers_need_numeric_field_integer() {
        en: "tiers need a numeric field (integer, decimal or duration)",
        zh: "tiers 要用数值字段（integer、decimal 或 duration）",
    }
    only_last_tier_may_leave() {
        en: "only the last tier may leave out `upto`",
        zh: "只有最后一档可以不写 `upto`",
    }
    last_tier_must_leave_out() {
        en: "the last tier must leave out `upto`, so every value falls in a tier",
        zh: "最后一档不能写 `upto`，这样每个值都能落进某一档",
    }
    tiers_must_ascending_order_upto() {
        en: "tiers must be in ascending order of `upto`",
        zh: "各档要按 `upto` 从小到大排列",
    }
    tiers_need_least_one_step() {
        en: "tiers need at least one step",
        zh: "tiers 至少要有一档",
    }
}

// --- `[sources.ID]`: patterns, fields, defaults, maps and bounds
crate::messages! {
    source_id_must_ascii_identifier(id) {
        en: "source id `{id}` must be an ASCII identifier",
        zh: "数据源名 `{id}` 只能由英文字母、数字和 _ 组成",
    }
    bad_file_pattern(p, e, why) {
        en: "bad file pattern `{p}`: {e}",
        zh: "文件名模式 `{p}` 写得不对：{why}",
    }
    bad_sheet_pattern(e, why) {
        en: "bad sheet pattern: {e}",
        zh: "工作表名模式写得不对：{why}",
    }
    teacher_field_must_have_type(field) {
        en: "the teacher field `{field}` must have type \"key\"",
        zh: "教师字段 `{field}` 的类型必须是 \"key\"",
    }
    source_has_no_field(source, field) {
        en: "source `{source}` has no field `{field}`",
        zh: "数据源 `{source}` 里没有字段 `{field}`",
    }
    date_field_must_have_type(field) {
        en: "the date field `{field}` must have type \"date\" or \"datetime\"",
        zh: "日期字段 `{field}` 的类型必须是 \"date\" 或 \"datetime\"",
    }
    unique_names_which_not_field(name, source) {
        en: "`unique` names `{name}`, which is not a field of source `{source}`",
        zh: "`unique` 里写的 `{name}` 不是数据源 `{source}` 的字段",
    }
    unique_needs_least_one_field() {
        en: "`unique` needs at least one field",
        zh: "`unique` 至少要写一个字段",
    }
    field_name_must_ascii_identifier(name) {
        en: "field name `{name}` must be an ASCII identifier (letters, digits, _): expressions name it; \
                         put the header text in `headers`",
        zh: "字段名 `{name}` 只能由英文字母、数字和 _ 组成（表达式里要用它）；\
                         表头文字请写在 `headers` 里",
    }
    enum_field_needs_values_values() {
        en: "an enum field needs `values = [...]`, the values it may take",
        zh: "枚举（enum）字段要写 `values = [...]`，列出它可以取的值",
    }
    unknown_type_use_key_text(other) {
        en: "unknown type `{other}`; use key, text, integer, decimal, date, datetime, duration, boolean or enum",
        zh: "未知的类型 `{other}`；可用：key、text、integer、decimal、date、datetime、duration、boolean、enum",
    }
    values_only_type_enum() {
        en: "`values` is only for type \"enum\"",
        zh: "只有类型为 \"enum\" 的字段才能写 `values`",
    }
    map_only_key_text_enum() {
        en: "`map` is only for key, text and enum fields",
        zh: "只有编号（key）、文本（text）和枚举（enum）字段才能写 `map`",
    }
    values_lists_blank_text_which(blank) {
        en: "`values` lists blank text `\"{blank}\"`, which no cell holds: a blank cell \
                         is null; declare the field `required = false` and test it with `NAME == null`, \
                         or give it a `default`",
        zh: "`values` 里写了空文字 `\"{blank}\"`，但读入的单元格不会是空文字：空白单元格是 null；\
                         请给这个字段写 `required = false` 并用 `字段名 == null` 判断，或者写 `default`",
    }
    field_needs_least_one_header() {
        en: "a field needs at least one header text in `headers`",
        zh: "字段的 `headers` 里至少要写一个表头文字",
    }
    default_does_not_fit_type(ty) {
        en: "`default` does not fit type \"{ty}\"",
        zh: "`default` 的值不符合类型 \"{ty}\"",
    }
    placeholders_lists_blank_text_blank(p) {
        en: "`placeholders` lists blank text `\"{p}\"`: a blank cell already reads as blank",
        zh: "`placeholders` 里写了空文字 `\"{p}\"`：空白单元格本来就按空白读",
    }
    placeholders_lists_which_field_type(p, field, tyname) {
        en: "`placeholders` lists `{p}`, which field `{field}` (type \"{tyname}\") reads as a value; \
                         a placeholder must be a text that means nothing, such as `--`",
        zh: "`placeholders` 里的 `{p}` 在字段 `{field}`（类型 \"{tyname}\"）里本身就是一个值；\
                         占位符只能是表示“无”的文字，例如 `--`",
    }
    placeholders_lists_which_map_field(p, field, from) {
        en: "`placeholders` lists `{p}`, which the `map` of field `{field}` rewrites (`{from}`); \
                         a cell cannot mean both: keep one",
        zh: "`placeholders` 里的 `{p}` 同时是字段 `{field}` 的 `map` 要改写的 `{from}`；\
                         一个单元格不能两种意思：请只保留一处",
    }
    map_has_blank_key_which(from, to) {
        en: "`map` has a blank key `\"{from}\"`, which no cell holds: a blank cell takes \
                         the field's `default` (write `default = \"{to}\"`)",
        zh: "`map` 的键 `\"{from}\"` 是空文字，但读入的单元格不会是空文字：空白单元格取字段的 `default`\
                         （请写 `default = \"{to}\"`）",
    }
    map_has_which_read_same(first, from) {
        en: "`map` has `{first}` and `{from}`, which read the same in a cell; keep one",
        zh: "`map` 里的 `{first}` 和 `{from}` 在单元格里读起来是一样的；请只保留一个",
    }
    map_turns_into_which_map(from, to) {
        en: "`map` turns `{from}` into `{to}`, which `map` itself rewrites again; \
                         a map is applied once: write the final value",
        zh: "`map` 把 `{from}` 换成 `{to}`，而 `{to}` 本身也是 `map` 的键；\
                         `map` 只换一次：请直接写最终的值",
    }
    map_turns_into_which_not(from, to) {
        en: "`map` turns `{from}` into `{to}`, which is not one of the field's values",
        zh: "`map` 把 `{from}` 换成 `{to}`，但 `{to}` 不是这个字段的可选值",
    }
    map_rewrites_which_one_field(from, v, to) {
        en: "`map` rewrites `{from}`, which is one of the field's values: `{v}` could never \
                             be read, and a condition on it would never hold; remove `{v}` from `values` \
                             if it is meant to be read as `{to}`",
        zh: "`map` 要改写的 `{from}` 本身就是这个字段的可选值：`{v}` 永远读不到，\
                             针对它的条件也永远不成立；如果它就是要按 `{to}` 处理，请把 `{v}` 从 `values` 里去掉",
    }
    min_max_only_integer_decimal(ty) {
        en: "`min` and `max` are only for integer, decimal and duration fields, not \"{ty}\"",
        zh: "只有 integer、decimal、duration 类型的字段才能写 `min` 和 `max`，\"{ty}\" 不行",
    }
    max_below_min(hi, lo) {
        en: "`max` {hi} is below `min` {lo}",
        zh: "`max` {hi} 小于 `min` {lo}",
    }
}

// --- `weighted` rules: raters and their percent weights
crate::messages! {
    does_not_apply_weighted_rule(what) {
        en: "`{what}` does not apply to a `weighted` rule",
        zh: "`weighted` 规则不能写 `{what}`",
    }
    weighted_rule_needs_field_naming() {
        en: "a weighted rule needs `by` (the field naming the rater), `value` (the rater's score) \
                     and `weights` (percent per rater, adding up to 100)",
        zh: "weighted 规则要写 `by`（写明评分人的字段）、`value`（评分人给的分数）\
                     和 `weights`（每类评分人的权重百分比，合计 100）",
    }
    needs_enum_field_listing_raters() {
        en: "`by` needs an enum field listing the raters, so every rater has a weight",
        zh: "`by` 要用列出评分人的枚举（enum）字段，这样每类评分人都有权重",
    }
    not_value_values_2(name, field, list_en, list_zh) {
        en: "`{name}` is not a value of `{field}`; its values are {list_en}",
        zh: "`{name}` 不是字段 `{field}` 的可选值；可选值有：{list_zh}",
    }
    weights_give_no_weight_value(rater, field) {
        en: "weights give no weight for `{rater}`, a value of `{field}`; add `\"{rater}\" = 0` if it does not count",
        zh: "weights 没有给字段 `{field}` 的可选值 `{rater}` 设权重；不计入请写 `\"{rater}\" = 0`",
    }
    weight_percent_from() {
        en: "a weight is a percent from 0 to 100",
        zh: "权重是 0 到 100 之间的百分数",
    }
    weights_add_up_not(sum, terms) {
        en: "the weights add up to {sum}%, not 100%: {terms}",
        zh: "评分人权重之和应为 100，现在是 {sum}：{terms}",
    }
}

// --- expressions as a whole: conditions and numbers
crate::messages! {
    condition_must_true_false_but(shown, ty_en, ty_zh) {
        en: "a condition must be true or false, but `{shown}` is {ty_en}",
        zh: "条件的结果应为真或假，但 `{shown}` 是{ty_zh}",
    }
    amount_must_number_but(shown, ty_en, ty_zh) {
        en: "an amount must be a number, but `{shown}` is {ty_en}",
        zh: "分值表达式的结果应为数字，但 `{shown}` 是{ty_zh}",
    }
    expression_empty() {
        en: "the expression is empty",
        zh: "表达式是空的",
    }
}

// --- expression checking: literals and the shapes expressions may not take
crate::messages! {
    value_with_type(shown, ty, ty_zh) {
        en: "`{shown}` ({ty})",
        zh: "`{shown}`（{ty_zh}）",
    }
    has_takes_roster_field_like() {
        en: "`has()` takes a roster field, like `has(teacher.role)`; \
                             to check that a record field is not blank, write `NAME != null`",
        zh: "`has()` 只用于名册字段，如 `has(teacher.role)`；\
                             要判断记录里的字段不为空，请写 `字段名 != null`",
    }
    not_supported_rubric_expressions_field(shown) {
        en: "not supported in rubric expressions: field selection `{shown}`; \
                                 only roster fields are written with a dot, as `teacher.NAME`",
        zh: "评分方案的表达式不支持用点取字段 `{shown}`；\
                                 只有名册字段才用点来写，如 `teacher.字段名`",
    }
    has_takes_roster_field() {
        en: "`has()` takes a roster field",
        zh: "`has()` 只用于名册字段",
    }
    list_can_only_follow_kind() {
        en: "a list `[...]` can only follow `in`, as in `kind in [\"正课\", \"辅导\"]`",
        zh: "列表 `[...]` 只能写在 `in` 后面，如 `kind in [\"正课\", \"辅导\"]`",
    }
    not_supported_rubric_expressions_maps() {
        en: "not supported in rubric expressions: maps `{{...}}`",
        zh: "评分方案的表达式不支持映射 `{{...}}`",
    }
    not_supported_rubric_expressions_message() {
        en: "not supported in rubric expressions: message construction",
        zh: "评分方案的表达式不支持构造消息对象",
    }
    not_supported_rubric_expressions_macros() {
        en: "not supported in rubric expressions: macros such as `.exists()`, `.all()`, \
                     `.map()` and `.filter()`",
        zh: "评分方案的表达式不支持 `.exists()`、`.all()`、`.map()`、`.filter()` 这类宏",
    }
    expression_could_not_read_here() {
        en: "the expression could not be read here",
        zh: "表达式在这里无法读取",
    }
    number_out_range_rubrics_can(text) {
        en: "the number `{text}` is out of the range rubrics can compute with",
        zh: "数字 `{text}` 超出了评分方案能计算的范围",
    }
    not_supported_rubric_expressions_bytes() {
        en: "not supported in rubric expressions: bytes literals",
        zh: "评分方案的表达式不支持字节串",
    }
}

// --- function calls, the conditional operator and `in`
crate::messages! {
    operator_missing_operand() {
        en: "an operator is missing an operand",
        zh: "运算符缺少操作数",
    }
    needs_one_operand() {
        en: "`!` needs one operand",
        zh: "`!` 需要一个操作数",
    }
    needs_one_operand_2() {
        en: "`-` needs one operand",
        zh: "`-` 需要一个操作数",
    }
    needs_number_but_not_one(d_en, d_zh) {
        en: "`-` needs a number, but {d_en} is not one",
        zh: "`-` 需要数字，但 {d_zh} 不是数字",
    }
    not_supported_rubric_expressions_operators() {
        en: "not supported in rubric expressions: `%`; the operators are + - * /",
        zh: "评分方案的表达式不支持 `%`；可用的运算符是 + - * /",
    }
    not_supported_rubric_expressions_indexing() {
        en: "not supported in rubric expressions: indexing `[...]`",
        zh: "评分方案的表达式不支持下标 `[...]`",
    }
    needs_condition_two_branches() {
        en: "`? :` needs a condition and two branches",
        zh: "`? :` 需要一个条件和两个分支",
    }
    both_branches_must_numbers_both(a_en, b_en, a_zh, b_zh) {
        en: "both branches of `? :` must be numbers, or both conditions; \
                         here they are {a_en} and {b_en}",
        zh: "`? :` 的两个分支要么都是数字，要么都是条件；这里分别是 {a_zh} 和 {b_zh}",
    }
    needs_value_list() {
        en: "`in` needs a value and a list",
        zh: "`in` 需要一个值和一个列表",
    }
    needs_list_values_brackets_like() {
        en: "`in` needs a list of values in brackets, like `kind in [\"正课\", \"辅导\"]`",
        zh: "`in` 后面要写方括号括起的取值列表，如 `kind in [\"正课\", \"辅导\"]`",
    }
    list_after_empty() {
        en: "the list after `in` is empty",
        zh: "`in` 后面的列表是空的",
    }
    works_text_numbers_but_neither(d_en, d_zh) {
        en: "`in` works on text or numbers, but {d_en} is neither",
        zh: "`in` 只用于文本或数字，但 {d_zh} 两者都不是",
    }
    cannot_compare(a_en, b_en, a_zh, b_zh) {
        en: "cannot compare {a_en} with {b_en}",
        zh: "{a_zh} 和 {b_zh} 类型不同，不能比较",
    }
    list_after_may_hold_only() {
        en: "the list after `in` may hold only text and number literals",
        zh: "`in` 后面的列表里只能写文字或数字",
    }
    not_supported_rubric_expressions_functions(shown, functions) {
        en: "not supported in rubric expressions: `{shown}`; the functions are {functions}",
        zh: "评分方案的表达式不支持 `{shown}`；可用的函数有：{functions}",
    }
    datetime_takes_quoted_date_time() {
        en: "`datetime()` takes a quoted date and time, like datetime(\"2022-04-20 08:00\")",
        zh: "`datetime()` 里要写带引号的日期时间，如 datetime(\"2022-04-20 08:00\")",
    }
    not_date_time_write_yyyy(s) {
        en: "`{s}` is not a date and time; write it as YYYY-MM-DD HH:MM",
        zh: "`{s}` 不是日期时间；请写成 2022-04-20 08:00 这样的格式",
    }
    size_takes_no_arguments() {
        en: "`.size()` takes no arguments",
        zh: "`.size()` 不带参数",
    }
    takes_one_argument(name) {
        en: "`.{name}()` takes one argument",
        zh: "`.{name}()` 要一个参数",
    }
    works_text_but_not_text(name, d_en, d_zh) {
        en: "`.{name}()` works on text, but {d_en} is not text",
        zh: "`.{name}()` 只用于文本，但 {d_zh} 不是文本",
    }
    has_takes_one_roster_field() {
        en: "`has()` takes one roster field, like `has(teacher.role)`; \
                     for a record field write `NAME != null`",
        zh: "`has()` 只接一个名册字段，如 `has(teacher.role)`；\
                     记录里的字段请写 `字段名 != null`",
    }
    takes_one_argument_2(shown) {
        en: "`{shown}` takes one argument",
        zh: "`{shown}` 要一个参数",
    }
    size_counts_characters_text_but(d_en, d_zh) {
        en: "`size()` counts the characters of text, but {d_en} is not text",
        zh: "`size()` 计算文本的字数，但 {d_zh} 不是文本",
    }
}

// --- `table(…)` lookups
crate::messages! {
    table_takes_table_name_quotes() {
        en: "`table()` takes a table's name in quotes and its keys, like \
                 table(\"weekly_hours\", teacher.subject, teacher.grade)",
        zh: "`table()` 里先写带引号的查找表名，再写查找的键，\
                 如 table(\"weekly_hours\", teacher.subject, teacher.grade)",
    }
    no_table_this_rubric_has(table_name) {
        en: "no table `{table_name}`: this rubric has no [tables.NAME]",
        zh: "没有名为 `{table_name}` 的查找表：这个评分方案里没有 [tables.表名]",
    }
    no_table_tables(table_name, list_en, list_zh) {
        en: "no table `{table_name}`; tables: {list_en}",
        zh: "没有名为 `{table_name}` 的查找表；已有的查找表：{list_zh}",
    }
    did_you_mean(close) {
        en: "; did you mean `{close}`?",
        zh: "。是否想写 `{close}`？",
    }
    table_takes_argument_after_name(table_name, wanted, list_en, given, why_en, list_zh, why_zh) {
        en: "table `{table_name}` takes {wanted} argument(s) after its name ({list_en}), not {given}{why_en}",
        zh: "查找表 `{table_name}` 在表名后面要 {wanted} 个参数（{list_zh}），这里写了 {given} 个{why_zh}",
    }
    not_key_table_keys_there(lit, table_name, key, list_en, list_zh) {
        en: "`{lit}` is not a key of table `{table_name}` ({key}); its keys there: {list_en}",
        zh: "`{lit}` 不是查找表 `{table_name}` 的键（{key}）；这一列已有的键：{list_zh}",
    }
    table_key_text_number_but(d_en, d_zh) {
        en: "a table key is text or a number, but {d_en} is neither",
        zh: "查找表的键应为文本或数字，但 {d_zh} 两者都不是",
    }
    last_argument_dated_table_date(d_en, hint_en, d_zh, hint_zh) {
        en: "the last argument of a dated table is the date to look up, but {d_en} is not a date{hint_en}",
        zh: "随日期变化的查找表，最后一个参数是要查的日期，但 {d_zh} 不是日期{hint_zh}",
    }
}

// --- record and teacher field names
crate::messages! {
    teacher_needs_roster_field_after() {
        en: "`teacher` needs a roster field after it, as in `teacher.role`",
        zh: "`teacher` 后面要接名册字段，如 `teacher.role`",
    }
    unknown_field_no_record_fields(name) {
        en: "unknown field `{name}`; no record fields can be read here",
        zh: "表达式里的字段 `{name}` 不存在；这里不能读取记录里的字段",
    }
    unknown_field_fields_this_source(name, names, names_zh) {
        en: "unknown field `{name}`; fields of this source: {names}",
        zh: "表达式里的字段 `{name}` 不存在；这个数据源的字段有：{names_zh}",
    }
    did_you_mean_roster_field(name) {
        en: "; did you mean the roster field `teacher.{name}`?",
        zh: "。是否想写名册字段 `teacher.{name}`？",
    }
    unknown_roster_field_teacher_this(name) {
        en: "unknown roster field `teacher.{name}`: this rubric declares no roster fields",
        zh: "名册字段 `teacher.{name}` 不存在：这个评分方案没有声明任何名册字段",
    }
    unknown_roster_field_teacher_roster(name, list_en, list_zh) {
        en: "unknown roster field `teacher.{name}`; roster fields: {list_en}",
        zh: "名册字段 `teacher.{name}` 不存在；名册字段有：{list_zh}",
    }
    did_you_mean_teacher(close) {
        en: "; did you mean `teacher.{close}`?",
        zh: "。是否想写 `teacher.{close}`？",
    }
}

// --- logical, comparison and arithmetic operators
crate::messages! {
    needs_conditions_true_false_but(op, d_en, d_zh) {
        en: "`{op}` needs conditions (true/false), but {d_en} is not one",
        zh: "`{op}` 两边要写条件（真/假），但 {d_zh} 不是条件",
    }
    compare_calendar_date_write_date(field, name) {
        en: "; to compare the calendar date of `{field}`, write `date({name})`",
        zh: "；要比较 `{field}` 的日期部分，请写 `date({name})`",
    }
    compare_time_day_write_time(field, name) {
        en: "; to compare the time of day of `{field}`, write `time({name})`",
        zh: "；要比较 `{field}` 的时刻，请写 `time({name})`",
    }
    write_length_time_like_duration() {
        en: "; write a length of time like duration(\"24h\"), duration(\"90m\")",
        zh: "；时长请写成 duration(\"24h\")、duration(\"90m\") 这样",
    }
    can_only_compared(ty, ty_zh) {
        en: "{ty} can only be compared with `==` or `!=`",
        zh: "{ty_zh}只能用 `==` 或 `!=` 比较",
    }
    cannot_compare_null_here() {
        en: "cannot compare `null` here",
        zh: "这里不能和 `null` 比较",
    }
    null_can_only_compared() {
        en: "`null` can only be compared with `==` or `!=`",
        zh: "`null` 只能用 `==` 或 `!=` 比较",
    }
    compare_field_null_not_null() {
        en: "compare a field with `null`, not `null` with itself",
        zh: "请拿字段和 `null` 比较，而不是 `null` 和它自己比较",
    }
    only_field_can_compared_null(shown) {
        en: "only a field can be compared with `null`, and `{shown}` is not a field",
        zh: "只有字段才能和 `null` 比较，而 `{shown}` 不是字段",
    }
    tests_blank_but_field_has(shown, name) {
        en: "`{shown}` tests `{name}` for a blank, but the field has a `default`: a blank cell \
                 reads as the default, so the test never tells; remove the `default` \
                 (with `required = false`) to tell a blank cell",
        zh: "`{shown}` 判断 `{name}` 是否空白，但这个字段写了 `default`：空白单元格会读成默认值，\
                 这个判断永远不起作用；要区分空白单元格，请去掉 `default`（并写 `required = false`）",
    }
    compares_blank_text_which_no(shown, name) {
        en: "`{shown}` compares `{name}` with blank text, which no cell holds: \
                     a blank cell is null; write `{name} == null` for a blank cell, \
                     `{name} != null` for a filled one",
        zh: "`{shown}` 拿 `{name}` 和空文字比较，但读入的单元格不会是空文字：\
                     空白单元格是 null；判断空白请写 `{name} == null`，判断有值请写 `{name} != null`",
    }
    not_value_values_3(s, field, list_en, list_zh) {
        en: "`{s}` is not a value of `{field}`; its values are {list_en}",
        zh: "`{s}` 不是字段 `{field}` 的可选值；可选值有：{list_zh}",
    }
    needs_numbers_but_not_number(sym, d_en, d_zh) {
        en: "`{sym}` needs numbers, but {d_en} is not a number",
        zh: "`{sym}` 两边要是数字，但 {d_zh} 不是数字",
    }
    cannot_used_datetime_minus_datetime(sym, a_en, b_en, a_zh, b_zh) {
        en: "`{sym}` cannot be used on {a_en} and {b_en}: a datetime minus a datetime (a date \
             minus a date, a time minus a time) is a duration, a datetime plus or minus a \
             duration is a datetime, and durations add and subtract",
        zh: "`{sym}` 不能用于 {a_zh} 和 {b_zh}：日期时间减日期时间（日期减日期、时刻减时刻）\
             得到时长，日期时间加减时长得到日期时间，时长之间可以相加减",
    }
}

// --- date, time and duration functions
crate::messages! {
    not_time_day_write_hh(s) {
        en: "`{s}` is not a time of day; write it as HH:MM, from 00:00 to 23:59, like \"19:30\"",
        zh: "`{s}` 不是时刻；请写成 00:00 到 23:59 之间的 \"19:30\" 这样的格式",
    }
    time_takes_quoted_time_day(d_en, d_zh) {
        en: "`time()` takes a quoted time of day like time(\"19:30\") or a datetime, not {d_en}",
        zh: "`time()` 里要写带引号的时刻，如 time(\"19:30\")，或日期时间，不能是 {d_zh}",
    }
    duration_takes_quoted_length_time() {
        en: "`duration()` takes a quoted length of time, like duration(\"24h\"), duration(\"90m\") or duration(\"1h30m\")",
        zh: "`duration()` 里要写带引号的时长，如 duration(\"24h\")、duration(\"90m\")、duration(\"1h30m\")",
    }
    not_length_time_write_whole(s) {
        en: "`{s}` is not a length of time; write whole days (d), hours (h), minutes (m) \
                     and seconds (s) in that order, like \"24h\", \"90m\" or \"1h30m\"",
        zh: "`{s}` 不是时长；请按天（d）、小时（h）、分钟（m）、秒（s）的顺序写整数，\
                     如 \"24h\"、\"90m\"、\"1h30m\"",
    }
    takes_datetime_time_day_not(name, d_en, d_zh) {
        en: "`{name}()` takes a datetime or a time of day, not {d_en}",
        zh: "`{name}()` 里要写日期时间或时刻，不能是 {d_zh}",
    }
    not_date_write_yyyy_mm(s) {
        en: "`{s}` is not a date; write it as YYYY-MM-DD, like \"2022-04-20\"",
        zh: "`{s}` 不是日期；请写成 \"2022-04-20\" 这样的格式",
    }
    date_takes_quoted_date_like(d_en, d_zh) {
        en: "`date()` takes a quoted date like date(\"2022-04-20\") or a datetime field, \
                             not {d_en}",
        zh: "`date()` 里要写带引号的日期，如 date(\"2022-04-20\")，或日期时间字段，\
                             不能是 {d_zh}",
    }
}

// --- expression syntax, as the parser reports it
crate::messages! {
    expression_parser_failed_this_expression() {
        en: "the expression parser failed on this expression",
        zh: "表达式解析器无法处理这个表达式",
    }
    expression_could_not_parsed() {
        en: "the expression could not be parsed",
        zh: "无法解析这个表达式",
    }
    has_takes_roster_field_like_2(name) {
        en: "`has()` takes a roster field, like `has(teacher.role)`; \
                 to check that a record field is not blank, write `{name} != null`",
        zh: "`has()` 只用于名册字段，如 `has(teacher.role)`；\
                 要判断记录里的字段不为空，请写 `{name} != null`",
    }
    reserved_word_cannot_name_field(w) {
        en: "`{w}` is a reserved word and cannot name a field",
        zh: "`{w}` 是保留字，不能用作字段名",
    }
    number_too_large(n) {
        en: "the number `{n}` is too large",
        zh: "数字 `{n}` 太大",
    }
    expression_incomplete_missing_end(missing) {
        en: "the expression is incomplete: `{missing}` is missing at the end",
        zh: "表达式不完整：末尾缺少 `{missing}`",
    }
    expression_incomplete_ends_where_value() {
        en: "the expression is incomplete: it ends where a value or an operator should follow",
        zh: "表达式不完整：结尾处还应有一个值或运算符",
    }
    unexpected_here(shown) {
        en: "unexpected `{shown}` here",
        zh: "这里不应出现 `{shown}`",
    }
    cannot_make_sense_expression(shown) {
        en: "cannot make sense of the expression at `{shown}`",
        zh: "表达式在 `{shown}` 处无法理解",
    }
    not_supported_rubric_expressions(what) {
        en: "not supported in rubric expressions: {what}",
        zh: "评分方案的表达式不支持：{what}",
    }
    parser_said(msg) {
        en: "{msg}",
        zh: "表达式无法解析（解析器原文：{msg}）",
    }
    unexpected_end_expression() {
        en: "unexpected end of the expression",
        zh: "表达式意外结束",
    }
    not_operator_here_compare_write() {
        en: "`=` is not an operator here; to compare, write `==`",
        zh: "这里不能用单个 `=`；比较是否相等请写 `==`",
    }
    this_text_has_no_closing(c) {
        en: "this text has no closing `{c}`",
        zh: "这段文字缺少结尾的 `{c}`",
    }
    not_operator_here_write() {
        en: "`&` is not an operator here; for \"and\", write `&&`",
        zh: "这里不能用单个 `&`；表示“并且”请写 `&&`",
    }
    not_operator_here_write_2() {
        en: "`|` is not an operator here; for \"or\", write `||`",
        zh: "这里不能用单个 `|`；表示“或者”请写 `||`",
    }
    typographic_quote_quote_text_straight(c) {
        en: "`{c}` is a typographic quote; quote text with straight quotes, like \"缺课\"",
        zh: "`{c}` 是中文引号；文字请用英文直引号括起来，如 \"缺课\"",
    }
    full_width_character_write(c, hint) {
        en: "`{c}` is a full-width character; write `{hint}`",
        zh: "`{c}` 是全角字符；请写半角的 `{hint}`",
    }
    field_cannot_named_expression_names(text) {
        en: "field `{text}` cannot be named in an expression: \
                         names there are ASCII letters, digits and `_`",
        zh: "表达式里不能使用字段名 `{text}`：表达式里的名字只能由英文字母、数字和 `_` 组成",
    }
    not_quoted_write_text_quotes(text) {
        en: "`{text}` is not quoted; write text in quotes, like \"{text}\"",
        zh: "`{text}` 没有加引号；文字请放在引号里，如 \"{text}\"",
    }
    not_allowed_here(c) {
        en: "`{c}` is not allowed here",
        zh: "这里不能出现 `{c}`",
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
