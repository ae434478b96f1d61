//! The help's words, from the catalogue (`kaohe::i18n::cli`): each
//! command's about and examples, each argument's help, in either language.
//! The clap definitions carry none of them; [`said`] puts them in.

use clap::Command;
use kaohe::i18n::cli as words;
use kaohe::i18n::{Locale, Word};

/// The definition with its help in `locale`, for `command` named `key`
/// (`""` is kaohe itself) and its subcommands. clap's own flags and `help`
/// command, when the definition is built, are said too; unbuilt, clap
/// adds them later in its English.
pub fn said(command: Command, key: &str, locale: Locale) -> Command {
    let mut command = command.mut_args(|a| match arg(key, a.get_id().as_str()) {
        Some(help) => a.help(help.get(locale)).long_help(None),
        None => a,
    });
    if let Some(about) = about(key) {
        command = command.about(about.get(locale)).long_about(None);
    }
    if let Some(examples) = examples(key) {
        command = command
            .after_help(examples.get(locale))
            .after_long_help(None);
    }
    command.mut_subcommands(|sub| {
        let name = sub.get_name().to_string();
        said(sub, &name, locale)
    })
}

/// A command's about: `""` is kaohe itself.
pub fn about(key: &str) -> Option<Word> {
    Some(match key {
        "" => words::about_kaohe(),
        "score" => words::about_score(),
        "diff" => words::about_diff(),
        "explain" => words::about_explain(),
        "check" => words::about_check(),
        "test" => words::about_test(),
        "rollup" => words::about_rollup(),
        "publish" => words::about_publish(),
        "analyze" => words::about_analyze(),
        "init" => words::about_init(),
        "completions" => words::about_completions(),
        "serve" => words::about_serve(),
        "man" => words::about_man(),
        "help" => words::about_help(),
        _ => return None,
    })
}

/// A command's examples and exit codes.
pub fn examples(key: &str) -> Option<Word> {
    Some(match key {
        "score" => words::examples_score(),
        "diff" => words::examples_diff(),
        "explain" => words::examples_explain(),
        "check" => words::examples_check(),
        "test" => words::examples_test(),
        "rollup" => words::examples_rollup(),
        "publish" => words::examples_publish(),
        "analyze" => words::examples_analyze(),
        "init" => words::examples_init(),
        "completions" => words::examples_completions(),
        "serve" => words::examples_serve(),
        "man" => words::examples_man(),
        _ => return None,
    })
}

/// An argument's help: the command's own first, then what every command
/// shares (the global flags, the period flags).
pub fn arg(key: &str, id: &str) -> Option<Word> {
    Some(match (key, id) {
        ("score", "rubric")
        | ("explain", "rubric")
        | ("check", "rubric")
        | ("test", "rubric")
        | ("publish", "rubric")
        | ("analyze", "rubric") => words::arg_rubric(),
        ("score", "input") => words::arg_score_input(),
        ("score", "out") => words::arg_score_out(),
        ("score", "json") => words::arg_score_json(),
        ("score", "format") => words::arg_score_format(),
        ("score", "headers") => words::arg_score_headers(),
        ("score", "no_bom") => words::arg_score_no_bom(),
        ("score", "slips") => words::arg_score_slips(),
        ("score", "rows_per_page") => words::arg_score_rows_per_page(),
        ("score", "force") => words::arg_score_force(),
        ("score", "overrides") => words::arg_score_overrides(),
        ("score", "appeals") | ("explain", "appeals") | ("publish", "appeals") => {
            words::arg_appeals()
        }
        ("diff", "appeals") => words::arg_diff_appeals(),
        ("publish", "allow_pending") => words::arg_publish_allow_pending(),
        ("score", "keep_going") => words::arg_score_keep_going(),
        ("score", "memory_limit") => words::arg_score_memory_limit(),
        ("score", "by_school") => words::arg_score_by_school(),
        ("score", "jobs") => words::arg_score_jobs(),
        ("diff", "rubric") => words::arg_diff_rubric(),
        ("diff", "against") => words::arg_diff_against(),
        ("diff", "input") => words::arg_diff_input(),
        ("diff", "overrides") => words::arg_diff_overrides(),
        ("diff", "old") => words::arg_diff_old(),
        ("diff", "new") => words::arg_diff_new(),
        ("diff", "out") => words::arg_diff_out(),
        ("diff", "json") => words::arg_diff_json(),
        ("diff", "fail_on_change") => words::arg_diff_fail_on_change(),
        ("explain", "teacher") => words::arg_explain_teacher(),
        ("explain", "input") => words::arg_explain_input(),
        ("explain", "overrides") => words::arg_explain_overrides(),
        ("explain", "json") => words::arg_explain_json(),
        ("check", "input") => words::arg_check_input(),
        ("publish", "input") => words::arg_score_input(),
        ("publish", "overrides") => words::arg_explain_overrides(),
        ("publish", "out") => words::arg_publish_out(),
        ("publish", "pdf") => words::arg_publish_pdf(),
        ("publish", "force") => words::arg_publish_force(),
        ("check", "json") => words::arg_check_json(),
        ("analyze", "input") => words::arg_analyze_input(),
        ("analyze", "rater_gap") => words::arg_analyze_rater_gap(),
        ("analyze", "share_gap") => words::arg_analyze_share_gap(),
        ("analyze", "mean_gap") => words::arg_analyze_mean_gap(),
        ("analyze", "min_group") => words::arg_analyze_min_group(),
        ("analyze", "out") => words::arg_analyze_out(),
        ("analyze", "force") => words::arg_out_force(),
        ("analyze", "json") => words::arg_analyze_json(),
        ("test", "tests") => words::arg_test_tests(),
        ("rollup", "rubric") => words::arg_rollup_rubric(),
        ("rollup", "results") => words::arg_rollup_results(),
        ("rollup", "weight") => words::arg_rollup_weight(),
        ("rollup", "partial") => words::arg_rollup_partial(),
        ("rollup", "out") => words::arg_rollup_out(),
        ("rollup", "json") => words::arg_rollup_json(),
        ("diff", "force") | ("rollup", "force") => words::arg_out_force(),
        ("serve", "bind") => words::arg_serve_bind(),
        ("serve", "port") => words::arg_serve_port(),
        ("serve", "no_open") => words::arg_serve_no_open(),
        ("serve", "memory_limit") => words::arg_serve_memory_limit(),
        ("init", "dir") => words::arg_init_dir(),
        ("init", "from") => words::arg_init_from(),
        ("init", "force") => words::arg_init_force(),
        ("completions", "shell") => words::arg_completions_shell(),
        ("help", "subcommand") => words::arg_help_subcommand(),
        _ => match id {
            "lang" => words::arg_lang(),
            "quiet" => words::arg_quiet(),
            "help" => words::arg_help(),
            "version" => words::arg_version(),
            "period" => words::arg_period(),
            "from" => words::arg_from(),
            "to" => words::arg_to(),
            "allow_outside_period" => words::arg_allow_outside_period(),
            _ => return None,
        },
    })
}
