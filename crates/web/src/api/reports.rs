//! The report indicators, grouped and filtered as on `/reports`.

use academy_domain::period::Period;
use academy_domain::{Gender, StakeholderType, State as Place};
use academy_store::{Dimension, ReportFilter, AGE_BANDS};
use axum::extract::{Query, State};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{Caller, Problem};
use crate::AppState;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct IndicatorQuery {
    /// Rows by `gender` (default), `state`, `district`, `stakeholder`, `age`, `month`,
    /// `quarter` or `year`.
    by: Option<String>,
    gender: Option<String>,
    state: Option<String>,
    district: Option<String>,
    stakeholder_type: Option<String>,
    /// `15-24`, `25-34`, `35-44`, `45-59` or `60+`.
    age: Option<String>,
    /// A module id: only its lessons, completions, certificates and tests.
    module: Option<String>,
    /// `2026`, `2026-Q3` or `2026-07` (India time).
    period: Option<String>,
}

/// The counting indicators of one group.
#[derive(Debug, Serialize, ToSchema)]
pub struct IndicatorOut {
    /// The group's value (`woman`, `JH`, `2026-Q3`, …); empty for members without one.
    pub group: String,
    pub members: i64,
    /// Members with a learning record in the last 30 and 90 days (absent for rows that are
    /// periods of time).
    pub active_30: Option<i64>,
    pub active_90: Option<i64>,
    pub lessons_completed: i64,
    pub modules_completed: i64,
    pub certificates: i64,
    pub sessions_attended: i64,
}

fn some(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

fn bad(name: &str, value: &str) -> Problem {
    Problem::bad_parameter(name, &format!("{value:?} is not one of the allowed values"))
}

/// Indicators by one dimension, disaggregated as the programme reports them (managers).
#[utoipa::path(
    get,
    path = "/reports/indicators",
    params(IndicatorQuery),
    responses(
        (status = 200, description = "One row per group", body = Vec<IndicatorOut>),
        (status = 400, description = "A parameter is wrong; `detail` names it", body = Problem, content_type = "application/problem+json")
    ),
    tag = "reports"
)]
pub async fn indicators(
    State(state): State<AppState>,
    caller: Caller,
    Query(q): Query<IndicatorQuery>,
) -> Result<Json<Vec<IndicatorOut>>, Problem> {
    caller.need("reports:read")?;
    caller.need_manager()?;
    let by = match some(&q.by).unwrap_or("gender") {
        "gender" => Dimension::Gender,
        "state" => Dimension::State,
        "district" => Dimension::District,
        "stakeholder" => Dimension::Stakeholder,
        "age" => Dimension::AgeBand,
        "month" => Dimension::Month,
        "quarter" => Dimension::Quarter,
        "year" => Dimension::Year,
        other => return Err(bad("by", other)),
    };
    let filter = ReportFilter {
        gender: some(&q.gender)
            .map(|v| Gender::parse("gender", v).map_err(|_| bad("gender", v)))
            .transpose()?,
        state: some(&q.state)
            .map(|v| Place::parse("state", v).map_err(|_| bad("state", v)))
            .transpose()?,
        district: some(&q.district).map(academy_domain::text::clean),
        stakeholder: some(&q.stakeholder_type)
            .map(|v| {
                StakeholderType::parse("stakeholder_type", v)
                    .map_err(|_| bad("stakeholder_type", v))
            })
            .transpose()?,
        organisation: None,
        cohort: None,
        age_band: some(&q.age)
            .map(|v| {
                AGE_BANDS
                    .contains(&v)
                    .then(|| v.to_string())
                    .ok_or_else(|| bad("age", v))
            })
            .transpose()?,
        module: some(&q.module).map(String::from),
        period: some(&q.period)
            .map(|v| Period::parse("period", v).map_err(|_| bad("period", v)))
            .transpose()?,
    };
    let rows = state
        .store
        .report_indicators(&filter, by, time::OffsetDateTime::now_utc())
        .await?;
    Ok(Json(
        rows.into_iter()
            .map(|r| IndicatorOut {
                group: r.group,
                members: r.members,
                active_30: r.active_30,
                active_90: r.active_90,
                lessons_completed: r.lessons_completed,
                modules_completed: r.modules_completed,
                certificates: r.certificates,
                sessions_attended: r.sessions_attended,
            })
            .collect(),
    ))
}
