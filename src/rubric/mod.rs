//! The rubric: the TOML file model (`file`), its validated form (`model`)
//! and the expressions its rules are written in (`expr`).

pub mod expr;
pub mod file;
pub mod model;

pub use model::*;
