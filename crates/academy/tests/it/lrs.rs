//! The xAPI Learning Record Store through the real server: an outside client records a
//! learner's lesson, which then counts in her progress; the statements resource's rules
//! (version header, credentials, refusals with reasons and nothing stored, PUT conflicts,
//! voiding, filters and `more` links).

use reqwest::{Client, RequestBuilder};
use serde_json::{json, Value};

use crate::api::{make_token, own_code};
use crate::common::{client, csrf_token, signed_in, text_of, Server};

const PASSWORD: &str = "academy-demo";

pub(crate) struct Lrs<'a> {
    pub server: &'a Server,
    pub key: String,
    pub secret: String,
}

impl Lrs<'_> {
    pub fn req(&self, method: reqwest::Method, path: &str) -> RequestBuilder {
        client()
            .request(method, self.server.url(path))
            .basic_auth(&self.key, Some(&self.secret))
            .header("X-Experience-API-Version", "1.0.3")
    }

    pub async fn post(&self, body: Value) -> (u16, Value) {
        let r = self
            .req(reqwest::Method::POST, "/xapi/statements")
            .json(&body)
            .send()
            .await
            .unwrap();
        let status = r.status().as_u16();
        (status, r.json().await.unwrap_or(Value::Null))
    }

    pub async fn get(&self, path: &str) -> (u16, Value, reqwest::header::HeaderMap) {
        let r = self.req(reqwest::Method::GET, path).send().await.unwrap();
        let status = r.status().as_u16();
        let headers = r.headers().clone();
        (status, r.json().await.unwrap_or(Value::Null), headers)
    }
}

pub(crate) async fn credentials(admin: &Client, server: &Server) -> (String, String) {
    let page = text_of(admin, server.url("/admin/api")).await;
    let response = admin
        .post(server.url("/admin/xapi"))
        .form(&[
            ("csrf_token", csrf_token(&page)),
            ("partner", "Kolibri, Pakur centre".into()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let page = response.text().await.unwrap();
    let grab = |id: &str| {
        let at = page
            .find(&format!("<code id=\"{id}\">"))
            .expect("shown once")
            + id.len()
            + 12;
        page[at..].split('<').next().unwrap().to_string()
    };
    (grab("lrs-key"), grab("lrs-secret"))
}

fn completed(base: &str, code: &str, lesson: &str) -> Value {
    json!({
        "actor": {"objectType": "Agent", "account": {"homePage": base, "name": code}},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/completed", "display": {"en-US": "completed"}},
        "object": {"objectType": "Activity", "id": format!("{base}/modules/livelihoods/lessons/{lesson}")},
        "result": {"completion": true},
        "context": {"language": "hi", "registration": REGISTRATION}
    })
}

/// The registration of the statements this test's outside client sends about lessons.
const REGISTRATION: &str = "5d2b1a0c-7e8f-4a9b-8c1d-2e3f4a5b6c7d";

#[tokio::test]
async fn an_outside_client_records_progress_that_the_academy_counts() {
    let server = Server::start(None);
    story(&server).await;
}

#[tokio::test]
async fn the_lrs_works_the_same_on_postgresql() {
    let Some(_) = crate::common::postgres_url() else {
        eprintln!("ACADEMY_TEST_DATABASE_URL is not set: PostgreSQL part not run");
        return;
    };
    let db = crate::common::TestDb::postgres()
        .await
        .expect("a PostgreSQL database");
    let server = Server::start(Some(&db.url));
    story(&server).await;
    drop(server);
    db.finish().await;
}

async fn story(server: &Server) {
    let admin = signed_in(server, "9100000001", PASSWORD).await;
    let learner = signed_in(server, "9100000006", PASSWORD).await;
    let code = own_code(&learner, server).await;
    let (key, secret) = credentials(&admin, server).await;
    let lrs = Lrs {
        server,
        key,
        secret,
    };
    let base = server.base.clone();

    // about needs no credentials; everything else needs them and the version header.
    let about: Value = client()
        .get(server.url("/xapi/about"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(about["version"][0], "1.0.3");
    let no_version = client()
        .get(server.url("/xapi/statements"))
        .basic_auth(&lrs.key, Some(&lrs.secret))
        .send()
        .await
        .unwrap();
    assert_eq!(no_version.status(), 400);
    let wrong = client()
        .get(server.url("/xapi/statements"))
        .basic_auth(&lrs.key, Some("wrong"))
        .header("X-Experience-API-Version", "1.0.3")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);

    // A batch with one bad statement is refused whole, with the reason.
    let mut bad = completed(&base, &code, "why-diversify");
    bad["verb"]["id"] = json!("completed");
    let good_id = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    let mut good = completed(&base, &code, "why-diversify");
    good["id"] = json!(good_id);
    let (status, why) = lrs.post(json!([good, bad])).await;
    assert_eq!(status, 400);
    assert!(
        why["error"]
            .as_str()
            .unwrap()
            .contains("statement 1: verb.id"),
        "{why}"
    );
    assert_eq!(
        lrs.get(&format!("/xapi/statements?statementId={good_id}"))
            .await
            .0,
        404,
        "nothing partial is stored"
    );

    // The progress before and after: a manager's API token reads it.
    let manager = signed_in(server, "9100000002", PASSWORD).await;
    let manager_code = own_code(&manager, server).await;
    let token = make_token(&admin, server, &manager_code, &["learning:read"]).await;
    let progress = || async {
        let body: Value = client()
            .get(server.url(&format!("/api/v1/members/{code}/progress")))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        body.as_array()
            .unwrap()
            .iter()
            .find(|m| m["module"] == "livelihoods")
            .unwrap()["lessons_done"]
            .as_u64()
            .unwrap()
    };
    let before = progress().await;
    let published: Value = client()
        .get(server.url("/api/v1/modules"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let lessons: Vec<String> = published
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == "livelihoods")
        .unwrap()["lessons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap().to_string())
        .collect();
    let (status, ids) = lrs
        .post(json!(lessons
            .iter()
            .map(|l| completed(&base, &code, l))
            .collect::<Vec<_>>()))
        .await;
    assert_eq!(status, 200, "{ids}");
    assert_eq!(ids.as_array().unwrap().len(), lessons.len());
    assert_eq!(
        progress().await as usize,
        lessons.len(),
        "was {before}: every lesson now done"
    );
    let me = text_of(&learner, server.url("/modules/livelihoods")).await;
    assert!(me.contains(&lessons[0]), "her module page");

    // PUT with a chosen id: again the same is fine, other content is a conflict.
    let id = "6f1c5e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b";
    let statement = json!({
        "actor": {"mbox": "mailto:reader@partner.example"},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
        "object": {"id": "https://partner.example/videos/wet-drilling"}
    });
    for expected in [204, 204] {
        let r = lrs
            .req(
                reqwest::Method::PUT,
                &format!("/xapi/statements?statementId={id}"),
            )
            .json(&statement)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), expected);
        assert_eq!(r.headers()["x-experience-api-version"], "1.0.3");
    }
    let mut other = statement.clone();
    other["verb"]["id"] = json!("http://adlnet.gov/expapi/verbs/completed");
    let r = lrs
        .req(
            reqwest::Method::PUT,
            &format!("/xapi/statements?statementId={id}"),
        )
        .json(&other)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 409);

    // GET by id, by filter, page by page with `more`.
    let (status, one, headers) = lrs.get(&format!("/xapi/statements?statementId={id}")).await;
    assert_eq!(status, 200);
    assert_eq!(one["id"], id);
    assert!(one["stored"].is_string() && one["authority"].is_object());
    assert!(headers.contains_key("x-experience-api-consistent-through"));
    let verb = "http://adlnet.gov/expapi/verbs/completed";
    let mut path = format!(
        "/xapi/statements?verb={}&registration={REGISTRATION}&limit=2",
        urlencode(verb)
    );
    let mut seen = 0;
    loop {
        let (status, page, _) = lrs.get(&path).await;
        assert_eq!(status, 200, "{page}");
        seen += page["statements"].as_array().unwrap().len();
        match page["more"].as_str() {
            Some(more) if !more.is_empty() => path = more.to_string(),
            _ => break,
        }
    }
    assert_eq!(seen, lessons.len());
    let agent = urlencode(&json!({"mbox": "mailto:reader@partner.example"}).to_string());
    let (_, mine, _) = lrs.get(&format!("/xapi/statements?agent={agent}")).await;
    assert_eq!(mine["statements"].as_array().unwrap().len(), 1);

    // Voiding: the voided statement leaves lists and is found by voidedStatementId.
    let (status, _) = lrs
        .post(json!({
            "actor": {"mbox": "mailto:reader@partner.example"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/voided"},
            "object": {"objectType": "StatementRef", "id": id}
        }))
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        lrs.get(&format!("/xapi/statements?statementId={id}"))
            .await
            .0,
        404
    );
    assert_eq!(
        lrs.get(&format!("/xapi/statements?voidedStatementId={id}"))
            .await
            .0,
        200
    );
    let (_, after, _) = lrs.get(&format!("/xapi/statements?agent={agent}")).await;
    assert_eq!(
        after["statements"].as_array().unwrap().len(),
        1,
        "only the voiding statement"
    );

    // Only a voiding statement is beyond voiding, not one that merely mentions the verb.
    let mentions = "0c7e2d4a-1b3c-4d5e-8f90-a1b2c3d4e5f6";
    let (status, _) = lrs
        .post(
            json!({"id": mentions, "actor": {"mbox": "mailto:reader@partner.example"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
            "object": {"id": "https://partner.example/glossary/voided",
                       "definition": {"moreInfo": "http://adlnet.gov/expapi/verbs/voided"}}}),
        )
        .await;
    assert_eq!(status, 200);
    let (status, _) = lrs
        .post(json!({"actor": {"mbox": "mailto:reader@partner.example"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/voided"},
            "object": {"objectType": "StatementRef", "id": mentions}}))
        .await;
    assert_eq!(status, 200);

    documents(&lrs, &agent).await;

    // related_activities and related_agents look beyond the object and the actor.
    let parent = "https://partner.example/courses/safety";
    let (status, _) = lrs
        .post(json!({
            "actor": {"mbox": "mailto:learner2@partner.example"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
            "object": {"id": "https://partner.example/videos/first-aid"},
            "context": {"instructor": {"mbox": "mailto:trainer@partner.example"},
                        "contextActivities": {"parent": [{"id": parent}]}}
        }))
        .await;
    assert_eq!(status, 200);
    let by_parent = format!("/xapi/statements?activity={}", urlencode(parent));
    assert_eq!(
        lrs.get(&by_parent).await.1["statements"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    let (_, related, _) = lrs
        .get(&format!("{by_parent}&related_activities=true"))
        .await;
    assert_eq!(related["statements"].as_array().unwrap().len(), 1);
    let trainer = urlencode(&json!({"mbox": "mailto:trainer@partner.example"}).to_string());
    let by_trainer = format!("/xapi/statements?agent={trainer}");
    assert_eq!(
        lrs.get(&by_trainer).await.1["statements"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    let (_, taught, _) = lrs.get(&format!("{by_trainer}&related_agents=true")).await;
    assert_eq!(taught["statements"].as_array().unwrap().len(), 1);

    // What the LRS knows of an activity and of a person.
    let lesson = urlencode(&format!(
        "{base}/modules/livelihoods/lessons/{}",
        lessons[0]
    ));
    let (status, activity, _) = lrs
        .get(&format!("/xapi/activities?activityId={lesson}"))
        .await;
    assert_eq!(status, 200);
    assert_eq!(activity["objectType"], "Activity");
    assert!(
        activity["definition"]["name"]["hi"].is_string(),
        "the lesson's title in Hindi: {activity}"
    );
    let (status, person, _) = lrs.get(&format!("/xapi/agents?agent={agent}")).await;
    assert_eq!(status, 200);
    assert_eq!(person["objectType"], "Person");
    assert_eq!(person["mbox"][0], "mailto:reader@partner.example");

    alternate_syntax(&lrs).await;
    own_records(&lrs, &learner, &code).await;
    attachments(&lrs).await;

    // Voiding the outside client's lessons takes them out of her progress again; what she did
    // in the academy herself stays.
    let voiding: Vec<Value> = ids
        .as_array()
        .unwrap()
        .iter()
        .map(|id| {
            json!({"actor": {"mbox": "mailto:reader@partner.example"},
                   "verb": {"id": "http://adlnet.gov/expapi/verbs/voided"},
                   "object": {"objectType": "StatementRef", "id": id}})
        })
        .collect();
    let (status, body) = lrs.post(json!(voiding)).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        progress().await,
        before,
        "back to what she had done herself"
    );
}

/// The academy's own learning records are statements of the LRS too, under the academy's
/// authority, with her member code as the account and the academy's addresses as activities;
/// one she makes is there when she has made it. A partner cannot void them.
async fn own_records(lrs: &Lrs<'_>, learner: &Client, code: &str) {
    let base = &lrs.server.base;
    let her = urlencode(&json!({"account": {"homePage": base, "name": code}}).to_string());
    // The last lesson of the first module: she opens it now, if she never had.
    let lesson = "/modules/health-safety/lessons/safety-rights";
    text_of(learner, lrs.server.url(lesson)).await;
    let (status, found, _) = lrs
        .get(&format!(
            "/xapi/statements?agent={her}&activity={}",
            urlencode(&format!("{base}{lesson}"))
        ))
        .await;
    assert_eq!(status, 200);
    let newest = &found["statements"][0];
    assert_eq!(newest["authority"]["account"]["name"], "academy", "{found}");
    assert_eq!(newest["actor"]["account"]["name"], code);
    let (status, _) = lrs
        .post(json!({"actor": {"mbox": "mailto:reader@partner.example"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/voided"},
            "object": {"objectType": "StatementRef", "id": newest["id"]}}))
        .await;
    assert_eq!(status, 403, "only the academy's own");
}

/// Statements with attachments: multipart/mixed in, multipart/mixed out; content and
/// statements must name each other.
async fn attachments(lrs: &Lrs<'_>) {
    use sha2::Digest;
    let content = "Wet drilling keeps the dust down.".as_bytes();
    let sha2: String = sha2::Sha256::digest(content)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let id = "2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d";
    let statement = json!({
        "id": id,
        "actor": {"mbox": "mailto:reader@partner.example"},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
        "object": {"id": "https://partner.example/videos/wet-drilling"},
        "attachments": [{"usageType": "https://partner.example/attachments/notes",
                         "display": {"en": "Notes"}, "contentType": "text/plain",
                         "length": content.len(), "sha2": sha2}]
    });
    let send = |parts: Vec<(String, Vec<u8>)>| {
        let mut body = Vec::new();
        for (headers, bytes) in parts {
            body.extend_from_slice(format!("--b0und\r\n{headers}\r\n\r\n").as_bytes());
            body.extend_from_slice(&bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(b"--b0und--\r\n");
        lrs.req(reqwest::Method::POST, "/xapi/statements")
            .header("Content-Type", "multipart/mixed; boundary=b0und")
            .body(body)
            .send()
    };
    let json_part = (
        "Content-Type: application/json".to_string(),
        statement.to_string().into_bytes(),
    );
    let file_part = |hash: &str| {
        (
            format!(
                "Content-Type: text/plain\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: {hash}"
            ),
            content.to_vec(),
        )
    };
    // As plain JSON the content cannot come: refused.
    let (status, why) = lrs.post(statement.clone()).await;
    assert_eq!(status, 400, "{why}");
    // The content missing, or under another hash: refused.
    let r = send(vec![json_part.clone()]).await.unwrap();
    assert_eq!(r.status(), 400);
    let r = send(vec![json_part.clone(), file_part(&"0".repeat(64))])
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    assert_eq!(
        lrs.get(&format!("/xapi/statements?statementId={id}"))
            .await
            .0,
        404
    );
    let r = send(vec![json_part, file_part(&sha2)]).await.unwrap();
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
    let r = lrs
        .req(
            reqwest::Method::GET,
            &format!("/xapi/statements?statementId={id}&attachments=true"),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let kind = r.headers()["content-type"].to_str().unwrap().to_string();
    assert!(kind.starts_with("multipart/mixed; boundary="), "{kind}");
    let body = r.text().await.unwrap();
    assert!(
        body.contains(&format!("X-Experience-API-Hash: {sha2}")),
        "{body}"
    );
    assert!(body.contains("Wet drilling keeps the dust down."), "{body}");
    assert!(body.contains(id));
}

/// State, activity profile and agent profile documents, with their concurrency rules.
async fn documents(lrs: &Lrs<'_>, agent: &str) {
    use reqwest::Method;
    let activity = urlencode("https://partner.example/videos/wet-drilling");
    let state =
        format!("/xapi/activities/state?activityId={activity}&agent={agent}&stateId=bookmark");
    let send = |method: Method, path: &str, body: &str, kind: &str| {
        lrs.req(method, path)
            .header("Content-Type", kind.to_string())
            .body(body.to_string())
    };
    let r = send(Method::PUT, &state, r#"{"minute": 3}"#, "application/json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    let r = send(
        Method::POST,
        &state,
        r#"{"speed": 1.5}"#,
        "application/json",
    )
    .send()
    .await
    .unwrap();
    assert_eq!(r.status(), 204);
    let r = lrs.req(Method::GET, &state).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers().contains_key("etag"));
    let merged: Value = r.json().await.unwrap();
    assert_eq!(
        merged,
        json!({"minute": 3, "speed": 1.5}),
        "POST merges JSON"
    );
    let r = send(Method::POST, &state, "not json", "text/plain")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);

    // Merges sent at once all land: none is written over one it did not read.
    let answers = futures_util::future::join_all((0..12).map(|i| {
        send(
            Method::POST,
            &state,
            &format!(r#"{{"mark{i}": {i}}}"#),
            "application/json",
        )
        .send()
    }))
    .await;
    for r in answers {
        assert_eq!(r.unwrap().status(), 204);
    }
    let merged: Value = lrs
        .req(Method::GET, &state)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    for i in 0..12 {
        assert_eq!(merged[format!("mark{i}")], i, "{merged}");
    }
    let list = format!("/xapi/activities/state?activityId={activity}&agent={agent}");
    let ids: Value = lrs
        .req(Method::GET, &list)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(ids, json!(["bookmark"]));
    assert_eq!(
        lrs.req(Method::DELETE, &state)
            .send()
            .await
            .unwrap()
            .status(),
        204
    );
    assert_eq!(
        lrs.req(Method::GET, &state).send().await.unwrap().status(),
        404
    );

    let profile = format!("/xapi/activities/profile?activityId={activity}&profileId=subtitles");
    let put = |body: &str| send(Method::PUT, &profile, body, "application/json");
    assert_eq!(put(r#"{"lang": "hi"}"#).send().await.unwrap().status(), 204);
    assert_eq!(
        put(r#"{"lang": "or"}"#).send().await.unwrap().status(),
        409,
        "a profile that exists needs If-Match or If-None-Match"
    );
    let etag = lrs
        .req(Method::GET, &profile)
        .send()
        .await
        .unwrap()
        .headers()["etag"]
        .to_str()
        .unwrap()
        .to_string();
    let wrong = put(r#"{"lang": "or"}"#)
        .header("If-Match", "\"nope\"")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 412);
    let right = put(r#"{"lang": "or"}"#)
        .header("If-Match", etag)
        .send()
        .await
        .unwrap();
    assert_eq!(right.status(), 204);
    let none = put(r#"{"lang": "bn"}"#)
        .header("If-None-Match", "*")
        .send()
        .await
        .unwrap();
    assert_eq!(none.status(), 412);

    let agent_profile = format!("/xapi/agents/profile?agent={agent}&profileId=preferences");
    let r = send(
        Method::PUT,
        &agent_profile,
        r#"{"font": "large"}"#,
        "application/json",
    )
    .header("If-None-Match", "*")
    .send()
    .await
    .unwrap();
    assert_eq!(r.status(), 204);
    let bad_agent = format!(
        "/xapi/agents/profile?agent={}&profileId=x",
        urlencode(r#"{"name": "nobody"}"#)
    );
    assert_eq!(
        lrs.req(Method::GET, &bad_agent)
            .send()
            .await
            .unwrap()
            .status(),
        400
    );
}

pub(crate) fn urlencode(text: &str) -> String {
    reqwest::Url::parse_with_params("http://x/", &[("q", text)])
        .unwrap()
        .query()
        .unwrap()
        .trim_start_matches("q=")
        .to_string()
}

/// xAPI's alternate request syntax (XAPI-00148, XAPI-00336): a POST with `?method=` and the
/// meant request's headers, parameters and content as form fields.
async fn alternate_syntax(lrs: &Lrs<'_>) {
    let basic = lrs
        .req(reqwest::Method::GET, "/")
        .build()
        .unwrap()
        .headers()["authorization"]
        .to_str()
        .unwrap()
        .to_string();
    let agent = json!({"mbox": "mailto:alternate@partner.example"}).to_string();
    let activity = "https://partner.example/videos/alternate";
    let send = |method: &str, extra: &[(&str, &str)]| {
        let mut form: Vec<(&str, String)> = vec![
            ("Authorization", basic.clone()),
            ("X-Experience-API-Version", "1.0.3".into()),
            ("activityId", activity.into()),
            ("agent", agent.clone()),
            ("stateId", "place".into()),
        ];
        form.extend(extra.iter().map(|(k, v)| (*k, v.to_string())));
        client()
            .post(
                lrs.server
                    .url(&format!("/xapi/activities/state?method={method}")),
            )
            .form(&form)
            .send()
    };
    let r = send(
        "PUT",
        &[
            ("Content-Type", "application/json"),
            ("content", r#"{"minute": 7}"#),
        ],
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 204, "{}", r.text().await.unwrap());
    let r = send("GET", &[]).await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.json::<Value>().await.unwrap(), json!({"minute": 7}));
    // Every other parameter belongs in the form.
    let r = client()
        .post(
            lrs.server
                .url("/xapi/activities/state?method=GET&stateId=place"),
        )
        .form(&[("Authorization", basic.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
}
