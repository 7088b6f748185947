//! The audit log for managers: who issued or revoked which certificate, when and why.

use askama::Template;
use axum::extract::State;
use axum::response::Html;

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
                what: s.t(&format!("audit-action-{}", e.action.replace('.', "-"))),
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
