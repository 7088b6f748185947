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
const CHECK_JS: &str = include_str!("../assets/check.js");
const OFFLINE_JS: &str = include_str!("../assets/offline.js");
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

/// A short name for the version of some files' text, for a service worker's cache name.
fn version_of(text: &str) -> String {
    hashed_path("v", "", text)
        .trim_start_matches("/static/v-")
        .trim_end_matches('.')
        .to_string()
}

pub static APP_CSS_PATH: LazyLock<String> = LazyLock::new(|| hashed_path("app", "css", APP_CSS));
pub static LISTEN_JS_PATH: LazyLock<String> =
    LazyLock::new(|| hashed_path("listen", "js", LISTEN_JS));
pub static CHECK_JS_PATH: LazyLock<String> = LazyLock::new(|| hashed_path("check", "js", CHECK_JS));
pub static OFFLINE_JS_PATH: LazyLock<String> =
    LazyLock::new(|| hashed_path("offline", "js", OFFLINE_JS));

pub async fn serve_asset(Path(file): Path<String>) -> Result<Response, WebError> {
    let path = format!("/static/{file}");
    let (content_type, body) = if path == *APP_CSS_PATH {
        ("text/css; charset=utf-8", APP_CSS)
    } else if path == *LISTEN_JS_PATH {
        ("text/javascript; charset=utf-8", LISTEN_JS)
    } else if path == *CHECK_JS_PATH {
        ("text/javascript; charset=utf-8", CHECK_JS)
    } else if path == *OFFLINE_JS_PATH {
        ("text/javascript; charset=utf-8", OFFLINE_JS)
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

/// The names of the media a text refers to (`/media/NAME`), each once, in order.
pub fn media_names(text: &str) -> Vec<String> {
    let mut names: Vec<String> = text
        .match_indices("/media/")
        .map(|(at, found)| {
            text[at + found.len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
                .collect::<String>()
        })
        .filter(|name| !name.is_empty())
        .collect();
    names.sort();
    names.dedup();
    names
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

/// `/verify/sw.js`: the service worker that keeps the certificate check on a verifier's
/// phone. It stores the offline check page, its script and the stylesheet when first
/// installed; a check page asked for with no network is answered from that store.
pub async fn verify_service_worker() -> Response {
    let version = version_of(&format!("{CHECK_JS}{APP_CSS}"));
    let script = format!(
        r#"const CACHE = "academy-check{version}";
const KEEP = ["/verify/offline", "{check}", "{css}"];
self.addEventListener("install", e => e.waitUntil(caches.open(CACHE).then(c => c.addAll(KEEP)).then(() => self.skipWaiting())));
self.addEventListener("activate", e => e.waitUntil(caches.keys().then(names => Promise.all(names.filter(n => n.startsWith("academy-check") && n !== CACHE).map(n => caches.delete(n)))).then(() => self.clients.claim())));
self.addEventListener("fetch", e => {{
  const url = new URL(e.request.url);
  if (e.request.mode === "navigate" && url.pathname.startsWith("/verify/")) {{
    e.respondWith(fetch(e.request).catch(() => caches.match("/verify/offline")));
  }} else if (KEEP.includes(url.pathname)) {{
    e.respondWith(caches.match(url.pathname).then(r => r || fetch(e.request)));
  }}
}});
"#,
        version = version,
        check = *CHECK_JS_PATH,
        css = *APP_CSS_PATH,
    );
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        script,
    )
        .into_response()
}

/// `/sw.js`: the learner's service worker. It keeps the page shell (the offline page, the
/// stylesheet and scripts) when installed, and a copy of every catalogue, module, lesson and
/// test page opened and every picture or recording shown; with no network those copies
/// answer, and a page never opened gets the offline page. Saved pages live in a cache of
/// their own, so that a new version of the shell does not throw them away.
pub async fn learner_service_worker() -> Response {
    let version = version_of(&format!("{OFFLINE_JS}{LISTEN_JS}{APP_CSS}"));
    let script = format!(
        r#"const SHELL = "academy-shell{version}";
const PAGES = "academy-pages";
const KEEP = ["/offline", "{css}", "{listen}", "{offline}"];
const kept = path => path === "/" || path === "/modules" || path.startsWith("/modules/");
self.addEventListener("install", e => e.waitUntil(caches.open(SHELL).then(c => c.addAll(KEEP)).then(() => self.skipWaiting())));
self.addEventListener("activate", e => e.waitUntil(caches.keys().then(names => Promise.all(names.filter(n => n.startsWith("academy-shell") && n !== SHELL).map(n => caches.delete(n)))).then(() => self.clients.claim())));
self.addEventListener("fetch", e => {{
  const url = new URL(e.request.url);
  if (e.request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/static/") || url.pathname.startsWith("/media/")) {{
    e.respondWith(caches.match(e.request).then(hit => hit || fetch(e.request).then(r => {{
      if (r.ok && url.pathname.startsWith("/media/")) {{ const copy = r.clone(); caches.open(PAGES).then(c => c.put(e.request, copy)); }}
      return r;
    }})));
  }} else if (e.request.mode === "navigate") {{
    e.respondWith(fetch(e.request).then(r => {{
      if (r.ok && kept(url.pathname)) {{ const copy = r.clone(); caches.open(PAGES).then(c => c.put(e.request, copy)); }}
      return r;
    }}).catch(() => caches.match(e.request).then(hit => hit || caches.match("/offline"))));
  }}
}});
"#,
        version = version,
        css = *APP_CSS_PATH,
        listen = *LISTEN_JS_PATH,
        offline = *OFFLINE_JS_PATH,
    );
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        script,
    )
        .into_response()
}
