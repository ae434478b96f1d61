//! `[pay]` as written: the method, its pool or pools, the unit amounts are
//! rounded to, and an optional floor and ceiling.

use indexmap::IndexMap;
use serde::Deserialize;
use toml::Spanned;

use super::Num;

/// `[pay]`: `method = "share" | "share_above" | "coefficient" | "fixed"`,
/// with the pool (or pools by a roster field), the unit amounts are rounded
/// to, and an optional floor and ceiling.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PayDef {
    pub method: Spanned<String>,
    /// The amount shared out, in yuan.
    #[serde(default)]
    pub pool: Option<Spanned<Num>>,
    /// A roster field: one pool per value of it (`scope = "school"`).
    #[serde(default)]
    pub scope: Option<Spanned<String>>,
    /// With `scope`: each value's pool (`pools = { "一小" = 60000 }`).
    #[serde(default)]
    pub pools: Option<Spanned<IndexMap<String, Num>>>,
    /// `share_above`: the points above this count.
    #[serde(default)]
    pub base: Option<Spanned<Num>>,
    /// `coefficient`: each grade's coefficient (`{ "优秀" = 1.2, … }`).
    #[serde(default)]
    pub coefficients: Option<Spanned<IndexMap<String, Num>>>,
    /// `fixed`: each grade's amount.
    #[serde(default)]
    pub amounts: Option<Spanned<IndexMap<String, Num>>>,
    /// `yuan` (default) or `jiao`: what amounts are rounded to.
    #[serde(default)]
    pub unit: Option<Spanned<String>>,
    #[serde(default)]
    pub floor: Option<Spanned<Num>>,
    #[serde(default)]
    pub ceiling: Option<Spanned<Num>>,
    /// `zero` (default) or `graded`.
    #[serde(default)]
    pub vetoed: Option<Spanned<String>>,
}
