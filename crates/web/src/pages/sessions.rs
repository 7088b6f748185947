//! Group sessions: planning one, taking attendance with one thumb, registering a walk-in, and
//! entering a paper test. Attendance and tests become the same statements as learning online,
//! marked as facilitated.

use std::collections::BTreeMap;

use academy_domain::field::{gps, session_start, NOTES_MAX};
use academy_domain::{
    text, Activity, Consent, GroupSession, Member, MemberDraft, MemberInput, Outcome, Statement,
    Verb,
};
use askama::Template;
use axum::extract::{Path, State as AxState};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

use super::choices::{self, Choice};
use super::field::{cohort_for, require_field_staff, when};
use super::learn::completion_rule;
use super::{this_year, FormErrors};
use crate::context::Shell;
use crate::csrf::CsrfForm;
use crate::{AppState, Ctx, WebError};

#[derive(Template)]
#[template(path = "session_new.html")]
struct NewSessionPage<'a> {
    s: &'a Shell,
    cohort_id: Uuid,
    cohort_name: &'a str,
    form: SessionForm,
    modules: Vec<(String, String, Vec<Choice>)>,
    errors: FormErrors,
}

#[derive(Debug, Deserialize, Default, Clone)]
#[serde(default)]
pub struct SessionForm {
    date: String,
    time: String,
    place: String,
    latitude: String,
    longitude: String,
    module: String,
    notes: String,
    #[serde(flatten)]
    rest: BTreeMap<String, String>,
}

impl SessionForm {
    pub fn has_lesson(&self, slug: &str) -> bool {
        self.rest.contains_key(&format!("lesson-{slug}"))
    }
}

/// The cohort's modules with their lessons, for the form.
fn module_lessons(
    state: &AppState,
    s: &Shell,
    module_ids: &[String],
) -> Vec<(String, String, Vec<Choice>)> {
    let published = state.catalogue.current();
    module_ids
        .iter()
        .filter_map(|id| published.curriculum.module(id))
        .map(|m| {
            let lessons = m
                .current_lessons()
                .map(|l| (l.slug.clone(), l.title.text(s.tr.lang).to_string()))
                .collect();
            (m.id.clone(), m.title.text(s.tr.lang).to_string(), lessons)
        })
        .collect()
}

pub async fn new_session(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
) -> Result<Html<String>, WebError> {
    let me = require_field_staff(&ctx)?;
    let cohort = cohort_for(&state, me, id).await?;
    let today = time::OffsetDateTime::now_utc()
        .to_offset(academy_domain::field::IST)
        .date();
    let form = SessionForm {
        date: today.to_string(),
        time: "10:00".into(),
        place: cohort.village.clone().unwrap_or_default(),
        module: cohort.modules.first().cloned().unwrap_or_default(),
        ..Default::default()
    };
    let page = NewSessionPage {
        s: &ctx.shell,
        cohort_id: cohort.id,
        cohort_name: &cohort.name,
        modules: module_lessons(&state, &ctx.shell, &cohort.modules),
        form,
        errors: FormErrors::default(),
    };
    Ok(Html(page.render()?))
}

pub async fn create_session(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<SessionForm>,
) -> Result<Response, WebError> {
    let me = require_field_staff(&ctx)?;
    let cohort = cohort_for(&state, me, id).await?;
    let s = &ctx.shell;
    let mut errors = FormErrors::default();
    let starts_at = session_start(&form.date, &form.time)
        .map_err(|e| {
            for i in &e {
                errors.add(i.field, s.tr.t("problem-not-allowed"));
            }
        })
        .ok();
    let point = gps(&form.latitude, &form.longitude)
        .map_err(|e| errors.add(e.field, s.tr.t("session-bad-gps")))
        .ok();
    let published = state.catalogue.current();
    let module = published
        .curriculum
        .module(&form.module)
        .filter(|m| cohort.modules.contains(&m.id));
    if module.is_none() {
        errors.add("module", s.tr.t("problem-not-allowed"));
    }
    let lessons: Vec<String> = module
        .map(|m| {
            m.current_lessons()
                .filter(|l| form.has_lesson(&l.slug))
                .map(|l| l.slug.clone())
                .collect()
        })
        .unwrap_or_default();
    let notes = text::optional("notes", &form.notes, NOTES_MAX)
        .map_err(|e| errors.add("notes", super::problem_message(s.tr, &e.problem)))
        .ok();
    let place = text::optional("place", &form.place, academy_domain::member::PLACE_MAX)
        .map_err(|e| errors.add("place", super::problem_message(s.tr, &e.problem)))
        .ok();
    if let (Some(starts_at), Some(gps), Some(notes), Some(place), true) =
        (starts_at, point, notes, place, errors.is_empty())
    {
        let session = GroupSession {
            id: Uuid::now_v7(),
            cohort: cohort.id,
            starts_at,
            place,
            gps,
            facilitator: me.id,
            module: module.map(|m| m.id.clone()),
            lessons,
            notes,
            held_at: None,
        };
        state.store.create_session(&session).await?;
        return Ok(Redirect::to(&format!("/sessions/{}", session.id)).into_response());
    }
    let page = NewSessionPage {
        s,
        cohort_id: cohort.id,
        cohort_name: &cohort.name,
        modules: module_lessons(&state, s, &cohort.modules),
        form,
        errors,
    };
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(page.render()?)).into_response())
}

/// One line of the attendance list.
pub struct AttendeeRow {
    pub id: Uuid,
    pub code: String,
    pub name: String,
    pub present: bool,
}

#[derive(Template)]
#[template(path = "session.html")]
struct SessionPage<'a> {
    s: &'a Shell,
    session: &'a GroupSession,
    cohort_id: Uuid,
    cohort_name: String,
    when: String,
    module: Option<(String, String)>,
    lessons: Vec<String>,
    members: Vec<AttendeeRow>,
    present: i64,
    total: i64,
    problem: Option<String>,
    walk_in: MemberInput,
    walk_in_errors: FormErrors,
    upload_errors: Vec<String>,
    genders: Vec<Choice>,
    has_pre: bool,
    has_post: bool,
}

async fn render_session(
    state: &AppState,
    ctx: &Ctx,
    session: &GroupSession,
    problem: Option<String>,
    walk_in: MemberInput,
    walk_in_errors: FormErrors,
    upload_errors: Vec<String>,
) -> Result<String, WebError> {
    let s = &ctx.shell;
    let lang = s.tr.lang;
    let cohort = state.store.cohort(session.cohort).await?;
    let present: Vec<Uuid> = state.store.attendance(session.id).await?;
    let members: Vec<AttendeeRow> = state
        .store
        .cohort_members(cohort.id)
        .await?
        .into_iter()
        .map(|m| AttendeeRow {
            present: present.contains(&m.id),
            id: m.id,
            code: m.code.to_string(),
            name: m.draft.full_name,
        })
        .collect();
    let published = state.catalogue.current();
    let module = session
        .module
        .as_deref()
        .and_then(|id| published.curriculum.module(id));
    let page = SessionPage {
        s,
        session,
        cohort_id: cohort.id,
        cohort_name: cohort.name.clone(),
        when: when(session.starts_at),
        module: module.map(|m| (m.id.clone(), m.title.text(lang).to_string())),
        lessons: session
            .lessons
            .iter()
            .filter_map(|l| {
                module
                    .and_then(|m| m.lesson(l))
                    .map(|l| l.title.text(lang).to_string())
            })
            .collect(),
        present: present.len() as i64,
        total: members.len() as i64,
        members,
        problem,
        walk_in,
        walk_in_errors,
        upload_errors,
        genders: choices::genders(s),
        has_pre: module.is_some_and(|m| !m.pre_test.questions.is_empty()),
        has_post: module.is_some_and(|m| !m.post_test.questions.is_empty()),
    };
    Ok(page.render()?)
}

/// The session and who may run it.
pub(super) async fn session_for(
    state: &AppState,
    ctx: &Ctx,
    id: Uuid,
) -> Result<(GroupSession, Member), WebError> {
    let me = require_field_staff(ctx)?.clone();
    let session = state.store.session(id).await?;
    cohort_for(state, &me, session.cohort).await?;
    Ok((session, me))
}

/// A session, its cohort and the cohort's members, for someone who may run it.
pub async fn session_people(
    state: &AppState,
    ctx: &Ctx,
    id: Uuid,
) -> Result<(GroupSession, academy_domain::Cohort, Vec<Member>), WebError> {
    let (session, _) = session_for(state, ctx, id).await?;
    let cohort = state.store.cohort(session.cohort).await?;
    let members = state.store.cohort_members(cohort.id).await?;
    Ok((session, cohort, members))
}

pub async fn show_session(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
) -> Result<Html<String>, WebError> {
    let (session, _) = session_for(&state, &ctx, id).await?;
    Ok(Html(
        render_session(
            &state,
            &ctx,
            &session,
            None,
            MemberInput::default(),
            FormErrors::default(),
            Vec::new(),
        )
        .await?,
    ))
}

/// Attendance may be taken from an hour before a session's start: not for a day to come.
fn too_early(session: &GroupSession) -> bool {
    session.starts_at > time::OffsetDateTime::now_utc() + time::Duration::hours(1)
}

/// The statements that say `member` came to `session`: attended, and each lesson covered
/// opened and done, all marked as facilitated.
pub(crate) fn attendance_statements(
    session: &GroupSession,
    member: Uuid,
    lang: academy_domain::Language,
) -> Vec<Statement> {
    let at = time::OffsetDateTime::now_utc();
    let mut out = Vec::new();
    let mut say = |verb, object| {
        out.push(Statement {
            id: Uuid::now_v7(),
            actor: member,
            verb,
            object,
            parent: None,
            outcome: Outcome::default(),
            lang,
            facilitated: true,
            at,
        })
    };
    say(Verb::Attended, Activity::Session(session.id));
    if let Some(module) = &session.module {
        for lesson in &session.lessons {
            let object = Activity::Lesson {
                module: module.clone(),
                lesson: lesson.clone(),
            };
            say(Verb::Experienced, object.clone());
            say(Verb::Completed, object);
        }
    }
    out
}

fn rules(state: &AppState, session: &GroupSession) -> Vec<academy_store::CompletionRule> {
    let published = state.catalogue.current();
    session
        .module
        .as_deref()
        .and_then(|m| published.curriculum.module(m))
        .map(completion_rule)
        .into_iter()
        .collect()
}

/// Ticks from the attendance list: `present-{member id}=on`. Members already recorded stay
/// recorded (records are never taken back); new ticks are added.
pub async fn take_attendance(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    CsrfForm(fields): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let (session, _) = session_for(&state, &ctx, id).await?;
    let s = &ctx.shell;
    let problem = |key: &str| s.tr.t(key);
    if too_early(&session) {
        let html = render_session(
            &state,
            &ctx,
            &session,
            Some(problem("session-in-future")),
            MemberInput::default(),
            FormErrors::default(),
            Vec::new(),
        )
        .await?;
        return Ok((StatusCode::CONFLICT, Html(html)).into_response());
    }
    let cohort: Vec<Uuid> = state
        .store
        .cohort_members(session.cohort)
        .await?
        .iter()
        .map(|m| m.id)
        .collect();
    let already = state.store.attendance(session.id).await?;
    let mut ticked = Vec::new();
    for (key, _) in &fields {
        let Some(raw) = key.strip_prefix("present-") else {
            continue;
        };
        match Uuid::parse_str(raw) {
            Ok(member) if cohort.contains(&member) => ticked.push(member),
            _ => {
                let html = render_session(
                    &state,
                    &ctx,
                    &session,
                    Some(problem("session-not-in-cohort")),
                    MemberInput::default(),
                    FormErrors::default(),
                    Vec::new(),
                )
                .await?;
                return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response());
            }
        }
    }
    let statements: Vec<Statement> = ticked
        .iter()
        .filter(|m| !already.contains(m))
        .flat_map(|m| attendance_statements(&session, *m, s.tr.lang))
        .collect();
    state
        .store
        .record(&statements, &rules(&state, &session))
        .await?;
    for m in &ticked {
        if let Some(module) = &session.module {
            state.caches.lessons.forget(&(*m, module.clone()));
        }
    }
    Ok(Redirect::to(&format!("/sessions/{id}?saved=1")).into_response())
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct WalkInForm {
    full_name: String,
    gender: String,
    village: String,
    phone: String,
    consent: String,
}

/// Registers someone who came without being in the cohort: name, gender, village and
/// (optionally) phone; they join the cohort and are marked present.
pub async fn add_walk_in(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<WalkInForm>,
) -> Result<Response, WebError> {
    let (session, me) = session_for(&state, &ctx, id).await?;
    let s = &ctx.shell;
    let cohort = state.store.cohort(session.cohort).await?;
    let input = MemberInput {
        full_name: form.full_name.clone(),
        phone: form.phone.clone(),
        gender: form.gender.clone(),
        village: form.village.clone(),
        state: cohort.state.code().into(),
        district: cohort.district.clone().unwrap_or_default(),
        stakeholder_type: "miner".into(),
        preferred_language: s.lang().into(),
        ..Default::default()
    };
    let mut errors = match MemberDraft::check(&input, this_year()) {
        Ok(mut draft) if !form.consent.is_empty() => {
            draft.consent = Some(Consent {
                given_on: time::OffsetDateTime::now_utc().date(),
                collected_by: me.draft.full_name.clone(),
            });
            if too_early(&session) {
                let html = render_session(
                    &state,
                    &ctx,
                    &session,
                    Some(s.tr.t("session-in-future")),
                    input,
                    FormErrors::default(),
                    Vec::new(),
                )
                .await?;
                return Ok((StatusCode::CONFLICT, Html(html)).into_response());
            }
            match state.store.register_member(&draft, me.id).await {
                Ok(member) => {
                    state.store.join_cohort(cohort.id, member.id).await?;
                    state
                        .store
                        .record(
                            &attendance_statements(&session, member.id, s.tr.lang),
                            &rules(&state, &session),
                        )
                        .await?;
                    tracing::info!(member = %member.id, session = %session.id, "walk-in registered");
                    return Ok(
                        Redirect::to(&format!("/sessions/{id}?added={}", member.code))
                            .into_response(),
                    );
                }
                Err(academy_store::StoreError::Conflict(_)) => {
                    let mut e = FormErrors::default();
                    e.add("phone", s.tr.t("problem-taken"));
                    e
                }
                Err(other) => return Err(other.into()),
            }
        }
        Ok(_) => FormErrors::default(),
        Err(invalid) => FormErrors::from_invalid(s.tr, &invalid),
    };
    if form.consent.is_empty() {
        errors.add("consent", s.tr.t("walk-in-consent-needed"));
    }
    let html = render_session(&state, &ctx, &session, None, input, errors, Vec::new()).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
}

/// The CSV templates for typing paper back in: the roster (`attendance.csv`) with a column
/// to fill with yes or no, and the results sheet (`results.csv`) with a score column.
pub async fn csv_template(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path((id, file)): Path<(Uuid, String)>,
) -> Result<Response, WebError> {
    let (session, _) = session_for(&state, &ctx, id).await?;
    let members = state.store.cohort_members(session.cohort).await?;
    let mut out = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let write = |out: &mut csv::Writer<Vec<u8>>, cells: &[&str]| {
        out.write_record(cells)
            .map_err(|e| WebError::Internal(e.to_string()))
    };
    match file.as_str() {
        "attendance.csv" => {
            write(&mut out, &crate::field_import::ATTENDANCE_COLUMNS)?;
            for m in &members {
                write(
                    &mut out,
                    &[
                        &session.id.to_string(),
                        m.code.as_str(),
                        &m.draft.full_name,
                        "",
                    ],
                )?;
            }
        }
        "results.csv" => {
            write(&mut out, &crate::field_import::RESULTS_COLUMNS)?;
            let present = state.store.attendance(session.id).await?;
            for m in members.iter().filter(|m| present.contains(&m.id)) {
                write(
                    &mut out,
                    &[
                        &session.id.to_string(),
                        m.code.as_str(),
                        &m.draft.full_name,
                        "post",
                        "",
                    ],
                )?;
            }
        }
        _ => return Err(WebError::NotFound),
    }
    let bytes = out
        .into_inner()
        .map_err(|e| WebError::Internal(e.to_string()))?;
    Ok((
        [
            (
                axum::http::header::CONTENT_TYPE,
                "text/csv; charset=utf-8".to_string(),
            ),
            (
                axum::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file}\""),
            ),
        ],
        bytes,
    )
        .into_response())
}

/// A filled-in attendance or scores spreadsheet, uploaded from the session page: the same
/// checks as `academy import`, and nothing recorded unless every row is good.
pub async fn upload_csv(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    axum::Extension(token): axum::Extension<crate::csrf::CsrfToken>,
    Path((id, sheet)): Path<(Uuid, String)>,
    mut form: axum::extract::Multipart,
) -> Result<Response, WebError> {
    let (session, _) = session_for(&state, &ctx, id).await?;
    let (mut csrf, mut data) = (String::new(), Vec::new());
    while let Ok(Some(field)) = form.next_field().await {
        match field.name() {
            Some("csrf_token") => csrf = field.text().await.unwrap_or_default(),
            Some("file") => data = field.bytes().await.map(|b| b.to_vec()).unwrap_or_default(),
            _ => {}
        }
    }
    if token.0.is_empty() || csrf != token.0 {
        return Err(WebError::StaleForm);
    }
    let published = state.catalogue.current();
    let lang = ctx.shell.tr.lang;
    let done = match sheet.as_str() {
        "attendance" => {
            crate::field_import::import_attendance(
                state.store.as_ref(),
                &published.curriculum,
                &data,
                lang,
            )
            .await
        }
        "results" => {
            crate::field_import::import_results(
                state.store.as_ref(),
                &published.curriculum,
                &data,
                lang,
            )
            .await
        }
        _ => return Err(WebError::NotFound),
    };
    match done {
        Ok(_) => Ok(Redirect::to(&format!("/sessions/{id}?saved=1")).into_response()),
        Err(crate::field_import::ImportError::Rows(errors)) => {
            let lines = errors.iter().map(|e| e.to_string()).collect();
            let html = render_session(
                &state,
                &ctx,
                &session,
                Some(ctx.shell.tr.t("upload-nothing-saved")),
                MemberInput::default(),
                FormErrors::default(),
                lines,
            )
            .await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
        }
        Err(crate::field_import::ImportError::Store(e)) => Err(e.into()),
    }
}
