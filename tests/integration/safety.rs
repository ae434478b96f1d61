//! Data safety: what `--keep-going` leaves out is listed in the workbook,
//! an input is never overwritten (however its path is spelled), and an
//! existing output needs `--force`.

use std::path::Path;

use crate::support::{kaohe, root, sheet};

/// A scratch folder with the corpus rubric, roster and `lessons` text.
fn scratch(lessons: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let corpus = root().join("tests/corpus");
    for f in ["rubric.toml", "roster.csv"] {
        std::fs::copy(corpus.join(f), dir.path().join(f)).unwrap();
    }
    std::fs::write(dir.path().join("lessons.csv"), lessons).unwrap();
    dir
}

const LESSONS: &str = "工号,日期,节次,时长,状态\n1001,2022-03-01,1,45,缺课\n";

fn score(dir: &Path, out: &str, extra: &[&str]) -> std::process::Output {
    // Messages in English (the scratch rubric names no locale); the
    // keep-going test asks for Chinese sheet names itself.
    let lang = if extra.contains(&"--lang") { "" } else { "en" };
    kaohe()
        .current_dir(dir)
        .args(if lang.is_empty() {
            vec![]
        } else {
            vec!["--lang", lang]
        })
        .args([
            "score",
            "--rubric",
            "rubric.toml",
            "--input",
            ".",
            "--out",
            out,
        ])
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn keep_going_lists_every_skipped_record_in_the_problems_sheet() {
    let dir = scratch(
        "工号,日期,节次,时长,状态\n\
         1001,2022-03-01,1,45,缺课\n\
         1001,2022-03-02,1,9999,缺课\n\
         1003,2022-03-01,1,45,缺课\n",
    );
    let out = score(
        dir.path(),
        "out.xlsx",
        &["--keep-going", "--json", "--lang", "zh"],
    );
    assert_eq!(out.status.code(), Some(5));
    let rows = sheet(&dir.path().join("out.xlsx"), "数据问题");
    assert_eq!(
        rows[0],
        [
            "来源文件",
            "工作表",
            "行号",
            "单元格",
            "问题（该记录未计分）"
        ]
    );
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert_eq!(rows[1][..4], ["./lessons.csv", "", "4", ""]);
    assert!(
        rows[1][4].starts_with("./lessons.csv，第 4 行：工号\"1003\"不在名册中"),
        "{rows:?}"
    );
    assert_eq!(rows[2][..4], ["./lessons.csv", "", "3", "D3"]);
    assert!(
        rows[2][4].contains("的值\"9999\"不符合要求，应为介于 1 到 240 之间的数"),
        "{rows:?}"
    );
    // The skipped records moved no score: only the first absence counts.
    let json = String::from_utf8_lossy(&out.stdout);
    assert!(json.contains("\"total\": \"9.0\""), "{json}");
    assert!(json.contains("\"skipped_records\""), "{json}");
    // The JSON speaks the rubric's language, which here is the default, Chinese.
    assert!(json.contains("不在名册中"), "{json}");
}

#[test]
fn an_english_run_lists_skipped_records_in_english() {
    let dir = scratch(
        "工号,日期,节次,时长,状态\n\
         1001,2022-03-01,1,45,缺课\n\
         1003,2022-03-01,1,45,缺课\n",
    );
    let out = score(dir.path(), "out.xlsx", &["--keep-going", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(5));
    let rows = sheet(&dir.path().join("out.xlsx"), "Data problems");
    assert!(
        rows[1][4].contains("\"1003\" is not in the roster"),
        "{rows:?}"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("warning: skipped: ./lessons.csv:3: teacher key \"1003\""),
        "{stderr}"
    );
}

#[test]
fn without_keep_going_a_clean_run_has_no_problems_sheet() {
    let dir = scratch(LESSONS);
    let out = score(dir.path(), "out.xlsx", &[]);
    assert_eq!(out.status.code(), Some(0));
    let book: calamine::Xlsx<_> = calamine::open_workbook(dir.path().join("out.xlsx")).unwrap();
    use calamine::Reader;
    assert!(!book.sheet_names().iter().any(|n| n == "数据问题"));
}

#[test]
fn an_input_is_never_the_output_however_it_is_spelled() {
    let dir = scratch(LESSONS);
    let before = std::fs::read(dir.path().join("roster.csv")).unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink("roster.csv", dir.path().join("link.csv")).unwrap();
    let mut spellings = vec!["roster.csv", "./sub/../roster.csv"];
    if cfg!(unix) {
        spellings.push("link.csv");
    }
    for out in spellings {
        let run = score(dir.path(), out, &["--force"]);
        assert_eq!(run.status.code(), Some(2), "{out}");
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert!(
            stderr.contains("is also an input; write the scored workbook elsewhere"),
            "{out}: {stderr}"
        );
        assert_eq!(
            std::fs::read(dir.path().join("roster.csv")).unwrap(),
            before
        );
    }
}

#[test]
fn an_existing_output_is_kept_without_force() {
    let dir = scratch(LESSONS);
    // Beside the inputs it would be an input itself (a folder reads every workbook in it).
    std::fs::create_dir(dir.path().join("res")).unwrap();
    let out = dir.path().join("res/out.xlsx");
    std::fs::write(&out, b"last month").unwrap();
    let run = score(dir.path(), "res/out.xlsx", &[]);
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("exists; pass --force to replace it"));
    assert_eq!(std::fs::read(&out).unwrap(), b"last month");
    let forced = score(dir.path(), "res/out.xlsx", &["--force"]);
    assert_eq!(forced.status.code(), Some(0));
    assert_ne!(std::fs::read(&out).unwrap(), b"last month");
}

#[test]
fn a_memory_limit_below_a_part_refuses_the_workbook() {
    let dir = scratch(LESSONS);
    std::fs::copy(
        root().join("tests/fixtures/libreoffice-xlsx").join(
            std::fs::read_dir(root().join("tests/fixtures/libreoffice-xlsx"))
                .unwrap()
                .map(|e| e.unwrap().file_name())
                .find(|n| n.to_string_lossy().ends_with(".xlsx"))
                .unwrap(),
        ),
        dir.path().join("lessons-extra.xlsx"),
    )
    .unwrap();
    // Above what the CSV roster's row needs (a 64th of the limit), below
    // the workbook's largest part (5541 bytes).
    let run = score(dir.path(), "out.xlsx", &["--memory-limit", "5000"]);
    assert_eq!(run.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("more than the memory limit of 5000 bytes"),
        "{stderr}"
    );
}

/// A second name for one input (a symbolic or a hard link beside it) would
/// read every record twice: refused, naming the link to delete. The same
/// file named twice on the command line is read once.
#[test]
fn a_second_name_for_an_input_is_refused_and_a_repeated_path_read_once() {
    let dir = scratch(LESSONS);
    let once = score(dir.path(), "once.xlsx", &["--input", "./lessons.csv"]);
    assert_eq!(
        once.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&once.stderr)
    );
    std::fs::hard_link(
        dir.path().join("lessons.csv"),
        dir.path().join("lessons-hard.csv"),
    )
    .unwrap();
    let hard = score(dir.path(), "hard.xlsx", &[]);
    assert_eq!(hard.status.code(), Some(3));
    assert_eq!(
        String::from_utf8_lossy(&hard.stderr),
        "error: ./lessons.csv is identical to ./lessons-hard.csv (the same SHA-256): \
         source `lessons` would count every record twice; delete ./lessons.csv \
         (the later of the two by name)\n"
    );
    std::fs::remove_file(dir.path().join("lessons-hard.csv")).unwrap();
    // Two empty exports are the same bytes, and count nothing twice.
    let header = "工号,日期,节次,时长,状态\n";
    std::fs::write(dir.path().join("lessons-w1.csv"), header).unwrap();
    std::fs::write(dir.path().join("lessons-w2.csv"), header).unwrap();
    let empty = score(dir.path(), "empty.xlsx", &[]);
    assert_eq!(
        empty.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&empty.stderr)
    );
    std::fs::remove_file(dir.path().join("lessons-w1.csv")).unwrap();
    std::fs::remove_file(dir.path().join("lessons-w2.csv")).unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("lessons.csv", dir.path().join("lessons-a.csv")).unwrap();
        let link = score(dir.path(), "link.xlsx", &[]);
        assert_eq!(link.status.code(), Some(3));
        assert_eq!(
            String::from_utf8_lossy(&link.stderr),
            "error: ./lessons-a.csv is identical to ./lessons.csv (the same SHA-256): \
             source `lessons` would count every record twice; delete ./lessons-a.csv \
             (it is a link)\n"
        );
    }
}

/// Runs racing to one new `--out` without `--force`: exactly one writes it,
/// every other is refused as if it had come second, and no temporary file
/// is left. All start at once, so each passes the check made before
/// scoring; only the write itself can tell them apart.
#[test]
fn of_runs_racing_to_one_new_output_exactly_one_writes_it() {
    const RUNS: usize = 8;
    let dir = tempfile::tempdir().unwrap();
    let children: Vec<std::process::Child> = (0..RUNS)
        .map(|_| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("kaohe"))
                .current_dir(dir.path())
                .env("CI", "1")
                .env("NO_COLOR", "1")
                .env_remove("LANG")
                .args(["--lang", "en", "score", "--rubric"])
                .arg(root().join("rubrics/fangan5-online-teaching.toml"))
                .arg("--input")
                .arg(root().join("examples/fangan5-online-teaching"))
                .args(["--period", "2022-03", "--out", "race.xlsx"])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut won = 0;
    for child in children {
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        match out.status.code() {
            Some(0) => won += 1,
            Some(2) => assert_eq!(
                stderr,
                "error: race.xlsx exists; pass --force to replace it\n"
            ),
            other => panic!("exit {other:?}: {stderr}"),
        }
    }
    assert_eq!(won, 1, "runs that wrote race.xlsx");
    let left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left, vec!["race.xlsx".to_string()]);
}

/// rollup's results and diff's workbooks are read by the command: never
/// its output, whatever the spelling, even with `--force`.
#[test]
fn a_workbook_rollup_or_diff_reads_is_never_its_output() {
    let dir = tempfile::tempdir().unwrap();
    let rubric = root().join("rubrics/fangan5-online-teaching.toml");
    let scored = kaohe()
        .current_dir(dir.path())
        .args(["score", "--rubric"])
        .arg(&rubric)
        .arg("--input")
        .arg(root().join("examples/fangan5-online-teaching"))
        .args(["--period", "2022-03", "--out", "a.xlsx"])
        .output()
        .unwrap();
    assert_eq!(scored.status.code(), Some(0));
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    let before = std::fs::read(dir.path().join("a.xlsx")).unwrap();
    let rollup = kaohe()
        .current_dir(dir.path())
        .args(["--lang", "en", "rollup", "--rubric"])
        .arg(&rubric)
        .args(["--results", "a.xlsx", "--out", "./sub/../a.xlsx", "--force"])
        .output()
        .unwrap();
    let diff = kaohe()
        .current_dir(dir.path())
        .args(["--lang", "en", "diff", "--old", "a.xlsx", "--new", "a.xlsx"])
        .args(["--out", "a.xlsx", "--force"])
        .output()
        .unwrap();
    for run in [rollup, diff] {
        assert_eq!(run.status.code(), Some(2));
        assert_eq!(
            String::from_utf8_lossy(&run.stderr),
            "error: the output a.xlsx is also an input; write the scored workbook elsewhere\n"
        );
        assert_eq!(std::fs::read(dir.path().join("a.xlsx")).unwrap(), before);
    }
}
