//! Organisations: Self Help Groups, chapters of the Association of Female Miners,
//! cooperatives, companies, universities, NGOs and government bodies, with their members.

use academy_domain::{OrgKind, OrgRole, Organisation, OrganisationDraft, OrganisationInput, State};
use academy_store::{OrganisationFilter, OrganisationSummary, StoreError};
use askama::Template;
use axum::extract::{Path, Query, State as AxState};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::choices::{self, Choice};
use super::members::MemberRow;
use super::{FormErrors, PageQuery, Pager};
use crate::context::Shell;
use crate::csrf::CsrfForm;
use crate::{AppState, Ctx, WebError};

/// An organisation's row, labels in the reader's language.
pub struct OrgRow {
    pub id: Uuid,
    pub name: String,
    pub kind: String,
    pub place: String,
    pub members: i64,
}

impl OrgRow {
    fn new(s: &Shell, o: &Organisation, members: i64) -> Self {
        let d = &o.draft;
        let mut place = choices::state_name(s, d.state);
        for part in [&d.district, &d.village].into_iter().flatten() {
            place = format!("{part}, {place}");
        }
        OrgRow {
            id: o.id,
            name: d.name.clone(),
            kind: s
                .tr
                .t(&format!("org-kind-{}", d.kind.as_str().replace('_', "-"))),
            place,
            members,
        }
    }
}

#[derive(Debug, Deserialize, Serialize, Default)]
#[serde(default)]
pub struct ListQuery {
    q: String,
    kind: String,
    state: String,
}

#[derive(Template)]
#[template(path = "organisations_list.html")]
struct ListPage<'a> {
    s: &'a Shell,
    q: ListQuery,
    rows: Vec<OrgRow>,
    total: i64,
    pager: Pager,
    kinds: Vec<Choice>,
    states: (Vec<Choice>, Vec<Choice>),
}

pub async fn list_organisations(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Query(q): Query<ListQuery>,
    Query(page): Query<PageQuery>,
) -> Result<Html<String>, WebError> {
    ctx.require_manager()?;
    let filter = OrganisationFilter {
        kind: OrgKind::parse("kind", &q.kind).ok(),
        state: State::parse("state", &q.state).ok(),
        query: Some(q.q.clone()).filter(|t| !t.trim().is_empty()),
    };
    let listing = state
        .store
        .list_organisations(&filter, page.window())
        .await?;
    let s = &ctx.shell;
    let base = serde_urlencoded::to_string(&q).unwrap_or_default();
    let rows = listing
        .items
        .iter()
        .map(
            |OrganisationSummary {
                 organisation,
                 members,
             }| OrgRow::new(s, organisation, *members),
        )
        .collect();
    let page = ListPage {
        rows,
        total: listing.total,
        pager: Pager::new(&base, page.number(), listing.total),
        kinds: choices::org_kinds(s),
        states: choices::states(s),
        q,
        s,
    };
    Ok(Html(page.render()?))
}

#[derive(Template)]
#[template(path = "organisation_form.html")]
struct FormPage<'a> {
    s: &'a Shell,
    /// None for a new organisation.
    id: Option<Uuid>,
    input: OrganisationInput,
    errors: FormErrors,
    kinds: Vec<Choice>,
    states: (Vec<Choice>, Vec<Choice>),
}

fn form_page<'a>(
    s: &'a Shell,
    id: Option<Uuid>,
    input: OrganisationInput,
    errors: FormErrors,
) -> FormPage<'a> {
    FormPage {
        s,
        id,
        input,
        errors,
        kinds: choices::org_kinds(s),
        states: choices::states(s),
    }
}

pub async fn new_organisation(ctx: Ctx) -> Result<Html<String>, WebError> {
    ctx.require_manager()?;
    let input = OrganisationInput {
        kind: "shg".into(),
        ..Default::default()
    };
    Ok(Html(
        form_page(&ctx.shell, None, input, FormErrors::default()).render()?,
    ))
}

pub async fn edit_organisation(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
) -> Result<Html<String>, WebError> {
    ctx.require_manager()?;
    let org = state.store.organisation(id).await?;
    Ok(Html(
        form_page(
            &ctx.shell,
            Some(id),
            org.draft.to_input(),
            FormErrors::default(),
        )
        .render()?,
    ))
}

/// Creates (no id) or updates an organisation from the form.
async fn save(
    state: &AppState,
    ctx: &Ctx,
    id: Option<Uuid>,
    input: OrganisationInput,
) -> Result<Response, WebError> {
    ctx.require_manager()?;
    let s = &ctx.shell;
    let errors = match OrganisationDraft::check(&input) {
        Ok(draft) => {
            let saved = match id {
                Some(id) => state.store.update_organisation(id, &draft).await,
                None => state.store.create_organisation(&draft).await,
            };
            match saved {
                Ok(org) => {
                    return Ok(Redirect::to(&format!("/organisations/{}", org.id)).into_response())
                }
                Err(StoreError::Conflict(_)) => {
                    let mut errors = FormErrors::default();
                    errors.add("name", s.tr.t("problem-name-taken"));
                    errors
                }
                Err(e) => return Err(e.into()),
            }
        }
        Err(invalid) => FormErrors::from_invalid(s.tr, &invalid),
    };
    let html = form_page(s, id, input, errors).render()?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
}

pub async fn create_organisation(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    CsrfForm(input): CsrfForm<OrganisationInput>,
) -> Result<Response, WebError> {
    save(&state, &ctx, None, input).await
}

pub async fn update_organisation(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    CsrfForm(input): CsrfForm<OrganisationInput>,
) -> Result<Response, WebError> {
    state.store.organisation(id).await?;
    save(&state, &ctx, Some(id), input).await
}

#[derive(Template)]
#[template(path = "organisation_show.html")]
struct ShowPage<'a> {
    s: &'a Shell,
    org: OrgRow,
    members: Vec<(MemberRow, bool)>,
    pager: Pager,
    can_report: bool,
}

/// An organisation and its members: for managers, and for the organisation's own members (an
/// SHG's leader sees who is in the group). Others get "not found", not a hint that it exists.
pub async fn show_organisation(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Query(page): Query<PageQuery>,
) -> Result<Html<String>, WebError> {
    let me = ctx.member()?;
    let mine = state.store.memberships(me.id).await?;
    let leads = mine
        .iter()
        .any(|m| m.organisation.id == id && m.role == OrgRole::Leader);
    if !me.roles.can_manage_members() && !mine.iter().any(|m| m.organisation.id == id) {
        return Err(WebError::NotFound);
    }
    let org = state.store.organisation(id).await?;
    let listing = state.store.organisation_members(id, page.window()).await?;
    let s = &ctx.shell;
    let members = listing
        .items
        .iter()
        .map(|(m, role)| (MemberRow::new(s, m), role.as_str() == "leader"))
        .collect();
    let page = ShowPage {
        org: OrgRow::new(s, &org, listing.total),
        members,
        pager: Pager::new("", page.number(), listing.total),
        can_report: leads || me.roles.can_manage_members(),
        s,
    };
    Ok(Html(page.render()?))
}
