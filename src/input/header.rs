//! Finds the header row of a sheet by its content: the first of the top
//! rows that has a column for every required field. Exports put title rows
//! (DingTalk) or a grouped header (WeCom) above the real one, so the
//! position is never fixed.

use super::normalize::normalize_header;
use super::schema::{FieldSpec, SourceSchema};
use crate::provenance::column_letters;

/// How many rows from the top may hold the header.
pub(crate) const HEADER_SCAN_ROWS: u32 = 30;

/// One of the top rows: its 1-based number and the text of its non-blank
/// cells by 0-based column, in column order.
#[derive(Debug, Clone, Default)]
pub(crate) struct HeadRow {
    pub(crate) row: u32,
    pub(crate) cells: Vec<(u32, String)>,
}

/// The header row found, and each field's column with its header text.
#[derive(Debug, Clone)]
pub(crate) struct Header {
    /// 1-based.
    pub(crate) row: u32,
    /// Per field in schema order: the column and the normalised header text.
    pub(crate) columns: Vec<Option<(u32, String)>>,
    /// Every normalised header text of the row, in column order: what an
    /// optional field that was not found can be told it was looked for among.
    pub(crate) found: Vec<String>,
    /// The columns of the row that have header text, ascending: a value in
    /// a row under none of them, beside a blank cell read, is a value in
    /// the wrong column ([`RowReader`](super::rows::RowReader)).
    pub(crate) headed: Vec<u32>,
    /// A source that unpivots: the day columns' header cells (a day number,
    /// or 六/日 for a weekend day), each column with its text, in column order.
    pub(crate) days: Vec<(u32, String)>,
    /// The cells of the rows above the header (row, column, text), where a
    /// title says what the sheet covers (the month a sheet that unpivots
    /// takes its days from).
    pub(crate) above: Vec<(u32, u32, String)>,
    /// Optional fields without a column beside a header cell no field took
    /// that is plausibly that column renamed ([`renamed`]): the field's
    /// slot, and the cell's column and text. Read so, every record would
    /// take the field's default, a wrong score with nothing to show it.
    pub(crate) renamed: Vec<(usize, u32, String)>,
}

/// The row that came closest, for a message when no row qualifies.
#[derive(Debug, Clone, Default)]
pub(crate) struct Candidate {
    /// 1-based; 0 when the sheet has no rows at the top.
    pub(crate) row: u32,
    /// How many fields it has a column for.
    pub(crate) matched: usize,
    /// Its normalised header texts.
    pub(crate) found: Vec<String>,
    /// Required fields it lacks, each with its accepted headers and the
    /// cell of the row that is plausibly its column renamed.
    pub(crate) missing: Vec<MissingField>,
}

/// A field no column of the header row is headed for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MissingField {
    /// The field's name in the rubric (`status`).
    pub field: String,
    /// The field as the people who fill the sheet know it: its `label`,
    /// else its first header.
    pub shown: String,
    /// The header texts the rubric accepts for it.
    pub accepted: Vec<String>,
    /// A header of the row no field took that is plausibly this field's
    /// column renamed (`考勤结果` for `打卡结果`).
    pub renamed: Option<String>,
}

/// A field whose aliases match several columns of the header row.
#[derive(Debug, Clone)]
pub(crate) struct Ambiguous {
    pub(crate) field: String,
    pub(crate) headers: Vec<String>,
    /// The columns' names with their group (`上班1/打卡状态`), when each of
    /// them sits under one: what the rubric can write to pick one.
    pub(crate) qualified: Vec<String>,
}

/// The header cells of a row: each column, its normalised text, and, in a
/// two-level header, the group over it (`上班1` over `打卡状态`).
type Cells = Vec<(u32, String, Option<String>)>;

/// Looks for the header among the top rows. A two-level grouped header
/// (WeCom's 基础信息 over 姓名, with 姓名 merged down and so written only in
/// the upper row) is read as the lower row with the upper one's text where
/// the lower cell is blank.
pub(crate) fn detect(
    rows: &[HeadRow],
    schema: &SourceSchema,
) -> Result<Result<Header, Candidate>, Ambiguous> {
    let aliases: Vec<Vec<String>> = schema
        .fields
        .iter()
        .map(|f| f.headers.iter().map(|h| normalize_header(h)).collect())
        .collect();
    let normalised: Vec<Cells> = rows
        .iter()
        .map(|r| {
            r.cells
                .iter()
                .map(|(c, t)| (*c, normalize_header(t), None))
                .filter(|(_, t, _)| !t.is_empty())
                .collect()
        })
        .collect();
    let mut best = Candidate::default();
    let above = |header: Header| {
        let above = rows
            .iter()
            .filter(|r| r.row < header.row)
            .flat_map(|r| r.cells.iter().map(|(c, t)| (r.row, *c, t.clone())))
            .collect();
        Header { above, ..header }
    };
    for (i, cells) in normalised.iter().enumerate() {
        let row = rows[i].row;
        let matches = match_fields(cells, &aliases);
        if let Some(header) = qualify(row, cells, &matches, schema)? {
            // A header merged down over two rows (DingTalk's 每日统计: 姓名
            // down both, 上班1 across 打卡时间 and 打卡结果) is complete on its
            // upper row when every required field is merged down; the lower
            // row then names the columns under the groups.
            let below = normalised.get(i + 1).filter(|_| rows[i + 1].row == row + 1);
            if let Some(lower) = below {
                let merged = merge(cells, lower);
                let deeper = match_fields(&merged, &aliases);
                let found = |m: &[Matched]| m.iter().filter(|m| !m.is_empty()).count();
                if found(&deeper) > found(&matches) {
                    if let Ok(Some(header)) = qualify(row + 1, &merged, &deeper, schema) {
                        return Ok(Ok(above(header)));
                    }
                }
            }
            return Ok(Ok(above(header)));
        }
        let adjacent_above = i > 0 && rows[i - 1].row + 1 == row;
        if adjacent_above {
            let merged = merge(&normalised[i - 1], cells);
            if let Some(header) = qualify(row, &merged, &match_fields(&merged, &aliases), schema)? {
                return Ok(Ok(above(header)));
            }
        }
        let matched = matches.iter().filter(|m| !m.is_empty()).count();
        if matched > best.matched || best.row == 0 {
            best = Candidate {
                row,
                matched,
                found: cells.iter().map(|(_, t, _)| t.clone()).collect(),
                missing: Vec::new(),
            };
            let free = unmatched(cells, &matches, schema);
            best.missing = schema
                .fields
                .iter()
                .zip(&matches)
                .filter(|(f, m)| f.required && f.has_column() && m.is_empty())
                .map(|(f, _)| MissingField {
                    renamed: renamed(f, &free).map(|(_, t)| t.to_string()),
                    ..MissingField::of(f)
                })
                .collect();
            if day_cells(cells).is_empty() {
                best.missing.extend(missing_days(schema));
            }
        }
    }
    if best.row == 0 {
        best.missing = schema
            .fields
            .iter()
            .filter(|f| f.required && f.has_column())
            .map(MissingField::of)
            .collect();
        best.missing.extend(missing_days(schema));
    }
    Ok(Err(best))
}

impl MissingField {
    /// A field that has no column, with nothing in the row like it.
    pub(crate) fn of(field: &FieldSpec) -> MissingField {
        MissingField {
            field: field.name.clone(),
            shown: field.shown().to_string(),
            accepted: field.headers.clone(),
            renamed: None,
        }
    }
}

/// What a sheet without day columns lacks, for a source that unpivots:
/// the value field, looked for under day numbers or 六/日.
pub(crate) fn missing_days(schema: &SourceSchema) -> Option<MissingField> {
    let unpivot = schema.unpivot?;
    let field = schema.fields.get(unpivot.value)?;
    Some(MissingField {
        accepted: DAY_HEADS.map(String::from).to_vec(),
        ..MissingField::of(field)
    })
}

/// The header cells of a row that no field took (nor, in a source that
/// unpivots, that head a day): where a renamed column would be.
fn unmatched<'c>(
    cells: &'c [(u32, String, Option<String>)],
    matches: &[Matched],
    schema: &SourceSchema,
) -> Vec<&'c (u32, String, Option<String>)> {
    cells
        .iter()
        .filter(|(c, t, _)| {
            let taken = matches.iter().flatten().any(|(m, _, _)| m == c);
            let day = schema.unpivot.is_some() && is_day_head(t);
            !taken && !day
        })
        .collect()
}

/// Of the header cells no field took, the first that is plausibly
/// `field`'s column under another name: its column and text.
fn renamed<'c>(
    field: &FieldSpec,
    free: &[&'c (u32, String, Option<String>)],
) -> Option<(u32, &'c str)> {
    free.iter().find_map(|(c, text, group)| {
        let qualified = group.as_ref().map(|g| format!("{g}/{text}"));
        field
            .headers
            .iter()
            .map(|h| normalize_header(h))
            .any(|alias| match &qualified {
                Some(q) if alias.contains('/') => looks_renamed(q, &alias, field.required),
                _ => looks_renamed(text, &alias, field.required),
            })
            .then_some((*c, text.as_str()))
    })
}

/// Whether a header text is plausibly `alias` renamed: the same once a
/// bracketed unit or note at the end is dropped (`迟到时长(min)` for
/// `迟到时长(分钟)`), or within the edits a suggestion allows
/// ([`crate::show::near`]) with enough of the characters kept. A missing
/// required field refuses the sheet anyway, so pointing out a look-alike
/// only helps: half kept will do (`考勤结果` for `打卡结果`). A look-alike of
/// an optional field refuses a sheet that would otherwise be read, so two
/// in three must be kept (`关联审批单` for `关联的审批单`): exports carry
/// many columns two characters apart (`加班时长`, `工作时长`). A qualified
/// alias (`上班1/打卡结果`) is not held to the edits: its neighbours differ
/// from it by one digit (`上班2/打卡结果`), and an export of one shift
/// lacks them.
fn looks_renamed(text: &str, alias: &str, required: bool) -> bool {
    if text == alias || text.is_empty() {
        return false;
    }
    let bare = without_unit(text);
    if !bare.is_empty() && bare == without_unit(alias) {
        return true;
    }
    if alias.contains('/') {
        return false;
    }
    let shorter = text.chars().count().min(alias.chars().count());
    let share = if required { 2 } else { 3 };
    crate::show::near(text, alias).is_some_and(|d| d * share <= shorter)
}

/// A header without a bracketed part at its end (`迟到时长(分钟)` →
/// `迟到时长`); full-width brackets are folded by then.
fn without_unit(text: &str) -> &str {
    for (open, close) in [('(', ')'), ('[', ']'), ('【', '】')] {
        if let Some(inner) = text.strip_suffix(close) {
            if let Some(at) = inner.rfind(open) {
                return &text[..at];
            }
        }
    }
    text
}

/// How the day columns are headed, as the missing-columns message lists them.
const DAY_HEADS: [&str; 3] = ["1–31", "六", "日"];

/// The header cells that head a day: a day number 1–31, or 六/日 for a
/// weekend day (DingTalk's 月度汇总 heads its weekend columns so).
fn day_cells(cells: &[(u32, String, Option<String>)]) -> Vec<(u32, String)> {
    cells
        .iter()
        .filter(|(_, t, _)| is_day_head(t))
        .map(|(c, t, _)| (*c, t.clone()))
        .collect()
}

/// Whether a normalised header text heads a day column.
pub(crate) fn is_day_head(t: &str) -> bool {
    t == "六"
        || t == "日"
        || (!t.is_empty()
            && t.len() <= 2
            && t.bytes().all(|b| b.is_ascii_digit())
            && t.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d)))
}

/// For each field, the columns of the row whose text is one of its
/// aliases, each with the text it matched. An alias may name a column with
/// its group, `上班1/打卡状态`, which matches only the 打卡状态 under 上班1
/// (and a column headed `上班1/打卡状态` itself).
fn match_fields(cells: &[(u32, String, Option<String>)], aliases: &[Vec<String>]) -> Vec<Matched> {
    aliases
        .iter()
        .map(|names| {
            cells
                .iter()
                .filter_map(|(c, t, group)| {
                    let qualified = group.as_ref().map(|g| format!("{g}/{t}"));
                    if names.iter().any(|a| a == t) {
                        Some((*c, t.clone(), qualified))
                    } else {
                        qualified
                            .filter(|q| names.iter().any(|a| a == q))
                            .map(|q| (*c, q.clone(), Some(q)))
                    }
                })
                .collect()
        })
        .collect()
}

/// A field's matching columns: column, the text matched, and the column's
/// name with its group when it has one.
type Matched = Vec<(u32, String, Option<String>)>;

/// Whether a row's matches make it the header: every required field found,
/// and at least one field at all (a schema of optional fields still needs a
/// header to map).
fn qualify(
    row: u32,
    cells: &[(u32, String, Option<String>)],
    matches: &[Matched],
    schema: &SourceSchema,
) -> Result<Option<Header>, Ambiguous> {
    let complete = schema
        .fields
        .iter()
        .zip(matches)
        .all(|(f, m)| !f.required || !f.has_column() || !m.is_empty());
    if !complete || matches.iter().all(|m| m.is_empty()) {
        return Ok(None);
    }
    // A source that unpivots needs its day columns in the header row: the
    // row of names above them (merged down over the day numbers) is not it.
    let days = if schema.unpivot.is_some() {
        let days = day_cells(cells);
        if days.is_empty() {
            return Ok(None);
        }
        days
    } else {
        Vec::new()
    };
    let mut columns = Vec::with_capacity(matches.len());
    for (field, m) in schema.fields.iter().zip(matches) {
        if m.len() > 1 {
            let qualified: Vec<String> = m.iter().filter_map(|(_, _, q)| q.clone()).collect();
            return Err(Ambiguous {
                field: field.name.clone(),
                headers: m
                    .iter()
                    .map(|(c, t, q)| format!("{}: {}", column_letters(*c), q.as_ref().unwrap_or(t)))
                    .collect(),
                // Only when every column can be named so: otherwise a
                // qualified name could not pick the one without a group.
                qualified: if qualified.len() == m.len() {
                    qualified
                } else {
                    Vec::new()
                },
            });
        }
        columns.push(m.first().map(|(c, t, _)| (*c, t.clone())));
    }
    let free = unmatched(cells, matches, schema);
    let renamed = schema
        .fields
        .iter()
        .zip(&columns)
        .enumerate()
        .filter(|(_, (f, found))| !f.required && f.has_column() && found.is_none())
        .filter_map(|(i, (f, _))| renamed(f, &free).map(|(c, t)| (i, c, t.to_string())))
        .collect();
    Ok(Some(Header {
        row,
        columns,
        found: cells.iter().map(|(_, t, _)| t.clone()).collect(),
        headed: cells.iter().map(|(c, _, _)| *c).collect(),
        days,
        above: Vec::new(),
        renamed,
    }))
}

/// The lower row's texts, with the upper row's where the lower cell is
/// blank (a header merged down over both rows). A lower cell's group is the
/// nearest upper cell at or left of it that has lower cells under it: a
/// group merged across (上班1 over 打卡时间 and 打卡状态) is written only in
/// its first column, and an upper cell merged down (姓名) is no group.
fn merge(
    upper: &[(u32, String, Option<String>)],
    lower: &[(u32, String, Option<String>)],
) -> Cells {
    let under = |c: u32| lower.iter().any(|(lc, _, _)| *lc == c);
    let mut out: Cells = lower
        .iter()
        .map(|(c, t, _)| {
            let group = upper
                .iter()
                .rev()
                .find(|(uc, _, _)| uc <= c)
                .filter(|(uc, _, _)| under(*uc))
                .map(|(_, g, _)| g.clone());
            (*c, t.clone(), group)
        })
        .collect();
    for (c, t, _) in upper {
        if !under(*c) {
            out.push((*c, t.clone(), None));
        }
    }
    out.sort_by_key(|(c, _, _)| *c);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::schema::FieldSpec;
    use crate::value::FieldType;

    fn field(name: &str, headers: &[&str], required: bool) -> FieldSpec {
        let headers = headers.iter().map(|h| h.to_string()).collect();
        FieldSpec {
            required,
            ..FieldSpec::plain(name, headers, FieldType::Text)
        }
    }

    fn schema(fields: Vec<FieldSpec>) -> SourceSchema {
        SourceSchema {
            id: "t".into(),
            fields,
            sheet: None,
            sheet_pattern: None,
            unpivot: None,
        }
    }

    fn row(n: u32, texts: &[(u32, &str)]) -> HeadRow {
        HeadRow {
            row: n,
            cells: texts.iter().map(|(c, t)| (*c, t.to_string())).collect(),
        }
    }

    #[test]
    fn header_found_below_title_rows_with_line_breaks() {
        let s = schema(vec![
            field("name", &["姓名"], true),
            field("late", &["迟到时长(分钟)"], true),
            field("note", &["备注"], false),
        ]);
        let rows = vec![
            row(1, &[(0, "每日统计表 统计日期：2024-03-01 至 2024-03-31")]),
            row(2, &[(0, "报表生成时间：2024-04-01 10:00")]),
            row(4, &[(0, "姓 名"), (3, "迟到时长\n（分钟）")]),
        ];
        let h = detect(&rows, &s).unwrap().unwrap();
        assert_eq!(h.row, 4);
        assert_eq!(h.columns[0], Some((0, "姓名".into())));
        assert_eq!(h.columns[1], Some((3, "迟到时长(分钟)".into())));
        assert_eq!(h.columns[2], None);
        assert_eq!(h.found, vec!["姓名", "迟到时长(分钟)"]);
    }

    #[test]
    fn grouped_header_reads_merged_cells_from_the_row_above() {
        let s = schema(vec![
            field("name", &["姓名"], true),
            field("status", &["状态"], true),
        ]);
        let rows = vec![
            row(1, &[(0, "日报")]),
            row(3, &[(0, "姓名"), (1, "考勤概况")]),
            row(4, &[(1, "状态")]),
        ];
        let h = detect(&rows, &s).unwrap().unwrap();
        assert_eq!(h.row, 4);
        assert_eq!(h.columns[0], Some((0, "姓名".into())));
    }

    #[test]
    fn a_header_merged_down_reads_the_columns_under_its_groups() {
        // DingTalk's 每日统计: every required header merged down over rows 3
        // and 4, so row 3 alone is complete; 上班1 and 下班1 are over row 4's
        // 打卡时间 and 打卡结果, which optional fields name.
        let s = schema(vec![
            field("name", &["姓名"], true),
            field("late", &["迟到次数"], true),
            field("on", &["上班1/打卡结果", "上班1打卡结果"], false),
            field("off_at", &["下班1/打卡时间"], false),
        ]);
        let rows = vec![
            row(1, &[(0, "每日统计表 统计日期：2026-02-01 至 2026-02-28")]),
            row(2, &[(0, "报表生成时间：2026-03-01 09:30")]),
            row(
                3,
                &[(0, "姓名"), (8, "上班1"), (10, "下班1"), (13, "迟到次数")],
            ),
            row(
                4,
                &[
                    (8, "打卡时间"),
                    (9, "打卡结果"),
                    (10, "打卡时间"),
                    (11, "打卡结果"),
                ],
            ),
            row(5, &[(0, "张伟"), (8, "07:42"), (9, "正常"), (13, "0")]),
        ];
        let h = detect(&rows, &s).unwrap().unwrap();
        assert_eq!(h.row, 4);
        assert_eq!(h.columns[0], Some((0, "姓名".into())));
        assert_eq!(h.columns[1], Some((13, "迟到次数".into())));
        assert_eq!(h.columns[2], Some((9, "上班1/打卡结果".into())));
        assert_eq!(h.columns[3], Some((10, "下班1/打卡时间".into())));
        // A single header row over the data stays where it is: the data row
        // below it is no header.
        let rows = vec![
            row(3, &[(0, "姓名"), (9, "上班1打卡结果"), (13, "迟到次数")]),
            row(4, &[(0, "张伟"), (9, "正常"), (13, "0")]),
        ];
        let h = detect(&rows, &s).unwrap().unwrap();
        assert_eq!(h.row, 3);
        assert_eq!(h.columns[2], Some((9, "上班1打卡结果".into())));
    }

    #[test]
    fn closest_row_reported_when_none_qualifies() {
        let s = schema(vec![
            field("name", &["姓名"], true),
            field("status", &["状态", "打卡结果"], true),
        ]);
        let rows = vec![row(1, &[(0, "标题")]), row(2, &[(0, "姓名"), (1, "日期")])];
        let c = detect(&rows, &s).unwrap().unwrap_err();
        assert_eq!(c.row, 2);
        assert_eq!(c.found, vec!["姓名", "日期"]);
        assert_eq!(
            c.missing,
            vec![MissingField {
                field: "status".to_string(),
                shown: "状态".to_string(),
                accepted: vec!["状态".to_string(), "打卡结果".to_string()],
                renamed: None,
            }]
        );
    }

    #[test]
    fn the_closest_row_points_out_a_header_like_a_missing_field() {
        let s = schema(vec![
            field("name", &["姓名"], true),
            field("status", &["打卡结果", "上课状态"], true),
        ]);
        let rows = vec![row(3, &[(0, "姓名"), (1, "工号"), (7, "考勤结果")])];
        let c = detect(&rows, &s).unwrap().unwrap_err();
        assert_eq!(c.missing[0].renamed.as_deref(), Some("考勤结果"));
        // A header another field takes is no renamed column.
        let s = schema(vec![
            field("name", &["姓名"], true),
            field("id", &["工号"], true),
            field("code", &["工号码"], true),
        ]);
        let rows = vec![row(1, &[(0, "姓名"), (1, "工号")])];
        let c = detect(&rows, &s).unwrap().unwrap_err();
        assert_eq!(c.missing[0].renamed, None);
    }

    #[test]
    fn an_optional_column_renamed_is_found_beside_the_header() {
        let s = schema(vec![
            field("name", &["姓名"], true),
            field("late", &["迟到时长(分钟)", "迟到分钟"], false),
            field("approval", &["关联的审批单", "审批单"], false),
            field("note", &["备注"], false),
        ]);
        // A unit written another way, and a word dropped.
        let rows = vec![row(
            1,
            &[
                (0, "姓名"),
                (4, "迟到时长（min）"),
                (6, "关联审批单"),
                (7, "工号"),
            ],
        )];
        let h = detect(&rows, &s).unwrap().unwrap();
        assert_eq!(
            h.renamed,
            vec![
                (1, 4, "迟到时长(min)".to_string()),
                (2, 6, "关联审批单".to_string())
            ]
        );
        // Columns simply absent, or another column two characters apart
        // (迟到次数 from 迟到分钟): nothing to say.
        let rows = vec![row(1, &[(0, "姓名"), (4, "迟到次数"), (7, "工号")])];
        assert!(detect(&rows, &s).unwrap().unwrap().renamed.is_empty());
        let rows = vec![row(1, &[(0, "姓名"), (7, "工号")])];
        assert!(detect(&rows, &s).unwrap().unwrap().renamed.is_empty());
        // A qualified alias is not held to the edits: 上班2 is no 上班1.
        let s = schema(vec![
            field("name", &["姓名"], true),
            field("second", &["上班2/打卡结果"], false),
        ]);
        let rows = vec![
            row(3, &[(0, "姓名"), (8, "上班1")]),
            row(4, &[(8, "打卡时间"), (9, "打卡结果")]),
        ];
        assert!(detect(&rows, &s).unwrap().unwrap().renamed.is_empty());
    }

    /// WeCom's 日报: 姓名 merged down, 考勤概况 and 外出打卡 both over a
    /// 最早, 上班1 and 下班1 both over 打卡时间 and 打卡状态.
    fn wecom() -> Vec<HeadRow> {
        vec![
            row(1, &[(0, "概况统计与打卡明细")]),
            row(2, &[(0, "统计时间:02-01 ～ 02-28")]),
            row(
                3,
                &[
                    (0, "姓名"),
                    (1, "考勤概况"),
                    (3, "外出打卡"),
                    (5, "上班1"),
                    (7, "下班1"),
                    (9, "打卡时间记录"),
                ],
            ),
            row(
                4,
                &[
                    (1, "最早"),
                    (2, "考勤结果"),
                    (3, "外出打卡次数(次)"),
                    (4, "最早"),
                    (5, "打卡时间"),
                    (6, "打卡状态"),
                    (7, "打卡时间"),
                    (8, "打卡状态"),
                ],
            ),
        ]
    }

    #[test]
    fn a_qualified_header_picks_the_column_under_its_group() {
        let s = schema(vec![
            field("name", &["姓名"], true),
            field("first", &["考勤概况/最早"], true),
            field("on", &["上班1/打卡状态"], true),
            field("off", &["下班1／打卡状态"], true),
            field("result", &["考勤结果"], true),
            field("record", &["打卡时间记录"], false),
        ]);
        let h = detect(&wecom(), &s).unwrap().unwrap();
        assert_eq!(h.row, 4);
        assert_eq!(h.columns[0], Some((0, "姓名".into())));
        assert_eq!(h.columns[1], Some((1, "考勤概况/最早".into())));
        assert_eq!(h.columns[2], Some((6, "上班1/打卡状态".into())));
        assert_eq!(h.columns[3], Some((8, "下班1/打卡状态".into())));
        assert_eq!(h.columns[4], Some((2, "考勤结果".into())));
        // Merged down, 打卡时间记录 is a header, not a group.
        assert_eq!(h.columns[5], Some((9, "打卡时间记录".into())));
        // A group that is not over the header matches nothing.
        let s = schema(vec![field("on", &["下班1/考勤结果"], true)]);
        assert!(detect(&wecom(), &s).unwrap().is_err());
        let s = schema(vec![field("on", &["打卡时间记录/打卡状态"], true)]);
        assert!(detect(&wecom(), &s).unwrap().is_err());
    }

    #[test]
    fn a_header_under_several_groups_is_ambiguous_naming_the_qualified_forms() {
        let s = schema(vec![
            field("name", &["姓名"], true),
            field("on", &["打卡状态"], true),
        ]);
        let a = detect(&wecom(), &s).unwrap_err();
        assert_eq!(a.field, "on");
        assert_eq!(a.headers, vec!["G: 上班1/打卡状态", "I: 下班1/打卡状态"]);
        assert_eq!(a.qualified, vec!["上班1/打卡状态", "下班1/打卡状态"]);
    }

    #[test]
    fn two_columns_for_one_field_is_ambiguous() {
        let s = schema(vec![field("status", &["状态", "打卡结果"], true)]);
        let rows = vec![row(1, &[(2, "状态"), (4, "打卡结果")])];
        let a = detect(&rows, &s).unwrap_err();
        assert_eq!(a.headers, vec!["C: 状态", "E: 打卡结果"]);
    }
}
