//! Modules, a member's progress and certificates.

use std::collections::BTreeMap;

use academy_domain::Language;
use axum::extract::{Path, State};
use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;

use super::members::{member_by_code, rfc3339};
use super::{Caller, Problem};
use crate::AppState;

/// A module of the published curriculum.
#[derive(Debug, Serialize, ToSchema)]
pub struct ModuleOut {
    pub id: String,
    pub number: u32,
    /// The title in each language it is written in (`en`, `hi`, `or`, `bn`).
    pub title: BTreeMap<String, String>,
    /// Current lessons, in order, by slug.
    pub lessons: Vec<String>,
    /// Per cent of the post-test's points needed to pass.
    pub pass_mark: u32,
    /// Lesson activity ids are `/modules/{id}/lessons/{slug}` under the academy's address.
    pub tracks: Vec<String>,
}

/// The modules of the curriculum now published.
#[utoipa::path(
    get,
    path = "/modules",
    responses((status = 200, description = "Every module, in order", body = Vec<ModuleOut>)),
    tag = "learning"
)]
pub async fn list_modules(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<Vec<ModuleOut>>, Problem> {
    caller.need("learning:read")?;
    let published = state.catalogue.current();
    Ok(Json(
        published
            .curriculum
            .modules
            .iter()
            .map(|m| ModuleOut {
                id: m.id.clone(),
                number: m.number,
                title: m
                    .title
                    .0
                    .iter()
                    .map(|(l, t): (&Language, &String)| (l.as_str().to_string(), t.clone()))
                    .collect(),
                lessons: m.current_lessons().map(|l| l.slug.clone()).collect(),
                pass_mark: m.pass_mark,
                tracks: m.tracks.clone(),
            })
            .collect(),
    ))
}

/// Where a member stands in one module.
#[derive(Debug, Serialize, ToSchema)]
pub struct ModuleProgressOut {
    pub module: String,
    pub lessons_done: usize,
    pub lessons_total: usize,
    pub started_at: Option<String>,
    pub completed_at: Option<String>,
    /// The best post-test score, in per cent, if the member took it.
    pub best_post_test: Option<i64>,
}

/// A member's progress in every module of the curriculum.
#[utoipa::path(
    get,
    path = "/members/{code}/progress",
    params(("code" = String, Path, description = "Member code, such as JH-0001234")),
    responses(
        (status = 200, description = "One line per module, in curriculum order", body = Vec<ModuleProgressOut>),
        (status = 404, description = "No such member, or not one the caller may see", body = Problem, content_type = "application/problem+json")
    ),
    tag = "learning"
)]
pub async fn member_progress(
    State(state): State<AppState>,
    caller: Caller,
    Path(code): Path<String>,
) -> Result<Json<Vec<ModuleProgressOut>>, Problem> {
    caller.need("learning:read")?;
    let member = member_by_code(&state, &caller, &code).await?;
    let published = state.catalogue.current();
    let modules = state.store.module_progress(member.id).await?;
    let lessons = state.store.lesson_progress(member.id, None).await?;
    let results = state.store.test_results(member.id, None).await?;
    Ok(Json(
        published
            .curriculum
            .modules
            .iter()
            .map(|m| {
                let started = modules.iter().find(|p| p.module == m.id);
                let current: Vec<&str> = m.current_lessons().map(|l| l.slug.as_str()).collect();
                ModuleProgressOut {
                    module: m.id.clone(),
                    lessons_done: lessons
                        .iter()
                        .filter(|l| {
                            l.module == m.id
                                && l.completed_at.is_some()
                                && current.contains(&l.lesson.as_str())
                        })
                        .count(),
                    lessons_total: current.len(),
                    started_at: started.map(|p| rfc3339(p.started_at)),
                    completed_at: started.and_then(|p| p.completed_at).map(rfc3339),
                    best_post_test: results
                        .iter()
                        .filter(|r| {
                            r.module == m.id
                                && r.test == academy_domain::TestKind::Post
                                && r.max_score > 0
                        })
                        .map(|r| r.score * 100 / r.max_score)
                        .max(),
                }
            })
            .collect(),
    ))
}

/// A certificate, with where anyone can check it.
#[derive(Debug, Serialize, ToSchema)]
pub struct CertificateOut {
    pub id: uuid::Uuid,
    /// `module:ID` or `track:ID`.
    pub achievement: String,
    pub issued_at: String,
    pub revoked_at: Option<String>,
    /// The public verification page.
    pub verify: String,
    /// The signed Open Badges 3.0 credential.
    pub credential: String,
}

/// A member's certificates, revoked ones included.
#[utoipa::path(
    get,
    path = "/members/{code}/certificates",
    params(("code" = String, Path, description = "Member code, such as JH-0001234")),
    responses(
        (status = 200, description = "The certificates, newest first", body = Vec<CertificateOut>),
        (status = 404, description = "No such member, or not one the caller may see", body = Problem, content_type = "application/problem+json")
    ),
    tag = "learning"
)]
pub async fn member_certificates(
    State(state): State<AppState>,
    caller: Caller,
    Path(code): Path<String>,
) -> Result<Json<Vec<CertificateOut>>, Problem> {
    caller.need("learning:read")?;
    let member = member_by_code(&state, &caller, &code).await?;
    let certificates = state.store.certificates_of(member.id).await?;
    Ok(Json(
        certificates
            .iter()
            .map(|c| CertificateOut {
                id: c.id,
                achievement: c.achievement.clone(),
                issued_at: rfc3339(c.issued_at),
                revoked_at: c.revoked.as_ref().map(|(at, _)| rfc3339(*at)),
                verify: format!("/verify/{}", c.id),
                credential: format!("/verify/{}/credential.json", c.id),
            })
            .collect(),
    ))
}
