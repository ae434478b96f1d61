//! Integration tests: the real binary on real workbooks, read back.

mod audit;
mod cli_cases;
mod producers;
mod properties;
mod score_example;
mod support;
