//! Reports for managers: who learned what, where — by gender first. Every figure is counted
//! in the database from the learning records; the charts are SVG drawn here, so the page
//! needs no JavaScript and prints as it shows.

use academy_domain::period::Period;
use academy_domain::{Gender, StakeholderType, State};
use academy_store::{Dimension, GainRow, IndicatorRow, ReportFilter, SessionTotals};
use askama::Template;
use axum::extract::{Path, Query, State as AxState};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use serde::{Deserialize, Serialize};

use super::choices::{self, Choice};
use crate::context::Shell;
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
    by: String,
}

impl ReportQuery {
    fn filter(&self) -> (ReportFilter, Option<Period>) {
        let period = Period::parse("period", &self.period).ok();
        let this_year = time::OffsetDateTime::now_utc().year();
        let born = match self.age.as_str() {
            "15-24" => Some((this_year - 24, this_year - 15)),
            "25-34" => Some((this_year - 34, this_year - 25)),
            "35-44" => Some((this_year - 44, this_year - 35)),
            "45-59" => Some((this_year - 59, this_year - 45)),
            "60+" => Some((1900, this_year - 60)),
            _ => None,
        };
        let filter = ReportFilter {
            gender: Gender::parse("gender", &self.gender).ok(),
            state: State::parse("state", &self.state).ok(),
            district: Some(academy_domain::text::clean(&self.district)).filter(|d| !d.is_empty()),
            stakeholder: StakeholderType::parse("stakeholder", &self.stakeholder).ok(),
            born,
            module: Some(self.module.trim().to_string()).filter(|m| !m.is_empty()),
            from: period.as_ref().map(|p| p.from),
            to: period.as_ref().map(|p| p.to),
            ..Default::default()
        };
        (filter, period)
    }

    fn dimension(&self) -> Dimension {
        match self.by.as_str() {
            "state" => Dimension::State,
            "district" => Dimension::District,
            "stakeholder" => Dimension::Stakeholder,
            "age" => Dimension::AgeBand,
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

fn label(s: &Shell, by: Dimension, group: &str) -> String {
    if group.is_empty() {
        return s.t("report-not-stated");
    }
    match by {
        Dimension::Gender => s.t(&format!("gender-{group}")),
        Dimension::State => State::parse("state", group)
            .map(|st| choices::state_name(s, st))
            .unwrap_or_else(|_| group.into()),
        Dimension::Stakeholder => s.t(&format!("stakeholder-{}", group.replace('_', "-"))),
        Dimension::District | Dimension::AgeBand => group.into(),
    }
}

fn sum(rows: &[IndicatorRow]) -> IndicatorRow {
    rows.iter().fold(IndicatorRow::default(), |mut t, r| {
        t.members += r.members;
        t.active_30 += r.active_30;
        t.active_90 += r.active_90;
        t.lessons_completed += r.lessons_completed;
        t.modules_completed += r.modules_completed;
        t.sessions_attended += r.sessions_attended;
        t
    })
}

/// Knowledge gain per module: all members, and women alone.
fn gains(state: &AppState, s: &Shell, rows: &[GainRow]) -> Vec<Gain> {
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

/// Modules completed per month as a bar chart.
fn months_chart(months: &[(String, i64)]) -> String {
    let max = months.iter().map(|m| m.1).max().unwrap_or(0).max(1);
    let (bar, gap, height) = (22.0, 6.0, 120.0);
    let width = months.len() as f64 * (bar + gap) + gap;
    let mut svg = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {width} {h}\" width=\"{width}\" height=\"{h}\" role=\"img\" aria-label=\"\">",
        h = height + 34.0
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
    let heading = ctx.shell.t("report-title");
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
    let (mut filter, period) = q.filter();
    filter.organisation = organisation;
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
        months_svg: months_chart(&months),
        genders: choices::genders(s),
        stakeholders: choices::stakeholders(s),
        states: choices::states(s),
        dimensions: vec![
            ("gender".into(), s.t("field-gender")),
            ("state".into(), s.t("field-state")),
            ("district".into(), s.t("field-district")),
            ("stakeholder".into(), s.t("field-stakeholder")),
            ("age".into(), s.t("report-age")),
        ],
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

/// A count as shared outside the office: fewer than five people is "< 5".
pub fn shared(n: i64) -> String {
    if n > 0 && n < SMALL_CELL {
        "< 5".into()
    } else {
        n.to_string()
    }
}

/// The indicator table as CSV (UTF-8 with a byte-order mark, so spreadsheets show Indic
/// text), with small cells hidden: this file leaves the academy.
pub async fn export_csv(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path(table): Path<String>,
    Query(q): Query<ReportQuery>,
) -> Result<Response, WebError> {
    ctx.require_manager()?;
    let s = &ctx.shell;
    let (filter, _) = q.filter();
    let by = q.dimension();
    let mut out = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let fail = |e: csv::Error| WebError::Paper(e.to_string());
    match table.as_str() {
        "indicators.csv" => {
            let rows = state
                .store
                .report_indicators(&filter, by, time::OffsetDateTime::now_utc())
                .await?;
            out.write_record([
                s.t("report-group").as_str(),
                &s.t("report-members"),
                &s.t("report-active-30"),
                &s.t("report-active-90"),
                &s.t("report-lessons"),
                &s.t("report-modules"),
                &s.t("report-attended"),
            ])
            .map_err(fail)?;
            for r in &rows {
                out.write_record([
                    label(s, by, &r.group),
                    shared(r.members),
                    shared(r.active_30),
                    shared(r.active_90),
                    shared(r.lessons_completed),
                    shared(r.modules_completed),
                    shared(r.sessions_attended),
                ])
                .map_err(fail)?;
            }
        }
        "knowledge-gain.csv" => {
            let rows = state.store.report_gain(&filter, Dimension::Gender).await?;
            out.write_record([
                s.t("report-module").as_str(),
                &s.t("report-took-both"),
                &s.t("report-pre"),
                &s.t("report-post"),
                &s.t("report-gain"),
                &s.t("report-women-took-both"),
                &s.t("report-women-gain"),
            ])
            .map_err(fail)?;
            for g in gains(&state, s, &rows) {
                let small = g.n < SMALL_CELL;
                let women_small = g.women_n < SMALL_CELL;
                let value = |x: f64, hide: bool| {
                    if hide {
                        String::new()
                    } else {
                        format!("{x:.1}")
                    }
                };
                out.write_record([
                    g.title.clone(),
                    shared(g.n),
                    value(g.pre, small),
                    value(g.post, small),
                    value(g.gain(), small),
                    shared(g.women_n),
                    g.women_gain
                        .map(|w| value(w, women_small))
                        .unwrap_or_default(),
                ])
                .map_err(fail)?;
            }
        }
        _ => return Err(WebError::NotFound),
    }
    let bytes = out
        .into_inner()
        .map_err(|e| WebError::Paper(e.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{table}\""),
            ),
        ],
        bytes,
    )
        .into_response())
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
        "sessions",
        "attendance",
        "gain",
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
