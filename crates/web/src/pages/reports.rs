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
use crate::tables::{Cell, Table};
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
        t.certificates += r.certificates;
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

/// A count as a shared table cell: fewer than five people is "< 5".
fn count_cell(n: i64) -> Cell {
    if n > 0 && n < SMALL_CELL {
        Cell::Text("< 5".into())
    } else {
        Cell::Number(n as f64)
    }
}

/// A mean score as a shared cell: empty when fewer than five people are behind it.
fn mean_cell(x: f64, n: i64) -> Cell {
    if n < SMALL_CELL {
        Cell::Text(String::new())
    } else {
        Cell::Number((x * 10.0).round() / 10.0)
    }
}

/// The tables a manager can download, built for the current filters.
async fn build_table(
    state: &AppState,
    s: &Shell,
    which: &str,
    q: &ReportQuery,
) -> Result<Table, WebError> {
    let (filter, _) = q.filter();
    let by = q.dimension();
    match which {
        "indicators" => {
            let rows = state
                .store
                .report_indicators(&filter, by, time::OffsetDateTime::now_utc())
                .await?;
            Ok(Table {
                name: s.t("report-table"),
                headers: [
                    "report-group",
                    "report-members",
                    "report-active-30",
                    "report-active-90",
                    "report-lessons",
                    "report-modules",
                    "report-certificates",
                    "report-attended",
                ]
                .iter()
                .map(|k| s.t(k))
                .collect(),
                rows: rows
                    .iter()
                    .map(|r| {
                        vec![
                            Cell::Text(label(s, by, &r.group)),
                            count_cell(r.members),
                            count_cell(r.active_30),
                            count_cell(r.active_90),
                            count_cell(r.lessons_completed),
                            count_cell(r.modules_completed),
                            count_cell(r.certificates),
                            count_cell(r.sessions_attended),
                        ]
                    })
                    .collect(),
            })
        }
        "knowledge-gain" => {
            let rows = state.store.report_gain(&filter, Dimension::Gender).await?;
            Ok(Table {
                name: s.t("report-gain-title"),
                headers: [
                    "report-module",
                    "report-took-both",
                    "report-pre",
                    "report-post",
                    "report-gain",
                    "report-women-took-both",
                    "report-women-gain",
                ]
                .iter()
                .map(|k| s.t(k))
                .collect(),
                rows: gains(state, s, &rows)
                    .into_iter()
                    .map(|g| {
                        vec![
                            Cell::Text(g.title.clone()),
                            count_cell(g.n),
                            mean_cell(g.pre, g.n),
                            mean_cell(g.post, g.n),
                            mean_cell(g.gain(), g.n),
                            count_cell(g.women_n),
                            g.women_gain
                                .map(|w| mean_cell(w, g.women_n))
                                .unwrap_or(Cell::Text(String::new())),
                        ]
                    })
                    .collect(),
            })
        }
        "donor" => donor_table(state, s, &filter).await,
        _ => Err(WebError::NotFound),
    }
}

/// The modules whose completion a results framework reports on, by name.
const DONOR_MODULES: [&str; 4] = [
    "health-safety",
    "gender-gbv",
    "financial-literacy",
    "environment",
];

/// The results-framework table: each indicator for everyone, women, men, and women in each of
/// the academy's six states.
async fn donor_table(
    state: &AppState,
    s: &Shell,
    filter: &ReportFilter,
) -> Result<Table, WebError> {
    let now = time::OffsetDateTime::now_utc();
    let states: Vec<State> = State::academy_states().collect();
    let mut headers = vec![
        s.t("donor-indicator"),
        s.t("all"),
        s.t("gender-woman"),
        s.t("gender-man"),
    ];
    headers.extend(
        states
            .iter()
            .map(|st| format!("{} · {}", s.t("gender-woman"), choices::state_name(s, *st))),
    );
    let women = ReportFilter {
        gender: Some(Gender::Woman),
        ..filter.clone()
    };
    // One row of counts: all, women, men, women by state.
    let counts = |by_gender: &[IndicatorRow],
                  women_by_state: &[IndicatorRow],
                  pick: fn(&IndicatorRow) -> i64| {
        let of = |rows: &[IndicatorRow], g: &str| {
            rows.iter().filter(|r| r.group == g).map(pick).sum::<i64>()
        };
        let mut cells = vec![
            count_cell(by_gender.iter().map(pick).sum()),
            count_cell(of(by_gender, "woman")),
            count_cell(of(by_gender, "man")),
        ];
        cells.extend(
            states
                .iter()
                .map(|st| count_cell(of(women_by_state, st.code()))),
        );
        cells
    };
    let by_gender = state
        .store
        .report_indicators(filter, Dimension::Gender, now)
        .await?;
    let by_state = state
        .store
        .report_indicators(&women, Dimension::State, now)
        .await?;
    let mut rows = Vec::new();
    let mut add = |key: &str, label_arg: Option<String>, cells: Vec<Cell>| {
        let label = match label_arg {
            Some(module) => s.t1(key, "module", &module),
            None => s.t(key),
        };
        let mut row = vec![Cell::Text(label)];
        row.extend(cells);
        rows.push(row);
    };
    add(
        "donor-members",
        None,
        counts(&by_gender, &by_state, |r| r.members),
    );
    add(
        "donor-active",
        None,
        counts(&by_gender, &by_state, |r| r.active_90),
    );
    add(
        "donor-modules",
        None,
        counts(&by_gender, &by_state, |r| r.modules_completed),
    );
    add(
        "donor-attendances",
        None,
        counts(&by_gender, &by_state, |r| r.sessions_attended),
    );
    let published = state.catalogue.current();
    for id in DONOR_MODULES {
        let Some(module) = published.curriculum.module(id) else {
            continue;
        };
        let only = ReportFilter {
            module: Some(id.to_string()),
            ..filter.clone()
        };
        let women_only = ReportFilter {
            module: Some(id.to_string()),
            ..women.clone()
        };
        let g = state
            .store
            .report_indicators(&only, Dimension::Gender, now)
            .await?;
        let st = state
            .store
            .report_indicators(&women_only, Dimension::State, now)
            .await?;
        add(
            "donor-trained",
            Some(module.title.text(s.tr.lang).to_string()),
            counts(&g, &st, |r| r.modules_completed),
        );
    }
    // Knowledge gain in percentage points, weighted over modules by who took both tests.
    let gain_of = |rows: &[GainRow]| {
        let n: i64 = rows.iter().map(|r| r.n).sum();
        let gain = if n == 0 {
            0.0
        } else {
            rows.iter()
                .map(|r| (r.post - r.pre) * r.n as f64)
                .sum::<f64>()
                / n as f64
        };
        mean_cell(gain, n)
    };
    let gains_by_gender = state.store.report_gain(filter, Dimension::Gender).await?;
    let gains_by_state = state.store.report_gain(&women, Dimension::State).await?;
    let of = |rows: &[GainRow], g: &str| {
        rows.iter()
            .filter(|r| r.group == g)
            .cloned()
            .collect::<Vec<_>>()
    };
    let mut cells = vec![
        gain_of(&gains_by_gender),
        gain_of(&of(&gains_by_gender, "woman")),
        gain_of(&of(&gains_by_gender, "man")),
    ];
    cells.extend(
        states
            .iter()
            .map(|st| gain_of(&of(&gains_by_state, st.code()))),
    );
    add("donor-gain", None, cells);
    Ok(Table {
        name: s.t("donor-title"),
        headers,
        rows,
    })
}

/// A table downloaded as `NAME.csv` or `NAME.xlsx`, small numbers hidden: it leaves the
/// academy.
pub async fn export(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path(file): Path<String>,
    Query(q): Query<ReportQuery>,
) -> Result<Response, WebError> {
    ctx.require_manager()?;
    let (which, format) = file.rsplit_once('.').ok_or(WebError::NotFound)?;
    let table = build_table(&state, &ctx.shell, which, &q).await?;
    let (content_type, bytes) = match format {
        "csv" => ("text/csv; charset=utf-8", table.csv()),
        "xlsx" => (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            table.xlsx(),
        ),
        _ => return Err(WebError::NotFound),
    };
    let bytes = bytes.map_err(WebError::Internal)?;
    Ok((
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file}\""),
            ),
        ],
        bytes,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "donor.html")]
struct DonorPage<'a> {
    s: &'a Shell,
    table: Table,
    query_string: String,
    period: Option<String>,
}

impl DonorPage<'_> {
    pub fn cell(&self, c: &Cell) -> String {
        match c {
            Cell::Text(t) => t.clone(),
            Cell::Number(n) if n.fract() == 0.0 => self.s.tr.num(*n as i64),
            Cell::Number(n) => format!("{n:.1}"),
        }
    }
}

/// The donor's results-framework table, on a page and as downloads.
pub async fn show_donor_table(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Query(q): Query<ReportQuery>,
) -> Result<Html<String>, WebError> {
    ctx.require_manager()?;
    let (filter, period) = q.filter();
    let table = donor_table(&state, &ctx.shell, &filter).await?;
    let page = DonorPage {
        s: &ctx.shell,
        table,
        query_string: serde_urlencoded::to_string(&q).unwrap_or_default(),
        period: period.map(|p| p.name),
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
