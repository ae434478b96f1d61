//! `diff`: what differs between two sets of results — the warnings, the
//! terminal table and summary, and the workbook.

// --- warnings about what was compared
crate::messages! {
    /// The two runs read different inputs; each side lists its files or says [`no_files`].
    inputs_differ(only_old: Text, only_new: Text) {
        en: "the inputs differ (SHA-256): only in old: {only_old}; only in new: {only_new} — scores may differ because the data did, not the rules",
        zh: "两次的输入文件不同（SHA-256）：只在原结果中：{only_old}；只在新结果中：{only_new}。分数的变化可能来自数据，而不是规则",
    }
    /// An empty list of files.
    no_files { en: "none", zh: "无" }
    /// The two runs scored different periods; each is a [`period_range`] or [`all_records`].
    periods_differ(old: Text, new: Text) {
        en: "the periods differ: old {old}, new {new}",
        zh: "考核期间不同：原 {old}，新 {new}",
    }
    /// A period from one date to another.
    period_range(from, to) {
        en: "{from} to {to}",
        zh: "{from} 至 {to}",
    }
    /// Results scored without a period.
    all_records { en: "all records", zh: "全部记录" }
}

// --- the terminal
crate::messages! {
    /// Before the old results' origin.
    diff_old { en: "old", zh: "原结果" }
    /// Before the new results' origin.
    diff_new { en: "new", zh: "新结果" }
    /// Before a warning.
    diff_warning { en: "warning", zh: "警告" }
    /// In the items column, for a teacher only the new results have.
    teacher_added { en: "(new teacher)", zh: "（新增教师）" }
    /// In the items column, for a teacher only the old results have.
    teacher_removed { en: "(no longer scored)", zh: "（不再参评）" }
    /// Instead of the table when no teacher changed.
    nothing_changed { en: "no teacher's result changed", zh: "没有教师的结果发生变化" }
    /// Before the teachers whose totals moved most.
    largest_moves { en: "largest moves", zh: "变化最大" }
    /// Table column: the old total.
    table_old { en: "old", zh: "原总分" }
    /// Table column: the new total.
    table_new { en: "new", zh: "新总分" }
    /// Table column: the change in total.
    table_delta { en: "delta", zh: "变化" }
    /// Under `[pay]`: the pay columns.
    table_old_pay { en: "old pay", zh: "原绩效工资" }
    table_new_pay { en: "new pay", zh: "新绩效工资" }
    table_pay_delta { en: "pay delta", zh: "工资变化" }
    /// Table column: the old grade.
    table_old_grade { en: "grade", zh: "原等级" }
    /// Table column: the new grade.
    table_new_grade { en: "new grade", zh: "新等级" }
    /// Table column: the items that changed.
    table_items { en: "items", zh: "变化项目" }
    /// Table column: the rules that changed.
    table_rules { en: "rules", zh: "变化规则" }
    /// The summary line.
    diff_summary(compared, changed, up, down, graded) {
        en: "{compared} compared, {changed} changed: {up} up, {down} down, {graded} changed grade",
        zh: "比较 {compared} 人，{changed} 人有变化：上升 {up} 人，下降 {down} 人，等级变化 {graded} 人",
    }
    /// After the summary, when teachers were added or removed.
    diff_added_removed(added, removed) {
        en: "; {added} added, {removed} removed",
        zh: "；新增 {added} 人，移除 {removed} 人",
    }
}

// --- the workbook: sheets and columns
crate::messages! {
    /// Sheet: every teacher compared.
    sheet_comparison { en: "Comparison", zh: "对比" }
    /// Sheet: each item that changed.
    sheet_item_changes { en: "Item changes", zh: "项目变化" }
    /// Sheet: each rule whose points changed.
    sheet_rule_changes { en: "Rule changes", zh: "规则变化" }
    /// Sheet: what was compared, the counts and warnings.
    sheet_about { en: "About", zh: "说明" }
    /// Column: changed, unchanged, added or removed.
    column_status { en: "Status", zh: "状态" }
    /// Column: the old total.
    column_old_total { en: "Old total", zh: "原总分" }
    /// Column: the new total.
    column_new_total { en: "New total", zh: "新总分" }
    /// Column: a change.
    column_delta { en: "Delta", zh: "变化" }
    /// Column: the old grade.
    column_old_grade { en: "Old grade", zh: "原等级" }
    /// Column: the new grade.
    column_new_grade { en: "New grade", zh: "新等级" }
    /// Column: the items that changed.
    column_items_changed { en: "Items changed", zh: "变化项目" }
    /// Column: the rules that changed.
    column_rules_changed { en: "Rules changed", zh: "变化规则" }
    /// Column: the item.
    column_item { en: "Item", zh: "项目" }
    /// Column: an item's old score.
    column_old { en: "Old", zh: "原分" }
    /// Column: an item's new score.
    column_new { en: "New", zh: "新分" }
    /// Column: the rule.
    column_rule { en: "Rule", zh: "规则" }
    /// Column: a rule's old points.
    column_old_points { en: "Old points", zh: "原分值" }
    /// Column: a rule's new points.
    column_new_points { en: "New points", zh: "新分值" }
    /// Column of the about sheet: what a row is.
    column_entry { en: "Entry", zh: "项目" }
    /// Column of the about sheet: its value.
    column_value { en: "Value", zh: "内容" }
}

// --- the workbook: a teacher's status and the about sheet's rows
crate::messages! {
    /// Status: the teacher's result changed.
    status_changed { en: "changed", zh: "变化" }
    /// Status: the teacher's result did not change.
    status_unchanged { en: "unchanged", zh: "不变" }
    /// Status: only the new results have the teacher.
    status_added { en: "added", zh: "新增" }
    /// Status: only the old results have the teacher.
    status_removed { en: "removed", zh: "移除" }
    /// About row: where the old results came from.
    about_old_results { en: "Old results", zh: "原结果" }
    /// About row: where the new results came from.
    about_new_results { en: "New results", zh: "新结果" }
    /// About row: how many teachers were compared.
    about_compared { en: "Compared", zh: "比较人数" }
    /// About row: how many changed.
    about_changed { en: "Changed", zh: "有变化" }
    /// About row: how many went up.
    about_up { en: "Up", zh: "上升" }
    /// About row: how many went down.
    about_down { en: "Down", zh: "下降" }
    /// About row: how many changed grade.
    about_grade_changed { en: "Grade changed", zh: "等级变化" }
    /// About row: how many were added.
    about_added { en: "Added", zh: "新增" }
    /// About row: how many were removed.
    about_removed { en: "Removed", zh: "移除" }
    /// About row: a warning.
    about_warning { en: "Warning", zh: "警告" }
}

// --- the printed workbook
crate::messages! {
    /// What a diff workbook compares, after each sheet's name in its title row.
    diff_printed_what(old, new) {
        en: "old {old}, new {new}",
        zh: "原结果 {old}，新结果 {new}",
    }
}
