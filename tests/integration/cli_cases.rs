//! CLI cases kept as data under `tests/cmd/`: arguments, exit code, and the
//! exact stdout and stderr. `TRYCMD=overwrite cargo test` rewrites them after
//! a deliberate change; review the diff.

#[test]
fn cli_cases() {
    // Messages follow LANG when neither --lang nor the rubric says: pinned
    // so the cases read the same on every machine; CI hides progress bars.
    trycmd::TestCases::new()
        .env("LC_ALL", "")
        .env("LANG", "en_US.UTF-8")
        .env("CI", "true")
        .case("tests/cmd/*.toml")
        .case("tests/cmd/*.trycmd");
}
