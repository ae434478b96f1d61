//! Any text as a rubric: compiling must give a rubric or located
//! diagnostics, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Err(e) = kaohe::rubric::compile("fuzz.toml", text) {
        // Rendering walks the spans into the text: it must not panic either.
        let _ = e.to_string();
    }
});
