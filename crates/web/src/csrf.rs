//! Protection against cross-site form posts: every visitor gets a random `csrf` cookie
//! (SameSite=Lax, HttpOnly), every form carries the same value in a hidden `csrf_token`
//! field, and `CsrfForm` refuses a post whose two values differ. A site that cannot read our
//! cookies cannot forge the field.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use rand::RngCore;
use serde::de::DeserializeOwned;

use crate::context::cookie;
use crate::WebError;

/// The visitor's CSRF token, put into the request by `ensure_csrf_cookie`.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

const COOKIE: &str = "csrf";

/// Gives a visitor without a token a new one, as a cookie on the response.
pub async fn ensure_csrf_cookie(mut request: Request, next: Next) -> Response {
    let existing = cookie(request.headers(), COOKIE).filter(|t| t.len() == 32);
    let (token, is_new) = match existing {
        Some(t) => (t, false),
        None => {
            let mut bytes = [0u8; 16];
            rand::rngs::OsRng.fill_bytes(&mut bytes);
            (
                bytes.iter().map(|b| format!("{b:02x}")).collect::<String>(),
                true,
            )
        }
    };
    request.extensions_mut().insert(CsrfToken(token.clone()));
    let mut response = next.run(request).await;
    if is_new {
        let value = format!("{COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000");
        if let Ok(v) = HeaderValue::from_str(&value) {
            response.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    response
}

/// A url-encoded form whose `csrf_token` field matches the visitor's cookie.
pub struct CsrfForm<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for CsrfForm<T> {
    type Rejection = WebError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let expected = request
            .extensions()
            .get::<CsrfToken>()
            .map(|t| t.0.clone())
            .unwrap_or_default();
        let body = Bytes::from_request(request, state)
            .await
            .map_err(|_| WebError::StaleForm)?;
        let fields: Vec<(String, String)> =
            serde_urlencoded::from_bytes(&body).map_err(|_| WebError::StaleForm)?;
        let given = fields
            .iter()
            .find(|(k, _)| k == "csrf_token")
            .map(|(_, v)| v.as_str());
        if expected.is_empty()
            || !given.is_some_and(|g| constant_time_eq(g.as_bytes(), expected.as_bytes()))
        {
            return Err(WebError::StaleForm);
        }
        let value = serde_urlencoded::from_bytes(&body).map_err(|_| WebError::StaleForm)?;
        Ok(CsrfForm(value))
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
