//! The catalogue's words for the audit commands: check, explain, diff,
//! rollup, test and overrides. One file per command (and one for the
//! results `diff` and `rollup` read back), so each stays a size a
//! reader can take in; callers name a message as `i18n::audit::name`
//! whichever file holds it.

mod analyze;
mod appeals;
mod check;
mod diff;
mod explain;
mod overrides;
mod results;
mod rollup;
mod rubric_test;

pub use analyze::*;
pub use appeals::*;
pub use check::*;
pub use diff::*;
pub use explain::*;
pub use overrides::*;
pub use results::*;
pub use rollup::*;
pub use rubric_test::*;

include!(concat!(env!("OUT_DIR"), "/i18n/audit/mod.rs"));
