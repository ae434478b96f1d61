//! Blank input templates (`kaohe init`): one xlsx per source of a rubric,
//! named so the source's file pattern picks it up and with the sheet its
//! sheet pattern reads, so a template filled in scores without edits.
//!
//! The header row holds each field's first accepted header; key and text
//! columns are formatted as text (so 工号 0012 keeps its zeros when typed),
//! dates as dates, and enumerated fields get a dropdown of their values. A
//! 说明 sheet says, per column, what goes in it.

use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, Format, RowNum, Workbook, XlsxError,
};

use super::labels::labels;
use super::sheet::{col, print_titled, properties};
use super::style::{self, lines, share, Widths, LINE_POINTS};
use crate::i18n::report as msg;
use crate::input::FieldSpec;
use crate::rubric::{Locale, Rubric, Source};
use crate::show::width;
use crate::value::FieldType;

/// Rows below the header that get formats and dropdowns: a month of
/// attendance for a large school fits.
const TEMPLATE_ROWS: RowNum = 5000;

/// The 说明 sheet's header row, under the title and the intro.
const NOTES_HEAD: RowNum = 3;
/// Width of the 说明 sheet's first column (the column's header), in units.
const COLUMN_UNITS: u16 = 16;
/// The widest the 说明 sheet's columns may be together: as 汇总（打印）,
/// what A4 landscape holds at about 90 %.
const NOTES_BUDGET: usize = 110;

/// Why a template could not be made.
#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    /// No xlsx file name matches the source's file patterns (a source that
    /// reads only CSV files, say), so a template would never be read.
    #[error("{}", msg::template_no_file_name(.source_id, .patterns))]
    NoFileName {
        /// The source's id.
        source_id: String,
        /// Its patterns, joined.
        patterns: String,
    },
    /// The workbook could not be assembled.
    #[error("{}", msg::template_not_built())]
    Xlsx(#[from] XlsxError),
}

impl crate::i18n::Localize for TemplateError {
    fn localized(&self, locale: Locale) -> String {
        match self {
            TemplateError::NoFileName {
                source_id,
                patterns,
            } => msg::template_no_file_name(source_id, patterns)
                .get(locale)
                .to_string(),
            TemplateError::Xlsx(_) => msg::template_not_built().get(locale).to_string(),
        }
    }
}

/// The file name a template for `source` gets: its first file pattern with
/// the wildcards dropped and `.xlsx` as extension, checked against the
/// patterns so the scorer will read it (`*名册*` → `名册.xlsx`).
///
/// # Errors
/// [`TemplateError::NoFileName`] when no pattern yields a matching name.
pub fn template_file_name(source: &Source) -> Result<String, TemplateError> {
    for pattern in &source.patterns {
        if pattern.contains(['[', '{', '/', '\\']) {
            continue;
        }
        let stem = pattern.replace('*', "").replace('?', "_");
        let stem = ["xlsx", "xls", "csv", "ods", "xlsm"]
            .iter()
            .find_map(|ext| stem.strip_suffix(&format!(".{ext}")))
            .unwrap_or(&stem)
            .trim_end_matches('.');
        let stem = if stem.is_empty() {
            source.id.as_str()
        } else {
            stem
        };
        let name = format!("{stem}.xlsx");
        if source.matcher.is_match(&name) {
            return Ok(name);
        }
    }
    Err(TemplateError::NoFileName {
        source_id: source.id.clone(),
        patterns: source.patterns.join(", "),
    })
}

/// The data sheet's name: the sheet pattern without wildcards when the
/// source names one, else a plain name.
fn sheet_name(source: &Source, locale: Locale) -> String {
    let fallback = labels(locale).template_data_sheet.to_string();
    match (&source.schema.sheet_pattern, &source.schema.sheet) {
        (Some(pattern), Some(matcher)) => {
            let name: String = pattern
                .chars()
                .filter(|c| !matches!(c, '*' | '?' | '[' | ']' | '{' | '}'))
                .collect();
            if !name.is_empty() && name.chars().count() <= 31 && matcher.is_match(&name) {
                name
            } else {
                fallback
            }
        }
        _ => fallback,
    }
}

/// A blank template for source `source` of `rubric`, with its labels and
/// instructions in `locale`. Byte-identical for the same rubric.
///
/// # Errors
/// [`TemplateError::Xlsx`] when a limit of the format is exceeded (a header
/// longer than a cell holds, a dropdown list over 255 characters).
pub fn template_bytes(
    rubric: &Rubric,
    source: usize,
    locale: Locale,
) -> Result<Vec<u8>, TemplateError> {
    let l = labels(locale);
    let Some(src) = rubric.sources.get(source) else {
        return Err(TemplateError::Xlsx(XlsxError::ParameterError(format!(
            "no source {source}"
        ))));
    };
    let mut workbook = Workbook::new();
    workbook.set_properties(&properties(&rubric.name)?);

    let sheet = workbook.add_worksheet().set_name(sheet_name(src, locale))?;
    let required = style::header();
    let optional = style::header().set_italic().set_font_color(0x595959);
    let mut widths = Widths::new(30);
    for (i, field) in src.schema.fields.iter().enumerate() {
        let c = col(i)?;
        let header = field
            .headers
            .first()
            .map_or(field.name.as_str(), String::as_str);
        let format = if field.required { &required } else { &optional };
        sheet.write_string_with_format(0, c, header, format)?;
        widths.fit(c, header);
        if let Some(code) = cell_format(&field.ty) {
            sheet.set_column_format(c, &Format::new().set_num_format(code))?;
            widths.fit(c, "2022-03-01");
        }
        if let Some(values) = dropdown(field) {
            let list = DataValidation::new()
                .allow_list_strings(&values)?
                // A warning, not a stop: values the rubric maps (脱岗 → 缺课)
                // are accepted too and may be pasted in from an export.
                .set_error_style(DataValidationErrorStyle::Warning)
                .set_error_message(l.template_not_listed)?;
            sheet.add_data_validation(1, c, TEMPLATE_ROWS, c, &list)?;
            for v in &values {
                widths.fit(c, v);
            }
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    widths.apply(sheet)?;
    // The header stays in row 1, where the scorer reads it: what the sheet
    // is goes in the page header, on top of every printed page.
    let title = msg::template_print_title(&rubric.name, &src.id)
        .get(locale)
        .to_string();
    print_titled(sheet, &title, l.page_footer, (0, 0))?;

    let notes = workbook
        .add_worksheet()
        .set_name(l.template_instructions_sheet)?;
    instructions(notes, rubric, src, locale)?;
    Ok(super::save_workbook(&mut workbook)?)
}

/// The number format a column gets, so typed values keep their meaning.
fn cell_format(ty: &FieldType) -> Option<&'static str> {
    Some(match ty {
        // Text: Excel would otherwise turn 0012 into 12.
        FieldType::Key | FieldType::Text | FieldType::Enum(_) => "@",
        FieldType::Date => "yyyy-mm-dd",
        FieldType::DateTime => "yyyy-mm-dd hh:mm",
        FieldType::Time => "hh:mm",
        FieldType::List(_) => "@",
        FieldType::Integer => "0",
        FieldType::Decimal | FieldType::Duration | FieldType::Boolean => return None,
    })
}

/// The values a dropdown offers: an enum's values, or 是/否.
fn dropdown(field: &FieldSpec) -> Option<Vec<String>> {
    match &field.ty {
        FieldType::Enum(values) => Some(values.clone()),
        FieldType::Boolean => Some(vec!["是".to_string(), "否".to_string()]),
        _ => None,
    }
}

fn instructions(
    sheet: &mut rust_xlsxwriter::Worksheet,
    rubric: &Rubric,
    src: &Source,
    locale: Locale,
) -> Result<(), XlsxError> {
    let l = labels(locale);
    let mut widths = Widths::new(60);
    sheet.write_string_with_format(0, 0, &rubric.name, &style::title())?;
    let intro = msg::template_intro(&src.id, src.patterns.join(", "))
        .get(locale)
        .to_string();
    sheet.merge_range(1, 0, 1, 4, &intro, &style::wrapped())?;
    sheet.set_row_height(1, 48)?;
    let titles = [
        l.template_column,
        l.template_type,
        l.template_required,
        l.template_values,
        l.template_aliases,
    ];
    super::sheet::header_row(sheet, NOTES_HEAD, &titles, &mut widths)?;
    let wrap = style::wrapped();
    let mut rows = Vec::new();
    for field in &src.schema.fields {
        let header = field
            .headers
            .first()
            .map_or(field.name.as_str(), String::as_str);
        let mut values = match &field.ty {
            FieldType::Enum(v) => v.join(l.list_separator),
            FieldType::Boolean => msg::template_boolean_values().get(locale).to_string(),
            _ => String::new(),
        };
        if !field.value_map.is_empty() {
            let mapped = field
                .value_map
                .iter()
                .map(|(from, to)| format!("{from} → {to}"))
                .collect::<Vec<_>>()
                .join(l.list_separator);
            values = msg::template_values_mapped(&values, &mapped)
                .get(locale)
                .to_string();
        }
        let cells = [
            header.to_string(),
            type_name(&field.ty, locale).to_string(),
            if field.required {
                l.template_yes
            } else {
                l.template_no
            }
            .to_string(),
            values,
            field
                .headers
                .iter()
                .skip(1)
                .cloned()
                .collect::<Vec<_>>()
                .join(l.list_separator),
        ];
        for (c, text) in (0u16..).zip(&cells) {
            widths.fit(c, text);
        }
        rows.push(cells);
    }
    widths.apply(sheet)?;
    sheet.set_column_width(0, f64::from(COLUMN_UNITS))?;
    // The values and the other headers can be long lists: they share what
    // the page has left beside the first three columns and wrap in it.
    let fixed = usize::from(COLUMN_UNITS)
        + (1..3)
            .map(|c| {
                let texts = rows.iter().map(|r: &[String; 5]| &r[c]);
                texts.fold(width(titles[c]), |w, t| w.max(width(t))) + 3
            })
            .sum::<usize>();
    let wants: Vec<usize> = (3..5)
        .map(|c| {
            let texts = rows.iter().map(|r| &r[c]);
            texts.fold(width(titles[c]), |w, t| w.max(width(t))).max(3) + 3
        })
        .collect();
    let shared = share(NOTES_BUDGET.saturating_sub(fixed), &wants);
    for (c, units) in (3u16..).zip(&shared) {
        sheet.set_column_width(c, *units as f64)?;
    }
    for (i, cells) in rows.iter().enumerate() {
        let r = NOTES_HEAD + 1 + RowNum::try_from(i).map_err(|_| XlsxError::RowColumnLimitError)?;
        for (c, text) in (0u16..).zip(cells) {
            sheet.write_string_with_format(r, c, text, &wrap)?;
        }
        let tall = cells[3..]
            .iter()
            .zip(&shared)
            .map(|(t, u)| lines(t, *u))
            .max()
            .unwrap_or(1);
        if tall > 1 {
            sheet.set_row_height(r, LINE_POINTS * tall as f64)?;
        }
    }
    let title = msg::template_print_title(&rubric.name, &src.id)
        .get(locale)
        .to_string();
    print_titled(sheet, &title, l.page_footer, (NOTES_HEAD, NOTES_HEAD))
}

/// A field type in words.
fn type_name(ty: &FieldType, locale: Locale) -> &'static str {
    match ty {
        FieldType::Key => msg::template_type_key(),
        FieldType::Text => msg::template_type_text(),
        FieldType::Integer => msg::template_type_integer(),
        FieldType::Decimal => msg::template_type_decimal(),
        FieldType::Date => msg::template_type_date(),
        FieldType::DateTime => msg::template_type_datetime(),
        FieldType::Duration => msg::template_type_duration(),
        FieldType::Boolean => msg::template_type_boolean(),
        FieldType::Enum(_) => msg::template_type_enum(),
        FieldType::Time => msg::template_type_time(),
        FieldType::List(_) => msg::template_type_list(),
    }
    .get(locale)
}

#[cfg(test)]
mod error_tests {
    use super::*;
    use crate::i18n::Localize;

    #[test]
    fn every_template_error_speaks_both_languages() {
        let none = TemplateError::NoFileName {
            source_id: "lessons".into(),
            patterns: "*.csv".into(),
        };
        assert_eq!(none.localized(Locale::En), none.to_string());
        assert_eq!(
            none.localized(Locale::Zh),
            "数据源 `lessons` 读取名为 *.csv 的文件：没有符合的 .xlsx 文件名，因此不为它生成模板"
        );
        let xlsx = TemplateError::Xlsx(XlsxError::ParameterError("x".into()));
        assert_eq!(xlsx.localized(Locale::En), "cannot build the template");
        assert_eq!(xlsx.localized(Locale::Zh), "无法生成模板");
    }
}
