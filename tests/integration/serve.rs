//! `kaohe serve` over HTTP and in a real browser: the real binary on the
//! sample school (方案5, 2022-03), its page read, its downloads compared
//! byte for byte with what `kaohe score` and `kaohe publish` write for the
//! same files; bad uploads get a clear page with a 4xx status. The browser
//! test drives headless Debian chromium through chromedriver (W3C
//! WebDriver) and fails, saying to run scripts/test.sh, when either is
//! missing.

use std::io::{BufRead as _, BufReader, Read as _};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};

use crate::support::root;

const SAMPLE: &str = "examples/fangan5-online-teaching";
const READY: &str = "fangan5-online-teaching";

/// A running `kaohe serve`, stopped when dropped.
struct Server {
    child: Child,
    url: String,
}

impl Server {
    /// Starts `kaohe serve --port 0 --no-open` with `args`, and waits for
    /// the line that names its address.
    fn start(args: &[&str]) -> Server {
        Server::start_with_lang(args, "")
    }

    /// [`Server::start`] with `LANG` set to `lang`.
    fn start_with_lang(args: &[&str], lang: &str) -> Server {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("kaohe"))
            .args(["serve", "--port", "0", "--no-open"])
            .args(args)
            .current_dir(root())
            .env("LANG", lang)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let at = line
            .find("http://")
            .unwrap_or_else(|| panic!("no address: {line}"));
        let url = line[at..].trim().trim_end_matches('/').to_string();
        Server { child, url }
    }

    /// Stops the server as a service stop does (SIGTERM), checks that it
    /// left no temporary folder, and returns what it said on stderr.
    fn stop(mut self) -> String {
        terminate(&mut self.child);
        let left: Vec<String> = std::fs::read_dir(std::env::temp_dir())
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(&format!("kaohe-serve-{}-", self.child.id())))
            .collect();
        assert!(left.is_empty(), "left behind: {left:?}");
        let mut said = String::new();
        if let Some(mut e) = self.child.stderr.take() {
            e.read_to_string(&mut said).unwrap();
        }
        said
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        terminate(&mut self.child);
    }
}

/// Ends `child` as a service stop does and waits for it.
fn terminate(child: &mut Child) {
    #[cfg(unix)]
    {
        let pid = nix::unistd::Pid::from_raw(i32::try_from(child.id()).unwrap());
        let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM);
    }
    #[cfg(not(unix))]
    let _ = child.kill();
    let _ = child.wait();
}

/// Status and body of a response, whatever its status.
fn answer(r: Result<ureq::Response, ureq::Error>) -> (u16, Vec<u8>) {
    let r = match r {
        Ok(r) => r,
        Err(ureq::Error::Status(_, r)) => r,
        Err(e) => panic!("{e}"),
    };
    let status = r.status();
    let mut body = Vec::new();
    r.into_reader().read_to_end(&mut body).unwrap();
    (status, body)
}

fn text(body: Vec<u8>) -> String {
    String::from_utf8(body).unwrap()
}

fn get(url: &str) -> (u16, String) {
    let (status, body) = answer(ureq::get(url).call());
    (status, text(body))
}

fn get_bytes(url: &str) -> Vec<u8> {
    let (status, body) = answer(ureq::get(url).call());
    assert_eq!(status, 200, "{url}");
    body
}

/// Uploads `bytes` as the page's script does: the body, named in a header.
fn upload(url: &str, name: &str, bytes: &[u8]) -> (u16, String) {
    let name = utf8_percent_encode(name, NON_ALPHANUMERIC).to_string();
    let (status, body) = answer(ureq::post(url).set("X-Kaohe-Name", &name).send_bytes(bytes));
    (status, text(body))
}

/// Submits the month form (redirects followed).
fn score(url: &str, ready: &str, period: &str) -> (u16, String) {
    let (status, body) = answer(ureq::post(url).send_form(&[("ready", ready), ("period", period)]));
    (status, text(body))
}

/// A new job on the month page: its address.
fn new_job(server: &Server) -> (String, String) {
    let (status, page) = get(&format!("{}/", server.url));
    assert_eq!(status, 200);
    let at = page.find("data-job=\"").unwrap() + "data-job=\"".len();
    let id = &page[at..at + page[at..].find('"').unwrap()];
    (format!("{}/job/{id}", server.url), page)
}

/// The sample school's export files.
fn sample_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(SAMPLE))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "xlsx" || e == "csv"))
        .collect();
    files.sort();
    files
}

fn name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// What the CLI writes for the sample school, run in a folder holding the
/// files and the ready rubric as `rubrics/…`, the files named as they are:
/// the scored workbook, the zipped slips and the 公示 list.
struct CliOutputs {
    workbook: Vec<u8>,
    slips: Vec<u8>,
    list: Vec<u8>,
    dir: tempfile::TempDir,
}

fn cli_outputs() -> CliOutputs {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("rubrics")).unwrap();
    let rubric = format!("rubrics/{READY}.toml");
    std::fs::copy(root().join(&rubric), dir.path().join(&rubric)).unwrap();
    let mut names = Vec::new();
    for f in sample_files() {
        std::fs::copy(&f, dir.path().join(name(&f))).unwrap();
        names.push(name(&f));
    }
    let run = |args: &[&str]| {
        let out = Command::new(assert_cmd::cargo::cargo_bin("kaohe"))
            .args(args)
            .args(["--rubric", &rubric, "--period", "2022-03", "--input"])
            .args(&names)
            .current_dir(dir.path())
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    run(&["score", "--out", "scored.xlsx"]);
    run(&["publish", "--out", "published"]);
    CliOutputs {
        workbook: std::fs::read(dir.path().join("scored.xlsx")).unwrap(),
        slips: std::fs::read(dir.path().join("published/个人考核结果.zip")).unwrap(),
        list: std::fs::read(dir.path().join("published/公示名单.xlsx")).unwrap(),
        dir,
    }
}

#[test]
fn serve_scores_the_sample_school_as_the_cli_does() {
    let server = Server::start(&[]);
    assert!(
        server.url.starts_with("http://127.0.0.1:"),
        "{}",
        server.url
    );
    let (job, month) = new_job(&server);
    assert!(month.contains("<html lang=\"zh-CN\">"));
    assert!(month.contains("评分方案") && month.contains(READY));
    assert!(month.contains("<input type=\"file\" id=\"files\" multiple"));
    for f in sample_files() {
        let (status, said) = upload(
            &format!("{job}/input"),
            &name(&f),
            &std::fs::read(&f).unwrap(),
        );
        assert_eq!(status, 204, "{said}");
    }
    let (status, page) = score(&format!("{job}/score"), READY, "2022-03");
    assert_eq!(status, 200, "{page}");
    // The run, its warnings (as the CLI prints them), each grade counted.
    assert!(page.contains("已按 rubrics/fangan5-online-teaching.toml 为 40 位教师评分"));
    assert!(page.contains(
        "数据源 考勤（attendance）：2406 条有日期的记录中有 6 条在考核期 2022-03-01 至 2022-03-31 之外"
    ));
    assert!(
        page.contains("<tr><td>A</td><td class=\"n\">7</td></tr>"),
        "{page}"
    );
    assert!(page.contains("<tr><td>B</td><td class=\"n\">31</td></tr>"));
    assert!(page.contains("<tr><td>C</td><td class=\"n\">2</td></tr>"));
    // 汇总: one row per teacher, each opening its explanation.
    assert!(page.contains("<table id=\"summary\" class=\"sortable\">"));
    assert_eq!(page.matches("/teacher/").count(), 40);
    assert!(page.contains("<td>0012</td>") && page.contains(">张丽华</a>"));
    assert!(page.contains("C（否决）"));
    let (status, tree) = get(&format!("{job}/teacher/0"));
    assert_eq!(status, 200);
    assert!(tree.contains("0012 张丽华，光荣巷小学"));
    assert!(tree.contains("总分 93.50 / 100.00，等级 C"));
    assert!(tree.contains("否决：拒不参加或应付了事"));
    assert!(tree.contains("@ 人工评分_2022年3月.xlsx:考核小组评分:5"));
    assert!(tree.contains("@ 作业批改记录.csv:2  布置日期=2022-03-01"));
    // The explanation is the one `kaohe explain` prints.
    let cli = cli_outputs();
    let explain = Command::new(assert_cmd::cargo::cargo_bin("kaohe"))
        .args([
            "explain",
            "--teacher",
            "0012",
            "--rubric",
            &format!("rubrics/{READY}.toml"),
        ])
        .args(["--period", "2022-03", "--input"])
        .args(sample_files().iter().map(|f| name(f)))
        .current_dir(cli.dir.path())
        .env_remove("LANG")
        .output()
        .unwrap();
    let printed = String::from_utf8(explain.stdout).unwrap();
    assert!(
        tree.contains(
            &printed
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;")
                .replace('\'', "&#39;")
        ),
        "{printed}"
    );
    // The downloads are the CLI's bytes.
    assert!(
        get_bytes(&format!("{job}/download/workbook")) == cli.workbook,
        "workbook differs from `kaohe score`"
    );
    assert!(
        get_bytes(&format!("{job}/download/slips")) == cli.slips,
        "slips differ from `kaohe publish`"
    );
    assert!(
        get_bytes(&format!("{job}/download/list")) == cli.list,
        "公示 list differs from `kaohe publish`"
    );
    let r = ureq::get(&format!("{job}/download/workbook"))
        .call()
        .unwrap();
    assert_eq!(
        r.header("Content-Disposition"),
        Some("attachment; filename=\"download\"; filename*=UTF-8''%E8%AF%84%E5%88%86%E7%BB%93%E6%9E%9C%2Exlsx")
    );
    // A changed rule: the diff view is what `kaohe diff` prints.
    let ready = std::fs::read_to_string(root().join(format!("rubrics/{READY}.toml"))).unwrap();
    let changed = changed_rubric(&ready);
    std::fs::write(cli.dir.path().join("changed.toml"), &changed).unwrap();
    // A workbook dropped where the changed rubric goes is refused by its
    // name, as on the rubric field, not read as a rubric that fails to parse.
    let (status, said) = upload(&format!("{job}/against"), "评分结果.xlsx", b"PK");
    assert_eq!(status, 415, "{said}");
    assert!(said.contains("评分结果.xlsx"), "{said}");
    assert!(said.contains("不是评分方案"), "{said}");
    let (status, said) = upload(
        &format!("{job}/against"),
        "changed.toml",
        changed.as_bytes(),
    );
    assert_eq!(status, 204, "{said}");
    let (status, diff_page) = get(&format!("{job}/diff"));
    assert_eq!(status, 200);
    let diff = Command::new(assert_cmd::cargo::cargo_bin("kaohe"))
        .args([
            "diff",
            "--rubric",
            &format!("rubrics/{READY}.toml"),
            "--against",
            "changed.toml",
        ])
        .args(["--period", "2022-03", "--input"])
        .args(sample_files().iter().map(|f| name(f)))
        .current_dir(cli.dir.path())
        .env_remove("LANG")
        .output()
        .unwrap();
    let printed = String::from_utf8(diff.stdout).unwrap();
    assert!(printed.contains("0012"), "{printed}");
    assert!(
        diff_page.contains(
            &printed
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;")
                .replace('\'', "&#39;")
        ),
        "{diff_page}\n---\n{printed}"
    );
    // Nothing is left behind once the server stops.
    let stderr = server.stop();
    assert!(!stderr.contains("--bind"), "{stderr}");
}

/// The text of each cell of each body row of the table with this id.
fn table_rows(page: &str, id: &str) -> Vec<Vec<String>> {
    let at = page
        .find(&format!("<table id=\"{id}\""))
        .unwrap_or_else(|| panic!("no #{id}: {page}"));
    let table = &page[at..at + page[at..].find("</table>").unwrap()];
    let tags = regex::Regex::new("<[^>]*>").unwrap();
    table
        .split("<tr>")
        .skip(1)
        .map(|row| {
            row.split("</td>")
                .filter(|cell| cell.contains("<td"))
                .map(|cell| tags.replace_all(cell, "").trim().to_string())
                .collect::<Vec<String>>()
        })
        .filter(|cells| !cells.is_empty())
        .collect()
}

/// The decimal places `number` is written with.
fn places_of(number: &str) -> usize {
    number.split_once('.').map_or(0, |(_, f)| f.len())
}

#[test]
fn serve_shows_every_score_at_the_rubric_places() {
    let ready = std::fs::read_to_string(root().join(format!("rubrics/{READY}.toml"))).unwrap();
    assert!(ready.contains("places = 2"), "the sample rounds to 0.01");
    // A score over its maximum, a start, an item's line, the total's line.
    let pair = regex::Regex::new(r"(-?\d+(?:\.\d+)?) / (-?\d+(?:\.\d+)?)").unwrap();
    let start = regex::Regex::new(r"（(?:从|满分) (-?\d+(?:\.\d+)?) 起").unwrap();
    let item = regex::Regex::new(r"(?m)^  (\S.*?)  (-?\d+(?:\.\d+)?) / ").unwrap();
    let total = regex::Regex::new(r"总分 (-?\d+(?:\.\d+)?) / ").unwrap();
    let server = Server::start(&[]);
    // The ready rubric (0.01), and the same one dropped rounding to 0.1.
    for (rubric, places) in [
        (None, 2),
        (Some(ready.replace("places = 2", "places = 1")), 1),
    ] {
        let (job, _) = new_job(&server);
        for f in sample_files() {
            let bytes = std::fs::read(&f).unwrap();
            assert_eq!(upload(&format!("{job}/input"), &name(&f), &bytes).0, 204);
        }
        let chosen = match &rubric {
            Some(text) => {
                let sent = upload(&format!("{job}/rubric"), "my.toml", text.as_bytes());
                assert_eq!(sent.0, 204, "{}", sent.1);
                ""
            }
            None => READY,
        };
        let (status, page) = score(&format!("{job}/score"), chosen, "2022-03");
        assert_eq!(status, 200, "{page}");
        // The 汇总 table's header names each column.
        let at = page.find("<table id=\"summary\"").unwrap();
        let head = &page[at..at + page[at..].find("</thead>").unwrap()];
        let columns: Vec<&str> = head
            .split("<th>")
            .skip(1)
            .map(|h| h.split("</th>").next().unwrap())
            .collect();
        let rows = table_rows(&page, "summary");
        assert_eq!(rows.len(), 40);
        for (n, row) in rows.iter().enumerate() {
            assert_eq!(row.len(), columns.len(), "{row:?}");
            // Every item and the total, at exactly the rubric's places.
            let scores = &row[3..row.len() - 1];
            for cell in scores {
                assert_eq!(places_of(cell), places, "{cell} in {row:?}");
            }
            // The same text as the explanation shows for each item and the total.
            let (status, tree) = get(&format!("{job}/teacher/{n}"));
            assert_eq!(status, 200);
            for c in pair.captures_iter(&tree) {
                for number in [&c[1], &c[2]] {
                    assert_eq!(places_of(number), places, "{} in {tree}", &c[0]);
                }
            }
            for c in start.captures_iter(&tree) {
                assert_eq!(places_of(&c[1]), places, "{} in {tree}", &c[0]);
            }
            let shown: Vec<(&str, &str)> = item
                .captures_iter(&tree)
                .map(|c| (c.get(1).unwrap().as_str(), c.get(2).unwrap().as_str()))
                .collect();
            assert_eq!(shown.len(), scores.len() - 1, "{tree}");
            for (name, score) in shown {
                let col = columns.iter().position(|c| *c == name).unwrap();
                assert_eq!(row[col], score, "{name} of {}", row[1]);
            }
            let told = total.captures(&tree).unwrap();
            assert_eq!(row[row.len() - 2], &told[1], "total of {}", row[1]);
        }
    }
    server.stop();
}

/// The ready rubric with one rule changed: the 美篇 worth more.
fn changed_rubric(ready: &str) -> String {
    let at = ready.find("name = \"美篇\"").expect("a 美篇 item");
    let points = at + ready[at..].find("points = ").unwrap();
    let end = points + ready[points..].find('\n').unwrap();
    format!("{}points = 1.5{}", &ready[..points], &ready[end..])
}

/// The bad-enum rubric reading an xlsx, and that xlsx with a bad status
/// that is also markup.
fn bad_cell_files(dir: &Path) -> (Vec<u8>, PathBuf, PathBuf) {
    let rubric = std::fs::read_to_string(root().join("tests/fixtures/bad-enum/rubric.toml"))
        .unwrap()
        .replace(
            "files = \"attendance*.csv\"",
            "files = \"attendance*.xlsx\"",
        );
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet().set_name("考勤").unwrap();
    for (r, row) in [
        ["工号", "日期", "状态"],
        ["0012", "2022-03-01", "<script>alert(1)</script>"],
        ["0107", "2022-03-02", "正常"],
    ]
    .iter()
    .enumerate()
    {
        for (c, v) in row.iter().enumerate() {
            sheet.write_string(r as u32, c as u16, *v).unwrap();
        }
    }
    let xlsx = dir.join("attendance.xlsx");
    book.save(&xlsx).unwrap();
    (
        rubric.into_bytes(),
        xlsx,
        root().join("tests/fixtures/bad-enum/roster.csv"),
    )
}

#[test]
fn serve_lists_what_the_check_finds_before_scoring() {
    let dir = tempfile::tempdir().unwrap();
    let (rubric, xlsx, roster) = bad_cell_files(dir.path());
    let server = Server::start(&[]);
    let (job, _) = new_job(&server);
    assert_eq!(
        upload(&format!("{job}/rubric"), "rubric.toml", &rubric).0,
        204
    );
    for f in [&xlsx, &roster] {
        assert_eq!(
            upload(
                &format!("{job}/input"),
                &name(f),
                &std::fs::read(f).unwrap()
            )
            .0,
            204
        );
    }
    let (status, page) = score(&format!("{job}/score"), "", "2022-03");
    assert_eq!(status, 422, "{page}");
    assert!(page.contains("未评分：请在导出表格中改正以下问题后重新评分。"));
    // File, sheet, cell and value, in the language in force, the value escaped.
    let row = page
        .lines()
        .find(|l| l.contains("<tr class=\"error\">"))
        .unwrap_or_else(|| panic!("{page}"));
    assert!(row.contains("attendance.xlsx"), "{row}");
    assert!(row.contains("考勤"), "{row}");
    assert!(row.contains("C2"), "{row}");
    assert!(
        row.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{row}"
    );
    assert!(!page.contains("<script>alert(1)"));
    assert!(get(&format!("{job}/results")).0 == 409);
}

#[test]
fn serve_names_a_bad_file_as_it_was_sent_not_where_it_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let (rubric, _, roster) = bad_cell_files(dir.path());
    let server = Server::start(&[]);
    let (job, _) = new_job(&server);
    assert_eq!(
        upload(&format!("{job}/rubric"), "rubric.toml", &rubric).0,
        204
    );
    let roster = std::fs::read(roster).unwrap();
    assert_eq!(
        upload(&format!("{job}/input"), "roster.csv", &roster).0,
        204
    );
    // A text file named .xlsx, refused while its bytes are checked.
    let input = format!("{job}/input");
    assert_eq!(upload(&input, "attendance.xlsx", b"not a workbook").0, 204);
    let (status, page) = score(&format!("{job}/score"), "", "2022-03");
    assert_eq!(status, 422, "{page}");
    let row = page
        .lines()
        .find(|l| l.contains("<tr class=\"error\">"))
        .unwrap_or_else(|| panic!("{page}"));
    assert!(
        row.contains("作为数据源 attendance 读取时：attendance.xlsx：无法读取："),
        "{row}"
    );
    // Not the temporary folder the server keeps it in.
    assert!(!page.contains("kaohe-serve-"), "{row}");
    server.stop();
}

#[test]
fn serve_refuses_bad_uploads_with_a_clear_page() {
    let server = Server::start(&["--memory-limit", "200KB"]);
    let (job, _) = new_job(&server);
    let input = format!("{job}/input");
    // Not a spreadsheet.
    let (status, page) = upload(&input, "notes.txt", b"hello");
    assert_eq!(status, 415);
    assert!(page.contains("notes.txt 不是 kaohe 能读取的表格"), "{page}");
    assert!(page.contains("<h1>无法完成</h1>"));
    // A path outside the job's folder.
    let (status, page) = upload(&input, "../../escape.xlsx", b"PK");
    assert_eq!(status, 400);
    assert!(
        page.contains("`../../escape.xlsx` 不是单个文件的名称"),
        "{page}"
    );
    assert!(!root().join("../escape.xlsx").exists());
    // Past --memory-limit.
    let (status, page) = upload(&input, "big.csv", &vec![b'a'; 300_000]);
    assert_eq!(status, 413);
    assert!(
        page.contains("big.csv 超过了 200000 字节的上限（--memory-limit）"),
        "{page}"
    );
    // A text file named .xlsx: refused by name when scored, not a panic.
    let roster = root().join("tests/fixtures/bad-enum/roster.csv");
    assert_eq!(
        upload(&input, "roster.csv", &std::fs::read(roster).unwrap()).0,
        204
    );
    assert_eq!(upload(&input, "attendance.xlsx", b"not a workbook").0, 204);
    let rubric = std::fs::read(root().join("tests/fixtures/bad-enum/rubric.toml")).unwrap();
    assert_eq!(
        upload(&format!("{job}/rubric"), "rubric.toml", &rubric).0,
        204
    );
    let (status, page) = score(&format!("{job}/score"), "", "2022-03");
    assert!((400..500).contains(&status), "{status} {page}");
    assert!(page.contains("attendance.xlsx"), "{page}");
    // A rubric with an error: listed as `kaohe check` lists it, nothing scored.
    let typo = std::fs::read(root().join("tests/fixtures/mini/misspelled-field.toml")).unwrap();
    assert_eq!(
        upload(&format!("{job}/rubric"), "misspelled-field.toml", &typo).0,
        204
    );
    let (status, page) = score(&format!("{job}/score"), "", "2022-03");
    assert_eq!(status, 400, "{page}");
    assert!(
        page.contains("未评分：请在评分方案中改正以下问题后重新评分。"),
        "{page}"
    );
    let row = page
        .lines()
        .find(|l| l.contains("<tr class=\"error\">"))
        .unwrap_or_else(|| panic!("{page}"));
    assert!(row.contains("<td>misspelled-field.toml:39:9</td>"), "{row}");
    assert!(row.contains("是否想写 `status`"), "{row}");
    // A bad month, an unknown ready rubric, a job that is not there.
    let (status, page) = score(&format!("{job}/score"), READY, "March");
    assert_eq!(status, 400);
    assert!(page.contains("`March` 不是月份；请写成 2022-03"), "{page}");
    // The page has a month field, not the command line's flag.
    assert!(!page.contains("--period"), "{page}");
    let (status, page) = score(&format!("{job}/score"), "no-such", "2022-03");
    assert_eq!(status, 400);
    assert!(page.contains("没有名为 no-such 的现成方案"), "{page}");
    let (status, page) = get(&format!("{}/job/nope/results", server.url));
    assert_eq!(status, 404);
    assert!(page.contains("请重新选择"), "{page}");
    assert_eq!(get(&format!("{}/elsewhere", server.url)).0, 404);
}

#[test]
fn serve_speaks_english_with_lang_en() {
    let server = Server::start(&["--lang", "en"]);
    let (job, month) = new_job(&server);
    assert!(month.contains("<html lang=\"en\">"));
    assert!(month.contains("1. Rubric") && month.contains("Check and score"));
    let (status, page) = upload(&format!("{job}/input"), "notes.txt", b"hello");
    assert_eq!(status, 415);
    assert!(
        page.contains("notes.txt is not a spreadsheet kaohe reads"),
        "{page}"
    );
    for f in sample_files() {
        assert_eq!(
            upload(
                &format!("{job}/input"),
                &name(&f),
                &std::fs::read(&f).unwrap()
            )
            .0,
            204
        );
    }
    let (status, page) = score(&format!("{job}/score"), READY, "2022-03");
    assert_eq!(status, 200);
    assert!(
        page.contains("40 teacher(s) scored with rubrics/fangan5-online-teaching.toml"),
        "{page}"
    );
    assert!(page.contains("<th>Total</th>"), "{page}");
    let stderr = server.stop();
    assert!(!stderr.contains("--bind"), "{stderr}");
    // LANG decides when --lang is not given, as for every command.
    let server = Server::start_with_lang(&[], "en_US.UTF-8");
    assert!(server.url.starts_with("http://127.0.0.1:"));
    let (_, month) = new_job(&server);
    assert!(month.contains("<html lang=\"en\">") && month.contains("1. Rubric"));
}

#[test]
fn serve_refuses_in_the_language_of_an_english_rubric() {
    // No --lang: the rubric's locale decides, for a refusal as for the results.
    let english = root().join("tests/fixtures/english");
    let server = Server::start(&[]);
    let (job, month) = new_job(&server);
    assert!(month.contains("<html lang=\"zh-CN\">"));
    let rubric = std::fs::read(english.join("rubric.toml")).unwrap();
    assert_eq!(
        upload(&format!("{job}/rubric"), "rubric.toml", &rubric).0,
        204
    );
    let roster = std::fs::read(english.join("roster.csv")).unwrap();
    assert_eq!(
        upload(&format!("{job}/input"), "roster.csv", &roster).0,
        204
    );
    // The other sources' files are missing: the check stops the run.
    let (status, page) = score(&format!("{job}/score"), "", "");
    assert_eq!(status, 422, "{page}");
    assert!(page.contains("<html lang=\"en\">"), "{page}");
    assert!(page.contains("<h1>This cannot be done</h1>"), "{page}");
    assert!(page.contains("Nothing was scored"), "{page}");
    assert!(page.contains("<th>Problem</th>"), "{page}");
    assert!(page.contains("<td>error</td>"), "{page}");
    assert!(page.contains("Score another month"), "{page}");
    assert!(
        !page.contains("无法完成") && !page.contains("错误"),
        "{page}"
    );
    // A month that is not one, said in English too.
    let (status, page) = score(&format!("{job}/score"), "", "March");
    assert_eq!(status, 400, "{page}");
    assert!(page.contains("<html lang=\"en\">"), "{page}");
    assert!(page.contains("`March` is not a month"), "{page}");
    assert!(!page.contains("--period"), "{page}");
    assert!(!page.contains("不是月份"), "{page}");
    server.stop();
}

/// Ctrl-C is how the office stops the page: it says the page is closed
/// and ends with 0, not "错误：已中断" and 130 as for an interrupted run.
#[cfg(unix)]
#[test]
fn serve_stops_on_ctrl_c_without_an_error() {
    let mut server = Server::start_with_lang(&[], "zh_CN.UTF-8");
    assert_eq!(get(&format!("{}/", server.url)).0, 200);
    let pid = nix::unistd::Pid::from_raw(i32::try_from(server.child.id()).unwrap());
    nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGINT).unwrap();
    let status = server.child.wait().unwrap();
    let mut said = String::new();
    if let Some(mut e) = server.child.stderr.take() {
        e.read_to_string(&mut said).unwrap();
    }
    assert!(status.success(), "{status:?}: {said}");
    assert!(said.contains("本机网页已关闭"), "{said}");
    assert!(!said.contains("错误"), "{said}");
}

#[test]
fn serve_warns_when_bound_beyond_this_computer() {
    let server = Server::start(&["--bind", "0.0.0.0"]);
    assert_eq!(get(&format!("{}/", server.url)).0, 200);
    let stderr = server.stop();
    assert!(
        stderr.contains("警告：--bind 0.0.0.0：网络上的其他电脑也能打开此页面"),
        "{stderr}"
    );
}

/// A chromedriver and the headless chromium session it drives, both ended
/// when dropped.
struct Browser {
    driver: Child,
    base: String,
    session: String,
}

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// W3C WebDriver's key for an element reference.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

impl Browser {
    /// Starts chromedriver on a free port (waiting for the line that says
    /// it listens) and a fresh headless chromium that downloads to
    /// `downloads`.
    fn start(downloads: &Path, profile: &Path) -> Browser {
        for tool in [CHROMIUM, CHROMEDRIVER] {
            assert!(
                Path::new(tool).exists(),
                "{tool} is missing: the browser test needs Debian's chromium and chromium-driver; \
                 run scripts/test.sh, which installs them"
            );
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut driver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut out = BufReader::new(driver.stdout.take().unwrap());
        let mut line = String::new();
        while !line.contains("started successfully") {
            line.clear();
            assert!(out.read_line(&mut line).unwrap() > 0, "chromedriver ended");
        }
        // The rest of its output is read away so it never blocks on a full pipe.
        std::thread::spawn(move || std::io::copy(&mut out, &mut std::io::sink()));
        let base = format!("http://127.0.0.1:{port}");
        let caps = serde_json::json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1440,1500",
                    format!("--user-data-dir={}", profile.display()),
                ],
                "prefs": {
                    "download.default_directory": downloads.display().to_string(),
                    "download.prompt_for_download": false,
                    "safebrowsing.enabled": false,
                },
            },
        }}});
        let mut browser = Browser {
            driver,
            base,
            session: String::new(),
        };
        let made = browser.call("POST", "/session", &caps);
        browser.session = made["sessionId"].as_str().unwrap().to_string();
        // Finding an element waits for it to appear: what the test observes.
        browser.command(
            "POST",
            "/timeouts",
            &serde_json::json!({"implicit": 60_000}),
        );
        browser
    }

    /// One WebDriver call: its `value`, or a failure naming the error.
    fn call(&self, method: &str, path: &str, body: &serde_json::Value) -> serde_json::Value {
        let url = format!("{}{path}", self.base);
        let r = match method {
            "GET" => ureq::get(&url).call(),
            "DELETE" => ureq::delete(&url).call(),
            _ => ureq::post(&url)
                .set("Content-Type", "application/json")
                .send_string(&body.to_string()),
        };
        let (status, bytes) = answer(r);
        let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(status, 200, "{method} {path}: {v}");
        v["value"].clone()
    }

    /// A call within the session.
    fn command(&self, method: &str, path: &str, body: &serde_json::Value) -> serde_json::Value {
        self.call(method, &format!("/session/{}{path}", self.session), body)
    }

    fn go(&self, url: &str) {
        self.command("POST", "/url", &serde_json::json!({ "url": url }));
    }

    /// The element `css` selects, once it is there.
    fn find(&self, css: &str) -> String {
        let v = self.command(
            "POST",
            "/element",
            &serde_json::json!({"using": "css selector", "value": css}),
        );
        v[ELEMENT].as_str().unwrap().to_string()
    }

    fn click(&self, css: &str) {
        let e = self.find(css);
        self.command(
            "POST",
            &format!("/element/{e}/click"),
            &serde_json::json!({}),
        );
    }

    fn type_into(&self, css: &str, text: &str) {
        let e = self.find(css);
        self.command(
            "POST",
            &format!("/element/{e}/value"),
            &serde_json::json!({ "text": text }),
        );
    }

    fn text(&self, css: &str) -> String {
        let e = self.find(css);
        self.command("GET", &format!("/element/{e}/text"), &serde_json::json!({}))
            .as_str()
            .unwrap()
            .to_string()
    }

    fn url(&self) -> String {
        self.command("GET", "/url", &serde_json::json!({}))
            .as_str()
            .unwrap()
            .to_string()
    }

    /// The page as a PNG.
    fn screenshot(&self) -> Vec<u8> {
        use base64::Engine as _;
        let shot = self.command("GET", "/screenshot", &serde_json::json!({}));
        base64::engine::general_purpose::STANDARD
            .decode(shot.as_str().unwrap())
            .unwrap()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let url = format!("{}/session/{}", self.base, self.session);
            let _ = ureq::delete(&url).call();
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// The one file a finished download left in `dir`, waiting for Chrome to
/// rename it from its `.crdownload`.
fn downloaded(dir: &Path) -> PathBuf {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        let done: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "xlsx"))
            .collect();
        if let [one] = done.as_slice() {
            return one.clone();
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no download in {}",
            dir.display()
        );
        std::thread::yield_now();
    }
}

#[test]
fn serve_in_a_real_browser_scores_explains_and_downloads() {
    let scratch = tempfile::tempdir().unwrap();
    let (downloads, profile) = (
        scratch.path().join("downloads"),
        scratch.path().join("profile"),
    );
    std::fs::create_dir_all(&downloads).unwrap();
    let server = Server::start(&[]);
    let browser = Browser::start(&downloads, &profile);
    browser.go(&format!("{}/", server.url));
    // The files dropped into the file input at once, as a user chooses them.
    let paths: Vec<String> = sample_files()
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    browser.type_into("#files", &paths.join("\n"));
    browser.type_into("#period", "2022-03");
    browser.click("#score");
    // The results: 汇总 with every teacher, each grade counted.
    let summary = browser.text("#summary");
    assert!(summary.contains("张丽华"), "{summary}");
    assert_eq!(summary.matches("光荣巷小学").count(), 40, "{summary}");
    assert!(browser.text("#grades").contains("B 31"));
    assert!(browser.text("#scored").contains("40 位教师"));
    // Sorted by total, highest first, by clicking its heading.
    browser.click("#summary th:nth-last-child(2)");
    let sorted = browser.text("#summary tbody tr:first-child td:nth-last-child(2)");
    assert_eq!(sorted, "100.00", "{}", browser.text("#summary"));
    // An item's column, at the rubric's places, sorts by value too.
    browser.click("#summary th:nth-child(6)");
    let column: Vec<f64> = browser
        .text("#summary")
        .lines()
        .skip(1)
        .map(|row| {
            let cell = row.split_whitespace().nth(5).unwrap();
            assert_eq!(places_of(cell), 2, "{row}");
            cell.parse().unwrap()
        })
        .collect();
    assert_eq!(column.len(), 40);
    assert!(column.windows(2).all(|w| w[0] >= w[1]), "{column:?}");
    assert_ne!(column.first(), column.last());
    let results = browser.url();
    if let Ok(path) = std::env::var("KAOHE_SERVE_SCREENSHOT") {
        std::fs::write(path, browser.screenshot()).unwrap();
    }
    assert!(browser.screenshot().starts_with(b"\x89PNG"));
    // One teacher's explanation.
    browser.click("#summary a[href$='/teacher/0']");
    let tree = browser.text("#explanation");
    assert!(tree.contains("总分 93.50 / 100.00，等级 C"), "{tree}");
    assert!(
        tree.contains("人工评分_2022年3月.xlsx:考核小组评分:5"),
        "{tree}"
    );
    // The workbook, downloaded by the browser, is the CLI's.
    browser.go(&results);
    browser.click("#dl-workbook");
    let file = downloaded(&downloads);
    assert_eq!(name(&file), "评分结果.xlsx");
    let cli = cli_outputs();
    assert!(
        std::fs::read(&file).unwrap() == cli.workbook,
        "the browser's download differs from `kaohe score`"
    );
    // A changed rubric dropped on the results page: who moves, and by which rule.
    let ready = std::fs::read_to_string(root().join(format!("rubrics/{READY}.toml"))).unwrap();
    let changed = scratch.path().join("changed.toml");
    std::fs::write(&changed, changed_rubric(&ready)).unwrap();
    browser.type_into("#against", &changed.display().to_string());
    browser.click("#compare");
    let diff = browser.text("#diff");
    assert!(
        diff.contains("changed.toml") && diff.contains("美篇"),
        "{diff}"
    );
}
