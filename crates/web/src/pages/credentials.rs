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

/// The URL of the revocation status list.
pub fn status_list_url(state: &AppState) -> String {
    format!("{}/credentials/status/1", state.issuer.base_url)
}

/// `/credentials/status/1`: a `BitstringStatusListCredential` with a bit set for each
/// revoked certificate. Verifiers may keep it for five minutes.
pub async fn status_list(State(state): State<AppState>) -> Result<impl IntoResponse, WebError> {
    let (revoked, size) = state.store.status_list().await?;
    let revoked: Vec<u64> = revoked.into_iter().map(|i| i as u64).collect();
    let encoded = academy_credentials::status::encode(&revoked, size as usize)
        .map_err(|e| WebError::Internal(e.to_string()))?;
    let url = status_list_url(&state);
    let now = time::OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    let list = serde_json::json!({
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": state.issuer.did(),
        "validFrom": now.format(&time::format_description::well_known::Rfc3339).unwrap_or_default(),
        "credentialSubject": {
            "id": format!("{url}#list"),
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encoded,
        },
    });
    Ok((
        [
            (header::CONTENT_TYPE, "application/vc+ld+json"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        list.to_string(),
    ))
}
