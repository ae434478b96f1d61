//! The rubric file as written: a serde model of the TOML, strict about
//! unknown keys, keeping the span of every value a later check may need to
//! point at. Nothing here is validated beyond its shape; `compile` turns it
//! into a [`Rubric`](super::Rubric).

use indexmap::IndexMap;
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer};
use toml::Spanned;

use crate::i18n::rubric as msg;
use crate::i18n::Text;

mod pay;
mod publish;
mod tables;
pub use pay::*;
pub use publish::*;
pub use tables::*;

/// The whole rubric file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RubricFile {
    pub rubric: Meta,
    pub roster: RosterDef,
    #[serde(default)]
    pub sources: IndexMap<Spanned<String>, SourceDef>,
    #[serde(default)]
    pub category: Vec<CategoryDef>,
    #[serde(default)]
    pub item: Vec<ItemDef>,
    #[serde(default)]
    pub veto: Vec<VetoDef>,
    #[serde(default)]
    pub grade: Vec<GradeDef>,
    /// `[calendar]`: the school days that calendar-window rules count.
    #[serde(default)]
    pub calendar: Option<CalendarDef>,
    /// `[tables.NAME]`: lookup tables expressions read with `table("NAME", …)`.
    #[serde(default)]
    pub tables: IndexMap<Spanned<String>, TableDef>,
    /// `[[adjust]]`: category subtotals multiplied when a condition holds.
    #[serde(default)]
    pub adjust: Vec<AdjustDef>,
    /// `[pay]`: performance pay from the totals or grades.
    #[serde(default)]
    pub pay: Option<Spanned<PayDef>>,
    /// `[quota]`: grades by share of the ranking instead of score bands.
    #[serde(default)]
    pub quota: Option<Spanned<QuotaDef>>,
    /// `[publish]`: what the 公示 list of `kaohe publish` may show.
    #[serde(default)]
    pub publish: Option<Spanned<PublishDef>>,
}

/// `[rubric]`: what the rubric is called and how it rounds.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    /// `zh` or `en`: the language of labels in outputs when `--lang` is not given.
    #[serde(default)]
    pub locale: Option<Spanned<String>>,
    /// Checked against the sum of the categories' maxima when given.
    #[serde(default)]
    pub full_marks: Option<Spanned<Num>>,
    #[serde(default)]
    pub rounding: Option<Spanned<RoundingDef>>,
}

/// `rounding = { places = 2, mode = "half_up", at = "total" }`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoundingDef {
    pub places: u32,
    #[serde(default)]
    pub mode: Option<String>,
    /// Which scores are rounded: `items` (default), `categories` or `total`.
    #[serde(default)]
    pub at: Option<Spanned<String>>,
}

/// `[roster]`: which source lists the teachers and which of its fields are
/// the key, the name and the school.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RosterDef {
    pub source: Spanned<String>,
    pub key: Spanned<String>,
    pub name: Spanned<String>,
    #[serde(default)]
    pub school: Option<Spanned<String>>,
    /// What to do with a record whose key is not in the roster: `error` (default) or `skip`.
    #[serde(default)]
    pub unknown_teachers: Option<Spanned<String>>,
    /// The roster source is an export with a row per teacher per day: the
    /// teachers are its distinct keys, and its records are scored too.
    #[serde(default)]
    pub from_records: Option<Spanned<bool>>,
}

/// `[sources.NAME]`: one kind of export.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceDef {
    /// File-name pattern(s), matched against the file name only (`*考勤*.xlsx`).
    pub files: Spanned<OneOrMany>,
    /// Sheet-name pattern; without it every sheet whose header matches is read.
    #[serde(default)]
    pub sheet: Option<Spanned<String>>,
    /// The field holding the teacher's key (not for the roster itself).
    #[serde(default)]
    pub teacher: Option<Spanned<String>>,
    /// The date field that places a record in the scored period.
    #[serde(default)]
    pub date: Option<Spanned<String>>,
    /// A source that may have no file this month.
    #[serde(default)]
    pub optional: bool,
    /// Every teacher of the roster has records in this source (an
    /// attendance export): a teacher without one is a data problem, not a
    /// teacher with nothing to count.
    #[serde(default)]
    pub every_teacher: Option<Spanned<bool>>,
    /// Fields that together identify a record: a second record with the
    /// same values is a duplicate (`unique = ["id", "date", "slot"]`).
    #[serde(default)]
    pub unique: Option<Spanned<Vec<String>>>,
    /// Texts that mean "nothing" in every field of the source that does not
    /// list its own (`placeholders = ["--", "/"]`).
    #[serde(default)]
    pub placeholders: Option<Spanned<Vec<String>>>,
    /// A sheet with one column per day (DingTalk's 月度汇总): each day cell
    /// is a record, its date in the field `date` names and its cell read
    /// into the field `value` names (`unpivot = { date = "day", value = "result" }`).
    #[serde(default)]
    pub unpivot: Option<Spanned<UnpivotDef>>,
    pub fields: IndexMap<Spanned<String>, Spanned<FieldDef>>,
    /// How people name the source on the 规则 sheet (`label = "考勤"`);
    /// without it, its first file pattern without wildcards.
    #[serde(default)]
    pub label: Option<Spanned<String>>,
}

/// `unpivot = { date = "day", value = "result" }`: the two fields an unpivot
/// fills, each declared under `fields` without `headers`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnpivotDef {
    /// The `date` field that takes each day column's date.
    pub date: Spanned<String>,
    /// The field each day cell is read into, by its type.
    pub value: Spanned<String>,
}

/// One field: `status = { headers = ["状态", "打卡结果"], type = "enum", values = [...] }`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldDef {
    /// The header texts of the field's column; absent only for the fields
    /// an `unpivot` fills.
    #[serde(default)]
    pub headers: Option<OneOrMany>,
    #[serde(rename = "type")]
    pub ty: Spanned<String>,
    #[serde(default)]
    pub values: Option<Vec<String>>,
    /// Values rewritten before the type check: `map = { "脱岗" = "旷工" }`.
    #[serde(default)]
    pub map: Option<IndexMap<String, String>>,
    #[serde(default = "yes")]
    pub required: bool,
    /// The value of a blank cell.
    #[serde(default)]
    pub default: Option<toml::Value>,
    /// Numeric fields: the smallest value a cell may hold (a negative lesson length is a typo).
    #[serde(default)]
    pub min: Option<Spanned<Num>>,
    /// Numeric fields: the largest value a cell may hold (a 9,999-minute lesson is a typo).
    #[serde(default)]
    pub max: Option<Spanned<Num>>,
    /// Texts that mean "nothing": such a cell reads as blank (`["--", "/"]`);
    /// `[]` turns off the source's list for this field.
    #[serde(default)]
    pub placeholders: Option<Spanned<Vec<String>>>,
    /// A pattern with one capture group: the cell's text is searched and the
    /// group's text is what the type reads (`extract = '迟到(\d+)分钟'`).
    #[serde(default)]
    pub extract: Option<Spanned<String>>,
    /// The text between several values in one cell (`split = " "`): the
    /// field becomes a list of its type.
    #[serde(default)]
    pub split: Option<Spanned<String>>,
    /// A `datetime` field whose cells hold a time of day: the `date` field of
    /// the same record it falls on (`次日 01:10` the day after).
    #[serde(default)]
    pub on: Option<Spanned<String>>,
    /// How people name the field in words (`label = "批改人数"`); without
    /// it, its first header.
    #[serde(default)]
    pub label: Option<Spanned<String>>,
}

fn yes() -> bool {
    true
}

/// `[[category]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryDef {
    pub id: Spanned<String>,
    pub name: String,
    pub max: Spanned<Num>,
    /// Below this subtotal the whole category scores 0 (方案3: < 500).
    #[serde(default)]
    pub threshold: Option<Spanned<Num>>,
    /// The id of the category this one is inside (方案5: 线上过程教学 in 线上教学).
    #[serde(default)]
    pub parent: Option<Spanned<String>>,
}

/// `[[item]]`: a scored item within a category, with its rules.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemDef {
    pub id: Spanned<String>,
    pub name: String,
    pub category: Spanned<String>,
    pub max: Spanned<Num>,
    /// Below this score the item scores 0.
    #[serde(default)]
    pub threshold: Option<Spanned<Num>>,
    #[serde(default)]
    pub rule: Vec<Spanned<RuleDef>>,
}

/// `[[item.rule]]`: how records move the item's score.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    pub kind: Spanned<String>,
    pub source: Spanned<String>,
    /// How the rule is named in the evidence and the 规则 sheet.
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub when: Option<Spanned<String>>,
    /// Exemption: records matching it do not count (shown as exempt).
    #[serde(default)]
    pub unless: Option<Spanned<String>>,
    #[serde(default)]
    pub unless_label: Option<String>,
    /// Points per occurrence.
    #[serde(default)]
    pub points: Option<Spanned<Num>>,
    /// With `points`: the number field whose value multiplies them (`per = "missing"`: 0.5 a missing punch).
    #[serde(default)]
    pub per: Option<Spanned<String>>,
    /// Points by the value of an enumeration field.
    #[serde(default)]
    pub points_by: Option<Spanned<PointsByDef>>,
    /// Points by tiers of a numeric value.
    #[serde(default)]
    pub tiers: Option<Spanned<TiersDef>>,
    /// `proportional` and `import`: the number each record contributes (an expression).
    #[serde(default)]
    pub value: Option<Spanned<String>>,
    /// `proportional`: points per unit of value.
    #[serde(default)]
    pub rate: Option<Spanned<Num>>,
    /// The most this rule can move the item.
    #[serde(default)]
    pub cap: Option<Spanned<Num>>,
    /// `ratio`: which of the counted records score (the numerator).
    #[serde(default)]
    pub matching: Option<Spanned<String>>,
    /// `import`: what a teacher with no record scores: `error` (default) or `zero`.
    /// `weighted`: what a missing rater counts: `error` (default) or `zero`.
    #[serde(default)]
    pub missing: Option<Spanned<String>>,
    /// `window`: the calendar window, `day` or `week`.
    #[serde(default)]
    pub window: Option<Spanned<String>>,
    /// `window`: record fields that split a window (one window per class);
    /// `relative`: roster fields that form the group compared against.
    #[serde(default)]
    pub group: Option<Spanned<OneOrMany>>,
    /// `window = "week"`: a week cut by the period, `count` (default), `skip` or `prorate`.
    #[serde(default)]
    pub partial_weeks: Option<Spanned<String>>,
    /// `window`: the least a window must reach (a number or a teacher expression).
    #[serde(default)]
    pub at_least: Option<Spanned<toml::Value>>,
    /// `window`: the most a window may reach (a number or a teacher expression).
    #[serde(default)]
    pub at_most: Option<Spanned<toml::Value>>,
    /// `window`: `teachers` sums a window over every teacher's records of
    /// the group (a class's day), instead of each teacher's own.
    #[serde(default)]
    pub across: Option<Spanned<String>>,
    /// `window` with `across`: who a window outside its limits is charged
    /// to: `contributors`, or an expression giving a teacher's key.
    #[serde(default)]
    pub charge: Option<Spanned<String>>,
    /// `relative`: what a teacher's value is measured against: `max`, `average` or `rank`.
    #[serde(default)]
    pub against: Option<Spanned<String>>,
    /// `relative` by rank: points for rank 1, 2, 3 …; ranks past the list take the last.
    #[serde(default)]
    pub ranks: Option<Spanned<Vec<Num>>>,
    /// `relative`: how a teacher's records make one value: `sum` (default) or
    /// `mean` (a teacher of two classes ranked by the mean of their averages).
    #[serde(default)]
    pub combine: Option<Spanned<String>>,
    /// `weighted`: the enum field naming the rater (评价方).
    #[serde(default)]
    pub by: Option<Spanned<String>>,
    /// `weighted`: percent per rater, adding up to 100.
    #[serde(default)]
    pub weights: Option<Spanned<IndexMap<String, Num>>>,
}

impl RuleDef {
    /// Whether the rule states points per occurrence in any of its three forms.
    pub fn gives_points(&self) -> bool {
        self.points.is_some() || self.points_by.is_some() || self.tiers.is_some()
    }

    /// Whether the rule gives `key`, as a message about a key that belongs
    /// to another kind of rule names it: `points` is any of the three forms,
    /// `points_by/tiers` (also spelt `points_by or tiers`) either of those two.
    pub fn gives(&self, key: &str) -> bool {
        match key {
            "window" => self.window.is_some(),
            "group" => self.group.is_some(),
            "partial_weeks" => self.partial_weeks.is_some(),
            "at_least" => self.at_least.is_some(),
            "at_most" => self.at_most.is_some(),
            "across" => self.across.is_some(),
            "charge" => self.charge.is_some(),
            "against" => self.against.is_some(),
            "ranks" => self.ranks.is_some(),
            "combine" => self.combine.is_some(),
            "by" => self.by.is_some(),
            "weights" => self.weights.is_some(),
            "rate" => self.rate.is_some(),
            "missing" => self.missing.is_some(),
            "unless" => self.unless.is_some(),
            "value" => self.value.is_some(),
            "matching" => self.matching.is_some(),
            "cap" => self.cap.is_some(),
            "points" => self.gives_points(),
            "per" => self.per.is_some(),
            "points_by/tiers" | "points_by or tiers" => {
                self.points_by.is_some() || self.tiers.is_some()
            }
            _ => unreachable!("not a rule key: {key}"),
        }
    }
}

/// `points_by = { field = "level", values = { "县级" = 3, "校级" = 2 } }`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PointsByDef {
    pub field: Spanned<String>,
    pub values: IndexMap<String, Num>,
}

/// `tiers = { by = "late_minutes", steps = [{ upto = 10, points = 0.5 }, { points = 1 }] }`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TiersDef {
    pub by: Spanned<String>,
    pub steps: Vec<TierStepDef>,
}

/// One tier: values up to and including `upto` take `points`; the last tier has no `upto`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TierStepDef {
    #[serde(default)]
    pub upto: Option<Num>,
    pub points: Num,
    #[serde(default)]
    pub label: Option<String>,
}

/// `[[veto]]`: a condition that forces a grade.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VetoDef {
    pub id: Spanned<String>,
    pub name: String,
    pub source: Spanned<String>,
    pub when: Spanned<String>,
    pub grade: Spanned<String>,
    /// How many matching records in the period make the veto apply (方案13
    /// 三 9 屡教不改: from the second); 1 when absent.
    #[serde(default)]
    pub at_least: Option<Spanned<Num>>,
}

/// `[[grade]]`: a band; scores at or above `min` take it (the last band has
/// no `min`). Under `[quota]` a grade has a `share` of the ranking instead.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GradeDef {
    pub name: Spanned<String>,
    #[serde(default)]
    pub min: Option<Spanned<Num>>,
    /// Percent of the ranking that takes this grade (`[quota]` only).
    #[serde(default)]
    pub share: Option<Spanned<Num>>,
}

/// `[[adjust]]`: a category's subtotal multiplied by `factor` for teachers
/// whose roster row matches `when` and who have a matching record in every
/// `requires` entry (方案5 折半计入).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdjustDef {
    pub id: Spanned<String>,
    pub name: String,
    pub category: Spanned<String>,
    pub factor: Spanned<Num>,
    /// A condition over the teacher's roster row (roster fields by bare name).
    #[serde(default)]
    pub when: Option<Spanned<String>>,
    /// Records the teacher must have, each in its source.
    #[serde(default)]
    pub requires: Vec<Spanned<RequireDef>>,
}

/// `{ source = "duty", when = "hours > 0", label = "现场值守" }`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequireDef {
    pub source: Spanned<String>,
    #[serde(default)]
    pub when: Option<Spanned<String>>,
    #[serde(default)]
    pub label: Option<String>,
}

/// `[quota]`: how the ranking is cut into grades by the grades' shares.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuotaDef {
    /// The roster field whose value groups teachers (a school); all together without it.
    #[serde(default)]
    pub scope: Option<Spanned<String>>,
    /// How `share × teachers` becomes a count: a rounding mode.
    pub counts: Spanned<String>,
    /// At a boundary: `better` (all tied take the better grade).
    pub ties: Spanned<String>,
    /// Items or categories (higher first) that order equal totals before `ties` applies.
    #[serde(default)]
    pub tie_break: Vec<Spanned<String>>,
    /// `exclude`: vetoed teachers are taken out before counting; `include`: they hold their place.
    pub vetoed: Spanned<String>,
}

/// `[calendar]`: which days are school days. Weekdays by default; holidays
/// take a weekday out, make-up days (调休) put a weekend day in.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarDef {
    /// First day of the rubric's own period, used when the command gives none.
    #[serde(default)]
    pub from: Option<Spanned<Day>>,
    /// Last day of the rubric's own period.
    #[serde(default)]
    pub to: Option<Spanned<Day>>,
    /// Weekdays without school (清明节).
    #[serde(default)]
    pub holidays: Vec<Spanned<Day>>,
    /// Weekend days with school (调休上班).
    #[serde(default)]
    pub workdays: Vec<Spanned<Day>>,
}

/// A calendar day written as a TOML date (`2022-04-05`) or as text (`"2022-04-05"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day(pub chrono::NaiveDate);

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let bad = |what: &str| serde::de::Error::custom(msg::toml_not_a_day(what).en);
        match toml::Value::deserialize(deserializer)? {
            toml::Value::Datetime(dt) => match (dt.date, dt.time) {
                (Some(d), None) => chrono::NaiveDate::from_ymd_opt(
                    i32::from(d.year),
                    u32::from(d.month),
                    u32::from(d.day),
                )
                .map(Day)
                .ok_or_else(|| bad(&dt.to_string())),
                _ => Err(bad(&dt.to_string())),
            },
            toml::Value::String(s) => chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
                .map(Day)
                .map_err(|_| bad(&s)),
            other => Err(bad(&other.to_string())),
        }
    }
}

/// A string or a list of strings.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    /// The strings, in the order written.
    pub fn to_vec(&self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s.clone()],
            OneOrMany::Many(v) => v.clone(),
        }
    }
}

/// An exact decimal written as a TOML integer, float or string (`5`, `0.5`, `"0.5"`).
///
/// A TOML float is converted through its shortest decimal form, which is the
/// text the author wrote (0.1 stays 0.1, never 0.1000000000000000055…).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Num(pub Decimal);

impl<'de> Deserialize<'de> for Num {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Int(i64),
            Float(f64),
            Text(String),
        }
        let text = match Raw::deserialize(deserializer)? {
            Raw::Int(i) => i.to_string(),
            Raw::Float(f) if f.is_finite() => f.to_string(),
            Raw::Float(f) => return Err(serde::de::Error::custom(msg::toml_not_a_number(f).en)),
            Raw::Text(s) => s,
        };
        Num::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl Num {
    /// Reads a rubric number written as text (`"0.5"`), within [`NUM_LIMIT`];
    /// `Err` is serde's message.
    pub fn parse(text: &str) -> Result<Num, String> {
        let too_large = |n: &Decimal| n.abs() > Decimal::from(NUM_LIMIT);
        // Digits past what a decimal holds are a number too large, not a word.
        let digits = text.trim().trim_start_matches(['-', '+']);
        let huge = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.');
        let n = match text.trim().parse::<Decimal>() {
            Ok(n) => n,
            Err(_) if huge => Decimal::MAX,
            Err(_) => return Err(msg::toml_not_a_decimal(text).en),
        };
        if too_large(&n) {
            return Err(msg::toml_number_too_large(text, NUM_LIMIT).en);
        }
        Ok(Num(n))
    }
}

/// The largest size of a number a rubric may write (points, maxima,
/// weights, limits, factors, table values). No assessment counts in larger
/// numbers, and with every rubric number this small no sum of maxima,
/// weights or shares at load, and no product of a rubric number with a
/// count of records, can leave what a decimal holds exactly.
pub const NUM_LIMIT: i64 = 1_000_000_000;

/// A toml or serde message about the rubric file in both languages. The
/// messages this file makes (days, numbers) and serde's usual ones (unknown
/// or missing keys, wrong types) are said in Chinese; toml's syntax errors
/// keep their original words after a Chinese lead-in.
pub fn toml_message(en: &str) -> Text {
    let zh = toml_message_zh(en).unwrap_or_else(|| msg::toml_error(en).zh);
    Text {
        en: en.to_string(),
        zh,
    }
}

/// The arguments `said` was made with, when it is the English of a
/// catalogue message: `template` is that English with each argument `\0`.
fn unsay<'a>(said: &'a str, template: &str) -> Option<Vec<&'a str>> {
    let parts: Vec<&str> = template.split('\0').collect();
    let (head, tail) = (parts.first()?, parts.last()?);
    let mut rest = said.strip_prefix(head)?.strip_suffix(tail)?;
    let mut args = Vec::new();
    for middle in &parts[1..parts.len() - 1] {
        let (arg, after) = rest.split_once(middle)?;
        args.push(arg);
        rest = after;
    }
    args.push(rest);
    Some(args)
}

fn toml_message_zh(en: &str) -> Option<String> {
    // Only the first line is parsed: toml appends context on later lines.
    let (first, rest) = en.split_once('\n').unwrap_or((en, ""));
    let tail = if rest.trim().is_empty() {
        String::new()
    } else {
        format!("\n{rest}")
    };
    // serde's lists of names: `a`, `b` or `c`, after `expected one of`.
    let names = |expected: &str| {
        let names: Vec<String> = expected
            .trim_start_matches("expected one of ")
            .trim_start_matches("expected ")
            .replace(" or ", ", ")
            .split(", ")
            .map(|n| unquote(n).to_string())
            .collect();
        Text::list(&names)
    };
    if let Some(tail_en) = first.strip_prefix("unknown field ") {
        let (name, expected) = tail_en.split_once(", ").unwrap_or((tail_en, ""));
        let name = unquote(name);
        let zh = match expected {
            "there are no fields" => msg::toml_unknown_key_none(name),
            _ => msg::toml_unknown_key(name, &names(expected)),
        };
        return Some(zh.zh + &tail);
    }
    if let Some(tail_en) = first.strip_prefix("unknown variant ") {
        let (name, expected) = tail_en.split_once(", ").unwrap_or((tail_en, ""));
        let said = msg::toml_unknown_value(unquote(name), &names(expected));
        return Some(said.zh + &tail);
    }
    if let Some(zh) = syntax_zh(first) {
        return Some(zh + &tail);
    }
    if let Some(name) = first.strip_prefix("missing field ") {
        return Some(msg::toml_missing_key(unquote(name)).zh + &tail);
    }
    if let Some(name) = first.strip_prefix("duplicate field ") {
        return Some(msg::toml_duplicate_key(unquote(name)).zh + &tail);
    }
    if let Some(what) = first.strip_prefix("invalid type: ") {
        let (got, want) = what.split_once(", expected ")?;
        return Some(msg::toml_wrong_type(&kind(got), &kind(want)).zh + &tail);
    }
    if first.starts_with("data did not match any variant of untagged enum ") {
        let wanted = match first.rsplit(' ').next() {
            Some("OneOrMany") => msg::toml_form_one_or_many(),
            Some("Raw") => msg::toml_form_number(),
            _ => return None,
        };
        return Some(msg::toml_wrong_form(&wanted.text()).zh + &tail);
    }
    // The messages this file makes, known by the catalogue's English.
    if let Some([what]) = unsay(first, &msg::toml_not_a_day("\0").en).as_deref() {
        return Some(msg::toml_not_a_day(what).zh + &tail);
    }
    let too_large = msg::toml_number_too_large("\0", "\0").en;
    if let Some([what, limit]) = unsay(first, &too_large).as_deref() {
        return Some(msg::toml_number_too_large(what, limit).zh + &tail);
    }
    if let Some([what]) = unsay(first, &msg::toml_not_a_decimal("\0").en).as_deref() {
        return Some(msg::toml_not_a_decimal(what).zh + &tail);
    }
    if let Some([what]) = unsay(first, &msg::toml_not_a_number("\0").en).as_deref() {
        return Some(msg::toml_not_a_number(what).zh + &tail);
    }
    None
}

/// toml's syntax errors (`unclosed table, expected `]``) in Chinese, when
/// both what is wrong and what is expected are ones it knows.
fn syntax_zh(first: &str) -> Option<String> {
    let (what, expected) = match first.split_once(", expected ") {
        Some((w, e)) => (w, Some(e)),
        None => (first, None),
    };
    let what = match what {
        "duplicate key" => msg::toml_syntax_duplicate_key(),
        "string values must be quoted" => msg::toml_syntax_unquoted_string(),
        "unclosed table" => msg::toml_syntax_unclosed_table(),
        "unclosed array table" => msg::toml_syntax_unclosed_array_table(),
        "unclosed inline table" => msg::toml_syntax_unclosed_inline_table(),
        "unclosed array" => msg::toml_syntax_unclosed_array(),
        "invalid unquoted key" => msg::toml_syntax_invalid_unquoted_key(),
        "invalid key" | "invalid key-value pair" => msg::toml_syntax_invalid_key(),
        "unquoted keys cannot be empty" => msg::toml_syntax_empty_key(),
        "unexpected key or value" | "unexpected content" => msg::toml_syntax_unexpected_content(),
        "unexpected content between comment and newline" => {
            msg::toml_syntax_content_after_comment()
        }
        "missing assignment between key-value pairs" => msg::toml_syntax_missing_assignment(),
        "missing value" | "missing value for key" => msg::toml_syntax_missing_value(),
        "missing comma between array elements" => msg::toml_syntax_missing_comma_array(),
        "missing comma between key-value pairs" => msg::toml_syntax_missing_comma_pairs(),
        "extra comma in array" | "extra comma in inline table" => msg::toml_syntax_extra_comma(),
        "extra `=`" | "extra assignment between key-value pairs" => {
            msg::toml_syntax_extra_assignment()
        }
        "missing opening quote" => msg::toml_syntax_missing_opening_quote(),
        "invalid string"
        | "invalid basic string"
        | "invalid literal string"
        | "invalid multi-line basic string"
        | "invalid multi-line literal string" => msg::toml_syntax_invalid_string(),
        "invalid value" => msg::toml_syntax_invalid_value(),
        "invalid integer number" | "invalid float" | "invalid fraction" | "invalid exponent" => {
            msg::toml_syntax_invalid_number()
        }
        "unexpected leading zero" => msg::toml_syntax_leading_zero(),
        "invalid date-time" => msg::toml_syntax_invalid_datetime(),
        "invalid boolean" => msg::toml_syntax_invalid_boolean(),
        "invalid table" => msg::toml_syntax_invalid_table(),
        _ => return None,
    };
    let Some(expected) = expected else {
        return Some(what.zh.to_string());
    };
    let mut items = Vec::new();
    for item in expected.split(", ") {
        items.push(match item {
            "letters" => msg::toml_expected_letters().text(),
            "numbers" => msg::toml_expected_numbers().text(),
            "newline" => msg::toml_expected_newline().text(),
            "whitespace" => msg::toml_expected_whitespace().text(),
            "value" => msg::toml_expected_value().text(),
            "key" => msg::toml_expected_key().text(),
            "literal string" | "basic string" | "string" => msg::toml_expected_string().text(),
            quoted if quoted.starts_with('`') && quoted.ends_with('`') => Text::same(quoted),
            _ => return None,
        });
    }
    let sep = msg::toml_expected_separator();
    let expected = items
        .iter()
        .skip(1)
        .fold(items[0].clone(), |all, item| all.join(sep.en, sep.zh, item));
    Some(msg::toml_syntax_expected(&what.text(), &expected).zh)
}

fn unquote(s: &str) -> &str {
    s.trim().trim_matches('`')
}

/// serde's words for a kind of value (`a string`, `integer \`3\``) in both
/// languages; one it does not know is said as it is.
fn kind(en: &str) -> Text {
    let en = en.trim();
    let (word, value) = match en.split_once(' ') {
        Some((w, v)) if !matches!(w, "a" | "an") => (w, v.trim()),
        _ => (en, ""),
    };
    let said = match word.trim_start_matches("a ").trim_start_matches("an ") {
        "string" => msg::toml_kind_string(),
        "integer" | "i64" | "u64" => msg::toml_kind_integer(),
        "floating" | "float" | "f64" => msg::toml_kind_float(),
        "boolean" | "bool" => msg::toml_kind_boolean(),
        "sequence" => msg::toml_kind_sequence(),
        "map" | "struct" => msg::toml_kind_map(),
        "datetime" | "date" => msg::toml_kind_date(),
        "character" => msg::toml_kind_character(),
        _ => return Text::same(en),
    };
    let value = value
        .trim_start_matches("point ")
        .trim_start_matches("literal ")
        .trim();
    if value.is_empty() || word == "struct" {
        said.text()
    } else {
        msg::toml_kind_value(&said.text(), value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    struct Holder {
        n: Num,
    }

    fn num(src: &str) -> Decimal {
        toml::from_str::<Holder>(src)
            .map(|h| h.n.0)
            .unwrap_or_default()
    }

    #[test]
    fn numbers_are_exact_whatever_their_toml_form() {
        assert_eq!(num("n = 5"), Decimal::from(5));
        assert_eq!(num("n = 0.1"), Decimal::new(1, 1));
        assert_eq!(num("n = \"0.25\""), Decimal::new(25, 2));
    }

    #[test]
    fn a_number_past_the_limit_is_refused_in_both_languages() {
        assert_eq!(num("n = 1000000000"), Decimal::from(NUM_LIMIT));
        assert_eq!(num("n = -1000000000"), -Decimal::from(NUM_LIMIT));
        for big in [
            "n = 1000000001",
            "n = 9000000000000000000",
            "n = \"79228162514264337593543950335\"",
            "n = 1e300",
            "n = \"100000000000000000000000000000000000\"",
        ] {
            let Err(e) = toml::from_str::<Holder>(big) else {
                panic!("{big} was read");
            };
            let t = toml_message(e.message());
            assert!(
                t.en.contains("is too large: a number in a rubric is at most 1000000000"),
                "{big}: {}",
                t.en
            );
            assert!(
                t.zh.contains("太大：方案中的数字最大为 1000000000"),
                "{big}: {}",
                t.zh
            );
        }
    }

    #[test]
    fn a_word_is_not_a_number() {
        assert!(toml::from_str::<Holder>("n = \"five\"").is_err());
    }
}
