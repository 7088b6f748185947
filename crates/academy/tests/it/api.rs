//! The JSON API through the real server: an admin makes a token on `/admin/api`, a script
//! lists every member page by page and reads progress; scopes, roles and revocation are
//! enforced; errors are problem+json naming the parameter.

use reqwest::Client;
use serde_json::Value;

use crate::common::{client, csrf_token, signed_in, text_of, Server};

const PASSWORD: &str = "academy-demo";
const ADMIN: &str = "9100000001";
const MANAGER_CODE_PHONE: &str = "9100000002";
const LEARNER: &str = "9100000006";

/// Makes a token on the admin page for the member with `code`, with `scopes`.
pub(crate) async fn make_token(
    admin: &Client,
    server: &Server,
    code: &str,
    scopes: &[&str],
) -> String {
    let page = text_of(admin, server.url("/admin/api")).await;
    let mut form = vec![
        ("csrf_token".to_string(), csrf_token(&page)),
        ("member".to_string(), code.to_string()),
        ("name".to_string(), format!("script for {code}")),
    ];
    for s in scopes {
        form.push((format!("scope-{s}"), "on".to_string()));
    }
    let response = admin
        .post(server.url("/admin/api"))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let page = response.text().await.unwrap();
    let at = page
        .find("<code id=\"new-token\">")
        .expect("the token is shown once")
        + 21;
    page[at..at + 64].to_string()
}

async fn get(server: &Server, token: &str, path: &str) -> (u16, String, Value) {
    let response = client()
        .get(server.url(path))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let kind = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let body = response.json().await.unwrap_or(Value::Null);
    (status, kind, body)
}

/// The member code shown on someone's own page.
pub(crate) async fn own_code(c: &Client, server: &Server) -> String {
    let me = text_of(c, server.url("/me")).await;
    let at = me.find("JH-").expect("a member code on /me");
    me[at..at + 10].to_string()
}

#[tokio::test]
async fn a_script_lists_members_and_progress_with_a_token() {
    let server = Server::start(None);
    let admin = signed_in(&server, ADMIN, PASSWORD).await;
    let manager = signed_in(&server, MANAGER_CODE_PHONE, PASSWORD).await;
    let learner = signed_in(&server, LEARNER, PASSWORD).await;
    let manager_code = own_code(&manager, &server).await;
    let learner_code = own_code(&learner, &server).await;

    // Only admins make tokens.
    assert_eq!(
        manager
            .get(server.url("/admin/api"))
            .send()
            .await
            .unwrap()
            .status(),
        403
    );
    let token = make_token(
        &admin,
        &server,
        &manager_code,
        &["members:read", "learning:read"],
    )
    .await;

    // Every member, 100 a page, each once.
    let mut seen = std::collections::BTreeSet::new();
    let mut path = "/api/v1/members?limit=100".to_string();
    let mut pages = 0;
    loop {
        let (status, _, body) = get(&server, &token, &path).await;
        assert_eq!(status, 200, "{body}");
        pages += 1;
        for m in body["items"].as_array().unwrap() {
            assert!(
                seen.insert(m["code"].as_str().unwrap().to_string()),
                "no member twice"
            );
        }
        match body["next_cursor"].as_str() {
            Some(c) => path = format!("/api/v1/members?limit=100&cursor={c}"),
            None => break,
        }
    }
    assert!(
        pages >= 3 && seen.len() > 250,
        "{pages} pages, {} members",
        seen.len()
    );
    assert!(seen.contains(&learner_code));

    // Filters as on the members page; women only.
    let (_, _, women) = get(
        &server,
        &token,
        "/api/v1/members?gender=woman&state=JH&limit=1000",
    )
    .await;
    let women = women["items"].as_array().unwrap();
    assert!(!women.is_empty());
    assert!(women
        .iter()
        .all(|m| m["gender"] == "woman" && m["state"] == "JH"));

    // A wrong parameter is named, as problem+json.
    let (status, kind, problem) = get(&server, &token, "/api/v1/members?gender=female").await;
    assert_eq!(status, 400);
    assert_eq!(kind, "application/problem+json");
    assert!(
        problem["detail"].as_str().unwrap().starts_with("gender:"),
        "{problem}"
    );
    let (status, _, _) = get(&server, &token, "/api/v1/members?cursor=zzz").await;
    assert_eq!(status, 400);

    // Progress and certificates of a member, and the curriculum.
    let (status, _, progress) = get(
        &server,
        &token,
        &format!("/api/v1/members/{learner_code}/progress"),
    )
    .await;
    assert_eq!(status, 200);
    let rows = progress.as_array().unwrap();
    assert_eq!(rows.len(), 15, "one line per module");
    assert!(
        rows.iter().any(|r| r["lessons_done"].as_u64().unwrap() > 0),
        "the demo learner has progress"
    );
    let (status, _, modules) = get(&server, &token, "/api/v1/modules").await;
    assert_eq!(status, 200);
    assert_eq!(modules[0]["id"], "health-safety");
    let (status, _, _) = get(
        &server,
        &token,
        &format!("/api/v1/members/{learner_code}/certificates"),
    )
    .await;
    assert_eq!(status, 200);

    // Scopes narrow a token: this one may not read reports.
    let (status, kind, _) = get(&server, &token, "/api/v1/reports/indicators?by=state").await;
    assert_eq!((status, kind.as_str()), (403, "application/problem+json"));

    // A learner's token reads her own progress, nobody else's, and no member list.
    let own = make_token(
        &admin,
        &server,
        &learner_code,
        &["members:read", "learning:read"],
    )
    .await;
    assert_eq!(get(&server, &own, "/api/v1/members").await.0, 403);
    assert_eq!(
        get(
            &server,
            &own,
            &format!("/api/v1/members/{learner_code}/progress")
        )
        .await
        .0,
        200
    );
    assert_eq!(
        get(
            &server,
            &own,
            &format!("/api/v1/members/{manager_code}/progress")
        )
        .await
        .0,
        404
    );

    // Reports with the right scope, and the same figures as the dashboard's source.
    let reports = make_token(&admin, &server, &manager_code, &["reports:read"]).await;
    let (status, _, rows) = get(&server, &reports, "/api/v1/reports/indicators?by=gender").await;
    assert_eq!(status, 200);
    let total: i64 = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["members"].as_i64().unwrap())
        .sum();
    assert!(total > 250, "{rows}");
    assert_eq!(
        get(&server, &reports, "/api/v1/reports/indicators?by=planet")
            .await
            .0,
        400
    );

    // A facilitator's token: her cohorts, their sessions and attendance; not another's.
    let facilitator = signed_in(&server, "9100000004", PASSWORD).await;
    let facilitator_code = own_code(&facilitator, &server).await;
    let field = make_token(&admin, &server, &facilitator_code, &["field:read"]).await;
    let (status, _, cohorts) = get(&server, &field, "/api/v1/cohorts").await;
    assert_eq!(status, 200);
    let cohorts = cohorts.as_array().unwrap().clone();
    assert!(!cohorts.is_empty(), "the demo facilitator has cohorts");
    let cohort = cohorts[0]["id"].as_str().unwrap();
    let (status, _, sessions) = get(
        &server,
        &field,
        &format!("/api/v1/cohorts/{cohort}/sessions"),
    )
    .await;
    assert_eq!(status, 200);
    let held = sessions
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["held_at"].is_string())
        .expect("a held session in the demo");
    let (status, _, attendance) = get(
        &server,
        &field,
        &format!(
            "/api/v1/sessions/{}/attendance",
            held["id"].as_str().unwrap()
        ),
    )
    .await;
    assert_eq!(status, 200);
    assert!(!attendance["present"].as_array().unwrap().is_empty());
    let everyone = make_token(&admin, &server, &manager_code, &["field:read"]).await;
    let (_, _, all) = get(&server, &everyone, "/api/v1/cohorts").await;
    let other = all
        .as_array()
        .unwrap()
        .iter()
        .find(|c| !cohorts.iter().any(|mine| mine["id"] == c["id"]))
        .expect("a cohort of another facilitator");
    let path = format!("/api/v1/cohorts/{}/sessions", other["id"].as_str().unwrap());
    assert_eq!(get(&server, &field, &path).await.0, 404, "not her cohort");
    assert_eq!(get(&server, &everyone, &path).await.0, 200);

    // No token, a wrong one, a revoked one.
    let anonymous = client()
        .get(server.url("/api/v1/members"))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), 401);
    assert_eq!(
        get(&server, "0".repeat(64).as_str(), "/api/v1/members")
            .await
            .0,
        401
    );
    let page = text_of(&admin, server.url("/admin/api")).await;
    let at = page.find("action=\"/admin/api/").unwrap() + "action=\"".len();
    let revoke = page[at..].split('"').next().unwrap().to_string();
    let revoked = admin
        .post(server.url(&revoke))
        .form(&[("csrf_token", csrf_token(&page))])
        .send()
        .await
        .unwrap();
    assert_eq!(revoked.status(), 303);
    // The newest token is listed first: the manager's field token is the one revoked.
    assert_eq!(get(&server, &everyone, "/api/v1/cohorts").await.0, 401);
    assert_eq!(
        get(&server, &reports, "/api/v1/reports/indicators").await.0,
        200
    );
    assert!(text_of(&manager, server.url("/admin/audit"))
        .await
        .contains("script for"));

    // The description of it all, generated from the code.
    let (status, _, doc) = get(&server, &token, "/api/v1/openapi.json").await;
    assert_eq!(status, 200);
    assert_eq!(doc["openapi"], "3.1.0");
    assert!(doc["paths"]["/members"]["get"].is_object());
    assert_eq!(
        get(&server, &token, "/api/v1/nothing-here").await.1,
        "application/problem+json"
    );
}

mod storage {
    use academy_domain::{MemberDraft, MemberInput, Roles};
    use academy_store::MemberFilter;
    use time::OffsetDateTime;

    use crate::on_both_databases;

    fn draft(n: usize) -> MemberDraft {
        let input = MemberInput {
            full_name: format!("Member {n}"),
            phone: String::new(),
            gender: if n.is_multiple_of(2) { "woman" } else { "man" }.into(),
            birth_year: "1990".into(),
            state: "OD".into(),
            district: "Keonjhar".into(),
            village: String::new(),
            stakeholder_type: "miner".into(),
            preferred_language: "or".into(),
        };
        MemberDraft::check(&input, 2026).expect("valid")
    }

    on_both_databases! {
        async fn tokens_are_kept_hashed_and_revoked_once(store) {
            let admin = store.create_member(&draft(0), Roles::learner()).await.unwrap();
            let now = OffsetDateTime::now_utc();
            let scopes = vec!["members:read".to_string(), "learning:read".to_string()];
            let id = store.create_api_token(admin.id, "ngo script", "ab12", &scopes, admin.id, now).await.unwrap();
            let found = store.api_token_by_hash("ab12").await.unwrap().expect("found by its hash");
            assert_eq!((found.id, found.scopes.clone()), (id, scopes));
            assert!(store.api_token_by_hash("ab13").await.unwrap().is_none());
            store.api_token_used(id, now).await.unwrap();
            assert!(store.api_tokens().await.unwrap()[0].last_used_at.is_some());
            store.revoke_api_token(id, admin.id, now).await.unwrap();
            assert!(store.revoke_api_token(id, admin.id, now).await.is_err(), "once");
            assert!(store.api_token_by_hash("ab12").await.unwrap().unwrap().revoked_at.is_some());
            let log = store.audit_log(Some(&format!("api-token:{id}")), 5).await.unwrap();
            let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
            assert_eq!(actions, ["api.token-revoke", "api.token-create"]);
        }

        async fn members_page_by_cursor_without_gaps_or_repeats(store) {
            for n in 0..25 {
                store.create_member(&draft(n), Roles::learner()).await.unwrap();
            }
            let women = MemberFilter { gender: Some(academy_domain::Gender::Woman), ..MemberFilter::default() };
            let mut seen = Vec::new();
            let mut before = None;
            loop {
                let page = store.members_page(&women, before, 4).await.unwrap();
                seen.extend(page.iter().map(|m| m.id));
                if page.len() < 4 {
                    break;
                }
                before = page.last().map(|m| m.id);
            }
            assert_eq!(seen.len(), 13);
            let mut sorted = seen.clone();
            sorted.sort_by(|a, b| b.cmp(a));
            sorted.dedup();
            assert_eq!(sorted, seen, "newest first, each once");
        }
    }
}
