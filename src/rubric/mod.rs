//! The rubric: the TOML file model and its validated form.

pub mod expr;
