//! Reading records from exported spreadsheets.

pub mod schema;

pub use schema::{FieldSpec, SourceSchema};
