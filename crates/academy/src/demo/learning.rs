//! The demo's learning records: about a third of the members have started modules, most
//! with a test before the first lesson, lessons and checks done, and many with a final test,
//! so that progress pages, results and (later) knowledge-gain reports have something true to
//! show. Scores after the lessons are higher than before, as they are when teaching works.

use academy_content::{Assessment, Curriculum, Module};
use academy_domain::{Activity, Gender, Language, Member, Outcome, Statement, TestKind, Verb};
use academy_store::{CompletionRule, Store};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::Rng;
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

/// Modules people start most, first: safety, money, gender, then the rest.
const POPULAR: &[&str] = &[
    "health-safety",
    "financial-literacy",
    "gender-gbv",
    "livelihoods",
    "mineral-rights",
    "environment",
];

/// Records believable learning for some of `members`.
pub async fn record(
    store: &dyn Store,
    curriculum: &Curriculum,
    members: &[Member],
    rng: &mut StdRng,
) -> anyhow::Result<usize> {
    let now = OffsetDateTime::now_utc();
    let rules = completion_rules(curriculum);
    let mut count = 0;
    let mut batch = Vec::new();
    for member in members {
        // Women come to the academy's groups more often: most learners are women.
        let share = if member.draft.gender == Gender::Woman {
            0.38
        } else {
            0.22
        };
        if !rng.gen_bool(share) {
            continue;
        }
        let facilitated = rng.gen_bool(0.45);
        let modules = rng.gen_range(1..=3);
        let mut chosen: Vec<&Module> = Vec::new();
        while chosen.len() < modules {
            let id = if rng.gen_bool(0.7) {
                POPULAR.choose(rng).copied().unwrap_or("health-safety")
            } else {
                curriculum
                    .modules
                    .choose(rng)
                    .map(|m| m.id.as_str())
                    .unwrap_or("health-safety")
            };
            if let Some(m) = curriculum.module(id) {
                if !chosen.iter().any(|c| c.id == m.id) {
                    chosen.push(m);
                }
            }
        }
        let mut at = now - Duration::days(rng.gen_range(20..300));
        for module in chosen {
            // Answer by answer records are kept for the demo learner only: thousands of
            // them would slow every start of the demo and show nothing more.
            batch.extend(walk(member, module, facilitated, &mut at, rng, None, false));
            at += Duration::days(rng.gen_range(3..20));
        }
        // A few thousand statements a transaction: fast, and every member's records whole.
        if batch.len() > 4000 {
            count += store.record(&batch, &rules).await?;
            batch.clear();
        }
    }
    count += store.record(&batch, &rules).await?;
    Ok(count)
}

/// Records about `statements` learning records for `members` in bulk: each member's story is
/// walked as `record` walks it, its progress worked out in memory (`History::derive`), and
/// written many rows at a time; the report counts are computed once at the end. Answers are
/// kept, as a real academy keeps them.
pub async fn record_in_bulk(
    store: &dyn Store,
    curriculum: &Curriculum,
    members: &[Member],
    statements: usize,
    rng: &mut StdRng,
) -> anyhow::Result<usize> {
    let now = OffsetDateTime::now_utc();
    let rules = completion_rules(curriculum);
    let per_member = statements as f64 / members.len().max(1) as f64;
    let started = std::time::Instant::now();
    let (mut written, mut history) = (0, academy_store::History::default());
    for (i, member) in members.iter().enumerate() {
        // Women come to the academy's groups more often; the others' share goes to them.
        if member.draft.gender != Gender::Woman && rng.gen_bool(0.4) {
            continue;
        }
        let target = ((i + 1) as f64 * per_member) as usize;
        let mut at = now - Duration::days(rng.gen_range(20..700));
        let facilitated = rng.gen_bool(0.45);
        let mut story = Vec::new();
        let mut tried = 0;
        while written + history.statements.len() + story.len() < target && tried < 15 && at < now {
            let id = if rng.gen_bool(0.7) {
                POPULAR.choose(rng).copied().unwrap_or("health-safety")
            } else {
                curriculum
                    .modules
                    .choose(rng)
                    .map(|m| m.id.as_str())
                    .unwrap_or("health-safety")
            };
            if let Some(module) = curriculum.module(id) {
                story.extend(walk(member, module, facilitated, &mut at, rng, None, true));
                at += Duration::days(rng.gen_range(3..20));
            }
            tried += 1;
        }
        // Nothing from the future: a story still going on stops today.
        story.retain(|s| s.at <= now);
        history.derive(&story, &rules);
        if history.statements.len() >= 100_000 {
            written += history.statements.len();
            store.load_history(&history).await?;
            history = academy_store::History::default();
            tracing::info!(
                written,
                members = i + 1,
                secs = started.elapsed().as_secs(),
                "learning records written"
            );
        }
    }
    written += history.statements.len();
    store.load_history(&history).await?;
    tracing::info!(
        written,
        secs = started.elapsed().as_secs(),
        "counting the reports"
    );
    store.rebuild_report_facts().await?;
    tracing::info!(secs = started.elapsed().as_secs(), "report counts ready");
    Ok(written)
}

fn completion_rules(curriculum: &Curriculum) -> Vec<CompletionRule> {
    curriculum
        .modules
        .iter()
        .map(|m| CompletionRule {
            module: m.id.clone(),
            lessons: m.current_lessons().map(|l| l.slug.clone()).collect(),
        })
        .collect()
}

/// The demo learner's own story: module 1 done, module 9 half way.
pub async fn for_learner(
    store: &dyn Store,
    curriculum: &Curriculum,
    member: &Member,
    rng: &mut StdRng,
) -> anyhow::Result<()> {
    let mut at = OffsetDateTime::now_utc() - Duration::days(60);
    for (id, lessons) in [("health-safety", usize::MAX), ("financial-literacy", 2)] {
        let Some(module) = curriculum.module(id) else {
            continue;
        };
        let mut statements = walk(member, module, true, &mut at, rng, Some(lessons), true);
        if lessons == usize::MAX && !statements.iter().any(|s| s.verb == Verb::Passed) {
            // The story needs a pass: one more try after revising.
            at += Duration::days(3);
            let mut say = |id: Option<Uuid>, verb, object, outcome, parent, at| {
                statements.push(Statement {
                    id: id.unwrap_or_else(Uuid::now_v7),
                    actor: member.id,
                    verb,
                    object,
                    parent,
                    outcome,
                    lang: Language::Hi,
                    facilitated: true,
                    at,
                });
            };
            attempt(
                &mut say,
                module,
                TestKind::Post,
                &module.post_test,
                1.0,
                at,
                rng,
                true,
            );
        }
        let rule = CompletionRule {
            module: module.id.clone(),
            lessons: module.current_lessons().map(|l| l.slug.clone()).collect(),
        };
        store.record(&statements, &[rule]).await?;
        at += Duration::days(20);
    }
    Ok(())
}

/// One member's way through one module; `force` sets how many lessons they finish.
#[allow(clippy::too_many_arguments)]
fn walk(
    member: &Member,
    module: &Module,
    facilitated: bool,
    at: &mut OffsetDateTime,
    rng: &mut StdRng,
    force: Option<usize>,
    answers: bool,
) -> Vec<Statement> {
    let lang = match member.draft.language {
        Language::En => Language::En,
        other if module.title.has(other) => other,
        _ => Language::Hi,
    };
    let mut out = Vec::new();
    let mut say = |id: Option<Uuid>,
                   verb: Verb,
                   object: Activity,
                   outcome: Outcome,
                   parent: Option<Uuid>,
                   at: OffsetDateTime| {
        let id = id.unwrap_or_else(Uuid::now_v7);
        out.push(Statement {
            id,
            actor: member.id,
            verb,
            object,
            parent,
            outcome,
            lang,
            facilitated,
            at,
        });
    };
    // What the learner knows before, and how much the module teaches them.
    let before: f64 = rng.gen_range(0.2..0.6);
    let after: f64 = (before + rng.gen_range(0.15..0.45)).min(0.97);
    if rng.gen_bool(0.85) {
        attempt(
            &mut say,
            module,
            TestKind::Pre,
            &module.pre_test,
            before,
            *at,
            rng,
            answers,
        );
    }
    let lessons: Vec<_> = module.current_lessons().collect();
    let finishes = force
        .map(|n| n >= lessons.len())
        .unwrap_or_else(|| rng.gen_bool(0.6));
    let reached = match force {
        Some(n) => n.min(lessons.len()),
        None if finishes => lessons.len(),
        None => rng.gen_range(0..lessons.len().max(1)),
    };
    for lesson in lessons.iter().take(reached.max(1)) {
        *at += Duration::minutes(rng.gen_range(20..4000));
        let object = Activity::Lesson {
            module: module.id.clone(),
            lesson: lesson.slug.clone(),
        };
        say(
            None,
            Verb::Experienced,
            object.clone(),
            Outcome::default(),
            None,
            *at,
        );
        if reached == 0 {
            break;
        }
        say(
            None,
            Verb::Completed,
            object,
            Outcome::default(),
            None,
            *at + Duration::minutes(i64::from(lesson.minutes)),
        );
        if !lesson.check.questions.is_empty() {
            attempt(
                &mut say,
                module,
                TestKind::Check(lesson.slug.clone()),
                &lesson.check,
                after,
                *at + Duration::minutes(15),
                rng,
                answers,
            );
        }
    }
    if finishes && (force.is_some() || rng.gen_bool(0.8)) {
        *at += Duration::days(rng.gen_range(1..10));
        let passed = attempt(
            &mut say,
            module,
            TestKind::Post,
            &module.post_test,
            after,
            *at,
            rng,
            answers,
        );
        if !passed && rng.gen_bool(0.6) {
            *at += Duration::days(rng.gen_range(1..7));
            attempt(
                &mut say,
                module,
                TestKind::Post,
                &module.post_test,
                (after + 0.15).min(0.97),
                *at,
                rng,
                answers,
            );
        }
    }
    out
}

/// Answers every question (each right with probability `skill`) and records the attempt,
/// with a statement per answer when `answers`; true if it passed.
#[allow(clippy::too_many_arguments)]
fn attempt(
    say: &mut impl FnMut(Option<Uuid>, Verb, Activity, Outcome, Option<Uuid>, OffsetDateTime),
    module: &Module,
    kind: TestKind,
    test: &Assessment,
    skill: f64,
    at: OffsetDateTime,
    rng: &mut StdRng,
    answers_too: bool,
) -> bool {
    let attempt_id = Uuid::now_v7();
    let mut score = 0;
    let mut answers = Vec::new();
    for q in &test.questions {
        let right = rng.gen_bool(skill);
        let chosen: Vec<String> = if right {
            q.correct().into_iter().map(String::from).collect()
        } else {
            let wrong: Vec<&str> = q
                .options
                .iter()
                .filter(|o| !o.correct)
                .map(|o| o.id.as_str())
                .collect();
            vec![wrong.choose(rng).copied().unwrap_or("a").to_string()]
        };
        score += i64::from(right);
        answers.push((q.id.clone(), chosen, right));
    }
    let max_score = test.questions.len() as i64;
    let passed = academy_domain::learning::passes(score, max_score, module.pass_mark);
    for (question, chosen, right) in answers.into_iter().filter(|_| answers_too) {
        let object = Activity::Question {
            module: module.id.clone(),
            question,
        };
        let outcome = Outcome {
            success: Some(right),
            response: Some(chosen.join(",")),
            ..Default::default()
        };
        say(None, Verb::Answered, object, outcome, Some(attempt_id), at);
    }
    let verb = match (&kind, passed) {
        (TestKind::Pre, _) => Verb::Attempted,
        (_, true) => Verb::Passed,
        (_, false) => Verb::Failed,
    };
    let outcome = Outcome {
        score: Some(score),
        max_score: Some(max_score),
        success: Some(passed),
        response: None,
    };
    let object = Activity::Test {
        module: module.id.clone(),
        test: kind,
    };
    // The attempt's own statement carries the id its answers point to.
    say(Some(attempt_id), verb, object, outcome, None, at);
    passed
}
