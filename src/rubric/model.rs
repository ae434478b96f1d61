//! The validated rubric: every reference resolved to an index, every
//! expression compiled, every number exact. The engine only ever sees this.

pub use crate::i18n::Locale;
use globset::GlobSet;
use rust_decimal::Decimal;

use super::expr::{Condition, NumberExpr};
pub use super::rounding::{RoundAt, Rounding, RoundingMode};
use crate::input::SourceSchema;

/// A rubric ready to score with.
#[derive(Debug)]
pub struct Rubric {
    /// `[rubric] name`.
    pub name: String,
    /// `[rubric] description`.
    pub description: Option<String>,
    /// The language outputs default to.
    pub locale: Option<Locale>,
    /// The sum of the top-level categories' maxima.
    pub full_marks: Decimal,
    /// How and where scores are rounded.
    pub rounding: Rounding,
    /// The sources, in the order written; the roster is one of them.
    pub sources: Vec<Source>,
    /// Which source lists the teachers.
    pub roster: Roster,
    /// Categories, in the order written.
    pub categories: Vec<Category>,
    /// Items, in the order written.
    pub items: Vec<Item>,
    /// Conditions that force a grade.
    pub vetoes: Vec<Veto>,
    /// Grade bands, best first; the last has no minimum.
    pub grades: Vec<Grade>,
    /// School days, for window rules.
    pub calendar: super::calendar::Calendar,
    /// Lookup tables, in the order written.
    pub tables: Vec<std::sync::Arc<super::table::LookupTable>>,
    /// Category subtotals multiplied when a condition holds, in the order written.
    pub adjustments: Vec<super::adjust::Adjustment>,
    /// Grades by share of the ranking, when the rubric grades by quota.
    pub quota: Option<super::quota::Quota>,
    /// How grades turn into performance pay (`[pay]`).
    pub pay: Option<super::pay::Pay>,
    /// What the 公示 list may show (`[publish]`); `None`: the defaults of
    /// [`Publish::default`].
    pub publish: Option<Publish>,
}

/// How names stand on the 公示 list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NamesShown {
    /// `张*华`, two-character names `张*`.
    #[default]
    Masked,
    /// The name as the roster writes it.
    Full,
    /// No name: the key (工号) only.
    KeyOnly,
}

/// `[publish]`: what the 公示 list published to all teachers may show
/// (方案13 三). Items, evidence and vetoes never stand on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Publish {
    /// How names stand.
    pub names: NamesShown,
    /// Whether the total is shown.
    pub show_total: bool,
    /// Whether the performance pay is shown (needs `[pay]`).
    pub show_pay: bool,
}

/// One kind of export and how to read it.
#[derive(Debug)]
pub struct Source {
    /// The source's id (`attendance`).
    pub id: String,
    /// File-name patterns as written.
    pub patterns: Vec<String>,
    /// The same, compiled.
    pub matcher: GlobSet,
    /// Fields and sheet, for the readers.
    pub schema: SourceSchema,
    /// Slot of the field holding the teacher's key (`None` for the roster).
    pub teacher: Option<usize>,
    /// Slot of the date field that places a record in the period.
    pub date: Option<usize>,
    /// Whether a month may have no file for it.
    pub optional: bool,
    /// Whether every teacher of the roster must have a record in it
    /// (`every_teacher = true`): one without is refused, not scored as
    /// having none.
    pub every_teacher: bool,
    /// Slots of the fields that identify a record (`unique = [...]`); empty: no check.
    pub unique: Vec<usize>,
    /// How people name the source (`label`), when the rubric says.
    pub label: Option<String>,
}

impl Source {
    /// The slots of the fields whose blank cells take a `default`.
    pub fn defaulted(&self) -> Vec<usize> {
        self.schema
            .fields
            .iter()
            .enumerate()
            .filter(|(_, f)| f.default.is_some())
            .map(|(i, _)| i)
            .collect()
    }

    /// How people name the source: its `label`, else its first file
    /// pattern without wildcards and extension (`*名册*.xlsx` → 名册),
    /// else its id.
    pub fn display_name(&self) -> String {
        if let Some(l) = &self.label {
            return l.clone();
        }
        let bare: String = self
            .patterns
            .first()
            .map(|p| {
                p.chars()
                    .filter(|c| !matches!(c, '*' | '?' | '[' | ']' | '{' | '}'))
                    .collect()
            })
            .unwrap_or_default();
        // The export's extension says nothing to the office.
        let bare = bare.trim();
        let stem = [".xlsx", ".xlsm", ".xls", ".csv", ".ods"]
            .iter()
            .find_map(|ext| {
                let cut = bare.len().checked_sub(ext.len())?;
                let tail = bare.get(cut..)?;
                tail.eq_ignore_ascii_case(ext).then(|| &bare[..cut])
            })
            .unwrap_or(bare);
        if stem.is_empty() {
            self.id.clone()
        } else {
            stem.to_string()
        }
    }

    /// The source as a message to the office names it: how people name it
    /// ([`Source::display_name`]), then its id, which the rubric's
    /// `[sources.…]` is headed by: `考勤（attendance）`; the id alone when
    /// that is all there is.
    pub fn named(&self) -> crate::i18n::Text {
        let name = self.display_name();
        if name == self.id {
            crate::i18n::Text::same(name)
        } else {
            crate::i18n::rubric::source_named(&name, &self.id)
        }
    }

    /// How people name field `slot`: its `label`, else its first header,
    /// else its name (a field an unpivot fills has no header).
    pub fn field_name(&self, slot: usize) -> String {
        match self.schema.fields.get(slot) {
            Some(f) => f.shown().to_string(),
            None => format!("#{slot}"),
        }
    }

    /// The field names and types in slot order, as expressions see them.
    pub fn scope_fields(&self) -> Vec<(String, crate::value::FieldType)> {
        self.schema
            .fields
            .iter()
            .map(|f| (f.name.clone(), f.ty.clone()))
            .collect()
    }
}

/// The roster: which source and which of its fields identify a teacher.
#[derive(Debug)]
pub struct Roster {
    /// Index of the roster's source.
    pub source: usize,
    /// Slot of the key field.
    pub key: usize,
    /// Slot of the name field.
    pub name: usize,
    /// Slot of the school field.
    pub school: Option<usize>,
    /// What a record with an unknown key does.
    pub unknown_teachers: UnknownTeachers,
    /// The teachers are the distinct keys of the source's records, which
    /// are scored like any other source's (an export with no roster beside it).
    pub from_records: bool,
}

/// What to do with a record whose teacher is not in the roster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnknownTeachers {
    /// A data error (the default): a record nobody can be scored for is a fault in the exports.
    Error,
    /// Skipped and counted in the run record.
    Skip,
}

/// A category of items.
#[derive(Debug)]
pub struct Category {
    /// Unique id.
    pub id: String,
    /// Name shown in outputs.
    pub name: String,
    /// The category's maximum: the sum of its own items' maxima and of
    /// the maxima of the categories inside it.
    pub max: Decimal,
    /// Indexes of its own items, in the order written.
    pub items: Vec<usize>,
    /// Below this subtotal every item of the category (and of the
    /// categories inside it) scores 0.
    pub threshold: Option<Decimal>,
    /// The category it is inside (`parent = "online"`); `None` at the top,
    /// where subtotals add into the total.
    pub parent: Option<usize>,
    /// The categories inside it, in the order written.
    pub children: Vec<usize>,
}

/// A scored item.
#[derive(Debug)]
pub struct Item {
    /// Unique id.
    pub id: String,
    /// Name shown in outputs.
    pub name: String,
    /// Index of its category.
    pub category: usize,
    /// The item's maximum.
    pub max: Decimal,
    /// Where the score starts before rules move it.
    pub start: Start,
    /// The rules, in the order written.
    pub rules: Vec<Rule>,
    /// Below this score (after rounding) the item scores 0.
    pub threshold: Option<Decimal>,
}

impl Item {
    /// The score before any rule applies.
    pub fn start_value(&self) -> Decimal {
        match self.start {
            Start::Max => self.max,
            Start::Zero => Decimal::ZERO,
        }
    }
}

/// Where an item's score starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// Deduction items start full and lose points, down to 0 (扣完为止).
    Max,
    /// Bonus, proportional and imported items start at 0 and gain, up to the maximum.
    Zero,
}

/// One rule of an item.
#[derive(Debug)]
pub struct Rule {
    /// How the rule is named in evidence.
    pub label: String,
    /// Index of the source it reads.
    pub source: usize,
    /// Which records count; all of the teacher's records when absent.
    pub when: Option<Condition>,
    /// Exemption: matching records do not count.
    pub unless: Option<Condition>,
    /// How the exemption is named in evidence.
    pub unless_label: String,
    /// What a counted record does.
    pub effect: Effect,
    /// The most this rule can move the item.
    pub cap: Option<Decimal>,
}

/// What a counted record does to the item.
#[derive(Debug)]
pub enum Effect {
    /// Subtracts points per occurrence.
    Deduct(Points),
    /// Adds points per occurrence.
    Bonus(Points),
    /// Adds `value × rate`.
    Proportional {
        /// The quantity each record contributes (hours).
        value: NumberExpr,
        /// Points per unit.
        rate: Decimal,
    },
    /// `points × matching ÷ counted`: the share of a teacher's records (those
    /// `when` selects) that also satisfy `matching` (作业批改率 × 10).
    Ratio {
        /// The records that score.
        matching: Condition,
        /// Points for a share of 100%.
        points: Decimal,
    },
    /// The record's value is the item's score.
    Import {
        /// The imported score.
        value: NumberExpr,
        /// What a teacher with no record scores.
        missing: MissingImport,
    },
    /// Deducts points for each calendar window (and group) whose count or
    /// sum falls outside its limits.
    // Boxed: a window rule is several times the size of any other effect.
    Window(Box<WindowRule>),
    /// Points from the teacher's summed value relative to a group of teachers.
    Relative(RelativeRule),
    /// Each rater's score (the mean of their records) times their weight.
    Weighted {
        /// Slot of the enum field naming the rater.
        by: usize,
        /// The score a record gives.
        value: NumberExpr,
        /// Rater and percent, in the order written; the percents add up to 100.
        weights: Vec<(String, Decimal)>,
        /// What a rater with no record counts.
        missing: MissingImport,
    },
}

impl Effect {
    /// The rule kind as written in a rubric.
    pub fn kind(&self) -> &'static str {
        match self {
            Effect::Deduct(_) => "deduct",
            Effect::Bonus(_) => "bonus",
            Effect::Proportional { .. } => "proportional",
            Effect::Ratio { .. } => "ratio",
            Effect::Import { .. } => "import",
            Effect::Window(_) => "window",
            Effect::Relative(_) => "relative",
            Effect::Weighted { .. } => "weighted",
        }
    }
}

/// A rule over calendar windows: per day or week (and per group, such as a
/// class), the records' count or the sum of a value must reach `at_least`
/// and stay within `at_most`; each window that does not costs `points`.
#[derive(Debug)]
pub struct WindowRule {
    /// Day or week.
    pub size: super::calendar::WindowSize,
    /// Slots of the record fields that split a window into groups.
    pub group: Vec<usize>,
    /// What each record adds to its window; `None` counts records.
    pub value: Option<NumberExpr>,
    /// The least a window must reach.
    pub at_least: Option<Limit>,
    /// The most a window may reach.
    pub at_most: Option<Limit>,
    /// Points deducted per window outside the limits.
    pub points: Decimal,
    /// What a week cut by the period's edge is held to.
    pub partial: PartialWeeks,
    /// `across = "teachers"`: a window (and group) sums every teacher's
    /// records, and a window outside its limits is charged as this says;
    /// `None`: each teacher's own records, charged to that teacher.
    pub across: Option<Charge>,
}

/// What a week window cut by the period's edge (the ISO week of 02-28 in a
/// March period) is held to: its records outside the period are not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartialWeeks {
    /// The whole week's limits over its days inside the period (the default).
    Count,
    /// Not checked at all.
    Skip,
    /// Limits scaled by the share of the week's school days inside the
    /// period; a count of records to whole records in the teacher's favour.
    Prorate,
}

/// Who pays for a window across teachers that is outside its limits
/// (方案14: a class's written homework, summed over its subjects' teachers).
#[derive(Debug)]
pub enum Charge {
    /// `charge = "contributors"`: every teacher with a record in the window.
    Contributors,
    /// `charge = 'table("head_teacher", class)'`: the teacher whose key the
    /// expression gives, over the group's fields only (the class's 班主任).
    Lookup(super::expr::TextExpr),
}

/// A window limit: a number, or an expression over the teacher's roster
/// fields and tables (60 minutes for 语数英, 30 for others).
#[derive(Debug)]
pub enum Limit {
    /// The same for every teacher.
    Fixed(Decimal),
    /// Evaluated once per teacher.
    PerTeacher(NumberExpr),
}

/// A rule scoring a teacher's summed value against a group of teachers.
#[derive(Debug)]
pub struct RelativeRule {
    /// What each record contributes to the teacher's value.
    pub value: NumberExpr,
    /// Slots of the roster fields forming the group; empty for the whole roster.
    pub group: Vec<usize>,
    /// What the value is measured against.
    pub against: Against,
    /// The points of the best (`max`), of the average (`average`), or of rank 1 (`rank`, linear).
    pub points: Decimal,
    /// Whether a teacher's value is the mean of their records' values rather
    /// than the sum (方案5 成绩: the mean of the class averages of a teacher of
    /// two classes).
    pub mean: bool,
}

/// What a relative rule measures a teacher's value against.
#[derive(Debug, Clone, PartialEq)]
pub enum Against {
    /// value ÷ the group's largest × points.
    Max,
    /// value ÷ the group's average × points (capped by the item's max).
    Average,
    /// By rank within the group, larger values first; equal values share the
    /// better rank (1, 1, 3).
    Rank(RankPoints),
}

/// How a rank becomes points.
#[derive(Debug, Clone, PartialEq)]
pub enum RankPoints {
    /// (n − rank + 1) ÷ n × points: rank 1 full, the last 1/n of it.
    Linear,
    /// Points for rank 1, 2, 3 …; ranks past the list take the last value.
    Table(Vec<Decimal>),
}

/// What a teacher with no record for an imported item scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MissingImport {
    /// A data error (default).
    Error,
    /// Zero, shown as such in the evidence.
    Zero,
}

/// The points one occurrence is worth.
#[derive(Debug)]
pub enum Points {
    /// The same for every occurrence.
    Each(Decimal),
    /// By the value of an enumeration field (县级 3, 校级 2).
    ByValue {
        /// Slot of the field.
        field: usize,
        /// Points for each value.
        values: Vec<(String, Decimal)>,
    },
    /// So many points for each unit of a number field: a day with 缺卡次数 2
    /// at 0.5 a missing punch is 1.
    PerUnit {
        /// Slot of the number field.
        field: usize,
        /// Points for each unit.
        each: Decimal,
    },
    /// By tiers of a numeric field (late ≤ 10 min: 0.5; more: 1).
    Tiers {
        /// Slot of the numeric field.
        field: usize,
        /// Tiers in ascending order; the last has no upper bound.
        steps: Vec<Tier>,
    },
}

/// One tier of a tiered rule.
#[derive(Debug, Clone)]
pub struct Tier {
    /// Inclusive upper bound; `None` for the last tier.
    pub upto: Option<Decimal>,
    /// Points of a value in this tier.
    pub points: Decimal,
    /// How the tier is named in evidence.
    pub label: Option<String>,
}

/// A condition that forces a grade.
#[derive(Debug)]
pub struct Veto {
    /// Unique id.
    pub id: String,
    /// The reason shown.
    pub name: String,
    /// Index of the source whose records it reads.
    pub source: usize,
    /// Records that trigger it.
    pub when: Condition,
    /// Index of the grade it forces.
    pub grade: usize,
    /// How many matching records in the period make it apply; 1 unless the
    /// rubric says `at_least`.
    pub at_least: usize,
}

/// A grade band.
#[derive(Debug)]
pub struct Grade {
    /// 优秀, A, C档 …
    pub name: String,
    /// Scores at or above take this grade; `None` for the lowest.
    pub min: Option<Decimal>,
    /// Percent of the ranking under `[quota]`; `None` when grading by bands.
    pub share: Option<Decimal>,
}

impl Rubric {
    /// The grade index for a total, by bands.
    pub fn band_for(&self, total: Decimal) -> Option<usize> {
        self.grades
            .iter()
            .position(|g| g.min.is_none_or(|min| total >= min))
    }

    /// Category indexes with every category after the categories inside
    /// it: the order subtotals are added up in. Without nesting, the order
    /// written.
    pub fn categories_bottom_up(&self) -> Vec<usize> {
        fn visit(rubric: &Rubric, c: usize, out: &mut Vec<usize>) {
            for &child in &rubric.categories[c].children {
                visit(rubric, child, out);
            }
            out.push(c);
        }
        let mut out = Vec::with_capacity(self.categories.len());
        for (c, category) in self.categories.iter().enumerate() {
            if category.parent.is_none() {
                visit(self, c, &mut out);
            }
        }
        out
    }

    /// Whether a rule, veto or requirement reads source `s`: whether its
    /// records can move a score.
    pub fn scores_source(&self, s: usize) -> bool {
        self.items
            .iter()
            .flat_map(|i| &i.rules)
            .any(|r| r.source == s)
            || self.vetoes.iter().any(|v| v.source == s)
            || self
                .adjustments
                .iter()
                .flat_map(|a| &a.requires)
                .any(|r| r.source == s)
    }

    /// The categories whose subtotals add into the total, in the order written.
    pub fn top_categories(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.categories.len()).filter(|&c| self.categories[c].parent.is_none())
    }

    /// Every item under a category: its own and those of the categories inside it.
    pub fn items_under(&self, category: usize) -> Vec<usize> {
        let mut out = self.categories[category].items.clone();
        for &child in &self.categories[category].children {
            out.extend(self.items_under(child));
        }
        out
    }

    /// A category's name with those it is inside: `线上教学 / 线上过程教学`.
    pub fn category_path(&self, category: usize) -> String {
        let Some(c) = self.categories.get(category) else {
            return String::new();
        };
        match c.parent {
            Some(p) => format!("{} / {}", self.category_path(p), c.name),
            None => c.name.clone(),
        }
    }

    /// How deep a category sits: 0 at the top.
    pub fn depth(&self, category: usize) -> usize {
        let mut depth = 0;
        let mut at = self.categories[category].parent;
        while let Some(p) = at {
            depth += 1;
            at = self.categories[p].parent;
        }
        depth
    }

    /// The name of the category `item` belongs to.
    pub fn category_name(&self, item: &Item) -> &str {
        self.categories
            .get(item.category)
            .map_or("", |c| c.name.as_str())
    }

    /// The index of the source with this id.
    pub fn source_index(&self, id: &str) -> Option<usize> {
        self.sources.iter().position(|s| s.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_up_rounds_halves_away_from_zero() {
        let r = Rounding {
            places: 1,
            mode: RoundingMode::HalfUp,
            at: RoundAt::Items,
        };
        assert_eq!(r.apply(Decimal::new(125, 2)), Decimal::new(13, 1));
        let e = Rounding {
            places: 1,
            mode: RoundingMode::HalfEven,
            at: RoundAt::Items,
        };
        assert_eq!(e.apply(Decimal::new(125, 2)), Decimal::new(12, 1));
    }

    #[test]
    fn modes_parse_in_both_languages() {
        assert_eq!(RoundingMode::parse("四舍五入"), Some(RoundingMode::HalfUp));
        assert_eq!(
            RoundingMode::parse("half_even"),
            Some(RoundingMode::HalfEven)
        );
        assert_eq!(RoundingMode::parse("round"), None);
    }
}
