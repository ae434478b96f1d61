//! Our workbook in a real spreadsheet: LibreOffice (headless) recalculates
//! every formula and must arrive at exactly our values, prints 汇总 one
//! page per N teachers as asked, and prints every page of every example
//! rubric's workbook no smaller than 9 pt.
//!
//! LibreOffice is installed by `.ci/run`. Without `soffice` (and poppler's
//! `pdftotext` and `pdftohtml` for the page tests) these tests fail saying so: they never
//! pass without having looked. Start-up is slow, so each test converts all
//! it needs in one `soffice` call.

use std::path::{Path, PathBuf};
use std::process::Command;

use rust_xlsxwriter::{Formula, Workbook};
use serde_json::Value;

use crate::support::{kaohe, succeeds};

/// A program on PATH, or a failure that says how to get it.
fn tool(name: &str, package: &str) -> PathBuf {
    std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
        .unwrap_or_else(|| {
            panic!(
                "`{name}` is not installed; this test needs it (apt-get install {package}, as .ci/run does)"
            )
        })
}

/// Runs `soffice --convert-to <filter>` on `files` into `out`, with a fresh
/// profile that makes LibreOffice recalculate every formula on load rather
/// than trust the values stored in the file (its default for xlsx written
/// by "Excel" is to trust them).
fn convert(files: &[&Path], filter: &str, out: &Path) {
    let soffice = tool("soffice", "libreoffice-calc-nogui");
    let profile = out.join("profile");
    let user = profile.join("user");
    std::fs::create_dir_all(&user).unwrap();
    // 0 = always recalculate (Tools ▸ Options ▸ Calc ▸ Formula ▸ Recalculation on file load).
    std::fs::write(
        user.join("registrymodifications.xcu"),
        r#"<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"#,
    )
    .unwrap();
    let profile_url = format!("file://{}", profile.display());
    let status = Command::new(soffice)
        .arg(format!("-env:UserInstallation={profile_url}"))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            filter,
            "--outdir",
        ])
        .arg(out)
        .args(files)
        .env_remove("DISPLAY")
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "soffice failed: {}",
        String::from_utf8_lossy(&status.stderr)
    );
}

/// Scores the 方案5 example into `dir/name` with `extra` flags; the JSON summary.
fn score_example(dir: &Path, name: &str, extra: &[&str]) -> Value {
    let out = succeeds(
        kaohe()
            .args([
                "score",
                "--rubric",
                "rubrics/fangan5-online-teaching.toml",
                "--input",
                "examples/fangan5-online-teaching",
                "--period",
                "2022-03",
                "--format",
                "json",
                "--out",
            ])
            .arg(dir.join(name))
            .args(extra),
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn read_csv(path: &Path) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn libreoffice_recalculates_every_total_to_our_value() {
    let dir = tempfile::tempdir().unwrap();
    let summary = score_example(dir.path(), "scored.xlsx", &["--slips"]);

    // A control: a formula whose stored value is wrong. If LibreOffice
    // showed stored values instead of recalculating, it would read 999.
    let control = dir.path().join("control.xlsx");
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("control").unwrap();
    sheet.write_number(0, 0, 1.25).unwrap();
    sheet.write_number(0, 1, 2.5).unwrap();
    sheet
        .write_formula(0, 2, Formula::new("SUM(A1:B1)").set_result("999"))
        .unwrap();
    book.save(&control).unwrap();

    // 方案5 in full, whose subtotals 汇总 keeps exact (it rounds the total).
    let full = dir.path().join("full.xlsx");
    let out = succeeds(
        kaohe()
            .args([
                "score",
                "--quiet",
                "--rubric",
                "rubrics/fangan5-full.toml",
                "--input",
                "examples/fangan5-full",
                "--slips",
                "--format",
                "json",
                "--out",
            ])
            .arg(&full),
    );
    let full_summary: Value = serde_json::from_slice(&out.stdout).unwrap();

    // Every sheet to its own CSV (`-1`), cells as shown (our number formats
    // at the rubric's places), UTF-8 (76).
    let out = dir.path().join("csv");
    std::fs::create_dir_all(&out).unwrap();
    convert(
        &[&dir.path().join("scored.xlsx"), &full, &control],
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
        &out,
    );
    let control = read_csv(&out.join("control-control.csv"));
    assert_eq!(
        control[0][2], "3.75",
        "LibreOffice kept a stored value instead of recalculating"
    );

    let sheet = read_csv(&out.join("scored-汇总.csv"));
    // Row 1: groups (类别得分 over the category columns, 总分 alone);
    // row 2: names; teachers from row 3.
    let groups = &sheet[1];
    let first_category = groups.iter().position(|c| c == "类别得分").unwrap();
    let total = groups.iter().position(|c| c.starts_with("总分")).unwrap();
    let teachers = summary["teachers"].as_array().unwrap();
    assert_eq!(sheet.len() - 3, teachers.len());
    let mut checked = 0;
    for (row, teacher) in sheet[3..].iter().zip(teachers) {
        assert_eq!(row[1], teacher["key"].as_str().unwrap());
        let categories: Vec<&str> = teacher["categories"]
            .as_object()
            .unwrap()
            .values()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(row[first_category..total], categories, "{}", row[1]);
        assert_eq!(row[total], teacher["total"].as_str().unwrap(), "{}", row[1]);
        checked += categories.len() + 1;
    }
    assert_eq!(checked, 40 * 8);

    // 汇总（打印） looks each teacher up in 汇总 by 工号: recalculated, the
    // same subtotals, total and grade as ours, beside the right name.
    let printed = read_csv(&out.join("scored-汇总（打印）.csv"));
    let head = printed.iter().position(|r| r[0] == "工号").unwrap();
    let total = printed[head]
        .iter()
        .position(|c| c.starts_with("总分"))
        .unwrap();
    let grade = printed[head].iter().position(|c| c == "等级").unwrap();
    let mut looked_up = 0;
    for teacher in teachers {
        let key = teacher["key"].as_str().unwrap();
        let row = printed.iter().find(|r| r[0] == key).unwrap();
        assert_eq!(row[1], teacher["name"].as_str().unwrap());
        let categories: Vec<&str> = teacher["categories"]
            .as_object()
            .unwrap()
            .values()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(row[total - categories.len()..total], categories, "{key}");
        assert_eq!(row[total], teacher["total"].as_str().unwrap(), "{key}");
        let shown = row[grade].lines().next().unwrap_or("");
        assert_eq!(shown, teacher["grade"].as_str().unwrap_or(""), "{key}");
        looked_up += 1;
    }
    assert_eq!(looked_up, 40);

    // 统计's COUNTIF over the recalculated 汇总 gives our grade counts.
    let stats = read_csv(&out.join("scored-统计.csv"));
    for (grade, count) in summary["grades"].as_object().unwrap() {
        let row = stats.iter().find(|r| r[0] == *grade).unwrap();
        assert_eq!(row[1], count.to_string(), "{grade}");
    }
    // Each slip's total, recalculated from its item scores, is ours.
    let slips = read_csv(&out.join("scored-个人.csv"));
    let totals: Vec<&str> = slips
        .iter()
        .filter(|r| r[0] == "总分")
        .map(|r| r[3].as_str())
        .collect();
    let ours: Vec<&str> = teachers
        .iter()
        .map(|t| t["total"].as_str().unwrap())
        .collect();
    assert_eq!(totals, ours);

    // 方案5 in full halves 线上教学 for teachers on site duty too, so a
    // slip's items do not add up to its total: recalculated, each slip's
    // total is still ours (it is looked up in 汇总, and 折算说明 says why).
    let slips = read_csv(&out.join("full-个人.csv"));
    let totals: Vec<&str> = slips
        .iter()
        .filter(|r| r[0] == "总分")
        .map(|r| r[3].as_str())
        .collect();
    let ours: Vec<&str> = full_summary["teachers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["total"].as_str().unwrap())
        .collect();
    assert_eq!(totals, ours);
    assert!(slips
        .iter()
        .any(|r| r[0] == "折算说明" && r[4].starts_with("线上教学 169.61 × 0.5 ≈ 84.80")));

    // 方案5 in full, recalculated: 汇总（打印） shows each subtotal at the
    // rubric's 2 places, with the top-level categories alone, and they add
    // up to 总分 on every row as printed.
    let printed = read_csv(&out.join("full-汇总（打印）.csv"));
    let head = printed.iter().position(|r| r[0] == "工号").unwrap();
    let first = printed[head]
        .iter()
        .position(|c| c.starts_with("防疫基础工作"))
        .unwrap();
    let total = printed[head]
        .iter()
        .position(|c| c.starts_with("总分"))
        .unwrap();
    assert_eq!(total - first, 3, "{:?}", printed[head]);
    let hundredths = |s: &str| -> i64 {
        let (whole, part) = s.split_once('.').unwrap();
        assert_eq!(part.len(), 2, "{s}");
        whole.parse::<i64>().unwrap() * 100 + part.parse::<i64>().unwrap()
    };
    let rows: Vec<&Vec<String>> = printed[head + 1..]
        .iter()
        .filter(|r| r.len() > total && !r[total].is_empty())
        .collect();
    assert_eq!(rows.len(), 45);
    for row in rows {
        let sum: i64 = row[first..total].iter().map(|c| hundredths(c)).sum();
        assert_eq!(sum, hundredths(&row[total]), "{row:?}");
    }
}

#[test]
fn summary_prints_one_page_per_n_teachers() {
    let pdftotext = tool("pdftotext", "poppler-utils");
    let dir = tempfile::tempdir().unwrap();
    let summary = score_example(dir.path(), "by7.xlsx", &["--rows-per-page", "7"]);
    let keys: Vec<String> = summary["teachers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["key"].as_str().unwrap().to_string())
        .collect();
    score_example(dir.path(), "by20.xlsx", &["--rows-per-page", "20"]);
    let out = dir.path().join("pdf");
    std::fs::create_dir_all(&out).unwrap();
    convert(
        &[&dir.path().join("by7.xlsx"), &dir.path().join("by20.xlsx")],
        "pdf:calc_pdf_Export",
        &out,
    );
    // 40 teachers: 6 bands of at most 7, 2 of 20. A 汇总 page is one with
    // its repeated 序号 column, at the start; pdftotext separates pages by
    // \f. Too wide for one page at full size, 汇总 prints each band across
    // pages (LibreOffice leaves out a page with nothing but the repeated
    // columns), each page starting with the band's 序号, 工号 and 姓名.
    for (name, bands) in [("by7", 6), ("by20", 2)] {
        let text = Command::new(&pdftotext)
            .arg(out.join(format!("{name}.pdf")))
            .arg("-")
            .output()
            .unwrap();
        assert!(text.status.success());
        let text = String::from_utf8_lossy(&text.stdout);
        let summary_pages: Vec<&str> = text
            .split('\u{c}')
            .take_while(|p| p.contains("序号"))
            .collect();
        // Each page holds exactly one band's teachers, and every band is
        // printed.
        let per_page = 40usize.div_ceil(bands);
        let mut printed = vec![false; bands];
        for (p, page) in summary_pages.iter().enumerate() {
            let on: Vec<usize> = (0..keys.len())
                .filter(|&n| page.contains(keys[n].as_str()))
                .collect();
            let band = on.first().map_or(0, |n| n / per_page);
            let whole: Vec<usize> = (band * per_page..((band + 1) * per_page).min(40)).collect();
            assert_eq!(on, whole, "{name}: page {}", p + 1);
            printed[band] = true;
        }
        assert!(printed.iter().all(|&b| b), "{name}: {printed:?}");
        // The page header carries the title with the period on every
        // page, once: the title row is not printed (merged across the
        // table and in the repeated columns, it printed a cut-off piece,
        // `…2022-03-0`, on each page to the right).
        let period = "2022-03-31";
        for (p, page) in summary_pages.iter().enumerate() {
            assert_eq!(
                page.matches(period).count(),
                1,
                "{name}: 汇总 page {}",
                p + 1
            );
            assert!(!page.contains("2022-03-0\n"), "{name}: 汇总 page {}", p + 1);
        }
        // 汇总（打印）: the title on its first page, the header on each.
        let printed_pages: Vec<&str> = text
            .split('\u{c}')
            .skip(summary_pages.len())
            .take_while(|p| p.contains("否决原因"))
            .collect();
        // A row a line high unless a cell wraps: a band of 20 fits a page.
        assert_eq!(printed_pages.len(), bands, "{name}");
        for (p, page) in printed_pages.iter().enumerate() {
            assert_eq!(
                page.contains(period),
                p == 0,
                "{name}: 汇总（打印） page {}",
                p + 1
            );
        }
    }
}

/// Every example rubric with its sample inputs and the period they cover.
const EXAMPLES: [(&str, Option<&str>); 8] = [
    ("fangan5-full", None),
    ("fangan5-online-teaching", Some("2022-03")),
    ("fangan13-ethics", None),
    ("fangan3-it-points", None),
    ("fangan7-daily-times", Some("2022-04")),
    ("daily-minimums", Some("2022-04")),
    ("dingtalk-attendance", None),
    ("wecom-attendance", None),
];

/// Each page of a PDF: its words and their heights in points, as poppler
/// measures them (the font's ascent to descent, about 1.3 × its size).
fn word_heights(pdftotext: &Path, pdf: &Path) -> Vec<Vec<(String, f64)>> {
    let out = Command::new(pdftotext)
        .arg("-bbox")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success(), "pdftotext {}", pdf.display());
    let html = String::from_utf8_lossy(&out.stdout);
    let attr = |tag: &str, name: &str| -> f64 {
        let at = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        let end = tag[at..].find('"').unwrap();
        tag[at..at + end].parse().unwrap()
    };
    html.split("<page ")
        .skip(1)
        .map(|page| {
            page.split("<word ")
                .skip(1)
                .map(|word| {
                    let (tag, rest) = word.split_once('>').unwrap();
                    let text = rest.split('<').next().unwrap_or("").to_string();
                    (text, attr(tag, "yMax") - attr(tag, "yMin"))
                })
                .collect()
        })
        .collect()
}

/// The first page of each sheet of a PDF that LibreOffice printed from a
/// workbook: it marks each sheet's start with a bookmark named after it,
/// which poppler's `pdftohtml -xml` lists as `<item page="5">明细</item>`.
fn sheet_starts(pdftohtml: &Path, pdf: &Path) -> Vec<(String, usize)> {
    let out = Command::new(pdftohtml)
        .args(["-xml", "-i", "-q", "-stdout"])
        .arg(pdf)
        .output()
        .unwrap();
    assert!(out.status.success(), "pdftohtml {}", pdf.display());
    let xml = String::from_utf8_lossy(&out.stdout);
    let outline = xml.split("<outline>").nth(1).unwrap_or("");
    let outline = outline.split("</outline>").next().unwrap_or("");
    outline
        .split("<item page=\"")
        .skip(1)
        .map(|item| {
            let (page, rest) = item.split_once("\">").unwrap();
            let name = rest.split('<').next().unwrap_or("").to_string();
            (name, page.parse().unwrap())
        })
        .collect()
}

/// Scores every example with `--slips` (个人 too) and prints the whole
/// workbook, as an office clerk does (File ▸ Print ▸ entire workbook): no
/// page of any sheet prints smaller than 9 pt. 方案13 is scored with its
/// appeals file (申诉), and a scratch folder with a bad record with
/// `--keep-going` (数据问题).
#[test]
fn every_page_of_every_example_workbook_is_at_least_9_pt() {
    let pdftotext = tool("pdftotext", "poppler-utils");
    let pdftohtml = tool("pdftohtml", "poppler-utils");
    let dir = tempfile::tempdir().unwrap();
    let mut books = Vec::new();
    for (example, period) in EXAMPLES {
        let book = dir.path().join(format!("{example}.xlsx"));
        let mut cmd = kaohe();
        cmd.args(["score", "--quiet", "--slips", "--rubric"])
            .arg(format!("rubrics/{example}.toml"))
            .arg("--input")
            .arg(format!("examples/{example}"))
            .arg("--out")
            .arg(&book);
        if let Some(p) = period {
            cmd.args(["--period", p]);
        }
        if example == "fangan13-ethics" {
            cmd.args(["--appeals", "examples/fangan13-ethics-appeals/申诉.csv"]);
        }
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{example}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        books.push(book);
    }
    // 数据问题: the corpus rubric over a lesson of 9999 minutes, skipped.
    let scratch = dir.path().join("skipped");
    std::fs::create_dir_all(&scratch).unwrap();
    let corpus = crate::support::root().join("tests/corpus");
    for f in ["rubric.toml", "roster.csv"] {
        std::fs::copy(corpus.join(f), scratch.join(f)).unwrap();
    }
    std::fs::write(
        scratch.join("lessons.csv"),
        "工号,日期,节次,时长,状态\n1001,2022-03-01,1,45,缺课\n1001,2022-03-02,1,9999,缺课\n",
    )
    .unwrap();
    let skipped = dir.path().join("skipped.xlsx");
    let out = kaohe()
        .current_dir(&scratch)
        .args([
            "--lang",
            "zh",
            "score",
            "--quiet",
            "--keep-going",
            "--slips",
        ])
        .args(["--rubric", "rubric.toml", "--input", ".", "--out"])
        .arg(&skipped)
        .output()
        .unwrap();
    // 5: scored, with records left out.
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(5), "{stderr}");
    // The yardstick: 9 pt text printed at full size, in the fonts this
    // LibreOffice has (poppler's word height depends on the font).
    let control = dir.path().join("control.xlsx");
    let mut book = Workbook::new();
    let nine = rust_xlsxwriter::Format::new().set_font_size(9);
    book.add_worksheet()
        .write_string_with_format(0, 0, "工号 0123 九磅", &nine)
        .unwrap();
    book.save(&control).unwrap();

    let out = dir.path().join("pdf");
    std::fs::create_dir_all(&out).unwrap();
    let mut files: Vec<&Path> = books.iter().map(PathBuf::as_path).collect();
    files.push(&skipped);
    files.push(&control);
    convert(&files, "pdf:calc_pdf_Export", &out);

    let nine_pt = word_heights(&pdftotext, &out.join("control.pdf"))[0]
        .iter()
        .map(|(_, h)| *h)
        .fold(f64::INFINITY, f64::min);
    assert!(nine_pt > 9.0, "9 pt measured as {nine_pt}");
    let names = EXAMPLES.iter().map(|(e, _)| *e).chain(["skipped"]);
    let mut small = Vec::new();
    for example in names {
        let pdf = out.join(format!("{example}.pdf"));
        let pages = word_heights(&pdftotext, &pdf);
        let starts = sheet_starts(&pdftohtml, &pdf);
        let sheets: Vec<&str> = starts.iter().map(|(s, _)| s.as_str()).collect();
        let mut expected = vec!["汇总", "汇总（打印）", "统计", "个人", "明细", "否决"];
        if example == "fangan13-ethics" {
            expected.push("申诉");
        }
        expected.extend(["规则", "运行信息"]);
        if example == "skipped" {
            expected.push("数据问题");
        }
        for sheet in expected {
            assert!(
                sheets.contains(&sheet),
                "{example}: no {sheet} in {sheets:?}"
            );
        }
        // Each sheet from its first page to the next one's; a line per
        // sheet naming its pages below 9 pt and the smallest word.
        for (k, (sheet, first)) in starts.iter().enumerate() {
            let end = starts.get(k + 1).map_or(pages.len() + 1, |(_, p)| *p);
            let mut below = Vec::new();
            let mut worst: Option<(usize, &str, f64)> = None;
            for n in *first..end {
                let Some((word, h)) = pages[n - 1].iter().min_by(|a, b| a.1.total_cmp(&b.1)) else {
                    continue;
                };
                if *h < nine_pt - 0.01 {
                    below.push(n + 1 - first);
                    if worst.is_none_or(|(_, _, w)| *h < w) {
                        worst = Some((n + 1 - first, word, *h));
                    }
                }
            }
            if let Some((page, word, h)) = worst {
                small.push(format!(
                    "{example}, {sheet} page {page}: `{word}` is {:.1} pt ({} of its {} pages below 9 pt: {below:?})",
                    9.0 * h / nine_pt,
                    below.len(),
                    end - first
                ));
            }
        }
        if example == "skipped" {
            continue;
        }
        // 汇总（打印） ends with the line for signatures.
        let (printed, first) = &starts[1];
        assert_eq!(printed, "汇总（打印）");
        let last = &pages[starts[2].1 - 2];
        assert!(
            last.iter().any(|(w, _)| w.starts_with("制表人")),
            "{example}: no signature line at the end of 汇总（打印） (pages {first}..)"
        );
        // The page that is signed shows no number at more places than the
        // rubric's (汇总 keeps a subtotal exact where only the total is
        // rounded; printed, it is rounded), not even in 折算说明's text.
        let places = rubric_places(example);
        for page in &pages[first - 1..starts[2].1 - 1] {
            for (word, _) in page.iter() {
                for number in numbers(word) {
                    let decimals = number.split_once('.').map_or(0, |(_, d)| d.len());
                    assert!(
                        decimals <= places,
                        "{example}, 汇总（打印）: `{word}` has more than {places} places"
                    );
                }
            }
        }
    }
    assert!(small.is_empty(), "smaller than 9 pt:\n{}", small.join("\n"));
}

/// The decimal places `rubrics/<example>.toml` rounds to.
fn rubric_places(example: &str) -> usize {
    let path = crate::support::root().join(format!("rubrics/{example}.toml"));
    let text = std::fs::read_to_string(path).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with("rounding"))
        .unwrap_or_else(|| panic!("{example}: no rounding"));
    let at = line.find("places = ").unwrap() + "places = ".len();
    line[at..]
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// The runs of digits and points in `word` that read as decimals (`84.80`
/// in `≈84.80（教干`).
fn numbers(word: &str) -> Vec<&str> {
    word.split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .map(|n| n.trim_matches('.'))
        .filter(|n| n.contains('.') && n.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .collect()
}

/// The workbooks of `kaohe diff` and `kaohe rollup` print as the scored
/// one does: no page smaller than 9 pt, the title row on top of each page.
/// The diff is of 方案5 online teaching with every 1-point rule at 2, so
/// most teachers fall and their long lists of items and rules wrap; the
/// rollup is of 方案5 in full, whose 学期项目 has a column per item and so
/// prints across pages rather than shrunk.
#[test]
fn the_printed_diff_and_rollup_are_at_least_9_pt() {
    let pdftotext = tool("pdftotext", "poppler-utils");
    let dir = tempfile::tempdir().unwrap();
    let rubric = "rubrics/fangan5-online-teaching.toml";
    let text = std::fs::read_to_string(crate::support::root().join(rubric)).unwrap();
    let harsher = dir.path().join("harsher.toml");
    std::fs::write(&harsher, text.replace("points = 1 ", "points = 2 ")).unwrap();
    // In both languages: English headers are the wider.
    let diff = dir.path().join("diff.xlsx");
    let diff_en = dir.path().join("diff-en.xlsx");
    for (lang, book) in [("zh", &diff), ("en", &diff_en)] {
        succeeds(
            kaohe()
                .args(["--lang", lang, "diff", "--quiet", "--rubric", rubric])
                .arg("--against")
                .arg(&harsher)
                .args([
                    "--input",
                    "examples/fangan5-online-teaching",
                    "--period",
                    "2022-03",
                    "--out",
                ])
                .arg(book),
        );
    }

    let full = dir.path().join("full.json");
    let out = succeeds(kaohe().args([
        "score",
        "--quiet",
        "--rubric",
        "rubrics/fangan5-full.toml",
        "--input",
        "examples/fangan5-full",
        "--json",
    ]));
    std::fs::write(&full, &out.stdout).unwrap();
    let rollup = dir.path().join("rollup.xlsx");
    succeeds(
        kaohe()
            .args(["rollup", "--quiet", "--rubric", "rubrics/fangan5-full.toml"])
            .arg("--results")
            .arg(&full)
            .args(["--weight", "1", "--out"])
            .arg(&rollup),
    );

    let control = dir.path().join("control.xlsx");
    let mut book = Workbook::new();
    let nine = rust_xlsxwriter::Format::new().set_font_size(9);
    book.add_worksheet()
        .write_string_with_format(0, 0, "工号 0123 九磅", &nine)
        .unwrap();
    book.save(&control).unwrap();
    let out = dir.path().join("pdf");
    std::fs::create_dir_all(&out).unwrap();
    convert(
        &[&diff, &diff_en, &rollup, &control],
        "pdf:calc_pdf_Export",
        &out,
    );
    let nine_pt = word_heights(&pdftotext, &out.join("control.pdf"))[0]
        .iter()
        .map(|(_, h)| *h)
        .fold(f64::INFINITY, f64::min);
    for (name, titles) in [
        (
            "diff",
            ["对比——", "项目变化——", "规则变化——", "说明——"].as_slice(),
        ),
        (
            "diff-en",
            ["Comparison", "Item", "Rule", "About"].as_slice(),
        ),
        ("rollup", ["学期汇总——", "学期项目——", "权重——"].as_slice()),
    ] {
        let pages = word_heights(&pdftotext, &out.join(format!("{name}.pdf")));
        assert!(!pages.is_empty(), "{name}: no pages");
        for title in titles {
            assert!(
                pages
                    .iter()
                    .any(|p| p.iter().any(|(w, _)| w.starts_with(title))),
                "{name}: no page titled {title}"
            );
        }
        for (n, page) in pages.iter().enumerate() {
            // Every page of a sheet carries its title row.
            assert!(
                page.iter()
                    .any(|(w, _)| titles.iter().any(|t| w.starts_with(t))),
                "{name}, page {}: no title row",
                n + 1
            );
            let (word, smallest) = page.iter().min_by(|a, b| a.1.total_cmp(&b.1)).unwrap();
            assert!(
                *smallest >= nine_pt - 0.01,
                "{name}, page {}: `{word}` is {:.1} pt",
                n + 1,
                9.0 * smallest / nine_pt
            );
        }
    }
}
