//! `/me`: a member's own page — who the academy knows them as, their groups, and their
//! password.

use academy_store::Membership;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::members::MemberRow;
use crate::auth::{hash_password, hashing, verify_password, PASSWORD_MIN};
use crate::context::Shell;
use crate::csrf::CsrfForm;
use crate::{AppState, Ctx, WebError};

/// Where to pick up: the most recent module not finished, and its lesson.
pub struct Continue {
    pub link: String,
    pub module: String,
    pub lesson: Option<String>,
}

/// A test taken, for the list on /me.
pub struct TestRow {
    pub attempt: uuid::Uuid,
    pub module: String,
    pub test: String,
    pub score: i64,
    pub max_score: i64,
    pub passed: bool,
    pub date: String,
}

/// A certificate in a list: its title in the reader's language, date and whether it stands.
pub struct CertificateRow {
    pub id: uuid::Uuid,
    pub title: String,
    pub date: String,
    pub revoked: bool,
}

/// The certificates of `member`, for /me and the member's admin page.
pub async fn certificate_rows(
    state: &AppState,
    s: &Shell,
    member: uuid::Uuid,
) -> Result<Vec<CertificateRow>, WebError> {
    let published = state.catalogue.current();
    Ok(state
        .store
        .certificates_of(member)
        .await?
        .into_iter()
        .map(|c| CertificateRow {
            id: c.id,
            title: published
                .curriculum
                .achievement_title(&c.achievement, s.tr.lang)
                .unwrap_or_else(|| c.achievement.clone()),
            date: c
                .issued_at
                .to_offset(academy_domain::field::IST)
                .date()
                .to_string(),
            revoked: c.revoked.is_some(),
        })
        .collect())
}

#[derive(Template)]
#[template(path = "me.html")]
struct MePage<'a> {
    s: &'a Shell,
    certificates: Vec<CertificateRow>,
    resume: Option<Continue>,
    done: Vec<(String, String)>,
    tests: Vec<TestRow>,
    row: MemberRow,
    memberships: Vec<Membership>,
    roles: Vec<String>,
    password_error: Option<String>,
    password_saved: bool,
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    password_error: Option<String>,
    password_saved: bool,
) -> Result<String, WebError> {
    let me = ctx.member()?;
    let s = &ctx.shell;
    let lang = s.tr.lang;
    let published = state.catalogue.current();
    let curriculum = &published.curriculum;
    let progress = state.store.module_progress(me.id).await?;
    let resume = progress
        .iter()
        .filter(|p| p.completed_at.is_none())
        .find_map(|p| {
            let module = curriculum.module(&p.module)?;
            let lesson = p.last_lesson.as_deref().and_then(|l| module.lesson(l));
            Some(Continue {
                link: match lesson {
                    Some(l) => format!("/modules/{}/lessons/{}", module.id, l.slug),
                    None => format!("/modules/{}", module.id),
                },
                module: module.title.text(lang).to_string(),
                lesson: lesson.map(|l| l.title.text(lang).to_string()),
            })
        });
    let done = progress
        .iter()
        .filter(|p| p.completed_at.is_some())
        .filter_map(|p| {
            curriculum
                .module(&p.module)
                .map(|m| (m.id.clone(), m.title.text(lang).to_string()))
        })
        .collect();
    let tests = state
        .store
        .test_results(me.id, None)
        .await?
        .into_iter()
        .filter_map(|r| {
            let module = curriculum.module(&r.module)?;
            let test = match &r.test {
                academy_domain::TestKind::Pre => s.tr.t("test-pre-title"),
                academy_domain::TestKind::Post => s.tr.t("test-post-title"),
                academy_domain::TestKind::Check(l) => s.t1(
                    "test-check-title",
                    "lesson",
                    module.lesson(l).map(|l| l.title.text(lang)).unwrap_or(""),
                ),
            };
            Some(TestRow {
                attempt: r.attempt,
                module: module.title.text(lang).to_string(),
                test,
                score: r.score,
                max_score: r.max_score,
                passed: r.passed,
                date: r.at.date().to_string(),
            })
        })
        .collect();
    let page = MePage {
        certificates: certificate_rows(state, s, me.id).await?,
        resume,
        done,
        tests,
        row: MemberRow::new(s, me),
        memberships: state.store.memberships(me.id).await?,
        roles: me
            .roles
            .iter()
            .map(|r| s.tr.t(&format!("role-{}", r.as_str())))
            .collect(),
        password_error,
        password_saved,
        s,
    };
    Ok(page.render()?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MeQuery {
    saved: Option<String>,
}

pub async fn show_me(
    State(state): State<AppState>,
    ctx: Ctx,
    axum::extract::Query(q): axum::extract::Query<MeQuery>,
) -> Result<Html<String>, WebError> {
    Ok(Html(render(&state, &ctx, None, q.saved.is_some()).await?))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PasswordForm {
    current: String,
    new_password: String,
}

pub async fn change_password(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<PasswordForm>,
) -> Result<Response, WebError> {
    let me = ctx.member()?;
    let stored = state
        .store
        .member_for_sign_in(me.code.as_str())
        .await?
        .and_then(|(_, h)| h);
    let current = form.current.clone();
    let current_ok = match stored {
        Some(hash) => hashing(move || verify_password(&current, &hash))
            .await
            .unwrap_or(false),
        None => true,
    };
    let problem = if !current_ok {
        Some(ctx.shell.tr.t("password-current-wrong"))
    } else if form.new_password.chars().count() < PASSWORD_MIN {
        Some(ctx.shell.tr.t("password-too-short"))
    } else {
        None
    };
    if let Some(problem) = problem {
        let html = render(&state, &ctx, Some(problem), false).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response());
    }
    let new_password = form.new_password;
    let hash = hashing(move || hash_password(&new_password))
        .await
        .map_err(|_| WebError::StaleForm)?
        .map_err(|_| WebError::StaleForm)?;
    state.store.set_password_hash(me.id, &hash).await?;
    Ok(Redirect::to("/me?saved=1").into_response())
}
