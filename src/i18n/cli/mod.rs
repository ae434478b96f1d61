//! The catalogue's words for the command line: what each command says as
//! it runs, the guided run, clap's help and usage errors. One file per
//! part; callers name a message as `i18n::cli::name` whichever file holds it.

mod district;
mod examples;
mod guided;
mod help;
mod run;
mod serve;
mod usage;

pub use district::*;
pub use examples::*;
pub use guided::*;
pub use help::*;
pub use run::*;
pub use serve::*;
pub use usage::*;
