//! The academy's learning records in xAPI terms, both ways: outside statements about the
//! academy's lessons and tests count toward a member's progress, and the academy's own
//! records can be read from the LRS as xAPI statements. Activity ids are the academy's own
//! addresses under `base` (its public URL); verbs are ADL's.

use serde_json::{json, Value};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::learning::{Activity, Outcome, Statement, TestKind, Verb};
use crate::{Language, MemberCode, Phone};

const ADL_VERBS: &str = "http://adlnet.gov/expapi/verbs/";

pub fn verb_iri(verb: Verb) -> String {
    format!("{ADL_VERBS}{}", verb.as_str())
}

pub fn verb_of(iri: &str) -> Option<Verb> {
    Verb::parse("verb", iri.strip_prefix(ADL_VERBS)?).ok()
}

fn trimmed(base: &str) -> &str {
    base.trim_end_matches('/')
}

/// The academy's address for an activity.
pub fn activity_iri(base: &str, activity: &Activity) -> String {
    let base = trimmed(base);
    match activity {
        Activity::Module(m) => format!("{base}/modules/{m}"),
        Activity::Lesson { module, lesson } => {
            format!("{base}/modules/{module}/lessons/{lesson}")
        }
        Activity::Test {
            module,
            test: TestKind::Check(lesson),
        } => {
            format!("{base}/modules/{module}/lessons/{lesson}/check")
        }
        Activity::Test { module, test } => {
            format!("{base}/modules/{module}/tests/{}", test.key())
        }
        Activity::Question { module, question } => {
            format!("{base}/modules/{module}/questions/{question}")
        }
        Activity::Session(id) => format!("{base}/sessions/{id}"),
    }
}

/// The academy activity an IRI names, if it is one of the academy's.
pub fn activity_of(base: &str, iri: &str) -> Option<Activity> {
    let path = iri.strip_prefix(trimmed(base))?;
    let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let slug = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    match parts.as_slice() {
        ["modules", m] if slug(m) => Some(Activity::Module(m.to_string())),
        ["modules", m, "lessons", l] if slug(m) && slug(l) => Some(Activity::Lesson {
            module: m.to_string(),
            lesson: l.to_string(),
        }),
        ["modules", m, "lessons", l, "check"] if slug(m) && slug(l) => Some(Activity::Test {
            module: m.to_string(),
            test: TestKind::Check(l.to_string()),
        }),
        ["modules", m, "tests", t @ ("pre" | "post")] if slug(m) => Some(Activity::Test {
            module: m.to_string(),
            test: TestKind::parse(t)?,
        }),
        ["modules", m, "questions", q] if slug(m) && !q.is_empty() => Some(Activity::Question {
            module: m.to_string(),
            question: q.to_string(),
        }),
        ["sessions", id] => Uuid::parse_str(id).ok().map(Activity::Session),
        _ => None,
    }
}

/// How an actor names a member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MemberRef {
    /// `account: {homePage: BASE, name: "JH-0001234"}`.
    Code(MemberCode),
    /// `account: {homePage: "tel:", name: "9876543210"}`: members are known by phone.
    Phone(Phone),
}

/// The member a statement's actor names, if it names one the academy can know.
pub fn member_of(base: &str, actor: &Value) -> Option<MemberRef> {
    let account = actor.get("account")?;
    let home = account.get("homePage")?.as_str()?;
    let name = account.get("name")?.as_str()?;
    if home.trim_end_matches('/') == trimmed(base) {
        MemberCode::parse("name", name).ok().map(MemberRef::Code)
    } else if home.starts_with("tel:") {
        Phone::parse("name", name).ok().map(MemberRef::Phone)
    } else {
        None
    }
}

/// What the academy's log keeps of an outside statement (a checked one): the member it is
/// about, the verb, the activity, the result and the time. `None` when the statement is
/// not about a member and one of the academy's activities with one of its verbs: it is
/// then kept in the LRS only.
pub fn academy_record(
    base: &str,
    statement: &Value,
) -> Option<(
    MemberRef,
    Verb,
    Activity,
    Outcome,
    Language,
    Option<OffsetDateTime>,
)> {
    let member = member_of(base, statement.get("actor")?)?;
    let verb = verb_of(statement.get("verb")?.get("id")?.as_str()?)?;
    let object = statement.get("object")?;
    if object.get("objectType").is_some_and(|k| k != "Activity") {
        return None;
    }
    let activity = activity_of(base, object.get("id")?.as_str()?)?;
    let result = statement.get("result");
    let score = result.and_then(|r| r.get("score"));
    let number = |key: &str| {
        score
            .and_then(|s| s.get(key))
            .and_then(Value::as_f64)
            .map(|n| n.round() as i64)
    };
    let outcome = Outcome {
        score: number("raw"),
        max_score: number("max"),
        success: result
            .and_then(|r| r.get("success"))
            .and_then(Value::as_bool),
        response: result
            .and_then(|r| r.get("response"))
            .and_then(Value::as_str)
            .map(String::from),
    };
    let lang = statement
        .get("context")
        .and_then(|c| c.get("language"))
        .and_then(Value::as_str)
        .and_then(|l| Language::parse("language", l.split('-').next().unwrap_or("")).ok())
        .unwrap_or(Language::En);
    let at = statement
        .get("timestamp")
        .and_then(Value::as_str)
        .and_then(|t| {
            OffsetDateTime::parse(t, &time::format_description::well_known::Rfc3339).ok()
        });
    Some((member, verb, activity, outcome, lang, at))
}

/// One of the academy's own records as an xAPI statement, its actor named by member code.
pub fn to_xapi(
    base: &str,
    statement: &Statement,
    code: &MemberCode,
    stored: OffsetDateTime,
) -> Value {
    let rfc = |t: OffsetDateTime| {
        t.format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default()
    };
    let mut out = json!({
        "id": statement.id.to_string(),
        "actor": {"objectType": "Agent", "account": {"homePage": trimmed(base), "name": code.as_str()}},
        "verb": {"id": verb_iri(statement.verb), "display": {"en": statement.verb.as_str()}},
        "object": {"objectType": "Activity", "id": activity_iri(base, &statement.object)},
        "context": {"language": statement.lang.as_str(), "platform": "ASM Learning Academy"},
        "timestamp": rfc(statement.at),
        "stored": rfc(stored),
        "authority": {"objectType": "Agent", "account": {"homePage": trimmed(base), "name": "academy"}},
        "version": "1.0.3",
    });
    let o = &statement.outcome;
    let mut result = serde_json::Map::new();
    if let Some(raw) = o.score {
        let mut score = json!({"raw": raw});
        if let Some(max) = o.max_score.filter(|m| *m > 0) {
            score["min"] = json!(0);
            score["max"] = json!(max);
            score["scaled"] = json!(raw as f64 / max as f64);
        }
        result.insert("score".into(), score);
    }
    if let Some(s) = o.success {
        result.insert("success".into(), json!(s));
    }
    if let Some(r) = &o.response {
        result.insert("response".into(), json!(r));
    }
    if statement.verb == Verb::Completed {
        result.insert("completion".into(), json!(true));
    }
    if !result.is_empty() {
        out["result"] = Value::Object(result);
    }
    if let Some(parent) = statement.parent {
        out["context"]["statement"] =
            json!({"objectType": "StatementRef", "id": parent.to_string()});
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "https://academy.example";

    #[test]
    fn activities_round_trip_through_their_addresses() {
        for a in [
            Activity::Module("health-safety".into()),
            Activity::Lesson {
                module: "health-safety".into(),
                lesson: "first-aid".into(),
            },
            Activity::Test {
                module: "health-safety".into(),
                test: TestKind::Post,
            },
            Activity::Test {
                module: "health-safety".into(),
                test: TestKind::Check("first-aid".into()),
            },
            Activity::Question {
                module: "health-safety".into(),
                question: "post-1".into(),
            },
            Activity::Session(Uuid::now_v7()),
        ] {
            assert_eq!(
                activity_of(BASE, &activity_iri(BASE, &a)),
                Some(a.clone()),
                "{a:?}"
            );
        }
        assert_eq!(
            activity_of(BASE, "https://elsewhere.example/modules/x"),
            None
        );
        assert_eq!(
            activity_of(BASE, "https://academy.example/modules/X/lessons/y"),
            None
        );
    }

    #[test]
    fn an_outside_completion_becomes_an_academy_record_and_back() {
        let outside = json!({
            "actor": {"account": {"homePage": "https://academy.example/", "name": "JH-0001234"}},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
            "object": {"id": "https://academy.example/modules/health-safety/lessons/first-aid"},
            "result": {"completion": true, "score": {"raw": 4, "max": 5}},
            "context": {"language": "hi-IN"},
            "timestamp": "2026-11-27T10:15:00+05:30"
        });
        let (member, verb, activity, outcome, lang, at) =
            academy_record(BASE, &outside).expect("maps");
        assert_eq!(
            member,
            MemberRef::Code(MemberCode::parse("c", "JH-0001234").unwrap())
        );
        assert_eq!(verb, Verb::Completed);
        assert_eq!(
            activity,
            Activity::Lesson {
                module: "health-safety".into(),
                lesson: "first-aid".into()
            }
        );
        assert_eq!((outcome.score, outcome.max_score), (Some(4), Some(5)));
        assert_eq!(lang, Language::Hi);
        let at = at.expect("a time");
        let record = Statement {
            id: Uuid::now_v7(),
            actor: Uuid::now_v7(),
            verb,
            object: activity,
            parent: None,
            outcome,
            lang,
            facilitated: false,
            at,
        };
        let back = to_xapi(
            BASE,
            &record,
            &MemberCode::parse("c", "JH-0001234").unwrap(),
            at,
        );
        assert_eq!(super::super::check_statement(&back), Ok(()), "{back}");
        assert_eq!(back["object"]["id"], outside["object"]["id"]);
        assert_eq!(back["result"]["score"]["scaled"], 0.8);

        let by_phone = json!({"account": {"homePage": "tel:", "name": "9876543210"}});
        assert!(matches!(
            member_of(BASE, &by_phone),
            Some(MemberRef::Phone(_))
        ));
        let mut elsewhere = outside.clone();
        elsewhere["verb"]["id"] = json!("http://example.com/verbs/liked");
        assert!(
            academy_record(BASE, &elsewhere).is_none(),
            "kept in the LRS only"
        );
    }
}
