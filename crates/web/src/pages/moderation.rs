//! Keeping the forums safe: the moderators' queue of held and reported posts, hiding and
//! restoring posts, muting members, holding new members' first posts, and the admin's lifting
//! of an anonymous question's anonymity. Everything done here goes into the audit log.

use academy_domain::forum;
use academy_domain::MemberCode;
use academy_store::exchange::Moderation;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use super::field::when;
use super::forum::{render_body, BlockView, HOLD_FIRST_POSTS};
use crate::context::Shell;
use crate::csrf::CsrfForm;
use crate::{AppState, Ctx, WebError};

/// A moderator or an admin.
fn require_moderator(ctx: &Ctx) -> Result<uuid::Uuid, WebError> {
    let me = ctx.member()?;
    if ctx.viewer().moderates() {
        Ok(me.id)
    } else {
        Err(WebError::Forbidden)
    }
}

pub struct ItemView {
    pub post: Uuid,
    pub thread: Uuid,
    pub thread_title: String,
    pub author: String,
    pub when: String,
    pub held: bool,
    pub blocks: Vec<BlockView>,
    pub reasons: Vec<String>,
}

pub struct MuteView {
    pub member: Uuid,
    pub name: String,
    pub until: String,
    pub reason: String,
}

#[derive(Template)]
#[template(path = "moderation.html")]
struct ModerationPage<'a> {
    s: &'a Shell,
    items: Vec<ItemView>,
    mutes: Vec<MuteView>,
    hold: bool,
    error: Option<String>,
}

async fn render(state: &AppState, ctx: &Ctx, error: Option<String>) -> Result<String, WebError> {
    let s = &ctx.shell;
    let published = state.catalogue.current();
    let now = OffsetDateTime::now_utc();
    let items = state
        .store
        .moderation_queue()
        .await?
        .into_iter()
        .map(|i| ItemView {
            post: i.post.id,
            thread: i.post.thread,
            thread_title: i.thread_title,
            author: i
                .post
                .author_name
                .clone()
                .unwrap_or_else(|| s.tr.t("forum-anonymous")),
            when: when(i.post.created_at),
            held: i.post.status == forum::PostStatus::Held,
            blocks: render_body(&i.post.body, &published.curriculum, s.tr.lang),
            reasons: i.reasons,
        })
        .collect();
    let mutes = state
        .store
        .mutes(now)
        .await?
        .into_iter()
        .map(|m| MuteView {
            member: m.member,
            name: m.member_name,
            until: m
                .until
                .map(when)
                .unwrap_or_else(|| s.tr.t("moderation-until-lifted")),
            reason: m.reason,
        })
        .collect();
    let hold = state.store.setting(HOLD_FIRST_POSTS).await?.as_deref() == Some("on");
    Ok(ModerationPage {
        s,
        items,
        mutes,
        hold,
        error,
    }
    .render()?)
}

/// `/moderation`: what waits for a moderator.
pub async fn show_moderation(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Html<String>, WebError> {
    require_moderator(&ctx)?;
    Ok(Html(render(&state, &ctx, None).await?))
}

#[derive(Deserialize)]
pub struct ModerateForm {
    action: String,
    #[serde(default)]
    reason: String,
}

/// Hides, restores or lets through one post.
pub async fn moderate(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(post): Path<Uuid>,
    CsrfForm(form): CsrfForm<ModerateForm>,
) -> Result<Redirect, WebError> {
    let me = require_moderator(&ctx)?;
    let action = match form.action.as_str() {
        "hide" => Moderation::Hide,
        "restore" => Moderation::Restore,
        "approve" => Moderation::Approve,
        _ => return Err(WebError::NotFound),
    };
    let reason = academy_domain::text::clean(&form.reason);
    let reason: String = reason.chars().take(forum::REASON_MAX).collect();
    state
        .store
        .moderate(post, action, me, &reason, OffsetDateTime::now_utc())
        .await?;
    let (_, thread, _) = state.store.post_place(post).await?;
    Ok(Redirect::to(&format!("/threads/{thread}#p-{post}")))
}

#[derive(Deserialize)]
pub struct MuteForm {
    #[serde(default)]
    member: String,
    #[serde(default)]
    days: String,
    #[serde(default)]
    reason: String,
}

/// Mutes a member (by member code) for some days, or until unmuted.
pub async fn mute(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<MuteForm>,
) -> Result<Response, WebError> {
    let me = require_moderator(&ctx)?;
    let s = &ctx.shell;
    let problem = |key: &str| s.tr.t(key);
    let code = match MemberCode::parse("member", &form.member) {
        Ok(code) => code,
        Err(_) => return fail(&state, &ctx, problem("problem-bad-member-code")).await,
    };
    let member = match state.store.member_by_code(&code).await {
        Ok(m) => m,
        Err(academy_store::StoreError::NotFound) => {
            return fail(&state, &ctx, problem("moderation-no-such-member")).await
        }
        Err(e) => return Err(e.into()),
    };
    let days = match form.days.trim() {
        "" => None,
        d => match d.parse::<i64>() {
            Ok(n) if (1..=3650).contains(&n) => Some(n),
            _ => return fail(&state, &ctx, problem("moderation-bad-days")).await,
        },
    };
    let reason = match forum::reason(&form.reason) {
        Ok(r) => r,
        Err(_) => return fail(&state, &ctx, problem("moderation-reason-needed")).await,
    };
    let now = OffsetDateTime::now_utc();
    state
        .store
        .mute(
            member.id,
            days.map(|d| now + Duration::days(d)),
            me,
            &reason,
            now,
        )
        .await?;
    Ok(Redirect::to("/moderation").into_response())
}

async fn fail(state: &AppState, ctx: &Ctx, message: String) -> Result<Response, WebError> {
    Ok((
        axum::http::StatusCode::UNPROCESSABLE_ENTITY,
        Html(render(state, ctx, Some(message)).await?),
    )
        .into_response())
}

#[derive(Deserialize)]
pub struct UnmuteForm {
    member: Uuid,
}

pub async fn unmute(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<UnmuteForm>,
) -> Result<Redirect, WebError> {
    let me = require_moderator(&ctx)?;
    state
        .store
        .unmute(form.member, me, OffsetDateTime::now_utc())
        .await?;
    Ok(Redirect::to("/moderation"))
}

#[derive(Deserialize)]
pub struct HoldForm {
    #[serde(default)]
    hold: String,
}

/// Turns holding of new members' first posts on or off.
pub async fn set_hold(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<HoldForm>,
) -> Result<Redirect, WebError> {
    let me = require_moderator(&ctx)?;
    let value = if form.hold == "on" { "on" } else { "off" };
    state
        .store
        .set_forum_setting(HOLD_FIRST_POSTS, value, me, OffsetDateTime::now_utc())
        .await?;
    Ok(Redirect::to("/moderation"))
}

#[derive(Deserialize)]
pub struct RevealForm {
    #[serde(default)]
    reason: String,
}

/// An admin lifts an anonymous question's anonymity for moderators, giving a reason.
pub async fn reveal(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(thread): Path<Uuid>,
    CsrfForm(form): CsrfForm<RevealForm>,
) -> Result<Response, WebError> {
    let admin = ctx.require(academy_domain::Role::Admin)?.id;
    let Ok(reason) = forum::reason(&form.reason) else {
        return fail(&state, &ctx, ctx.shell.tr.t("moderation-reason-needed")).await;
    };
    state
        .store
        .reveal_author(thread, admin, &reason, OffsetDateTime::now_utc())
        .await?;
    Ok(Redirect::to(&format!("/threads/{thread}")).into_response())
}
