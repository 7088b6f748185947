//! Tests: the pre-test before the first lesson, the post-test after the last, and the short
//! check after a lesson. One form per test, usable without JavaScript; each submission is
//! one attempt, recorded once however often the form is sent.

use std::collections::BTreeMap;

use academy_content::{Assessment, Module, Question, QuestionKind};
use academy_domain::{learning::passes, Activity, Outcome, TestKind, Verb};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use uuid::Uuid;

use super::learn::{completion_rule, find_module, ModuleState};
use crate::context::Shell;
use crate::csrf::CsrfForm;
use crate::{AppState, Ctx, WebError};

/// Which test a URL names: `pre`, `post`, or a lesson's check.
fn test_of(module: &Module, kind: &TestKind) -> Result<Assessment, WebError> {
    let found = match kind {
        TestKind::Pre => Some(module.pre_test.clone()),
        TestKind::Post => Some(module.post_test.clone()),
        TestKind::Check(lesson) => module.lesson(lesson).map(|l| l.check.clone()),
    };
    found
        .filter(|a| !a.questions.is_empty())
        .ok_or(WebError::NotFound)
}

/// A question as the form shows it, in the reader's language.
pub struct QuestionView {
    pub id: String,
    pub multiple: bool,
    pub text: String,
    pub options: Vec<OptionView>,
}

pub struct OptionView {
    pub id: String,
    pub text: String,
    pub image: Option<academy_content::Image>,
    pub chosen: bool,
}

fn view(s: &Shell, q: &Question, chosen: &[String]) -> QuestionView {
    let lang = s.tr.lang;
    QuestionView {
        id: q.id.clone(),
        multiple: q.kind == QuestionKind::Multiple,
        text: q.text.text(lang).to_string(),
        options: q
            .options
            .iter()
            .map(|o| OptionView {
                id: o.id.clone(),
                text: if q.kind == QuestionKind::TrueFalse {
                    s.tr.t(&format!("answer-{}", o.id))
                } else {
                    o.text.text(lang).to_string()
                },
                image: o.image.clone(),
                chosen: chosen.contains(&o.id),
            })
            .collect(),
    }
}

#[derive(Template)]
#[template(path = "quiz.html")]
struct QuizPage<'a> {
    s: &'a Shell,
    module_id: &'a str,
    module_title: String,
    heading: String,
    action: String,
    attempt: Uuid,
    questions: Vec<QuestionView>,
    problem: Option<String>,
    pre_test: bool,
    first_lesson: Option<String>,
}

/// Why a test cannot be taken now, if it cannot.
fn closed_reason(s: &Shell, module: &Module, st: &ModuleState, kind: &TestKind) -> Option<String> {
    if !st.missing_prerequisites.is_empty() {
        return Some(s.tr.t("test-locked"));
    }
    match kind {
        TestKind::Pre if st.pre.is_some() => Some(s.tr.t("test-pre-taken")),
        TestKind::Pre if !st.done.is_empty() => Some(s.tr.t("test-pre-too-late")),
        TestKind::Post if !st.all_lessons_done(module) => Some(s.tr.t("test-post-not-yet")),
        _ => None,
    }
}

fn parse_kind(test: &str) -> Result<TestKind, WebError> {
    match test {
        "pre" => Ok(TestKind::Pre),
        "post" => Ok(TestKind::Post),
        _ => Err(WebError::NotFound),
    }
}

fn path_of(module: &Module, kind: &TestKind) -> String {
    match kind {
        TestKind::Check(lesson) => format!("/modules/{}/lessons/{lesson}/check", module.id),
        other => format!("/modules/{}/tests/{}", module.id, other.key()),
    }
}

async fn show(
    state: AppState,
    ctx: Ctx,
    module_id: String,
    kind: TestKind,
) -> Result<Response, WebError> {
    ctx.member()?;
    let published = state.catalogue.current();
    let module = find_module(&published, &module_id)?;
    let assessment = test_of(module, &kind)?;
    let st = ModuleState::load(&state, ctx.member.as_deref(), module).await?;
    if let Some(reason) = closed_reason(&ctx.shell, module, &st, &kind) {
        return closed(&ctx.shell, module, reason);
    }
    render(
        &ctx.shell,
        module,
        &kind,
        &assessment,
        Uuid::now_v7(),
        &BTreeMap::new(),
        None,
        StatusCode::OK,
        None,
    )
}

#[derive(Template)]
#[template(path = "test_closed.html")]
struct ClosedPage<'a> {
    s: &'a Shell,
    module_id: &'a str,
    module_title: String,
    reason: String,
}

fn closed(s: &Shell, module: &Module, reason: String) -> Result<Response, WebError> {
    let page = ClosedPage {
        s,
        module_id: &module.id,
        module_title: module.title.text(s.tr.lang).to_string(),
        reason,
    };
    Ok((StatusCode::CONFLICT, Html(page.render()?)).into_response())
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn render(
    s: &Shell,
    module: &Module,
    kind: &TestKind,
    assessment: &Assessment,
    attempt: Uuid,
    chosen: &BTreeMap<String, Vec<String>>,
    problem: Option<String>,
    status: StatusCode,
    target: Option<&FormTarget>,
) -> Result<Response, WebError> {
    let lang = s.tr.lang;
    let heading = match kind {
        TestKind::Pre => s.tr.t("test-pre-title"),
        TestKind::Post => s.tr.t("test-post-title"),
        TestKind::Check(lesson) => {
            let title = module
                .lesson(lesson)
                .map(|l| l.title.text(lang).to_string())
                .unwrap_or_default();
            s.t1("test-check-title", "lesson", &title)
        }
    };
    let none = Vec::new();
    let page = QuizPage {
        s,
        module_id: &module.id,
        module_title: module.title.text(lang).to_string(),
        heading: match target {
            Some(t) => format!("{heading} · {}", t.heading),
            None => heading,
        },
        action: target
            .map(|t| t.action.clone())
            .unwrap_or_else(|| path_of(module, kind)),
        attempt,
        questions: assessment
            .questions
            .iter()
            .map(|q| view(s, q, chosen.get(&q.id).unwrap_or(&none)))
            .collect(),
        problem,
        pre_test: *kind == TestKind::Pre,
        first_lesson: module.current_lessons().next().map(|l| l.slug.clone()),
    };
    Ok((status, Html(page.render()?)).into_response())
}

pub async fn show_test(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((module, test)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let kind = parse_kind(&test)?;
    show(state, ctx, module, kind).await
}

pub async fn show_check(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((module, lesson)): Path<(String, String)>,
) -> Result<Response, WebError> {
    show(state, ctx, module, TestKind::Check(lesson)).await
}

pub async fn submit_test(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((module, test)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let kind = parse_kind(&test)?;
    submit(state, ctx, module, kind, fields).await
}

pub async fn submit_check(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((module, lesson)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    submit(state, ctx, module, TestKind::Check(lesson), fields).await
}

/// Scores a submitted test and records it: one statement per answer and one for the attempt.
async fn submit(
    state: AppState,
    ctx: Ctx,
    module_id: String,
    kind: TestKind,
    fields: Vec<(String, String)>,
) -> Result<Response, WebError> {
    let member = ctx.member()?.clone();
    let s = &ctx.shell;
    let published = state.catalogue.current();
    let module = find_module(&published, &module_id)?;
    let assessment = test_of(module, &kind)?;

    let attempt = fields
        .iter()
        .find(|(k, _)| k == "attempt")
        .and_then(|(_, v)| Uuid::parse_str(v).ok());
    let Some(attempt) = attempt else {
        return render(
            s,
            module,
            &kind,
            &assessment,
            Uuid::now_v7(),
            &BTreeMap::new(),
            Some(s.tr.t("test-stale")),
            StatusCode::BAD_REQUEST,
            None,
        );
    };
    // The same form sent twice (a double tap, a page reloaded): the first one counts.
    if let Some((done, _)) = state.store.test_result(attempt).await? {
        if done.member != member.id {
            return Err(WebError::NotFound);
        }
        return Ok(Redirect::to(&format!("/results/{attempt}")).into_response());
    }
    let st = ModuleState::load(&state, Some(&member), module).await?;
    if let Some(reason) = closed_reason(s, module, &st, &kind) {
        return closed(s, module, reason);
    }

    let chosen = match read_answers(&assessment, &fields) {
        Answers::Complete(chosen) => chosen,
        Answers::Changed(chosen) => {
            let problem = Some(s.tr.t("test-changed"));
            return render(
                s,
                module,
                &kind,
                &assessment,
                Uuid::now_v7(),
                &chosen,
                problem,
                StatusCode::CONFLICT,
                None,
            );
        }
        Answers::Missing(chosen) => {
            let problem = Some(s.tr.t("test-answer-all"));
            return render(
                s,
                module,
                &kind,
                &assessment,
                attempt,
                &chosen,
                problem,
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
            );
        }
    };
    let mut records = attempt_statements(
        member.id,
        module,
        &kind,
        &assessment,
        &chosen,
        attempt,
        s.tr.lang,
        false,
    );
    if let Some(at) = answered_at(&fields) {
        for r in &mut records {
            r.at = at;
        }
    }
    state
        .store
        .record(&records, &[completion_rule(module)])
        .await?;
    Ok(Redirect::to(&format!("/results/{attempt}")).into_response())
}

/// When a phone that kept the answers while offline says they were given (milliseconds since
/// 1970): believed when it is neither in the future nor more than 90 days ago.
fn answered_at(fields: &[(String, String)]) -> Option<time::OffsetDateTime> {
    let ms: i64 = fields
        .iter()
        .find(|(k, _)| k == "answered_at")
        .and_then(|(_, v)| v.trim().parse().ok())?;
    let at = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000).ok()?;
    let now = time::OffsetDateTime::now_utc();
    (at <= now + time::Duration::minutes(5) && at >= now - time::Duration::days(90)).then_some(at)
}

/// One question of a result: what was chosen, what was right, and why.
pub struct AnswerView {
    pub text: String,
    pub right: bool,
    pub chosen: Vec<String>,
    pub correct: Vec<String>,
    pub explanation: String,
    pub removed: bool,
}

#[derive(Template)]
#[template(path = "result.html")]
struct ResultPage<'a> {
    s: &'a Shell,
    module_id: String,
    module_title: String,
    heading: String,
    score: i64,
    max_score: i64,
    passed: bool,
    pre_test: bool,
    completed: bool,
    answers: Vec<AnswerView>,
    next: (String, String),
    again: Option<String>,
}

/// An attempt's result, for the member who made it (others get "not found").
pub async fn show_result(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(attempt): Path<Uuid>,
) -> Result<Html<String>, WebError> {
    let member = ctx.member()?;
    let (result, answers) = state
        .store
        .test_result(attempt)
        .await?
        .ok_or(WebError::NotFound)?;
    if result.member != member.id {
        return Err(WebError::NotFound);
    }
    let s = &ctx.shell;
    let lang = s.tr.lang;
    let published = state.catalogue.current();
    let module = find_module(&published, &result.module)?;
    let assessment = test_of(module, &result.test).unwrap_or_default();
    let answers = answers
        .iter()
        .map(
            |a| match assessment.questions.iter().find(|q| q.id == a.question) {
                Some(q) => {
                    let label = |id: &str| {
                        q.options
                            .iter()
                            .find(|o| o.id == id)
                            .map(|o| {
                                if q.kind == QuestionKind::TrueFalse {
                                    s.tr.t(&format!("answer-{id}"))
                                } else {
                                    o.text.text(lang).to_string()
                                }
                            })
                            .unwrap_or_default()
                    };
                    AnswerView {
                        text: q.text.text(lang).to_string(),
                        right: a.right,
                        chosen: a.chosen.iter().map(|c| label(c)).collect(),
                        correct: q.correct().into_iter().map(label).collect(),
                        explanation: q.explanation.text(lang).to_string(),
                        removed: false,
                    }
                }
                None => AnswerView {
                    text: String::new(),
                    right: a.right,
                    chosen: vec![],
                    correct: vec![],
                    explanation: String::new(),
                    removed: true,
                },
            },
        )
        .collect();
    let st = ModuleState::load(&state, Some(member), module).await?;
    let lesson_link = |slug: &str| format!("/modules/{}/lessons/{slug}", module.id);
    let next = match &result.test {
        _ if st.completed => ("/me".to_string(), s.tr.t("result-next-me")),
        TestKind::Post if !result.passed => (
            format!("/modules/{}", module.id),
            s.tr.t("result-next-revise"),
        ),
        _ => match st.next_lesson(module) {
            Some(l) => (
                lesson_link(&l.slug),
                s.t1("result-next-lesson", "lesson", l.title.text(lang)),
            ),
            None if !module.post_test.questions.is_empty() => (
                format!("/modules/{}/tests/post", module.id),
                s.tr.t("result-next-post"),
            ),
            None => (
                format!("/modules/{}", module.id),
                s.tr.t("result-next-module"),
            ),
        },
    };
    let again = match &result.test {
        TestKind::Post if !result.passed => Some(format!("/modules/{}/tests/post", module.id)),
        TestKind::Check(lesson) if !result.passed => {
            Some(format!("/modules/{}/lessons/{lesson}/check", module.id))
        }
        _ => None,
    };
    let heading = match &result.test {
        TestKind::Pre => s.tr.t("test-pre-title"),
        TestKind::Post => s.tr.t("test-post-title"),
        TestKind::Check(lesson) => s.t1(
            "test-check-title",
            "lesson",
            module
                .lesson(lesson)
                .map(|l| l.title.text(lang))
                .unwrap_or(""),
        ),
    };
    let page = ResultPage {
        s,
        module_id: module.id.clone(),
        module_title: module.title.text(lang).to_string(),
        heading,
        score: result.score,
        max_score: result.max_score,
        passed: result.passed,
        pre_test: result.test == TestKind::Pre,
        completed: st.completed,
        answers,
        next,
        again,
    };
    Ok(Html(page.render()?))
}

/// Where a test form is sent and whose it is, when someone other than the learner fills it
/// in (a facilitator typing a paper answer sheet).
pub(crate) struct FormTarget {
    pub action: String,
    /// Added to the heading: the learner's name.
    pub heading: String,
}

/// What a submitted test form says.
pub(crate) enum Answers {
    /// Every question answered, with options the test has.
    Complete(BTreeMap<String, Vec<String>>),
    /// An answer for a question or option the test no longer has (the content changed while
    /// the form was open, or the form was tampered with).
    Changed(BTreeMap<String, Vec<String>>),
    /// Some questions have no answer.
    Missing(BTreeMap<String, Vec<String>>),
}

/// Reads `q-QUESTION=OPTION` fields against the test.
pub(crate) fn read_answers(assessment: &Assessment, fields: &[(String, String)]) -> Answers {
    let mut chosen: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut unknown = false;
    for (key, value) in fields {
        let Some(qid) = key.strip_prefix("q-") else {
            continue;
        };
        match assessment.questions.iter().find(|q| q.id == qid) {
            Some(q) if q.options.iter().any(|o| &o.id == value) => chosen
                .entry(qid.to_string())
                .or_default()
                .push(value.clone()),
            _ => unknown = true,
        }
    }
    if unknown {
        Answers::Changed(chosen)
    } else if assessment
        .questions
        .iter()
        .any(|q| !chosen.contains_key(&q.id))
    {
        Answers::Missing(chosen)
    } else {
        Answers::Complete(chosen)
    }
}

/// One statement per answer and one for the attempt (whose id is `attempt`).
#[allow(clippy::too_many_arguments)]
pub(crate) fn attempt_statements(
    actor: Uuid,
    module: &Module,
    kind: &TestKind,
    assessment: &Assessment,
    chosen: &BTreeMap<String, Vec<String>>,
    attempt: Uuid,
    lang: academy_domain::Language,
    facilitated: bool,
) -> Vec<academy_domain::Statement> {
    let at = time::OffsetDateTime::now_utc();
    let say = |id: Uuid, verb, object, parent, outcome| academy_domain::Statement {
        id,
        actor,
        verb,
        object,
        parent,
        outcome,
        lang,
        facilitated,
        at,
    };
    let mut records = Vec::with_capacity(assessment.questions.len() + 1);
    let mut score = 0;
    for q in &assessment.questions {
        let answer = chosen.get(&q.id).cloned().unwrap_or_default();
        let right = q.is_right(&answer);
        score += i64::from(right);
        let object = Activity::Question {
            module: module.id.clone(),
            question: q.id.clone(),
        };
        let outcome = Outcome {
            score: None,
            max_score: None,
            success: Some(right),
            response: Some(answer.join(",")),
        };
        // Made from the attempt and the question: the same attempt sent again (from a phone
        // that kept it while offline) gives the same records.
        records.push(say(
            academy_store::sync::derived_id(&[attempt.as_bytes(), q.id.as_bytes()]),
            Verb::Answered,
            object,
            Some(attempt),
            outcome,
        ));
    }
    let max_score = assessment.questions.len() as i64;
    let passed = passes(score, max_score, module.pass_mark);
    let verb = match kind {
        TestKind::Pre => Verb::Attempted,
        _ if passed => Verb::Passed,
        _ => Verb::Failed,
    };
    let object = Activity::Test {
        module: module.id.clone(),
        test: kind.clone(),
    };
    let outcome = Outcome {
        score: Some(score),
        max_score: Some(max_score),
        success: Some(passed),
        response: None,
    };
    records.push(say(attempt, verb, object, None, outcome));
    records
}
