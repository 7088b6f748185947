//! Data Integrity proofs with the `eddsa-rdfc-2022` cryptosuite (W3C "Data Integrity EdDSA
//! Cryptosuites v1.0"), as Open Badges 3.0 requires: the credential and the proof options
//! are turned into RDF (JSON-LD, with the bundled contexts only), canonicalised with
//! RDFC-1.0, hashed with SHA-256 each (proof options first), and the 64 bytes signed with
//! Ed25519. The independent verifier in `tests/verifier` checks what this signs.

use std::sync::Arc;

use json_syntax::Parse;
use locspan::{Location, Span};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use sophia_api::dataset::CollectibleDataset;
use sophia_inmem::dataset::LightDataset;
use sophia_jsonld::json_ld::RemoteDocument;
use sophia_jsonld::loader::StaticLoader;
use sophia_jsonld::vocabulary::{ArcIri, ArcVoc};
use sophia_jsonld::{JsonLdOptions, JsonLdParser, Policy, RdfDirection};

use crate::keys::Key;
use crate::{Error, Result};

pub const VC_V2_CONTEXT: &str = "https://www.w3.org/ns/credentials/v2";
pub const OB_V3P0_CONTEXT: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
pub const DATA_INTEGRITY_V2_CONTEXT: &str = "https://w3id.org/security/data-integrity/v2";
pub const MULTIKEY_V1_CONTEXT: &str = "https://w3id.org/security/multikey/v1";

/// Every context the loader serves: (URL, JSON). Nothing else is ever loaded.
pub const CONTEXTS: &[(&str, &str)] = &[
    (
        VC_V2_CONTEXT,
        include_str!("../contexts/credentials-v2.jsonld"),
    ),
    (
        OB_V3P0_CONTEXT,
        include_str!("../contexts/ob-v3p0-context-3.0.3.json"),
    ),
    (
        DATA_INTEGRITY_V2_CONTEXT,
        include_str!("../contexts/data-integrity-v2.jsonld"),
    ),
    (
        MULTIKEY_V1_CONTEXT,
        include_str!("../contexts/multikey-v1.jsonld"),
    ),
];

pub const PROOF_TYPE: &str = "DataIntegrityProof";
pub const CRYPTOSUITE: &str = "eddsa-rdfc-2022";

fn invalid<T>(why: impl Into<String>) -> Result<T> {
    Err(Error::Invalid(why.into()))
}

fn static_loader() -> StaticLoader<ArcIri, Span> {
    let mut loader = StaticLoader::new();
    for (url, text) in CONTEXTS {
        let iri = ArcIri::new_unchecked(Arc::from(*url));
        let doc = json_syntax::Value::parse_str(text, |span| Location::new(iri.clone(), span))
            .expect("a bundled context is valid JSON");
        loader = loader.with(iri, doc);
    }
    loader
}

/// JSON-LD to an RDF dataset to RDFC-1.0 canonical N-Quads, as the JavaScript cryptosuite
/// does it (`toRDF` with no base IRI and safe mode, then RDFC-1.0): a term that would not
/// become an IRI is an error, never silently left out of what is signed.
pub async fn canonicalize(doc: &Value) -> Result<String> {
    let text = serde_json::to_string(doc).map_err(|e| Error::Invalid(e.to_string()))?;
    // Labels source positions in error messages only: the document has no base IRI.
    let label = ArcIri::new_unchecked(Arc::from("urn:x-academy:input"));
    let json = json_syntax::Value::parse_str(&text, |span| Location::new(label.clone(), span))
        .map_err(|e| Error::Invalid(format!("JSON: {e:?}")))?;
    let remote = RemoteDocument::new(None, None, json);
    refuse_dropped_iris(&remote).await?;
    let options = JsonLdOptions::new()
        .with_expansion_policy(Policy::Strictest)
        // As the JavaScript suite: without it "@direction" is lost and hashes differ.
        .with_rdf_direction(RdfDirection::I18nDatatype)
        .with_document_loader(static_loader());
    let quads = JsonLdParser::new_with_options(options)
        .parse_json(&remote)
        .await;
    let dataset = LightDataset::from_quad_source(quads)
        .map_err(|e| Error::Invalid(format!("JSON-LD to RDF: {e}")))?;
    let mut out = Vec::new();
    sophia_c14n::rdfc10::normalize(&dataset, &mut out)
        .map_err(|e| Error::Invalid(format!("RDFC-1.0: {e}")))?;
    String::from_utf8(out).map_err(|e| Error::Invalid(e.to_string()))
}

/// What the strictest expansion policy lets through but JSON-LD to RDF drops: an `@id` or
/// `@type` that is not an absolute IRI. Refused, as the JavaScript suite's safe mode does.
async fn refuse_dropped_iris(remote: &RemoteDocument<ArcIri>) -> Result<()> {
    use sophia_jsonld::json_ld::{JsonLdProcessor, Options};
    let mut loader = static_loader();
    let options: Options<ArcIri, Location<ArcIri>> = Options {
        expansion_policy: Policy::Strictest,
        ..Default::default()
    };
    let expanded = remote
        .expand_with_using(&mut ArcVoc {}, &mut loader, options)
        .await
        .map_err(|e| Error::Invalid(format!("JSON-LD expansion: {e}")))?;
    for fragment in expanded.traverse() {
        if let Some(sophia_jsonld::json_ld::Id::Invalid(bad)) = fragment.as_id() {
            return invalid(format!("JSON-LD: '{bad}' is not an absolute IRI"));
        }
    }
    Ok(())
}

/// SHA-256 of the canonical proof options (with the document's `@context`, without
/// `proofValue`), then SHA-256 of the canonical document without its proof.
async fn hash_data(
    unsecured: &Map<String, Value>,
    options: &Map<String, Value>,
) -> Result<[u8; 64]> {
    let Some(context) = unsecured.get("@context") else {
        return invalid("the document has no @context");
    };
    let mut options = options.clone();
    options.remove("proofValue");
    options.insert("@context".into(), context.clone());
    let options = canonicalize(&Value::Object(options)).await?;
    let document = canonicalize(&Value::Object(unsecured.clone())).await?;
    let mut out = [0u8; 64];
    out[..32].copy_from_slice(&Sha256::digest(options.as_bytes()));
    out[32..].copy_from_slice(&Sha256::digest(document.as_bytes()));
    Ok(out)
}

/// An `xsd:dateTimeStamp` such as `2026-01-02T03:04:05Z`, as verifiers require of `created`.
fn check_datetime_stamp(s: &str) -> Result<()> {
    let b = s.as_bytes();
    let digits = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];
    let ok = b.len() >= 20
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[13] == b':'
        && b[16] == b':'
        && digits.iter().all(|&i| b[i].is_ascii_digit())
        && (s.ends_with('Z') || {
            let t = &b[b.len() - 6..];
            (t[0] == b'+' || t[0] == b'-') && t[3] == b':'
        });
    if ok {
        Ok(())
    } else {
        invalid(format!("not an xsd:dateTimeStamp: {s}"))
    }
}

/// Adds a `DataIntegrityProof` (`eddsa-rdfc-2022`, for `assertionMethod`) made with `key`,
/// named by `verification_method`, `created` at the given time stamp.
pub async fn sign(
    unsecured: &Value,
    key: &Key,
    verification_method: &str,
    created: &str,
) -> Result<Value> {
    let Some(doc) = unsecured.as_object() else {
        return invalid("a credential is a JSON object");
    };
    if doc.contains_key("proof") {
        return invalid("the document has a proof already");
    }
    check_datetime_stamp(created)?;
    let mut proof = Map::new();
    proof.insert("type".into(), PROOF_TYPE.into());
    proof.insert("cryptosuite".into(), CRYPTOSUITE.into());
    proof.insert("created".into(), created.into());
    proof.insert("verificationMethod".into(), verification_method.into());
    proof.insert("proofPurpose".into(), "assertionMethod".into());
    let signature = key.sign(&hash_data(doc, &proof).await?);
    proof.insert(
        "proofValue".into(),
        format!("z{}", bs58::encode(signature).into_string()).into(),
    );
    let mut secured = doc.clone();
    secured.insert("proof".into(), Value::Object(proof));
    Ok(Value::Object(secured))
}

/// Checks a document's single embedded `eddsa-rdfc-2022` proof; `public_key` gives the
/// Multikey (`z6Mk…`) of a verification method, or None for one that is not known.
/// Returns the verification method that signed.
pub async fn verify(
    secured: &Value,
    public_key: impl Fn(&str) -> Option<String>,
) -> Result<String> {
    let Some(doc) = secured.as_object() else {
        return invalid("a credential is a JSON object");
    };
    let Some(proof) = doc.get("proof").and_then(Value::as_object) else {
        return invalid("no proof");
    };
    let get = |k: &str| proof.get(k).and_then(Value::as_str);
    if get("type") != Some(PROOF_TYPE) || get("cryptosuite") != Some(CRYPTOSUITE) {
        return invalid("the proof is not a DataIntegrityProof with eddsa-rdfc-2022");
    }
    if get("proofPurpose") != Some("assertionMethod") {
        return invalid("the proof is not for assertionMethod");
    }
    if let Some(created) = get("created") {
        check_datetime_stamp(created)?;
    }
    let Some(method) = get("verificationMethod") else {
        return invalid("the proof names no verification method");
    };
    let Some(signature) = get("proofValue")
        .and_then(|v| v.strip_prefix('z'))
        .and_then(|v| bs58::decode(v).into_vec().ok())
    else {
        return invalid("the proof value is not base58btc multibase");
    };
    let mut unsecured = doc.clone();
    unsecured.remove("proof");
    let mut options = proof.clone();
    options.remove("proofValue");
    if let Some(context) = options.remove("@context") {
        // The document's @context must begin with the proof's.
        let list = |v: &Value| match v {
            Value::Array(a) => a.clone(),
            other => vec![other.clone()],
        };
        let (p, d) = (
            list(&context),
            list(unsecured.get("@context").unwrap_or(&Value::Null)),
        );
        if d.len() < p.len() || d[..p.len()] != p[..] {
            return invalid("the proof's @context does not begin the document's");
        }
        unsecured.insert("@context".into(), context);
    }
    let hash = hash_data(&unsecured, &options).await?;
    let Some(public) = public_key(method) else {
        return invalid(format!("unknown verification method {method}"));
    };
    crate::keys::verify_multibase(&public, &hash, &signature)?;
    Ok(method.to_string())
}
