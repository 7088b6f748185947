//! `/admin/api`: admins make personal access tokens for the JSON API (for a member, with
//! scopes; the token is shown once and kept as a hash) and revoke them. Both are audit-logged.

use academy_domain::{MemberCode, Role};
use academy_store::StoreError;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use time::OffsetDateTime;
use uuid::Uuid;

use super::field::when;
use super::FormErrors;
use crate::api::SCOPES;
use crate::context::Shell;
use crate::csrf::CsrfForm;
use crate::{AppState, Ctx, WebError};

pub struct TokenRow {
    pub id: Uuid,
    pub name: String,
    pub member: String,
    pub scopes: String,
    pub created: String,
    pub last_used: String,
    pub revoked: bool,
}

pub struct CredentialRow {
    pub id: Uuid,
    pub name: String,
    pub key: String,
    pub created: String,
    pub revoked: bool,
}

#[derive(Template)]
#[template(path = "api_tokens.html")]
struct TokensPage<'a> {
    s: &'a Shell,
    rows: Vec<TokenRow>,
    credentials: Vec<CredentialRow>,
    /// A partner's new LRS key and secret, shown once.
    new_credential: Option<(String, String)>,
    scopes: Vec<(&'static str, &'static str, bool)>,
    member: String,
    name: String,
    new_token: Option<String>,
    errors: FormErrors,
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    form: Option<&TokenForm>,
    new_token: Option<String>,
    errors: FormErrors,
) -> Result<String, WebError> {
    render_with(state, ctx, form, new_token, None, errors).await
}

async fn render_with(
    state: &AppState,
    ctx: &Ctx,
    form: Option<&TokenForm>,
    new_token: Option<String>,
    new_credential: Option<(String, String)>,
    errors: FormErrors,
) -> Result<String, WebError> {
    let credentials = state
        .store
        .xapi_credentials()
        .await?
        .into_iter()
        .map(|c| CredentialRow {
            id: c.id,
            name: c.name,
            key: c.key,
            created: when(c.created_at),
            revoked: c.revoked_at.is_some(),
        })
        .collect();
    let rows = state
        .store
        .api_tokens()
        .await?
        .into_iter()
        .map(|t| TokenRow {
            id: t.id,
            name: t.name,
            member: t.member_name,
            scopes: t.scopes.join(" "),
            created: when(t.created_at),
            last_used: t.last_used_at.map(when).unwrap_or_default(),
            revoked: t.revoked_at.is_some(),
        })
        .collect();
    let chosen = |scope: &str| form.is_some_and(|f| f.rest.contains_key(&format!("scope-{scope}")));
    Ok(TokensPage {
        s: &ctx.shell,
        rows,
        credentials,
        new_credential,
        scopes: SCOPES.iter().map(|(k, v)| (*k, *v, chosen(k))).collect(),
        member: form.map(|f| f.member.clone()).unwrap_or_default(),
        name: form.map(|f| f.name.clone()).unwrap_or_default(),
        new_token,
        errors,
    }
    .render()?)
}

pub async fn show_tokens(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Html<String>, WebError> {
    ctx.require(Role::Admin)?;
    Ok(Html(
        render(&state, &ctx, None, None, FormErrors::default()).await?,
    ))
}

#[derive(Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    member: String,
    #[serde(default)]
    name: String,
    #[serde(flatten)]
    rest: std::collections::HashMap<String, String>,
}

/// Makes a token and shows it once.
pub async fn create_token(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<TokenForm>,
) -> Result<Response, WebError> {
    let me = ctx.require(Role::Admin)?.id;
    let s = &ctx.shell;
    let mut errors = FormErrors::default();
    let member = match MemberCode::parse("member", &form.member) {
        Err(_) => {
            errors.add("member", s.tr.t("problem-bad-member-code"));
            None
        }
        Ok(code) => match state.store.member_by_code(&code).await {
            Ok(m) => Some(m),
            Err(StoreError::NotFound) => {
                errors.add("member", s.tr.t("moderation-no-such-member"));
                None
            }
            Err(e) => return Err(e.into()),
        },
    };
    let name = academy_domain::text::required("name", &form.name, 80)
        .map_err(|e| errors.add("name", super::problem_message(s.tr, &e.problem)))
        .ok();
    let scopes: Vec<String> = SCOPES
        .iter()
        .filter(|(k, _)| form.rest.contains_key(&format!("scope-{k}")))
        .map(|(k, _)| k.to_string())
        .collect();
    if scopes.is_empty() {
        errors.add("scopes", s.tr.t("api-choose-scope"));
    }
    if let (Some(member), Some(name), true) = (member, name, errors.is_empty()) {
        let token = crate::new_token();
        state
            .store
            .create_api_token(
                member.id,
                &name,
                &crate::token_hash(&token),
                &scopes,
                me,
                OffsetDateTime::now_utc(),
            )
            .await?;
        return Ok(
            Html(render(&state, &ctx, None, Some(token), FormErrors::default()).await?)
                .into_response(),
        );
    }
    let html = render(&state, &ctx, Some(&form), None, errors).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
}

#[derive(Deserialize)]
pub struct Confirm {}

pub async fn revoke_token(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    CsrfForm(Confirm {}): CsrfForm<Confirm>,
) -> Result<Redirect, WebError> {
    let me = ctx.require(Role::Admin)?.id;
    state
        .store
        .revoke_api_token(id, me, OffsetDateTime::now_utc())
        .await?;
    Ok(Redirect::to("/admin/api"))
}

#[derive(Deserialize)]
pub struct CredentialForm {
    #[serde(default)]
    partner: String,
}

/// Makes HTTP Basic credentials for a partner's content to send xAPI statements with; the
/// secret is shown once.
pub async fn create_credential(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<CredentialForm>,
) -> Result<Response, WebError> {
    let me = ctx.require(Role::Admin)?.id;
    let s = &ctx.shell;
    let Ok(name) = academy_domain::text::required("partner", &form.partner, 80) else {
        let mut errors = FormErrors::default();
        errors.add("partner", s.tr.t("problem-required"));
        let html = render_with(&state, &ctx, None, None, None, errors).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response());
    };
    let key = format!("lrs-{}", &crate::new_token()[..16]);
    let secret = crate::new_token();
    state
        .store
        .create_xapi_credential(
            &name,
            &key,
            &crate::token_hash(&secret),
            me,
            OffsetDateTime::now_utc(),
        )
        .await?;
    let html = render_with(
        &state,
        &ctx,
        None,
        None,
        Some((key, secret)),
        FormErrors::default(),
    )
    .await?;
    Ok(Html(html).into_response())
}

pub async fn revoke_credential(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    CsrfForm(Confirm {}): CsrfForm<Confirm>,
) -> Result<Redirect, WebError> {
    let me = ctx.require(Role::Admin)?.id;
    state
        .store
        .revoke_xapi_credential(id, me, OffsetDateTime::now_utc())
        .await?;
    Ok(Redirect::to("/admin/api"))
}
