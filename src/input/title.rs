//! What a sheet's title says it covers: DingTalk and WeCom head an export
//! with the dates it was taken over (`统计日期：2026-02-01 至 2026-02-28`) or
//! its month (`2026年2月 考勤月报`), above the header row. A sheet that
//! unpivots takes its month from it; any sheet whose title covers only
//! part of the period scored is said, since the records of the days it
//! leaves out are not there to count.

use chrono::NaiveDate;

use super::normalize::normalize_header;

/// What a title cell names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Covers {
    /// A month written `2026年2月`.
    Month(i32, u32),
    /// A range of dates, its first and last.
    Range(NaiveDate, NaiveDate),
}

impl Covers {
    /// The month: the one written, or the range's first day's.
    pub(crate) fn month(self) -> (i32, u32) {
        use chrono::Datelike;
        match self {
            Covers::Month(year, month) => (year, month),
            Covers::Range(from, _) => (from.year(), from.month()),
        }
    }
}

/// What a title cell names: a range of dates (`统计日期：2026-02-01 至
/// 2026-02-28`, with `-`, `/` or `.`), or a month written `2026年2月`. A
/// lone date (`报表生成时间：2026-03-01 10:00`) is when the sheet was made,
/// not what it covers.
pub(crate) fn covers(text: &str) -> Option<Covers> {
    let t = normalize_header(text);
    let chars: Vec<char> = t.chars().collect();
    let number = |at: usize| -> (u32, usize) {
        let mut n = 0u32;
        let mut end = at;
        while let Some(d) = chars.get(end).and_then(|c| c.to_digit(10)) {
            n = n.saturating_mul(10).saturating_add(d);
            end += 1;
        }
        (n, end - at)
    };
    let mut dates = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (year, len) = number(i);
        if len == 0 {
            i += 1;
            continue;
        }
        let next = i + len;
        if len == 4 {
            let sep = chars.get(next).copied();
            let (month, mlen) = number(next + 1);
            if (1..=2).contains(&mlen) && (1..=12).contains(&month) {
                let after = next + 1 + mlen;
                match sep {
                    Some('年') if chars.get(after) == Some(&'月') => {
                        let (_, dlen) = number(after + 1);
                        let dated = dlen > 0 && chars.get(after + 1 + dlen) == Some(&'日');
                        if !dated {
                            return Some(Covers::Month(year as i32, month));
                        }
                    }
                    Some(s @ ('-' | '/' | '.')) if chars.get(after) == Some(&s) => {
                        let (day, dlen) = number(after + 1);
                        let date = NaiveDate::from_ymd_opt(year as i32, month, day);
                        if let (1..=2, Some(date)) = (dlen, date) {
                            dates.push(date);
                            i = after + 1 + dlen;
                            continue;
                        }
                    }
                    _ => {}
                }
            }
        }
        i = next;
    }
    match dates[..] {
        [from, to, ..] => Some(Covers::Range(from, to)),
        _ => None,
    }
}

/// What the first title cell above the header that names days says the
/// sheet covers.
pub(crate) fn header_covers(header: &super::header::Header) -> Option<super::TitleCovers> {
    header.above.iter().find_map(|(row, col, text)| {
        let (from, to, range) = match covers(text)? {
            Covers::Range(from, to) => (from, to, true),
            Covers::Month(year, month) => {
                let month = super::dates::Month { year, month };
                (month.first()?, month.last()?, false)
            }
        };
        Some(super::TitleCovers {
            cell: format!("{}{row}", crate::provenance::column_letters(*col)),
            title: text.trim().to_string(),
            from,
            to,
            range,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_title_covers_its_range_or_its_month_and_a_made_on_date_covers_nothing() {
        assert_eq!(
            covers("每日统计表 统计日期：2022-03-01 至 2022-03-15"),
            Some(Covers::Range(day(2022, 3, 1), day(2022, 3, 15)))
        );
        assert_eq!(
            covers("光荣巷小学线上过程教学考核 人工评分汇总（2022年2月）"),
            Some(Covers::Month(2022, 2))
        );
        assert_eq!(covers("报表生成时间：2022-04-01 08:00"), None);
        assert_eq!(covers("评分人：考核小组　导出时间：2022-03-01 09:30"), None);
        assert_eq!(covers("制表日期：2026年3月1日"), None);
    }
}
