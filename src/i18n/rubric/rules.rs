//! Sources, items and their rules: `[sources.ID]`, `[[items]]`, the window, relative and weighted rules, and lookup tables.

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
    table_values_number_or_text(other) {
        en: "a table's `values` are `number` or `text`, not `{other}`",
        zh: "查找表的 `values` 只能写 `number`（数字）或 `text`（文本），不能写 `{other}`",
    }
    text_table_value_in_quotes() {
        en: "this table has `values = \"text\"`: write the value in quotes, like value = \"0012\"",
        zh: "这张查找表写了 `values = \"text\"`：值要加引号，如 value = \"0012\"",
    }
    number_table_text_values_hint(name) {
        en: "table `{name}` holds numbers; for text (a 工号) write `values = \"text\"` in [tables.{name}]",
        zh: "查找表 `{name}` 存的是数字；要存文本（如工号）请在 [tables.{name}] 里写 `values = \"text\"`",
    }
    charge_needs_across() {
        en: "`charge` says who pays for a window summed across teachers; add `across = \"teachers\"`, or leave `charge` out to charge each teacher's own windows",
        zh: "`charge` 说明跨教师合计的窗口由谁承担；请加上 `across = \"teachers\"`，或去掉 `charge`（各自的窗口各自承担）",
    }
    across_teachers_not(other) {
        en: "across is `teachers` (a window summed over every teacher's records), not `{other}`",
        zh: "across 只能写 `teachers`（按全体教师的记录合计窗口），不能写 `{other}`",
    }
    across_needs_group() {
        en: "a window across teachers needs `group` (such as group = \"class\"): what is summed over the teachers",
        zh: "跨教师的窗口要写 `group`（如 group = \"class\"）：按什么把全体教师的记录合计",
    }
    across_limit_is_number() {
        en: "a window across teachers has one limit for every teacher: write a number",
        zh: "跨教师的窗口对全体教师只有一个限值：请写数字",
    }
    across_needs_charge() {
        en: "a window across teachers needs `charge`: `\"contributors\"` (every teacher with a record in it) or an expression giving a teacher's key, like 'table(\"head_teacher\", class)'",
        zh: "跨教师的窗口要写 `charge`：`\"contributors\"`（窗口里有记录的每位教师），或给出教师编号的表达式，如 'table(\"head_teacher\", class)'",
    }
    contributors_cannot_charge_minimum() {
        en: "`charge = \"contributors\"` cannot charge a minimum: a window below it may have no record, and no contributor; charge a lookup such as 'table(\"head_teacher\", class)'",
        zh: "`charge = \"contributors\"` 不能用于下限：低于下限的窗口可能一条记录都没有，也就没有人可扣；请改为查表，如 'table(\"head_teacher\", class)'",
    }
    charge_reads_only_group(fields, group) {
        en: "`charge` may read only the window's group ({group}): `{fields}` can differ between the records of one window",
        zh: "`charge` 只能读取窗口的分组字段（{group}）：`{fields}` 在同一窗口的记录之间可能不同",
    }
    window_rule_places_records_days(id) {
        en: "a window rule places records in days or weeks by their date, but source `{id}` names no `date` field",
        zh: "window 规则按日期把记录分到每天或每周，但数据源 `{id}` 没有指定 `date` 字段",
    }
    window_rule_needs_window_day() {
        en: "a window rule needs `window = \"day\"` or `window = \"week\"`",
        zh: "window 规则要写 `window = \"day\"`（按天）或 `window = \"week\"`（按周）",
    }
    /// `partial_weeks` on a day window.
    partial_weeks_needs_week_window() {
        en: "`partial_weeks` says what a week cut by the period is held to: it goes with `window = \"week\"`, and a day is never cut",
        zh: "`partial_weeks` 规定被考核期截断的周如何考核：只能与 `window = \"week\"` 一起写，按天的窗口不会被截断",
    }
    /// A `partial_weeks` value that is none of the three.
    partial_weeks_count_skip_prorate_not(other) {
        en: "partial_weeks is `count` (the whole week's limits over its days in the period), `skip` (not checked) or `prorate` (limits scaled by its school days in the period), not `{other}`",
        zh: "partial_weeks 只能写 `count`（按整周的要求考核其在考核期内的天）、`skip`（不考核）或 `prorate`（按考核期内上课日的比例折算要求），不能写 `{other}`",
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
    /// `per` on a rule without `points`.
    per_goes_with_points() {
        en: "`per` multiplies `points`: write `points = …` beside it (`points = 0.5, per = \"missing\"`: 0.5 for each missing punch)",
        zh: "`per` 是 `points` 的倍数：请同时写 `points = …`（`points = 0.5, per = \"missing\"`：每缺卡 1 次扣 0.5 分）",
    }
    /// `per` naming a field that is not a number.
    per_needs_a_number_field(field) {
        en: "`per = \"{field}\"` needs an `integer` or `decimal` field: its value is how many times `points` count",
        zh: "`per = \"{field}\"` 必须是 `integer` 或 `decimal` 类型的字段：它的值是 `points` 计算的次数",
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
        en: "unknown type `{other}`; use key, text, integer, decimal, date, datetime, duration, time, boolean or enum",
        zh: "未知的类型 `{other}`；可用：key、text、integer、decimal、date、datetime、duration、time、boolean、enum",
    }
    values_only_type_enum() {
        en: "`values` is only for type \"enum\"",
        zh: "只有类型为 \"enum\" 的字段才能写 `values`",
    }
    /// `extract` that the regex crate cannot compile.
    extract_bad_pattern(pattern, why) {
        en: "`extract = '{pattern}'` is not a valid pattern: {why}",
        zh: "`extract = '{pattern}'` 不是有效的模式：{why}",
    }
    /// `extract` without exactly one capture group.
    extract_needs_one_group(pattern, groups) {
        en: "`extract = '{pattern}'` has {groups} capture groups; it needs exactly one, around the part to read (`迟到(\\d+)分钟`); write `(?:…)` for a group that only groups",
        zh: "`extract = '{pattern}'` 有 {groups} 个捕获组；应恰好一个，括住要读取的部分（如 `迟到(\\d+)分钟`）；只用来分组的括号请写 `(?:…)`",
    }
    /// `split = ""`.
    split_needs_separator() {
        en: "`split` needs the text between a cell's values, such as `split = \" \"`",
        zh: "`split` 要写一格中各个值之间的分隔文字，如 `split = \" \"`",
    }
    /// `default` on a list field.
    split_takes_no_default() {
        en: "a field with `split` reads a blank cell as an empty list, so it takes no `default`",
        zh: "写了 `split` 的字段把空白单元格读作空列表，不能再写 `default`",
    }
    /// `on` on a field that is not a datetime, or that is a list.
    on_only_datetime(ty) {
        en: "`on` places a time of day on a date: it is only for a `datetime` field without `split`, not a {ty} field",
        zh: "`on` 把时刻放到日期上：只能用于不带 `split` 的 `datetime` 字段，不能用于 {ty} 字段",
    }
    /// `on` naming a field that is not a date.
    on_field_must_be_date(field, ty) {
        en: "`on = \"{field}\"` must name a `date` field of this source, but `{field}` is of type {ty}",
        zh: "`on = \"{field}\"` 应指向本数据源的 `date`（日期）字段，但 `{field}` 的类型是 {ty}",
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
    field_needs_headers(field) {
        en: "field `{field}` needs `headers`, the header texts of its column; only the fields the source's `unpivot` names go without",
        zh: "字段 `{field}` 需要写 `headers`（它那一列的表头文字）；只有数据源的 `unpivot` 指定的字段不写",
    }
    unpivot_field_has_headers(field) {
        en: "field `{field}` is filled by the source's `unpivot` (from the day columns), so it has no `headers`; remove them",
        zh: "字段 `{field}` 由数据源的 `unpivot` 按天的列填入，不对应某一列，不能写 `headers`；请删去",
    }
    unpivot_date_must_be_date(field, ty) {
        en: "the unpivot's date field `{field}` must have type \"date\", not \"{ty}\"",
        zh: "unpivot 的日期字段 `{field}` 的类型必须是 \"date\"，不能是 \"{ty}\"",
    }
    unpivot_value_same_as_date(field) {
        en: "the unpivot's `value` names `{field}`, its `date` field too: the day cell needs a field of its own",
        zh: "unpivot 的 `value` 写的 `{field}` 也是它的 `date` 字段：每天单元格的内容要有自己的字段",
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

// --- which records belong to which teacher
crate::messages! {
    /// A rule or veto reads a source (not the roster) that has no
    /// `teacher` field: its records would count for no one.
    source_names_no_teacher(source, reader: Text, field) {
        en: "source `{source}` is read by {reader} but does not say which of its fields names the teacher, so its records would count for no one: add `teacher = \"{field}\"` under [sources.{source}]",
        zh: "数据源 `{source}` 被{reader}读取，但没有指明哪个字段是教师，它的记录将不计入任何人：请在 [sources.{source}] 下加上 `teacher = \"{field}\"`",
    }
    /// A rule, as named in the message above.
    rule_of_item(label, item) {
        en: "rule `{label}` of item {item}",
        zh: "考核项 {item} 的规则 `{label}` ",
    }
    /// A record an adjustment requires, as named in the message above.
    requirement_of(label, adjustment) {
        en: "the requirement `{label}` of adjustment {adjustment}",
        zh: "调整项 {adjustment} 的条件 `{label}` ",
    }
    /// A veto, as named in the message above.
    veto_named(id) {
        en: "veto {id}",
        zh: "一票否决 {id} ",
    }
}
