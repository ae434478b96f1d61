//! What `kaohe serve` says: on the terminal as it starts, and every word of
//! its page (headings, buttons, the clear pages a bad request gets).

// --- the terminal
crate::messages! {
    /// The address the page is served at, on stdout: the line ends with it.
    serve_listening(url) {
        en: "kaohe serve is running (Ctrl-C stops it); open this address in a browser: {url}",
        zh: "kaohe serve 已启动（按 Ctrl-C 停止），请在浏览器中打开：{url}",
    }
    /// `--bind` to an address other computers can reach.
    serve_bind_warning(address) {
        en: "--bind {address}: other computers on the network can open this page and the teachers' scores; use it only on a network you trust",
        zh: "--bind {address}：网络上的其他电脑也能打开此页面并看到教师的成绩；只在可信的网络中使用",
    }
    /// The browser could not be started.
    serve_no_browser(url) {
        en: "could not open a browser; open {url} by hand",
        zh: "无法自动打开浏览器；请手动打开 {url}",
    }
    /// The address could not be bound.
    serve_cannot_bind(address, why) {
        en: "cannot listen on {address}: {why}",
        zh: "无法在 {address} 上监听：{why}",
    }
}

// --- the month page
crate::messages! {
    /// The page's title.
    serve_title { en: "kaohe: the month's scores", zh: "kaohe 月度考核评分" }
    /// What the page does, under the title.
    serve_intro {
        en: "Everything stays on this computer: the files are read here and removed when kaohe stops.",
        zh: "所有文件只在本机处理，不会上传到任何地方；kaohe 停止时即删除。",
    }
    /// Heading: the rubric.
    serve_rubric_heading { en: "1. Rubric", zh: "1. 评分方案" }
    /// Choice of a ready rubric.
    serve_ready_rubric { en: "Ready rubric", zh: "现成方案" }
    /// Or a rubric file of one's own.
    serve_own_rubric { en: "or a rubric file of your own (.toml)", zh: "或自己的方案文件（.toml）" }
    /// Heading: the month's export files.
    serve_files_heading { en: "2. The month's export files", zh: "2. 本月导出表格" }
    /// Under the file input.
    serve_files_hint {
        en: "Choose or drop every export of the month at once (xlsx, xls, ods, csv).",
        zh: "一次选中或拖入本月的全部导出表格（xlsx、xls、ods、csv）。",
    }
    /// Heading: the month.
    serve_period_heading { en: "3. Month", zh: "3. 考核月份" }
    /// The button that checks and scores.
    serve_score_button { en: "Check and score", zh: "检查并评分" }
    /// Shown while the files go up.
    serve_sending { en: "Reading the files…", zh: "正在读取文件……" }
    /// No file chosen.
    serve_no_files { en: "Choose the month's export files first.", zh: "请先选择本月的导出表格。" }
}

// --- the results
crate::messages! {
    /// Heading of the problems `check --input` finds.
    serve_problems_heading { en: "What the check finds", zh: "检查发现的问题" }
    /// No problems.
    serve_no_problems { en: "The check finds nothing wrong.", zh: "检查未发现问题。" }
    /// The scores were not computed because of errors.
    serve_not_scored {
        en: "Nothing was scored: correct these in the export files and score again.",
        zh: "未评分：请在导出表格中改正以下问题后重新评分。",
    }
    /// The rubric has errors: nothing was scored.
    serve_rubric_not_usable {
        en: "Nothing was scored: correct these in the rubric and score again.",
        zh: "未评分：请在评分方案中改正以下问题后重新评分。",
    }
    /// Column: error or warning.
    serve_col_severity { en: "Kind", zh: "类别" }
    /// Column: file, sheet, cell.
    serve_col_location { en: "File, sheet, cell", zh: "文件、工作表、单元格" }
    /// Column: the problem and its value.
    serve_col_problem { en: "Problem", zh: "问题" }
    /// Heading of the results.
    serve_results_heading { en: "Results", zh: "评分结果" }
    /// The run scored `count` teachers with rubric `rubric` for `period`.
    serve_scored(count, rubric, period) {
        en: "{count} teacher(s) scored with {rubric}, {period}",
        zh: "已按 {rubric} 为 {count} 位教师评分，{period}",
    }
    /// No period given.
    serve_period_of_rubric { en: "the rubric's period", zh: "方案中的考核期" }
    /// Heading of the warnings.
    serve_warnings_heading { en: "Warnings", zh: "警告" }
    /// Heading of the count of each grade.
    serve_grades_heading { en: "Teachers per grade", zh: "各等级人数" }
    /// Column: how many.
    serve_col_count { en: "Teachers", zh: "人数" }
    /// Under the table: a header sorts it.
    serve_sort_hint {
        en: "Click a heading to sort; click a name for the explanation.",
        zh: "点击表头可排序；点击姓名查看得分说明。",
    }
    /// Marks a grade a veto forced.
    serve_vetoed { en: " (vetoed)", zh: "（否决）" }
    /// Heading of the downloads.
    serve_downloads_heading { en: "Downloads", zh: "下载" }
    /// The scored workbook.
    serve_download_workbook { en: "Scored workbook", zh: "评分结果工作簿" }
    /// The slips, zipped.
    serve_download_slips { en: "Slips (zip)", zh: "个人考核结果（zip）" }
    /// The 公示 list.
    serve_download_list { en: "公示 list", zh: "公示名单" }
    /// The 公示 list as CSV.
    serve_download_list_csv { en: "公示 list (CSV)", zh: "公示名单（CSV）" }
    /// The publication could not be built.
    serve_no_publication(why) {
        en: "The 公示 list and slips are not offered: {why}",
        zh: "不提供公示名单和个人结果：{why}",
    }
    /// The scored workbook's file name, without extension.
    serve_workbook_file { en: "scores", zh: "评分结果" }
    /// Heading of the rule-change comparison.
    serve_diff_heading { en: "After a rule change", zh: "修改规则后对比" }
    /// What the comparison does.
    serve_diff_hint {
        en: "Choose the changed rubric: the same files are scored with it and every teacher who moves is listed, by how much and by which rule.",
        zh: "选择修改后的方案：用它为同样的表格重新评分，列出分数变动的每位教师、变动多少、由哪条规则引起。",
    }
    /// The button that compares.
    serve_diff_button { en: "Compare", zh: "对比" }
    /// Link back to the results.
    serve_back_results { en: "Back to the results", zh: "返回评分结果" }
    /// Link back to the start.
    serve_back_start { en: "Score another month", zh: "为另一个月评分" }
    /// Heading of one teacher's explanation.
    serve_explain_heading(name) {
        en: "How {name}'s score was reached",
        zh: "{name} 的得分说明",
    }
}

// --- the clear pages a bad request gets
crate::messages! {
    /// Heading of an error page.
    serve_error_heading { en: "This cannot be done", zh: "无法完成" }
    /// A page that is not there.
    serve_not_found { en: "There is no such page; start again from the first page.", zh: "没有这个页面；请从首页重新开始。" }
    /// A job that is gone (kaohe restarted, or too many since).
    serve_job_gone {
        en: "These files are no longer held (kaohe was restarted, or many months were scored since); choose them again.",
        zh: "这些文件已不在（kaohe 已重新启动，或之后又评了多个月份）；请重新选择。",
    }
    /// A file name that is not one file's name.
    serve_bad_name(name) {
        en: "`{name}` is not the name of one file; choose the files themselves, not a path",
        zh: "`{name}` 不是单个文件的名称；请选择文件本身，而不是路径",
    }
    /// A file that is not a spreadsheet.
    serve_not_spreadsheet(name) {
        en: "{name} is not a spreadsheet kaohe reads (xlsx, xlsm, xls, ods, csv)",
        zh: "{name} 不是 kaohe 能读取的表格（xlsx、xlsm、xls、ods、csv）",
    }
    /// A rubric that is not a .toml file.
    serve_not_rubric(name) {
        en: "{name} is not a rubric: a rubric is a .toml file",
        zh: "{name} 不是评分方案：评分方案是 .toml 文件",
    }
    /// An upload over the limit.
    serve_too_large(name, limit) {
        en: "{name} is larger than the limit of {limit} bytes (--memory-limit)",
        zh: "{name} 超过了 {limit} 字节的上限（--memory-limit）",
    }
    /// No rubric chosen.
    serve_no_rubric { en: "Choose a ready rubric or a rubric file.", zh: "请选择现成方案或方案文件。" }
    /// A ready rubric that is not one.
    serve_unknown_ready(name) {
        en: "there is no ready rubric named {name}",
        zh: "没有名为 {name} 的现成方案",
    }
    /// Scoring asked for before any file.
    serve_no_inputs { en: "No export file was received; choose the month's files.", zh: "没有收到导出表格；请选择本月的文件。" }
    /// Compare asked for before scoring.
    serve_not_scored_yet { en: "Score the month first.", zh: "请先评分。" }
    /// The request could not be read.
    serve_bad_request { en: "The request could not be read.", zh: "无法读取此请求。" }
}
