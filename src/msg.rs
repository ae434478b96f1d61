//! The CLI's own messages in Chinese and English, and the language and
//! quietness the run was asked for. The library's labels are in
//! `kaohe::report::labels`; this is what the binary itself says on stderr.
//!
//! The language is process-wide because it is decided in steps: `--lang`,
//! else the rubric's locale once the rubric is read, else `LANG` — and an
//! error may be printed at any of those points.

use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

use kaohe::rubric::Locale;

static LOCALE: AtomicU8 = AtomicU8::new(0);
static LOCALE_FIXED: AtomicBool = AtomicBool::new(false);
static QUIET: AtomicBool = AtomicBool::new(false);

/// Sets the language from `--lang` (fixed for the run) or `LANG`, and `--quiet`.
pub fn init(flag: Option<Locale>, quiet: bool) {
    let locale = flag.unwrap_or_else(from_env);
    store(locale);
    LOCALE_FIXED.store(flag.is_some(), Ordering::Relaxed);
    QUIET.store(quiet, Ordering::Relaxed);
}

/// The language before the command line is parsed, for clap's own errors
/// and help: `--lang` as typed (`--lang zh`, `--lang=en`), else `LANG` —
/// the rubric is not read yet. `init` decides again once the line is parsed.
pub fn init_from_args(args: &[std::ffi::OsString]) {
    store(lang_flag(args).unwrap_or_else(from_env));
}

/// The first `--lang` on the command line, when it names a language.
pub fn lang_flag(args: &[std::ffi::OsString]) -> Option<Locale> {
    // Named as clap will read it, by the same `--lang` values.
    let named = crate::usage::locale;
    let mut words = args.iter().skip(1).map(|a| a.to_str());
    while let Some(word) = words.next() {
        match word {
            // Past `--` everything is a value.
            Some("--") => return None,
            Some("--lang") => return named(words.next().flatten()?),
            Some(w) if w.starts_with("--lang=") => return named(&w["--lang=".len()..]),
            _ => {}
        }
    }
    None
}

/// The rubric's locale, which wins over `LANG` but not over `--lang`.
pub fn rubric_locale(locale: Option<Locale>) {
    if let Some(l) = locale {
        if !LOCALE_FIXED.load(Ordering::Relaxed) {
            store(l);
        }
    }
}

fn store(locale: Locale) {
    LOCALE.store(
        match locale {
            Locale::Zh => 0,
            Locale::En => 1,
        },
        Ordering::Relaxed,
    );
}

/// The language in force.
pub fn locale() -> Locale {
    match LOCALE.load(Ordering::Relaxed) {
        1 => Locale::En,
        _ => Locale::Zh,
    }
}

/// Whether `--quiet` was given: no progress, no closing summary.
pub fn quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// The language `LANG` (or `LC_ALL`, `LC_MESSAGES`) names: English for
/// `en…`, otherwise Chinese — the users' language, and what `C` gets.
pub fn from_env() -> Locale {
    let var = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_default();
    if var.to_ascii_lowercase().starts_with("en") {
        Locale::En
    } else {
        Locale::Zh
    }
}

/// A message; [`Msg::fill`] puts the arguments in place of `{0}`, `{1}` ….
#[derive(Debug, Clone, Copy)]
pub enum Msg {
    /// Before every error.
    Error,
    /// Before every warning.
    Warning,
    /// Before the message of a panic: a fault in kaohe.
    Internal,
    /// Data problems: {0} count.
    Problems,
    /// More problems than shown: {0} count.
    MoreProblems,
    /// {0} from, {1} to.
    FromAfterTo,
    /// {0} the text.
    NotAMonth,
    /// {0} flag, {1} text.
    NotADate,
    /// {0} path.
    Exists,
    /// {0} path.
    OutputIsInput,
    /// {0} path.
    OutNotXlsx,
    /// {0} teachers, {1} rubric, {2} output.
    Scored,
    /// {0} teachers, {1} rubric.
    ScoredNoOutput,
    /// {0} path.
    Writing,
    /// Progress: reading.
    Reading,
    /// Progress: scoring.
    Scoring,
    /// Progress: writing.
    WritingStep,
    /// {0} the name asked for, {1} the names there are.
    UnknownReady,
    /// {0} path.
    Wrote,
    /// {0} source id, {1} patterns.
    NoTemplate,
    /// {0} rubric file, {1} input folder.
    InitNext,
    /// Ctrl-C or SIGTERM during a run.
    Interrupted,
    /// `check` found errors: {0} count.
    ErrorsFound,
    /// --by-school with other than one --input.
    BySchoolOneInput,
    /// {0} path.
    BySchoolNotFolder,
    /// {0} district folder, {1} file names.
    BySchoolLooseFiles,
    /// {0} district folder.
    BySchoolNoSchools,
    /// {0} path.
    BySchoolOutIsFile,
    /// {0} the output folder.
    BySchoolOutInside,
    /// {0} the flag refused.
    BySchoolRefuses,
    /// {0} school folder name.
    BySchoolNameClash,
    /// {0} school, {1} teachers, {2} output.
    SchoolScored,
    /// {0} school, {1} problem count.
    SchoolFailed,
    /// {0} path.
    StaleRemoved,
    /// {0} scored, {1} schools, {2} failed, {3} output.
    DistrictScored,
    /// {0} failed schools, {1} district summary.
    SchoolsFailed,
    /// {0} school, {1} the scope values found in its folder.
    QuotaSplit,
    /// {0} school, {1} teachers.
    SchoolScoredNoOutput,
    /// A scored school's run warning: {0} school, {1} the warning.
    SchoolWarning,
    /// {0} scored, {1} schools, {2} failed.
    DistrictScoredNoOutput,
    /// Where failures are listed when no folder is written.
    TheJsonSummary,
    /// A record `--keep-going` skipped: {0} the problem.
    SkippedRecord,
    /// {0} count, {1} sheet name, {2} output.
    SkippedCount,
    /// {0} rubric, {1} the tests file it would have.
    NoTests,
    /// {0} the tests file.
    TestsFailed,
    /// `kaohe diff` given neither pair.
    DiffWhich,
    /// `kaohe diff --fail-on-change`: {0} changed, {1} added, {2} removed.
    Changed,
    /// `kaohe rollup`: {0} weights, {1} results.
    WeightCount,
    /// `kaohe rollup`: {0} the text.
    NotAWeight,
    /// `--memory-limit`: {0} the text.
    NotASize,
    /// `--memory-limit`: {0} the text.
    SizeNotAboveZero,
    /// JSON output that could not be produced: {0} serde's words.
    NoJson,
    /// `--out` in a folder that is not there: {0} the output, {1} the folder.
    OutFolderMissing,
    /// A file named on the command line is not there: {0} the flag, {1} the path.
    NoSuchFile,
    /// Scored, but nobody: {0} the input folder or files.
    NoTeachers,
    /// Opened without arguments from Explorer: {0} the version.
    GuidedIntro,
    /// Asks for the month's folder.
    GuidedFolder,
    /// {0} what was typed.
    GuidedNotFolder,
    /// Before the list of ready rubrics.
    GuidedRubrics,
    /// Asks for a rubric's number or file.
    GuidedRubric,
    /// {0} what was typed.
    GuidedNoRubric,
    /// Asks for the month.
    GuidedMonth,
    /// Asks for the month; the rubric has its own period.
    GuidedMonthOrOwn,
    /// {0} the workbook written.
    GuidedWhere,
    /// Before the window closes.
    GuidedEnter,
    /// The workbook's file name without `.xlsx`: {0} the folder and month.
    GuidedOutName,
}

impl Msg {
    /// The message's text in the language in force.
    pub fn text(self) -> &'static str {
        let (zh, en) = match self {
            Msg::Error => ("错误：", "error: "),
            Msg::Warning => ("警告：", "warning: "),
            Msg::Internal => ("内部错误：", "internal error: "),
            Msg::Problems => (
                "输入数据中有 {0} 个问题，未写出任何文件：",
                "{0} problem(s) in the input data; nothing was written:",
            ),
            Msg::MoreProblems => ("… 另有 {0} 个", "… and {0} more"),
            Msg::FromAfterTo => ("--from {0} 晚于 --to {1}", "--from {0} is after --to {1}"),
            Msg::NotAMonth => (
                "--period `{0}` 不是月份；请写成 2022-03",
                "--period `{0}` is not a month; write it as 2022-03",
            ),
            Msg::NotADate => (
                "{0} `{1}` 不是日期；请写成 2022-03-01",
                "{0} `{1}` is not a date; write it as 2022-03-01",
            ),
            Msg::Exists => (
                "{0} 已存在；如要替换请加 --force",
                "{0} exists; pass --force to replace it",
            ),
            Msg::OutputIsInput => (
                "输出文件 {0} 也是输入文件；请把评分结果写到别处",
                "the output {0} is also an input; write the scored workbook elsewhere",
            ),
            Msg::OutNotXlsx => (
                "--out {0} 不以 .xlsx 结尾：输出的是 xlsx 工作簿，请给 --out 一个以 .xlsx 结尾的文件名",
                "--out {0} does not end in .xlsx: the output is an xlsx workbook; give --out a name ending in .xlsx",
            ),
            Msg::Scored => (
                "已按 {1} 为 {0} 位教师评分 → {2}",
                "scored {0} teachers with {1} → {2}",
            ),
            Msg::ScoredNoOutput => (
                "已按 {1} 为 {0} 位教师评分",
                "scored {0} teachers with {1}",
            ),
            Msg::Writing => ("写入 {0}", "writing {0}"),
            Msg::Reading => ("读取", "reading"),
            Msg::Scoring => ("评分", "scoring"),
            Msg::WritingStep => ("写出", "writing"),
            Msg::UnknownReady => (
                "没有名为 `{0}` 的现成方案；可选：{1}",
                "no ready rubric named `{0}`; there are: {1}",
            ),
            Msg::Wrote => ("已写出 {0}", "wrote {0}"),
            Msg::NoTemplate => (
                "数据源 {0} 只读取 {1}，无法生成 xlsx 模板，已跳过",
                "source {0} reads only {1}: no xlsx template, skipped",
            ),
            Msg::InitNext => (
                "填好模板后评分：kaohe score --rubric {0} --input {1} --period 2022-03 --out 结果.xlsx",
                "Fill in the templates, then score: kaohe score --rubric {0} --input {1} --period 2022-03 --out result.xlsx",
            ),
            Msg::Interrupted => (
                "已中断；没有留下写了一半的文件",
                "interrupted; no half-written file is left",
            ),
            Msg::ErrorsFound => ("发现 {0} 个错误", "{0} error(s) found"),
            Msg::BySchoolOneInput => (
                "--by-school 只接受一个 --input：存放各校文件夹的区文件夹",
                "--by-school takes one --input: the district folder holding a folder per school",
            ),
            Msg::BySchoolNotFolder => (
                "--by-school：{0} 不是文件夹；请给出存放各校文件夹的区文件夹",
                "--by-school: {0} is not a folder; give the district folder holding a folder per school",
            ),
            Msg::BySchoolLooseFiles => (
                "{0} 下有不属于任何学校文件夹的表格：{1}。使用 --by-school 时，每所学校的文件放在以校名命名的文件夹中；全区共用的名册请复制到各校文件夹",
                "{0} holds spreadsheets outside any school folder: {1}. With --by-school each school's files go in a folder named after the school; copy a district-wide roster into each school's folder",
            ),
            Msg::BySchoolNoSchools => (
                "{0} 中没有学校文件夹；使用 --by-school 时，每所学校一个文件夹",
                "{0} holds no school folders; with --by-school each school has a folder",
            ),
            Msg::BySchoolOutIsFile => (
                "--out {0} 是文件；使用 --by-school 时 --out 是存放各校工作簿的文件夹",
                "--out {0} is a file; with --by-school --out is the folder the workbooks go in",
            ),
            Msg::BySchoolOutInside => (
                "输出文件夹 {0} 在区文件夹内，下次运行会被当作学校；请写到区文件夹之外",
                "the output folder {0} is inside the district folder, where the next run would take it for a school; write it elsewhere",
            ),
            Msg::BySchoolRefuses => (
                "{0} 不能与 --by-school 同时使用",
                "{0} cannot be used with --by-school",
            ),
            Msg::BySchoolNameClash => (
                "学校文件夹 {0} 与区汇总文件同名；请给文件夹改名",
                "a school folder is named {0}, like the district summary; rename the folder",
            ),
            Msg::SchoolScored => (
                "{0}：已为 {1} 位教师评分 → {2}",
                "{0}: scored {1} teachers → {2}",
            ),
            Msg::SchoolFailed => (
                "{0}：未评分，未写出工作簿，{1} 个问题：",
                "{0}: not scored, no workbook written; {1} problem(s):",
            ),
            Msg::StaleRemoved => (
                "已删除上次运行写出的 {0}：该校本次未评分",
                "removed {0}, written by an earlier run: the school was not scored this time",
            ),
            Msg::DistrictScored => (
                "已评分 {0}/{1} 所学校，失败 {2} 所 → {3}",
                "scored {0} of {1} schools, {2} failed → {3}",
            ),
            Msg::SchoolsFailed => (
                "{0} 所学校未评分（问题见上，并列于 {1}）",
                "{0} school(s) not scored (problems above, and listed in {1})",
            ),
            Msg::QuotaSplit => (
                "{0} 的名册中，名额范围字段有多个值（{1}）：名额在各值内分别计算，而不是在全校内",
                "{0}'s roster has several values of the quota's scope field ({1}): places were counted within each, not across the school",
            ),
            Msg::SchoolWarning => ("{0}：{1}", "{0}: {1}"),
            Msg::SchoolScoredNoOutput => (
                "{0}：已为 {1} 位教师评分",
                "{0}: scored {1} teachers",
            ),
            Msg::DistrictScoredNoOutput => (
                "已评分 {0}/{1} 所学校，失败 {2} 所",
                "scored {0} of {1} schools, {2} failed",
            ),
            Msg::TheJsonSummary => ("JSON 汇总", "the JSON summary"),
            Msg::SkippedRecord => ("已跳过：{0}", "skipped: {0}"),
            Msg::NoTests => (
                "{0} 没有测试：请把测试用例写在 {1} 中",
                "no tests for {0}: write its cases in {1}",
            ),
            Msg::TestsFailed => ("方案测试未通过：{0}", "rubric tests failed: {0}"),
            Msg::DiffWhich => (
                "请比较两个方案（--rubric 旧 --against 新 --input …）或两个评分结果工作簿（--old A.xlsx --new B.xlsx）",
                "compare either two rubrics (--rubric OLD --against NEW --input …) or two workbooks (--old A.xlsx --new B.xlsx)",
            ),
            Msg::Changed => (
                "{0} 位教师有变化，新增 {1} 位，减少 {2} 位（--fail-on-change）",
                "{0} teacher(s) changed, {1} added, {2} removed (--fail-on-change)",
            ),
            Msg::WeightCount => (
                "{0} 个 --weight 对应 {1} 个 --results：请每个结果给一个权重，或都不给",
                "{0} --weight for {1} --results: give one weight per result, or none",
            ),
            Msg::NotAWeight => ("--weight `{0}` 不是数字", "--weight `{0}` is not a number"),
            Msg::NotASize => (
                "`{0}` 不是大小；请写成 512MiB 或 2GiB",
                "`{0}` is not a size; write it as 512MiB or 2GiB",
            ),
            Msg::SizeNotAboveZero => ("`{0}` 不是大于零的大小", "`{0}` is not a size above zero"),
            Msg::NoJson => ("无法生成 JSON（{0}）", "cannot produce the JSON: {0}"),
            Msg::OutFolderMissing => (
                "--out {0}：文件夹 {1} 不存在；请先建好该文件夹，或写到已有的文件夹中",
                "--out {0}: the folder {1} does not exist; create it first, or write into a folder that exists",
            ),
            Msg::NoSuchFile => (
                "{0} {1}：文件不存在；请检查文件名和所在文件夹",
                "{0} {1}: no such file; check the name and the folder",
            ),
            Msg::NoTeachers => (
                "已评分 0 位教师：{0} 的名册中没有教师（模板还是空白的？请先填写名册和记录）",
                "scored 0 teachers: the roster in {0} has no teacher (are the templates still blank? fill in the roster and the records first)",
            ),
            Msg::GuidedIntro => (
                "kaohe 考核评分 {0}：回答三个问题，为一个月评分。（在命令行中使用请看 kaohe --help）",
                "kaohe {0}: answer three questions to score a month. (On a command line, see kaohe --help)",
            ),
            Msg::GuidedFolder => (
                "1. 本月导出的表格所在的文件夹（可把文件夹拖进本窗口），然后按回车：",
                "1. The folder holding the month's exported spreadsheets (you can drag it into this window), then Enter: ",
            ),
            Msg::GuidedNotFolder => (
                "   “{0}” 不是文件夹，请重新输入",
                "   \"{0}\" is not a folder; try again",
            ),
            Msg::GuidedRubrics => ("2. 评分方案：", "2. The rubric:"),
            Msg::GuidedRubric => (
                "   输入上面的编号，或方案文件（.toml）的路径：",
                "   A number above, or the path of a rubric file (.toml): ",
            ),
            Msg::GuidedNoRubric => (
                "   “{0}” 既不是上面的编号，也不是方案文件，请重新输入",
                "   \"{0}\" is neither a number above nor a rubric file; try again",
            ),
            Msg::GuidedMonth => (
                "3. 考核月份（如 2022-03）：",
                "3. The month (as 2022-03): ",
            ),
            Msg::GuidedMonthOrOwn => (
                "3. 考核月份（如 2022-03；直接按回车则用方案中写明的考核期）：",
                "3. The month (as 2022-03; Enter alone for the rubric's own period): ",
            ),
            Msg::GuidedWhere => ("评分结果工作簿：{0}", "The scored workbook: {0}"),
            Msg::GuidedEnter => ("按回车键关闭本窗口…", "Press Enter to close this window…"),
            Msg::GuidedOutName => ("{0}_评分结果", "{0}_scored"),
            Msg::SkippedCount => (
                "有 {0} 条记录因数据问题被跳过，已列在 {2} 的 {1} 工作表中",
                "{0} record(s) with data problems were skipped and are listed in the {1} sheet of {2}",
            ),
        };
        match locale() {
            Locale::Zh => zh,
            Locale::En => en,
        }
    }

    /// The message with its arguments.
    pub fn fill(self, args: &[&dyn std::fmt::Display]) -> String {
        let mut out = self.text().to_string();
        for (i, a) in args.iter().enumerate() {
            out = out.replace(&format!("{{{i}}}"), &a.to_string());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_names_the_same_arguments_in_both_languages() {
        use Msg::*;
        let all = [
            Error,
            Warning,
            Internal,
            Problems,
            MoreProblems,
            FromAfterTo,
            NotAMonth,
            NotADate,
            Exists,
            OutputIsInput,
            OutNotXlsx,
            Scored,
            ScoredNoOutput,
            Writing,
            Reading,
            Scoring,
            WritingStep,
            UnknownReady,
            Wrote,
            NoTemplate,
            InitNext,
            Interrupted,
            ErrorsFound,
            BySchoolOneInput,
            BySchoolNotFolder,
            BySchoolLooseFiles,
            BySchoolNoSchools,
            BySchoolOutIsFile,
            BySchoolOutInside,
            BySchoolRefuses,
            BySchoolNameClash,
            SchoolScored,
            SchoolFailed,
            StaleRemoved,
            DistrictScored,
            SchoolsFailed,
            QuotaSplit,
            SchoolScoredNoOutput,
            SchoolWarning,
            DistrictScoredNoOutput,
            TheJsonSummary,
            SkippedRecord,
            SkippedCount,
            NoTests,
            TestsFailed,
            DiffWhich,
            Changed,
            WeightCount,
            NotAWeight,
            NotASize,
            SizeNotAboveZero,
            NoJson,
            OutFolderMissing,
            NoSuchFile,
            NoTeachers,
            GuidedIntro,
            GuidedFolder,
            GuidedNotFolder,
            GuidedRubrics,
            GuidedRubric,
            GuidedNoRubric,
            GuidedMonth,
            GuidedMonthOrOwn,
            GuidedWhere,
            GuidedEnter,
            GuidedOutName,
        ];
        let args = |s: &str| {
            (0..4)
                .filter(|i| s.contains(&format!("{{{i}}}")))
                .collect::<Vec<_>>()
        };
        for m in all {
            store(Locale::Zh);
            let zh = args(m.text());
            store(Locale::En);
            let en = args(m.text());
            assert_eq!(zh, en, "{m:?}");
        }
        store(Locale::Zh);
    }

    #[test]
    fn the_lang_flag_is_found_before_the_line_is_parsed() {
        let args = |a: &[&str]| -> Vec<std::ffi::OsString> {
            std::iter::once("kaohe")
                .chain(a.iter().copied())
                .map(Into::into)
                .collect()
        };
        assert_eq!(
            lang_flag(&args(&["--lang", "zh", "score"])),
            Some(Locale::Zh)
        );
        assert_eq!(
            lang_flag(&args(&["score", "--lang=en", "--bogus"])),
            Some(Locale::En)
        );
        assert_eq!(lang_flag(&args(&["score", "--lang", "fr"])), None);
        assert_eq!(lang_flag(&args(&["score", "--lang"])), None);
        assert_eq!(lang_flag(&args(&["score", "--", "--lang", "en"])), None);
        assert_eq!(lang_flag(&args(&["score", "--bogus"])), None);
    }
}
