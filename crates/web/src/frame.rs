//! The frame around every response, as one middleware: the visitor's CSRF token (a new one,
//! as a cookie, for a first visit), the error pages written in the visitor's language, and the
//! headers that tell the browser what a page may do. One layer reading the cookies once,
//! rather than three that each boxed the request and parsed the cookies again.

use academy_domain::Language;
use axum::extract::Request;
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;

use crate::context::cookies;
use crate::csrf::{self, CsrfToken};
use crate::{error, security};

/// The language the visitor chose with the language links, if any: read here once, for the
/// page (`Ctx`) and for its error page.
#[derive(Debug, Clone, Copy)]
pub struct CookieLanguage(pub Option<Language>);

/// Runs the request with the visitor's token and chosen language in its extensions, then
/// frames the response.
pub async fn frame(https: bool, mut request: Request, next: Next) -> Response {
    let (csrf, lang) = visitor_cookies(&request);
    let (token, is_new) = csrf::visitor_token(csrf.as_deref());
    let chosen = lang.and_then(|l| Language::parse("lang", &l).ok());
    // Kept for an error page, which is written after the request is gone.
    let path = request.uri().path().to_owned();
    let accept = request.headers().get(header::ACCEPT_LANGUAGE).cloned();
    let extensions = request.extensions_mut();
    extensions.insert(CookieLanguage(chosen));
    extensions.insert(CsrfToken(token.clone()));

    let response = next.run(request).await;

    let lang = chosen.unwrap_or_else(|| match accept.as_ref().and_then(|h| h.to_str().ok()) {
        Some(header) => Language::from_accept_language(header),
        None => Language::En,
    });
    let mut response = error::localise(response, lang, &path);
    security::add_headers(response.headers_mut(), https);
    if is_new {
        csrf::set_cookie(response.headers_mut(), &token);
    }
    response
}

/// The `csrf` and `lang` cookies, in one pass over the Cookie headers.
fn visitor_cookies(request: &Request) -> (Option<String>, Option<String>) {
    let (mut csrf, mut lang) = (None, None);
    for (name, value) in cookies(request.headers()) {
        match name {
            csrf::COOKIE if csrf.is_none() => csrf = Some(value.to_owned()),
            "lang" if lang.is_none() => lang = Some(value.to_owned()),
            _ => {}
        }
        if csrf.is_some() && lang.is_some() {
            break;
        }
    }
    (csrf, lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;

    fn with_cookies(headers: &[&str]) -> Request {
        let mut request = Request::builder().uri("/");
        for h in headers {
            request = request.header(header::COOKIE, *h);
        }
        request.body(Body::empty()).unwrap()
    }

    #[test]
    fn both_cookies_are_found_in_any_header_and_the_first_of_each_wins() {
        let request = with_cookies(&["sid=x; lang=or", "csrf=abc; lang=hi"]);
        assert_eq!(
            visitor_cookies(&request),
            (Some("abc".to_string()), Some("or".to_string()))
        );
        let request = with_cookies(&["sidcsrf=1;  csrf=two ;x"]);
        assert_eq!(visitor_cookies(&request), (Some("two".to_string()), None));
        assert_eq!(visitor_cookies(&with_cookies(&[])), (None, None));
    }
}
