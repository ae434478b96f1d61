//! `kaohe man`: the man page in roff, generated from the clap definition
//! (every subcommand, flag and example), for packagers and `man -l -`.

use std::io::Write as _;

use kaohe::i18n::cli as words;
use kaohe::i18n::Word;
use kaohe::rubric::Locale;

/// Prints the man page to stdout in `locale`: the main page, then one
/// section per subcommand so a single page documents them all. `command`
/// is the clap definition in that language (from `cli`, which imports the
/// commands, so they do not import it back).
pub fn run(command: clap::Command, locale: Locale) -> anyhow::Result<()> {
    let out = page(command, locale)?;
    super::out::bytes(&out)?;
    Ok(())
}

/// The man page in roff, from the definition as `--help` shows it in
/// `locale`: abouts, argument help and examples, and in Chinese the
/// section headings too.
fn page(mut command: clap::Command, locale: Locale) -> std::io::Result<Vec<u8>> {
    if locale == Locale::Zh {
        // `<subcommands>` in the synopsis and the heading over their list.
        let subcommands = words::man_subcommands().get(locale);
        command = command
            .subcommand_help_heading(subcommands)
            .subcommand_value_name(subcommands);
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
    out = laid_out(&out);
    if locale == Locale::Zh {
        out = headings_zh(&out);
        out = breakable(&out);
    }
    Ok(out)
}

/// Chinese text lines with a break point (`\:`) after each Chinese
/// character: roff breaks lines only at spaces, so a run of Chinese wider
/// than the page would stick out of it. Requests, the NAME line (read by
/// `whatis`) and the examples (kept as written) are left alone.
fn breakable(roff: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(roff);
    let mut out = String::with_capacity(text.len() * 2);
    let (mut name, mut fill) = (false, true);
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        if body.starts_with('.') {
            name = body == format!(".SH {}", words::man_name().zh);
            match body {
                ".nf" => fill = false,
                ".fi" => fill = true,
                _ => {}
            }
            out.push_str(line);
            continue;
        }
        if name || !fill {
            out.push_str(line);
            continue;
        }
        let mut chars = body.chars().peekable();
        while let Some(c) = chars.next() {
            out.push(c);
            // Not before a closing mark (，。）): a line never starts with one.
            if wide(c) && chars.peek().is_some_and(|n| wide(*n) && !closing(*n)) {
                out.push_str("\\:");
            }
        }
        out.push_str(&line[body.len()..]);
    }
    out.into_bytes()
}

/// A character a terminal shows two columns wide (Chinese, full-width marks).
fn wide(c: char) -> bool {
    matches!(u32::from(c), 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFF00..=0xFF60)
}

/// Marks that close a phrase and may not begin a line.
fn closing(c: char) -> bool {
    "，。、；：？！）」』】》".contains(c)
}

/// The page set flush left, and the examples as written. roff justifies
/// each line by widening its spaces: Chinese has few spaces, so a line of
/// it ends up with wide gaps between the words it has (`.ad l`, left only).
/// And it fills lines, running each example command into the next: the
/// examples, already laid out in lines that fit 80 columns, are kept as
/// they are (`.nf` … `.fi`).
fn laid_out(roff: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(roff);
    let mut out = String::with_capacity(text.len() + 256);
    let mut in_examples = false;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        if body.starts_with(".SH") && in_examples {
            out.push_str(".fi\n");
            in_examples = false;
        }
        out.push_str(line);
        if !line.ends_with('\n') {
            out.push('\n');
        }
        if body.starts_with(".TH ") {
            out.push_str(".ad l\n");
        }
        if body == ".SH EXTRA" {
            out.push_str(".nf\n");
            in_examples = true;
        }
    }
    if in_examples {
        out.push_str(".fi\n");
    }
    out.into_bytes()
}

/// clap_mangen's fixed section headings, in its English and in Chinese.
const HEADINGS: [Word; 7] = [
    words::man_name(),
    words::man_synopsis(),
    words::man_description(),
    words::man_options(),
    words::man_extra(),
    words::man_version(),
    words::man_authors(),
];

/// clap_mangen's fixed section headings in Chinese: each is a line of its own.
fn headings_zh(roff: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(roff);
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix('\n') {
            Some(body) => (body, "\n"),
            None => (line, ""),
        };
        let heading = HEADINGS
            .iter()
            .find(|w| body.strip_prefix(".SH ") == Some(w.en));
        match heading {
            Some(w) => out.push_str(&format!(".SH {}", w.zh)),
            None => out.push_str(body),
        }
        out.push_str(end);
    }
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chinese_page_has_chinese_headings_and_help() {
        let zh =
            String::from_utf8(page(crate::cli::command(Locale::Zh), Locale::Zh).unwrap()).unwrap();
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
        let en =
            String::from_utf8(page(crate::cli::command(Locale::En), Locale::En).unwrap()).unwrap();
        assert!(en.contains(".SH NAME\n") && en.contains(".SH SUBCOMMANDS\n"));
        assert!(en.contains("Score a month of exported records"));
        assert!(!en.contains("KAOHE HELP"));
        for page in [&zh, &en] {
            // Left-aligned, never justified; each example on lines of its own.
            assert!(page.contains(".TH kaohe 1") && page.contains("\n.ad l\n"));
            assert!(!page.contains(".ad b"));
            assert_eq!(
                page.matches("\n.nf\n").count(),
                page.matches("\n.fi\n").count()
            );
        }
        assert!(zh.contains(".SH 示例与退出码\n.nf\n示例：\n"), "{zh}");
        // Chinese breaks between characters, never before a closing mark.
        assert!(zh.contains("按\\:评\\:分\\:方\\:案"), "{zh}");
        assert!(!zh.contains("\\:，") && !zh.contains("\\:。"));
    }
}
