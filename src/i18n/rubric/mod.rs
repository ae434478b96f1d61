//! What the rubric says, in both languages: the names of its rounding
//! modes, and every diagnostic about a rubric file and its expressions,
//! grouped by the part of the rubric they are about.
//! One file per part of the rubric, so each stays a size a reader can take
//! in; callers name a message as `i18n::rubric::name` whichever file holds it.

mod expr;
mod file;
mod pay;
mod rules;
mod words;

pub use expr::*;
pub use file::*;
pub use pay::*;
pub use rules::*;
pub use words::*;
