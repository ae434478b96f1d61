//! `--help` in both languages: each command's about and each argument's
//! help. clap's own flags and the `help` command are said by clap in
//! English; their Chinese is here.

include!(concat!(env!("OUT_DIR"), "/i18n/cli/help.rs"));
