//! Statements with attachments (xAPI 1.0.3, part three, 1.5.2): a `multipart/mixed` request
//! whose first part holds the statements and whose other parts hold the content of each
//! attachment without a `fileUrl`, named by its SHA-2 hash; and the same shape back when a
//! GET asks for `attachments=true`. Signed statements are checked for the form of their
//! signature and that it signs this statement.

use academy_store::lrs::Attachment;
use axum::body::{Body, Bytes};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response;
use base64::Engine;
use serde_json::Value;
use sha2::Digest;

use super::{bad, Refused, VERSION};
use crate::AppState;

const SIGNATURE: &str = "http://adlnet.gov/expapi/attachments/signature";
const HASH: &str = "X-Experience-API-Hash";

/// One attachment's content, as a part of a request.
pub struct Part {
    pub sha2: String,
    pub content_type: String,
    pub content: Vec<u8>,
}

/// The SHA-2 of `content` (224, 256, 384 or 512 bits, as long as `like`), in hex.
fn sha2_like(like: &str, content: &[u8]) -> Option<String> {
    let digest: Vec<u8> = match like.len() {
        56 => sha2::Sha224::digest(content).to_vec(),
        64 => sha2::Sha256::digest(content).to_vec(),
        96 => sha2::Sha384::digest(content).to_vec(),
        128 => sha2::Sha512::digest(content).to_vec(),
        _ => return None,
    };
    Some(digest.iter().map(|b| format!("{b:02x}")).collect())
}

/// Reads a `multipart/mixed` request: its statements (the first part) and attachments.
pub async fn read(content_type: &str, body: Bytes) -> Result<(Value, Vec<Part>), Refused> {
    let boundary = content_type
        .split(';')
        .skip(1)
        .filter_map(|p| p.split_once('='))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("boundary"))
        .map(|(_, v)| v.trim().trim_matches('"').to_string())
        .filter(|b| !b.is_empty())
        .ok_or_else(|| bad("Content-Type: multipart/mixed needs a boundary"))?;
    let stream = futures_util::stream::once(async move { Ok::<_, std::io::Error>(body) });
    let mut form = multer::Multipart::new(stream, boundary);
    let unreadable = |e: multer::Error| bad(format!("the multipart body cannot be read: {e}"));
    let first = form
        .next_field()
        .await
        .map_err(unreadable)?
        .ok_or_else(|| bad("the multipart body has no part"))?;
    if first
        .content_type()
        .is_none_or(|m| m.essence_str() != "application/json")
    {
        return Err(bad(
            "part 1: the statements come first, as application/json",
        ));
    }
    let first = first.bytes().await.map_err(unreadable)?;
    if let Some(twice) = academy_domain::xapi::duplicate_key(&first) {
        return Err(bad(format!("part 1: {twice}")));
    }
    let statements: Value =
        serde_json::from_slice(&first).map_err(|e| bad(format!("part 1: not JSON: {e}")))?;
    let mut parts = Vec::new();
    let mut n = 1;
    while let Some(field) = form.next_field().await.map_err(unreadable)? {
        n += 1;
        let headers = field.headers().clone();
        let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
        let sha2 = text(HASH)
            .ok_or_else(|| bad(format!("part {n}: the {HASH} header is required")))?
            .trim()
            .to_lowercase();
        if text("Content-Transfer-Encoding").map(str::trim) != Some("binary") {
            return Err(bad(format!(
                "part {n}: Content-Transfer-Encoding must be binary"
            )));
        }
        let content_type = text("Content-Type")
            .ok_or_else(|| bad(format!("part {n}: Content-Type is required")))?
            .to_string();
        let content = field.bytes().await.map_err(unreadable)?.to_vec();
        if sha2_like(&sha2, &content).as_deref() != Some(sha2.as_str()) {
            return Err(bad(format!(
                "part {n}: its content does not have the SHA-2 hash in {HASH}"
            )));
        }
        parts.push(Part {
            sha2,
            content_type,
            content,
        });
    }
    Ok((statements, parts))
}

/// The attachments of a statement (and of its sub-statement) that have no `fileUrl`: their
/// content must come in the request.
fn carried(statement: &Value) -> impl Iterator<Item = &Value> {
    statement["attachments"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|a| a.get("fileUrl").is_none())
}

/// Pairs every attachment without a `fileUrl` with the part of its hash, and every part with
/// an attachment; checks signatures. What is to be kept, by the hash that names it.
pub fn pair(statements: &[Value], parts: Vec<Part>) -> Result<Vec<Attachment>, Refused> {
    for (i, s) in statements.iter().enumerate() {
        for a in carried(s) {
            let sha2 = a["sha2"].as_str().unwrap_or_default().to_lowercase();
            let Some(part) = parts.iter().find(|p| p.sha2 == sha2) else {
                return Err(bad(format!(
                    "statement {i}: attachments: no part with the content of {sha2}"
                )));
            };
            if a["usageType"] == SIGNATURE {
                if a["contentType"] != "application/octet-stream" {
                    return Err(bad(format!(
                        "statement {i}: a signature's contentType must be application/octet-stream"
                    )));
                }
                signed(s, &part.content)
                    .map_err(|r| bad(format!("statement {i}: signature: {r}")))?;
            }
        }
    }
    let mut kept = Vec::new();
    for (n, p) in parts.into_iter().enumerate() {
        let named = statements.iter().flat_map(carried).any(|a| {
            a["sha2"]
                .as_str()
                .is_some_and(|h| h.eq_ignore_ascii_case(&p.sha2))
        });
        if !named {
            return Err(bad(format!(
                "part {}: no attachment of the statements has its hash",
                n + 2
            )));
        }
        if !kept.iter().any(|(h, _, _): &Attachment| *h == p.sha2) {
            kept.push((p.sha2, p.content_type, p.content));
        }
    }
    Ok(kept)
}

/// Attachments without a `fileUrl` whose content a plain JSON request cannot carry.
pub fn need_multipart(statements: &[Value]) -> Result<(), Refused> {
    for (i, s) in statements.iter().enumerate() {
        if carried(s).next().is_some() {
            return Err(bad(format!(
                "statement {i}: attachments: one without fileUrl must come with its content, in a multipart/mixed request"
            )));
        }
    }
    Ok(())
}

/// A JWS in compact form, with an RSA-SHA2 algorithm, whose payload is this statement as it
/// was before it was signed. The RSA signature itself is not verified here.
fn signed(statement: &Value, jws: &[u8]) -> Result<(), String> {
    let text = std::str::from_utf8(jws).map_err(|_| "not a JWS".to_string())?;
    let pieces: Vec<&str> = text.trim().split('.').collect();
    let [head, payload, signature] = pieces.as_slice() else {
        return Err("not a JWS in compact form".into());
    };
    let decode = |s: &str| {
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(s.trim_end_matches('='))
            .map_err(|_| "not base64url".to_string())
    };
    let head: Value =
        serde_json::from_slice(&decode(head)?).map_err(|_| "its header is not JSON".to_string())?;
    if !["RS256", "RS384", "RS512"].contains(&head["alg"].as_str().unwrap_or_default()) {
        return Err("alg must be RS256, RS384 or RS512".into());
    }
    if decode(signature)?.is_empty() {
        return Err("it has no signature".into());
    }
    let payload: Value = serde_json::from_slice(&decode(payload)?)
        .map_err(|_| "its payload is not JSON".to_string())?;
    let comparable = |v: &Value, drop_id: bool| {
        let mut v = v.clone();
        if let Some(o) = v.as_object_mut() {
            for key in ["authority", "stored", "version", "attachments"] {
                o.remove(key);
            }
            if drop_id {
                o.remove("id");
            }
        }
        v
    };
    let drop_id = payload.get("id").is_none();
    if comparable(&payload, drop_id) == comparable(statement, drop_id) {
        Ok(())
    } else {
        Err("it does not sign this statement".into())
    }
}

/// A GET's answer with the content of its statements' attachments: `multipart/mixed`, the
/// JSON first.
pub async fn answer(
    state: &AppState,
    json: &Value,
    statements: &[&Value],
) -> Result<Response, Refused> {
    let boundary = format!("xapi-{}", uuid::Uuid::now_v7().simple());
    let mut body = Vec::new();
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Type: application/json\r\n\r\n{json}\r\n").as_bytes(),
    );
    let mut sent: Vec<String> = Vec::new();
    for a in statements.iter().flat_map(|s| carried(s)) {
        let Some(sha2) = a["sha2"].as_str().map(str::to_lowercase) else {
            continue;
        };
        if sent.contains(&sha2) {
            continue;
        }
        if let Some((content_type, content)) = state.store.xapi_attachment(&sha2).await? {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Type: {content_type}\r\nContent-Transfer-Encoding: binary\r\n{HASH}: {sha2}\r\n\r\n"
                )
                .as_bytes(),
            );
            body.extend_from_slice(&content);
            body.extend_from_slice(b"\r\n");
            sent.push(sha2);
        }
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = StatusCode::OK;
    let headers = response.headers_mut();
    headers.insert(
        "X-Experience-API-Version",
        HeaderValue::from_static(VERSION),
    );
    if let Ok(v) = HeaderValue::from_str(&format!("multipart/mixed; boundary={boundary}")) {
        headers.insert(header::CONTENT_TYPE, v);
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn b64(v: &Value) -> String {
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string())
    }

    fn statement() -> Value {
        json!({"actor": {"mbox": "mailto:a@example.org"},
               "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
               "object": {"id": "https://example.org/a"}})
    }

    #[test]
    fn a_signature_must_sign_this_statement_with_rsa() {
        let head = json!({"alg": "RS256"});
        let jws = format!("{}.{}.c2ln", b64(&head), b64(&statement()));
        assert_eq!(signed(&statement(), jws.as_bytes()), Ok(()));
        let mut other = statement();
        other["verb"]["id"] = json!("http://adlnet.gov/expapi/verbs/completed");
        let jws_other = format!("{}.{}.c2ln", b64(&head), b64(&other));
        assert!(signed(&statement(), jws_other.as_bytes()).is_err());
        let hs = format!(
            "{}.{}.c2ln",
            b64(&json!({"alg": "HS256"})),
            b64(&statement())
        );
        assert!(signed(&statement(), hs.as_bytes()).is_err());
        assert!(signed(&statement(), b"not.a-jws").is_err());
    }

    #[test]
    fn parts_and_attachments_must_name_each_other() {
        let content = b"notes".to_vec();
        let sha2 = sha2_like(&"0".repeat(64), &content).unwrap();
        let mut s = statement();
        s["attachments"] = json!([{"usageType": "https://example.org/notes",
            "display": {"en": "Notes"}, "contentType": "text/plain", "length": 5, "sha2": sha2}]);
        let part = || Part {
            sha2: sha2.clone(),
            content_type: "text/plain".into(),
            content: content.clone(),
        };
        assert_eq!(
            pair(std::slice::from_ref(&s), vec![part()])
                .ok()
                .map(|k| k.len()),
            Some(1)
        );
        assert!(
            pair(std::slice::from_ref(&s), vec![]).is_err(),
            "no content"
        );
        assert!(
            pair(&[statement()], vec![part()]).is_err(),
            "content nobody names"
        );
        assert!(need_multipart(&[s]).is_err());
        assert_eq!(sha2_like("abc", b"x"), None, "no SHA-2 is that long");
    }
}
