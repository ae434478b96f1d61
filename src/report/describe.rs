//! A rule in words, for the 规则 sheet and `explain`: what one record does,
//! which records count, and what limits the result, in the reader's language.
//! Conditions and amounts are said in words from the checked expression
//! (`rubric::expr::Phrase`), with each field by the name its export gives
//! it, so what the office reads is what the engine ran, without code.

mod rule;
mod totals;

pub use rule::describe_rule;
pub use totals::{describe_adjustment, describe_quota, describe_threshold};

use rust_decimal::Decimal;

use crate::i18n::report as msg;
use crate::i18n::Text;
use crate::show::plain;

/// A number of points: `1 point`, `2 points` / `1 分`.
fn points(value: Decimal) -> Text {
    if value == Decimal::ONE {
        msg::one_point(plain(value))
    } else {
        msg::n_points(plain(value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;
    use crate::rubric::{Locale, Quota, QuotaCounts, Rubric};
    use rust_decimal::Decimal;

    fn describe(item: &str, rule: usize, locale: Locale) -> String {
        let rubric = fixture::rubric();
        let item = rubric
            .items
            .iter()
            .find(|i| i.id == item)
            .unwrap_or_else(|| panic!("no item {item}"));
        describe_rule(&rubric, item, &item.rules[rule], locale)
    }

    #[test]
    fn deduct_each_with_condition_exemption_and_floor() {
        assert_eq!(
            describe("attendance", 0, Locale::Zh),
            "每条记录扣 1 分（条件：考勤状态为缺课；免扣：已审批请假），扣完为止"
        );
        assert_eq!(
            describe("attendance", 0, Locale::En),
            "Deduct 1 point per record (when: 考勤状态 is 缺课; exempt: 已审批请假), down to 0"
        );
    }

    #[test]
    fn tiers_name_the_column_and_each_tier() {
        assert_eq!(
            describe("attendance", 1, Locale::Zh),
            "迟到分钟 ≤ 10：扣 0.5 分；其余：扣 1 分（按缺课计），扣完为止"
        );
        assert_eq!(
            describe("attendance", 1, Locale::En),
            "迟到分钟 ≤ 10: deduct 0.5 points; otherwise: deduct 1 point (按缺课计), down to 0"
        );
    }

    #[test]
    fn bonus_each_with_rule_cap() {
        assert_eq!(
            describe("papers", 0, Locale::Zh),
            "每条记录加 0.5 分，本规则最多 1 分"
        );
        assert_eq!(
            describe("papers", 0, Locale::En),
            "Add 0.5 points per record, at most 1 point from this rule"
        );
    }

    #[test]
    fn bonus_by_value() {
        assert_eq!(
            describe("papers", 1, Locale::Zh),
            "每条记录按级别：县级 加 3 分；校级 加 2 分"
        );
        assert_eq!(
            describe("papers", 1, Locale::En),
            "Per record by 级别: 县级 add 3 points; 校级 add 2 points"
        );
    }

    #[test]
    fn proportional_with_cap() {
        assert_eq!(
            describe("workload", 0, Locale::Zh),
            "课时 × 1.25 分，本规则最多 30 分"
        );
        assert_eq!(
            describe("workload", 0, Locale::En),
            "课时 × 1.25 points, at most 30 points from this rule"
        );
    }

    #[test]
    fn import_and_missing_zero() {
        assert_eq!(
            describe("plan", 0, Locale::Zh),
            "导入分数 得分（不超过满分）；无记录计 0 分"
        );
        assert_eq!(
            describe("plan", 0, Locale::En),
            "Imported score 得分 (at most the item's max); 0 without a record"
        );
    }

    fn describe_compiled(text: &str, item: &str, locale: Locale) -> String {
        let rubric = crate::rubric::compile("r.toml", text).unwrap();
        let item = rubric.items.iter().find(|i| i.id == item).unwrap();
        describe_rule(&rubric, item, &item.rules[0], locale)
    }

    #[test]
    fn window_rules_name_the_window_group_measure_and_limit() {
        let text = include_str!("../../rubrics/daily-minimums.toml");
        assert_eq!(
            describe_compiled(text, "daily_checks", Locale::Zh),
            "每个上课日每个班级批改人数合计少于 5 的，每次扣 1 分（按校历，无记录的时段也计），扣完为止"
        );
        assert_eq!(
            describe_compiled(text, "daily_checks", Locale::En),
            "Deduct 1 point for each school day and 班级 with a sum of 批改人数 below 5 \
             (by the school calendar; a window without records counts), down to 0"
        );
        assert_eq!(
            describe_compiled(text, "weekly_plan", Locale::Zh),
            "每周次数少于 1 的，每次扣 1 分（按校历，无记录的时段也计；被考核期截断的周，\
             要求按其在考核期内的上课日比例折算），扣完为止"
        );
        assert_eq!(
            describe_compiled(text, "screen_time", Locale::En),
            "Deduct 1 point for each school day and 班级 with a sum of 时长(分钟) above \
             the value in table 「每日屏幕时间上限」 for 任教年级 (by the school calendar; a window \
             without records counts), down to 0"
        );
    }

    /// The office reads the 规则 sheet of daily-minimums without code: no
    /// field or source id, no `table(`, `==` or `&&`, in either language.
    #[test]
    fn daily_minimums_rules_are_in_words_without_code() {
        let text = include_str!("../../rubrics/daily-minimums.toml");
        let rubric = crate::rubric::compile("r.toml", text).unwrap();
        let ids: Vec<&str> = rubric
            .sources
            .iter()
            .flat_map(|s| {
                std::iter::once(s.id.as_str())
                    .chain(s.schema.fields.iter().map(|f| f.name.as_str()))
            })
            .collect();
        let word = regex::Regex::new("[A-Za-z_]+").unwrap();
        let mut described = 0;
        for item in &rubric.items {
            for rule in &item.rules {
                let source = rubric.sources[rule.source].display_name();
                assert!(!ids.contains(&source.as_str()), "{source}");
                for locale in [Locale::Zh, Locale::En] {
                    let words = describe_rule(&rubric, item, rule, locale);
                    for code in ["table(", "==", "&&", "teacher."] {
                        assert!(!words.contains(code), "{code} in {words}");
                    }
                    if locale == Locale::Zh {
                        // English connective words are English; Chinese has none.
                        for w in word.find_iter(&words) {
                            assert!(!ids.contains(&w.as_str()), "{} in {words}", w.as_str());
                        }
                    }
                    described += 1;
                }
            }
        }
        assert_eq!(
            described, 14,
            "every rule of daily-minimums, in both languages"
        );
        assert_eq!(
            describe_compiled(text, "qa_minutes", Locale::Zh),
            "每个上课日答疑时长(分钟)合计少于按学科查表「答疑时长标准」的值的，每次扣 1 分\
             （按校历，无记录的时段也计），扣完为止"
        );
        assert_eq!(
            describe_compiled(text, "written_homework", Locale::Zh),
            "每条记录扣 2 分（条件：作业类型为书面，且年级不超过 2），扣完为止"
        );
        assert_eq!(
            describe_compiled(text, "on_duty", Locale::En),
            "Deduct 5 points per record (when: 考勤结果 is 旷工), down to 0"
        );
    }

    #[test]
    fn relative_rules_name_the_comparison_and_the_group() {
        let head = crate::testkit::roster_head(
            "",
            "*名册*",
            "grade = { headers = [\"任教年级\"], type = \"integer\" }\nsubject = { headers = [\"学科\"], type = \"text\" }\n",
        );
        let item = crate::testkit::one_item(50);
        let base = format!(
            r#"{head}[sources.w]
files = "*量*"
teacher = "id"
[sources.w.fields]
id = {{ headers = ["工号"], type = "key" }}
hours = {{ headers = ["课时"], type = "decimal" }}
{item}[[item.rule]]
kind = "relative"
source = "w"
value = "hours"
"#
        );
        let max = format!("{base}against = \"max\"\npoints = 50\n");
        assert_eq!(
            describe_compiled(&max, "i", Locale::Zh),
            "课时合计 ÷ 组内最高 × 50 分（全校比较；无记录者不参与）"
        );
        assert_eq!(
            describe_compiled(&max, "i", Locale::En),
            "Sum of 课时 ÷ the group's largest × 50 points (whole roster; teachers without records are left out)"
        );
        let rank = format!(
            "{base}against = \"rank\"\ngroup = [\"grade\", \"subject\"]\nranks = [50, 45]\n"
        );
        assert_eq!(
            describe_compiled(&rank, "i", Locale::Zh),
            "按课时合计排名：第 1 名 50 分；第 2 名 45 分，其后同末位，并列取高名次（按任教年级、学科分组比较；无记录者不参与）"
        );
        let linear = format!("{base}against = \"rank\"\npoints = 50\n");
        assert_eq!(
            describe_compiled(&linear, "i", Locale::En),
            "By rank of the sum of 课时: (n − rank + 1) ÷ n × 50 points, ties share the better rank \
             (whole roster; teachers without records are left out)"
        );
        let avg = format!("{base}against = \"average\"\npoints = 10\n");
        assert_eq!(
            describe_compiled(&avg, "i", Locale::Zh),
            "课时合计 ÷ 组内平均 × 10 分（全校比较；无记录者不参与）"
        );
    }

    /// A rubric with a weighted item, a threshold, an adjustment and a quota.
    fn kinds() -> Rubric {
        let text = r#"
[rubric]
name = "t"
[roster]
source = "roster"
key = "id"
name = "name"
school = "school"
[sources.roster]
files = "r.csv"
[sources.roster.fields]
id = { headers = ["工号"], type = "key" }
name = { headers = ["姓名"], type = "text" }
school = { headers = ["学校"], type = "text" }
role = { headers = ["角色"], type = "text" }
[sources.ratings]
files = "x.csv"
teacher = "id"
[sources.ratings.fields]
id = { headers = ["工号"], type = "key" }
rater = { headers = ["评价方"], type = "enum", values = ["学生", "考核小组"] }
score = { headers = ["分数"], type = "decimal" }
[[category]]
id = "ethics"
name = "师德"
max = 100
threshold = 60
[[item]]
id = "ethics"
name = "师德评议"
category = "ethics"
max = 100
[[item.rule]]
kind = "weighted"
source = "ratings"
by = "rater"
value = "score"
weights = { "学生" = 40, "考核小组" = 60 }
missing = "zero"
[[adjust]]
id = "half"
name = "折半"
category = "ethics"
factor = 0.5
when = 'role == "教干"'
requires = [{ source = "ratings", when = 'rater == "考核小组"', label = "小组评分" }]
[quota]
scope = "school"
counts = "down"
ties = "worse"
tie_break = ["ethics"]
vetoed = "include"
[[grade]]
name = "优秀"
share = 30
[[grade]]
name = "其他"
share = 70
"#;
        crate::rubric::compile("t.toml", text).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn weighted_names_each_rater_and_what_a_missing_one_counts() {
        let r = kinds();
        let item = &r.items[0];
        assert_eq!(
            describe_rule(&r, item, &item.rules[0], Locale::Zh),
            "按评价方加权：学生 40%；考核小组 60%（计分列分数；同一评价方多条记录取平均）；缺少的评价方计 0 分"
        );
        assert_eq!(
            describe_rule(&r, item, &item.rules[0], Locale::En),
            "Weighted by 评价方: 学生 40%; 考核小组 60% (scored from 分数; several records of a rater are averaged); a missing rater counts 0"
        );
    }

    #[test]
    fn threshold_and_adjustment_in_words() {
        let r = kinds();
        assert_eq!(describe_threshold(d("60"), Locale::Zh), "低于 60 分计 0 分");
        assert_eq!(describe_threshold(d("60"), Locale::En), "0 when below 60");
        assert_eq!(
            describe_adjustment(&r, &r.adjustments[0], Locale::Zh),
            "类别「师德」合计 × 0.5，按四舍五入保留 2 位（条件：角色为教干；须有记录：小组评分（x））"
        );
        assert_eq!(
            describe_adjustment(&r, &r.adjustments[0], Locale::En),
            "Subtotal of 师德 × 0.5, rounded half up to 2 places (when: 角色 is 教干; records needed: 小组评分 (x))"
        );
    }

    #[test]
    fn quota_policies_in_words() {
        let r = kinds();
        let q = r.quota.as_ref().unwrap();
        assert_eq!(
            describe_quota(&r, q, Locale::Zh),
            [
                "按学校分别排名".to_string(),
                "名额 = 比例 × 参与排名人数，去尾取整；最后一个等级取其余名额".to_string(),
                "同分跨越名额界线时，并列者均取较低等级".to_string(),
                "师德评议（高者在前）".to_string(),
                "被一票否决的教师参与排名并占用名额位置；其等级由否决决定".to_string(),
            ]
        );
        assert_eq!(
            describe_quota(&r, q, Locale::En)[1],
            "places = share × teachers ranked, rounded towards zero; the last grade takes the rest"
        );
        let hamilton = Quota {
            scope: q.scope,
            counts: QuotaCounts::LargestRemainder,
            tie_break: q.tie_break.clone(),
            ties: q.ties,
            vetoed: q.vetoed,
        };
        assert_eq!(
            describe_quota(&r, &hamilton, Locale::Zh)[1],
            "名额按最大余额法分配：各等级先取 比例 × 参与排名人数 的整数部分，\
             余下名额按小数部分从大到小逐个分配（小数部分相同给较高等级）"
        );
        assert!(
            describe_quota(&r, &hamilton, Locale::En)[1].starts_with("places by largest remainder")
        );
    }

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }
}
