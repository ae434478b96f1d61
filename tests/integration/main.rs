//! Integration tests: the real binary on real workbooks, read back.

mod cli_cases;
mod libreoffice;
mod office;
mod producers;
mod properties;
mod score_example;
mod support;
