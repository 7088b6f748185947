//! Cohorts, their group sessions and attendance.

use academy_domain::{Cohort, GroupSession, Role};
use axum::extract::{Path, State};
use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::members::rfc3339;
use super::{Caller, Problem};
use crate::AppState;

/// A group that learns together with a facilitator.
#[derive(Debug, Serialize, ToSchema)]
pub struct CohortOut {
    pub id: Uuid,
    pub name: String,
    pub state: String,
    pub district: Option<String>,
    pub village: Option<String>,
    /// Often the cohort's self-help group.
    pub organisation: Option<Uuid>,
    /// Module ids in teaching order.
    pub modules: Vec<String>,
    pub members: i64,
    pub created_at: String,
}

/// A session of a cohort, planned or held.
#[derive(Debug, Serialize, ToSchema)]
pub struct SessionOut {
    pub id: Uuid,
    pub cohort: Uuid,
    pub starts_at: String,
    pub place: Option<String>,
    /// Latitude and longitude, when recorded.
    pub gps: Option<(f64, f64)>,
    pub module: Option<String>,
    pub lessons: Vec<String>,
    /// When attendance was taken; absent for a session still planned.
    pub held_at: Option<String>,
}

impl From<&GroupSession> for SessionOut {
    fn from(s: &GroupSession) -> Self {
        SessionOut {
            id: s.id,
            cohort: s.cohort,
            starts_at: rfc3339(s.starts_at),
            place: s.place.clone(),
            gps: s.gps,
            module: s.module.clone(),
            lessons: s.lessons.clone(),
            held_at: s.held_at.map(rfc3339),
        }
    }
}

/// Managers see every cohort; facilitators their own.
async fn open_cohort(state: &AppState, caller: &Caller, id: Uuid) -> Result<Cohort, Problem> {
    let cohort = state.store.cohort(id).await?;
    if caller.manages() {
        return Ok(cohort);
    }
    let facilitators = state.store.cohort_facilitators(id).await?;
    if facilitators.iter().any(|f| f.id == caller.member.id) {
        Ok(cohort)
    } else {
        Err(Problem::not_found())
    }
}

fn need_field_staff(caller: &Caller) -> Result<(), Problem> {
    if caller.manages() || caller.member.roles.has(Role::Facilitator) {
        Ok(())
    } else {
        Err(Problem::new(
            axum::http::StatusCode::FORBIDDEN,
            Some("this is for facilitators, managers and admins".into()),
        ))
    }
}

/// The cohorts the caller works with: all of them for managers, their own for facilitators.
#[utoipa::path(
    get,
    path = "/cohorts",
    responses((status = 200, description = "Cohorts, newest first", body = Vec<CohortOut>)),
    tag = "field"
)]
pub async fn list_cohorts(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<Vec<CohortOut>>, Problem> {
    caller.need("field:read")?;
    need_field_staff(&caller)?;
    let whose = (!caller.manages()).then_some(caller.member.id);
    let cohorts = state.store.cohorts(whose).await?;
    Ok(Json(
        cohorts
            .iter()
            .map(|c| CohortOut {
                id: c.cohort.id,
                name: c.cohort.name.clone(),
                state: c.cohort.state.code().to_string(),
                district: c.cohort.district.clone(),
                village: c.cohort.village.clone(),
                organisation: c.cohort.organisation,
                modules: c.cohort.modules.clone(),
                members: c.members,
                created_at: rfc3339(c.cohort.created_at),
            })
            .collect(),
    ))
}

/// A cohort's sessions.
#[utoipa::path(
    get,
    path = "/cohorts/{id}/sessions",
    params(("id" = Uuid, Path, description = "The cohort")),
    responses(
        (status = 200, description = "The sessions, in time order", body = Vec<SessionOut>),
        (status = 404, description = "No such cohort, or not one the caller works with", body = Problem, content_type = "application/problem+json")
    ),
    tag = "field"
)]
pub async fn cohort_sessions(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<Uuid>,
) -> Result<Json<Vec<SessionOut>>, Problem> {
    caller.need("field:read")?;
    need_field_staff(&caller)?;
    open_cohort(&state, &caller, id).await?;
    let sessions = state.store.cohort_sessions(id).await?;
    Ok(Json(sessions.iter().map(SessionOut::from).collect()))
}

/// Who was at a session.
#[derive(Debug, Serialize, ToSchema)]
pub struct AttendanceOut {
    pub session: SessionOut,
    /// Member codes of those present.
    pub present: Vec<String>,
    /// Member codes of the cohort's members who were not.
    pub absent: Vec<String>,
}

/// Attendance of one session.
#[utoipa::path(
    get,
    path = "/sessions/{id}/attendance",
    params(("id" = Uuid, Path, description = "The session")),
    responses(
        (status = 200, description = "Present and absent members", body = AttendanceOut),
        (status = 404, description = "No such session, or not one the caller works with", body = Problem, content_type = "application/problem+json")
    ),
    tag = "field"
)]
pub async fn session_attendance(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<Uuid>,
) -> Result<Json<AttendanceOut>, Problem> {
    caller.need("field:read")?;
    need_field_staff(&caller)?;
    let session = state.store.session(id).await?;
    open_cohort(&state, &caller, session.cohort).await?;
    let present = state.store.attendance(id).await?;
    let members = state.store.cohort_members(session.cohort).await?;
    let code_of = |id: &Uuid| {
        members
            .iter()
            .find(|m| m.id == *id)
            .map(|m| m.code.as_str().to_string())
    };
    let mut present_codes: Vec<String> = Vec::new();
    for id in &present {
        match code_of(id) {
            Some(code) => present_codes.push(code),
            // A walk-in who is not (or no longer) in the cohort.
            None => present_codes.push(state.store.member(*id).await?.code.as_str().to_string()),
        }
    }
    let absent = members
        .iter()
        .filter(|m| !present.contains(&m.id))
        .map(|m| m.code.as_str().to_string())
        .collect();
    Ok(Json(AttendanceOut {
        session: SessionOut::from(&session),
        present: present_codes,
        absent,
    }))
}
