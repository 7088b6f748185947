//! Mentoring: a manager pairs an experienced member (a leader of the Association of Female
//! Miners, say) with a newer one. The two have a private conversation that nobody else reads,
//! managers included, and see each other's module progress only when both agree.

use academy_domain::forum::{self, MentorPair};
use academy_domain::MemberCode;
use academy_store::StoreError;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use time::OffsetDateTime;
use uuid::Uuid;

use super::field::when;
use super::forum::{render_body, BlockView};
use super::FormErrors;
use crate::context::Shell;
use crate::csrf::CsrfForm;
use crate::{AppState, Ctx, WebError};

pub struct PairRow {
    pub id: Uuid,
    pub mentor: String,
    pub mentee: String,
    pub since: String,
}

#[derive(Template)]
#[template(path = "mentoring.html")]
struct MentoringPage<'a> {
    s: &'a Shell,
    mine: Vec<PairRow>,
    all: Vec<PairRow>,
    manager: bool,
    mentor: String,
    mentee: String,
    errors: FormErrors,
}

fn row(p: &MentorPair) -> PairRow {
    PairRow {
        id: p.id,
        mentor: p.mentor_name.clone(),
        mentee: p.mentee_name.clone(),
        since: when(p.created_at),
    }
}

async fn render_list(
    state: &AppState,
    ctx: &Ctx,
    mentor: String,
    mentee: String,
    errors: FormErrors,
) -> Result<String, WebError> {
    let me = ctx.member()?;
    let manager = ctx.shell.can_manage();
    let mine = state
        .store
        .mentor_pairs(Some(me.id))
        .await?
        .iter()
        .map(row)
        .collect();
    let all = if manager {
        state
            .store
            .mentor_pairs(None)
            .await?
            .iter()
            .map(row)
            .collect()
    } else {
        Vec::new()
    };
    Ok(MentoringPage {
        s: &ctx.shell,
        mine,
        all,
        manager,
        mentor,
        mentee,
        errors,
    }
    .render()?)
}

/// `/mentoring`: my mentor or mentees; for managers, every pair and the form to make one.
pub async fn show_mentoring(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Html<String>, WebError> {
    Ok(Html(
        render_list(
            &state,
            &ctx,
            String::new(),
            String::new(),
            FormErrors::default(),
        )
        .await?,
    ))
}

#[derive(Deserialize)]
pub struct PairForm {
    #[serde(default)]
    mentor: String,
    #[serde(default)]
    mentee: String,
}

/// A manager pairs two members by their codes.
pub async fn create_pair(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<PairForm>,
) -> Result<Response, WebError> {
    let me = ctx.require_manager()?.id;
    let s = &ctx.shell;
    let mut errors = FormErrors::default();
    let mut find = async |field: &'static str, input: &str| -> Result<Option<Uuid>, WebError> {
        let Ok(code) = MemberCode::parse(field, input) else {
            errors.add(field, s.tr.t("problem-bad-member-code"));
            return Ok(None);
        };
        match state.store.member_by_code(&code).await {
            Ok(m) => Ok(Some(m.id)),
            Err(StoreError::NotFound) => {
                errors.add(field, s.tr.t("moderation-no-such-member"));
                Ok(None)
            }
            Err(e) => Err(e.into()),
        }
    };
    let mentor = find("mentor", &form.mentor).await?;
    let mentee = find("mentee", &form.mentee).await?;
    if let (Some(mentor), Some(mentee)) = (mentor, mentee) {
        match state
            .store
            .pair_mentor(mentor, mentee, me, OffsetDateTime::now_utc())
            .await
        {
            Ok(_) => return Ok(Redirect::to("/mentoring").into_response()),
            Err(StoreError::Conflict(_)) => errors.add("mentee", s.tr.t("mentoring-already")),
            Err(e) => return Err(e.into()),
        }
    }
    let html = render_list(&state, &ctx, form.mentor, form.mentee, errors).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
}

pub struct MessageView {
    pub id: Uuid,
    pub author: String,
    pub mine: bool,
    pub when: String,
    pub blocks: Vec<BlockView>,
}

pub struct ProgressRow {
    pub module: String,
    pub done: bool,
}

#[derive(Template)]
#[template(path = "mentoring_pair.html")]
struct PairPage<'a> {
    s: &'a Shell,
    id: Uuid,
    other: String,
    i_mentor: bool,
    i_share: bool,
    they_share: bool,
    progress: Vec<ProgressRow>,
    messages: Vec<MessageView>,
    body: String,
    errors: FormErrors,
}

/// The pair, if the signed-in member is in it.
async fn my_pair(state: &AppState, ctx: &Ctx, id: Uuid) -> Result<MentorPair, WebError> {
    let me = ctx.member()?;
    let pair = state.store.mentor_pair(id).await?;
    if !pair.includes(me.id) || pair.ended_at.is_some() {
        return Err(WebError::NotFound);
    }
    Ok(pair)
}

async fn render_pair(
    state: &AppState,
    ctx: &Ctx,
    pair: &MentorPair,
    body: String,
    errors: FormErrors,
) -> Result<String, WebError> {
    let me = ctx.member()?.id;
    let s = &ctx.shell;
    let published = state.catalogue.current();
    let i_mentor = pair.mentor == me;
    let progress = if pair.shares_progress() {
        let done: Vec<String> = state
            .store
            .module_progress(pair.other(me))
            .await?
            .into_iter()
            .filter(|p| p.completed_at.is_some())
            .map(|p| p.module)
            .collect();
        published
            .curriculum
            .modules
            .iter()
            .map(|m| ProgressRow {
                module: format!("{}. {}", m.number, m.title.text(s.tr.lang)),
                done: done.contains(&m.id),
            })
            .collect()
    } else {
        Vec::new()
    };
    let messages = state
        .store
        .mentor_messages(pair.id)
        .await?
        .into_iter()
        .map(|m| MessageView {
            id: m.id,
            mine: m.author == me,
            author: m.author_name,
            when: when(m.at),
            blocks: render_body(&m.body, &published.curriculum, s.tr.lang),
        })
        .collect();
    Ok(PairPage {
        s,
        id: pair.id,
        other: if i_mentor {
            pair.mentee_name.clone()
        } else {
            pair.mentor_name.clone()
        },
        i_mentor,
        i_share: if i_mentor {
            pair.mentor_shares
        } else {
            pair.mentee_shares
        },
        they_share: if i_mentor {
            pair.mentee_shares
        } else {
            pair.mentor_shares
        },
        progress,
        messages,
        body,
        errors,
    }
    .render()?)
}

/// `/mentoring/{id}`: the conversation, and the other's progress if both agreed.
pub async fn show_pair(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
) -> Result<Html<String>, WebError> {
    let pair = my_pair(&state, &ctx, id).await?;
    Ok(Html(
        render_pair(&state, &ctx, &pair, String::new(), FormErrors::default()).await?,
    ))
}

#[derive(Deserialize)]
pub struct MessageForm {
    #[serde(default)]
    body: String,
}

pub async fn send_message(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<MessageForm>,
) -> Result<Response, WebError> {
    let pair = my_pair(&state, &ctx, id).await?;
    let me = ctx.member()?.id;
    match forum::body("body", &form.body) {
        Ok(body) => {
            state
                .store
                .send_mentor_message(id, me, &body, OffsetDateTime::now_utc())
                .await?;
            state.caches.notices.forget(&pair.other(me));
            Ok(Redirect::to(&format!("/mentoring/{id}#reply")).into_response())
        }
        Err(e) => {
            let mut errors = FormErrors::default();
            errors.add("body", super::problem_message(ctx.shell.tr, &e.problem));
            let html = render_pair(&state, &ctx, &pair, form.body, errors).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
        }
    }
}

#[derive(Deserialize)]
pub struct ShareForm {
    #[serde(default)]
    share: String,
}

/// One side says yes (or no longer) to showing their progress.
pub async fn set_share(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<ShareForm>,
) -> Result<Redirect, WebError> {
    my_pair(&state, &ctx, id).await?;
    let me = ctx.member()?.id;
    state
        .store
        .share_progress(id, me, form.share == "on")
        .await?;
    Ok(Redirect::to(&format!("/mentoring/{id}")))
}

/// A form with nothing in it but its CSRF token.
#[derive(Deserialize)]
pub struct Confirm {}

/// A manager, or either of the two, ends the pairing.
pub async fn end_pair(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    CsrfForm(Confirm {}): CsrfForm<Confirm>,
) -> Result<Redirect, WebError> {
    let me = ctx.member()?.id;
    let pair = state.store.mentor_pair(id).await?;
    if !(pair.includes(me) || ctx.shell.can_manage()) {
        return Err(WebError::NotFound);
    }
    state
        .store
        .end_pair(id, me, OffsetDateTime::now_utc())
        .await?;
    Ok(Redirect::to("/mentoring"))
}
