//! The learner's path on the real server: catalogue, pre-test, lessons, checks, post-test,
//! result and /me, in English and Hindi, with JavaScript off (plain forms), and the bad input
//! a path meets: double submissions, answers to other questions, tests not open yet.

use academy_content::{Assessment, Curriculum};

use crate::common::{client, csrf_token, first_link, signed_in, status_of, text_of, Server};

const LEARNER: &str = "9100000006";
const MANAGER: &str = "9100000002";
const PASSWORD: &str = "academy-demo";

fn curriculum() -> Curriculum {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let report = academy_content::load(&academy_content::read_dir(&dir).unwrap());
    assert!(!report.has_errors(), "the built-in content is valid");
    report.curriculum
}

/// The form fields that answer every question: rightly, or each with its first option.
fn answers(test: &Assessment, right: bool) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    for q in &test.questions {
        if right {
            for id in q.correct() {
                fields.push((format!("q-{}", q.id), id.to_string()));
            }
        } else {
            let wrong = q
                .options
                .iter()
                .find(|o| !o.correct)
                .unwrap_or(&q.options[0]);
            fields.push((format!("q-{}", q.id), wrong.id.clone()));
        }
    }
    fields
}

/// The demo learner's member id, as a manager finds her.
async fn me_id(manager: &reqwest::Client, server: &Server) -> String {
    let list = text_of(manager, server.url(&format!("/admin/members?q={LEARNER}"))).await;
    first_link(&list, "/admin/members/")
}

/// The page's text with askama's HTML escapes undone.
fn unescape(html: &str) -> String {
    html.replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no {name} in the page"))
        + marker.len();
    html[start..].split('"').next().unwrap().to_string()
}

async fn submit(
    c: &reqwest::Client,
    url: String,
    page: &str,
    mut fields: Vec<(String, String)>,
) -> reqwest::Response {
    fields.push(("csrf_token".into(), csrf_token(page)));
    fields.push(("attempt".into(), hidden(page, "attempt")));
    c.post(url).form(&fields).send().await.unwrap()
}

#[tokio::test]
async fn a_learner_goes_from_the_catalogue_through_a_module_to_its_completion() {
    let curriculum = curriculum();
    // Phulmani, the demo learner, has not started this one.
    let module = curriculum.module("technology").unwrap();
    let server = Server::start(None);
    let c = signed_in(&server, LEARNER, PASSWORD).await;
    // Phulmani reads Hindi; this walk-through reads the English pages (Hindi is tested below).
    c.get(server.url("/lang/en")).send().await.unwrap();
    let get = |path: String| {
        let c = c.clone();
        let url = server.url(&path);
        async move { c.get(url).send().await.unwrap() }
    };

    let catalogue = get("/modules".into()).await.text().await.unwrap();
    assert_eq!(
        catalogue.matches("class=\"module-card").count(),
        15,
        "all 15 modules are offered"
    );
    let overview = get(format!("/modules/{}", module.id))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        overview.contains(&format!("/modules/{}/tests/pre", module.id)),
        "the pre-test is offered first"
    );

    // The pre-test, sent twice by a double tap: one attempt.
    let form = get(format!("/modules/{}/tests/pre", module.id))
        .await
        .text()
        .await
        .unwrap();
    let pre_url = server.url(&format!("/modules/{}/tests/pre", module.id));
    let first = submit(&c, pre_url.clone(), &form, answers(&module.pre_test, false)).await;
    assert_eq!(first.status(), 303);
    let result_path = first.headers()["location"].to_str().unwrap().to_string();
    let again = submit(&c, pre_url.clone(), &form, answers(&module.pre_test, false)).await;
    assert_eq!(
        again.headers()["location"].to_str().unwrap(),
        result_path,
        "the same attempt is recorded once"
    );
    let result = get(result_path.clone()).await.text().await.unwrap();
    assert!(
        result.contains(&format!("0 out of {}", module.pre_test.questions.len())),
        "every answer was wrong"
    );
    let explanation = module.pre_test.questions[0]
        .explanation
        .text(academy_domain::Language::En);
    assert!(
        unescape(&result).contains(explanation),
        "explanations are shown"
    );
    let new_form = get(format!("/modules/{}/tests/pre", module.id)).await;
    assert_eq!(new_form.status(), 409, "the pre-test is taken once");

    // The final test is not open before the lessons are done.
    assert_eq!(
        get(format!("/modules/{}/tests/post", module.id))
            .await
            .status(),
        409
    );

    for lesson in module.current_lessons() {
        let path = format!("/modules/{}/lessons/{}", module.id, lesson.slug);
        let page = get(path.clone()).await.text().await.unwrap();
        assert!(page.contains("id=\"lesson-text\""));
        let done = c
            .post(server.url(&format!("{path}/done")))
            .form(&[
                ("csrf_token", csrf_token(&page)),
                ("statement", hidden(&page, "statement")),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(done.status(), 303);
        if !lesson.check.questions.is_empty() {
            let check_path = done.headers()["location"].to_str().unwrap().to_string();
            assert_eq!(
                check_path,
                format!("{path}/check"),
                "a lesson's check follows it"
            );
            let check = get(check_path.clone()).await.text().await.unwrap();
            let sent = submit(
                &c,
                server.url(&check_path),
                &check,
                answers(&lesson.check, true),
            )
            .await;
            assert_eq!(sent.status(), 303);
        }
    }

    // A failed final test, then a passed one, completes the module.
    let post_url = server.url(&format!("/modules/{}/tests/post", module.id));
    let form = get(format!("/modules/{}/tests/post", module.id))
        .await
        .text()
        .await
        .unwrap();
    let failed = submit(
        &c,
        post_url.clone(),
        &form,
        answers(&module.post_test, false),
    )
    .await;
    let failed = get(failed.headers()["location"].to_str().unwrap().to_string())
        .await
        .text()
        .await
        .unwrap();
    assert!(
        failed.contains("Not passed yet"),
        "a failed test says so kindly"
    );
    let form = get(format!("/modules/{}/tests/post", module.id))
        .await
        .text()
        .await
        .unwrap();
    let passed = submit(&c, post_url, &form, answers(&module.post_test, true)).await;
    let passed = get(passed.headers()["location"].to_str().unwrap().to_string())
        .await
        .text()
        .await
        .unwrap();
    assert!(passed.contains("You passed") && passed.contains("You have completed this module"));

    let me = get("/me".into()).await.text().await.unwrap();
    let done_section = me
        .split("Modules you have completed")
        .nth(1)
        .unwrap()
        .split("</div>")
        .next()
        .unwrap();
    assert!(
        done_section.contains(module.title.text(academy_domain::Language::En)),
        "/me lists the completed module"
    );
    let tests = me.split("Tests you have taken").nth(1).unwrap();
    let checks = module
        .current_lessons()
        .filter(|l| !l.check.questions.is_empty())
        .count();
    // The completed module brings a certificate anyone can check.
    let certificates = me.split("Certificates").last().unwrap();
    let certificate = first_link(certificates, "/verify/");
    let pdf = get(format!("/certificates/{certificate}/pdf")).await;
    assert_eq!(pdf.headers()["content-type"], "application/pdf");
    assert!(pdf.bytes().await.unwrap().starts_with(b"%PDF"));
    let png = get(format!("/certificates/{certificate}/png")).await;
    assert_eq!(png.headers()["content-type"], "image/png");
    let png = png.bytes().await.unwrap();
    assert!(
        png.starts_with(b"\x89PNG\r\n\x1a\n"),
        "a picture for the phone"
    );
    let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
    assert!(
        (1000..1300).contains(&width),
        "phone-sized: {width} pixels wide"
    );
    if let Ok(dir) = std::env::var("ACADEMY_KEEP_CERTIFICATE") {
        std::fs::write(std::path::Path::new(&dir).join("certificate.png"), &png).unwrap();
    }
    let anyone = client();
    anyone.get(server.url("/lang/en")).send().await.unwrap();
    let check = text_of(&anyone, server.url(&format!("/verify/{certificate}"))).await;
    assert!(check.contains("This certificate is valid") && check.contains("फूलमनी टुडू"));
    assert!(
        !check.contains("JH-0"),
        "the check shows the name, the achievement and the date, nothing more"
    );
    assert_eq!(
        status_of(
            &anyone,
            server.url(&format!("/certificates/{certificate}/pdf"))
        )
        .await,
        303
    );
    let manager = signed_in(&server, MANAGER, PASSWORD).await;
    let form = text_of(
        &manager,
        server.url(&format!(
            "/admin/members/{}",
            me_id(&manager, &server).await
        )),
    )
    .await;
    let token = csrf_token(&form);
    let revoked_bits = || async {
        let list: serde_json::Value =
            serde_json::from_str(&text_of(&anyone, server.url("/credentials/status/1")).await)
                .unwrap();
        assert_eq!(list["credentialSubject"]["statusPurpose"], "revocation");
        academy_credentials::status::set_bits(
            list["credentialSubject"]["encodedList"].as_str().unwrap(),
        )
        .unwrap()
    };
    let before = revoked_bits().await;
    // The credential, checked by a verifier we did not write; then changed, which must fail.
    let credential = text_of(
        &anyone,
        server.url(&format!("/verify/{certificate}/credential.json")),
    )
    .await;
    let json: serde_json::Value = serde_json::from_str(&credential).unwrap();
    assert_eq!(json["type"][1], "OpenBadgeCredential");
    assert_eq!(json["proof"]["cryptosuite"], "eddsa-rdfc-2022");
    assert_eq!(
        json["credentialSubject"]["identifier"][0]["identityHash"],
        "फूलमनी टुडू"
    );
    let independent = |credential: String| {
        let anyone = anyone.clone();
        let server_url = server.url("");
        async move {
            let dir = tempfile::tempdir().unwrap();
            let file = |name: &str, text: &str| {
                let path = dir.path().join(name);
                std::fs::write(&path, text).unwrap();
                path
            };
            let get = |path: &str| anyone.get(format!("{server_url}{path}")).send();
            let did = get("/.well-known/did.json")
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            let list = get("/credentials/status/1")
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            crate::common::independent_check(
                &file("credential.json", &credential),
                &file("did.json", &did),
                &file("list.json", &list),
            )
        }
    };
    let (ok, said) = independent(credential.clone()).await;
    assert!(
        ok,
        "the independent verifier accepts the credential: {said}"
    );
    let tampered = credential.replacen("फूलमनी टुडू", "फूलमनी टूडू", 1);
    let (ok, said) = independent(tampered).await;
    assert!(
        !ok && said.contains("NOT VERIFIED"),
        "a changed name fails: {said}"
    );
    let blank = manager
        .post(server.url(&format!("/certificates/{certificate}/revoke")))
        .form(&[("csrf_token", token.as_str()), ("reason", " ")])
        .send()
        .await
        .unwrap();
    assert_eq!(blank.status(), 422, "a revocation needs its reason");
    let revoked = manager
        .post(server.url(&format!("/certificates/{certificate}/revoke")))
        .form(&[
            ("csrf_token", token.as_str()),
            ("reason", "Issued to the wrong member"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(revoked.status(), 303);
    let check = text_of(&anyone, server.url(&format!("/verify/{certificate}"))).await;
    assert!(check.contains("This certificate has been revoked"));
    assert_eq!(
        revoked_bits().await.len(),
        before.len() + 1,
        "the status list says revoked too"
    );
    let audit = text_of(&manager, server.url("/admin/audit")).await;
    assert!(audit.contains("Certificate revoked") && audit.contains("Issued to the wrong member"));
    let (ok, said) = independent(credential).await;
    assert!(
        !ok && said.contains("revoked"),
        "a revoked credential fails: {said}"
    );
    let did: serde_json::Value =
        serde_json::from_str(&text_of(&anyone, server.url("/.well-known/did.json")).await).unwrap();
    let method = &did["verificationMethod"][0];
    assert_eq!(method["type"], "Multikey");
    assert!(method["publicKeyMultibase"]
        .as_str()
        .unwrap()
        .starts_with("z6Mk"));
    assert!(did["id"]
        .as_str()
        .unwrap()
        .starts_with("did:web:127.0.0.1%3A"));

    let title = module.title.text(academy_domain::Language::En);
    let of_module = tests.matches(&format!("· {title} ·")).count();
    assert_eq!(
        of_module,
        3 + checks,
        "pre-test, two final tests and the checks"
    );
}

#[tokio::test]
async fn lessons_come_in_the_readers_language_or_say_which_language_they_fall_back_to() {
    let curriculum = curriculum();
    let server = Server::start(None);
    let c = client();
    c.get(server.url("/lang/hi")).send().await.unwrap();
    let hindi = text_of(&c, server.url("/modules/health-safety/lessons/first-aid")).await;
    let title = curriculum
        .module("health-safety")
        .unwrap()
        .lesson("first-aid")
        .unwrap()
        .title
        .text(academy_domain::Language::Hi)
        .to_string();
    assert!(
        hindi.contains("<html lang=\"hi\">") && hindi.contains(&title),
        "the lesson is in Hindi"
    );
    assert!(
        !hindi.contains("class=\"notice\""),
        "no fallback note when the lesson exists in Hindi"
    );

    c.get(server.url("/lang/or")).send().await.unwrap();
    let odia = text_of(
        &c,
        server.url("/modules/livelihoods/lessons/more-than-one-income"),
    )
    .await;
    assert!(
        odia.contains("<article lang=\"hi\">"),
        "an Odia reader gets the Hindi lesson, marked as Hindi"
    );
    assert!(
        odia.contains("class=\"notice\" lang=\"or\""),
        "with a visible note in Odia"
    );
    let odia_module1 = text_of(&c, server.url("/modules/health-safety/lessons/first-aid")).await;
    assert!(
        odia_module1.contains("<article>"),
        "module 1 exists in Odia"
    );
}

#[tokio::test]
async fn wrong_or_stale_answers_get_a_clear_message_and_nothing_is_recorded() {
    let curriculum = curriculum();
    let module = curriculum.module("gender-gbv").unwrap();
    let server = Server::start(None);
    let c = signed_in(&server, LEARNER, PASSWORD).await;
    c.get(server.url("/lang/en")).send().await.unwrap();
    let tests_taken = |me: &str| {
        me.split("Tests you have taken")
            .nth(1)
            .unwrap()
            .matches("/results/")
            .count()
    };
    let me = text_of(&c, server.url("/me")).await;
    let before = tests_taken(&me);
    let url = server.url(&format!("/modules/{}/tests/pre", module.id));
    let form = text_of(&c, url.clone()).await;

    let mut other = answers(&module.pre_test, true);
    other.push(("q-no-such-question".into(), "a".into()));
    let changed = submit(&c, url.clone(), &form, other).await;
    assert_eq!(changed.status(), 409);
    assert!(changed
        .text()
        .await
        .unwrap()
        .contains("id=\"quiz-problem\""));

    let mut bad_option = answers(&module.pre_test, true);
    bad_option[0].1 = "zz".into();
    assert_eq!(
        submit(&c, url.clone(), &form, bad_option).await.status(),
        409
    );

    let partial: Vec<_> = answers(&module.pre_test, true)
        .into_iter()
        .skip(1)
        .collect();
    let missing = submit(&c, url.clone(), &form, partial).await;
    assert_eq!(missing.status(), 422);
    let page = missing.text().await.unwrap();
    assert!(
        page.contains("Please answer every question") && page.contains(" checked"),
        "answers given so far are kept"
    );

    let me = text_of(&c, server.url("/me")).await;
    assert_eq!(tests_taken(&me), before, "nothing was recorded");

    let anonymous = client().get(url).send().await.unwrap();
    assert_eq!(anonymous.status(), 303, "tests need a signed-in member");

    let sent = submit(
        &c,
        server.url(&format!("/modules/{}/tests/pre", module.id)),
        &form,
        answers(&module.pre_test, true),
    )
    .await;
    let result = sent.headers()["location"].to_str().unwrap().to_string();
    let manager = signed_in(&server, MANAGER, PASSWORD).await;
    assert_eq!(
        status_of(&manager, server.url(&result)).await,
        404,
        "a result is its learner's own"
    );
    assert_eq!(
        status_of(&c, server.url("/modules/no-such-module")).await,
        404
    );
}

#[tokio::test]
async fn a_certificate_s_qr_code_checks_on_a_phone_without_the_network() {
    let server = Server::start(None);
    let anyone = client();
    anyone.get(server.url("/lang/en")).send().await.unwrap();
    let page = text_of(&anyone, server.url("/verify/offline")).await;
    assert!(page.contains("even without the internet"));
    let keys = page
        .split("<script id=\"academy-keys\" type=\"application/json\">")
        .nth(1)
        .unwrap()
        .split("</script>")
        .next()
        .unwrap()
        .to_string();
    let script = page
        .split("<script src=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let worker = text_of(&anyone, server.url("/verify/sw.js")).await;
    assert!(
        worker.contains("/verify/offline") && worker.contains(&script),
        "the worker keeps the page and its script"
    );
    let check_js = text_of(&anyone, server.url(&script)).await;

    // A summary signed with the server's own key, as the PDF's QR code carries it.
    let ring = academy_credentials::KeyRing::open(server.data.path()).unwrap();
    let id = uuid::Uuid::now_v7().to_string();
    let summary = academy_credentials::offline::Summary {
        id: id.clone(),
        name: "প্রিয়াঙ্কা মুর্মু".into(),
        achievement: "স্বাস্থ্য ও নিরাপত্তা".into(),
        achievement_en: "Health and Safety".into(),
        date: "2026-11-27".into(),
        key: ring.current().fragment(),
    };
    let token = academy_credentials::offline::token(ring.current(), &summary);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("check.js"), &check_js).unwrap();
    std::fs::write(dir.path().join("keys.json"), &keys).unwrap();
    let run = |token: &str, id: &str| {
        let harness = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/verifier/offline-check.mjs");
        let out = std::process::Command::new("node")
            .arg(harness)
            .arg(dir.path().join("check.js"))
            .arg(dir.path().join("keys.json"))
            .arg(token)
            .arg(id)
            .output()
            .expect("node runs");
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).to_string(),
        )
    };
    let (ok, said) = run(&token, &id);
    assert!(
        ok && said.contains("প্রিয়াঙ্কা মুর্মু"),
        "the phone's check accepts it: {said}"
    );
    let (payload, signature) = token.split_once('.').unwrap();
    let last = if payload.ends_with('A') { "B" } else { "A" };
    let changed = format!("{}{last}.{signature}", &payload[..payload.len() - 1]);
    assert!(!run(&changed, &id).0, "a changed summary fails");
    let other = uuid::Uuid::now_v7().to_string();
    assert!(
        !run(&token, &other).0,
        "a summary copied onto another certificate's address fails"
    );
}
