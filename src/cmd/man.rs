//! `kaohe man`: the man page in roff, generated from the clap definition
//! (every subcommand, flag and example), for packagers and `man -l -`.

use std::io::Write as _;

use kaohe::rubric::Locale;

pub const EXAMPLES: &str = "\
Examples:
  kaohe man | man -l -
  kaohe man > /usr/local/share/man/man1/kaohe.1";

/// [`EXAMPLES`] in Chinese, for `--help` when the run speaks Chinese.
pub const EXAMPLES_ZH: &str = "\
示例：
  kaohe man | man -l -
  kaohe man > /usr/local/share/man/man1/kaohe.1";

/// Prints the man page to stdout in the language in force: the main page,
/// then one section per subcommand so a single page documents them all.
pub fn run() -> anyhow::Result<()> {
    let out = page(crate::msg::locale())?;
    super::out::bytes(&out)?;
    Ok(())
}

/// The man page in roff, from the definition as `--help` shows it in
/// `locale`: abouts, argument help and examples, and in Chinese the
/// section headings too.
fn page(locale: Locale) -> std::io::Result<Vec<u8>> {
    let mut command = crate::cli::command(locale);
    if locale == Locale::Zh {
        // `<subcommands>` in the synopsis and the heading over their list.
        command = command
            .subcommand_help_heading("子命令")
            .subcommand_value_name("子命令");
    }
    let mut out = Vec::new();
    clap_mangen::Man::new(command.clone()).render(&mut out)?;
    // `help` is listed on the main page; it has no options of its own.
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
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
    if locale == Locale::Zh {
        out = headings_zh(&out);
    }
    Ok(out)
}

/// clap_mangen's fixed section headings in Chinese: each is a line of its own.
fn headings_zh(roff: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(roff);
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix('\n') {
            Some(body) => (body, "\n"),
            None => (line, ""),
        };
        let zh = match body {
            ".SH NAME" => ".SH 名称",
            ".SH SYNOPSIS" => ".SH 用法",
            ".SH DESCRIPTION" => ".SH 说明",
            ".SH OPTIONS" => ".SH 选项",
            ".SH EXTRA" => ".SH 示例与退出码",
            ".SH VERSION" => ".SH 版本",
            ".SH AUTHORS" => ".SH 作者",
            other => other,
        };
        out.push_str(zh);
        out.push_str(end);
    }
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chinese_page_has_chinese_headings_and_help() {
        let zh = String::from_utf8(page(Locale::Zh).unwrap()).unwrap();
        for heading in [".SH 名称", ".SH 用法", ".SH 说明", ".SH 选项", ".SH 子命令"] {
            assert!(zh.contains(&format!("{heading}\n")), "{heading} in {zh}");
        }
        for english in [
            ".SH NAME",
            ".SH OPTIONS",
            ".SH EXTRA",
            "SUBCOMMANDS",
            "subcommands",
        ] {
            assert!(!zh.contains(english), "{english} left in {zh}");
        }
        assert!(zh.contains("从导出的电子表格为教师的绩效考核评分"));
        assert!(zh.contains("KAOHE SCORE") && !zh.contains("KAOHE HELP"));
        let en = String::from_utf8(page(Locale::En).unwrap()).unwrap();
        assert!(en.contains(".SH NAME\n") && en.contains(".SH SUBCOMMANDS\n"));
        assert!(en.contains("Score a month of exported records"));
        assert!(!en.contains("KAOHE HELP"));
    }
}
