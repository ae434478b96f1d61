//! One module per subcommand: its arguments and how it runs.

pub mod analyze;
pub mod audit_common;
pub mod check;
pub mod completions;
pub mod diff;
pub mod district;
pub mod explain;
pub mod guided;
pub mod init;
pub mod man;
pub mod out;
pub mod period;
pub mod progress;
pub mod publish;
pub mod rollup;
pub mod score;
pub mod serve;
pub mod test;

use crate::msg::Term;

/// Runs `kaohe score`: one school, or with `--by-school` each school of a
/// district.
pub fn score_any(args: &score::ScoreArgs, term: &Term) -> anyhow::Result<()> {
    if args.by_school {
        district::run(args, term)
    } else {
        score::run(args, term)
    }
}
