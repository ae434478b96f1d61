//! Integration tests: the real binary on real workbooks, read back.
#![allow(clippy::print_stderr)] // a test may say what it saw (interrupt.rs)
#![allow(clippy::disallowed_methods)] // tests name their scratch files as the platform does

mod analyze;
mod appeals;
mod architecture;
mod audit;
mod cli_cases;
mod corpus;
mod daily_minimums;
mod district;
mod english;
mod fangan13_ethics;
mod fangan3_it_points;
mod fangan5_full;
mod fangan7_daily_times;
mod feed;
mod interrupt;
mod libreoffice;
mod mistakes;
mod office;
mod peer;
mod pipes;
mod producers;
mod properties;
mod publish;
mod rollup_mixed;
mod rollup_quota;
mod rubrics;
mod safety;
mod score_example;
mod serve;
mod support;
