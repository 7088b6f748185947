//! The demo's knowledge exchange: threads written by hand in four languages
//! (`demo/exchange.toml`), with expert answers, accepted answers and anonymous questions; a
//! reported post and a held one for the moderator; two mentoring pairs and their talk; library
//! files made here (a helplines card, as PDF and as a picture).

use academy_domain::forum::{NewPost, NewThread, PostStatus, Resource, Viewer};
use academy_domain::{Gender, Language, Member, Role, State};
use academy_store::{MemberFilter, Page, Store};
use academy_web::files::Files;
use anyhow::Context;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use super::ACCOUNTS;

const DATA: &str = include_str!("../../demo/exchange.toml");

#[derive(Deserialize)]
struct Data {
    thread: Vec<ThreadData>,
}

#[derive(Deserialize)]
struct ThreadData {
    forum: String,
    title: String,
    author: String,
    #[serde(default)]
    question: bool,
    #[serde(default)]
    anonymous: bool,
    days_ago: i64,
    accepted: Option<usize>,
    body: String,
    #[serde(default)]
    reply: Vec<ReplyData>,
}

#[derive(Deserialize)]
struct ReplyData {
    author: String,
    hours_later: i64,
    body: String,
}

/// The demo account holding `role` (the first one, for facilitators: Jharkhand's).
async fn account(store: &dyn Store, role: Role, nth: usize) -> anyhow::Result<Member> {
    let phone = ACCOUNTS
        .iter()
        .filter(|a| a.0 == role)
        .nth(nth)
        .map(|a| a.1)
        .context("a demo account of this role")?;
    store
        .member_for_sign_in(phone)
        .await?
        .map(|(m, _)| m)
        .context("the demo account exists")
}

/// Finds the authors the data names: the demo accounts, or "member:STATE:GENDER" for some
/// member of that state and gender.
struct Authors {
    fixed: Vec<(&'static str, Member)>,
    rng: StdRng,
}

impl Authors {
    async fn new(store: &dyn Store, rng: StdRng) -> anyhow::Result<Authors> {
        let fixed = vec![
            ("learner", account(store, Role::Learner, 0).await?),
            (
                "facilitator-jh",
                account(store, Role::Facilitator, 0).await?,
            ),
            (
                "facilitator-od",
                account(store, Role::Facilitator, 1).await?,
            ),
            ("author", account(store, Role::Author, 0).await?),
            ("expert", account(store, Role::Expert, 0).await?),
            ("moderator", account(store, Role::Moderator, 0).await?),
            ("manager", account(store, Role::Manager, 0).await?),
        ];
        Ok(Authors { fixed, rng })
    }

    async fn get(&mut self, store: &dyn Store, who: &str) -> anyhow::Result<Member> {
        if let Some((_, m)) = self.fixed.iter().find(|(k, _)| *k == who) {
            return Ok(m.clone());
        }
        let mut parts = who.split(':');
        let (Some("member"), Some(state), Some(gender)) =
            (parts.next(), parts.next(), parts.next())
        else {
            anyhow::bail!("demo/exchange.toml: unknown author {who:?}");
        };
        let filter = MemberFilter {
            state: Some(State::parse("state", state)?),
            gender: Some(Gender::parse("gender", gender)?),
            role: Some(Role::Learner),
            ..MemberFilter::default()
        };
        let found = store
            .list_members(
                &filter,
                Page {
                    offset: 0,
                    limit: 40,
                },
            )
            .await?;
        found
            .items
            .choose(&mut self.rng)
            .cloned()
            .with_context(|| format!("a demo member for {who}"))
    }
}

fn viewer(m: &Member) -> Viewer {
    Viewer {
        member: Some(m.id),
        woman: m.draft.gender == Gender::Woman,
        moderator: m.roles.has(Role::Moderator),
        admin: m.roles.has(Role::Admin),
    }
}

fn post(thread: Uuid, author: &Member, body: &str, at: OffsetDateTime) -> NewPost {
    NewPost {
        id: Uuid::now_v7(),
        thread,
        author: author.id,
        by_expert: author.roles.has(Role::Expert),
        body: academy_domain::forum::body("body", body).unwrap_or_else(|_| body.to_string()),
        image: None,
        status: PostStatus::Shown,
        at,
    }
}

pub async fn load(
    store: &dyn Store,
    files: &Files,
    curriculum: &academy_content::Curriculum,
    rng: StdRng,
) -> anyhow::Result<()> {
    store
        .ensure_module_forums(&academy_web::curriculum::module_forums(curriculum))
        .await?;
    let data: Data = toml::from_str(DATA).context("reading demo/exchange.toml")?;
    let now = OffsetDateTime::now_utc();
    let mut authors = Authors::new(store, rng).await?;
    let learner = authors.get(store, "learner").await?;
    for t in &data.thread {
        let asker = authors.get(store, &t.author).await?;
        let start = now - Duration::days(t.days_ago) - Duration::minutes(37);
        let id = Uuid::now_v7();
        let mut first = post(id, &asker, &t.body, start);
        first.id = id;
        store
            .start_thread(&NewThread {
                id,
                forum: t.forum.clone(),
                title: t.title.clone(),
                author: asker.id,
                question: t.question,
                anonymous: t.anonymous,
                first,
            })
            .await
            .with_context(|| format!("demo thread {:?}", t.title))?;
        let mut replies = Vec::new();
        for r in &t.reply {
            let author = authors.get(store, &r.author).await?;
            let reply = post(id, &author, &r.body, start + Duration::hours(r.hours_later));
            store.reply(&reply).await?;
            replies.push((reply.id, reply.at));
        }
        if let Some((answer, at)) = t.accepted.and_then(|i| replies.get(i)) {
            store
                .accept_answer(id, *answer, &viewer(&asker), *at + Duration::hours(2))
                .await?;
        }
        // The learner has read the older talk; the last few days' is new to her.
        let last = replies.last().map(|r| r.1).unwrap_or(start);
        if t.days_ago > 4 && (t.forum != "women" || learner.draft.gender == Gender::Woman) {
            store.mark_read(learner.id, id, last).await?;
        }
    }
    for_the_moderator(store, &mut authors, now).await?;
    mentoring(store, &mut authors, now).await?;
    library(store, files, &mut authors, now).await?;
    Ok(())
}

/// A reported post and a held one, so that the moderation page has work on it.
async fn for_the_moderator(
    store: &dyn Store,
    authors: &mut Authors,
    now: OffsetDateTime,
) -> anyhow::Result<()> {
    let moderator = authors.get(store, "moderator").await?;
    let facilitator = authors.get(store, "facilitator-jh").await?;
    let lender = authors.get(store, "member:BR:man").await?;
    let id = Uuid::now_v7();
    let at = now - Duration::hours(20);
    store
        .start_thread(&NewThread {
            id,
            forum: "general".into(),
            title: "बिना कागज़ के तुरंत लोन".into(),
            author: lender.id,
            question: false,
            anonymous: false,
            first: NewPost {
                id,
                ..post(
                    id,
                    &lender,
                    "सिर्फ़ आधार दिखाइए, एक दिन में 50,000 का लोन। मुझे फ़ोन कीजिए।",
                    at,
                )
            },
        })
        .await?;
    store
        .report_post(
            id,
            facilitator.id,
            "यह लोन का विज्ञापन है, ऐसे लोन में बहुत ब्याज लगता है। औरतें फँस सकती हैं।",
            at + Duration::hours(1),
        )
        .await?;
    store
        .mute(
            lender.id,
            Some(now + Duration::days(7)),
            moderator.id,
            "Loan adverts in the forum",
            at + Duration::hours(2),
        )
        .await?;
    let newcomer = authors.get(store, "member:UP:woman").await?;
    let held = Uuid::now_v7();
    store
        .start_thread(&NewThread {
            id: held,
            forum: "general".into(),
            title: "नमस्ते, मैं नई हूँ".into(),
            author: newcomer.id,
            question: false,
            anonymous: false,
            first: NewPost {
                id: held,
                status: PostStatus::Held,
                ..post(
                    held,
                    &newcomer,
                    "मैं सोनभद्र से हूँ, पत्थर तोड़ने का काम करती हूँ। यहाँ क्या-क्या सीख सकते हैं?",
                    now - Duration::hours(3),
                )
            },
        })
        .await?;
    Ok(())
}

/// An Association of Female Miners leader mentors the demo learner; both show their progress.
async fn mentoring(
    store: &dyn Store,
    authors: &mut Authors,
    now: OffsetDateTime,
) -> anyhow::Result<()> {
    let manager = authors.get(store, "manager").await?;
    let mentor = authors.get(store, "facilitator-jh").await?;
    let learner = authors.get(store, "learner").await?;
    let pair = store
        .pair_mentor(mentor.id, learner.id, manager.id, now - Duration::days(30))
        .await?;
    store.share_progress(pair, mentor.id, true).await?;
    store.share_progress(pair, learner.id, true).await?;
    let talk = [
        (
            &mentor,
            29,
            "फूलमनी, आज से मैं आपके साथ हूँ। कुछ भी पूछना हो, यहाँ लिख देना।",
        ),
        (&learner, 28, "दीदी, मुझे समूह की बैठक में बोलने में डर लगता है।"),
        (
            &mentor,
            28,
            "पहली बार सबको लगता है। अगली बैठक में बस एक बात बोलना: बचत कितनी हुई। मैं साथ रहूँगी।",
        ),
        (
            &learner,
            9,
            "दीदी, मैंने बैठक में हिसाब पढ़ कर सुनाया! सबने ताली बजाई।",
        ),
        (&mentor, 8, "बहुत बढ़िया! अब नेतृत्व वाला मॉड्यूल भी शुरू करो।"),
    ];
    for (who, days, text) in talk {
        store
            .send_mentor_message(pair, who.id, text, now - Duration::days(days))
            .await?;
    }
    let od_mentor = authors.get(store, "facilitator-od").await?;
    let od_mentee = authors.get(store, "member:OD:woman").await?;
    let pair = store
        .pair_mentor(
            od_mentor.id,
            od_mentee.id,
            manager.id,
            now - Duration::days(12),
        )
        .await?;
    store
        .send_mentor_message(
            pair,
            od_mentor.id,
            "ନମସ୍କାର! ମୁଁ ପ୍ରମିଳା। ଆପଣଙ୍କ ଗାଁରେ SHG ବୈଠକ କେବେ ହୁଏ?",
            now - Duration::days(11),
        )
        .await?;
    Ok(())
}

/// The helplines card every GBV page points to, as a printable PDF and as a picture to share.
async fn library(
    store: &dyn Store,
    files: &Files,
    authors: &mut Authors,
    now: OffsetDateTime,
) -> anyhow::Result<()> {
    let author = authors.get(store, "author").await?;
    let lines: [(&str, bool); 9] = [
        ("मदद के लिए फ़ोन नंबर · Helplines", true),
        ("112  आपातकाल: पुलिस, आग, एम्बुलेंस · Emergency", false),
        ("181  महिला हेल्पलाइन, 24 घंटे (पश्चिम बंगाल में नहीं)", false),
        ("1098  बच्चों के लिए हेल्पलाइन · Child helpline", false),
        ("15100  मुफ़्त कानूनी मदद (NALSA) · Free legal aid", false),
        ("14416  टेली-मानस: मन की बात, 24 घंटे · Tele-MANAS", false),
        ("108  एम्बुलेंस · Ambulance", false),
        ("1930  साइबर ठगी · Cyber fraud", false),
        ("फ़ोन मुफ़्त है। Calls are free.", true),
    ];
    let pdf = academy_web::paper::document((298.0, 420.0), 1, |_, sheet| {
        for (i, (text, bold)) in lines.iter().enumerate() {
            let size = if i == 0 { 14.0 } else { 11.0 };
            sheet.text_fit(20.0, 50.0 + i as f32 * 36.0, size, text, 258.0, *bold);
        }
    })
    .map_err(|e| anyhow::anyhow!("drawing the helplines card: {e}"))?;
    let png = academy_web::paper::render_png(pdf.clone(), 2.0)
        .map_err(|e| anyhow::anyhow!("drawing the helplines card: {e}"))?;
    let items = [
        (
            pdf,
            "मदद के लिए फ़ोन नंबर (छापने के लिए)",
            "हिंसा, दुर्घटना या कानूनी मदद के लिए मुफ़्त नंबर। छाप कर बैठक की जगह पर लगाइए।",
            Some("gender-gbv"),
        ),
        (
            png,
            "मदद के लिए फ़ोन नंबर (फ़ोटो)",
            "यह फ़ोटो WhatsApp पर अपने समूह में भेजिए।",
            Some("gender-gbv"),
        ),
    ];
    for (i, (bytes, title, description, module)) in items.into_iter().enumerate() {
        let found = academy_web::files::sniff(&bytes).context("the card is a PDF or a PNG")?;
        let id = Uuid::now_v7();
        let name = format!("library/{id}.{}", found.extension);
        let size = bytes.len() as i64;
        let sha256 = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        files
            .put(&name, bytes)
            .await
            .map_err(|e| anyhow::anyhow!("storing a demo library file: {e}"))?;
        store
            .add_resource(&Resource {
                id,
                title: title.into(),
                description: description.into(),
                language: Language::Hi,
                module: module.map(String::from),
                kind: found.kind,
                content_type: found.content_type.into(),
                size,
                sha256,
                file: name,
                uploaded_by: author.id,
                uploaded_by_name: author.draft.full_name.clone(),
                created_at: now - Duration::days(20 - i as i64),
                hidden: false,
            })
            .await?;
    }
    Ok(())
}

/// `n` more posts, in threads of one to eight, written in bulk: the volume the search budget is
/// measured at. Their sentences come from the hand-written threads, mixed, so the index holds
/// the same four languages and words; authors are demo members; dates spread over two years.
pub async fn bulk(store: &dyn Store, n: usize, rng: &mut StdRng) -> anyhow::Result<()> {
    use rand::Rng;
    let data: Data = toml::from_str(DATA).context("reading demo/exchange.toml")?;
    let sentences: Vec<&str> = data
        .thread
        .iter()
        .flat_map(|t| {
            std::iter::once(t.body.as_str()).chain(t.reply.iter().map(|r| r.body.as_str()))
        })
        .flat_map(|body| body.split(['।', '.', '?', '\n']))
        .map(str::trim)
        .filter(|s| s.chars().count() > 12 && !s.starts_with('>'))
        .collect();
    let forums: Vec<&str> = data.thread.iter().map(|t| t.forum.as_str()).collect();
    let people = store
        .list_members(
            &MemberFilter::default(),
            Page {
                offset: 0,
                limit: 5_000,
            },
        )
        .await?
        .items;
    anyhow::ensure!(
        !people.is_empty() && !sentences.is_empty(),
        "the demo has no members or texts"
    );
    let now = OffsetDateTime::now_utc();
    let mut written = 0;
    let mut batch = Vec::new();
    while written < n {
        let size = rng.gen_range(1..=8).min(n - written);
        let id = Uuid::now_v7();
        let start = now - Duration::minutes(rng.gen_range(60..2 * 365 * 24 * 60));
        let text = |rng: &mut StdRng| {
            (0..rng.gen_range(1..=4))
                .map(|_| *sentences.choose(rng).unwrap_or(&""))
                .collect::<Vec<_>>()
                .join("। ")
        };
        let asker = people.choose(rng).context("a member")?;
        let title: String = text(rng).chars().take(90).collect();
        let mut first = post(id, asker, &text(rng), start);
        first.id = id;
        let replies = (1..size)
            .map(|i| {
                let author = people.choose(rng).unwrap_or(asker);
                post(
                    id,
                    author,
                    &text(rng),
                    start + Duration::hours(i as i64 * 3),
                )
            })
            .collect();
        batch.push((
            NewThread {
                id,
                forum: forums.choose(rng).unwrap_or(&"general").to_string(),
                title,
                author: asker.id,
                question: rng.gen_bool(0.5),
                anonymous: false,
                first,
            },
            replies,
        ));
        written += size;
        if batch.len() == 2_000 || written >= n {
            store.import_threads(&batch).await?;
            batch.clear();
        }
    }
    tracing::info!(posts = written, "demo forum posts written in bulk");
    Ok(())
}
