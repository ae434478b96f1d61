//! Writes the sample inputs under `examples/`: deterministic, seeded data
//! shaped like the spreadsheets Chinese schools really export.
//!
//! ```text
//! cargo run --example generate                 # (re)write examples/<folder>/
//! cargo run --example generate -- --out DIR    # write DIR/<folder>/ instead
//! cargo run --example generate -- --check      # regenerate and compare byte for byte
//! ```
//!
//! Each example folder is one function returning its files
//! ([`fangan5_online_teaching`] for `rubrics/fangan5-online-teaching.toml`,
//! [`daily_minimums`] for `rubrics/daily-minimums.toml`, [`fangan13_ethics`]
//! and [`fangan3_it_points`] for theirs, [`fangan13_district`] for two
//! schools of a district (a folder each), [`fangan5_full`] for
//! `rubrics/fangan5-full.toml`);
//! each has its own seed, so adding a folder never changes another one.
//! A folder's hand-written `README.md` (the planted cases and their expected
//! scores) is not generated and not compared.
//!
//! The output is byte-identical on every run: a `ChaCha8Rng` seeded with a
//! constant (its stream is value-stable across versions), no clock (workbook
//! creation dates are fixed), no hash-map iteration, sorted output.
//!
//! # Why the files look the way they do
//!
//! The quirks are not noise: each mirrors a real export that the readers
//! must cope with (see `DOMAIN.md`).
//!
//! - **Roster** (`教师名册.xlsx`): 工号 as text cells with leading zeros
//!   (`0012`), because Excel users format the column as text to keep them and
//!   a reader that takes them for numbers loses the key; two teachers with the
//!   same 姓名, because names are not keys.
//! - **Attendance** (`直播课考勤_2022年3月.xlsx`), DingTalk 每日统计: a merged
//!   title row and a 报表生成时间 row above the header, so the header must be
//!   found by its columns; a header cell with a line break
//!   (`迟到时长\n(分钟)`); dates as text in DingTalk's two-digit-year form
//!   `22-03-01 星期二`; a second sheet 月度汇总 with other columns that the
//!   rubric's `sheet = "每日统计"` must skip; 脱岗 rows that the rubric maps to
//!   缺课; a name written `欧阳 娜` while the roster says `欧阳娜`; a few rows
//!   dated outside the month.
//! - **Homework** (`作业批改记录.csv`), as WPS saves CSV on a Chinese Windows:
//!   GBK without a BOM, CRLF line ends, dates as text `2022/3/1`, blank
//!   批改日期 where a teacher never finished grading.
//! - **Events** (`考核事件_2022年3月.xlsx`), a sheet kept by hand: dates as
//!   text `3月7日` without a year (the scored period supplies it), 级别 only
//!   where it matters (表扬, 典型发言).
//! - **Manual scores** (`人工评分_2022年3月.xlsx`), WeCom-like: two title rows
//!   and a two-level grouped header (merged group labels over the real one),
//!   decimal scores with halves.

#![allow(clippy::disallowed_methods)] // a developer tool; names files as the platform does

use std::error::Error;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use rand::seq::{IndexedRandom, SliceRandom};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_decimal::Decimal; // exact totals of the planted ratings (方案13)
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, Workbook};

#[path = "generate/attendance.rs"]
mod attendance;
#[path = "generate/dingtalk.rs"]
mod dingtalk;
#[path = "generate/wecom.rs"]
mod wecom;

type Res<T> = Result<T, Box<dyn Error>>;

/// One generated file, relative to its example folder.
struct OutFile {
    name: String,
    bytes: Vec<u8>,
}

/// An example folder: its name under `examples/`, its seed, its generator.
struct Example {
    folder: &'static str,
    seed: u64,
    generate: fn(&mut ChaCha8Rng) -> Res<Vec<OutFile>>,
}

const EXAMPLES: &[Example] = &[
    Example {
        folder: "fangan5-online-teaching",
        seed: 20220301,
        generate: fangan5_online_teaching,
    },
    Example {
        folder: "daily-minimums",
        seed: 20220401,
        generate: daily_minimums,
    },
    Example {
        folder: "fangan13-ethics",
        seed: 20220701,
        generate: fangan13_ethics,
    },
    Example {
        folder: "fangan13-district",
        seed: 20220702,
        generate: fangan13_district,
    },
    Example {
        folder: "fangan3-it-points",
        seed: 20220704,
        generate: fangan3_it_points,
    },
    Example {
        folder: "fangan5-full",
        seed: 20220515,
        generate: fangan5_full,
    },
    Example {
        folder: "fangan7-daily-times",
        seed: 20220406,
        generate: fangan7_daily_times,
    },
    Example {
        folder: "dingtalk-attendance",
        seed: 20260301,
        generate: dingtalk::dingtalk_attendance,
    },
    Example {
        folder: "wecom-attendance",
        seed: 20260228,
        generate: wecom::wecom_attendance,
    },
];

/// Files in an example folder that are written by hand, not generated.
const HAND_WRITTEN: &[&str] = &["README.md"];

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // Display, not Debug: the message lists one differing file a line.
            let _ = writeln!(std::io::stderr(), "error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Res<()> {
    let mut root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut check = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => check = true,
            "--out" => match args.next() {
                Some(dir) => root = PathBuf::from(dir),
                None => return Err("--out needs a directory".into()),
            },
            "-h" | "--help" => {
                writeln!(
                    std::io::stdout(),
                    "usage: generate [--out DIR] [--check]\n  writes DIR/<example>/ (default DIR: examples/); \
                     --check compares instead of writing"
                )?;
                return Ok(());
            }
            other => return Err(format!("unknown argument {other:?} (try --help)").into()),
        }
    }

    let mut differ = Vec::new();
    for ex in EXAMPLES {
        let mut rng = ChaCha8Rng::seed_from_u64(ex.seed);
        let files = (ex.generate)(&mut rng)?;
        let dir = root.join(ex.folder);
        if check {
            differ.extend(compare(&dir, ex.folder, &files)?);
        } else {
            write_all(&dir, &files)?;
            writeln!(
                std::io::stderr(),
                "wrote {} files to {}",
                files.len(),
                dir.display()
            )?;
        }
    }
    if !differ.is_empty() {
        return Err(format!(
            "generated examples differ from the committed files (run `cargo run --example generate`):\n  {}",
            differ.join("\n  ")
        )
        .into());
    }
    if check {
        writeln!(std::io::stderr(), "examples are up to date")?;
    }
    Ok(())
}

fn write_all(dir: &Path, files: &[OutFile]) -> Res<()> {
    fs::create_dir_all(dir)?;
    for f in files {
        let path = dir.join(&f.name);
        // A district's example has a folder per school.
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(&path, &f.bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// The files under `dir`, as paths relative to it with `/` between folders,
/// sorted.
fn files_under(dir: &Path, prefix: &str, found: &mut Vec<String>) -> Res<()> {
    // A missing folder is reported file by file by the caller.
    let Ok(entries) = fs::read_dir(dir) else {
        return Ok(());
    };
    for entry in entries {
        let entry = entry?;
        let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
        if entry.file_type()?.is_dir() {
            files_under(&entry.path(), &format!("{name}/"), found)?;
        } else {
            found.push(name);
        }
    }
    Ok(())
}

/// Regenerated files are compared in memory with the ones on disk; returns a
/// line for each file that differs, is missing, or is on disk but not generated.
fn compare(dir: &Path, folder: &str, files: &[OutFile]) -> Res<Vec<String>> {
    let mut differ = Vec::new();
    for f in files {
        let path = dir.join(&f.name);
        match fs::read(&path) {
            Ok(bytes) if bytes == f.bytes => {}
            Ok(_) => differ.push(format!("{folder}/{}: content differs", f.name)),
            Err(e) => differ.push(format!("{folder}/{}: {e}", f.name)),
        }
    }
    let mut on_disk = Vec::new();
    files_under(dir, "", &mut on_disk)?;
    on_disk.sort();
    for name in on_disk {
        let base = name.rsplit('/').next().unwrap_or(&name);
        if !HAND_WRITTEN.contains(&base) && !files.iter().any(|f| f.name == name) {
            differ.push(format!("{folder}/{name}: not generated (stray file)"));
        }
    }
    Ok(differ)
}

// ------------------------------------------------------------------ writers

/// A cell of a generated sheet.
#[derive(Clone, Debug)]
enum Cell {
    /// A text cell (shared string), also for digits that must stay text.
    Text(String),
    /// A numeric cell.
    Num(f64),
    /// Nothing written.
    Blank,
}

fn txt(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

fn num(x: impl Into<f64>) -> Cell {
    Cell::Num(x.into())
}

/// A worksheet laid out like an export: title rows merged across the table,
/// optional group labels over the header (merged where they span columns),
/// the header, then the rows.
struct Sheet {
    name: String,
    titles: Vec<String>,
    /// `(label, first column, last column)`.
    groups: Vec<(String, u16, u16)>,
    header: Vec<String>,
    rows: Vec<Vec<Cell>>,
    widths: Vec<f64>,
    /// Columns whose cells are formatted as text (`@`), like a 工号 column.
    text_columns: Vec<u16>,
}

impl Sheet {
    fn new(name: &str, header: &[&str]) -> Sheet {
        Sheet {
            name: name.to_string(),
            titles: Vec::new(),
            groups: Vec::new(),
            header: header.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
            widths: Vec::new(),
            text_columns: Vec::new(),
        }
    }
}

/// The fixed creation time of every generated workbook (no clock).
fn doc_properties(created: (u16, u8, u8, u16, u8)) -> Res<DocProperties> {
    let (y, m, d, hh, mm) = created;
    let when = ExcelDateTime::from_ymd(y, m, d)?.and_hms(hh, mm, 0)?;
    Ok(DocProperties::new().set_creation_datetime(&when))
}

fn workbook(sheets: &[Sheet], created: (u16, u8, u8, u16, u8)) -> Res<Vec<u8>> {
    let mut wb = Workbook::new();
    wb.set_properties(&doc_properties(created)?);
    let title = Format::new().set_bold().set_align(FormatAlign::Center);
    let group = Format::new().set_bold().set_align(FormatAlign::Center);
    let head = Format::new().set_bold().set_text_wrap();
    let text = Format::new().set_num_format("@");
    for sheet in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(&sheet.name)?;
        let last_col = u16::try_from(sheet.header.len().saturating_sub(1))?;
        let mut row: u32 = 0;
        for line in &sheet.titles {
            if last_col > 0 {
                ws.merge_range(row, 0, row, last_col, line, &title)?;
            } else {
                ws.write_string_with_format(row, 0, line, &title)?;
            }
            row += 1;
        }
        if !sheet.groups.is_empty() {
            for (label, first, last) in &sheet.groups {
                if first == last {
                    ws.write_string_with_format(row, *first, label, &group)?;
                } else {
                    ws.merge_range(row, *first, row, *last, label, &group)?;
                }
            }
            row += 1;
        }
        for (c, h) in sheet.header.iter().enumerate() {
            ws.write_string_with_format(row, u16::try_from(c)?, h, &head)?;
        }
        row += 1;
        for cells in &sheet.rows {
            for (c, cell) in cells.iter().enumerate() {
                let c = u16::try_from(c)?;
                match cell {
                    Cell::Text(s) if sheet.text_columns.contains(&c) => {
                        ws.write_string_with_format(row, c, s, &text)?;
                    }
                    Cell::Text(s) => {
                        ws.write_string(row, c, s)?;
                    }
                    Cell::Num(x) => {
                        ws.write_number(row, c, *x)?;
                    }
                    Cell::Blank => {}
                }
            }
            row += 1;
        }
        for (c, w) in sheet.widths.iter().enumerate() {
            ws.set_column_width(u16::try_from(c)?, *w)?;
        }
    }
    Ok(wb.save_to_buffer()?)
}

/// CSV as WPS saves it on a Chinese Windows: GBK, no BOM, CRLF.
fn gbk_csv(header: &[&str], rows: &[Vec<String>]) -> Res<Vec<u8>> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(header)?;
    for r in rows {
        w.write_record(r)?;
    }
    let utf8 = String::from_utf8(w.into_inner().map_err(|e| e.to_string())?)?;
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(&utf8);
    if unmappable {
        return Err("a homework cell has a character GBK cannot encode".into());
    }
    Ok(bytes.into_owned())
}

// ------------------------------------------------------------------ dates

fn date(y: i32, m: u32, d: u32) -> Res<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| format!("no date {y}-{m}-{d}").into())
}

/// March 2022 as written in this example: `date(3, d)`.
fn mar(d: u32) -> Res<NaiveDate> {
    date(2022, 3, d)
}

fn weekday_zh(d: NaiveDate) -> &'static str {
    match d.weekday() {
        Weekday::Mon => "星期一",
        Weekday::Tue => "星期二",
        Weekday::Wed => "星期三",
        Weekday::Thu => "星期四",
        Weekday::Fri => "星期五",
        Weekday::Sat => "星期六",
        Weekday::Sun => "星期日",
    }
}

/// DingTalk 每日统计: `22-03-01 星期二`.
fn dingtalk_date(d: NaiveDate) -> String {
    format!(
        "{:02}-{:02}-{:02} {}",
        d.year() % 100,
        d.month(),
        d.day(),
        weekday_zh(d)
    )
}

/// WPS/Excel text date: `2022/3/1`.
fn slash_date(d: NaiveDate) -> String {
    format!("{}/{}/{}", d.year(), d.month(), d.day())
}

/// A date typed by hand, without the year: `3月7日`.
fn month_day(d: NaiveDate) -> String {
    format!("{}月{}日", d.month(), d.day())
}

/// The weekdays from `first` to `last`, both included.
fn weekdays(first: NaiveDate, last: NaiveDate) -> Vec<NaiveDate> {
    let mut days = Vec::new();
    let mut d = first;
    while d <= last {
        if !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
            days.push(d);
        }
        d += Duration::days(1);
    }
    days
}

// ------------------------------------------------------------------ 方案5

const SCHOOL: &str = "光荣巷小学";
const GRADE_ZH: [&str; 7] = ["", "一", "二", "三", "四", "五", "六"];

/// Attendance slots per school day: two live lessons and one tutoring session.
const SLOTS: [&str; 3] = ["正课", "正课", "辅导"];

#[derive(Clone, Debug)]
struct Teacher {
    id: String,
    name: String,
    /// The name as the attendance export writes it.
    att_name: String,
    subject: &'static str,
    grade: u32,
    role: &'static str,
    /// Class numbers within the grade (`三(2)班` is grade 3, class 2).
    classes: Vec<u32>,
}

impl Teacher {
    fn class_name(&self, i: usize) -> String {
        let c = self.classes[i % self.classes.len()];
        format!("{}({c})班", GRADE_ZH[self.grade as usize])
    }

    fn department(&self) -> &'static str {
        match self.subject {
            "语文" => "语文组",
            "数学" => "数学组",
            "英语" => "英语组",
            _ => "综合组",
        }
    }

    fn position(&self) -> &'static str {
        match self.role {
            "班主任" => "班主任",
            "教干" => "教干",
            _ => "教师",
        }
    }
}

/// One row of the 每日统计 sheet.
#[derive(Clone, Debug)]
struct Att {
    date: NaiveDate,
    slot: usize,
    status: &'static str,
    late: Option<u32>,
    approval: &'static str,
}

/// One assignment.
#[derive(Clone, Debug)]
struct Hw {
    date: NaiveDate,
    class: String,
    due: u32,
    submitted: u32,
    graded: u32,
    graded_on: Option<NaiveDate>,
}

/// One row of 考核事件.
#[derive(Clone, Debug)]
struct Event {
    date: NaiveDate,
    kind: &'static str,
    level: &'static str,
    note: String,
}

/// Everything generated for one teacher.
#[derive(Clone, Debug)]
struct Records {
    teacher: Teacher,
    att: Vec<Att>,
    hw: Vec<Hw>,
    events: Vec<Event>,
    /// 集体备课, 二次备课, 特殊学生关注, 会议活动, 学生活动, 学情调研.
    manual: [f64; 6],
}

const MANUAL_MAX: [f64; 6] = [5.0, 5.0, 10.0, 5.0, 10.0, 10.0];

/// A planted teacher's attendance override: (date, slot, status, late minutes, approval).
type AttOverride = (NaiveDate, usize, &'static str, Option<u32>, &'static str);

/// The example for `rubrics/fangan5-online-teaching.toml`: one school's March
/// 2022, 40 teachers, eight of them planted (see the folder's README.md).
fn fangan5_online_teaching(rng: &mut ChaCha8Rng) -> Res<Vec<OutFile>> {
    let days = weekdays(mar(1)?, mar(28)?);
    let mut all = planted(rng, &days)?;
    all.extend(random_teachers(rng, &days, &all)?);
    all.sort_by(|a, b| a.teacher.id.cmp(&b.teacher.id));
    plant_second_tuogang(rng, &mut all, &days);

    let created = (2022, 4, 1, 8, 0);
    Ok(vec![
        OutFile {
            name: "教师名册.xlsx".into(),
            bytes: workbook(&[roster_sheet(&all)], created)?,
        },
        OutFile {
            name: "直播课考勤_2022年3月.xlsx".into(),
            bytes: workbook(&attendance_sheets(&all, days.len()), created)?,
        },
        OutFile {
            name: "作业批改记录.csv".into(),
            bytes: homework_csv(&all)?,
        },
        OutFile {
            name: "考核事件_2022年3月.xlsx".into(),
            bytes: workbook(&[events_sheet(&all)], created)?,
        },
        OutFile {
            name: "人工评分_2022年3月.xlsx".into(),
            bytes: workbook(&[manual_sheet(&all)], (2022, 4, 1, 9, 30))?,
        },
    ])
}

#[allow(clippy::too_many_arguments)]
fn teacher(
    id: &str,
    name: &str,
    att_name: &str,
    subject: &'static str,
    grade: u32,
    role: &'static str,
    classes: &[u32],
) -> Teacher {
    Teacher {
        id: id.into(),
        name: name.into(),
        att_name: att_name.into(),
        subject,
        grade,
        role,
        classes: classes.to_vec(),
    }
}

/// All slots 正常 on `days`, then the overrides (which may add other dates).
fn attendance(days: &[NaiveDate], overrides: &[AttOverride]) -> Vec<Att> {
    let mut att = Vec::new();
    for &d in days {
        for slot in 0..SLOTS.len() {
            att.push(Att {
                date: d,
                slot,
                status: "正常",
                late: None,
                approval: "",
            });
        }
    }
    for &(d, slot, status, late, approval) in overrides {
        let row = Att {
            date: d,
            slot,
            status,
            late,
            approval,
        };
        match att.iter_mut().find(|a| a.date == d && a.slot == slot) {
            Some(a) => *a = row,
            None => att.push(row),
        }
    }
    att.sort_by_key(|a| (a.date, a.slot));
    att
}

/// One fully graded assignment per listed day, numbers drawn from `rng`,
/// graded the next school day (the same day on the month's last one).
fn homework(rng: &mut ChaCha8Rng, t: &Teacher, on: &[NaiveDate], all: &[NaiveDate]) -> Vec<Hw> {
    let sizes: Vec<u32> = t
        .classes
        .iter()
        .map(|_| rng.random_range(38..=46))
        .collect();
    on.iter()
        .enumerate()
        .map(|(i, &d)| {
            let due = sizes[i % sizes.len()];
            let submitted = due - rng.random_range(0..=3);
            Hw {
                date: d,
                class: t.class_name(i),
                due,
                submitted,
                graded: submitted,
                graded_on: Some(next_school_day(all, d)),
            }
        })
        .collect()
}

fn next_school_day(all: &[NaiveDate], d: NaiveDate) -> NaiveDate {
    all.iter().copied().find(|&x| x > d).unwrap_or(d)
}

fn ev(d: NaiveDate, kind: &'static str, level: &'static str, note: &str) -> Event {
    Event {
        date: d,
        kind,
        level,
        note: note.into(),
    }
}

/// `count` 美篇 on spread-out school days.
fn meipian(days: &[NaiveDate], count: usize) -> Vec<Event> {
    (0..count)
        .map(|i| {
            let d = days[(i * days.len() / count.max(1) + 1) % days.len()];
            ev(d, "美篇", "", &format!("线上教学美篇第{}篇", i + 1))
        })
        .collect()
}

/// `count` (0–2) 阶段总结, due on 3月11日 and 3月25日.
fn summaries(count: usize) -> Res<Vec<Event>> {
    let due = [mar(11)?, mar(25)?];
    Ok(due
        .iter()
        .take(count)
        .enumerate()
        .map(|(i, &d)| ev(d, "阶段总结", "", &format!("第{}阶段线上教学总结", i + 1)))
        .collect())
}

/// The eight planted teachers A–H, exactly as the README describes them.
fn planted(rng: &mut ChaCha8Rng, days: &[NaiveDate]) -> Res<Vec<Records>> {
    let feb28 = date(2022, 2, 28)?;
    let apr1 = date(2022, 4, 1)?;
    let except = |skip: &[NaiveDate]| -> Vec<NaiveDate> {
        days.iter().copied().filter(|d| !skip.contains(d)).collect()
    };
    let mut out = Vec::new();

    // A: veto. A good month, but 拒不参加; plus a 缺课 on 2022-02-28, outside the period.
    let a = teacher("0012", "张丽华", "张丽华", "语文", 3, "班主任", &[2]);
    let mut ev_a = meipian(days, 6);
    ev_a.extend(summaries(2)?);
    ev_a.push(ev(mar(17)?, "表扬", "校级", "学校点名表扬：直播互动好"));
    ev_a.push(ev(
        mar(15)?,
        "拒不参加",
        "",
        "拒不参加线上教研活动，经教育仍不改正",
    ));
    out.push(Records {
        att: attendance(
            days,
            &[
                (feb28, 0, "缺课", None, ""),
                (feb28, 1, "正常", None, ""),
                (feb28, 2, "正常", None, ""),
            ],
        ),
        hw: homework(rng, &a, days, days),
        events: ev_a,
        manual: [5.0, 5.0, 9.5, 5.0, 9.5, 9.5],
        teacher: a,
    });

    // B: floor. 12 unexcused 正课 缺课 (first slot of the first 12 school days).
    let b = teacher("0107", "王建国", "王建国", "数学", 5, "", &[1, 3]);
    let b_miss: Vec<AttOverride> = days[..12]
        .iter()
        .map(|&d| (d, 0, "缺课", None, ""))
        .collect();
    let mut ev_b = meipian(days, 2);
    ev_b.extend(summaries(1)?);
    out.push(Records {
        att: attendance(days, &b_miss),
        hw: homework(rng, &b, days, days),
        events: ev_b,
        manual: [4.5, 4.5, 8.0, 4.0, 8.0, 8.0],
        teacher: b,
    });

    // C: caps. 13 美篇 (6.5 → 5); 县级 典型发言 5 + 校级 表扬 2 (7 → 5).
    let c = teacher("2031", "李春梅", "李春梅", "英语", 4, "", &[1, 2]);
    let mut ev_c = meipian(days, 13);
    ev_c.extend(summaries(2)?);
    ev_c.push(ev(mar(10)?, "典型发言", "县级", "县线上教学推进会典型发言"));
    ev_c.push(ev(mar(24)?, "表扬", "校级", "学校点名表扬：作业设计有创意"));
    out.push(Records {
        att: attendance(days, &[]),
        hw: homework(rng, &c, days, days),
        events: ev_c,
        manual: MANUAL_MAX,
        teacher: c,
    });

    // D: exemptions. 3 正课 缺课, two with 补卡审批通过; late 8 and 15 minutes;
    // a 辅导 缺课 with 补卡审批通过; a late arrival on 2022-04-01, outside the period.
    let d = teacher("0230", "陈晓燕", "陈晓燕", "数学", 2, "班主任", &[4]);
    let mut ev_d = meipian(days, 4);
    ev_d.extend(summaries(2)?);
    out.push(Records {
        att: attendance(
            days,
            &[
                (mar(3)?, 0, "缺课", None, "补卡审批通过"),
                (mar(9)?, 1, "缺课", None, "补卡审批通过"),
                (mar(17)?, 0, "缺课", None, ""),
                (mar(10)?, 1, "迟到", Some(8), ""),
                (mar(22)?, 0, "迟到", Some(15), ""),
                (mar(24)?, 2, "缺课", None, "补卡审批通过"),
                (apr1, 0, "迟到", Some(12), ""),
                (apr1, 1, "正常", None, ""),
                (apr1, 2, "正常", None, ""),
            ],
        ),
        hw: homework(rng, &d, days, days),
        events: ev_d,
        manual: [5.0, 4.5, 9.0, 5.0, 9.0, 9.0],
        teacher: d,
    });

    // E: 欧阳娜, written `欧阳 娜` by the attendance export; a 脱岗 on a 正课;
    // a day of approved leave (no homework that day); a 辅导 缺课; a 美篇 on 4月1日.
    let e = teacher("0315", "欧阳娜", "欧阳 娜", "语文", 6, "班主任", &[1]);
    let mut ev_e = meipian(days, 5);
    ev_e.extend(summaries(2)?);
    ev_e.push(ev(mar(24)?, "表扬", "县级", "县教体局回访点名表扬"));
    ev_e.push(ev(apr1, "美篇", "", "线上教学美篇（4月）"));
    out.push(Records {
        att: attendance(
            days,
            &[
                (mar(8)?, 0, "脱岗", None, ""),
                (mar(14)?, 0, "请假", None, "请假审批通过"),
                (mar(14)?, 1, "请假", None, "请假审批通过"),
                (mar(14)?, 2, "请假", None, "请假审批通过"),
                (mar(21)?, 2, "缺课", None, ""),
            ],
        ),
        hw: homework(rng, &e, &except(&[mar(14)?]), days),
        events: ev_e,
        manual: [4.5, 5.0, 9.0, 4.5, 9.0, 9.5],
        teacher: e,
    });

    // F and G: both 刘洋.
    let f = teacher("1024", "刘洋", "刘洋", "语文", 1, "班主任", &[3]);
    let mut ev_f = meipian(days, 10);
    ev_f.extend(summaries(2)?);
    ev_f.push(ev(mar(18)?, "表扬", "校级", "学校点名表扬：家校沟通及时"));
    out.push(Records {
        att: attendance(days, &[]),
        hw: homework(rng, &f, days, days),
        events: ev_f,
        manual: MANUAL_MAX,
        teacher: f,
    });

    let g = teacher("1102", "刘洋", "刘洋", "体育", 5, "", &[1, 2, 3, 4]);
    let mut ev_g = meipian(days, 1);
    ev_g.extend(summaries(1)?);
    ev_g.push(ev(mar(14)?, "周计划缺交", "", "第3周计划未交"));
    out.push(Records {
        att: attendance(
            days,
            &[
                (mar(4)?, 2, "缺课", None, ""),
                (mar(18)?, 2, "缺课", None, ""),
                (mar(23)?, 1, "迟到", Some(5), ""),
            ],
        ),
        hw: homework(rng, &g, &except(&[mar(7)?, mar(21)?]), days),
        events: ev_g,
        manual: [4.0, 4.0, 8.0, 4.0, 8.0, 8.0],
        teacher: g,
    });

    // H: two missing weekly plans (and one dated 2月28日, outside); 16
    // assignments, three not fully graded; an ungraded assignment on 2022/4/1.
    let h = teacher("0056", "赵志刚", "赵志刚", "数学", 6, "", &[2]);
    let mut hw_h = homework(
        rng,
        &h,
        &except(&[mar(8)?, mar(11)?, mar(18)?, mar(25)?]),
        days,
    );
    for hw in &mut hw_h {
        if hw.date == mar(3)? {
            (hw.due, hw.submitted, hw.graded) = (42, 39, 30);
        } else if hw.date == mar(16)? {
            (hw.due, hw.submitted, hw.graded) = (42, 41, 38);
        } else if hw.date == mar(23)? {
            (hw.due, hw.submitted, hw.graded, hw.graded_on) = (42, 40, 40, None);
        }
    }
    hw_h.push(Hw {
        date: apr1,
        class: h.class_name(0),
        due: 42,
        submitted: 40,
        graded: 0,
        graded_on: None,
    });
    let mut ev_h = meipian(days, 3);
    ev_h.extend(summaries(1)?);
    ev_h.push(ev(mar(7)?, "周计划缺交", "", "第2周计划未交"));
    ev_h.push(ev(mar(21)?, "周计划缺交", "", "第4周计划未交"));
    ev_h.push(ev(feb28, "周计划缺交", "", "上月第4周计划未交"));
    out.push(Records {
        att: attendance(days, &[]),
        hw: hw_h,
        events: ev_h,
        manual: [4.5, 4.5, 9.0, 4.5, 9.0, 9.0],
        teacher: h,
    });

    Ok(out)
}

const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
    "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
];
const GIVEN: &[&str] = &[
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "艳", "杰", "娟", "涛", "明", "超",
    "秀英", "霞", "平", "刚", "桂英", "玉兰", "红梅", "文", "华", "慧", "婷", "雪", "琳", "颖",
    "晨", "鹏", "宇", "欣", "佳", "海燕", "志强", "建华", "春燕", "晓东", "丽娟",
];

/// Subjects of the 32 teachers who are not planted.
const RANDOM_SUBJECTS: &[(&str, usize)] = &[
    ("语文", 9),
    ("数学", 7),
    ("英语", 5),
    ("常识", 4),
    ("音乐", 2),
    ("体育", 2),
    ("美术", 3),
];

fn random_teachers(
    rng: &mut ChaCha8Rng,
    days: &[NaiveDate],
    planted: &[Records],
) -> Res<Vec<Records>> {
    let mut subjects: Vec<&'static str> = RANDOM_SUBJECTS
        .iter()
        .flat_map(|&(s, k)| std::iter::repeat_n(s, k))
        .collect();
    subjects.shuffle(rng);
    // Three of them are 教干 (cadres).
    let cadres: Vec<usize> = (0..subjects.len())
        .collect::<Vec<_>>()
        .choose_multiple(rng, 3)
        .copied()
        .collect();

    let mut used_ids: Vec<String> = planted.iter().map(|r| r.teacher.id.clone()).collect();
    let mut used_names: Vec<String> = planted.iter().map(|r| r.teacher.name.clone()).collect();
    let mut out = Vec::new();
    for (i, &subject) in subjects.iter().enumerate() {
        let id = loop {
            let id = format!("{:04}", rng.random_range(1..=2999));
            if !used_ids.contains(&id) {
                break id;
            }
        };
        used_ids.push(id.clone());
        let name = loop {
            let s = SURNAMES.choose(rng).copied().unwrap_or("王");
            let g = GIVEN.choose(rng).copied().unwrap_or("芳");
            let name = format!("{s}{g}");
            if !used_names.contains(&name) {
                break name;
            }
        };
        used_names.push(name.clone());
        let grade = rng.random_range(1..=6);
        let role = if cadres.contains(&i) {
            "教干"
        } else if (subject == "语文" && rng.random_bool(0.7))
            || (subject == "数学" && rng.random_bool(0.3))
        {
            "班主任"
        } else {
            ""
        };
        let nclasses = match subject {
            "语文" => 1,
            "数学" | "英语" => rng.random_range(1..=3),
            _ => rng.random_range(3..=4),
        };
        let mut classes: Vec<u32> = (1..=4).collect::<Vec<_>>();
        classes.shuffle(rng);
        classes.truncate(nclasses);
        classes.sort();
        let t = Teacher {
            id,
            att_name: name.clone(),
            name,
            subject,
            grade,
            role,
            classes,
        };
        out.push(Records {
            att: random_attendance(rng, days),
            hw: random_homework(rng, &t, days),
            events: random_events(rng, days)?,
            manual: random_manual(rng),
            teacher: t,
        });
    }
    Ok(out)
}

fn random_attendance(rng: &mut ChaCha8Rng, days: &[NaiveDate]) -> Vec<Att> {
    let mut att = Vec::new();
    for &d in days {
        if rng.random_bool(0.012) {
            for slot in 0..SLOTS.len() {
                att.push(Att {
                    date: d,
                    slot,
                    status: "请假",
                    late: None,
                    approval: "请假审批通过",
                });
            }
            continue;
        }
        for (slot, kind) in SLOTS.iter().enumerate() {
            let lesson = *kind == "正课";
            let (p_late, p_miss, p_fix) = if lesson {
                (0.02, 0.006, 0.4)
            } else {
                (0.01, 0.012, 0.3)
            };
            let r: f64 = rng.random();
            let (status, late, approval) = if r < p_late {
                let minutes = if rng.random_bool(0.7) {
                    rng.random_range(1..=10)
                } else {
                    rng.random_range(11..=30)
                };
                ("迟到", Some(minutes), "")
            } else if r < p_late + p_miss {
                let fix = rng.random_bool(p_fix);
                ("缺课", None, if fix { "补卡审批通过" } else { "" })
            } else {
                ("正常", None, "")
            };
            att.push(Att {
                date: d,
                slot,
                status,
                late,
                approval,
            });
        }
    }
    att
}

fn random_homework(rng: &mut ChaCha8Rng, t: &Teacher, days: &[NaiveDate]) -> Vec<Hw> {
    let p = match t.subject {
        "语文" | "数学" | "英语" => 0.93,
        _ => 0.6,
    };
    let on: Vec<NaiveDate> = days
        .iter()
        .copied()
        .filter(|_| rng.random_bool(p))
        .collect();
    let mut hw = homework(rng, t, &on, days);
    for h in &mut hw {
        let r: f64 = rng.random();
        if r < 0.02 {
            h.graded = h.submitted - rng.random_range(1..=8);
        } else if r < 0.04 {
            h.graded_on = None;
        } else if r < 0.5 {
            h.graded_on = Some(h.date);
        }
    }
    hw
}

fn random_events(rng: &mut ChaCha8Rng, days: &[NaiveDate]) -> Res<Vec<Event>> {
    let mut events = Vec::new();
    // The first school day of each school week: 3/1, 3/7, 3/14, 3/21, 3/28.
    let week_starts: Vec<NaiveDate> = days
        .iter()
        .copied()
        .filter(|d| d.weekday() == Weekday::Mon || *d == days[0])
        .collect();
    for (w, &d) in week_starts.iter().enumerate() {
        if rng.random_bool(0.05) {
            events.push(ev(d, "周计划缺交", "", &format!("第{}周计划未交", w + 1)));
        }
    }
    let count = rng.random_range(0..=9);
    let mut mp: Vec<NaiveDate> = days.choose_multiple(rng, count).copied().collect();
    mp.sort();
    for (i, d) in mp.into_iter().enumerate() {
        events.push(ev(d, "美篇", "", &format!("线上教学美篇第{}篇", i + 1)));
    }
    let r: f64 = rng.random();
    events.extend(summaries(if r < 0.1 {
        0
    } else if r < 0.5 {
        1
    } else {
        2
    })?);
    let mut extra = |p: f64, kind: &'static str, level: &'static str, note: &str| {
        if rng.random_bool(p) {
            let d = days.choose(rng).copied().unwrap_or(days[0]);
            events.push(ev(d, kind, level, note));
        }
    };
    extra(0.1, "表扬", "校级", "学校点名表扬");
    extra(0.03, "表扬", "县级", "县教体局回访点名表扬");
    extra(0.05, "典型发言", "校级", "校线上教学经验交流发言");
    extra(0.02, "典型发言", "县级", "县线上教学推进会典型发言");
    Ok(events)
}

fn random_manual(rng: &mut ChaCha8Rng) -> [f64; 6] {
    MANUAL_MAX.map(|max| {
        let r: f64 = rng.random();
        let halves = if max <= 5.0 {
            match r {
                r if r < 0.5 => 0,
                r if r < 0.85 => 1,
                _ => 2,
            }
        } else {
            match r {
                r if r < 0.3 => 0,
                r if r < 0.6 => 1,
                r if r < 0.8 => 2,
                r if r < 0.93 => 3,
                _ => 4,
            }
        };
        max - 0.5 * f64::from(halves)
    })
}

/// One non-planted teacher gets a 脱岗 on a 辅导 slot (the rubric maps it to
/// 缺课, so it costs 0.5 on 线上辅导).
fn plant_second_tuogang(rng: &mut ChaCha8Rng, all: &mut [Records], days: &[NaiveDate]) {
    const PLANTED: [&str; 8] = [
        "0012", "0107", "2031", "0230", "0315", "1024", "1102", "0056",
    ];
    let others: Vec<usize> = (0..all.len())
        .filter(|&i| !PLANTED.contains(&all[i].teacher.id.as_str()))
        .collect();
    let (Some(&who), Some(&day)) = (others.choose(rng), days.choose(rng)) else {
        return;
    };
    if let Some(a) = all[who]
        .att
        .iter_mut()
        .find(|a| a.date == day && a.slot == 2)
    {
        (a.status, a.late, a.approval) = ("脱岗", None, "");
    }
}

fn roster_sheet(all: &[Records]) -> Sheet {
    let mut s = Sheet::new(
        "教师名册",
        &["工号", "姓名", "学校", "学科", "任教年级", "角色"],
    );
    s.widths = vec![10.0, 10.0, 14.0, 8.0, 10.0, 8.0];
    s.text_columns = vec![0];
    for r in all {
        let t = &r.teacher;
        s.rows.push(vec![
            Cell::Text(t.id.clone()),
            Cell::Text(t.name.clone()),
            txt(SCHOOL),
            txt(t.subject),
            num(t.grade),
            if t.role.is_empty() {
                Cell::Blank
            } else {
                txt(t.role)
            },
        ]);
    }
    s
}

fn attendance_sheets(all: &[Records], school_days: usize) -> Vec<Sheet> {
    let mut daily = Sheet::new(
        "每日统计",
        &[
            "姓名",
            "考勤组",
            "部门",
            "工号",
            "职位",
            "日期",
            "课型",
            "打卡结果",
            "迟到时长\n(分钟)",
            "关联的审批单",
        ],
    );
    daily.titles = vec![
        "每日统计表 统计日期：2022-03-01 至 2022-03-31".into(),
        "报表生成时间：2022-04-01 08:00".into(),
    ];
    daily.widths = vec![10.0, 12.0, 8.0, 8.0, 8.0, 16.0, 6.0, 8.0, 9.0, 14.0];
    daily.text_columns = vec![3];

    let mut monthly = Sheet::new(
        "月度汇总",
        &[
            "姓名",
            "工号",
            "部门",
            "应出勤天数",
            "出勤天数",
            "迟到次数",
            "迟到时长(分钟)",
            "缺课次数",
            "请假次数",
            "脱岗次数",
        ],
    );
    monthly.titles = vec!["月度汇总 统计日期：2022-03-01 至 2022-03-31".into()];
    monthly.text_columns = vec![1];

    for r in all {
        let t = &r.teacher;
        for a in &r.att {
            daily.rows.push(vec![
                Cell::Text(t.att_name.clone()),
                txt("直播课考勤"),
                txt(t.department()),
                Cell::Text(t.id.clone()),
                txt(t.position()),
                Cell::Text(dingtalk_date(a.date)),
                txt(SLOTS[a.slot]),
                txt(a.status),
                a.late.map_or(Cell::Blank, num),
                if a.approval.is_empty() {
                    Cell::Blank
                } else {
                    txt(a.approval)
                },
            ]);
        }
        let march: Vec<&Att> = r.att.iter().filter(|a| a.date.month() == 3).collect();
        let count = |s: &str| march.iter().filter(|a| a.status == s).count() as f64;
        let mut present_days: Vec<NaiveDate> = march
            .iter()
            .filter(|a| matches!(a.status, "正常" | "迟到"))
            .map(|a| a.date)
            .collect();
        present_days.dedup();
        monthly.rows.push(vec![
            Cell::Text(t.att_name.clone()),
            Cell::Text(t.id.clone()),
            txt(t.department()),
            num(school_days as f64),
            num(present_days.len() as f64),
            num(count("迟到")),
            num(march.iter().filter_map(|a| a.late).sum::<u32>()),
            num(count("缺课")),
            num(count("请假")),
            num(count("脱岗")),
        ]);
    }
    vec![daily, monthly]
}

fn homework_csv(all: &[Records]) -> Res<Vec<u8>> {
    let header = [
        "工号",
        "姓名",
        "布置日期",
        "班级",
        "学科",
        "应交人数",
        "提交人数",
        "批改人数",
        "批改日期",
    ];
    let mut rows = Vec::new();
    for r in all {
        let t = &r.teacher;
        for h in &r.hw {
            rows.push(vec![
                t.id.clone(),
                t.name.clone(),
                slash_date(h.date),
                h.class.clone(),
                t.subject.to_string(),
                h.due.to_string(),
                h.submitted.to_string(),
                h.graded.to_string(),
                h.graded_on.map(slash_date).unwrap_or_default(),
            ]);
        }
    }
    gbk_csv(&header, &rows)
}

fn events_sheet(all: &[Records]) -> Sheet {
    let mut s = Sheet::new(
        "考核事件",
        &["工号", "姓名", "日期", "类别", "级别", "备注"],
    );
    s.widths = vec![8.0, 10.0, 8.0, 12.0, 6.0, 36.0];
    s.text_columns = vec![0];
    let mut rows: Vec<(NaiveDate, usize, &Records, &Event)> = Vec::new();
    for (i, r) in all.iter().enumerate() {
        for e in &r.events {
            rows.push((e.date, i, r, e));
        }
    }
    // By date, then roster order: the order a hand-kept log grows in.
    rows.sort_by_key(|&(d, i, _, _)| (d, i));
    for (_, _, r, e) in rows {
        s.rows.push(vec![
            Cell::Text(r.teacher.id.clone()),
            Cell::Text(r.teacher.name.clone()),
            Cell::Text(month_day(e.date)),
            txt(e.kind),
            if e.level.is_empty() {
                Cell::Blank
            } else {
                txt(e.level)
            },
            Cell::Text(e.note.clone()),
        ]);
    }
    s
}

fn manual_sheet(all: &[Records]) -> Sheet {
    let mut s = Sheet::new(
        "考核小组评分",
        &[
            "工号",
            "姓名",
            "集体备课",
            "二次备课",
            "特殊学生关注",
            "会议活动",
            "学生活动",
            "学情调研",
        ],
    );
    s.titles = vec![
        "光荣巷小学线上过程教学考核 人工评分汇总（2022年3月）".into(),
        "评分人：考核小组　导出时间：2022-04-01 09:30".into(),
    ];
    s.groups = vec![
        ("基本信息".into(), 0, 1),
        ("备课".into(), 2, 3),
        ("教学".into(), 4, 4),
        ("活动".into(), 5, 6),
        ("调研".into(), 7, 7),
    ];
    s.widths = vec![8.0, 10.0, 10.0, 10.0, 12.0, 10.0, 10.0, 10.0];
    s.text_columns = vec![0];
    for r in all {
        let mut row = vec![
            Cell::Text(r.teacher.id.clone()),
            Cell::Text(r.teacher.name.clone()),
        ];
        row.extend(r.manual.iter().map(|&x| num(x)));
        s.rows.push(row);
    }
    s
}

// ------------------------------------------------------------------ daily minimums

/// April 2022 at 光荣巷小学: 清明 takes Monday 4-04 and Tuesday 4-05 off, and
/// Saturday 4-02 and Sunday 4-24 are make-up school days (调休), as the
/// rubric's `[calendar]` says.
fn april_school_days() -> Res<Vec<NaiveDate>> {
    let holidays = [date(2022, 4, 4)?, date(2022, 4, 5)?];
    let mut days: Vec<NaiveDate> = weekdays(date(2022, 4, 1)?, date(2022, 4, 30)?)
        .into_iter()
        .filter(|d| !holidays.contains(d))
        .collect();
    days.push(date(2022, 4, 2)?);
    days.push(date(2022, 4, 24)?);
    days.sort();
    Ok(days)
}

/// A teacher of the daily-minimums school.
#[derive(Clone, Debug)]
struct DmTeacher {
    id: String,
    name: String,
    subject: &'static str,
    grade: u32,
    /// Class numbers within the grade.
    classes: Vec<u32>,
    /// The class this teacher is 班主任 of, if any.
    head_of: Option<u32>,
}

impl DmTeacher {
    fn class_name(&self, c: u32) -> String {
        format!("{}({c})班", GRADE_ZH[self.grade as usize])
    }
}

/// Minutes of Q&A a subject's teacher owes a day (方案1), as in the rubric's table.
fn qa_minimum(subject: &str) -> u32 {
    if matches!(subject, "语文" | "数学" | "英语") {
        60
    } else {
        30
    }
}

/// A class's daily screen time, by grade, inside the rubric's limits.
fn screen_lessons(grade: u32) -> u32 {
    if grade <= 3 {
        3 // 3 × 20 = 60 minutes
    } else {
        4 // 4 × 20 = 80 minutes
    }
}

/// The school: 12 classes (grades 1–6, two each), 40 teachers. The first
/// seven are planted (examples/daily-minimums/README.md); the others keep
/// every minimum and limit.
fn dm_teachers(rng: &mut ChaCha8Rng) -> Vec<DmTeacher> {
    let t = |id: &str, name: &str, subject, grade, classes: &[u32], head_of| DmTeacher {
        id: id.to_string(),
        name: name.to_string(),
        subject,
        grade,
        classes: classes.to_vec(),
        head_of,
    };
    let mut all = vec![
        t("0101", "王建国", "数学", 3, &[1, 2], None),
        t("0102", "李芳", "英语", 4, &[1, 2], None),
        t("0103", "赵敏", "音乐", 2, &[1, 2], None),
        t("0104", "陈静", "语文", 1, &[1], Some(1)),
        t("0105", "周磊", "科学", 5, &[1, 2], None),
        t("0106", "孙丽", "语文", 4, &[1], Some(1)),
        t("0107", "刘洋", "数学", 2, &[1, 2], None),
    ];
    // The other 班主任: one 语文 teacher per remaining class.
    let mut n = 108;
    let mut used: Vec<String> = all.iter().map(|t| t.name.clone()).collect();
    let mut name = |rng: &mut ChaCha8Rng| loop {
        let candidate = format!(
            "{}{}",
            SURNAMES.choose(rng).copied().unwrap_or("张"),
            GIVEN.choose(rng).copied().unwrap_or("伟")
        );
        if !used.contains(&candidate) {
            used.push(candidate.clone());
            return candidate;
        }
    };
    for grade in 1..=6u32 {
        for class in 1..=2u32 {
            if (grade, class) == (1, 1) || (grade, class) == (4, 1) {
                continue;
            }
            let nm = name(rng);
            all.push(t(
                &format!("0{n}"),
                &nm,
                "语文",
                grade,
                &[class],
                Some(class),
            ));
            n += 1;
        }
    }
    let others: [(&'static str, usize); 8] = [
        ("数学", 7),
        ("英语", 5),
        ("科学", 3),
        ("道德与法治", 3),
        ("音乐", 1),
        ("体育", 2),
        ("美术", 2),
        ("信息技术", 1),
    ];
    for (subject, count) in others {
        for _ in 0..count {
            let low = if subject == "英语" { 3 } else { 1 };
            let grade = rng.random_range(low..=6u32);
            let nm = name(rng);
            all.push(t(&format!("0{n}"), &nm, subject, grade, &[1, 2], None));
            n += 1;
        }
    }
    all
}

/// The example for `rubrics/daily-minimums.toml`.
fn daily_minimums(rng: &mut ChaCha8Rng) -> Res<Vec<OutFile>> {
    let days = april_school_days()?;
    let teachers = dm_teachers(rng);
    let d = |m: u32, day: u32| date(2022, m, day);
    let created = (2022, 5, 6, 9, 0);

    // ---- 教师名册
    let mut roster = Sheet::new(
        "教师名册",
        &[
            "工号",
            "姓名",
            "学校",
            "学科",
            "任教年级",
            "任教班级",
            "角色",
        ],
    );
    roster.widths = vec![8.0, 10.0, 14.0, 12.0, 10.0, 20.0, 8.0];
    roster.text_columns = vec![0];
    for t in &teachers {
        let classes: Vec<String> = t.classes.iter().map(|&c| t.class_name(c)).collect();
        roster.rows.push(vec![
            txt(&t.id),
            txt(&t.name),
            txt(SCHOOL),
            txt(t.subject),
            num(t.grade),
            txt(classes.join("、")),
            if t.head_of.is_some() {
                txt("班主任")
            } else {
                Cell::Blank
            },
        ]);
    }

    // ---- 作业批改统计 (班小二, UTF-8 with BOM): one row per teacher, class and day.
    let mut checks: Vec<Vec<String>> = Vec::new();
    for t in &teachers {
        for &day in &days {
            for &c in &t.classes {
                let class = t.class_name(c);
                let mut checked: u32 = rng.random_range(5..=9);
                if t.id == "0101" {
                    // Planted: 三(2)班 short on 4-07; 三(1)班 nothing on the make-up Saturday.
                    if day == d(4, 7)? && c == 2 {
                        checked = 3;
                    }
                    if day == d(4, 2)? && c == 1 {
                        continue;
                    }
                }
                checks.push(vec![
                    day.format("%Y-%m-%d").to_string(),
                    class,
                    t.name.clone(),
                    t.id.clone(),
                    rng.random_range(38..=46u32).to_string(),
                    checked.to_string(),
                ]);
            }
        }
        if t.id == "0101" {
            // Checks on the 清明 holiday: no window, so they neither help nor hurt.
            checks.push(vec![
                "2022-04-05".into(),
                t.class_name(1),
                t.name.clone(),
                t.id.clone(),
                "41".into(),
                "2".into(),
            ]);
        }
    }
    checks.sort_by(|a, b| (&a[0], &a[3], &a[1]).cmp(&(&b[0], &b[3], &b[1])));
    let checks_csv = bom_csv(
        &[
            "批改日期",
            "班级",
            "教师姓名",
            "教师工号",
            "提交人数",
            "批改人数",
        ],
        &checks,
    )?;

    // ---- 线上答疑 (DingTalk 群直播 statistics): one or two sessions a day.
    let mut qa = Sheet::new(
        "群直播统计",
        &["主播", "工号", "直播群", "日期", "答疑时长(分钟)"],
    );
    qa.titles = vec!["群直播数据统计 统计时间：2022-04-01 至 2022-04-30".into()];
    qa.widths = vec![10.0, 8.0, 18.0, 12.0, 14.0];
    qa.text_columns = vec![1];
    for t in &teachers {
        let group = format!("{}{}答疑群", t.class_name(t.classes[0]), t.subject);
        for &day in &days {
            let mut minutes = qa_minimum(t.subject) + rng.random_range(0..=25u32);
            match t.id.as_str() {
                "0102" if day == d(4, 12)? => minutes = 40,
                "0102" if day == d(4, 24)? => continue,
                // 音乐: exactly the 30 minutes its subject owes.
                "0103" => minutes = 30,
                // 数学 owes 60: 30 a day falls short every day.
                "0107" => minutes = 30,
                _ => {}
            }
            // Longer answers come in two sessions, as the export lists each.
            let parts = if minutes >= 60 && rng.random_bool(0.3) {
                vec![minutes / 2, minutes - minutes / 2]
            } else {
                vec![minutes]
            };
            for m in parts {
                qa.rows.push(vec![
                    txt(&t.name),
                    txt(&t.id),
                    txt(&group),
                    txt(slash_date(day)),
                    num(m),
                ]);
            }
        }
    }

    // ---- 周计划提交: hand-kept sheet, dates typed without the year.
    let mut plans = Sheet::new("周计划", &["工号", "姓名", "周次", "提交日期"]);
    plans.widths = vec![8.0, 10.0, 8.0, 10.0];
    plans.text_columns = vec![0];
    let mut week_firsts: Vec<NaiveDate> = Vec::new();
    for &day in &days {
        let monday = day - Duration::days(i64::from(day.weekday().num_days_from_monday()));
        if week_firsts.last().is_none_or(|l| {
            *l - Duration::days(i64::from(l.weekday().num_days_from_monday())) != monday
        }) {
            week_firsts.push(day);
        }
    }
    for t in &teachers {
        for (w, &first) in week_firsts.iter().enumerate() {
            if t.id == "0105" || (t.id == "0102" && first == d(4, 11)?) {
                continue; // planted: 周磊 sends none; 李芳 misses the week of 4-11
            }
            plans.rows.push(vec![
                txt(&t.id),
                txt(&t.name),
                txt(format!("第{}周", w + 1)),
                txt(month_day(first)),
            ]);
        }
    }

    // ---- 班级课表: every class's online lessons, 20 minutes each.
    let mut screen = Sheet::new(
        "线上课表",
        &[
            "日期",
            "班级",
            "节次",
            "学科",
            "授课教师",
            "班主任工号",
            "时长(分钟)",
        ],
    );
    screen.titles = vec!["光荣巷小学 2022年4月 班级线上课表（实际开课）".into()];
    screen.widths = vec![12.0, 10.0, 6.0, 12.0, 10.0, 10.0, 10.0];
    screen.text_columns = vec![5];
    let heads: Vec<&DmTeacher> = teachers.iter().filter(|t| t.head_of.is_some()).collect();
    for &day in &days {
        for head in &heads {
            let class = head.class_name(head.head_of.unwrap_or(1));
            let mut lessons = screen_lessons(head.grade);
            if (head.id == "0104" && day == d(4, 13)?) || (head.id == "0106" && day == d(4, 21)?) {
                lessons += 1; // planted: one lesson too many
            }
            for period in 1..=lessons {
                let subject = ["语文", "数学", "英语", "科学", "音乐"][(period as usize - 1) % 5];
                let subject = if head.grade <= 2 && subject == "英语" {
                    "美术"
                } else {
                    subject
                };
                screen.rows.push(vec![
                    txt(day.format("%Y-%m-%d").to_string()),
                    txt(&class),
                    num(period),
                    txt(subject),
                    txt(if subject == "语文" {
                        head.name.as_str()
                    } else {
                        ""
                    }),
                    txt(&head.id),
                    num(20),
                ]);
            }
        }
    }

    // ---- 作业布置: 语数英 assign daily; grades 1–2 get no written homework.
    // A written assignment says the minutes it is meant to take; a class's
    // written minutes a day add up to at most 60 (方案14 4), except on the
    // planted 04-07 in 四(1)班 (61). Minutes take no draw from `rng`, so
    // every other value is what it was before they were written.
    let mut assign = Sheet::new(
        "作业布置",
        &[
            "工号",
            "姓名",
            "布置日期",
            "班级",
            "年级",
            "学科",
            "作业类型",
            "预计时长(分钟)",
        ],
    );
    assign.widths = vec![8.0, 10.0, 12.0, 10.0, 6.0, 8.0, 10.0, 14.0];
    assign.text_columns = vec![0];
    let mut assigned: Vec<(&DmTeacher, NaiveDate, String, &str)> = Vec::new();
    for t in teachers
        .iter()
        .filter(|t| matches!(t.subject, "语文" | "数学" | "英语"))
    {
        for &day in &days {
            let c = t.classes[0];
            let kind = if t.grade <= 2 {
                let planted = t.id == "0104" && (day == d(4, 6)? || day == d(4, 20)?);
                if planted {
                    "书面"
                } else {
                    ["口头", "实践", "阅读"]
                        .choose(rng)
                        .copied()
                        .unwrap_or("阅读")
                }
            } else {
                ["书面", "书面", "口头", "阅读"]
                    .choose(rng)
                    .copied()
                    .unwrap_or("书面")
            };
            let class = t.class_name(c);
            // planted: every teacher of 四(1)班 sets written homework on
            // 04-06 (60 minutes in all, within) and 04-07 (61, over).
            let kind = if class == "四(1)班" && (day == d(4, 6)? || day == d(4, 7)?) {
                "书面"
            } else {
                kind
            };
            assigned.push((t, day, class, kind));
        }
    }
    let written = |day: NaiveDate, class: &str| {
        assigned
            .iter()
            .filter(|(_, d, c, k)| *d == day && c == class && *k == "书面")
            .count()
    };
    for (t, day, class, kind) in &assigned {
        let minutes = if *kind != "书面" {
            Cell::Blank
        } else if t.grade <= 2 {
            num(20)
        } else {
            let share = 60 / u32::try_from(written(*day, class)).unwrap_or(1).max(1);
            let planted = t.id == "0106" && *day == d(4, 7)?;
            num(if planted { share + 1 } else { share })
        };
        assign.rows.push(vec![
            txt(&t.id),
            txt(&t.name),
            txt(slash_date(*day)),
            txt(class),
            num(t.grade),
            txt(t.subject),
            txt(*kind),
            minutes,
        ]);
    }

    // ---- 考勤 (DingTalk 每日统计 of online duty).
    let mut duty = Sheet::new(
        "每日统计",
        &["姓名", "考勤组", "部门", "工号", "日期", "考勤结果"],
    );
    duty.titles = vec![
        "每日统计表 统计日期：2022-04-01 至 2022-04-30".into(),
        "报表生成时间：2022-05-06 08:30".into(),
    ];
    duty.widths = vec![10.0, 12.0, 10.0, 8.0, 16.0, 10.0];
    duty.text_columns = vec![3];
    for t in &teachers {
        for &day in &days {
            let status = if t.id == "0103" && day == d(4, 8)? {
                "脱岗" // planted: scored as 旷工 (seed 001)
            } else if t.id.as_str() > "0107" && rng.random_bool(0.03) {
                ["迟到", "请假"].choose(rng).copied().unwrap_or("请假")
            } else {
                "正常"
            };
            duty.rows.push(vec![
                txt(&t.name),
                txt("线上教学"),
                txt(if t.head_of.is_some() {
                    "班主任"
                } else {
                    "任课教师"
                }),
                txt(&t.id),
                txt(dingtalk_date(day)),
                txt(status),
            ]);
        }
    }

    Ok(vec![
        OutFile {
            name: "教师名册.xlsx".into(),
            bytes: workbook(&[roster], created)?,
        },
        OutFile {
            name: "作业批改统计_2022年4月.csv".into(),
            bytes: checks_csv,
        },
        OutFile {
            name: "线上答疑_2022年4月.xlsx".into(),
            bytes: workbook(&[qa], created)?,
        },
        OutFile {
            name: "周计划提交_2022年4月.xlsx".into(),
            bytes: workbook(&[plans], created)?,
        },
        OutFile {
            name: "班级课表_2022年4月.xlsx".into(),
            bytes: workbook(&[screen], created)?,
        },
        OutFile {
            name: "作业布置_2022年4月.xlsx".into(),
            bytes: workbook(&[assign], created)?,
        },
        OutFile {
            name: "考勤_2022年4月.xlsx".into(),
            bytes: workbook(&[duty], created)?,
        },
    ])
}

/// CSV as 班小二 and DingTalk export it: UTF-8 with a BOM, CRLF.
fn bom_csv(header: &[&str], rows: &[Vec<String>]) -> Res<Vec<u8>> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    w.write_record(header)?;
    for r in rows {
        w.write_record(r)?;
    }
    Ok(w.into_inner().map_err(|e| e.to_string())?)
}

// ------------------------------------------------------------------ 方案13

const ETHICS_SCHOOL: &str = "光明路小学";
const ETHICS_SUBJECTS: &[&str] = &[
    "语文",
    "数学",
    "英语",
    "科学",
    "音乐",
    "体育",
    "美术",
    "道德与法治",
];

/// One teacher's ratings: 学生, 自评, 互评, and the group's four months.
#[derive(Clone, Debug)]
struct Ethics {
    id: String,
    name: String,
    subject: &'static str,
    role: &'static str,
    student: f64,
    own: f64,
    peer: f64,
    group: [f64; 4],
    /// (日期, 类别, 备注).
    events: Vec<(NaiveDate, &'static str, &'static str)>,
    /// Writes 评价方 the long way (学生评议, 考核小组考核), as some exports do.
    long_rater_names: bool,
}

impl Ethics {
    /// 20% 学生 + 10% 自评 + 10% 互评 + 60% × the group's mean, exactly.
    fn total(&self) -> Decimal {
        let dec = |x: f64| Decimal::from_f64_retain(x).unwrap_or_default();
        let group: Decimal = self.group.iter().map(|&g| dec(g)).sum::<Decimal>() / Decimal::from(4);
        (dec(self.student) * Decimal::from(20)
            + dec(self.own) * Decimal::from(10)
            + dec(self.peer) * Decimal::from(10)
            + group * Decimal::from(60))
            / Decimal::ONE_HUNDRED
    }
}

#[allow(clippy::too_many_arguments)]
fn ethics_planted(
    id: &str,
    name: &str,
    subject: &'static str,
    role: &'static str,
    student: f64,
    own: f64,
    peer: f64,
    group: [f64; 4],
) -> Ethics {
    Ethics {
        id: id.to_string(),
        name: name.to_string(),
        subject,
        role,
        student,
        own,
        peer,
        group,
        events: Vec::new(),
        long_rater_names: false,
    }
}

/// `rubrics/fangan13-ethics.toml`: one school of 45 teachers, spring term 2022.
fn fangan13_ethics(rng: &mut ChaCha8Rng) -> Res<Vec<OutFile>> {
    let mut planted = vec![
        // A: the top of the ranking.
        ethics_planted(
            "0301",
            "周文华",
            "语文",
            "班主任",
            98.0,
            100.0,
            97.0,
            [99.0, 98.0, 99.0, 98.0],
        ),
        // B and C: equal totals (94.55) at places 13–14, across the 优秀 boundary.
        ethics_planted(
            "0302",
            "孙丽娟",
            "数学",
            "",
            95.0,
            100.0,
            90.0,
            [94.0, 94.5, 94.0, 94.5],
        ),
        ethics_planted(
            "0303",
            "何志强",
            "英语",
            "班主任",
            97.0,
            100.0,
            87.5,
            [93.0, 94.0, 95.0, 94.0],
        ),
        // D: vetoed (有偿家教 after a warning) with a score that would rank second.
        ethics_planted(
            "0304",
            "郭建华",
            "数学",
            "",
            97.0,
            100.0,
            96.0,
            [97.0, 96.0, 97.0, 98.0],
        ),
        // E: vetoed (体罚), a middling score.
        ethics_planted(
            "0305",
            "梁春燕",
            "体育",
            "",
            88.0,
            95.0,
            85.0,
            [87.0, 88.0, 86.0, 87.0],
        ),
        // F: the last 基本合格 place (39), with a total that needs rounding (85.525).
        ethics_planted(
            "0306",
            "宋晓东",
            "科学",
            "",
            84.0,
            95.0,
            80.0,
            [85.0, 86.0, 85.5, 85.0],
        ),
        // G: the first 不合格 place (40) by ranking alone.
        ethics_planted(
            "0307",
            "唐海燕",
            "音乐",
            "",
            85.0,
            90.0,
            86.0,
            [84.0, 85.0, 83.0, 84.0],
        ),
        // H: a warning talk only, which is no veto.
        ethics_planted(
            "0308",
            "韩雪",
            "美术",
            "教干",
            90.0,
            95.0,
            88.0,
            [90.0, 91.0, 89.0, 90.0],
        ),
    ];
    planted[3].events = vec![
        (
            date(2022, 3, 18)?,
            "提醒谈话",
            "校外培训机构兼职，已谈话提醒",
        ),
        (
            date(2022, 5, 20)?,
            "有偿家教违规补课屡教不改",
            "经提醒后仍在校外机构有偿补课",
        ),
    ];
    planted[4].events = vec![(
        date(2022, 4, 13)?,
        "体罚或变相体罚学生",
        "罚站两节课，家长投诉，造成不良影响",
    )];
    planted[7].events = vec![(date(2022, 4, 8)?, "提醒谈话", "课堂用语不当，已谈话提醒")];
    planted[2].long_rater_names = true;

    // The others, drawn so that the planted places hold: 11 between A and
    // the tie, 23 between the tie and F (with H), 3 below G; no two equal.
    let bands: [(usize, f64, f64); 3] = [(11, 95.0, 98.3), (23, 85.6, 94.5), (3, 75.0, 84.9)];
    let mut taken: Vec<Decimal> = planted.iter().map(Ethics::total).collect();
    let mut others = Vec::new();
    let mut n = 0;
    for (count, low, high) in bands {
        for _ in 0..count {
            loop {
                let base = rng.random_range(low..high);
                let mut draw = |spread: f64| -> f64 {
                    let v = base + rng.random_range(-spread..spread);
                    ((v * 2.0).round() / 2.0).min(100.0)
                };
                let t = Ethics {
                    id: format!("0{}", 310 + n),
                    name: String::new(),
                    subject: ETHICS_SUBJECTS[n % ETHICS_SUBJECTS.len()],
                    role: if n % 6 == 0 { "班主任" } else { "" },
                    student: draw(3.0),
                    own: draw(4.0),
                    peer: draw(3.0),
                    group: [draw(1.5), draw(1.5), draw(1.5), draw(1.5)],
                    events: Vec::new(),
                    long_rater_names: n % 9 == 4,
                };
                let total = t.total().round_dp(2);
                if total >= Decimal::from_f64_retain(low).unwrap_or_default()
                    && total < Decimal::from_f64_retain(high).unwrap_or_default()
                    && !taken.iter().any(|x| x.round_dp(2) == total)
                {
                    taken.push(t.total());
                    others.push(t);
                    break;
                }
            }
            n += 1;
        }
    }
    let used: Vec<String> = planted.iter().map(|t| t.name.clone()).collect();
    for t in &mut others {
        loop {
            let name = format!(
                "{}{}",
                SURNAMES.choose(rng).ok_or("no surnames")?,
                GIVEN.choose(rng).ok_or("no given names")?
            );
            // Namesakes among the others are kept (schools have them); the key is 工号.
            if !used.contains(&name) {
                t.name = name;
                break;
            }
        }
    }
    let mut all = planted;
    all.extend(others);
    all.sort_by(|a, b| a.id.cmp(&b.id));
    ethics_files(ETHICS_SCHOOL, &all)
}

const DISTRICT_SCHOOL: &str = "红星小学";

/// `rubrics/fangan13-ethics.toml` for a district (`--by-school`): a folder
/// per school, each with its own exports. 光明路小学 is the
/// `fangan13-ethics` sample school, the same bytes; 红星小学 a smaller
/// school of 12 teachers with 工号 of its own (0801–0812), whose roster's
/// 学校 is its folder's name.
fn fangan13_district(rng: &mut ChaCha8Rng) -> Res<Vec<OutFile>> {
    let mut sample = ChaCha8Rng::seed_from_u64(20220701);
    let mut files: Vec<OutFile> = fangan13_ethics(&mut sample)?
        .into_iter()
        .map(|f| OutFile {
            name: format!("{ETHICS_SCHOOL}/{}", f.name),
            bytes: f.bytes,
        })
        .collect();
    let mut all: Vec<Ethics> = Vec::new();
    let mut taken: Vec<Decimal> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    for n in 0..12usize {
        loop {
            let base = rng.random_range(80.0..97.0);
            let mut draw = |spread: f64| -> f64 {
                let v: f64 = base + rng.random_range(-spread..spread);
                ((v * 2.0).round() / 2.0).min(100.0)
            };
            let t = Ethics {
                id: format!("08{:02}", n + 1),
                name: String::new(),
                subject: ETHICS_SUBJECTS[n % ETHICS_SUBJECTS.len()],
                role: if n % 5 == 0 { "班主任" } else { "" },
                student: draw(3.0),
                own: draw(4.0),
                peer: draw(3.0),
                group: [draw(1.5), draw(1.5), draw(1.5), draw(1.5)],
                events: Vec::new(),
                long_rater_names: false,
            };
            // No two equal totals: the ranking needs no tie-break.
            let total = t.total().round_dp(2);
            if !taken.contains(&total) {
                taken.push(total);
                all.push(t);
                break;
            }
        }
        let t = all.last_mut().ok_or("no teacher")?;
        loop {
            let name = format!(
                "{}{}",
                SURNAMES.choose(rng).ok_or("no surnames")?,
                GIVEN.choose(rng).ok_or("no given names")?
            );
            if !names.contains(&name) {
                names.push(name.clone());
                t.name = name;
                break;
            }
        }
    }
    all[3].events = vec![(date(2022, 4, 21)?, "提醒谈话", "作业布置过量，已谈话提醒")];
    files.extend(
        ethics_files(DISTRICT_SCHOOL, &all)?
            .into_iter()
            .map(|f| OutFile {
                name: format!("{DISTRICT_SCHOOL}/{}", f.name),
                bytes: f.bytes,
            }),
    );
    Ok(files)
}

/// One school's three 方案13 exports: the roster (学校 = `school`), the
/// ratings and the events, of `all` (sorted by 工号).
fn ethics_files(school: &str, all: &[Ethics]) -> Res<Vec<OutFile>> {
    let mut roster = Sheet::new("教师名册", &["工号", "姓名", "学校", "学科", "角色"]);
    roster.widths = vec![10.0, 10.0, 14.0, 10.0, 8.0];
    roster.text_columns = vec![0];
    for t in all {
        roster.rows.push(vec![
            txt(&t.id),
            txt(&t.name),
            txt(school),
            txt(t.subject),
            if t.role.is_empty() {
                Cell::Blank
            } else {
                txt(t.role)
            },
        ]);
    }

    let mut ratings = Sheet::new("评分汇总", &["工号", "姓名", "评价方", "月份", "分数"]);
    ratings.titles = vec![
        format!("{school}2022年春季学期师德师风考核评分表"),
        "导出时间：2022-07-01 09:00".to_string(),
    ];
    ratings.widths = vec![10.0, 10.0, 14.0, 8.0, 8.0];
    ratings.text_columns = vec![0];
    for t in all {
        let (student, group) = if t.long_rater_names {
            ("学生评议", "考核小组考核")
        } else {
            ("学生", "考核小组")
        };
        for (rater, score) in [(student, t.student), ("自评", t.own), ("互评", t.peer)] {
            ratings.rows.push(vec![
                txt(&t.id),
                txt(&t.name),
                txt(rater),
                Cell::Blank,
                num(score),
            ]);
        }
        for (m, score) in t.group.iter().enumerate() {
            ratings.rows.push(vec![
                txt(&t.id),
                txt(&t.name),
                txt(group),
                txt(format!("{}月", m + 3)),
                num(*score),
            ]);
        }
    }

    let mut events = Sheet::new("事件", &["工号", "姓名", "日期", "类别", "备注"]);
    events.widths = vec![10.0, 10.0, 12.0, 28.0, 40.0];
    events.text_columns = vec![0];
    let mut rows: Vec<(NaiveDate, &Ethics, &str, &str)> = all
        .iter()
        .flat_map(|t| t.events.iter().map(move |(d, k, n)| (*d, t, *k, *n)))
        .collect();
    rows.sort_by(|a, b| (a.0, &a.1.id).cmp(&(b.0, &b.1.id)));
    for (d, t, kind, note) in rows {
        events.rows.push(vec![
            txt(&t.id),
            txt(&t.name),
            txt(slash_date(d)),
            txt(kind),
            txt(note),
        ]);
    }

    let created = (2022, 7, 1, 9, 0);
    Ok(vec![
        OutFile {
            name: "教师名册.xlsx".into(),
            bytes: workbook(&[roster], created)?,
        },
        OutFile {
            name: "师德评分_2022春.xlsx".into(),
            bytes: workbook(&[ratings], created)?,
        },
        OutFile {
            name: "师德事件记录.xlsx".into(),
            bytes: workbook(&[events], created)?,
        },
    ])
}

// ------------------------------------------------------------------ 方案3

const IT_SCHOOL: &str = "市第四小学";
const IT_WEEKS: u32 = 20;

/// One week of the 人人通 platform's statistics: logins, articles,
/// resources, photos, days the classroom software was used.
type Week = [u32; 5];

#[derive(Clone, Debug)]
struct ItTeacher {
    id: String,
    name: String,
    subject: &'static str,
    /// Weeks 1–20; empty for a teacher the platform has no rows for.
    weeks: Vec<Week>,
    /// (日期, 类别, 出勤, 级别, 备注).
    activities: Vec<(
        NaiveDate,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    )>,
}

/// The Monday of week `w` (1-based) of the spring term 2022.
fn term_week(w: u32) -> Res<NaiveDate> {
    Ok(date(2022, 2, 14)? + Duration::weeks(i64::from(w) - 1))
}

/// `rubrics/fangan3-it-points.toml`: one school of 40 teachers, spring term 2022.
fn fangan3_it_points(rng: &mut ChaCha8Rng) -> Res<Vec<OutFile>> {
    let steady: Vec<Week> = (0..IT_WEEKS).map(|_| [2, 3, 1, 2, 5]).collect();
    let mut short = steady.clone();
    short[6] = [2, 2, 1, 2, 5];
    let d = |m: u32, day: u32| date(2022, m, day);
    let planted = vec![
        // A: exactly 500 (25 a week × 20), nothing else: 达标.
        ItTeacher {
            id: "0401".into(),
            name: "林慧".into(),
            subject: "语文",
            weeks: steady.clone(),
            activities: Vec::new(),
        },
        // B: one article short in week 7: 497, under the line → 0.
        ItTeacher {
            id: "0402".into(),
            name: "高鹏".into(),
            subject: "数学",
            weeks: short,
            activities: Vec::new(),
        },
        // C: more than any cap allows, everywhere.
        ItTeacher {
            id: "0403".into(),
            name: "许欣".into(),
            subject: "英语",
            weeks: (0..IT_WEEKS).map(|_| [6, 8, 2, 3, 5]).collect(),
            activities: {
                let mut a = vec![
                    (d(3, 10)?, "互动课堂", "", "", "与乡村小学同步课堂"),
                    (d(5, 12)?, "互动课堂", "", "", ""),
                    (d(3, 2)?, "信息素养培训", "出勤", "", "希沃白板进阶"),
                    (d(4, 6)?, "信息素养培训", "出勤", "", "微课制作"),
                    (d(5, 11)?, "信息素养培训", "出勤", "", "教学助手"),
                    (d(6, 8)?, "信息素养培训", "出勤", "", "人人通空间"),
                    (d(4, 20)?, "获奖", "", "国家级", "课件评比一等奖"),
                    (d(5, 25)?, "获奖", "", "省级", "教学设计二等奖"),
                    (d(6, 15)?, "获奖", "", "市级", "论文一等奖"),
                ];
                for w in 1..=IT_WEEKS {
                    a.push((term_week(w)? + Duration::days(2), "网络教研", "", "", ""));
                }
                a.push((d(3, 17)?, "网络教研", "", "", "区级教研"));
                a.push((d(4, 21)?, "网络教研", "", "", "区级教研"));
                a
            },
        },
        // D: steady weeks plus one of everything, one training missed.
        ItTeacher {
            id: "0404".into(),
            name: "冯晓东".into(),
            subject: "科学",
            weeks: steady,
            activities: {
                let mut a = vec![
                    (d(4, 14)?, "互动课堂", "", "", ""),
                    (d(3, 2)?, "信息素养培训", "出勤", "", "希沃白板进阶"),
                    (d(4, 6)?, "信息素养培训", "缺勤", "", "微课制作"),
                    (d(5, 11)?, "信息素养培训", "出勤", "", "教学助手"),
                    (d(6, 8)?, "信息素养培训", "出勤", "", "人人通空间"),
                    (d(5, 9)?, "获奖", "", "县级", "微课评比"),
                    (d(6, 2)?, "获奖", "", "校级", "课件评比"),
                ];
                for w in 1..=10 {
                    a.push((term_week(w)? + Duration::days(2), "网络教研", "", "", ""));
                }
                a
            },
        },
        // E: never on the platform; an interactive lesson and an award are not enough.
        ItTeacher {
            id: "0405".into(),
            name: "曹玉兰".into(),
            subject: "体育",
            weeks: Vec::new(),
            activities: vec![
                (d(5, 18)?, "互动课堂", "", "", ""),
                (d(6, 10)?, "获奖", "", "市级", "体育微课"),
            ],
        },
    ];

    let subjects = [
        "语文",
        "数学",
        "英语",
        "科学",
        "音乐",
        "体育",
        "美术",
        "信息技术",
    ];
    let levels = ["国家级", "省级", "市级", "县级", "校级"];
    let mut all = planted;
    let used: Vec<String> = all.iter().map(|t| t.name.clone()).collect();
    for n in 0..35u32 {
        let name = loop {
            let name = format!(
                "{}{}",
                SURNAMES.choose(rng).ok_or("no surnames")?,
                GIVEN.choose(rng).ok_or("no given names")?
            );
            if !used.contains(&name) {
                break name;
            }
        };
        // How diligent this teacher is: some fall under the line.
        let effort: f64 = rng.random_range(0.45..1.0);
        let mut weeks = Vec::new();
        for _ in 0..IT_WEEKS {
            let mut x = |max: u32| -> u32 {
                let v = f64::from(max) * effort + rng.random_range(-1.0..1.0);
                v.round().clamp(0.0, f64::from(max) + 1.0) as u32
            };
            weeks.push([x(3), x(5), x(1), x(3), x(5).min(5)]);
        }
        let mut activities = Vec::new();
        if rng.random_bool(0.85) {
            let w = rng.random_range(3..18);
            activities.push((term_week(w)? + Duration::days(1), "互动课堂", "", "", ""));
        }
        for w in 1..=IT_WEEKS {
            if rng.random_bool(effort) {
                activities.push((term_week(w)? + Duration::days(2), "网络教研", "", "", ""));
            }
        }
        for (m, day) in [(3, 2), (4, 6), (5, 11), (6, 8)] {
            let status = if rng.random_bool(0.9) {
                "出勤"
            } else {
                "缺勤"
            };
            activities.push((d(m, day)?, "信息素养培训", status, "", ""));
        }
        for _ in 0..rng.random_range(0..3) {
            let day = term_week(rng.random_range(4..20))? + Duration::days(3);
            activities.push((day, "获奖", "", *levels.choose(rng).ok_or("no levels")?, ""));
        }
        all.push(ItTeacher {
            id: format!("0{}", 410 + n),
            name,
            subject: subjects[n as usize % subjects.len()],
            weeks,
            activities,
        });
    }

    let mut roster = Sheet::new("教师名册", &["工号", "姓名", "学校", "学科"]);
    roster.widths = vec![10.0, 10.0, 14.0, 10.0];
    roster.text_columns = vec![0];
    for t in &all {
        roster.rows.push(vec![
            txt(&t.id),
            txt(&t.name),
            txt(IT_SCHOOL),
            txt(t.subject),
        ]);
    }

    let mut weekly = Sheet::new(
        "周统计",
        &[
            "工号",
            "姓名",
            "周次",
            "起止日期",
            "登录次数",
            "发表文章",
            "上传资源",
            "上传照片",
            "多媒体使用天数",
        ],
    );
    weekly.titles = vec!["人人通空间教师应用周统计（2022年春季学期）".to_string()];
    weekly.widths = vec![10.0, 10.0, 6.0, 14.0, 10.0, 10.0, 10.0, 10.0, 14.0];
    weekly.text_columns = vec![0];
    for (w0, week) in (0..IT_WEEKS).enumerate() {
        let monday = term_week(week + 1)?;
        let sunday = monday + Duration::days(6);
        for t in &all {
            let Some(counts) = t.weeks.get(w0) else {
                continue;
            };
            let mut row = vec![
                txt(&t.id),
                txt(&t.name),
                num(week + 1),
                txt(format!(
                    "{}/{}-{}/{}",
                    monday.month(),
                    monday.day(),
                    sunday.month(),
                    sunday.day()
                )),
            ];
            // The platform leaves a zero count blank.
            row.extend(
                counts
                    .iter()
                    .map(|&c| if c == 0 { Cell::Blank } else { num(c) }),
            );
            weekly.rows.push(row);
        }
    }

    let mut activities = Sheet::new(
        "活动记录",
        &["工号", "姓名", "日期", "类别", "出勤", "级别", "备注"],
    );
    activities.widths = vec![10.0, 10.0, 12.0, 14.0, 8.0, 8.0, 24.0];
    activities.text_columns = vec![0];
    let mut rows: Vec<_> = all
        .iter()
        .flat_map(|t| t.activities.iter().map(move |a| (a.0, t, *a)))
        .collect();
    rows.sort_by(|a, b| (a.0, &a.1.id).cmp(&(b.0, &b.1.id)));
    for (day, t, (_, kind, status, level, note)) in rows {
        let opt = |s: &str| if s.is_empty() { Cell::Blank } else { txt(s) };
        activities.rows.push(vec![
            txt(&t.id),
            txt(&t.name),
            num(excel_serial(day)),
            txt(kind),
            opt(status),
            opt(level),
            opt(note),
        ]);
    }

    let created = (2022, 7, 4, 10, 30);
    Ok(vec![
        OutFile {
            name: "教师名册.xlsx".into(),
            bytes: workbook(&[roster], created)?,
        },
        OutFile {
            name: "人人通空间周统计_2022春.xlsx".into(),
            bytes: workbook(&[weekly], created)?,
        },
        OutFile {
            name: "信息化活动记录_2022春.xlsx".into(),
            bytes: workbook(&[activities], created)?,
        },
    ])
}

/// An Excel date serial number (days since 1899-12-30), as a sheet kept in
/// Excel stores a typed date.
fn excel_serial(d: NaiveDate) -> f64 {
    let epoch = NaiveDate::from_ymd_opt(1899, 12, 30).unwrap_or_default();
    (d - epoch).num_days() as f64
}

// ------------------------------------------------------------------ 方案5 全方案

const FULL_SCHOOL: &str = "三里小学";

/// A teacher of `rubrics/fangan5-full.toml`'s sample school and what they did.
#[derive(Clone)]
struct FullTeacher {
    id: String,
    name: String,
    subject: &'static str,
    grade: u32,
    classes: u32,
    role: &'static str,
    /// School days not taught (no 授课日 row, lessons marked 请假).
    days_off: Vec<NaiveDate>,
    /// Weekly allowance: (类别, 课时 a week).
    allowance: Option<(&'static str, f64)>,
    /// 临时加班 hours, one row each.
    overtime: Vec<f64>,
    /// On-site duty shifts' hours.
    duty: Vec<f64>,
    /// Events: (date, 类别, 级别, 备注).
    events: Vec<(NaiveDate, &'static str, &'static str, &'static str)>,
    /// Attendance exceptions: (date, 课型, 打卡结果, 迟到分钟, 审批单).
    exceptions: Vec<(NaiveDate, &'static str, &'static str, u32, &'static str)>,
    /// Days whose homework was not fully graded.
    partly_graded: Vec<NaiveDate>,
    /// Class averages in the exam after reopening (grades 3-6, 语数英).
    exam: Vec<f64>,
    /// 集体备课, 二次备课, 特殊学生关注, 会议活动, 学生活动, 学情调研, 党建考核.
    manual: [f64; 7],
}

const FULL_MANUAL: [f64; 7] = [5.0, 5.0, 10.0, 5.0, 10.0, 10.0, 100.0];

/// The closure period's school days: weekdays 2022-03-01..05-15, less 清明
/// and 劳动节, plus the 调休 make-up days (as the rubric's [calendar]).
fn closure_days() -> Res<Vec<NaiveDate>> {
    let holidays = [
        date(2022, 4, 4)?,
        date(2022, 4, 5)?,
        date(2022, 5, 2)?,
        date(2022, 5, 3)?,
        date(2022, 5, 4)?,
    ];
    let mut days: Vec<NaiveDate> = weekdays(mar(1)?, date(2022, 5, 15)?)
        .into_iter()
        .filter(|d| !holidays.contains(d))
        .collect();
    days.extend([date(2022, 4, 2)?, date(2022, 4, 24)?, date(2022, 5, 7)?]);
    days.sort();
    Ok(days)
}

/// The first school day of each week of the closure (a weekly row is dated
/// by it, so the week of 2月28日 is dated 3月1日, inside the period).
fn closure_weeks(days: &[NaiveDate]) -> Vec<NaiveDate> {
    let mut weeks: Vec<NaiveDate> = Vec::new();
    for d in days {
        let monday = *d - Duration::days(i64::from(d.weekday().num_days_from_monday()));
        if weeks.last().is_none_or(|w| *w < monday) {
            weeks.push(*d);
        }
    }
    weeks
}

/// 周课时 of the rubric's table, plus the roster-based extras (方案5 二(二)1(2)A-B).
fn full_weekly_hours(t: &FullTeacher, d: NaiveDate) -> Res<f64> {
    let late = d >= date(2022, 4, 20)?;
    let base = match (t.subject, t.grade) {
        ("语文", 1..=2) => 9.0,
        ("语文", _) => 8.0,
        ("数学", 1..=2) => 7.0,
        ("数学", _) if late => 6.5,
        ("数学", _) => 5.0,
        ("英语", _) if late => 6.5,
        ("英语", _) => 5.5,
        _ => 1.0,
    };
    let extra = match t.subject {
        "数学" | "英语" if t.classes >= 2 => 1.0,
        "常识" | "音乐" | "体育" | "美术" => 1.0,
        _ => 0.0,
    };
    Ok(base + extra)
}

/// The workload the rubric sums for a teacher (for the planted maximum check).
fn full_workload(t: &FullTeacher, days: &[NaiveDate], weeks: usize) -> Res<f64> {
    let mut sum = 0.0;
    for d in days.iter().filter(|d| !t.days_off.contains(d)) {
        sum += full_weekly_hours(t, *d)? / 5.0;
    }
    if let Some((_, h)) = t.allowance {
        sum += h * weeks as f64;
    }
    Ok(sum + t.overtime.iter().sum::<f64>())
}

/// `rubrics/fangan5-full.toml`: one school of 45 teachers over the closure
/// period 2022-03-01..05-15. Six planted teachers (工号 05xx, see the
/// folder's README); the others are random. Grade 6 and grade 1 语文 belong to
/// the planted teachers' exam and workload checks only.
fn fangan5_full(rng: &mut ChaCha8Rng) -> Res<Vec<OutFile>> {
    let days = closure_days()?;
    let weeks = closure_weeks(&days);
    let d = |m: u32, day: u32| date(2022, m, day);
    let blank = FullTeacher {
        id: String::new(),
        name: String::new(),
        subject: "语文",
        grade: 6,
        classes: 1,
        role: "",
        days_off: Vec::new(),
        allowance: None,
        overtime: Vec::new(),
        duty: Vec::new(),
        events: Vec::new(),
        exceptions: Vec::new(),
        partly_graded: Vec::new(),
        exam: Vec::new(),
        manual: FULL_MANUAL,
    };
    let full_marks_events =
        |first: NaiveDate| -> Vec<(NaiveDate, &'static str, &'static str, &'static str)> {
            let mut e: Vec<_> = (0..10)
                .map(|i| (first + Duration::days(7 * i), "美篇", "", ""))
                .collect();
            e.push((first + Duration::days(20), "阶段总结", "", "第一阶段"));
            e.push((first + Duration::days(55), "阶段总结", "", "第二阶段"));
            e.push((
                first + Duration::days(30),
                "表扬",
                "县级",
                "县教体局回访点名表扬",
            ));
            e.push((first + Duration::days(40), "典型发言", "校级", ""));
            e
        };
    let shifts = |hours: f64| -> Vec<f64> {
        let mut v = vec![4.0; (hours / 4.0) as usize];
        let rest = hours - 4.0 * v.len() as f64;
        if rest > 0.0 {
            v.push(rest);
        }
        v
    };
    let planted = vec![
        // 0501: the largest workload in the school (语文 1年级 9 a week, 班主任 4 a week, 8 hours' overtime).
        FullTeacher {
            id: "0501".into(),
            name: "韩冬梅".into(),
            grade: 1,
            role: "班主任",
            allowance: Some(("班主任补贴", 4.0)),
            overtime: vec![4.0, 4.0],
            duty: shifts(30.0),
            events: full_marks_events(mar(4)?),
            ..blank.clone()
        },
        // 0502: a cadre on duty and teaching online: 线上教学 counted at half; 数学 6年级 straddles 4月20日.
        FullTeacher {
            id: "0502".into(),
            name: "赵国强".into(),
            subject: "数学",
            role: "教干",
            duty: shifts(40.0),
            events: full_marks_events(mar(4)?),
            exam: vec![84.6],
            ..blank.clone()
        },
        // 0503: 英语 6年级 with two classes: 1.3 a day before 4月20日, 1.5 after.
        FullTeacher {
            id: "0503".into(),
            name: "钱晓燕".into(),
            subject: "英语",
            classes: 2,
            events: {
                let mut e = full_marks_events(mar(4)?);
                e.push((d(3, 14)?, "健康表册迟报", "", ""));
                e.push((d(4, 25)?, "健康表册迟报", "", "补报"));
                e
            },
            exam: vec![88.2, 85.4],
            ..blank.clone()
        },
        // 0504: breaks a bottom line: C whatever the total; ties for first in 语文 6年级.
        FullTeacher {
            id: "0504".into(),
            name: "孙丽".into(),
            role: "班主任",
            allowance: Some(("班主任补贴", 3.0)),
            duty: shifts(20.0),
            events: {
                let mut e = full_marks_events(mar(4)?);
                e.push((d(4, 13)?, "违反底线", "", "违反底线管理十四条第6条"));
                e
            },
            exam: vec![86.5],
            ..blank.clone()
        },
        // 0505: 130 hours on duty: 260 held at 200; ties for first in 语文 6年级.
        FullTeacher {
            id: "0505".into(),
            name: "周雨".into(),
            duty: shifts(130.0),
            events: full_marks_events(mar(4)?),
            exam: vec![86.5],
            ..blank.clone()
        },
        // 0506: went out unreported and was caught: −5 and C; third in 语文 6年级.
        FullTeacher {
            id: "0506".into(),
            name: "吴海燕".into(),
            events: {
                let mut e = full_marks_events(mar(4)?);
                e.push((d(3, 21)?, "外出未审批", "", ""));
                e.push((d(4, 16)?, "外出未报备被查", "", "社区通报"));
                e.push((d(3, 7)?, "周计划缺交", "", ""));
                e.push((d(4, 11)?, "周计划缺交", "", ""));
                e
            },
            exceptions: vec![(d(3, 23)?, "正课", "缺课", 0, "")],
            exam: vec![82.0],
            ..blank.clone()
        },
    ];

    // Random teachers: grades 1-5, none in 1年级语文 (the planted maximum's
    // group is irrelevant to the max, but keeps its workload clear).
    let subjects: [(&str, u32); 7] = [
        ("语文", 13),
        ("数学", 9),
        ("英语", 5),
        ("常识", 3),
        ("音乐", 3),
        ("体育", 3),
        ("美术", 3),
    ];
    let mut all = planted;
    let mut used: Vec<String> = all.iter().map(|t| t.name.clone()).collect();
    let mut n = 0u32;
    for (subject, count) in subjects {
        for k in 0..count {
            n += 1;
            let name = loop {
                let name = format!(
                    "{}{}",
                    SURNAMES.choose(rng).ok_or("no surnames")?,
                    GIVEN.choose(rng).ok_or("no given names")?
                );
                if !used.contains(&name) {
                    break name;
                }
            };
            used.push(name.clone());
            let grade = match subject {
                "语文" => 2 + k % 4,
                "数学" | "英语" => 1 + k % 5,
                _ => 1 + rng.random_range(0..5),
            };
            let classes = match subject {
                "语文" => 1,
                "数学" => rng.random_range(1..=2),
                "英语" => rng.random_range(2..=3),
                _ => rng.random_range(4..=6),
            };
            let role = match (subject, k) {
                ("语文", _) => "班主任",
                ("数学", 0) | ("英语", 0) => "备课组长",
                ("数学", 1) => "教干",
                _ => "",
            };
            let allowance = match role {
                "班主任" => Some(("班主任补贴", if rng.random_bool(0.5) { 3.0 } else { 4.0 })),
                "备课组长" => Some(("备课组长补贴", f64::from(rng.random_range(1..=3)))),
                _ => None,
            };
            let mut days_off: Vec<NaiveDate> = Vec::new();
            for _ in 0..rng.random_range(0..3) {
                if let Some(x) = days.choose(rng) {
                    days_off.push(*x);
                }
            }
            days_off.sort();
            days_off.dedup();
            let mut events = Vec::new();
            let breaches = [
                "外出未审批",
                "健康表册迟报",
                "防疫APP未按时安装",
                "防疫问卷未按时",
            ];
            for _ in 0..rng.random_range(0..3) {
                let on = *days.choose(rng).ok_or("no days")?;
                events.push((on, *breaches.choose(rng).ok_or("no breaches")?, "", ""));
            }
            for _ in 0..rng.random_range(0..3) {
                let week = *weeks.choose(rng).ok_or("no weeks")?;
                events.push((week, "周计划缺交", "", ""));
            }
            for _ in 0..rng.random_range(2..12) {
                let on = *days.choose(rng).ok_or("no days")?;
                events.push((on, "美篇", "", ""));
            }
            for i in 0..rng.random_range(1..=2) {
                events.push((days[20 + 25 * i], "阶段总结", "", ""));
            }
            if rng.random_bool(0.2) {
                let on = *days.choose(rng).ok_or("no days")?;
                events.push((on, "表扬", "校级", ""));
            }
            let mut exceptions = Vec::new();
            for _ in 0..rng.random_range(0..3) {
                let on = *days.choose(rng).ok_or("no days")?;
                let (slot, status, late) = match rng.random_range(0..3) {
                    0 => ("正课", "迟到", rng.random_range(2..20)),
                    1 => ("正课", "缺课", 0),
                    _ => ("辅导", "脱岗", 0),
                };
                exceptions.push((on, slot, status, late, ""));
            }
            let exam = if grade >= 3 && matches!(subject, "语文" | "数学" | "英语") {
                (0..classes)
                    .map(|_| f64::from(rng.random_range(700..960u32)) / 10.0)
                    .collect()
            } else {
                Vec::new()
            };
            let duty_hours = f64::from(rng.random_range(0..16u32) * 4);
            let mut manual = FULL_MANUAL;
            for (m, max) in manual.iter_mut().zip(FULL_MANUAL) {
                let lost = f64::from(rng.random_range(0..=4u32)) * max / 20.0;
                *m = max - lost;
            }
            all.push(FullTeacher {
                id: format!("{:04}", 520 + n),
                name,
                subject,
                grade,
                classes,
                role,
                days_off,
                allowance,
                overtime: if rng.random_bool(0.3) {
                    vec![2.0]
                } else {
                    Vec::new()
                },
                duty: shifts(duty_hours),
                events,
                exceptions,
                partly_graded: if rng.random_bool(0.3) {
                    vec![*days.choose(rng).ok_or("no days")?]
                } else {
                    Vec::new()
                },
                exam,
                manual,
            });
        }
    }
    // The README's arithmetic takes 0501's workload as the school's largest.
    let top = full_workload(&all[0], &days, weeks.len())?;
    for t in &all[1..] {
        if full_workload(t, &days, weeks.len())? >= top {
            return Err(format!("{} out-works the planted maximum", t.id).into());
        }
    }

    let mut roster = Sheet::new(
        "教师名册",
        &["工号", "姓名", "学校", "学科", "任教年级", "班级数", "角色"],
    );
    roster.text_columns = vec![0];
    let mut events = Sheet::new(
        "考核事件",
        &["工号", "姓名", "日期", "类别", "级别", "备注"],
    );
    events.text_columns = vec![0];
    let mut duty = Sheet::new(
        "值守记录",
        &["工号", "姓名", "日期", "值守地点", "类别", "时长（小时）"],
    );
    duty.titles = vec!["三里小学现场防疫值守记录（延期开学期间）".into()];
    duty.text_columns = vec![0];
    let mut workload = Sheet::new(
        "工作量登记",
        &["工号", "姓名", "日期", "类别", "课时", "备注"],
    );
    workload.text_columns = vec![0];
    let mut att = Sheet::new(
        "每日统计",
        &[
            "姓名",
            "工号",
            "日期",
            "课型",
            "打卡结果",
            "迟到时长\n(分钟)",
            "关联的审批单",
        ],
    );
    att.titles = vec![
        "每日统计表 统计日期：2022-03-01 至 2022-05-15".into(),
        "报表生成时间：2022-05-16 08:30".into(),
    ];
    att.text_columns = vec![1];
    let mut hw_rows = Vec::new();
    let mut exams = Sheet::new(
        "成绩",
        &["任课教师工号", "姓名", "班级", "学科", "参考人数", "平均分"],
    );
    exams.titles = vec!["三里小学返校监测成绩（2022年5月）".into()];
    exams.text_columns = vec![0];
    let mut manual = Sheet::new(
        "人工评分",
        &[
            "工号",
            "姓名",
            "集体备课",
            "二次备课",
            "特殊学生关注",
            "会议活动",
            "学生活动",
            "学情调研",
            "党建考核",
        ],
    );
    manual.text_columns = vec![0];

    let places = ["学校", "社区卡口", "小区值守点"];
    for t in &all {
        roster.rows.push(vec![
            txt(&t.id),
            txt(&t.name),
            txt(FULL_SCHOOL),
            txt(t.subject),
            num(t.grade),
            num(t.classes),
            if t.role.is_empty() {
                Cell::Blank
            } else {
                txt(t.role)
            },
        ]);
        let mut evs = t.events.clone();
        evs.sort_by_key(|e| e.0);
        for (on, kind, level, note) in evs {
            events.rows.push(vec![
                txt(&t.id),
                txt(&t.name),
                txt(slash_date(on)),
                txt(kind),
                if level.is_empty() {
                    Cell::Blank
                } else {
                    txt(level)
                },
                if note.is_empty() {
                    Cell::Blank
                } else {
                    txt(note)
                },
            ]);
        }
        for (i, h) in t.duty.iter().enumerate() {
            let on = days[(i * 3 + 1) % days.len()];
            duty.rows.push(vec![
                txt(&t.id),
                txt(&t.name),
                txt(slash_date(on)),
                txt(places[i % places.len()]),
                txt(if i % 5 == 4 {
                    "防疫演练"
                } else {
                    "防疫值守"
                }),
                num(*h),
            ]);
        }
        let class_name = |c: u32| format!("{}({})班", GRADE_ZH[t.grade as usize], c + 1);
        for day in &days {
            let off = t.days_off.contains(day);
            if !off {
                workload.rows.push(vec![
                    txt(&t.id),
                    txt(&t.name),
                    txt(slash_date(*day)),
                    txt("授课日"),
                    Cell::Blank,
                    Cell::Blank,
                ]);
            }
            for slot in ["正课", "辅导"] {
                let exception = t.exceptions.iter().find(|e| e.0 == *day && e.1 == slot);
                let (status, late, approval) = match (off, exception) {
                    (true, _) => ("请假", 0, "事假审批"),
                    (false, Some(e)) => (e.2, e.3, e.4),
                    (false, None) => ("正常", 0, ""),
                };
                att.rows.push(vec![
                    txt(&t.name),
                    txt(&t.id),
                    txt(dingtalk_date(*day)),
                    txt(slot),
                    txt(status),
                    num(late),
                    if approval.is_empty() {
                        Cell::Blank
                    } else {
                        txt(approval)
                    },
                ]);
            }
            if !off {
                let partly = t.partly_graded.contains(day);
                hw_rows.push(vec![
                    t.id.clone(),
                    class_name(0),
                    slash_date(*day),
                    "40".to_string(),
                    if partly { "35" } else { "40" }.to_string(),
                    slash_date(*day),
                ]);
            }
        }
        if let Some((kind, h)) = t.allowance {
            for w in &weeks {
                workload.rows.push(vec![
                    txt(&t.id),
                    txt(&t.name),
                    txt(slash_date(*w)),
                    txt(kind),
                    num(h),
                    txt("据实核算"),
                ]);
            }
        }
        for (i, h) in t.overtime.iter().enumerate() {
            workload.rows.push(vec![
                txt(&t.id),
                txt(&t.name),
                txt(slash_date(days[10 + 20 * i])),
                txt("临时加班"),
                num(*h),
                txt("教材发放"),
            ]);
        }
        for (c, avg) in t.exam.iter().enumerate() {
            exams.rows.push(vec![
                txt(&t.id),
                txt(&t.name),
                txt(class_name(u32::try_from(c)?)),
                txt(t.subject),
                num(40 - u32::try_from(c)?),
                num(*avg),
            ]);
        }
        let mut row = vec![txt(&t.id), txt(&t.name)];
        row.extend(t.manual.iter().map(|m| num(*m)));
        manual.rows.push(row);
    }
    hw_rows.sort();
    let created = (2022, 5, 16, 9, 0);
    Ok(vec![
        OutFile {
            name: "教师名册.xlsx".into(),
            bytes: workbook(&[roster], created)?,
        },
        OutFile {
            name: "考核事件_防疫延学期间.xlsx".into(),
            bytes: workbook(&[events], created)?,
        },
        OutFile {
            name: "现场防疫值守记录.xlsx".into(),
            bytes: workbook(&[duty], created)?,
        },
        OutFile {
            name: "课时工作量登记.xlsx".into(),
            bytes: workbook(&[workload], created)?,
        },
        OutFile {
            name: "直播课考勤_防疫延学期间.xlsx".into(),
            bytes: workbook(&[att], created)?,
        },
        OutFile {
            name: "作业批改记录.csv".into(),
            bytes: gbk_csv(
                &[
                    "工号",
                    "班级",
                    "布置日期",
                    "提交人数",
                    "批改人数",
                    "批改日期",
                ],
                &hw_rows,
            )?,
        },
        OutFile {
            name: "返校监测成绩_2022年5月.xlsx".into(),
            bytes: workbook(&[exams], created)?,
        },
        OutFile {
            name: "人工评分_防疫延学期间.xlsx".into(),
            bytes: workbook(&[manual], created)?,
        },
    ])
}

// ------------------------------------------------------------------ 方案7 固定时间

const TIMES_SCHOOL: &str = "明德小学";

/// A time of day, (hour, minute).
type Hm = (u32, u32);

/// A homework of a planted day: its photo deadline, and when its grading was
/// finished (`None`: never graded).
type Homework = (NaiveDate, Hm, Option<(NaiveDate, Hm)>);

/// A teacher of `rubrics/fangan7-daily-times.toml`'s sample school. Each day
/// of April the teacher sends a 晨读 reminder, sets a homework whose photos
/// are due that afternoon and grades it, and holds a Q&A session; a planted
/// teacher's exceptions replace the ordinary times on their days.
struct TimesTeacher {
    id: &'static str,
    name: &'static str,
    subject: &'static str,
    class: &'static str,
    /// (day, the reminder's time) instead of an ordinary one.
    morning: Vec<(NaiveDate, (u32, u32))>,
    /// (day, the photo deadline, the grading: `None` never graded, or the
    /// (day, time) it was finished).
    homework: Vec<Homework>,
    /// (day, the session's start: `None` no session).
    qa: Vec<(NaiveDate, Option<(u32, u32)>)>,
}

fn at(d: NaiveDate, (h, m): (u32, u32)) -> String {
    format!("{} {h:02}:{m:02}", d.format("%Y-%m-%d"))
}

fn fangan7_daily_times(rng: &mut ChaCha8Rng) -> Res<Vec<OutFile>> {
    let days = april_school_days()?;
    let d = |day: u32| date(2022, 4, day);
    let planted = vec![
        // A: every duty on time, each at its boundary once: reminder at
        // 08:00, photos due 17:59, graded exactly 24 h later, sessions at
        // 19:30 and at 20:30. 40.
        TimesTeacher {
            id: "0701",
            name: "林晓燕",
            subject: "语文",
            class: "三(1)班",
            morning: vec![(d(6)?, (8, 0))],
            homework: vec![(d(6)?, (17, 59), Some((d(7)?, (17, 59))))],
            qa: vec![(d(7)?, Some((19, 30))), (d(8)?, Some((20, 30)))],
        },
        // B: photos due at 18:00 on 04-11 and 04-12 (not before six). 38.
        TimesTeacher {
            id: "0702",
            name: "高建国",
            subject: "数学",
            class: "三(2)班",
            morning: vec![],
            homework: vec![
                (d(11)?, (18, 0), Some((d(11)?, (21, 0)))),
                (d(12)?, (18, 0), Some((d(12)?, (21, 0)))),
            ],
            qa: vec![],
        },
        // C: graded 24 h 1 min after the deadline on 04-07, never graded on
        // 04-08; a reminder at 08:01 on 04-11. 37.
        TimesTeacher {
            id: "0703",
            name: "吴佳琪",
            subject: "英语",
            class: "四(1)班",
            morning: vec![(d(11)?, (8, 1))],
            homework: vec![
                (d(7)?, (17, 30), Some((d(8)?, (17, 31)))),
                (d(8)?, (17, 30), None),
            ],
            qa: vec![],
        },
        // D: sessions at 19:00 every Monday (04-11, 04-18, 04-25) and none on
        // the 调休 Sunday 04-24; reminders at 08:10 on 04-13, 04-14, 04-15. 33.
        TimesTeacher {
            id: "0704",
            name: "郑海涛",
            subject: "科学",
            class: "四(2)班",
            morning: vec![(d(13)?, (8, 10)), (d(14)?, (8, 10)), (d(15)?, (8, 10))],
            homework: vec![],
            qa: vec![
                (d(11)?, Some((19, 0))),
                (d(18)?, Some((19, 0))),
                (d(25)?, Some((19, 0))),
                (d(24)?, None),
            ],
        },
    ];
    // Ordinary teachers: every duty on time, at times that vary. 40 each.
    let ordinary = [
        ("0705", "马丽", "音乐", "五(1)班"),
        ("0706", "冯志刚", "体育", "五(2)班"),
        ("0707", "曹雪梅", "美术", "六(1)班"),
        ("0708", "彭伟", "道德与法治", "六(2)班"),
    ];
    let mut all = planted;
    for (id, name, subject, class) in ordinary {
        all.push(TimesTeacher {
            id,
            name,
            subject,
            class,
            morning: vec![],
            homework: vec![],
            qa: vec![],
        });
    }

    let mut roster = Sheet::new("教师名册", &["工号", "姓名", "学校", "学科"]);
    roster.widths = vec![10.0, 10.0, 14.0, 12.0];
    roster.text_columns = vec![0];
    for t in &all {
        roster.rows.push(vec![
            txt(t.id),
            txt(t.name),
            txt(TIMES_SCHOOL),
            txt(t.subject),
        ]);
    }

    let mut morning = Vec::new();
    let mut homework = Vec::new();
    let mut qa = Vec::new();
    for &day in &days {
        for t in &all {
            let sent = match t.morning.iter().find(|(x, _)| *x == day) {
                Some((_, time)) => *time,
                None => (7, rng.random_range(30..=59)),
            };
            morning.push(vec![t.id.to_string(), t.class.to_string(), at(day, sent)]);
            let (due, graded) = match t.homework.iter().find(|(x, _, _)| *x == day) {
                Some((_, due, graded)) => (*due, *graded),
                None => {
                    let due = (rng.random_range(15..=17), rng.random_range(0..=59));
                    (
                        due,
                        Some((day, (rng.random_range(19..=22), rng.random_range(0..=59)))),
                    )
                }
            };
            let graded = graded.map_or(String::new(), |(gd, gt)| at(gd, gt));
            homework.push(vec![
                t.id.to_string(),
                t.class.to_string(),
                at(day, due),
                graded,
            ]);
            let start = match t.qa.iter().find(|(x, _)| *x == day) {
                Some((_, start)) => *start,
                None => {
                    // 19:30–20:29, inside the school's slot.
                    let m: u32 = rng.random_range(30..=89);
                    Some((19 + m / 60, m % 60))
                }
            };
            if let Some(start) = start {
                let minutes = rng.random_range(30..=60).to_string();
                qa.push(vec![t.id.to_string(), at(day, start), minutes]);
            }
        }
    }

    let created = (2022, 5, 1, 9, 0);
    Ok(vec![
        OutFile {
            name: "教师名册.xlsx".into(),
            bytes: workbook(&[roster], created)?,
        },
        OutFile {
            name: "晨读提醒_2022年4月.csv".into(),
            bytes: bom_csv(&["工号", "班级", "发送时间"], &morning)?,
        },
        OutFile {
            name: "作业_2022年4月.csv".into(),
            bytes: bom_csv(&["工号", "班级", "上传截止时间", "批阅完成时间"], &homework)?,
        },
        OutFile {
            name: "答疑记录_2022年4月.csv".into(),
            bytes: bom_csv(&["工号", "开始时间", "时长(分钟)"], &qa)?,
        },
    ])
}
