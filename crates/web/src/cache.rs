//! Short-lived memory of the hottest reads: sessions, signed-in members and lesson progress.
//! Every page of a signed-in member needs all three; asking SQLite each time was most of a
//! lesson page's cost. Entries live a few seconds, so that changes made by another server
//! sharing the database show within that time; this server's own writes update or drop them
//! at once.

use std::hash::Hash;
use std::sync::Arc;
use std::time::{Duration, Instant};

use academy_domain::Member;
use academy_store::LessonProgress;
use tower_sessions::session::{Id, Record};
use uuid::Uuid;

/// How long a remembered read may be used.
pub const FRESH_FOR: Duration = Duration::from_secs(5);

/// A bounded map whose entries expire after `FRESH_FOR`.
pub struct Fresh<K, V> {
    entries: quick_cache::sync::Cache<K, (Instant, V)>,
}

impl<K: Eq + Hash + Clone, V: Clone> Fresh<K, V> {
    pub fn new(capacity: usize) -> Self {
        Fresh {
            entries: quick_cache::sync::Cache::new(capacity),
        }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let (at, value) = self.entries.get(key)?;
        if at.elapsed() < FRESH_FOR {
            Some(value)
        } else {
            self.entries.remove(key);
            None
        }
    }

    pub fn put(&self, key: K, value: V) {
        self.entries.insert(key, (Instant::now(), value));
    }

    pub fn forget(&self, key: &K) {
        self.entries.remove(key);
    }
}

/// The server's caches.
pub struct Caches {
    pub sessions: Fresh<Id, Record>,
    /// Shared, not copied: every page of a signed-in member reads it.
    pub members: Fresh<Uuid, Arc<Member>>,
    /// Shared, not copied: every lesson page reads it.
    pub lessons: Fresh<(Uuid, String), Arc<[LessonProgress]>>,
    /// How many unread notices a member has, for the bell on every page.
    pub notices: Fresh<Uuid, i64>,
}

impl Default for Caches {
    fn default() -> Self {
        Caches {
            sessions: Fresh::new(20_000),
            members: Fresh::new(20_000),
            lessons: Fresh::new(20_000),
            notices: Fresh::new(20_000),
        }
    }
}
