//! The field node's side of sync: push what changed here to the central academy, then pull
//! what changed there, in compressed batches. Each batch is merged in one transaction
//! together with the cursor that says how far it got, so an attempt cut off anywhere loses
//! at most the batch in flight, and the next attempt resumes where it stopped.

use std::io::{Read, Write};
use std::time::Duration;

use academy_store::{Batch, CompletionRule, Cursor, Store, StoreError};
use flate2::read::GzDecoder;
use flate2::write::GzEncoder;
use flate2::Compression;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Rows per batch: a few hundred kilobytes on the wire.
pub const BATCH_ROWS: usize = 5_000;
/// A batch may not unpack to more than this (a guard against a decompression bomb).
pub const MAX_UNPACKED: u64 = 64 * 1024 * 1024;

/// What the central academy says to a node that presents its token.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Hello {
    /// The central academy's own id: the origin of the rows that come from it.
    pub central: Uuid,
    pub node: Uuid,
    pub name: String,
    pub code_block: i64,
    /// The node's change order up to which its changes are in at the central academy.
    pub received: i64,
    /// The digest of the central academy's published curriculum.
    #[serde(default)]
    pub content: Option<String>,
}

/// A published curriculum with its pictures and recordings, as a node fetches it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ContentPackage {
    pub digest: String,
    pub body: String,
    pub media: Vec<MediaItem>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MediaItem {
    pub name: String,
    pub content_type: String,
    /// The bytes, base64.
    pub bytes: String,
}

/// The answer to a push.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Received {
    pub received: i64,
}

/// What one sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncReport {
    pub pushed_rows: usize,
    pub pushed_batches: usize,
    pub pulled_rows: usize,
    pub pulled_batches: usize,
    pub new_statements: usize,
    pub duplicates: usize,
    /// Whether a newer curriculum came from the central academy.
    pub content_updated: bool,
    /// Compressed bytes sent and received.
    pub bytes_sent: u64,
    pub bytes_received: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("the central academy's address must start with https:// (plain http only to this machine): {0}")]
    Insecure(String),
    #[error("the central academy does not know this token")]
    UnknownToken,
    #[error("the central academy has revoked this node")]
    Revoked,
    #[error("the central academy answered {status}: {body}")]
    Remote { status: u16, body: String },
    #[error("could not reach the central academy: {0}")]
    Network(#[from] reqwest::Error),
    #[error("a batch could not be read: {0}")]
    Format(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Gzips a batch as JSON.
pub fn pack(batch: &Batch) -> Result<Vec<u8>, SyncError> {
    let mut gz = GzEncoder::new(Vec::new(), Compression::default());
    serde_json::to_writer(&mut gz, batch).map_err(|e| SyncError::Format(e.to_string()))?;
    gz.flush().map_err(|e| SyncError::Format(e.to_string()))?;
    gz.finish().map_err(|e| SyncError::Format(e.to_string()))
}

/// Reads a gzipped JSON batch, refusing one that unpacks beyond `MAX_UNPACKED`.
pub fn unpack(bytes: &[u8]) -> Result<Batch, SyncError> {
    let mut json = Vec::new();
    GzDecoder::new(bytes)
        .take(MAX_UNPACKED + 1)
        .read_to_end(&mut json)
        .map_err(|e| SyncError::Format(format!("not gzip: {e}")))?;
    if json.len() as u64 > MAX_UNPACKED {
        return Err(SyncError::Format(format!(
            "a batch unpacks to more than {MAX_UNPACKED} bytes"
        )));
    }
    serde_json::from_slice(&json).map_err(|e| SyncError::Format(e.to_string()))
}

/// Only HTTPS, except to this machine (tests, and a central academy on the same laptop).
pub fn check_remote(remote: &str) -> Result<String, SyncError> {
    let url = reqwest::Url::parse(remote).map_err(|_| SyncError::Insecure(remote.to_string()))?;
    let host = url.host_str().unwrap_or("");
    let loopback = host == "localhost"
        || host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    match url.scheme() {
        "https" => {}
        "http" if loopback => {}
        _ => return Err(SyncError::Insecure(remote.to_string())),
    }
    Ok(remote.trim_end_matches('/').to_string())
}

/// A client for one central academy (cheap to clone: the connections are shared).
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    remote: String,
    token: String,
}

impl Client {
    pub fn new(remote: &str, token: &str) -> Result<Self, SyncError> {
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(20))
            .timeout(Duration::from_secs(120))
            .build()?;
        Ok(Client {
            http,
            remote: check_remote(remote)?,
            token: token.trim().to_string(),
        })
    }

    async fn check(response: reqwest::Response) -> Result<reqwest::Response, SyncError> {
        match response.status().as_u16() {
            200..=299 => Ok(response),
            401 => Err(SyncError::UnknownToken),
            403 => Err(SyncError::Revoked),
            status => Err(SyncError::Remote {
                status,
                body: response.text().await.unwrap_or_default(),
            }),
        }
    }

    pub async fn hello(&self) -> Result<Hello, SyncError> {
        let response = self
            .http
            .post(format!("{}/sync/v1/hello", self.remote))
            .bearer_auth(&self.token)
            .send()
            .await?;
        Ok(Self::check(response).await?.json().await?)
    }

    pub async fn push(&self, packed: Vec<u8>) -> Result<Received, SyncError> {
        let response = self
            .http
            .post(format!("{}/sync/v1/push", self.remote))
            .bearer_auth(&self.token)
            .header(reqwest::header::CONTENT_TYPE, "application/gzip")
            .body(packed)
            .send()
            .await?;
        Ok(Self::check(response).await?.json().await?)
    }

    pub async fn content(&self) -> Result<ContentPackage, SyncError> {
        let response = self
            .http
            .get(format!("{}/sync/v1/content", self.remote))
            .bearer_auth(&self.token)
            .send()
            .await?;
        let packed = Self::check(response).await?.bytes().await?;
        let mut json = Vec::new();
        GzDecoder::new(&packed[..])
            .take(MAX_UNPACKED * 4)
            .read_to_end(&mut json)
            .map_err(|e| SyncError::Format(format!("not gzip: {e}")))?;
        serde_json::from_slice(&json).map_err(|e| SyncError::Format(e.to_string()))
    }

    pub async fn pull(&self, after: i64, limit: usize) -> Result<Vec<u8>, SyncError> {
        let response = self
            .http
            .get(format!(
                "{}/sync/v1/pull?after={after}&limit={limit}",
                self.remote
            ))
            .bearer_auth(&self.token)
            .send()
            .await?;
        Ok(Self::check(response).await?.bytes().await?.to_vec())
    }
}

/// One sync with the central academy this node is set up for (`Store::set_peer`).
/// `rows` per batch: smaller batches waste less when a poor connection drops.
pub async fn sync(
    store: &dyn Store,
    rules: &[CompletionRule],
    rows: usize,
) -> Result<SyncReport, SyncError> {
    let peer = store
        .peer()
        .await?
        .ok_or_else(|| SyncError::Format("this academy is not set up as a field node".into()))?;
    let client = Client::new(&peer.remote, &peer.token)?;
    let result = exchange(store, &client, rules, rows.clamp(1, BATCH_ROWS)).await;
    let now = time::OffsetDateTime::now_utc();
    match &result {
        Ok(_) => store.peer_synced(now, None).await?,
        Err(e) => store.peer_synced(now, Some(&e.to_string())).await?,
    }
    result
}

/// Pushes, then pulls, `rows` at a time.
pub async fn exchange(
    store: &dyn Store,
    client: &Client,
    rules: &[CompletionRule],
    rows: usize,
) -> Result<SyncReport, SyncError> {
    let hello = client.hello().await?;
    store
        .peer_identified(hello.central, hello.node, &hello.name, hello.code_block)
        .await?;
    let mut report = SyncReport::default();

    let mut after = hello.received;
    loop {
        let batch = store
            .changes(after, Some(hello.central), None, rows)
            .await?;
        if batch.upto <= after {
            break;
        }
        let packed = pack(&batch)?;
        report.bytes_sent += packed.len() as u64;
        report.pushed_rows += batch.len();
        report.pushed_batches += 1;
        after = client.push(packed).await?.received;
        if !batch.more {
            break;
        }
    }

    // Each batch is asked for while the one before is being merged: the central academy
    // reads and packs the next while this node writes the last.
    let fetch = |client: Client, after: i64| {
        tokio::spawn(async move {
            let packed = client.pull(after, rows).await?;
            let size = packed.len() as u64;
            let batch = tokio::task::spawn_blocking(move || unpack(&packed))
                .await
                .map_err(|e| SyncError::Format(e.to_string()))??;
            Ok::<_, SyncError>((batch, size))
        })
    };
    let received = store.peer().await?.map_or(0, |p| p.received);
    let mut next = Some(fetch(client.clone(), received));
    while let Some(pending) = next.take() {
        let (batch, size) = pending
            .await
            .map_err(|e| SyncError::Format(e.to_string()))??;
        report.bytes_received += size;
        if batch.more {
            next = Some(fetch(client.clone(), batch.upto));
        }
        if batch.upto > batch.after || !batch.is_empty() {
            let started = std::time::Instant::now();
            let applied = match store
                .apply_batch(&batch, hello.central, Cursor::Central, rules)
                .await
            {
                Ok(applied) => applied,
                Err(e) => {
                    if let Some(prefetch) = next.take() {
                        prefetch.abort();
                    }
                    return Err(e.into());
                }
            };
            tracing::debug!(
                rows = batch.len(),
                bytes = size,
                ms = started.elapsed().as_millis() as u64,
                "pulled a batch"
            );
            report.pulled_rows += batch.len();
            report.pulled_batches += 1;
            report.new_statements += applied.statements;
            report.duplicates += applied.duplicates;
        }
    }

    // The central academy's curriculum, when it is one this node has not got.
    if let Some(digest) = &hello.content {
        if !store.has_content_digest(digest).await? {
            let package = client.content().await?;
            let mut media = Vec::with_capacity(package.media.len());
            for m in package.media {
                use base64::Engine;
                let bytes = base64::engine::general_purpose::STANDARD
                    .decode(&m.bytes)
                    .map_err(|e| SyncError::Format(format!("media {}: {e}", m.name)))?;
                media.push((m.name, m.content_type, bytes));
            }
            store
                .publish_content(&package.digest, &package.body, &media)
                .await?;
            report.content_updated = true;
        }
    }
    Ok(report)
}
