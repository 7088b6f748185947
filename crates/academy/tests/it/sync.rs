//! Field nodes and the central academy: real servers and the real `academy sync` on
//! loopback, work done on both sides while apart, a transfer cut in the middle, clocks
//! skewed by hours; in the end all hold the same data, nothing lost or doubled.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use academy_domain::{
    Activity, Language, MemberDraft, MemberInput, Outcome, Roles, Statement, TestKind, Verb,
};
use academy_store::{Batch, MemberFilter, Page, Scope, Store};
use time::{Duration, OffsetDateTime};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::common::{csrf_token, run_academy, signed_in, text_of, Server};

const HOUR_MS: i64 = 3_600_000;

fn villager(name: &str, phone: &str, district: &str) -> MemberDraft {
    let input = MemberInput {
        full_name: name.into(),
        phone: phone.into(),
        gender: "woman".into(),
        birth_year: "1992".into(),
        state: "JH".into(),
        district: district.into(),
        village: "Nirsa".into(),
        stakeholder_type: "miner".into(),
        preferred_language: "hi".into(),
    };
    MemberDraft::check(&input, 2026).expect("a valid member")
}

/// A learner's week: every lesson of module 1 done and its post-test passed, plus `answers`
/// answered questions.
fn week_of_learning(actor: uuid::Uuid, lessons: &[String], answers: usize) -> Vec<Statement> {
    let start = OffsetDateTime::now_utc() - Duration::days(6);
    let st = |verb, object, minutes: i64| Statement {
        id: uuid::Uuid::now_v7(),
        actor,
        verb,
        object,
        parent: None,
        outcome: Outcome::default(),
        lang: Language::Hi,
        facilitated: false,
        at: start + Duration::minutes(minutes),
    };
    let mut out = Vec::new();
    for (i, l) in lessons.iter().enumerate() {
        let lesson = Activity::Lesson {
            module: "health-safety".into(),
            lesson: l.clone(),
        };
        out.push(st(Verb::Experienced, lesson.clone(), i as i64 * 30));
        out.push(st(Verb::Completed, lesson, i as i64 * 30 + 10));
    }
    let attempt = st(
        Verb::Passed,
        Activity::Test {
            module: "health-safety".into(),
            test: TestKind::Post,
        },
        600,
    );
    let mut attempt = attempt;
    attempt.outcome = Outcome {
        score: Some(9),
        max_score: Some(10),
        success: Some(true),
        response: None,
    };
    let parent = attempt.id;
    out.push(attempt);
    for q in 0..answers {
        let mut answer = st(
            Verb::Answered,
            Activity::Question {
                module: "health-safety".into(),
                question: format!("q{}", q % 10 + 1),
            },
            601 + q as i64,
        );
        answer.parent = Some(parent);
        answer.outcome = Outcome {
            score: Some(1),
            max_score: Some(1),
            success: Some(true),
            response: Some("a".into()),
        };
        out.push(answer);
    }
    out
}

/// Everything a database holds that travels, in its scope.
async fn dump(store: &dyn Store, scope: Option<&Scope>) -> Batch {
    store
        .changes(0, None, scope, 10_000_000)
        .await
        .expect("dump")
}

fn keyed<T: Clone, K: Ord>(rows: &[T], key: impl Fn(&T) -> K) -> BTreeMap<K, T> {
    rows.iter().map(|r| (key(r), r.clone())).collect()
}

/// The node holds exactly what the central academy has in the node's scope, row for row.
async fn assert_same(central: &dyn Store, node: &dyn Store, scope: &Scope, who: &str) {
    let c = dump(central, Some(scope)).await;
    let n = dump(node, None).await;
    let n_members = keyed(&n.members, |m| m.id);
    for m in &c.members {
        assert_eq!(
            n_members.get(&m.id),
            Some(m),
            "{who}: member {} as at the centre",
            m.code
        );
    }
    let c_members = keyed(&dump(central, None).await.members, |m| m.id);
    for m in &n.members {
        assert_eq!(
            c_members.get(&m.id),
            Some(m),
            "{who}: member {} is at the centre as here",
            m.code
        );
    }
    // The same learning records of everyone in scope; and whatever else the node holds
    // (records of a person merged into someone outside its scope) is at the centre too.
    let in_scope: std::collections::BTreeSet<uuid::Uuid> = c
        .members
        .iter()
        .filter(|m| {
            m.district
                .as_ref()
                .is_some_and(|d| scope.districts.contains(d))
                || m.roles & 30 != 0
                || c_in_cohort(&c, m.id)
        })
        .map(|m| m.id)
        .collect();
    let ids = |b: &Batch,
               only: Option<&std::collections::BTreeSet<uuid::Uuid>>|
     -> std::collections::BTreeSet<uuid::Uuid> {
        b.statements
            .iter()
            .filter(|s| only.is_none_or(|o| o.contains(&s.actor)))
            .map(|s| s.id)
            .collect()
    };
    let (here, there) = (ids(&n, Some(&in_scope)), ids(&c, None));
    assert!(
        here == there,
        "{who}: the same learning records: {} only on the node, {} only at the centre",
        here.difference(&there).count(),
        there.difference(&here).count()
    );
    let everything = ids(&dump(central, None).await, None);
    assert!(
        ids(&n, None).is_subset(&everything),
        "{who}: nothing the centre lacks"
    );
    let certs = |b: &Batch| keyed(&b.certificates, |c| c.id);
    assert_eq!(certs(&n), certs(&c), "{who}: the same certificates");
    let cohorts = |b: &Batch| keyed(&b.cohorts, |c| c.id);
    for (id, cohort) in cohorts(&c) {
        assert_eq!(
            cohorts(&n).get(&id),
            Some(&cohort),
            "{who}: cohort {}",
            cohort.name
        );
    }
    let links = |b: &Batch| -> std::collections::BTreeSet<(uuid::Uuid, uuid::Uuid)> {
        b.cohort_members
            .iter()
            .map(|m| (m.cohort, m.member))
            .collect()
    };
    assert_eq!(links(&n), links(&c), "{who}: the same cohort members");
}

/// A loopback proxy that passes `limit` bytes towards the server, then cuts every
/// connection: a network that drops in the middle of a transfer.
async fn cutting_proxy(target: String, limit: usize) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let target = target.trim_start_matches("http://").to_string();
    let sent = Arc::new(AtomicUsize::new(0));
    tokio::spawn(async move {
        while let Ok((mut inbound, _)) = listener.accept().await {
            let target = target.clone();
            let sent = sent.clone();
            tokio::spawn(async move {
                let Ok(mut outbound) = tokio::net::TcpStream::connect(&target).await else {
                    return;
                };
                let (mut ri, mut wi) = inbound.split();
                let (mut ro, mut wo) = outbound.split();
                let up = async {
                    let mut buf = vec![0u8; 16 * 1024];
                    loop {
                        let n = ri.read(&mut buf).await.unwrap_or(0);
                        if n == 0 {
                            return;
                        }
                        let before = sent.fetch_add(n, Ordering::SeqCst);
                        if before + n > limit {
                            // Part of this chunk goes through, then the line drops.
                            let keep = limit.saturating_sub(before);
                            let _ = wo.write_all(&buf[..keep]).await;
                            return;
                        }
                        if wo.write_all(&buf[..n]).await.is_err() {
                            return;
                        }
                    }
                };
                let down = tokio::io::copy(&mut ro, &mut wi);
                tokio::select! { _ = up => {}, _ = down => {} }
            });
        }
    });
    format!("http://{addr}")
}

/// `academy sync` on a node's data folder; its report line.
fn sync(data: &std::path::Path, remote: &str, token: &str, rows: usize) -> (bool, String) {
    let rows = rows.to_string();
    let (ok, _, err) = run_academy(
        &[
            "sync",
            "--remote",
            remote,
            "--token",
            token,
            "--batch-rows",
            &rows,
        ],
        data,
        None,
    );
    (ok, err)
}

fn sent_of(report: &str) -> usize {
    report
        .split("Sent ")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("a report line in {report:?}"))
}

async fn open_sqlite(dir: &std::path::Path) -> Arc<dyn Store> {
    academy_store::open(&format!("sqlite://{}", dir.join("academy.db").display()))
        .await
        .expect("open the node's database")
}

/// The demo manager, signed in, and the sync page as she sees it.
async fn manager_at_sync(central: &Server) -> (reqwest::Client, String) {
    let manager = signed_in(central, "9100000002", "academy-demo").await;
    let page = text_of(&manager, central.url("/admin/sync")).await;
    (manager, page)
}

async fn registered_token(central: &Server, name: &str, districts: &str) -> String {
    let manager = signed_in(central, "9100000002", "academy-demo").await;
    let page = text_of(&manager, central.url("/")).await;
    assert!(
        page.contains("href=\"/admin/sync\""),
        "the manager's home links to sync"
    );
    let page = text_of(&manager, central.url("/admin/sync")).await;
    let token = csrf_token(&page);
    let page = manager
        .post(central.url("/admin/sync/nodes"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("name", name),
            ("districts", districts),
            ("cohorts", ""),
        ])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let start = page
        .find("<p><code>")
        .expect("the page shows the new token once")
        + 9;
    page[start..start + 64].to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_week_offline_on_two_laptops_reaches_the_centre_once() {
    let postgres = crate::common::TestDb::postgres().await;
    let central = Server::start(postgres.as_ref().map(|db| db.url.as_str()));
    let c: Arc<dyn Store> = match &postgres {
        Some(db) => db.store.clone(),
        None => open_sqlite(central.data.path()).await,
    };
    let lessons: Vec<String> = {
        let published = c.latest_content().await.unwrap().unwrap();
        let body: serde_json::Value = serde_json::from_str(&published.body).unwrap();
        body["modules"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["id"] == "health-safety")
            .unwrap()["lessons"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|l| !l["retired"].as_bool().unwrap_or(false))
            .map(|l| l["slug"].as_str().unwrap().to_string())
            .collect()
    };

    // Two laptops: one for Dhanbad, one for another district of Jharkhand.
    let jh = c
        .list_members(
            &MemberFilter {
                state: academy_domain::State::parse("s", "JH").ok(),
                ..Default::default()
            },
            Page {
                offset: 0,
                limit: 500,
            },
        )
        .await
        .unwrap();
    let other = jh
        .items
        .iter()
        .filter_map(|m| m.draft.district.clone())
        .find(|d| d != "Dhanbad")
        .expect("a second district");
    let token_a = registered_token(&central, "Dhanbad laptop", "Dhanbad").await;
    let token_b = registered_token(&central, "Second laptop", &other).await;
    let nodes = c.sync_nodes().await.unwrap();
    let node = |name: &str| {
        nodes
            .iter()
            .find(|n| n.name == name)
            .expect("registered")
            .clone()
    };
    let (node_a, node_b) = (node("Dhanbad laptop"), node("Second laptop"));
    let scope_a = node_a.scope.clone();
    let scope_b = node_b.scope.clone();

    let dir_a = tempfile::tempdir().unwrap();
    let dir_b = tempfile::tempdir().unwrap();
    let (ok, report) = sync(dir_a.path(), &central.base, &token_a, 5000);
    assert!(ok, "first sync of A: {report}");
    let (ok, report) = sync(dir_b.path(), &central.base, &token_b, 5000);
    assert!(ok, "first sync of B: {report}");
    let a = open_sqlite(dir_a.path()).await;
    let b = open_sqlite(dir_b.path()).await;
    assert_same(c.as_ref(), a.as_ref(), &scope_a, "A after its first sync").await;

    // Only its scope, and the staff who sign in there.
    let on_a = dump(a.as_ref(), None).await;
    assert!(
        on_a.members
            .iter()
            .all(|m| m.district.as_deref() == Some("Dhanbad")
                || m.roles & 30 != 0
                || c_in_cohort(&on_a, m.id)),
        "A holds only Dhanbad's members and staff"
    );
    assert!(!on_a
        .members
        .iter()
        .any(|m| m.district.as_deref() == Some(other.as_str())
            && m.roles & 30 == 0
            && !c_in_cohort(&on_a, m.id)));

    // A's clock runs five hours fast, B's three hours slow.
    a.set_clock_offset(5 * HOUR_MS).await.unwrap();
    b.set_clock_offset(-3 * HOUR_MS).await.unwrap();

    // A week apart. On A: a new member, and a learner's week; an edit of a Dhanbad member
    // that the centre edits too.
    let learner_a = on_a
        .members
        .iter()
        .find(|m| m.district.as_deref() == Some("Dhanbad") && m.roles & 30 == 0)
        .expect("a Dhanbad learner")
        .id;
    let newcomer = a
        .create_member(
            &villager("Sunita Murmu", "9876500001", "Dhanbad"),
            Roles::default(),
        )
        .await
        .unwrap();
    assert!(
        newcomer.code.number() >= academy_store::sync::FIRST_CODE_BLOCK,
        "a node's member numbers come from its block"
    );
    let mut work_a = week_of_learning(learner_a, &lessons, 1200);
    work_a.extend(week_of_learning(newcomer.id, &lessons, 800));
    let rules = vec![academy_store::CompletionRule {
        module: "health-safety".into(),
        lessons: lessons.clone(),
    }];
    a.record(&work_a, &rules).await.unwrap();
    let mut edited = a.member(learner_a).await.unwrap().draft;
    edited.village = Some("Edited on A".into());
    a.update_member(learner_a, &edited).await.unwrap();
    let mut edited_c = c.member(learner_a).await.unwrap().draft;
    edited_c.village = Some("Edited at the centre".into());
    c.update_member(learner_a, &edited_c).await.unwrap();

    // On B: a learner's week, and the same woman registered again with her phone.
    let on_b = dump(b.as_ref(), None).await;
    let learner_b = on_b
        .members
        .iter()
        .find(|m| m.district.as_deref() == Some(other.as_str()) && m.roles & 30 == 0)
        .expect("a learner of B's district")
        .id;
    let work_b = week_of_learning(learner_b, &lessons, 300);
    b.record(&work_b, &rules).await.unwrap();
    let twin = b
        .create_member(
            &villager("Sunita Murmu", "9876500001", &other),
            Roles::default(),
        )
        .await
        .unwrap();
    let twin_work = week_of_learning(twin.id, &lessons[..1], 4);
    b.record(&twin_work, &rules).await.unwrap();

    let before = c.count_members().await.unwrap();
    let dhanbad = academy_store::ReportFilter {
        district: Some("Dhanbad".into()),
        ..Default::default()
    };
    let indicators = |c: Arc<dyn Store>, f: academy_store::ReportFilter| async move {
        c.report_indicators(
            &f,
            academy_store::Dimension::Gender,
            OffsetDateTime::now_utc(),
        )
        .await
        .unwrap()
    };
    let lessons_done = |rows: &[academy_store::IndicatorRow]| {
        rows.iter().map(|r| r.lessons_completed).sum::<i64>()
    };
    let dhanbad_before = indicators(c.clone(), dhanbad.clone()).await;

    // A syncs in town over a line that drops in the middle of its second batch.
    let proxy = cutting_proxy(
        central.base.trim_start_matches("http://").to_string(),
        12_000,
    )
    .await;
    let (ok, report) = sync(dir_a.path(), &proxy, &token_a, 500);
    assert!(!ok, "the cut sync fails: {report}");
    let total = work_a.len() + 2;
    let (ok, report) = sync(dir_a.path(), &central.base, &token_a, 500);
    assert!(ok, "the second attempt succeeds: {report}");
    assert!(
        sent_of(&report) < total,
        "it resumed where it stopped, not from the start: {report}"
    );
    let (ok, report) = sync(dir_b.path(), &central.base, &token_b, 500);
    assert!(ok, "B syncs: {report}");
    let (ok, report) = sync(dir_a.path(), &central.base, &token_a, 500);
    assert!(ok, "A syncs again: {report}");

    // Everything arrived once.
    for st in work_a.iter().chain(&work_b) {
        assert!(c.test_result(st.id).await.is_ok());
    }
    let central_ids: std::collections::BTreeSet<uuid::Uuid> = dump(c.as_ref(), None)
        .await
        .statements
        .iter()
        .map(|s| s.id)
        .collect();
    assert!(
        work_a
            .iter()
            .chain(&work_b)
            .all(|s| central_ids.contains(&s.id)),
        "every record of the week is at the centre"
    );
    assert_eq!(
        c.count_members().await.unwrap(),
        before + 2,
        "two new members, none doubled"
    );
    // The week is in the centre's reports, counted as a recount from scratch counts it.
    let dhanbad_after = indicators(c.clone(), dhanbad.clone()).await;
    assert!(
        lessons_done(&dhanbad_after) > lessons_done(&dhanbad_before),
        "the laptop's week shows in Dhanbad's report"
    );
    c.rebuild_report_facts().await.unwrap();
    assert_eq!(
        indicators(c.clone(), dhanbad.clone()).await,
        dhanbad_after,
        "the same as a recount"
    );
    let progress = c.module_progress(newcomer.id).await.unwrap();
    assert!(
        progress
            .iter()
            .any(|p| p.module == "health-safety" && p.completed_at.is_some()),
        "the newcomer's module is complete at the centre"
    );
    let certs = c.certificates_of(newcomer.id).await.unwrap();
    assert_eq!(certs.len(), 1, "the centre issued her certificate, once");
    let dups = c.duplicates().await.unwrap();
    assert_eq!(
        dups.len(),
        1,
        "the woman registered twice is flagged: {dups:?}"
    );
    assert_eq!(dups[0].reason, "phone");

    // A manager sees it is one woman, and keeps the first record: her learning on both
    // laptops becomes one history, and both profiles stay.
    let (manager, page) = manager_at_sync(&central).await;
    assert!(
        page.contains("Sunita Murmu"),
        "the flagged pair is on the sync page"
    );
    let token = csrf_token(&page);
    let keep = if dups[0].a == newcomer.id {
        "keep-a"
    } else {
        "keep-b"
    };
    let (da, db) = (dups[0].a.to_string(), dups[0].b.to_string());
    let response = manager
        .post(central.url("/admin/sync/duplicates"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("a", &da),
            ("b", &db),
            ("action", keep),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    assert!(c.duplicates().await.unwrap().is_empty(), "resolved");
    let merged = c.member(twin.id).await.unwrap();
    assert_eq!(
        merged.draft.full_name, "Sunita Murmu",
        "both profiles are kept"
    );
    let from_b = |results: &[academy_store::TestResult]| {
        results
            .iter()
            .filter(|t| twin_work.iter().any(|w| w.id == t.attempt))
            .count()
    };
    assert_eq!(
        from_b(&c.test_results(newcomer.id, None).await.unwrap()),
        1,
        "her attempt from B counts as hers"
    );
    assert!(c.test_results(twin.id, None).await.unwrap().is_empty());
    let (ok, report) = sync(dir_b.path(), &central.base, &token_b, 500);
    assert!(ok, "{report}");
    assert!(
        b.test_results(twin.id, None).await.unwrap().is_empty(),
        "B merged her too"
    );
    assert_eq!(
        from_b(&b.test_results(newcomer.id, None).await.unwrap()),
        1,
        "B holds her attempt under the kept record"
    );

    // Last writer wins by the hybrid clock: A's clock ran ahead, so its edit wins…
    let village = c.member(learner_a).await.unwrap().draft.village;
    assert_eq!(village.as_deref(), Some("Edited on A"));
    // …and the centre's next edit, made after it saw A's, wins over it, fast clock or not.
    let mut again = c.member(learner_a).await.unwrap().draft;
    again.village = Some("Corrected at the centre".into());
    c.update_member(learner_a, &again).await.unwrap();
    let (ok, report) = sync(dir_a.path(), &central.base, &token_a, 500);
    assert!(ok, "{report}");
    assert_eq!(
        a.member(learner_a).await.unwrap().draft.village.as_deref(),
        Some("Corrected at the centre")
    );

    assert_same(c.as_ref(), a.as_ref(), &scope_a, "A").await;
    assert_same(c.as_ref(), b.as_ref(), &scope_b, "B").await;
    // The node's certificates are the centre's.
    assert_eq!(a.certificates_of(newcomer.id).await.unwrap(), certs);

    // A new curriculum published at the centre reaches the laptop with its next sync.
    let latest = c.latest_content().await.unwrap().unwrap();
    let mut body: serde_json::Value = serde_json::from_str(&latest.body).unwrap();
    body["modules"][0]["title"]["en"] =
        serde_json::json!("Health and safety at the mine (2027 edition)");
    let body = body.to_string();
    c.publish_content("a-newer-curriculum", &body, &[])
        .await
        .unwrap();
    let (ok, report) = sync(dir_a.path(), &central.base, &token_a, 500);
    assert!(ok && report.contains("new curriculum"), "{report}");
    assert_eq!(
        a.latest_content().await.unwrap().unwrap().digest,
        "a-newer-curriculum"
    );

    // A revoked node is refused.
    let (manager, page) = manager_at_sync(&central).await;
    let token = csrf_token(&page);
    let response = manager
        .post(central.url(&format!("/admin/sync/nodes/{}/revoke", node_b.id)))
        .form(&[("csrf_token", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    let (ok, report) = sync(dir_b.path(), &central.base, &token_b, 500);
    assert!(!ok && report.contains("revoked"), "{report}");
    let (ok, report) = sync(dir_b.path(), &central.base, "not-a-token", 500);
    assert!(
        !ok && report.contains("does not know this token"),
        "{report}"
    );
    drop(central);
    if let Some(db) = postgres {
        db.finish().await;
    }
}

fn c_in_cohort(b: &Batch, member: uuid::Uuid) -> bool {
    b.cohort_members.iter().any(|m| m.member == member)
        || b.cohort_facilitators.iter().any(|m| m.member == member)
}
