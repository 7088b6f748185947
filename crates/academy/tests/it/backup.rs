//! Backup while the academy is busy, restore after it stops: the copy holds every write
//! acknowledged before it began, the restored database is the copy table by table, and a
//! restore while the academy serves is refused.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use sqlx::{Connection, Row, SqliteConnection};

use crate::common::{csrf_token, first_link, run_academy, signed_in, text_of, Server};

/// Every row of every table, as text, table by table.
async fn dump(path: &std::path::Path) -> Vec<(String, Vec<String>)> {
    let mut db = SqliteConnection::connect(&format!("sqlite://{}?mode=ro", path.display()))
        .await
        .unwrap();
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .fetch_all(&mut db)
    .await
    .unwrap();
    let mut out = Vec::new();
    for table in tables {
        let columns: Vec<String> = sqlx::query(&format!("PRAGMA table_info(\"{table}\")"))
            .fetch_all(&mut db)
            .await
            .unwrap()
            .iter()
            .map(|r| format!("quote(\"{}\")", r.get::<String, _>("name")))
            .collect();
        let rows: Vec<String> = sqlx::query_scalar(&format!(
            "SELECT {} FROM \"{table}\" ORDER BY 1",
            columns.join(" || '|' || ")
        ))
        .fetch_all(&mut db)
        .await
        .unwrap();
        out.push((table, rows));
    }
    out
}

#[tokio::test]
async fn a_busy_academy_is_backed_up_and_restored_whole() {
    let mut server = Server::start(None);
    let data = server.data.path().to_path_buf();
    let learner = signed_in(&server, "9100000006", "academy-demo").await;
    let forum = text_of(&learner, server.url("/forums/general")).await;
    let thread = format!("/threads/{}", first_link(&forum, "/threads/"));
    let token = csrf_token(&text_of(&learner, server.url(&thread)).await);

    // Replies keep coming while the backup is made.
    let acknowledged = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (acknowledged, stop) = (acknowledged.clone(), stop.clone());
        let url = server.url(&format!("{thread}/reply"));
        tokio::spawn(async move {
            let mut n = 0;
            while !stop.load(Ordering::SeqCst) {
                n += 1;
                let r = learner
                    .post(&url)
                    .multipart(
                        reqwest::multipart::Form::new()
                            .text("csrf_token", token.clone())
                            .text("body", format!("Busy reply {n}")),
                    )
                    .send()
                    .await
                    .unwrap();
                assert_eq!(r.status(), 303, "reply {n}");
                acknowledged.store(n, Ordering::SeqCst);
            }
        })
    };
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let before = acknowledged.load(Ordering::SeqCst);
    let copy = data.parent().unwrap().join(format!(
        "backup-{}.db",
        data.file_name().unwrap().to_string_lossy()
    ));
    let (ok, _, err) = run_academy(&["backup", "--out", copy.to_str().unwrap()], &data, None);
    assert!(ok, "{err}");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    stop.store(true, Ordering::SeqCst);
    writer.await.unwrap();
    assert!(
        before > 0 && acknowledged.load(Ordering::SeqCst) > before,
        "writes went on"
    );

    // Writing over the copy, or restoring while the academy serves, is refused.
    let (ok, _, err) = run_academy(&["backup", "--out", copy.to_str().unwrap()], &data, None);
    assert!(!ok && err.contains("exists already"), "{err}");
    let (ok, _, err) = run_academy(&["restore", copy.to_str().unwrap()], &data, None);
    assert!(!ok && err.contains("stop it first"), "{err}");

    // Every reply acknowledged before the backup began is in it.
    let copied = dump(&copy).await;
    let posts = &copied.iter().find(|(t, _)| t == "forum_posts").unwrap().1;
    let busy = posts.iter().filter(|r| r.contains("Busy reply")).count();
    assert!(
        busy >= before,
        "{busy} of the {before} acknowledged before the backup"
    );

    // Restored after a stop, the database is the copy, table by table.
    server.kill();
    let (ok, _, err) = run_academy(&["restore", copy.to_str().unwrap()], &data, None);
    assert!(ok, "{err}");
    assert!(std::fs::read_dir(&data).unwrap().any(|e| e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .starts_with("academy.db.before-restore-")));
    let restored = dump(&data.join("academy.db")).await;
    assert_eq!(copied.len(), restored.len());
    assert!(copied.len() > 40, "every table: {}", copied.len());
    for ((table, a), (_, b)) in copied.iter().zip(&restored) {
        assert_eq!(a, b, "table {table}");
    }
    // A file that is not a backup is refused, and changes nothing.
    std::fs::write(data.join("not-a-backup.db"), "hello").unwrap();
    let (ok, _, err) = run_academy(
        &["restore", data.join("not-a-backup.db").to_str().unwrap()],
        &data,
        None,
    );
    assert!(!ok && err.contains("not"), "{err}");
    assert_eq!(dump(&data.join("academy.db")).await, restored);
    let _ = std::fs::remove_file(copy);
}

/// On PostgreSQL the backup is `pg_dump`'s (see the README): a dump restored with
/// `pg_restore` into another database is the same academy, table by table, and serves.
#[tokio::test]
async fn a_postgresql_academy_comes_back_from_pg_dump() {
    let Some(source) = crate::common::TestDb::postgres().await else {
        eprintln!("ACADEMY_TEST_DATABASE_URL is not set: PostgreSQL part not run");
        return;
    };
    let server = Server::start(Some(&source.url));
    drop(server);
    let dir = tempfile::tempdir().unwrap();
    let dump_file = dir.path().join("academy.dump");
    let run = |program: &str, args: &[&str]| {
        let out = std::process::Command::new(program)
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("{program} (apt-get install postgresql-client): {e}"));
        assert!(
            out.status.success(),
            "{program}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    run(
        "pg_dump",
        &[
            "--format=custom",
            "--file",
            dump_file.to_str().unwrap(),
            &source.url,
        ],
    );
    let target = crate::common::TestDb::postgres().await.unwrap();
    run(
        "pg_restore",
        &[
            "--clean",
            "--if-exists",
            "--no-owner",
            "--dbname",
            &target.url,
            dump_file.to_str().unwrap(),
        ],
    );
    let (ok, _, err) = run_academy(
        &["migrate", "--database-url", &target.url],
        dir.path(),
        None,
    );
    assert!(ok, "{err}");
    let counts = |url: String| async move {
        let mut db = sqlx::PgConnection::connect(&url).await.unwrap();
        let tables: Vec<String> = sqlx::query_scalar(
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
        )
        .fetch_all(&mut db)
        .await
        .unwrap();
        let mut out = Vec::new();
        for t in tables {
            let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM \"{t}\""))
                .fetch_one(&mut db)
                .await
                .unwrap();
            out.push((t, n));
        }
        out
    };
    let before = counts(source.url.clone()).await;
    assert!(before.len() > 40);
    assert_eq!(before, counts(target.url.clone()).await);
    let restored = Server::start_in(tempfile::tempdir().unwrap(), Some(&target.url), false);
    signed_in(&restored, "9100000006", "academy-demo").await;
    drop(restored);
    source.finish().await;
    target.finish().await;
}
