//! The catalogue's words for the audit commands: check, explain, diff,
//! rollup, test and overrides. One file per command, so each stays a size a
//! reader can take in; callers name a message as `i18n::audit::name`
//! whichever file holds it.

mod check;
mod diff;
mod explain;
mod overrides;
mod results;
mod test;

pub use check::*;
pub use diff::*;
pub use explain::*;
pub use overrides::*;
pub use results::*;
pub use test::*;

// --- lists
crate::messages! {
    /// Between the names of a list shown in a sentence: ids, file patterns, fields.
    list_separator { en: ", ", zh: "、" }
    /// Between where something is (a finding's location, a row) and what is said of it.
    location_separator { en: ": ", zh: "：" }
}
