//! One module per subcommand: its arguments and how it runs.

pub mod audit_common;
pub mod check;
pub mod diff;
pub mod explain;
pub mod rollup;
pub mod score;
pub mod test;
