//! The resource library: documents, pictures and recordings with a title, a language and a
//! module, uploaded by staff and experts, read by everyone. Type and size are judged from the
//! file's bytes; the bytes go to the file store (data folder or S3).

use academy_domain::forum::{self, Resource, ResourceKind};
use academy_domain::{text, Language, Role};
use academy_store::exchange::ResourceFilter;
use askama::Template;
use axum::body::Body;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Extension;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use time::OffsetDateTime;
use uuid::Uuid;

use super::choices::{self, Choice};
use super::field::{module_choices, when};
use super::upload;
use super::{FormErrors, PageQuery, Pager};
use crate::context::{url_encode, Shell};
use crate::csrf::{CsrfForm, CsrfToken};
use crate::files;
use crate::i18n::Arg;
use crate::{AppState, Ctx, WebError};

/// The most a library upload may be (the largest kind's limit), plus room for the form.
pub const UPLOAD_BODY_MAX: usize = 10 * 1024 * 1024 + 64 * 1024;

/// Staff and experts add to the library.
fn may_upload(ctx: &Ctx) -> bool {
    ctx.member
        .as_ref()
        .is_some_and(|m| m.roles.iter().any(|r| r != Role::Learner))
}

/// Managers and moderators take files down.
fn may_hide(ctx: &Ctx) -> bool {
    ctx.shell.can_manage() || ctx.shell.moderates()
}

pub struct ResourceRow {
    pub link: String,
    pub icon: &'static str,
    pub title: String,
    pub about: String,
}

fn icon_of(kind: ResourceKind) -> &'static str {
    match kind {
        ResourceKind::Document => "scroll",
        ResourceKind::Image => "eye",
        ResourceKind::Audio => "speaker",
    }
}

/// "PDF · 1.2 MB · Hindi · Health and safety".
fn about(s: &Shell, state: &AppState, r: &Resource) -> String {
    let published = state.catalogue.current();
    let mut parts = vec![
        s.tr.t(&format!("library-kind-{}", r.kind.as_str())),
        size_text(r.size),
        s.tr.t(&format!("language-{}", r.language.as_str())),
    ];
    if let Some(m) = r
        .module
        .as_deref()
        .and_then(|m| published.curriculum.module(m))
    {
        parts.push(m.title.text(s.tr.lang).to_string());
    }
    parts.join(" · ")
}

fn size_text(bytes: i64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} KB", (bytes + 1023) / 1024)
    }
}

#[derive(Deserialize, Default)]
pub struct LibraryQuery {
    #[serde(default)]
    module: String,
    #[serde(default)]
    language: String,
    #[serde(flatten)]
    page: PageQuery,
}

#[derive(Template)]
#[template(path = "library.html")]
struct LibraryPage<'a> {
    s: &'a Shell,
    rows: Vec<ResourceRow>,
    modules: Vec<Choice>,
    languages: Vec<Choice>,
    module: String,
    language: String,
    can_upload: bool,
    pager: Pager,
}

/// `/library`: newest first, filtered by module and language.
pub async fn show_library(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<LibraryQuery>,
) -> Result<Html<String>, WebError> {
    let s = &ctx.shell;
    let filter = ResourceFilter {
        module: Some(q.module.clone()).filter(|m| !m.is_empty()),
        language: Language::parse("language", &q.language).ok(),
        include_hidden: false,
    };
    let list = state.store.resources(&filter, q.page.window()).await?;
    let rows = list
        .items
        .iter()
        .map(|r| ResourceRow {
            link: format!("/library/{}", r.id),
            icon: icon_of(r.kind),
            title: r.title.clone(),
            about: about(s, &state, r),
        })
        .collect();
    let base = format!(
        "module={}&language={}",
        url_encode(&q.module),
        url_encode(&q.language)
    );
    let page = LibraryPage {
        s,
        rows,
        modules: module_choices(&state, s),
        languages: choices::languages(),
        module: q.module,
        language: q.language,
        can_upload: may_upload(&ctx),
        pager: Pager::new(&base, q.page.number(), list.total),
    };
    Ok(Html(page.render()?))
}

#[derive(Template)]
#[template(path = "library_new.html")]
struct UploadPage<'a> {
    s: &'a Shell,
    modules: Vec<Choice>,
    languages: Vec<Choice>,
    title: String,
    description: String,
    module: String,
    language: String,
    errors: FormErrors,
}

/// `/library/new`: the upload form.
pub async fn new_resource(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Html<String>, WebError> {
    ctx.member()?;
    if !may_upload(&ctx) {
        return Err(WebError::Forbidden);
    }
    let s = &ctx.shell;
    let page = UploadPage {
        s,
        modules: module_choices(&state, s),
        languages: choices::languages(),
        title: String::new(),
        description: String::new(),
        module: String::new(),
        language: s.lang().to_string(),
        errors: FormErrors::default(),
    };
    Ok(Html(page.render()?))
}

/// Checks and stores an upload: nothing is kept unless every field and the file are right.
pub async fn create_resource(
    State(state): State<AppState>,
    ctx: Ctx,
    Extension(token): Extension<CsrfToken>,
    form: Multipart,
) -> Result<Response, WebError> {
    let me = ctx.member()?.clone();
    if !may_upload(&ctx) {
        return Err(WebError::Forbidden);
    }
    let upload = upload::read(form, &token, "file", UPLOAD_BODY_MAX).await?;
    let s = &ctx.shell;
    let published = state.catalogue.current();
    let mut errors = FormErrors::default();
    let title = forum::title(upload.field("title"))
        .map_err(|e| errors.add("title", super::problem_message(s.tr, &e.problem)))
        .ok();
    let description = text::optional("description", upload.field("description"), 1000)
        .map_err(|e| errors.add("description", super::problem_message(s.tr, &e.problem)))
        .ok()
        .map(Option::unwrap_or_default);
    let language = Language::parse("language", upload.field("language"))
        .map_err(|e| errors.add("language", super::problem_message(s.tr, &e.problem)))
        .ok();
    let module = match upload.field("module") {
        "" => Some(None),
        m if published.curriculum.module(m).is_some() => Some(Some(m.to_string())),
        _ => {
            errors.add("module", s.tr.t("problem-not-allowed"));
            None
        }
    };
    let sniffed = match (&upload.file, upload.too_large) {
        (_, true) => {
            errors.add("file", s.tr.t("upload-too-large"));
            None
        }
        (None, false) => {
            errors.add("file", s.tr.t("library-file-needed"));
            None
        }
        (Some(bytes), false) => match files::sniff(bytes) {
            None => {
                errors.add("file", s.tr.t("library-file-kind"));
                None
            }
            Some(found) if bytes.len() > files::max_size(found.kind) => {
                errors.add("file", s.tr.t("upload-too-large"));
                None
            }
            Some(found) => Some(found),
        },
    };
    if let (
        Some(title),
        Some(description),
        Some(language),
        Some(module),
        Some(found),
        Some(bytes),
    ) = (
        title,
        description,
        language,
        module,
        sniffed,
        upload.file.as_ref(),
    ) {
        if errors.is_empty() {
            let id = Uuid::now_v7();
            let name = format!("library/{id}.{}", found.extension);
            state
                .files
                .put(&name, bytes.clone())
                .await
                .map_err(|e| WebError::Internal(e.to_string()))?;
            let resource = Resource {
                id,
                title,
                description,
                language,
                module,
                kind: found.kind,
                content_type: found.content_type.to_string(),
                size: bytes.len() as i64,
                sha256: hex(&Sha256::digest(bytes)),
                file: name,
                uploaded_by: me.id,
                uploaded_by_name: me.draft.full_name.clone(),
                created_at: OffsetDateTime::now_utc(),
                hidden: false,
            };
            state.store.add_resource(&resource).await?;
            return Ok(Redirect::to(&format!("/library/{id}")).into_response());
        }
    }
    let page = UploadPage {
        s,
        modules: module_choices(&state, s),
        languages: choices::languages(),
        title: upload.field("title").to_string(),
        description: upload.field("description").to_string(),
        module: upload.field("module").to_string(),
        language: upload.field("language").to_string(),
        errors,
    };
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(page.render()?)).into_response())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[derive(Template)]
#[template(path = "library_show.html")]
struct ResourcePage<'a> {
    s: &'a Shell,
    id: Uuid,
    title: String,
    description: String,
    about: String,
    kind: &'static str,
    by_line: String,
    hidden: bool,
    can_hide: bool,
}

/// `/library/{id}`: the file shown (picture, player) or offered for download.
pub async fn show_resource(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
) -> Result<Html<String>, WebError> {
    let r = state.store.resource(id).await?;
    if r.hidden && !may_hide(&ctx) {
        return Err(WebError::NotFound);
    }
    let s = &ctx.shell;
    let page = ResourcePage {
        s,
        id,
        about: about(s, &state, &r),
        kind: r.kind.as_str(),
        by_line: s.ta(
            "library-by",
            &[
                ("name", Arg::Text(r.uploaded_by_name.clone())),
                ("when", Arg::Text(when(r.created_at))),
            ],
        ),
        hidden: r.hidden,
        can_hide: may_hide(&ctx),
        title: r.title,
        description: r.description,
    };
    Ok(Html(page.render()?))
}

/// `/library/{id}/file`: the bytes, with the type found when they were uploaded.
pub async fn resource_file(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
) -> Result<Response, WebError> {
    let r = state.store.resource(id).await?;
    if r.hidden && !may_hide(&ctx) {
        return Err(WebError::NotFound);
    }
    let bytes = state.files.get(&r.file).await.map_err(|e| match e {
        files::FileError::NotFound => WebError::NotFound,
        e => WebError::Internal(e.to_string()),
    })?;
    let extension = r.file.rsplit('.').next().unwrap_or("bin");
    let disposition = format!("inline; filename=\"{id}.{extension}\"");
    Ok((
        [
            (header::CONTENT_TYPE, r.content_type),
            (header::CONTENT_DISPOSITION, disposition),
            (
                header::CACHE_CONTROL,
                "public, max-age=604800, immutable".into(),
            ),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".into()),
        ],
        Body::from(bytes),
    )
        .into_response())
}

#[derive(Deserialize)]
pub struct HideForm {
    #[serde(default)]
    hidden: String,
}

/// Takes a file down (or puts it back).
pub async fn hide_resource(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<HideForm>,
) -> Result<Redirect, WebError> {
    let me = ctx.member()?;
    if !may_hide(&ctx) {
        return Err(WebError::Forbidden);
    }
    state
        .store
        .set_resource_hidden(id, form.hidden == "on", me.id, OffsetDateTime::now_utc())
        .await?;
    Ok(Redirect::to(&format!("/library/{id}")))
}
