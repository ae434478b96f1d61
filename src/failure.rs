//! How a failed command is said and which exit code it ends with: every
//! link of the error chain in the language it is handed, data problems one
//! a line, and the documented code. The binary's `main` and `kaohe serve`'s
//! pages say failures through this, so they say them alike.

use crate::cmd;
use crate::usage::UsageError;
use kaohe::engine::ScoreError;
use kaohe::i18n::cli as words;
use kaohe::i18n::Localize;
use kaohe::rubric::Locale;

/// How many data problems are printed before the rest are counted.
const SHOWN_PROBLEMS: usize = 50;

/// The whole error in `locale` (the run's, or for `kaohe serve` its
/// page's): each link of the chain in words, data problems listed one a
/// line.
pub fn render(e: &anyhow::Error, locale: Locale) -> String {
    if let Some(ScoreError::Data(problems)) = e.downcast_ref::<ScoreError>() {
        let mut out = words::data_problems(problems.len()).get(locale).to_string();
        for p in problems.iter().take(SHOWN_PROBLEMS) {
            out.push_str(&format!("\n  - {}", p.localized(locale)));
        }
        if problems.len() > SHOWN_PROBLEMS {
            out.push_str("\n  ");
            let more = words::more_problems(problems.len() - SHOWN_PROBLEMS);
            out.push_str(more.get(locale));
        }
        return out;
    }
    chain(e, locale)
}

/// Every link of the error chain in `locale`, outermost first, as anyhow's
/// `{:#}` joins them; a link its outer link already ends with (an error
/// that prints its own cause) is not said twice.
fn chain(e: &anyhow::Error, locale: Locale) -> String {
    let mut links: Vec<String> = Vec::new();
    for link in e.chain() {
        let said = localized(link, locale);
        if links.last().is_some_and(|outer| outer.ends_with(&said)) {
            continue;
        }
        links.push(said);
    }
    links.join(words::cause_separator().get(locale))
}

/// One link of an error chain in `locale`: the library's errors say it in
/// either language through `Localize` (a new error type is one more line in
/// the list, rust_xlsxwriter's refusals among them), a system error is
/// explained by its kind, serde_json's through the catalogue, and anything
/// else (CLI context, already in the language) is shown as it is.
fn localized(link: &(dyn std::error::Error + 'static), locale: Locale) -> String {
    if let Some(e) = kaohe::error::kind(link) {
        return e.localized(locale);
    }
    if let Some(e) = link.downcast_ref::<rust_xlsxwriter::XlsxError>() {
        return e.localized(locale);
    }
    if let Some(e) = link.downcast_ref::<std::io::Error>() {
        return kaohe::input::io_reason(e).get(locale).to_string();
    }
    // The summaries are plain data, so this is a fault, but it is said.
    if let Some(e) = link.downcast_ref::<serde_json::Error>() {
        return words::no_json(e).get(locale).to_string();
    }
    link.to_string()
}

/// 0 ok, 2 usage or rubric error, 3 input data error, 4 a check found what
/// it looks for (diff --fail-on-change, failing rubric tests), 5 scored with
/// records skipped under --keep-going (handled in `main`), 1 anything else.
pub fn exit_code(e: &anyhow::Error) -> u8 {
    if let Some(code) = cmd::audit_common::exit_code(e) {
        return code;
    }
    if e.downcast_ref::<UsageError>().is_some() {
        return kaohe::error::USAGE;
    }
    // The inputs hold no teacher: what is wrong is the data, not the line.
    if e.downcast_ref::<cmd::score::NoTeachers>().is_some() {
        return kaohe::error::DATA;
    }
    // The library's kinds each know their code (`kaohe::Error::exit_code`).
    e.chain()
        .find_map(kaohe::error::kind)
        .map_or(kaohe::error::FAULT, |k| k.exit_code())
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context as _;

    fn unwritable() -> anyhow::Error {
        let e = kaohe::report::ReportError::Io {
            path: "结果.xlsx".into(),
            source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        };
        Err::<(), _>(e).context("写入 结果.xlsx").unwrap_err()
    }

    #[test]
    fn every_link_of_a_chain_speaks_the_language_asked_for() {
        assert_eq!(
            chain(&unwritable(), Locale::Zh),
            "写入 结果.xlsx：无法写入 结果.xlsx：没有权限访问，文件可能正在 Excel 或 WPS 中打开，请关闭后再试"
        );
        assert_eq!(
            chain(&unwritable(), Locale::En),
            format!("{:#}", unwritable())
        );
    }

    #[test]
    fn a_cause_the_error_already_names_is_not_said_twice() {
        let e = anyhow::Error::new(kaohe::engine::InputsError::Io {
            path: "2022-03".into(),
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        });
        assert_eq!(
            chain(&e, Locale::Zh),
            "无法读取输入 2022-03：文件或文件夹不存在"
        );
        assert_eq!(
            chain(&e, Locale::En),
            "cannot read input 2022-03: entity not found"
        );
    }

    /// rust_xlsxwriter's refusal under the report's error, and the system
    /// error under it, are each said in Chinese, and the system error once.
    #[test]
    fn an_xlsx_refusal_is_said_in_chinese_to_its_cause() {
        let e = anyhow::Error::new(kaohe::report::ReportError::Xlsx(
            rust_xlsxwriter::XlsxError::TempFileError(
                "/tmp".into(),
                std::io::Error::from(std::io::ErrorKind::PermissionDenied),
            ),
        ));
        assert_eq!(
            chain(&e, Locale::Zh),
            "无法生成工作簿：无法在 /tmp 中创建临时文件：没有权限访问，文件可能正在 Excel 或 WPS 中打开，请关闭后再试"
        );
        let e = anyhow::Error::new(kaohe::report::ReportError::Xlsx(
            rust_xlsxwriter::XlsxError::MaxStringLengthExceeded,
        ));
        assert_eq!(
            chain(&e, Locale::Zh),
            "无法生成工作簿：单元格的文字超过了 xlsx 允许的 32767 个字符"
        );
        assert!(chain(&e, Locale::En).starts_with("cannot build the workbook: "));
    }

    #[test]
    fn a_library_error_is_found_through_the_list() {
        let e = anyhow::Error::new(kaohe::input::InputError::NoSheet {
            file: "考勤.xlsx".into(),
            pattern: "三月".into(),
            sheets: vec!["Sheet1".into()],
        });
        assert_eq!(
            chain(&e, Locale::Zh),
            "考勤.xlsx：没有与\"三月\"匹配的工作表；该工作簿中有：Sheet1"
        );
    }
}
