//! clap's own words in Chinese: the usage errors it finds while parsing,
//! and `--help`.
//!
//! clap says its errors in English only; when the run speaks Chinese each
//! is said again from its kind and context (the argument, the value, the
//! values allowed, the suggestion), followed by clap's usage line. `--help`
//! and `--version` are not errors and are left to clap.
//!
//! The help's words in both languages are in the catalogue (see
//! [`help`](super::help)); [`help`] puts in the Chinese, and clap's
//! headings in Chinese.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command};

use super::help;
use kaohe::i18n::cli as words;
use kaohe::i18n::{Locale, Text, Word};

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
    let mut template = format!(
        "{{before-help}}{{about-with-newline}}\n{}{{usage}}",
        words::help_usage().zh
    );
    if subcommands {
        template.push_str(&format!(
            "\n\n{}\n{{subcommands}}",
            words::help_commands().zh
        ));
    }
    if positionals {
        template.push_str(&format!(
            "\n\n{}\n{{positionals}}",
            words::help_arguments().zh
        ));
    }
    if options {
        template.push_str(&format!("\n\n{}\n{{options}}", words::help_options().zh));
    }
    template.push_str("{after-help}");
    let mut command = command
        .help_template(template)
        .mut_args(|a| localize_arg(key, a));
    // clap writes `[OPTIONS]` and `<COMMAND>` into the usage line itself;
    // the line is rendered once (with the Chinese value names) and said again.
    let usage = command.render_usage().to_string();
    let (options, subcommand) = (words::usage_options(), words::usage_command());
    let usage = usage
        .strip_prefix(words::help_usage().en)
        .unwrap_or(&usage)
        .trim()
        .replace(&format!("[{}]", options.en), &format!("[{}]", options.zh))
        .replace(
            &format!("[{}]", subcommand.en),
            &format!("[{}]", subcommand.zh),
        )
        .replace(
            &format!("<{}>", subcommand.en),
            &format!("<{}>", subcommand.zh),
        );
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
        let values = words::help_possible_values(&Text::list(&values));
        text.push_str(&format!(" {}", values.zh));
        arg = arg.hide_possible_values(true);
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    // A flag's default (`false`) is not shown, as clap does not show it.
    if !defaults.is_empty() && arg.get_action().takes_values() && !arg.is_hide_default_value_set() {
        let defaults = words::help_default(&Text::list(&defaults));
        text.push_str(&format!(" {}", defaults.zh));
        arg = arg.hide_default_value(true);
    }
    arg.help(text).long_help(None)
}

/// A value's placeholder in Chinese (`<FILE>` → `<文件>`); one not listed
/// keeps its own name.
fn value_name(name: &str) -> &'static str {
    const NAMES: [fn() -> Word; 18] = [
        words::value_file,
        words::value_path,
        words::value_dir,
        words::value_date,
        words::value_format,
        words::value_headers,
        words::value_key,
        words::value_lang,
        words::value_name,
        words::value_rubric,
        words::value_shell,
        words::value_size,
        words::value_address,
        words::value_port,
        words::value_n,
        words::value_points,
        words::value_percent,
        words::value_month,
    ];
    Word::by_en(&NAMES, name).unwrap_or(words::value_other()).zh
}

/// A command's about in Chinese: `""` is kaohe itself.
fn about(key: &str) -> Option<&'static str> {
    help::about(key).map(|w| w.get(Locale::Zh))
}

/// A command's examples and exit codes in Chinese.
fn after_help(key: &str) -> Option<&'static str> {
    help::examples(key).map(|w| w.get(Locale::Zh))
}

/// An argument's help in Chinese.
fn arg_help(key: &str, id: &str) -> Option<&'static str> {
    help::arg(key, id).map(|w| w.get(Locale::Zh))
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
                (Some(a), _) => words::usage_the_argument(a),
                (None, Some(sub)) => words::usage_the_subcommand(sub),
                (None, None) => words::usage_an_argument().text(),
            };
            match prior {
                Some(ContextValue::String(p)) if *p == arg => words::usage_given_twice(&subject).zh,
                Some(ContextValue::String(p)) => words::usage_conflicts_with(&subject, p).zh,
                Some(ContextValue::Strings(ps)) => {
                    let mut m = words::usage_conflicts_with_these(&subject).zh;
                    for p in ps {
                        m.push_str(&format!("\n  {p}"));
                    }
                    m
                }
                _ => words::usage_conflicts(&subject).zh,
            }
        }
        ErrorKind::NoEquals => words::usage_no_equals(&arg).zh,
        ErrorKind::InvalidValue if value.is_empty() => words::usage_value_missing(&arg).zh,
        ErrorKind::InvalidValue => words::usage_invalid_value(&arg, &value).zh,
        ErrorKind::InvalidSubcommand => {
            words::usage_no_subcommand(s(ContextKind::InvalidSubcommand).unwrap_or_default()).zh
        }
        ErrorKind::MissingRequiredArgument => {
            let mut m = words::usage_missing_arguments().zh.to_string();
            for a in list(ContextKind::InvalidArg).unwrap_or_default() {
                m.push_str(&format!("\n  {a}"));
            }
            m
        }
        ErrorKind::MissingSubcommand => {
            words::usage_missing_subcommand(s(ContextKind::InvalidSubcommand).unwrap_or_default())
                .zh
        }
        ErrorKind::InvalidUtf8 => words::usage_invalid_utf8().zh.to_string(),
        ErrorKind::TooManyValues => words::usage_too_many_values(&arg, &value).zh,
        ErrorKind::TooFewValues => {
            words::usage_too_few_values(
                &arg,
                number(ContextKind::MinValues).unwrap_or_default(),
                number(ContextKind::ActualNumValues).unwrap_or_default(),
            )
            .zh
        }
        ErrorKind::WrongNumberOfValues => {
            words::usage_wrong_number_of_values(
                &arg,
                number(ContextKind::ExpectedNumValues).unwrap_or_default(),
                number(ContextKind::ActualNumValues).unwrap_or_default(),
            )
            .zh
        }
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(e).map(reason);
            match why {
                Some(why) => words::usage_invalid_value_because(&arg, &value, why).zh,
                None => words::usage_invalid_value(&arg, &value).zh,
            }
        }
        ErrorKind::UnknownArgument => words::usage_unknown_argument(&arg).zh,
        // A kind added by a later clap: its English words, said as a usage error.
        _ => words::usage_other(first_line(e)).zh,
    };
    match e.kind() {
        ErrorKind::InvalidValue => {
            if let Some(valid) = list(ContextKind::ValidValue).filter(|v| !v.is_empty()) {
                let valid = words::help_possible_values(&Text::list(&valid));
                out.push_str(&format!("\n  {}", valid.zh));
            }
        }
        ErrorKind::MissingSubcommand => {
            if let Some(valid) = list(ContextKind::ValidSubcommand).filter(|v| !v.is_empty()) {
                let valid = words::usage_valid_subcommands(&Text::list(&valid));
                out.push_str(&format!("\n  {}", valid.zh));
            }
        }
        _ => {}
    }
    let mut tips = Vec::new();
    for (kind, said) in [
        (
            ContextKind::SuggestedSubcommand,
            words::usage_similar_subcommand as fn(&Text) -> Text,
        ),
        (ContextKind::SuggestedArg, words::usage_similar_argument),
        (ContextKind::SuggestedValue, words::usage_similar_value),
    ] {
        if let Some(similar) = list(kind).filter(|v| !v.is_empty()) {
            let quoted: Vec<String> = similar.iter().map(|x| format!("'{x}'")).collect();
            tips.push(said(&Text::list(&quoted)).zh);
        }
    }
    if let Some(ContextValue::StyledStrs(suggested)) = e.get(ContextKind::Suggested) {
        tips.extend(suggested.iter().map(|t| tip(&t.to_string())));
    }
    if !tips.is_empty() {
        out.push('\n');
        for t in tips {
            out.push_str(&format!("\n  {}", words::usage_tip(t).zh));
        }
    }
    if let Some(usage) = s(ContextKind::Usage) {
        let usage = usage.trim_end();
        let heading = words::help_usage();
        let usage = usage
            .strip_prefix(heading.en)
            .map_or(usage.to_string(), |rest| {
                format!("{}{}", heading.zh, rest.trim_start())
            });
        out.push_str(&format!("\n\n{usage}"));
    }
    out.push_str(&format!("\n\n{}", words::usage_more().zh));
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
        Some(IntErrorKind::Empty) => words::number_empty().zh.to_string(),
        Some(IntErrorKind::InvalidDigit) => words::number_not_integer().zh.to_string(),
        Some(IntErrorKind::PosOverflow) => words::number_too_large().zh.to_string(),
        Some(IntErrorKind::NegOverflow) => words::number_too_small().zh.to_string(),
        Some(IntErrorKind::Zero) => words::number_zero().zh.to_string(),
        _ => source.to_string(),
    }
}

/// clap's tips, which it writes in English, in Chinese; one it did not
/// write before is kept as it is. clap offers no kind for a tip: each is
/// known by the words its English starts or ends with, up to its first
/// (or from its last) quoted part, as the catalogue writes them.
fn tip(text: &str) -> String {
    let quoted: Vec<&str> = text.split('\'').skip(1).step_by(2).collect();
    let starts = |said: Text| {
        let lead = said.en.split('\'').next().unwrap_or_default();
        text.starts_with(lead)
    };
    let ends = |said: Text| {
        let end = said.en.rfind('\'').map_or("", |at| &said.en[at..]);
        text.ends_with(end)
    };
    match quoted.as_slice() {
        [x, y] if starts(words::usage_pass_as_value("", "")) => words::usage_pass_as_value(x, y).zh,
        [x, _] if starts(words::usage_subcommand_exists("")) => {
            words::usage_subcommand_exists(x).zh
        }
        [x] if ends(words::usage_exists("")) => words::usage_exists(x).zh,
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
        // `scroe` is as near `serve` as `score`: a typo near one command only.
        assert!(
            zh(&["scoer"]).starts_with("没有子命令 'scoer'\n\n  提示：有相似的子命令：'score'\n")
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
                    if value_name(name.as_str()) == words::value_other().zh {
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
