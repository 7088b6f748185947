//! What lets anyone check the academy's signed certificates without trusting this server's
//! pages: its DID document (the public keys, old ones included) and the revocation status
//! list that every credential points to.

use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;

use crate::{AppState, WebError};

/// `/.well-known/did.json`: the academy's `did:web` document.
pub async fn did_document(State(state): State<AppState>) -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "application/did+json"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        state.issuer.did_document().to_string(),
    )
}

/// `/credentials/status/1`: the signed `BitstringStatusListCredential`, a bit set for each
/// revoked certificate. Verifiers may keep it for five minutes.
pub async fn status_list(State(state): State<AppState>) -> Result<impl IntoResponse, WebError> {
    let (revoked, size) = state.store.status_list().await?;
    let revoked: Vec<u64> = revoked.into_iter().map(|i| i as u64).collect();
    let now = super::certificates::rfc3339(time::OffsetDateTime::now_utc());
    let list = academy_credentials::badge::signed_status_list(
        &state.issuer,
        &revoked,
        size as usize,
        &now,
    )
    .await
    .map_err(|e| WebError::Internal(e.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/vc+ld+json"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        list.to_string(),
    ))
}
