//! What the binary says on stderr as it runs: errors, progress and closing
//! lines of each command.

include!(concat!(env!("OUT_DIR"), "/i18n/cli/run.rs"));
