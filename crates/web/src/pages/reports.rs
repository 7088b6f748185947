//! Reports for managers: who learned what, where — by gender first. Every figure is counted
//! in the database from the learning records; the charts are SVG drawn here, so the page
//! needs no JavaScript and prints as it shows. The tables to take away are in
//! `report_tables.rs`.

use academy_domain::period::Period;
use academy_domain::{Gender, StakeholderType, State};
use academy_store::{Dimension, GainRow, IndicatorRow, ReportFilter, SessionTotals, AGE_BANDS};
use askama::Template;
use axum::extract::{Path, Query, State as AxState};
use axum::response::Html;
use serde::{Deserialize, Serialize};

use super::choices::{self, Choice};
use crate::context::Shell;
use crate::i18n::Arg;
use crate::{AppState, Ctx, WebError};

/// Cells counting fewer people than this are shown as "< 5" wherever a table is shared.
pub const SMALL_CELL: i64 = 5;

/// The report's filters as typed in the query string.
#[derive(Debug, Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct ReportQuery {
    gender: String,
    state: String,
    district: String,
    stakeholder: String,
    age: String,
    module: String,
    period: String,
    /// An organisation's name, any case.
    organisation: String,
    cohort: String,
    by: String,
}

/// The filters a query asks for, and a message for each field that could not be read.
pub(super) struct Resolved {
    pub filter: ReportFilter,
    pub period: Option<Period>,
    pub problems: Vec<String>,
}

impl ReportQuery {
    pub(super) async fn resolve(&self, state: &AppState, s: &Shell) -> Result<Resolved, WebError> {
        let mut problems = Vec::new();
        let mut bad = |field: &str, value: &str| {
            problems.push(s.ta(
                "report-bad-filter",
                &[
                    ("field", Arg::Text(s.tr.t(field))),
                    ("value", Arg::Text(value.to_string())),
                ],
            ));
        };
        let period = match self.period.trim() {
            "" => None,
            text => Period::parse("period", text)
                .map_err(|_| bad("report-period", text))
                .ok(),
        };
        let organisation = match self.organisation.trim() {
            "" => None,
            name => match state.store.organisation_by_name(name).await? {
                Some(o) => Some(o.id),
                None => {
                    bad("report-organisation", name);
                    None
                }
            },
        };
        let cohort = match self.cohort.trim() {
            "" => None,
            id => uuid::Uuid::parse_str(id)
                .map_err(|_| bad("report-cohort", id))
                .ok(),
        };
        let filter = ReportFilter {
            gender: Gender::parse("gender", &self.gender).ok(),
            state: State::parse("state", &self.state).ok(),
            district: Some(academy_domain::text::clean(&self.district)).filter(|d| !d.is_empty()),
            stakeholder: StakeholderType::parse("stakeholder", &self.stakeholder).ok(),
            organisation,
            cohort,
            age_band: AGE_BANDS
                .contains(&self.age.as_str())
                .then(|| self.age.clone()),
            module: Some(self.module.trim().to_string()).filter(|m| !m.is_empty()),
            period: period.clone(),
        };
        Ok(Resolved {
            filter,
            period,
            problems,
        })
    }

    pub(super) fn dimension(&self) -> Dimension {
        match self.by.as_str() {
            "state" => Dimension::State,
            "district" => Dimension::District,
            "stakeholder" => Dimension::Stakeholder,
            "age" => Dimension::AgeBand,
            "month" => Dimension::Month,
            "quarter" => Dimension::Quarter,
            "year" => Dimension::Year,
            _ => Dimension::Gender,
        }
    }
}

/// A row of the indicator table, labelled in the reader's language.
pub struct Row {
    pub label: String,
    pub n: IndicatorRow,
}

/// A module's knowledge gain, all members and women, with bar lengths for the chart.
pub struct Gain {
    pub title: String,
    pub n: i64,
    pub pre: f64,
    pub post: f64,
    pub women_n: i64,
    pub women_gain: Option<f64>,
}

impl Gain {
    pub fn gain(&self) -> f64 {
        self.post - self.pre
    }
}

#[derive(Template)]
#[template(path = "reports.html")]
struct ReportPage<'a> {
    s: &'a Shell,
    q: ReportQuery,
    query_string: String,
    period: Option<String>,
    rows: Vec<Row>,
    total: IndicatorRow,
    women: i64,
    sessions: SessionTotals,
    gains: Vec<Gain>,
    months_svg: String,
    genders: Vec<Choice>,
    stakeholders: Vec<Choice>,
    states: (Vec<Choice>, Vec<Choice>),
    dimensions: Vec<Choice>,
    modules: Vec<Choice>,
    cohorts: Vec<Choice>,
    problems: Vec<String>,
    this_quarter: String,
    /// An organisation's own view: small numbers hidden, no exports.
    shared: bool,
    action: String,
    heading: String,
}

impl ReportPage<'_> {
    /// "12 (48%)": a count and its share of all members in the report.
    pub fn share(&self, n: impl std::borrow::Borrow<i64>) -> String {
        let n = n.borrow();
        if self.total.members == 0 || (self.shared && *n < SMALL_CELL) {
            return self.count(*n);
        }
        format!(
            "{} ({}%)",
            self.s.tr.num(*n),
            self.s.tr.num(n * 100 / self.total.members)
        )
    }

    /// A count that may not apply (who is active, on rows that are months): a dash then.
    pub fn maybe(&self, n: &Option<i64>) -> String {
        n.map(|n| self.count(n)).unwrap_or_else(|| "—".into())
    }

    /// A count, or "< 5" on a shared page.
    pub fn count(&self, n: impl std::borrow::Borrow<i64>) -> String {
        let n = *n.borrow();
        if self.shared && n > 0 && n < SMALL_CELL {
            "< 5".into()
        } else {
            self.s.tr.num(n)
        }
    }

    pub fn pct(&self, x: impl std::borrow::Borrow<f64>) -> String {
        format!("{}%", self.s.tr.num(x.borrow().round() as i64))
    }

    /// The women's gain and their n, or a dash when no woman took both tests.
    pub fn women_gain(&self, g: &Gain) -> String {
        match g.women_gain {
            Some(w) => format!("{} (n={})", self.pct(w), self.s.tr.num(g.women_n)),
            None => "—".into(),
        }
    }

    pub fn average_attendance(&self) -> String {
        if self.sessions.held == 0 {
            return "—".into();
        }
        format!(
            "{:.1}",
            self.sessions.attendances as f64 / self.sessions.held as f64
        )
    }
}

pub(super) fn label(s: &Shell, by: Dimension, group: &str) -> String {
    if group.is_empty() {
        return s.tr.t("report-not-stated");
    }
    match by {
        Dimension::Gender => s.tr.t(&format!("gender-{group}")),
        Dimension::State => State::parse("state", group)
            .map(|st| choices::state_name(s, st))
            .unwrap_or_else(|_| group.into()),
        Dimension::Stakeholder => s.tr.t(&format!("stakeholder-{}", group.replace('_', "-"))),
        _ => group.into(),
    }
}

fn sum(rows: &[IndicatorRow]) -> IndicatorRow {
    let add = |a: Option<i64>, b: Option<i64>| b.map(|b| a.unwrap_or(0) + b);
    let start = IndicatorRow {
        active_30: Some(0),
        active_90: Some(0),
        ..Default::default()
    };
    rows.iter().fold(start, |mut t, r| {
        t.members += r.members;
        t.active_30 = add(t.active_30, r.active_30);
        t.active_90 = add(t.active_90, r.active_90);
        t.lessons_completed += r.lessons_completed;
        t.modules_completed += r.modules_completed;
        t.certificates += r.certificates;
        t.sessions_attended += r.sessions_attended;
        t
    })
}

/// Knowledge gain per module: all members, and women alone.
pub(super) fn gains(state: &AppState, s: &Shell, rows: &[GainRow]) -> Vec<Gain> {
    let published = state.catalogue.current();
    let mut out: Vec<Gain> = Vec::new();
    for module in &published.curriculum.modules {
        let of: Vec<&GainRow> = rows.iter().filter(|r| r.module == module.id).collect();
        let n: i64 = of.iter().map(|r| r.n).sum();
        if n == 0 {
            continue;
        }
        let weighted =
            |f: fn(&GainRow) -> f64| of.iter().map(|r| f(r) * r.n as f64).sum::<f64>() / n as f64;
        let women = of.iter().find(|r| r.group == "woman");
        out.push(Gain {
            title: format!("{}. {}", module.number, module.title.text(s.tr.lang)),
            n,
            pre: weighted(|r| r.pre),
            post: weighted(|r| r.post),
            women_n: women.map(|w| w.n).unwrap_or(0),
            women_gain: women.map(|w| w.post - w.pre),
        });
    }
    out
}

/// Modules completed per month as a bar chart, named `label` for screen readers.
fn months_chart(months: &[(String, i64)], label: &str) -> String {
    let max = months.iter().map(|m| m.1).max().unwrap_or(0).max(1);
    let (bar, gap, height) = (22.0, 6.0, 120.0);
    let width = months.len() as f64 * (bar + gap) + gap;
    let mut svg = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {width} {h}\" width=\"{width}\" height=\"{h}\" role=\"img\" aria-label=\"{label}\">",
        h = height + 34.0,
        label = label.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
    );
    for (i, (month, n)) in months.iter().enumerate() {
        let x = gap + i as f64 * (bar + gap);
        let h = (*n as f64 / max as f64) * height;
        svg.push_str(&format!(
            "<rect x=\"{x}\" y=\"{y}\" width=\"{bar}\" height=\"{h}\" fill=\"#5b2a86\"><title>{month}: {n}</title></rect>\
             <text x=\"{tx}\" y=\"{ty}\" font-size=\"9\" text-anchor=\"middle\">{n}</text>\
             <text x=\"{tx}\" y=\"{my}\" font-size=\"8\" text-anchor=\"middle\">{m}</text>",
            y = height - h + 12.0,
            tx = x + bar / 2.0,
            ty = height - h + 10.0,
            my = height + 26.0,
            m = month.get(2..).unwrap_or(month),
        ));
    }
    svg.push_str("</svg>");
    svg
}

pub async fn show_reports(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Query(q): Query<ReportQuery>,
) -> Result<Html<String>, WebError> {
    ctx.require_manager()?;
    let heading = ctx.shell.tr.t("report-title");
    render_report(&state, &ctx, q, None, heading).await
}

/// An organisation's own report, for its leaders (and managers): the same figures for its
/// members only, with small numbers hidden.
pub async fn show_organisation_report(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path(id): Path<uuid::Uuid>,
    Query(q): Query<ReportQuery>,
) -> Result<Html<String>, WebError> {
    let me = ctx.member()?;
    let org = state.store.organisation(id).await?;
    if !me.roles.can_manage_members() {
        let leads = state
            .store
            .memberships(me.id)
            .await?
            .iter()
            .any(|m| m.organisation.id == id && m.role == academy_domain::OrgRole::Leader);
        if !leads {
            return Err(WebError::NotFound);
        }
    }
    render_report(&state, &ctx, q, Some(id), org.draft.name).await
}

async fn render_report(
    state: &AppState,
    ctx: &Ctx,
    q: ReportQuery,
    organisation: Option<uuid::Uuid>,
    heading: String,
) -> Result<Html<String>, WebError> {
    let s = &ctx.shell;
    let Resolved {
        mut filter,
        period,
        problems,
    } = q.resolve(state, s).await?;
    if organisation.is_some() {
        filter.organisation = organisation;
    }
    let by = q.dimension();
    let now = time::OffsetDateTime::now_utc();
    let mut rows = state.store.report_indicators(&filter, by, now).await?;
    // Women first: the academy's first lens.
    rows.sort_by_key(|r| (r.group != "woman", r.group.clone()));
    let by_gender = if by == Dimension::Gender {
        rows.clone()
    } else {
        state
            .store
            .report_indicators(&filter, Dimension::Gender, now)
            .await?
    };
    let women = by_gender
        .iter()
        .find(|r| r.group == "woman")
        .map(|r| r.members)
        .unwrap_or(0);
    let gain_rows = state.store.report_gain(&filter, Dimension::Gender).await?;
    let months = state.store.report_completions_by_month(&filter).await?;
    let page = ReportPage {
        total: sum(&rows),
        rows: rows
            .into_iter()
            .map(|n| Row {
                label: label(s, by, &n.group),
                n,
            })
            .collect(),
        women,
        sessions: state.store.report_sessions(&filter).await?,
        gains: gains(state, s, &gain_rows),
        months_svg: months_chart(&months, &s.tr.t("report-by-month")),
        genders: choices::genders(s),
        stakeholders: choices::stakeholders(s),
        states: choices::states(s),
        dimensions: vec![
            ("gender".into(), s.tr.t("field-gender")),
            ("state".into(), s.tr.t("field-state")),
            ("district".into(), s.tr.t("field-district")),
            ("stakeholder".into(), s.tr.t("field-stakeholder")),
            ("age".into(), s.tr.t("report-age")),
            ("month".into(), s.tr.t("report-by-month-rows")),
            ("quarter".into(), s.tr.t("report-by-quarter-rows")),
            ("year".into(), s.tr.t("report-by-year-rows")),
        ],
        cohorts: state
            .store
            .cohorts(None)
            .await?
            .into_iter()
            .map(|c| (c.cohort.id.to_string(), c.cohort.name))
            .collect(),
        problems,
        modules: state
            .catalogue
            .current()
            .curriculum
            .modules
            .iter()
            .map(|m| {
                (
                    m.id.clone(),
                    format!("{}. {}", m.number, m.title.text(s.tr.lang)),
                )
            })
            .collect(),
        this_quarter: Period::quarter_of(now).name,
        period: period.map(|p| p.name),
        query_string: serde_urlencoded::to_string(&q).unwrap_or_default(),
        shared: organisation.is_some(),
        action: organisation
            .map(|o| format!("/organisations/{o}/report"))
            .unwrap_or_else(|| "/reports".into()),
        heading,
        q,
        s,
    };
    Ok(Html(page.render()?))
}

#[derive(Template)]
#[template(path = "indicators.html")]
struct IndicatorsPage<'a> {
    s: &'a Shell,
    keys: Vec<&'static str>,
}

/// What each indicator means and how it is counted, in plain words.
pub async fn show_definitions(ctx: Ctx) -> Result<Html<String>, WebError> {
    ctx.require_manager()?;
    let keys = vec![
        "members",
        "women",
        "active",
        "lessons",
        "modules",
        "certificates",
        "sessions",
        "attendance",
        "gain",
        "age",
        "small",
    ];
    Ok(Html(
        IndicatorsPage {
            s: &ctx.shell,
            keys,
        }
        .render()?,
    ))
}
