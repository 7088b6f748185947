//! The LRS's document resources: state (`/xapi/activities/state`), activity profiles
//! (`/xapi/activities/profile`) and agent profiles (`/xapi/agents/profile`). Content keeps
//! what it likes there under its own ids. JSON documents sent by POST merge into the kept
//! one; the profiles take part in optimistic concurrency (ETag, If-Match, If-None-Match).

use academy_store::lrs::{DocKey, XapiDocument};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::{json, Value};
use time::OffsetDateTime;

use super::{actor_key, answer, bad, Partner, Refused};
use crate::AppState;

#[derive(Deserialize, Default)]
pub struct DocQuery {
    #[serde(rename = "activityId")]
    activity_id: Option<String>,
    agent: Option<String>,
    registration: Option<String>,
    #[serde(rename = "stateId")]
    state_id: Option<String>,
    #[serde(rename = "profileId")]
    profile_id: Option<String>,
    since: Option<String>,
}

pub(super) fn agent_key(agent: &Option<String>) -> Result<String, Refused> {
    let text = agent.as_deref().ok_or_else(|| bad("agent: required"))?;
    let value: Value = serde_json::from_str(text).map_err(|_| bad("agent: not JSON"))?;
    academy_domain::xapi::check_statement(&json!({
        "actor": value, "verb": {"id": "http://x.example/v"}, "object": {"id": "http://x.example/o"}
    }))
    .map_err(|r| bad(format!("agent: {}", r.reason)))?;
    actor_key(&value).ok_or_else(|| bad("agent: no identifier"))
}

fn activity_key(activity: &Option<String>) -> Result<String, Refused> {
    let id = activity
        .as_deref()
        .ok_or_else(|| bad("activityId: required"))?;
    if academy_domain::xapi::is_iri(id) {
        Ok(id.to_string())
    } else {
        Err(bad("activityId: must be an IRI"))
    }
}

/// The key a request names, for each kind of document.
fn key_of(kind: &'static str, q: &DocQuery) -> Result<DocKey, Refused> {
    let mut key = DocKey {
        kind,
        ..DocKey::default()
    };
    match kind {
        "state" => {
            key.activity = activity_key(&q.activity_id)?;
            key.agent = agent_key(&q.agent)?;
            if let Some(r) = &q.registration {
                uuid::Uuid::parse_str(r).map_err(|_| bad("registration: not a UUID"))?;
                key.registration = r.clone();
            }
            key.id = q.state_id.clone().unwrap_or_default();
        }
        "activity_profile" => {
            key.activity = activity_key(&q.activity_id)?;
            key.id = q.profile_id.clone().unwrap_or_default();
        }
        _ => {
            key.agent = agent_key(&q.agent)?;
            key.id = q.profile_id.clone().unwrap_or_default();
        }
    }
    Ok(key)
}

fn etag_of(content: &[u8]) -> String {
    format!(
        "\"{}\"",
        crate::token_hash(&String::from_utf8_lossy(content))
    )
}

fn header_text(headers: &HeaderMap, name: header::HeaderName) -> Option<&str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// The profiles' concurrency rules for a write; the state resource takes the headers when
/// sent but does not need them.
fn check_concurrency(
    kind: &str,
    method: &Method,
    headers: &HeaderMap,
    kept: Option<&XapiDocument>,
) -> Result<(), Refused> {
    let if_match = header_text(headers, header::IF_MATCH);
    let if_none = header_text(headers, header::IF_NONE_MATCH);
    if let Some(tag) = if_match {
        if kept.is_none_or(|d| tag != "*" && !tag.split(',').any(|t| t.trim() == d.etag)) {
            return Err(Refused(
                StatusCode::PRECONDITION_FAILED,
                "If-Match does not match".into(),
            ));
        }
    }
    if if_none == Some("*") && kept.is_some() {
        return Err(Refused(
            StatusCode::PRECONDITION_FAILED,
            "the document exists (If-None-Match: *)".into(),
        ));
    }
    if kind != "state"
        && method == Method::PUT
        && kept.is_some()
        && if_match.is_none()
        && if_none.is_none()
    {
        return Err(Refused(
            StatusCode::CONFLICT,
            "the document exists: send If-Match with its ETag, or If-None-Match: *".into(),
        ));
    }
    Ok(())
}

async fn handle(
    kind: &'static str,
    state: AppState,
    method: Method,
    headers: HeaderMap,
    query: Option<&str>,
    body: Bytes,
) -> Result<Response, Refused> {
    let allowed: &[&str] = match kind {
        "state" => &["activityId", "agent", "registration", "stateId", "since"],
        "activity_profile" => &["activityId", "profileId", "since"],
        _ => &["agent", "profileId", "since"],
    };
    super::only_params(query, allowed)?;
    let q: DocQuery = serde_urlencoded::from_str(query.unwrap_or(""))
        .map_err(|_| bad("the query is not readable"))?;
    let key = key_of(kind, &q)?;
    let since = q
        .since
        .as_deref()
        .map(|s| {
            OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
                .map_err(|_| bad("since: not an ISO 8601 time"))
        })
        .transpose()?;
    let method = if method == Method::HEAD {
        Method::GET
    } else {
        method
    };
    match method {
        Method::GET if key.id.is_empty() => {
            let ids = state.store.xapi_document_ids(&key, since).await?;
            Ok(answer(StatusCode::OK, Some(json!(ids))))
        }
        Method::GET => {
            let doc = state
                .store
                .xapi_document(&key)
                .await?
                .ok_or_else(|| Refused(StatusCode::NOT_FOUND, "no such document".into()))?;
            let mut response = (StatusCode::OK, doc.content).into_response();
            let h = response.headers_mut();
            h.insert(
                "X-Experience-API-Version",
                HeaderValue::from_static(super::VERSION),
            );
            if let Ok(v) = HeaderValue::from_str(&doc.content_type) {
                h.insert(header::CONTENT_TYPE, v);
            }
            if let Ok(v) = HeaderValue::from_str(&doc.etag) {
                h.insert(header::ETAG, v);
            }
            let updated = doc
                .updated
                .format(&time::format_description::well_known::Rfc2822)
                .unwrap_or_default();
            if let Ok(v) = HeaderValue::from_str(&updated) {
                h.insert(header::LAST_MODIFIED, v);
            }
            Ok(response)
        }
        Method::DELETE => {
            let kept = if key.id.is_empty() {
                None
            } else {
                state.store.xapi_document(&key).await?
            };
            check_concurrency(kind, &method, &headers, kept.as_ref())?;
            if kind != "state" && key.id.is_empty() {
                return Err(bad("profileId: required"));
            }
            state.store.delete_xapi_documents(&key).await?;
            Ok(answer(StatusCode::NO_CONTENT, None))
        }
        Method::PUT | Method::POST => {
            if key.id.is_empty() {
                return Err(bad(if kind == "state" {
                    "stateId: required"
                } else {
                    "profileId: required"
                }));
            }
            let content_type = header_text(&headers, header::CONTENT_TYPE)
                .unwrap_or("application/octet-stream")
                .to_string();
            // Read, check and write; written only over what was read, so a write that came
            // in between (from another server: this one writes one document at a time) sends
            // us round again, to check against it.
            let _one = state.lrs_documents.lock().await;
            for _ in 0..5 {
                let kept = state.store.xapi_document(&key).await?;
                check_concurrency(kind, &method, &headers, kept.as_ref())?;
                let is_json = content_type.starts_with("application/json");
                let content = match (&method, &kept) {
                    (&Method::POST, Some(old)) => {
                        // Both must be JSON objects; the new keys replace the old ones.
                        let old_json = old.content_type.starts_with("application/json");
                        let old: Option<serde_json::Map<String, Value>> =
                            serde_json::from_slice(&old.content).ok();
                        let new: Option<serde_json::Map<String, Value>> =
                            serde_json::from_slice(&body).ok();
                        match (old_json && is_json, old, new) {
                            (true, Some(mut old), Some(new)) => {
                                old.extend(new);
                                serde_json::to_vec(&Value::Object(old)).unwrap_or_default()
                            }
                            _ => return Err(bad(
                                "POST merges JSON objects only: both documents must be JSON objects",
                            )),
                        }
                    }
                    (&Method::POST, None)
                        if is_json
                            && serde_json::from_slice::<serde_json::Map<String, Value>>(&body)
                                .is_err() =>
                    {
                        return Err(bad("a JSON document sent by POST must be an object"))
                    }
                    _ => body.to_vec(),
                };
                let document = XapiDocument {
                    etag: etag_of(&content),
                    content,
                    content_type: content_type.clone(),
                    updated: OffsetDateTime::now_utc(),
                };
                let replaces = kept.as_ref().map(|d| d.etag.as_str());
                match state
                    .store
                    .put_xapi_document(&key, &document, replaces)
                    .await
                {
                    Err(academy_store::StoreError::Conflict(_)) => continue,
                    done => done?,
                }
                return Ok(answer(StatusCode::NO_CONTENT, None));
            }
            Err(Refused(
                StatusCode::CONFLICT,
                "the document is being changed by others: try again".into(),
            ))
        }
        _ => Err(Refused(
            StatusCode::METHOD_NOT_ALLOWED,
            "method not allowed".into(),
        )),
    }
}

/// The state, activity profile and agent profile resources: which one, from the path.
pub async fn resource(
    State(state): State<AppState>,
    _: Partner,
    method: Method,
    headers: HeaderMap,
    uri: axum::http::Uri,
    body: Bytes,
) -> Result<Response, Refused> {
    let kind = match uri.path() {
        "/xapi/activities/state" => "state",
        "/xapi/activities/profile" => "activity_profile",
        _ => "agent_profile",
    };
    handle(kind, state, method, headers, uri.query(), body).await
}
