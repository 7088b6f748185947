//! The real server on loopback: sign-in, permissions, forms, languages.

use crate::common::{
    client, csrf_token, first_link, postgres_url, signed_in, status_of, text_of, Server, TestDb,
};

const PASSWORD: &str = "academy-demo";
const ADMIN: &str = "9100000001";
const MANAGER: &str = "9100000002";
const LEARNER: &str = "9100000006";

fn sid(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("sid="))
        .map(|v| v.split(';').next().unwrap_or("").to_string())
}

#[tokio::test]
async fn a_new_academy_creates_its_database_and_answers_health_checks() {
    let server = Server::start(None);
    let health = client().get(server.url("/healthz")).send().await.unwrap();
    assert_eq!(health.status(), 200);
    assert!(
        server.data.path().join("academy.db").exists(),
        "SQLite file made in the data folder"
    );
}

#[tokio::test]
async fn signing_in_takes_the_right_password_and_a_form_from_our_own_site() {
    let server = Server::start(None);
    let c = client();
    let page = text_of(&c, server.url("/sign-in")).await;
    assert!(page.contains("name=\"login\"") && page.contains("name=\"password\""));
    let token = csrf_token(&page);

    let forged = c
        .post(server.url("/sign-in"))
        .form(&[("login", LEARNER), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(
        forged.status(),
        400,
        "a post without the CSRF token is refused"
    );
    let wrong_token = c
        .post(server.url("/sign-in"))
        .form(&[
            ("login", LEARNER),
            ("password", PASSWORD),
            ("csrf_token", "0123456789abcdef0123456789abcdef"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(wrong_token.status(), 400);

    let wrong = c
        .post(server.url("/sign-in"))
        .form(&[
            ("login", LEARNER),
            ("password", "not-the-password"),
            ("csrf_token", &token),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);
    let wrong_page = wrong.text().await.unwrap();
    let unknown = c
        .post(server.url("/sign-in"))
        .form(&[
            ("login", "9999999999"),
            ("password", "whatever1"),
            ("csrf_token", &token),
        ])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let message = |html: &str| {
        html.split("id=\"sign-in-error\">")
            .nth(1)
            .map(|s| s.split('<').next().unwrap_or("").to_string())
    };
    assert!(message(&wrong_page).is_some());
    assert_eq!(
        message(&wrong_page),
        message(&unknown),
        "one message whether or not the account exists"
    );
    assert!(
        wrong_page.contains(&format!("value=\"{LEARNER}\"")),
        "what was typed is kept"
    );

    let first = c
        .post(server.url("/sign-in"))
        .form(&[
            ("login", "91000 00006"),
            ("password", PASSWORD),
            ("csrf_token", &token),
            ("next", "/me"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(first.status(), 303);
    assert_eq!(first.headers()["location"], "/me");
    let first_sid = sid(&first).expect("a session cookie");
    let me = text_of(&c, server.url("/me")).await;
    assert!(me.contains("फूलमनी टुडू"), "the member's page shows her name");

    let again = c
        .post(server.url("/sign-in"))
        .form(&[
            ("login", LEARNER),
            ("password", PASSWORD),
            ("csrf_token", &token),
        ])
        .send()
        .await
        .unwrap();
    let second_sid = sid(&again).expect("a session cookie");
    assert_ne!(first_sid, second_sid, "signing in gives a new session id");

    let out = c
        .post(server.url("/sign-out"))
        .form(&[("csrf_token", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), 303);
    let after = c.get(server.url("/me")).send().await.unwrap();
    assert_eq!(after.status(), 303, "signed out: /me sends to sign-in");
}

#[tokio::test]
async fn repeated_wrong_passwords_make_the_account_wait() {
    let server = Server::start(None);
    let c = client();
    let token = csrf_token(&text_of(&c, server.url("/sign-in")).await);
    let attempt = |password: &'static str| {
        let c = c.clone();
        let url = server.url("/sign-in");
        let token = token.clone();
        async move {
            c.post(url)
                .form(&[
                    ("login", MANAGER),
                    ("password", password),
                    ("csrf_token", &token),
                ])
                .send()
                .await
                .unwrap()
        }
    };
    for _ in 0..5 {
        assert_eq!(attempt("wrong-password").await.status(), 401);
    }
    let blocked = attempt(PASSWORD).await;
    assert_eq!(
        blocked.status(),
        429,
        "even the right password waits after five failures"
    );
    assert!(blocked
        .text()
        .await
        .unwrap()
        .contains("id=\"sign-in-error\""));
    let other = signed_in(&server, ADMIN, PASSWORD).await;
    let ok = other
        .get(server.url("/admin/members"))
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 200, "other accounts are not held up");
}

#[tokio::test]
async fn pages_are_only_for_the_roles_they_serve() {
    let server = Server::start(None);
    let anonymous = client();
    let redirect = anonymous
        .get(server.url("/admin/members?gender=woman"))
        .send()
        .await
        .unwrap();
    assert_eq!(redirect.status(), 303);
    assert_eq!(
        redirect.headers()["location"],
        "/sign-in?next=%2Fadmin%2Fmembers%3Fgender%3Dwoman"
    );

    let learner = signed_in(&server, LEARNER, PASSWORD).await;
    for path in [
        "/admin/members",
        "/admin/members/new",
        "/admin/organisations",
        "/admin/organisations/new",
    ] {
        assert_eq!(status_of(&learner, server.url(path)).await, 403, "{path}");
    }
    let home = text_of(&learner, server.url("/")).await;
    assert!(
        !home.contains("/admin/members"),
        "a learner's home has no admin links"
    );

    let manager = signed_in(&server, MANAGER, PASSWORD).await;
    let home = text_of(&manager, server.url("/")).await;
    for link in [
        "/me",
        "/admin/members",
        "/admin/members/new",
        "/admin/organisations",
        "/admin/organisations/new",
    ] {
        assert!(
            home.contains(&format!("href=\"{link}\"")),
            "the manager's home links to {link}"
        );
    }
    let me = text_of(&learner, server.url("/me")).await;
    let own_org = first_link(&me, "/organisations/");
    assert_eq!(
        status_of(&learner, server.url(&format!("/organisations/{own_org}"))).await,
        200
    );
    let orgs = text_of(&manager, server.url("/admin/organisations?kind=university")).await;
    let other_org = orgs
        .split("href=\"/organisations/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let hidden = learner
        .get(server.url(&format!("/organisations/{other_org}")))
        .send()
        .await
        .unwrap();
    assert_eq!(
        hidden.status(),
        404,
        "another organisation's member list is not shown, nor hinted at"
    );
}

#[tokio::test]
async fn a_manager_registers_a_member_and_mistakes_are_shown_beside_their_fields() {
    let server = Server::start(None);
    let manager = signed_in(&server, MANAGER, PASSWORD).await;
    let form = text_of(&manager, server.url("/admin/members/new")).await;
    let token = csrf_token(&form);
    let mut fields = vec![
        ("csrf_token", token.as_str()),
        ("full_name", "ପ୍ରିୟଙ୍କା ମୁର୍ମୁ"),
        ("phone", "12345"),
        ("gender", "woman"),
        ("birth_year", "1994"),
        ("state", "OD"),
        ("district", "Kalahandi"),
        ("village", "Junagarh"),
        ("stakeholder_type", "miner"),
        ("preferred_language", "or"),
        ("consent", "yes"),
        ("consent_by", "Pramila Majhi"),
    ];
    let bad = manager
        .post(server.url("/admin/members/new"))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 422);
    let page = bad.text().await.unwrap();
    assert!(
        page.contains("id=\"phone-error\""),
        "the message sits beside the phone field"
    );
    assert!(page.contains("aria-invalid=\"true\" aria-describedby=\"phone-error\""));
    assert!(
        page.contains("value=\"ପ୍ରିୟଙ୍କା ମୁର୍ମୁ\""),
        "the name typed is kept"
    );
    assert!(!page.contains("id=\"full_name-error\""));

    fields[2] = ("phone", "98765 43210");
    let good = manager
        .post(server.url("/admin/members/new"))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(good.status(), 303);
    let location = good.headers()["location"].to_str().unwrap().to_string();
    let shown = text_of(&manager, server.url(&location)).await;
    assert!(shown.contains("ପ୍ରିୟଙ୍କା ମୁର୍ମୁ") && shown.contains("+91 98765 43210"));
    assert!(
        shown.contains("Pramila Majhi"),
        "consent records who collected it"
    );
    let code = shown
        .split("<dd>")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap();
    assert!(code.starts_with("OD-"), "an Odisha member code: {code}");

    let twice = manager
        .post(server.url("/admin/members/new"))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(
        twice.status(),
        422,
        "the same phone cannot be registered twice"
    );
    assert!(twice.text().await.unwrap().contains("id=\"phone-error\""));
}

#[tokio::test]
async fn the_member_list_filters_and_searches_the_demo_academy() {
    let server = Server::start_full_demo();
    let manager = signed_in(&server, MANAGER, PASSWORD).await;
    let count = |html: &str| -> i64 {
        let text = html
            .split("<p role=\"status\">")
            .nth(1)
            .unwrap()
            .split(' ')
            .next()
            .unwrap();
        text.replace(',', "").parse().unwrap()
    };
    let all = text_of(&manager, server.url("/admin/members")).await;
    let women_jh = text_of(&manager, server.url("/admin/members?gender=woman&state=JH")).await;
    let total = count(&all);
    assert!(
        total >= 2000,
        "the demo has at least 2,000 members: {total}"
    );
    assert!(
        all.contains(&format!("{},", total / 1000)),
        "counts are grouped: {total}"
    );
    let women = count(&women_jh);
    assert!(
        women > 100 && women < total / 4,
        "filters narrow the list: {women}"
    );
    assert!(women_jh.contains("rel=\"next\""), "long lists are paged");
    let search = text_of(&manager, server.url("/admin/members?q=फूलमनी+टुडू")).await;
    assert!(search.contains("फूलमनी टुडू"));
    let junk = manager
        .get(server.url("/admin/members?gender=nonsense&page=-4"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        junk.status(),
        200,
        "odd filters are ignored, not an error page"
    );
}

#[tokio::test]
async fn the_chosen_language_is_remembered_and_set_on_every_page() {
    let server = Server::start(None);
    let c = client();
    let english = c.get(server.url("/no-such-page")).send().await.unwrap();
    assert_eq!(english.status(), 404);
    let english = english.text().await.unwrap();
    assert!(english.contains("<html lang=\"en\">"));

    let bengali = c
        .get(server.url("/"))
        .header("accept-language", "bn-IN,bn;q=0.9,en;q=0.5")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        bengali.contains("<html lang=\"bn\">"),
        "the browser's language is the default"
    );

    let switch = c
        .get(server.url("/lang/hi?next=/sign-in"))
        .send()
        .await
        .unwrap();
    assert_eq!(switch.status(), 303);
    assert_eq!(switch.headers()["location"], "/sign-in");
    let hindi = text_of(&c, server.url("/no-such-page")).await;
    assert!(
        hindi.contains("<html lang=\"hi\">"),
        "the choice is remembered"
    );
    let title = |html: &str| {
        html.split("<h1>")
            .nth(1)
            .unwrap()
            .split("</h1>")
            .next()
            .unwrap()
            .to_string()
    };
    assert_ne!(
        title(&hindi),
        title(&english),
        "the 404 page is written in Hindi"
    );
    let away = c
        .get(server.url("/lang/or?next=https://elsewhere.example/"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        away.headers()["location"],
        "/",
        "the switch never sends people off the site"
    );
}

#[tokio::test]
async fn several_servers_share_sessions_through_postgresql() {
    let Some(_) = postgres_url() else {
        eprintln!("ACADEMY_TEST_DATABASE_URL is not set: PostgreSQL part not run");
        return;
    };
    let db = TestDb::postgres().await.expect("a PostgreSQL database");
    let first = Server::start(Some(&db.url));
    let second = Server::start(Some(&db.url));
    let c = signed_in(&first, ADMIN, PASSWORD).await;
    let cookie = c.get(first.url("/me")).send().await.unwrap();
    assert_eq!(cookie.status(), 200);
    // The same cookie jar, but the other server: the session lives in the shared database.
    let other = c.get(second.url("/me")).send().await.unwrap();
    assert_eq!(other.status(), 200);
    assert!(other.text().await.unwrap().contains("Meera Hansda"));
    drop((first, second));
    db.finish().await;
}
