//! The academy's signing keys: `keys/ed25519-N.key` in the data folder, each the 32-byte
//! secret seed in hexadecimal, readable by the academy's user only. The key with the highest
//! N signs; every key stays published so that certificates signed before a rotation still
//! check.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use ed25519_dalek::{Signer, SigningKey, VerifyingKey};
use rand::RngCore;

use crate::{Error, Result};

/// The multicodec prefix of an Ed25519 public key in a Multikey (`0xed 0x01`).
const ED25519_PUB: [u8; 2] = [0xed, 0x01];

/// One signing key and its number.
#[derive(Clone)]
pub struct Key {
    pub number: u32,
    secret: SigningKey,
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Key")
            .field("number", &self.number)
            .field("public", &self.public_multibase())
            .finish()
    }
}

impl Key {
    /// The fragment naming it in the DID document: `key-N`.
    pub fn fragment(&self) -> String {
        format!("key-{}", self.number)
    }

    pub fn public(&self) -> VerifyingKey {
        self.secret.verifying_key()
    }

    /// The public key as a Multikey `publicKeyMultibase`: base58btc (`z…`) of the
    /// Ed25519 multicodec prefix and the 32 key bytes.
    pub fn public_multibase(&self) -> String {
        let mut bytes = ED25519_PUB.to_vec();
        bytes.extend_from_slice(self.public().as_bytes());
        format!("z{}", bs58::encode(bytes).into_string())
    }

    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.secret.sign(message).to_bytes()
    }
}

/// Checks a signature against a Multikey public key (`z…`).
pub fn verify_multibase(public: &str, message: &[u8], signature: &[u8]) -> Result<()> {
    let bad = |why: &str| Error::Invalid(why.to_string());
    let bytes = public
        .strip_prefix('z')
        .and_then(|b| bs58::decode(b).into_vec().ok())
        .ok_or_else(|| bad("the public key is not base58btc multibase"))?;
    let key: [u8; 32] = bytes
        .strip_prefix(&ED25519_PUB)
        .and_then(|k| k.try_into().ok())
        .ok_or_else(|| bad("the public key is not an Ed25519 Multikey"))?;
    let key = VerifyingKey::from_bytes(&key).map_err(|_| bad("not a valid Ed25519 point"))?;
    let signature: [u8; 64] = signature
        .try_into()
        .map_err(|_| bad("a signature is 64 bytes"))?;
    key.verify_strict(message, &ed25519_dalek::Signature::from_bytes(&signature))
        .map_err(|_| bad("the signature does not match"))
}

/// Every key of the academy, oldest first.
#[derive(Debug, Clone)]
pub struct KeyRing {
    keys: Vec<Key>,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.display().to_string(),
        source,
    }
}

impl KeyRing {
    /// Reads the keys in `data/keys`, making the first one when there is none.
    pub fn open(data: &Path) -> Result<KeyRing> {
        let dir = data.join("keys");
        let ring = Self::read(&dir)?;
        if ring.keys.is_empty() {
            Self::add(&dir, 1)?;
            return Self::read(&dir);
        }
        Ok(ring)
    }

    /// Makes a new signing key; the old ones stay for checking what they signed.
    pub fn rotate(data: &Path) -> Result<Key> {
        let dir = data.join("keys");
        let ring = Self::open(data)?;
        let next = ring.current().number + 1;
        Self::add(&dir, next)?;
        Ok(Self::read(&dir)?.current().clone())
    }

    /// The key that signs now.
    pub fn current(&self) -> &Key {
        self.keys.last().expect("a key ring is never empty")
    }

    pub fn all(&self) -> &[Key] {
        &self.keys
    }

    fn read(dir: &Path) -> Result<KeyRing> {
        let mut keys = Vec::new();
        let entries = match fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(KeyRing { keys }),
            Err(e) => return Err(io(dir)(e)),
        };
        for entry in entries {
            let path = entry.map_err(io(dir))?.path();
            let Some(number) = path
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_prefix("ed25519-"))
                .and_then(|n| n.strip_suffix(".key"))
                .and_then(|n| n.parse::<u32>().ok())
            else {
                continue;
            };
            let text = fs::read_to_string(&path).map_err(io(&path))?;
            let seed = decode_hex(text.trim()).ok_or_else(|| Error::BadKey {
                path: path.display().to_string(),
            })?;
            keys.push(Key {
                number,
                secret: SigningKey::from_bytes(&seed),
            });
        }
        keys.sort_by_key(|k| k.number);
        Ok(KeyRing { keys })
    }

    fn add(dir: &Path, number: u32) -> Result<PathBuf> {
        create_private_dir(dir)?;
        let mut seed = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut seed);
        let path = dir.join(format!("ed25519-{number}.key"));
        let hex: String = seed.iter().map(|b| format!("{b:02x}")).collect();
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&path).map_err(io(&path))?;
        file.write_all(format!("{hex}\n").as_bytes())
            .and_then(|()| file.sync_all())
            .map_err(io(&path))?;
        Ok(path)
    }
}

fn create_private_dir(dir: &Path) -> Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(io(dir))
}

fn decode_hex(text: &str) -> Option<[u8; 32]> {
    if text.len() != 64 || !text.is_ascii() {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&text[i * 2..i * 2 + 2], 16).ok()?;
    }
    Some(out)
}

/// The academy's DID document (`did:web`): every key as a Multikey verification method,
/// the current one first among those that may sign credentials.
pub fn did_document(did: &str, ring: &KeyRing) -> serde_json::Value {
    let methods: Vec<serde_json::Value> = ring
        .all()
        .iter()
        .map(|k| {
            serde_json::json!({
                "id": format!("{did}#{}", k.fragment()),
                "type": "Multikey",
                "controller": did,
                "publicKeyMultibase": k.public_multibase(),
            })
        })
        .collect();
    let ids: Vec<String> = ring
        .all()
        .iter()
        .rev()
        .map(|k| format!("{did}#{}", k.fragment()))
        .collect();
    serde_json::json!({
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
        "id": did,
        "verificationMethod": methods,
        "assertionMethod": ids,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_made_once_kept_private_and_rotated_without_losing_old_ones() {
        let data = tempfile::tempdir().unwrap();
        let first = KeyRing::open(data.path()).unwrap();
        assert_eq!(first.all().len(), 1);
        let again = KeyRing::open(data.path()).unwrap();
        assert_eq!(
            first.current().public_multibase(),
            again.current().public_multibase(),
            "the same key on the next start"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let file = data.path().join("keys/ed25519-1.key");
            let mode = fs::metadata(file).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "only the academy's user reads the key");
        }
        let new = KeyRing::rotate(data.path()).unwrap();
        assert_eq!(new.number, 2);
        let ring = KeyRing::open(data.path()).unwrap();
        assert_eq!(ring.all().len(), 2);
        assert_eq!(ring.current().number, 2);
        assert!(ring.current().public_multibase().starts_with("z6Mk"));

        let signature = first.current().sign(b"certificate");
        let old = &ring.all()[0];
        verify_multibase(&old.public_multibase(), b"certificate", &signature).unwrap();
        assert!(verify_multibase(&old.public_multibase(), b"certificatE", &signature).is_err());
        let doc = did_document("did:web:academy.example", &ring);
        assert_eq!(doc["verificationMethod"].as_array().unwrap().len(), 2);
        assert_eq!(doc["assertionMethod"][0], "did:web:academy.example#key-2");
    }

    #[test]
    fn a_damaged_key_file_is_named() {
        let data = tempfile::tempdir().unwrap();
        fs::create_dir_all(data.path().join("keys")).unwrap();
        fs::write(data.path().join("keys/ed25519-1.key"), "not hex").unwrap();
        let err = KeyRing::open(data.path()).unwrap_err().to_string();
        assert!(
            err.contains("ed25519-1.key") && err.contains("64 hexadecimal"),
            "{err}"
        );
    }
}
