//! The DPDP Act's rights, through the real server: the privacy notice in every language, a
//! member's own data (page and JSON), and erasure at her request — her name, phone and
//! sign-in gone, her counts kept, the audit log saying that it happened but not whose.

use serde_json::Value;
use sqlx::{Connection, SqliteConnection};

use crate::common::{client, csrf_token, signed_in, text_of, Server};

const PASSWORD: &str = "academy-demo";

#[tokio::test]
async fn the_privacy_notice_speaks_every_language() {
    let server = Server::start(None);
    let c = client();
    for (lang, words) in [
        ("en", "Your information and your rights"),
        ("hi", "जानकारी"),
        ("or", "ତଥ୍ୟ"),
        ("bn", "তথ্য"),
    ] {
        c.get(server.url(&format!("/lang/{lang}")))
            .send()
            .await
            .unwrap();
        let page = text_of(&c, server.url("/privacy")).await;
        assert!(page.contains(words), "{lang}");
        assert!(
            !page.contains("{contact}") && !page.contains("{retention}"),
            "{lang}"
        );
        assert!(page.contains("id=\"listen\""), "{lang}: the listen button");
    }
    let home = text_of(&c, server.url("/")).await;
    assert!(home.contains("href=\"/privacy\""), "linked from every page");
}

#[tokio::test]
async fn a_member_sees_takes_and_erases_her_data() {
    let server = Server::start(None);
    let learner = signed_in(&server, "9100000006", PASSWORD).await;
    let me = text_of(&learner, server.url("/me")).await;
    assert!(me.contains("href=\"/me/data\""));
    let page = text_of(&learner, server.url("/me/data")).await;
    assert!(page.contains("फूलमनी टुडू"), "her name");
    assert!(page.contains("9100000006"), "her phone");
    let r = learner
        .get(server.url("/me/data.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("attachment"));
    let text = r.text().await.unwrap();
    assert!(
        !text.contains("password_hash") && !text.contains("pin_hash"),
        "no secrets"
    );
    let data: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(data["members"][0]["full_name"], "फूलमनी टुडू");
    assert!(
        !data["statements"].as_array().unwrap().is_empty(),
        "her learning records"
    );
    assert!(
        !data["forum_posts"].as_array().unwrap().is_empty(),
        "her posts"
    );
    let member = data["members"][0]["id"].as_str().unwrap().to_string();
    let post = data["forum_posts"][0]["thread"]
        .as_str()
        .unwrap()
        .to_string();

    // Without ticking that she understands, nothing happens.
    let token = csrf_token(&page);
    let r = learner
        .post(server.url("/me/erase"))
        .form(&[("csrf_token", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(text_of(&learner, server.url("/me/data"))
        .await
        .contains("फूलमनी टुडू"));

    let db_path = server.data.path().join("academy.db");
    let facts = |sql: String| {
        let db_path = db_path.clone();
        async move {
            let mut db =
                SqliteConnection::connect(&format!("sqlite://{}?mode=ro", db_path.display()))
                    .await
                    .unwrap();
            let n: i64 = sqlx::query_scalar(&sql).fetch_one(&mut db).await.unwrap();
            n
        }
    };
    // She takes her consent back: it is recorded, and reports count her no more.
    let her_facts = format!(
        "SELECT COUNT(*) FROM member_facts WHERE member = x'{}'",
        member.replace('-', "")
    );
    assert!(
        facts(her_facts.clone()).await > 0,
        "counted while she consents"
    );
    assert!(page.contains("action=\"/me/consent/withdraw\""));
    let r = learner
        .post(server.url("/me/consent/withdraw"))
        .form(&[("csrf_token", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let after = r.text().await.unwrap();
    assert!(
        !after.contains("action=\"/me/consent/withdraw\""),
        "nothing left to withdraw"
    );
    assert_eq!(
        facts(her_facts.clone()).await,
        0,
        "not counted once withdrawn"
    );
    assert_eq!(
        facts("SELECT COUNT(*) FROM consents WHERE withdrawn_at IS NOT NULL".into()).await,
        1,
        "the withdrawal is on record"
    );
    let counted = facts("SELECT COUNT(*) FROM member_facts".into()).await;
    let r = learner
        .post(server.url("/me/erase"))
        .form(&[("csrf_token", token.as_str()), ("confirm", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    // Signed out, and cannot sign in again.
    let r = learner.get(server.url("/me")).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let again = client();
    let form = text_of(&again, server.url("/sign-in")).await;
    let r = again
        .post(server.url("/sign-in"))
        .form(&[
            ("login", "9100000006"),
            ("password", PASSWORD),
            ("csrf_token", &csrf_token(&form)),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    // Her counts stay; her name and phone are gone; the log says an erasure happened.
    assert_eq!(
        facts("SELECT COUNT(*) FROM member_facts".into()).await,
        counted
    );
    let mut db = SqliteConnection::connect(&format!("sqlite://{}?mode=ro", db_path.display()))
        .await
        .unwrap();
    let (name, phone): (String, Option<String>) =
        sqlx::query_as("SELECT full_name, phone FROM members WHERE id = $1")
            .bind(uuid::Uuid::parse_str(&member).unwrap())
            .fetch_one(&mut db)
            .await
            .unwrap();
    assert_eq!((name.as_str(), phone), ("—", None));
    let (subject, actor): (String, Option<uuid::Uuid>) =
        sqlx::query_as("SELECT subject, actor FROM audit_log WHERE action = 'member.erase'")
            .fetch_one(&mut db)
            .await
            .unwrap();
    assert_eq!((subject.as_str(), actor), ("member", None), "not whose");
    // Her forum posts stay, with no name.
    let manager = signed_in(&server, "9100000002", PASSWORD).await;
    let thread = text_of(&manager, server.url(&format!("/threads/{post}"))).await;
    // (Others' own words may still call her by her first name: they are theirs.)
    assert!(
        !thread.contains("फूलमनी टुडू"),
        "no name on her posts, nor on quotes of them"
    );
}
