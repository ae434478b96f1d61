//! Integration tests: the real binary on real workbooks, read back.

mod cli_cases;
mod fangan13_ethics;
mod fangan3_it_points;
mod producers;
mod properties;
mod score_example;
mod support;
