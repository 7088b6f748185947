//! Learning records. Every lesson opened or completed, every answer and every test attempt is
//! a `Statement`: who did what to which activity, with what result, in which language and
//! through which channel. Statements are never changed; progress is derived from them.

use time::OffsetDateTime;
use uuid::Uuid;

use crate::member::word_enum;
use crate::Language;

word_enum!(
    /// What a learner did (after the xAPI verbs of the same names).
    Verb {
        Experienced => "experienced",
        Completed => "completed",
        Answered => "answered",
        Attempted => "attempted",
        Passed => "passed",
        Failed => "failed",
        Attended => "attended",
    }
);

/// The activity a statement is about. Its text form (`lesson:MODULE/LESSON`, …) is the
/// statement's object and stays stable across content versions.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Activity {
    Module(String),
    Lesson {
        module: String,
        lesson: String,
    },
    Test {
        module: String,
        test: TestKind,
    },
    Question {
        module: String,
        question: String,
    },
    /// A group session, by its id.
    Session(Uuid),
}

/// Which set of questions an attempt answered.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TestKind {
    Pre,
    Post,
    /// The short check after a lesson.
    Check(String),
}

impl TestKind {
    /// The stored form: `pre`, `post`, `check:LESSON`.
    pub fn key(&self) -> String {
        match self {
            TestKind::Pre => "pre".into(),
            TestKind::Post => "post".into(),
            TestKind::Check(lesson) => format!("check:{lesson}"),
        }
    }

    pub fn parse(key: &str) -> Option<TestKind> {
        match key {
            "pre" => Some(TestKind::Pre),
            "post" => Some(TestKind::Post),
            _ => key
                .strip_prefix("check:")
                .filter(|l| !l.is_empty())
                .map(|l| TestKind::Check(l.into())),
        }
    }
}

impl Activity {
    pub fn id(&self) -> String {
        match self {
            Activity::Module(m) => format!("module:{m}"),
            Activity::Lesson { module, lesson } => format!("lesson:{module}/{lesson}"),
            Activity::Test { module, test } => format!("test:{module}/{}", test.key()),
            Activity::Question { module, question } => format!("question:{module}/{question}"),
            Activity::Session(id) => format!("session:{id}"),
        }
    }

    pub fn parse(id: &str) -> Option<Activity> {
        let (kind, rest) = id.split_once(':')?;
        let (module, item) = match rest.split_once('/') {
            Some((m, i)) => (m.to_string(), Some(i)),
            None => (rest.to_string(), None),
        };
        match (kind, item) {
            ("module", None) => Some(Activity::Module(module)),
            ("session", None) => Uuid::parse_str(&module).ok().map(Activity::Session),
            ("lesson", Some(l)) => Some(Activity::Lesson {
                module,
                lesson: l.into(),
            }),
            ("test", Some(t)) => Some(Activity::Test {
                module,
                test: TestKind::parse(t)?,
            }),
            ("question", Some(q)) => Some(Activity::Question {
                module,
                question: q.into(),
            }),
            _ => None,
        }
    }
}

/// A score and whether it was a success; `response` holds the chosen option ids.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Outcome {
    pub score: Option<i64>,
    pub max_score: Option<i64>,
    pub success: Option<bool>,
    pub response: Option<String>,
}

/// One learning record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// UUIDv7, made where the learning happened (a form, a device); a second submission with
    /// the same id is the same statement.
    pub id: Uuid,
    pub actor: Uuid,
    pub verb: Verb,
    pub object: Activity,
    /// The attempt an answer belongs to.
    pub parent: Option<Uuid>,
    pub outcome: Outcome,
    pub lang: Language,
    /// Recorded by a facilitator for a group session rather than by the learner.
    pub facilitated: bool,
    pub at: OffsetDateTime,
}

/// A certificate of a completed module. Its id is what the QR code and the verification page
/// carry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Certificate {
    pub id: Uuid,
    pub member: Uuid,
    /// What it certifies: `module:ID` or `track:ID`.
    pub achievement: String,
    pub issued_at: OffsetDateTime,
    /// When and why it was revoked, if it was.
    pub revoked: Option<(OffsetDateTime, String)>,
    /// Its bit in the revocation status list; given when it is stored.
    pub status_index: i64,
    /// The manager who issued it by hand, for a group that learned on paper.
    pub issued_by: Option<Uuid>,
}

impl Certificate {
    /// The module a module certificate is for.
    pub fn module(&self) -> Option<&str> {
        self.achievement.strip_prefix("module:")
    }

    /// The track a track certificate is for.
    pub fn track(&self) -> Option<&str> {
        self.achievement.strip_prefix("track:")
    }
}

/// Whether a score passes a pass mark given in per cent.
pub fn passes(score: i64, max_score: i64, pass_mark: u32) -> bool {
    max_score > 0 && score * 100 >= max_score * i64::from(pass_mark)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn activity_ids_round_trip() {
        for a in [
            Activity::Module("health-safety".into()),
            Activity::Lesson {
                module: "health-safety".into(),
                lesson: "first-aid".into(),
            },
            Activity::Test {
                module: "gender-gbv".into(),
                test: TestKind::Check("harmful-customs".into()),
            },
            Activity::Test {
                module: "gender-gbv".into(),
                test: TestKind::Post,
            },
            Activity::Question {
                module: "gender-gbv".into(),
                question: "pre-3".into(),
            },
        ] {
            assert_eq!(Activity::parse(&a.id()), Some(a.clone()), "{}", a.id());
        }
        assert_eq!(Activity::parse("lesson:x"), None);
    }

    #[test]
    fn the_pass_mark_is_a_share_of_the_points() {
        assert!(passes(6, 10, 60));
        assert!(!passes(5, 10, 60));
        assert!(!passes(0, 0, 60));
    }
}
