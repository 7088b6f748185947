//! `academy backup` and `academy restore` for the embedded SQLite database. A backup is made
//! while the academy serves (SQLite's `VACUUM INTO` reads one consistent snapshot and writes a
//! compact copy); a restore needs the academy stopped, checks the copy first, and keeps the
//! database it replaces. On PostgreSQL, `pg_dump` and `pg_restore` do both (see the README).

use std::fs::File;
use std::path::{Path, PathBuf};

use anyhow::{bail, ensure, Context};
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection, Row, SqliteConnection};

use crate::config::{DbArgs, Settings};

/// The lock a serving academy holds on its data folder, so that a restore (or a second
/// server) cannot pull the database from under it.
pub struct DataLock(#[allow(dead_code)] File);

impl DataLock {
    pub fn take(data: &Path) -> anyhow::Result<DataLock> {
        std::fs::create_dir_all(data)
            .with_context(|| format!("creating the data folder {}", data.display()))?;
        let path = data.join("academy.lock");
        let file = File::create(&path).with_context(|| format!("opening {}", path.display()))?;
        match file.try_lock() {
            Ok(()) => Ok(DataLock(file)),
            Err(_) => bail!(
                "an academy is running on the data folder {}: stop it first",
                data.display()
            ),
        }
    }
}

fn sqlite_file(settings: &Settings) -> anyhow::Result<PathBuf> {
    if settings.database_url.is_some() {
        bail!(
            "this academy runs on PostgreSQL: back it up with pg_dump --format=custom, and restore it with pg_restore (see the README)"
        );
    }
    Ok(settings.data.join("academy.db"))
}

async fn connect(path: &Path, read_only: bool) -> anyhow::Result<SqliteConnection> {
    SqliteConnectOptions::new()
        .filename(path)
        .read_only(read_only)
        .connect()
        .await
        .with_context(|| format!("opening {}", path.display()))
}

/// Checks that a file is a whole SQLite database of the academy: its tables and its own
/// record of migrations; answers how many members it holds.
async fn check(path: &Path) -> anyhow::Result<i64> {
    ensure!(path.is_file(), "{} is not a file", path.display());
    let mut db = connect(path, true).await?;
    let verdict: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&mut db)
        .await
        .with_context(|| format!("{} is not an SQLite database", path.display()))?;
    ensure!(verdict == "ok", "{} is damaged: {verdict}", path.display());
    let members = sqlx::query("SELECT COUNT(*) AS n FROM members")
        .fetch_one(&mut db)
        .await
        .map_err(|_| {
            anyhow::anyhow!(
                "{} is not an academy's database (no members table)",
                path.display()
            )
        })?;
    sqlx::query("SELECT version FROM _sqlx_migrations LIMIT 1")
        .fetch_optional(&mut db)
        .await
        .map_err(|_| {
            anyhow::anyhow!(
                "{} is not an academy's database (no migrations)",
                path.display()
            )
        })?;
    db.close().await?;
    Ok(members.get("n"))
}

pub async fn backup(db: &DbArgs, out: &Path) -> anyhow::Result<()> {
    let settings = db.settings(None)?;
    let source = sqlite_file(&settings)?;
    ensure!(
        source.is_file(),
        "there is no database at {}",
        source.display()
    );
    ensure!(
        !out.exists(),
        "{} exists already: choose a new file for the backup",
        out.display()
    );
    let mut db = connect(&source, false).await?;
    sqlx::query("VACUUM INTO $1")
        .bind(out.to_string_lossy().as_ref())
        .execute(&mut db)
        .await
        .with_context(|| format!("writing the backup to {}", out.display()))?;
    db.close().await?;
    File::open(out)?.sync_all()?;
    let members = check(out).await?;
    eprintln!(
        "Backed up {} ({members} members) to {}.",
        source.display(),
        out.display()
    );
    Ok(())
}

pub async fn restore(db: &DbArgs, from: &Path) -> anyhow::Result<()> {
    let settings = db.settings(None)?;
    let target = sqlite_file(&settings)?;
    let members = check(from).await?;
    let _lock = DataLock::take(&settings.data)?;
    if target.exists() {
        let stamp = time::OffsetDateTime::now_utc().unix_timestamp();
        let kept = settings
            .data
            .join(format!("academy.db.before-restore-{stamp}"));
        // Fold the write-ahead log in first, so the kept copy is whole by itself.
        let mut current = connect(&target, false).await?;
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(&mut current)
            .await?;
        current.close().await?;
        std::fs::rename(&target, &kept)
            .with_context(|| format!("moving the current database to {}", kept.display()))?;
        eprintln!("The database it replaces is kept as {}.", kept.display());
    }
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(settings.data.join(format!("academy.db{suffix}")));
    }
    let partial = settings.data.join("academy.db.restoring");
    std::fs::copy(from, &partial)
        .with_context(|| format!("copying {} into the data folder", from.display()))?;
    File::open(&partial)?.sync_all()?;
    std::fs::rename(&partial, &target)?;
    // Brings an older backup up to this version's tables.
    crate::config::open(&settings).await?;
    eprintln!(
        "Restored {} ({members} members) into {}.",
        from.display(),
        target.display()
    );
    Ok(())
}
