//! The audit log: append-only in the database itself (an update or a deletion is refused
//! whatever the code asks), and exported whole by admins.

use crate::common::{signed_in, Server, TestDb};

async fn refuses_changes(db: &TestDb) {
    use sqlx::Connection;
    let id = uuid::Uuid::now_v7();
    let at = time::OffsetDateTime::now_utc();
    let sql_insert = "INSERT INTO audit_log (id, at, actor, action, subject, detail) VALUES ($1, $2, NULL, 'test.entry', 'test:1', 'kept')";
    let update = "UPDATE audit_log SET detail = 'changed' WHERE id = $1";
    let delete = "DELETE FROM audit_log WHERE id = $1";
    if db.url.starts_with("postgres") {
        let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
        sqlx::query(sql_insert)
            .bind(id)
            .bind(at)
            .execute(&mut c)
            .await
            .unwrap();
        for sql in [update, delete] {
            let e = sqlx::query(sql).bind(id).execute(&mut c).await.unwrap_err();
            assert!(e.to_string().contains("append-only"), "{sql}: {e}");
        }
        assert!(sqlx::query("TRUNCATE audit_log")
            .execute(&mut c)
            .await
            .is_err());
    } else {
        let mut c = sqlx::SqliteConnection::connect(&db.url).await.unwrap();
        sqlx::query(sql_insert)
            .bind(id)
            .bind(at)
            .execute(&mut c)
            .await
            .unwrap();
        for sql in [update, delete] {
            let e = sqlx::query(sql).bind(id).execute(&mut c).await.unwrap_err();
            assert!(e.to_string().contains("append-only"), "{sql}: {e}");
        }
    }
}

#[tokio::test]
async fn the_audit_log_cannot_be_changed() {
    let db = TestDb::sqlite().await;
    refuses_changes(&db).await;
    if let Some(db) = TestDb::postgres().await {
        refuses_changes(&db).await;
        db.finish().await;
    }
}

#[tokio::test]
async fn admins_export_the_whole_audit_log() {
    let server = Server::start(None);
    let admin = signed_in(&server, "9100000001", "academy-demo").await;
    // A change of roles is in the log, before and after.
    let list = crate::common::text_of(&admin, server.url("/admin/members")).await;
    let member = crate::common::first_link(&list, "/admin/members/");
    let page =
        crate::common::text_of(&admin, server.url(&format!("/admin/members/{member}"))).await;
    let r = admin
        .post(server.url(&format!("/admin/members/{member}/roles")))
        .form(&[
            ("csrf_token", crate::common::csrf_token(&page).as_str()),
            ("role_learner", "on"),
            ("role_facilitator", "on"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let page = crate::common::text_of(&admin, server.url("/admin/audit")).await;
    assert!(
        page.contains("href=\"/admin/audit.csv\""),
        "linked from the log"
    );
    let r = admin
        .get(server.url("/admin/audit.csv"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let csv = r.text().await.unwrap();
    let mut lines = csv.lines();
    assert!(lines
        .next()
        .unwrap()
        .ends_with("id,at,actor,actor_name,action,subject,detail"));
    assert!(
        csv.contains(&format!("member.roles,member:{member},")) && csv.contains("→"),
        "{csv}"
    );
    assert!(
        lines.count() > 3,
        "the demo's moderation and certificates are in it"
    );
}
