//! The member registry for managers and admins: list with filters and search, register, view
//! and edit, roles, organisations.

use academy_domain::{
    Consent, Gender, Member, MemberDraft, MemberInput, OrgRole, Role, Roles, StakeholderType, State,
};
use academy_store::{MemberFilter, Membership, StoreError};
use askama::Template;
use axum::extract::{Path, Query, State as AxState};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use super::choices::{self, Choice};
use super::{this_year, FormErrors, PageQuery, Pager};
use crate::context::Shell;
use crate::csrf::CsrfForm;
use crate::{AppState, Ctx, WebError};

/// A member's row in a list, with labels already in the reader's language.
pub struct MemberRow {
    pub id: Uuid,
    pub code: String,
    pub name: String,
    pub gender: String,
    pub place: String,
    pub stakeholder: String,
    pub phone: String,
}

impl MemberRow {
    pub fn new(s: &Shell, m: &Member) -> Self {
        let d = &m.draft;
        let mut place = choices::state_name(s, d.state);
        for part in [&d.district, &d.village].into_iter().flatten() {
            place = format!("{part}, {place}");
        }
        MemberRow {
            id: m.id,
            code: m.code.to_string(),
            name: d.full_name.clone(),
            gender: s.tr.t(&format!("gender-{}", d.gender.as_str())),
            place,
            stakeholder: s.tr.t(&format!(
                "stakeholder-{}",
                d.stakeholder.as_str().replace('_', "-")
            )),
            phone: d.phone.as_ref().map(|p| p.display()).unwrap_or_default(),
        }
    }
}

/// The filters of the members list, as typed in the query string.
#[derive(Debug, Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct ListQuery {
    q: String,
    gender: String,
    state: String,
    district: String,
    stakeholder: String,
    role: String,
    organisation: String,
}

impl ListQuery {
    /// Unknown values are ignored rather than refused: a list is never an error page.
    fn filter(&self) -> MemberFilter {
        MemberFilter {
            gender: Gender::parse("gender", &self.gender).ok(),
            state: State::parse("state", &self.state).ok(),
            district: Some(academy_domain::text::clean(&self.district)).filter(|d| !d.is_empty()),
            stakeholder: StakeholderType::parse("stakeholder", &self.stakeholder).ok(),
            organisation: Uuid::parse_str(self.organisation.trim()).ok(),
            role: Role::parse("role", &self.role).ok(),
            query: Some(self.q.clone()).filter(|q| !q.trim().is_empty()),
        }
    }
}

#[derive(Template)]
#[template(path = "members_list.html")]
struct ListPage<'a> {
    s: &'a Shell,
    q: ListQuery,
    rows: Vec<MemberRow>,
    total: i64,
    pager: Pager,
    genders: Vec<Choice>,
    stakeholders: Vec<Choice>,
    roles: Vec<Choice>,
    states: (Vec<Choice>, Vec<Choice>),
    organisation_name: Option<String>,
}

pub async fn list_members(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Query(q): Query<ListQuery>,
    Query(page): Query<PageQuery>,
) -> Result<Html<String>, WebError> {
    ctx.require_manager()?;
    let filter = q.filter();
    let listing = state.store.list_members(&filter, page.window()).await?;
    let organisation_name = match filter.organisation {
        Some(id) => state
            .store
            .organisation(id)
            .await
            .ok()
            .map(|o| o.draft.name),
        None => None,
    };
    let s = &ctx.shell;
    let base = serde_urlencoded::to_string(&q).unwrap_or_default();
    let page = ListPage {
        rows: listing.items.iter().map(|m| MemberRow::new(s, m)).collect(),
        total: listing.total,
        pager: Pager::new(&base, page.number(), listing.total),
        genders: choices::genders(s),
        stakeholders: choices::stakeholders(s),
        roles: choices::roles(s),
        states: choices::states(s),
        organisation_name,
        q,
        s,
    };
    Ok(Html(page.render()?))
}

/// Managers and admins edit every member; a facilitator edits the members of their cohorts
/// and those they registered. Anyone else is told the member does not exist.
async fn may_edit(state: &AppState, ctx: &Ctx, id: Uuid) -> Result<(), WebError> {
    let me = ctx.member()?;
    if me.roles.can_manage_members() {
        return Ok(());
    }
    if me.roles.has(Role::Facilitator) && state.store.facilitates(me.id, id).await? {
        return Ok(());
    }
    if me.roles.has(Role::Facilitator) {
        return Err(WebError::NotFound);
    }
    Err(WebError::Forbidden)
}

/// The member form's fields as typed, with consent.
#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct MemberForm {
    #[serde(flatten)]
    input: MemberInput,
    consent: String,
    consent_by: String,
}

#[derive(Template)]
#[template(path = "member_new.html")]
struct NewPage<'a> {
    s: &'a Shell,
    f: FormView,
    errors: FormErrors,
}

/// What the member fields show: the typed values and the lists to choose from.
pub struct FormView {
    input: MemberInput,
    consent: bool,
    consent_by: String,
    genders: Vec<Choice>,
    stakeholders: Vec<Choice>,
    states: (Vec<Choice>, Vec<Choice>),
    languages: Vec<Choice>,
}

impl FormView {
    fn new(s: &Shell, input: MemberInput, consent: bool, consent_by: String) -> Self {
        FormView {
            input,
            consent,
            consent_by,
            genders: choices::genders(s),
            stakeholders: choices::stakeholders(s),
            states: choices::states(s),
            languages: choices::languages(),
        }
    }
}

pub async fn new_member(ctx: Ctx) -> Result<Html<String>, WebError> {
    let me = ctx.require_manager()?;
    let input = MemberInput {
        preferred_language: ctx.shell.lang().to_string(),
        stakeholder_type: "miner".into(),
        ..Default::default()
    };
    let f = FormView::new(&ctx.shell, input, false, me.draft.full_name.clone());
    Ok(Html(
        NewPage {
            s: &ctx.shell,
            f,
            errors: FormErrors::default(),
        }
        .render()?,
    ))
}

/// Checks the form; on success the draft with consent as ticked.
fn check_form(
    s: &Shell,
    form: &MemberForm,
    previous: Option<&Consent>,
) -> Result<MemberDraft, FormErrors> {
    let mut draft = MemberDraft::check(&form.input, this_year())
        .map_err(|e| FormErrors::from_invalid(s.tr, &e))?;
    draft.consent = if form.consent.is_empty() {
        None
    } else if let Some(kept) = previous {
        Some(kept.clone())
    } else {
        let collected_by = academy_domain::text::clean(&form.consent_by);
        if collected_by.is_empty() {
            let mut errors = FormErrors::default();
            errors.add("consent_by", s.tr.t("problem-required"));
            return Err(errors);
        }
        Some(Consent {
            given_on: time::OffsetDateTime::now_utc().date(),
            collected_by,
        })
    };
    Ok(draft)
}

/// A unique field taken by someone else becomes a message beside that field.
fn conflict_errors(s: &Shell, err: StoreError) -> Result<FormErrors, WebError> {
    match err {
        StoreError::Conflict(field) => {
            let mut errors = FormErrors::default();
            errors.add(
                if field == "phone" {
                    "phone"
                } else {
                    "full_name"
                },
                s.tr.t("problem-taken"),
            );
            Ok(errors)
        }
        other => Err(other.into()),
    }
}

pub async fn create_member(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<MemberForm>,
) -> Result<Response, WebError> {
    let me = ctx.require_manager()?.id;
    let s = &ctx.shell;
    let errors = match check_form(s, &form, None) {
        Ok(draft) => match state.store.create_member(&draft, Roles::learner()).await {
            Ok(member) => {
                tracing::info!(member = %member.id, "member registered");
                let subject = format!("member:{}", member.id);
                state
                    .store
                    .audit_event(me, "member.create", &subject, "", OffsetDateTime::now_utc())
                    .await?;
                return Ok(
                    Redirect::to(&format!("/admin/members/{}?saved=1", member.id)).into_response(),
                );
            }
            Err(e) => conflict_errors(s, e)?,
        },
        Err(errors) => errors,
    };
    let f = FormView::new(s, form.input, !form.consent.is_empty(), form.consent_by);
    let html = NewPage { s, f, errors }.render()?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
}

#[derive(Template)]
#[template(path = "member_show.html")]
struct ShowPage<'a> {
    s: &'a Shell,
    member: &'a Member,
    row: MemberRow,
    consent: Option<&'a Consent>,
    f: FormView,
    errors: FormErrors,
    saved: bool,
    roles: Vec<(String, String, bool)>,
    memberships: Vec<Membership>,
    certificates: Vec<super::me::CertificateRow>,
    org_roles: Vec<Choice>,
    join_error: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ShowQuery {
    saved: Option<String>,
}

async fn render_show(
    state: &AppState,
    ctx: &Ctx,
    member: &Member,
    f: Option<FormView>,
    errors: FormErrors,
    join_error: Option<String>,
    saved: bool,
) -> Result<String, WebError> {
    let s = &ctx.shell;
    let f = f.unwrap_or_else(|| {
        let by = member
            .draft
            .consent
            .as_ref()
            .map(|c| c.collected_by.clone())
            .unwrap_or_else(|| s.name().to_string());
        FormView::new(
            s,
            member.draft.to_input(),
            member.draft.consent.is_some(),
            by,
        )
    });
    let roles = choices::roles(s)
        .into_iter()
        .map(|(v, l)| {
            let held = Role::parse("role", &v).is_ok_and(|r| member.roles.has(r));
            (v, l, held)
        })
        .collect();
    let page = ShowPage {
        row: MemberRow::new(s, member),
        consent: member.draft.consent.as_ref(),
        memberships: state.store.memberships(member.id).await?,
        certificates: super::me::certificate_rows(state, s, member.id).await?,
        org_roles: vec![
            (OrgRole::Member.as_str().into(), s.tr.t("org-role-member")),
            (OrgRole::Leader.as_str().into(), s.tr.t("org-role-leader")),
        ],
        s,
        member,
        f,
        errors,
        saved,
        roles,
        join_error,
    };
    Ok(page.render()?)
}

pub async fn show_member(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Query(q): Query<ShowQuery>,
) -> Result<Html<String>, WebError> {
    may_edit(&state, &ctx, id).await?;
    let member = state.store.member(id).await?;
    let html = render_show(
        &state,
        &ctx,
        &member,
        None,
        FormErrors::default(),
        None,
        q.saved.is_some(),
    )
    .await?;
    Ok(Html(html))
}

pub async fn update_member(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<MemberForm>,
) -> Result<Response, WebError> {
    may_edit(&state, &ctx, id).await?;
    let me = ctx.member()?.id;
    let member = state.store.member(id).await?;
    let s = &ctx.shell;
    let errors = match check_form(s, &form, member.draft.consent.as_ref()) {
        Ok(draft) => match state.store.update_member(id, &draft).await {
            Ok(_) => {
                // Which fields changed, never their values: the log cannot be erased.
                let changed = changed_fields(&member.draft, &draft);
                if !changed.is_empty() {
                    state
                        .store
                        .audit_event(
                            me,
                            "member.update",
                            &format!("member:{id}"),
                            &changed.join(", "),
                            OffsetDateTime::now_utc(),
                        )
                        .await?;
                }
                state.caches.members.forget(&id);
                return Ok(Redirect::to(&format!("/admin/members/{id}?saved=1")).into_response());
            }
            Err(e) => conflict_errors(s, e)?,
        },
        Err(errors) => errors,
    };
    let f = FormView::new(s, form.input, !form.consent.is_empty(), form.consent_by);
    let html = render_show(&state, &ctx, &member, Some(f), errors, None, false).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
}

/// The names of the fields an edit changed.
fn changed_fields(before: &MemberDraft, after: &MemberDraft) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut check = |name: &'static str, same: bool| {
        if !same {
            out.push(name);
        }
    };
    check("full_name", before.full_name == after.full_name);
    check("phone", before.phone == after.phone);
    check("gender", before.gender == after.gender);
    check("birth_year", before.birth_year == after.birth_year);
    check("state", before.state == after.state);
    check("district", before.district == after.district);
    check("village", before.village == after.village);
    check("stakeholder", before.stakeholder == after.stakeholder);
    check("language", before.language == after.language);
    check("consent", before.consent == after.consent);
    out
}

/// Role boxes: `role_learner=on`, `role_admin=on`, …
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RolesForm {
    role_learner: Option<String>,
    role_facilitator: Option<String>,
    role_author: Option<String>,
    role_manager: Option<String>,
    role_admin: Option<String>,
}

/// Only admins give or take roles; an admin cannot take their own admin role away, so the
/// academy always keeps one.
pub async fn update_roles(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<RolesForm>,
) -> Result<Response, WebError> {
    let me = ctx.require(Role::Admin)?;
    let ticked = [
        (Role::Learner, &form.role_learner),
        (Role::Facilitator, &form.role_facilitator),
        (Role::Author, &form.role_author),
        (Role::Manager, &form.role_manager),
        (Role::Admin, &form.role_admin),
    ];
    let mut roles: Roles = ticked
        .iter()
        .filter(|(_, v)| v.is_some())
        .map(|(r, _)| *r)
        .collect();
    if me.id == id {
        roles = roles.with(Role::Admin);
    }
    let before = state.store.member(id).await?.roles;
    state.store.set_roles(id, roles).await?;
    state.caches.members.forget(&id);
    if before != roles {
        let names = |r: Roles| r.iter().map(|x| x.as_str()).collect::<Vec<_>>().join(" ");
        state
            .store
            .audit_event(
                me.id,
                "member.roles",
                &format!("member:{id}"),
                &format!("{} → {}", names(before), names(roles)),
                OffsetDateTime::now_utc(),
            )
            .await?;
    }
    tracing::info!(member = %id, by = %me.id, roles = roles.bits(), "roles changed");
    Ok(Redirect::to(&format!("/admin/members/{id}?saved=1")).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct JoinForm {
    organisation: String,
    role: String,
    leave: String,
}

/// Adds the member to an organisation named in the form (or takes them out with `leave`).
pub async fn join_organisation(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<JoinForm>,
) -> Result<Response, WebError> {
    ctx.require_manager()?;
    let member = state.store.member(id).await?;
    if let Ok(org) = Uuid::parse_str(form.leave.trim()) {
        state.store.leave_organisation(org, id).await?;
        return Ok(Redirect::to(&format!("/admin/members/{id}?saved=1")).into_response());
    }
    let name = academy_domain::text::clean(&form.organisation);
    let org = match name.is_empty() {
        true => None,
        false => state.store.organisation_by_name(&name).await?,
    };
    let Some(org) = org else {
        let message = ctx.shell.tr.t("member-join-unknown");
        let html = render_show(
            &state,
            &ctx,
            &member,
            None,
            FormErrors::default(),
            Some(message),
            false,
        )
        .await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response());
    };
    let role = OrgRole::parse("role", &form.role).unwrap_or(OrgRole::Member);
    state.store.join_organisation(org.id, id, role).await?;
    Ok(Redirect::to(&format!("/admin/members/{id}?saved=1")).into_response())
}
