//! Expressions: evaluating one against a record, and every diagnostic of checking and parsing one.

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
    expression_must_text_but(shown, ty_en, ty_zh) {
        en: "this expression must give text (a teacher's key), but `{shown}` is {ty_en}",
        zh: "这个表达式的结果应为文本（教师的编号），但 `{shown}` 是{ty_zh}",
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
    /// `v in x` with `x` a list field and `v` not of its parts' type.
    in_list_field_needs_its_type(d_en, d_zh, name, ty, ty_zh) {
        en: "`in {name}` looks for a {ty} among the cell's values, but {d_en} is not one",
        zh: "`in {name}` 在该格的多个值中查找{ty_zh}，但 {d_zh} 不是{ty_zh}",
    }
    /// A list field used otherwise than by `size()` or `in`.
    list_field_only_size_or_in(shown) {
        en: "`{shown}` is a list (its field has `split`): use `size({shown})` for how many values the cell holds, or `v in {shown}` for whether it holds one",
        zh: "`{shown}` 是列表（该字段写了 `split`）：值的个数请写 `size({shown})`，是否含某个值请写 `v in {shown}`",
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
