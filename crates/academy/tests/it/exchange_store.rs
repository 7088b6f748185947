//! The knowledge exchange's storage, on SQLite and on PostgreSQL: threads and answers,
//! notices, what each viewer may see, moderation, search in four languages, the library and
//! mentoring.

use academy_domain::forum::{
    NewPost, NewThread, NoticeKind, PostStatus, Resource, ResourceKind, Viewer,
};
use academy_domain::search::terms;
use academy_domain::{Gender, Language, Member, MemberDraft, MemberInput, Role, Roles};
use academy_store::exchange::{DocKind, LessonDoc, Moderation, ResourceFilter, SearchQuery};
use academy_store::{Page, Store, StoreError};
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use crate::on_both_databases;

const FIRST: Page = Page {
    offset: 0,
    limit: 50,
};

async fn member(store: &dyn Store, name: &str, gender: &str, roles: &[Role]) -> Member {
    let input = MemberInput {
        full_name: name.into(),
        phone: String::new(),
        gender: gender.into(),
        birth_year: "1985".into(),
        state: "JH".into(),
        district: "Koderma".into(),
        village: "Domchanch".into(),
        stakeholder_type: "miner".into(),
        preferred_language: "hi".into(),
    };
    let draft = MemberDraft::check(&input, 2026).expect("a valid member");
    let roles: Roles = roles.iter().copied().chain([Role::Learner]).collect();
    store.create_member(&draft, roles).await.expect("created")
}

fn viewer(m: &Member) -> Viewer {
    Viewer {
        member: Some(m.id),
        woman: m.draft.gender == Gender::Woman,
        moderator: m.roles.has(Role::Moderator),
        admin: m.roles.has(Role::Admin),
    }
}

fn post(thread: Uuid, id: Uuid, author: &Member, body: &str, minutes: i64) -> NewPost {
    NewPost {
        id,
        thread,
        author: author.id,
        by_expert: author.roles.has(Role::Expert),
        body: body.into(),
        image: None,
        status: PostStatus::Shown,
        at: OffsetDateTime::now_utc() - Duration::hours(2) + Duration::minutes(minutes),
    }
}

fn thread(forum: &str, title: &str, author: &Member, body: &str, question: bool) -> NewThread {
    let id = Uuid::now_v7();
    NewThread {
        id,
        forum: forum.into(),
        title: title.into(),
        author: author.id,
        question,
        anonymous: false,
        first: post(id, id, author, body, 0),
    }
}

async fn search(store: &dyn Store, q: &str, who: Viewer) -> Vec<String> {
    let hits = store
        .search(&SearchQuery {
            terms: terms(q),
            viewer: who,
            kind: None,
            page: FIRST,
        })
        .await
        .expect("search");
    hits.items.into_iter().map(|h| h.reference).collect()
}

on_both_databases! {
    async fn a_question_is_answered_by_an_expert_and_accepted(store) {
        store
            .ensure_module_forums(&[("health-safety".into(), false), ("gender-gbv".into(), true)])
            .await
            .unwrap();
        let asker = member(store, "सुनीता मुर्मू", "woman", &[]).await;
        let expert = member(store, "Dr. Ramesh Prasad", "man", &[Role::Expert]).await;
        let other = member(store, "Asha Devi", "woman", &[]).await;
        let q = thread(
            "health-safety",
            "खदान में सुरक्षा के लिए क्या पहनें?",
            &asker,
            "धूल बहुत है।",
            true,
        );
        store.start_thread(&q).await.unwrap();
        let unanswered = store.unanswered(&viewer(&expert), FIRST).await.unwrap();
        assert_eq!(unanswered.items.len(), 1);
        assert!(unanswered.items[0].question && !unanswered.items[0].answered);

        // Another member replies and names the expert; then the expert answers in English.
        let mention = format!("Ask @{} please", expert.code.as_str());
        store.reply(&post(q.id, Uuid::now_v7(), &other, &mention, 5)).await.unwrap();
        let answer_id = Uuid::now_v7();
        store
            .reply(&post(q.id, answer_id, &expert, "Wear an N95 mask and wet the rock before drilling.", 10))
            .await
            .unwrap();
        assert!(store.unanswered(&viewer(&expert), FIRST).await.unwrap().items.is_empty());

        let kinds: Vec<NoticeKind> = store.notices(asker.id, 10).await.unwrap().iter().map(|n| n.kind).collect();
        assert_eq!(kinds, [NoticeKind::Answer, NoticeKind::Reply]);
        let told = store.notices(expert.id, 10).await.unwrap();
        assert_eq!(told.len(), 1);
        assert_eq!(told[0].kind, NoticeKind::Mention);
        assert_eq!(told[0].actor_name.as_deref(), Some("Asha Devi"));
        assert_eq!(store.unread_notices(asker.id).await.unwrap(), 2);

        // Only the asker (or a moderator) accepts.
        let err = store.accept_answer(q.id, answer_id, &viewer(&other), OffsetDateTime::now_utc()).await;
        assert!(matches!(err, Err(StoreError::NotFound)));
        store.accept_answer(q.id, answer_id, &viewer(&asker), OffsetDateTime::now_utc()).await.unwrap();
        let (t, posts) = store.thread(q.id, &viewer(&other)).await.unwrap();
        assert!(t.summary.accepted && t.summary.answered);
        assert_eq!(t.summary.replies, 2);
        assert_eq!(posts[1].id, answer_id, "the accepted answer comes right after the question");
        assert!(posts[1].by_expert);
        assert_eq!(store.notices(expert.id, 10).await.unwrap()[0].kind, NoticeKind::Accepted);

        // Unread until read; a new reply makes it unread again.
        let list = store.threads("health-safety", &viewer(&other), FIRST).await.unwrap();
        assert!(list.items[0].unread);
        store.mark_read(other.id, q.id, OffsetDateTime::now_utc()).await.unwrap();
        let list = store.threads("health-safety", &viewer(&other), FIRST).await.unwrap();
        assert!(!list.items[0].unread);
        let forums = store.forums(&viewer(&other)).await.unwrap();
        let health = forums.iter().find(|f| f.forum.id == "health-safety").unwrap();
        assert_eq!((health.threads, health.unread), (1, 0));
        assert!(health.last_post_at.is_some());
    }

    async fn women_only_forums_hidden_posts_and_anonymous_questions(store) {
        store.ensure_module_forums(&[("gender-gbv".into(), true)]).await.unwrap();
        let woman = member(store, "Lakshmi Hansda", "woman", &[]).await;
        let man = member(store, "Mohan Das", "man", &[]).await;
        let moderator = member(store, "Rekha Tudu", "man", &[Role::Moderator]).await;
        let admin = member(store, "Admin", "man", &[Role::Admin]).await;

        let circle = thread("women", "Wages at the crusher", &woman, "We are paid less than men.", false);
        store.start_thread(&circle).await.unwrap();
        assert!(store.thread(circle.id, &viewer(&man)).await.is_err());
        assert!(store.forums(&viewer(&man)).await.unwrap().iter().all(|f| f.forum.id != "women"));
        assert!(store.thread(circle.id, &viewer(&moderator)).await.is_ok());
        assert!(search(store, "wages", viewer(&man)).await.is_empty());
        assert_eq!(search(store, "wages", viewer(&woman)).await.len(), 1);

        // An anonymous question: nobody sees the name, moderators included, until an admin
        // lifts it with a reason.
        let mut secret = thread("gender-gbv", "Where can I get help?", &woman, "My husband hits me.", true);
        secret.anonymous = true;
        store.start_thread(&secret).await.unwrap();
        for who in [&man, &moderator, &admin] {
            let (t, posts) = store.thread(secret.id, &viewer(who)).await.unwrap();
            assert_eq!(t.summary.author_name, None);
            assert_eq!(posts[0].author_name, None);
            assert_eq!(posts[0].author, Uuid::nil());
        }
        let (mine, _) = store.thread(secret.id, &viewer(&woman)).await.unwrap();
        assert_eq!(mine.summary.author_name.as_deref(), Some("Lakshmi Hansda"));
        store.reveal_author(secret.id, admin.id, "court order 12/2026", OffsetDateTime::now_utc()).await.unwrap();
        let (t, _) = store.thread(secret.id, &viewer(&moderator)).await.unwrap();
        assert_eq!(t.summary.author_name.as_deref(), Some("Lakshmi Hansda"));
        let (t, _) = store.thread(secret.id, &viewer(&man)).await.unwrap();
        assert_eq!(t.summary.author_name, None, "lifting is for moderators only");
        let log = store.audit_log(Some(&format!("thread:{}", secret.id)), 5).await.unwrap();
        assert_eq!(log[0].action, "forum.reveal");
        assert_eq!(log[0].detail, "court order 12/2026");

        // A reported post is hidden, then restored; each step is in the audit log.
        let reply_id = Uuid::now_v7();
        store.reply(&post(circle.id, reply_id, &woman, "Spam spam spam", 3)).await.unwrap();
        store.report_post(reply_id, moderator.id, "advertising", OffsetDateTime::now_utc()).await.unwrap();
        let queue = store.moderation_queue().await.unwrap();
        assert_eq!(queue.len(), 1);
        assert_eq!(queue[0].reasons, ["advertising"]);
        store.moderate(reply_id, Moderation::Hide, moderator.id, "advertising", OffsetDateTime::now_utc()).await.unwrap();
        assert!(store.moderation_queue().await.unwrap().is_empty());
        let (t, posts) = store.thread(circle.id, &viewer(&woman)).await.unwrap();
        assert_eq!((t.summary.replies, posts.len()), (0, 2), "the author still sees her hidden post");
        let (_, posts) = store.thread(circle.id, &viewer(&Member { id: Uuid::now_v7(), ..woman.clone() })).await.unwrap();
        assert_eq!(posts.len(), 1);
        assert!(search(store, "spam", viewer(&woman)).await.is_empty());
        store.moderate(reply_id, Moderation::Restore, moderator.id, "was fine", OffsetDateTime::now_utc()).await.unwrap();
        assert_eq!(search(store, "spam", viewer(&woman)).await.len(), 1);
        let log = store.audit_log(Some(&format!("post:{reply_id}")), 5).await.unwrap();
        let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
        assert_eq!(actions, ["forum.restore", "forum.hide"]);
        assert_eq!(log[1].detail, "shown → hidden: advertising");

        // A held first post is seen by its author and moderators only, until approved.
        let held = {
            let mut t = thread("general", "First post", &man, "Hello everyone", false);
            t.first.status = PostStatus::Held;
            t
        };
        store.start_thread(&held).await.unwrap();
        assert!(store.thread(held.id, &viewer(&woman)).await.is_err());
        assert!(store.thread(held.id, &viewer(&man)).await.is_ok());
        assert_eq!(store.moderation_queue().await.unwrap().len(), 1);
        assert!(search(store, "hello", viewer(&woman)).await.is_empty());
        store.moderate(held.id, Moderation::Approve, moderator.id, "", OffsetDateTime::now_utc()).await.unwrap();
        assert!(store.thread(held.id, &viewer(&woman)).await.is_ok());
        assert_eq!(search(store, "hello", viewer(&woman)).await.len(), 1);
        assert_eq!(store.shown_posts_by(man.id).await.unwrap(), 1);

        // The setting that holds first posts is changed with an audit entry.
        store.set_forum_setting("forum.hold_first_posts", "on", moderator.id, OffsetDateTime::now_utc()).await.unwrap();
        assert_eq!(store.setting("forum.hold_first_posts").await.unwrap().as_deref(), Some("on"));
        let log = store.audit_log(Some("setting:forum.hold_first_posts"), 5).await.unwrap();
        assert_eq!(log[0].detail, "- → on");
        // Muting, with and without an end.
        let now = OffsetDateTime::now_utc();
        store.mute(man.id, Some(now + Duration::days(7)), moderator.id, "insults", now).await.unwrap();
        assert!(store.muted(man.id, now).await.unwrap().is_some());
        assert!(store.muted(man.id, now + Duration::days(8)).await.unwrap().is_none());
        store.unmute(man.id, moderator.id, now).await.unwrap();
        assert!(store.mutes(now).await.unwrap().is_empty());
    }

    async fn search_finds_lessons_and_posts_across_scripts(store) {
        let lessons = [
            ("hi", "खदान में सुरक्षा", "सुरक्षा के अधिकार: हर मजदूर को सुरक्षा उपकरण मिलने चाहिए।"),
            ("or", "ଖଣିରେ ସୁରକ୍ଷା", "ସୁରକ୍ଷା ଉପକରଣ ପ୍ରତ୍ୟେକ ଶ୍ରମିକଙ୍କ ଅଧିକାର।"),
            ("bn", "খনিতে সুরক্ষা", "প্রত্যেক শ্রমিকের সুরক্ষা সরঞ্জাম পাওয়ার অধিকার আছে।"),
            ("en", "Safety at the mine", "Every worker has a right to safety equipment."),
        ];
        let docs: Vec<LessonDoc> = lessons
            .iter()
            .map(|(lang, title, text)| LessonDoc {
                module: "health-safety".into(),
                lesson: "safety-rights".into(),
                language: Language::parse("l", lang).unwrap(),
                title: title.to_string(),
                text: text.to_string(),
            })
            .collect();
        assert!(store.index_lessons(3, &docs).await.unwrap());
        assert!(!store.index_lessons(3, &docs).await.unwrap(), "the same version is indexed once");
        let woman = member(store, "Sunita", "woman", &[]).await;
        let q = thread("general", "सुरक्षा जूते कहाँ मिलेंगे?", &woman, "बाज़ार में नहीं मिलते।", true);
        store.start_thread(&q).await.unwrap();
        let anyone = Viewer { member: Some(Uuid::now_v7()), ..Viewer::default() };
        assert!(!search(store, "सुरक्षा", Viewer::default()).await.iter().any(|r| r.starts_with("post:")), "posts are for members");

        let found = search(store, "सुरक्षा", anyone).await;
        assert!(found.contains(&format!("post:{}", q.id)), "{found:?}");
        for lang in ["hi", "or", "bn"] {
            assert!(found.contains(&format!("lesson:health-safety/safety-rights:{lang}")), "{found:?}");
        }
        assert!(!found.iter().any(|r| r.ends_with(":en")));
        let found = search(store, "ସୁରକ୍ଷା", anyone).await;
        assert!(found.contains(&format!("post:{}", q.id)), "{found:?}");
        // A word is matched whole or by its start, never by a piece cut at a vowel sign.
        assert!(search(store, "रक्षा", anyone).await.is_empty());
        assert_eq!(search(store, "safe", anyone).await, ["lesson:health-safety/safety-rights:en"]);
        assert!(search(store, "बाजार", anyone).await.len() == 1, "nukta folded away");
        // Titles rank above bodies.
        let found = search(store, "खदान", anyone).await;
        assert_eq!(found[0], "lesson:health-safety/safety-rights:hi");
        let only_posts = store
            .search(&SearchQuery { terms: terms("सुरक्षा"), viewer: anyone, kind: Some(DocKind::Post), page: FIRST })
            .await
            .unwrap();
        assert_eq!(only_posts.total, 1);
        assert!(only_posts.items[0].link.starts_with("/threads/"));
        // A newer curriculum replaces the lessons.
        assert!(store.index_lessons(4, &docs[..1]).await.unwrap());
        assert_eq!(search(store, "safety", anyone).await.len(), 0);
        // Threads brought in as history are counted and indexed, and tell nobody.
        let old = thread("general", "पुराना सवाल: पानी", &woman, "कुएँ का पानी गंदा है", true);
        let replies: Vec<NewPost> = (1..=3)
            .map(|i| post(old.id, Uuid::now_v7(), &woman, &format!("जवाब {i} पानी"), i * 10))
            .collect();
        store.import_threads(&[(old.clone(), replies)]).await.unwrap();
        let (t, posts) = store.thread(old.id, &anyone).await.unwrap();
        assert_eq!((t.summary.replies, posts.len()), (3, 4));
        assert_eq!(search(store, "पानी", anyone).await.len(), 4);
        assert!(store.notices(woman.id, 10).await.unwrap().is_empty());
        // A word nearly every post has: counted up to the cap, shown newest first.
        let many: Vec<(NewThread, Vec<NewPost>)> = (0..300)
            .map(|i| {
                let t = thread("general", &format!("चाय {i}"), &woman, "चाय की बात", false);
                let replies = (1..=6).map(|j| post(t.id, Uuid::now_v7(), &woman, "चाय पी लो", i + j)).collect();
                (t, replies)
            })
            .collect();
        store.import_threads(&many).await.unwrap();
        let hits = store
            .search(&SearchQuery { terms: terms("चाय"), viewer: anyone, kind: None, page: FIRST })
            .await
            .unwrap();
        assert_eq!(hits.total, academy_store::exchange::SEARCH_COUNT_CAP + 1);
        let last = &many.last().unwrap().1.last().unwrap().id;
        assert_eq!(hits.items[0].reference, format!("post:{last}"), "the newest first");
        // Quotes and operators in a query are only text.
        assert!(search(store, "\" OR * ( NEAR", anyone).await.is_empty());
    }

    async fn the_library_and_mentoring(store) {
        let author = member(store, "Priya Kumari", "woman", &[Role::Facilitator]).await;
        let manager = member(store, "Manager", "man", &[Role::Manager]).await;
        let file = Resource {
            id: Uuid::now_v7(),
            title: "सिलिकोसिस से बचाव".into(),
            description: "गीली ड्रिलिंग पर पोस्टर".into(),
            language: Language::Hi,
            module: Some("health-safety".into()),
            kind: ResourceKind::Image,
            content_type: "image/png".into(),
            size: 1234,
            sha256: "ab".repeat(32),
            file: "library/x.png".into(),
            uploaded_by: author.id,
            uploaded_by_name: String::new(),
            created_at: OffsetDateTime::now_utc(),
            hidden: false,
        };
        store.add_resource(&file).await.unwrap();
        let list = store.resources(&ResourceFilter { module: Some("health-safety".into()), ..Default::default() }, FIRST).await.unwrap();
        assert_eq!(list.total, 1);
        assert_eq!(list.items[0].uploaded_by_name, "Priya Kumari");
        assert_eq!(search(store, "सिलिकोसिस", Viewer::default()).await, [format!("resource:{}", file.id)]);
        store.set_resource_hidden(file.id, true, manager.id, OffsetDateTime::now_utc()).await.unwrap();
        assert!(search(store, "सिलिकोसिस", Viewer::default()).await.is_empty());
        assert_eq!(store.resources(&ResourceFilter::default(), FIRST).await.unwrap().total, 0);

        let mentor = member(store, "Savitri Devi", "woman", &[]).await;
        let mentee = member(store, "Rani Kumari", "woman", &[]).await;
        let now = OffsetDateTime::now_utc();
        let pair = store.pair_mentor(mentor.id, mentee.id, manager.id, now).await.unwrap();
        assert!(matches!(store.pair_mentor(mentor.id, mentee.id, manager.id, now).await, Err(StoreError::Conflict("mentee"))));
        assert!(matches!(store.pair_mentor(mentor.id, mentor.id, manager.id, now).await, Err(StoreError::Conflict("mentee"))));
        store.share_progress(pair, mentor.id, true).await.unwrap();
        assert!(!store.mentor_pair(pair).await.unwrap().shares_progress(), "both must agree");
        store.share_progress(pair, mentee.id, true).await.unwrap();
        assert!(store.mentor_pair(pair).await.unwrap().shares_progress());
        assert!(store.share_progress(pair, manager.id, true).await.is_err());
        store.send_mentor_message(pair, mentee.id, "दीदी, बैठक कब है?", now).await.unwrap();
        assert!(store.send_mentor_message(pair, manager.id, "hi", now).await.is_err());
        assert_eq!(store.mentor_messages(pair).await.unwrap().len(), 1);
        assert_eq!(store.notices(mentor.id, 5).await.unwrap()[0].kind, NoticeKind::Message);
        assert_eq!(store.mentor_pairs(Some(mentee.id)).await.unwrap().len(), 1);
        store.end_pair(pair, manager.id, now).await.unwrap();
        assert!(store.mentor_pairs(None).await.unwrap().is_empty());
    }
}
