//! `kaohe man`: the man page in roff, generated from the clap definition
//! (every subcommand, flag and example), for packagers and `man -l -`.

use std::io::Write as _;

use clap::CommandFactory;

use crate::cli::Cli;

pub const EXAMPLES: &str = "\
Examples:
  kaohe man | man -l -
  kaohe man > /usr/local/share/man/man1/kaohe.1";

/// [`EXAMPLES`] in Chinese, for `--help` when the run speaks Chinese.
pub const EXAMPLES_ZH: &str = "\
示例：
  kaohe man | man -l -
  kaohe man > /usr/local/share/man/man1/kaohe.1";

/// Prints the man page to stdout: the main page, then one section per
/// subcommand so a single page documents them all.
pub fn run() -> anyhow::Result<()> {
    let command = Cli::command();
    let mut out = Vec::new();
    clap_mangen::Man::new(command.clone()).render(&mut out)?;
    for sub in command.get_subcommands() {
        let name = format!("kaohe {}", sub.get_name());
        let heading = name.to_uppercase();
        let sub = sub.clone().bin_name(name);
        let man = clap_mangen::Man::new(sub);
        // A heading per subcommand rather than a second title: one page.
        writeln!(out, ".SH \"{heading}\"")?;
        man.render_synopsis_section(&mut out)?;
        man.render_description_section(&mut out)?;
        man.render_options_section(&mut out)?;
        man.render_extra_section(&mut out)?;
    }
    super::out::bytes(&out)?;
    Ok(())
}
