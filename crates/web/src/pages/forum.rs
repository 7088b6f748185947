//! The forums: one per module and a few general ones, threads and replies in any language,
//! questions that experts answer and askers accept, pictures, quotes and links to lessons.
//! Members only: what people say here about their work and lives is not for the open web.

use academy_content::Curriculum;
use academy_domain::forum::{
    self, Block, Forum, Inline, NewPost, NewThread, Post, PostStatus, ThreadSummary,
};
use academy_domain::{Language, Member, Role};
use askama::Template;
use axum::body::Body;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Extension;
use serde::Deserialize;
use time::OffsetDateTime;
use uuid::Uuid;

use super::field::when;
use super::upload::{self, Upload};
use super::{FormErrors, PageQuery, Pager};
use crate::context::Shell;
use crate::csrf::{CsrfForm, CsrfToken};
use crate::files::{self, Sniffed};
use crate::{AppState, Ctx, WebError};

/// The largest picture in a post.
pub const POST_IMAGE_MAX: usize = 2 * 1024 * 1024;

/// The setting that holds new members' first posts for a moderator.
pub const HOLD_FIRST_POSTS: &str = "forum.hold_first_posts";

/// A forum's name in the reader's language: its module's title, or the general forum's.
pub fn forum_name(s: &Shell, curriculum: &Curriculum, forum: &Forum) -> String {
    match forum.module.as_deref().and_then(|m| curriculum.module(m)) {
        Some(module) => module.title.text(s.tr.lang).to_string(),
        None => s.tr.t(&format!("forum-name-{}", forum.id)),
    }
}

/// A forum the viewer may open.
async fn open_forum(state: &AppState, ctx: &Ctx, id: &str) -> Result<Forum, WebError> {
    let forum = state.store.forum(id).await?;
    if forum.women_only && !ctx.viewer().sees_women_only() {
        return Err(WebError::NotFound);
    }
    Ok(forum)
}

pub struct ForumRow {
    pub link: String,
    pub name: String,
    pub women_only: bool,
    pub threads: i64,
    pub unread: i64,
    pub last: String,
}

#[derive(Template)]
#[template(path = "forums.html")]
struct ForumsPage<'a> {
    s: &'a Shell,
    general: Vec<ForumRow>,
    modules: Vec<ForumRow>,
}

/// `/forums`: the general forums, then one per module.
pub async fn show_forums(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Html<String>, WebError> {
    ctx.member()?;
    let s = &ctx.shell;
    let published = state.catalogue.current();
    let (mut general, mut modules) = (Vec::new(), Vec::new());
    for f in state.store.forums(&ctx.viewer()).await? {
        let row = ForumRow {
            link: format!("/forums/{}", f.forum.id),
            name: forum_name(s, &published.curriculum, &f.forum),
            women_only: f.forum.women_only,
            threads: f.threads,
            unread: f.unread,
            last: f.last_post_at.map(when).unwrap_or_default(),
        };
        match f.forum.module {
            Some(_) => modules.push(row),
            None => general.push(row),
        }
    }
    Ok(Html(
        ForumsPage {
            s,
            general,
            modules,
        }
        .render()?,
    ))
}

pub struct ThreadRow {
    pub link: String,
    pub title: String,
    pub by: String,
    pub question: bool,
    pub answered: bool,
    pub accepted: bool,
    pub replies: i64,
    pub last: String,
    pub unread: bool,
    pub waiting: bool,
}

pub fn thread_row(s: &Shell, t: &ThreadSummary) -> ThreadRow {
    ThreadRow {
        link: format!("/threads/{}", t.id),
        title: t.title.clone(),
        by: t
            .author_name
            .clone()
            .unwrap_or_else(|| s.tr.t("forum-anonymous")),
        question: t.question,
        answered: t.answered,
        accepted: t.accepted,
        replies: t.replies,
        last: when(t.last_post_at),
        unread: t.unread,
        waiting: t.status != PostStatus::Shown,
    }
}

#[derive(Template)]
#[template(path = "forum.html")]
struct ForumPage<'a> {
    s: &'a Shell,
    id: String,
    name: String,
    women_only: bool,
    module_link: Option<String>,
    threads: Vec<ThreadRow>,
    pager: Pager,
}

/// `/forums/{id}`: threads, newest activity first.
pub async fn show_forum(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<PageQuery>,
) -> Result<Html<String>, WebError> {
    ctx.member()?;
    let forum = open_forum(&state, &ctx, &id).await?;
    let s = &ctx.shell;
    let published = state.catalogue.current();
    let list = state.store.threads(&id, &ctx.viewer(), q.window()).await?;
    let page = ForumPage {
        s,
        name: forum_name(s, &published.curriculum, &forum),
        women_only: forum.women_only,
        module_link: forum.module.as_ref().map(|m| format!("/modules/{m}")),
        threads: list.items.iter().map(|t| thread_row(s, t)).collect(),
        pager: Pager::new("", q.number(), list.total),
        id,
    };
    Ok(Html(page.render()?))
}

#[derive(Template)]
#[template(path = "questions.html")]
struct QuestionsPage<'a> {
    s: &'a Shell,
    threads: Vec<ThreadRow>,
    pager: Pager,
}

/// `/questions`: questions no expert has answered yet, oldest first.
pub async fn show_questions(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<PageQuery>,
) -> Result<Html<String>, WebError> {
    ctx.member()?;
    let s = &ctx.shell;
    let list = state.store.unanswered(&ctx.viewer(), q.window()).await?;
    let page = QuestionsPage {
        s,
        threads: list.items.iter().map(|t| thread_row(s, t)).collect(),
        pager: Pager::new("", q.number(), list.total),
    };
    Ok(Html(page.render()?))
}

#[derive(Template)]
#[template(path = "thread_new.html")]
struct NewThreadPage<'a> {
    s: &'a Shell,
    id: String,
    name: String,
    anonymous_allowed: bool,
    title: String,
    body: String,
    question: bool,
    anonymous: bool,
    errors: FormErrors,
}

/// `/forums/{id}/new`: the form for a new thread or question.
pub async fn new_thread(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Html<String>, WebError> {
    ctx.member()?;
    let forum = open_forum(&state, &ctx, &id).await?;
    let s = &ctx.shell;
    let published = state.catalogue.current();
    let page = NewThreadPage {
        s,
        name: forum_name(s, &published.curriculum, &forum),
        anonymous_allowed: forum.anonymous_questions,
        title: String::new(),
        body: String::new(),
        question: true,
        anonymous: false,
        errors: FormErrors::default(),
        id,
    };
    Ok(Html(page.render()?))
}

/// Whether the member may post now, and whether the post waits for a moderator.
async fn posting_status(
    state: &AppState,
    member: &Member,
) -> Result<Result<PostStatus, String>, WebError> {
    let now = OffsetDateTime::now_utc();
    if state.store.muted(member.id, now).await?.is_some() {
        return Ok(Err("forum-muted".into()));
    }
    let hold = state.store.setting(HOLD_FIRST_POSTS).await?.as_deref() == Some("on");
    let trusted = member.roles.iter().any(|r| r != Role::Learner);
    if hold && !trusted && state.store.shown_posts_by(member.id).await? == 0 {
        return Ok(Ok(PostStatus::Held));
    }
    Ok(Ok(PostStatus::Shown))
}

/// A post's text, whether it is shown or held, and its stored picture: the checks a new
/// thread and a reply share. Problems go into `errors`; the picture is stored only when
/// everything else is right.
async fn checked_post(
    state: &AppState,
    s: &Shell,
    me: &Member,
    upload: &Upload,
    errors: &mut FormErrors,
) -> Result<Option<(String, PostStatus, Option<String>)>, WebError> {
    let body = forum::body("body", upload.field("body"))
        .map_err(|e| errors.add("body", super::problem_message(s.tr, &e.problem)))
        .ok();
    let status = match posting_status(state, me).await? {
        Ok(status) => Some(status),
        Err(key) => {
            errors.add("body", s.tr.t(&key));
            None
        }
    };
    let (Some(body), Some(status), true) = (body, status, errors.is_empty()) else {
        return Ok(None);
    };
    match store_image(state, s, upload).await? {
        Ok(image) => Ok(Some((body, status, image))),
        Err(message) => {
            errors.add("image", message);
            Ok(None)
        }
    }
}

/// Checks a post's picture and stores it; `Err` names the problem for the form.
async fn store_image(
    state: &AppState,
    s: &Shell,
    upload: &Upload,
) -> Result<Result<Option<String>, String>, WebError> {
    if upload.too_large {
        return Ok(Err(s.tr.t("upload-too-large")));
    }
    let Some(bytes) = &upload.file else {
        return Ok(Ok(None));
    };
    match files::sniff(bytes) {
        Some(Sniffed {
            kind: forum::ResourceKind::Image,
            extension,
            ..
        }) => {
            let name = format!("forum/{}.{extension}", Uuid::now_v7());
            state
                .files
                .put(&name, bytes.clone())
                .await
                .map_err(|e| WebError::Internal(e.to_string()))?;
            Ok(Ok(Some(name)))
        }
        _ => Ok(Err(s.tr.t("upload-not-picture"))),
    }
}

/// Posts a new thread (multipart: it may carry a picture).
pub async fn create_thread(
    State(state): State<AppState>,
    ctx: Ctx,
    Extension(token): Extension<CsrfToken>,
    Path(id): Path<String>,
    form: Multipart,
) -> Result<Response, WebError> {
    let me = ctx.member()?.clone();
    let forum = open_forum(&state, &ctx, &id).await?;
    let upload = upload::read(form, &token, "image", POST_IMAGE_MAX).await?;
    let s = &ctx.shell;
    let mut errors = FormErrors::default();
    let title = forum::title(upload.field("title"))
        .map_err(|e| errors.add("title", super::problem_message(s.tr, &e.problem)))
        .ok();
    let post = checked_post(&state, s, &me, &upload, &mut errors).await?;
    if let (Some(title), Some((body, status, image)), true) = (title, post, errors.is_empty()) {
        let id = Uuid::now_v7();
        let thread = NewThread {
            id,
            forum: forum.id.clone(),
            title,
            author: me.id,
            question: upload.checked("question"),
            anonymous: forum.anonymous_questions && upload.checked("anonymous"),
            first: NewPost {
                id,
                thread: id,
                author: me.id,
                by_expert: me.roles.has(Role::Expert),
                body,
                image,
                status,
                at: OffsetDateTime::now_utc(),
            },
        };
        state.store.start_thread(&thread).await?;
        let held = if status == PostStatus::Held {
            "?held=1"
        } else {
            ""
        };
        return Ok(Redirect::to(&format!("/threads/{id}{held}")).into_response());
    }
    let published = state.catalogue.current();
    let page = NewThreadPage {
        s,
        name: forum_name(s, &published.curriculum, &forum),
        anonymous_allowed: forum.anonymous_questions,
        title: upload.field("title").to_string(),
        body: upload.field("body").to_string(),
        question: upload.checked("question"),
        anonymous: upload.checked("anonymous"),
        errors,
        id: forum.id,
    };
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(page.render()?)).into_response())
}

/// A piece of a rendered post.
pub struct Part {
    pub text: String,
    pub href: Option<String>,
    pub mention: bool,
    pub br: bool,
}

pub struct BlockView {
    pub quote: bool,
    pub parts: Vec<Part>,
}

/// A post's text as blocks for the page: lesson paths become links with the lesson's title
/// in the reader's language; other addresses stay links; nothing is ever raw HTML.
pub fn render_body(text: &str, curriculum: &Curriculum, lang: Language) -> Vec<BlockView> {
    let part = |inline: Inline| match inline {
        Inline::Text(text) => Part {
            text,
            href: None,
            mention: false,
            br: false,
        },
        Inline::LineBreak => Part {
            text: String::new(),
            href: None,
            mention: false,
            br: true,
        },
        Inline::Link(url) => Part {
            text: url.clone(),
            href: Some(url),
            mention: false,
            br: false,
        },
        Inline::Lesson { module, lesson } => {
            let path = format!("/modules/{module}/lessons/{lesson}");
            match curriculum.module(&module).and_then(|m| m.lesson(&lesson)) {
                Some(l) => Part {
                    text: format!("📖 {}", l.title.text(lang)),
                    href: Some(path),
                    mention: false,
                    br: false,
                },
                None => Part {
                    text: path,
                    href: None,
                    mention: false,
                    br: false,
                },
            }
        }
        Inline::Mention(code) => Part {
            text: format!("@{}", code.as_str()),
            href: None,
            mention: true,
            br: false,
        },
    };
    forum::blocks(text)
        .into_iter()
        .map(|b| match b {
            Block::Paragraph(inlines) => BlockView {
                quote: false,
                parts: inlines.into_iter().map(part).collect(),
            },
            Block::Quote(inlines) => BlockView {
                quote: true,
                parts: inlines.into_iter().map(part).collect(),
            },
        })
        .collect()
}

pub struct PostView {
    pub id: Uuid,
    pub author: String,
    pub expert: bool,
    pub accepted: bool,
    pub status: &'static str,
    pub when: String,
    pub blocks: Vec<BlockView>,
    pub image: bool,
    pub reports: i64,
    pub can_accept: bool,
}

#[derive(Template)]
#[template(path = "thread.html")]
struct ThreadPage<'a> {
    s: &'a Shell,
    id: Uuid,
    forum_link: String,
    forum_name: String,
    title: String,
    question: bool,
    answered: bool,
    anonymous: bool,
    revealed: bool,
    posts: Vec<PostView>,
    held: bool,
    reply: String,
    errors: FormErrors,
}

#[derive(Deserialize, Default)]
pub struct ThreadQuery {
    quote: Option<Uuid>,
    held: Option<String>,
}

async fn render_thread(
    state: &AppState,
    ctx: &Ctx,
    id: Uuid,
    reply: Option<String>,
    quote: Option<Uuid>,
    held: bool,
    errors: FormErrors,
) -> Result<String, WebError> {
    let me = ctx.member()?;
    let viewer = ctx.viewer();
    let (thread, posts) = state.store.thread(id, &viewer).await?;
    let forum = open_forum(state, ctx, &thread.summary.forum).await?;
    if thread.summary.unread {
        state
            .store
            .mark_read(me.id, id, OffsetDateTime::now_utc())
            .await?;
    }
    let s = &ctx.shell;
    let published = state.catalogue.current();
    let lang = s.tr.lang;
    let asker = thread.author == me.id;
    let can_accept = (asker || viewer.moderates()) && thread.summary.question;
    let name_of = |p: &Post| {
        p.author_name
            .clone()
            .unwrap_or_else(|| s.tr.t("forum-anonymous"))
    };
    let reply = reply.unwrap_or_else(|| {
        quote
            .and_then(|q| posts.iter().find(|p| p.id == q))
            .map(|p| forum::quote(&name_of(p), &p.body))
            .unwrap_or_default()
    });
    let views = posts
        .iter()
        .map(|p| PostView {
            id: p.id,
            author: name_of(p),
            expert: p.by_expert,
            accepted: thread.accepted_post == Some(p.id),
            status: p.status.as_str(),
            when: when(p.created_at),
            blocks: render_body(&p.body, &published.curriculum, lang),
            image: p.image.is_some(),
            reports: p.reports,
            can_accept: can_accept
                && p.id != thread.summary.id
                && p.status == PostStatus::Shown
                && thread.accepted_post != Some(p.id),
        })
        .collect();
    let page = ThreadPage {
        s: &ctx.shell,
        id,
        forum_link: format!("/forums/{}", forum.id),
        forum_name: forum_name(s, &published.curriculum, &forum),
        title: thread.summary.title.clone(),
        question: thread.summary.question,
        answered: thread.summary.accepted,
        anonymous: thread.anonymous,
        revealed: thread.revealed,
        posts: views,
        held,
        reply,
        errors,
    };
    Ok(page.render()?)
}

/// `/threads/{id}`: the question or topic, the accepted answer, then the replies in order.
pub async fn show_thread(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Query(q): Query<ThreadQuery>,
) -> Result<Html<String>, WebError> {
    let held = q.held.is_some();
    Ok(Html(
        render_thread(&state, &ctx, id, None, q.quote, held, FormErrors::default()).await?,
    ))
}

/// Posts a reply (multipart: it may carry a picture).
pub async fn reply(
    State(state): State<AppState>,
    ctx: Ctx,
    Extension(token): Extension<CsrfToken>,
    Path(id): Path<Uuid>,
    form: Multipart,
) -> Result<Response, WebError> {
    let me = ctx.member()?.clone();
    // The thread must be one the member can see (and so reply to).
    state.store.thread(id, &ctx.viewer()).await?;
    let upload = upload::read(form, &token, "image", POST_IMAGE_MAX).await?;
    let s = &ctx.shell;
    let mut errors = FormErrors::default();
    let post = checked_post(&state, s, &me, &upload, &mut errors).await?;
    if let (Some((body, status, image)), true) = (post, errors.is_empty()) {
        let post = NewPost {
            id: Uuid::now_v7(),
            thread: id,
            author: me.id,
            by_expert: me.roles.has(Role::Expert),
            body,
            image,
            status,
            at: OffsetDateTime::now_utc(),
        };
        state.store.reply(&post).await?;
        let held = if status == PostStatus::Held {
            "?held=1"
        } else {
            ""
        };
        return Ok(Redirect::to(&format!("/threads/{id}{held}#p-{}", post.id)).into_response());
    }
    let html = render_thread(
        &state,
        &ctx,
        id,
        Some(upload.field("body").to_string()),
        None,
        false,
        errors,
    )
    .await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
}

#[derive(Deserialize)]
pub struct AcceptForm {
    post: Uuid,
}

/// The asker (or a moderator) accepts an answer.
pub async fn accept(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<AcceptForm>,
) -> Result<Redirect, WebError> {
    ctx.member()?;
    state
        .store
        .accept_answer(id, form.post, &ctx.viewer(), OffsetDateTime::now_utc())
        .await?;
    Ok(Redirect::to(&format!("/threads/{id}#p-{}", form.post)))
}

/// `/posts/{id}/image`: a post's picture, for those who may see the post.
pub async fn post_image(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(post): Path<Uuid>,
) -> Result<Response, WebError> {
    ctx.member()?;
    let (_, thread, _) = state.store.post_place(post).await?;
    let (_, posts) = state.store.thread(thread, &ctx.viewer()).await?;
    let name = posts
        .into_iter()
        .find(|p| p.id == post)
        .and_then(|p| p.image)
        .ok_or(WebError::NotFound)?;
    let bytes = state.files.get(&name).await.map_err(|e| match e {
        files::FileError::NotFound => WebError::NotFound,
        e => WebError::Internal(e.to_string()),
    })?;
    Ok((
        [
            (header::CONTENT_TYPE, files::content_type_of(&name)),
            (header::CACHE_CONTROL, "private, max-age=86400"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        Body::from(bytes),
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPage<'a> {
    s: &'a Shell,
    post: Uuid,
    thread: Uuid,
    reason: String,
    errors: FormErrors,
    done: bool,
}

/// `/posts/{id}/report`: asks why.
pub async fn report_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(post): Path<Uuid>,
) -> Result<Html<String>, WebError> {
    ctx.member()?;
    let (_, thread, _) = state.store.post_place(post).await?;
    state.store.thread(thread, &ctx.viewer()).await?;
    let page = ReportPage {
        s: &ctx.shell,
        post,
        thread,
        reason: String::new(),
        errors: FormErrors::default(),
        done: false,
    };
    Ok(Html(page.render()?))
}

#[derive(Deserialize)]
pub struct ReasonForm {
    #[serde(default)]
    reason: String,
}

/// Reports a post to the moderators.
pub async fn report(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(post): Path<Uuid>,
    CsrfForm(form): CsrfForm<ReasonForm>,
) -> Result<Response, WebError> {
    let me = ctx.member()?;
    let (_, thread, _) = state.store.post_place(post).await?;
    state.store.thread(thread, &ctx.viewer()).await?;
    let mut errors = FormErrors::default();
    match forum::reason(&form.reason) {
        Ok(reason) => {
            state
                .store
                .report_post(post, me.id, &reason, OffsetDateTime::now_utc())
                .await?;
        }
        Err(e) => errors.add("reason", super::problem_message(ctx.shell.tr, &e.problem)),
    }
    let done = errors.is_empty();
    let page = ReportPage {
        s: &ctx.shell,
        post,
        thread,
        reason: form.reason,
        errors,
        done,
    };
    let status = if done {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok((status, Html(page.render()?)).into_response())
}
