//! `/search`: lessons, posts and library files in English, Hindi, Odia and Bengali, from the
//! database's own full-text index. A word typed in one Indic script also finds it written in
//! the others; results are only what the reader may see.

use academy_domain::search::{self, Piece};
use academy_store::exchange::{DocKind, SearchHit, SearchQuery, SEARCH_COUNT_CAP};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Html;
use serde::Deserialize;

use super::field::when;
use super::{PageQuery, Pager};
use crate::context::{url_encode, Shell};
use crate::{AppState, Ctx, WebError};

#[derive(Deserialize, Default)]
pub struct SearchForm {
    #[serde(default)]
    q: String,
    #[serde(default, rename = "in")]
    kind: String,
    #[serde(flatten)]
    page: PageQuery,
}

pub struct HitView {
    pub icon: &'static str,
    pub kind: String,
    pub link: String,
    pub title: String,
    pub language: String,
    pub when: String,
    pub snippet: Vec<Piece>,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage<'a> {
    s: &'a Shell,
    q: String,
    kind: String,
    kinds: Vec<(&'static str, String, String)>,
    hits: Vec<HitView>,
    total: i64,
    /// More matches than were counted: shown newest first.
    many: bool,
    searched: bool,
    pager: Pager,
}

/// One result per lesson: the reader's language if it matched, else the best-ranked version.
fn one_per_lesson(hits: Vec<SearchHit>, lang: &str) -> Vec<SearchHit> {
    let mut out: Vec<SearchHit> = Vec::with_capacity(hits.len());
    for hit in hits {
        if hit.kind != DocKind::Lesson {
            out.push(hit);
            continue;
        }
        match out
            .iter_mut()
            .find(|h| h.kind == DocKind::Lesson && h.link == hit.link)
        {
            Some(kept) if hit.language.as_deref() == Some(lang) => *kept = hit,
            Some(_) => {}
            None => out.push(hit),
        }
    }
    out
}

pub async fn show_search(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(form): Query<SearchForm>,
) -> Result<Html<String>, WebError> {
    let s = &ctx.shell;
    let terms = search::terms(&form.q);
    let kind = DocKind::parse(&form.kind);
    let page = form.page.window();
    let found = state
        .store
        .search(&SearchQuery {
            terms: terms.clone(),
            viewer: ctx.viewer(),
            kind,
            page,
        })
        .await?;
    let lang = s.lang();
    let hits = one_per_lesson(found.items, lang)
        .into_iter()
        .map(|h| HitView {
            icon: match h.kind {
                DocKind::Lesson => "book",
                DocKind::Post => "chat",
                DocKind::Resource => "folder",
            },
            kind: s.tr.t(&format!("search-kind-{}", h.kind.as_str())),
            link: h.link,
            language: h
                .language
                .map(|l| s.tr.t(&format!("language-{l}")))
                .unwrap_or_default(),
            when: if h.kind == DocKind::Post {
                when(h.at)
            } else {
                String::new()
            },
            snippet: search::snippet(&h.body, &terms, 30),
            title: h.title,
        })
        .collect();
    let chosen = kind.map(DocKind::as_str).unwrap_or("");
    let kinds = [
        ("", "search-in-all"),
        ("lesson", "search-in-lessons"),
        ("post", "search-in-posts"),
        ("resource", "search-in-library"),
    ]
    .into_iter()
    .filter(|(k, _)| *k != "post" || ctx.member.is_some())
    .map(|(k, key)| {
        let link = if k.is_empty() {
            format!("/search?q={}", url_encode(&form.q))
        } else {
            format!("/search?q={}&in={k}", url_encode(&form.q))
        };
        (k, s.tr.t(key), link)
    })
    .collect();
    let base = if chosen.is_empty() {
        format!("q={}", url_encode(&form.q))
    } else {
        format!("q={}&in={chosen}", url_encode(&form.q))
    };
    let result = SearchPage {
        s,
        q: form.q.clone(),
        kind: chosen.to_string(),
        kinds,
        hits,
        total: found.total.min(SEARCH_COUNT_CAP),
        many: found.total > SEARCH_COUNT_CAP,
        searched: !terms.is_empty(),
        pager: Pager::new(&base, form.page.number(), found.total.min(SEARCH_COUNT_CAP)),
    };
    Ok(Html(result.render()?))
}
