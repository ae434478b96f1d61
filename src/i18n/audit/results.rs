//! Scored results read back for `diff` and `rollup`: a workbook `kaohe score`
//! wrote, or its JSON.

// --- the file
crate::messages! {
    /// A results file that cannot be opened or parsed.
    results_unreadable(file, reason: Text) {
        en: "{file}: cannot be read: {reason}",
        zh: "{file}：无法读取：{reason}",
    }
    /// A results file that is readable but not what kaohe writes.
    results_layout(file, reason: Text) {
        en: "{file}: {reason}",
        zh: "{file}：{reason}",
    }
}

// --- a scored workbook
crate::messages! {
    /// A workbook that cannot be opened; `shown` is the reader's words.
    workbook_unreadable(shown) {
        en: "{shown}",
        zh: "文件已损坏或不是可读取的工作簿（{shown}）",
    }
    /// A workbook without a summary sheet; `sheets` lists those it has.
    not_scored_workbook(sheets: Text) {
        en: "not a scored workbook: no sheet 汇总 or Summary (it has: {sheets})",
        zh: "不是评分结果工作簿：没有 汇总 或 Summary 工作表（它有：{sheets}）",
    }
    /// A sheet that cannot be read; `error` is the reader's words.
    sheet_unreadable(sheet, error) {
        en: "sheet {sheet}: {error}",
        zh: "工作表 {sheet}：{error}",
    }
    /// A column the summary sheet lacks.
    sheet_column_missing(sheet, column) {
        en: "sheet {sheet}: no `{column}` column",
        zh: "工作表 {sheet}：没有 `{column}` 列",
    }
    /// A summary cell that is not a score.
    sheet_cell_not_score(sheet, column, row) {
        en: "sheet {sheet}, cell {column}{row}: not a score",
        zh: "工作表 {sheet}，单元格 {column}{row}：不是分数",
    }
}

// --- the JSON of `kaohe score --json`
crate::messages! {
    /// A file that is not JSON; `error` is the parser's words.
    not_json(error) {
        en: "not JSON: {error}",
        zh: "不是 JSON 文件（{error}）",
    }
    /// JSON without the list of teachers.
    no_teachers_list {
        en: "no `teachers` list: not the output of `kaohe score --json`",
        zh: "没有 `teachers` 列表：不是 `kaohe score --json` 的输出",
    }
    /// A teacher without a key.
    teacher_without_key { en: "a teacher without `key`", zh: "有一位教师没有 `key`（工号）" }
    /// A score that is not a decimal string within bounds.
    json_not_score(key, what, limit) {
        en: "teacher {key}: `{what}` is not a score: a decimal string, at most {limit} in size",
        zh: "教师 {key}：`{what}` 不是分数：应为以文字写的小数，大小不超过 {limit}",
    }
}
