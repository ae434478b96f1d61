//! Each command's examples and exit codes, shown after its `--help`.

include!(concat!(env!("OUT_DIR"), "/i18n/cli/examples.rs"));
