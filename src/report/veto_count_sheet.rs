//! 否决计次: for each veto that takes several records (`at_least` above 1),
//! one row per record of a teacher's it matched in the period, whether or not
//! they reached the count. A term scored month by month is added up from
//! these by `kaohe rollup`: two offences in two months are the term's second
//! offence. Written only when the rubric has such a veto.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::sheet::Ctx;
use super::veto_sheet::{write_records, Own};
use crate::i18n::report as msg;

/// Whether the rubric has a veto this sheet is for.
pub(super) fn wanted(rubric: &crate::rubric::Rubric) -> bool {
    rubric.vetoes.iter().any(|v| v.at_least > 1)
}

pub(super) fn write(sheet: &mut Worksheet, ctx: &Ctx<'_>) -> Result<(), XlsxError> {
    let locale = ctx.locale;
    write_records(
        sheet,
        ctx,
        &[
            msg::veto_id().get(locale),
            msg::veto_at_least().get(locale),
            msg::veto_count_in_period().get(locale),
        ],
        |teacher| &teacher.veto_counts,
        |veto, hit| {
            let veto = veto?;
            Some(vec![
                Own::Text(&veto.id),
                Own::Count(veto.at_least),
                Own::Count(hit.evidence.len()),
            ])
        },
    )
}
