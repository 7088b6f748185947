//! xAPI's alternate request syntax (1.0.3, part three, 1.3): a client that can only POST
//! (a browser sending across origins) sends `POST /xapi/…?method=PUT` with a form body whose
//! fields are the headers, the parameters and the `content` of the request it means. It has
//! to be rewritten before routing, so this wraps the whole router.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderName, HeaderValue, Method, Uri};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::bad;

/// The form fields that are headers of the meant request.
const HEADERS: [&str; 6] = [
    "Authorization",
    "X-Experience-API-Version",
    "Content-Type",
    "Content-Length",
    "If-Match",
    "If-None-Match",
];
const MAX: usize = 1024 * 1024;

pub async fn rewrite(request: Request, next: Next) -> Response {
    let alternate = request.method() == Method::POST
        && request.uri().path().starts_with("/xapi/")
        && request
            .uri()
            .query()
            .is_some_and(|q| q.split('&').any(|p| p.starts_with("method=")));
    if !alternate {
        return next.run(request).await;
    }
    match meant(request).await {
        Ok(request) => next.run(request).await,
        Err(refused) => refused.into_response(),
    }
}

async fn meant(request: Request) -> Result<Request, super::Refused> {
    let (mut parts, body) = request.into_parts();
    let query: Vec<(String, String)> =
        serde_urlencoded::from_str(parts.uri.query().unwrap_or("")).unwrap_or_default();
    if query.len() != 1 {
        return Err(bad(
            "with method=, every other parameter goes in the form body",
        ));
    }
    let method = match query[0].1.as_str() {
        "GET" => Method::GET,
        "PUT" => Method::PUT,
        "POST" => Method::POST,
        "DELETE" => Method::DELETE,
        "HEAD" => Method::HEAD,
        other => return Err(bad(format!("method: {other} is not an xAPI method"))),
    };
    let form = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !form {
        return Err(bad(
            "with method=, the body must be application/x-www-form-urlencoded",
        ));
    }
    let bytes = axum::body::to_bytes(body, MAX)
        .await
        .map_err(|_| bad("the form body is too large or unreadable"))?;
    let fields: Vec<(String, String)> =
        serde_urlencoded::from_bytes(&bytes).map_err(|_| bad("the form body is not readable"))?;
    let mut params = Vec::new();
    let mut content = String::new();
    parts.headers.remove(header::CONTENT_TYPE);
    parts.headers.remove(header::CONTENT_LENGTH);
    for (name, value) in fields {
        if name == "content" {
            content = value;
        } else if let Some(h) = HEADERS.iter().find(|h| h.eq_ignore_ascii_case(&name)) {
            let (Ok(h), Ok(v)) = (
                HeaderName::try_from(*h),
                HeaderValue::from_str(value.trim()),
            ) else {
                return Err(bad(format!("{name}: not a header value")));
            };
            if h != header::CONTENT_LENGTH {
                parts.headers.insert(h, v);
            }
        } else {
            params.push((name, value));
        }
    }
    let query = serde_urlencoded::to_string(&params).unwrap_or_default();
    let target = if query.is_empty() {
        parts.uri.path().to_string()
    } else {
        format!("{}?{query}", parts.uri.path())
    };
    parts.uri = target
        .parse::<Uri>()
        .map_err(|_| bad("the parameters do not make an address"))?;
    parts.method = method;
    if let Ok(length) = HeaderValue::from_str(&content.len().to_string()) {
        parts.headers.insert(header::CONTENT_LENGTH, length);
    }
    Ok(Request::from_parts(parts, Body::from(content)))
}
