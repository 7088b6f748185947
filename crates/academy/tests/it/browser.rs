//! The academy in Debian's Chromium (driven by playwright-core from `tests/browser`), on a
//! real demo server: the learner's and the facilitator's stories in all four languages
//! (`journey.mjs`, which also saves the README's screenshots), and every page of every role
//! checked for accessibility, tap targets, alt text, icons and narrow screens in every
//! language (`audit.mjs`, with axe-core). Each test lists every problem it finds at once.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::common::Server;

const LANGUAGES: [&str; 4] = ["en", "hi", "or", "bn"];
const PASSWORD: &str = "academy-demo";
const LEARNER: &str = "9100000006";

fn browser_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/browser");
    for package in ["playwright-core", "axe-core"] {
        assert!(
            dir.join("node_modules").join(package).exists(),
            "the browser tests are not installed ({package} is missing): run scripts/test (see the README)"
        );
    }
    dir
}

fn chromium() -> String {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(
        Path::new(&chromium).exists(),
        "Debian's Chromium is missing: apt-get install chromium (scripts/test does)"
    );
    chromium
}

/// Runs a script of `tests/browser` against the server and reads the one JSON line it prints.
fn run_browser(script: &str, base: &str, plan: &serde_json::Value) -> serde_json::Value {
    let dir = browser_dir();
    let out = std::process::Command::new("node")
        .arg(dir.join(script))
        .args([base, &plan.to_string()])
        .env("CHROMIUM", chromium())
        .output()
        .expect("run node");
    let said = String::from_utf8_lossy(&out.stdout);
    let report: serde_json::Value = serde_json::from_str(said.trim()).unwrap_or_else(|_| {
        panic!(
            "{script} said {said:?}, {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    assert_eq!(report["ok"], true, "{script} failed: {}", report["error"]);
    report
}

/// A message as the locale files have it (single-line messages only).
fn message(lang: &str, key: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../locales/{lang}/main.ftl"));
    let text = std::fs::read_to_string(&path).unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix(key)?.trim_start().strip_prefix('='))
        .map(|v| v.trim().to_string())
        .unwrap_or_else(|| panic!("{key} is not in {}", path.display()))
}

struct Demo {
    server: Server,
    /// The published curriculum, as JSON.
    content: serde_json::Value,
    learner: academy_domain::Member,
    store: std::sync::Arc<dyn academy_store::Store>,
}

async fn demo() -> Demo {
    let server = Server::start(None);
    let store = academy_store::open(&format!(
        "sqlite://{}",
        server.data.path().join("academy.db").display()
    ))
    .await
    .unwrap();
    let (learner, _) = store
        .member_for_sign_in(LEARNER)
        .await
        .unwrap()
        .expect("the demo learner");
    let published = store.latest_content().await.unwrap().unwrap();
    let content = serde_json::from_str(&published.body).unwrap();
    Demo {
        server,
        content,
        learner,
        store,
    }
}

impl Demo {
    /// A module open to anyone (no prerequisites) that the learner has not completed.
    async fn unfinished_module(&self) -> &serde_json::Value {
        let completed: Vec<String> = self
            .store
            .module_progress(self.learner.id)
            .await
            .unwrap()
            .into_iter()
            .filter(|p| p.completed_at.is_some())
            .map(|p| p.module)
            .collect();
        self.content["modules"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["prerequisites"].as_array().is_none_or(|p| p.is_empty()))
            .find(|m| !completed.iter().any(|c| m["id"] == c.as_str()))
            .expect("a module she has not completed")
    }
}

#[tokio::test]
async fn a_learner_and_a_facilitator_go_through_their_day_in_every_language() {
    let demo = demo().await;
    let module = demo.unfinished_module().await;
    let questions = module["post_test"]["questions"].as_array().unwrap();
    let answers: serde_json::Map<String, serde_json::Value> = questions
        .iter()
        .map(|q| {
            let right: Vec<&serde_json::Value> = q["options"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|o| o["correct"] == true)
                .map(|o| &o["id"])
                .collect();
            (
                q["id"].as_str().unwrap().to_string(),
                serde_json::json!(right),
            )
        })
        .collect();
    let picture = questions
        .iter()
        .find(|q| q["kind"] == "picture")
        .map(|q| q["id"].clone());
    let lessons: Vec<&serde_json::Value> = module["lessons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| &l["slug"])
        .collect();
    // The README's pictures are made again with ACADEMY_SCREENSHOTS=docs/screenshots.
    let screenshots = std::env::var("ACADEMY_SCREENSHOTS")
        .map(|d| Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(d))
        .unwrap_or_else(|_| demo.server.data.path().join("screenshots"));
    let plan = serde_json::json!({
        "password": PASSWORD,
        "learner": LEARNER,
        "facilitator": "9100000004",
        "manager": "9100000002",
        "module": module["id"],
        "lessons": lessons,
        "answers": answers,
        "picture": picture,
        "wrongLogins": {"en": "9199999991", "hi": "9199999992", "or": "9199999993", "bn": "9199999994"},
        "screenshots": screenshots,
    });
    let report = run_browser("journey.mjs", &demo.server.base, &plan);
    let mut problems = Vec::new();
    let mut expect = |ok: bool, what: String| {
        if !ok {
            problems.push(what);
        }
    };

    // A wrong sign-in: the message of that language, short, saying what to do.
    for lang in LANGUAGES {
        let seen = &report["wrongSignIn"][lang];
        let text = seen["text"].as_str().unwrap_or("");
        let want = message(lang, "sign-in-failed");
        expect(
            text == want,
            format!("{lang}: a wrong sign-in said {text:?}, not {want:?}"),
        );
        expect(
            text.split_whitespace().count() <= 16,
            format!("{lang}: the wrong sign-in message is long: {text:?}"),
        );
        expect(
            seen["htmlLang"] == lang,
            format!("{lang}: the sign-in page says lang={}", seen["htmlLang"]),
        );
    }
    for (lang, says) in [
        ("en", "try again"),
        ("hi", "फिर से कोशिश"),
        ("or", "ପୁଣି ଚେଷ୍ଟା"),
        ("bn", "আবার চেষ্টা"),
    ] {
        let text = message(lang, "sign-in-failed");
        expect(
            text.to_lowercase().contains(says),
            format!("{lang}: the wrong sign-in message does not say to try again: {text:?}"),
        );
    }

    // The lesson: the listen button reads it aloud, in the lesson's language.
    let spoken = report["spoken"].as_array().cloned().unwrap_or_default();
    expect(
        !spoken.is_empty(),
        "the listen button said nothing".to_string(),
    );
    let first_words: String = report["lessonText"]
        .as_str()
        .unwrap_or("")
        .chars()
        .take(20)
        .collect();
    expect(
        spoken
            .first()
            .and_then(|s| s["text"].as_str())
            .is_some_and(|t| t.starts_with(first_words.trim())),
        format!(
            "the listen button did not start with the lesson's words {first_words:?}: {spoken:?}"
        ),
    );
    expect(
        spoken.iter().all(|s| s["lang"] == "en-IN"),
        format!("the listen button spoke in another language: {spoken:?}"),
    );
    expect(
        report["listenLabel"] == message("en", "listen")
            && report["listenLabelSpeaking"] == message("en", "listen-stop"),
        format!(
            "the listen button read {} and then {}",
            report["listenLabel"], report["listenLabelSpeaking"]
        ),
    );
    expect(
        report["lessonsWithListen"] == lessons.len(),
        format!(
            "{} of {} lessons have a listen button or a recording",
            report["lessonsWithListen"],
            lessons.len()
        ),
    );

    // The final test, with a picture question answered by tapping the picture.
    expect(
        report["testQuestions"] == questions.len(),
        format!("the test showed {} questions", report["testQuestions"]),
    );
    if picture.is_some() {
        let pictures = report["pictureOptions"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        expect(
            !pictures.is_empty() && pictures.iter().all(|p| p["alt"] != ""),
            format!("the picture options: {pictures:?}"),
        );
        expect(
            report["pictureTapChecked"] == true,
            "tapping a picture did not choose it".to_string(),
        );
    }
    let full = format!("{} out of {}", questions.len(), questions.len());
    expect(
        report["score"] == full.as_str(),
        format!("the result said {}, not {full}", report["score"]),
    );
    expect(
        report["resultStatus"]
            .as_str()
            .is_some_and(|s| s.contains(&message("en", "result-passed"))),
        format!("the result said {}", report["resultStatus"]),
    );
    expect(
        report["completeShown"] == true,
        "the result did not say the module is complete".to_string(),
    );
    let certificates = demo.store.certificates_of(demo.learner.id).await.unwrap();
    let achievement = format!("module:{}", module["id"].as_str().unwrap());
    let certificate = certificates.iter().find(|c| c.achievement == achievement);
    expect(
        certificate
            .is_some_and(|c| report["urls"]["certificate"] == format!("/verify/{}", c.id).as_str()),
        format!(
            "her certificate for {achievement} was not the one shown: {}",
            report["urls"]["certificate"]
        ),
    );
    expect(
        report["certificateText"]
            .as_str()
            .is_some_and(|t| t.contains(module["title"]["en"].as_str().unwrap())),
        format!("the certificate page said {}", report["certificateText"]),
    );

    // The language links: the page's lang, its menu and its button in that language.
    for lang in LANGUAGES {
        let seen = &report["languages"][lang];
        expect(
            seen["htmlLang"] == lang,
            format!("/lang/{lang} led to a page with lang={}", seen["htmlLang"]),
        );
        expect(
            seen["path"] == report["urls"]["lesson"],
            format!(
                "/lang/{lang} did not go back to the lesson: {}",
                seen["path"]
            ),
        );
        let nav: Vec<&str> = seen["nav"]
            .as_array()
            .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
            .unwrap_or_default();
        for key in [
            "nav-home",
            "nav-modules",
            "nav-me",
            "nav-forums",
            "nav-sign-out",
        ] {
            let want = message(lang, key);
            expect(
                nav.contains(&want.as_str()),
                format!("{lang}: the menu {nav:?} lacks {want:?} ({key})"),
            );
        }
        expect(
            seen["navIcons"] == true,
            format!("{lang}: a menu item has no icon"),
        );
        expect(
            seen["listen"] == message(lang, "listen").as_str(),
            format!("{lang}: the listen button reads {}", seen["listen"]),
        );
    }

    // The facilitator's attendance, saved.
    expect(
        report["markedSaved"] == true
            && report["presentAfter"].as_i64() == report["presentBefore"].as_i64().map(|n| n + 1),
        format!(
            "attendance: {} present before, {} after, the marked one saved: {}",
            report["presentBefore"], report["presentAfter"], report["markedSaved"]
        ),
    );

    // The screenshots, one per page and language.
    let shots: BTreeSet<String> = report["shots"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect();
    for lang in LANGUAGES {
        for page in [
            "sign-in",
            "home",
            "module",
            "lesson",
            "test",
            "result",
            "certificate",
            "attendance",
            "reports",
        ] {
            let file = screenshots.join(format!("{lang}-{page}.png"));
            expect(
                shots.contains(file.to_str().unwrap())
                    && std::fs::metadata(&file).is_ok_and(|m| m.len() > 1000),
                format!("no screenshot {}", file.display()),
            );
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems in the browser:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[tokio::test]
async fn every_page_of_every_role_passes_the_accessibility_checks_in_every_language() {
    let demo = demo().await;
    let module = demo.unfinished_module().await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let certificate = demo
        .store
        .certificates_of(demo.learner.id)
        .await
        .unwrap()
        .into_iter()
        .next()
        .expect("the demo learner has a certificate");
    let plan = serde_json::json!({
        "password": PASSWORD,
        "languages": LANGUAGES,
        "roles": [
            {"role": "learner", "login": LEARNER,
             "extra": ["/search?q=SHG", format!("/modules/{module}/tests/post")]},
            {"role": "facilitator", "login": "9100000004"},
            {"role": "manager", "login": "9100000002"},
            {"role": "admin", "login": "9100000001"},
            {"role": "author", "login": "9100000003"},
            {"role": "expert", "login": "9100000007"},
            {"role": "moderator", "login": "9100000008"},
            {"role": "anonymous",
             "extra": ["/sign-in", "/sign-in/card", "/privacy", format!("/verify/{}", certificate.id)]},
        ],
    });
    let report = run_browser("audit.mjs", &demo.server.base, &plan);

    // Every main page was reached from a home page, in every language.
    let seen: BTreeSet<(String, String)> = report["pages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["lang"].as_str().unwrap().to_string(),
                p["kind"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let mut missing = Vec::new();
    for lang in LANGUAGES {
        for kind in [
            "/",
            "/sign-in",
            "/modules",
            "/modules/{}",
            "/modules/{}/lessons/{}",
            "/modules/{}/tests/{}",
            "/results/{}",
            "/me",
            "/me/data",
            "/verify/{}",
            "/forums",
            "/forums/{}",
            "/threads/{}",
            "/questions",
            "/library",
            "/notices",
            "/search",
            "/facilitate",
            "/cohorts/{}",
            "/sessions/{}",
            "/reports",
            "/admin/members",
            "/admin/members/{}",
            "/privacy",
        ] {
            if !seen.contains(&(lang.to_string(), kind.to_string())) {
                missing.push(format!("{lang} {kind}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "pages not reached from any home page: {missing:?}"
    );

    let violations = report["violations"].as_array().unwrap();
    let listed: Vec<String> = violations
        .iter()
        .map(|v| {
            format!(
                "{} {} as {}: {}: {}",
                v["lang"].as_str().unwrap_or(""),
                v["url"].as_str().unwrap_or(""),
                v["role"].as_str().unwrap_or(""),
                v["rule"].as_str().unwrap_or(""),
                v["detail"].as_str().unwrap_or("")
            )
        })
        .collect();
    assert!(
        listed.is_empty(),
        "{} problems on {} pages checked (language, page, role, rule):\n{}",
        listed.len(),
        report["pages"].as_array().unwrap().len(),
        listed.join("\n")
    );
}
