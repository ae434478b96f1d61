//! 运行信息: what this workbook was computed from — tool version, rubric and
//! every input with its SHA-256, and how many records each source read,
//! scored or set aside — so a result can be reproduced or challenged. It
//! holds no timestamp: the same inputs must give the same bytes.

use rust_xlsxwriter::{RowNum, Worksheet, XlsxError};

use super::fit::Fit;
use super::labels::Labels;
use super::sheet::{print_sections, Ctx, BUDGET_UNITS};
use super::style;

pub(super) fn write(sheet: &mut Worksheet, ctx: &Ctx<'_>) -> Result<(), XlsxError> {
    let l = ctx.labels;
    let run = &ctx.outcome.run;
    // A SHA-256 is 64 characters: whole where the page has room, else
    // wrapped.
    let mut fit = Fit::new(BUDGET_UNITS);
    let text = style::text(false);
    let integer = style::integer(false);
    let count = |fit: &mut Fit, r: RowNum, c: u16, value: u64| {
        // Counts are far below 2^53, so the f64 cell is exact.
        fit.number(r, c, value as f64, &value.to_string(), &integer);
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
    // A district's school that kept its rows of a roster naming several.
    let school_rows = run.school.as_ref().map(|s| {
        crate::i18n::report::school_rows(&s.school, s.kept, s.others)
            .get(ctx.locale)
            .to_string()
    });
    if let Some(rows) = &school_rows {
        facts.push((
            crate::i18n::report::school_rows_label().get(ctx.locale),
            rows.as_str(),
        ));
    }
    let mut r: RowNum = 0;
    for (key, value) in facts {
        fit.text(r, 0, key, &style::section());
        fit.text(r, 1, value, &text);
        r += 1;
    }

    r += 1;
    r = fit.section(
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
    )?;
    for input in &run.inputs {
        if input.sheets.is_empty() {
            // Listed anyway: a file that was given but not read is exactly
            // what someone checking a disputed score needs to see.
            r += 1;
            fit.text(r, 0, &input.file.path, &text);
            fit.text(r, 1, &input.file.sha256, &text);
            let sources = if input.sources.is_empty() {
                l.not_read.to_string()
            } else {
                let named: Vec<String> =
                    input.sources.iter().map(|s| ctx.source_named(s)).collect();
                named.join(l.list_separator)
            };
            fit.text(r, 2, &sources, &text);
        }
        for s in &input.sheets {
            r += 1;
            fit.text(r, 0, &input.file.path, &text);
            fit.text(r, 1, &input.file.sha256, &text);
            fit.text(r, 2, &ctx.source_named(&s.source), &text);
            fit.text(r, 3, &s.sheet, &text);
            count(&mut fit, r, 4, u64::from(s.header_row));
            count(&mut fit, r, 5, s.records);
        }
    }

    r += 2;
    r = fit.section(
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
    )?;
    for s in &run.sources {
        r += 1;
        fit.text(r, 0, &ctx.source_named(&s.source), &text);
        count(&mut fit, r, 1, s.read);
        count(&mut fit, r, 2, s.scored);
        count(&mut fit, r, 3, s.outside_period);
        count(&mut fit, r, 4, s.unknown_teacher);
    }

    // Only when there are any, so a run without warnings writes the same
    // bytes as before warnings were recorded.
    if !run.warnings.is_empty() {
        r += 2;
        r = fit.section(
            sheet,
            r,
            l.section_warnings,
            &[l.data_source, l.warning_code, l.warning_message],
        )?;
        for w in &run.warnings {
            r += 1;
            fit.text(r, 0, &ctx.source_named(w.source()), &text);
            fit.text(r, 1, w.code(), &text);
            // A long sentence: wrapped where the page is too narrow for it.
            fit.text(r, 2, w.text().get(ctx.locale), &text);
        }
    }

    let units = fit.finish(sheet)?;
    // Across pages, each starts with the file its rows are of.
    print_sections(sheet, l.page_footer, (0, 0), units)
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
