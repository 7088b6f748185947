//! Offline on the learner's phone, in Debian's Chromium (driven by playwright-core from
//! `tests/browser`): a module saved on the phone (its size shown first) opens with no
//! network, a test answered offline waits on the phone, and arrives once when the network
//! returns.

use crate::common::Server;

#[tokio::test]
async fn a_test_taken_offline_arrives_once_after_reconnecting() {
    let browser = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/browser");
    assert!(
        browser.join("node_modules/playwright-core").exists(),
        "the browser tests are not installed: run scripts/test (see the README)"
    );
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(
        std::path::Path::new(&chromium).exists(),
        "Debian's Chromium is missing: apt-get install chromium (scripts/test does)"
    );
    let server = Server::start(None);
    let store = academy_store::open(&format!(
        "sqlite://{}",
        server.data.path().join("academy.db").display()
    ))
    .await
    .unwrap();
    let (learner, _) = store
        .member_for_sign_in("9100000006")
        .await
        .unwrap()
        .expect("the demo learner");
    // A module she has not begun, open to anyone: its pre-test.
    let published = store.latest_content().await.unwrap().unwrap();
    let body: serde_json::Value = serde_json::from_str(&published.body).unwrap();
    let started: Vec<String> = store
        .module_progress(learner.id)
        .await
        .unwrap()
        .into_iter()
        .map(|p| p.module)
        .collect();
    let module = body["modules"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["prerequisites"].as_array().is_none_or(|p| p.is_empty()))
        .map(|m| m["id"].as_str().unwrap().to_string())
        .find(|id| !started.contains(id))
        .expect("a module she has not begun");
    let path = format!("/modules/{module}/tests/pre");

    let out = std::process::Command::new("node")
        .arg(browser.join("offline.mjs"))
        .args([&server.base, &path, "9100000006", "academy-demo"])
        .env("CHROMIUM", &chromium)
        .output()
        .expect("run node");
    let said = String::from_utf8_lossy(&out.stdout);
    let report: serde_json::Value = serde_json::from_str(said.trim()).unwrap_or_else(|_| {
        panic!(
            "the browser said {said:?}, {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    assert_eq!(report["ok"], true, "{report}");
    assert_eq!(
        report["openedOffline"], true,
        "the kept page opened offline"
    );
    assert_eq!(report["kept"], 1, "one attempt waited on the phone");
    assert!(!report["waitingText"]
        .as_str()
        .unwrap_or("")
        .trim()
        .is_empty());
    let attempt: uuid::Uuid = report["keptAttempt"].as_str().unwrap().parse().unwrap();
    assert_ne!(
        report["attemptOnline"], report["keptAttempt"],
        "the phone made the attempt's id"
    );

    let (result, answers) = store
        .test_result(attempt)
        .await
        .unwrap()
        .expect("the attempt arrived");
    assert_eq!(result.member, learner.id);
    assert!(!answers.is_empty());
    let attempts = store.test_results(learner.id, Some(&module)).await.unwrap();
    assert_eq!(attempts.len(), 1, "recorded once: {attempts:?}");
}
