//! kaohe (考核) scores teachers' performance assessments from the
//! spreadsheets schools already export.
//!
//! The data flows one way: records are **read** (`input`) according to a
//! **rubric** (`rubric`), **evaluated** into item scores with evidence
//! (`engine`), and **written** as a workbook or JSON (`report`). The library
//! never prints; the binary owns the terminal.

pub mod audit;
pub mod engine;
pub mod error;
pub use error::Error;
pub mod i18n;
pub mod input;
pub mod panicked;
pub mod parallel;
pub mod provenance;
pub mod report;
pub mod rubric;
pub mod show;
pub mod value;

#[cfg(test)]
mod testkit;
