//! `test`: a rubric's worked examples — the tests file, its cases, what a
//! case got wrong, and the report.

// --- the tests file
crate::messages! {
    /// The tests file cannot be read; `reason` is the system's.
    tests_unreadable(path, reason: Text) {
        en: "cannot read tests {path}: {reason}",
        zh: "无法读取测试文件 {path}：{reason}",
    }
    /// A problem at a line of the tests file.
    tests_invalid_at(path, line, message: Text) {
        en: "{path}:{line}: {message}",
        zh: "{path}:{line}：{message}",
    }
    /// The tests file is not TOML of the expected shape; `message` is the
    /// TOML parser's, in English only.
    tests_not_toml(message) {
        en: "{message}",
        zh: "测试文件格式有误（{message}）",
    }
    /// A tests file without a case.
    no_test_cases { en: "no [[test]] cases", zh: "没有任何 [[test]] 测试用例" }
    /// A case's `period` that is neither a month nor a range.
    case_period_invalid(period) {
        en: "period `{period}` is not a month (2022-03) or a range (2022-03-01..2022-03-15)",
        zh: "考核期 `{period}` 既不是月份（2022-03）也不是日期范围（2022-03-01..2022-03-15）",
    }
}

// --- a case's records, written as scratch files
crate::messages! {
    /// Records given for an id that is not a source; `sources` is a list.
    records_for_unknown_source(id, sources: Text) {
        en: "records for `{id}`, which is not a source of the rubric (sources: {sources})",
        zh: "给出了 `{id}` 的记录，但它不是方案的数据源（数据源有：{sources}）",
    }
    /// A record key that is neither a field nor a header; `n` is 1-based.
    record_key_unknown(n, source, key, fields: Text) {
        en: "record {n} of `{source}` has `{key}`, which is neither a field nor a header of the source (fields: {fields})",
        zh: "`{source}` 的第 {n} 条记录有 `{key}`，它既不是该数据源的字段也不是表头（字段有：{fields}）",
    }
    /// No file name fits a source's patterns alone.
    cannot_name_csv(source, patterns: Text) {
        en: "cannot name a CSV file for source `{source}` that its patterns ({patterns}) match and no other source's do",
        zh: "无法为数据源 `{source}` 取一个只符合它自己的文件名规则（{patterns}）、不符合其他数据源的 CSV 文件名",
    }
}

// --- what a case got wrong
crate::messages! {
    /// A case expecting an error whose run scored.
    expected_failure_but_scored(expected) {
        en: "expected the run to fail with \"{expected}\", but it scored",
        zh: "预期运行失败并提示\"{expected}\"，但它完成了评分",
    }
    /// A case whose run failed otherwise than expected; `got` is the error, one problem a line.
    expected_other_error(expected, got: Text) {
        en: "expected an error containing \"{expected}\", got:\n{got}",
        zh: "预期错误信息包含\"{expected}\"，实际为：\n{got}",
    }
    /// A case whose run failed unexpectedly.
    run_failed(got: Text) {
        en: "the run failed:\n{got}",
        zh: "运行失败：\n{got}",
    }
    /// An expectation for a teacher the case's roster lacks; `keys` is a list.
    teacher_not_in_case_roster(teacher, keys: Text) {
        en: "teacher {teacher} is not in the case's roster (it has: {keys})",
        zh: "教师 {teacher} 不在该用例的名册中（名册中有：{keys}）",
    }
    /// An item's score other than expected; `who` is key and name.
    item_score_mismatch(who, id, name, want, got) {
        en: "{who}: {id} ({name}) expected {want}, got {got}",
        zh: "{who}：{id}（{name}）应为 {want}，实际为 {got}",
    }
    /// Below a mismatched item without evidence.
    no_evidence {
        en: "no evidence: no record matched a rule of this item",
        zh: "没有明细：没有记录符合该项目的任何规则",
    }
    /// One line of evidence below a mismatched item; `at` is ` @ origin` or empty.
    evidence_line(points, label: Text, at, detail: Text) {
        en: "evidence: {points:>6} {label}{at} {detail}",
        zh: "明细：{points:>6} {label}{at} {detail}",
    }
    /// A total other than expected.
    /// Performance pay other than expected.
    pay_mismatch(who, want, got) {
        en: "{who}: pay expected {want} yuan, got {got}",
        zh: "{who}：绩效工资应为 {want} 元，实际为 {got}",
    }
    /// A category subtotal other than expected (`categories = { online = 130 }`).
    category_mismatch(who, id, name, want, got) {
        en: "{who}: category {id} ({name}) expected {want}, got {got}",
        zh: "{who}：类别 {id}（{name}）小计应为 {want}，实际为 {got}",
    }
    /// An expectation names a category the rubric does not have.
    category_not_in_rubric(named, categories) {
        en: "no category `{named}` in the rubric; categories: {categories}",
        zh: "评分方案中没有类别 `{named}`；已有的类别：{categories}",
    }
    total_mismatch(who, want, got) {
        en: "{who}: total expected {want}, got {got}",
        zh: "{who}：总分应为 {want}，实际为 {got}",
    }
    /// A grade other than expected.
    grade_mismatch(who, want, got, total) {
        en: "{who}: grade expected {want}, got {got} (total {total})",
        zh: "{who}：等级应为 {want}，实际为 {got}（总分 {total}）",
    }
    /// Vetoes other than expected; both are lists.
    vetoes_mismatch(who, want: Text, got: Text) {
        en: "{who}: vetoes expected [{want}], got [{got}]",
        zh: "{who}：一票否决应为 [{want}]，实际为 [{got}]",
    }
}

// --- rules and vetoes no case exercised
crate::messages! {
    /// A rule no case exercised.
    uncovered_rule(label, id, name) {
        en: "rule `{label}` of item {id} ({name})",
        zh: "考核项 {id}（{name}）的规则 `{label}`",
    }
    /// A veto no case exercised.
    uncovered_veto(id, name) {
        en: "veto {id} ({name})",
        zh: "一票否决 {id}（{name}）",
    }
}

// --- the report
crate::messages! {
    /// Before a case that passed; six columns wide, as [`case_failed_mark`].
    case_passed_mark { en: "ok    ", zh: "通过  " }
    /// Before a case that failed, or an uncovered rule.
    case_failed_mark { en: "FAIL  ", zh: "失败  " }
    /// A failed case and where it is.
    failed_case_at(name, path, line) {
        en: "{name} ({path}:{line})",
        zh: "{name}（{path}:{line}）",
    }
    /// A rule or veto no case exercised; `what` is [`uncovered_rule`] or [`uncovered_veto`].
    not_exercised(what: Text) {
        en: "no test exercises {what}",
        zh: "没有测试用例覆盖{what}",
    }
    /// The report's last line.
    tests_summary(cases, passed, failed, exercised, rules) {
        en: "{cases} case(s): {passed} passed, {failed} failed; {exercised} of {rules} rules and vetoes exercised",
        zh: "共 {cases} 个用例：{passed} 个通过，{failed} 个未通过；{rules} 条规则和否决中有 {exercised} 条被测试覆盖",
    }
}
