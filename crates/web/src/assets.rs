//! Static files and the curriculum's media. The stylesheet and the one script are served
//! under names that change with their content, so that phones cache them for a year and fetch
//! them again only when they change; media are named by the hash of their bytes.

use std::hash::{Hash, Hasher};
use std::sync::LazyLock;

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::{AppState, WebError};

const APP_CSS: &str = include_str!("../assets/app.css");
const LISTEN_JS: &str = include_str!("../assets/listen.js");
const FOREVER: &str = "public, max-age=31536000, immutable";

/// `/static/NAME-<hash>.EXT` for a file's text.
fn hashed_path(name: &str, ext: &str, text: &str) -> String {
    // DefaultHasher::new() has fixed keys: the same bytes give the same name on every start.
    let mut hasher = std::hash::DefaultHasher::new();
    text.hash(&mut hasher);
    format!(
        "/static/{name}-{:012x}.{ext}",
        hasher.finish() & 0xffff_ffff_ffff
    )
}

pub static APP_CSS_PATH: LazyLock<String> = LazyLock::new(|| hashed_path("app", "css", APP_CSS));
pub static LISTEN_JS_PATH: LazyLock<String> =
    LazyLock::new(|| hashed_path("listen", "js", LISTEN_JS));

pub async fn serve_asset(Path(file): Path<String>) -> Result<Response, WebError> {
    let path = format!("/static/{file}");
    let (content_type, body) = if path == *APP_CSS_PATH {
        ("text/css; charset=utf-8", APP_CSS)
    } else if path == *LISTEN_JS_PATH {
        ("text/javascript; charset=utf-8", LISTEN_JS)
    } else {
        return Err(WebError::NotFound);
    };
    Ok((
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, FOREVER),
        ],
        body,
    )
        .into_response())
}

/// The curriculum's images and recordings.
pub async fn serve_media(
    State(state): State<AppState>,
    Path(name): Path<String>,
) -> Result<Response, WebError> {
    let media = state.store.media(&name).await?.ok_or(WebError::NotFound)?;
    let headers = [
        (header::CONTENT_TYPE, media.content_type),
        (header::CACHE_CONTROL, FOREVER.to_string()),
    ];
    Ok((headers, media.bytes).into_response())
}
