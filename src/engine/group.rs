//! Relative rules at run time: a second pass after every record is read.
//! Each teacher's summed value is measured against the teachers of the same
//! group (the whole roster, or those sharing roster fields such as grade and
//! subject): in proportion to the group's largest or average value, or by
//! rank. Teachers with no record are not members: they neither score nor
//! move the group's maximum, average or ranks.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::arith::{self, Checked, Overflow};
use crate::i18n::engine as msg;
use crate::i18n::Text;
use crate::rubric::{Against, RankPoints, RelativeRule};

/// One teacher's value in a relative rule.
#[derive(Debug, Clone)]
pub struct Member {
    /// The teacher's index in the run.
    pub teacher: usize,
    /// The group key (the roster values of the group fields).
    pub group: String,
    /// How the group is named in evidence: `全校` / `whole roster`, or
    /// `任教年级=3, 学科=数学` (headers and values: the same in both languages).
    pub group_label: Text,
    /// The teacher's summed value.
    pub value: Decimal,
}

/// What a member scores, and the arithmetic behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    /// The teacher's index in the run.
    pub teacher: usize,
    /// Exact points (bounded by the item's max later, like any rule).
    pub points: Decimal,
    /// `22.5 ÷ 组内最高 25（全校，共 45 人）× 10 = 9` /
    /// `22.5 ÷ group's largest 25 (whole roster, 45 teachers) × 10 = 9`.
    pub detail: Text,
}

/// The member whose value made a group's sum or a product overflow.
#[derive(Debug, Clone, PartialEq)]
pub struct TooLarge {
    /// The teacher's index in the run.
    pub teacher: usize,
    /// The teacher's value.
    pub value: Decimal,
}

/// Scores every member against its group. `places` is how many decimals an
/// inexact quotient is shown with (the exact value is the evidence's points).
///
/// # Errors
/// [`TooLarge`]: a group's sum, or a value times the points, past the
/// largest decimal, naming the largest value of the group (or the member).
pub fn score(
    rule: &RelativeRule,
    members: &[Member],
    places: u32,
) -> Result<Vec<Scored>, TooLarge> {
    let mut groups: BTreeMap<&str, Vec<&Member>> = BTreeMap::new();
    for m in members {
        groups.entry(m.group.as_str()).or_default().push(m);
    }
    let p = rule.points;
    let mut out = Vec::with_capacity(members.len());
    for list in groups.values() {
        let n = list.len();
        let values = list.iter().map(|m| m.value);
        let max = values.clone().max().unwrap_or_default();
        let largest = || TooLarge {
            teacher: list
                .iter()
                .find(|m| m.value == max)
                .map_or(0, |m| m.teacher),
            value: max,
        };
        // Only an average needs the group's sum.
        let sum = match rule.against {
            Against::Average => arith::sum(values.clone()).map_err(|Overflow| largest())?,
            _ => Decimal::ZERO,
        };
        for m in list {
            let v = m.value.normalize();
            let who = if n == 1 {
                msg::group_of_one(&m.group_label, n)
            } else {
                msg::group_of(&m.group_label, n)
            };
            let pn = p.normalize();
            let (points, detail) =
                match &rule.against {
                    Against::Max | Against::Average => {
                        let (base, word) = if rule.against == Against::Max {
                            (max, msg::the_groups_largest().text())
                        } else {
                            (
                                sum.over(Decimal::from(n)).map_err(|Overflow| largest())?,
                                msg::the_groups_average().text(),
                            )
                        };
                        if base.is_zero() {
                            (Decimal::ZERO, msg::scaled_by_zero(v, &word, &who))
                        } else {
                            let pts = m.value.times(p).and_then(|x| x.over(base)).map_err(
                                |Overflow| TooLarge {
                                    teacher: m.teacher,
                                    value: m.value,
                                },
                            )?;
                            let (base, eq) = (shown(base, places), equals(pts, places));
                            (pts, msg::scaled(v, &word, base, &who, pn, eq))
                        }
                    }
                    Against::Rank(how) => {
                        let rank = list
                            .iter()
                            .filter(|o| o.value > m.value)
                            .count()
                            .saturating_add(1);
                        let ties = list.iter().filter(|o| o.value == m.value).count();
                        let tie = if ties > 1 {
                            let others = ties.saturating_sub(1);
                            msg::tied_with(others)
                        } else {
                            Text::default()
                        };
                        match how {
                            RankPoints::Linear => {
                                // rank ≤ n, and a share of the points is no larger than them.
                                let above = Decimal::from(n.saturating_sub(rank).saturating_add(1));
                                let pts = above
                                    .times(p)
                                    .and_then(|x| x.over(Decimal::from(n)))
                                    .map_err(|Overflow| TooLarge {
                                        teacher: m.teacher,
                                        value: m.value,
                                    })?;
                                let eq = equals(pts, places);
                                (pts, msg::rank_linear(v, rank, &tie, &who, n, pn, eq))
                            }
                            RankPoints::Table(ranks) => {
                                let pts = ranks
                                    .get(rank.saturating_sub(1))
                                    .or(ranks.last())
                                    .copied()
                                    .unwrap_or_default();
                                let shown_pts = pts.normalize();
                                (pts, msg::rank_table(v, rank, &tie, &who, shown_pts))
                            }
                        }
                    }
                };
            out.push(Scored {
                teacher: m.teacher,
                points,
                detail,
            });
        }
    }
    out.sort_by_key(|s| s.teacher);
    Ok(out)
}

/// A value as shown: exact when it has few decimals, else rounded with `≈`.
fn shown(value: Decimal, places: u32) -> String {
    let rounded = value.round_dp(places);
    if rounded == value {
        value.normalize().to_string()
    } else {
        format!("≈{}", rounded.normalize())
    }
}

/// `= 9`, or `≈ 9.17` for an inexact quotient.
fn equals(value: Decimal, places: u32) -> String {
    let rounded = value.round_dp(places);
    if rounded == value {
        format!("= {}", value.normalize())
    } else {
        format!("≈ {}", rounded.normalize())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::expr::{compile_number, Scope};

    fn dec(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn rule(against: Against, points: &str) -> RelativeRule {
        let fields = vec![("hours".to_string(), crate::value::FieldType::Decimal)];
        let value = compile_number(
            "hours",
            &Scope {
                record: &fields,
                teacher: &[],
                defaulted: &[],
            },
        )
        .unwrap();
        RelativeRule {
            value,
            group: Vec::new(),
            against,
            points: dec(points),
            mean: false,
        }
    }

    fn members(values: &[(&str, &str)]) -> Vec<Member> {
        values
            .iter()
            .enumerate()
            .map(|(i, (group, v))| Member {
                teacher: i,
                group: group.to_string(),
                group_label: if group.is_empty() {
                    crate::i18n::engine::whole_roster().text()
                } else {
                    Text::same(format!("学科={group}"))
                },
                value: dec(v),
            })
            .collect()
    }

    #[test]
    fn in_proportion_to_the_largest() {
        let got = score(
            &rule(Against::Max, "10"),
            &members(&[("", "25"), ("", "22.5"), ("", "0")]),
            2,
        )
        .unwrap();
        assert_eq!(got[0].points, dec("10"));
        assert_eq!(got[1].points, dec("9"));
        assert_eq!(
            got[1].detail.zh,
            "22.5 ÷ 组内最高 25（全校，共 3 人）× 10 = 9"
        );
        assert_eq!(
            got[1].detail.en,
            "22.5 ÷ the group's largest 25 (whole roster, 3 teachers) × 10 = 9"
        );
        assert_eq!(got[2].points, Decimal::ZERO);
    }

    #[test]
    fn in_proportion_to_the_average_shows_inexact_quotients_rounded() {
        // Average (20 + 10 + 10) / 3 = 13.33…; 20 × 10 ÷ 13.33… = 15.
        let got = score(
            &rule(Against::Average, "10"),
            &members(&[("", "20"), ("", "10"), ("", "10")]),
            2,
        )
        .unwrap();
        assert_eq!(got[0].points.round_dp(20), dec("15"));
        assert_eq!(got[1].points.round_dp(20), dec("7.5"));
        assert_eq!(
            got[1].detail.zh,
            "10 ÷ 组内平均 ≈13.33（全校，共 3 人）× 10 ≈ 7.5"
        );
        assert_eq!(
            got[1].detail.en,
            "10 ÷ the group's average ≈13.33 (whole roster, 3 teachers) × 10 ≈ 7.5"
        );
    }

    #[test]
    fn a_group_sum_past_the_largest_decimal_names_its_largest_value() {
        let big = "50000000000000000000000000000";
        let got = score(
            &rule(Against::Average, "10"),
            &members(&[("", "1"), ("", big), ("", big)]),
            2,
        );
        assert_eq!(
            got,
            Err(TooLarge {
                teacher: 1,
                value: dec(big)
            })
        );
        // The largest alone fits, but times the points it does not.
        let got = score(&rule(Against::Max, "10"), &members(&[("", big)]), 2);
        assert_eq!(
            got,
            Err(TooLarge {
                teacher: 0,
                value: dec(big)
            })
        );
    }

    #[test]
    fn ranks_within_each_group_share_ties() {
        let ms = members(&[
            ("数学", "88"),
            ("数学", "91"),
            ("数学", "88"),
            ("数学", "80"),
            ("语文", "70"),
        ]);
        let table = rule(
            Against::Rank(RankPoints::Table(vec![dec("50"), dec("45"), dec("40")])),
            "50",
        );
        let got = score(&table, &ms, 2).unwrap();
        let pts: Vec<Decimal> = got.iter().map(|s| s.points).collect();
        // 91 first; the two 88s share 2nd; 80 is 4th, past the list: the last value.
        assert_eq!(pts, [dec("45"), dec("50"), dec("45"), dec("40"), dec("50")]);
        assert_eq!(
            got[0].detail.zh,
            "88：第 2 名，与 1 人并列（学科=数学，共 4 人）；名次分 45"
        );
        assert_eq!(
            got[0].detail.en,
            "88: rank 2, tied with 1 (学科=数学, 4 teachers); points for the rank 45"
        );
        let linear = score(&rule(Against::Rank(RankPoints::Linear), "50"), &ms, 2).unwrap();
        // (4 − 4 + 1) ÷ 4 × 50 = 12.5 for the last of four.
        assert_eq!(linear[3].points, dec("12.5"));
        assert_eq!(
            linear[3].detail.zh,
            "80：第 4 名（学科=数学，共 4 人）；(4 − 4 + 1) ÷ 4 × 50 = 12.5"
        );
        assert_eq!(
            linear[3].detail.en,
            "80: rank 4 (学科=数学, 4 teachers); (4 − 4 + 1) ÷ 4 × 50 = 12.5"
        );
        assert_eq!(linear[4].points, dec("50"), "alone in its group: rank 1");
    }

    /// The whole run: records summed per teacher, then ranked within grade
    /// and subject; a teacher with no record is left out and scores 0.
    #[test]
    fn a_run_ranks_within_roster_groups_and_reconciles() {
        let roster = "工号,姓名,年级,学科\n01,甲,3,数学\n02,乙,3,数学\n03,丙,3,数学\n04,丁,4,数学\n05,戊,3,数学\n";
        let results = "工号,均分\n01,80\n02,91.5\n03,80\n04,70\n01,5\n";
        let head = crate::testkit::roster_head(
            "rounding = { places = 2 }\n",
            "*名册*",
            "grade = { headers = [\"年级\"], type = \"integer\" }\nsubject = { headers = [\"学科\"], type = \"text\" }\n",
        );
        let text = format!(
            r#"{head}[sources.results]
files = "*成绩*"
teacher = "id"
[sources.results.fields]
id = {{ headers = ["工号"], type = "key" }}
average = {{ headers = ["均分"], type = "decimal" }}
[[category]]
id = "c"
name = "成绩"
max = 50
[[item]]
id = "rank"
name = "成绩排名"
category = "c"
max = 50
[[item.rule]]
kind = "relative"
source = "results"
value = "average"
against = "rank"
group = ["teacher.grade", "teacher.subject"]
points = 50
"#
        );
        let files = [("名册.csv", roster), ("成绩.csv", results)];
        let out = crate::testkit::score_csv(&text, &files, &Default::default()).unwrap();
        let scores: Vec<String> = out
            .teachers
            .iter()
            .map(|t| t.items[0].score.to_string())
            .collect();
        // Grade 3 数学: 甲 85 (80 + 5), 乙 91.5, 丙 80 — ranks 2, 1, 3 of 3:
        // (3 − 2 + 1) ÷ 3 × 50 = 33.33…, 50, 16.66…; 丁 alone in grade 4: 50;
        // 戊 has no record: 0, outside the group.
        assert_eq!(scores, ["33.33", "50", "16.67", "50", "0"]);
        let first = &out.teachers[0].items[0].evidence;
        assert_eq!(first[0].kind, crate::engine::EvidenceKind::Relative);
        assert_eq!(
            first[0].detail.get(crate::i18n::Locale::Zh),
            "85：第 2 名（年级=3, 学科=数学，共 3 人）；(3 − 2 + 1) ÷ 3 × 50 ≈ 33.33"
        );
        assert_eq!(
            first[0].detail.get(crate::i18n::Locale::En),
            "85: rank 2 (年级=3, 学科=数学, 3 teachers); (3 − 2 + 1) ÷ 3 × 50 ≈ 33.33"
        );
        assert_eq!(first[1].kind, crate::engine::EvidenceKind::Rounding);
        let none = &out.teachers[4].items[0].evidence;
        assert_eq!(
            none[0].detail.get(crate::i18n::Locale::Zh),
            "无记录，不参与组内比较"
        );
        assert_eq!(
            none[0].detail.get(crate::i18n::Locale::En),
            "no record, so not compared within the group"
        );
    }
}
