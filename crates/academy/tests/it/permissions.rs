//! The permissions matrix: every route of the router, read from the source that registers it,
//! has a decision here on who may use it, and each decision is tried against the real server
//! for each kind of person: nobody signed in, a learner, the facilitator of the cohort and one
//! of another cohort, an author, a manager, an admin, a moderator and an expert. A route added
//! without a decision fails the test. Being refused means 401, 403, 404 (a thing one may not
//! see does not exist) or being sent to sign in; being let in means anything else but a
//! server error. Routes for machines (the JSON API, the LRS, field nodes' sync) refuse every
//! session: they take only their own credentials.

use std::collections::{BTreeMap, BTreeSet};

use reqwest::{Client, Method};
use sqlx::Row;

use crate::common::{client, csrf_token, signed_in, Server};

const PASSWORD: &str = "academy-demo";

const ANON: u16 = 1;
const LEARNER: u16 = 2;
const FAC: u16 = 4;
const FAC_OTHER: u16 = 8;
const AUTHOR: u16 = 16;
const MANAGER: u16 = 32;
const ADMIN: u16 = 64;
const MODERATOR: u16 = 128;
const EXPERT: u16 = 256;

const ALL: u16 = 511;
const SIGNED_IN: u16 = ALL & !ANON;
const FIELD_STAFF: u16 = FAC | FAC_OTHER | MANAGER | ADMIN;
const COHORT_STAFF: u16 = FAC | MANAGER | ADMIN;
const MANAGERS: u16 = MANAGER | ADMIN;
const ADMINS: u16 = ADMIN;
const MODERATORS: u16 = MODERATOR | ADMIN;
/// Nobody with a session: machines' routes, each with its own credentials.
const MACHINES: u16 = 0;

/// (who, phone to sign in with): the demo's named accounts.
const PEOPLE: [(u16, &str, Option<&str>); 9] = [
    (ANON, "anonymous", None),
    (LEARNER, "learner", Some("9100000006")),
    (FAC, "facilitator of the cohort", Some("9100000004")),
    (
        FAC_OTHER,
        "facilitator of another cohort",
        Some("9100000005"),
    ),
    (AUTHOR, "author", Some("9100000003")),
    (MANAGER, "manager", Some("9100000002")),
    (ADMIN, "admin", Some("9100000001")),
    (MODERATOR, "moderator", Some("9100000008")),
    (EXPERT, "expert", Some("9100000007")),
];

/// Who may use each route. `deny_only`: the demo has nothing there to be let in to (so only
/// the refusals are tried).
struct Decision {
    method: &'static str,
    path: &'static str,
    allowed: u16,
    deny_only: bool,
    /// A write that uses its thing up (a revocation, an ending): only the first person
    /// allowed is tried for being let in.
    once: bool,
}

const fn d(method: &'static str, path: &'static str, allowed: u16) -> Decision {
    Decision {
        method,
        path,
        allowed,
        deny_only: false,
        once: false,
    }
}

const fn once(method: &'static str, path: &'static str, allowed: u16) -> Decision {
    Decision {
        method,
        path,
        allowed,
        deny_only: false,
        once: true,
    }
}

const fn refuse_only(method: &'static str, path: &'static str, allowed: u16) -> Decision {
    Decision {
        method,
        path,
        allowed,
        deny_only: true,
        once: false,
    }
}

const DECISIONS: &[Decision] = &[
    d("GET", "/", ALL),
    d("GET", "/healthz", ALL),
    d("GET", "/.well-known/did.json", ALL),
    d("GET", "/credentials/status/1", ALL),
    d("GET", "/sign-in", ALL),
    refuse_only("POST", "/sign-in", ALL),
    d("POST", "/sign-out", ALL),
    d("GET", "/lang/{lang}", ALL),
    d("GET", "/sign-in/card", ALL),
    refuse_only("POST", "/sign-in/pin", ALL),
    d("GET", "/card/{code}/{version}", ALL),
    d("GET", "/members/{id}/card", COHORT_STAFF),
    d("POST", "/members/{id}/pin", COHORT_STAFF),
    d("POST", "/members/{id}/card/reissue", COHORT_STAFF),
    d("GET", "/me", SIGNED_IN),
    d("GET", "/me/data", SIGNED_IN),
    d("GET", "/me/data.json", SIGNED_IN),
    d("POST", "/me/erase", SIGNED_IN),
    once("POST", "/me/consent/withdraw", SIGNED_IN),
    d("GET", "/privacy", ALL),
    d("POST", "/me/password", SIGNED_IN),
    d("GET", "/admin/members", MANAGERS),
    d("GET", "/admin/members/new", MANAGERS),
    d("POST", "/admin/members/new", MANAGERS),
    d("GET", "/admin/members/{id}", COHORT_STAFF),
    d("POST", "/admin/members/{id}", COHORT_STAFF),
    d("POST", "/admin/members/{id}/roles", ADMINS),
    d("POST", "/admin/members/{id}/organisations", MANAGERS),
    d("GET", "/admin/organisations", MANAGERS),
    d("GET", "/admin/organisations/new", MANAGERS),
    d("POST", "/admin/organisations/new", MANAGERS),
    d("GET", "/admin/organisations/{id}/edit", MANAGERS),
    d("POST", "/admin/organisations/{id}/edit", MANAGERS),
    d("GET", "/organisations/{id}", MANAGERS),
    d("GET", "/modules", ALL),
    d("GET", "/modules/{module}", ALL),
    d("GET", "/modules/{module}/offline.json", ALL),
    d("GET", "/offline", ALL),
    d("GET", "/sw.js", ALL),
    d("GET", "/modules/{module}/lessons/{lesson}", ALL),
    d("POST", "/modules/{module}/lessons/{lesson}/done", SIGNED_IN),
    d("GET", "/modules/{module}/lessons/{lesson}/check", SIGNED_IN),
    d(
        "POST",
        "/modules/{module}/lessons/{lesson}/check",
        SIGNED_IN,
    ),
    d("GET", "/modules/{module}/tests/{test}", SIGNED_IN),
    d("POST", "/modules/{module}/tests/{test}", SIGNED_IN),
    d("GET", "/results/{attempt}", LEARNER),
    d("GET", "/media/{name}", ALL),
    d("GET", "/facilitate", FIELD_STAFF),
    d("GET", "/cohorts/new", FIELD_STAFF),
    d("POST", "/cohorts/new", FIELD_STAFF),
    d("GET", "/cohorts/{id}", COHORT_STAFF),
    d("GET", "/admin/audit", MANAGERS),
    d("GET", "/admin/audit.csv", ADMINS),
    d("GET", "/admin/api", ADMINS),
    d("POST", "/admin/api", ADMINS),
    once("POST", "/admin/api/{id}/revoke", ADMINS),
    d("POST", "/admin/xapi", ADMINS),
    once("POST", "/admin/xapi/{id}/revoke", ADMINS),
    d("POST", "/cohorts/{id}/certificates", MANAGERS),
    d("POST", "/cohorts/{id}/members", COHORT_STAFF),
    d("GET", "/cohorts/{id}/sessions/new", COHORT_STAFF),
    d("POST", "/cohorts/{id}/sessions/new", COHORT_STAFF),
    d("GET", "/sessions/{id}", COHORT_STAFF),
    d("POST", "/sessions/{id}/attendance", COHORT_STAFF),
    d("GET", "/sessions/{id}/roster.pdf", COHORT_STAFF),
    d("GET", "/sessions/{id}/csv/{file}", COHORT_STAFF),
    d(
        "GET",
        "/sessions/{id}/tests/{test}/answers/{member}",
        COHORT_STAFF,
    ),
    d(
        "POST",
        "/sessions/{id}/tests/{test}/answers/{member}",
        COHORT_STAFF,
    ),
    d("POST", "/sessions/{id}/upload/{sheet}", COHORT_STAFF),
    d("GET", "/sessions/{id}/tests/{test}/sheet.pdf", COHORT_STAFF),
    d("POST", "/sessions/{id}/walk-in", COHORT_STAFF),
    d("GET", "/sessions/{id}/tests/{test}", COHORT_STAFF),
    d("POST", "/sessions/{id}/tests/{test}", COHORT_STAFF),
    d("GET", "/organisations/{id}/report", MANAGERS),
    d("GET", "/reports", MANAGERS),
    d("GET", "/reports/indicators", MANAGERS),
    d("GET", "/reports/export/{table}", MANAGERS),
    d("GET", "/reports/donor", MANAGERS),
    d("GET", "/verify/offline", ALL),
    d("GET", "/verify/sw.js", ALL),
    d("GET", "/verify/{id}", ALL),
    d("GET", "/verify/{id}/credential.json", ALL),
    d("GET", "/certificates/{id}/pdf", LEARNER | MANAGERS),
    d("GET", "/certificates/{id}/png", LEARNER | MANAGERS),
    once("POST", "/certificates/{id}/revoke", MANAGERS),
    d("GET", "/static/{file}", ALL),
    d("GET", "/admin/sync", MANAGERS),
    d("POST", "/admin/sync/nodes", MANAGERS),
    once("POST", "/admin/sync/nodes/{id}/revoke", MANAGERS),
    d("POST", "/admin/sync/peer", MANAGERS),
    d("POST", "/admin/sync/now", MANAGERS),
    d("POST", "/admin/sync/duplicates", MANAGERS),
    d("GET", "/forums", SIGNED_IN),
    d("GET", "/forums/{id}", SIGNED_IN),
    d("GET", "/forums/{id}/new", SIGNED_IN),
    d("POST", "/forums/{id}/new", SIGNED_IN),
    d("GET", "/questions", SIGNED_IN),
    d("GET", "/threads/{id}", SIGNED_IN),
    d("POST", "/threads/{id}/reply", SIGNED_IN),
    d("POST", "/threads/{id}/accept", LEARNER | MODERATORS),
    d("POST", "/threads/{id}/reveal", ADMINS),
    refuse_only("GET", "/posts/{id}/image", SIGNED_IN),
    d("GET", "/posts/{id}/report", SIGNED_IN),
    d("POST", "/posts/{id}/report", SIGNED_IN),
    d("POST", "/posts/{id}/moderate", MODERATORS),
    d("GET", "/moderation", MODERATORS),
    d("POST", "/moderation/mute", MODERATORS),
    d("POST", "/moderation/unmute", MODERATORS),
    d("POST", "/moderation/settings", MODERATORS),
    d("GET", "/notices", SIGNED_IN),
    d("GET", "/search", ALL),
    d("GET", "/library", ALL),
    d(
        "GET",
        "/library/new",
        FIELD_STAFF | AUTHOR | EXPERT | MODERATOR,
    ),
    d(
        "POST",
        "/library/new",
        FIELD_STAFF | AUTHOR | EXPERT | MODERATOR,
    ),
    d("GET", "/library/{id}", ALL),
    d("GET", "/library/{id}/file", ALL),
    refuse_only("POST", "/library/{id}/hide", MANAGERS | MODERATOR),
    d("GET", "/mentoring", SIGNED_IN),
    d("POST", "/mentoring/pairs", MANAGERS),
    d("GET", "/mentoring/{id}", LEARNER | FAC),
    d("POST", "/mentoring/{id}/messages", LEARNER | FAC),
    d("POST", "/mentoring/{id}/share", LEARNER | FAC),
    once("POST", "/mentoring/{id}/end", LEARNER | FAC | MANAGERS),
    d("GET", "/xapi/about", ALL),
    d("GET", "/xapi/statements", MACHINES),
    d("POST", "/xapi/statements", MACHINES),
    d("PUT", "/xapi/statements", MACHINES),
    d("ANY", "/xapi/activities/state", MACHINES),
    d("ANY", "/xapi/activities/profile", MACHINES),
    d("ANY", "/xapi/agents/profile", MACHINES),
    d("GET", "/xapi/activities", MACHINES),
    d("GET", "/xapi/agents", MACHINES),
    d("POST", "/sync/v1/hello", MACHINES),
    d("POST", "/sync/v1/push", MACHINES),
    d("GET", "/sync/v1/pull", MACHINES),
    d("GET", "/sync/v1/content", MACHINES),
    d("GET", "/api/v1/openapi.json", ALL),
];

/// Every `(method, path)` the router registers, read from the files that register routes:
/// `.route("PATH", get(…).post(…))`, the JSON API's handlers (`#[utoipa::path]`) under
/// `/api/v1`.
fn registered_routes() -> BTreeSet<(String, String)> {
    let web = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../web/src");
    let mut routes = BTreeSet::new();
    for (file, prefix) in [
        ("lib.rs", ""),
        ("lrs/mod.rs", ""),
        ("pages/sync.rs", ""),
        ("api/mod.rs", "/api/v1"),
    ] {
        let text = std::fs::read_to_string(web.join(file)).expect("router source");
        let mut at = 0;
        while let Some(found) = text[at..].find(".route(") {
            let start = at + found + ".route(".len();
            let mut depth = 1;
            let mut end = start;
            for (i, c) in text[start..].char_indices() {
                match c {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                if depth == 0 {
                    end = start + i;
                    break;
                }
            }
            let args = &text[start..end];
            at = end;
            let Some(path) = args.trim_start().strip_prefix('"') else {
                continue;
            };
            let Some((path, rest)) = path.split_once('"') else {
                continue;
            };
            for method in ["get", "post", "put", "delete", "any"] {
                let called = rest.match_indices(&format!("{method}(")).any(|(i, _)| {
                    i == 0 || !rest[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_')
                });
                if called {
                    routes.insert((method.to_uppercase(), format!("{prefix}{path}")));
                }
            }
        }
    }
    for api in ["members.rs", "learning.rs", "field.rs", "reports.rs"] {
        let text = std::fs::read_to_string(web.join("api").join(api)).expect("API source");
        for block in text.split("#[utoipa::path(").skip(1) {
            let method = block
                .trim_start()
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or_default()
                .to_uppercase();
            let path = block
                .split("path = \"")
                .nth(1)
                .and_then(|p| p.split('"').next())
                .unwrap_or_default();
            routes.insert((method, format!("/api/v1{path}")));
        }
    }
    routes
}

#[test]
fn every_route_has_a_permission_decision() {
    let registered = registered_routes();
    assert!(
        registered.len() > 100,
        "the routes were read: {registered:?}"
    );
    let decided: BTreeSet<(String, String)> = DECISIONS
        .iter()
        .map(|d| (d.method.to_string(), d.path.to_string()))
        .chain(API.iter().map(|(m, p, _)| (m.to_string(), p.to_string())))
        .collect();
    let missing: Vec<_> = registered.difference(&decided).collect();
    assert!(
        missing.is_empty(),
        "routes without a permission decision (add them to DECISIONS): {missing:?}"
    );
    let stale: Vec<_> = decided.difference(&registered).collect();
    assert!(
        stale.is_empty(),
        "decisions for routes that are gone: {stale:?}"
    );
}

/// The JSON API's routes, with the scope their token needs.
const API: &[(&str, &str, &str)] = &[
    ("GET", "/api/v1/members", "members:read"),
    ("GET", "/api/v1/members/{code}", "members:read"),
    ("GET", "/api/v1/organisations", "members:read"),
    ("GET", "/api/v1/modules", "learning:read"),
    ("GET", "/api/v1/members/{code}/progress", "learning:read"),
    (
        "GET",
        "/api/v1/members/{code}/certificates",
        "learning:read",
    ),
    ("GET", "/api/v1/cohorts", "field:read"),
    ("GET", "/api/v1/cohorts/{id}/sessions", "field:read"),
    ("GET", "/api/v1/sessions/{id}/attendance", "field:read"),
    ("GET", "/api/v1/reports/indicators", "reports:read"),
];

/// Real ids from the demo, to put in the paths.
async fn ids(server: &Server) -> BTreeMap<&'static str, String> {
    let url = format!(
        "sqlite://{}?mode=ro",
        server.data.path().join("academy.db").display()
    );
    let db = sqlx::SqlitePool::connect(&url)
        .await
        .expect("the demo's database");
    let one = |sql: String| {
        let db = db.clone();
        async move {
            let row = sqlx::query(&sql)
                .fetch_one(&db)
                .await
                .unwrap_or_else(|e| panic!("{sql}: {e}"));
            match row.try_get::<uuid::Uuid, _>(0) {
                Ok(id) => id.to_string(),
                Err(_) => row.get::<String, _>(0),
            }
        }
    };
    let learner = "(SELECT id FROM members WHERE phone LIKE '%9100000006')";
    let mut out = BTreeMap::new();
    out.insert(
        "learner",
        one("SELECT id FROM members WHERE phone LIKE '%9100000006'".into()).await,
    );
    out.insert(
        "learner-code",
        one("SELECT code FROM members WHERE phone LIKE '%9100000006'".into()).await,
    );
    out.insert(
        "organisation",
        one("SELECT id FROM organisations ORDER BY name LIMIT 1".into()).await,
    );
    out.insert(
        "cohort",
        one("SELECT cohort FROM cohort_facilitators WHERE member = (SELECT id FROM members WHERE phone LIKE '%9100000004') LIMIT 1".into()).await,
    );
    out.insert(
        "session",
        one("SELECT s.id FROM group_sessions s JOIN cohort_facilitators f ON f.cohort = s.cohort WHERE f.member = (SELECT id FROM members WHERE phone LIKE '%9100000004') LIMIT 1".into()).await,
    );
    out.insert(
        "attempt",
        one(format!(
            "SELECT attempt FROM test_results WHERE member = {learner} LIMIT 1"
        ))
        .await,
    );
    out.insert(
        "certificate",
        one(format!(
            "SELECT id FROM certificates WHERE member = {learner} LIMIT 1"
        ))
        .await,
    );
    out.insert("media", one("SELECT name FROM media LIMIT 1".into()).await);
    out.insert(
        "thread",
        one(format!(
            "SELECT id FROM forum_threads WHERE author = {learner} AND forum <> 'women' LIMIT 1"
        ))
        .await,
    );
    out.insert(
        "post",
        one(format!("SELECT id FROM forum_posts WHERE thread = (SELECT id FROM forum_threads WHERE author = {learner} AND forum <> 'women' LIMIT 1) LIMIT 1")).await,
    );
    out.insert(
        "resource",
        one("SELECT id FROM resources LIMIT 1".into()).await,
    );
    out.insert(
        "pair",
        one(format!(
            "SELECT id FROM mentor_pairs WHERE mentee = {learner} OR mentor = {learner} LIMIT 1"
        ))
        .await,
    );
    out.insert(
        "token",
        one("SELECT id FROM api_tokens LIMIT 1".into()).await,
    );
    out.insert(
        "credential",
        one("SELECT id FROM xapi_credentials WHERE key <> 'academy:self' LIMIT 1".into()).await,
    );
    out.insert(
        "node",
        one("SELECT id FROM sync_nodes LIMIT 1".into()).await,
    );
    db.close().await;
    out
}

/// A route's path with real ids in place of its parameters.
fn concrete(path: &str, ids: &BTreeMap<&'static str, String>, static_file: &str) -> String {
    let id = |k: &str| ids[k].clone();
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    let own_id = match (first, path) {
        (_, p) if p.starts_with("/admin/members") || p.starts_with("/members") => id("learner"),
        (_, p) if p.starts_with("/admin/organisations") || p.starts_with("/organisations") => {
            id("organisation")
        }
        (_, p) if p.starts_with("/admin/api") => id("token"),
        (_, p) if p.starts_with("/admin/xapi") => id("credential"),
        (_, p) if p.starts_with("/admin/sync/nodes") => id("node"),
        ("cohorts", _) => id("cohort"),
        ("sessions", _) => id("session"),
        ("certificates" | "verify", _) => id("certificate"),
        ("forums", _) => "general".into(),
        ("threads", _) => id("thread"),
        ("posts", _) => id("post"),
        ("library", _) => id("resource"),
        ("mentoring", _) => id("pair"),
        _ => String::new(),
    };
    let test = if first == "sessions" { "post" } else { "pre" };
    path.replace("{id}", &own_id)
        .replace("{lang}", "hi")
        .replace("{code}", &id("learner-code"))
        .replace("{version}", "1")
        .replace("{module}", "health-safety")
        .replace("{lesson}", "dust-and-silicosis")
        .replace("{test}", test)
        .replace("{attempt}", &id("attempt"))
        .replace("{name}", &id("media"))
        .replace(
            "{file}",
            if first == "static" {
                static_file
            } else {
                "attendance.csv"
            },
        )
        .replace("{member}", &id("learner"))
        .replace("{sheet}", "attendance")
        .replace("{table}", "indicators.csv")
}

/// Refused: 401, 403, 404, or sent to sign in. The matrix sends writes with nothing but the
/// CSRF token, so a form's own check may answer first (400, 422): that too is a refusal for
/// those who may not write, as nothing was done.
fn refused(response: &reqwest::Response, write: bool, allowed: bool) -> bool {
    let status = response.status().as_u16();
    if write && !allowed && matches!(status, 400 | 422) {
        return true;
    }
    let to_sign_in = response.status().is_redirection()
        && response
            .headers()
            .get("location")
            .and_then(|l| l.to_str().ok())
            .is_some_and(|l| l.starts_with("/sign-in"));
    matches!(status, 401 | 403 | 404) || to_sign_in
}

#[tokio::test]
async fn every_route_lets_in_only_those_it_should() {
    let server = Server::start(None);
    let ids = ids(&server).await;
    let home = crate::common::text_of(&client(), server.url("/")).await;
    let static_file = home
        .split("/static/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("the home page links its style sheet")
        .to_string();
    let mut people: Vec<(u16, &str, Client, String)> = Vec::new();
    for (who, name, phone) in PEOPLE {
        let c = match phone {
            Some(phone) => signed_in(&server, phone, PASSWORD).await,
            None => client(),
        };
        let page = c
            .get(server.url("/sign-in"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        // A signed-in member is sent on from /sign-in; any page with a form gives the token.
        let token = if page.contains("csrf_token") {
            csrf_token(&page)
        } else {
            csrf_token(&crate::common::text_of(&c, server.url("/me")).await)
        };
        people.push((who, name, c, token));
    }
    let mut wrong = Vec::new();
    // Every form that changes something needs the CSRF token: without it, even someone who
    // may write there is refused, and nothing happens.
    for decision in DECISIONS
        .iter()
        .filter(|d| d.method == "POST" && d.allowed != MACHINES)
    {
        let path = concrete(decision.path, &ids, &static_file);
        let (_, name, c, _) = people
            .iter()
            .find(|(who, ..)| decision.allowed & who != 0 && *who != ANON)
            .or(people.first())
            .unwrap();
        let plain = c
            .post(server.url(&path))
            .form(&[("note", "no token")])
            .send()
            .await
            .unwrap();
        let multipart = c
            .post(server.url(&path))
            .multipart(reqwest::multipart::Form::new().text("note", "no token"))
            .send()
            .await
            .unwrap();
        // A form without its token is answered as a stale one (400: "reload the page").
        for (kind, r) in [("form", plain), ("multipart", multipart)] {
            if !matches!(r.status().as_u16(), 400 | 403) {
                wrong.push(format!(
                    "POST {path} ({kind}) without the CSRF token: {name} got {}, should be refused",
                    r.status()
                ));
            }
        }
    }

    // Reading first, then writing (a write may change what there is to read), signing out
    // last of all.
    let mut order: Vec<&Decision> = DECISIONS.iter().collect();
    order.sort_by_key(|d| (d.method != "GET", d.path == "/sign-out"));
    for decision in order {
        let path = concrete(decision.path, &ids, &static_file);
        let method = match decision.method {
            "ANY" | "GET" => Method::GET,
            other => Method::from_bytes(other.as_bytes()).unwrap(),
        };
        let mut let_in = 0;
        for (who, name, c, token) in &people {
            let allowed = decision.allowed & who != 0;
            if allowed && (decision.deny_only || (decision.once && let_in > 0)) {
                continue;
            }
            let_in += u32::from(allowed);
            let mut request = c
                .request(method.clone(), server.url(&path))
                .header("X-Experience-API-Version", "1.0.3");
            if method == Method::POST {
                request = request.form(&[("csrf_token", token.as_str())]);
            }
            let response = request.send().await.unwrap();
            let status = response.status();
            let was_refused = refused(&response, method != Method::GET, allowed);
            if status.is_server_error() || was_refused == allowed {
                wrong.push(format!(
                    "{} {path}: {name} got {status}{}, {}",
                    decision.method,
                    response
                        .headers()
                        .get("location")
                        .and_then(|l| l.to_str().ok())
                        .map(|l| format!(" → {l}"))
                        .unwrap_or_default(),
                    if allowed {
                        "should be let in"
                    } else {
                        "should be refused"
                    }
                ));
            }
        }
    }
    // The JSON API takes tokens only: a session, however powerful, is not one.
    for (_, path, _) in API {
        let path = path
            .replace("{code}", &ids["learner-code"])
            .replace("{id}", &ids["cohort"]);
        for (_, name, c, _) in &people {
            let response = c.get(server.url(&path)).send().await.unwrap();
            if response.status() != 401 {
                wrong.push(format!(
                    "GET {path}: {name} got {}, should be 401",
                    response.status()
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    no_one_in_the_log(&server);
}

/// The server's log (at `info`, after all the matrix did) names nobody: ids only, never a
/// name or a phone number. (The demo's own greeting, which lists its accounts for the
/// operator, is not a log line.)
fn no_one_in_the_log(server: &Server) {
    let names = [
        "Meera Hansda",
        "Rekha Soren",
        "Arup Ghosh",
        "सुनीता मुर्मू",
        "ପ୍ରମିଳା ମାଝୀ",
        "Anil Kumar Singh",
        "Sabita Mahato",
        "फूलमनी टुडू",
    ];
    let log = server.log.lock().unwrap().clone();
    let lines: Vec<&String> = log
        .iter()
        .filter(|l| {
            [" INFO", " WARN", "ERROR", "DEBUG"]
                .iter()
                .any(|k| l.contains(k))
        })
        .collect();
    assert!(!lines.is_empty(), "the server logged");
    for line in lines {
        for (_, _, phone) in PEOPLE {
            if let Some(phone) = phone {
                assert!(!line.contains(phone), "a phone number in the log: {line}");
            }
        }
        for name in names {
            assert!(!line.contains(name), "a name in the log: {line}");
        }
    }
}

/// Every answer tells the browser what the page may do: scripts and styles only from the
/// academy (no inline ones), no framing, no sniffing; the session cookie is HttpOnly and
/// SameSite (and Secure when not on loopback: not testable here).
#[tokio::test]
async fn every_page_carries_the_security_headers() {
    let server = Server::start(None);
    let c = client();
    for path in ["/", "/sign-in", "/modules", "/nowhere", "/xapi/about"] {
        let r = c.get(server.url(path)).send().await.unwrap();
        let h = r.headers();
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{path}: {csp}"
        );
        assert!(csp.contains("frame-ancestors 'none'"));
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["x-frame-options"], "DENY", "{path}");
        assert_eq!(h["referrer-policy"], "same-origin", "{path}");
    }
    let learner = signed_in(&server, "9100000006", PASSWORD).await;
    let page = learner.get(server.url("/me")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let fresh = client().get(server.url("/sign-in")).send().await.unwrap();
    let cookies: Vec<&str> = fresh
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|c| c.to_str().unwrap())
        .collect();
    assert!(
        !cookies.is_empty(),
        "a first visit is given its CSRF cookie"
    );
    for cookie in cookies {
        assert!(
            cookie.contains("SameSite") && cookie.contains("HttpOnly"),
            "{cookie}"
        );
    }
}
