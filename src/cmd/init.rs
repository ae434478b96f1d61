//! `kaohe init`: a starting point for a school — a rubric copied from one
//! of the ready rubrics shipped in the binary, and a blank xlsx template for
//! each of its sources, named and laid out so that, once filled in, `kaohe
//! score` reads them without edits.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::Args;

use crate::msg::Term;
use crate::usage::UsageError;
use kaohe::i18n::cli as words;
use kaohe::provenance::display_path;
use kaohe::report;
use kaohe::rubric;

/// The ready rubrics, by name: the text of `rubrics/<name>.toml`.
pub const READY: &[(&str, &str)] = &[
    (
        "fangan5-online-teaching",
        include_str!("../../rubrics/fangan5-online-teaching.toml"),
    ),
    (
        "fangan5-full",
        include_str!("../../rubrics/fangan5-full.toml"),
    ),
    (
        "fangan13-ethics",
        include_str!("../../rubrics/fangan13-ethics.toml"),
    ),
    (
        "fangan3-it-points",
        include_str!("../../rubrics/fangan3-it-points.toml"),
    ),
    (
        "daily-minimums",
        include_str!("../../rubrics/daily-minimums.toml"),
    ),
    (
        "fangan7-daily-times",
        include_str!("../../rubrics/fangan7-daily-times.toml"),
    ),
    (
        "wecom-attendance",
        include_str!("../../rubrics/wecom-attendance.toml"),
    ),
    (
        "dingtalk-attendance",
        include_str!("../../rubrics/dingtalk-attendance.toml"),
    ),
];

/// The rubric file `init` writes, and the folder of templates.
const RUBRIC_FILE: &str = "rubric.toml";
const INPUTS_DIR: &str = "inputs";

#[derive(Debug, Args)]
pub struct InitArgs {
    #[arg(value_name = "DIR", default_value = ".")]
    pub dir: PathBuf,
    #[arg(long, value_name = "NAME", default_value = "fangan5-online-teaching")]
    pub from: String,
    #[arg(long)]
    pub force: bool,
}

/// Runs `kaohe init`.
pub fn run(args: &InitArgs, term: &Term) -> anyhow::Result<()> {
    let Some((name, text)) = READY.iter().find(|(n, _)| *n == args.from) else {
        let names: Vec<&str> = READY.iter().map(|(n, _)| *n).collect();
        let names = names.join(term.word(words::list_separator()));
        return Err(UsageError(term.say(words::unknown_ready(&args.from, &names))).into());
    };
    // The embedded text is one of ours and compiles (a unit test says so);
    // an error here would still be reported, never a panic.
    let compiled = rubric::compile(&format!("rubrics/{name}.toml"), text)?;
    term.rubric_locale(compiled.locale);
    let locale = term.locale();

    let rubric_path = args.dir.join(RUBRIC_FILE);
    let inputs = args.dir.join(INPUTS_DIR);
    let mut outputs: Vec<(PathBuf, Vec<u8>)> =
        vec![(rubric_path.clone(), text.as_bytes().to_vec())];
    let mut skipped = Vec::new();
    for (s, source) in compiled.sources.iter().enumerate() {
        match report::template_file_name(source) {
            Ok(file) => {
                let bytes = report::template_bytes(&compiled, s, locale)?;
                outputs.push((inputs.join(file), bytes));
            }
            Err(report::TemplateError::NoFileName {
                source_id,
                patterns,
            }) => {
                skipped.push(term.say(words::no_template(&source_id, &patterns)));
            }
            Err(e) => return Err(e.into()),
        }
    }
    // Check every file before writing any, so a refusal leaves nothing half done.
    if !args.force {
        if let Some((path, _)) = outputs.iter().find(|(p, _)| p.exists()) {
            return Err(UsageError(term.say(words::output_exists(display_path(path)))).into());
        }
    }
    std::fs::create_dir_all(&inputs)
        .with_context(|| term.say(words::writing(display_path(&inputs))))?;
    for (path, bytes) in &outputs {
        super::score::write_out(path, bytes, args.force, term)?;
        if !term.quiet() {
            say!("{}", term.say(words::wrote(shown(path))));
        }
    }
    if !term.quiet() {
        for s in &skipped {
            say!("{s}");
        }
        let (rubric, inputs) = (shown(&rubric_path), shown(&inputs));
        let next = match compiled.calendar.period {
            Some((from, to)) => words::init_next_own_period(rubric, inputs, from, to),
            None => words::init_next(rubric, inputs),
        };
        say!("{}", term.say(next));
    }
    Ok(())
}

/// A path as the user will type it: `./` dropped.
fn shown(path: &Path) -> String {
    display_path(path.strip_prefix(".").unwrap_or(path))
}

#[cfg(test)]
mod tests {
    use super::*;
    use kaohe::rubric::Locale;

    /// Rubrics in rubrics/ that are not a school's starting point: the
    /// benchmark's rubric repeats a pandas script's rules, not a plan.
    const NOT_READY: &[&str] = &["bench-district"];

    #[test]
    fn every_rubric_in_rubrics_is_offered_and_listed_in_the_help() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("rubrics");
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| {
                let name = e.ok()?.file_name().into_string().ok()?;
                let stem = name.strip_suffix(".toml")?;
                (!stem.ends_with(".tests")).then(|| stem.to_string())
            })
            .filter(|n| !NOT_READY.contains(&n.as_str()))
            .collect();
        names.sort();
        let mut offered: Vec<String> = READY.iter().map(|(n, _)| (*n).to_string()).collect();
        offered.sort();
        assert_eq!(
            offered, names,
            "a rubric in rubrics/ that init --from does not offer"
        );
        for (name, text) in READY {
            let file = std::fs::read_to_string(dir.join(format!("{name}.toml"))).unwrap();
            assert_eq!(*text, file, "{name}");
            let examples = kaohe::i18n::cli::examples_init();
            for locale in [Locale::En, Locale::Zh] {
                assert!(
                    examples.get(locale).contains(&format!("  {name} ")),
                    "{name} in the examples ({locale:?})"
                );
            }
        }
    }

    #[test]
    fn every_ready_rubric_compiles_and_gets_a_template_per_xlsx_source() {
        for (name, text) in READY {
            let r = rubric::compile(name, text).unwrap_or_else(|e| panic!("{name}: {e:?}"));
            for (s, source) in r.sources.iter().enumerate() {
                let file = report::template_file_name(source).unwrap();
                assert!(file.ends_with(".xlsx"), "{file}");
                let bytes = report::template_bytes(&r, s, kaohe::rubric::Locale::Zh).unwrap();
                assert!(bytes.starts_with(b"PK"));
            }
        }
    }
}
