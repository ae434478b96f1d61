//! The catalogue's words for scoring: evidence, caps, vetoes, grades, run problems and warnings.

// --- why a run produced no outcome
crate::messages! {
    /// A source that must have a file, and no spreadsheet file given at all.
    missing_source_no_files(source_id, patterns: Text) {
        en: "no input file for source `{source_id}`: none of (no spreadsheet files) matches {patterns}",
        zh: "数据源 `{source_id}` 没有输入文件：没有找到任何电子表格文件（文件名应符合 {patterns}）",
    }
    /// A source that must have a file, and none of the files given matches it.
    missing_source(source_id, files: Text, patterns: Text) {
        en: "no input file for source `{source_id}`: none of {files} matches {patterns}",
        zh: "数据源 `{source_id}` 没有输入文件：{files} 的文件名都不符合 {patterns}",
    }
    /// How many problems the data has; each is said after.
    data_problems(n) {
        en: "{n} problem(s) in the input data",
        zh: "输入数据中有 {n} 个问题",
    }
    /// Window rules, and no period to count their days in.
    no_period {
        en: "the rubric counts records per day or week, so it needs the period scored: pass --period (or --from/--to), or give `from` and `to` in the rubric's [calendar]",
        zh: "方案按天或按周统计记录，需要知道考核期：请加 --period（或 --from/--to），\
             或在方案的 [calendar] 中写上 `from` 和 `to`",
    }
    /// A fault in kaohe: the detail is for whoever fixes it.
    internal_error(detail: Text) {
        en: "internal error, no score written: {detail}",
        zh: "内部错误，未写出任何分数：{detail}",
    }
    /// Dates without a year and no period: the first cell, `more` said after.
    no_year(cell_en, cell_zh, header, field, value, more: Text) {
        en: "{cell_en}: {header} ({field}) value \"{value}\" has no year{more}: give the period scored with --period (such as --period 2022-03) or --from and --to, and the year is taken from it",
        zh: "{cell_zh}：{header} ({field}) 的值\"{value}\"没有写年份{more}：请用 --period（如 --period 2022-03）或 --from 和 --to 给出考核期，年份按考核期确定",
    }
    /// How many more cells lack a year.
    no_year_more(more) {
        en: " (nor have {more} more cells)",
        zh: "（另有 {more} 个单元格也没有写年份）",
    }
    /// Several inputs repeat others; each follows on its own line.
    duplicates(n) {
        en: "{n} inputs repeat what another input holds:",
        zh: "有 {n} 处输入与另一处输入的内容重复：",
    }
    /// The head of a refusal for data outside the period.
    outside_period(from, to) {
        en: "the data is not in the period {from} to {to}",
        zh: "数据不在考核期 {from} 至 {to} 之内",
    }
    /// A source with no record in the period.
    source_none_inside(source, outside, first, last) {
        en: "source {source} has no record in it: its {outside} dated records run from {first} to {last}",
        zh: "数据源 {source} 在此期间没有记录：它的 {outside} 条有日期的记录从 {first} 到 {last}",
    }
    /// A source with most of its records outside the period.
    source_mostly_outside(source, outside, dated, first, last) {
        en: "source {source} has {outside} of its {dated} dated records outside it, running from {first} to {last}",
        zh: "数据源 {source} 的 {dated} 条有日期的记录中有 {outside} 条在此期间之外，日期从 {first} 到 {last}",
    }
    /// What to do about data outside the period, after the sources.
    outside_period_fix {
        en: "; give the period the records are in (--period or --from/--to), or, if this is the period meant, pass --allow-outside-period",
        zh: "。请给出记录所在的考核期（--period 或 --from/--to）；如果确实是要考核这个期间，请加 --allow-outside-period",
    }
    /// A source without `date` whose records are dated outside the period
    /// (a run refused): the period cannot choose them.
    source_undated(source, from, to, outside, header, field, first, last) {
        en: "source {source} does not say which field dates its records (no `date` under [sources.{source}]), so the period {from} to {to} cannot choose them, and {outside} of them have {header} ({field}) outside it, from {first} to {last}: scored, every record would count; add `date = \"{field}\"` under [sources.{source}] to score only the period's records, or, if every record is meant to count, pass --allow-outside-period",
        zh: "数据源 {source} 没有指明哪个字段是记录的日期（[sources.{source}] 下没有 `date`），考核期 {from} 至 {to} 无法筛选它的记录，而其中有 {outside} 条记录的 {header} ({field}) 在考核期之外（从 {first} 到 {last}）：照此评分，所有记录都会计入；请在 [sources.{source}] 下加上 `date = \"{field}\"`，只对考核期内的记录评分；如果确实所有记录都应计入，请加 --allow-outside-period",
    }
    /// Between the sources of a refusal, the values of a detail.
    clause_separator { en: "; ", zh: "；" }
    /// A reading thread stopped on a panic; `why` is the panic's.
    reading_thread_stopped(why: Text) {
        en: "a reading thread stopped: {why}",
        zh: "读取数据的线程意外中止：{why}",
    }
    /// A thread checking the input files stopped on a panic.
    checking_thread_stopped(why: Text) {
        en: "a thread checking the input files stopped: {why}",
        zh: "检查输入文件的线程意外中止：{why}",
    }
}

// --- gathering the input files
crate::messages! {
    /// A path that does not exist or cannot be read; `reason` is the system's.
    input_unreadable(path, reason: Text) {
        en: "cannot read input {path}: {reason}",
        zh: "无法读取输入 {path}：{reason}",
    }
    /// A fault in kaohe while checking the files.
    inputs_internal_error(why: Text) {
        en: "internal error: {why}",
        zh: "内部错误：{why}",
    }
    /// A file given by name that is not a spreadsheet kaohe reads.
    input_not_spreadsheet(path) {
        en: "input {path} is not a spreadsheet (xlsx, xlsm, xls, ods or csv)",
        zh: "输入 {path} 不是电子表格（应为 xlsx、xlsm、xls、ods 或 csv）",
    }
    /// A WPS spreadsheet in WPS's own format.
    input_wps_format(path) {
        en: "input {path} is a WPS spreadsheet (.et), which kaohe cannot read; open it in WPS, \
             save it as an Excel workbook (.xlsx) with 文件 → 另存为, and give kaohe the .xlsx \
             (keep the .et out of the input folder)",
        zh: "输入 {path} 是 WPS 表格格式（.et），kaohe 无法读取；请在 WPS 中打开它，\
             用“文件 → 另存为”保存为 Excel 工作簿（.xlsx），再把 .xlsx 交给 kaohe\
             （输入文件夹里不要留 .et 文件）",
    }
}

// --- the same input fed twice
crate::messages! {
    /// A file identical to another.
    duplicate_file(copy, kept, source, why: Text) {
        en: "{copy} is identical to {kept} (the same SHA-256): source `{source}` would count every record twice; delete {copy} ({why})",
        zh: "{copy} 与 {kept} 内容完全相同（SHA-256 相同）：数据源 `{source}` 会把每条记录计算两次；请删除 {copy}（{why}）",
    }
    /// A sheet holding the same records as another sheet of the file.
    duplicate_sheet(file, copy, n, kept, source, why: Text) {
        en: "{file}: sheet {copy} holds the same {n} record(s) as sheet {kept}: source `{source}` would count every record twice; delete sheet {copy} ({why})",
        zh: "{file}：工作表 {copy} 与工作表 {kept} 的 {n} 条记录完全相同：数据源 `{source}` 会把每条记录计算两次；请删除工作表 {copy}（{why}）",
    }
    /// A file or sheet holding the same records as another one.
    duplicate_rows(copy: Text, n, kept: Text, source, file, why: Text) {
        en: "{copy} holds the same {n} record(s) as {kept}: source `{source}` would count every record twice; delete {file} ({why})",
        zh: "{copy} 与 {kept} 的 {n} 条记录完全相同：数据源 `{source}` 会把每条记录计算两次；请删除 {file}（{why}）",
    }
    /// Why this one is the copy: its file's name says so.
    copy_named_file { en: "its name marks it as a copy", zh: "文件名表明它是副本" }
    /// Why this one is the copy: its sheet's name says so.
    copy_named_sheet { en: "its name marks it as a copy", zh: "工作表名表明它是副本" }
    /// Why this one is the copy: it is a link.
    copy_is_link { en: "it is a link", zh: "它是一个链接" }
    /// Why this one is the copy: it comes later by name.
    copy_later_by_name { en: "the later of the two by name", zh: "两者中名称排在后面的一个" }
}

// --- warnings
crate::messages! {
    /// Records outside the period, left unscored.
    warn_outside_period(source, outside, dated, from, to, first, last) {
        en: "source {source}: {outside} of {dated} dated records are outside the period {from} to {to} and were not scored (they run from {first} to {last})",
        zh: "数据源 {source}：{dated} 条有日期的记录中有 {outside} 条在考核期 {from} 至 {to} 之外，未计分（这些记录的日期从 {first} 到 {last}）",
    }
    /// An optional field without a column; `took` says what its records took.
    warn_column_not_found(source, place, field, accepted: Text, found: Text, records, took: Text) {
        en: "source {source}, {place}: no column for the optional field {field} (headers accepted: {accepted}; the header row has: {found}), so all {records} records {took}; if the column is there under another name, add that name to the field's headers",
        zh: "数据源 {source}，{place}：没有找到可选字段 {field} 的列（可接受的表头：{accepted}；表头行中有：{found}），全部 {records} 条记录{took}；如果该列在表中换了名称，请把这个名称加到该字段的 headers 中",
    }
    /// The records of a missing optional field, read blank.
    took_blank { en: "were read as blank", zh: "按空白读取" }
    /// The records of a missing optional field, given its default.
    took_default(default) {
        en: "took the default {default}",
        zh: "取默认值 {default}",
    }
    /// Records in hidden rows, counted all the same.
    warn_hidden_rows(source, place, records) {
        en: "source {source}, {place}: {records} records are in hidden or filtered-out rows and were not left out: they count like any other row; if they were hidden to leave them out, delete those rows instead",
        zh: "数据源 {source}，{place}：有 {records} 条记录在隐藏或被筛选隐藏的行中，并未因此被排除，和其他行一样计入；如果隐藏它们是为了不计入，请删除这些行",
    }
    /// An appeal naming an evidence row the teacher's evidence lacks.
    warn_appeal_row_not_in_evidence(row, key, reference) {
        en: "appeal {row}: {reference} is not among the evidence of 工号 {key}; check the file, sheet and row it names",
        zh: "申诉 {row}：工号 {key} 的明细中没有 {reference}；请核对它写的文件、工作表和行号",
    }
}

// --- evidence: minimums, adjustments, ratings
crate::messages! {
    /// A category below its minimum scores nothing.
    category_below_min(name, sum, min) {
        en: "subtotal of {name} {sum} < {min}: scores 0",
        zh: "类别「{name}」合计 {sum} < {min}：不得分",
    }
    /// An item below its minimum scores nothing.
    item_below_min(score, min) {
        en: "{score} < {min}: scores 0",
        zh: "{score} < {min}：不得分",
    }
    /// A record an adjustment requires, with its label.
    required_record(label, detail: Text) {
        en: "{label}: {detail}",
        zh: "{label}：{detail}",
    }
    /// A rater with no score for the teacher.
    rater_no_score(rater) {
        en: "{rater}: no score, counted as 0",
        zh: "{rater}：无评分，按 0 分计",
    }
    /// A rater's mean, weighted.
    rater_mean(rater, n, terms, mean, w, p) {
        en: "{rater}: mean of {n} ({terms})/{n} = {mean} × {w}% = {p}",
        zh: "{rater}：{n} 条平均 ({terms})/{n} = {mean} × {w}% = {p}",
    }
    /// A rule's exemption that applied.
    exempt(label) {
        en: "exempt: {label}",
        zh: "免扣：{label}",
    }
    /// What overflowed: the subtotals.
    the_subtotals { en: "the subtotals", zh: "小计" }
    /// What overflowed: an item's rules together.
    the_items_rules { en: "the item's rules together", zh: "该项各规则的合计" }
    /// What overflowed: a value added to a rule's sum.
    values_adding(fields, amount) {
        en: "{fields} (adding {amount})",
        zh: "{fields}（计入 {amount}）",
    }
}

// --- why a rule could not be evaluated
crate::messages! {
    /// A value with no points in the rule.
    rule_no_points(v) {
        en: "{v} has no points in the rule",
        zh: "规则中没有给 {v} 规定分值",
    }
    /// A blank field.
    rule_blank(f) {
        en: "{f} is blank",
        zh: "{f} 为空",
    }
    /// A negative value.
    rule_negative(n) {
        en: "the value {n} is negative",
        zh: "值 {n} 是负数",
    }
    /// An expression met a blank field; `e` is the error's own words.
    eval_blank(e, field) {
        en: "{e}",
        zh: "字段 `{field}` 为空",
    }
    /// An expression divided by zero.
    eval_division_by_zero(e) {
        en: "{e}",
        zh: "除数为 0",
    }
    /// An expression's result too large.
    eval_overflow(e) {
        en: "{e}",
        zh: "计算结果超出了数值范围",
    }
    /// A field whose value is not its declared type.
    eval_wrong_type(e, field, declared) {
        en: "{e}",
        zh: "字段 `{field}` 的值不是声明的类型 {declared}",
    }
    /// A lookup table without a row for the keys.
    eval_no_table_row(e, table, keys) {
        en: "{e}",
        zh: "查找表 `{table}` 中没有 {keys} 对应的值",
    }
}

// --- evidence of a kaohe fault: the evidence does not reconcile
crate::messages! {
    /// An item's evidence does not sum to its score.
    internal_evidence_sum(key, id, moved, start, score) {
        en: "teacher {key} item {id}: evidence sums to {moved} from {start}, but the score is {score}",
        zh: "教师 {key} 的项目 {id}：明细从 {start} 起合计 {moved}，但得分是 {score}",
    }
    /// An item's score outside its range.
    internal_score_outside(key, id, score, max) {
        en: "teacher {key} item {id}: score {score} outside 0..{max}",
        zh: "教师 {key} 的项目 {id}：得分 {score} 不在 0..{max} 之内",
    }
    /// A subtotal that its items and adjustments do not give.
    internal_subtotal(key, id, got, want) {
        en: "teacher {key} category {id}: subtotal {got} but its items and adjustments give {want}",
        zh: "教师 {key} 的类别 {id}：小计为 {got}，但按其项目和折算应为 {want}",
    }
    /// A total that the categories do not add up to.
    internal_total(key, total, got) {
        en: "teacher {key}: categories add up to {total} but the total is {got}",
        zh: "教师 {key}：各类别合计 {total}，但总分是 {got}",
    }
}

// --- comparisons within a group
crate::messages! {
    /// The group compared in: the whole roster.
    whole_roster { en: "whole roster", zh: "全校" }
    /// A teacher without a record is not compared.
    not_compared { en: "no record, so not compared within the group", zh: "无记录，不参与组内比较" }
    /// What overflowed: a teacher's value within the group.
    value_within_group(value) {
        en: "the teacher's value {value} within the group",
        zh: "该教师在组内的值 {value}",
    }
    /// A relative rule's detail after the mean of its records.
    mean_of_records(n, detail: Text) {
        en: "mean of {n} records; {detail}",
        zh: "{n} 条记录平均；{detail}",
    }
    /// The group and its size: one teacher.
    group_of_one(label: Text, n) {
        en: "{label}, {n} teacher",
        zh: "{label}，共 {n} 人",
    }
    /// The group and its size: several teachers.
    group_of(label: Text, n) {
        en: "{label}, {n} teachers",
        zh: "{label}，共 {n} 人",
    }
    /// Scaled against the group's largest value.
    the_groups_largest { en: "the group's largest", zh: "组内最高" }
    /// Scaled against the group's average.
    the_groups_average { en: "the group's average", zh: "组内平均" }
    /// Nothing to scale by: the group's largest or average is 0.
    scaled_by_zero(v, word: Text, who: Text) {
        en: "{v} ÷ {word} 0 ({who}): nothing to scale by, scored 0",
        zh: "{v} ÷ {word} 0（{who}）：无从折算，计 0",
    }
    /// Scaled against the group's largest or average.
    scaled(v, word: Text, base, who: Text, pn, eq) {
        en: "{v} ÷ {word} {base} ({who}) × {pn} {eq}",
        zh: "{v} ÷ {word} {base}（{who}）× {pn} {eq}",
    }
    /// A rank shared with others.
    tied_with(others) {
        en: ", tied with {others}",
        zh: "，与 {others} 人并列",
    }
    /// Points by rank, in a straight line.
    rank_linear(v, rank, tie: Text, who: Text, n, pn, eq) {
        en: "{v}: rank {rank}{tie} ({who}); ({n} − {rank} + 1) ÷ {n} × {pn} {eq}",
        zh: "{v}：第 {rank} 名{tie}（{who}）；({n} − {rank} + 1) ÷ {n} × {pn} {eq}",
    }
    /// Points by rank, from the rubric's table.
    rank_table(v, rank, tie: Text, who: Text, pts) {
        en: "{v}: rank {rank}{tie} ({who}); points for the rank {pts}",
        zh: "{v}：第 {rank} 名{tie}（{who}）；名次分 {pts}",
    }
}

// --- day and week windows
crate::messages! {
    /// A window's sum of a value.
    window_sum(v: Text, found) {
        en: "sum of {v} {found}",
        zh: "{v} 合计 {found}",
    }
    /// A window's count of records.
    window_count(found) {
        en: "count {found}",
        zh: "{found} 次",
    }
    /// A window breached: where, what, the limit and its records.
    /// A week cut by the period, its limit prorated: how many of its school days are in the period.
    window_prorated(inside, whole) {
        en: "(cut by the period: {inside} of its {whole} school days, limit prorated)",
        zh: "（被考核期截断：{whole} 个上课日中 {inside} 个在考核期内，要求按比例折算）",
    }
    window_breach(place: Text, what: Text, sign, limit, records: Text) {
        en: "{place}: {what} {sign} {limit}; {records}",
        zh: "{place}：{what} {sign} {limit}；{records}",
    }
    /// A window across teachers breached: where, every teacher's sum or
    /// count, the limit, the records and who pays.
    window_across_breach(place: Text, what: Text, sign, limit, records: Text, charge: Text) {
        en: "{place}: every teacher's {what} {sign} {limit}; {records}; {charge}",
        zh: "{place}：全体教师 {what} {sign} {limit}；{records}；{charge}",
    }
    /// A window across teachers charged to those with records in it.
    charged_to_contributors {
        en: "charged to every teacher with a record in the window",
        zh: "扣给窗口里有记录的每位教师",
    }
    /// A window across teachers charged to the teacher a lookup names.
    charged_by_lookup(expr: Text, key) {
        en: "charged to {key} ({expr})",
        zh: "扣给 {key}（{expr}）",
    }
    /// A window's charged teacher is not in the roster.
    charged_not_in_roster(key, place: Text) {
        en: "the window {place} is charged to `{key}`, who is not in the roster",
        zh: "窗口 {place} 应扣给 `{key}`，但名册里没有这位教师",
    }
    /// A window without records.
    no_records { en: "no records", zh: "无记录" }
    /// More records than are listed.
    and_more(n) {
        en: " and more, {n} in all",
        zh: " 等，共 {n} 条",
    }
    /// A window's records, by row in one sheet.
    records_rows(list: Text, more: Text) {
        en: "records: rows {list}{more}",
        zh: "记录：行 {list}{more}",
    }
    /// A window's records, across files.
    records_at(list: Text, more: Text) {
        en: "records: {list}{more}",
        zh: "记录：{list}{more}",
    }
}

// --- problems in the data, each located
crate::messages! {
    /// Where a problem is, before what it is.
    at_origin(origin_en, origin_zh) {
        en: "{origin_en}: ",
        zh: "{origin_zh}：",
    }
    /// A record whose teacher key the roster lacks.
    unknown_teacher(origin_en, origin_zh, key) {
        en: "{origin_en}: teacher key \"{key}\" is not in the roster (check the 工号, or set \
             `unknown_teachers = \"skip\"` under [roster] to skip such records)",
        zh: "{origin_zh}：工号\"{key}\"不在名册中（请核对工号；如要跳过这类记录，可在方案的 [roster] 下写 \
             `unknown_teachers = \"skip\"`）",
    }
    /// A record without a teacher key.
    blank_key(origin_en, origin_zh, field) {
        en: "{origin_en}: {field} is blank; every record needs the teacher's key",
        zh: "{origin_zh}：{field} 为空；每条记录都要有教师的工号",
    }
    /// A teacher key twice in the roster.
    duplicate_teacher(origin_en, origin_zh, key, first_en, first_zh) {
        en: "{origin_en}: teacher key \"{key}\" appears twice in the roster (first at {first_en})",
        zh: "{origin_zh}：工号\"{key}\"在名册中出现了两次（第一次在 {first_zh}）",
    }
    /// `[pay]` by group: a teacher whose group has no pool.
    pay_group_without_pool(key, name, field, value) {
        en: "{key} {name}: [pay] has no pool for {field} \"{value}\"; add it to `pools` (a teacher cannot be paid from no pool)",
        zh: "{key} {name}：[pay] 的 pools 中没有 {field} 为\"{value}\"的奖金池；请在 `pools` 中补上（教师不能从不存在的奖金池中发放）",
    }
    /// A pool smaller than the floors of the teachers it pays.
    pay_pool_below_floors(group: Text, pool, teachers, floor, least) {
        en: "the pool{group} of {pool} yuan cannot pay its {teachers} teachers the floor of {floor}: that takes {least}; lower the floor or raise the pool",
        zh: "奖金池{group} {pool} 元不够给 {teachers} 位教师每人发保底 {floor} 元（共需 {least} 元）；请降低保底或增加奖金池",
    }
    /// A pool larger than the ceilings of the teachers it pays.
    pay_pool_above_ceilings(group: Text, pool, teachers, most) {
        en: "the pool{group} of {pool} yuan cannot be paid out within the ceiling: its {teachers} teachers take at most {most}; raise the ceiling or lower the pool",
        zh: "奖金池{group} {pool} 元在封顶之内发不完：{teachers} 位教师最多只能发 {most} 元；请提高封顶或减少奖金池",
    }
    /// A pool nothing weighs a share of: not paid out.
    warn_pay_unshared(group: Text, pool) {
        en: "[pay]: the pool{group} of {pool} yuan was not paid out: every teacher's share weighs 0 (all vetoed, below the base, or of a grade whose coefficient is 0) and there is no floor",
        zh: "[pay]：奖金池{group} {pool} 元未发放：所有教师的分配权重都是 0（全部被否决、低于 base，或等级系数为 0），且没有保底",
    }
    /// Pay arithmetic beyond a decimal.
    pay_overflow() {
        en: "performance pay: an amount too large to compute exactly",
        zh: "绩效工资：金额过大，无法精确计算",
    }
    /// An export that is its own roster gives one key two names.
    teacher_named_twice(origin_en, origin_zh, key, field, value, first_value, first_en, first_zh) {
        en: "{origin_en}: \"{key}\" has {field} \"{value}\" here but \"{first_value}\" at {first_en}; one key must be one teacher (correct the export, or score from a roster)",
        zh: "{origin_zh}：\"{key}\" 在这里的{field}是\"{value}\"，在 {first_zh} 却是\"{first_value}\"；一个编号只能对应一位教师（请更正导出文件，或改用名册）",
    }
    /// A record without a date.
    blank_date(origin_en, origin_zh, field) {
        en: "{origin_en}: {field} is blank; the record cannot be placed in the period",
        zh: "{origin_zh}：{field} 为空；无法判断这条记录属于哪个考核期",
    }
    /// A rule that cannot be applied to a record.
    rule_not_applied(origin_en, origin_zh, rule, reason: Text) {
        en: "{origin_en}: rule \"{rule}\" cannot be applied: {reason}",
        zh: "{origin_zh}：规则\"{rule}\"无法计算：{reason}",
    }
    /// An imported score outside its item's range.
    import_out_of_range(origin_en, origin_zh, item, value, max) {
        en: "{origin_en}: score {value} for \"{item}\" is outside 0 to {max}, the item's range",
        zh: "{origin_zh}：考核项\"{item}\"的分数 {value} 超出了该项的范围 0 到 {max}",
    }
    /// A second imported score for one teacher's item.
    import_twice(origin_en, origin_zh, item, first_en, first_zh) {
        en: "{origin_en}: a second score for \"{item}\" for the same teacher (first at {first_en})",
        zh: "{origin_zh}：同一位教师的考核项\"{item}\"有第二个分数（第一个在 {first_zh}）",
    }
    /// The same record twice.
    duplicate_record(origin_en, origin_zh, values, first_en, first_zh) {
        en: "{origin_en}: the same record twice ({values}; first at {first_en}); \
             delete one of them, or correct its values",
        zh: "{origin_zh}：同一条记录出现了两次（{values}；第一次在 {first_zh}）；请删除其中一条，或改正它的值",
    }
    /// A value that takes a rule's arithmetic past the largest number.
    overflow(at: Text, teacher, rule, source, values: Text, max) {
        en: "{at}teacher {teacher}, rule \"{rule}\" (source `{source}`): {values} takes the \
             sum or product past {max}, the largest number kaohe computes exactly; no \
             export holds such a value: check it",
        zh: "{at}教师 {teacher} 的规则\"{rule}\"（数据源 `{source}`）：{values} 使合计或乘积超出了 \
             {max}，这是 kaohe 能精确计算的最大数；导出的数据不会有这样的值，请核对",
    }
    /// A teacher with no record for an imported item.
    import_missing(key, name, item, source) {
        en: "teacher {key} {name} has no record in source `{source}` for \"{item}\" \
             (or set `missing = \"zero\"` on the rule to score it 0)",
        zh: "教师 {key} {name} 在数据源 `{source}` 中没有考核项\"{item}\"的记录\
             （或在该规则上写 `missing = \"zero\"`，按 0 分计）",
    }
    /// A teacher with no score from one rater.
    rater_missing(key, name, item, rater, source) {
        en: "teacher {key} {name} has no score from rater \"{rater}\" in source `{source}` \
             for \"{item}\" (or set `missing = \"zero\"` on the weighted rule to count it 0)",
        zh: "教师 {key} {name} 在数据源 `{source}` 中没有评价方\"{rater}\"给考核项\"{item}\"的分数\
             （或在该加权规则上写 `missing = \"zero\"`，按 0 分计）",
    }
}
