//! The xAPI 1.0.3 Learning Record Store at `/xapi/`, for outside e-learning content: the
//! statements resource (PUT, POST, GET by id and with filters, voiding, `more` links) and
//! `about`. Partners sign in with HTTP Basic credentials made by an admin. Statements about a
//! member and one of the academy's lessons or tests are also written to the academy's own
//! learning log, under the same id, so they count toward progress and reports.

use academy_domain::xapi::{self, mapping};
use academy_domain::Statement;
use academy_store::lrs::{Attachment, NewXapiStatement, XapiCredential, XapiQuery};
use academy_store::StoreError;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, FromRequestParts, Query, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use base64::Engine;
use serde::Deserialize;
use serde_json::{json, Value};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::AppState;

pub mod alternate;
mod attachments;
mod documents;
mod format;
mod people;

pub const VERSION: &str = "1.0.3";
const CONSISTENT: &str = "X-Experience-API-Consistent-Through";
const MAX_LIMIT: i64 = 500;

/// An answer with the version header every LRS response carries.
fn answer(status: StatusCode, body: Option<Value>) -> Response {
    let mut response = match body {
        Some(b) => (status, Json(b)).into_response(),
        None => status.into_response(),
    };
    response.headers_mut().insert(
        "X-Experience-API-Version",
        HeaderValue::from_static(VERSION),
    );
    response
}

/// A refusal, with the reason the specification asks for.
pub struct Refused(StatusCode, String);

impl IntoResponse for Refused {
    fn into_response(self) -> Response {
        answer(self.0, Some(json!({"error": self.1})))
    }
}

fn bad(reason: impl Into<String>) -> Refused {
    Refused(StatusCode::BAD_REQUEST, reason.into())
}

impl From<StoreError> for Refused {
    fn from(e: StoreError) -> Refused {
        match e {
            StoreError::Conflict(_) => Refused(
                StatusCode::CONFLICT,
                "a statement with this id is kept already, with other content".into(),
            ),
            StoreError::NotFound => Refused(StatusCode::NOT_FOUND, "not found".into()),
            e => {
                tracing::error!(error = %e, "LRS request failed");
                Refused(StatusCode::INTERNAL_SERVER_ERROR, "the LRS failed".into())
            }
        }
    }
}

/// A partner, signed in with HTTP Basic, sending a supported xAPI version.
pub struct Partner(XapiCredential);

impl FromRequestParts<AppState> for Partner {
    type Rejection = Refused;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Refused> {
        version(&parts.headers)?;
        let unauthorised = || {
            Refused(
                StatusCode::UNAUTHORIZED,
                "HTTP Basic credentials are needed".into(),
            )
        };
        let encoded = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Basic "))
            .ok_or_else(unauthorised)?;
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(encoded.trim())
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .ok_or_else(unauthorised)?;
        let (key, secret) = decoded.split_once(':').ok_or_else(unauthorised)?;
        let (credential, hash) = state
            .store
            .xapi_credential(key)
            .await?
            .ok_or_else(unauthorised)?;
        let given = crate::token_hash(secret);
        let same = given.len() == hash.len()
            && given
                .bytes()
                .zip(hash.bytes())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0;
        if !same || credential.revoked_at.is_some() {
            return Err(unauthorised());
        }
        Ok(Partner(credential))
    }
}

/// `X-Experience-API-Version` must name a 1.0 version.
fn version(headers: &HeaderMap) -> Result<(), Refused> {
    match headers
        .get("X-Experience-API-Version")
        .and_then(|v| v.to_str().ok())
    {
        Some(v) if v == "1.0" || v.starts_with("1.0.") => Ok(()),
        Some(v) => Err(bad(format!(
            "X-Experience-API-Version {v} is not supported: send 1.0.3"
        ))),
        None => Err(bad("the X-Experience-API-Version header is required")),
    }
}

/// Refuses query parameters the resource does not define (names are case-sensitive).
pub(crate) fn only_params(query: Option<&str>, allowed: &[&str]) -> Result<(), Refused> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query.unwrap_or(""))
        .map_err(|_| bad("the query is not readable"))?;
    match pairs.iter().find(|(k, _)| !allowed.contains(&k.as_str())) {
        Some((k, _)) => Err(bad(format!("{k}: not a parameter of this resource"))),
        None => Ok(()),
    }
}

/// `GET /xapi/about`.
async fn about() -> Response {
    answer(StatusCode::OK, Some(json!({"version": [VERSION]})))
}

/// The canonical text of an agent's identifier, for matching (`agent=` and the index).
pub fn actor_key(actor: &Value) -> Option<String> {
    if let Some(m) = actor.get("mbox").and_then(Value::as_str) {
        return Some(format!("mbox:{}", m.to_lowercase()));
    }
    if let Some(s) = actor.get("mbox_sha1sum").and_then(Value::as_str) {
        return Some(format!("sha1:{}", s.to_lowercase()));
    }
    if let Some(o) = actor.get("openid").and_then(Value::as_str) {
        return Some(format!("openid:{o}"));
    }
    let account = actor.get("account")?;
    Some(format!(
        "account:{}|{}",
        account.get("homePage")?.as_str()?.trim_end_matches('/'),
        account.get("name")?.as_str()?
    ))
}

/// A context activity given as one object is kept as a list of one, as xAPI requires it
/// returned (in the statement and in a sub-statement).
fn normalise(statement: &mut Value) {
    for s in [&mut *statement] {
        if let Some(groups) = s["context"]["contextActivities"].as_object_mut() {
            for list in groups.values_mut() {
                if list.is_object() {
                    *list = Value::Array(vec![list.take()]);
                }
            }
        }
        if s["object"]["objectType"] == "SubStatement" {
            normalise(&mut s["object"]);
        }
    }
}

fn fingerprint(statement: &Value) -> String {
    let mut received = statement.clone();
    if let Some(o) = received.as_object_mut() {
        for key in ["stored", "authority", "version"] {
            o.remove(key);
        }
    }
    // serde_json's maps are ordered by key: the same statement always prints the same.
    crate::token_hash(&received.to_string())
}

/// Every activity id and every agent identifier a statement involves: object, context
/// activities, actor and group members, instructor, team, authority, and the same inside a
/// sub-statement.
fn related(statement: &Value) -> (Vec<String>, Vec<String>) {
    fn agents(v: &Value, out: &mut Vec<String>) {
        if v.is_null() {
            return;
        }
        out.extend(actor_key(v));
        if let Some(members) = v.get("member").and_then(Value::as_array) {
            out.extend(members.iter().filter_map(actor_key));
        }
    }
    fn walk(s: &Value, activities: &mut Vec<String>, people: &mut Vec<String>) {
        agents(&s["actor"], people);
        let object = &s["object"];
        match object.get("objectType").and_then(Value::as_str) {
            None | Some("Activity") => activities.extend(object["id"].as_str().map(String::from)),
            Some("Agent") | Some("Group") => agents(object, people),
            Some("SubStatement") => walk(object, activities, people),
            _ => {}
        }
        let context = &s["context"];
        agents(&context["instructor"], people);
        agents(&context["team"], people);
        if let Some(groups) = context["contextActivities"].as_object() {
            for list in groups.values() {
                let items: Vec<&Value> = match list {
                    Value::Array(items) => items.iter().collect(),
                    single => vec![single],
                };
                activities.extend(
                    items
                        .into_iter()
                        .filter_map(|a| a["id"].as_str().map(String::from)),
                );
            }
        }
    }
    let (mut activities, mut people) = (Vec::new(), Vec::new());
    walk(statement, &mut activities, &mut people);
    agents(&statement["authority"], &mut people);
    activities.sort();
    activities.dedup();
    people.sort();
    people.dedup();
    (activities, people)
}

/// Checks, completes and maps the statements of one request; nothing is kept unless all are
/// good.
async fn prepare(
    state: &AppState,
    partner: &XapiCredential,
    statements: Vec<Value>,
) -> Result<(Vec<NewXapiStatement>, Vec<Statement>), Refused> {
    let now = OffsetDateTime::now_utc();
    let base = state.issuer.base_url.clone();
    let mut kept = Vec::new();
    let mut records = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for (i, mut s) in statements.into_iter().enumerate() {
        xapi::check_statement(&s).map_err(|r| bad(format!("statement {i}: {r}")))?;
        let id = match s.get("id").and_then(Value::as_str) {
            Some(id) => {
                Uuid::parse_str(id).map_err(|_| bad(format!("statement {i}: id: not a UUID")))?
            }
            None => Uuid::now_v7(),
        };
        if !ids.insert(id) {
            return Err(bad(format!(
                "statement {i}: id {id} is twice in this request"
            )));
        }
        normalise(&mut s);
        let print = fingerprint(&s);
        s["id"] = json!(id.to_string());
        s["stored"] = json!(now
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default());
        s["authority"] = json!({"objectType": "Agent", "name": partner.name,
                               "account": {"homePage": base, "name": partner.key}});
        if s.get("version").is_none() {
            s["version"] = json!("1.0.0");
        }
        if s.get("timestamp").is_none() {
            s["timestamp"] = s["stored"].clone();
        }
        let verb = s["verb"]["id"].as_str().unwrap_or_default().to_string();
        let object = &s["object"];
        let voids = if verb == xapi::VOIDED {
            let target = object["id"].as_str().and_then(|t| Uuid::parse_str(t).ok());
            let found = match target {
                Some(t) => state.store.xapi_statement(t).await?,
                None => None,
            };
            match found {
                Some(row) if row.credential != partner.id => {
                    return Err(Refused(
                        StatusCode::FORBIDDEN,
                        format!(
                            "statement {i}: only the partner that sent a statement may void it"
                        ),
                    ))
                }
                Some(row) if row.voids.is_none() => Some(row.id),
                Some(_) => {
                    return Err(bad(format!(
                        "statement {i}: a voiding statement cannot be voided"
                    )))
                }
                None => {
                    return Err(bad(format!(
                        "statement {i}: object: no statement with that id to void"
                    )))
                }
            }
        } else {
            None
        };
        let activity = (object.get("objectType").is_none_or(|k| k == "Activity"))
            .then(|| object["id"].as_str().map(String::from))
            .flatten();
        if let Some((member, verb, activity, outcome, lang, at)) =
            mapping::academy_record(&base, &s)
        {
            let found = match member {
                mapping::MemberRef::Code(code) => state.store.member_by_code(&code).await.ok(),
                mapping::MemberRef::Phone(phone) => state
                    .store
                    .member_for_sign_in(phone.as_str())
                    .await?
                    .map(|(m, _)| m),
            };
            if let Some(m) = found {
                records.push(Statement {
                    id,
                    actor: m.id,
                    verb,
                    object: activity,
                    parent: None,
                    outcome,
                    lang,
                    facilitated: false,
                    at: at.unwrap_or(now),
                });
            }
        }
        let (related_activities, related_agents) = related(&s);
        kept.push(NewXapiStatement {
            related_activities,
            related_agents,
            id,
            stored: now,
            fingerprint: print,
            actor: actor_key(&s["actor"]).unwrap_or_default(),
            verb,
            activity,
            registration: s["context"]["registration"]
                .as_str()
                .and_then(|r| Uuid::parse_str(r).ok()),
            voids,
            credential: partner.id,
            body: s.to_string(),
        });
    }
    Ok((kept, records))
}

async fn keep(
    state: &AppState,
    kept: &[NewXapiStatement],
    records: &[Statement],
    attachments: &[Attachment],
) -> Result<(), Refused> {
    let catalogue = state.catalogue.current();
    let rules = crate::curriculum::completion_rules(&catalogue.curriculum);
    let changed = state
        .store
        .store_xapi(kept, records, &rules, attachments)
        .await?;
    // This server forgets what it remembered of these members' lessons.
    for member in changed {
        for module in &catalogue.curriculum.modules {
            state.caches.lessons.forget(&(member, module.id.clone()));
        }
    }
    Ok(())
}

/// The statements of a POST or PUT, from a JSON body or the first part of a multipart one,
/// and the attachments' content, paired with the statements that name them.
async fn read_statements(
    headers: &HeaderMap,
    body: Bytes,
) -> Result<(Value, Vec<attachments::Part>), Refused> {
    let kind = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if kind.starts_with("application/json") {
        if let Some(twice) = xapi::duplicate_key(&body) {
            return Err(bad(twice));
        }
        Ok((parse_body(&body)?, Vec::new()))
    } else if kind.starts_with("multipart/mixed") {
        attachments::read(kind, body).await
    } else {
        Err(bad(
            "Content-Type must be application/json or multipart/mixed",
        ))
    }
}

/// Pairs attachments' content with the statements that carry it.
fn pair(statements: &[Value], parts: Vec<attachments::Part>) -> Result<Vec<Attachment>, Refused> {
    if parts.is_empty() {
        attachments::need_multipart(statements)?;
    }
    attachments::pair(statements, parts)
}

/// Copies the academy's own learning records that the LRS does not have yet, so that a
/// query sees every record made before it. One copy at a time in this server; another
/// server copying the same records at once only finds them kept.
async fn catch_up(state: &AppState) -> Result<(), Refused> {
    let _one = state.lrs_copy.lock().await;
    let base = state.issuer.base_url.clone();
    loop {
        let pending = state.store.xapi_pending(1000).await?;
        if pending.is_empty() {
            return Ok(());
        }
        let now = OffsetDateTime::now_utc();
        let mut copies = Vec::new();
        let mut done = Vec::new();
        for (id, record) in pending {
            let Some((statement, code)) = record else {
                done.push(id);
                continue;
            };
            let Ok(code) = academy_domain::MemberCode::parse("code", &code) else {
                done.push(id);
                continue;
            };
            let body = mapping::to_xapi(&base, &statement, &code, now);
            let (related_activities, related_agents) = related(&body);
            copies.push(NewXapiStatement {
                id,
                stored: now,
                fingerprint: fingerprint(&body),
                actor: actor_key(&body["actor"]).unwrap_or_default(),
                verb: body["verb"]["id"].as_str().unwrap_or_default().to_string(),
                activity: body["object"]["id"].as_str().map(String::from),
                registration: None,
                voids: None,
                credential: Uuid::nil(),
                body: body.to_string(),
                related_activities,
                related_agents,
            });
        }
        state.store.copy_to_xapi(&copies, &done).await?;
    }
}

fn parse_body(body: &Bytes) -> Result<Value, Refused> {
    serde_json::from_slice(body).map_err(|e| bad(format!("the body is not JSON: {e}")))
}

/// `POST /xapi/statements`: one statement or an array; answers their ids.
async fn post_statements(
    State(state): State<AppState>,
    Partner(partner): Partner,
    headers: HeaderMap,
    uri: axum::http::Uri,
    body: Bytes,
) -> Result<Response, Refused> {
    only_params(uri.query(), &[])?;
    let (body, parts) = read_statements(&headers, body).await?;
    let statements = match body {
        Value::Array(list) => list,
        single @ Value::Object(_) => vec![single],
        _ => {
            return Err(bad(
                "the body must be a statement or an array of statements",
            ))
        }
    };
    let attachments = pair(&statements, parts)?;
    let (kept, records) = prepare(&state, &partner, statements).await?;
    keep(&state, &kept, &records, &attachments).await?;
    let ids: Vec<String> = kept.iter().map(|s| s.id.to_string()).collect();
    Ok(answer(StatusCode::OK, Some(json!(ids))))
}

#[derive(Deserialize)]
struct PutQuery {
    #[serde(rename = "statementId")]
    statement_id: Option<String>,
}

/// `PUT /xapi/statements?statementId=…`: one statement with a chosen id.
async fn put_statement(
    State(state): State<AppState>,
    Partner(partner): Partner,
    headers: HeaderMap,
    uri: axum::http::Uri,
    Query(q): Query<PutQuery>,
    body: Bytes,
) -> Result<Response, Refused> {
    only_params(uri.query(), &["statementId"])?;
    let id = q
        .statement_id
        .as_deref()
        .and_then(|s| Uuid::parse_str(s).ok())
        .ok_or_else(|| bad("statementId: a UUID is required"))?;
    let (mut statement, parts) = read_statements(&headers, body).await?;
    if !statement.is_object() {
        return Err(bad("the body must be one statement"));
    }
    match statement.get("id").and_then(Value::as_str) {
        Some(given) if Uuid::parse_str(given).ok() != Some(id) => {
            return Err(bad("id: differs from statementId"))
        }
        _ => statement["id"] = json!(id.to_string()),
    }
    let attachments = pair(std::slice::from_ref(&statement), parts)?;
    let (kept, records) = prepare(&state, &partner, vec![statement]).await?;
    keep(&state, &kept, &records, &attachments).await?;
    Ok(answer(StatusCode::NO_CONTENT, None))
}

#[derive(Deserialize, Default)]
struct GetQuery {
    #[serde(rename = "statementId")]
    statement_id: Option<String>,
    #[serde(rename = "voidedStatementId")]
    voided_statement_id: Option<String>,
    agent: Option<String>,
    verb: Option<String>,
    activity: Option<String>,
    registration: Option<String>,
    since: Option<String>,
    until: Option<String>,
    limit: Option<String>,
    ascending: Option<String>,
    format: Option<String>,
    attachments: Option<String>,
    related_activities: Option<String>,
    related_agents: Option<String>,
    more: Option<String>,
}

fn time_param(name: &str, value: &Option<String>) -> Result<Option<OffsetDateTime>, Refused> {
    value
        .as_deref()
        .map(|v| {
            OffsetDateTime::parse(v, &time::format_description::well_known::Rfc3339)
                .map_err(|_| bad(format!("{name}: not an ISO 8601 time")))
        })
        .transpose()
}

/// `GET /xapi/statements`: one by id, or a list with filters and a `more` link.
async fn get_statements(
    State(state): State<AppState>,
    Partner(_): Partner,
    headers: HeaderMap,
    uri: axum::http::Uri,
) -> Response {
    let consistent = OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    let mut response = match read_statements_query(&state, &headers, uri.query()).await {
        Ok(r) => r,
        Err(refused) => refused.into_response(),
    };
    if let Ok(v) = HeaderValue::from_str(&consistent) {
        response.headers_mut().insert(CONSISTENT, v);
    }
    response
}

const GET_PARAMS: &[&str] = &[
    "statementId",
    "voidedStatementId",
    "agent",
    "verb",
    "activity",
    "registration",
    "since",
    "until",
    "limit",
    "ascending",
    "format",
    "attachments",
    "related_activities",
    "related_agents",
    "more",
];

/// One statement by id, or a list with filters and a `more` link.
async fn read_statements_query(
    state: &AppState,
    headers: &HeaderMap,
    query: Option<&str>,
) -> Result<Response, Refused> {
    only_params(query, GET_PARAMS)?;
    let q: GetQuery = serde_urlencoded::from_str(query.unwrap_or(""))
        .map_err(|_| bad("the query is not readable"))?;
    let shape = |statement: Value| match q.format.as_deref() {
        Some("ids") => format::ids_only(statement),
        Some("canonical") => format::canonical(statement, headers),
        _ => statement,
    };
    if q.format
        .as_deref()
        .is_some_and(|f| !["exact", "ids", "canonical"].contains(&f))
    {
        return Err(bad("format: exact, ids or canonical"));
    }
    let flag = |name: &str, value: &Option<String>| match value.as_deref() {
        None | Some("false") => Ok(false),
        Some("true") => Ok(true),
        Some(_) => Err(bad(format!("{name}: true or false"))),
    };
    let with_attachments = flag("attachments", &q.attachments)?;
    let related_activities = flag("related_activities", &q.related_activities)?;
    let related_agents = flag("related_agents", &q.related_agents)?;
    if q.statement_id.is_some() && q.voided_statement_id.is_some() {
        return Err(bad("statementId and voidedStatementId do not go together"));
    }
    for (name, value) in [("verb", &q.verb), ("activity", &q.activity)] {
        if value.as_deref().is_some_and(|v| !xapi::is_iri(v)) {
            return Err(bad(format!("{name}: must be an IRI")));
        }
    }
    for (name, value, voided) in [
        ("statementId", &q.statement_id, false),
        ("voidedStatementId", &q.voided_statement_id, true),
    ] {
        let Some(v) = value else { continue };
        let others = [
            &q.agent,
            &q.verb,
            &q.activity,
            &q.registration,
            &q.since,
            &q.until,
            &q.limit,
            &q.ascending,
            &q.related_activities,
            &q.related_agents,
            &q.more,
        ];
        if others.iter().any(|o| o.is_some()) {
            return Err(bad(format!(
                "{name} goes with no filter but format and attachments"
            )));
        }
        let id = Uuid::parse_str(v).map_err(|_| bad(format!("{name}: not a UUID")))?;
        let row = state
            .store
            .xapi_statement(id)
            .await?
            .filter(|r| r.voided == voided);
        return match row {
            Some(r) => {
                let statement = shape(parse_body(&Bytes::from(r.body))?);
                Ok(if with_attachments {
                    attachments::answer(state, &statement, &[&statement]).await?
                } else {
                    answer(StatusCode::OK, Some(statement))
                })
            }
            None => Err(Refused(StatusCode::NOT_FOUND, format!("no statement {id}"))),
        };
    }
    let limit = match q.limit.as_deref() {
        None | Some("0") => MAX_LIMIT,
        Some(l) => l
            .parse::<i64>()
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(|| bad("limit: a whole number"))?
            .min(MAX_LIMIT),
    };
    let agent = match q.agent.as_deref() {
        None => None,
        Some(a) => {
            let value: Value = serde_json::from_str(a).map_err(|_| bad("agent: not JSON"))?;
            Some(actor_key(&value).ok_or_else(|| bad("agent: no identifier"))?)
        }
    };
    let ascending = match q.ascending.as_deref() {
        None | Some("false") => false,
        Some("true") => true,
        Some(_) => return Err(bad("ascending: true or false")),
    };
    let query = XapiQuery {
        actor: agent,
        verb: q.verb.clone(),
        activity: q.activity.clone(),
        registration: q
            .registration
            .as_deref()
            .map(|r| Uuid::parse_str(r).map_err(|_| bad("registration: not a UUID")))
            .transpose()?,
        since: time_param("since", &q.since)?,
        until: time_param("until", &q.until)?,
        ascending,
        related_activities,
        related_agents,
        limit: limit + 1,
        after: q
            .more
            .as_deref()
            .map(|m| {
                m.parse::<i64>()
                    .map_err(|_| bad("more: not a link this LRS gave"))
            })
            .transpose()?,
    };
    catch_up(state).await?;
    let mut rows = state.store.xapi_statements(&query).await?;
    let more = if rows.len() as i64 > limit {
        rows.truncate(limit as usize);
        let mut params = serde_urlencoded::to_string(
            [
                ("agent", q.agent.clone()),
                ("verb", q.verb.clone()),
                ("activity", q.activity.clone()),
                ("registration", q.registration.clone()),
                ("since", q.since.clone()),
                ("until", q.until.clone()),
                ("limit", q.limit.clone()),
                ("ascending", q.ascending.clone()),
                ("related_activities", q.related_activities.clone()),
                ("related_agents", q.related_agents.clone()),
            ]
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| (k, v)))
            .collect::<Vec<_>>(),
        )
        .unwrap_or_default();
        if !params.is_empty() {
            params.push('&');
        }
        let last = rows.last().map(|r| r.seq).unwrap_or_default();
        format!("/xapi/statements?{params}more={last}")
    } else {
        String::new()
    };
    let statements = rows
        .iter()
        .map(|r| serde_json::from_str::<Value>(&r.body))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| {
            Refused(
                StatusCode::INTERNAL_SERVER_ERROR,
                "a kept statement is not JSON".into(),
            )
        })?;
    let statements: Vec<Value> = statements.into_iter().map(shape).collect();
    let result = json!({"statements": statements, "more": more});
    Ok(if with_attachments {
        let all: Vec<&Value> = statements.iter().collect();
        attachments::answer(state, &result, &all).await?
    } else {
        answer(StatusCode::OK, Some(result))
    })
}

/// The LRS's routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/xapi/about", get(about))
        .route(
            "/xapi/statements",
            get(get_statements).post(post_statements).put(put_statement),
        )
        .route(
            "/xapi/activities/state",
            axum::routing::any(documents::resource),
        )
        .route(
            "/xapi/activities/profile",
            axum::routing::any(documents::resource),
        )
        .route(
            "/xapi/agents/profile",
            axum::routing::any(documents::resource),
        )
        .route("/xapi/activities", get(people::activity))
        .route("/xapi/agents", get(people::person))
        .layer(DefaultBodyLimit::max(1024 * 1024))
}
