//! A reader that stops early (`kaohe score … --json | head -1`) closes
//! stdout's pipe: every command then ends quietly with its usual exit code —
//! no panic, no error about a pipe nobody reads.
#![cfg(unix)]

use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Command, Stdio};

use crate::support::root;

/// The mini rubric with `teachers` teachers, the first of whom missed
/// `records` lessons: a JSON summary and an explanation far larger than a
/// pipe holds.
fn big(teachers: u32, records: u32) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("tests/fixtures/mini/rubric.toml"),
        dir.path().join("rubric.toml"),
    )
    .unwrap();
    let mut roster = String::from("工号,姓名\n");
    for t in 0..teachers {
        writeln!(roster, "{},教师{t}", 100_000 + t).unwrap();
    }
    let mut attendance = String::from("工号,日期,状态\n");
    for r in 0..records {
        writeln!(attendance, "100000,2022-03-{:02},缺课", r % 28 + 1).unwrap();
    }
    std::fs::write(dir.path().join("roster.csv"), roster).unwrap();
    std::fs::write(dir.path().join("attendance.csv"), attendance).unwrap();
    dir
}

fn kaohe(dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kaohe"));
    cmd.current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("LANG")
        .args(["--lang", "en", "--quiet"])
        .args(args)
        .stdin(Stdio::null())
        .stderr(Stdio::piped());
    cmd
}

const SCORE_JSON: &[&str] = &[
    "score",
    "--rubric",
    "rubric.toml",
    "--input",
    ".",
    "--period",
    "2022-03",
    "--json",
];
const SCORE_CSV: &[&str] = &[
    "score",
    "--rubric",
    "rubric.toml",
    "--input",
    ".",
    "--period",
    "2022-03",
    "--format",
    "csv",
];
const EXPLAIN: &[&str] = &[
    "explain",
    "--teacher",
    "100000",
    "--rubric",
    "rubric.toml",
    "--input",
    ".",
    "--period",
    "2022-03",
];
const EXPLAIN_JSON: &[&str] = &[
    "explain",
    "--teacher",
    "100000",
    "--rubric",
    "rubric.toml",
    "--input",
    ".",
    "--period",
    "2022-03",
    "--json",
];

fn assert_quiet(what: &[&str], code: Option<i32>, stderr: &[u8]) {
    let stderr = String::from_utf8_lossy(stderr);
    assert!(
        !stderr.contains("panicked"),
        "{what:?} panicked on a closed pipe: {stderr}"
    );
    assert_eq!(code, Some(0), "{what:?}: {stderr}");
    assert_eq!(stderr, "", "{what:?} said something about the pipe");
}

/// The reader is gone before the first byte: every write meets a closed pipe.
#[test]
fn a_pipe_closed_from_the_start_ends_each_command_quietly() {
    let dir = big(3, 3);
    let cases: &[&[&str]] = &[
        SCORE_JSON,
        SCORE_CSV,
        EXPLAIN,
        EXPLAIN_JSON,
        &["check", "rubric.toml", "--input", ".", "--json"],
        &["man"],
        &["completions", "bash"],
        &["completions", "zsh"],
        &["completions", "fish"],
    ];
    for args in cases {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = kaohe(dir.path(), args).stdout(writer).output().unwrap();
        assert_quiet(args, out.status.code(), &out.stderr);
    }
}

/// `| head -1`: one line is read, then the pipe is closed while the command
/// is still writing (its output is far larger than a pipe holds).
#[test]
fn a_reader_that_stops_after_one_line_ends_the_command_quietly() {
    let dir = big(6_000, 20_000);
    for args in [SCORE_JSON, SCORE_CSV, EXPLAIN, EXPLAIN_JSON] {
        let mut child = kaohe(dir.path(), args)
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        {
            let stdout = child.stdout.take().unwrap();
            BufReader::new(stdout).read_line(&mut first).unwrap();
        }
        assert!(!first.is_empty(), "{args:?} printed nothing");
        let mut stderr = Vec::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_end(&mut stderr)
            .unwrap();
        let status = child.wait().unwrap();
        assert_quiet(args, status.code(), &stderr);
    }
}

/// `kaohe init DIR 2>&1 | head -1`: stderr closed after the first line of
/// what init says. The files are written, and the run still ends with 0,
/// never the panic of a failed `eprintln!` (exit 101).
#[test]
fn a_closed_stderr_ends_each_command_quietly() {
    let dir = big(3, 3);
    let cases: &[&[&str]] = &[
        &["init", "new-school"],
        &[
            "score",
            "--rubric",
            "rubric.toml",
            "--input",
            ".",
            "--period",
            "2022-03",
            "--out",
            "r.xlsx",
        ],
    ];
    for args in cases {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        // Not `--quiet`: init and score say what they wrote on stderr.
        let out = Command::new(env!("CARGO_BIN_EXE_kaohe"))
            .current_dir(dir.path())
            .env_remove("LANG")
            .args(["--lang", "en"])
            .args(*args)
            .stdin(Stdio::null())
            .stderr(writer)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?} on a closed stderr");
    }
    assert!(dir.path().join("new-school/rubric.toml").exists());
    assert!(dir.path().join("r.xlsx").exists());
}
