//! Tests given on paper at a group session: a score per person present, or one person's
//! answers typed in question by question, recorded as that person's facilitated attempt.

use std::collections::BTreeMap;

use academy_content::Module;
use academy_domain::{
    learning::passes, Activity, GroupSession, Member, Outcome, Statement, TestKind, Verb,
};
use askama::Template;
use axum::extract::{Path, State as AxState};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use uuid::Uuid;

use super::learn::completion_rule;
use super::sessions::session_for;
use crate::context::Shell;
use crate::csrf::CsrfForm;
use crate::{AppState, Ctx, WebError};

#[derive(Template)]
#[template(path = "group_test.html")]
struct GroupTestPage<'a> {
    s: &'a Shell,
    session_id: Uuid,
    test: String,
    heading: String,
    max: usize,
    rows: Vec<(Uuid, String, String, String)>,
    problem: Option<String>,
}

fn kind_of(test: &str) -> Result<TestKind, WebError> {
    match test {
        "pre" => Ok(TestKind::Pre),
        "post" => Ok(TestKind::Post),
        _ => Err(WebError::NotFound),
    }
}

async fn session_module(state: &AppState, session: &GroupSession) -> Result<Module, WebError> {
    let published = state.catalogue.current();
    session
        .module
        .as_deref()
        .and_then(|m| published.curriculum.module(m))
        .cloned()
        .ok_or(WebError::NotFound)
}

/// Those present at the session: the people a paper test was given to.
async fn attendees(state: &AppState, session: &GroupSession) -> Result<Vec<Member>, WebError> {
    let present = state.store.attendance(session.id).await?;
    Ok(state
        .store
        .cohort_members(session.cohort)
        .await?
        .into_iter()
        .filter(|m| present.contains(&m.id))
        .collect())
}

async fn render_group_test(
    state: &AppState,
    ctx: &Ctx,
    session: &GroupSession,
    kind: &TestKind,
    typed: &BTreeMap<String, String>,
    problem: Option<String>,
) -> Result<String, WebError> {
    let s = &ctx.shell;
    let module = session_module(state, session).await?;
    let test = if *kind == TestKind::Pre {
        &module.pre_test
    } else {
        &module.post_test
    };
    let title = if *kind == TestKind::Pre {
        s.tr.t("test-pre-title")
    } else {
        s.tr.t("test-post-title")
    };
    let rows = attendees(state, session)
        .await?
        .into_iter()
        .map(|m| {
            let value = typed
                .get(&format!("score-{}", m.id))
                .cloned()
                .unwrap_or_default();
            (m.id, m.code.to_string(), m.draft.full_name, value)
        })
        .collect();
    let page = GroupTestPage {
        s,
        session_id: session.id,
        test: kind.key(),
        heading: format!("{title} · {}", module.title.text(s.tr.lang)),
        max: test.questions.len(),
        rows,
        problem,
    };
    Ok(page.render()?)
}

pub async fn show_group_test(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path((id, test)): Path<(Uuid, String)>,
) -> Result<Html<String>, WebError> {
    let kind = kind_of(&test)?;
    let (session, _) = session_for(&state, &ctx, id).await?;
    Ok(Html(
        render_group_test(&state, &ctx, &session, &kind, &BTreeMap::new(), None).await?,
    ))
}

/// Scores from a paper test, one per attendee (blank: not taken). Every score is checked
/// before anything is recorded; a bad one is named with its member.
pub async fn enter_group_test(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path((id, test)): Path<(Uuid, String)>,
    CsrfForm(fields): CsrfForm<BTreeMap<String, String>>,
) -> Result<Response, WebError> {
    let kind = kind_of(&test)?;
    let (session, _) = session_for(&state, &ctx, id).await?;
    let s = &ctx.shell;
    let module = session_module(&state, &session).await?;
    let max = if kind == TestKind::Pre {
        module.pre_test.questions.len()
    } else {
        module.post_test.questions.len()
    } as i64;
    let people = attendees(&state, &session).await?;
    let mut statements = Vec::new();
    for m in &people {
        let typed = fields
            .get(&format!("score-{}", m.id))
            .map(|v| v.trim())
            .unwrap_or("");
        if typed.is_empty() {
            continue;
        }
        let score = match typed.parse::<i64>() {
            Ok(n) if (0..=max).contains(&n) => n,
            _ => {
                let message = s.ta(
                    "group-test-bad-score",
                    &[
                        (
                            "name",
                            crate::i18n::Arg::Text(format!("{} ({})", m.draft.full_name, m.code)),
                        ),
                        ("max", crate::i18n::Arg::Text(s.tr.num(max))),
                    ],
                );
                let html = render_group_test(&state, &ctx, &session, &kind, &fields, Some(message))
                    .await?;
                return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response());
            }
        };
        statements.push(facilitated_attempt(
            m.id, &module, &kind, score, max, s.tr.lang,
        ));
    }
    state
        .store
        .record(&statements, &[completion_rule(&module)])
        .await?;
    Ok(Redirect::to(&format!("/sessions/{id}?saved=1")).into_response())
}

/// A test attempt entered from paper: the score only, marked as facilitated.
pub fn facilitated_attempt(
    member: Uuid,
    module: &Module,
    kind: &TestKind,
    score: i64,
    max: i64,
    lang: academy_domain::Language,
) -> Statement {
    let passed = passes(score, max, module.pass_mark);
    let verb = match (kind, passed) {
        (TestKind::Pre, _) => Verb::Attempted,
        (_, true) => Verb::Passed,
        (_, false) => Verb::Failed,
    };
    Statement {
        id: Uuid::now_v7(),
        actor: member,
        verb,
        object: Activity::Test {
            module: module.id.clone(),
            test: kind.clone(),
        },
        parent: None,
        outcome: Outcome {
            score: Some(score),
            max_score: Some(max),
            success: Some(passed),
            response: None,
        },
        lang,
        facilitated: true,
        at: time::OffsetDateTime::now_utc(),
    }
}

/// The attendee, if they were present at the session.
async fn attendee(
    state: &AppState,
    session: &GroupSession,
    member: Uuid,
) -> Result<Member, WebError> {
    attendees(state, session)
        .await?
        .into_iter()
        .find(|m| m.id == member)
        .ok_or(WebError::NotFound)
}

/// One attendee's answer sheet: whose it is, which test, and where the form goes.
struct PaperSheet {
    kind: TestKind,
    module: Module,
    target: super::quiz::FormTarget,
}

impl PaperSheet {
    async fn open(
        state: &AppState,
        ctx: &Ctx,
        id: Uuid,
        test: &str,
        member: Uuid,
    ) -> Result<PaperSheet, WebError> {
        let kind = kind_of(test)?;
        let (session, _) = session_for(state, ctx, id).await?;
        let learner = attendee(state, &session, member).await?;
        let module = session_module(state, &session).await?;
        let target = super::quiz::FormTarget {
            action: format!("/sessions/{id}/tests/{test}/answers/{member}"),
            heading: format!("{} ({})", learner.draft.full_name, learner.code),
        };
        Ok(PaperSheet {
            kind,
            module,
            target,
        })
    }

    fn assessment(&self) -> &academy_content::Assessment {
        if self.kind == TestKind::Pre {
            &self.module.pre_test
        } else {
            &self.module.post_test
        }
    }

    fn render(
        &self,
        ctx: &Ctx,
        attempt: Uuid,
        chosen: &BTreeMap<String, Vec<String>>,
        problem: Option<String>,
        status: StatusCode,
    ) -> Result<Response, WebError> {
        super::quiz::render(
            &ctx.shell,
            &self.module,
            &self.kind,
            self.assessment(),
            attempt,
            chosen,
            problem,
            status,
            Some(&self.target),
        )
    }
}

/// One attendee's paper answers, typed in question by question: the same test form as
/// online, sent by the facilitator and recorded as the attendee's facilitated attempt.
pub async fn show_paper_answers(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path((id, test, member)): Path<(Uuid, String, Uuid)>,
) -> Result<Response, WebError> {
    let sheet = PaperSheet::open(&state, &ctx, id, &test, member).await?;
    sheet.render(&ctx, Uuid::now_v7(), &BTreeMap::new(), None, StatusCode::OK)
}

pub async fn enter_paper_answers(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path((id, test, member)): Path<(Uuid, String, Uuid)>,
    CsrfForm(fields): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    use super::quiz::{read_answers, Answers};
    let sheet = PaperSheet::open(&state, &ctx, id, &test, member).await?;
    let s = &ctx.shell;
    let back = Redirect::to(&format!("/sessions/{id}/tests/{test}")).into_response();
    let attempt = fields
        .iter()
        .find(|(k, _)| k == "attempt")
        .and_then(|(_, v)| Uuid::parse_str(v).ok())
        .unwrap_or_else(Uuid::now_v7);
    if state.store.test_result(attempt).await?.is_some() {
        return Ok(back);
    }
    let chosen = match read_answers(sheet.assessment(), &fields) {
        Answers::Complete(chosen) => chosen,
        Answers::Changed(chosen) => {
            return sheet.render(
                &ctx,
                Uuid::now_v7(),
                &chosen,
                Some(s.tr.t("test-changed")),
                StatusCode::CONFLICT,
            );
        }
        Answers::Missing(chosen) => {
            return sheet.render(
                &ctx,
                attempt,
                &chosen,
                Some(s.tr.t("test-answer-all")),
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    let records = super::quiz::attempt_statements(
        member,
        &sheet.module,
        &sheet.kind,
        sheet.assessment(),
        &chosen,
        attempt,
        s.tr.lang,
        true,
    );
    state
        .store
        .record(&records, &[completion_rule(&sheet.module)])
        .await?;
    Ok(back)
}
