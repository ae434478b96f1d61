//! The catalogue's words for the scored workbook and the JSON: sheet names,
//! headers, sections and the rules in words.
//! One file per part of the report, so each stays a size a reader can take
//! in; callers name a message as `i18n::report::name` whichever file holds it.

mod appeals;
mod basis;
mod describe;
mod district;
mod pay;
mod publish;
mod sheets;
mod write;

pub use appeals::*;
pub use basis::*;
pub use describe::*;
pub use district::*;
pub use pay::*;
pub use publish::*;
pub use sheets::*;
pub use write::*;
