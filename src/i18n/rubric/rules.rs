//! Sources, items and their rules: `[sources.ID]`, `[[items]]`, the window, relative and weighted rules, and lookup tables.

include!(concat!(env!("OUT_DIR"), "/i18n/rubric/rules.rs"));
