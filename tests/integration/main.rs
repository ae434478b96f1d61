//! Integration tests: the real binary on real workbooks, read back.

mod cli_cases;
mod corpus;
mod producers;
mod properties;
mod safety;
mod score_example;
mod support;
