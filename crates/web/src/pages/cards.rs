//! Member cards: a printable card with the member's name, code and a QR code. On a shared
//! device, scanning the card (or typing the code) and a 4-digit PIN signs the member in.
//! Facilitators set PINs for the members they work with; a lost card is replaced, and the old
//! card's QR code stops working. Five wrong PINs lock the card until a new PIN is set.

use std::net::SocketAddr;

use academy_domain::{Member, MemberCode};
use askama::Template;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use qrcode::render::svg;
use qrcode::QrCode;
use serde::Deserialize;
use time::OffsetDateTime;
use uuid::Uuid;

use super::field::require_field_staff;
use crate::auth::{hash_password, hashing, verify_password, Throttle, DECOY_HASH, MEMBER_KEY};
use crate::context::Shell;
use crate::csrf::CsrfForm;
use crate::{AppState, Ctx, WebError};

/// Wrong PINs before a card locks.
pub const PIN_TRIES: i64 = 5;
/// How long wrong PINs are remembered: a lock lasts until a new PIN is set, or this long.
const PIN_MEMORY: time::Duration = time::Duration::days(30);

/// The member, if the signed-in staff member may manage their card.
async fn member_for_card(state: &AppState, ctx: &Ctx, id: Uuid) -> Result<Member, WebError> {
    let me = require_field_staff(ctx)?;
    let member = state.store.member(id).await?;
    if me.roles.can_manage_members() || state.store.facilitates(me.id, member.id).await? {
        Ok(member)
    } else {
        Err(WebError::NotFound)
    }
}

/// The address the card's QR code opens, on the server the page was asked from.
fn card_url(headers: &HeaderMap, secure: bool, code: &MemberCode, version: i64) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("localhost");
    let scheme = if secure { "https" } else { "http" };
    format!("{scheme}://{host}/card/{code}/{version}")
}

#[derive(Template)]
#[template(path = "card.html")]
struct CardPage<'a> {
    s: &'a Shell,
    member: &'a Member,
    qr: String,
    url: String,
    has_pin: bool,
    locked: bool,
    message: Option<String>,
}

async fn render_card(
    state: &AppState,
    ctx: &Ctx,
    headers: &HeaderMap,
    member: &Member,
    message: Option<String>,
) -> Result<Response, WebError> {
    let (_, pin, version) = state
        .store
        .card(&member.code)
        .await?
        .ok_or(WebError::NotFound)?;
    let url = card_url(headers, state.secure_cookies, &member.code, version);
    let qr = QrCode::new(url.as_bytes())
        .map(|code| {
            code.render::<svg::Color<'_>>()
                .min_dimensions(150, 150)
                .quiet_zone(true)
                .build()
        })
        .map_err(|e| WebError::Internal(e.to_string()))?;
    let failures = state
        .store
        .sign_in_failures(
            &format!("pin:{}", member.code),
            OffsetDateTime::now_utc() - PIN_MEMORY,
        )
        .await?
        .map(|(n, _)| n)
        .unwrap_or(0);
    let page = CardPage {
        s: &ctx.shell,
        member,
        qr,
        url,
        has_pin: pin.is_some(),
        locked: failures >= PIN_TRIES,
        message,
    };
    let status = if page.message.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok((status, Html(page.render()?)).into_response())
}

pub async fn show_card(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(id): Path<Uuid>,
) -> Result<Response, WebError> {
    let member = member_for_card(&state, &ctx, id).await?;
    render_card(&state, &ctx, &headers, &member, None).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PinForm {
    pin: String,
    pin_again: String,
}

/// A PIN is four digits, the same twice. Setting one also unlocks a locked card.
pub async fn set_pin(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<PinForm>,
) -> Result<Response, WebError> {
    let member = member_for_card(&state, &ctx, id).await?;
    let pin = form.pin.trim().to_string();
    let problem = if pin.len() != 4 || !pin.chars().all(|c| c.is_ascii_digit()) {
        Some("pin-four-digits")
    } else if pin != form.pin_again.trim() {
        Some("pin-differ")
    } else {
        None
    };
    if let Some(key) = problem {
        let message = ctx.shell.tr.t(key);
        return render_card(&state, &ctx, &headers, &member, Some(message)).await;
    }
    let hash = hashing(move || hash_password(&pin))
        .await
        .map_err(|e| WebError::Internal(e.to_string()))?
        .map_err(|e| WebError::Internal(e.to_string()))?;
    state.store.set_pin_hash(member.id, &hash).await?;
    state
        .store
        .sign_in_succeeded(&format!("pin:{}", member.code))
        .await?;
    tracing::info!(member = %member.id, "PIN set");
    Ok(Redirect::to(&format!("/members/{id}/card?saved=1")).into_response())
}

#[derive(Deserialize)]
pub struct NoFields {}

/// A lost card: the next card gets a new QR code and the old one stops working.
pub async fn reissue_card(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<Response, WebError> {
    let member = member_for_card(&state, &ctx, id).await?;
    let version = state.store.reissue_card(member.id).await?;
    tracing::info!(member = %member.id, version, "card reissued");
    Ok(Redirect::to(&format!("/members/{id}/card?saved=1")).into_response())
}

#[derive(Template)]
#[template(path = "card_sign_in.html")]
struct CardSignIn<'a> {
    s: &'a Shell,
    code: String,
    version: String,
    error: Option<String>,
}

/// Where a card's QR code leads: the PIN form for that card, or word that it was replaced.
pub async fn open_card(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, version)): Path<(String, i64)>,
) -> Result<Response, WebError> {
    let code = MemberCode::parse("code", &code).map_err(|_| WebError::NotFound)?;
    let current = state.store.card(&code).await?.map(|(_, _, v)| v);
    let error = match current {
        Some(v) if v == version => None,
        Some(_) => Some(ctx.shell.tr.t("card-replaced")),
        None => return Err(WebError::NotFound),
    };
    let status = if error.is_some() {
        StatusCode::GONE
    } else {
        StatusCode::OK
    };
    let page = CardSignIn {
        s: &ctx.shell,
        code: code.to_string(),
        version: version.to_string(),
        error,
    };
    Ok((status, Html(page.render()?)).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PinSignIn {
    code: String,
    version: String,
    pin: String,
}

/// Signs in with a member code and PIN. The answer for a wrong PIN, an unknown code or a
/// card without a PIN is the same; five wrong PINs lock the card.
pub async fn sign_in_with_pin(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<PinSignIn>,
) -> Result<Response, WebError> {
    let s = &ctx.shell;
    let render = |status: StatusCode, error: String| -> Result<Response, WebError> {
        let page = CardSignIn {
            s,
            code: form.code.clone(),
            version: form.version.clone(),
            error: Some(error),
        };
        Ok((status, Html(page.render()?)).into_response())
    };
    let now = OffsetDateTime::now_utc();
    let address = format!("addr:{}", peer.ip());
    if let Some((failures, last)) = state
        .store
        .sign_in_failures(&address, now - Throttle::WINDOW)
        .await?
    {
        if Throttle::wait_until(failures, Throttle::FREE_TRIES_PER_ADDRESS, last)
            .is_some_and(|until| until > now)
        {
            return render(StatusCode::TOO_MANY_REQUESTS, s.tr.t("pin-wait"));
        }
    }
    let code = MemberCode::parse("code", &form.code).ok();
    let key = format!(
        "pin:{}",
        code.as_ref()
            .map(|c| c.to_string())
            .unwrap_or_else(|| form.code.trim().to_uppercase())
    );
    let failures = state
        .store
        .sign_in_failures(&key, now - PIN_MEMORY)
        .await?
        .map(|(n, _)| n)
        .unwrap_or(0);
    if failures >= PIN_TRIES {
        return render(StatusCode::TOO_MANY_REQUESTS, s.tr.t("pin-locked"));
    }
    let card = match &code {
        Some(code) => state.store.card(code).await?,
        None => None,
    };
    let version_ok =
        |v: i64| form.version.trim().is_empty() || form.version.trim() == v.to_string();
    let (member, hash) = match card {
        Some((member, Some(hash), version)) if version_ok(version) => (Some(member), hash),
        _ => (None, DECOY_HASH.clone()),
    };
    let pin = form.pin.trim().to_string();
    let matches = hashing(move || verify_password(&pin, &hash))
        .await
        .unwrap_or(false);
    let Some(member) = member.filter(|_| matches) else {
        state
            .store
            .sign_in_failed(&key, now, now - PIN_MEMORY)
            .await?;
        state
            .store
            .sign_in_failed(&address, now, now - Throttle::WINDOW)
            .await?;
        return render(StatusCode::UNAUTHORIZED, s.tr.t("pin-failed"));
    };
    state.store.sign_in_succeeded(&key).await?;
    ctx.session.cycle_id().await?;
    ctx.session.insert(MEMBER_KEY, member.id).await?;
    tracing::info!(member = %member.id, "signed in with card and PIN");
    Ok(Redirect::to("/").into_response())
}

/// The sign-in page for a card: type the code (or scan it) and the PIN.
pub async fn card_sign_in_form(ctx: Ctx) -> Result<Html<String>, WebError> {
    let page = CardSignIn {
        s: &ctx.shell,
        code: String::new(),
        version: String::new(),
        error: None,
    };
    Ok(Html(page.render()?))
}
