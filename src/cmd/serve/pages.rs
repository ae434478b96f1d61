//! The page's HTML, rendered on the server in the language of the run:
//! the month page, the results, one teacher's explanation, the rule-change
//! comparison and the clear page a refused request gets. Every string a
//! user or a file provides passes through [`esc`]; the script and style
//! are embedded (no network).

use kaohe::audit::{Finding, Severity};
use kaohe::i18n::audit as check_words;
use kaohe::i18n::cli as words;
use kaohe::i18n::{Locale, Word};
use kaohe::report::labels;

use super::job::{Refusal, Scored};

/// The page's script: uploads and the sortable table.
const SCRIPT: &str = include_str!("page.js");
/// The page's style.
const STYLE: &str = include_str!("page.css");

/// `text` safe inside HTML text and quoted attributes.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A whole page around `body`.
fn layout(locale: Locale, title: &str, body: &str) -> String {
    let lang = match locale {
        Locale::Zh => "zh-CN",
        Locale::En => "en",
    };
    format!(
        "<!doctype html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width\">\
         <title>{}</title><style>{STYLE}</style></head>\n<body>\n{body}\n\
         <script>{SCRIPT}</script>\n</body></html>\n",
        esc(title)
    )
}

fn w(word: Word, locale: Locale) -> String {
    esc(word.get(locale))
}

/// The month page: the rubric, the files, the month.
pub fn month(job: &str, locale: Locale, ready: &[(&str, &str)]) -> String {
    let mut options = String::new();
    for (i, (name, _)) in ready.iter().enumerate() {
        let selected = if i == 0 { " selected" } else { "" };
        options.push_str(&format!(
            "<option value=\"{0}\"{selected}>{0}</option>",
            esc(name)
        ));
    }
    let body = format!(
        "<h1>{title}</h1>\n<p class=\"hint\">{intro}</p>\n\
         <form id=\"month\" method=\"post\" action=\"/job/{job}/score\" data-job=\"{job}\" \
         data-none=\"{none}\" data-sending=\"{sending}\">\n\
         <h2>{rh}</h2>\n<p><label>{ready_l} <select name=\"ready\" id=\"ready\">\
         <option value=\"\">—</option>{options}</select></label></p>\n\
         <p><label>{own} <input type=\"file\" id=\"rubric\" accept=\".toml\"></label></p>\n\
         <h2>{fh}</h2>\n<p><input type=\"file\" id=\"files\" multiple \
         accept=\".xlsx,.xlsm,.xls,.ods,.csv\"></p>\n<p class=\"hint\">{fhint}</p>\n\
         <h2>{ph}</h2>\n<p><input type=\"text\" name=\"period\" id=\"period\" \
         placeholder=\"2022-03\" size=\"10\"></p>\n\
         <p><button type=\"submit\" id=\"score\">{button}</button> <span id=\"status\"></span></p>\n\
         </form>",
        title = w(words::serve_title(), locale),
        intro = w(words::serve_intro(), locale),
        none = w(words::serve_no_files(), locale),
        sending = w(words::serve_sending(), locale),
        rh = w(words::serve_rubric_heading(), locale),
        ready_l = w(words::serve_ready_rubric(), locale),
        own = w(words::serve_own_rubric(), locale),
        fh = w(words::serve_files_heading(), locale),
        fhint = w(words::serve_files_hint(), locale),
        ph = w(words::serve_period_heading(), locale),
        button = w(words::serve_score_button(), locale),
    );
    layout(locale, words::serve_title().get(locale), &body)
}

/// The findings of the check as a table: kind, file/sheet/cell, problem.
fn findings_table(findings: &[Finding], locale: Locale) -> String {
    let mut out = format!(
        "<table id=\"problems\"><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>\n",
        w(words::serve_col_severity(), locale),
        w(words::serve_col_location(), locale),
        w(words::serve_col_problem(), locale),
    );
    for f in findings {
        let (class, kind) = match f.severity {
            Severity::Error => ("error", check_words::severity_error()),
            Severity::Warning => ("warning", check_words::severity_warning()),
        };
        let kind = kind.get(locale).trim_end_matches([':', '：', ' ']);
        out.push_str(&format!(
            "<tr class=\"{class}\"><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            esc(kind),
            esc(f.location.get(locale)),
            esc(f.message.get(locale)),
        ));
    }
    out.push_str("</tbody></table>");
    out
}

/// The results: what the check finds, the warnings, each grade counted,
/// the 汇总 table, the downloads and the rule-change form.
pub fn results(job: &str, s: &Scored) -> String {
    let locale = s.locale;
    let l = labels(locale);
    let period = match &s.config.period {
        Some(p) => format!("{}{}{}", p.from, l.period_to, p.to),
        None => words::serve_period_of_rubric().get(locale).to_string(),
    };
    let mut body = format!(
        "<h1>{}</h1>\n<p id=\"scored\">{}</p>\n",
        w(words::serve_results_heading(), locale),
        esc(words::serve_scored(s.outcome.teachers.len(), &s.loaded.path, period).get(locale)),
    );
    if !s.outcome.run.warnings.is_empty() {
        body.push_str(&format!(
            "<h2>{}</h2>\n<ul id=\"warnings\">\n",
            w(words::serve_warnings_heading(), locale)
        ));
        for warning in &s.outcome.run.warnings {
            body.push_str(&format!(
                "<li class=\"warning\">{}</li>\n",
                esc(&kaohe::i18n::Localize::localized(warning, locale))
            ));
        }
        body.push_str("</ul>\n");
    }
    body.push_str(&format!(
        "<h2>{}</h2>\n",
        w(words::serve_problems_heading(), locale)
    ));
    // What the run warns of is listed above once.
    let warned: Vec<String> = s
        .outcome
        .run
        .warnings
        .iter()
        .map(|w| kaohe::i18n::Localize::localized(w, locale))
        .collect();
    let findings: Vec<Finding> = s
        .findings
        .iter()
        .filter(|f| !warned.iter().any(|w| w == f.message.get(locale)))
        .cloned()
        .collect();
    if findings.is_empty() {
        body.push_str(&format!(
            "<p>{}</p>\n",
            w(words::serve_no_problems(), locale)
        ));
    } else {
        body.push_str(&findings_table(&findings, locale));
    }
    body.push_str(&grades(s));
    body.push_str(&summary(job, s));
    body.push_str(&downloads(job, s));
    body.push_str(&format!(
        "<h2>{dh}</h2>\n<p class=\"hint\">{hint}</p>\n\
         <form id=\"against-form\" data-job=\"{job}\"><input type=\"file\" id=\"against\" accept=\".toml\"> \
         <button type=\"submit\" id=\"compare\">{button}</button></form>\n\
         <p><a href=\"/\">{back}</a></p>",
        dh = w(words::serve_diff_heading(), locale),
        hint = w(words::serve_diff_hint(), locale),
        button = w(words::serve_diff_button(), locale),
        back = w(words::serve_back_start(), locale),
    ));
    layout(locale, words::serve_results_heading().get(locale), &body)
}

/// How many teachers took each grade, in the rubric's order.
fn grades(s: &Scored) -> String {
    let locale = s.locale;
    let l = labels(locale);
    let mut out = format!(
        "<h2>{}</h2>\n<table id=\"grades\"><thead><tr><th>{}</th><th>{}</th></tr></thead><tbody>\n",
        w(words::serve_grades_heading(), locale),
        esc(l.grade),
        w(words::serve_col_count(), locale),
    );
    for g in &s.loaded.rubric.grades {
        let n = s
            .results
            .teachers
            .iter()
            .filter(|t| t.grade.as_deref() == Some(g.name.as_str()))
            .count();
        out.push_str(&format!(
            "<tr><td>{}</td><td class=\"n\">{n}</td></tr>\n",
            esc(&g.name)
        ));
    }
    out.push_str("</tbody></table>\n");
    out
}

/// The 汇总 table: one row per teacher, each name opening its explanation.
fn summary(job: &str, s: &Scored) -> String {
    let locale = s.locale;
    let l = labels(locale);
    let r = &s.results;
    let rounding = s.loaded.rubric.rounding;
    let schools = r.teachers.iter().any(|t| t.school.is_some());
    let mut out = format!(
        "<h2>{}</h2>\n<p class=\"hint\">{}</p>\n<table id=\"summary\" class=\"sortable\"><thead><tr><th>{}</th><th>{}</th>",
        esc(l.sheet_summary),
        w(words::serve_sort_hint(), locale),
        esc(l.key),
        esc(l.name),
    );
    if schools {
        out.push_str(&format!("<th>{}</th>", esc(l.school)));
    }
    for item in &r.items {
        out.push_str(&format!("<th>{}</th>", esc(&item.name)));
    }
    out.push_str(&format!(
        "<th>{}</th><th>{}</th></tr></thead><tbody>\n",
        esc(l.total),
        esc(l.grade)
    ));
    for (n, t) in r.teachers.iter().enumerate() {
        out.push_str(&format!(
            "<tr><td>{}</td><td><a href=\"/job/{job}/teacher/{n}\">{}</a></td>",
            esc(&t.key),
            esc(&t.name)
        ));
        if schools {
            out.push_str(&format!(
                "<td>{}</td>",
                esc(t.school.as_deref().unwrap_or(""))
            ));
        }
        // At the rubric's places, as `explain` and the 汇总 sheet show them.
        for v in &t.items {
            out.push_str(&format!("<td class=\"n\">{}</td>", rounding.show_score(*v)));
        }
        let vetoed = if t.vetoed {
            w(words::serve_vetoed(), locale)
        } else {
            String::new()
        };
        out.push_str(&format!(
            "<td class=\"n\">{}</td><td>{}{vetoed}</td></tr>\n",
            rounding.show_total(t.total),
            esc(t.grade.as_deref().unwrap_or(""))
        ));
    }
    out.push_str("</tbody></table>\n");
    out
}

/// The download links, with the names `score` and `publish` write.
fn downloads(job: &str, s: &Scored) -> String {
    let locale = s.locale;
    let mut out = format!(
        "<h2>{}</h2>\n<ul id=\"downloads\">\n<li><a id=\"dl-workbook\" href=\"/job/{job}/download/workbook\">{}</a></li>\n",
        w(words::serve_downloads_heading(), locale),
        w(words::serve_download_workbook(), locale),
    );
    match &s.published {
        Ok(_) => out.push_str(&format!(
            "<li><a id=\"dl-slips\" href=\"/job/{job}/download/slips\">{}</a></li>\n\
             <li><a id=\"dl-list\" href=\"/job/{job}/download/list\">{}</a></li>\n\
             <li><a id=\"dl-list-csv\" href=\"/job/{job}/download/list-csv\">{}</a></li>\n",
            w(words::serve_download_slips(), locale),
            w(words::serve_download_list(), locale),
            w(words::serve_download_list_csv(), locale),
        )),
        Err(why) => out.push_str(&format!(
            "<li class=\"warning\">{}</li>\n",
            esc(words::serve_no_publication(why).get(locale))
        )),
    }
    out.push_str("</ul>\n");
    out
}

/// One teacher's explanation: the tree `kaohe explain` prints.
pub fn teacher(job: &str, s: &Scored, n: usize) -> Option<String> {
    let locale = s.locale;
    let t = s.outcome.teachers.get(n)?;
    let x = kaohe::audit::explain(&s.loaded.rubric, &s.outcome, t, locale);
    let tree = kaohe::audit::render_tree(&s.loaded.rubric, &x, locale);
    let name = s.results.teachers.get(n).map_or("", |t| t.name.as_str());
    let title = words::serve_explain_heading(name).get(locale).to_string();
    let body = format!(
        "<h1>{}</h1>\n<pre id=\"explanation\">{}</pre>\n<p><a href=\"/job/{job}/results\">{}</a></p>",
        esc(&title),
        esc(&tree),
        w(words::serve_back_results(), locale),
    );
    Some(layout(locale, &title, &body))
}

/// The rule-change comparison: what `kaohe diff` prints, and its warnings.
pub fn diff(job: &str, text: &str, warnings: &[String], locale: Locale) -> String {
    let mut body = format!(
        "<h1>{}</h1>\n<pre id=\"diff\">{}</pre>\n",
        w(words::serve_diff_heading(), locale),
        esc(text)
    );
    for warning in warnings {
        body.push_str(&format!("<p class=\"warning\">{}</p>\n", esc(warning)));
    }
    body.push_str(&format!(
        "<p><a href=\"/job/{job}/results\">{}</a></p>",
        w(words::serve_back_results(), locale)
    ));
    layout(locale, words::serve_diff_heading().get(locale), &body)
}

/// The clear page a refused request gets: what is wrong, the problems
/// that stopped the run, and the way back.
pub fn refusal(r: &Refusal, locale: Locale) -> String {
    let mut body = format!(
        "<h1>{}</h1>\n<p class=\"error\" id=\"error\">{}</p>\n",
        w(words::serve_error_heading(), locale),
        esc(&r.message)
    );
    if !r.findings.is_empty() {
        body.push_str(&format!(
            "<h2>{}</h2>\n",
            w(words::serve_problems_heading(), locale)
        ));
        body.push_str(&findings_table(&r.findings, locale));
    }
    body.push_str(&format!(
        "\n<p><a href=\"/\">{}</a></p>",
        w(words::serve_back_start(), locale)
    ));
    layout(locale, words::serve_error_heading().get(locale), &body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_that_opens_markup_is_escaped() {
        assert_eq!(
            esc("<script>\"a\" & 'b'</script>"),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
        assert_eq!(esc("张三.xlsx"), "张三.xlsx");
    }
}
