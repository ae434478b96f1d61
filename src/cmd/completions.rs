//! `kaohe completions <shell>`: the shell completion script, generated from
//! the same clap definition the binary parses with, so it never drifts.

use clap::Args;
use clap_complete::Shell;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Prints the completion script to stdout, its descriptions (shown by zsh,
/// fish and others) in the language in force, as `--help` says them.
pub fn run(args: &CompletionsArgs, mut command: clap::Command) -> anyhow::Result<()> {
    // Made in memory: clap_complete panics when its writer fails.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "kaohe", &mut script);
    super::out::bytes(&script)?;
    Ok(())
}
