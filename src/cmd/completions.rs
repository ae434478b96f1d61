//! `kaohe completions <shell>`: the shell completion script, generated from
//! the same clap definition the binary parses with, so it never drifts.

use clap::Args;
use clap_complete::Shell;

pub const EXAMPLES: &str = "\
Examples:
  kaohe completions bash > ~/.local/share/bash-completion/completions/kaohe
  kaohe completions zsh > ~/.zfunc/_kaohe
  kaohe completions fish > ~/.config/fish/completions/kaohe.fish
  kaohe completions powershell >> $PROFILE";

/// [`EXAMPLES`] in Chinese, for `--help` when the run speaks Chinese.
pub const EXAMPLES_ZH: &str = "\
示例：
  kaohe completions bash > ~/.local/share/bash-completion/completions/kaohe
  kaohe completions zsh > ~/.zfunc/_kaohe
  kaohe completions fish > ~/.config/fish/completions/kaohe.fish
  kaohe completions powershell >> $PROFILE";

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell: bash, zsh, fish, elvish or powershell.
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
