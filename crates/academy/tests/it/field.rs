//! Field work on the real server: a facilitator starts a cohort, plans a session, takes
//! attendance (with a walk-in) and enters a paper test; the records reach the members.

use crate::common::{client, csrf_token, first_link, signed_in, status_of, text_of, Server};

pub(crate) const PASSWORD: &str = "academy-demo";
pub(crate) const FACILITATOR: &str = "9100000004";
pub(crate) const OTHER_FACILITATOR: &str = "9100000005";
const LEARNER: &str = "9100000006";

fn ist_now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc().to_offset(time::UtcOffset::from_hms(5, 30, 0).unwrap())
}

pub(crate) async fn post(
    c: &reqwest::Client,
    url: String,
    page_with_form: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let token = csrf_token(page_with_form);
    let mut all: Vec<(&str, &str)> = vec![("csrf_token", token.as_str())];
    all.extend_from_slice(fields);
    c.post(url).form(&all).send().await.unwrap()
}

fn location(r: &reqwest::Response) -> String {
    r.headers()["location"].to_str().unwrap().to_string()
}

#[tokio::test]
async fn a_facilitator_runs_a_session_with_a_walk_in_and_a_paper_test() {
    let server = Server::start(None);
    let f = signed_in(&server, FACILITATOR, PASSWORD).await;
    f.get(server.url("/lang/en")).send().await.unwrap();
    let get = |path: String| {
        let f = f.clone();
        let url = server.url(&path);
        async move { f.get(url).send().await.unwrap() }
    };
    let home = get("/".into()).await.text().await.unwrap();
    assert!(
        home.contains("href=\"/facilitate\""),
        "a facilitator's home links to field work"
    );
    assert_eq!(get("/facilitate".into()).await.status(), 200);

    let form = get("/cohorts/new".into()).await.text().await.unwrap();
    let none = post(
        &f,
        server.url("/cohorts/new"),
        &form,
        &[("name", "Malpahari women, batch 3"), ("state", "JH")],
    )
    .await;
    assert_eq!(none.status(), 422, "a cohort needs at least one module");
    let made = post(
        &f,
        server.url("/cohorts/new"),
        &form,
        &[
            ("name", "Malpahari women, batch 3"),
            ("state", "JH"),
            ("district", "Pakur"),
            ("village", "Malpahari"),
            ("module-environment", "on"),
        ],
    )
    .await;
    assert_eq!(made.status(), 303);
    let cohort = location(&made);
    let page = get(cohort.clone()).await.text().await.unwrap();
    let added = post(
        &f,
        server.url(&format!("{cohort}/members")),
        &page,
        &[("login", LEARNER)],
    )
    .await;
    assert_eq!(added.status(), 303);
    let unknown = post(
        &f,
        server.url(&format!("{cohort}/members")),
        &page,
        &[("login", "JH-9999999")],
    )
    .await;
    assert_eq!(unknown.status(), 422);

    // A session planned for tomorrow cannot be marked as held today.
    let tomorrow = (ist_now() + time::Duration::days(1)).date().to_string();
    let plan = get(format!("{cohort}/sessions/new"))
        .await
        .text()
        .await
        .unwrap();
    let later = post(
        &f,
        server.url(&format!("{cohort}/sessions/new")),
        &plan,
        &[
            ("date", &tomorrow),
            ("time", "10:00"),
            ("module", "environment"),
        ],
    )
    .await;
    let later = location(&later);
    let later_page = get(later.clone()).await.text().await.unwrap();
    let member_box = later_page
        .split("name=\"present-")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let early = post(
        &f,
        server.url(&format!("{later}/attendance")),
        &later_page,
        &[(&format!("present-{member_box}"), "on")],
    )
    .await;
    assert_eq!(early.status(), 409);

    let today = ist_now().date().to_string();
    let now = format!("{:02}:{:02}", ist_now().hour(), ist_now().minute());
    let bad = post(
        &f,
        server.url(&format!("{cohort}/sessions/new")),
        &plan,
        &[
            ("date", "27/11"),
            ("time", &now),
            ("module", "environment"),
            ("latitude", "51.5"),
            ("longitude", "0"),
        ],
    )
    .await;
    assert_eq!(bad.status(), 422);
    let bad = bad.text().await.unwrap();
    assert!(bad.contains("id=\"date-error\"") && bad.contains("id=\"latitude-error\""));
    let held = post(
        &f,
        server.url(&format!("{cohort}/sessions/new")),
        &plan,
        &[
            ("date", &today),
            ("time", &now),
            ("place", "Malpahari SHG hall"),
            ("module", "environment"),
            ("lesson-dust-at-crushers", "on"),
        ],
    )
    .await;
    let session = location(&held);
    let page = get(session.clone()).await.text().await.unwrap();
    assert!(page.contains("Malpahari SHG hall"));

    let outsider = uuid::Uuid::now_v7().to_string();
    let wrong = post(
        &f,
        server.url(&format!("{session}/attendance")),
        &page,
        &[(&format!("present-{outsider}"), "on")],
    )
    .await;
    assert_eq!(
        wrong.status(),
        422,
        "attendance for someone outside the cohort is refused"
    );
    let ok = post(
        &f,
        server.url(&format!("{session}/attendance")),
        &page,
        &[(&format!("present-{member_box}"), "on")],
    )
    .await;
    assert_eq!(ok.status(), 303);

    let no_consent = post(
        &f,
        server.url(&format!("{session}/walk-in")),
        &page,
        &[
            ("full_name", "बसंती हांसदा"),
            ("gender", "woman"),
            ("village", "Malpahari"),
        ],
    )
    .await;
    assert_eq!(no_consent.status(), 422, "consent is asked for");
    let walk_in = post(
        &f,
        server.url(&format!("{session}/walk-in")),
        &page,
        &[
            ("full_name", "बसंती हांसदा"),
            ("gender", "woman"),
            ("village", "Malpahari"),
            ("consent", "yes"),
        ],
    )
    .await;
    assert_eq!(walk_in.status(), 303);
    let code = location(&walk_in)
        .split("added=")
        .nth(1)
        .unwrap()
        .to_string();
    assert!(
        code.starts_with("JH-"),
        "the walk-in got a Jharkhand member code: {code}"
    );
    let page = get(session.clone()).await.text().await.unwrap();
    assert!(
        page.contains("बसंती हांसदा") && page.contains("2 of 2 present"),
        "both are present"
    );

    let sheet = get(format!("{session}/tests/pre"))
        .await
        .text()
        .await
        .unwrap();
    let ids: Vec<String> = sheet
        .split("name=\"score-")
        .skip(1)
        .map(|s| s.split('"').next().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 2, "one score box per person present");
    let out_of_range = post(
        &f,
        server.url(&format!("{session}/tests/pre")),
        &sheet,
        &[
            (&format!("score-{}", ids[0]), "11"),
            (&format!("score-{}", ids[1]), "4"),
        ],
    )
    .await;
    assert_eq!(out_of_range.status(), 422);
    assert!(out_of_range
        .text()
        .await
        .unwrap()
        .contains("id=\"group-test-problem\""));
    let saved = post(
        &f,
        server.url(&format!("{session}/tests/pre")),
        &sheet,
        &[(&format!("score-{}", ids[0]), "6")],
    )
    .await;
    assert_eq!(saved.status(), 303);

    // The other attendee's answers, typed in one by one from her paper sheet.
    let answers_url = format!("{session}/tests/pre/answers/{}", ids[1]);
    let form = get(answers_url.clone()).await.text().await.unwrap();
    assert!(
        form.contains("(JH-"),
        "the heading names whose answers these are"
    );
    let mut fields: Vec<(String, String)> = form
        .split("name=\"q-")
        .skip(1)
        .map(|rest| {
            let qid = rest.split('"').next().unwrap().to_string();
            let value = rest
                .split("value=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
                .to_string();
            (format!("q-{qid}"), value)
        })
        .collect();
    fields.dedup_by(|a, b| a.0 == b.0);
    let attempt = form
        .split("name=\"attempt\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let partial: Vec<(String, String)> = fields
        .iter()
        .skip(1)
        .cloned()
        .chain([
            ("attempt".to_string(), attempt.clone()),
            ("csrf_token".to_string(), csrf_token(&form)),
        ])
        .collect();
    let missing = f
        .post(server.url(&answers_url))
        .form(&partial)
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 422, "every question needs an answer");
    fields.push(("attempt".into(), attempt));
    fields.push(("csrf_token".into(), csrf_token(&form)));
    let sent = f
        .post(server.url(&answers_url))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status(), 303);
    let again = f
        .post(server.url(&answers_url))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 303, "the same sheet sent twice counts once");
    let stranger = uuid::Uuid::now_v7();
    assert_eq!(
        get(format!("{session}/tests/pre/answers/{stranger}"))
            .await
            .status(),
        404,
        "only for someone present"
    );

    // The learner sees the lesson done and the paper test among her tests.
    let learner = signed_in(&server, LEARNER, PASSWORD).await;
    learner.get(server.url("/lang/en")).send().await.unwrap();
    let module = text_of(&learner, server.url("/modules/environment")).await;
    assert!(
        module.contains("<span class=\"sr\">You finished this lesson"),
        "the lesson covered counts as done"
    );
    let me = text_of(&learner, server.url("/me")).await;
    assert!(
        me.contains("Environmental Management"),
        "the paper test is on /me"
    );
    let dashboard = get("/facilitate".into()).await.text().await.unwrap();
    assert!(dashboard.contains("Malpahari women, batch 3"));

    // The roster and the answer sheet print as PDF.
    for path in [
        format!("{session}/roster.pdf"),
        format!("{session}/tests/pre/sheet.pdf"),
    ] {
        let response = get(path.clone()).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["content-type"], "application/pdf");
        let bytes = response.bytes().await.unwrap();
        assert!(
            bytes.starts_with(b"%PDF") && bytes.len() > 5_000,
            "{path} is a PDF with its fonts"
        );
    }

    // Others may not look in.
    let other = signed_in(&server, OTHER_FACILITATOR, PASSWORD).await;
    assert_eq!(status_of(&other, server.url(&cohort)).await, 404);
    assert_eq!(status_of(&other, server.url(&session)).await, 404);
    assert_eq!(status_of(&learner, server.url("/facilitate")).await, 403);
    assert_eq!(
        client()
            .get(server.url(&session))
            .send()
            .await
            .unwrap()
            .status(),
        303
    );
}

#[tokio::test]
async fn paper_rosters_and_score_sheets_come_back_through_csv_all_or_nothing() {
    let server = Server::start(None);
    let f = signed_in(&server, FACILITATOR, PASSWORD).await;
    let dashboard = text_of(&f, server.url("/facilitate")).await;
    // Today's session of the first demo cohort (planned for 10:00 India time, today).
    let session = first_link(&dashboard, "/sessions/");
    let template = f
        .get(server.url(&format!("/sessions/{session}/csv/attendance.csv")))
        .send()
        .await
        .unwrap();
    assert_eq!(
        template.headers()["content-type"],
        "text/csv; charset=utf-8"
    );
    let template = template.text().await.unwrap();
    let template = template.trim_start_matches('\u{feff}');
    let mut lines = template.lines();
    assert_eq!(
        lines.next(),
        Some("session_id,member_code,full_name,present")
    );
    let rows: Vec<&str> = lines.collect();
    assert!(rows.len() >= 2, "one row per cohort member");
    let code = |row: &str| row.split(',').nth(1).unwrap().to_string();
    let (first, second) = (code(rows[0]), code(rows[1]));

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        format!("session_id,member_code,full_name,present\n{session},{first},,yes\n{session},JH-9999999,,yes\n{session},{second},,maybe\nnot-a-session,{first},,yes\n"),
    )
    .unwrap();
    let data = server.data.path();
    let (ok, _, err) =
        crate::common::run_academy(&["import", "attendance", bad.to_str().unwrap()], data, None);
    assert!(!ok);
    for expected in [
        "row 3, column member_code: JH-9999999 is not a member of this session's cohort",
        "row 4, column present: \"maybe\" is not yes or no",
        "row 5, column session_id",
        "nothing was imported",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in:\n{err}");
    }
    let page = text_of(&f, server.url(&format!("/sessions/{session}"))).await;
    assert!(
        !page.contains("checked disabled"),
        "nobody was marked present"
    );

    let good = dir.path().join("good.csv");
    std::fs::write(&good, format!("\u{feff}session_id,member_code,full_name,present\n{session},{first},,yes\n{session},{second},,x\n")).unwrap();
    let (ok, out, err) = crate::common::run_academy(
        &["import", "attendance", good.to_str().unwrap()],
        data,
        None,
    );
    assert!(ok, "{err}");
    assert!(out.contains("2 people newly marked present"), "{out}");

    let scores = dir.path().join("scores.csv");
    std::fs::write(&scores, format!("session_id,member_code,full_name,test,score\n{session},{first},,post,42\n{session},{second},,post,7\n")).unwrap();
    let (ok, _, err) =
        crate::common::run_academy(&["import", "results", scores.to_str().unwrap()], data, None);
    assert!(
        !ok && err.contains("row 2, column score: \"42\" is not a score from 0 to"),
        "{err}"
    );
    std::fs::write(&scores, format!("session_id,member_code,full_name,test,score\n{session},{first},,post,8\n{session},{second},,post,7\n")).unwrap();
    let (ok, out, err) =
        crate::common::run_academy(&["import", "results", scores.to_str().unwrap()], data, None);
    assert!(ok, "{err}");
    assert!(out.contains("2 test results recorded"), "{out}");
}

#[tokio::test]
async fn a_facilitator_edits_the_members_of_her_cohorts_and_no_one_else() {
    let server = Server::start(None);
    let f = signed_in(&server, FACILITATOR, PASSWORD).await;
    let dashboard = text_of(&f, server.url("/facilitate")).await;
    let cohort = first_link(&dashboard, "/cohorts/");
    let page = text_of(&f, server.url(&format!("/cohorts/{cohort}"))).await;
    let mine = first_link(&page, "/admin/members/");
    let own = f
        .get(server.url(&format!("/admin/members/{mine}")))
        .send()
        .await
        .unwrap();
    assert_eq!(own.status(), 200, "a member of her cohort");
    assert!(
        !own.text().await.unwrap().contains("/organisations\">"),
        "no organisation forms for a facilitator"
    );

    let manager = signed_in(&server, "9100000002", PASSWORD).await;
    let list = text_of(&manager, server.url("/admin/members?state=UP")).await;
    let stranger = first_link(&list, "/admin/members/");
    assert_eq!(
        status_of(&f, server.url(&format!("/admin/members/{stranger}"))).await,
        404,
        "someone from another state's cohort"
    );
    assert_eq!(
        status_of(&f, server.url("/admin/members")).await,
        403,
        "the whole registry is for managers"
    );
}

#[tokio::test]
async fn a_manager_issues_certificates_for_a_group_that_learned_on_paper_and_it_is_audited() {
    let server = Server::start(None);
    let manager = signed_in(&server, "9100000002", PASSWORD).await;
    manager.get(server.url("/lang/en")).send().await.unwrap();
    let home = text_of(&manager, server.url("/")).await;
    assert!(
        home.contains("href=\"/admin/audit\""),
        "the audit log is a tap from home"
    );
    let dashboard = text_of(&manager, server.url("/facilitate")).await;
    let cohort = first_link(&dashboard, "/cohorts/");
    let page = text_of(&manager, server.url(&format!("/cohorts/{cohort}"))).await;
    assert!(page.contains("Issue certificates for this group"));
    assert_eq!(
        page.matches("id=\"issue-module\"").count(),
        1,
        "the form once, in the page's body"
    );
    assert!(!page.split("</title>").next().unwrap().contains("<form"));
    // The last two of the group: the demo's manager issued by hand to its first ones.
    let mut members: Vec<String> = page
        .split("name=\"member-")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap().to_string())
        .collect();
    members.reverse();
    members.truncate(2);
    assert_eq!(members.len(), 2);
    let module = page
        .split("<select id=\"issue-module\" name=\"module\"><option value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let url = server.url(&format!("/cohorts/{cohort}/certificates"));
    let ticked: Vec<String> = members.iter().map(|m| format!("member-{m}")).collect();
    let no_note = post(
        &manager,
        url.clone(),
        &page,
        &[("module", &module), (&ticked[0], "on"), ("note", " ")],
    )
    .await;
    assert_eq!(no_note.status(), 422, "a note is needed");
    assert!(no_note.text().await.unwrap().contains("Write why"));
    let note = "Paper final test at the Pakur SHG meeting, 12 of 14 passed";
    let issued = post(
        &manager,
        url.clone(),
        &page,
        &[
            ("module", &module),
            (&ticked[0], "on"),
            (&ticked[1], "on"),
            ("note", note),
        ],
    )
    .await;
    assert_eq!(issued.status(), 303);
    let audit = text_of(&manager, server.url("/admin/audit")).await;
    assert!(audit.matches("Certificate issued by hand").count() >= 1);
    assert!(audit.contains(note));
    let certificate = first_link(&audit, "/verify/");
    let check = text_of(&client(), server.url(&format!("/verify/{certificate}"))).await;
    assert!(check.contains("valid"), "{check}");
    // Issuing again leaves the certificates as they are.
    let again = post(
        &manager,
        url,
        &page,
        &[("module", &module), (&ticked[0], "on"), ("note", note)],
    )
    .await;
    assert_eq!(again.status(), 303);
    let audit_again = text_of(&manager, server.url("/admin/audit")).await;
    assert_eq!(
        audit_again.matches(note).count(),
        audit.matches(note).count(),
        "no second certificate, no second entry"
    );
    let facilitator = signed_in(&server, FACILITATOR, PASSWORD).await;
    assert_eq!(
        status_of(&facilitator, server.url("/admin/audit")).await,
        403
    );
}
