//! `/xapi/activities` and `/xapi/agents`: what the LRS knows of an activity (its definition:
//! for the academy's own lessons, tests and modules, their titles in every language of the
//! curriculum) and of a person (every name seen with the agent's identifier).

use academy_domain::xapi::mapping;
use academy_domain::Activity;
use academy_store::lrs::XapiQuery;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use serde_json::{json, Map, Value};

use super::{answer, bad, Partner, Refused};
use crate::AppState;

#[derive(Deserialize)]
pub struct ActivityQuery {
    #[serde(rename = "activityId")]
    activity_id: Option<String>,
}

/// The academy's own definition of one of its activities.
fn academy_definition(state: &AppState, activity: &Activity) -> Option<Value> {
    let published = state.catalogue.current();
    let titles = |map: &academy_content::Localized<String>| -> Value {
        Value::Object(
            map.0
                .iter()
                .map(|(l, t)| (l.as_str().to_string(), json!(t)))
                .collect::<Map<_, _>>(),
        )
    };
    let (name, kind) = match activity {
        Activity::Module(m) => (titles(&published.curriculum.module(m)?.title), "module"),
        Activity::Lesson { module, lesson } => (
            titles(&published.curriculum.module(module)?.lesson(lesson)?.title),
            "lesson",
        ),
        Activity::Test { module, .. } => (
            titles(&published.curriculum.module(module)?.title),
            "assessment",
        ),
        _ => return None,
    };
    Some(json!({"name": name, "type": format!("http://adlnet.gov/expapi/activities/{kind}")}))
}

/// `GET /xapi/activities?activityId=`.
pub async fn activity(
    State(state): State<AppState>,
    _: Partner,
    uri: axum::http::Uri,
    Query(q): Query<ActivityQuery>,
) -> Result<Response, Refused> {
    super::only_params(uri.query(), &["activityId"])?;
    let id = q.activity_id.ok_or_else(|| bad("activityId: required"))?;
    if !academy_domain::xapi::is_iri(&id) {
        return Err(bad("activityId: must be an IRI"));
    }
    let mut out = json!({"objectType": "Activity", "id": id});
    if let Some(definition) = mapping::activity_of(&state.issuer.base_url, &id)
        .and_then(|a| academy_definition(&state, &a))
    {
        out["definition"] = definition;
    } else {
        // Every definition sent, oldest first, merged: a later one wins, except that
        // language maps gather every language.
        let sent = state
            .store
            .xapi_statements(&XapiQuery {
                activity: Some(id.clone()),
                limit: 200,
                ..XapiQuery::default()
            })
            .await?;
        let mut merged = Map::new();
        for definition in sent
            .iter()
            .rev()
            .filter_map(|r| serde_json::from_str::<Value>(&r.body).ok())
            .filter_map(|s| s["object"].get("definition").cloned())
        {
            let Value::Object(definition) = definition else {
                continue;
            };
            for (key, value) in definition {
                match (merged.get_mut(&key), value) {
                    (Some(Value::Object(kept)), Value::Object(new))
                        if ["name", "description"].contains(&key.as_str()) =>
                    {
                        kept.extend(new)
                    }
                    (_, value) => {
                        merged.insert(key, value);
                    }
                }
            }
        }
        if !merged.is_empty() {
            out["definition"] = Value::Object(merged);
        }
    }
    Ok(answer(StatusCode::OK, Some(out)))
}

#[derive(Deserialize)]
pub struct AgentQuery {
    agent: Option<String>,
}

/// `GET /xapi/agents?agent=`: a Person object.
pub async fn person(
    State(state): State<AppState>,
    _: Partner,
    uri: axum::http::Uri,
    Query(q): Query<AgentQuery>,
) -> Result<Response, Refused> {
    super::only_params(uri.query(), &["agent"])?;
    let key = super::documents::agent_key(&q.agent)?;
    let text = q.agent.unwrap_or_default();
    let agent: Value = serde_json::from_str(&text).map_err(|_| bad("agent: not JSON"))?;
    let seen = state
        .store
        .xapi_statements(&XapiQuery {
            actor: Some(key),
            limit: 100,
            ..XapiQuery::default()
        })
        .await?;
    let mut names: Vec<String> = seen
        .iter()
        .filter_map(|r| serde_json::from_str::<Value>(&r.body).ok())
        .filter_map(|s| s["actor"]["name"].as_str().map(String::from))
        .collect();
    names.extend(agent["name"].as_str().map(String::from));
    names.sort();
    names.dedup();
    let mut person = json!({"objectType": "Person"});
    if !names.is_empty() {
        person["name"] = json!(names);
    }
    for key in ["mbox", "mbox_sha1sum", "openid", "account"] {
        if let Some(v) = agent.get(key) {
            person[key] = json!([v]);
        }
    }
    Ok(answer(StatusCode::OK, Some(person)))
}
