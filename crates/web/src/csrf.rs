//! Protection against cross-site form posts: every visitor gets a random `csrf` cookie
//! (SameSite=Lax, HttpOnly), every form carries the same value in a hidden `csrf_token`
//! field, and `CsrfForm` refuses a post whose two values differ. A site that cannot read our
//! cookies cannot forge the field.

use std::fmt::Write;

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{header, HeaderMap, HeaderValue};
use rand::RngCore;
use serde::de::DeserializeOwned;

use crate::WebError;

/// The visitor's CSRF token, put into the request by `frame::frame`.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

pub const COOKIE: &str = "csrf";

/// The visitor's token from their cookie, or a new random one (then `true`: it must be set).
pub fn visitor_token(existing: Option<&str>) -> (String, bool) {
    match existing {
        Some(t) if t.len() == 32 => (t.to_owned(), false),
        _ => {
            let mut bytes = [0u8; 16];
            rand::rngs::OsRng.fill_bytes(&mut bytes);
            let hex = bytes.iter().fold(String::with_capacity(32), |mut s, b| {
                let _ = write!(s, "{b:02x}");
                s
            });
            (hex, true)
        }
    }
}

/// Gives the visitor their new token as a cookie for a year.
pub fn set_cookie(headers: &mut HeaderMap, token: &str) {
    let value = format!("{COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000");
    if let Ok(v) = HeaderValue::from_str(&value) {
        headers.append(header::SET_COOKIE, v);
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_visitor_keeps_a_whole_token_and_gets_a_new_one_otherwise() {
        let kept = "0123456789abcdef0123456789abcdef";
        assert_eq!(visitor_token(Some(kept)), (kept.to_string(), false));
        for odd in [None, Some(""), Some("abc"), Some(&kept[1..])] {
            let (token, is_new) = visitor_token(odd);
            assert!(is_new, "{odd:?} is not a token");
            assert_eq!(token.len(), 32);
            assert!(token
                .bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
        }
        assert_ne!(
            visitor_token(None).0,
            visitor_token(None).0,
            "tokens are random"
        );
    }
}
