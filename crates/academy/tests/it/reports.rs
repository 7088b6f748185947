//! Reports on the real server: the manager's dashboard, women first, one module in one state
//! in one quarter, and exports that hide small numbers.

use crate::common::{client, first_link, signed_in, status_of, text_of, Server};

const PASSWORD: &str = "academy-demo";

#[tokio::test]
async fn a_manager_sees_women_s_learning_by_state_module_and_quarter_and_downloads_it() {
    let server = Server::start(None);
    let manager = signed_in(&server, "9100000002", PASSWORD).await;
    manager.get(server.url("/lang/en")).send().await.unwrap();
    let home = text_of(&manager, server.url("/")).await;
    assert!(
        home.contains("href=\"/reports\""),
        "the manager's home links to the reports"
    );

    let all = text_of(&manager, server.url("/reports")).await;
    let first_row = all
        .split("<tbody>")
        .nth(1)
        .unwrap()
        .split("</tr>")
        .next()
        .unwrap();
    assert!(first_row.contains("Woman"), "women come first");
    assert!(
        all.contains("<svg class=\"chart\""),
        "a chart drawn on the server"
    );
    assert!(all.contains("Knowledge gain per module"));

    let quarter = {
        let now =
            time::OffsetDateTime::now_utc().to_offset(time::UtcOffset::from_hms(5, 30, 0).unwrap());
        format!("{}-Q{}", now.year(), (u8::from(now.month()) - 1) / 3 + 1)
    };
    let focused = manager
        .get(server.url(&format!(
            "/reports?gender=woman&state=JH&module=health-safety&period={quarter}"
        )))
        .send()
        .await
        .unwrap();
    assert_eq!(focused.status(), 200);
    let focused = focused.text().await.unwrap();
    assert!(
        focused.contains(&format!("· {quarter}")),
        "the period is named"
    );
    assert!(focused.contains("modules completed"));

    let csv = manager
        .get(server.url("/reports/export/indicators.csv?by=district"))
        .send()
        .await
        .unwrap();
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let bytes = csv.bytes().await.unwrap();
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "UTF-8 with a byte-order mark for spreadsheets"
    );
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(text.starts_with("Group,members,"));
    assert!(
        text.contains("< 5"),
        "small cells are hidden in a shared table:\n{text}"
    );
    let gain = text_of(&manager, server.url("/reports/export/knowledge-gain.csv")).await;
    assert!(gain.contains("Module,took both tests"));

    let xlsx = manager
        .get(server.url("/reports/export/indicators.xlsx?gender=woman"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        xlsx.headers()["content-type"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    assert!(
        xlsx.bytes().await.unwrap().starts_with(b"PK"),
        "a real workbook"
    );
    let donor = text_of(&manager, server.url("/reports/donor")).await;
    assert!(donor.contains("Results framework table") && donor.contains("Woman · Jharkhand"));
    assert!(donor.contains("People trained in Health, Safety and Occupational Hazards"));
    let donor_xlsx = manager
        .get(server.url("/reports/export/donor.xlsx"))
        .send()
        .await
        .unwrap();
    assert_eq!(donor_xlsx.status(), 200);
    assert_eq!(
        status_of(&manager, server.url("/reports/export/nothing.xlsx")).await,
        404
    );

    let definitions = text_of(&manager, server.url("/reports/indicators")).await;
    assert!(definitions.contains("Knowledge gain") && definitions.contains("percentage points"));

    let learner = signed_in(&server, "9100000006", PASSWORD).await;
    assert_eq!(status_of(&learner, server.url("/reports")).await, 403);
    assert_eq!(
        status_of(&learner, server.url("/reports/export/indicators.csv")).await,
        403
    );
    assert_eq!(
        client()
            .get(server.url("/reports"))
            .send()
            .await
            .unwrap()
            .status(),
        303
    );
}

#[tokio::test]
async fn a_group_leader_sees_her_group_s_report_with_small_numbers_hidden() {
    let server = Server::start(None);
    // The Jharkhand demo facilitator leads a Self Help Group in Pakur.
    let leader = signed_in(&server, "9100000004", PASSWORD).await;
    leader.get(server.url("/lang/en")).send().await.unwrap();
    let me = text_of(&leader, server.url("/me")).await;
    let org = first_link(&me, "/organisations/");
    let page = text_of(&leader, server.url(&format!("/organisations/{org}"))).await;
    assert!(
        page.contains(&format!("/organisations/{org}/report")),
        "the group page links to its report"
    );
    let report = leader
        .get(server.url(&format!("/organisations/{org}/report")))
        .send()
        .await
        .unwrap();
    assert_eq!(report.status(), 200);
    let report = report.text().await.unwrap();
    assert!(
        !report.contains("/reports/export/"),
        "no downloads from a shared page"
    );
    let figures: Vec<&str> = report
        .split("<strong>")
        .skip(1)
        .map(|x| x.split('<').next().unwrap())
        .collect();
    assert!(
        figures
            .iter()
            .all(|f| f.parse::<i64>().map_or(true, |n| n == 0 || n >= 5)),
        "no count below 5 is shown: {figures:?}"
    );

    let member = signed_in(&server, "9100000006", PASSWORD).await;
    let status = status_of(&member, server.url(&format!("/organisations/{org}/report"))).await;
    assert_eq!(
        status, 404,
        "a member who does not lead the group does not see its report"
    );
}

#[tokio::test]
async fn a_manager_picks_a_group_sees_rows_by_period_and_downloads_every_member_s_line() {
    let server = Server::start(None);
    let manager = signed_in(&server, "9100000002", PASSWORD).await;
    manager.get(server.url("/lang/en")).send().await.unwrap();

    let by_quarter = text_of(&manager, server.url("/reports?by=quarter")).await;
    let year = time::OffsetDateTime::now_utc().year();
    assert!(
        by_quarter.contains(&format!("<tr><th>{year}-Q")),
        "a row per quarter"
    );
    assert!(
        by_quarter.contains("data-label=\"active in the last 30 days\">—</td>"),
        "no one is 'active now' in a quarter:\n{by_quarter}"
    );

    let bad = text_of(
        &manager,
        server.url("/reports?period=2026-Q7&organisation=No+such+group"),
    )
    .await;
    assert!(
        bad.contains("Period &#34;2026-Q7&#34; was not understood"),
        "{bad}"
    );
    assert!(bad.contains("Organisation (its name) &#34;No such group&#34; was not understood"));

    // One Self Help Group, by name, whatever the case: only its members count.
    let groups = text_of(&manager, server.url("/admin/organisations?kind=shg")).await;
    let group = first_link(&groups, "/organisations/");
    let page = text_of(&manager, server.url(&format!("/organisations/{group}"))).await;
    let name = page
        .split("<h1>")
        .nth(1)
        .unwrap()
        .split("</h1>")
        .next()
        .unwrap();
    let everyone = text_of(&manager, server.url("/reports")).await;
    let one_group = manager
        .get(server.url("/reports"))
        .query(&[("organisation", name.to_lowercase())])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let members_in = |page: &str| -> i64 {
        let figure = page.split("<ul class=\"tiles figures\">").nth(1).unwrap();
        let n = figure
            .split("<strong>")
            .nth(1)
            .unwrap()
            .split("</strong>")
            .next()
            .unwrap();
        n.replace(',', "").parse().unwrap()
    };
    assert!(members_in(&one_group) > 0 && members_in(&one_group) < members_in(&everyone));
    assert!(!one_group.contains("was not understood"));

    // Every member's line, streamed: one row per member of the filter.
    let csv = manager
        .get(server.url("/reports/export/members.csv?state=OD&gender=woman"))
        .send()
        .await
        .unwrap();
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let text = String::from_utf8(csv.bytes().await.unwrap()[3..].to_vec()).unwrap();
    let mut lines = text.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("Member code,Full name,Gender"));
    let rows: Vec<&str> = lines.collect();
    assert!(rows.len() > 20, "the Odisha women of the demo");
    assert!(rows
        .iter()
        .all(|r| r.starts_with("OD-") && r.contains(",woman,")));
    let xlsx = manager
        .get(server.url("/reports/export/members.xlsx?state=OD"))
        .send()
        .await
        .unwrap();
    assert_eq!(xlsx.status(), 200);
    assert!(
        xlsx.bytes().await.unwrap().starts_with(b"PK"),
        "a real workbook"
    );
    let learner = signed_in(&server, "9100000006", PASSWORD).await;
    assert_eq!(
        status_of(&learner, server.url("/reports/export/members.csv")).await,
        403
    );
}
