//! Signing in without e-mail: a phone number or member code and a password, hashed with
//! Argon2id. Web sessions live in the academy's own database, so several `academy serve`
//! processes can share them; repeated failures for one account or one address are slowed down.

use std::sync::Arc;

use academy_store::{SessionRecord, Store};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use async_trait::async_trait;
use time::{Duration, OffsetDateTime};
use tower_sessions::cookie::SameSite;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, SessionStore};
use tower_sessions::{Expiry, SessionManagerLayer};

use crate::cache::Caches;

/// The session key holding the signed-in member's id.
pub const MEMBER_KEY: &str = "member";

/// Sessions end after 30 days without a visit: phones are shared, but signing in again every
/// day costs people who read little too much.
pub fn session_layer(
    store: Arc<dyn Store>,
    caches: Arc<Caches>,
    secure: bool,
) -> SessionManagerLayer<DbSessions> {
    SessionManagerLayer::new(DbSessions { store, caches })
        .with_name("sid")
        .with_secure(secure)
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_expiry(Expiry::OnInactivity(Duration::days(30)))
}

/// tower-sessions' view of our `Store`.
#[derive(Clone)]
pub struct DbSessions {
    store: Arc<dyn Store>,
    caches: Arc<Caches>,
}

impl std::fmt::Debug for DbSessions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DbSessions")
    }
}

fn backend(e: impl std::fmt::Display) -> session_store::Error {
    session_store::Error::Backend(e.to_string())
}

fn to_record(record: &Record) -> session_store::Result<SessionRecord> {
    Ok(SessionRecord {
        id: record.id.to_string(),
        data: serde_json::to_string(&record.data)
            .map_err(|e| session_store::Error::Encode(e.to_string()))?,
        expires_at: record.expiry_date,
    })
}

#[async_trait]
impl SessionStore for DbSessions {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        // A clash of two random 128-bit ids is next to impossible; draw again if it happens.
        loop {
            if self
                .store
                .session_create(&to_record(record)?)
                .await
                .map_err(backend)?
            {
                self.caches.sessions.put(record.id, record.clone());
                return Ok(());
            }
            record.id = Id::default();
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        self.store
            .session_save(&to_record(record)?)
            .await
            .map_err(backend)?;
        self.caches.sessions.put(record.id, record.clone());
        Ok(())
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        if let Some(record) = self.caches.sessions.get(id) {
            return Ok(Some(record).filter(|r| r.expiry_date > time::OffsetDateTime::now_utc()));
        }
        let Some(stored) = self
            .store
            .session_load(&id.to_string())
            .await
            .map_err(backend)?
        else {
            return Ok(None);
        };
        let data = serde_json::from_str(&stored.data)
            .map_err(|e| session_store::Error::Decode(e.to_string()))?;
        let record = Record {
            id: *id,
            data,
            expiry_date: stored.expires_at,
        };
        self.caches.sessions.put(*id, record.clone());
        Ok(Some(record))
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        self.caches.sessions.forget(id);
        self.store
            .session_delete(&id.to_string())
            .await
            .map_err(backend)
    }
}

/// Argon2id with 7 MiB and 5 passes: of the settings OWASP's Password Storage Cheat Sheet
/// gives as equally strong (19 MiB and 2 passes is the crate's default), the one that holds
/// least memory while it works, for a server whose whole budget is 60 MB. Hashes made with
/// other settings still verify: a hash carries its own.
fn hasher() -> Argon2<'static> {
    let params = argon2::Params::new(7 * 1024, 5, 1, None).expect("valid Argon2 parameters");
    Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
}

/// Hashes a password with Argon2id and a random salt (PHC string).
pub fn hash_password(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    Ok(hasher()
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

/// At most one password hash at a time per core. Argon2 holds its memory while it works:
/// 64 sign-ins at once, 19 MiB each, took the server from 48 MB to 1.2 GB (scripts/bench)
/// and answered 12 a second; in line, one per core, 100 a second at about 85 MB.
static HASHING: std::sync::LazyLock<tokio::sync::Semaphore> = std::sync::LazyLock::new(|| {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    tokio::sync::Semaphore::new(cores)
});

/// Runs password hashing or checking `work` off the async threads, when a place is free.
pub async fn hashing<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, tokio::task::JoinError> {
    // The semaphore is never closed, so acquiring only waits.
    let _permit = HASHING.acquire().await.ok();
    tokio::task::spawn_blocking(work).await
}

/// Checks a password against a stored hash; a malformed hash never matches.
pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        hasher()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// A hash of no one's password, checked when the login is unknown so that the answer takes as
/// long as for a real account and does not tell which logins exist.
pub static DECOY_HASH: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| hash_password("not anyone's password").unwrap_or_default());

/// Minimum password length; members are often helped by a facilitator, so no other rules.
pub const PASSWORD_MIN: usize = 8;

/// How failed sign-ins are slowed down: after `FREE_TRIES` failures within the window, each
/// further try waits twice as long as the one before, from 30 seconds up to 15 minutes.
pub struct Throttle;

impl Throttle {
    pub const WINDOW: Duration = Duration::hours(1);
    pub const FREE_TRIES_PER_ACCOUNT: i64 = 5;
    /// An address can be a whole village behind one mobile network's gateway.
    pub const FREE_TRIES_PER_ADDRESS: i64 = 30;

    /// When the next try is allowed after `failures` failures, the last at `last`; `None` if now.
    pub fn wait_until(failures: i64, free: i64, last: OffsetDateTime) -> Option<OffsetDateTime> {
        if failures < free {
            return None;
        }
        let doublings = (failures - free).min(5) as u32;
        let wait = (Duration::seconds(30) * 2i32.pow(doublings)).min(Duration::minutes(15));
        Some(last + wait)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_made_with_the_older_settings_still_verify() {
        let salt = SaltString::generate(&mut rand::rngs::OsRng);
        let old = Argon2::default()
            .hash_password(b"correct horse", &salt)
            .unwrap()
            .to_string();
        assert!(old.contains("m=19456,t=2"));
        assert!(verify_password("correct horse", &old));
        assert!(!verify_password("wrong horse", &old));
        assert!(hash_password("x").unwrap().contains("m=7168,t=5,p=1"));
    }

    #[test]
    fn a_password_verifies_against_its_own_hash_only() {
        let hash = hash_password("correct horse").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse", &hash));
        assert!(!verify_password("wrong horse", &hash));
        assert!(!verify_password("correct horse", "not a hash"));
    }

    #[test]
    fn waits_grow_after_the_free_tries() {
        let t = OffsetDateTime::UNIX_EPOCH;
        assert_eq!(Throttle::wait_until(4, 5, t), None);
        assert_eq!(
            Throttle::wait_until(5, 5, t),
            Some(t + Duration::seconds(30))
        );
        assert_eq!(
            Throttle::wait_until(6, 5, t),
            Some(t + Duration::seconds(60))
        );
        assert_eq!(
            Throttle::wait_until(50, 5, t),
            Some(t + Duration::minutes(15))
        );
    }
}
