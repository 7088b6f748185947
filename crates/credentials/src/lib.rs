//! Signed certificates: the academy's Ed25519 signing keys (kept in the data folder, readable
//! by its owner only, old ones kept for checking what they signed), the DID document that
//! publishes them, and the revocation status list.

pub mod keys;
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
