//! What the binary says on stderr as it runs: errors, progress and closing
//! lines of each command.

// --- what comes before an error or warning, and the run's ending
crate::messages! {
    /// Before every error.
    error_prefix { en: "error: ", zh: "错误：" }
    /// Before every warning.
    warning_prefix { en: "warning: ", zh: "警告：" }
    /// After `error: `, before the message of a panic: a fault in kaohe.
    internal_prefix { en: "internal error: ", zh: "内部错误：" }
    /// Ctrl-C or SIGTERM during a run.
    interrupted { en: "interrupted; no half-written file is left", zh: "已中断；没有留下写了一半的文件" }
    /// Before the list of data problems that stopped a run: `count` problems.
    data_problems(count) {
        en: "{count} problem(s) in the input data; nothing was written:",
        zh: "输入数据中有 {count} 个问题，未写出任何文件：",
    }
    /// After the problems shown, when there are more: `count` not shown.
    more_problems(count) {
        en: "… and {count} more",
        zh: "… 另有 {count} 个",
    }
    /// JSON output that could not be produced: `reason` is serde's words.
    no_json(reason) {
        en: "cannot produce the JSON: {reason}",
        zh: "无法生成 JSON（{reason}）",
    }
}

// --- how the parts of a message are joined
crate::messages! {
    /// Between the items of a list in a message (names, files).
    list_separator { en: ", ", zh: "、" }
    /// Between a message and its cause: the links of an error chain.
    cause_separator { en: ": ", zh: "：" }
}

// --- the period flags
crate::messages! {
    /// `--from` names a day after `--to`.
    from_after_to(from, to) {
        en: "--from {from} is after --to {to}",
        zh: "--from {from} 晚于 --to {to}",
    }
    /// `--period` is not a month.
    not_a_month(text) {
        en: "--period `{text}` is not a month; write it as 2022-03",
        zh: "--period `{text}` 不是月份；请写成 2022-03",
    }
    /// `--from` or `--to` (`flag`) is not a date.
    not_a_date(flag, text) {
        en: "{flag} `{text}` is not a date; write it as 2022-03-01",
        zh: "{flag} `{text}` 不是日期；请写成 2022-03-01",
    }
}

// --- the files named on the command line
crate::messages! {
    /// The output is already there and `--force` was not given.
    output_exists(path) {
        en: "{path} exists; pass --force to replace it",
        zh: "{path} 已存在；如要替换请加 --force",
    }
    /// The output would overwrite one of the inputs.
    output_is_input(path) {
        en: "the output {path} is also an input; write the scored workbook elsewhere",
        zh: "输出文件 {path} 也是输入文件；请把评分结果写到别处",
    }
    /// `--out` does not name an xlsx workbook.
    out_not_xlsx(path) {
        en: "--out {path} does not end in .xlsx: the output is an xlsx workbook; give --out a name ending in .xlsx",
        zh: "--out {path} 不以 .xlsx 结尾：输出的是 xlsx 工作簿，请给 --out 一个以 .xlsx 结尾的文件名",
    }
    /// `--out` in a folder that is not there.
    out_folder_missing(out, folder) {
        en: "--out {out}: the folder {folder} does not exist; create it first, or write into a folder that exists",
        zh: "--out {out}：文件夹 {folder} 不存在；请先建好该文件夹，或写到已有的文件夹中",
    }
    /// A file named on the command line (after `flag`) is not there.
    no_such_file(flag, path) {
        en: "{flag} {path}: no such file; check the name and the folder",
        zh: "{flag} {path}：文件不存在；请检查文件名和所在文件夹",
    }
    /// Context of a failure to write `path`.
    writing(path) {
        en: "writing {path}",
        zh: "写入 {path}",
    }
    /// `kaohe publish` wrote its files.
    published(count, dir) {
        en: "wrote the 公示 list and {count} slip(s) to {dir}",
        zh: "已把公示名单和 {count} 份个人考核结果写入 {dir}",
    }
    /// `publish --pdf` without LibreOffice.
    publish_no_soffice {
        en: "--pdf: soffice (LibreOffice) is not on the PATH; the slips are written as .xlsx only",
        zh: "--pdf：PATH 中没有 soffice（LibreOffice），个人结果单只写出 .xlsx",
    }
    /// `publish --pdf` when LibreOffice failed.
    publish_pdf_failed(why) {
        en: "--pdf: LibreOffice could not convert the slips ({why}); the .xlsx slips are written",
        zh: "--pdf：LibreOffice 未能转换个人结果单（{why}），.xlsx 结果单已写出",
    }
    /// `publish --force` into a folder whose slips/ holds files this run did
    /// not write: an earlier month's slips of teachers no longer listed.
    publish_stale_slips(count, names) {
        en: "slips/ holds {count} file(s) this run did not write, perhaps slips of teachers no longer in the roster: {names}; remove them before mailing the folder",
        zh: "slips/ 中有 {count} 个文件不是本次写出的，可能是已不在名册中的教师的旧结果单：{names}；分发前请删除",
    }
    /// A file `init`, `diff` or `rollup` wrote.
    wrote(path) {
        en: "wrote {path}",
        zh: "已写出 {path}",
    }
    /// `--memory-limit` that is not a size.
    not_a_size(text) {
        en: "`{text}` is not a size; write it as 512MiB or 2GiB",
        zh: "`{text}` 不是大小；请写成 512MiB 或 2GiB",
    }
    /// `--memory-limit` of zero.
    size_not_above_zero(text) {
        en: "`{text}` is not a size above zero",
        zh: "`{text}` 不是大于零的大小",
    }
}

// --- `score`: progress and closing lines
crate::messages! {
    /// Progress: reading.
    step_reading { en: "reading", zh: "读取" }
    /// Progress: scoring.
    step_scoring { en: "scoring", zh: "评分" }
    /// Progress: writing.
    step_writing { en: "writing", zh: "写出" }
    /// Closing line of `score`: `teachers` scored with `rubric`, written to `out`.
    scored(teachers, rubric, out) {
        en: "scored {teachers} teachers with {rubric} → {out}",
        zh: "已按 {rubric} 为 {teachers} 位教师评分 → {out}",
    }
    /// Closing line of `score` when no workbook is written.
    scored_no_output(teachers, rubric) {
        en: "scored {teachers} teachers with {rubric}",
        zh: "已按 {rubric} 为 {teachers} 位教师评分",
    }
    /// Scored, but nobody: the roster in `inputs` has no teacher.
    no_teachers(inputs) {
        en: "scored 0 teachers: the roster in {inputs} has no teacher (are the templates still blank? fill in the roster and the records first)",
        zh: "已评分 0 位教师：{inputs} 的名册中没有教师（模板还是空白的？请先填写名册和记录）",
    }
    /// A record `--keep-going` skipped.
    skipped_record(problem) {
        en: "skipped: {problem}",
        zh: "已跳过：{problem}",
    }
    /// Closing warning when `--keep-going` skipped `count` records, listed in the `sheet` sheet of `out`.
    skipped_count(count, sheet, out) {
        en: "{count} record(s) with data problems were skipped and are listed in the {sheet} sheet of {out}",
        zh: "有 {count} 条记录因数据问题被跳过，已列在 {out} 的 {sheet} 工作表中",
    }
}

// --- `init`
crate::messages! {
    /// `init` from a ready rubric that does not exist: `names` are those there are.
    /// `--headers` or `--no-bom` on a run that writes no CSV.
    csv_flag_without_csv(flag) {
        en: "{flag} shapes the CSV of --format csv, and this run writes none; add --format csv, or leave {flag} out",
        zh: "{flag} 只用于 --format csv 输出的 CSV，而这次运行不输出 CSV；请加上 --format csv，或去掉 {flag}",
    }
    unknown_ready(name, names) {
        en: "no ready rubric named `{name}`; there are: {names}",
        zh: "没有名为 `{name}` 的现成方案；可选：{names}",
    }
    /// `init` skips a source that reads no xlsx (`patterns` are its files).
    no_template(source, patterns) {
        en: "source {source} reads only {patterns}: no xlsx template, skipped",
        zh: "数据源 {source} 只读取 {patterns}，无法生成 xlsx 模板，已跳过",
    }
    /// After `init`: how to score with the new rubric and templates, for a
    /// rubric scored by month (the month is the user's to fill in).
    init_next(rubric, inputs) {
        en: "Fill in the templates, then score a month (YYYY-MM, e.g. 2026-03): kaohe score --rubric {rubric} --input {inputs} --period YYYY-MM --out result.xlsx",
        zh: "填好模板后，按考核月份评分（YYYY-MM，如 2026-03）：kaohe score --rubric {rubric} --input {inputs} --period YYYY-MM --out 结果.xlsx",
    }
    /// After `init`, for a rubric whose `[calendar]` names its own period.
    init_next_own_period(rubric, inputs, from, to) {
        en: "Fill in the templates, then score (the rubric's calendar gives the period, {from} to {to}): kaohe score --rubric {rubric} --input {inputs} --out result.xlsx",
        zh: "填好模板后评分（方案的校历已规定考核期 {from} 至 {to}）：kaohe score --rubric {rubric} --input {inputs} --out 结果.xlsx",
    }
}

// --- `check`, `test`, `diff`, `rollup`
crate::messages! {
    /// `check` found `count` errors.
    errors_found(count) {
        en: "{count} error(s) found",
        zh: "发现 {count} 个错误",
    }
    /// `test` on a rubric without a tests file (`tests` is where it would be).
    no_tests(rubric, tests) {
        en: "no tests for {rubric}: write its cases in {tests}",
        zh: "{rubric} 没有测试：请把测试用例写在 {tests} 中",
    }
    /// `test`: some cases in `tests` failed.
    tests_failed(tests) {
        en: "rubric tests failed: {tests}",
        zh: "方案测试未通过：{tests}",
    }
    /// `diff` given neither pair.
    diff_which {
        en: "compare either two rubrics (--rubric OLD --against NEW --input …) or two workbooks (--old A.xlsx --new B.xlsx)",
        zh: "请比较两个方案（--rubric 旧 --against 新 --input …）或两个评分结果工作簿（--old A.xlsx --new B.xlsx）",
    }
    /// `diff --fail-on-change` found changes.
    changed(changed, added, removed) {
        en: "{changed} teacher(s) changed, {added} added, {removed} removed (--fail-on-change)",
        zh: "{changed} 位教师有变化，新增 {added} 位，减少 {removed} 位（--fail-on-change）",
    }
    /// `rollup`: the numbers of `--weight` and `--results` differ.
    weight_count(weights, results) {
        en: "{weights} --weight for {results} --results: give one weight per result, or none",
        zh: "{weights} 个 --weight 对应 {results} 个 --results：请每个结果给一个权重，或都不给",
    }
    /// `rollup`: a `--weight` that is not a number.
    not_a_weight(text) {
        en: "--weight `{text}` is not a number",
        zh: "--weight `{text}` 不是数字",
    }
    /// `analyze`: a threshold flag that is not a number of zero or more.
    not_a_threshold(flag, text) {
        en: "{flag} `{text}` is not a number of zero or more",
        zh: "{flag} `{text}` 不是大于或等于 0 的数",
    }
}
