//! Crash safety: writes stream in (registrations by a manager, a learner's forum replies and
//! her learning records, each with the id her phone gave it),
//! the server is killed with SIGKILL at a random moment, started again, and every write that
//! had a success answer is there, once, and nothing is half-written (the database is whole,
//! each thread's reply count matches its replies). `ACADEMY_CRASH_ROUNDS` sets how many kills
//! (3 by default; `scripts/crash-test` runs 100).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use sqlx::{Connection, SqliteConnection};

use crate::common::{client, csrf_token, first_link, signed_in, text_of, Server};

const PASSWORD: &str = "academy-demo";

/// One round of writers against the server at `base`, until it stops answering.
async fn write_until_killed(
    server: &Server,
    round: u32,
    registered: Arc<Mutex<Vec<String>>>,
    replied: Arc<Mutex<Vec<String>>>,
    recorded: Arc<Mutex<Vec<String>>>,
) -> Vec<tokio::task::JoinHandle<()>> {
    let reader = signed_in(server, "9100000006", PASSWORD).await;
    let lesson = server.url("/modules/health-safety/lessons/dust-and-silicosis");
    let done_url = format!("{lesson}/done");
    let reader_token = csrf_token(&text_of(&reader, &lesson).await);
    let manager = signed_in(server, "9100000002", PASSWORD).await;
    let learner = signed_in(server, "9100000006", PASSWORD).await;
    let form = text_of(&manager, server.url("/admin/members/new")).await;
    let manager_token = csrf_token(&form);
    let forum = text_of(&learner, server.url("/forums/general")).await;
    let thread = format!("/threads/{}", first_link(&forum, "/threads/"));
    let learner_token = csrf_token(&text_of(&learner, server.url(&thread)).await);
    let register_url = server.url("/admin/members/new");
    let reply_url = server.url(&format!("{thread}/reply"));
    let registrations = tokio::spawn(async move {
        for n in 0.. {
            let phone = format!("97{round:03}{n:05}");
            let sent = manager
                .post(&register_url)
                .form(&[
                    ("csrf_token", manager_token.as_str()),
                    ("full_name", &format!("Crash Test {round} {n}")),
                    ("phone", &phone),
                    ("gender", "woman"),
                    ("birth_year", "1990"),
                    ("state", "JH"),
                    ("district", "Pakur"),
                    ("village", "Amrapara"),
                    ("stakeholder_type", "miner"),
                    ("preferred_language", "hi"),
                    ("consent", "yes"),
                    ("consent_by", "Rekha Soren"),
                ])
                .send()
                .await;
            match sent {
                Ok(r) if r.status() == 303 => registered.lock().unwrap().push(phone),
                Ok(r) => panic!("registration {n}: {}", r.status()),
                Err(_) => return,
            }
        }
    });
    let replies = tokio::spawn(async move {
        for n in 0.. {
            let body = format!("Crash reply {round}-{n}");
            let sent = learner
                .post(&reply_url)
                .multipart(
                    reqwest::multipart::Form::new()
                        .text("csrf_token", learner_token.clone())
                        .text("body", body.clone()),
                )
                .send()
                .await;
            match sent {
                Ok(r) if r.status() == 303 => replied.lock().unwrap().push(body),
                Ok(r) => panic!("reply {n}: {}", r.status()),
                Err(_) => return,
            }
        }
    });
    let records = tokio::spawn(async move {
        loop {
            let id = uuid::Uuid::now_v7().to_string();
            let sent = reader
                .post(&done_url)
                .form(&[("csrf_token", reader_token.as_str()), ("statement", &id)])
                .send()
                .await;
            match sent {
                Ok(r) if r.status() == 303 => recorded.lock().unwrap().push(id),
                Ok(r) => panic!("learning record: {}", r.status()),
                Err(_) => return,
            }
        }
    });
    vec![registrations, replies, records]
}

#[tokio::test]
async fn acknowledged_writes_survive_a_kill() {
    let rounds: u32 = std::env::var("ACADEMY_CRASH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(3);
    let mut server = Server::start(None);
    let registered = Arc::new(Mutex::new(Vec::new()));
    let replied = Arc::new(Mutex::new(Vec::new()));
    let recorded = Arc::new(Mutex::new(Vec::new()));
    for round in 0..rounds {
        let writers = write_until_killed(
            &server,
            round,
            registered.clone(),
            replied.clone(),
            recorded.clone(),
        )
        .await;
        // A moment between 50 and 800 ms into the stream.
        let wait = 50 + (uuid::Uuid::now_v7().as_u128() % 750) as u64;
        tokio::time::sleep(Duration::from_millis(wait)).await;
        server.crash_and_restart();
        for writer in writers {
            writer.await.unwrap();
        }

        let path = server.data.path().join("academy.db");
        let mut db = SqliteConnection::connect(&format!("sqlite://{}?mode=ro", path.display()))
            .await
            .unwrap();
        let verdict: String = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(&mut db)
            .await
            .unwrap();
        assert_eq!(verdict, "ok", "round {round}");
        let phones = registered.lock().unwrap().clone();
        for phone in &phones {
            let n: i64 =
                sqlx::query_scalar("SELECT COUNT(*) FROM members WHERE phone LIKE '%' || $1")
                    .bind(phone)
                    .fetch_one(&mut db)
                    .await
                    .unwrap();
            assert_eq!(
                n, 1,
                "round {round}: the acknowledged registration of {phone}"
            );
        }
        let bodies = replied.lock().unwrap().clone();
        for body in &bodies {
            let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM forum_posts WHERE body = $1")
                .bind(body)
                .fetch_one(&mut db)
                .await
                .unwrap();
            assert_eq!(n, 1, "round {round}: the acknowledged reply {body}");
        }
        let ids = recorded.lock().unwrap().clone();
        for id in &ids {
            let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM statements WHERE id = $1")
                .bind(uuid::Uuid::parse_str(id).unwrap())
                .fetch_one(&mut db)
                .await
                .unwrap();
            assert_eq!(n, 1, "round {round}: the acknowledged learning record {id}");
        }
        let torn: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM forum_threads t WHERE t.replies <> \
             (SELECT COUNT(*) FROM forum_posts p WHERE p.thread = t.id AND p.status = 'shown' \
              AND p.id > (SELECT MIN(q.id) FROM forum_posts q WHERE q.thread = t.id))",
        )
        .fetch_one(&mut db)
        .await
        .unwrap();
        assert_eq!(
            torn, 0,
            "round {round}: a thread's count and its replies differ"
        );
        db.close().await.unwrap();
        // The restarted academy serves.
        assert_eq!(
            client()
                .get(server.url("/healthz"))
                .send()
                .await
                .unwrap()
                .status(),
            200
        );
    }
    let (r, p, l) = (
        registered.lock().unwrap().len(),
        replied.lock().unwrap().len(),
        recorded.lock().unwrap().len(),
    );
    eprintln!(
        "{rounds} kills: {r} acknowledged registrations, {p} replies and {l} learning records, all there"
    );
    assert!(r > 0 && p > 0 && l > 0, "writes were acknowledged");
}
