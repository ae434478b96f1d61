//! The catalogue's words for the audit commands: check, explain, diff, rollup, test and overrides.

crate::messages! {}
