//! One module per subcommand: its arguments and how it runs.

pub mod completions;
pub mod init;
pub mod man;
pub mod progress;
pub mod score;
