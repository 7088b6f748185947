//! The audit log for managers: who issued or revoked which certificate, when and why.

use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};

use crate::context::Shell;
use crate::{AppState, Ctx, WebError};

struct Row {
    when: String,
    who: String,
    what: String,
    subject: String,
    link: Option<String>,
    detail: String,
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage<'a> {
    s: &'a Shell,
    rows: Vec<Row>,
}

/// `/admin/audit`: the latest 200 entries, newest first.
pub async fn show_audit(State(state): State<AppState>, ctx: Ctx) -> Result<Html<String>, WebError> {
    ctx.require_manager()?;
    let s = &ctx.shell;
    let rows = state
        .store
        .audit_log(None, 200)
        .await?
        .into_iter()
        .map(|e| {
            let local = e.at.to_offset(academy_domain::field::IST);
            Row {
                when: format!(
                    "{:04}-{:02}-{:02} {:02}:{:02}",
                    local.year(),
                    u8::from(local.month()),
                    local.day(),
                    local.hour(),
                    local.minute()
                ),
                who: e.actor_name.unwrap_or_default(),
                what: s
                    .tr
                    .t(&format!("audit-action-{}", e.action.replace('.', "-"))),
                link: e
                    .subject
                    .strip_prefix("certificate:")
                    .map(|id| format!("/verify/{id}")),
                subject: e.subject,
                detail: e.detail,
            }
        })
        .collect();
    Ok(Html(AuditPage { s, rows }.render()?))
}

/// `/admin/audit.csv`: the whole log, oldest first, for admins to keep or hand over. The log
/// itself cannot be changed: the database refuses updates and deletions.
pub async fn export_audit(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    ctx.require(academy_domain::Role::Admin)?;
    let mut entries = state.store.audit_log(None, i64::MAX).await?;
    entries.reverse();
    let mut out = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let fail = |e: csv::Error| WebError::Internal(e.to_string());
    out.write_record([
        "id",
        "at",
        "actor",
        "actor_name",
        "action",
        "subject",
        "detail",
    ])
    .map_err(fail)?;
    for e in entries {
        let at =
            e.at.format(&time::format_description::well_known::Rfc3339)
                .unwrap_or_default();
        out.write_record([
            e.id.to_string(),
            at,
            e.actor.map(|a| a.to_string()).unwrap_or_default(),
            e.actor_name.unwrap_or_default(),
            e.action,
            e.subject,
            e.detail,
        ])
        .map_err(fail)?;
    }
    let bytes = out
        .into_inner()
        .map_err(|e| WebError::Internal(e.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"audit-log.csv\"",
            ),
        ],
        bytes,
    )
        .into_response())
}
