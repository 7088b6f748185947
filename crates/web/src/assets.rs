//! Static files: one small stylesheet, served under a name that changes with its content so
//! that phones cache it for a year and fetch it again only when it changes.

use std::hash::{Hash, Hasher};
use std::sync::LazyLock;

use axum::extract::Path;
use axum::http::header;
use axum::response::IntoResponse;

use crate::WebError;

const APP_CSS: &str = include_str!("../assets/app.css");

/// `/static/app-<hash>.css`.
pub static APP_CSS_PATH: LazyLock<String> = LazyLock::new(|| {
    // DefaultHasher::new() has fixed keys: the same bytes give the same name on every start.
    let mut hasher = std::hash::DefaultHasher::new();
    APP_CSS.hash(&mut hasher);
    format!(
        "/static/app-{:012x}.css",
        hasher.finish() & 0xffff_ffff_ffff
    )
});

pub async fn serve_asset(Path(file): Path<String>) -> Result<impl IntoResponse, WebError> {
    if format!("/static/{file}") != *APP_CSS_PATH {
        return Err(WebError::NotFound);
    }
    Ok((
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        APP_CSS,
    ))
}
