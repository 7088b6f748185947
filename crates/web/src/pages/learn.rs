//! The learner's path: the catalogue of modules, a module's page, a lesson, and marking a
//! lesson done. Reading is open to everyone; records are kept for signed-in members.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use academy_content::{Lesson, Module};
use academy_domain::{Activity, Language, Member, Outcome, Statement, TestKind, Verb};
use academy_store::{CompletionRule, LessonProgress, TestResult};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

use crate::context::Shell;
use crate::csrf::CsrfForm;
use crate::curriculum::Published;
use crate::{AppState, Ctx, WebError};

/// Where a member stands in one module, derived from their records.
#[derive(Debug, Default)]
pub struct ModuleState {
    pub opened: BTreeSet<String>,
    pub done: BTreeSet<String>,
    pub pre: Option<TestResult>,
    pub post_best: Option<TestResult>,
    pub completed: bool,
    /// Modules that must be completed first and are not.
    pub missing_prerequisites: Vec<String>,
}

impl ModuleState {
    pub async fn load(
        state: &AppState,
        member: Option<&Member>,
        module: &Module,
    ) -> Result<Self, WebError> {
        let Some(member) = member else {
            return Ok(Self::default());
        };
        let mut s = Self::lessons_only(state, member, module).await?;
        for r in state
            .store
            .test_results(member.id, Some(&module.id))
            .await?
        {
            match r.test {
                // Results come newest first: the first pre-test is the last one seen.
                TestKind::Pre => s.pre = Some(r),
                TestKind::Post
                    if s.post_best
                        .as_ref()
                        .is_none_or(|b| r.score * b.max_score > b.score * r.max_score) =>
                {
                    s.post_best = Some(r)
                }
                _ => {}
            }
        }
        let progress = state.store.module_progress(member.id).await?;
        let completed: BTreeSet<&str> = progress
            .iter()
            .filter(|p| p.completed_at.is_some())
            .map(|p| p.module.as_str())
            .collect();
        s.completed = completed.contains(module.id.as_str());
        s.missing_prerequisites = module
            .prerequisites
            .iter()
            .filter(|p| !completed.contains(p.as_str()))
            .cloned()
            .collect();
        Ok(s)
    }

    /// Which lessons are opened and done, from the remembered lesson records.
    async fn lessons_only(
        state: &AppState,
        member: &Member,
        module: &Module,
    ) -> Result<Self, WebError> {
        let mut s = ModuleState::default();
        for p in lesson_records(state, member, module).await?.iter() {
            if p.completed_at.is_some() {
                s.done.insert(p.lesson.clone());
            }
            s.opened.insert(p.lesson.clone());
        }
        Ok(s)
    }

    pub fn all_lessons_done(&self, module: &Module) -> bool {
        module
            .current_lessons()
            .all(|l| self.done.contains(&l.slug))
    }

    pub fn next_lesson<'m>(&self, module: &'m Module) -> Option<&'m Lesson> {
        module
            .current_lessons()
            .find(|l| !self.done.contains(&l.slug))
    }
}

/// The rule that completes a module: its current lessons and a passed post-test.
pub fn completion_rule(module: &Module) -> CompletionRule {
    CompletionRule {
        module: module.id.clone(),
        lessons: module.current_lessons().map(|l| l.slug.clone()).collect(),
    }
}

pub fn find_module<'p>(published: &'p Published, id: &str) -> Result<&'p Module, WebError> {
    published.curriculum.module(id).ok_or(WebError::NotFound)
}

/// A module as a card in the catalogue.
pub struct Card {
    pub id: String,
    pub number: u32,
    pub icon: String,
    pub title: String,
    pub lessons: i64,
    pub done: i64,
    pub completed: bool,
    pub started: bool,
}

/// A track with how many of its modules the member has completed.
pub struct TrackRow {
    pub title: String,
    pub modules: Vec<(String, String)>,
    pub completed: i64,
    pub total: i64,
}

#[derive(Template)]
#[template(path = "modules.html")]
struct CataloguePage<'a> {
    s: &'a Shell,
    cards: Vec<Card>,
    tracks: Vec<TrackRow>,
}

pub async fn show_catalogue(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Html<String>, WebError> {
    let published = state.catalogue.current();
    let lang = ctx.shell.tr.lang;
    let (mut done, mut completed, mut started) = (
        BTreeMap::<String, usize>::new(),
        BTreeSet::new(),
        BTreeSet::new(),
    );
    if let Some(member) = &ctx.member {
        for p in state.store.lesson_progress(member.id, None).await? {
            if p.completed_at.is_some() {
                *done.entry(p.module).or_default() += 1;
            }
        }
        for p in state.store.module_progress(member.id).await? {
            if p.completed_at.is_some() {
                completed.insert(p.module.clone());
            }
            started.insert(p.module);
        }
    }
    let cards = published
        .curriculum
        .modules
        .iter()
        .map(|m| Card {
            id: m.id.clone(),
            number: m.number,
            icon: m.icon.clone(),
            title: m.title.text(lang).to_string(),
            lessons: m.current_lessons().count() as i64,
            done: done
                .get(&m.id)
                .copied()
                .unwrap_or(0)
                .min(m.current_lessons().count()) as i64,
            completed: completed.contains(&m.id),
            started: started.contains(&m.id),
        })
        .collect();
    let tracks = published
        .curriculum
        .tracks
        .iter()
        .map(|t| TrackRow {
            title: t.title.text(lang).to_string(),
            modules: t
                .modules
                .iter()
                .filter_map(|id| {
                    published
                        .curriculum
                        .module(id)
                        .map(|m| (m.id.clone(), m.title.text(lang).to_string()))
                })
                .collect(),
            completed: t.modules.iter().filter(|m| completed.contains(*m)).count() as i64,
            total: t.modules.len() as i64,
        })
        .collect();
    Ok(Html(
        CataloguePage {
            s: &ctx.shell,
            cards,
            tracks,
        }
        .render()?,
    ))
}

/// A lesson in a module's list.
pub struct LessonRow {
    pub slug: String,
    pub title: String,
    pub minutes: i64,
    pub done: bool,
}

#[derive(Template)]
#[template(path = "module.html")]
struct ModulePage<'a> {
    s: &'a Shell,
    m: &'a Module,
    title: String,
    summary: String,
    objectives: Vec<String>,
    lessons: Vec<LessonRow>,
    st: ModuleState,
    signed_in: bool,
    next: Option<LessonRow>,
    all_done: bool,
    missing: Vec<(String, String)>,
}

pub async fn show_module(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Html<String>, WebError> {
    let published = state.catalogue.current();
    let module = find_module(&published, &id)?;
    let lang = ctx.shell.tr.lang;
    let st = ModuleState::load(&state, ctx.member.as_deref(), module).await?;
    let row = |l: &Lesson| LessonRow {
        slug: l.slug.clone(),
        title: l.title.text(lang).to_string(),
        minutes: i64::from(l.minutes),
        done: st.done.contains(&l.slug),
    };
    let lessons = module.current_lessons().map(row).collect();
    let next = st.next_lesson(module).map(row);
    let missing = st
        .missing_prerequisites
        .iter()
        .filter_map(|p| {
            published
                .curriculum
                .module(p)
                .map(|m| (m.id.clone(), m.title.text(lang).to_string()))
        })
        .collect();
    let page = ModulePage {
        s: &ctx.shell,
        m: module,
        title: module.title.text(lang).to_string(),
        summary: module.summary.text(lang).to_string(),
        objectives: module
            .objectives
            .get(lang)
            .map(|(o, _)| o.clone())
            .unwrap_or_default(),
        lessons,
        all_done: st.all_lessons_done(module),
        signed_in: ctx.member.is_some(),
        next,
        missing,
        st,
    };
    Ok(Html(page.render()?))
}

#[derive(Template)]
#[template(path = "lesson.html")]
struct LessonPage<'a> {
    s: &'a Shell,
    module_id: &'a str,
    module_title: &'a str,
    slug: &'a str,
    title: &'a str,
    minutes: i64,
    /// The language the lesson is shown in, when it differs from the reader's.
    shown_in: Option<Language>,
    body: &'a str,
    key_points: &'a [String],
    sources: &'a [String],
    audio: Option<&'a str>,
    retired: bool,
    done: bool,
    signed_in: bool,
    statement: Uuid,
    has_check: bool,
    next: Option<(String, String)>,
    listen_js: &'static str,
}

impl LessonPage<'_> {
    /// The tag for the page's speech synthesis: the lesson's language in India.
    pub fn speech_lang(&self) -> String {
        format!("{}-IN", self.shown_in.unwrap_or(self.s.tr.lang).tag())
    }

    pub fn language_name(&self) -> String {
        self.shown_in
            .map(|l| self.s.tr.t(&format!("language-{}", l.tag())))
            .unwrap_or_default()
    }
}

pub async fn show_lesson(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((module_id, slug)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let published = state.catalogue.current();
    let module = find_module(&published, &module_id)?;
    let lesson = module.lesson(&slug).ok_or(WebError::NotFound)?;
    let Some((opened, done)) =
        lesson_standing(&state, ctx.member.as_deref(), module, &lesson.slug).await?
    else {
        return Ok(Redirect::to(&format!("/modules/{module_id}")).into_response());
    };
    let lang = ctx.shell.tr.lang;
    if let Some(member) = &ctx.member {
        if !opened {
            let opened = statement(
                member,
                Verb::Experienced,
                lesson_activity(module, lesson),
                lang,
            );
            state.store.record(&[opened], &[]).await?;
            state.caches.lessons.forget(&(member.id, module.id.clone()));
        }
    }
    let (body, body_lang) = lesson
        .body
        .get(lang)
        .map(|(b, l)| (b.as_str(), l))
        .unwrap_or(("", lang));
    let next = next_after(module, lesson).map(|l| (l.slug.clone(), l.title.text(lang).to_string()));
    let page = LessonPage {
        s: &ctx.shell,
        module_id: &module.id,
        module_title: module.title.text(lang),
        slug: &lesson.slug,
        title: lesson.title.text(body_lang),
        minutes: i64::from(lesson.minutes),
        shown_in: (body_lang != lang).then_some(body_lang),
        body,
        key_points: lesson
            .key_points
            .get(body_lang)
            .map_or(&[][..], |(k, _)| k.as_slice()),
        sources: lesson
            .sources
            .get(body_lang)
            .map_or(&[][..], |(k, _)| k.as_slice()),
        audio: lesson.audio.0.get(&body_lang).map(String::as_str),
        retired: lesson.retired,
        done,
        signed_in: ctx.member.is_some(),
        statement: Uuid::now_v7(),
        has_check: !lesson.check.questions.is_empty(),
        next,
        listen_js: crate::assets::LISTEN_JS_PATH.as_str(),
    };
    // Room for the whole page at once (the frame, the body, and as much again for the key
    // points and sources): grown by doubling, a 16 KB page was copied four times.
    let mut html = String::with_capacity(LessonPage::SIZE_HINT + body.len() * 2);
    page.render_into(&mut html)?;
    Ok(Html(html).into_response())
}

/// A member's lesson records in one module, remembered until she opens or finishes a lesson.
async fn lesson_records(
    state: &AppState,
    member: &Member,
    module: &Module,
) -> Result<Arc<[LessonProgress]>, WebError> {
    let key = (member.id, module.id.clone());
    if let Some(p) = state.caches.lessons.get(&key) {
        return Ok(p);
    }
    let p: Arc<[LessonProgress]> = state
        .store
        .lesson_progress(member.id, Some(&module.id))
        .await?
        .into();
    state.caches.lessons.put(key, p.clone());
    Ok(p)
}

/// Where the reader of one lesson stands: `None` when the module's prerequisites are not all
/// completed; else whether she has opened the lesson before and whether she finished it. The
/// lesson page is the most visited: it reads the one record it needs, not the module's state.
async fn lesson_standing(
    state: &AppState,
    member: Option<&Member>,
    module: &Module,
    slug: &str,
) -> Result<Option<(bool, bool)>, WebError> {
    match member {
        Some(m) if module.prerequisites.is_empty() => {
            let records = lesson_records(state, m, module).await?;
            Ok(Some(match records.iter().find(|p| p.lesson == slug) {
                Some(p) => (true, p.completed_at.is_some()),
                None => (false, false),
            }))
        }
        _ => {
            let st = ModuleState::load(state, member, module).await?;
            Ok(st
                .missing_prerequisites
                .is_empty()
                .then(|| (st.opened.contains(slug), st.done.contains(slug))))
        }
    }
}

fn next_after<'m>(module: &'m Module, lesson: &Lesson) -> Option<&'m Lesson> {
    module
        .current_lessons()
        .skip_while(|l| l.slug != lesson.slug)
        .nth(1)
}

fn lesson_activity(module: &Module, lesson: &Lesson) -> Activity {
    Activity::Lesson {
        module: module.id.clone(),
        lesson: lesson.slug.clone(),
    }
}

/// A statement by `member`, now, through the web.
pub fn statement(member: &Member, verb: Verb, object: Activity, lang: Language) -> Statement {
    Statement {
        id: Uuid::now_v7(),
        actor: member.id,
        verb,
        object,
        parent: None,
        outcome: Outcome::default(),
        lang,
        facilitated: false,
        at: time::OffsetDateTime::now_utc(),
    }
}

#[derive(Deserialize)]
pub struct DoneForm {
    #[serde(default)]
    statement: String,
}

/// "I have finished this lesson": recorded once per form (its statement id), then on to the
/// lesson's check, the next lesson or the module.
pub async fn complete_lesson(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((module_id, slug)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<DoneForm>,
) -> Result<Response, WebError> {
    let member = ctx.member()?;
    let published: Arc<Published> = state.catalogue.current();
    let module = find_module(&published, &module_id)?;
    let lesson = module.lesson(&slug).ok_or(WebError::NotFound)?;
    let mut done = statement(
        member,
        Verb::Completed,
        lesson_activity(module, lesson),
        ctx.shell.tr.lang,
    );
    if let Ok(id) = Uuid::parse_str(form.statement.trim()) {
        done.id = id;
    }
    state
        .store
        .record(&[done], &[completion_rule(module)])
        .await?;
    state.caches.lessons.forget(&(member.id, module.id.clone()));
    let to = if !lesson.check.questions.is_empty() {
        format!("/modules/{}/lessons/{}/check", module.id, lesson.slug)
    } else if let Some(next) = next_after(module, lesson) {
        format!("/modules/{}/lessons/{}", module.id, next.slug)
    } else {
        format!("/modules/{}", module.id)
    };
    Ok(Redirect::to(&to).into_response())
}

/// What "save this module for offline" stores: its pages, and every picture and recording
/// they show (in any language: a shared phone changes hands), with their size in bytes
/// (the pages' own size is an estimate from their text).
#[derive(serde::Serialize)]
pub struct OfflineList {
    urls: Vec<String>,
    bytes: u64,
}

/// `/modules/{module}/offline.json`
pub async fn offline_list(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<axum::Json<OfflineList>, WebError> {
    let published = state.catalogue.current();
    let module = find_module(&published, &id)?;
    let base = format!("/modules/{}", module.id);
    let mut urls = vec![
        base.clone(),
        format!("{base}/tests/pre"),
        format!("{base}/tests/post"),
    ];
    for l in module.current_lessons() {
        urls.push(format!("{base}/lessons/{}", l.slug));
        if !l.check.questions.is_empty() {
            urls.push(format!("{base}/lessons/{}/check", l.slug));
        }
    }
    // A page is its text and about 4 KB of frame, before compression.
    let json = serde_json::to_string(&module).map_err(|e| WebError::Internal(e.to_string()))?;
    let mut bytes = urls.len() as u64 * 4096 + json.len() as u64 / 4;
    for (name, size) in state
        .store
        .media_sizes(&crate::assets::media_names(&json))
        .await?
    {
        bytes += size.max(0) as u64;
        urls.push(format!("/media/{name}"));
    }
    urls.push(crate::assets::LISTEN_JS_PATH.to_string());
    Ok(axum::Json(OfflineList { urls, bytes }))
}

#[derive(Template)]
#[template(path = "offline.html")]
struct OfflinePage<'a> {
    s: &'a crate::context::Shell,
}

/// `/offline`: what the phone shows for a page it has not kept, with no network.
pub async fn show_offline(ctx: Ctx) -> Result<Html<String>, WebError> {
    Ok(Html(OfflinePage { s: &ctx.shell }.render()?))
}
