//! The rubric file as written: a serde model of the TOML, strict about
//! unknown keys, keeping the span of every value a later check may need to
//! point at. Nothing here is validated beyond its shape; `compile` turns it
//! into a [`Rubric`](super::Rubric).

use indexmap::IndexMap;
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer};
use toml::Spanned;

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

/// `rounding = { places = 2, mode = "half_up" }`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoundingDef {
    pub places: u32,
    #[serde(default)]
    pub mode: Option<String>,
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
    /// Fields that together identify a record: a second record with the
    /// same values is a duplicate (`unique = ["id", "date", "slot"]`).
    #[serde(default)]
    pub unique: Option<Spanned<Vec<String>>>,
    pub fields: IndexMap<Spanned<String>, Spanned<FieldDef>>,
}

/// One field: `status = { headers = ["状态", "打卡结果"], type = "enum", values = [...] }`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldDef {
    pub headers: OneOrMany,
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
}

/// `[[item]]`: a scored item within a category, with its rules.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemDef {
    pub id: Spanned<String>,
    pub name: String,
    pub category: Spanned<String>,
    pub max: Spanned<Num>,
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
    /// `import`: what a teacher with no record scores: `error` (default) or `zero`.
    #[serde(default)]
    pub missing: Option<Spanned<String>>,
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
}

/// `[[grade]]`: a band; scores at or above `min` take it (the last band has no `min`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GradeDef {
    pub name: Spanned<String>,
    #[serde(default)]
    pub min: Option<Spanned<Num>>,
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
            Raw::Int(i) => return Ok(Num(Decimal::from(i))),
            Raw::Float(f) if f.is_finite() => f.to_string(),
            Raw::Float(f) => return Err(serde::de::Error::custom(format!("{f} is not a number"))),
            Raw::Text(s) => s,
        };
        text.trim()
            .parse::<Decimal>()
            .map(Num)
            .map_err(|_| serde::de::Error::custom(format!("`{text}` is not a decimal number")))
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
    fn a_word_is_not_a_number() {
        assert!(toml::from_str::<Holder>("n = \"five\"").is_err());
    }
}
