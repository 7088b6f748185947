//! The storage suite: one set of stories, run on SQLite and on PostgreSQL.

use academy_domain::{
    Activity, Gender, Language, MemberCode, MemberDraft, MemberInput, OrgKind, OrgRole,
    OrganisationDraft, Outcome, Phone, Role, Roles, StakeholderType, State, Statement, TestKind,
    Verb,
};
use academy_store::{
    CompletionRule, Dimension, ImportRow, MemberFilter, OrganisationFilter, Page, ReportFilter,
    SessionRecord, StoreError,
};
use futures_util::StreamExt;
use time::{Duration, OffsetDateTime};

use crate::on_both_databases;

fn draft(name: &str, phone: Option<&str>, state: &str) -> MemberDraft {
    let input = MemberInput {
        full_name: name.into(),
        phone: phone.unwrap_or("").into(),
        gender: "woman".into(),
        birth_year: "1990".into(),
        state: state.into(),
        district: "Koderma".into(),
        village: "Domchanch".into(),
        stakeholder_type: "miner".into(),
        preferred_language: "hi".into(),
    };
    MemberDraft::check(&input, 2026).expect("a valid member")
}

fn org(name: &str) -> OrganisationDraft {
    OrganisationDraft {
        name: name.into(),
        kind: OrgKind::Shg,
        state: State::parse("s", "JH").unwrap(),
        district: Some("Koderma".into()),
        village: None,
    }
}

const ALL: Page = Page {
    offset: 0,
    limit: 100,
};

fn said(actor: uuid::Uuid, verb: Verb, object: Activity, minutes: i64) -> Statement {
    Statement {
        id: uuid::Uuid::now_v7(),
        actor,
        verb,
        object,
        parent: None,
        outcome: Outcome::default(),
        lang: Language::Hi,
        facilitated: false,
        at: OffsetDateTime::now_utc() - Duration::hours(1) + Duration::minutes(minutes),
    }
}

fn lesson(l: &str) -> Activity {
    Activity::Lesson {
        module: "health-safety".into(),
        lesson: l.into(),
    }
}

fn test_attempt(
    actor: uuid::Uuid,
    test: TestKind,
    score: i64,
    passed: bool,
    minutes: i64,
) -> Statement {
    let verb = match (&test, passed) {
        (TestKind::Pre, _) => Verb::Attempted,
        (_, true) => Verb::Passed,
        (_, false) => Verb::Failed,
    };
    let mut st = said(
        actor,
        verb,
        Activity::Test {
            module: "health-safety".into(),
            test,
        },
        minutes,
    );
    st.outcome = Outcome {
        score: Some(score),
        max_score: Some(10),
        success: Some(passed),
        response: None,
    };
    st
}

/// Believable learning of one member in `modules`: a first test (sometimes two), lessons
/// opened and mostly done, and up to two final tests, some passed.
fn random_learning(
    rng: &mut impl rand::Rng,
    actor: uuid::Uuid,
    now: OffsetDateTime,
    modules: &[&str],
    lessons: &[&str],
) -> Vec<Statement> {
    let mut all = Vec::new();
    for module in modules {
        if rng.gen_bool(0.3) {
            continue;
        }
        let mut at = now - Duration::days(rng.gen_range(0..200));
        let mut say = |verb: Verb, object: Activity, score: Option<i64>, at: OffsetDateTime| {
            let mut st = said(actor, verb, object, 0);
            st.at = at;
            if let Some(s) = score {
                st.outcome = Outcome {
                    score: Some(s),
                    max_score: Some(10),
                    success: Some(s >= 6),
                    response: None,
                };
            }
            all.push(st);
        };
        let test = |t: TestKind| Activity::Test {
            module: module.to_string(),
            test: t,
        };
        if rng.gen_bool(0.8) {
            say(
                Verb::Attempted,
                test(TestKind::Pre),
                Some(rng.gen_range(0..=10)),
                at,
            );
            if rng.gen_bool(0.3) {
                // A second pre-test: only the first counts.
                say(
                    Verb::Attempted,
                    test(TestKind::Pre),
                    Some(rng.gen_range(0..=10)),
                    at + Duration::hours(1),
                );
            }
        }
        for l in lessons {
            at += Duration::hours(rng.gen_range(1..48));
            let object = Activity::Lesson {
                module: module.to_string(),
                lesson: l.to_string(),
            };
            say(Verb::Experienced, object.clone(), None, at);
            if rng.gen_bool(0.7) {
                say(Verb::Completed, object, None, at + Duration::minutes(10));
            }
        }
        for _ in 0..rng.gen_range(0..3) {
            at += Duration::hours(rng.gen_range(1..48));
            let score = rng.gen_range(0..=10);
            say(
                if score >= 6 {
                    Verb::Passed
                } else {
                    Verb::Failed
                },
                test(TestKind::Post),
                Some(score),
                at,
            );
        }
    }
    all
}

on_both_databases! {
    async fn creating_members_assigns_the_next_code_of_their_state(store) {
        let a = store.create_member(&draft("प्रियंका मुर्मू", Some("9876543210"), "JH"), Roles::learner()).await.unwrap();
        let b = store.create_member(&draft("Sabita Majhi", None, "JH"), Roles::learner()).await.unwrap();
        let c = store.create_member(&draft("ପ୍ରିୟଙ୍କା ମୁର୍ମୁ", None, "OD"), Roles::learner()).await.unwrap();
        assert_eq!(a.code.as_str(), "JH-0000001");
        assert_eq!(b.code.as_str(), "JH-0000002");
        assert_eq!(c.code.as_str(), "OD-0000001");
        let again = store.member(a.id).await.unwrap();
        assert_eq!(again.draft, a.draft, "what is read back is what was written");
        assert_eq!(store.member_by_code(&b.code).await.unwrap().id, b.id);
        assert!(a.id < b.id, "UUIDv7 ids follow creation order");
    }

    async fn a_phone_number_belongs_to_one_member_only(store) {
        store.create_member(&draft("Sunita Devi", Some("9876543210"), "JH"), Roles::learner()).await.unwrap();
        let second = store.create_member(&draft("Anita Devi", Some("+91 98765 43210"), "BR"), Roles::learner()).await;
        assert!(matches!(second, Err(StoreError::Conflict("phone"))), "{second:?}");
        assert_eq!(store.count_members().await.unwrap(), 1);
    }

    async fn sign_in_finds_a_member_by_phone_or_code_with_the_password_hash(store) {
        let m = store.create_member(&draft("Sunita Devi", Some("9876543210"), "JH"), Roles::learner()).await.unwrap();
        store.set_password_hash(m.id, "$argon2id$stored").await.unwrap();
        for login in ["98765 43210", "+919876543210", "jh-0000001"] {
            let (found, hash) = store.member_for_sign_in(login).await.unwrap().expect(login);
            assert_eq!(found.id, m.id);
            assert_eq!(hash.as_deref(), Some("$argon2id$stored"));
        }
        assert!(store.member_for_sign_in("9999999999").await.unwrap().is_none());
        assert!(store.member_for_sign_in("'; DROP TABLE members; --").await.unwrap().is_none());
    }

    async fn filters_combine_and_search_finds_names_phones_and_codes(store) {
        let mut man = draft("Ramesh Yadav", Some("9123456789"), "BR");
        man.gender = Gender::Man;
        man.stakeholder = StakeholderType::ValueChainAgent;
        let man = store.create_member(&man, Roles::learner()).await.unwrap();
        let woman = store.create_member(&draft("सुनीता हेम्ब्रम", Some("9876543210"), "JH"), Roles::learner().with(Role::Facilitator)).await.unwrap();
        let shg = store.create_organisation(&org("Maa Durga Mahila SHG")).await.unwrap();
        store.join_organisation(shg.id, woman.id, OrgRole::Leader).await.unwrap();

        let find = |f: MemberFilter| async move { store.list_members(&f, ALL).await.unwrap() };
        let women = find(MemberFilter { gender: Some(Gender::Woman), ..Default::default() }).await;
        assert_eq!((women.total, women.items[0].id), (1, woman.id));
        let none = find(MemberFilter { gender: Some(Gender::Woman), state: State::parse("s", "BR").ok(), ..Default::default() }).await;
        assert_eq!(none.total, 0, "filters combine with AND");
        let facilitators = find(MemberFilter { role: Some(Role::Facilitator), ..Default::default() }).await;
        assert_eq!(facilitators.total, 1);
        let in_shg = find(MemberFilter { organisation: Some(shg.id), ..Default::default() }).await;
        assert_eq!(in_shg.items[0].id, woman.id);
        let agents = find(MemberFilter { stakeholder: Some(StakeholderType::ValueChainAgent), district: Some("Koderma".into()), ..Default::default() }).await;
        assert_eq!(agents.items[0].id, man.id);
        for (query, expected) in [("सुनीता", woman.id), ("ramesh", man.id), ("98765 432", woman.id), ("br-0000001", man.id)] {
            let found = find(MemberFilter { query: Some(query.into()), ..Default::default() }).await;
            assert_eq!(found.items.iter().map(|m| m.id).collect::<Vec<_>>(), vec![expected], "search {query}");
        }
        let literal = find(MemberFilter { query: Some("%".into()), ..Default::default() }).await;
        assert_eq!(literal.total, 0, "% is matched literally, not as a wildcard");
    }

    async fn lists_are_paged_newest_first(store) {
        for i in 0..7 {
            store.create_member(&draft(&format!("Member {i}"), None, "UP"), Roles::learner()).await.unwrap();
        }
        let page = store.list_members(&MemberFilter::default(), Page { offset: 5, limit: 5 }).await.unwrap();
        assert_eq!(page.total, 7);
        let names: Vec<_> = page.items.iter().map(|m| m.draft.full_name.as_str()).collect();
        assert_eq!(names, ["Member 1", "Member 0"]);
    }

    async fn an_import_writes_every_row_or_none(store) {
        store.create_member(&draft("Existing", Some("9876543210"), "JH"), Roles::learner()).await.unwrap();
        let rows = vec![
            ImportRow { code: None, draft: draft("New One", Some("9000000011"), "JH"), organisations: vec!["Jharia Coal Women".into()] },
            ImportRow { code: None, draft: draft("Clash", Some("9876543210"), "JH"), organisations: vec![] },
        ];
        let result = store.import_members(&rows).await;
        assert!(matches!(result, Err(StoreError::Conflict("phone"))), "{result:?}");
        assert_eq!(store.count_members().await.unwrap(), 1, "nothing of the file was written");
        let orgs = store.list_organisations(&OrganisationFilter::default(), ALL).await.unwrap();
        assert_eq!(orgs.total, 0, "not even its organisations");
        let next = store.create_member(&draft("After", None, "JH"), Roles::learner()).await.unwrap();
        assert_eq!(next.code.as_str(), "JH-0000002", "no member numbers were used up");
    }

    async fn an_import_updates_known_codes_creates_the_rest_and_their_organisations(store) {
        let known = store.create_member(&draft("Old Name", None, "JH"), Roles::learner().with(Role::Facilitator)).await.unwrap();
        let rows = vec![
            ImportRow { code: Some(known.code.clone()), draft: draft("New Name", Some("9000000011"), "JH"), organisations: vec!["Maa Durga SHG".into()] },
            ImportRow { code: Some(MemberCode::parse("c", "JH-0000500").unwrap()), draft: draft("Given Code", None, "JH"), organisations: vec!["maa durga shg".into(), "AFM Koderma".into()] },
            ImportRow { code: None, draft: draft("No Code", None, "JH"), organisations: vec![] },
        ];
        let summary = store.import_members(&rows).await.unwrap();
        assert_eq!((summary.created, summary.updated, summary.organisations_created), (2, 1, 2));
        let updated = store.member(known.id).await.unwrap();
        assert_eq!(updated.draft.full_name, "New Name");
        assert!(updated.roles.has(Role::Facilitator), "an import keeps roles");
        let no_code = store.list_members(&MemberFilter { query: Some("No Code".into()), ..Default::default() }, ALL).await.unwrap();
        assert_eq!(no_code.items[0].code.as_str(), "JH-0000501", "numbers continue after a given code");
        let orgs = store.list_organisations(&OrganisationFilter { query: Some("durga".into()), ..Default::default() }, ALL).await.unwrap();
        assert_eq!((orgs.total, orgs.items[0].members), (1, 2), "names match whatever their case");
    }

    async fn an_export_streams_every_member_with_their_organisations(store) {
        let m = store.create_member(&draft("प्रियंका मुर्मू", Some("9876543210"), "JH"), Roles::learner()).await.unwrap();
        store.create_member(&draft("Alone", None, "BR"), Roles::learner()).await.unwrap();
        for name in ["Zinnia SHG", "Asha SHG"] {
            let o = store.create_organisation(&org(name)).await.unwrap();
            store.join_organisation(o.id, m.id, OrgRole::Member).await.unwrap();
        }
        let rows: Vec<_> = store.export_members().collect::<Vec<_>>().await.into_iter().collect::<Result<_, _>>().unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].member.code.as_str(), "BR-0000001", "in code order");
        assert_eq!(rows[0].organisations, "");
        let mut orgs: Vec<_> = rows[1].organisations.split("; ").collect();
        orgs.sort();
        assert_eq!(orgs, ["Asha SHG", "Zinnia SHG"]);
    }

    async fn organisation_names_are_unique_whatever_their_case(store) {
        store.create_organisation(&org("Maa Durga SHG")).await.unwrap();
        let again = store.create_organisation(&org("MAA DURGA shg")).await;
        assert!(matches!(again, Err(StoreError::Conflict("name"))), "{again:?}");
    }

    async fn organisations_list_their_members_leaders_first(store) {
        let shg = store.create_organisation(&org("Sakhi Mandal")).await.unwrap();
        let a = store.create_member(&draft("Asha", None, "JH"), Roles::learner()).await.unwrap();
        let b = store.create_member(&draft("Bimla", None, "JH"), Roles::learner()).await.unwrap();
        store.join_organisation(shg.id, a.id, OrgRole::Member).await.unwrap();
        store.join_organisation(shg.id, b.id, OrgRole::Leader).await.unwrap();
        let members = store.organisation_members(shg.id, ALL).await.unwrap();
        let order: Vec<_> = members.items.iter().map(|(m, r)| (m.id, *r)).collect();
        assert_eq!(order, vec![(b.id, OrgRole::Leader), (a.id, OrgRole::Member)]);
        store.leave_organisation(shg.id, a.id).await.unwrap();
        assert_eq!(store.memberships(a.id).await.unwrap().len(), 0);
        let missing = store.join_organisation(uuid::Uuid::now_v7(), a.id, OrgRole::Member).await;
        assert!(matches!(missing, Err(StoreError::NotFound)), "{missing:?}");
    }

    async fn updating_a_member_changes_only_that_member(store) {
        let a = store.create_member(&draft("Asha", Some("9876543210"), "JH"), Roles::learner()).await.unwrap();
        let b = store.create_member(&draft("Bimla", None, "JH"), Roles::learner()).await.unwrap();
        let mut changed = a.draft.clone();
        changed.language = Language::Or;
        changed.phone = Some(Phone::parse("p", "9123456780").unwrap());
        let updated = store.update_member(a.id, &changed).await.unwrap();
        assert_eq!(updated.draft.language, Language::Or);
        assert_eq!(updated.code, a.code, "the code never changes");
        let clash = store.update_member(b.id, &changed).await;
        assert!(matches!(clash, Err(StoreError::Conflict("phone"))), "{clash:?}");
        let gone = store.update_member(uuid::Uuid::now_v7(), &changed).await;
        assert!(matches!(gone, Err(StoreError::NotFound)));
        store.set_roles(b.id, Roles::learner().with(Role::Manager)).await.unwrap();
        assert!(store.member(b.id).await.unwrap().roles.has(Role::Manager));
    }

    async fn sessions_are_kept_until_they_expire(store) {
        let now = OffsetDateTime::now_utc();
        let live = SessionRecord { id: "live".into(), data: "{\"member\":1}".into(), expires_at: now + Duration::days(1) };
        let old = SessionRecord { id: "old".into(), data: "{}".into(), expires_at: now - Duration::minutes(1) };
        assert!(store.session_create(&live).await.unwrap());
        assert!(!store.session_create(&live).await.unwrap(), "an id is never handed out twice");
        store.session_save(&old).await.unwrap();
        assert_eq!(store.session_load("live").await.unwrap().unwrap().data, "{\"member\":1}");
        assert!(store.session_load("old").await.unwrap().is_none(), "expired sessions do not load");
        assert_eq!(store.sessions_delete_expired(now).await.unwrap(), 1);
        store.session_delete("live").await.unwrap();
        assert!(store.session_load("live").await.unwrap().is_none());
    }

    async fn failed_sign_ins_are_counted_within_the_window(store) {
        let now = OffsetDateTime::now_utc();
        let window = now - Duration::hours(1);
        assert_eq!(store.sign_in_failed("login:x", now, window).await.unwrap(), 1);
        assert_eq!(store.sign_in_failed("login:x", now, window).await.unwrap(), 2);
        assert_eq!(store.sign_in_failures("login:x", window).await.unwrap().unwrap().0, 2);
        let later = now + Duration::hours(2);
        assert_eq!(store.sign_in_failed("login:x", later, later - Duration::hours(1)).await.unwrap(), 1, "old failures are forgotten");
        store.sign_in_succeeded("login:x").await.unwrap();
        assert!(store.sign_in_failures("login:x", window).await.unwrap().is_none());
    }

    async fn settings_are_remembered(store) {
        assert_eq!(store.setting("demo_loaded").await.unwrap(), None);
        store.set_setting("demo_loaded", "1").await.unwrap();
        store.set_setting("demo_loaded", "2").await.unwrap();
        assert_eq!(store.setting("demo_loaded").await.unwrap().as_deref(), Some("2"));
    }

    async fn a_statement_sent_twice_is_recorded_once(store) {
        let m = store.create_member(&draft("Asha", None, "JH"), Roles::learner()).await.unwrap();
        let opened = said(m.id, Verb::Experienced, lesson("first-aid"), 0);
        assert_eq!(store.record(std::slice::from_ref(&opened), &[]).await.unwrap(), 1);
        assert_eq!(store.record(&[opened.clone(), opened], &[]).await.unwrap(), 0, "the same id again changes nothing");
        let progress = store.lesson_progress(m.id, Some("health-safety")).await.unwrap();
        assert_eq!(progress.len(), 1);
        assert_eq!(progress[0].completed_at, None);
        let unknown = store.record(&[said(uuid::Uuid::now_v7(), Verb::Experienced, lesson("first-aid"), 0)], &[]).await;
        assert!(matches!(unknown, Err(StoreError::NotFound)), "statements need a real member: {unknown:?}");
    }

    async fn progress_is_derived_from_statements_and_a_module_completes_with_its_final_test(store) {
        let m = store.create_member(&draft("Asha", None, "JH"), Roles::learner()).await.unwrap();
        let rule = CompletionRule { module: "health-safety".into(), lessons: vec!["dust".into(), "first-aid".into()] };
        store.record(&[test_attempt(m.id, TestKind::Pre, 3, false, 0)], std::slice::from_ref(&rule)).await.unwrap();
        for (i, l) in ["dust", "first-aid"].into_iter().enumerate() {
            let i = i as i64 * 10;
            store.record(&[said(m.id, Verb::Experienced, lesson(l), i + 1), said(m.id, Verb::Completed, lesson(l), i + 2)], std::slice::from_ref(&rule)).await.unwrap();
        }
        let started = store.module_progress(m.id).await.unwrap();
        assert_eq!(started[0].last_lesson.as_deref(), Some("first-aid"));
        assert_eq!(started[0].completed_at, None, "lessons alone do not complete a module");

        store.record(&[test_attempt(m.id, TestKind::Post, 5, false, 30)], std::slice::from_ref(&rule)).await.unwrap();
        assert_eq!(store.module_progress(m.id).await.unwrap()[0].completed_at, None, "a failed final test does not either");
        let mut answer = said(m.id, Verb::Answered, Activity::Question { module: "health-safety".into(), question: "post-1".into() }, 40);
        let passed = test_attempt(m.id, TestKind::Post, 8, true, 40);
        answer.parent = Some(passed.id);
        answer.outcome = Outcome { success: Some(true), response: Some("a,c".into()), ..Default::default() };
        store.record(&[answer, passed.clone()], std::slice::from_ref(&rule)).await.unwrap();
        let done = store.module_progress(m.id).await.unwrap();
        assert!(done[0].completed_at.is_some(), "lessons and a passed final test complete the module");

        let results = store.test_results(m.id, Some("health-safety")).await.unwrap();
        let kinds: Vec<_> = results.iter().map(|r| (r.test.key(), r.score, r.passed)).collect();
        assert_eq!(kinds, vec![("post".into(), 8, true), ("post".into(), 5, false), ("pre".into(), 3, false)], "newest first");
        let (result, answers) = store.test_result(passed.id).await.unwrap().unwrap();
        assert_eq!((result.score, result.max_score, result.lang), (8, 10, Language::Hi));
        assert_eq!(answers.len(), 1);
        assert_eq!((answers[0].question.as_str(), answers[0].chosen.clone(), answers[0].right), ("post-1", vec!["a".to_string(), "c".to_string()], true));
        assert!(store.test_result(uuid::Uuid::now_v7()).await.unwrap().is_none());
    }

    async fn content_versions_and_their_media_are_kept(store) {
        assert!(store.latest_content().await.unwrap().is_none());
        let media = vec![("abc.svg".to_string(), "image/svg+xml".to_string(), b"<svg/>".to_vec())];
        let v1 = store.publish_content("digest-1", "{\"modules\":[]}", &media).await.unwrap();
        let v2 = store.publish_content("digest-2", "{}", &media).await.unwrap();
        assert!(v2 > v1);
        assert_eq!(store.latest_content_version().await.unwrap(), Some(v2));
        assert_eq!(store.latest_content().await.unwrap().unwrap().digest, "digest-2");
        assert!(store.has_content_digest("digest-1").await.unwrap());
        assert!(matches!(store.publish_content("digest-1", "{}", &[]).await, Err(StoreError::Conflict(_))));
        assert_eq!(store.media("abc.svg").await.unwrap().unwrap().bytes, b"<svg/>");
        assert!(store.media("nope.svg").await.unwrap().is_none());
        let sizes = store.media_sizes(&["abc.svg".to_string(), "nope.svg".to_string()]).await.unwrap();
        assert_eq!(sizes, vec![("abc.svg".to_string(), 6)], "sizes without the bytes, only of what exists");
    }

    async fn reports_match_a_naive_recount_of_a_random_academy(store) {
        use academy_domain::period::{month_of, Period};
        use rand::SeedableRng;
        use std::collections::{BTreeMap, BTreeSet};
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        let now = OffsetDateTime::now_utc();
        let genders = [Gender::Woman, Gender::Woman, Gender::Man, Gender::Unstated];
        let shg = store.create_organisation(&org("Recount SHG")).await.unwrap();
        let mut members = Vec::new();
        for i in 0..40 {
            let mut d = draft(&format!("Member {i}"), None, if i % 3 == 0 { "OD" } else { "JH" });
            d.gender = genders[i % 4];
            // Ages that cross band edges as the months go by, and some not given.
            d.birth_year = (i % 7 != 3).then_some(2001 - i as i32);
            let m = store.create_member(&d, Roles::learner()).await.unwrap();
            if i % 4 == 1 {
                store.join_organisation(shg.id, m.id, OrgRole::Member).await.unwrap();
            }
            members.push(m);
        }
        let modules = ["health-safety", "financial-literacy"];
        let lessons = ["a", "b"];
        let rules: Vec<CompletionRule> = modules.iter().map(|m| CompletionRule { module: m.to_string(), lessons: lessons.iter().map(|l| l.to_string()).collect() }).collect();
        let mut all = Vec::new();
        for m in &members {
            all.extend(random_learning(&mut rng, m.id, now, &modules, &lessons));
        }
        all.sort_by_key(|s| s.at);
        // In batches, as devices and field nodes send them; half-way, two members' details
        // change, which must move everything they did to their new groups.
        let batches: Vec<_> = all.chunks(37).collect();
        for (i, batch) in batches.iter().enumerate() {
            store.record(batch, &rules).await.unwrap();
            if i == batches.len() / 2 {
                for k in [2, 5] {
                    let mut d = members[k].draft.clone();
                    d.gender = Gender::Woman;
                    d.birth_year = Some(2001);
                    members[k] = store.update_member(members[k].id, &d).await.unwrap();
                }
            }
        }
        // One certificate revoked: it no longer counts.
        let mut revoked = None;
        for m in &members {
            if let Some(c) = store.certificates_of(m.id).await.unwrap().into_iter().next() {
                store.revoke_certificate(c.id, members[0].id, "issued in error", now).await.unwrap();
                revoked = Some(c);
                break;
            }
        }
        let revoked = revoked.expect("someone completed a module");

        // What happened, recounted from the statements alone.
        let ist_year = |t: OffsetDateTime| t.to_offset(academy_domain::field::IST).year();
        let band = |m: &academy_domain::Member, t: OffsetDateTime| match m.draft.birth_year {
            None => String::new(),
            Some(b) => match ist_year(t) - b {
                a if a < 25 => "15-24",
                a if a < 35 => "25-34",
                a if a < 45 => "35-44",
                a if a < 60 => "45-59",
                _ => "60+",
            }
            .to_string(),
        };
        let mut first_done: BTreeMap<(uuid::Uuid, String), OffsetDateTime> = BTreeMap::new();
        for st in all.iter().filter(|s| s.verb == Verb::Completed) {
            if let Activity::Lesson { module, lesson } = &st.object {
                first_done.entry((st.actor, format!("{module}/{lesson}"))).or_insert(st.at);
            }
        }
        // (member, kind, time, module) for each thing counted.
        let mut events: Vec<(uuid::Uuid, &str, OffsetDateTime, &str)> = Vec::new();
        // (member, first final test, first pre-test in hundredths of a per cent, best final)
        let mut pairs: Vec<(uuid::Uuid, &str, OffsetDateTime, i64, i64)> = Vec::new();
        for m in &members {
            events.push((m.id, "joined", m.created_at, ""));
            for ((who, key), at) in &first_done {
                if *who == m.id {
                    events.push((m.id, "lesson", *at, modules.iter().find(|x| key.starts_with(*x)).unwrap()));
                }
            }
            for module in modules {
                let tests = |kind: TestKind| all.iter().filter(move |s| s.actor == m.id && s.object == Activity::Test { module: module.into(), test: kind.clone() }).collect::<Vec<_>>();
                let done_at = |l: &str| first_done.get(&(m.id, format!("{module}/{l}"))).copied();
                let passed = tests(TestKind::Post).into_iter().filter(|s| s.verb == Verb::Passed).map(|s| s.at).min();
                if let (Some(a), Some(b), Some(p)) = (done_at("a"), done_at("b"), passed) {
                    let at = a.max(b).max(p);
                    events.push((m.id, "module", at, module));
                    if !(revoked.member == m.id && revoked.achievement == format!("module:{module}")) {
                        events.push((m.id, "certificate", at, module));
                    }
                }
                let first_pre = tests(TestKind::Pre).into_iter().min_by_key(|s| s.at);
                let posts = tests(TestKind::Post);
                if let (Some(pre), Some(first_post)) = (first_pre, posts.iter().map(|s| s.at).min()) {
                    let best = posts.iter().filter_map(|s| s.outcome.score).max().unwrap();
                    pairs.push((m.id, module, first_post, pre.outcome.score.unwrap() * 1000, best * 1000));
                }
            }
        }
        let member = |id: uuid::Uuid| members.iter().find(|m| m.id == id).unwrap();

        // The last four whole months, India time.
        let start = Period::parse("p", &month_of(now - Duration::days(100))).unwrap().from;
        let end = Period::parse("p", &month_of(now)).unwrap().to;
        let period = Period { name: "recount".into(), from: start, to: end };
        let in_period = |t: OffsetDateTime| t >= start && t < end;
        let in_shg: BTreeSet<uuid::Uuid> = members.iter().enumerate().filter(|(i, _)| i % 4 == 1).map(|(_, m)| m.id).collect();

        type GroupOf<'a> = Box<dyn Fn(&academy_domain::Member, OffsetDateTime) -> String + 'a>;
        // (rows by, group of a member at a time, one organisation, within the period): each
        // reads a different table of counts.
        let views: Vec<(Dimension, GroupOf, Option<uuid::Uuid>, bool)> = vec![
            (Dimension::Gender, Box::new(|m, _| m.draft.gender.as_str().to_string()), None, true),
            (Dimension::AgeBand, Box::new(|m, t| band(m, t)), None, true),
            (Dimension::AgeBand, Box::new(|m, t| band(m, t)), None, false),
            (Dimension::Quarter, Box::new(|_, t| Period::quarter_of(t).name), None, true),
            (Dimension::Gender, Box::new(|m, _| m.draft.gender.as_str().to_string()), Some(shg.id), true),
        ];
        let filter_of = |organisation: &Option<uuid::Uuid>, within: bool| ReportFilter { period: within.then(|| period.clone()), organisation: *organisation, ..Default::default() };
        let mut seen = Vec::new();
        for (by, group_of, organisation, within) in &views {
            let counted = |id: uuid::Uuid| organisation.is_none() || in_shg.contains(&id);
            let in_period = |t: OffsetDateTime| !within || in_period(t);
            let filter = filter_of(organisation, *within);
            let rows = store.report_indicators(&filter, *by, now).await.unwrap();
            let mut expected: BTreeMap<String, [i64; 4]> = BTreeMap::new();
            for (who, kind, at, _) in events.iter().filter(|e| counted(e.0) && in_period(e.2)) {
                let slot = ["joined", "lesson", "module", "certificate"].iter().position(|k| k == kind).unwrap();
                expected.entry(group_of(member(*who), *at)).or_default()[slot] += 1;
            }
            let got: BTreeMap<String, [i64; 4]> = rows.iter().map(|r| (r.group.clone(), [r.members, r.lessons_completed, r.modules_completed, r.certificates])).collect();
            assert_eq!(got, expected, "joined, lessons, modules, certificates by {by:?}, organisation {organisation:?}");
            for row in rows.iter().filter(|_| !by.is_period()) {
                for (days, count) in [(30, row.active_30), (90, row.active_90)] {
                    let active: BTreeSet<_> = all.iter().filter(|s| counted(s.actor) && s.at >= now - Duration::days(days)).map(|s| s.actor).filter(|id| group_of(member(*id), now) == row.group).collect();
                    assert_eq!(count, Some(active.len() as i64), "active {days} days, {}", row.group);
                }
            }
            if by.is_period() {
                assert!(rows.iter().all(|r| r.active_30.is_none()), "no one is 'active now' in a past quarter");
            }

            let gains = store.report_gain(&filter, *by).await.unwrap();
            let mut expected: BTreeMap<(String, String), (i64, i64, i64)> = BTreeMap::new();
            for (who, module, first_post, pre, post) in pairs.iter().filter(|p| counted(p.0) && in_period(p.2)) {
                let e = expected.entry((module.to_string(), group_of(member(*who), *first_post))).or_default();
                *e = (e.0 + 1, e.1 + pre, e.2 + post);
            }
            let got: BTreeMap<(String, String), (i64, i64, i64)> = gains.iter().map(|g| ((g.module.clone(), g.group.clone()), (g.n, (g.pre * g.n as f64 * 100.0).round() as i64, (g.post * g.n as f64 * 100.0).round() as i64))).collect();
            assert_eq!(got, expected, "knowledge gain by {by:?}, organisation {organisation:?}");
            seen.push((rows, gains));
        }
        assert!(seen.iter().all(|(rows, gains)| !rows.is_empty() && !gains.is_empty()));

        // The counts kept up to date write by write are the counts computed afresh.
        store.rebuild_report_facts().await.unwrap();
        for ((by, _, organisation, within), (rows, gains)) in views.iter().zip(&seen) {
            let filter = filter_of(organisation, *within);
            assert_eq!(&store.report_indicators(&filter, *by, now).await.unwrap(), rows, "{by:?} after a rebuild");
            assert_eq!(&store.report_gain(&filter, *by).await.unwrap(), gains, "{by:?} gain after a rebuild");
        }

        // The member-level table: one row per member, in code order, the same totals.
        let filter = ReportFilter { period: Some(period.clone()), ..Default::default() };
        let listed: Vec<_> = store.report_members(&filter, now).collect::<Vec<_>>().await.into_iter().map(|r| r.unwrap()).collect();
        assert_eq!(listed.len(), members.len());
        assert!(listed.windows(2).all(|w| w[0].code < w[1].code));
        let by_gender = store.report_indicators(&filter, Dimension::Gender, now).await.unwrap();
        assert_eq!(listed.iter().map(|r| r.lessons_completed).sum::<i64>(), by_gender.iter().map(|r| r.lessons_completed).sum::<i64>());
        assert_eq!(listed.iter().map(|r| r.certificates).sum::<i64>(), by_gender.iter().map(|r| r.certificates).sum::<i64>());
    }
    async fn a_history_loaded_in_bulk_is_what_recording_it_gives(store) {
        use rand::SeedableRng;
        let mut rng = rand::rngs::StdRng::seed_from_u64(11);
        let now = OffsetDateTime::now_utc();
        let modules = ["health-safety", "financial-literacy"];
        let lessons = ["a", "b"];
        let rules: Vec<CompletionRule> = modules.iter().map(|m| CompletionRule { module: m.to_string(), lessons: lessons.iter().map(|l| l.to_string()).collect() }).collect();
        let mut history = academy_store::History::default();
        let mut twins = Vec::new();
        for i in 0..30 {
            let recorded = store.create_member(&draft(&format!("Recorded {i}"), None, "JH"), Roles::learner()).await.unwrap();
            let loaded = store.create_member(&draft(&format!("Loaded {i}"), None, "JH"), Roles::learner()).await.unwrap();
            let story = random_learning(&mut rng, recorded.id, now, &modules, &lessons);
            store.record(&story, &rules).await.unwrap();
            let copy: Vec<Statement> = story.iter().map(|s| Statement { id: uuid::Uuid::now_v7(), actor: loaded.id, ..s.clone() }).collect();
            history.derive(&copy, &rules);
            twins.push((recorded.id, loaded.id));
        }
        store.load_history(&history).await.unwrap();
        store.rebuild_report_facts().await.unwrap();
        let mut completed = 0;
        for (recorded, loaded) in twins {
            assert_eq!(store.lesson_progress(recorded, None).await.unwrap(), store.lesson_progress(loaded, None).await.unwrap());
            assert_eq!(store.module_progress(recorded).await.unwrap(), store.module_progress(loaded).await.unwrap());
            let tests = |rows: Vec<academy_store::TestResult>| rows.into_iter().map(|t| (t.module, t.test, t.score, t.max_score, t.passed, t.at)).collect::<Vec<_>>();
            assert_eq!(tests(store.test_results(recorded, None).await.unwrap()), tests(store.test_results(loaded, None).await.unwrap()));
            let certificates = |rows: Vec<academy_domain::Certificate>| rows.into_iter().map(|c| (c.achievement, c.issued_at)).collect::<Vec<_>>();
            let got = certificates(store.certificates_of(recorded).await.unwrap());
            completed += got.len();
            assert_eq!(got, certificates(store.certificates_of(loaded).await.unwrap()));
        }
        assert!(completed > 0, "the sample completes some modules");
        let listed: Vec<_> = store.report_members(&ReportFilter::default(), now).collect::<Vec<_>>().await.into_iter().map(|r| r.unwrap()).collect();
        let counts = |prefix: &str| {
            let mut v: Vec<_> = listed.iter().filter(|r| r.full_name.starts_with(prefix)).map(|r| (r.full_name[prefix.len()..].to_string(), r.lessons_completed, r.modules_completed, r.certificates, r.last_active)).collect();
            v.sort_by(|a, b| a.0.cmp(&b.0));
            v
        };
        assert_eq!(counts("Recorded "), counts("Loaded "));
    }
    async fn completing_every_module_of_a_track_issues_its_certificate(store) {
        let body = r#"{"modules": [], "tracks": [{"id": "foundations", "modules": ["health-safety", "financial-literacy"]}]}"#;
        store.publish_content("with-tracks", body, &[]).await.unwrap();
        let rules: Vec<CompletionRule> = ["health-safety", "financial-literacy"].iter().map(|m| CompletionRule { module: m.to_string(), lessons: vec!["a".into()] }).collect();
        let member = store.create_member(&draft("Sabita Hembram", None, "JH"), Roles::learner()).await.unwrap();
        let finish = |module: &str, minutes: i64| {
            let lesson = Activity::Lesson { module: module.into(), lesson: "a".into() };
            let mut pass = said(member.id, Verb::Passed, Activity::Test { module: module.into(), test: TestKind::Post }, minutes + 1);
            pass.outcome = Outcome { score: Some(9), max_score: Some(10), success: Some(true), response: None };
            vec![said(member.id, Verb::Completed, lesson, minutes), pass]
        };
        store.record(&finish("health-safety", 0), &rules).await.unwrap();
        let held = |list: Vec<academy_domain::Certificate>| list.into_iter().map(|c| c.achievement).collect::<Vec<_>>();
        assert_eq!(held(store.certificates_of(member.id).await.unwrap()), vec!["module:health-safety"], "one module is not the track");
        let last = finish("financial-literacy", 30);
        store.record(&last, &rules).await.unwrap();
        let certificates = store.certificates_of(member.id).await.unwrap();
        let track = certificates.iter().find(|c| c.track() == Some("foundations")).expect("the track's certificate");
        let micros = |t: OffsetDateTime| t.unix_timestamp_nanos() / 1000;
        assert_eq!(micros(track.issued_at), micros(last[1].at), "dated when the last module was completed");
        assert_eq!(certificates.len(), 3);
        // A place of its own in the revocation list.
        let places: std::collections::BTreeSet<i64> = certificates.iter().map(|c| c.status_index).collect();
        assert_eq!(places.len(), 3);
    }
    async fn erasure_keeps_counts_and_inactive_members_are_found(store) {
        let rules: Vec<CompletionRule> = Vec::new();
        let mut given = draft("Sabita Hembram", Some("9876543210"), "JH");
        given.consent = Some(academy_domain::Consent { given_on: OffsetDateTime::now_utc().date(), collected_by: "Rekha Soren".into() });
        let member = store.create_member(&given, Roles::learner()).await.unwrap();
        let lesson = Activity::Lesson { module: "health-safety".into(), lesson: "a".into() };
        store.record(&[said(member.id, Verb::Completed, lesson, 0)], &rules).await.unwrap();
        let data = store.personal_data(member.id).await.unwrap();
        let rows = |table: &str| data.iter().filter(|t| t.table == table).map(|t| t.rows.len()).sum::<usize>();
        assert_eq!((rows("members"), rows("statements"), rows("lesson_progress")), (1, 1, 1));
        let me = &data.iter().find(|t| t.table == "members").unwrap().rows[0];
        assert_eq!(me["full_name"], "Sabita Hembram");
        assert!(!me.contains_key("password_hash"), "no secrets");
        assert_eq!(rows("consents"), 1, "her consent, with its purpose and language");
        let consent = &data.iter().find(|t| t.table == "consents").unwrap().rows[0];
        assert_eq!((consent["purpose"].as_str(), consent["collected_by"].as_str()), (Some("learning-and-reports"), Some("Rekha Soren")));
        assert!(store.withdraw_consent(member.id, OffsetDateTime::now_utc()).await.unwrap());
        assert!(!store.withdraw_consent(member.id, OffsetDateTime::now_utc()).await.unwrap(), "once");
        let withdrawn = store.personal_data(member.id).await.unwrap();
        let consent = &withdrawn.iter().find(|t| t.table == "consents").unwrap().rows[0];
        assert!(!consent["withdrawn_at"].is_null(), "{consent:?}");
        let future = OffsetDateTime::now_utc() + Duration::days(1);
        assert!(store.inactive_members(future).await.unwrap().contains(&member.id));
        assert!(store.erase_member(member.id, OffsetDateTime::now_utc()).await.unwrap());
        assert!(!store.erase_member(member.id, OffsetDateTime::now_utc()).await.unwrap(), "once");
        assert!(!store.inactive_members(future).await.unwrap().contains(&member.id));
        let after = store.personal_data(member.id).await.unwrap();
        let me = &after.iter().find(|t| t.table == "members").unwrap().rows[0];
        assert_eq!((me["full_name"].as_str(), me["phone"].is_null(), me["gender"].as_str()), (Some("—"), true, Some("woman")));
        assert_eq!(after.iter().filter(|t| t.table == "statements").map(|t| t.rows.len()).sum::<usize>(), 1, "her learning counts");
        assert!(store.member_for_sign_in("9876543210").await.unwrap().is_none());
    }
}
