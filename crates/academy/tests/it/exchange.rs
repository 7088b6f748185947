//! The knowledge exchange through the real server: a woman miner asks in Hindi in module 1's
//! forum, a university expert answers in English, she accepts it, and a search for सुरक्षा or
//! ସୁରକ୍ଷା finds the lesson and the thread. Also: what each person may see, bad uploads,
//! the library, mentoring and moderation. On SQLite, and on PostgreSQL when configured.

use reqwest::multipart::{Form, Part};
use reqwest::Client;

use crate::common::{
    client, csrf_token, postgres_url, signed_in, status_of, text_of, Server, TestDb,
};

const PASSWORD: &str = "academy-demo";
const LEARNER: &str = "9100000006";
const AUTHOR: &str = "9100000003";
const EXPERT: &str = "9100000007";
const MODERATOR: &str = "9100000008";
const MANAGER: &str = "9100000002";

/// A 1×1 PNG.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
    0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x60, 0x00, 0x02, 0x00,
    0x00, 0x05, 0x00, 0x01, 0xe9, 0xfa, 0xdc, 0xd8, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44,
    0xae, 0x42, 0x60, 0x82,
];

/// Posts a multipart form taken from the page at `form_page`, with `fields` and an optional
/// file; returns (status, location, body).
async fn post_multipart(
    c: &Client,
    server: &Server,
    form_page: &str,
    action: &str,
    fields: &[(&str, &str)],
    file: Option<(&str, &[u8], &str)>,
) -> (u16, String, String) {
    let token = csrf_token(&text_of(c, server.url(form_page)).await);
    let mut form = Form::new().text("csrf_token", token);
    for (k, v) in fields {
        form = form.text(k.to_string(), v.to_string());
    }
    if let Some((name, bytes, filename)) = file {
        form = form.part(
            name.to_string(),
            Part::bytes(bytes.to_vec()).file_name(filename.to_string()),
        );
    }
    let response = c
        .post(server.url(action))
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let location = response
        .headers()
        .get("location")
        .and_then(|l| l.to_str().ok())
        .unwrap_or("")
        .to_string();
    (status, location, response.text().await.unwrap())
}

async fn post_form(
    c: &Client,
    server: &Server,
    page: &str,
    action: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let token = csrf_token(&text_of(c, server.url(page)).await);
    let mut all = vec![("csrf_token", token.as_str())];
    all.extend_from_slice(fields);
    c.post(server.url(action)).form(&all).send().await.unwrap()
}

async fn the_story(server: &Server) {
    let learner = signed_in(server, LEARNER, PASSWORD).await;
    let home = text_of(&learner, server.url("/")).await;
    for link in [
        "/forums",
        "/library",
        "/mentoring",
        "/notices",
        "action=\"/search\"",
    ] {
        assert!(
            home.contains(link),
            "the learner's home page leads to {link}"
        );
    }
    let forums = text_of(&learner, server.url("/forums")).await;
    assert!(forums.contains("/forums/health-safety") && forums.contains("/forums/women"));

    // Bad input changes nothing and says which field.
    let (status, _, page) = post_multipart(
        &learner,
        server,
        "/forums/health-safety/new",
        "/forums/health-safety/new",
        &[("title", " "), ("body", "धूल")],
        None,
    )
    .await;
    assert_eq!(status, 422);
    assert!(page.contains("id=\"title-error\""), "the title is named");
    let (status, _, page) = post_multipart(
        &learner,
        server,
        "/forums/health-safety/new",
        "/forums/health-safety/new",
        &[("title", "फ़ोटो"), ("body", "देखिए")],
        Some(("image", b"MZ\x90\x00 not a picture", "photo.jpg")),
    )
    .await;
    assert_eq!(status, 422);
    assert!(
        page.contains("id=\"image-error\""),
        "a program called photo.jpg is no photo"
    );

    // She asks in Hindi, with a photo.
    let (status, location, _) = post_multipart(
        &learner,
        server,
        "/forums/health-safety/new",
        "/forums/health-safety/new",
        &[
            ("title", "पत्थर खदान में सुरक्षा: धूल से कैसे बचें?"),
            (
                "body",
                "पत्थर तोड़ते समय बहुत धूल उड़ती है और खाँसी रहती है। सुरक्षा के लिए क्या करें?",
            ),
            ("question", "on"),
        ],
        Some(("image", PNG, "khadan.png")),
    )
    .await;
    assert_eq!(status, 303, "the question is posted");
    let thread = location.clone();
    assert!(thread.starts_with("/threads/"), "{location}");
    let page = text_of(&learner, server.url(&thread)).await;
    let question_id = thread.trim_start_matches("/threads/").to_string();
    assert!(page.contains(&format!("/posts/{question_id}/image")));
    let image = learner
        .get(server.url(&format!("/posts/{question_id}/image")))
        .send()
        .await
        .unwrap();
    assert_eq!(image.headers()["content-type"], "image/png");
    assert_eq!(&image.bytes().await.unwrap()[..], PNG);

    // The expert finds it among the unanswered questions and answers in English.
    let expert = signed_in(server, EXPERT, PASSWORD).await;
    let waiting = text_of(&expert, server.url("/questions")).await;
    assert!(
        waiting.contains(&thread),
        "the question waits for an expert"
    );
    let answer = "Wet the rock at the point where you drill or cut: water stops most of the silica dust. \
                  An N95 mask helps on top of that, not instead. See /modules/health-safety/lessons/dust-and-silicosis";
    let (status, location, _) = post_multipart(
        &expert,
        server,
        &thread,
        &format!("{thread}/reply"),
        &[("body", answer)],
        None,
    )
    .await;
    assert_eq!(status, 303);
    let answer_id = location.rsplit("#p-").next().unwrap().to_string();
    assert!(!text_of(&expert, server.url("/questions"))
        .await
        .contains(&thread));

    // She is told, accepts it, and the answer shows first, marked.
    let notices = text_of(&learner, server.url("/notices")).await;
    assert!(
        notices.contains("Dr. Anil Kumar Singh") && notices.contains(&thread),
        "she is told about the answer"
    );
    let other = signed_in(server, AUTHOR, PASSWORD).await;
    let refused = post_form(
        &other,
        server,
        &thread,
        &format!("{thread}/accept"),
        &[("post", &answer_id)],
    )
    .await;
    assert_eq!(refused.status(), 404, "only the asker accepts");
    let accepted = post_form(
        &learner,
        server,
        &thread,
        &format!("{thread}/accept"),
        &[("post", &answer_id)],
    )
    .await;
    assert_eq!(accepted.status(), 303);
    let page = text_of(&other, server.url(&thread)).await;
    let answer_at = page.find(&format!("id=\"p-{answer_id}\"")).unwrap();
    assert!(page[..answer_at].contains(&format!("id=\"p-{question_id}\"")));
    assert!(
        page[..answer_at].ends_with("class=\"post shown accepted expert\" "),
        "marked as the expert's accepted answer"
    );
    assert!(
        page.contains("href=\"/modules/health-safety/lessons/dust-and-silicosis\""),
        "the lesson is a link"
    );

    // Search in Hindi and in Odia finds the lesson and the thread.
    for word in ["सुरक्षा", "ସୁରକ୍ଷା"] {
        let url = reqwest::Url::parse_with_params(&server.url("/search"), &[("q", word)]).unwrap();
        let found = text_of(&other, url.clone()).await;
        assert!(
            found.contains(&format!("href=\"{thread}#p-{question_id}\"")),
            "{word} finds the thread"
        );
        assert!(
            found.contains("href=\"/modules/health-safety/lessons/"),
            "{word} finds a lesson"
        );
        assert!(found.contains("<mark>"), "matches are highlighted");
        let visitor = text_of(&client(), url).await;
        assert!(visitor.contains("/modules/health-safety/lessons/"));
        assert!(!visitor.contains("/threads/"), "posts are for members");
    }

    // Women-only forum, and an anonymous question in module 4.
    assert_eq!(status_of(&expert, server.url("/forums/women")).await, 404);
    assert_eq!(status_of(&learner, server.url("/forums/women")).await, 200);
    let (status, location, _) = post_multipart(
        &learner,
        server,
        "/forums/gender-gbv/new",
        "/forums/gender-gbv/new",
        &[
            ("title", "ठेकेदार गलत बात करता है"),
            ("body", "काम पर ठेकेदार गंदी बातें करता है। किससे शिकायत करूँ?"),
            ("question", "on"),
            ("anonymous", "on"),
        ],
        None,
    )
    .await;
    assert_eq!(status, 303);
    let moderator = signed_in(server, MODERATOR, PASSWORD).await;
    let seen = text_of(&moderator, server.url(&location)).await;
    assert!(seen.contains("ठेकेदार गलत बात करता है"));
    assert!(
        !seen.contains("फूलमनी"),
        "the asker's name is hidden from moderators too"
    );

    // Moderation: hide, and the audit log says so.
    let hidden = post_form(
        &moderator,
        server,
        &thread,
        &format!("/posts/{answer_id}/moderate"),
        &[("action", "hide"), ("reason", "test of hiding")],
    )
    .await;
    assert_eq!(hidden.status(), 303);
    assert!(!text_of(&other, server.url(&thread))
        .await
        .contains(&format!("id=\"p-{answer_id}\"")));
    let manager = signed_in(server, MANAGER, PASSWORD).await;
    assert!(text_of(&manager, server.url("/admin/audit"))
        .await
        .contains("test of hiding"));
    let queue = text_of(&moderator, server.url("/moderation")).await;
    assert!(queue.contains("नमस्ते, मैं नई हूँ"), "the demo's held post waits");

    // A paused member reads but cannot post.
    let me = text_of(&learner, server.url("/me")).await;
    let at = me.find("JH-").expect("her member code on her page");
    let code = &me[at..at + 10];
    let muted = post_form(
        &moderator,
        server,
        "/moderation",
        "/moderation/mute",
        &[
            ("member", code),
            ("days", "2"),
            ("reason", "test of pausing"),
        ],
    )
    .await;
    assert_eq!(muted.status(), 303);
    let (status, _, page) = post_multipart(
        &learner,
        server,
        &thread,
        &format!("{thread}/reply"),
        &[("body", "धन्यवाद")],
        None,
    )
    .await;
    assert_eq!(status, 422);
    assert!(page.contains("id=\"body-error\""));
    let bad = post_form(
        &moderator,
        server,
        "/moderation",
        "/moderation/mute",
        &[("member", "JH-12"), ("reason", "x")],
    )
    .await;
    assert_eq!(bad.status(), 422, "a wrong code is named, nothing changes");
}

async fn the_library(server: &Server) {
    let author = signed_in(server, AUTHOR, PASSWORD).await;
    let learner = signed_in(server, LEARNER, PASSWORD).await;
    assert_eq!(status_of(&learner, server.url("/library/new")).await, 403);
    let (status, _, page) = post_multipart(
        &author,
        server,
        "/library/new",
        "/library/new",
        &[("title", "Poster"), ("language", "hi"), ("module", "")],
        Some(("file", b"MZ\x90\x00 a program", "poster.pdf")),
    )
    .await;
    assert_eq!(status, 422);
    assert!(page.contains("id=\"file-error\""));
    let pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
    let (status, location, _) = post_multipart(
        &author,
        server,
        "/library/new",
        "/library/new",
        &[
            ("title", "सिलिका धूल से बचाव का पोस्टर"),
            ("description", "गीली ड्रिलिंग के चार कदम"),
            ("language", "hi"),
            ("module", "health-safety"),
        ],
        Some(("file", pdf, "poster.exe")),
    )
    .await;
    assert_eq!(status, 303, "the file is judged by its bytes, not its name");
    let file = learner
        .get(server.url(&format!("{location}/file")))
        .send()
        .await
        .unwrap();
    assert_eq!(file.headers()["content-type"], "application/pdf");
    assert_eq!(&file.bytes().await.unwrap()[..], pdf);
    let list = text_of(&learner, server.url("/library?module=health-safety")).await;
    assert!(list.contains(&location));
    let url = reqwest::Url::parse_with_params(&server.url("/search"), &[("q", "सिलिका")]).unwrap();
    assert!(text_of(&client(), url).await.contains(&location));
    // The demo's helplines card is there as a picture too.
    assert!(text_of(&learner, server.url("/library?module=gender-gbv"))
        .await
        .contains("मदद के लिए फ़ोन नंबर"));
}

async fn mentoring(server: &Server) {
    let learner = signed_in(server, LEARNER, PASSWORD).await;
    let page = text_of(&learner, server.url("/mentoring")).await;
    let link = page
        .split("href=\"/mentoring/")
        .nth(1)
        .expect("the learner has a mentor")
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let pair = format!("/mentoring/{link}");
    let talk = text_of(&learner, server.url(&pair)).await;
    assert!(talk.contains("सुनीता मुर्मू"), "her mentor");
    assert!(
        talk.contains("class=\"lessons\""),
        "both agreed: progress is shown"
    );
    let sent = post_form(
        &learner,
        server,
        &pair,
        &format!("{pair}/messages"),
        &[("body", "दीदी, धन्यवाद!")],
    )
    .await;
    assert_eq!(sent.status(), 303);
    // Nobody else reads it, managers included.
    let manager = signed_in(server, MANAGER, PASSWORD).await;
    assert_eq!(status_of(&manager, server.url(&pair)).await, 404);
}

#[tokio::test]
async fn a_question_in_hindi_answered_in_english_is_found_in_odia() {
    let server = Server::start(None);
    the_story(&server).await;
}

#[tokio::test]
async fn the_library_and_mentoring_work_for_their_people() {
    let server = Server::start(None);
    the_library(&server).await;
    mentoring(&server).await;
}

#[tokio::test]
async fn the_exchange_works_the_same_on_postgresql() {
    let Some(_) = postgres_url() else {
        eprintln!("ACADEMY_TEST_DATABASE_URL is not set: PostgreSQL part not run");
        return;
    };
    let db = TestDb::postgres().await.expect("a PostgreSQL database");
    let server = Server::start(Some(&db.url));
    the_story(&server).await;
    the_library(&server).await;
    mentoring(&server).await;
    drop(server);
    db.finish().await;
}
