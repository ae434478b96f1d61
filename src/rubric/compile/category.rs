//! Compiling `[[category]]`: ids, maxima and thresholds, and categories
//! inside categories (`parent = "online"`: 方案5's 线上过程教学 inside
//! 线上教学). A parent's maximum is the sum of its own items' maxima and its
//! children's; an unknown parent or a circle of parents is refused at the
//! line that names it.

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
    /// lists each category's children in the order written.
    pub(super) fn nesting(
        &mut self,
        defs: &[&CategoryDef],
        categories: &mut [Category],
        ids: &HashMap<String, usize>,
    ) {
        for (i, def) in defs.iter().enumerate() {
            let Some(parent) = &def.parent else { continue };
            match ids.get(parent.get_ref()) {
                Some(&p) => categories[i].parent = Some(p),
                None => {
                    let known: Vec<&str> = categories.iter().map(|c| c.id.as_str()).collect();
                    let wanted = parent.get_ref();
                    let (known_en, known_zh) = (known.join(", "), known.join("、"));
                    self.error(
                        parent.span(),
                        msg::unknown_parent_category(wanted, &known_en, &known_zh),
                    );
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
                let shown = shown.join(" + ");
                msg::category_has_max_but_parts(id, max, sum, &shown, &shown)
            };
            self.error(def.max.span(), message);
        }
    }
}
