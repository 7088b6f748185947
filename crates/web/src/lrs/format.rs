//! The `format` parameter of a statement query: `ids` keeps only identifiers, `canonical`
//! keeps one language of each language map.

use axum::http::{header, HeaderMap};
use serde_json::Value;

/// `format=ids`: agents, groups, activities and verbs by their identifiers only (an
/// anonymous group by its members' identifiers), wherever they are in the statement.
pub fn ids_only(mut statement: Value) -> Value {
    fn strip(v: &mut Value) {
        let Some(o) = v.as_object_mut() else {
            if let Some(items) = v.as_array_mut() {
                items.iter_mut().for_each(strip);
            }
            return;
        };
        let agent = ["mbox", "mbox_sha1sum", "openid", "account", "member"]
            .iter()
            .any(|k| o.contains_key(*k))
            || matches!(
                o.get("objectType").and_then(Value::as_str),
                Some("Agent" | "Group")
            );
        if agent {
            o.remove("name");
        }
        o.remove("definition");
        for (key, child) in o.iter_mut() {
            if !["account", "extensions", "result"].contains(&key.as_str()) {
                strip(child);
            }
        }
    }
    if let Some(verb) = statement["verb"].as_object_mut() {
        verb.remove("display");
    }
    strip(&mut statement);
    statement
}

/// `format=canonical`: every language map cut to the one language the client reads best
/// (by `Accept-Language`; else English; else the first).
pub fn canonical(mut statement: Value, headers: &HeaderMap) -> Value {
    let mut wanted: Vec<(f32, String)> = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next()?.trim().to_lowercase();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.parse().ok()))
                .unwrap_or(1.0);
            (!tag.is_empty() && tag != "*").then_some((q, tag))
        })
        .collect();
    wanted.sort_by(|a, b| b.0.total_cmp(&a.0));
    wanted.push((0.0, "en-us".into()));
    wanted.push((0.0, "en".into()));
    fn cut(map: &mut serde_json::Map<String, Value>, wanted: &[(f32, String)]) {
        let keys: Vec<String> = map.keys().cloned().collect();
        let primary = |t: &str| t.split('-').next().unwrap_or_default().to_string();
        let pick = wanted
            .iter()
            .find_map(|(_, w)| keys.iter().find(|k| k.to_lowercase() == *w))
            .or_else(|| {
                wanted.iter().find_map(|(_, w)| {
                    keys.iter()
                        .find(|k| primary(&k.to_lowercase()) == primary(w))
                })
            })
            .or(keys.first())
            .cloned();
        map.retain(|k, _| Some(k) == pick.as_ref());
    }
    fn walk(v: &mut Value, wanted: &[(f32, String)]) {
        match v {
            Value::Object(o) => {
                for (key, child) in o.iter_mut() {
                    match (key.as_str(), child) {
                        ("extensions", _) | ("account", _) => {}
                        ("display" | "name" | "description", Value::Object(map)) => {
                            cut(map, wanted)
                        }
                        (_, child) => walk(child, wanted),
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|i| walk(i, wanted)),
            _ => {}
        }
    }
    walk(&mut statement, &wanted);
    statement
}
