//! Signed certificates: the academy's Ed25519 signing keys (kept in the data folder, readable
//! by its owner only, old ones kept for checking what they signed), the DID document that
//! publishes them, the revocation status list, and Open Badges 3.0 credentials with an
//! `eddsa-rdfc-2022` Data Integrity proof.

pub mod badge;
pub mod keys;
pub mod offline;
pub mod proof;
pub mod status;

pub use keys::{Key, KeyRing};

/// What can go wrong with keys and credentials.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: not an Ed25519 key (64 hexadecimal digits expected)")]
    BadKey { path: String },
    #[error("{0}")]
    Invalid(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The academy as the issuer of credentials: its public address and its keys.
#[derive(Debug, Clone)]
pub struct Issuer {
    /// Where the academy is reached, without a trailing slash: `https://academy.example`.
    pub base_url: String,
    pub keys: KeyRing,
}

impl Issuer {
    pub fn new(base_url: &str, keys: KeyRing) -> Issuer {
        Issuer {
            base_url: base_url.trim_end_matches('/').to_string(),
            keys,
        }
    }

    /// The academy's `did:web` identifier: the host (a port's colon written `%3A`), then any
    /// path, segments joined by colons.
    pub fn did(&self) -> String {
        let rest = self
            .base_url
            .split_once("://")
            .map(|(_, r)| r)
            .unwrap_or(&self.base_url);
        let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
        let mut did = format!("did:web:{}", host.replace(':', "%3A"));
        for segment in path.split('/').filter(|s| !s.is_empty()) {
            did.push(':');
            did.push_str(segment);
        }
        did
    }

    /// Where the DID document is served: `/.well-known/did.json` at the root, `/did.json`
    /// under a path.
    pub fn did_document_path(&self) -> &'static str {
        "/.well-known/did.json"
    }

    /// The verification method of the key that signs now.
    pub fn verification_method(&self) -> String {
        format!("{}#{}", self.did(), self.keys.current().fragment())
    }

    pub fn did_document(&self) -> serde_json::Value {
        keys::did_document(&self.did(), &self.keys)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_did_names_the_host_its_port_and_path() {
        let data = tempfile::tempdir().unwrap();
        let keys = KeyRing::open(data.path()).unwrap();
        let at = |url: &str| Issuer::new(url, keys.clone()).did();
        assert_eq!(at("https://academy.example/"), "did:web:academy.example");
        assert_eq!(at("http://127.0.0.1:8080"), "did:web:127.0.0.1%3A8080");
        assert_eq!(
            at("https://example.org/asm/academy"),
            "did:web:example.org:asm:academy"
        );
    }
}
