//! `/notices`: what happened that concerns me: replies to my threads, answers to my questions,
//! my answers accepted, mentions, messages from my mentor or mentee. Opening the page marks
//! them read.

use academy_domain::forum::NoticeKind;
use askama::Template;
use axum::extract::State;
use axum::response::Html;
use time::OffsetDateTime;

use super::field::when;
use crate::context::Shell;
use crate::i18n::Arg;
use crate::{AppState, Ctx, WebError};

pub struct NoticeView {
    pub icon: &'static str,
    pub text: String,
    pub link: String,
    pub when: String,
    pub unread: bool,
}

#[derive(Template)]
#[template(path = "notices.html")]
struct NoticesPage<'a> {
    s: &'a Shell,
    notices: Vec<NoticeView>,
}

pub async fn show_notices(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Html<String>, WebError> {
    let me = ctx.member()?;
    let s = &ctx.shell;
    let notices = state
        .store
        .notices(me.id, 100)
        .await?
        .into_iter()
        .map(|n| {
            let who = n.actor_name.unwrap_or_else(|| s.tr.t("forum-anonymous"));
            let (icon, key) = match n.kind {
                NoticeKind::Reply => ("chat", "notice-reply"),
                NoticeKind::Answer => ("quiz", "notice-answer"),
                NoticeKind::Accepted => ("tick", "notice-accepted"),
                NoticeKind::Mention => ("user", "notice-mention"),
                NoticeKind::Message => ("handshake", "notice-message"),
            };
            NoticeView {
                icon,
                text: s.ta(
                    key,
                    &[("who", Arg::Text(who)), ("title", Arg::Text(n.title))],
                ),
                link: n.link,
                when: when(n.at),
                unread: !n.read,
            }
        })
        .collect::<Vec<_>>();
    if notices.iter().any(|n| n.unread) {
        state
            .store
            .mark_notices_read(me.id, OffsetDateTime::now_utc())
            .await?;
        state.caches.notices.forget(&me.id);
    }
    Ok(Html(NoticesPage { s, notices }.render()?))
}
