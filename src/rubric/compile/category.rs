//! Compiling `[[category]]`: ids, maxima and thresholds, and categories
//! inside categories (`parent = "online"`: 方案5's 线上过程教学 inside
//! 线上教学). A parent's maximum is the sum of its own items' maxima and its
//! children's; an unknown parent or a circle of parents is refused at the
//! line that names it.

use crate::i18n::Text;
use std::collections::{HashMap, HashSet};

use rust_decimal::Decimal;

use super::Compiler;
use crate::i18n::rubric as msg;
use crate::rubric::file::{CategoryDef, RubricFile};
use crate::rubric::model::{Category, Item};

/// The categories as written, their ids' indexes, and each one's definition.
pub(super) type Categories<'f> = (Vec<Category>, HashMap<String, usize>, Vec<&'f CategoryDef>);

impl Compiler<'_> {
    /// Each `[[category]]` once, with its maximum and threshold; parents are
    /// resolved by [`Compiler::nesting`] once every id is known.
    pub(super) fn categories<'f>(&mut self, file: &'f RubricFile) -> Option<Categories<'f>> {
        let mut categories = Vec::new();
        let mut ids: HashMap<String, usize> = HashMap::new();
        let mut defs = Vec::new();
        for def in &file.category {
            if ids.contains_key(def.id.get_ref()) {
                self.error(def.id.span(), {
                    let id = def.id.get_ref();
                    msg::category_defined_twice(id)
                });
                continue;
            }
            let max = self.positive(&def.max, msg::category_max())?;
            let threshold = self.threshold(def.threshold.as_ref(), max, msg::category());
            ids.insert(def.id.get_ref().clone(), categories.len());
            defs.push(def);
            categories.push(Category {
                id: def.id.get_ref().clone(),
                name: def.name.clone(),
                max,
                items: Vec::new(),
                threshold,
                parent: None,
                children: Vec::new(),
            });
        }
        Some((categories, ids, defs))
    }

    /// Resolves each `parent`, refuses an unknown one and a circle, and
    /// lists each category's children in the order written. Returns whether
    /// the nesting stands: if not, the maxima would only repeat its error.
    pub(super) fn nesting(
        &mut self,
        defs: &[&CategoryDef],
        categories: &mut [Category],
        ids: &HashMap<String, usize>,
    ) -> bool {
        let before = self.problems.len();
        for (i, def) in defs.iter().enumerate() {
            let Some(parent) = &def.parent else { continue };
            match ids.get(parent.get_ref()) {
                Some(&p) => categories[i].parent = Some(p),
                None => {
                    let known: Vec<&str> = categories.iter().map(|c| c.id.as_str()).collect();
                    let wanted = parent.get_ref();
                    let known = Text::list(&known);
                    self.error(parent.span(), msg::unknown_parent_category(wanted, &known));
                }
            }
        }
        // A circle is reported once, at the first category of it written.
        let mut in_circle: HashSet<usize> = HashSet::new();
        for start in 0..categories.len() {
            let mut chain = vec![start];
            let mut at = categories[start].parent;
            while let Some(p) = at {
                if p == start {
                    if !chain.iter().any(|c| in_circle.contains(c)) {
                        let mut names: Vec<&str> =
                            chain.iter().map(|&c| categories[c].id.as_str()).collect();
                        names.push(categories[start].id.as_str());
                        let shown = names.join(" → ");
                        if let Some(span) = defs[start].parent.as_ref().map(|p| p.span()) {
                            self.error(span, msg::category_inside_itself(shown));
                        }
                    }
                    in_circle.extend(chain.iter().copied());
                    break;
                }
                if chain.contains(&p) {
                    // A circle further up, found from one of its own members.
                    break;
                }
                chain.push(p);
                at = categories[p].parent;
            }
        }
        for &c in &in_circle {
            categories[c].parent = None;
        }
        for i in 0..categories.len() {
            if let Some(p) = categories[i].parent {
                categories[p].children.push(i);
            }
        }
        self.problems.len() == before
    }

    /// Each category's maximum is its own items' maxima plus its children's.
    pub(super) fn category_maxima(
        &mut self,
        defs: &[&CategoryDef],
        categories: &[Category],
        items: &[Item],
        failed: &HashSet<usize>,
    ) {
        // A category with an item already reported, or inside it: its sum
        // would only repeat that error.
        fn blocked(c: usize, categories: &[Category], failed: &HashSet<usize>) -> bool {
            failed.contains(&c)
                || categories[c]
                    .children
                    .iter()
                    .any(|&k| blocked(k, categories, failed))
        }
        for (i, (def, cat)) in defs.iter().zip(categories).enumerate() {
            if blocked(i, categories, failed) {
                continue;
            }
            if cat.items.is_empty() && cat.children.is_empty() {
                let id = &cat.id;
                self.error(def.id.span(), msg::category_has_no_items(id));
                continue;
            }
            let own = cat
                .items
                .iter()
                .map(|&k| (items[k].id.as_str(), items[k].max));
            let inner = cat
                .children
                .iter()
                .map(|&k| (categories[k].id.as_str(), categories[k].max));
            let parts: Vec<(&str, Decimal)> = own.chain(inner).collect();
            let sum: Decimal = parts.iter().map(|(_, m)| *m).sum();
            if sum == cat.max {
                continue;
            }
            let (id, max, sum) = (&cat.id, cat.max.normalize(), sum.normalize());
            let message = if cat.children.is_empty() {
                msg::category_has_max_but_items(id, max, sum)
            } else {
                let shown: Vec<String> = parts
                    .iter()
                    .map(|(id, m)| format!("{id} {}", m.normalize()))
                    .collect();
                let shown = crate::i18n::Text::same(shown.join(" + "));
                msg::category_has_max_but_parts(id, max, sum, &shown)
            };
            self.error(def.max.span(), message);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rubric::{compile, RoundAt};

    /// A roster, then `body` (categories and items).
    fn rubric(head: &str, body: &str) -> String {
        let roster = crate::testkit::roster_head(&format!("{head}\n"), "*名册*", "");
        format!("\n{roster}{body}\n")
    }

    fn item(id: &str, category: &str, max: u32) -> String {
        format!(
            "[[item]]\nid = \"{id}\"\nname = \"{id}\"\ncategory = \"{category}\"\nmax = {max}\n[[item.rule]]\nkind = \"bonus\"\nsource = \"roster\"\npoints = 1\n"
        )
    }

    fn category(id: &str, max: u32, parent: Option<&str>) -> String {
        let parent = parent.map_or(String::new(), |p| format!("parent = \"{p}\"\n"));
        format!("[[category]]\nid = \"{id}\"\nname = \"{id}\"\nmax = {max}\n{parent}")
    }

    /// Each problem as (the text its caret underlines, its English message).
    fn errors(head: &str, body: &str) -> Vec<(String, String)> {
        let all = crate::testkit::refusals(&rubric(head, body));
        all.into_iter().map(|(_, under, en)| (under, en)).collect()
    }

    #[test]
    fn a_parent_sums_its_own_items_and_its_children() {
        let body = [
            category("online", 200, None),
            category("process", 100, Some("online")),
            item("workload", "online", 50),
            item("plans", "process", 100),
            item("exam", "online", 50),
            category("duty", 200, None),
            item("hours", "duty", 200),
        ]
        .concat();
        let r = compile("r.toml", &rubric("", &body)).unwrap();
        assert_eq!(r.categories[1].parent, Some(0));
        assert_eq!(r.categories[0].children, [1]);
        assert_eq!(r.full_marks, 400.into());
        assert_eq!(r.categories_bottom_up(), [1, 0, 2]);
        assert_eq!(r.items_under(0), [0, 2, 1]);
        assert_eq!(r.category_path(1), "online / process");
        assert_eq!(r.rounding.at, RoundAt::Items);
    }

    #[test]
    fn nesting_mistakes_are_located() {
        let unknown = [
            category("process", 10, Some("onlne")),
            item("a", "process", 10),
        ]
        .concat();
        let e = errors("", &unknown);
        assert_eq!(e[0].0, "\"onlne\"");
        assert_eq!(
            e[0].1,
            "no category `onlne` to be inside; categories: process"
        );

        let circle = [
            category("a", 10, Some("b")),
            category("b", 10, Some("a")),
            item("x", "a", 10),
        ]
        .concat();
        let e = errors("", &circle);
        assert_eq!(e[0].0, "\"b\"");
        assert!(
            e[0].1
                .starts_with("categories inside each other in a circle: a → b → a"),
            "{e:?}"
        );
        assert_eq!(e.iter().filter(|(_, m)| m.contains("circle")).count(), 1);

        let short = [
            category("online", 200, None),
            category("process", 100, Some("online")),
            item("workload", "online", 50),
            item("plans", "process", 100),
        ]
        .concat();
        let e = errors("", &short);
        assert_eq!(e[0].0, "200");
        assert_eq!(
            e[0].1,
            "category `online` has max 200 but its items and the categories inside it add up to 150 (workload 50 + process 100)"
        );
    }

    #[test]
    fn rounding_at_is_one_of_three() {
        let body = [category("c", 10, None), item("a", "c", 10)].concat();
        let r = compile(
            "r.toml",
            &rubric("rounding = { places = 1, at = \"总分\" }", &body),
        )
        .unwrap();
        assert_eq!(r.rounding.at, RoundAt::Total);
        let e = errors("rounding = { places = 1, at = \"sum\" }", &body);
        assert_eq!(e[0].0, "\"sum\"");
        assert!(
            e[0].1
                .starts_with("rounding `at` is where scores are rounded, not `sum`"),
            "{e:?}"
        );
    }
}
