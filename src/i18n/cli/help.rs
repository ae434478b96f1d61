//! `--help` in both languages: each command's about and each argument's
//! help. clap's own flags and the `help` command are said by clap in
//! English; their Chinese is here.

// --- what each command does, the first line of its help
crate::messages! {
    /// kaohe itself, above the list of commands.
    about_kaohe {
        en: "Scores teachers' performance assessments (考核) from exported spreadsheets with a TOML rubric, explaining every point.",
        zh: "考核：按 TOML 评分方案，从导出的电子表格为教师的绩效考核评分，并说明每一分的来由。",
    }
    /// `kaohe score`.
    about_score {
        en: "Score a month of exported records with a rubric and write the scored workbook",
        zh: "按评分方案为一个月导出的记录评分，并写出评分工作簿",
    }
    /// `kaohe diff`.
    about_diff {
        en: "Compare two rubrics on the same inputs, or two scored workbooks",
        zh: "在相同的输入上比较两个方案，或比较两个评分工作簿",
    }
    /// `kaohe explain`.
    about_explain {
        en: "Show one teacher's score as a tree of evidence",
        zh: "以明细树展示一位教师的得分",
    }
    /// `kaohe check`.
    about_check {
        en: "Lint a rubric and, with --input, check a month's files against it",
        zh: "检查方案；加 --input 时再按方案检查一个月的文件",
    }
    /// `kaohe test`.
    about_test {
        en: "Run a rubric's test cases (NAME.tests.toml beside it)",
        zh: "运行方案的测试用例（方案旁的 NAME.tests.toml）",
    }
    /// `kaohe rollup`.
    about_rollup {
        en: "Combine periods' results into a term result and grade it",
        zh: "把各期间的结果合并为学期结果并评定等级",
    }
    /// `kaohe publish`.
    about_publish {
        en: "Write the 公示 list for all teachers and one slip per teacher, after a leak check",
        zh: "生成向全体教师公示的名单和每位教师的个人考核结果单（先做泄露检查）",
    }
    /// `kaohe analyze`.
    about_analyze {
        en: "Report whether the scoring is fair: raters, groups, and what each rule decides",
        zh: "分析评分是否公平：评价方、分组，以及每条规则决定了多少等级",
    }
    /// `kaohe init`.
    about_init {
        en: "Start a rubric and blank input templates from a ready rubric",
        zh: "从现成方案开始：生成方案和空白的输入模板",
    }
    /// `kaohe completions`.
    about_completions {
        en: "Print a shell completion script",
        zh: "打印 shell 补全脚本",
    }
    /// `kaohe man`.
    about_serve {
        en: "Do the month's scoring on a local web page: check, score, explain, download, compare",
        zh: "在本机网页上完成每月评分：检查、评分、说明、下载、对比规则",
    }
    /// `kaohe man`.
    about_man {
        en: "Print the man page (roff)",
        zh: "打印手册页（roff）",
    }
    /// clap's `help` command (its English is clap's).
    about_help {
        en: "Print this message or the help of the given subcommand(s)",
        zh: "显示本帮助，或给定子命令的帮助",
    }
}

// --- each command's own arguments
crate::messages! {
    /// `score --rubric`, `explain --rubric`, `check --rubric`, `test --rubric`.
    arg_rubric {
        en: "The rubric (TOML)",
        zh: "评分方案（TOML）",
    }
    /// `score --input`.
    arg_score_input {
        en: "Input files or folders (a folder means every spreadsheet in it). Repeatable",
        zh: "输入文件或文件夹（文件夹表示其中的所有电子表格）；可重复",
    }
    /// `score --out`.
    arg_score_out {
        en: "The scored workbook to write (.xlsx); may be left out with --format",
        zh: "要写出的评分工作簿（.xlsx）；使用 --format 时可以不给",
    }
    /// `score --json`.
    arg_score_json {
        en: "Also print a machine-readable summary (JSON) to stdout; the same as --format json",
        zh: "同时把机器可读的汇总（JSON）打印到标准输出；与 --format json 相同",
    }
    /// `score --format`.
    arg_score_format {
        en: "Print the results to stdout for scripts: json (the summary) or csv (汇总)",
        zh: "把结果打印到标准输出，供脚本使用：json（汇总）或 csv（汇总表）",
    }
    /// `score --headers`.
    arg_score_headers {
        en: "The header of --format csv: ids (the rubric's, for scripts; the default) or names (工号, 姓名, each item's name, 总分 … in the output's language, for reading in Excel or WPS)",
        zh: "--format csv 的表头：ids（方案的 id，供脚本使用；默认）或 names（工号、姓名、各项名称、总分、等级，按输出语言，便于在 Excel/WPS 中阅读）",
    }
    /// `score --no-bom`.
    arg_score_no_bom {
        en: "Write --format csv without the UTF-8 byte order mark (written by default: Excel on Chinese Windows reads a CSV without one as GBK)",
        zh: "--format csv 不写 BOM（默认写 UTF-8 BOM，中文 Windows 上的 Excel 才能正确识别中文）",
    }
    /// `score --slips`.
    arg_score_slips {
        en: "Add the 个人 sheet: one printable slip per teacher, a page each",
        zh: "增加 个人 工作表：每位教师一页，可打印",
    }
    /// `score --rows-per-page`.
    arg_score_rows_per_page {
        en: "Print 汇总 with at most this many teachers per page",
        zh: "打印 汇总 时每页最多的教师人数",
    }
    /// `score --force`.
    arg_score_force {
        en: "Replace the output file if it exists",
        zh: "输出文件已存在时替换它",
    }
    /// `score --overrides`.
    arg_score_overrides {
        en: "Manual overrides (csv/xlsx: 工号, 项目, 分数, 理由, 操作人), applied after scoring and listed in the evidence",
        zh: "人工调整（csv/xlsx：工号、项目、分数、理由、操作人），评分后应用并列入明细",
    }
    /// `score --keep-going`.
    arg_score_keep_going {
        en: "Skip each record with a data problem, list it in a 数据问题 sheet and score the rest (exit code 5 when any was skipped)",
        zh: "跳过有数据问题的记录，列在 数据问题 工作表中，其余照常评分（有记录被跳过时退出码为 5）",
    }
    /// `score --memory-limit`.
    arg_score_memory_limit {
        en: "The most memory one workbook may take to read, such as 512MiB or 2GiB: an xlsx part that unpacks to more, or an ods/xls sheet whose used area would take more, is refused before it is read; so is a CSV row (or the first rows together, scanned for the header) of more than a 64th",
        zh: "读取一个工作簿最多可用的内存，如 512MiB 或 2GiB：解压后超过此值的 xlsx 部件，\
             或已用区域会超过此值的 ods/xls 工作表，在读取前即被拒绝；\
             超过此值 1/64 的一行 CSV（或查找表头时扫描的前几行合计）也被拒绝",
    }
    /// `serve --bind`.
    arg_serve_bind {
        en: "The address to listen on; 127.0.0.1 (this computer only) unless given, and any other is warned about",
        zh: "监听的地址；不指定时为 127.0.0.1（只有本机能访问），指定其他地址时会给出警告",
    }
    /// `serve --port`.
    arg_serve_port {
        en: "The port to listen on; a free one unless given",
        zh: "监听的端口；不指定时自动选一个空闲端口",
    }
    /// `serve --no-open`.
    arg_serve_no_open {
        en: "Do not open a browser; only print the address",
        zh: "不打开浏览器，只打印地址",
    }
    /// `serve --memory-limit`.
    arg_serve_memory_limit {
        en: "The largest file the page accepts, and the most memory one workbook may take to read, such as 512MiB or 2GiB (as for score)",
        zh: "页面接受的最大文件，也是读取一个工作簿最多可用的内存，如 512MiB 或 2GiB（与 score 相同）",
    }
    /// `score --by-school`.
    arg_score_by_school {
        en: "The --input is a district: one folder per school, each scored on its own; --out is then the folder for each school's workbook and the district summary",
        zh: "--input 是一个区：每所学校一个文件夹，各自单独评分；此时 --out 是存放各校工作簿和区汇总的文件夹",
    }
    /// `score --jobs`.
    arg_score_jobs {
        en: "With --by-school: how many schools are scored at once (default: the number of processors)",
        zh: "使用 --by-school 时同时评分的学校数（默认：处理器数）",
    }
    /// `diff --rubric`.
    arg_diff_rubric {
        en: "The current rubric (with --against and --input)",
        zh: "当前的方案（与 --against 和 --input 一起使用）",
    }
    /// `diff --against`.
    arg_diff_against {
        en: "The changed rubric to compare with --rubric",
        zh: "与 --rubric 比较的、修改后的方案",
    }
    /// `diff --input`.
    arg_diff_input {
        en: "Input files or folders, scored with both rubrics. Repeatable",
        zh: "输入文件或文件夹，两个方案都用它们评分；可重复",
    }
    /// `diff --overrides`.
    arg_diff_overrides {
        en: "Manual overrides applied after scoring with either rubric",
        zh: "人工调整，用任一方案评分后都会应用",
    }
    /// `diff --old`.
    arg_diff_old {
        en: "The earlier scored workbook (with --new)",
        zh: "较早的评分工作簿（与 --new 一起使用）",
    }
    /// `diff --new`.
    arg_diff_new {
        en: "The later scored workbook (with --old)",
        zh: "较晚的评分工作簿（与 --old 一起使用）",
    }
    /// `diff --out`.
    arg_diff_out {
        en: "Write the comparison as a workbook (.xlsx)",
        zh: "把比较结果写成工作簿（.xlsx）",
    }
    /// `diff --json`.
    arg_diff_json {
        en: "Print the comparison as JSON instead of a table",
        zh: "以 JSON 而不是表格打印比较结果",
    }
    /// `diff --fail-on-change`.
    arg_diff_fail_on_change {
        en: "Exit with code 4 when any teacher's result changed (for CI)",
        zh: "有任何教师的结果变化时以退出码 4 结束（用于 CI）",
    }
    /// `explain --teacher`.
    arg_explain_teacher {
        en: "The teacher's 工号 (or exact name)",
        zh: "教师的工号（或完整姓名）",
    }
    /// `explain --input`.
    arg_explain_input {
        en: "Input files or folders. Repeatable",
        zh: "输入文件或文件夹；可重复",
    }
    /// `explain --overrides`.
    arg_explain_overrides {
        en: "Manual overrides (csv/xlsx: 工号, 项目, 分数, 理由, 操作人), applied after scoring",
        zh: "人工调整（csv/xlsx：工号、项目、分数、理由、操作人），评分后应用",
    }
    /// `explain --json`.
    arg_explain_json {
        en: "Print the explanation as JSON instead of a tree",
        zh: "以 JSON 而不是树形打印说明",
    }
    /// `check --input`.
    arg_check_input {
        en: "Input files or folders to check against the rubric. Repeatable",
        zh: "要按方案检查的输入文件或文件夹；可重复",
    }
    /// `check --json`.
    arg_check_json {
        en: "Print the findings as JSON",
        zh: "以 JSON 打印检查结果",
    }
    /// `test --tests`.
    arg_test_tests {
        en: "The tests file (default: NAME.tests.toml beside the rubric)",
        zh: "测试文件（默认：方案旁的 NAME.tests.toml）",
    }
    /// `rollup --rubric`.
    arg_rollup_rubric {
        en: "The rubric whose grade bands or quota, and rounding, grade the term",
        zh: "为学期评定等级的方案：用它的等级分数段或名额，以及舍入规则",
    }
    /// `rollup --results`.
    arg_rollup_results {
        en: "A period's results: `kaohe score --json` output (.json) or a scored workbook. Repeatable",
        zh: "一个期间的结果：kaohe score --json 的输出（.json）或评分工作簿；可重复",
    }
    /// `rollup --weight`.
    arg_rollup_weight {
        en: "A weight per --results, in order (default: each period's days)",
        zh: "每个 --results 的权重，按顺序给出（默认：各期间的天数）",
    }
    /// `rollup --partial`.
    arg_rollup_partial {
        en: "Combine only the periods each teacher has, instead of failing on a teacher missing from one",
        zh: "只合并每位教师已有的期间，而不是在有教师缺少某个期间时报错",
    }
    /// `rollup --out`.
    arg_rollup_out {
        en: "Write the term as a workbook (.xlsx)",
        zh: "把学期结果写成工作簿（.xlsx）",
    }
    /// `publish --out`.
    arg_publish_out {
        en: "Folder to write into: the 公示 list (.xlsx, .csv), slips/ with one .xlsx per teacher, and a ZIP of the slips",
        zh: "写入的文件夹：公示名单（.xlsx、.csv）、slips/（每位教师一个 .xlsx）和全部个人结果单的 ZIP",
    }
    /// `publish --pdf`.
    arg_publish_pdf {
        en: "Also convert each slip to PDF with LibreOffice (soffice on the PATH); skipped with a warning otherwise",
        zh: "同时用 LibreOffice 把每张结果单转为 PDF（需 PATH 中有 soffice），否则跳过并给出警告",
    }
    /// `publish --force`.
    arg_publish_force {
        en: "Replace the list, slips and ZIP already in --out",
        zh: "替换 --out 中已有的公示名单、个人结果单和 ZIP",
    }
    /// `analyze --input`.
    arg_analyze_input {
        en: "The period's exports: files or folders, as for score",
        zh: "本期导出的文件或文件夹，与 score 相同",
    }
    /// `analyze --rater-gap`.
    arg_analyze_rater_gap {
        en: "A rater this many points or more from the other raters' mean on a teacher is an outlier [default: 10]",
        zh: "某评价方对某位教师的分数与其他评价方平均相差达到此分数即为异常 [默认：10]",
    }
    /// `analyze --share-gap`.
    arg_analyze_share_gap {
        en: "Flag a group whose top grade's share differs from the whole's by this many points or more [default: 20]",
        zh: "最高等级占比与全体相差达到此百分点的分组被标记 [默认：20]",
    }
    /// `analyze --mean-gap`.
    arg_analyze_mean_gap {
        en: "Flag a group whose mean total differs from the whole's by this percent of full marks or more [default: 5]",
        zh: "平均总分与全体相差达到满分的此百分比的分组被标记 [默认：5]",
    }
    /// `analyze --min-group`.
    arg_analyze_min_group {
        en: "Never flag a group with fewer graded teachers than this [default: 5]",
        zh: "参与评等的教师少于此人数的分组不标记 [默认：5]",
    }
    /// `analyze --out`.
    arg_analyze_out {
        en: "Also write the report as a workbook (.xlsx) with a 分析 sheet",
        zh: "同时把报告写成带“分析”工作表的工作簿（.xlsx）",
    }
    /// `analyze --json`.
    arg_analyze_json {
        en: "Print the report as JSON (decimals as strings) instead of text",
        zh: "以 JSON（小数写成字符串）而不是文字打印报告",
    }
    /// `rollup --json`.
    arg_rollup_json {
        en: "Print the term as JSON instead of a table",
        zh: "以 JSON 而不是表格打印学期结果",
    }
    /// `diff --force`, `rollup --force`.
    arg_out_force {
        en: "Replace --out if it exists",
        zh: "--out 已存在时替换它",
    }
    /// `init --dir`.
    arg_init_dir {
        en: "The folder to write into (created if missing)",
        zh: "写入的文件夹（不存在时创建）",
    }
    /// `init --from`.
    arg_init_from {
        en: "The ready rubric to start from",
        zh: "作为起点的现成方案",
    }
    /// `init --force`.
    arg_init_force {
        en: "Replace files that exist",
        zh: "替换已存在的文件",
    }
    /// `completions --shell`.
    arg_completions_shell {
        en: "The shell: bash, zsh, fish, elvish or powershell",
        zh: "shell：bash、zsh、fish、elvish 或 powershell",
    }
    /// The command `kaohe help` is asked about (its English is clap's).
    arg_help_subcommand {
        en: "Print help for the subcommand(s)",
        zh: "要显示帮助的子命令",
    }
}

// --- the values `--format` and `--headers` take, listed in the English
// `score --help` (the Chinese lists the values in the argument's help)
crate::messages! {
    /// `--format json`.
    format_json { en: "The JSON summary (exact decimal strings)", zh: "汇总（JSON，数值为精确的十进制字符串）" }
    /// `--format csv`.
    format_csv { en: "汇总 as CSV: one row per teacher, rubric ids as columns", zh: "汇总表（CSV）：每位教师一行，方案的 id 为列" }
    /// `--headers ids`.
    headers_ids { en: "The rubric's ids (`key`, `item.<id>`, `total`), for scripts", zh: "方案的 id（`key`、`item.<id>`、`total`），供脚本使用" }
    /// `--headers names`.
    headers_names {
        en: "The names 汇总 shows (工号, 姓名, each item's name, 总分), in the output's language",
        zh: "汇总 中显示的名称（工号、姓名、各项名称、总分），按输出语言",
    }
}

// --- arguments every command shares: the global flags and the period
crate::messages! {
    /// `--lang`.
    arg_lang {
        en: "Language of labels and messages: zh or en (default: the rubric's locale, else LANG)",
        zh: "标签和消息的语言（默认：方案的 locale，其次是 LANG）",
    }
    /// `--quiet`.
    arg_quiet {
        en: "Print no progress and no closing summary; errors are still printed",
        zh: "不显示进度和结束时的汇总；错误照常显示",
    }
    /// `--help` (its English is clap's).
    arg_help {
        en: "Print help",
        zh: "显示帮助",
    }
    /// `--version` (its English is clap's).
    arg_version {
        en: "Print version",
        zh: "显示版本",
    }
    /// `--period`.
    arg_period {
        en: "The month scored, such as 2022-03; records outside it are counted, not scored",
        zh: "考核的月份，如 2022-03；该月之外的记录只计数、不评分",
    }
    /// `--from`.
    arg_from {
        en: "First day scored (YYYY-MM-DD), with --to",
        zh: "考核的第一天（YYYY-MM-DD），与 --to 一起使用",
    }
    /// `--to`.
    arg_to {
        en: "Last day scored (YYYY-MM-DD), with --from",
        zh: "考核的最后一天（YYYY-MM-DD），与 --from 一起使用",
    }
    /// `--allow-outside-period`.
    arg_allow_outside_period {
        en: "Score even when a dated source has no record in the period, or more than nine in ten of its records outside it (otherwise refused as the wrong period); the records outside are still said",
        zh: "有日期的数据源在考核期内没有记录、或九成以上的记录在考核期外时也照常评分\
             （否则视为考核期有误而拒绝）；考核期外的记录仍会说明",
    }
}

// --- the man page's section headings: clap_mangen writes them in English
crate::messages! {
    /// The heading over the subcommands, and their placeholder in the synopsis.
    man_subcommands { en: "SUBCOMMANDS", zh: "子命令" }
    /// `.SH NAME`: the line `whatis` reads.
    man_name { en: "NAME", zh: "名称" }
    /// `.SH SYNOPSIS`.
    man_synopsis { en: "SYNOPSIS", zh: "用法" }
    /// `.SH DESCRIPTION`.
    man_description { en: "DESCRIPTION", zh: "说明" }
    /// `.SH OPTIONS`.
    man_options { en: "OPTIONS", zh: "选项" }
    /// `.SH EXTRA`: the examples and exit codes.
    man_extra { en: "EXTRA", zh: "示例与退出码" }
    /// `.SH VERSION`.
    man_version { en: "VERSION", zh: "版本" }
    /// `.SH AUTHORS`.
    man_authors { en: "AUTHORS", zh: "作者" }
}

// --- appeals (申诉): the flags of score, explain, diff and publish
crate::messages! {
    /// `score --appeals`, `explain --appeals`, `publish --appeals`.
    arg_appeals {
        en: "Teachers' appeals (csv/xlsx: 工号, 项目, 申诉内容, 理由, 状态, 分数, …), applied after scoring and the overrides; an accepted one sets the item's score",
        zh: "教师申诉（csv/xlsx：工号、项目、申诉内容、理由、状态、分数等），在评分和人工调整之后应用；采纳的申诉改定该项分数",
    }
    /// `diff --appeals`.
    arg_diff_appeals {
        en: "Teachers' appeals applied to the --against side only, so the diff shows what the appeals change",
        zh: "只对 --against 一侧应用的教师申诉，使比较结果显示申诉带来的变化",
    }
    /// `publish --allow-pending`.
    arg_publish_allow_pending {
        en: "Publish even though some appeals are still pending (待处理)",
        zh: "即使还有待处理的申诉也照常公示",
    }
}
