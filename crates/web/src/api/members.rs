//! Members and organisations.

use academy_domain::{Gender, Member, MemberCode, OrgKind, Role, StakeholderType, State as Place};
use academy_store::{MemberFilter, OrganisationFilter, Page};
use axum::extract::{Path, Query, State};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{page_size, Caller, Paged, Problem};
use crate::AppState;

/// A member, as the registry holds them.
#[derive(Debug, Serialize, ToSchema)]
pub struct MemberOut {
    /// The member code, such as `JH-0001234`: the member's id in the API.
    pub code: String,
    pub full_name: String,
    /// Ten digits, when the member gave a phone number.
    pub phone: Option<String>,
    /// `woman`, `man`, `another` or `unstated`.
    pub gender: String,
    pub birth_year: Option<i32>,
    /// Two-letter state code, such as `JH`.
    pub state: String,
    pub district: Option<String>,
    pub village: Option<String>,
    pub stakeholder_type: String,
    /// `en`, `hi`, `or` or `bn`.
    pub language: String,
    pub roles: Vec<String>,
    /// When the member joined (RFC 3339).
    pub created_at: String,
}

pub fn rfc3339(at: time::OffsetDateTime) -> String {
    at.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

impl From<&Member> for MemberOut {
    fn from(m: &Member) -> Self {
        MemberOut {
            code: m.code.as_str().to_string(),
            full_name: m.draft.full_name.clone(),
            phone: m.draft.phone.as_ref().map(|p| p.as_str().to_string()),
            gender: m.draft.gender.as_str().to_string(),
            birth_year: m.draft.birth_year,
            state: m.draft.state.code().to_string(),
            district: m.draft.district.clone(),
            village: m.draft.village.clone(),
            stakeholder_type: m.draft.stakeholder.as_str().to_string(),
            language: m.draft.language.as_str().to_string(),
            roles: m.roles.iter().map(|r| r.as_str().to_string()).collect(),
            created_at: rfc3339(m.created_at),
        }
    }
}

/// The filters of the members page, and paging.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MemberQuery {
    /// `woman`, `man`, `another` or `unstated`.
    gender: Option<String>,
    /// Two-letter state code.
    state: Option<String>,
    district: Option<String>,
    /// `miner`, `community_leader`, `value_chain_agent`, …
    stakeholder_type: Option<String>,
    /// `learner`, `facilitator`, `author`, `manager`, `admin`, `expert` or `moderator`.
    role: Option<String>,
    /// Part of a name, a phone number or a member code.
    q: Option<String>,
    /// From `next_cursor` of the page before.
    cursor: Option<String>,
    /// Items per page, 1 to 1000 (default 100).
    limit: Option<u32>,
}

fn word<T>(
    name: &str,
    value: &Option<String>,
    parse: impl Fn(&str) -> Option<T>,
) -> Result<Option<T>, Problem> {
    match value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => parse(v).map(Some).ok_or_else(|| {
            Problem::bad_parameter(name, &format!("{v:?} is not one of the allowed values"))
        }),
    }
}

/// Members, newest first, filtered as on the members page (managers and admins).
#[utoipa::path(
    get,
    path = "/members",
    params(MemberQuery),
    responses(
        (status = 200, description = "A page of members", body = Paged<MemberOut>),
        (status = 400, description = "A parameter is wrong; `detail` names it", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token lacks `members:read`, or its member is not a manager", body = Problem, content_type = "application/problem+json")
    ),
    tag = "members"
)]
pub async fn list_members(
    State(state): State<AppState>,
    caller: Caller,
    Query(q): Query<MemberQuery>,
) -> Result<Json<Paged<MemberOut>>, Problem> {
    caller.need("members:read")?;
    caller.need_manager()?;
    let filter = MemberFilter {
        gender: word("gender", &q.gender, |v| Gender::parse("gender", v).ok())?,
        state: word("state", &q.state, |v| Place::parse("state", v).ok())?,
        district: q.district.clone().filter(|d| !d.trim().is_empty()),
        stakeholder: word("stakeholder_type", &q.stakeholder_type, |v| {
            StakeholderType::parse("stakeholder_type", v).ok()
        })?,
        organisation: None,
        role: word("role", &q.role, |v| Role::parse("role", v).ok())?,
        query: q.q.clone().filter(|v| !v.trim().is_empty()),
    };
    let before = match q.cursor.as_deref() {
        None | Some("") => None,
        Some(c) => Some(
            uuid::Uuid::parse_str(c)
                .map_err(|_| Problem::bad_parameter("cursor", "is not a cursor this API gave"))?,
        ),
    };
    let limit = page_size(q.limit)?;
    let members = state.store.members_page(&filter, before, limit).await?;
    let next_cursor = (members.len() as i64 == limit)
        .then(|| members.last().map(|m| m.id.simple().to_string()))
        .flatten();
    Ok(Json(Paged {
        items: members.iter().map(MemberOut::from).collect(),
        next_cursor,
    }))
}

/// The member with this code, when the caller may see them: themselves, a manager, or a
/// facilitator of one of their cohorts.
pub async fn member_by_code(
    state: &AppState,
    caller: &Caller,
    code: &str,
) -> Result<Member, Problem> {
    let code = MemberCode::parse("code", code)
        .map_err(|_| Problem::bad_parameter("code", "is not a member code like JH-0001234"))?;
    let member = state.store.member_by_code(&code).await?;
    // Someone the caller may not see is reported as not found, as on the pages.
    if caller.may_see(state, &member).await? {
        Ok(member)
    } else {
        Err(Problem::not_found())
    }
}

/// One member.
#[utoipa::path(
    get,
    path = "/members/{code}",
    params(("code" = String, Path, description = "Member code, such as JH-0001234")),
    responses(
        (status = 200, description = "The member", body = MemberOut),
        (status = 404, description = "No such member, or not one the caller may see", body = Problem, content_type = "application/problem+json")
    ),
    tag = "members"
)]
pub async fn get_member(
    State(state): State<AppState>,
    caller: Caller,
    Path(code): Path<String>,
) -> Result<Json<MemberOut>, Problem> {
    caller.need("members:read")?;
    let member = member_by_code(&state, &caller, &code).await?;
    Ok(Json(MemberOut::from(&member)))
}

/// An organisation: a self-help group, an AFM chapter, a company, a university, …
#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationOut {
    pub id: uuid::Uuid,
    pub name: String,
    pub kind: String,
    pub state: String,
    pub district: Option<String>,
    pub village: Option<String>,
    pub members: i64,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OrganisationQuery {
    /// `shg`, `afm_chapter`, `cooperative`, `company`, `university`, `ngo`, `government` or `other`.
    kind: Option<String>,
    state: Option<String>,
    /// Part of the name.
    q: Option<String>,
    cursor: Option<String>,
    limit: Option<u32>,
}

/// Organisations by name (managers and admins).
#[utoipa::path(
    get,
    path = "/organisations",
    params(OrganisationQuery),
    responses(
        (status = 200, description = "A page of organisations", body = Paged<OrganisationOut>),
        (status = 400, description = "A parameter is wrong", body = Problem, content_type = "application/problem+json")
    ),
    tag = "members"
)]
pub async fn list_organisations(
    State(state): State<AppState>,
    caller: Caller,
    Query(q): Query<OrganisationQuery>,
) -> Result<Json<Paged<OrganisationOut>>, Problem> {
    caller.need("members:read")?;
    caller.need_manager()?;
    let filter = OrganisationFilter {
        kind: word("kind", &q.kind, |v| OrgKind::parse("kind", v).ok())?,
        state: word("state", &q.state, |v| Place::parse("state", v).ok())?,
        query: q.q.clone().filter(|v| !v.trim().is_empty()),
    };
    // Organisations are few (hundreds): the cursor is the position in the list by name.
    let offset = match q.cursor.as_deref() {
        None | Some("") => 0,
        Some(c) => c
            .strip_prefix("o")
            .and_then(|n| n.parse::<i64>().ok())
            .filter(|n| *n >= 0)
            .ok_or_else(|| Problem::bad_parameter("cursor", "is not a cursor this API gave"))?,
    };
    let limit = page_size(q.limit)?;
    let list = state
        .store
        .list_organisations(&filter, Page { offset, limit })
        .await?;
    let next = offset + list.items.len() as i64;
    Ok(Json(Paged {
        items: list
            .items
            .iter()
            .map(|o| OrganisationOut {
                id: o.organisation.id,
                name: o.organisation.draft.name.clone(),
                kind: o.organisation.draft.kind.as_str().to_string(),
                state: o.organisation.draft.state.code().to_string(),
                district: o.organisation.draft.district.clone(),
                village: o.organisation.draft.village.clone(),
                members: o.members,
            })
            .collect(),
        next_cursor: (next < list.total).then(|| format!("o{next}")),
    }))
}
