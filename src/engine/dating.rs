//! Where the records' dates fell against the period, per source: a dated
//! source's records outside it are counted and, when nearly all are, the
//! run is refused as the wrong period; a source without `date`, which the
//! period cannot filter, is refused when any of its records is dated
//! outside it.

use chrono::NaiveDate;

use crate::input::Month;

use super::error::{OutsideSource, UndatedSource};
use super::evaluate::header;
use super::outcome::SourceStats;
use super::period::Period;
use super::warning::Warning;
use crate::rubric::Rubric;

/// Where a dated source's records fell against the period.
#[derive(Debug, Clone, Default)]
pub(super) struct DateTally {
    /// Records inside the period.
    pub(super) inside: u64,
    /// The earliest and latest date outside it.
    pub(super) outside: Option<(NaiveDate, NaiveDate)>,
    /// How many records each month holds, inside the period or not: the
    /// month to suggest when the period is the wrong one. A month's export
    /// spans two or three months at most.
    pub(super) months: Vec<(Month, u64)>,
    /// The days inside the period that have a record: a school day without
    /// one, in a source a day window counts, is said (at most the period's
    /// days, whatever the records).
    pub(super) days: std::collections::BTreeSet<NaiveDate>,
}

impl DateTally {
    pub(super) fn inside(&mut self, d: NaiveDate) {
        self.inside = self.inside.saturating_add(1);
        self.days.insert(d);
        self.month(d);
    }

    pub(super) fn outside(&mut self, d: NaiveDate) {
        self.outside = Some(match self.outside {
            Some((first, last)) => (first.min(d), last.max(d)),
            None => (d, d),
        });
        self.month(d);
    }

    fn month(&mut self, d: NaiveDate) {
        let m = Month::of(d);
        match self.months.iter_mut().find(|(k, _)| *k == m) {
            Some((_, n)) => *n = n.saturating_add(1),
            None => self.months.push((m, 1)),
        }
    }
}

/// The month most of the dated records are in, when more than half of
/// them are in one and it is not the period itself: the period to suggest
/// when the records are refused as outside the one given.
pub(super) fn likely_month(period: Period, dates: &[DateTally]) -> Option<Month> {
    let mut months: Vec<(Month, u64)> = Vec::new();
    for (m, n) in dates.iter().flat_map(|t| &t.months) {
        match months.iter_mut().find(|(k, _)| k == m) {
            Some((_, all)) => *all = all.saturating_add(*n),
            None => months.push((*m, *n)),
        }
    }
    let dated = months
        .iter()
        .fold(0u64, |all, (_, n)| all.saturating_add(*n));
    let (month, most) = months
        .into_iter()
        .max_by_key(|(m, n)| (*n, std::cmp::Reverse(*m)))?;
    (most.saturating_mul(2) > dated && !month.is(period.from, period.to)).then_some(month)
}

/// Where the dates of a source without `date` fell against the period: a
/// period cannot choose such a source's records, so each one dated outside
/// it would be scored with the rest.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct UndatedTally {
    /// Records with a date outside the period.
    pub(super) outside: u64,
    /// The first field found outside it, and the earliest and latest date.
    pub(super) seen: Option<(usize, NaiveDate, NaiveDate)>,
}

impl UndatedTally {
    pub(super) fn outside(&mut self, field: usize, d: NaiveDate) {
        self.outside = self.outside.saturating_add(1);
        self.seen = Some(match self.seen {
            Some((f, first, last)) => (f, first.min(d), last.max(d)),
            None => (field, d, d),
        });
    }
}

/// The sources without `date` that have records dated outside the period.
pub(super) fn undated_sources(rubric: &Rubric, tallies: &[UndatedTally]) -> Vec<UndatedSource> {
    rubric
        .sources
        .iter()
        .zip(tallies)
        .filter_map(|(source, t)| {
            let (field, first, last) = t.seen?;
            Some(UndatedSource {
                source: source.id.clone(),
                field: source.schema.fields[field].name.clone(),
                header: header(source, field),
                outside: t.outside,
                first,
                last,
            })
        })
        .collect()
}

/// Says, per dated source, how many records fell outside the period, and
/// returns the sources to refuse: no record in the period, or more than
/// nine in ten outside it. That is where a wrong month shows: the wrong
/// month (or year) leaves none inside, or only the few records whose
/// year-less dates took the period's year; while a month's export scored
/// for its month has next to nothing outside, and a month, a half-month or
/// a week scored from a longer log keeps a share of it inside.
pub(super) fn period_warnings(
    rubric: &Rubric,
    period: Period,
    stats: &[SourceStats],
    dates: &[DateTally],
    warnings: &mut Vec<Warning>,
) -> Vec<OutsideSource> {
    let mut refused = Vec::new();
    for (s, source) in rubric.sources.iter().enumerate() {
        let (Some(stat), Some(tally)) = (stats.get(s), dates.get(s)) else {
            continue;
        };
        let Some((first, last)) = tally.outside else {
            continue;
        };
        let outside = stat.outside_period;
        warnings.push(Warning::OutsidePeriod {
            source: source.id.clone(),
            named: source.named(),
            outside,
            dated: tally.inside.saturating_add(outside),
            period,
            first,
            last,
        });
        if tally.inside == 0 || outside > tally.inside.saturating_mul(9) {
            refused.push(OutsideSource {
                source: source.id.clone(),
                named: source.named(),
                inside: tally.inside,
                outside,
                first,
                last,
            });
        }
    }
    refused
}
