//! The workbook's fixed words: sheet names, column headers, section titles,
//! the kinds of evidence line, and the blank templates' words.

// --- the workbook's sheets, and the data-problems sheet's columns
// Sheet names: Excel limits them to 31 characters and forbids `[]:*?/\`.
crate::messages! {
    /// Per-teacher scores.
    sheet_summary { en: "Summary", zh: "汇总" }
    /// The summary laid out for paper: category subtotals, total, grade.
    sheet_summary_print { en: "Summary (print)", zh: "汇总（打印）" }
    /// One row per evidence line.
    sheet_evidence { en: "Evidence", zh: "明细" }
    /// One row per veto record.
    sheet_vetoes { en: "Vetoes", zh: "否决" }
    /// The rubric as applied.
    sheet_rules { en: "Rules", zh: "规则" }
    /// What was read.
    sheet_run { en: "Run", zh: "运行信息" }
    /// Records skipped for data problems under `--keep-going`.
    sheet_problems { en: "Data problems", zh: "数据问题" }
    /// The cell at fault, in A1 form.
    cell { en: "Cell", zh: "单元格" }
    /// A data problem in words.
    problem { en: "Problem (record not scored)", zh: "问题（该记录未计分）" }
}

// --- joining words in a cell
crate::messages! {
    /// Between the first and last day of the period.
    period_to { en: " to ", zh: " 至 " }
    /// Joins several veto names in one cell.
    list_separator { en: "; ", zh: "；" }
}

// --- the summary sheet's columns
crate::messages! {
    /// Row number in the summary.
    seq { en: "No.", zh: "序号" }
    /// The teacher's key (工号).
    key { en: "ID", zh: "工号" }
    /// The teacher's name.
    name { en: "Name", zh: "姓名" }
    /// The teacher's school.
    school { en: "School", zh: "学校" }
    /// Group header over the category subtotal columns.
    subtotals { en: "Category scores", zh: "类别得分" }
    /// The total score.
    total { en: "Total", zh: "总分" }
    /// The grade.
    grade { en: "Grade", zh: "等级" }
    /// Names of the vetoes that hit a teacher.
    veto_reasons { en: "Veto reasons", zh: "否决原因" }
}

// --- the evidence sheet's columns
crate::messages! {
    /// A category.
    category { en: "Category", zh: "类别" }
    /// An item.
    item { en: "Item", zh: "项目" }
    /// A rule (its label in the evidence, its description in the rules).
    rule { en: "Rule", zh: "规则" }
    /// The kind of an evidence line.
    kind { en: "Kind", zh: "类型" }
    /// Signed points of an evidence line.
    points { en: "Points", zh: "分值" }
    /// The input file a record came from.
    source_file { en: "Source file", zh: "来源文件" }
    /// The sheet a record came from.
    sheet { en: "Sheet", zh: "工作表" }
    /// The row a record came from.
    row { en: "Row", zh: "行号" }
    /// The fields that matched.
    detail { en: "Matched fields", zh: "匹配字段" }
}

// --- the kinds of evidence line
crate::messages! {
    /// An evidence line of kind `Record`.
    kind_record { en: "record", zh: "记录" }
    /// An evidence line of kind `Exempt`.
    kind_exempt { en: "exempt", zh: "免扣" }
    /// An evidence line of kind `RuleCap`.
    kind_rule_cap { en: "rule cap", zh: "规则封顶" }
    /// An evidence line of kind `ItemCap`.
    kind_item_cap { en: "item cap", zh: "项目封顶" }
    /// An evidence line of kind `Floor`.
    kind_floor { en: "floor at 0", zh: "扣完为止" }
    /// An evidence line of kind `Import`.
    kind_import { en: "import", zh: "导入" }
    /// An evidence line of kind `Missing`.
    kind_missing { en: "no record", zh: "缺记录" }
    /// An evidence line of kind `Rounding`.
    kind_rounding { en: "rounding", zh: "舍入" }
    /// An evidence line of kind `Ratio`.
    kind_ratio { en: "share", zh: "比例" }
    /// An evidence line of kind `Override`.
    kind_override { en: "manual override", zh: "人工调整" }
    /// An evidence line of kind `Window`.
    kind_window { en: "window breach", zh: "未达标时段" }
    /// An evidence line of kind `Relative`.
    kind_relative { en: "relative to group", zh: "组内折算" }
    /// An evidence line of kind `Threshold`.
    kind_threshold { en: "below threshold", zh: "未达门槛" }
    /// An evidence line of kind `Rating`.
    kind_rating { en: "rating", zh: "评分" }
    /// An evidence line of kind `Weighted`.
    kind_weighted { en: "weighted", zh: "加权" }
    /// A 明细 row for an adjustment of a category subtotal.
    kind_adjust { en: "adjustment", zh: "折算" }
    /// The item column of an adjustment row: it is about the whole category.
    category_subtotal { en: "(category subtotal)", zh: "（类别合计）" }
}

// --- the summary's quota columns, and the rules sheet's thresholds, adjustments and quota
crate::messages! {
    /// 汇总: the teacher's place in the quota ranking.
    rank { en: "Rank", zh: "排名" }
    /// 汇总: why the grade is what it is.
    grade_basis { en: "Grade basis", zh: "等级依据" }
    /// 汇总: adjustments applied to the teacher's subtotals.
    adjust_notes { en: "Adjustments", zh: "折算说明" }
    /// 规则: an item's or category's threshold.
    threshold { en: "Threshold", zh: "门槛" }
    /// 规则: section title for categories with thresholds.
    section_categories { en: "Category thresholds", zh: "类别门槛" }
    /// 规则: section title for adjustments.
    section_adjustments { en: "Adjustments", zh: "折算" }
    /// 规则: an adjustment's factor.
    factor { en: "Factor", zh: "系数" }
    /// 规则: a grade's share of the ranking.
    grade_share { en: "Share", zh: "名额比例" }
    /// 规则: section title for the quota's policies.
    section_quota { en: "Grade quotas", zh: "等级名额" }
    /// 规则: the roster field ranked within.
    quota_scope { en: "Ranked within", zh: "排名范围" }
    /// 规则: how counts round.
    quota_counts { en: "Counts rounded", zh: "名额取整" }
    /// 规则: the tie policy.
    quota_ties { en: "Ties", zh: "并列处理" }
    /// 规则: the tie-break scores.
    quota_tie_break { en: "Ties broken by", zh: "并列时依次比较" }
    /// 规则: what vetoed teachers do.
    quota_vetoed { en: "Vetoed teachers", zh: "否决教师" }
}

// --- the vetoes sheet's columns
crate::messages! {
    /// A veto's name.
    veto { en: "Veto", zh: "否决项" }
    /// The grade a veto forces.
    forced_grade { en: "Forced grade", zh: "强制等级" }
}

// --- the rules sheet: items, vetoes, grades and scoring
crate::messages! {
    /// Section title: the items and their rules.
    section_items { en: "Items", zh: "评分项目" }
    /// An item's maximum.
    max { en: "Max", zh: "满分" }
    /// Where an item's score starts.
    start { en: "Starts at", zh: "起始" }
    /// Deduction items start at the maximum.
    start_max { en: "max, deducted", zh: "满分起扣" }
    /// Bonus and imported items start at 0.
    start_zero { en: "0, added", zh: "0 起加" }
    /// A rule in words, as the entries about rules say it.
    rule_text { en: "How it scores", zh: "计分方式" }
    /// The source a rule or veto reads.
    data_source { en: "Source", zh: "数据源" }
    /// Section title: vetoes.
    section_vetoes { en: "Vetoes", zh: "否决项" }
    /// A veto's condition as written.
    condition { en: "Condition", zh: "条件" }
    /// Section title: grade bands.
    section_grades { en: "Grades", zh: "等级划分" }
    /// A band's minimum score.
    grade_min { en: "Minimum", zh: "最低分" }
    /// The lowest band's minimum (there is none).
    grade_rest { en: "otherwise", zh: "其余" }
    /// Section title: rounding and full marks.
    section_scoring { en: "Scoring", zh: "计分" }
    /// Decimal places kept.
    rounding_places { en: "Decimal places", zh: "保留小数位" }
    /// Rounding mode.
    rounding_mode { en: "Rounding", zh: "舍入方式" }
    /// 规则: where scores are rounded, when not at each item.
    rounding_at { en: "Rounded at", zh: "舍入位置" }
    /// The sum of all maxima.
    full_marks { en: "Full marks", zh: "满分合计" }
}

// --- the run sheet: what was read and how
crate::messages! {
    /// kaohe's version.
    tool_version { en: "Tool version", zh: "工具版本" }
    /// The rubric file.
    rubric_file { en: "Rubric", zh: "评分方案" }
    /// The rubric file's digest.
    rubric_sha256 { en: "Rubric SHA-256", zh: "方案 SHA-256" }
    /// The period scored.
    period { en: "Period", zh: "考核期间" }
    /// No period was given: every record counts.
    period_all { en: "not limited (all records)", zh: "未限定（全部记录）" }
    /// Lock files and macOS `._` files left out of the input folders.
    passed_over { en: "Lock and ._ files passed over", zh: "略过的锁定文件和 ._ 文件" }
    /// Section title: input files.
    section_inputs { en: "Input files", zh: "输入文件" }
    /// An input file.
    file { en: "File", zh: "文件" }
    /// A file's digest.
    sha256 { en: "SHA-256", zh: "SHA-256" }
    /// Sources a file was read as.
    sources { en: "Sources", zh: "数据源" }
    /// The header row of a sheet.
    header_row { en: "Header row", zh: "表头行" }
    /// Records read from a sheet.
    records { en: "Records", zh: "记录数" }
    /// A file that matched no source.
    not_read { en: "not read (matches no source)", zh: "未读取（不匹配任何数据源）" }
    /// Section title: counts per source.
    section_sources { en: "Records per source", zh: "数据源统计" }
    /// Records read.
    read { en: "Read", zh: "读取" }
    /// Records scored.
    scored { en: "Scored", zh: "计分" }
    /// Records outside the period.
    outside_period { en: "Outside period", zh: "期间外" }
    /// Records of teachers not in the roster.
    unknown_teacher { en: "Unknown teacher", zh: "未知教师" }
    /// Section title: what scored soundly but must be said.
    section_warnings { en: "Warnings", zh: "警告" }
    /// A warning's stable code.
    warning_code { en: "Code", zh: "代码" }
    /// A warning's message.
    warning_message { en: "Message", zh: "说明" }
}

// --- the statistics and slips sheets
crate::messages! {
    /// Grade distribution and per-item statistics.
    sheet_stats { en: "Statistics", zh: "统计" }
    /// One printable slip per teacher.
    sheet_slips { en: "Slips", zh: "个人" }
    /// Page footer of printed sheets (`&P` page, `&N` pages).
    page_footer { en: "Page &P of &N", zh: "第 &P 页，共 &N 页" }
    /// The line under a printed summary, for the people who sign it.
    print_signatures {
        en: "Prepared by: ____________    Checked by: ____________    Date: ____________",
        zh: "制表人：____________    审核人：____________    日期：____________"
    }
    /// Section title: how many teachers got each grade.
    section_grade_distribution { en: "Grade distribution", zh: "等级分布" }
    /// A number of teachers.
    count { en: "Teachers", zh: "人数" }
    /// A share of all teachers.
    share { en: "Share", zh: "占比" }
    /// Section title: per-item statistics.
    section_item_stats { en: "Scores per item", zh: "各项得分统计" }
    /// Average score.
    average { en: "Average", zh: "平均分" }
    /// Lowest score.
    minimum { en: "Minimum", zh: "最低分" }
    /// Highest score.
    maximum { en: "Maximum", zh: "最高分" }
    /// Maximum minus average: where points are lost.
    average_loss { en: "Average loss", zh: "平均失分" }
    /// Title of the chart of grades.
    chart_grades { en: "Teachers per grade", zh: "等级分布" }
    /// Title of the chart of items' average loss.
    chart_loss { en: "Average points lost per item", zh: "各项平均失分" }
    /// An item that starts at 0 and only gains (bonus, proportional, imported, rated): its maximum minus its average, points not earned rather than lost.
    average_unearned { en: "Average not earned", zh: "平均未获加分" }
    /// Title of the chart of items' average loss and points not earned.
    chart_loss_unearned { en: "Average points lost or not earned per item", zh: "各项平均失分与未获加分" }
    /// Under the table of items: what its two gap columns measure.
    stats_loss_note {
        en: "Average loss: for items that start full and lose points, full marks minus the average. Average not earned: for items that start at 0 and only add points (bonus, proportional, imported or rated), full marks minus the average — points not gained, not a deduction. The total row sums each column.",
        zh: "平均失分：从满分起扣的项目，满分减平均分。平均未获加分：从 0 分起加的项目（加分、按量、导入或评分），满分减平均分，是没有得到的加分，不是扣分。合计行为各列之和。",
    }
    /// Title of a teacher's slip.
    slip_title { en: "Assessment result", zh: "个人考核结果" }
    /// An item's score on a slip.
    score { en: "Score", zh: "得分" }
    /// The evidence of an item, summarised on a slip.
    evidence_summary { en: "Evidence", zh: "依据" }
    /// An item with no evidence.
    no_evidence { en: "none", zh: "无记录" }
    /// After a grade forced by a veto.
    graded_by_veto { en: " (veto)", zh: "（否决）" }
    /// The signature line of a slip.
    signature { en: "Signature:                          Date:", zh: "本人签字：　　　　　　　　日期：" }
}

// --- the blank templates for a source
crate::messages! {
    /// The data sheet of a template whose source names no sheet.
    template_data_sheet { en: "Data", zh: "数据" }
    /// The instructions sheet of a template.
    template_instructions_sheet { en: "Instructions", zh: "说明" }
    /// On top of each printed page of a template: the rubric and the source the template is for.
    template_print_title(rubric, source) {
        en: "{rubric}: template for source {source}",
        zh: "{rubric}：数据源 {source} 填写模板",
    }
    /// What a template is for: the source it is read as, and the file names it must match.
    template_intro(source, patterns) {
        en: "How to fill in: one record per row from row 2; keep the header row as it is (italic columns may stay empty). This file is read as the rubric's source {source}, so its name must match {patterns}; keep the name, or use an export from DingTalk, WeCom or WPS with the same headers.",
        zh: "填写说明：每行一条记录，从第 2 行起填写，不要修改第 1 行表头（斜体列可不填）。本表供评分方案的数据源 {source} 使用，文件名须匹配 {patterns}；可保留本文件名，或直接使用钉钉、企业微信、WPS 导出的同名表头文件。",
    }
    /// A template column.
    template_column { en: "Column", zh: "列" }
    /// What a column holds.
    template_type { en: "Type", zh: "类型" }
    /// Whether a column must be filled.
    template_required { en: "Required", zh: "必填" }
    /// The values a column accepts.
    template_values { en: "Values", zh: "可选值" }
    /// Other headers the column may have.
    template_aliases { en: "Other accepted headers", zh: "也可用的表头" }
    /// Yes.
    template_yes { en: "yes", zh: "是" }
    /// No.
    template_no { en: "no", zh: "否" }
    /// A dropdown's warning.
    template_not_listed { en: "This value is not in the list; scoring may reject it.", zh: "该值不在列表中，评分时可能被视为数据错误。" }
}

// --- phrases inside cells
crate::messages! {
    /// A label and its value on a slip's line about the teacher.
    slip_fact(label, value) { en: "{label}: {value}", zh: "{label}：{value}" }
    /// A category's column in the CSV with names: marked as its subtotal.
    subtotal_column(category, subtotals: Text) {
        en: "{category} ({subtotals})",
        zh: "{category}（{subtotals}）",
    }
    /// A veto's condition on the rules sheet when it takes several records.
    veto_from_records(condition: Text, n) {
        en: "{condition} (from {n} matching records)",
        zh: "{condition}（满 {n} 条记录即否决）",
    }
    /// A veto on a slip, with the records that hit it.
    veto_with_records(veto, records: Text) { en: "{veto} ({records})", zh: "{veto}（{records}）" }
    /// After an evidence group on a slip whose records were exempt.
    exempt_note(exempt: Text) { en: " ({exempt})", zh: "（{exempt}）" }
    /// A subtotal or total rounded where the rubric rounds (`at = "total"`).
    rounding_step(exact, rounded, places, mode) {
        en: "{exact} rounded ({mode}) to {places} place(s) = {rounded}",
        zh: "{exact} {mode}保留 {places} 位小数 = {rounded}",
    }
    /// 明细: the item column of the total's rounding line.
    total_line { en: "(total)", zh: "（总分）" }
    /// An adjustment applied to a teacher's category subtotal.
    adjust_note(category, before, factor, after, adjustment) {
        en: "{category} {before} × {factor} = {after} ({adjustment})",
        zh: "{category} {before} × {factor} = {after}（{adjustment}）",
    }
}

// --- the blank templates: what a column holds
crate::messages! {
    /// The values of a yes/no column.
    template_boolean_values { en: "yes; no", zh: "是；否" }
    /// A column's values and what the rubric maps them to.
    template_values_mapped(values, mapped) { en: "{values} ({mapped})", zh: "{values}（{mapped}）" }
    /// A key column.
    template_type_key { en: "identifier (text, leading zeros kept)", zh: "编号（文本，保留前导 0）" }
    /// A text column.
    template_type_text { en: "text", zh: "文本" }
    /// A whole-number column.
    template_type_integer { en: "whole number", zh: "整数" }
    /// A decimal column.
    template_type_decimal { en: "number", zh: "数字" }
    /// A date column.
    template_type_date { en: "date, such as 2022-03-01", zh: "日期，如 2022-03-01" }
    /// A date-and-time column.
    template_type_datetime {
        en: "date and time, such as 2022-03-01 08:00",
        zh: "日期时间，如 2022-03-01 08:00",
    }
    /// A duration column.
    template_type_duration { en: "duration (minutes, or 1h30m)", zh: "时长（分钟，或 1小时30分钟）" }
    /// A yes/no column.
    template_type_boolean { en: "yes/no (是/否)", zh: "是/否" }
    /// A column with a dropdown.
    template_type_enum { en: "one of the listed values", zh: "从下拉列表选择" }
    /// A time-of-day column.
    template_type_time { en: "time of day (07:41)", zh: "时刻（07:41）" }
    /// A column of several values in one cell.
    template_type_list { en: "several values in one cell", zh: "一格多个值" }
}
