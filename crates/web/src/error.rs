//! Errors of the web layer, and the middleware that turns them into pages in the reader's
//! language: a handler only says what went wrong; the page is written once, here.

use academy_domain::Language;
use academy_store::StoreError;
use askama::Template;
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};

use crate::context::Shell;
use crate::i18n::Tr;

#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error("not found")]
    NotFound,
    /// Signed in, but this page is not for this member's roles.
    #[error("forbidden")]
    Forbidden,
    /// Not signed in: the response sends the visitor to the sign-in page.
    #[error("sign-in needed")]
    SignInNeeded(String),
    #[error("the form is out of date")]
    StaleForm,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Template(#[from] askama::Error),
    #[error("session: {0}")]
    Session(#[from] tower_sessions::session::Error),
    /// A failure of ours that is not the store's: writing a PDF, a spreadsheet, a hash.
    #[error("internal: {0}")]
    Internal(String),
}

/// Marks a response whose body the error-page middleware writes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ErrorPage(pub StatusCode);

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let status = match &self {
            WebError::NotFound | WebError::Store(StoreError::NotFound) => StatusCode::NOT_FOUND,
            WebError::Forbidden => StatusCode::FORBIDDEN,
            WebError::StaleForm => StatusCode::FORBIDDEN,
            WebError::SignInNeeded(next) => {
                let to = format!("/sign-in?next={}", crate::context::url_encode(next));
                return (StatusCode::SEE_OTHER, [(header::LOCATION, to)]).into_response();
            }
            WebError::Store(_)
            | WebError::Template(_)
            | WebError::Session(_)
            | WebError::Internal(_) => {
                tracing::error!(error = %self, "request failed");
                StatusCode::INTERNAL_SERVER_ERROR
            }
        };
        let status = if matches!(self, WebError::StaleForm) {
            StatusCode::BAD_REQUEST
        } else {
            status
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(ErrorPage(status));
        response
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorTemplate<'a> {
    s: &'a Shell,
    title: String,
    message: String,
}

/// Writes the body of an error response in the language the visitor reads; any other
/// response passes unchanged.
pub(crate) fn localise(response: Response, lang: Language, path: &str) -> Response {
    let Some(ErrorPage(status)) = response.extensions().get::<ErrorPage>().copied() else {
        return response;
    };
    let shell = Shell::anonymous(Tr::new(lang), path.to_owned());
    let key = match status {
        StatusCode::NOT_FOUND => "error-not-found",
        StatusCode::FORBIDDEN => "error-forbidden",
        StatusCode::BAD_REQUEST => "error-stale-form",
        _ => "error-internal",
    };
    let page = ErrorTemplate {
        title: shell.tr.t(&format!("{key}-title")),
        message: shell.tr.t(key),
        s: &shell,
    };
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(_) => status.into_response(),
    }
}
