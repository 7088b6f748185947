//! The statement checks, rule by rule.

use serde_json::json;

use super::*;

fn good() -> Value {
    json!({
        "id": "0194d8c5-7a9c-7b3e-9f00-1a2b3c4d5e6f",
        "actor": {"objectType": "Agent", "name": "Sunita", "account": {"homePage": "https://academy.example", "name": "JH-0001234"}},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/completed", "display": {"en-US": "completed", "hi": "पूरा किया"}},
        "object": {"id": "https://academy.example/modules/health-safety/lessons/first-aid",
                   "definition": {"name": {"en": "First aid"}, "type": "http://adlnet.gov/expapi/activities/lesson"}},
        "result": {"score": {"scaled": 0.8, "raw": 8, "min": 0, "max": 10}, "success": true, "completion": true, "duration": "PT12M30.5S"},
        "context": {"registration": "6b1f7c2e-0c55-4c1f-8d6a-0d6e2d5f0a11", "language": "hi-IN", "platform": "Kolibri",
                    "contextActivities": {"parent": {"id": "https://academy.example/modules/health-safety"}}},
        "timestamp": "2026-11-27T10:15:00+05:30"
    })
}

fn refused(change: impl Fn(&mut Value)) -> Refusal {
    let mut s = good();
    change(&mut s);
    check_statement(&s).expect_err("refused")
}

#[test]
fn a_well_formed_statement_passes() {
    assert_eq!(check_statement(&good()), Ok(()));
}

#[test]
fn each_broken_rule_names_its_place() {
    type Change = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(Change, &str)> = vec![
        (
            Box::new(|s| s["actor"]["mbox"] = json!("mailto:a@b.in")),
            "actor",
        ),
        (
            Box::new(|s| s["actor"] = json!({"name": "nobody"})),
            "actor",
        ),
        (
            Box::new(|s| s["actor"]["account"] = json!({"name": "x"})),
            "actor.account.homePage",
        ),
        (
            Box::new(|s| s["verb"]["id"] = json!("completed")),
            "verb.id",
        ),
        (
            Box::new(|s| s["verb"]["display"] = json!({"not a tag!": "x"})),
            "verb.display.not a tag!",
        ),
        (
            Box::new(|s| s["object"]["id"] = json!("no scheme")),
            "object.id",
        ),
        (
            Box::new(|s| s["result"]["score"]["scaled"] = json!(1.5)),
            "result.score.scaled",
        ),
        (
            Box::new(|s| s["result"]["score"]["raw"] = json!(11)),
            "result.score.raw",
        ),
        (
            Box::new(|s| s["result"]["duration"] = json!("12 minutes")),
            "result.duration",
        ),
        (
            Box::new(|s| s["timestamp"] = json!("2026-11-27 10:15")),
            "timestamp",
        ),
        (
            Box::new(|s| s["timestamp"] = json!("2026-11-27T10:15:00-00:00")),
            "timestamp",
        ),
        (Box::new(|s| s["id"] = json!("not-a-uuid")), "id"),
        (Box::new(|s| s["colour"] = json!("red")), "colour"),
        (
            Box::new(|s| s["result"]["success"] = json!(null)),
            "result.success",
        ),
        (Box::new(|s| s["version"] = json!("2.0.0")), "version"),
        (
            Box::new(|s| s["context"]["language"] = json!("Hindi!")),
            "context.language",
        ),
        (
            Box::new(|s| s["object"]["definition"]["interactionType"] = json!("essay")),
            "object.definition.interactionType",
        ),
        (
            Box::new(|s| s["context"]["extensions"] = json!({"not-an-iri": 1})),
            "context.extensions.not-an-iri",
        ),
    ];
    for (change, path) in cases {
        assert_eq!(refused(change).path, path);
    }
}

#[test]
fn agents_groups_and_references_follow_their_rules() {
    let anonymous_group = json!({"objectType": "Group", "member": [{"mbox": "mailto:a@b.in"}]});
    let mut s = good();
    s["actor"] = anonymous_group;
    assert_eq!(check_statement(&s), Ok(()));
    s["actor"] = json!({"objectType": "Group"});
    assert_eq!(check_statement(&s).unwrap_err().path, "actor.member");
    s["actor"] = json!({"objectType": "Group", "mbox": "mailto:g@b.in", "member": [{"objectType": "Group", "mbox": "mailto:x@y.in"}]});
    assert_eq!(check_statement(&s).unwrap_err().path, "actor.member[0]");

    let mut void = good();
    void["verb"]["id"] = json!(VOIDED);
    assert_eq!(check_statement(&void).unwrap_err().path, "object");
    void["object"] =
        json!({"objectType": "StatementRef", "id": "0194d8c5-7a9c-7b3e-9f00-1a2b3c4d5e6f"});
    void.as_object_mut().unwrap().remove("context");
    assert_eq!(check_statement(&void), Ok(()));

    let mut agent_object = good();
    agent_object["object"] = json!({"objectType": "Agent", "mbox": "mailto:a@b.in"});
    assert_eq!(
        check_statement(&agent_object).unwrap_err().path,
        "context.platform",
        "platform is only for activities"
    );
    let mut nested = good();
    nested["object"] = json!({"objectType": "SubStatement", "actor": {"mbox": "mailto:a@b.in"},
        "verb": {"id": "http://x.example/v"}, "object": {"objectType": "SubStatement"}});
    nested.as_object_mut().unwrap().remove("context");
    assert_eq!(check_statement(&nested).unwrap_err().path, "object.object");
}

#[test]
fn empty_objects_twin_keys_and_loose_interactions_are_refused() {
    assert_eq!(refused(|s| s["result"] = json!({})).path, "result");
    assert_eq!(
        refused(|s| s["context"] = json!({"contextActivities": {}})).path,
        "context.contextActivities"
    );
    let mut s = good();
    s["context"] = json!({"extensions": {}});
    assert!(
        check_statement(&s).is_ok(),
        "an empty extensions object is fine"
    );
    assert_eq!(
        refused(|s| s["actor"] = json!({"objectType": "Group", "member": []})).path,
        "actor.member"
    );
    let choice = |ids: [&str; 2]| {
        json!({"id": "https://example.org/q1", "definition": {"interactionType": "choice",
            "choices": [{"id": ids[0]}, {"id": ids[1]}]}})
    };
    assert!(refused(|s| s["object"] = choice(["a", "a"]))
        .reason
        .contains("another component"));
    assert!(refused(|s| s["object"] = choice(["a", ""]))
        .reason
        .contains("empty"));
    assert!(
        refused(|s| s["object"] = json!({"id": "https://example.org/q1",
        "definition": {"correctResponsesPattern": ["a"]}}))
        .reason
        .contains("interactionType")
    );
    assert!(is_media_type("text/plain; charset=utf-8") && !is_media_type("not a media type"));
    assert!(duplicate_key(br#"{"a": 1, "b": {"c": 2, "c": 3}}"#).is_some());
    assert_eq!(
        duplicate_key(br#"{"a": 1, "b": [{"c": 2}, {"c": 3}]}"#),
        None
    );
}

#[test]
fn durations_are_iso_8601() {
    for ok in ["PT1M30S", "P1D", "P1Y2M3DT4H5M6.5S", "PT0.5S", "P2W"] {
        assert!(is_duration(ok), "{ok}");
    }
    for bad in [
        "P", "PT", "1M", "PT1.5M", "P1S", "PT1S2M", "P1DT", "PT1..5S",
    ] {
        assert!(!is_duration(bad), "{bad}");
    }
}
