//! `/me/data`: everything the academy keeps about the signed-in member (DPDP Act 2023, s.11),
//! readable and as a JSON file, and erasure at her request (s.12): who she is goes, what she
//! counted for stays.

use academy_store::privacy::PersonalRows;
use askama::Template;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use time::OffsetDateTime;

use crate::context::Shell;
use crate::csrf::CsrfForm;
use crate::i18n::Arg;
use crate::{AppState, Ctx, WebError};

/// A kind of record and how many she has.
struct Section {
    title: String,
    count: String,
}

#[derive(Template)]
#[template(path = "my_data.html")]
struct MyDataPage<'a> {
    s: &'a Shell,
    profile: Vec<(String, String)>,
    consent: String,
    sections: Vec<Section>,
    problem: Option<String>,
    consent_in_force: bool,
    withdrawn: bool,
}

#[derive(Template)]
#[template(path = "erased.html")]
struct ErasedPage<'a> {
    s: &'a Shell,
}

fn text(row: &serde_json::Map<String, serde_json::Value>, key: &str) -> String {
    match row.get(key) {
        Some(serde_json::Value::String(t)) => t.clone(),
        Some(serde_json::Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

async fn page(
    state: &AppState,
    ctx: &Ctx,
    problem: Option<String>,
    withdrawn: bool,
) -> Result<Response, WebError> {
    let me = ctx.member()?;
    let s = &ctx.shell;
    let data = state.store.personal_data(me.id).await?;
    let member = data
        .iter()
        .find(|t| t.table == "members")
        .and_then(|t| t.rows.first())
        .cloned()
        .unwrap_or_default();
    let profile = [
        ("field-code", "code"),
        ("field-full-name", "full_name"),
        ("field-phone", "phone"),
        ("field-gender", "gender"),
        ("field-birth-year", "birth_year"),
        ("field-state", "state"),
        ("field-district", "district"),
        ("field-village", "village"),
        ("field-stakeholder", "stakeholder"),
        ("field-language", "language"),
    ]
    .into_iter()
    .map(|(label, key)| (s.tr.t(label), text(&member, key)))
    .filter(|(_, v)| !v.is_empty())
    .collect();
    let consent_in_force = !text(&member, "consent_on").is_empty();
    let consent = match text(&member, "consent_on") {
        on if on.is_empty() => s.tr.t("my-data-no-consent"),
        on => s.ta(
            "my-data-consent",
            &[
                ("date", Arg::Text(on.chars().take(10).collect())),
                ("by", Arg::Text(text(&member, "consent_by"))),
            ],
        ),
    };
    let sections = data
        .iter()
        .filter(|t| t.table != "members" && !t.rows.is_empty())
        .fold(Vec::<(&str, usize)>::new(), |mut acc, t| {
            match acc.iter_mut().find(|(name, _)| *name == t.table) {
                Some((_, n)) => *n += t.rows.len(),
                None => acc.push((t.table, t.rows.len())),
            }
            acc
        })
        .into_iter()
        .map(|(table, n)| Section {
            title: s
                .tr
                .t(&format!("my-data-table-{}", table.replace('_', "-"))),
            count: s.ta(
                "my-data-rows",
                &[
                    ("count", Arg::Count(n as i64)),
                    ("shown", Arg::Text(s.tr.num(n as i64))),
                ],
            ),
        })
        .collect();
    let status = if problem.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let html = MyDataPage {
        s,
        profile,
        consent,
        sections,
        problem,
        consent_in_force,
        withdrawn,
    }
    .render()?;
    Ok((status, Html(html)).into_response())
}

/// `GET /me/data`.
pub async fn show_my_data(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    page(&state, &ctx, None, false).await
}

/// `GET /me/data.json`: every row about her, table by table.
pub async fn my_data_json(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    let me = ctx.member()?;
    let data: Vec<PersonalRows> = state.store.personal_data(me.id).await?;
    let mut out = serde_json::Map::new();
    out.insert(
        "exported_at".into(),
        serde_json::json!(OffsetDateTime::now_utc()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default()),
    );
    for t in data {
        let rows = out
            .entry(t.table)
            .or_insert_with(|| serde_json::Value::Array(Vec::new()));
        if let Some(list) = rows.as_array_mut() {
            list.extend(t.rows.into_iter().map(serde_json::Value::Object));
        }
    }
    let body = serde_json::to_vec_pretty(&out).map_err(|e| WebError::Internal(e.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"my-data.json\"",
            ),
        ],
        body,
    )
        .into_response())
}

#[derive(Deserialize)]
pub struct EraseForm {
    #[serde(default)]
    confirm: String,
}

/// `POST /me/erase`: erases the signed-in member once she has ticked that she understands.
pub async fn erase_me(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<EraseForm>,
) -> Result<Response, WebError> {
    let me = ctx.member()?;
    if form.confirm != "yes" {
        let problem = ctx.shell.tr.t("my-data-erase-confirm");
        return page(&state, &ctx, Some(problem), false).await;
    }
    state
        .store
        .erase_member(me.id, OffsetDateTime::now_utc())
        .await?;
    ctx.session.flush().await?;
    Ok(Html(ErasedPage { s: &ctx.shell }.render()?).into_response())
}

#[derive(Deserialize)]
pub struct NoFields {}

/// `POST /me/consent/withdraw`: she takes her consent back (DPDP Act s.6(4)); the page then
/// offers erasure.
pub async fn withdraw_consent(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, WebError> {
    let me = ctx.member()?;
    let withdrawn = state
        .store
        .withdraw_consent(me.id, OffsetDateTime::now_utc())
        .await?;
    page(&state, &ctx, None, withdrawn).await
}
