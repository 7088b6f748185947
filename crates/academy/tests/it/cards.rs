//! Member cards on the real server: a PIN set by a facilitator signs a member in on a shared
//! phone; a replaced card stops working; wrong PINs lock the card.

use crate::common::{client, first_link, signed_in, status_of, text_of, Server};
use crate::field::{post, FACILITATOR, OTHER_FACILITATOR, PASSWORD};

#[tokio::test]
async fn a_member_card_and_pin_sign_a_member_in_on_a_shared_phone() {
    let server = Server::start(None);
    let f = signed_in(&server, FACILITATOR, PASSWORD).await;
    f.get(server.url("/lang/en")).send().await.unwrap();
    // The demo learner is in this facilitator's first cohort.
    let dashboard = text_of(&f, server.url("/facilitate")).await;
    let cohort = first_link(&dashboard, "/cohorts/");
    let cohort_page = text_of(&f, server.url(&format!("/cohorts/{cohort}"))).await;
    let card_link = first_link(&cohort_page, "/members/");
    let card_url = server.url(&format!("/members/{card_link}"));
    let card = text_of(&f, card_url.clone()).await;
    assert!(
        card.contains("<svg") && card.contains("/card/"),
        "the card has a QR code to the card's sign-in"
    );
    let code = card
        .split("class=\"card-code\">")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .to_string();
    let member_id = card_link.trim_end_matches("/card").to_string();

    let short = post(
        &f,
        server.url(&format!("/members/{member_id}/pin")),
        &card,
        &[("pin", "12"), ("pin_again", "12")],
    )
    .await;
    assert_eq!(short.status(), 422);
    let set = post(
        &f,
        server.url(&format!("/members/{member_id}/pin")),
        &card,
        &[("pin", "4821"), ("pin_again", "4821")],
    )
    .await;
    assert_eq!(set.status(), 303);

    // The QR code's address opens the PIN form for that card.
    let qr_path = card
        .split("class=\"card-url\"><a href=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .split("/card/")
        .nth(1)
        .unwrap()
        .to_string();
    let phone = client();
    phone.get(server.url("/lang/en")).send().await.unwrap();
    let form = text_of(&phone, server.url(&format!("/card/{qr_path}"))).await;
    assert!(form.contains(&format!("value=\"{code}\"")));
    let version = form
        .split("name=\"version\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let wrong = post(
        &phone,
        server.url("/sign-in/pin"),
        &form,
        &[("code", &code), ("version", &version), ("pin", "0000")],
    )
    .await;
    assert_eq!(wrong.status(), 401);
    let right = post(
        &phone,
        server.url("/sign-in/pin"),
        &form,
        &[("code", &code), ("version", &version), ("pin", "4821")],
    )
    .await;
    assert_eq!(right.status(), 303, "the card and PIN sign her in");
    assert_eq!(status_of(&phone, server.url("/me")).await, 200);

    // A replaced card stops working; five wrong PINs lock the card until a new PIN is set.
    let card = text_of(&f, card_url.clone()).await;
    let reissued = post(
        &f,
        server.url(&format!("/members/{member_id}/card/reissue")),
        &card,
        &[],
    )
    .await;
    assert_eq!(reissued.status(), 303);
    assert_eq!(
        client()
            .get(server.url(&format!("/card/{qr_path}")))
            .send()
            .await
            .unwrap()
            .status(),
        410
    );
    let other = client();
    let blank = text_of(&other, server.url("/sign-in/card")).await;
    for _ in 0..5 {
        let r = post(
            &other,
            server.url("/sign-in/pin"),
            &blank,
            &[("code", &code), ("pin", "1111")],
        )
        .await;
        assert_eq!(r.status(), 401);
    }
    let locked = post(
        &other,
        server.url("/sign-in/pin"),
        &blank,
        &[("code", &code), ("pin", "4821")],
    )
    .await;
    assert_eq!(locked.status(), 429, "locked even with the right PIN");
    let card = text_of(&f, card_url.clone()).await;
    post(
        &f,
        server.url(&format!("/members/{member_id}/pin")),
        &card,
        &[("pin", "5930"), ("pin_again", "5930")],
    )
    .await;
    let open = post(
        &other,
        server.url("/sign-in/pin"),
        &blank,
        &[("code", &code), ("pin", "5930")],
    )
    .await;
    assert_eq!(open.status(), 303, "a new PIN opens the card again");

    let outsider = signed_in(&server, OTHER_FACILITATOR, PASSWORD).await;
    assert_eq!(
        status_of(&outsider, card_url).await,
        404,
        "only her facilitators manage her card"
    );
}
