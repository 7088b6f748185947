//! Settings: built-in defaults, then an optional TOML file (`academy.toml` in the working
//! folder, or `--config FILE`), then `ACADEMY_*` environment variables, then flags.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use academy_store::Store;
use anyhow::Context;
use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use serde::{Deserialize, Serialize};

/// Everything `academy` can be configured with.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Settings {
    /// Where to listen for HTTP.
    pub listen: SocketAddr,
    /// The folder for the embedded database and other files.
    pub data: PathBuf,
    /// `postgres://…` to use PostgreSQL; empty for the embedded SQLite database in `data`.
    pub database_url: Option<String>,
    /// Mark cookies `Secure` (HTTPS only). Defaults to true unless listening on loopback.
    pub secure_cookies: Option<bool>,
    /// The address people reach the academy at (`https://academy.example`): in QR codes, in
    /// signed credentials and in the academy's `did:web`. Defaults to `http://LISTEN`.
    pub public_url: Option<String>,
    /// Where uploaded files go: a folder (default DATA/files) or `s3://bucket/prefix` for
    /// S3-compatible storage shared by several servers (`AWS_ACCESS_KEY_ID`,
    /// `AWS_SECRET_ACCESS_KEY`, `AWS_REGION`, `AWS_ENDPOINT`, `AWS_ALLOW_HTTP` as usual).
    pub files: Option<String>,
    /// Who members write to about their data (shown in the privacy notice): a phone number,
    /// an address, an office.
    pub privacy_contact: Option<String>,
    /// Accounts with no activity for this many years are erased (the person anonymised, the
    /// counts kept); 0 keeps them.
    pub retention_years: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            listen: "127.0.0.1:8080".parse().expect("valid address"),
            data: PathBuf::from("academy-data"),
            database_url: None,
            secure_cookies: None,
            public_url: None,
            files: None,
            privacy_contact: None,
            retention_years: 3,
        }
    }
}

/// Flags that choose the database, shared by every subcommand that touches it.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct DbArgs {
    /// The data folder (default ./academy-data).
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// A postgres:// URL; without one the academy uses SQLite in the data folder.
    #[arg(long)]
    pub database_url: Option<String>,
    /// A TOML settings file (default ./academy.toml when it exists).
    #[arg(long)]
    pub config: Option<PathBuf>,
}

/// Only the flags that were given override the file and the environment.
#[derive(Serialize)]
struct Overrides {
    #[serde(skip_serializing_if = "Option::is_none")]
    listen: Option<SocketAddr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    data: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    database_url: Option<String>,
}

impl DbArgs {
    pub fn settings(&self, listen: Option<SocketAddr>) -> anyhow::Result<Settings> {
        let mut figment = Figment::from(Serialized::defaults(Settings::default()));
        match &self.config {
            Some(path) => {
                anyhow::ensure!(
                    path.exists(),
                    "the settings file {} does not exist",
                    path.display()
                );
                figment = figment.merge(Toml::file(path));
            }
            None => figment = figment.merge(Toml::file("academy.toml")),
        }
        figment = figment.merge(Env::prefixed("ACADEMY_").ignore(&["log", "test_database_url"]));
        figment = figment.merge(Serialized::defaults(Overrides {
            listen,
            data: self.data.clone(),
            database_url: self.database_url.clone(),
        }));
        let mut settings: Settings = figment.extract().context("reading settings")?;
        if settings
            .database_url
            .as_deref()
            .is_some_and(|u| u.trim().is_empty())
        {
            settings.database_url = None;
        }
        Ok(settings)
    }

    /// Opens the configured database, creating the data folder and migrating as needed.
    pub async fn open(&self) -> anyhow::Result<Arc<dyn Store>> {
        open(&self.settings(None)?).await
    }
}

pub async fn open(settings: &Settings) -> anyhow::Result<Arc<dyn Store>> {
    let url = match &settings.database_url {
        Some(url) => url.clone(),
        None => {
            std::fs::create_dir_all(&settings.data)
                .with_context(|| format!("creating the data folder {}", settings.data.display()))?;
            format!("sqlite://{}", settings.data.join("academy.db").display())
        }
    };
    academy_store::open(&url)
        .await
        .with_context(|| format!("opening the database ({})", redact(&url)))
}

/// A database URL without its password, for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.find('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}
