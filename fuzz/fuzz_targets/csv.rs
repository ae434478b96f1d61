//! Any bytes as a CSV export: reading gives records, located cell problems
//! or a file-level error, never a panic, and every record has the schema's
//! number of values.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|bytes: &[u8]| {
    common::read_bytes("records.csv", bytes);
});
