//! Sync between the central academy and field nodes: the API a node calls with its token
//! (`/sync/v1/…`), and the page where a manager registers and revokes nodes or, on a node,
//! sets up the central academy and syncs now.

use academy_store::{CompletionRule, Cursor, Scope, StoreError, SyncNode};
use askama::Template;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::context::Shell;
use crate::csrf::CsrfForm;
use crate::i18n::Arg;
use crate::sync_client::{self, Hello, Received, BATCH_ROWS};
use crate::{AppState, Ctx, WebError};

/// A pushed batch may be this large, compressed.
const MAX_PUSH: usize = 16 * 1024 * 1024;

/// The node-facing API, with a body limit of its own.
pub fn api() -> Router<AppState> {
    Router::new()
        .route("/sync/v1/hello", post(hello))
        .route("/sync/v1/push", post(push))
        .route("/sync/v1/pull", get(pull))
        .route("/sync/v1/content", get(content))
        .layer(DefaultBodyLimit::max(MAX_PUSH))
}

/// How a token is kept: its SHA-256, in hex. Tokens are long and random, so a fast hash is
/// enough.
pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.trim().as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A new token: 32 random bytes, hex.
pub fn new_token() -> String {
    let bytes: [u8; 32] = rand::random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn refuse(status: StatusCode, why: &str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        why.to_string(),
    )
        .into_response()
}

/// The node that presents the request's bearer token, or the answer that refuses it.
async fn node_of(state: &AppState, headers: &HeaderMap) -> Result<SyncNode, Response> {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .ok_or_else(|| refuse(StatusCode::UNAUTHORIZED, "a node token is needed"))?;
    let node = state
        .store
        .sync_node_by_token(&token_hash(token))
        .await
        .map_err(|e| internal(&e))?
        .ok_or_else(|| refuse(StatusCode::UNAUTHORIZED, "unknown node token"))?;
    if node.revoked_at.is_some() {
        return Err(refuse(StatusCode::FORBIDDEN, "this node has been revoked"));
    }
    Ok(node)
}

fn internal(e: &dyn std::fmt::Display) -> Response {
    tracing::error!(error = %e, "sync failed");
    refuse(
        StatusCode::INTERNAL_SERVER_ERROR,
        "the central academy could not do that",
    )
}

/// Every module's completion rule in the published curriculum.
fn all_rules(state: &AppState) -> Vec<CompletionRule> {
    crate::curriculum::completion_rules(&state.catalogue.current().curriculum)
}

/// `POST /sync/v1/hello`: who the central academy is, who the node is, and how far the
/// node's changes have arrived.
async fn hello(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let node = match node_of(&state, &headers).await {
        Ok(node) => node,
        Err(refused) => return refused,
    };
    let now = time::OffsetDateTime::now_utc();
    let central = match state.store.sync_identity().await {
        Ok(id) => id,
        Err(e) => return internal(&e),
    };
    if let Err(e) = state.store.sync_node_seen(node.id, now).await {
        return internal(&e);
    }
    let content = match state.store.latest_content().await {
        Ok(c) => c.map(|c| c.digest),
        Err(e) => return internal(&e),
    };
    Json(Hello {
        central,
        node: node.id,
        name: node.name,
        code_block: node.code_block,
        received: node.received,
        content,
    })
    .into_response()
}

/// `POST /sync/v1/push`: one gzipped batch of the node's changes, merged in one transaction.
async fn push(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    let node = match node_of(&state, &headers).await {
        Ok(node) => node,
        Err(refused) => return refused,
    };
    let batch = match sync_client::unpack(&body) {
        Ok(batch) => batch,
        Err(e) => return refuse(StatusCode::BAD_REQUEST, &e.to_string()),
    };
    let rules = all_rules(&state);
    match state
        .store
        .apply_batch(&batch, node.id, Cursor::Node(node.id), &rules)
        .await
    {
        Ok(applied) => {
            tracing::info!(node = %node.id, rows = batch.len(), new = applied.statements, "sync push");
            Json(Received {
                received: batch.upto.max(node.received),
            })
            .into_response()
        }
        Err(StoreError::Conflict(_)) => (
            StatusCode::CONFLICT,
            Json(Received {
                received: node.received,
            }),
        )
            .into_response(),
        Err(StoreError::Corrupt(why)) => refuse(StatusCode::BAD_REQUEST, &why),
        Err(StoreError::NotFound) => refuse(
            StatusCode::BAD_REQUEST,
            "the batch refers to a record that is neither in it nor here",
        ),
        Err(e) => internal(&e),
    }
}

#[derive(Deserialize)]
struct PullQuery {
    #[serde(default)]
    after: i64,
    limit: Option<usize>,
}

/// `GET /sync/v1/pull?after=N`: the next gzipped batch of changes in the node's scope.
async fn pull(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<PullQuery>,
) -> Response {
    let node = match node_of(&state, &headers).await {
        Ok(node) => node,
        Err(refused) => return refused,
    };
    let limit = q.limit.unwrap_or(BATCH_ROWS).clamp(1, BATCH_ROWS);
    let started = std::time::Instant::now();
    let batch = match state
        .store
        .changes(q.after, Some(node.id), Some(&node.scope), limit)
        .await
    {
        Ok(batch) => batch,
        Err(e) => return internal(&e),
    };
    let read = started.elapsed();
    match sync_client::pack(&batch) {
        Ok(bytes) => {
            tracing::debug!(
                node = %node.id,
                rows = batch.len(),
                read_ms = read.as_millis() as u64,
                pack_ms = (started.elapsed() - read).as_millis() as u64,
                "sync pull"
            );
            ([(header::CONTENT_TYPE, "application/gzip")], bytes).into_response()
        }
        Err(e) => internal(&e),
    }
}

/// `GET /sync/v1/content`: the published curriculum with every picture and recording it
/// names, gzipped.
async fn content(State(state): State<AppState>, headers: HeaderMap) -> Response {
    use base64::Engine;
    if let Err(refused) = node_of(&state, &headers).await {
        return refused;
    }
    let latest = match state.store.latest_content().await {
        Ok(Some(latest)) => latest,
        Ok(None) => return refuse(StatusCode::NOT_FOUND, "no curriculum is published"),
        Err(e) => return internal(&e),
    };
    let mut media = Vec::new();
    for name in crate::assets::media_names(&latest.body) {
        match state.store.media(&name).await {
            Ok(Some(file)) => media.push(sync_client::MediaItem {
                name,
                content_type: file.content_type,
                bytes: base64::engine::general_purpose::STANDARD.encode(&file.bytes),
            }),
            Ok(None) => {}
            Err(e) => return internal(&e),
        }
    }
    let package = sync_client::ContentPackage {
        digest: latest.digest,
        body: latest.body,
        media,
    };
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    if let Err(e) = serde_json::to_writer(&mut gz, &package) {
        return internal(&e);
    }
    match gz.finish() {
        Ok(bytes) => ([(header::CONTENT_TYPE, "application/gzip")], bytes).into_response(),
        Err(e) => internal(&e),
    }
}

struct NodeRow {
    id: Uuid,
    name: String,
    scope: String,
    last_seen: String,
    revoked: bool,
}

struct DuplicateRow {
    a: Uuid,
    a_name: String,
    b: Uuid,
    b_name: String,
    reason: String,
}

#[derive(Template)]
#[template(path = "sync.html")]
struct SyncPage<'a> {
    s: &'a Shell,
    nodes: Vec<NodeRow>,
    new_token: Option<String>,
    peer_remote: Option<String>,
    peer_name: Option<String>,
    last_sync: String,
    last_error: Option<String>,
    report: Option<String>,
    duplicates: Vec<DuplicateRow>,
}

fn when(t: Option<time::OffsetDateTime>) -> String {
    t.map(|t| {
        let t = t.to_offset(academy_domain::field::IST);
        format!(
            "{:04}-{:02}-{:02} {:02}:{:02}",
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute()
        )
    })
    .unwrap_or_default()
}

#[derive(Deserialize, Default)]
pub struct SyncPageQuery {
    report: Option<String>,
}

/// `/admin/sync`: field nodes registered here; on a node, the central academy and the sync
/// button; records that may be one person.
pub async fn show_sync(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<SyncPageQuery>,
) -> Result<Html<String>, WebError> {
    ctx.require_manager()?;
    sync_page(&state, &ctx, None, q.report).await
}

async fn sync_page(
    state: &AppState,
    ctx: &Ctx,
    new_token: Option<String>,
    report: Option<String>,
) -> Result<Html<String>, WebError> {
    let s = &ctx.shell;
    let nodes = state
        .store
        .sync_nodes()
        .await?
        .into_iter()
        .map(|n| NodeRow {
            id: n.id,
            name: n.name,
            scope: n
                .scope
                .districts
                .iter()
                .cloned()
                .chain(n.scope.cohorts.iter().map(|c| format!("cohort {c}")))
                .collect::<Vec<_>>()
                .join(", "),
            last_seen: when(n.last_seen_at),
            revoked: n.revoked_at.is_some(),
        })
        .collect();
    let peer = state.store.peer().await?;
    let mut duplicates = Vec::new();
    for d in state.store.duplicates().await? {
        let a = state.store.member(d.a).await?;
        let b = state.store.member(d.b).await?;
        duplicates.push(DuplicateRow {
            a: d.a,
            a_name: format!("{} ({})", a.draft.full_name, a.code.as_str()),
            b: d.b,
            b_name: format!("{} ({})", b.draft.full_name, b.code.as_str()),
            reason: s.tr.t(&format!("sync-duplicate-{}", d.reason)),
        });
    }
    Ok(Html(
        SyncPage {
            s,
            nodes,
            new_token,
            peer_remote: peer.as_ref().map(|p| p.remote.clone()),
            peer_name: peer.as_ref().and_then(|p| p.name.clone()),
            last_sync: when(peer.as_ref().and_then(|p| p.last_sync_at)),
            last_error: peer.as_ref().and_then(|p| p.last_error.clone()),
            report,
            duplicates,
        }
        .render()?,
    ))
}

#[derive(Deserialize)]
pub struct NodeForm {
    name: String,
    #[serde(default)]
    districts: String,
    #[serde(default)]
    cohorts: String,
}

/// Registers a node; the token is shown once, on the page the manager lands on.
pub async fn register_node(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<NodeForm>,
) -> Result<Response, WebError> {
    let me = ctx.require_manager()?;
    let name = academy_domain::text::clean(&form.name);
    let districts: Vec<String> = form
        .districts
        .split(',')
        .map(academy_domain::text::clean)
        .filter(|d| !d.is_empty())
        .collect();
    let mut cohorts = Vec::new();
    for c in form
        .cohorts
        .split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        match c.parse::<Uuid>() {
            Ok(id) if state.store.cohort(id).await.is_ok() => cohorts.push(id),
            _ => {
                return Ok((
                    StatusCode::UNPROCESSABLE_ENTITY,
                    ctx.shell.t1("sync-bad-cohort", "cohort", c),
                )
                    .into_response())
            }
        }
    }
    if name.is_empty() || (districts.is_empty() && cohorts.is_empty()) {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            ctx.shell.tr.t("sync-node-needs"),
        )
            .into_response());
    }
    let token = new_token();
    let node = state
        .store
        .register_node(
            &name,
            &Scope { districts, cohorts },
            &token_hash(&token),
            Some(me.id),
            time::OffsetDateTime::now_utc(),
        )
        .await?;
    tracing::info!(node = %node.id, by = %me.id, "field node registered");
    // The token is shown on this page once and kept only as a hash.
    Ok(sync_page(&state, &ctx, Some(token), None)
        .await?
        .into_response())
}

/// Refuses the node from now on.
pub async fn revoke_node(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, WebError> {
    let me = ctx.require_manager()?;
    state
        .store
        .revoke_sync_node(id, me.id, time::OffsetDateTime::now_utc())
        .await?;
    tracing::info!(node = %id, by = %me.id, "field node revoked");
    Ok(Redirect::to("/admin/sync").into_response())
}

#[derive(Deserialize)]
pub struct Empty {}

#[derive(Deserialize)]
pub struct DuplicateForm {
    a: Uuid,
    b: Uuid,
    /// `keep-a` (merge b into a), `keep-b`, or `apart`.
    action: String,
}

/// A manager's decision on two records that may be one person.
pub async fn resolve_duplicate(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<DuplicateForm>,
) -> Result<Response, WebError> {
    let me = ctx.require_manager()?;
    let now = time::OffsetDateTime::now_utc();
    let rules = all_rules(&state);
    match form.action.as_str() {
        "keep-a" => {
            state
                .store
                .merge_members(form.a, form.b, me.id, &rules, now)
                .await?
        }
        "keep-b" => {
            state
                .store
                .merge_members(form.b, form.a, me.id, &rules, now)
                .await?
        }
        "apart" => state.store.keep_apart(form.a, form.b, me.id, now).await?,
        _ => return Err(WebError::NotFound),
    }
    tracing::info!(a = %form.a, b = %form.b, action = %form.action, by = %me.id, "duplicate resolved");
    Ok(Redirect::to("/admin/sync").into_response())
}

#[derive(Deserialize)]
pub struct PeerForm {
    remote: String,
    token: String,
}

/// On a field node: the central academy's address and this node's token, then a first sync.
pub async fn set_peer(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<PeerForm>,
) -> Result<Response, WebError> {
    ctx.require_manager()?;
    let remote = match sync_client::check_remote(form.remote.trim()) {
        Ok(remote) => remote,
        Err(e) => return Ok((StatusCode::UNPROCESSABLE_ENTITY, e.to_string()).into_response()),
    };
    state.store.set_peer(&remote, form.token.trim()).await?;
    sync_now_inner(&state, &ctx).await
}

/// The sync button.
pub async fn sync_now(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, WebError> {
    ctx.require_manager()?;
    sync_now_inner(&state, &ctx).await
}

async fn sync_now_inner(state: &AppState, ctx: &Ctx) -> Result<Response, WebError> {
    let rules = all_rules(state);
    let report = match sync_client::sync(state.store.as_ref(), &rules, BATCH_ROWS).await {
        Ok(r) => ctx.shell.ta(
            "sync-done",
            &[
                ("sent", Arg::Count(r.pushed_rows as i64)),
                ("received", Arg::Count(r.pulled_rows as i64)),
            ],
        ),
        Err(e) => e.to_string(),
    };
    Ok(Redirect::to(&format!(
        "/admin/sync?report={}",
        crate::context::url_encode(&report)
    ))
    .into_response())
}
