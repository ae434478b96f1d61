//! After a teacher's items are scored: category thresholds (方案3: under
//! 500 points the category scores 0), then adjustments that multiply a
//! category's subtotal (方案5 折半计入). A threshold takes each item of the
//! category to 0 with an evidence line, so items still reconcile; an
//! adjustment leaves the items as earned and changes the subtotal, which is
//! what adds into the total.

use rust_decimal::Decimal;

use super::arith::{self, Checked, Overflow};

use super::outcome::{AdjustResult, Detail, Evidence, EvidenceKind, ItemResult};
use super::problem::Problem;
#[cfg(test)]
use crate::i18n::Locale;
use crate::provenance::Provenance;
use crate::rubric::expr::Env;
use crate::rubric::Rubric;
use crate::value::Value;

/// Zeroes every item of a category whose subtotal is under its threshold;
/// a category inside another is checked first, so the parent's subtotal is
/// what is left after its children's thresholds, and a parent under its
/// threshold zeroes every item under it, its children's too.
pub(super) fn category_thresholds(rubric: &Rubric, items: &mut [ItemResult]) {
    for c in rubric.categories_bottom_up() {
        let category = &rubric.categories[c];
        let Some(min) = category.threshold else {
            continue;
        };
        let under = rubric.items_under(c);
        // Item scores within their maxima, whose sum fits: were it not to,
        // the category is not below any threshold.
        let Ok(sum) = arith::sum(under.iter().map(|&i| items[i].score)) else {
            continue;
        };
        if sum >= min {
            continue;
        }
        for &i in &under {
            let item = &mut items[i];
            if item.score.is_zero() {
                continue;
            }
            item.evidence.push(Evidence {
                rule: None,
                kind: EvidenceKind::Threshold,
                points: arith::negated(item.score),
                origin: None,
                detail: {
                    let (name, sum, min) = (&category.name, sum.normalize(), min.normalize());
                    crate::i18n::engine::category_below_min(name, sum, min).into()
                },
                date: None,
            });
            item.score = Decimal::ZERO;
        }
    }
}

/// The teacher whose categories are adjusted: their roster row and, per
/// adjustment and requirement, the first record that met it.
pub(super) struct Subject<'a> {
    pub values: &'a [Value],
    pub origin: &'a Provenance,
    pub hits: &'a [Vec<Option<(Provenance, Detail)>>],
}

/// An adjustment that applies to a teacher, and what made it apply.
pub(super) type Applying = (usize, Vec<(Provenance, Detail)>);

/// The adjustments whose condition holds and whose required records the
/// teacher has, in rubric order, each with its evidence.
pub(super) fn applying(
    rubric: &Rubric,
    who: &Subject<'_>,
    roster_detail: impl Fn(&[crate::rubric::expr::FieldRef]) -> Detail,
    problems: &mut Vec<Problem>,
) -> Vec<Applying> {
    let env = Env {
        record: who.values,
        teacher: who.values,
    };
    let mut out = Vec::new();
    for (a, adj) in rubric.adjustments.iter().enumerate() {
        let mut evidence = Vec::new();
        if let Some(when) = &adj.when {
            match when.eval(&env) {
                Ok(true) => evidence.push((who.origin.clone(), roster_detail(when.fields()))),
                Ok(false) => continue,
                Err(e) => {
                    problems.push(Problem::Evaluation {
                        origin: who.origin.clone(),
                        rule: adj.name.clone(),
                        reason: super::problem::eval_reason(&e),
                    });
                    continue;
                }
            }
        }
        let hits = who.hits.get(a).map(Vec::as_slice).unwrap_or(&[]);
        if hits.len() != adj.requires.len() || hits.iter().any(Option::is_none) {
            continue;
        }
        for ((origin, detail), req) in hits.iter().flatten().zip(&adj.requires) {
            evidence.push((
                origin.clone(),
                crate::i18n::engine::required_record(&req.label, &detail.text()).into(),
            ));
        }
        out.push((a, evidence));
    }
    out
}

/// A subtotal that could not be worked out.
pub(crate) enum SubtotalFault {
    /// The category's items and children do not sum within a decimal.
    Sum(usize),
    /// The adjustment's product does not fit a decimal; it is not applied.
    Product(usize),
}

/// Every category's subtotal, children before parents: its own items plus
/// the subtotals of the categories inside it, rounded when the rubric
/// rounds at categories, then multiplied by each adjustment of that
/// category that applies, in rubric order (an adjustment of a parent
/// multiplies the parent's subtotal; the children keep theirs). Returns the
/// subtotals in rubric order and what each adjustment did, in rubric order.
pub(crate) fn subtotals(
    rubric: &Rubric,
    items: &[ItemResult],
    applying: Vec<Applying>,
    mut fault: impl FnMut(SubtotalFault),
) -> (Vec<Decimal>, Vec<AdjustResult>) {
    let mut subtotals = vec![Decimal::ZERO; rubric.categories.len()];
    let mut applying: Vec<Option<Applying>> = applying.into_iter().map(Some).collect();
    let mut out = Vec::new();
    for c in rubric.categories_bottom_up() {
        let Ok(mut value) = own_and_inner(rubric, c, items, &subtotals) else {
            fault(SubtotalFault::Sum(c));
            continue;
        };
        for slot in &mut applying {
            let Some((a, _)) = slot else { continue };
            let adj = &rubric.adjustments[*a];
            if adj.category != c {
                continue;
            }
            let Some((a, evidence)) = slot.take() else {
                continue;
            };
            let Ok(product) = value.times(adj.factor) else {
                fault(SubtotalFault::Product(a));
                continue;
            };
            let after = rubric.rounding.adjusted(product);
            out.push(AdjustResult {
                adjust: a,
                category: c,
                before: value,
                after,
                evidence,
            });
            value = after;
        }
        subtotals[c] = value;
    }
    out.sort_by_key(|a| a.adjust);
    (subtotals, out)
}

/// A category's own items plus its children's subtotals, rounded when the
/// rubric rounds at categories: the subtotal before any adjustment.
fn own_and_inner(
    rubric: &Rubric,
    category: usize,
    items: &[ItemResult],
    subtotals: &[Decimal],
) -> Result<Decimal, Overflow> {
    Ok(rubric
        .rounding
        .category(own_and_inner_exact(rubric, category, items, subtotals)?))
}

/// A category's own items plus its children's subtotals, exact. The
/// indices are the rubric's own, so every one is there.
fn own_and_inner_exact(
    rubric: &Rubric,
    category: usize,
    items: &[ItemResult],
    subtotals: &[Decimal],
) -> Result<Decimal, Overflow> {
    let c = &rubric.categories[category];
    let own = arith::sum(c.items.iter().map(|&i| items[i].score))?;
    let inner = arith::sum(c.children.iter().map(|&k| subtotals[k]))?;
    own.plus(inner)
}

/// A scored teacher's category `category` before rounding and adjustments:
/// its own items plus the subtotals of the categories inside it, exact.
pub fn exact_subtotal(
    rubric: &Rubric,
    teacher: &super::outcome::TeacherResult,
    category: usize,
) -> Decimal {
    // A scored teacher's sums were taken once already without overflowing.
    own_and_inner_exact(rubric, category, &teacher.items, &teacher.categories).unwrap_or_default()
}

/// What a category's subtotal must be: its items' and children's sum, then
/// each adjustment applied to it in order. `reconcile` checks every
/// subtotal against this.
pub(super) fn expected_subtotal(
    rubric: &Rubric,
    category: usize,
    items: &[ItemResult],
    subtotals: &[Decimal],
    applied: &[AdjustResult],
) -> Result<Decimal, Overflow> {
    let mut value = own_and_inner(rubric, category, items, subtotals)?;
    for a in applied.iter().filter(|a| a.category == category) {
        value = rubric
            .rounding
            .adjusted(value.times(rubric.adjustments[a.adjust].factor)?);
    }
    Ok(value)
}

/// The total: the top-level subtotals' sum, rounded once when the rubric
/// rounds at the total.
pub(crate) fn total(rubric: &Rubric, subtotals: &[Decimal]) -> Result<Decimal, Overflow> {
    let sum = arith::sum(rubric.top_categories().map(|c| subtotals[c]))?;
    Ok(rubric.rounding.total(sum))
}

/// Recomputes a teacher's subtotals and total after their item scores
/// changed (a manual override), keeping the adjustments that applied.
pub fn recompute_totals(rubric: &Rubric, t: &mut super::outcome::TeacherResult) {
    let applying = std::mem::take(&mut t.adjustments)
        .into_iter()
        .map(|a| (a.adjust, a.evidence))
        .collect();
    let (subtotals, adjustments) = subtotals(rubric, &t.items, applying, |_| {});
    t.total = total(rubric, &subtotals).unwrap_or_default();
    t.categories = subtotals;
    t.adjustments = adjustments;
}

/// Where a teacher's subtotals or total were rounded (never when the rubric
/// rounds items): each category whose exact subtotal changed, in bottom-up
/// order, or the total. Only steps that moved a value are listed.
pub fn rounding_steps(
    rubric: &crate::rubric::Rubric,
    teacher: &super::outcome::TeacherResult,
) -> Vec<(Option<usize>, Decimal, Decimal)> {
    use crate::rubric::RoundAt;
    let mut out = Vec::new();
    match rubric.rounding.at {
        RoundAt::Items => {}
        RoundAt::Categories => {
            for c in rubric.categories_bottom_up() {
                let exact = exact_subtotal(rubric, teacher, c);
                let rounded = rubric.rounding.apply(exact);
                if rounded != exact {
                    out.push((Some(c), exact, rounded));
                }
            }
        }
        RoundAt::Total => {
            let exact: Decimal = rubric
                .top_categories()
                .filter_map(|c| teacher.categories.get(c))
                .sum();
            if exact != teacher.total {
                out.push((None, exact, teacher.total));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::Locale;
    use crate::engine::EvidenceKind;
    use crate::testkit::{d, ok};

    const POINTS: &str = r#"
[[category]]
id = "it"
name = "信息化积分"
max = 1000
threshold = 500
[[item]]
id = "articles"
name = "文章"
category = "it"
max = 600
[[item.rule]]
kind = "bonus"
source = "events"
when = 'kind == "文章"'
points = 100
[[item]]
id = "awards"
name = "获奖"
category = "it"
max = 400
threshold = 150
[[item.rule]]
kind = "bonus"
source = "events"
when = 'kind == "获奖"'
points = 100
"#;

    const ROSTER: &str = "工号,姓名,学校\n01,甲,一小\n02,乙,一小\n";

    #[test]
    fn below_the_category_threshold_every_item_is_zero_with_the_line_that_took_it() {
        // 甲: 文章 3 × 100 + 获奖 2 × 100 = 500, not below 500: kept.
        // 乙: 文章 4 × 100 = 400, 获奖 1 × 100 = 100 < 150 (item threshold) → 0;
        //     category 400 < 500 → 文章 0 too.
        let events = "工号,类别\n01,文章\n01,文章\n01,文章\n01,获奖\n01,获奖\n\
                      02,文章\n02,文章\n02,文章\n02,文章\n02,获奖\n";
        let o = ok(POINTS, ROSTER, events);
        assert_eq!(o.teachers[0].total, d("500"));
        let yi = &o.teachers[1];
        assert_eq!(yi.total, d("0"));
        let article = &yi.items[0].evidence;
        let last = article.last().unwrap();
        assert_eq!(last.kind, EvidenceKind::Threshold);
        assert_eq!(last.points, d("-400"));
        assert_eq!(
            last.detail.get(Locale::Zh),
            "类别「信息化积分」合计 400 < 500：不得分"
        );
        assert_eq!(
            last.detail.get(Locale::En),
            "subtotal of 信息化积分 400 < 500: scores 0"
        );
        let award = yi.items[1].evidence.last().unwrap();
        assert_eq!(award.kind, EvidenceKind::Threshold);
        assert_eq!(award.detail.get(Locale::Zh), "100 < 150：不得分");
        assert_eq!(award.detail.get(Locale::En), "100 < 150: scores 0");
    }

    const HALF: &str = r#"
[[category]]
id = "online"
name = "线上教学"
max = 10
[[item]]
id = "lessons"
name = "授课"
category = "online"
max = 10
[[item.rule]]
kind = "proportional"
source = "events"
when = 'kind == "授课"'
value = "points"
rate = 1
[[category]]
id = "duty"
name = "现场值守"
max = 5
[[item]]
id = "duty"
name = "值守"
category = "duty"
max = 5
[[item.rule]]
kind = "bonus"
source = "events"
when = 'kind == "值守"'
points = 1

[[adjust]]
id = "cadre_half"
name = "教干现场值守且线上授课，折半计入"
category = "online"
factor = 0.5
when = 'role == "教干"'
requires = [{ source = "events", when = 'kind == "值守"', label = "现场值守" }]
"#;

    #[test]
    fn a_cadre_on_duty_has_the_category_halved_and_the_items_keep_their_scores() {
        // 甲 教干 with duty: 授课 7.25 → subtotal 7.25 × 0.5 = 3.625 → 3.63; total 3.63 + 1.
        // 乙 教干 without duty: not adjusted. 丙 not a cadre, with duty: not adjusted.
        let roster = "工号,姓名,学校,角色\n01,甲,一小,教干\n02,乙,一小,教干\n03,丙,一小,班主任\n";
        let events = "工号,类别,分数\n01,授课,7.25\n01,值守,\n02,授课,8\n03,授课,6\n03,值守,\n";
        let o = ok(HALF, roster, events);
        let jia = &o.teachers[0];
        assert_eq!(jia.items[0].score, d("7.25"));
        assert_eq!(jia.categories, vec![d("3.63"), d("1")]);
        assert_eq!(jia.total, d("4.63"));
        let a = &jia.adjustments[0];
        assert_eq!((a.before, a.after), (d("7.25"), d("3.63")));
        assert_eq!(a.evidence[0].1.get(Locale::En), "角色=教干");
        assert_eq!(a.evidence[1].1.get(Locale::Zh), "现场值守：类别=值守");
        assert_eq!(a.evidence[1].1.get(Locale::En), "现场值守: 类别=值守");
        assert!(o.teachers[1].adjustments.is_empty());
        assert_eq!(o.teachers[1].total, d("8"));
        assert!(o.teachers[2].adjustments.is_empty());
        assert_eq!(o.teachers[2].total, d("7"));
    }

    /// Two items each ending in .25, at one place (方案 "总分四舍五入保留一位").
    const QUARTERS: &str = r#"
[[category]]
id = "c"
name = "考核"
max = 100
[[item]]
id = "a"
name = "甲项"
category = "c"
max = 50
[[item.rule]]
kind = "proportional"
source = "events"
when = 'kind == "a"'
value = "points"
rate = 1
[[item]]
id = "b"
name = "乙项"
category = "c"
max = 50
[[item.rule]]
kind = "proportional"
source = "events"
when = 'kind == "b"'
value = "points"
rate = 1
"#;

    const QUARTER_EVENTS: &str = "工号,类别,分数\n01,a,47.25\n01,b,48.25\n";

    #[test]
    fn rounding_items_gives_95_6_where_rounding_the_total_once_gives_95_5() {
        let roster = "工号,姓名,学校\n01,甲,一小\n";
        // Items: 47.25 → 47.3, 48.25 → 48.3; 47.3 + 48.3 = 95.6.
        let o = crate::testkit::ok_rounded(
            "rounding = { places = 1 }",
            QUARTERS,
            roster,
            QUARTER_EVENTS,
        );
        assert_eq!(o.teachers[0].total, d("95.6"));
        // Total once: 47.25 + 48.25 = 95.5, already at one place.
        let o = crate::testkit::ok_rounded(
            "rounding = { places = 1, at = \"total\" }",
            QUARTERS,
            roster,
            QUARTER_EVENTS,
        );
        let t = &o.teachers[0];
        assert_eq!(
            (t.items[0].score, t.items[1].score),
            (d("47.25"), d("48.25"))
        );
        assert_eq!(t.categories, vec![d("95.50")]);
        assert_eq!(t.total, d("95.5"));
        assert!(t.items[0]
            .evidence
            .iter()
            .all(|e| e.kind != EvidenceKind::Rounding));
        // Total once, where it moves: 47.25 + 48.3 = 95.55 → 95.6, a step the
        // outcome names.
        let events = "工号,类别,分数\n01,a,47.25\n01,b,48.3\n";
        let o = crate::testkit::ok_rounded(
            "rounding = { places = 1, at = \"total\" }",
            QUARTERS,
            roster,
            events,
        );
        let t = &o.teachers[0];
        assert_eq!(t.total, d("95.6"));
        let head = crate::testkit::HEAD.replace(
            "rounding = { places = 2 }",
            "rounding = { places = 1, at = \"total\" }",
        );
        let r = crate::rubric::compile("t.toml", &format!("{head}{QUARTERS}")).unwrap();
        assert_eq!(
            crate::engine::rounding_steps(&r, t),
            vec![(None, d("95.55"), d("95.6"))]
        );
        // At categories: the subtotal 95.55 is rounded, the total adds it.
        let o = crate::testkit::ok_rounded(
            "rounding = { places = 1, at = \"categories\" }",
            QUARTERS,
            roster,
            events,
        );
        assert_eq!(o.teachers[0].categories, vec![d("95.6")]);
        assert_eq!(o.teachers[0].total, d("95.6"));
    }

    /// 方案5's shape: 线上过程教学 inside 线上教学, which has its own item.
    const NESTED: &str = r#"
[[category]]
id = "online"
name = "线上教学"
max = 30
[[category]]
id = "process"
name = "线上过程教学"
max = 20
parent = "online"
threshold = 5
[[item]]
id = "workload"
name = "工作量"
category = "online"
max = 10
[[item.rule]]
kind = "proportional"
source = "events"
when = 'kind == "w"'
value = "points"
rate = 1
[[item]]
id = "plans"
name = "备课"
category = "process"
max = 10
[[item.rule]]
kind = "proportional"
source = "events"
when = 'kind == "p"'
value = "points"
rate = 1
[[item]]
id = "lessons"
name = "授课"
category = "process"
max = 10
[[item.rule]]
kind = "proportional"
source = "events"
when = 'kind == "l"'
value = "points"
rate = 1
[[category]]
id = "duty"
name = "现场值守"
max = 5
[[item]]
id = "duty"
name = "值守"
category = "duty"
max = 5
[[item.rule]]
kind = "bonus"
source = "events"
when = 'kind == "d"'
points = 1

[[adjust]]
id = "cadre_half"
name = "教干折半计入"
category = "online"
factor = 0.5
when = 'role == "教干"'
"#;

    #[test]
    fn a_parent_adds_its_children_and_its_adjustment_halves_only_its_own_subtotal() {
        let roster = "工号,姓名,学校,角色\n01,甲,一小,教干\n02,乙,一小,\n03,丙,一小,\n";
        // 甲: workload 8, process 6 + 7.25 = 13.25, online 8 + 13.25 = 21.25
        //     × 0.5 = 10.625 → 10.63; duty 1; total 11.63.
        // 乙: the same without the adjustment: 21.25 + 1 = 22.25.
        // 丙: process 2 + 2 = 4 < 5, the child's threshold: both items 0;
        //     online 9 + 0 = 9; total 9.
        let events = "工号,类别,分数\n01,w,8\n01,p,6\n01,l,7.25\n01,d,\n\
                      02,w,8\n02,p,6\n02,l,7.25\n02,d,\n03,w,9\n03,p,2\n03,l,2\n";
        let o = ok(NESTED, roster, events);
        let jia = &o.teachers[0];
        assert_eq!(jia.categories, vec![d("10.63"), d("13.25"), d("1")]);
        assert_eq!(jia.total, d("11.63"));
        let a = &jia.adjustments[0];
        assert_eq!((a.category, a.before, a.after), (0, d("21.25"), d("10.63")));
        let yi = &o.teachers[1];
        assert_eq!(yi.categories, vec![d("21.25"), d("13.25"), d("1")]);
        assert_eq!(yi.total, d("22.25"));
        let bing = &o.teachers[2];
        assert_eq!(bing.categories, vec![d("9"), d("0"), d("0")]);
        assert_eq!(
            bing.items[1].evidence.last().unwrap().kind,
            EvidenceKind::Threshold
        );
        assert_eq!(o.teachers.len(), 3);
    }
}
