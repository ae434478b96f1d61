//! clap's own words in both languages: the headings and placeholders of
//! `--help` and the usage errors it finds while parsing. clap says them in
//! English; the Chinese is here.

include!(concat!(env!("OUT_DIR"), "/i18n/cli/usage.rs"));
