//! The home page (what the academy is, and each role's way in), the health check, the
//! language switch and the page for unknown addresses.

use academy_domain::Language;
use askama::Template;
use axum::extract::{Path, Query};
use axum::http::header;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::context::{safe_next, Shell};
use crate::{Ctx, WebError};

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage<'a> {
    s: &'a Shell,
}

pub async fn show_home(ctx: Ctx) -> Result<Html<String>, WebError> {
    Ok(Html(HomePage { s: &ctx.shell }.render()?))
}

/// Answers 200 once the server is up: the database was opened and migrated before the
/// listener started.
pub async fn health() -> &'static str {
    "ok"
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

/// Remembers the chosen language for a year and goes back to the page the reader was on.
pub async fn choose_language(
    Path(lang): Path<String>,
    Query(q): Query<NextQuery>,
) -> Result<Response, WebError> {
    let lang = Language::parse("lang", &lang).map_err(|_| WebError::NotFound)?;
    let cookie = format!(
        "lang={}; Path=/; Max-Age=31536000; SameSite=Lax",
        lang.tag()
    );
    let mut response = Redirect::to(&safe_next(q.next.as_deref())).into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        cookie.parse().map_err(|_| WebError::NotFound)?,
    );
    Ok(response)
}

pub async fn not_found() -> Response {
    WebError::NotFound.into_response()
}
