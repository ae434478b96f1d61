//! The catalogue's words for loading a rubric: its keys, expressions and the mistakes refused at a TOML line.

crate::messages! {}
