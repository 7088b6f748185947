//! Field work for facilitators: their dashboard, cohorts and the members in them. Sessions,
//! attendance and group tests are in `sessions.rs`.

use std::collections::{BTreeMap, BTreeSet};

use academy_domain::field::{cohort_name, IST};
use academy_domain::{text, Cohort, GroupSession, Member, MemberCode, Phone, Role, State};
use askama::Template;
use axum::extract::{Path, State as AxState};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

use super::choices::{self, Choice};
use super::members::MemberRow;
use super::FormErrors;
use crate::context::Shell;
use crate::csrf::CsrfForm;
use crate::{AppState, Ctx, WebError};

/// A facilitator, manager or admin: the people who run group sessions.
pub fn require_field_staff(ctx: &Ctx) -> Result<&Member, WebError> {
    let member = ctx.member()?;
    if member.roles.has(Role::Facilitator) || member.roles.can_manage_members() {
        Ok(member)
    } else {
        Err(WebError::Forbidden)
    }
}

/// The cohort, if `member` may run it: one of its facilitators, or a manager or admin.
/// Anyone else is told it does not exist.
pub async fn cohort_for(state: &AppState, member: &Member, id: Uuid) -> Result<Cohort, WebError> {
    let cohort = state.store.cohort(id).await?;
    if member.roles.can_manage_members() {
        return Ok(cohort);
    }
    let runs = state
        .store
        .cohort_facilitators(id)
        .await?
        .iter()
        .any(|f| f.id == member.id);
    if runs {
        Ok(cohort)
    } else {
        Err(WebError::NotFound)
    }
}

/// A session as a line in a list, in India's time.
pub struct SessionRow {
    pub id: Uuid,
    pub cohort: String,
    pub when: String,
    pub place: String,
    pub held: bool,
}

pub fn when(at: time::OffsetDateTime) -> String {
    let local = at.to_offset(IST);
    format!("{} {:02}:{:02}", local.date(), local.hour(), local.minute())
}

fn session_row(s: &GroupSession, cohorts: &BTreeMap<Uuid, String>) -> SessionRow {
    SessionRow {
        id: s.id,
        cohort: cohorts.get(&s.cohort).cloned().unwrap_or_default(),
        when: when(s.starts_at),
        place: s.place.clone().unwrap_or_default(),
        held: s.held_at.is_some(),
    }
}

/// One cohort on the dashboard: its members and how many completed each of its modules.
pub struct CohortCard {
    pub id: Uuid,
    pub name: String,
    pub members: i64,
    pub progress: Vec<(String, i64)>,
    pub absent: Vec<(Uuid, String)>,
}

#[derive(Template)]
#[template(path = "facilitate.html")]
struct Dashboard<'a> {
    s: &'a Shell,
    cohorts: Vec<CohortCard>,
    today: Vec<SessionRow>,
    upcoming: Vec<SessionRow>,
}

/// Members of a cohort who missed both of its last two held sessions.
async fn missed_last_two(
    state: &AppState,
    cohort: Uuid,
    members: &[Member],
) -> Result<Vec<(Uuid, String)>, WebError> {
    let held: Vec<GroupSession> = state
        .store
        .cohort_sessions(cohort)
        .await?
        .into_iter()
        .filter(|s| s.held_at.is_some())
        .take(2)
        .collect();
    if held.len() < 2 {
        return Ok(Vec::new());
    }
    let mut came = BTreeSet::new();
    for s in &held {
        came.extend(state.store.attendance(s.id).await?);
    }
    Ok(members
        .iter()
        .filter(|m| !came.contains(&m.id))
        .map(|m| (m.id, m.draft.full_name.clone()))
        .collect())
}

/// The facilitator's home: cohorts with their progress, today's and coming sessions, and who
/// has stopped coming.
pub async fn show_dashboard(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
) -> Result<Html<String>, WebError> {
    let me = require_field_staff(&ctx)?;
    let s = &ctx.shell;
    let lang = s.tr.lang;
    // Managers see every cohort: they issue certificates for groups and follow them up.
    let whose = (!me.roles.can_manage_members()).then_some(me.id);
    let mine = state.store.cohorts(whose).await?;
    let published = state.catalogue.current();
    let mut cards = Vec::new();
    for summary in &mine {
        let c = &summary.cohort;
        let members = state.store.cohort_members(c.id).await?;
        let ids: Vec<Uuid> = members.iter().map(|m| m.id).collect();
        let done = state.store.completed_modules(&ids).await?;
        let progress = c
            .modules
            .iter()
            .filter_map(|id| {
                let module = published.curriculum.module(id)?;
                let n = done.iter().filter(|(_, m)| m == id).count() as i64;
                Some((module.title.text(lang).to_string(), n))
            })
            .collect();
        cards.push(CohortCard {
            id: c.id,
            name: c.name.clone(),
            members: summary.members,
            progress,
            absent: missed_last_two(&state, c.id, &members).await?,
        });
    }
    let names: BTreeMap<Uuid, String> = mine
        .iter()
        .map(|c| (c.cohort.id, c.cohort.name.clone()))
        .collect();
    let ids: Vec<Uuid> = names.keys().copied().collect();
    let now = time::OffsetDateTime::now_utc();
    let day_start = now.to_offset(IST).replace_time(time::Time::MIDNIGHT);
    let sessions = state.store.sessions_from(&ids, day_start, 30).await?;
    let tomorrow = day_start + time::Duration::days(1);
    let (today, upcoming): (Vec<_>, Vec<_>) = sessions.iter().partition(|x| x.starts_at < tomorrow);
    let page = Dashboard {
        s,
        cohorts: cards,
        today: today.into_iter().map(|x| session_row(x, &names)).collect(),
        upcoming: upcoming
            .into_iter()
            .map(|x| session_row(x, &names))
            .collect(),
    };
    Ok(Html(page.render()?))
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct CohortForm {
    name: String,
    state: String,
    district: String,
    village: String,
    organisation: String,
    #[serde(flatten)]
    rest: BTreeMap<String, String>,
}

#[derive(Template)]
#[template(path = "cohort_new.html")]
struct NewCohortPage<'a> {
    s: &'a Shell,
    name: String,
    state: String,
    district: String,
    village: String,
    organisation: String,
    chosen: Vec<String>,
    modules: Vec<Choice>,
    states: (Vec<Choice>, Vec<Choice>),
    errors: FormErrors,
}

pub fn module_choices(state: &AppState, s: &Shell) -> Vec<Choice> {
    let published = state.catalogue.current();
    published
        .curriculum
        .modules
        .iter()
        .map(|m| {
            (
                m.id.clone(),
                format!("{}. {}", m.number, m.title.text(s.tr.lang)),
            )
        })
        .collect()
}

pub async fn new_cohort(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
) -> Result<Html<String>, WebError> {
    let me = require_field_staff(&ctx)?;
    let s = &ctx.shell;
    let page = NewCohortPage {
        s,
        name: String::new(),
        state: me.draft.state.code().into(),
        district: me.draft.district.clone().unwrap_or_default(),
        village: String::new(),
        organisation: String::new(),
        chosen: vec!["health-safety".into()],
        modules: module_choices(&state, s),
        states: choices::states(s),
        errors: FormErrors::default(),
    };
    Ok(Html(page.render()?))
}

pub async fn create_cohort(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<CohortForm>,
) -> Result<Response, WebError> {
    let me = require_field_staff(&ctx)?;
    let s = &ctx.shell;
    let published = state.catalogue.current();
    let chosen: Vec<String> = published
        .curriculum
        .modules
        .iter()
        .filter(|m| form.rest.contains_key(&format!("module-{}", m.id)))
        .map(|m| m.id.clone())
        .collect();
    let mut errors = FormErrors::default();
    let name = cohort_name(&form.name)
        .map_err(|e| errors.add("name", super::problem_message(s.tr, &e.problem)))
        .ok();
    let place = State::parse("state", &form.state)
        .map_err(|e| errors.add("state", super::problem_message(s.tr, &e.problem)))
        .ok();
    if chosen.is_empty() {
        errors.add("modules", s.tr.t("cohort-choose-modules"));
    }
    let organisation = match text::clean(&form.organisation) {
        o if o.is_empty() => None,
        o => {
            let hit = state.store.organisation_by_name(&o).await?;
            if hit.is_none() {
                errors.add("organisation", s.tr.t("member-join-unknown"));
            }
            hit.map(|x| x.id)
        }
    };
    if let (Some(name), Some(place), true) = (name, place, errors.is_empty()) {
        let cohort = Cohort {
            id: Uuid::now_v7(),
            name,
            state: place,
            district: Some(text::clean(&form.district)).filter(|d| !d.is_empty()),
            village: Some(text::clean(&form.village)).filter(|d| !d.is_empty()),
            organisation,
            modules: chosen,
            created_at: time::OffsetDateTime::now_utc(),
        };
        state.store.create_cohort(&cohort, me.id).await?;
        return Ok(Redirect::to(&format!("/cohorts/{}", cohort.id)).into_response());
    }
    let page = NewCohortPage {
        s,
        name: form.name,
        state: form.state,
        district: form.district,
        village: form.village,
        organisation: form.organisation,
        chosen,
        modules: module_choices(&state, s),
        states: choices::states(s),
        errors,
    };
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(page.render()?)).into_response())
}

#[derive(Template)]
#[template(path = "cohort.html")]
struct CohortPage<'a> {
    s: &'a Shell,
    cohort: &'a Cohort,
    place: String,
    organisation: Option<(Uuid, String)>,
    modules: Vec<(String, String, i64)>,
    members: Vec<MemberRow>,
    member_count: i64,
    facilitators: Vec<String>,
    sessions: Vec<SessionRow>,
    problem: Option<String>,
    /// Managers may issue certificates for the group by hand.
    can_issue: bool,
}

async fn render_cohort(
    state: &AppState,
    ctx: &Ctx,
    cohort: &Cohort,
    problem: Option<String>,
) -> Result<String, WebError> {
    let s = &ctx.shell;
    let lang = s.tr.lang;
    let members = state.store.cohort_members(cohort.id).await?;
    let ids: Vec<Uuid> = members.iter().map(|m| m.id).collect();
    let done = state.store.completed_modules(&ids).await?;
    let published = state.catalogue.current();
    let modules = cohort
        .modules
        .iter()
        .filter_map(|id| published.curriculum.module(id))
        .map(|m| {
            (
                m.id.clone(),
                m.title.text(lang).to_string(),
                done.iter().filter(|(_, d)| *d == m.id).count() as i64,
            )
        })
        .collect();
    let organisation = match cohort.organisation {
        Some(id) => state
            .store
            .organisation(id)
            .await
            .ok()
            .map(|o| (o.id, o.draft.name)),
        None => None,
    };
    let names = BTreeMap::from([(cohort.id, cohort.name.clone())]);
    let mut place = choices::state_name(s, cohort.state);
    for part in [&cohort.district, &cohort.village].into_iter().flatten() {
        place = format!("{part}, {place}");
    }
    let page = CohortPage {
        s,
        cohort,
        place,
        organisation,
        modules,
        members: members.iter().map(|m| MemberRow::new(s, m)).collect(),
        member_count: members.len() as i64,
        facilitators: state
            .store
            .cohort_facilitators(cohort.id)
            .await?
            .into_iter()
            .map(|m| m.draft.full_name)
            .collect(),
        sessions: state
            .store
            .cohort_sessions(cohort.id)
            .await?
            .iter()
            .map(|x| session_row(x, &names))
            .collect(),
        problem,
        can_issue: ctx.member().is_ok_and(|m| m.roles.can_manage_members()),
    };
    Ok(page.render()?)
}

/// Issues a module's certificate by hand to the members ticked (`member-ID=on`), with a
/// note saying why: for a group that learned together and took its tests on paper.
pub async fn issue_certificates(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<std::collections::HashMap<String, String>>,
) -> Result<Response, WebError> {
    let me = ctx.require_manager()?;
    let cohort = state.store.cohort(id).await?;
    let module = form.get("module").map(|m| m.trim()).unwrap_or_default();
    let note = academy_domain::text::clean(form.get("note").map(String::as_str).unwrap_or(""));
    let in_cohort = state.store.cohort_members(cohort.id).await?;
    let chosen: Vec<Uuid> = form
        .keys()
        .filter_map(|k| k.strip_prefix("member-"))
        .filter_map(|k| Uuid::parse_str(k).ok())
        .filter(|k| in_cohort.iter().any(|m| m.id == *k))
        .collect();
    let problem = if !cohort.modules.iter().any(|m| m == module) {
        Some(ctx.shell.tr.t("cohort-issue-module-needed"))
    } else if chosen.is_empty() {
        Some(ctx.shell.tr.t("cohort-issue-members-needed"))
    } else if note.is_empty() {
        Some(ctx.shell.tr.t("cohort-issue-note-needed"))
    } else {
        None
    };
    if let Some(problem) = problem {
        let html = render_cohort(&state, &ctx, &cohort, Some(problem)).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response());
    }
    let issued = state
        .store
        .issue_certificates(
            &chosen,
            &format!("module:{module}"),
            me.id,
            &note,
            time::OffsetDateTime::now_utc(),
        )
        .await?;
    tracing::info!(cohort = %cohort.id, issued = issued.len(), by = %me.id, "certificates issued by hand");
    Ok(Redirect::to(&format!("/cohorts/{id}#issue")).into_response())
}

pub async fn show_cohort(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
) -> Result<Html<String>, WebError> {
    let me = require_field_staff(&ctx)?;
    let cohort = cohort_for(&state, me, id).await?;
    Ok(Html(render_cohort(&state, &ctx, &cohort, None).await?))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CohortMemberForm {
    /// A member code or phone number, to add.
    login: String,
    /// A member id, to remove.
    remove: String,
    /// Add the member as a facilitator of the cohort instead.
    facilitator: String,
}

/// Adds a member (by member code or phone) to the cohort, or removes one.
pub async fn change_cohort_members(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<CohortMemberForm>,
) -> Result<Response, WebError> {
    let me = require_field_staff(&ctx)?;
    let cohort = cohort_for(&state, me, id).await?;
    if let Ok(member) = Uuid::parse_str(form.remove.trim()) {
        state.store.leave_cohort(cohort.id, member).await?;
        return Ok(Redirect::to(&format!("/cohorts/{id}")).into_response());
    }
    let login = form.login.trim();
    let found = if MemberCode::parse("login", login).is_ok() || Phone::parse("login", login).is_ok()
    {
        state.store.member_for_sign_in(login).await?.map(|(m, _)| m)
    } else {
        None
    };
    let Some(member) = found else {
        let html = render_cohort(
            &state,
            &ctx,
            &cohort,
            Some(ctx.shell.tr.t("cohort-member-unknown")),
        )
        .await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response());
    };
    if form.facilitator.is_empty() {
        state.store.join_cohort(cohort.id, member.id).await?;
    } else if member.roles.has(Role::Facilitator) {
        state.store.add_facilitator(cohort.id, member.id).await?;
    } else {
        let html = render_cohort(
            &state,
            &ctx,
            &cohort,
            Some(ctx.shell.tr.t("cohort-not-facilitator")),
        )
        .await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response());
    }
    Ok(Redirect::to(&format!("/cohorts/{id}")).into_response())
}
