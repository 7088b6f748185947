//! What a certificate's QR code carries besides its address, for a check with no network: a
//! short summary (whose certificate, for what, when) signed with the academy's key. The
//! check page, once a verifier's phone has kept it, verifies the signature in the browser
//! (WebCrypto Ed25519) against the public keys the page carries. Revocation after printing
//! can only be seen online; the page says so.

use base64::Engine;
use serde_json::json;

use crate::keys::{verify_multibase, Key};
use crate::{Error, Result};

/// What the paper says, as signed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub id: String,
    pub name: String,
    pub achievement: String,
    /// The achievement in English, when the paper shows it beside.
    pub achievement_en: String,
    /// `YYYY-MM-DD`, India time.
    pub date: String,
    /// The key that signed (`key-N`).
    pub key: String,
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// `PAYLOAD.SIGNATURE`, both base64url: the payload is compact JSON, the signature Ed25519
/// over its bytes.
pub fn token(key: &Key, s: &Summary) -> String {
    let payload = json!({
        "i": s.id, "n": s.name, "a": s.achievement, "e": s.achievement_en, "d": s.date,
        "k": key.fragment(),
    })
    .to_string();
    format!(
        "{}.{}",
        b64(payload.as_bytes()),
        b64(&key.sign(payload.as_bytes()))
    )
}

/// Reads and checks a token; `public` gives a key's Multikey by its name (`key-N`).
pub fn read(token: &str, public: impl Fn(&str) -> Option<String>) -> Result<Summary> {
    let bad = |why: &str| Error::Invalid(format!("QR code: {why}"));
    let decode = |t: &str| {
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(t)
            .map_err(|_| bad("not base64url"))
    };
    let (payload, signature) = token.split_once('.').ok_or_else(|| bad("no signature"))?;
    let (payload, signature) = (decode(payload)?, decode(signature)?);
    let v: serde_json::Value = serde_json::from_slice(&payload).map_err(|_| bad("not JSON"))?;
    let text = |k: &str| v[k].as_str().unwrap_or_default().to_string();
    let key = text("k");
    let multikey = public(&key).ok_or_else(|| bad("signed by a key the academy does not have"))?;
    verify_multibase(&multikey, &payload, &signature)?;
    Ok(Summary {
        id: text("i"),
        name: text("n"),
        achievement: text("a"),
        achievement_en: text("e"),
        date: text("d"),
        key,
    })
}

/// The raw 32 bytes of each public key, base64url, by name: what the check page carries.
pub fn page_keys(ring: &crate::KeyRing) -> serde_json::Value {
    serde_json::Value::Array(
        ring.all()
            .iter()
            .map(|k| json!({ "k": k.fragment(), "x": b64(k.public().as_bytes()) }))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::KeyRing;

    #[test]
    fn a_token_reads_back_and_a_changed_one_does_not() {
        let data = tempfile::tempdir().unwrap();
        let ring = KeyRing::open(data.path()).unwrap();
        let summary = Summary {
            id: "0190a3c4-5b6d-7e8f-9012-3456789abcde".into(),
            name: "ପ୍ରିୟଙ୍କା ମୁର୍ମୁ".into(),
            achievement: "ସ୍ୱାସ୍ଥ୍ୟ ଓ ସୁରକ୍ଷା".into(),
            achievement_en: "Health and Safety".into(),
            date: "2026-11-27".into(),
            key: "key-1".into(),
        };
        let t = token(ring.current(), &summary);
        assert!(t.len() < 400, "small enough for a QR code: {}", t.len());
        let public = |k: &str| {
            ring.all()
                .iter()
                .find(|x| x.fragment() == k)
                .map(|x| x.public_multibase())
        };
        assert_eq!(read(&t, public).unwrap(), summary);
        let (payload, signature) = t.split_once('.').unwrap();
        let mut forged = payload.to_string();
        forged.replace_range(10..11, if &payload[10..11] == "A" { "B" } else { "A" });
        assert!(read(&format!("{forged}.{signature}"), public).is_err());
    }
}
