//! What tells a note or total row under a table: the words an office types
//! there (制表人：, 审核人：, 说明：, 合计…), alone or followed by a colon, a
//! bracket or a number. The row reader decides what such a row does.

/// Words that open a note or total row under a table as an office types it:
/// who made and checked the sheet, totals, and explanations. Longest first,
/// so `制表人` is taken before `制表`.
const NOTE_WORDS: [&str; 26] = [
    "制表单位",
    "填报单位",
    "制表日期",
    "填表日期",
    "填报日期",
    "审核日期",
    "制表人",
    "填表人",
    "填报人",
    "审核人",
    "审批人",
    "统计人",
    "负责人",
    "合计",
    "总计",
    "小计",
    "说明",
    "备注",
    "附注",
    "注意",
    "签字",
    "签名",
    "制表",
    "填表",
    "审核",
    "注",
];

/// Whether a cell opens a note or total row: one of [`NOTE_WORDS`], alone
/// or followed by a colon, a bracket or a number (`注1：`, `合计（元）`),
/// spaces and full-width forms aside (`合　计`, `制表人：`).
pub(crate) fn is_note(s: &str) -> bool {
    // Every note word starts with one of these; most cells stop here.
    let first = s
        .chars()
        .find(|c| !c.is_whitespace() && !super::normalize::is_invisible(*c));
    if !first.is_some_and(|c| "制填审统负合总小说备附注签每".contains(c)) {
        return false;
    }
    let t = super::normalize::normalize_header(s);
    // DingTalk's older 月度汇总 ends with how its leave days are counted.
    if t.starts_with("每天时长=") {
        return true;
    }
    NOTE_WORDS.iter().any(|w| match t.strip_prefix(w) {
        Some(rest) => rest.chars().next().is_none_or(|c| {
            matches!(c, ':' | '(' | '[' | '【' | '<' | '-' | '.' | ',' | '、') || c.is_ascii_digit()
        }),
        None => false,
    })
}

/// Whether a cell is the label of a total row: 合计, 总计 or 小计, alone or
/// followed by a colon, a bracket or a number, spaces aside. In a cell after
/// the first it makes a total row only when the row is not a whole record.
pub(crate) fn is_total(s: &str) -> bool {
    let first = s
        .chars()
        .find(|c| !c.is_whitespace() && !super::normalize::is_invisible(*c));
    first.is_some_and(|c| "合总小".contains(c))
        && is_note(s)
        && ["合计", "总计", "小计"]
            .iter()
            .any(|w| super::normalize::normalize_header(s).starts_with(w))
}

#[cfg(test)]
mod tests {
    use super::{is_note, is_total};

    #[test]
    fn totals_are_told_by_any_cell() {
        for s in ["合计", "合 计", "总计：", "小计(人)"] {
            assert!(is_total(s), "{s}");
        }
        for s in ["制表人：", "说明", "合计划", "王芳"] {
            assert!(!is_total(s), "{s}");
        }
    }

    #[test]
    fn notes_and_totals_as_offices_type_them() {
        for s in [
            "制表人：王老师",
            "审核人：",
            "合计",
            "合　计",
            " 总 计 ",
            "说明：迟到按缺课计",
            "注：",
            "注1:",
            "备注: 无",
            "制表人:王芳  审核人:李明",
            "\u{200B}制表人：",
            "合计（元）",
            "制表日期：2022-03-31",
            "签字",
            "每天时长=审批单时长/审批单跨越天数",
        ] {
            assert!(is_note(s), "{s}");
        }
        for s in [
            "0012",
            "王芳",
            "注意力训练",
            "合计划",
            "说明书编写",
            "审核通过",
            "小计算",
            "总计划",
            "备课",
            "每天",
        ] {
            assert!(!is_note(s), "{s}");
        }
    }
}
