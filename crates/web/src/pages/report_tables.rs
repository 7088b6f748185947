//! The tables a manager takes away: the indicator, knowledge-gain and results-framework
//! (donor) tables as CSV and XLSX with small numbers hidden, and the member-level table,
//! streamed from the database a page at a time.

use academy_domain::{Gender, State};
use academy_store::{Dimension, GainRow, IndicatorRow, MemberReportRow, ReportFilter};
use askama::Template;
use axum::extract::{Path, Query, State as AxState};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};

use super::choices;
use super::reports::{gains, label, ReportQuery, Resolved, SMALL_CELL};
use crate::context::Shell;
use crate::tables::{csv_body, xlsx_body, Cell, Table};
use crate::{AppState, Ctx, WebError};

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
                name: s.tr.t("report-table"),
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
                .map(|k| s.tr.t(k))
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
                name: s.tr.t("report-gain-title"),
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
                .map(|k| s.tr.t(k))
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
        s.tr.t("donor-indicator"),
        s.tr.t("all"),
        s.tr.t("gender-woman"),
        s.tr.t("gender-man"),
    ];
    headers.extend(states.iter().map(|st| {
        format!(
            "{} · {}",
            s.tr.t("gender-woman"),
            choices::state_name(s, *st)
        )
    }));
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
            None => s.tr.t(key),
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
        name: s.tr.t("donor-title"),
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
    .map(|k| s.tr.t(k))
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
            xlsx_body(s.tr.t("report-members-table"), headers, rx).await?,
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
