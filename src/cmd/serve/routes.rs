//! The page's addresses: which request does what to which job, and the
//! HTTP answer (a page, a redirect, a download). A request that cannot be
//! served gets a clear page with a 4xx status, never a panic.

use std::io::Read as _;

use tiny_http::{Header, Method, Request, Response};

use super::job::{Job, Refusal};
use super::pages;
use crate::cmd::publish;
use crate::msg::Term;
use kaohe::i18n::cli as words;
use kaohe::rubric::Locale;

/// Jobs kept at once; the oldest goes (its folder removed) past this.
const JOBS: usize = 8;

/// The header that names an uploaded file (percent-encoded UTF-8).
const NAME_HEADER: &str = "X-Kaohe-Name";

/// The server's jobs and limit, and the run's language.
pub struct State<'t> {
    jobs: Vec<(String, Job)>,
    limit: u64,
    next: u64,
    term: &'t Term,
}

/// An answer to one request.
struct Reply {
    status: u16,
    content_type: &'static str,
    body: Vec<u8>,
    /// A download's file name.
    file: Option<String>,
    /// Where a redirect goes.
    location: Option<String>,
}

impl Reply {
    fn page(status: u16, html: String) -> Reply {
        Reply {
            status,
            content_type: "text/html; charset=utf-8",
            body: html.into_bytes(),
            file: None,
            location: None,
        }
    }

    fn done() -> Reply {
        Reply::page(204, String::new())
    }

    fn see(location: String) -> Reply {
        Reply {
            location: Some(location),
            ..Reply::page(303, String::new())
        }
    }

    /// The clear page for `r`, in the language of its message.
    fn refused(r: &Refusal, locale: Locale) -> Reply {
        Reply::page(r.status, pages::refusal(r, r.locale.unwrap_or(locale)))
    }

    fn download(name: String, content_type: &'static str, bytes: Vec<u8>) -> Reply {
        Reply {
            status: 200,
            content_type,
            body: bytes,
            file: Some(name),
            location: None,
        }
    }
}

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

impl<'t> State<'t> {
    pub fn new(limit: u64, term: &'t Term) -> State<'t> {
        State {
            jobs: Vec::new(),
            limit,
            next: 0,
            term,
        }
    }

    /// Answers one request.
    pub fn handle(&mut self, mut request: Request) {
        // A fault in kaohe answers this request with a page saying so; the
        // server goes on serving.
        let routed =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.route(&mut request)));
        let reply = routed.unwrap_or_else(|_| {
            let locale = self.term.locale();
            let why = kaohe::panicked::internal(kaohe::panicked::last().as_ref());
            let said = format!(
                "{}{}",
                words::internal_prefix().get(locale),
                why.get(locale)
            );
            Reply::refused(&Refusal::new(500, said), locale)
        });
        let mut response = Response::from_data(reply.body).with_status_code(reply.status);
        let mut headers = vec![
            format!("Content-Type: {}", reply.content_type),
            "Cache-Control: no-store".to_string(),
            "X-Content-Type-Options: nosniff".to_string(),
        ];
        if let Some(location) = reply.location {
            headers.push(format!("Location: {location}"));
        }
        if let Some(file) = reply.file {
            // RFC 6266: an ASCII fallback, and the UTF-8 name.
            let encoded =
                percent_encoding::utf8_percent_encode(&file, percent_encoding::NON_ALPHANUMERIC);
            headers.push(format!(
                "Content-Disposition: attachment; filename=\"download\"; filename*=UTF-8''{encoded}"
            ));
        }
        for h in headers {
            if let Ok(h) = h.parse::<Header>() {
                response.add_header(h);
            }
        }
        // The browser went away: nothing to tell it.
        let _ = request.respond(response);
    }

    fn route(&mut self, request: &mut Request) -> Reply {
        let term = self.term;
        let locale = term.locale();
        let path = request.url().split('?').next().unwrap_or("").to_string();
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let method = request.method().clone();
        match (&method, parts.as_slice()) {
            (Method::Get, []) => self.month(),
            (_, ["job", id, rest @ ..]) => {
                let limit = self.limit;
                let Some(job) = self.jobs.iter_mut().find(|(j, _)| j == id).map(|(_, j)| j) else {
                    let r = Refusal::new(404, term.word(words::serve_job_gone()).into());
                    return Reply::refused(&r, locale);
                };
                let id = (*id).to_string();
                match job_route(job, &id, &method, rest, request, limit, term) {
                    Ok(reply) => reply,
                    Err(r) => {
                        let locale = job.scored.as_ref().map_or(locale, |s| s.locale);
                        Reply::refused(&r, locale)
                    }
                }
            }
            _ => {
                let r = Refusal::new(404, term.word(words::serve_not_found()).into());
                Reply::refused(&r, locale)
            }
        }
    }

    /// The month page, for a new job.
    fn month(&mut self) -> Reply {
        let locale = self.term.locale();
        let job = match Job::new() {
            Ok(job) => job,
            Err(e) => {
                let r = Refusal::new(500, kaohe::input::io_reason(&e).get(locale).into());
                return Reply::refused(&r, locale);
            }
        };
        self.next += 1;
        let id = job_id(self.next);
        if self.jobs.len() >= JOBS {
            self.jobs.remove(0);
        }
        let page = pages::month(&id, locale, crate::cmd::init::READY);
        self.jobs.push((id, job));
        Reply::page(200, page)
    }
}

/// A job's address: 128 bits from the keys the standard library draws
/// from the system's randomness for each hasher, so that with `--bind` one
/// office's results cannot be found by counting.
fn job_id(n: u64) -> String {
    use std::hash::{BuildHasher as _, Hasher as _};
    let mut halves = [0u64; 2];
    for (i, half) in halves.iter_mut().enumerate() {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u64(n);
        h.write_usize(i);
        *half = h.finish();
    }
    format!("{:016x}{:016x}", halves[0], halves[1])
}

/// One request to a job.
fn job_route(
    job: &mut Job,
    id: &str,
    method: &Method,
    rest: &[&str],
    request: &mut Request,
    limit: u64,
    term: &Term,
) -> Result<Reply, Refusal> {
    let not_found = || Refusal::new(404, term.word(words::serve_not_found()).into());
    match (method, rest) {
        (Method::Post, ["reset"]) => {
            job.reset();
            Ok(Reply::done())
        }
        (Method::Post, ["input"]) => {
            let (name, body) = upload(request, limit, term)?;
            job.add_input(&name, &body, limit, term)?;
            Ok(Reply::done())
        }
        (Method::Post, ["rubric"]) => {
            let (name, body) = upload(request, limit, term)?;
            job.set_rubric(&name, body, limit, term)?;
            Ok(Reply::done())
        }
        (Method::Post, ["score"]) => {
            let body = read_body(request, limit, "", term)?;
            let field = |key: &str| {
                form_urlencoded::parse(&body)
                    .find(|(k, _)| k == key)
                    .map(|(_, v)| v.into_owned())
                    .unwrap_or_default()
            };
            job.score(&field("ready"), &field("period"), limit, term)?;
            Ok(Reply::see(format!("/job/{id}/results")))
        }
        (Method::Get, ["results"]) => Ok(Reply::page(200, pages::results(id, scored(job, term)?))),
        (Method::Get, ["teacher", n]) => {
            let n: usize = n.parse().map_err(|_| not_found())?;
            pages::teacher(id, scored(job, term)?, n)
                .map(|page| Reply::page(200, page))
                .ok_or_else(not_found)
        }
        (Method::Get, ["download", what]) => {
            download(scored(job, term)?, what).ok_or_else(not_found)
        }
        (Method::Post, ["against"]) => {
            let (name, body) = upload(request, limit, term)?;
            job.compare(&name, body, limit, term)?;
            Ok(Reply::done())
        }
        (Method::Get, ["diff"]) => {
            let s = scored(job, term)?;
            let (text, warnings) = job.compared.as_ref().ok_or_else(not_found)?;
            Ok(Reply::page(200, pages::diff(id, text, warnings, s.locale)))
        }
        _ => Err(not_found()),
    }
}

/// The job's run, or a page saying to score first.
fn scored<'j>(job: &'j Job, term: &Term) -> Result<&'j super::job::Scored, Refusal> {
    job.scored
        .as_ref()
        .ok_or_else(|| Refusal::new(409, term.word(words::serve_not_scored_yet()).into()))
}

/// A download of the scored month, named as `score` and `publish` name it.
fn download(s: &super::job::Scored, what: &str) -> Option<Reply> {
    let locale = s.locale;
    Some(match what {
        "workbook" => Reply::download(
            format!("{}.xlsx", words::serve_workbook_file().get(locale)),
            XLSX,
            s.workbook.clone(),
        ),
        "slips" => Reply::download(
            publish::slips_zip_file(locale),
            "application/zip",
            s.published.as_ref().ok()?.zip.clone(),
        ),
        "list" => Reply::download(
            publish::list_file(locale, "xlsx"),
            XLSX,
            s.published.as_ref().ok()?.list_xlsx.clone(),
        ),
        "list-csv" => Reply::download(
            publish::list_file(locale, "csv"),
            "text/csv; charset=utf-8",
            s.published.as_ref().ok()?.list_csv.clone(),
        ),
        _ => return None,
    })
}

/// An uploaded file: its name (from [`NAME_HEADER`]) and its bytes.
fn upload(request: &mut Request, limit: u64, term: &Term) -> Result<(String, Vec<u8>), Refusal> {
    let bad = || Refusal::new(400, term.word(words::serve_bad_request()).into());
    let raw = request
        .headers()
        .iter()
        .find(|h| h.field.equiv(NAME_HEADER))
        .map(|h| h.value.as_str().to_string())
        .ok_or_else(bad)?;
    let name = percent_encoding::percent_decode_str(&raw)
        .decode_utf8()
        .map_err(|_| bad())?
        .into_owned();
    let body = read_body(request, limit, &name, term)?;
    Ok((name, body))
}

/// The request's body, refused past `limit` bytes before it is read whole.
fn read_body(
    request: &mut Request,
    limit: u64,
    name: &str,
    term: &Term,
) -> Result<Vec<u8>, Refusal> {
    if request.body_length().is_some_and(|n| n as u64 > limit) {
        return Err(Refusal::too_large(name, limit, term));
    }
    let mut body = Vec::new();
    request
        .as_reader()
        .take(limit.saturating_add(1))
        .read_to_end(&mut body)
        .map_err(|_| Refusal::new(400, term.word(words::serve_bad_request()).into()))?;
    if body.len() as u64 > limit {
        return Err(Refusal::too_large(name, limit, term));
    }
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn job_ids_are_long_and_do_not_repeat() {
        let (a, b) = (job_id(1), job_id(1));
        assert_eq!(a.len(), 32);
        assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
    }
}
