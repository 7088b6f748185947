//! What every page knows about the request: who is signed in, which language they read, the
//! CSRF token for its forms and where it is (for the language links).

use std::sync::Arc;

use academy_domain::forum::Viewer;
use academy_domain::{Gender, Language, Member, Role, Roles};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderMap};
use tower_sessions::Session;

use crate::auth::MEMBER_KEY;
use crate::csrf::CsrfToken;
use crate::frame::CookieLanguage;
use crate::i18n::{Arg, ElementText, HtmlText, Tr};
use crate::{AppState, WebError};

/// The frame of every page: language, the signed-in member's name and roles, the CSRF token.
#[derive(Debug, Clone)]
pub struct Shell {
    pub tr: Tr,
    pub signed_in: Option<(String, Roles)>,
    pub csrf: String,
    /// The current path and query, so that a language link brings the reader back here.
    pub path: String,
    /// Unread notices of the signed-in member.
    pub notices: i64,
}

impl Shell {
    pub fn anonymous(tr: Tr, path: String) -> Self {
        Shell {
            tr,
            signed_in: None,
            csrf: String::new(),
            path,
            notices: 0,
        }
    }

    /// The message `key`, escaped for the page (Rust code that wants the text asks `tr`).
    pub fn t(&self, key: &str) -> HtmlText {
        self.tr.html(key)
    }

    /// Text for between tags (not for attributes), escaped quickly.
    pub fn text<'a>(&self, text: &'a str) -> ElementText<'a> {
        ElementText(text)
    }

    pub fn ta(&self, key: &str, args: &[(&str, Arg)]) -> String {
        self.tr.ta(key, args)
    }

    /// A message with one text argument.
    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        self.tr.ta(key, &[(name, Arg::Text(value.to_string()))])
    }

    /// A message with one count argument `n`, shown in the language's digits.
    pub fn tn(&self, key: &'static str, n: &i64) -> HtmlText {
        self.tr.html_count(key, *n)
    }

    /// A message whose one argument is fixed text.
    pub fn t1s(&self, key: &'static str, name: &'static str, value: &'static str) -> HtmlText {
        self.tr.html_with(key, name, value)
    }

    /// "3 of 5": `$done` and `$total` shown in the language's digits, `$n` (the total) for
    /// plural rules.
    pub fn t2(&self, key: &str, done: &i64, total: &i64) -> String {
        self.tr.ta(
            key,
            &[
                ("done", Arg::Text(self.tr.num(*done))),
                ("total", Arg::Text(self.tr.num(*total))),
                ("n", Arg::Count(*total)),
            ],
        )
    }

    /// "Page 2 of 40".
    pub fn page_of(&self, page: &i64, pages: &i64) -> String {
        let (page, pages) = (*page, *pages);
        self.tr.ta(
            "page-of",
            &[
                ("page", Arg::Text(self.tr.num(page))),
                ("pages", Arg::Text(self.tr.num(pages))),
            ],
        )
    }

    pub fn num(&self, n: &i64) -> String {
        self.tr.num(*n)
    }

    pub fn css(&self) -> &'static str {
        crate::assets::APP_CSS_PATH.as_str()
    }

    pub fn offline_js(&self) -> &'static str {
        crate::assets::OFFLINE_JS_PATH.as_str()
    }

    pub fn lang(&self) -> &'static str {
        self.tr.lang.tag()
    }

    pub fn name(&self) -> &str {
        self.signed_in
            .as_ref()
            .map(|(n, _)| n.as_str())
            .unwrap_or("")
    }

    pub fn has(&self, role: &str) -> bool {
        let Some((_, roles)) = &self.signed_in else {
            return false;
        };
        Role::parse("role", role).is_ok_and(|r| roles.has(r))
    }

    pub fn notices_shown(&self) -> String {
        self.tr.num(self.notices)
    }

    /// Moderators and admins look after the forums.
    pub fn moderates(&self) -> bool {
        self.has("moderator") || self.has("admin")
    }

    /// What the search box shows: the query when on the search page.
    pub fn query(&self) -> String {
        if !self.path.starts_with("/search?") {
            return String::new();
        }
        let query = &self.path["/search?".len()..];
        serde_urlencoded::from_str::<Vec<(String, String)>>(query)
            .ok()
            .and_then(|pairs| pairs.into_iter().find(|(k, _)| k == "q"))
            .map(|(_, v)| v)
            .unwrap_or_default()
    }

    pub fn is_admin(&self) -> bool {
        self.signed_in
            .as_ref()
            .is_some_and(|(_, r)| r.has(academy_domain::Role::Admin))
    }

    pub fn can_manage(&self) -> bool {
        self.signed_in
            .as_ref()
            .is_some_and(|(_, r)| r.can_manage_members())
    }

    /// The language links: (tag, own name, is current); each link carries `return_to`.
    pub fn languages(&self) -> [(&'static str, &'static str, bool); 4] {
        let link = |l: Language, name| (l.tag(), name, l == self.tr.lang);
        [
            link(Language::En, "English"),
            link(Language::Hi, "हिन्दी"),
            link(Language::Or, "ଓଡ଼ିଆ"),
            link(Language::Bn, "বাংলা"),
        ]
    }

    /// The current path encoded for a query string (letters, digits, `%`, `+`, `*-._`: safe
    /// in an attribute as it is).
    pub fn return_to(&self) -> HtmlText {
        HtmlText::Shared(url_encode(&self.path).into())
    }
}

/// A request's context: the page frame plus the signed-in member and their session.
pub struct Ctx {
    pub shell: Shell,
    /// Shared with the cache of signed-in members, not copied for each page.
    pub member: Option<Arc<Member>>,
    pub session: Session,
}

impl Ctx {
    /// The signed-in member, or a redirect to the sign-in page.
    pub fn member(&self) -> Result<&Member, WebError> {
        self.member
            .as_deref()
            .ok_or_else(|| WebError::SignInNeeded(self.shell.path.clone()))
    }

    /// The signed-in member if they hold `role` (admins hold every power).
    pub fn require(&self, role: Role) -> Result<&Member, WebError> {
        let member = self.member()?;
        if member.roles.has(role) || member.roles.has(Role::Admin) {
            Ok(member)
        } else {
            Err(WebError::Forbidden)
        }
    }

    /// A manager or an admin: the people who keep the member registry.
    pub fn require_manager(&self) -> Result<&Member, WebError> {
        self.require(Role::Manager)
    }

    /// Who is looking, for what the exchange shows.
    pub fn viewer(&self) -> Viewer {
        match &self.member {
            Some(m) => Viewer {
                member: Some(m.id),
                woman: m.draft.gender == Gender::Woman,
                moderator: m.roles.has(Role::Moderator),
                admin: m.roles.has(Role::Admin),
            },
            None => Viewer::default(),
        }
    }
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = WebError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let session = Session::from_request_parts(parts, state)
            .await
            .map_err(|_| WebError::NotFound)?;
        let member = match session.get::<uuid::Uuid>(MEMBER_KEY).await? {
            Some(id) => match signed_in_member(state, id).await {
                Ok(m) => {
                    touch_daily(&session).await?;
                    Some(m)
                }
                Err(academy_store::StoreError::NotFound) => {
                    session.flush().await?;
                    None
                }
                Err(e) => return Err(e.into()),
            },
            None => None,
        };
        let lang = parts
            .extensions
            .get::<CookieLanguage>()
            .and_then(|c| c.0)
            .or(member.as_ref().map(|m| m.draft.language))
            .unwrap_or_else(|| {
                let header = parts
                    .headers
                    .get(header::ACCEPT_LANGUAGE)
                    .and_then(|h| h.to_str().ok())
                    .unwrap_or("");
                Language::from_accept_language(header)
            });
        let csrf = parts
            .extensions
            .get::<CsrfToken>()
            .map(|t| t.0.clone())
            .unwrap_or_default();
        let path = parts
            .uri
            .path_and_query()
            .map(|p| p.as_str())
            .unwrap_or("/")
            .to_string();
        let notices = match &member {
            Some(m) => unread_notices(state, m.id).await?,
            None => 0,
        };
        let shell = Shell {
            notices,
            tr: Tr::new(lang),
            signed_in: member
                .as_ref()
                .map(|m| (m.draft.full_name.clone(), m.roles)),
            csrf,
            path,
        };
        Ok(Ctx {
            shell,
            member,
            session,
        })
    }
}

/// The member a session belongs to, remembered for a few seconds.
async fn signed_in_member(
    state: &AppState,
    id: uuid::Uuid,
) -> Result<Arc<Member>, academy_store::StoreError> {
    if let Some(member) = state.caches.members.get(&id) {
        return Ok(member);
    }
    let member = Arc::new(state.store.member(id).await?);
    state.caches.members.put(id, member.clone());
    Ok(member)
}

/// A member's unread notices, remembered for a few seconds.
async fn unread_notices(state: &AppState, id: uuid::Uuid) -> Result<i64, WebError> {
    if let Some(n) = state.caches.notices.get(&id) {
        return Ok(n);
    }
    let n = state.store.unread_notices(id).await?;
    state.caches.notices.put(id, n);
    Ok(n)
}

/// Sessions end after a time without visits, but tower-sessions saves (and so extends) a
/// session only when it changes. Marking the day of the visit changes it at most once a day:
/// active members stay signed in without a database write on every page.
async fn touch_daily(session: &Session) -> Result<(), WebError> {
    let today = time::OffsetDateTime::now_utc().unix_timestamp() / 86_400;
    if session.get::<i64>(SEEN_DAY_KEY).await? != Some(today) {
        session.insert(SEEN_DAY_KEY, today).await?;
    }
    Ok(())
}

const SEEN_DAY_KEY: &str = "seen_day";

/// Every (name, value) the request's Cookie headers carry, in order.
pub fn cookies(headers: &HeaderMap) -> impl Iterator<Item = (&str, &str)> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
}

/// Percent-encodes text for a query string.
pub fn url_encode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// A local path to go back to after signing in or choosing a language; anything else is "/".
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') => n.to_string(),
        _ => "/".to_string(),
    }
}
