//! Finds the header row of a sheet by its content: the first of the top
//! rows that has a column for every required field. Exports put title rows
//! (DingTalk) or a grouped header (WeCom) above the real one, so the
//! position is never fixed.

use super::normalize::normalize_header;
use super::schema::SourceSchema;
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
    /// Required fields it lacks, each with its accepted headers.
    pub(crate) missing: Vec<(String, Vec<String>)>,
}

/// A field whose aliases match several columns of the header row.
#[derive(Debug, Clone)]
pub(crate) struct Ambiguous {
    pub(crate) field: String,
    pub(crate) headers: Vec<String>,
}

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
    let normalised: Vec<Vec<(u32, String)>> = rows
        .iter()
        .map(|r| {
            r.cells
                .iter()
                .map(|(c, t)| (*c, normalize_header(t)))
                .filter(|(_, t)| !t.is_empty())
                .collect()
        })
        .collect();
    let mut best = Candidate::default();
    for (i, cells) in normalised.iter().enumerate() {
        let row = rows[i].row;
        let matches = match_fields(cells, &aliases);
        if let Some(header) = qualify(row, cells, &matches, schema)? {
            return Ok(Ok(header));
        }
        let adjacent_above = i > 0 && rows[i - 1].row + 1 == row;
        if adjacent_above {
            let merged = merge(&normalised[i - 1], cells);
            if let Some(header) = qualify(row, &merged, &match_fields(&merged, &aliases), schema)? {
                return Ok(Ok(header));
            }
        }
        let matched = matches.iter().filter(|m| !m.is_empty()).count();
        if matched > best.matched || best.row == 0 {
            best = Candidate {
                row,
                matched,
                found: cells.iter().map(|(_, t)| t.clone()).collect(),
                missing: Vec::new(),
            };
            best.missing = schema
                .fields
                .iter()
                .zip(&matches)
                .filter(|(f, m)| f.required && m.is_empty())
                .map(|(f, _)| (f.name.clone(), f.headers.clone()))
                .collect();
        }
    }
    if best.row == 0 {
        best.missing = schema
            .fields
            .iter()
            .filter(|f| f.required)
            .map(|f| (f.name.clone(), f.headers.clone()))
            .collect();
    }
    Ok(Err(best))
}

/// For each field, the columns of the row whose text is one of its aliases.
fn match_fields(cells: &[(u32, String)], aliases: &[Vec<String>]) -> Vec<Vec<(u32, String)>> {
    aliases
        .iter()
        .map(|names| {
            cells
                .iter()
                .filter(|(_, t)| names.iter().any(|a| a == t))
                .cloned()
                .collect()
        })
        .collect()
}

/// Whether a row's matches make it the header: every required field found,
/// and at least one field at all (a schema of optional fields still needs a
/// header to map).
fn qualify(
    row: u32,
    cells: &[(u32, String)],
    matches: &[Vec<(u32, String)>],
    schema: &SourceSchema,
) -> Result<Option<Header>, Ambiguous> {
    let complete = schema
        .fields
        .iter()
        .zip(matches)
        .all(|(f, m)| !f.required || !m.is_empty());
    if !complete || matches.iter().all(|m| m.is_empty()) {
        return Ok(None);
    }
    let mut columns = Vec::with_capacity(matches.len());
    for (field, m) in schema.fields.iter().zip(matches) {
        if m.len() > 1 {
            return Err(Ambiguous {
                field: field.name.clone(),
                headers: m
                    .iter()
                    .map(|(c, t)| format!("{}: {t}", column_letters(*c)))
                    .collect(),
            });
        }
        columns.push(m.first().cloned());
    }
    Ok(Some(Header {
        row,
        columns,
        found: cells.iter().map(|(_, t)| t.clone()).collect(),
    }))
}

/// The lower row's texts, with the upper row's where the lower cell is blank.
fn merge(upper: &[(u32, String)], lower: &[(u32, String)]) -> Vec<(u32, String)> {
    let mut out: Vec<(u32, String)> = lower.to_vec();
    for (c, t) in upper {
        if !lower.iter().any(|(lc, _)| lc == c) {
            out.push((*c, t.clone()));
        }
    }
    out.sort_by_key(|(c, _)| *c);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::schema::FieldSpec;
    use crate::value::FieldType;

    fn field(name: &str, headers: &[&str], required: bool) -> FieldSpec {
        FieldSpec {
            name: name.into(),
            headers: headers.iter().map(|h| h.to_string()).collect(),
            ty: FieldType::Text,
            required,
            value_map: vec![],
            default: None,
            min: None,
            max: None,
            placeholders: Vec::new(),
        }
    }

    fn schema(fields: Vec<FieldSpec>) -> SourceSchema {
        SourceSchema {
            id: "t".into(),
            fields,
            sheet: None,
            sheet_pattern: None,
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
            vec![(
                "status".to_string(),
                vec!["状态".to_string(), "打卡结果".to_string()]
            )]
        );
    }

    #[test]
    fn two_columns_for_one_field_is_ambiguous() {
        let s = schema(vec![field("status", &["状态", "打卡结果"], true)]);
        let rows = vec![row(1, &[(2, "状态"), (4, "打卡结果")])];
        let a = detect(&rows, &s).unwrap_err();
        assert_eq!(a.headers, vec!["C: 状态", "E: 打卡结果"]);
    }
}
