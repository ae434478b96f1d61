//! `[publish]` as written: what the 公示 list of `kaohe publish` may show.

use serde::Deserialize;
use toml::Spanned;

/// `[publish]`: `names = "masked" | "full" | "key_only"`, `show_total`,
/// `show_pay`. Everything else on a teacher stays off the public list.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublishDef {
    #[serde(default)]
    pub names: Option<Spanned<String>>,
    #[serde(default)]
    pub show_total: Option<bool>,
    #[serde(default)]
    pub show_pay: Option<Spanned<bool>>,
}
