//! The demo's field work: each demo facilitator runs two cohorts in her district, with
//! sessions held in past weeks (attendance, lessons covered, a paper pre-test), one today and
//! one next week, and a couple of members who have stopped coming.

use academy_content::Curriculum;
use academy_domain::field::IST;
use academy_domain::{
    Activity, Cohort, Gender, GroupSession, Member, Outcome, Statement, TestKind, Verb,
};
use academy_store::{CompletionRule, MemberFilter, Page, Store};
use rand::rngs::StdRng;
use rand::Rng;
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

/// Two cohorts for `facilitator`, drawn from the women of her district.
pub async fn record(
    store: &dyn Store,
    curriculum: &Curriculum,
    facilitator: &Member,
    learner: Option<&Member>,
    rng: &mut StdRng,
) -> anyhow::Result<()> {
    let filter = MemberFilter {
        state: Some(facilitator.draft.state),
        district: facilitator.draft.district.clone(),
        gender: Some(Gender::Woman),
        ..Default::default()
    };
    let women = store
        .list_members(
            &filter,
            Page {
                offset: 0,
                limit: 200,
            },
        )
        .await?
        .items;
    let plans: [(&str, [&str; 2]); 2] = [
        ("health-safety", ["health-safety", "financial-literacy"]),
        ("gender-gbv", ["gender-gbv", "livelihoods"]),
    ];
    let district = facilitator.draft.district.clone().unwrap_or_default();
    for (n, (taught, modules)) in plans.iter().enumerate() {
        let Some(module) = curriculum.module(taught) else {
            continue;
        };
        let mut members: Vec<&Member> = women
            .iter()
            .filter(|m| m.id != facilitator.id)
            .skip(n * 18)
            .take(18)
            .collect();
        if n == 0 {
            members.extend(learner.filter(|l| l.draft.district == facilitator.draft.district));
        }
        let village = members.first().and_then(|m| m.draft.village.clone());
        let cohort = Cohort {
            id: Uuid::now_v7(),
            name: format!("{district} women's group {}", n + 1),
            state: facilitator.draft.state,
            district: Some(district.clone()),
            village: village.clone(),
            organisation: None,
            modules: modules.iter().map(|m| m.to_string()).collect(),
            created_at: OffsetDateTime::now_utc() - Duration::days(40),
        };
        store.create_cohort(&cohort, facilitator.id).await?;
        for m in &members {
            store.join_cohort(cohort.id, m.id).await?;
        }
        let lessons: Vec<String> = module.current_lessons().map(|l| l.slug.clone()).collect();
        let rule = CompletionRule {
            module: module.id.clone(),
            lessons: lessons.clone(),
        };
        // Sessions on the same weekday at 10:00, India time: four held, one today, one next week.
        let today = OffsetDateTime::now_utc()
            .to_offset(IST)
            .replace_time(time::macros::time!(10:00));
        // Today's has begun whenever the demo is loaded: at 10:00, or earlier today (an hour
        // ago, or at midnight) when the day is younger than that.
        let now = OffsetDateTime::now_utc().to_offset(IST);
        let midnight = now.replace_time(time::Time::MIDNIGHT);
        let begun = (now - Duration::hours(1))
            .replace_minute(0)
            .and_then(|t| t.replace_second(0))
            .and_then(|t| t.replace_nanosecond(0))
            .unwrap_or(now)
            .max(midnight);
        for week in [-4i64, -3, -2, -1, 0, 1] {
            let starts_at = if week == 0 {
                today.min(begun)
            } else {
                today + Duration::weeks(week)
            };
            let covered: Vec<String> = match week {
                -4..=-1 => lessons
                    .iter()
                    .skip(((week + 4) as usize).min(lessons.len().saturating_sub(1)))
                    .take(1)
                    .cloned()
                    .collect(),
                _ => Vec::new(),
            };
            let session = GroupSession {
                id: Uuid::now_v7(),
                cohort: cohort.id,
                starts_at,
                place: village.clone().map(|v| format!("{v} community hall")),
                gps: None,
                facilitator: facilitator.id,
                module: Some(module.id.clone()),
                lessons: covered.clone(),
                notes: None,
                held_at: None,
            };
            store.create_session(&session).await?;
            if week >= 0 {
                continue;
            }
            let mut statements = Vec::new();
            for (i, m) in members.iter().enumerate() {
                // Two members stopped coming after the first two weeks.
                let stopped = i < 2 && week >= -2;
                if stopped || !rng.gen_bool(0.85) {
                    continue;
                }
                let mut say = |verb, object, outcome| {
                    statements.push(Statement {
                        id: Uuid::now_v7(),
                        actor: m.id,
                        verb,
                        object,
                        parent: None,
                        outcome,
                        lang: facilitator.draft.language,
                        facilitated: true,
                        at: starts_at + Duration::hours(2),
                    })
                };
                say(
                    Verb::Attended,
                    Activity::Session(session.id),
                    Outcome::default(),
                );
                for lesson in &covered {
                    let object = Activity::Lesson {
                        module: module.id.clone(),
                        lesson: lesson.clone(),
                    };
                    say(Verb::Experienced, object.clone(), Outcome::default());
                    say(Verb::Completed, object, Outcome::default());
                }
                if week == -4 && Some(m.id) != learner.map(|l| l.id) {
                    let max = module.pre_test.questions.len() as i64;
                    let score = rng.gen_range(1..=max / 2 + 1);
                    let outcome = Outcome {
                        score: Some(score),
                        max_score: Some(max),
                        success: Some(false),
                        response: None,
                    };
                    say(
                        Verb::Attempted,
                        Activity::Test {
                            module: module.id.clone(),
                            test: TestKind::Pre,
                        },
                        outcome,
                    );
                }
            }
            store
                .record(&statements, std::slice::from_ref(&rule))
                .await?;
        }
    }
    Ok(())
}
