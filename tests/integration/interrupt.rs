//! An interrupted run (Ctrl-C is SIGINT, a service stop SIGTERM) leaves
//! nothing behind: no output, no hidden `.NAME.PID.N.tmp` beside it, and an
//! existing output replaced with `--force` stays as it was. The real binary
//! is signalled while it is seen reading (its input a named pipe it waits
//! on), and the moment its temporary output appears.
#![cfg(unix)]

use std::fmt::Write as _;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;
use std::process::{Child, Command, ExitStatus};
use std::time::{Duration, Instant};

use nix::sys::signal::Signal;
use nix::unistd::Pid;

use crate::support::root;

/// The old output the interrupted run was asked to replace.
const OLD: &[u8] = b"last month's scores";

/// A folder with the corpus rubric, `teachers` teachers and a lesson
/// missed in each of 4 slots of every day of March by each of them.
fn big_month(teachers: u32) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("tests/corpus/rubric.toml"),
        dir.path().join("rubric.toml"),
    )
    .unwrap();
    let mut roster = String::from("工号,姓名\n");
    let mut lessons = String::from("工号,日期,节次,时长,状态\n");
    for t in 0..teachers {
        let id = 100_000 + t;
        writeln!(roster, "{id},教师{t}").unwrap();
        for day in 1..=31 {
            for slot in 1..=4 {
                writeln!(lessons, "{id},2022-03-{day:02},{slot},45,缺课").unwrap();
            }
        }
    }
    std::fs::write(dir.path().join("roster.csv"), roster).unwrap();
    std::fs::write(dir.path().join("lessons.csv"), lessons).unwrap();
    std::fs::create_dir(dir.path().join("out")).unwrap();
    std::fs::write(dir.path().join("out/out.xlsx"), OLD).unwrap();
    dir
}

fn start(dir: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_kaohe"))
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .args([
            "--lang",
            "en",
            "--quiet",
            "score",
            "--rubric",
            "rubric.toml",
        ])
        .args(["--input", "lessons.csv", "--input", "roster.csv"])
        .args(["--out", "out/out.xlsx", "--period", "2022-03", "--force"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap()
}

/// Sends `sig` at once (a `kill` command would add a process start).
fn signal(child: &Child, sig: Signal) {
    let pid = Pid::from_raw(i32::try_from(child.id()).unwrap());
    nix::sys::signal::kill(pid, sig).unwrap();
}

/// The hidden temporary outputs in `out/`.
fn temps(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir.join("out"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".out.xlsx.") && n.ends_with(".tmp"))
        .collect()
}

fn finish(child: Child) -> (ExitStatus, String) {
    let out = child.wait_with_output().unwrap();
    (
        out.status,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn assert_nothing_left(dir: &Path, status: ExitStatus, stderr: &str) {
    assert_eq!(status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("interrupted"), "{stderr}");
    assert_eq!(temps(dir), Vec::<String>::new());
    assert_eq!(std::fs::read(dir.join("out/out.xlsx")).unwrap(), OLD);
    let names: Vec<_> = std::fs::read_dir(dir.join("out")).unwrap().collect();
    assert_eq!(names.len(), 1, "only the old output is in out/");
}

#[test]
fn sigterm_while_reading_leaves_the_old_output() {
    // The lessons are a named pipe that nobody writes: the run blocks in
    // reading it for as long as the test likes. Its writing end opens only
    // once the run has opened the pipe to read — the moment observed, not
    // guessed at with a sleep.
    let dir = big_month(1);
    let lessons = dir.path().join("lessons.csv");
    std::fs::remove_file(&lessons).unwrap();
    nix::unistd::mkfifo(
        &lessons,
        nix::sys::stat::Mode::S_IRUSR | nix::sys::stat::Mode::S_IWUSR,
    )
    .unwrap();
    let mut child = start(dir.path());
    let writer = loop {
        // Without a reader, a non-blocking open for writing fails (ENXIO).
        match std::fs::OpenOptions::new()
            .write(true)
            .custom_flags(nix::libc::O_NONBLOCK)
            .open(&lessons)
        {
            Ok(w) => break w,
            Err(_) => {
                if let Some(status) = child.try_wait().unwrap() {
                    let (_, stderr) = finish(child);
                    panic!("the run ended ({status}) before it read its input: {stderr}");
                }
                std::thread::yield_now();
            }
        }
    };
    signal(&child, Signal::SIGTERM);
    let (status, stderr) = finish(child);
    drop(writer);
    assert_nothing_left(dir.path(), status, &stderr);
}

#[test]
fn sigint_while_the_output_is_written_removes_the_temporary() {
    // The temporary exists only while the workbook's bytes are written and
    // flushed; a larger month widens that moment if a run slips past it.
    for teachers in [300, 600, 1200, 2400] {
        let dir = big_month(teachers);
        let mut child = start(dir.path());
        let deadline = Instant::now() + Duration::from_secs(300);
        let caught = loop {
            if !temps(dir.path()).is_empty() {
                signal(&child, Signal::SIGINT);
                break true;
            }
            if child.try_wait().unwrap().is_some() || Instant::now() > deadline {
                break false;
            }
            std::thread::yield_now();
        };
        let (status, stderr) = finish(child);
        assert!(temps(dir.path()).is_empty(), "{stderr}");
        let now = std::fs::read(dir.path().join("out/out.xlsx")).unwrap();
        if caught && status.code() == Some(130) && now == OLD {
            assert_nothing_left(dir.path(), status, &stderr);
            eprintln!("interrupted while writing the output of {teachers} teachers");
            return;
        }
        // The run slipped past the moment (the signal came after the
        // rename, or the temporary was never seen): then the output is the
        // complete new workbook, never a part of one.
        assert!(matches!(status.code(), Some(0 | 130)), "{stderr}");
        assert!(now.starts_with(b"PK"), "a workbook replaced the old output");
    }
    panic!("the temporary output was never seen while being written");
}
