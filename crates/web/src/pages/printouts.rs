//! Paper for the field: a session's roster to tick, and a test answer sheet, as A4 PDFs.

use academy_domain::TestKind;
use axum::extract::{Path, State as AxState};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use uuid::Uuid;

use super::field::when;
use crate::paper::{self, Sheet, A4};
use crate::{AppState, Ctx, WebError};

const MARGIN: f32 = 40.0;
const ROW: f32 = 26.0;

fn pdf(bytes: Vec<u8>, name: &str) -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{name}\""),
            ),
        ],
        bytes,
    )
        .into_response()
}

/// The top of every page: academy, cohort, when and where, what is taught.
fn heading(sheet: &mut Sheet<'_>, lines: &[String], page: usize, pages: usize, width: f32) -> f32 {
    let mut y = MARGIN + 14.0;
    for (i, line) in lines.iter().enumerate() {
        let size = if i < 2 { 14.0 } else { 11.0 };
        sheet.text_fit(MARGIN, y, size, line, width - 2.0 * MARGIN - 60.0, i < 2);
        y += size + 8.0;
    }
    sheet.text(
        width - MARGIN - 50.0,
        MARGIN + 14.0,
        10.0,
        &format!("{}/{}", page + 1, pages),
        false,
    );
    y + 6.0
}

/// The roster of a session: every member of the cohort with a box to tick.
pub async fn roster_pdf(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
) -> Result<Response, WebError> {
    let (session, cohort, members) = super::sessions::session_people(&state, &ctx, id).await?;
    let s = &ctx.shell;
    let published = state.catalogue.current();
    let module = session
        .module
        .as_deref()
        .and_then(|m| published.curriculum.module(m));
    let mut lines = vec![s.tr.t("academy-name"), cohort.name.clone()];
    lines.push(format!(
        "{} · {}",
        when(session.starts_at),
        session.place.clone().unwrap_or_default()
    ));
    if let Some(m) = module {
        lines.push(format!(
            "{}: {}",
            s.tr.t("session-module"),
            m.title.text(s.tr.lang)
        ));
    }
    let per_page = 24;
    let pages = members.len().div_ceil(per_page).max(1);
    let bytes = paper::document(A4, pages, |page, sheet| {
        let mut y = heading(sheet, &lines, page, pages, A4.0);
        sheet.text(MARGIN, y, 10.0, &s.tr.t("roster-number"), true);
        sheet.text(MARGIN + 30.0, y, 10.0, &s.tr.t("field-code"), true);
        sheet.text(MARGIN + 130.0, y, 10.0, &s.tr.t("field-full-name"), true);
        sheet.text(
            A4.0 - MARGIN - 60.0,
            y,
            10.0,
            &s.tr.t("roster-present"),
            true,
        );
        y += 8.0;
        for (i, m) in members
            .iter()
            .enumerate()
            .skip(page * per_page)
            .take(per_page)
        {
            sheet.rule(MARGIN, y, A4.0 - 2.0 * MARGIN);
            y += ROW;
            sheet.text(MARGIN, y - 8.0, 11.0, &(i + 1).to_string(), false);
            sheet.text(MARGIN + 30.0, y - 8.0, 11.0, m.code.as_str(), false);
            sheet.text_fit(
                MARGIN + 130.0,
                y - 8.0,
                12.0,
                &m.draft.full_name,
                A4.0 - 2.0 * MARGIN - 210.0,
                false,
            );
            sheet.square(A4.0 - MARGIN - 45.0, y - 20.0, 18.0, 18.0);
        }
        sheet.rule(MARGIN, y, A4.0 - 2.0 * MARGIN);
        sheet.text(
            MARGIN,
            A4.1 - MARGIN,
            10.0,
            &s.tr.t("roster-signature"),
            false,
        );
    })
    .map_err(WebError::Internal)?;
    Ok(pdf(bytes, "roster.pdf"))
}

/// An answer sheet for a test given on paper: one row per person present, one box per
/// question for the letter chosen, and a box for the score.
pub async fn answer_sheet_pdf(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path((id, test)): Path<(Uuid, String)>,
) -> Result<Response, WebError> {
    let kind = match test.as_str() {
        "pre" => TestKind::Pre,
        "post" => TestKind::Post,
        _ => return Err(WebError::NotFound),
    };
    let (session, cohort, members) = super::sessions::session_people(&state, &ctx, id).await?;
    let s = &ctx.shell;
    let published = state.catalogue.current();
    let module = session
        .module
        .as_deref()
        .and_then(|m| published.curriculum.module(m))
        .ok_or(WebError::NotFound)?;
    let test = if kind == TestKind::Pre {
        &module.pre_test
    } else {
        &module.post_test
    };
    let title = if kind == TestKind::Pre {
        s.tr.t("test-pre-title")
    } else {
        s.tr.t("test-post-title")
    };
    let size = (A4.1, A4.0);
    let lines = vec![
        s.tr.t("academy-name"),
        format!("{title} · {}", module.title.text(s.tr.lang)),
        format!("{} · {}", cohort.name, when(session.starts_at)),
        s.tr.t("sheet-how"),
    ];
    let questions = test.questions.len();
    let per_page = 14;
    let pages = members.len().div_ceil(per_page).max(1);
    let box_w = 26.0;
    let first_box = MARGIN + 250.0;
    let bytes = paper::document(size, pages, |page, sheet| {
        let mut y = heading(sheet, &lines, page, pages, size.0);
        sheet.text(MARGIN, y, 10.0, &s.tr.t("field-code"), true);
        sheet.text(MARGIN + 90.0, y, 10.0, &s.tr.t("field-full-name"), true);
        for q in 0..questions {
            sheet.text(
                first_box + q as f32 * box_w + 8.0,
                y,
                10.0,
                &(q + 1).to_string(),
                true,
            );
        }
        sheet.text(
            first_box + questions as f32 * box_w + 10.0,
            y,
            10.0,
            &s.tr.t("sheet-score"),
            true,
        );
        y += 8.0;
        for m in members.iter().skip(page * per_page).take(per_page) {
            sheet.rule(MARGIN, y, size.0 - 2.0 * MARGIN);
            y += 28.0;
            sheet.text(MARGIN, y - 9.0, 11.0, m.code.as_str(), false);
            sheet.text_fit(
                MARGIN + 90.0,
                y - 9.0,
                12.0,
                &m.draft.full_name,
                150.0,
                false,
            );
            for q in 0..=questions {
                let w = if q == questions { 40.0 } else { box_w - 4.0 };
                sheet.square(
                    first_box + q as f32 * box_w + if q == questions { 6.0 } else { 0.0 },
                    y - 24.0,
                    w,
                    22.0,
                );
            }
        }
    })
    .map_err(WebError::Internal)?;
    Ok(pdf(bytes, "answer-sheet.pdf"))
}
