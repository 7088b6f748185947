//! xAPI 1.0.3 statements as outside content sends them to the Learning Record Store: every
//! rule of the specification's data model that a statement can break, checked before anything
//! is stored, each failure naming where in the statement it is (`actor.mbox`,
//! `object.definition.name.xx`) and why, for the 400 answer the specification asks for.

use serde_json::{Map, Value};

/// Why a statement was refused, and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {reason}")]
pub struct Refusal {
    pub path: String,
    pub reason: String,
}

type Checked = Result<(), Refusal>;

fn refuse(path: &str, reason: impl Into<String>) -> Refusal {
    Refusal {
        path: path.to_string(),
        reason: reason.into(),
    }
}

fn at(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// The verb that voids another statement.
pub const VOIDED: &str = "http://adlnet.gov/expapi/verbs/voided";

/// Checks one statement (as received: `stored` and `authority` may be present and are
/// replaced by the LRS).
pub fn check_statement(statement: &Value) -> Checked {
    let object = as_object(statement, "")?;
    allowed(
        object,
        "",
        &[
            "id",
            "actor",
            "verb",
            "object",
            "result",
            "context",
            "timestamp",
            "stored",
            "authority",
            "version",
            "attachments",
        ],
    )?;
    if let Some(id) = object.get("id") {
        uuid(id, "id")?;
    }
    actor(required(object, "", "actor")?, "actor")?;
    let verb_id = verb(required(object, "", "verb")?, "verb")?;
    let kind = statement_object(required(object, "", "object")?, "object", false)?;
    if verb_id == VOIDED && kind != "StatementRef" {
        return Err(refuse(
            "object",
            "a voiding statement's object must be a StatementRef",
        ));
    }
    if let Some(r) = object.get("result") {
        result(r, "result")?;
    }
    if let Some(c) = object.get("context") {
        context(c, "context", &kind)?;
    }
    for key in ["timestamp", "stored"] {
        if let Some(t) = object.get(key) {
            timestamp(t, key)?;
        }
    }
    if let Some(a) = object.get("authority") {
        actor(a, "authority")?;
        if a.get("objectType").and_then(Value::as_str) == Some("Group")
            && a.get("member").and_then(Value::as_array).map(Vec::len) != Some(2)
        {
            return Err(refuse(
                "authority",
                "a group as authority is an application and a user: exactly two agents",
            ));
        }
    }
    if let Some(v) = object.get("version") {
        let v = string(v, "version")?;
        if !v.starts_with("1.0.") && v != "1.0" {
            return Err(refuse("version", "must be 1.0.x"));
        }
    }
    if let Some(a) = object.get("attachments") {
        for (i, attachment) in array(a, "attachments")?.iter().enumerate() {
            check_attachment(attachment, &format!("attachments[{i}]"))?;
        }
    }
    Ok(())
}

fn as_object<'a>(value: &'a Value, path: &str) -> Result<&'a Map<String, Value>, Refusal> {
    let object = value
        .as_object()
        .ok_or_else(|| refuse(path_or(path), "must be a JSON object"))?;
    for (key, v) in object {
        // Null and empty values are refused everywhere except inside extensions.
        if v.is_null() {
            return Err(refuse(&at(path, key), "must not be null"));
        }
        if key != "extensions" && v.as_object().is_some_and(|o| o.is_empty()) {
            return Err(refuse(&at(path, key), "must not be an empty object"));
        }
    }
    Ok(object)
}

fn path_or(path: &str) -> &str {
    if path.is_empty() {
        "statement"
    } else {
        path
    }
}

fn allowed(object: &Map<String, Value>, path: &str, keys: &[&str]) -> Checked {
    match object.keys().find(|k| !keys.contains(&k.as_str())) {
        Some(k) => Err(refuse(
            &at(path, k),
            "is not a property xAPI 1.0.3 defines here",
        )),
        None => Ok(()),
    }
}

fn required<'a>(
    object: &'a Map<String, Value>,
    path: &str,
    key: &str,
) -> Result<&'a Value, Refusal> {
    object
        .get(key)
        .ok_or_else(|| refuse(&at(path, key), "is required"))
}

fn string<'a>(value: &'a Value, path: &str) -> Result<&'a str, Refusal> {
    value
        .as_str()
        .ok_or_else(|| refuse(path, "must be a string"))
}

fn array<'a>(value: &'a Value, path: &str) -> Result<&'a Vec<Value>, Refusal> {
    value
        .as_array()
        .ok_or_else(|| refuse(path, "must be an array"))
}

fn boolean(value: &Value, path: &str) -> Checked {
    value
        .as_bool()
        .map(|_| ())
        .ok_or_else(|| refuse(path, "must be true or false"))
}

fn uuid(value: &Value, path: &str) -> Checked {
    let text = string(value, path)?;
    // The hyphenated form only, as RFC 4122 writes it.
    if text.len() == 36 && uuid::Uuid::parse_str(text).is_ok() {
        Ok(())
    } else {
        Err(refuse(path, "must be a UUID like 2f1f1b1e-…"))
    }
}

/// An IRI: a scheme, a colon, and no white space.
pub fn is_iri(text: &str) -> bool {
    let Some((scheme, rest)) = text.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && !rest.is_empty()
        && !text.chars().any(char::is_whitespace)
}

fn iri(value: &Value, path: &str) -> Result<String, Refusal> {
    let text = string(value, path)?;
    if is_iri(text) {
        Ok(text.to_string())
    } else {
        Err(refuse(path, "must be an absolute IRI, such as http://…"))
    }
}

/// A language tag as RFC 5646 shapes it (`hi`, `en-IN`, `or`, `zh-Hant-TW`).
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first = parts.next().unwrap_or("");
    (2..=8).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

fn language_map(value: &Value, path: &str) -> Checked {
    let map = value
        .as_object()
        .ok_or_else(|| refuse(path, "must be a language map"))?;
    for (tag, text) in map {
        if !is_language_tag(tag) {
            return Err(refuse(&at(path, tag), "is not a language tag (RFC 5646)"));
        }
        string(text, &at(path, tag))?;
    }
    Ok(())
}

fn extensions(value: &Value, path: &str) -> Checked {
    let map = value
        .as_object()
        .ok_or_else(|| refuse(path, "must be an object"))?;
    match map.keys().find(|k| !is_iri(k)) {
        Some(k) => Err(refuse(&at(path, k), "extension keys must be IRIs")),
        None => Ok(()),
    }
}

/// An Agent or a Group (as actor, authority, instructor or object).
fn actor(value: &Value, path: &str) -> Checked {
    let object = as_object(value, path)?;
    let kind = match object.get("objectType") {
        None => "Agent",
        Some(k) => string(k, &at(path, "objectType"))?,
    };
    match kind {
        "Agent" => agent(object, path),
        "Group" => group(object, path),
        _ => Err(refuse(&at(path, "objectType"), "must be Agent or Group")),
    }
}

/// The inverse functional identifiers an agent carries; exactly one for an agent.
fn identifiers(object: &Map<String, Value>, path: &str) -> Result<usize, Refusal> {
    let mut count = 0;
    if let Some(m) = object.get("mbox") {
        let m = string(m, &at(path, "mbox"))?;
        if !m.strip_prefix("mailto:").is_some_and(|a| a.contains('@')) {
            return Err(refuse(&at(path, "mbox"), "must be mailto:address"));
        }
        count += 1;
    }
    if let Some(s) = object.get("mbox_sha1sum") {
        let s = string(s, &at(path, "mbox_sha1sum"))?;
        if s.len() != 40 || !s.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(refuse(
                &at(path, "mbox_sha1sum"),
                "must be 40 hexadecimal digits",
            ));
        }
        count += 1;
    }
    if let Some(o) = object.get("openid") {
        iri(o, &at(path, "openid"))?;
        count += 1;
    }
    if let Some(a) = object.get("account") {
        let account = as_object(a, &at(path, "account"))?;
        let here = at(path, "account");
        allowed(account, &here, &["homePage", "name"])?;
        iri(
            required(account, &here, "homePage")?,
            &at(&here, "homePage"),
        )?;
        string(required(account, &here, "name")?, &at(&here, "name"))?;
        count += 1;
    }
    Ok(count)
}

fn agent(object: &Map<String, Value>, path: &str) -> Checked {
    allowed(
        object,
        path,
        &[
            "objectType",
            "name",
            "mbox",
            "mbox_sha1sum",
            "openid",
            "account",
        ],
    )?;
    if let Some(n) = object.get("name") {
        string(n, &at(path, "name"))?;
    }
    match identifiers(object, path)? {
        1 => Ok(()),
        0 => Err(refuse(
            path,
            "an agent needs one of mbox, mbox_sha1sum, openid, account",
        )),
        _ => Err(refuse(
            path,
            "an agent has exactly one of mbox, mbox_sha1sum, openid, account",
        )),
    }
}

fn group(object: &Map<String, Value>, path: &str) -> Checked {
    allowed(
        object,
        path,
        &[
            "objectType",
            "name",
            "member",
            "mbox",
            "mbox_sha1sum",
            "openid",
            "account",
        ],
    )?;
    if let Some(n) = object.get("name") {
        string(n, &at(path, "name"))?;
    }
    let ids = identifiers(object, path)?;
    if ids > 1 {
        return Err(refuse(path, "a group has at most one identifier"));
    }
    match object.get("member") {
        Some(members) => {
            let members = array(members, &at(path, "member"))?;
            if members.is_empty() && ids == 0 {
                return Err(refuse(
                    &at(path, "member"),
                    "an anonymous group must list its members",
                ));
            }
            for (i, m) in members.iter().enumerate() {
                let here = format!("{}[{i}]", at(path, "member"));
                let member = as_object(m, &here)?;
                if member.get("objectType").and_then(Value::as_str) == Some("Group") {
                    return Err(refuse(&here, "a group's members are agents, not groups"));
                }
                agent(member, &here)?;
            }
        }
        None if ids == 0 => {
            return Err(refuse(
                &at(path, "member"),
                "an anonymous group must list its members",
            ))
        }
        None => {}
    }
    Ok(())
}

fn verb(value: &Value, path: &str) -> Result<String, Refusal> {
    let object = as_object(value, path)?;
    allowed(object, path, &["id", "display"])?;
    let id = iri(required(object, path, "id")?, &at(path, "id"))?;
    if let Some(d) = object.get("display") {
        language_map(d, &at(path, "display"))?;
    }
    Ok(id)
}

/// The object of a statement (or of a sub-statement, which may not nest another).
fn statement_object(value: &Value, path: &str, inside_sub: bool) -> Result<String, Refusal> {
    let object = as_object(value, path)?;
    let kind = match object.get("objectType") {
        None => "Activity",
        Some(k) => string(k, &at(path, "objectType"))?,
    };
    match kind {
        "Activity" => activity(object, path)?,
        "Agent" | "Group" => actor(value, path)?,
        "StatementRef" => {
            allowed(object, path, &["objectType", "id"])?;
            uuid(required(object, path, "id")?, &at(path, "id"))?;
        }
        "SubStatement" if inside_sub => {
            return Err(refuse(path, "a sub-statement cannot hold another"))
        }
        "SubStatement" => {
            allowed(
                object,
                path,
                &[
                    "objectType",
                    "actor",
                    "verb",
                    "object",
                    "result",
                    "context",
                    "timestamp",
                    "attachments",
                ],
            )?;
            actor(required(object, path, "actor")?, &at(path, "actor"))?;
            verb(required(object, path, "verb")?, &at(path, "verb"))?;
            let inner =
                statement_object(required(object, path, "object")?, &at(path, "object"), true)?;
            if let Some(r) = object.get("result") {
                result(r, &at(path, "result"))?;
            }
            if let Some(c) = object.get("context") {
                context(c, &at(path, "context"), &inner)?;
            }
            if let Some(t) = object.get("timestamp") {
                timestamp(t, &at(path, "timestamp"))?;
            }
        }
        _ => {
            return Err(refuse(
                &at(path, "objectType"),
                "must be Activity, Agent, Group, StatementRef or SubStatement",
            ))
        }
    }
    Ok(kind.to_string())
}

const INTERACTION_TYPES: &[&str] = &[
    "true-false",
    "choice",
    "fill-in",
    "long-fill-in",
    "matching",
    "performance",
    "sequencing",
    "likert",
    "numeric",
    "other",
];

fn activity(object: &Map<String, Value>, path: &str) -> Checked {
    allowed(object, path, &["objectType", "id", "definition"])?;
    iri(required(object, path, "id")?, &at(path, "id"))?;
    let Some(d) = object.get("definition") else {
        return Ok(());
    };
    let here = at(path, "definition");
    let definition = as_object(d, &here)?;
    allowed(
        definition,
        &here,
        &[
            "name",
            "description",
            "type",
            "moreInfo",
            "interactionType",
            "correctResponsesPattern",
            "choices",
            "scale",
            "source",
            "target",
            "steps",
            "extensions",
        ],
    )?;
    for key in ["name", "description"] {
        if let Some(v) = definition.get(key) {
            language_map(v, &at(&here, key))?;
        }
    }
    for key in ["type", "moreInfo"] {
        if let Some(v) = definition.get(key) {
            iri(v, &at(&here, key))?;
        }
    }
    if let Some(t) = definition.get("interactionType") {
        let t = string(t, &at(&here, "interactionType"))?;
        if !INTERACTION_TYPES.contains(&t) {
            return Err(refuse(
                &at(&here, "interactionType"),
                "is not an xAPI interaction type",
            ));
        }
    }
    let interaction = definition.contains_key("interactionType");
    for key in [
        "correctResponsesPattern",
        "choices",
        "scale",
        "source",
        "target",
        "steps",
    ] {
        if definition.contains_key(key) && !interaction {
            return Err(refuse(
                &at(&here, key),
                "belongs to an interaction: interactionType is needed",
            ));
        }
    }
    if let Some(p) = definition.get("correctResponsesPattern") {
        for (i, v) in array(p, &at(&here, "correctResponsesPattern"))?
            .iter()
            .enumerate()
        {
            string(v, &format!("{}[{i}]", at(&here, "correctResponsesPattern")))?;
        }
    }
    for key in ["choices", "scale", "source", "target", "steps"] {
        if let Some(list) = definition.get(key) {
            let mut ids = std::collections::HashSet::new();
            for (i, component) in array(list, &at(&here, key))?.iter().enumerate() {
                let there = format!("{}[{i}]", at(&here, key));
                let component = as_object(component, &there)?;
                allowed(component, &there, &["id", "description"])?;
                let id = string(required(component, &there, "id")?, &at(&there, "id"))?;
                if id.trim().is_empty() {
                    return Err(refuse(&at(&there, "id"), "must not be empty"));
                }
                if !ids.insert(id) {
                    return Err(refuse(&at(&there, "id"), "is the id of another component"));
                }
                if let Some(d) = component.get("description") {
                    language_map(d, &at(&there, "description"))?;
                }
            }
        }
    }
    if let Some(e) = definition.get("extensions") {
        extensions(e, &at(&here, "extensions"))?;
    }
    Ok(())
}

fn result(value: &Value, path: &str) -> Checked {
    let object = as_object(value, path)?;
    allowed(
        object,
        path,
        &[
            "score",
            "success",
            "completion",
            "response",
            "duration",
            "extensions",
        ],
    )?;
    if let Some(s) = object.get("score") {
        let here = at(path, "score");
        let score = as_object(s, &here)?;
        allowed(score, &here, &["scaled", "raw", "min", "max"])?;
        let number = |key: &str| -> Result<Option<f64>, Refusal> {
            score
                .get(key)
                .map(|v| {
                    v.as_f64()
                        .ok_or_else(|| refuse(&at(&here, key), "must be a number"))
                })
                .transpose()
        };
        let (scaled, raw, min, max) = (
            number("scaled")?,
            number("raw")?,
            number("min")?,
            number("max")?,
        );
        if scaled.is_some_and(|s| !(-1.0..=1.0).contains(&s)) {
            return Err(refuse(&at(&here, "scaled"), "must be from -1 to 1"));
        }
        if let (Some(min), Some(max)) = (min, max) {
            if min >= max {
                return Err(refuse(&at(&here, "min"), "must be less than max"));
            }
        }
        if let Some(raw) = raw {
            if min.is_some_and(|m| raw < m) || max.is_some_and(|m| raw > m) {
                return Err(refuse(&at(&here, "raw"), "must be between min and max"));
            }
        }
    }
    for key in ["success", "completion"] {
        if let Some(v) = object.get(key) {
            boolean(v, &at(path, key))?;
        }
    }
    if let Some(r) = object.get("response") {
        string(r, &at(path, "response"))?;
    }
    if let Some(d) = object.get("duration") {
        let d = string(d, &at(path, "duration"))?;
        if !is_duration(d) {
            return Err(refuse(
                &at(path, "duration"),
                "must be an ISO 8601 duration, such as PT1M30S",
            ));
        }
    }
    if let Some(e) = object.get("extensions") {
        extensions(e, &at(path, "extensions"))?;
    }
    Ok(())
}

/// An ISO 8601 duration: `P` then years, months, weeks, days, and after `T` hours, minutes
/// and (decimal) seconds, at least one of them.
pub fn is_duration(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('P') else {
        return false;
    };
    let (date, time) = match rest.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (rest, None),
    };
    let parts = |s: &str, units: &[char], decimal_last: bool| -> Option<usize> {
        let mut count = 0;
        let mut number = String::new();
        let mut allowed = units.iter();
        for c in s.chars() {
            if c.is_ascii_digit() || (c == '.' && decimal_last) {
                number.push(c);
                continue;
            }
            // Units in order, each at most once, each after a number.
            allowed.position(|u| *u == c)?;
            if number.is_empty()
                || number.matches('.').count() > 1
                || (number.contains('.') && c != 'S')
            {
                return None;
            }
            number.clear();
            count += 1;
        }
        number.is_empty().then_some(count)
    };
    let Some(date_parts) = parts(date, &['Y', 'M', 'W', 'D'], false) else {
        return false;
    };
    match time {
        None => date_parts > 0,
        Some(t) => parts(t, &['H', 'M', 'S'], true).is_some_and(|n| n > 0),
    }
}

fn timestamp(value: &Value, path: &str) -> Checked {
    let text = string(value, path)?;
    let parsed = time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339);
    // "-00:00" means "offset unknown" in RFC 3339; xAPI refuses it.
    if parsed.is_err() || text.ends_with("-00:00") {
        return Err(refuse(
            path,
            "must be an ISO 8601 date and time with its offset",
        ));
    }
    Ok(())
}

fn context(value: &Value, path: &str, object_kind: &str) -> Checked {
    let object = as_object(value, path)?;
    allowed(
        object,
        path,
        &[
            "registration",
            "instructor",
            "team",
            "contextActivities",
            "revision",
            "platform",
            "language",
            "statement",
            "extensions",
        ],
    )?;
    if let Some(r) = object.get("registration") {
        uuid(r, &at(path, "registration"))?;
    }
    if let Some(i) = object.get("instructor") {
        actor(i, &at(path, "instructor"))?;
    }
    if let Some(t) = object.get("team") {
        let here = at(path, "team");
        if as_object(t, &here)?
            .get("objectType")
            .and_then(Value::as_str)
            != Some("Group")
        {
            return Err(refuse(&here, "must be a Group"));
        }
        actor(t, &here)?;
    }
    if let Some(c) = object.get("contextActivities") {
        let here = at(path, "contextActivities");
        let activities = as_object(c, &here)?;
        allowed(
            activities,
            &here,
            &["parent", "grouping", "category", "other"],
        )?;
        for (key, v) in activities {
            let list: Vec<&Value> = match v {
                Value::Array(items) => items.iter().collect(),
                single => vec![single],
            };
            for (i, a) in list.into_iter().enumerate() {
                let there = format!("{}[{i}]", at(&here, key));
                let activity_object = as_object(a, &there)?;
                if activity_object
                    .get("objectType")
                    .is_some_and(|k| k != "Activity")
                {
                    return Err(refuse(&there, "must be an Activity"));
                }
                activity(activity_object, &there)?;
            }
        }
    }
    for key in ["revision", "platform"] {
        if let Some(v) = object.get(key) {
            string(v, &at(path, key))?;
            if object_kind != "Activity" {
                return Err(refuse(
                    &at(path, key),
                    "is only for statements about an Activity",
                ));
            }
        }
    }
    if let Some(l) = object.get("language") {
        let l = string(l, &at(path, "language"))?;
        if !is_language_tag(l) {
            return Err(refuse(
                &at(path, "language"),
                "is not a language tag (RFC 5646)",
            ));
        }
    }
    if let Some(s) = object.get("statement") {
        let here = at(path, "statement");
        let reference = as_object(s, &here)?;
        if reference.get("objectType").and_then(Value::as_str) != Some("StatementRef") {
            return Err(refuse(&here, "must be a StatementRef"));
        }
        allowed(reference, &here, &["objectType", "id"])?;
        uuid(required(reference, &here, "id")?, &at(&here, "id"))?;
    }
    if let Some(e) = object.get("extensions") {
        extensions(e, &at(path, "extensions"))?;
    }
    Ok(())
}

/// `type/subtype`, with optional parameters, in the characters RFC 6838 allows.
fn is_media_type(text: &str) -> bool {
    let essence = text.split(';').next().unwrap_or_default().trim();
    let token = |t: &str| {
        !t.is_empty()
            && t.chars()
                .all(|c| c.is_ascii_alphanumeric() || "!#$&-^_.+".contains(c))
    };
    matches!(essence.split_once('/'), Some((kind, sub)) if token(kind) && token(sub))
}

/// Whether a JSON text has an object with the same key twice (which JSON parsers quietly
/// read as the last one): the place, when it does.
pub fn duplicate_key(json: &[u8]) -> Option<String> {
    use serde::de::{Deserialize, Deserializer, Error, MapAccess, SeqAccess, Visitor};

    struct Unique;
    struct Walk;
    impl<'de> Deserialize<'de> for Unique {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Unique, D::Error> {
            d.deserialize_any(Walk)
        }
    }
    impl<'de> Visitor<'de> for Walk {
        type Value = Unique;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("JSON")
        }
        fn visit_bool<E>(self, _: bool) -> Result<Unique, E> {
            Ok(Unique)
        }
        fn visit_i64<E>(self, _: i64) -> Result<Unique, E> {
            Ok(Unique)
        }
        fn visit_u64<E>(self, _: u64) -> Result<Unique, E> {
            Ok(Unique)
        }
        fn visit_f64<E>(self, _: f64) -> Result<Unique, E> {
            Ok(Unique)
        }
        fn visit_str<E>(self, _: &str) -> Result<Unique, E> {
            Ok(Unique)
        }
        fn visit_unit<E>(self) -> Result<Unique, E> {
            Ok(Unique)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Unique, A::Error> {
            while seq.next_element::<Unique>()?.is_some() {}
            Ok(Unique)
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Unique, A::Error> {
            let mut seen = std::collections::HashSet::new();
            while let Some(key) = map.next_key::<String>()? {
                if !seen.insert(key.clone()) {
                    return Err(A::Error::custom(format!(
                        "the key {key:?} is twice in one object"
                    )));
                }
                map.next_value::<Unique>()?;
            }
            Ok(Unique)
        }
    }
    match serde_json::from_slice::<Unique>(json) {
        Err(e) if e.is_data() => Some(e.to_string()),
        _ => None,
    }
}

fn check_attachment(value: &Value, path: &str) -> Checked {
    let object = as_object(value, path)?;
    allowed(
        object,
        path,
        &[
            "usageType",
            "display",
            "description",
            "contentType",
            "length",
            "sha2",
            "fileUrl",
        ],
    )?;
    iri(required(object, path, "usageType")?, &at(path, "usageType"))?;
    language_map(required(object, path, "display")?, &at(path, "display"))?;
    if let Some(d) = object.get("description") {
        language_map(d, &at(path, "description"))?;
    }
    let media = string(
        required(object, path, "contentType")?,
        &at(path, "contentType"),
    )?;
    if !is_media_type(media) {
        return Err(refuse(
            &at(path, "contentType"),
            "must be a media type (RFC 2046), such as text/plain",
        ));
    }
    let length = required(object, path, "length")?;
    if length.as_u64().is_none() {
        return Err(refuse(
            &at(path, "length"),
            "must be a whole number of bytes",
        ));
    }
    let sha2 = string(required(object, path, "sha2")?, &at(path, "sha2"))?;
    if !(sha2.len() == 64 || sha2.len() == 96 || sha2.len() == 128)
        || !sha2.chars().all(|c| c.is_ascii_hexdigit())
    {
        return Err(refuse(
            &at(path, "sha2"),
            "must be a SHA-2 hash in hexadecimal",
        ));
    }
    if let Some(u) = object.get("fileUrl") {
        iri(u, &at(path, "fileUrl"))?;
    }
    Ok(())
}

/// The academy's learning records in xAPI terms, both ways.
pub mod mapping;

#[cfg(test)]
mod tests;
