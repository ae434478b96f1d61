//! clap's own words in Chinese: the usage errors it finds while parsing,
//! and `--help`.
//!
//! clap says its errors in English only; when the run speaks Chinese each
//! is said again from its kind and context (the argument, the value, the
//! values allowed, the suggestion), followed by clap's usage line. `--help`
//! and `--version` are not errors and are left to clap.
//!
//! The help is written in English beside the definitions (doc comments);
//! [`help`] replaces each command's about, examples and each argument's
//! help with the Chinese below, and clap's headings with Chinese ones.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command};

use crate::cmd;

/// The definition with its help in Chinese.
pub fn help(mut command: Command) -> Command {
    // Built first, so the help and version flags and the help subcommand
    // clap adds exist to be translated.
    command.build();
    localize(command, "")
}

fn localize(command: Command, key: &str) -> Command {
    let shown = |positional: bool| {
        command
            .get_arguments()
            .any(|a| a.is_positional() == positional && !a.is_hide_set())
    };
    let (positionals, options) = (shown(true), shown(false));
    let subcommands = command.get_subcommands().any(|s| !s.is_hide_set());
    let mut template = String::from("{before-help}{about-with-newline}\n用法：{usage}");
    if subcommands {
        template.push_str("\n\n命令：\n{subcommands}");
    }
    if positionals {
        template.push_str("\n\n参数：\n{positionals}");
    }
    if options {
        template.push_str("\n\n选项：\n{options}");
    }
    template.push_str("{after-help}");
    let mut command = command
        .help_template(template)
        .mut_args(|a| localize_arg(key, a));
    // clap writes `[OPTIONS]` and `<COMMAND>` into the usage line itself;
    // the line is rendered once (with the Chinese value names) and said again.
    let usage = command.render_usage().to_string();
    let usage = usage
        .strip_prefix("Usage:")
        .unwrap_or(&usage)
        .trim()
        .replace("[OPTIONS]", "[选项]")
        .replace("[COMMAND]", "[命令]")
        .replace("<COMMAND>", "<命令>");
    command = command.override_usage(usage);
    if let Some(about) = about(key) {
        command = command.about(about).long_about(None);
    }
    if let Some(after) = after_help(key) {
        command = command.after_help(after).after_long_help(None);
    }
    command.mut_subcommands(|sub| {
        let name = sub.get_name().to_string();
        localize(sub, &name)
    })
}

/// An argument's help in Chinese, with its allowed and default values said
/// in Chinese in place of clap's `[possible values: …]` and `[default: …]`.
fn localize_arg(key: &str, arg: Arg) -> Arg {
    let arg = match arg.get_value_names() {
        Some(names) if arg.get_action().takes_values() => {
            let names: Vec<&'static str> = names.iter().map(|n| value_name(n.as_str())).collect();
            arg.value_names(names)
        }
        _ => arg,
    };
    let Some(help) = arg_help(key, arg.get_id().as_str()) else {
        return arg;
    };
    let mut text = help.to_string();
    let mut arg = arg;
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if !values.is_empty() && !arg.is_hide_possible_values_set() {
        text.push_str(&format!(" [可选值：{}]", values.join("、")));
        arg = arg.hide_possible_values(true);
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    // A flag's default (`false`) is not shown, as clap does not show it.
    if !defaults.is_empty() && arg.get_action().takes_values() && !arg.is_hide_default_value_set() {
        text.push_str(&format!(" [默认：{}]", defaults.join("、")));
        arg = arg.hide_default_value(true);
    }
    arg.help(text).long_help(None)
}

/// A value's placeholder in Chinese (`<FILE>` → `<文件>`); one not listed
/// keeps its own name.
fn value_name(name: &str) -> &'static str {
    match name {
        "FILE" => "文件",
        "PATH" => "路径",
        "DIR" => "文件夹",
        "DATE" => "日期",
        "FORMAT" => "格式",
        "HEADERS" => "表头",
        "KEY" => "工号",
        "LANG" => "语言",
        "NAME" => "名称",
        "RUBRIC" => "方案",
        "SHELL" => "shell",
        "SIZE" => "大小",
        "N" => "N",
        "YYYY-MM" => "YYYY-MM",
        _ => "值",
    }
}

/// A command's about in Chinese: `""` is kaohe itself.
fn about(key: &str) -> Option<&'static str> {
    Some(match key {
        "" => "考核：按 TOML 评分方案，从导出的电子表格为教师的绩效考核评分，并说明每一分的来由。",
        "score" => "按评分方案为一个月导出的记录评分，并写出评分工作簿",
        "diff" => "在相同的输入上比较两个方案，或比较两个评分工作簿",
        "explain" => "以明细树展示一位教师的得分",
        "check" => "检查方案；加 --input 时再按方案检查一个月的文件",
        "test" => "运行方案的测试用例（方案旁的 NAME.tests.toml）",
        "rollup" => "把各期间的结果合并为学期结果并评定等级",
        "init" => "从现成方案开始：生成方案和空白的输入模板",
        "completions" => "打印 shell 补全脚本",
        "man" => "打印手册页（roff）",
        "help" => "显示本帮助，或给定子命令的帮助",
        _ => return None,
    })
}

/// A command's examples and exit codes in Chinese.
fn after_help(key: &str) -> Option<&'static str> {
    Some(match key {
        "score" => cmd::score::EXAMPLES_ZH,
        "diff" => cmd::diff::EXAMPLES_ZH,
        "explain" => cmd::explain::EXAMPLES_ZH,
        "check" => cmd::check::EXAMPLES_ZH,
        "test" => cmd::test::EXAMPLES_ZH,
        "rollup" => cmd::rollup::EXAMPLES_ZH,
        "init" => cmd::init::EXAMPLES_ZH,
        "completions" => cmd::completions::EXAMPLES_ZH,
        "man" => cmd::man::EXAMPLES_ZH,
        _ => return None,
    })
}

/// An argument's help in Chinese: the command's own first, then what every
/// command shares (the global flags, the period flags).
fn arg_help(key: &str, id: &str) -> Option<&'static str> {
    let own = match (key, id) {
        ("score", "rubric") | ("explain", "rubric") | ("check", "rubric") | ("test", "rubric") => {
            "评分方案（TOML）"
        }
        ("score", "input") => "输入文件或文件夹（文件夹表示其中的所有电子表格）；可重复",
        ("score", "out") => "要写出的评分工作簿（.xlsx）；使用 --format 时可以不给",
        ("score", "json") => "同时把机器可读的汇总（JSON）打印到标准输出；与 --format json 相同",
        ("score", "format") => "把结果打印到标准输出，供脚本使用：json（汇总）或 csv（汇总表）",
        ("score", "headers") => {
            "--format csv 的表头：ids（方案的 id，供脚本使用）或 names（工号、姓名、各项名称、总分、等级，按输出语言，便于在 Excel/WPS 中阅读）"
        }
        ("score", "no_bom") => {
            "--format csv 不写 BOM（默认写 UTF-8 BOM，中文 Windows 上的 Excel 才能正确识别中文）"
        }
        ("score", "slips") => "增加 个人 工作表：每位教师一页，可打印",
        ("score", "rows_per_page") => "打印 汇总 时每页最多的教师人数",
        ("score", "force") => "输出文件已存在时替换它",
        ("score", "overrides") => {
            "人工调整（csv/xlsx：工号、项目、分数、理由、操作人），评分后应用并列入明细"
        }
        ("score", "keep_going") => {
            "跳过有数据问题的记录，列在 数据问题 工作表中，其余照常评分（有记录被跳过时退出码为 5）"
        }
        ("score", "memory_limit") => {
            "读取一个工作簿最多可用的内存，如 512MiB 或 2GiB：解压后超过此值的 xlsx 部件，\
             或已用区域会超过此值的 ods/xls 工作表，在读取前即被拒绝；\
             超过此值 1/64 的一行 CSV（或查找表头时扫描的前几行合计）也被拒绝"
        }
        ("score", "by_school") => {
            "--input 是一个区：每所学校一个文件夹，各自单独评分；此时 --out 是存放各校工作簿和区汇总的文件夹"
        }
        ("score", "jobs") => "使用 --by-school 时同时评分的学校数（默认：处理器数）",
        ("diff", "rubric") => "当前的方案（与 --against 和 --input 一起使用）",
        ("diff", "against") => "与 --rubric 比较的、修改后的方案",
        ("diff", "input") => "输入文件或文件夹，两个方案都用它们评分；可重复",
        ("diff", "overrides") => "人工调整，用任一方案评分后都会应用",
        ("diff", "old") => "较早的评分工作簿（与 --new 一起使用）",
        ("diff", "new") => "较晚的评分工作簿（与 --old 一起使用）",
        ("diff", "out") => "把比较结果写成工作簿（.xlsx）",
        ("diff", "json") => "以 JSON 而不是表格打印比较结果",
        ("diff", "fail_on_change") => "有任何教师的结果变化时以退出码 4 结束（用于 CI）",
        ("explain", "teacher") => "教师的工号（或完整姓名）",
        ("explain", "input") => "输入文件或文件夹；可重复",
        ("explain", "overrides") => {
            "人工调整（csv/xlsx：工号、项目、分数、理由、操作人），评分后应用"
        }
        ("explain", "json") => "以 JSON 而不是树形打印说明",
        ("check", "input") => "要按方案检查的输入文件或文件夹；可重复",
        ("check", "json") => "以 JSON 打印检查结果",
        ("test", "tests") => "测试文件（默认：方案旁的 NAME.tests.toml）",
        ("rollup", "rubric") => "为学期评定等级的方案：用它的等级分数段或名额，以及舍入规则",
        ("rollup", "results") => {
            "一个期间的结果：kaohe score --json 的输出（.json）或评分工作簿；可重复"
        }
        ("rollup", "weight") => "每个 --results 的权重，按顺序给出（默认：各期间的天数）",
        ("rollup", "partial") => "只合并每位教师已有的期间，而不是在有教师缺少某个期间时报错",
        ("rollup", "out") => "把学期结果写成工作簿（.xlsx）",
        ("rollup", "json") => "以 JSON 而不是表格打印学期结果",
        ("diff" | "rollup", "force") => "--out 已存在时替换它",
        ("init", "dir") => "写入的文件夹（不存在时创建）",
        ("init", "from") => "作为起点的现成方案",
        ("init", "force") => "替换已存在的文件",
        ("completions", "shell") => "shell：bash、zsh、fish、elvish 或 powershell",
        ("help", "subcommand") => "要显示帮助的子命令",
        _ => "",
    };
    if !own.is_empty() {
        return Some(own);
    }
    Some(match id {
        "lang" => "标签和消息的语言（默认：方案的 locale，其次是 LANG）",
        "quiet" => "不显示进度和结束时的汇总；错误照常显示",
        "help" => "显示帮助",
        "version" => "显示版本",
        "period" => "考核的月份，如 2022-03；该月之外的记录只计数、不评分",
        "from" => "考核的第一天（YYYY-MM-DD），与 --to 一起使用",
        "to" => "考核的最后一天（YYYY-MM-DD），与 --from 一起使用",
        "allow_outside_period" => {
            "有日期的数据源在考核期内没有记录、或九成以上的记录在考核期外时也照常评分\
             （否则视为考核期有误而拒绝）；考核期外的记录仍会说明"
        }
        _ => return None,
    })
}

/// The error in Chinese, or `None` for what clap prints itself (help,
/// version, its own I/O).
pub fn error(e: &clap::Error) -> Option<String> {
    let s = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        _ => None,
    };
    let list = |kind| match e.get(kind) {
        Some(ContextValue::Strings(v)) => Some(v.clone()),
        Some(ContextValue::String(s)) => Some(vec![s.clone()]),
        _ => None,
    };
    let number = |kind| match e.get(kind) {
        Some(ContextValue::Number(n)) => Some(*n),
        _ => None,
    };
    let arg = s(ContextKind::InvalidArg).unwrap_or_default();
    let value = s(ContextKind::InvalidValue).unwrap_or_default();
    let mut out = match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        | ErrorKind::DisplayVersion
        | ErrorKind::Io
        | ErrorKind::Format => return None,
        ErrorKind::ArgumentConflict => {
            let prior = e.get(ContextKind::PriorArg);
            let subject = match (
                s(ContextKind::InvalidArg),
                s(ContextKind::InvalidSubcommand),
            ) {
                (Some(a), _) => format!("参数 '{a}'"),
                (None, Some(sub)) => format!("子命令 '{sub}'"),
                (None, None) => "参数".to_string(),
            };
            match prior {
                Some(ContextValue::String(p)) if *p == arg => {
                    format!("{subject} 只能给一次")
                }
                Some(ContextValue::String(p)) => format!("{subject} 不能与 '{p}' 同时使用"),
                Some(ContextValue::Strings(ps)) => {
                    let mut m = format!("{subject} 不能与以下参数同时使用：");
                    for p in ps {
                        m.push_str(&format!("\n  {p}"));
                    }
                    m
                }
                _ => format!("{subject} 不能与已给出的其他参数同时使用"),
            }
        }
        ErrorKind::NoEquals => format!("给 '{arg}' 赋值时需要写等号"),
        ErrorKind::InvalidValue if value.is_empty() => {
            format!("'{arg}' 需要一个值，但没有给出")
        }
        ErrorKind::InvalidValue => format!("'{arg}' 的值 '{value}' 无效"),
        ErrorKind::InvalidSubcommand => format!(
            "没有子命令 '{}'",
            s(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::MissingRequiredArgument => {
            let mut m = "缺少以下必需的参数：".to_string();
            for a in list(ContextKind::InvalidArg).unwrap_or_default() {
                m.push_str(&format!("\n  {a}"));
            }
            m
        }
        ErrorKind::MissingSubcommand => format!(
            "'{}' 需要一个子命令，但没有给出",
            s(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::InvalidUtf8 => "命令行参数不是有效的 UTF-8 文本".to_string(),
        ErrorKind::TooManyValues => format!("'{arg}' 多了一个值 '{value}'，不需要更多的值"),
        ErrorKind::TooFewValues => format!(
            "'{arg}' 至少需要 {} 个值，只给出了 {} 个",
            number(ContextKind::MinValues).unwrap_or_default(),
            number(ContextKind::ActualNumValues).unwrap_or_default()
        ),
        ErrorKind::WrongNumberOfValues => format!(
            "'{arg}' 需要 {} 个值，但给出了 {} 个",
            number(ContextKind::ExpectedNumValues).unwrap_or_default(),
            number(ContextKind::ActualNumValues).unwrap_or_default()
        ),
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(e).map(reason);
            match why {
                Some(why) => format!("'{arg}' 的值 '{value}' 无效：{why}"),
                None => format!("'{arg}' 的值 '{value}' 无效"),
            }
        }
        ErrorKind::UnknownArgument => format!("无法识别的参数 '{arg}'"),
        // A kind added by a later clap: its English words, said as a usage error.
        _ => format!("命令行有误：{}", first_line(e)),
    };
    match e.kind() {
        ErrorKind::InvalidValue => {
            if let Some(valid) = list(ContextKind::ValidValue).filter(|v| !v.is_empty()) {
                out.push_str(&format!("\n  [可选值：{}]", valid.join("、")));
            }
        }
        ErrorKind::MissingSubcommand => {
            if let Some(valid) = list(ContextKind::ValidSubcommand).filter(|v| !v.is_empty()) {
                out.push_str(&format!("\n  [子命令：{}]", valid.join("、")));
            }
        }
        _ => {}
    }
    let mut tips = Vec::new();
    for (kind, what) in [
        (ContextKind::SuggestedSubcommand, "子命令"),
        (ContextKind::SuggestedArg, "参数"),
        (ContextKind::SuggestedValue, "值"),
    ] {
        if let Some(similar) = list(kind).filter(|v| !v.is_empty()) {
            let quoted: Vec<String> = similar.iter().map(|x| format!("'{x}'")).collect();
            tips.push(format!("有相似的{what}：{}", quoted.join("、")));
        }
    }
    if let Some(ContextValue::StyledStrs(suggested)) = e.get(ContextKind::Suggested) {
        tips.extend(suggested.iter().map(|t| tip(&t.to_string())));
    }
    if !tips.is_empty() {
        out.push('\n');
        for t in tips {
            out.push_str(&format!("\n  提示：{t}"));
        }
    }
    if let Some(usage) = s(ContextKind::Usage) {
        let usage = usage.trim_end();
        let usage = usage
            .strip_prefix("Usage:")
            .map_or(usage.to_string(), |rest| {
                format!("用法：{}", rest.trim_start())
            });
        out.push_str(&format!("\n\n{usage}"));
    }
    out.push_str("\n\n更多信息请运行 '--help'。");
    Some(out)
}

/// Why a value was refused: our own parsers already speak the language in
/// force; the standard number parsers are said by their kind.
fn reason(source: &(dyn std::error::Error + 'static)) -> String {
    use std::num::IntErrorKind;
    match source
        .downcast_ref::<std::num::ParseIntError>()
        .map(|p| p.kind())
    {
        Some(IntErrorKind::Empty) => "不能为空".to_string(),
        Some(IntErrorKind::InvalidDigit) => "不是整数".to_string(),
        Some(IntErrorKind::PosOverflow) => "数值太大".to_string(),
        Some(IntErrorKind::NegOverflow) => "数值太小".to_string(),
        Some(IntErrorKind::Zero) => "不能为 0".to_string(),
        _ => source.to_string(),
    }
}

/// clap's tips, which it writes in English, in Chinese; one it did not
/// write before is kept as it is.
fn tip(text: &str) -> String {
    let quoted: Vec<&str> = text.split('\'').skip(1).step_by(2).collect();
    match quoted.as_slice() {
        [x, y] if text.starts_with("to pass ") => format!("如要把 '{x}' 作为值传入，请写成 '{y}'"),
        [x, _] if text.starts_with("subcommand ") => {
            format!("有子命令 '{x}'；如要使用它，请去掉前面的 '--'")
        }
        [x] if text.ends_with("' exists") => format!("有 '{x}'"),
        _ => text.to_string(),
    }
}

/// The first line of clap's English message, without its `error: `.
fn first_line(e: &clap::Error) -> String {
    let text = e.render().to_string();
    let line = text.lines().next().unwrap_or_default();
    line.strip_prefix("error: ").unwrap_or(line).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn zh(args: &[&str]) -> String {
        let mut argv = vec!["kaohe"];
        argv.extend(args);
        match crate::cli::Cli::command().try_get_matches_from(argv) {
            Ok(_) => panic!("{args:?} parsed"),
            Err(e) => error(&e).unwrap_or_else(|| panic!("{args:?}: {:?} not said", e.kind())),
        }
    }

    #[test]
    fn each_usage_error_is_said_in_chinese_with_the_usage_line() {
        assert_eq!(
            zh(&["score", "--bogus"]),
            "无法识别的参数 '--bogus'\n\n\
             用法：kaohe score [OPTIONS] --rubric <FILE> --input <PATH>...\n\n更多信息请运行 '--help'。"
        );
        assert_eq!(
            zh(&["score", "--rubrc", "r.toml"])
                .lines()
                .take(3)
                .collect::<Vec<_>>(),
            [
                "无法识别的参数 '--rubrc'",
                "",
                "  提示：有相似的参数：'--rubric'"
            ]
        );
        assert!(zh(&["score", "--rubric", "r.toml"])
            .starts_with("缺少以下必需的参数：\n  --input <PATH>...\n"));
        assert!(zh(&["score", "--lang", "fr"])
            .starts_with("'--lang <LANG>' 的值 'fr' 无效\n  [可选值：zh、en]\n"));
        assert!(
            zh(&["scroe"]).starts_with("没有子命令 'scroe'\n\n  提示：有相似的子命令：'score'\n")
        );
        assert!(zh(&[
            "score",
            "--rubric",
            "r",
            "--input",
            "i",
            "--jobs",
            "0",
            "--by-school"
        ])
        .starts_with("'--jobs <N>' 的值 '0' 无效：不能为 0\n"));
        assert!(
            zh(&["score", "--rubric", "r", "--input", "i", "--json", "--format", "csv"])
                .starts_with("参数 '--json' 不能与 '--format <FORMAT>' 同时使用\n")
        );
        assert!(
            zh(&["score", "--rubric", "r", "--rubric", "s", "--input", "i"])
                .starts_with("参数 '--rubric <FILE>' 只能给一次\n")
        );
        assert!(
            zh(&["score", "--rubric"]).starts_with("'--rubric <FILE>' 需要一个值，但没有给出\n")
        );
    }

    #[test]
    fn help_and_version_are_left_to_clap() {
        for args in [["kaohe", "--help"], ["kaohe", "--version"]] {
            let e = crate::cli::Cli::command()
                .try_get_matches_from(args)
                .err()
                .map(|e| error(&e));
            assert_eq!(e, Some(None));
        }
    }

    /// Every placeholder clap shows has its Chinese: a new `value_name`
    /// without one fails here (it would read `<值>`).
    #[test]
    fn every_value_name_has_a_chinese_name() {
        fn walk(command: &Command, missing: &mut Vec<String>) {
            for arg in command.get_arguments() {
                if !arg.get_action().takes_values() {
                    continue;
                }
                for name in arg.get_value_names().unwrap_or_default() {
                    if value_name(name.as_str()) == "值" {
                        missing.push(format!("{}: {name}", arg.get_id()));
                    }
                }
            }
            for sub in command.get_subcommands() {
                walk(sub, missing);
            }
        }
        let mut command = crate::cli::Cli::command();
        command.build();
        let mut missing = Vec::new();
        walk(&command, &mut missing);
        assert!(missing.is_empty(), "no Chinese for {missing:?}");
        let usage = help(crate::cli::Cli::command()).render_usage().to_string();
        assert_eq!(usage, "Usage: kaohe [选项] <命令>");
    }

    /// Every command and argument clap shows has its Chinese: a new flag
    /// without one fails here.
    #[test]
    fn every_command_and_argument_has_a_chinese_help() {
        fn walk(command: &Command, key: &str, missing: &mut Vec<String>) {
            if about(key).is_none() {
                missing.push(format!("about of `{key}`"));
            }
            if command.get_after_help().is_some() && after_help(key).is_none() {
                missing.push(format!("examples of `{key}`"));
            }
            for a in command.get_arguments().filter(|a| !a.is_hide_set()) {
                if arg_help(key, a.get_id().as_str()).is_none() {
                    missing.push(format!("`{key}` {}", a.get_id()));
                }
            }
            for sub in command.get_subcommands() {
                walk(sub, sub.get_name(), missing);
            }
        }
        let mut command = crate::cli::Cli::command();
        command.build();
        let mut missing = Vec::new();
        walk(&command, "", &mut missing);
        assert_eq!(missing, Vec::<String>::new());
    }

    /// The Chinese help says none of clap's English headings and labels, and
    /// none of the English help.
    #[test]
    fn the_chinese_help_has_no_english_left() {
        fn walk(command: &mut Command, out: &mut Vec<(String, String)>) {
            let name = command.get_name().to_string();
            out.push((name.clone(), command.render_long_help().to_string()));
            out.push((name, command.render_help().to_string()));
            for sub in command.get_subcommands_mut() {
                walk(sub, out);
            }
        }
        let mut command = help(crate::cli::Cli::command());
        let mut helps = Vec::new();
        walk(&mut command, &mut helps);
        assert!(helps.len() > 20);
        let english = [
            "Usage",
            "Options",
            "Arguments",
            "Commands",
            "possible values",
            "Possible values",
            "default:",
            "Print",
            "Examples",
            "Exit codes",
            "The rubric",
            "Language of",
        ];
        for (name, text) in &helps {
            for word in english {
                assert!(!text.contains(word), "`{name}` help says `{word}`:\n{text}");
            }
            assert!(text.contains("用法："), "{name}:\n{text}");
        }
    }

    #[test]
    fn clap_tips_read_in_chinese() {
        assert_eq!(
            tip("subcommand 'score' exists; to use it, remove the '--' before it"),
            "有子命令 'score'；如要使用它，请去掉前面的 '--'"
        );
        assert_eq!(tip("'kaohe score --out' exists"), "有 'kaohe score --out'");
    }
}
