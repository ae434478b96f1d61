//! `kaohe.exe` opened from Explorer: double-clicked, with no arguments, in a
//! console window of its own that closes the moment the program ends. Help
//! printed there would flash and vanish, so the program asks instead: the
//! folder of the month's exports, the rubric (the ready ones beside the
//! program are offered by number) and the month; it scores as
//! `kaohe score` would, says where the workbook is and waits for Enter
//! before the window closes.

use std::ffi::OsString;
use std::io::{BufRead, IsTerminal as _, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use kaohe::provenance::display_path;

use crate::msg::Term;
use kaohe::i18n::cli as words;

/// Whether to ask rather than parse: on Windows, no arguments and a console
/// to type in. (A terminal user who types `kaohe` alone is asked too, and
/// told how to get the help.)
pub fn wanted(args: &[OsString]) -> bool {
    cfg!(windows) && args.len() == 1 && std::io::stdin().is_terminal()
}

/// Asks in `term`'s language (`LANG`: there is no command line), scores
/// and waits for Enter, saying so in the language the score ended in (the
/// rubric's locale may have decided it); the exit code is the score's.
pub fn run(term: &Term) -> ExitCode {
    let rubrics = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| ready_rubrics(&dir.join("rubrics"))))
        .unwrap_or_default();
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut screen = std::io::stderr();
    let Some(answers) = ask(&mut input, &mut screen, &rubrics, term) else {
        // Input closed: nobody is there to press Enter.
        return ExitCode::from(2);
    };
    let (code, term) = crate::run(&answers.args());
    if answers.out.is_file() {
        say!(
            "\n{}",
            term.say(words::guided_where(display_path(&answers.out)))
        );
    }
    {
        use std::io::Write as _;
        let _ = write!(std::io::stderr(), "\n{}", term.word(words::guided_enter()));
    }
    let _ = input.read_line(&mut String::new());
    code
}

/// What was asked for.
#[derive(Debug, PartialEq)]
struct Answers {
    input: PathBuf,
    rubric: PathBuf,
    /// `None`: the rubric's own period.
    period: Option<String>,
    out: PathBuf,
}

impl Answers {
    /// The `kaohe score` command line these answers make.
    fn args(&self) -> Vec<OsString> {
        let mut args: Vec<OsString> = vec!["kaohe".into(), "score".into()];
        args.extend(["--rubric".into(), self.rubric.clone().into_os_string()]);
        args.extend(["--input".into(), self.input.clone().into_os_string()]);
        if let Some(period) = &self.period {
            args.extend(["--period".into(), period.into()]);
        }
        args.extend(["--out".into(), self.out.clone().into_os_string()]);
        args
    }
}

/// A ready rubric beside the program: its file and its `[rubric] name`.
type Ready = (PathBuf, String, bool);

/// The rubrics in `dir` (`*.toml`, not their `*.tests.toml`), by file name,
/// each with its name and whether it carries its own period; those that do
/// not load are left out (choosing one would only show its error later).
fn ready_rubrics(dir: &Path) -> Vec<Ready> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
            name.is_some_and(|n| n.ends_with(".toml") && !n.ends_with(".tests.toml"))
        })
        .collect();
    files.sort();
    files
        .into_iter()
        .filter_map(|path| {
            let loaded = kaohe::rubric::load(&path).ok()?;
            let own_period = loaded.rubric.calendar.period.is_some();
            Some((path, loaded.rubric.name, own_period))
        })
        .collect()
}

/// One answer, trimmed, with the quotes Windows adds around a folder dragged
/// into the window removed; `None` when input has ended.
fn answer(input: &mut impl BufRead, screen: &mut impl Write, prompt: &str) -> Option<String> {
    let _ = write!(screen, "{prompt}");
    let _ = screen.flush();
    let mut line = String::new();
    match input.read_line(&mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) => Some(line.trim().trim_matches('"').trim().to_string()),
    }
}

/// Asks in `term`'s language until each answer is usable; `None` when
/// input ends first.
fn ask(
    input: &mut impl BufRead,
    screen: &mut impl Write,
    rubrics: &[Ready],
    term: &Term,
) -> Option<Answers> {
    let mut say = |text: String| {
        let _ = writeln!(screen, "{text}");
    };
    say(term.say(words::guided_intro(env!("CARGO_PKG_VERSION"))));
    say(String::new());
    let folder = loop {
        let typed = answer(input, screen, term.word(words::guided_folder()))?;
        let path = PathBuf::from(&typed);
        if !typed.is_empty() && path.is_dir() {
            break path;
        }
        let _ = writeln!(screen, "{}", term.say(words::guided_not_folder(&typed)));
    };
    let _ = writeln!(screen, "\n{}", term.word(words::guided_rubrics()));
    for (i, (path, name, _)) in rubrics.iter().enumerate() {
        let file = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let _ = writeln!(
            screen,
            "  {}) {name}  ({})",
            i + 1,
            file.unwrap_or_default()
        );
    }
    let (rubric, own_period) = loop {
        let typed = answer(input, screen, term.word(words::guided_rubric()))?;
        let by_number = typed
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| rubrics.get(i));
        if let Some((path, _, own)) = by_number {
            break (path.clone(), *own);
        }
        let path = PathBuf::from(&typed);
        if !typed.is_empty() && path.is_file() {
            let own = kaohe::rubric::load(&path).is_ok_and(|l| l.rubric.calendar.period.is_some());
            break (path, own);
        }
        let _ = writeln!(screen, "{}", term.say(words::guided_no_rubric(&typed)));
    };
    let period = loop {
        let prompt = if own_period {
            words::guided_month_or_own()
        } else {
            words::guided_month()
        };
        let typed = answer(input, screen, term.word(prompt))?;
        if typed.is_empty() && own_period {
            break None;
        }
        match super::period::parse_month(&typed, term) {
            // As 2022-03 whichever way it was typed (2022/3, 2022年3月):
            // it goes into the workbook's file name.
            Ok(month) => break Some(month.from.format("%Y-%m").to_string()),
            Err(e) => {
                let _ = writeln!(screen, "{}", e.0);
            }
        }
    };
    let _ = writeln!(screen);
    let out = free_name(&folder, period.as_deref(), term);
    Some(Answers {
        input: folder,
        rubric,
        period,
        out,
    })
}

/// Where the workbook goes: beside the folder, not in it (next month's run
/// would read it as an input), named after the folder and the month, with
/// a number added rather than replacing an earlier workbook; its name in
/// `term`'s language.
fn free_name(folder: &Path, period: Option<&str>, term: &Term) -> PathBuf {
    let parent = folder
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let stem = match (folder.file_name(), period) {
        (Some(name), Some(month)) => format!("{}_{month}", name.to_string_lossy()),
        (Some(name), None) => name.to_string_lossy().into_owned(),
        (None, Some(month)) => month.to_string(),
        (None, None) => String::new(),
    };
    let base = term.say(words::guided_out_name(&stem));
    let mut path = parent.join(format!("{base}.xlsx"));
    for n in 2..10_000 {
        if !path.exists() {
            break;
        }
        path = parent.join(format!("{base} ({n}).xlsx"));
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The answers to `typed`, asked in Chinese, and what was shown.
    fn asked(typed: &str, rubrics: &[Ready]) -> (Option<Answers>, String) {
        let mut screen = Vec::new();
        let zh = Term::new(Some(kaohe::rubric::Locale::Zh), false);
        let answers = ask(&mut typed.as_bytes(), &mut screen, rubrics, &zh);
        (answers, String::from_utf8(screen).unwrap())
    }

    #[test]
    fn asks_folder_rubric_and_month_and_offers_the_ready_rubrics() {
        let dir = tempfile::tempdir().unwrap();
        let month = dir.path().join("2022年3月");
        std::fs::create_dir(&month).unwrap();
        std::fs::write(dir.path().join("2022年3月_2022-03_评分结果.xlsx"), b"").unwrap();
        let rubrics = vec![
            (PathBuf::from("rubrics/a.toml"), "方案甲".to_string(), false),
            (PathBuf::from("rubrics/b.toml"), "方案乙".to_string(), true),
        ];
        // A folder that is not there, then the month's folder dragged in
        // (quoted); a number out of range, then 1; a month that is not one,
        // then 2022-03.
        let typed = format!(
            "nowhere\n\"{}\"\n9\n1\n2022-13\n2022/3\n",
            display_path(&month)
        );
        let (answers, screen) = asked(&typed, &rubrics);
        let answers = answers.unwrap();
        assert_eq!(answers.input, month);
        assert_eq!(answers.rubric, PathBuf::from("rubrics/a.toml"));
        assert_eq!(answers.period.as_deref(), Some("2022-03"));
        // An earlier workbook is not replaced.
        assert_eq!(
            answers.out,
            dir.path().join("2022年3月_2022-03_评分结果 (2).xlsx")
        );
        assert!(screen.contains("  1) 方案甲  (a.toml)"), "{screen}");
        assert!(screen.contains("  2) 方案乙  (b.toml)"), "{screen}");
        // Each refusal names what was typed.
        assert!(screen.contains("“nowhere”"), "{screen}");
        assert!(screen.contains("`2022-13`"), "{screen}");
        let args: Vec<String> = answers
            .args()
            .iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        assert_eq!(args[..4], ["kaohe", "score", "--rubric", "rubrics/a.toml"]);
        assert_eq!(args[6..8], ["--period", "2022-03"]);
    }

    #[test]
    fn a_rubric_with_its_own_period_takes_enter_for_the_month() {
        let dir = tempfile::tempdir().unwrap();
        let rubrics = vec![(PathBuf::from("b.toml"), "乙".to_string(), true)];
        let typed = format!("{}\n1\n\n", display_path(dir.path()));
        let (answers, _) = asked(&typed, &rubrics);
        let answers = answers.unwrap();
        assert_eq!(answers.period, None);
        assert!(!answers.args().contains(&OsString::from("--period")));
    }

    #[test]
    fn input_that_ends_gives_up() {
        assert_eq!(asked("", &[]).0, None);
    }

    #[test]
    fn the_ready_rubrics_are_the_shipped_ones_without_their_tests() {
        let ready = ready_rubrics(&Path::new(env!("CARGO_MANIFEST_DIR")).join("rubrics"));
        let files: Vec<String> = ready
            .iter()
            .map(|(p, _, _)| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert!(
            files.contains(&"fangan5-online-teaching.toml".to_string()),
            "{files:?}"
        );
        assert!(files.iter().all(|f| !f.ends_with(".tests.toml")));
        let online = ready
            .iter()
            .find(|(p, _, _)| p.ends_with("fangan5-online-teaching.toml"))
            .unwrap();
        assert_eq!(online.1, "线上过程教学考核（方案5）");
    }
}
