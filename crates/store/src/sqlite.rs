//! The embedded default: one SQLite file in the data folder, in WAL mode with foreign keys on.
//! Writes go through a single connection so that two writers never race for SQLite's one write
//! lock; reads use a pool of their own and never wait for writes.

use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Pool, Sqlite};

pub struct SqliteStore {
    read: Pool<Sqlite>,
    write: Pool<Sqlite>,
}

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

impl SqliteStore {
    const BACKEND: &'static str = "sqlite";
    const ORG_NAMES_AGG: &'static str = "group_concat(o.name, '; ')";

    /// The month (`YYYY-MM`, India time) of the time in `column`.
    fn month_of(column: &str) -> String {
        format!("strftime('%Y-%m', {column}, '+330 minutes')")
    }

    /// Opens (creating if missing) and migrates the database at `url` (`sqlite://PATH` or a path).
    pub async fn open(url: &str) -> crate::Result<Self> {
        let url = if url.starts_with("sqlite:") {
            url.to_string()
        } else {
            format!("sqlite://{url}")
        };
        let options = SqliteConnectOptions::from_str(&url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // FULL: a write acknowledged to a user is on disk, even if the machine loses power.
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10))
            // All connections together keep at most 12 MB: past it SQLite reuses its cached
            // pages instead of asking for more. Without it an admin's member searches left the
            // five connections holding about 40 MB (scripts/bench), for pages the operating
            // system caches anyway.
            .pragma("soft_heap_limit", "12000000");
        // The one writer keeps up to 8 MB of pages; each reader SQLite's default 2 MB.
        let write = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options.clone().pragma("cache_size", "-8000"))
            .await?;
        MIGRATOR.run(&write).await?;
        // Fresh statistics let the planner pick the right index for each filter.
        sqlx::query("PRAGMA optimize=0x10002")
            .execute(&write)
            .await?;
        let read = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options.read_only(true).pragma("cache_size", "-2000"))
            .await?;
        Ok(Self { read, write })
    }

    fn reader(&self) -> &Pool<Sqlite> {
        &self.read
    }

    fn writer(&self) -> &Pool<Sqlite> {
        &self.write
    }
}

shared_store!(SqliteStore, sqlx::Sqlite, sqlx::sqlite::SqliteRow);
