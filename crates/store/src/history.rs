//! A member's learning records with the progress `record` would derive from them, worked out
//! in memory: lets the scale generator load millions of records many rows per statement. The
//! storage suite checks that loading a derived history gives what recording it gives.

use std::collections::BTreeMap;

use academy_domain::{Activity, Certificate, Statement, Verb};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::{CompletionRule, History, LessonProgress, ModuleProgress, TestResult};

impl History {
    /// Adds statements, in the order they would be recorded, and what recording them in one
    /// call would derive, for actors with no records yet. Module completions add their own
    /// statement and a certificate, as `record` does.
    pub fn derive(&mut self, statements: &[Statement], rules: &[CompletionRule]) {
        let mut lessons: BTreeMap<(Uuid, String, String), LessonProgress> = BTreeMap::new();
        let mut modules: BTreeMap<(Uuid, String), ModuleProgress> = BTreeMap::new();
        // The first statement of each member in each module: what a completion copies.
        let mut touched: BTreeMap<(Uuid, String), &Statement> = BTreeMap::new();
        let mut passes: BTreeMap<(Uuid, String), OffsetDateTime> = BTreeMap::new();
        let touch = |modules: &mut BTreeMap<(Uuid, String), ModuleProgress>,
                     key: (Uuid, String),
                     lesson: Option<&str>,
                     at: OffsetDateTime| {
            let m = modules
                .entry(key.clone())
                .or_insert_with(|| ModuleProgress {
                    module: key.1.clone(),
                    started_at: at,
                    last_lesson: lesson.map(String::from),
                    last_at: at,
                    completed_at: None,
                });
            if at >= m.last_at && lesson.is_some() {
                m.last_lesson = lesson.map(String::from);
            }
            if at > m.last_at {
                m.last_at = at;
            }
        };
        for st in statements {
            match (&st.verb, &st.object) {
                (Verb::Experienced | Verb::Completed, Activity::Lesson { module, lesson }) => {
                    let completed = (st.verb == Verb::Completed).then_some(st.at);
                    let key = (st.actor, module.clone(), lesson.clone());
                    let l = lessons.entry(key).or_insert_with(|| LessonProgress {
                        module: module.clone(),
                        lesson: lesson.clone(),
                        opened_at: st.at,
                        completed_at: completed,
                        facilitated: st.facilitated,
                    });
                    if l.completed_at.is_none() && completed.is_some() {
                        l.facilitated = st.facilitated;
                        l.completed_at = completed;
                    }
                    touch(
                        &mut modules,
                        (st.actor, module.clone()),
                        Some(lesson),
                        st.at,
                    );
                }
                (
                    Verb::Passed | Verb::Failed | Verb::Attempted,
                    Activity::Test { module, test },
                ) => {
                    self.tests.push(TestResult {
                        attempt: st.id,
                        member: st.actor,
                        module: module.clone(),
                        test: test.clone(),
                        score: st.outcome.score.unwrap_or(0),
                        max_score: st.outcome.max_score.unwrap_or(0),
                        passed: st.verb == Verb::Passed,
                        lang: st.lang,
                        facilitated: st.facilitated,
                        at: st.at,
                    });
                    if st.verb == Verb::Passed && *test == academy_domain::TestKind::Post {
                        let first = passes.entry((st.actor, module.clone())).or_insert(st.at);
                        *first = (*first).min(st.at);
                    }
                    touch(&mut modules, (st.actor, module.clone()), None, st.at);
                }
                _ => {}
            }
            let module = match &st.object {
                Activity::Lesson { module, .. }
                | Activity::Test { module, .. }
                | Activity::Question { module, .. }
                | Activity::Module(module) => Some(module),
                Activity::Session(_) => None,
            };
            if let Some(module) = module {
                touched.entry((st.actor, module.clone())).or_insert(st);
            }
        }
        self.statements.extend_from_slice(statements);
        for ((member, module), trigger) in touched {
            let Some(rule) = rules.iter().find(|r| r.module == module) else {
                continue;
            };
            // A rule without lessons asks only for the final test; lessons done still date it.
            let done: Vec<OffsetDateTime> = lessons
                .range((member, module.clone(), String::new())..)
                .take_while(|((m, md, _), _)| *m == member && *md == module)
                .filter(|((_, _, l), _)| rule.lessons.is_empty() || rule.lessons.contains(l))
                .filter_map(|(_, l)| l.completed_at)
                .collect();
            let Some(passed) = passes.get(&(member, module.clone())) else {
                continue;
            };
            if done.len() < rule.lessons.len() {
                continue;
            }
            let at = done.into_iter().max().map_or(*passed, |l| l.max(*passed));
            self.statements.push(Statement {
                id: Uuid::now_v7(),
                actor: member,
                verb: Verb::Completed,
                object: Activity::Module(module.clone()),
                parent: None,
                outcome: Default::default(),
                lang: trigger.lang,
                facilitated: trigger.facilitated,
                at,
            });
            touch(&mut modules, (member, module.clone()), None, at);
            if let Some(m) = modules.get_mut(&(member, module.clone())) {
                m.completed_at = Some(at);
            }
            self.certificates.push(Certificate {
                id: Uuid::now_v7(),
                member,
                achievement: format!("module:{module}"),
                issued_at: at,
                revoked: None,
                status_index: 0,
                issued_by: None,
            });
        }
        self.lessons
            .extend(lessons.into_iter().map(|((member, _, _), l)| (member, l)));
        self.modules
            .extend(modules.into_iter().map(|((member, _), m)| (member, m)));
    }
}
