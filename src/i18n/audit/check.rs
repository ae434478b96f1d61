//! `check`: findings about a rubric and about a month's inputs, and their count.

// --- a finding as a line
crate::messages! {
    /// Before a finding that stops a run.
    severity_error { en: "error: ", zh: "错误：" }
    /// Before a finding that is probably a mistake but scores soundly.
    severity_warning { en: "warning: ", zh: "警告：" }
    /// The last line of `check`: how many of each.
    findings_count(errors, warnings) {
        en: "{errors} error(s), {warnings} warning(s)",
        zh: "共 {errors} 个错误，{warnings} 个警告",
    }
}

// --- the rubric: names and grades
crate::messages! {
    /// Two items with the same name.
    items_share_name(a, b, name) {
        en: "items `{a}` and `{b}` share the name `{name}`: overrides and workbook diffs cannot tell them apart",
        zh: "考核项 `{a}` 和 `{b}` 同名（`{name}`）：人工调整和结果比对无法区分它们",
    }
    /// A grade whose minimum is above full marks.
    grade_beyond_full_marks(name, min, full) {
        en: "grade {name} needs {min} but full marks are {full}: no total reaches it (only a veto can give it)",
        zh: "等级 {name} 要求 {min} 分，但满分只有 {full}：没有总分能达到（只有否决项能给出这个等级）",
    }
    /// A grade other than the last that starts at zero or below.
    grade_takes_every_total(name, min) {
        en: "grade {name} starts at {min}: every total takes it, so the grades below it are reached only by a veto",
        zh: "等级 {name} 从 {min} 分起：任何总分都落在这一等，它下面的等级只有否决项才能给出",
    }
}

// --- the rubric: items, rules and vetoes
crate::messages! {
    /// An item without rules.
    item_has_no_rules(id, start) {
        en: "item {id} has no rules: every teacher scores {start}",
        zh: "考核项 {id} 没有规则：每位教师都得 {start} 分",
    }
    /// How a finding names a rule.
    rule_of_item(label, id) {
        en: "rule `{label}` of item {id}",
        zh: "考核项 {id} 的规则 `{label}`",
    }
    /// A rule worth 0 points however it is counted; `rule` is [`rule_of_item`].
    rule_moves_nothing(rule: Text) {
        en: "{rule} gives 0 points for every occurrence: it moves nothing",
        zh: "{rule} 每次都是 0 分：不影响任何分数",
    }
    /// A rule's cap at or above its item's maximum.
    cap_never_binds(rule: Text, cap, max) {
        en: "{rule} has cap {cap} but the item's maximum is {max}: the item's bounds already stop it there, the cap never binds",
        zh: "{rule} 的上限 cap 是 {cap}，但考核项满分就是 {max}：考核项本身已经限住，这个上限不起作用",
    }
    /// A rule's cap below what a single occurrence is worth.
    cap_below_one_occurrence(rule: Text, cap, least) {
        en: "{rule} has cap {cap} below the {least} one occurrence is worth: the first occurrence is already cut back",
        zh: "{rule} 的上限 cap 是 {cap}，比一次的分值 {least} 还低：第一次就会被截掉",
    }
    /// A rule whose condition no values satisfy.
    rule_never_applies(rule: Text, when) {
        en: "{rule} can never apply: no values of the fields it reads satisfy `{when}`",
        zh: "{rule} 永远不会生效：它读取的字段取任何值都不满足 `{when}`",
    }
    /// A rule whose exemption holds whenever its condition does; `when` is
    /// the condition quoted, or [`every_record`].
    rule_never_counts(rule: Text, when: Text, unless) {
        en: "{rule} never counts: whenever {when} holds, the exemption `{unless}` holds too",
        zh: "{rule} 永远不会计入：只要 {when} 成立，免扣条件 `{unless}` 也成立",
    }
    /// The condition of a rule without `when`.
    every_record { en: "`(every record)`", zh: "（每条记录）" }
    /// A veto whose condition no values satisfy.
    veto_never_applies(id, when) {
        en: "veto {id} can never apply: no values of the fields it reads satisfy `{when}`",
        zh: "否决项 {id} 永远不会生效：它读取的字段取任何值都不满足 `{when}`",
    }
}

// --- a month's inputs
crate::messages! {
    /// Where a finding about a source is.
    source_location(id) {
        en: "source {id}",
        zh: "数据源 {id}",
    }
    /// A required source without a file; `patterns` joined by [`list_separator`](super::list_separator).
    no_file_matches(patterns: Text) {
        en: "no input file matches {patterns}",
        zh: "没有输入文件符合 {patterns}",
    }
    /// An optional source without a file.
    no_file_matches_optional(patterns: Text) {
        en: "no input file matches {patterns} (optional: scored without it)",
        zh: "没有输入文件符合 {patterns}（可选数据源：没有它也照常评分）",
    }
    /// An input file no source reads.
    file_matches_no_source {
        en: "matches no source's file pattern: it will not be read",
        zh: "不符合任何数据源的文件名模式：不会被读取",
    }
    /// A file that cannot be read as the source it matches.
    unreadable_as_source(id, reason: Text) {
        en: "as source {id}: {reason}",
        zh: "作为数据源 {id} 读取时：{reason}",
    }
}
