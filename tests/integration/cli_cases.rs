//! CLI cases kept as data under `tests/cmd/`: arguments, exit code, and the
//! exact stdout and stderr. `TRYCMD=overwrite cargo test` rewrites them after
//! a deliberate change; review the diff.

#[test]
fn cli_cases() {
    trycmd::TestCases::new().case("tests/cmd/*.toml");
}
