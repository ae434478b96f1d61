//! 运行信息: what this workbook was computed from — tool version, rubric and
//! every input with its SHA-256, and how many records each source read,
//! scored or set aside — so a result can be reproduced or challenged. It
//! holds no timestamp: the same inputs must give the same bytes.

use rust_xlsxwriter::{RowNum, Worksheet, XlsxError};

use super::labels::Labels;
use super::sheet::{landscape_a4, section_header, Ctx};
use super::style::{self, Widths};

pub(super) fn write(sheet: &mut Worksheet, ctx: &Ctx<'_>) -> Result<(), XlsxError> {
    let l = ctx.labels;
    let run = &ctx.outcome.run;
    // A SHA-256 is 64 characters; let it show whole.
    let mut widths = Widths::new(70);
    let text = style::text(false);
    let integer = style::integer(false);
    let section = style::section();
    let put = |sheet: &mut Worksheet, r: RowNum, c: u16, value: &str, widths: &mut Widths| {
        widths.fit(c, value);
        sheet
            .write_string_with_format(r, c, value, &text)
            .map(|_| ())
    };
    let count = |sheet: &mut Worksheet, r: RowNum, c: u16, value: u64| {
        // Counts are far below 2^53, so the f64 cell is exact.
        sheet
            .write_number_with_format(r, c, value as f64, &integer)
            .map(|_| ())
    };

    let period = period_text(run.period, l);
    let passed_over = run.passed_over.to_string();
    let mut facts = vec![
        (l.tool_version, run.tool_version.as_str()),
        (l.rubric_file, run.rubric.path.as_str()),
        (l.rubric_sha256, run.rubric.sha256.as_str()),
        (l.period, period.as_str()),
    ];
    // Said only when there were some, so a clean folder's workbook is as before.
    if run.passed_over > 0 {
        facts.push((l.passed_over, passed_over.as_str()));
    }
    let mut r: RowNum = 0;
    for (key, value) in facts {
        sheet.write_string_with_format(r, 0, key, &section)?;
        widths.fit(0, key);
        put(sheet, r, 1, value, &mut widths)?;
        r += 1;
    }

    r += 1;
    r = section_header(
        sheet,
        r,
        l.section_inputs,
        &[
            l.file,
            l.sha256,
            l.sources,
            l.sheet,
            l.header_row,
            l.records,
        ],
        &mut widths,
    )?;
    for input in &run.inputs {
        if input.sheets.is_empty() {
            // Listed anyway: a file that was given but not read is exactly
            // what someone checking a disputed score needs to see.
            r += 1;
            put(sheet, r, 0, &input.file.path, &mut widths)?;
            put(sheet, r, 1, &input.file.sha256, &mut widths)?;
            let sources = if input.sources.is_empty() {
                l.not_read.to_string()
            } else {
                input.sources.join(", ")
            };
            put(sheet, r, 2, &sources, &mut widths)?;
        }
        for s in &input.sheets {
            r += 1;
            put(sheet, r, 0, &input.file.path, &mut widths)?;
            put(sheet, r, 1, &input.file.sha256, &mut widths)?;
            put(sheet, r, 2, &s.source, &mut widths)?;
            put(sheet, r, 3, &s.sheet, &mut widths)?;
            sheet.write_number_with_format(r, 4, s.header_row, &integer)?;
            count(sheet, r, 5, s.records)?;
        }
    }

    r += 2;
    r = section_header(
        sheet,
        r,
        l.section_sources,
        &[
            l.data_source,
            l.read,
            l.scored,
            l.outside_period,
            l.unknown_teacher,
        ],
        &mut widths,
    )?;
    for s in &run.sources {
        r += 1;
        put(sheet, r, 0, &s.source, &mut widths)?;
        count(sheet, r, 1, s.read)?;
        count(sheet, r, 2, s.scored)?;
        count(sheet, r, 3, s.outside_period)?;
        count(sheet, r, 4, s.unknown_teacher)?;
    }

    // Only when there are any, so a run without warnings writes the same
    // bytes as before warnings were recorded.
    if !run.warnings.is_empty() {
        r += 2;
        r = section_header(
            sheet,
            r,
            l.section_warnings,
            &[l.data_source, l.warning_code, l.warning_message],
            &mut widths,
        )?;
        for w in &run.warnings {
            r += 1;
            put(sheet, r, 0, w.source(), &mut widths)?;
            put(sheet, r, 1, w.code(), &mut widths)?;
            // A long sentence: the column is not widened to it.
            sheet.write_string_with_format(r, 2, w.text().get(ctx.locale), &text)?;
        }
    }

    widths.apply(sheet)?;
    landscape_a4(sheet).set_print_fit_to_pages(1, 0);
    Ok(())
}

/// The period scored, as 运行信息 states it: `2022-03-01 至 2022-03-31`, or
/// all records.
pub(crate) fn period_text(period: Option<crate::engine::Period>, l: &Labels) -> String {
    match period {
        Some(p) => format!(
            "{}{}{}",
            p.from.format("%Y-%m-%d"),
            l.period_to,
            p.to.format("%Y-%m-%d")
        ),
        None => l.period_all.to_string(),
    }
}
