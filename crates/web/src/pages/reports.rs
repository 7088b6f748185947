//! Reports for managers: who learned what, where — by gender first. Every figure is counted
//! in the database from the learning records; the charts are SVG drawn here, so the page
//! needs no JavaScript and prints as it shows.

use academy_domain::period::Period;
use academy_domain::{Gender, StakeholderType, State};
use academy_store::{
    Dimension, GainRow, IndicatorRow, MemberReportRow, ReportFilter, SessionTotals, AGE_BANDS,
};
use askama::Template;
use axum::extract::{Path, Query, State as AxState};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use serde::{Deserialize, Serialize};

use super::choices::{self, Choice};
use crate::context::Shell;
use crate::i18n::Arg;
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
    /// An organisation's name, any case.
    organisation: String,
    cohort: String,
    by: String,
}

/// The filters a query asks for, and a message for each field that could not be read.
struct Resolved {
    filter: ReportFilter,
    period: Option<Period>,
    problems: Vec<String>,
}

impl ReportQuery {
    async fn resolve(&self, state: &AppState, s: &Shell) -> Result<Resolved, WebError> {
        let mut problems = Vec::new();
        let mut bad = |field: &str, value: &str| {
            problems.push(s.ta(
                "report-bad-filter",
                &[
                    ("field", Arg::Text(s.t(field))),
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

    fn dimension(&self) -> Dimension {
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
            ("month".into(), s.t("report-by-month-rows")),
            ("quarter".into(), s.t("report-by-quarter-rows")),
            ("year".into(), s.t("report-by-year-rows")),
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
    let filter = q.resolve(state, s).await?.filter;
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
                            r.active_30
                                .map(count_cell)
                                .unwrap_or(Cell::Text("—".into())),
                            r.active_90
                                .map(count_cell)
                                .unwrap_or(Cell::Text("—".into())),
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
        counts(&by_gender, &by_state, |r| r.active_90.unwrap_or(0)),
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
    if which == "members" {
        return export_members(state, &ctx.shell, &q, format, &file).await;
    }
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

/// Rows of the member-level table per message between the database reader and the writer.
const MEMBER_PAGE: usize = 500;

/// The member-level table: one row per member the filters select, for a manager's follow-up
/// (who has not come back, who is close to a certificate). Streamed a page at a time from the
/// database, so any number of members fits: CSV straight to the network, XLSX through a
/// temporary file written a row at a time.
async fn export_members(
    state: AppState,
    s: &Shell,
    q: &ReportQuery,
    format: &str,
    file: &str,
) -> Result<Response, WebError> {
    let filter = q.resolve(&state, s).await?.filter;
    let headers: Vec<String> = [
        "field-code",
        "field-full-name",
        "field-gender",
        "field-birth-year",
        "field-state",
        "field-district",
        "field-stakeholder",
        "report-last-active",
        "report-lessons",
        "report-modules",
        "report-certificates",
        "report-attended",
    ]
    .iter()
    .map(|k| s.t(k))
    .collect();
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Vec<Vec<Cell>>, String>>(4);
    let store = state.store.clone();
    tokio::spawn(async move {
        use futures_util::StreamExt;
        let now = time::OffsetDateTime::now_utc();
        let mut rows = store.report_members(&filter, now).chunks(MEMBER_PAGE);
        while let Some(page) = rows.next().await {
            let page: Result<Vec<Vec<Cell>>, String> = page
                .into_iter()
                .map(|r| r.map(member_cells).map_err(|e| e.to_string()))
                .collect();
            let failed = page.is_err();
            if tx.send(page).await.is_err() || failed {
                return;
            }
        }
    });
    let (content_type, body) = match format {
        "csv" => ("text/csv; charset=utf-8", csv_body(headers, rx)),
        "xlsx" => (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            xlsx_body(s.t("report-members-table"), headers, rx).await?,
        ),
        _ => return Err(WebError::NotFound),
    };
    Ok((
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file}\""),
            ),
        ],
        body,
    )
        .into_response())
}

fn member_cells(r: MemberReportRow) -> Vec<Cell> {
    let date = |t: time::OffsetDateTime| {
        let d = t.to_offset(academy_domain::field::IST).date();
        format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
    };
    vec![
        Cell::Text(r.code),
        Cell::Text(r.full_name),
        Cell::Text(r.gender),
        r.birth_year
            .map(|y| Cell::Number(y.into()))
            .unwrap_or(Cell::Text(String::new())),
        Cell::Text(r.state),
        Cell::Text(r.district.unwrap_or_default()),
        Cell::Text(r.stakeholder),
        Cell::Text(r.last_active.map(date).unwrap_or_default()),
        Cell::Number(r.lessons_completed as f64),
        Cell::Number(r.modules_completed as f64),
        Cell::Number(r.certificates as f64),
        Cell::Number(r.sessions_attended as f64),
    ]
}

type Pages = tokio::sync::mpsc::Receiver<Result<Vec<Vec<Cell>>, String>>;

/// A CSV body written as pages of rows arrive. A database error mid-way ends the download
/// with an error, so the client sees a failed download rather than a short file.
fn csv_body(headers: Vec<String>, rx: Pages) -> axum::body::Body {
    let head = crate::tables::csv_rows(&[headers], true);
    let first = futures_util::stream::iter([head.map_err(std::io::Error::other)]);
    let rest = futures_util::stream::unfold(rx, |mut rx| async move {
        let page = rx.recv().await?;
        let bytes = page
            .and_then(|rows| {
                let text: Vec<Vec<String>> = rows
                    .iter()
                    .map(|r| r.iter().map(Cell::text).collect())
                    .collect();
                crate::tables::csv_rows(&text, false)
            })
            .map_err(std::io::Error::other);
        Some((bytes, rx))
    });
    use futures_util::StreamExt;
    axum::body::Body::from_stream(first.chain(rest))
}

/// An XLSX body: rows go into a workbook in constant-memory mode (each row written out to a
/// temporary file as it comes), then the finished file is sent in pieces.
async fn xlsx_body(
    name: String,
    headers: Vec<String>,
    mut rx: Pages,
) -> Result<axum::body::Body, WebError> {
    let path = tokio::task::spawn_blocking(move || -> Result<tempfile::TempPath, String> {
        let mut sheet = crate::tables::SheetWriter::new(&name, &headers)?;
        while let Some(page) = rx.blocking_recv() {
            for row in page? {
                if !sheet.push(&row)? {
                    break;
                }
            }
        }
        sheet.finish()
    })
    .await
    .map_err(|e| WebError::Internal(e.to_string()))?
    .map_err(WebError::Internal)?;
    let file = tokio::fs::File::open(&path)
        .await
        .map_err(|e| WebError::Internal(e.to_string()))?;
    // The path lives as long as the stream: the file is removed when the download ends.
    let chunks = futures_util::stream::unfold((file, path), |(mut file, path)| async move {
        use tokio::io::AsyncReadExt;
        let mut buf = vec![0u8; 64 * 1024];
        match file.read(&mut buf).await {
            Ok(0) => None,
            Ok(n) => {
                buf.truncate(n);
                Some((Ok::<_, std::io::Error>(buf), (file, path)))
            }
            Err(e) => Some((Err(e), (file, path))),
        }
    });
    Ok(axum::body::Body::from_stream(chunks))
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
    let Resolved { filter, period, .. } = q.resolve(&state, &ctx.shell).await?;
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
