//! `/privacy`: the academy's privacy notice under India's DPDP Act 2023, in the reader's
//! language (from `content/privacy/`), with the academy's own contact and retention period,
//! and the listen button, as a lesson has.

use academy_domain::Language;
use askama::Template;
use axum::extract::State;
use axum::response::Html;

use crate::context::Shell;
use crate::i18n::Arg;
use crate::{AppState, Ctx, WebError};

const NOTICES: [(Language, &str); 4] = [
    (
        Language::En,
        include_str!("../../../../content/privacy/notice.en.md"),
    ),
    (
        Language::Hi,
        include_str!("../../../../content/privacy/notice.hi.md"),
    ),
    (
        Language::Or,
        include_str!("../../../../content/privacy/notice.or.md"),
    ),
    (
        Language::Bn,
        include_str!("../../../../content/privacy/notice.bn.md"),
    ),
];

#[derive(Template)]
#[template(path = "privacy.html")]
struct NoticePage<'a> {
    s: &'a Shell,
    title: String,
    body: String,
    listen_js: &'static str,
}

/// The notice's title (from its front matter) and body, in `lang`.
fn notice(lang: Language) -> (String, &'static str) {
    let text = NOTICES
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, t)| *t)
        .unwrap_or(NOTICES[0].1);
    let (front, body) = text
        .strip_prefix("+++")
        .and_then(|rest| rest.split_once("+++"))
        .unwrap_or(("", text));
    let title = front
        .lines()
        .find_map(|l| l.trim().strip_prefix("title = "))
        .map(|t| t.trim_matches('"').to_string())
        .unwrap_or_default();
    (title, body)
}

pub async fn show_notice(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Html<String>, WebError> {
    let s = &ctx.shell;
    let (title, body) = notice(s.tr.lang);
    let contact = state
        .privacy
        .contact
        .clone()
        .unwrap_or_else(|| s.tr.t("privacy-contact-default"));
    let years = i64::from(state.privacy.retention_years);
    let retention = s.ta(
        "privacy-years",
        &[
            ("years", Arg::Count(years)),
            ("shown", Arg::Text(s.tr.num(years))),
        ],
    );
    // Placeholders are filled as plain text: escaped here, since the body is Markdown.
    let escape = |t: &str| t.replace('<', "&lt;").replace('>', "&gt;");
    let filled = body
        .replace("{contact}", &escape(&contact))
        .replace("{retention}", &escape(&retention));
    let body = academy_content::markdown::render(&filled, &mut |_| {
        Err("the privacy notice has no pictures".to_string())
    })
    .map_err(|problems| WebError::Internal(format!("the privacy notice: {problems:?}")))?;
    Ok(Html(
        NoticePage {
            s,
            title,
            body,
            listen_js: crate::assets::LISTEN_JS_PATH.as_str(),
        }
        .render()?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_a_notice_that_renders() {
        for (lang, _) in NOTICES {
            let (title, body) = notice(lang);
            assert!(!title.is_empty(), "{lang:?}");
            assert!(
                body.contains("{contact}") && body.contains("{retention}"),
                "{lang:?}"
            );
            let html = academy_content::markdown::render(body, &mut |_| Err(String::new()));
            assert!(html.is_ok(), "{lang:?}: {html:?}");
        }
    }
}
