//! `kaohe publish`: the 公示 list every teacher may read and one slip per
//! teacher (方案13 三: 考核结果向全体教师公布，接受教师、学生监督), built
//! as grids of cells in memory, then checked for leaks before anything is
//! written: a slip holds no other teacher's name or key, and a list whose
//! names are masked holds no name in full.
//!
//! The writers (`publish_book`) only lay out these grids, so the check sees
//! every cell that will be written.

use rust_decimal::Decimal;

use super::bilingual::join_names;
use super::labels::{labels, Labels};
use crate::engine::{Evidence, EvidenceKind, GradeBasis, ItemResult, Outcome, TeacherResult};
use crate::i18n::report as msg;
use crate::i18n::Locale;
use crate::provenance::Provenance;
use crate::rubric::{Item, NamesShown, Publish, Rubric};
use crate::show::{fixed, plain};

/// A cell of a published page.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Words (scanned by the leak check).
    Text(String),
    /// A score or an amount, shown with `places` decimals.
    Number(Decimal, u32),
}

/// How a line of a page is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// The page's title, across the page.
    Title,
    /// A line of text across the page.
    Across,
    /// Column headers.
    Header,
    /// A row of the table.
    Body,
    /// A label, then a long text wrapped across the rest of the page.
    Wrapped,
    /// A line left blank for a signature.
    Signature,
}

/// One line of a page.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub kind: LineKind,
    pub cells: Vec<Cell>,
}

/// One sheet to write: its file name and lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The file name it is written as (`0301_张三.xlsx`).
    pub file: String,
    /// Column widths, in characters.
    pub widths: Vec<f64>,
    pub lines: Vec<Line>,
}

/// A teacher as the leak check knows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Who {
    pub key: String,
    pub name: String,
}

/// One teacher's slip.
#[derive(Debug, Clone, PartialEq)]
pub struct Slip {
    pub who: Who,
    pub page: Page,
}

/// What `kaohe publish` writes, before it is written.
#[derive(Debug, Clone, PartialEq)]
pub struct Publication {
    /// The 公示 list.
    pub list: Page,
    /// How its names stand.
    pub names: NamesShown,
    /// One slip per teacher, in roster order.
    pub slips: Vec<Slip>,
}

/// A leak found: the file and the value that must not be in it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file} holds `{value}`")]
pub struct Leak {
    pub file: String,
    pub value: String,
    /// Whether it is the 公示 list (a name in full) rather than a slip
    /// (another teacher's name or key).
    pub on_list: bool,
}

impl crate::i18n::Localize for Leak {
    fn localized(&self, locale: Locale) -> String {
        let said = if self.on_list {
            msg::publish_leak_on_list(&self.file, &self.value)
        } else {
            msg::publish_leak_on_slip(&self.file, &self.value)
        };
        said.get(locale).to_string()
    }
}

/// A name as the 公示 list shows it when masked: the first and last
/// characters kept, every one between starred (`张*华`, `欧**华`); a
/// two-character name keeps its first (`张*`), a one-character name is `*`.
pub fn mask(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    match chars.len() {
        0 => String::new(),
        1 => "*".to_string(),
        2 => format!("{}*", chars[0]),
        n => format!("{}{}{}", chars[0], "*".repeat(n - 2), chars[n - 1]),
    }
}

/// The slip's file name: `工号_姓名.xlsx`, with characters no file system
/// takes in a name replaced by `_`.
pub fn slip_file(who: &Who) -> String {
    let raw = format!("{}_{}", who.key, who.name);
    let safe: String = raw
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
            c if c.is_control() => '_',
            c => c,
        })
        .collect();
    format!("{safe}.xlsx")
}

/// Builds the list and the slips in `locale`.
pub fn publication(rubric: &Rubric, outcome: &Outcome, locale: Locale) -> Publication {
    let publish = rubric.publish.unwrap_or_default();
    let l = labels(locale);
    Publication {
        list: list(rubric, outcome, &publish, l, locale),
        names: publish.names,
        slips: outcome
            .teachers
            .iter()
            .map(|t| slip(rubric, outcome, t, l, locale))
            .collect(),
    }
}

fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

fn grade_of(rubric: &Rubric, t: &TeacherResult) -> String {
    t.grade
        .and_then(|g| rubric.grades.get(g))
        .map_or(String::new(), |g| g.name.clone())
}

fn list(rubric: &Rubric, outcome: &Outcome, publish: &Publish, l: &Labels, locale: Locale) -> Page {
    let places = rubric.rounding.places;
    let mut head = vec![text(l.key)];
    let mut widths = vec![12.0];
    if publish.names != NamesShown::KeyOnly {
        head.push(text(l.name));
        widths.push(12.0);
    }
    head.push(text(l.grade));
    widths.push(12.0);
    if publish.show_total {
        head.push(text(l.total));
        widths.push(10.0);
    }
    let show_pay = publish.show_pay && outcome.pay.is_some();
    if show_pay {
        head.push(text(msg::pay_amount().get(locale)));
        widths.push(14.0);
    }
    let mut lines = vec![
        Line {
            kind: LineKind::Title,
            cells: vec![text(msg::publish_list_title(&rubric.name).get(locale))],
        },
        Line {
            kind: LineKind::Header,
            cells: head,
        },
    ];
    for t in &outcome.teachers {
        let mut cells = vec![text(&t.key)];
        match publish.names {
            NamesShown::Masked => cells.push(text(mask(&t.name))),
            NamesShown::Full => cells.push(text(&t.name)),
            NamesShown::KeyOnly => {}
        }
        cells.push(text(grade_of(rubric, t)));
        if publish.show_total {
            cells.push(Cell::Number(t.total, places));
        }
        if show_pay {
            let amount = t.pay.as_ref().map_or(Decimal::ZERO, |p| p.amount);
            cells.push(Cell::Number(amount, 0));
        }
        lines.push(Line {
            kind: LineKind::Body,
            cells,
        });
    }
    Page {
        file: format!("{}.xlsx", msg::publish_list_file().get(locale)),
        widths,
        lines,
    }
}

fn slip(rubric: &Rubric, outcome: &Outcome, t: &TeacherResult, l: &Labels, locale: Locale) -> Slip {
    let places = rubric.rounding.places;
    let across = |s: String| Line {
        kind: LineKind::Across,
        cells: vec![text(s)],
    };
    let mut lines = vec![Line {
        kind: LineKind::Title,
        cells: vec![text(l.slip_title)],
    }];
    let mut subtitle = rubric.name.clone();
    if let Some(p) = outcome.run.period {
        subtitle.push_str(&format!(
            "    {}{}{}",
            p.from.format("%Y-%m-%d"),
            l.period_to,
            p.to.format("%Y-%m-%d")
        ));
    }
    lines.push(across(subtitle));
    let fact = |label, value: &str| msg::slip_fact(label, value).get(locale).to_string();
    let mut who = format!("{}    {}", fact(l.key, &t.key), fact(l.name, &t.name));
    if let Some(school) = &t.school {
        who.push_str(&format!("    {}", fact(l.school, school)));
    }
    lines.push(across(who));
    lines.push(Line {
        kind: LineKind::Header,
        cells: vec![
            text(l.category),
            text(l.item),
            text(l.max),
            text(l.score),
            text(l.evidence_summary),
        ],
    });
    let order = rubric
        .categories
        .iter()
        .flat_map(|c| c.items.iter().copied());
    for i in order {
        let (Some(item), Some(result)) = (rubric.items.get(i), t.items.get(i)) else {
            continue;
        };
        lines.push(Line {
            kind: LineKind::Body,
            cells: vec![
                text(rubric.category_name(item)),
                text(&item.name),
                Cell::Number(item.max, places),
                Cell::Number(result.score, places),
                text(if result.evidence.is_empty() {
                    no_evidence(item, result, l)
                } else {
                    ""
                }),
            ],
        });
        for e in &result.evidence {
            lines.push(Line {
                kind: LineKind::Body,
                cells: vec![
                    text(""),
                    text(evidence_label(rubric, item, e, l)),
                    text(""),
                    Cell::Number(e.points, places),
                    text(if e.kind == EvidenceKind::Window {
                        // A window across teachers lists a class's records.
                        withheld(&evidence_line(e, locale), t, outcome, locale)
                    } else {
                        evidence_line(e, locale)
                    }),
                ],
            });
        }
    }
    if !t.adjustments.is_empty() {
        // Why the items above do not add up to the total.
        let notes = super::summary_sheet::adjust_notes(rubric, t, locale);
        lines.push(Line {
            kind: LineKind::Wrapped,
            cells: vec![text(l.adjust_notes), text(notes)],
        });
    }
    lines.push(Line {
        kind: LineKind::Body,
        cells: vec![
            text(l.total),
            text(""),
            Cell::Number(rubric.full_marks, places),
            Cell::Number(t.total, places),
            text(""),
        ],
    });
    let mut grade = grade_of(rubric, t);
    if matches!(t.grade_basis, GradeBasis::Veto(_)) {
        grade.push_str(l.graded_by_veto);
    }
    lines.push(Line {
        kind: LineKind::Wrapped,
        cells: vec![text(l.grade), text(grade)],
    });
    if !t.vetoes.is_empty() {
        let reasons = t
            .vetoes
            .iter()
            .filter_map(|v| {
                let veto = rubric.vetoes.get(v.veto)?;
                // In full: what each record says (its date among the
                // fields that matched) and where it is.
                let records = v
                    .evidence
                    .iter()
                    .map(|(origin, detail)| {
                        let detail = detail.get(locale);
                        if detail.is_empty() {
                            record_place(origin, locale)
                        } else {
                            let said = msg::publish_evidence(detail, record_place(origin, locale));
                            said.get(locale).to_string()
                        }
                    })
                    .collect::<Vec<_>>();
                let records = join_names(records.iter().map(String::as_str), msg::list_separator());
                Some(
                    msg::publish_veto(&veto.name, &records)
                        .get(locale)
                        .to_string(),
                )
            })
            .collect::<Vec<_>>()
            .join(l.list_separator);
        lines.push(Line {
            kind: LineKind::Wrapped,
            cells: vec![text(l.veto_reasons), text(reasons)],
        });
    }
    if rubric.pay.is_some() {
        let amount = t.pay.as_ref().map_or(Decimal::ZERO, |p| p.amount);
        lines.push(Line {
            kind: LineKind::Wrapped,
            cells: vec![text(msg::pay_amount().get(locale)), text(plain(amount))],
        });
    }
    for said in [msg::publish_sign_self(), msg::publish_sign_reviewer()] {
        lines.push(Line {
            kind: LineKind::Signature,
            cells: vec![text(said.get(locale))],
        });
    }
    let who = Who {
        key: t.key.clone(),
        name: t.name.clone(),
    };
    Slip {
        page: Page {
            file: slip_file(&who),
            widths: vec![14.0, 18.0, 8.0, 8.0, 56.0],
            lines,
        },
        who,
    }
}

/// An evidence line's label as a teacher reads it: its rule's; for a
/// score taken from a sheet, the sheet's name as the office knows it
/// (人工评分, not how kaohe got it, 导入); else its kind's.
pub(super) fn evidence_label(rubric: &Rubric, item: &Item, e: &Evidence, l: &Labels) -> String {
    let by_rule = matches!(e.kind, EvidenceKind::Record | EvidenceKind::Exempt);
    match e.rule.and_then(|i| item.rules.get(i)) {
        Some(rule) if by_rule && !rule.label.is_empty() => rule.label.clone(),
        Some(rule) if e.kind == EvidenceKind::Import => rubric
            .sources
            .get(rule.source)
            .map_or_else(|| l.evidence_kind(e.kind).to_string(), |s| s.display_name()),
        _ => l.evidence_kind(e.kind).to_string(),
    }
}

/// What an item with no evidence says: nothing was taken off an item that
/// starts full, which is not "no record".
pub(super) fn no_evidence(item: &Item, result: &ItemResult, l: &Labels) -> &'static str {
    if result.score == item.max {
        l.nothing_deducted
    } else {
        l.no_evidence
    }
}

/// Where a record is, as a teacher's slip says it: the file by its name
/// (the folder the office keeps the exports in says nothing to them), the
/// sheet and the row: `考核事件.xlsx「考核事件」第 55 行`.
pub(super) fn record_place(origin: &Provenance, locale: Locale) -> String {
    let file = origin.file.rsplit('/').next().unwrap_or(&origin.file);
    let file = if origin.sheet.is_empty() {
        file.to_string()
    } else {
        msg::record_file_sheet(file, &*origin.sheet)
            .get(locale)
            .to_string()
    };
    let said = match origin.col {
        Some(_) => msg::record_at_cell(&file, origin.place()),
        None => msg::record_at_row(&file, origin.row),
    };
    said.get(locale).to_string()
}

/// What an evidence line says and where its record is (file, sheet, row).
fn evidence_line(e: &Evidence, locale: Locale) -> String {
    let detail = e.detail.get(locale);
    match &e.origin {
        Some(origin) => msg::publish_evidence(detail, record_place(origin, locale))
            .get(locale)
            .to_string(),
        None => detail.to_string(),
    }
}

/// A window line with every other teacher's key and name withheld: a window
/// across teachers (a class's homework minutes, charged to its 班主任) lists
/// each contributing record, and a teacher's own slip must not name
/// colleagues. The records' minutes and places stay, so the sum can still
/// be checked. Any other line naming a colleague (a file named after one)
/// is left as it is, for the leak check to refuse.
fn withheld(line: &str, own: &TeacherResult, outcome: &Outcome, locale: Locale) -> String {
    let other = msg::publish_another_teacher().get(locale);
    // The slip's own name and key are set aside first, so a name inside
    // them is not taken for someone else's (as the leak check does).
    let (name_mark, key_mark) = ("\u{1}", "\u{2}");
    let set_aside = |s: &str, own: &str, mark: &str| {
        if own.is_empty() {
            s.to_string()
        } else {
            s.replace(own, mark)
        }
    };
    let mut out = set_aside(&set_aside(line, &own.name, name_mark), &own.key, key_mark);
    for t in outcome.teachers.iter().filter(|t| t.key != own.key) {
        if t.name != own.name && t.name.chars().count() > 1 {
            out = out.replace(&t.name, other);
        }
        while let Some(at) = token_at(&out, &t.key) {
            out.replace_range(at..at + t.key.len(), other);
        }
    }
    out.replace(key_mark, &own.key)
        .replace(name_mark, &own.name)
}

/// A score as the CSV writes it.
pub(super) fn shown(cell: &Cell) -> String {
    match cell {
        Cell::Text(s) => s.clone(),
        Cell::Number(v, places) => fixed(*v, *places),
    }
}

/// Checks that nothing is published to the wrong eyes: no slip holds
/// another teacher's name or key (in any cell, or its file name), and when
/// names are masked or left out, the list holds no name in full. Numbers
/// are not scanned: a key is text.
///
/// A key counts only as a whole token (not inside `2022-03-01` or
/// `20220301`); a name counts anywhere, except inside the slip's own name
/// (`张华` in `张华明`'s slip). Names of one character are not scanned
/// (they would be found in every sentence).
///
/// # Errors
/// The first [`Leak`]: the file and the value found in it.
pub fn check_leaks(p: &Publication) -> Result<(), Leak> {
    let people: Vec<&Who> = p.slips.iter().map(|s| &s.who).collect();
    for slip in &p.slips {
        let own = &slip.who;
        let cells = std::iter::once(slip.page.file.as_str()).chain(texts(&slip.page));
        for cell in cells {
            // The slip's own name and key are blanked first, so a name
            // inside them is not someone else's.
            let cell = blank(&blank(cell, &own.name), &own.key);
            for other in &people {
                if other.key == own.key {
                    continue;
                }
                if other.name != own.name
                    && other.name.chars().count() > 1
                    && cell.contains(&other.name)
                {
                    return Err(leak(&slip.page.file, &other.name));
                }
                if has_token(&cell, &other.key) {
                    return Err(leak(&slip.page.file, &other.key));
                }
            }
        }
    }
    if p.names != NamesShown::Full {
        for cell in texts(&p.list) {
            for who in &people {
                if who.name.chars().count() > 1 && cell.contains(&who.name) {
                    return Err(Leak {
                        on_list: true,
                        ..leak(&p.list.file, &who.name)
                    });
                }
            }
        }
    }
    Ok(())
}

fn leak(file: &str, value: &str) -> Leak {
    Leak {
        file: file.to_string(),
        value: value.to_string(),
        on_list: false,
    }
}

fn texts(page: &Page) -> impl Iterator<Item = &str> {
    page.lines.iter().flat_map(|l| {
        l.cells.iter().filter_map(|c| match c {
            Cell::Text(s) => Some(s.as_str()),
            Cell::Number(..) => None,
        })
    })
}

fn blank(cell: &str, own: &str) -> String {
    if own.is_empty() {
        cell.to_string()
    } else {
        cell.replace(own, "\u{0}")
    }
}

/// Whether `key` stands in `text` as a token of its own: not inside a
/// longer run of letters, digits or a date's separators.
fn has_token(text: &str, key: &str) -> bool {
    token_at(text, key).is_some()
}

/// Where `key` first stands in `text` as a token of its own.
fn token_at(text: &str, key: &str) -> Option<usize> {
    if key.is_empty() {
        return None;
    }
    let joins =
        |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || "-./:".contains(c));
    text.match_indices(key)
        .find(|(at, _)| {
            let before = text[..*at].chars().next_back();
            let after = text[at + key.len()..].chars().next();
            !joins(before) && !joins(after)
        })
        .map(|(at, _)| at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(file: &str, cells: &[&str]) -> Page {
        Page {
            file: file.into(),
            widths: vec![],
            lines: vec![Line {
                kind: LineKind::Body,
                cells: cells.iter().map(|c| text(*c)).collect(),
            }],
        }
    }

    fn slip_of(key: &str, name: &str, cells: &[&str]) -> Slip {
        let who = Who {
            key: key.into(),
            name: name.into(),
        };
        Slip {
            page: page(&slip_file(&who), cells),
            who,
        }
    }

    fn two(first: &[&str], list: &[&str], names: NamesShown) -> Publication {
        Publication {
            list: page("公示名单.xlsx", list),
            names,
            slips: vec![
                slip_of("0301", "张三华", first),
                slip_of("0302", "李四", &["李四", "0302"]),
            ],
        }
    }

    /// The list's header and first row for `publish` over the fixture.
    fn listed(publish: Publish) -> (Vec<Cell>, Vec<Cell>) {
        let mut rubric = crate::report::fixture::rubric();
        rubric.publish = Some(publish);
        let p = publication(&rubric, &crate::report::fixture::outcome(), Locale::Zh);
        assert_eq!(check_leaks(&p), Ok(()));
        (p.list.lines[1].cells.clone(), p.list.lines[2].cells.clone())
    }

    #[test]
    fn the_list_shows_only_what_publish_allows() {
        let (head, row) = listed(Publish::default());
        assert_eq!(head, [text("工号"), text("姓名"), text("等级")]);
        assert_eq!(row[..2], [text("00123"), text("张*")]);
        let (head, row) = listed(Publish {
            names: NamesShown::KeyOnly,
            show_total: true,
            show_pay: false,
        });
        assert_eq!(head, [text("工号"), text("等级"), text("总分")]);
        assert_eq!(row[0], text("00123"));
        let (_, row) = listed(Publish {
            names: NamesShown::Full,
            ..Publish::default()
        });
        assert_eq!(row[1], text("张三"));
    }

    #[test]
    fn a_slip_holds_its_teacher_and_the_signature_lines() {
        let rubric = crate::report::fixture::rubric();
        let p = publication(&rubric, &crate::report::fixture::outcome(), Locale::Zh);
        let slip = &p.slips[0];
        assert_eq!(slip.page.file, "00123_张三.xlsx");
        let said: Vec<&str> = texts(&slip.page).collect();
        assert!(said.iter().any(|c| c.starts_with("本人签字")));
        assert!(said.iter().any(|c| c.starts_with("审核人签字")));
        assert!(said
            .iter()
            .all(|c| !c.contains("李四") && !c.contains("00456")));
    }

    #[test]
    fn masks_keep_the_first_and_last_character() {
        assert_eq!(mask("张三华"), "张*华");
        assert_eq!(mask("张三"), "张*");
        assert_eq!(mask("欧阳小华"), "欧**华");
        assert_eq!(mask("王"), "*");
    }

    #[test]
    fn slips_that_hold_only_their_own_teacher_pass() {
        let p = two(
            &[
                "张三华",
                "工号：0301",
                "2022-03-02 师德事件记录.xlsx:Sheet1:3",
            ],
            &["0301", "张*华", "0302", "李*"],
            NamesShown::Masked,
        );
        assert_eq!(check_leaks(&p), Ok(()));
    }

    #[test]
    fn a_slip_holding_another_teachers_line_fails() {
        let p = two(
            &["张三华", "李四 迟到 2022-03-02"],
            &["0301", "张*华"],
            NamesShown::Masked,
        );
        assert_eq!(check_leaks(&p), Err(leak("0301_张三华.xlsx", "李四")));
    }

    #[test]
    fn a_slip_holding_another_teachers_key_fails() {
        let p = two(&["张三华", "代课 0302"], &[], NamesShown::Masked);
        assert_eq!(check_leaks(&p), Err(leak("0301_张三华.xlsx", "0302")));
    }

    #[test]
    fn a_key_inside_a_date_or_number_is_not_a_leak() {
        let p = two(&["20230302", "2022-0302-01"], &[], NamesShown::Masked);
        assert_eq!(check_leaks(&p), Ok(()));
    }

    #[test]
    fn a_name_inside_the_own_name_is_not_a_leak() {
        let p = Publication {
            list: page("公示名单.xlsx", &[]),
            names: NamesShown::Masked,
            slips: vec![
                slip_of("1", "张华明", &["张华明"]),
                slip_of("2", "张华", &[]),
            ],
        };
        assert_eq!(check_leaks(&p), Ok(()));
    }

    #[test]
    fn a_masked_list_with_a_full_name_fails() {
        let p = two(&[], &["0302", "李四"], NamesShown::Masked);
        let found = Leak {
            on_list: true,
            ..leak("公示名单.xlsx", "李四")
        };
        assert_eq!(check_leaks(&p), Err(found));
        let p = two(&[], &["0302", "李四"], NamesShown::Full);
        assert_eq!(check_leaks(&p), Ok(()));
    }
}
