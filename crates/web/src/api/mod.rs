//! The JSON API under `/api/v1`, for partners' scripts and systems: the same data and the same
//! permission rules as the pages, reached with a personal access token (`Authorization:
//! Bearer …`) that an admin made for a member, with scopes. Errors are
//! `application/problem+json`. Lists page with an opaque cursor. The OpenAPI 3.1 description
//! at `/api/v1/openapi.json` is generated from these handlers and types.

use std::sync::OnceLock;

use academy_domain::{Member, Role};
use academy_store::{ApiToken, StoreError};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use serde::Serialize;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;

mod field;
mod learning;
mod members;
mod reports;

/// What a token may be used for.
pub const SCOPES: &[(&str, &str)] = &[
    ("members:read", "members and organisations"),
    ("learning:read", "modules, progress and certificates"),
    ("field:read", "cohorts, sessions and attendance"),
    ("reports:read", "the report indicators"),
];

/// An error, as RFC 9457 describes it.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// A URI naming the kind of problem.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    /// What went wrong with this request, naming the parameter when one was wrong.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl Problem {
    pub fn new(status: StatusCode, detail: impl Into<Option<String>>) -> Problem {
        let title = status.canonical_reason().unwrap_or("Error").to_string();
        Problem {
            kind: format!(
                "/api/v1/problems/{}",
                title.to_lowercase().replace(' ', "-")
            ),
            title,
            status: status.as_u16(),
            detail: detail.into(),
        }
    }

    pub fn bad_parameter(name: &str, why: &str) -> Problem {
        Problem::new(StatusCode::BAD_REQUEST, Some(format!("{name}: {why}")))
    }

    pub fn not_found() -> Problem {
        Problem::new(StatusCode::NOT_FOUND, None)
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = (status, Json(self)).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        response
    }
}

impl From<StoreError> for Problem {
    fn from(e: StoreError) -> Problem {
        match e {
            StoreError::NotFound => Problem::not_found(),
            e => {
                tracing::error!(error = %e, "API request failed");
                Problem::new(StatusCode::INTERNAL_SERVER_ERROR, None)
            }
        }
    }
}

/// Who is calling: the token and the member it acts for.
pub struct Caller {
    pub token: ApiToken,
    pub member: Member,
}

impl Caller {
    /// The token carries `scope`.
    pub fn need(&self, scope: &str) -> Result<(), Problem> {
        if self.token.scopes.iter().any(|s| s == scope) {
            Ok(())
        } else {
            Err(Problem::new(
                StatusCode::FORBIDDEN,
                Some(format!("this token lacks the scope {scope}")),
            ))
        }
    }

    /// The member manages the registry (as on the pages: managers and admins).
    pub fn manages(&self) -> bool {
        self.member.roles.can_manage_members()
    }

    pub fn need_manager(&self) -> Result<(), Problem> {
        if self.manages() {
            Ok(())
        } else {
            Err(Problem::new(
                StatusCode::FORBIDDEN,
                Some("this is for managers and admins".into()),
            ))
        }
    }

    /// May see this member: themselves, a manager, or a facilitator of one of their cohorts.
    pub async fn may_see(&self, state: &AppState, member: &Member) -> Result<bool, Problem> {
        Ok(self.member.id == member.id
            || self.manages()
            || (self.member.roles.has(Role::Facilitator)
                && state.store.facilitates(self.member.id, member.id).await?))
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Problem> {
        let unauthorised = |why: &str| Problem::new(StatusCode::UNAUTHORIZED, Some(why.into()));
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .ok_or_else(|| unauthorised("send a personal access token: Authorization: Bearer …"))?;
        let token = state
            .store
            .api_token_by_hash(&crate::token_hash(token))
            .await?
            .ok_or_else(|| unauthorised("unknown token"))?;
        if token.revoked_at.is_some() {
            return Err(unauthorised("this token has been revoked"));
        }
        let member = state.store.member(token.member).await?;
        state
            .store
            .api_token_used(token.id, time::OffsetDateTime::now_utc())
            .await?;
        Ok(Caller { token, member })
    }
}

/// A page of a list and where the next one starts.
#[derive(Debug, Serialize, ToSchema)]
pub struct Paged<T> {
    pub items: Vec<T>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

/// Page sizes: 100 unless asked otherwise, at most 1,000.
pub fn page_size(limit: Option<u32>) -> Result<i64, Problem> {
    match limit {
        None => Ok(100),
        Some(n @ 1..=1000) => Ok(i64::from(n)),
        Some(_) => Err(Problem::bad_parameter("limit", "must be from 1 to 1000")),
    }
}

struct Security;

impl Modify for Security {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "A personal access token an admin made on /admin/api, with scopes",
                    ))
                    .build(),
            ),
        );
    }
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "ASM Learning Academy API",
        description = "Members, organisations, modules, progress, certificates, cohorts, \
                       sessions, attendance and report indicators of the ASM Learning Academy, \
                       with the permission rules of its pages. See docs/api.md.",
        license(name = "AGPL-3.0-or-later")
    ),
    modifiers(&Security),
    security(("token" = []))
)]
struct ApiDoc;

fn build() -> (Router<AppState>, utoipa::openapi::OpenApi) {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(members::list_members))
        .routes(routes!(members::get_member))
        .routes(routes!(members::list_organisations))
        .routes(routes!(learning::list_modules))
        .routes(routes!(learning::member_progress))
        .routes(routes!(learning::member_certificates))
        .routes(routes!(field::list_cohorts))
        .routes(routes!(field::cohort_sessions))
        .routes(routes!(field::session_attendance))
        .routes(routes!(reports::indicators))
        .split_for_parts()
}

/// The OpenAPI description, generated once.
pub fn openapi() -> &'static utoipa::openapi::OpenApi {
    static DOC: OnceLock<utoipa::openapi::OpenApi> = OnceLock::new();
    DOC.get_or_init(|| {
        let mut doc = build().1;
        doc.servers = Some(vec![utoipa::openapi::Server::new("/api/v1")]);
        doc
    })
}

async fn openapi_json() -> Response {
    Json(openapi()).into_response()
}

/// The API's routes, nested under `/api/v1`.
pub fn router() -> Router<AppState> {
    let api = build()
        .0
        .route("/openapi.json", axum::routing::get(openapi_json))
        .fallback(|| async { Problem::not_found() });
    Router::new().nest("/api/v1", api)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_openapi_description_is_what_the_code_says() {
        let json = serde_json::to_value(super::openapi()).expect("serialisable");
        assert_eq!(json["openapi"], "3.1.0");
        insta::assert_json_snapshot!("openapi", json);
    }
}
