//! Signing in with a phone number or member code and a password, and signing out.

use std::net::SocketAddr;

use academy_domain::{text, MemberCode, Phone};
use askama::Template;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use time::OffsetDateTime;

use crate::auth::{hashing, verify_password, Throttle, DECOY_HASH, MEMBER_KEY};
use crate::context::{safe_next, Shell};
use crate::csrf::CsrfForm;
use crate::i18n::Arg;
use crate::{AppState, Ctx, WebError};

#[derive(Template)]
#[template(path = "sign_in.html")]
struct SignInPage<'a> {
    s: &'a Shell,
    login: &'a str,
    next: &'a str,
    error: Option<String>,
}

#[derive(Deserialize)]
pub struct SignInQuery {
    next: Option<String>,
}

pub async fn show_sign_in(ctx: Ctx, Query(q): Query<SignInQuery>) -> Result<Response, WebError> {
    let next = safe_next(q.next.as_deref());
    if ctx.member.is_some() {
        return Ok(Redirect::to(&next).into_response());
    }
    let page = SignInPage {
        s: &ctx.shell,
        login: "",
        next: &next,
        error: None,
    };
    Ok(Html(page.render()?).into_response())
}

#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    login: String,
    #[serde(default)]
    password: String,
    next: Option<String>,
}

/// The key failures are counted under: the same account however its login was typed.
fn login_key(login: &str) -> String {
    if let Ok(code) = MemberCode::parse("login", login) {
        format!("login:{code}")
    } else if let Ok(phone) = Phone::parse("login", login) {
        format!("login:{}", phone.as_str())
    } else {
        format!("login:{}", text::search_key(login))
    }
}

pub async fn sign_in(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<SignInForm>,
) -> Result<Response, WebError> {
    let next = safe_next(form.next.as_deref());
    let render = |status: StatusCode, error: String| -> Result<Response, WebError> {
        let page = SignInPage {
            s: &ctx.shell,
            login: &form.login,
            next: &next,
            error: Some(error),
        };
        Ok((status, Html(page.render()?)).into_response())
    };
    let now = OffsetDateTime::now_utc();
    let window_start = now - Throttle::WINDOW;
    let account = login_key(&form.login);
    let address = format!("addr:{}", peer.ip());
    for (key, free) in [
        (&account, Throttle::FREE_TRIES_PER_ACCOUNT),
        (&address, Throttle::FREE_TRIES_PER_ADDRESS),
    ] {
        if let Some((failures, last)) = state.store.sign_in_failures(key, window_start).await? {
            if let Some(until) = Throttle::wait_until(failures, free, last) {
                if until > now {
                    let minutes = ((until - now).whole_seconds() + 59) / 60;
                    let message = ctx.shell.ta(
                        "sign-in-wait",
                        &[
                            ("minutes", Arg::Count(minutes)),
                            ("shown", Arg::Text(ctx.shell.tr.num(minutes))),
                        ],
                    );
                    return render(StatusCode::TOO_MANY_REQUESTS, message);
                }
            }
        }
    }

    let found = state.store.member_for_sign_in(&form.login).await?;
    let (member, hash) = match found {
        Some((member, Some(hash))) => (Some(member), hash),
        _ => (None, DECOY_HASH.clone()),
    };
    let password = form.password.clone();
    let matches = hashing(move || verify_password(&password, &hash))
        .await
        .unwrap_or(false);
    let Some(member) = member.filter(|_| matches) else {
        state
            .store
            .sign_in_failed(&account, now, window_start)
            .await?;
        state
            .store
            .sign_in_failed(&address, now, window_start)
            .await?;
        return render(StatusCode::UNAUTHORIZED, ctx.shell.tr.t("sign-in-failed"));
    };

    state.store.sign_in_succeeded(&account).await?;
    // A new session id at sign-in: an id planted before cannot ride into the account.
    ctx.session.cycle_id().await?;
    ctx.session.insert(MEMBER_KEY, member.id).await?;
    tracing::info!(member = %member.id, "signed in");
    Ok(Redirect::to(&next).into_response())
}

#[derive(Deserialize)]
pub struct NoFields {}

pub async fn sign_out(ctx: Ctx, CsrfForm(_): CsrfForm<NoFields>) -> Result<Response, WebError> {
    ctx.session.flush().await?;
    Ok(Redirect::to("/").into_response())
}
