//! Uploaded files (the resource library, pictures in posts): kept in the data folder by
//! default, or in S3-compatible object storage (`files = "s3://bucket/prefix"`, credentials
//! and endpoint from the usual `AWS_*` variables) so that several servers share them. What a
//! file is gets decided from its bytes, never from its name.

use std::path::Path;
use std::sync::Arc;

use academy_domain::forum::ResourceKind;
use bytes::Bytes;
use object_store::local::LocalFileSystem;
use object_store::path::Path as Key;
use object_store::ObjectStore;

#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("the file store is not set up: {0}")]
    Setup(String),
    #[error("file not found")]
    NotFound,
    #[error(transparent)]
    Store(#[from] object_store::Error),
}

/// Where files go.
#[derive(Debug, Clone)]
pub struct Files {
    store: Arc<dyn ObjectStore>,
    prefix: Key,
    /// For logs: "folder /…/files" or "s3://bucket/prefix".
    pub place: String,
}

impl Files {
    /// `location`: empty or missing for `DATA/files`, a folder path, or an `s3://` URL.
    pub fn open(location: Option<&str>, data: &Path) -> Result<Files, FileError> {
        let location = location.map(str::trim).filter(|l| !l.is_empty());
        match location {
            Some(url) if url.starts_with("s3://") => {
                let (bucket_url, prefix) = match url["s3://".len()..].split_once('/') {
                    Some((bucket, prefix)) => (format!("s3://{bucket}"), prefix.to_string()),
                    None => (url.to_string(), String::new()),
                };
                let store = object_store::aws::AmazonS3Builder::from_env()
                    .with_url(&bucket_url)
                    .build()
                    .map_err(|e| FileError::Setup(e.to_string()))?;
                Ok(Files {
                    store: Arc::new(store),
                    prefix: Key::from(prefix),
                    place: url.to_string(),
                })
            }
            Some(other) if other.contains("://") => Err(FileError::Setup(format!(
                "{other}: use a folder or an s3:// address"
            ))),
            _ => {
                let folder = location
                    .map(Path::new)
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| data.join("files"));
                std::fs::create_dir_all(&folder)
                    .map_err(|e| FileError::Setup(format!("{}: {e}", folder.display())))?;
                let store = LocalFileSystem::new_with_prefix(&folder)
                    .map_err(|e| FileError::Setup(e.to_string()))?;
                Ok(Files {
                    store: Arc::new(store),
                    prefix: Key::default(),
                    place: format!("folder {}", folder.display()),
                })
            }
        }
    }

    fn key(&self, name: &str) -> Key {
        name.split('/')
            .fold(self.prefix.clone(), |key, part| key.child(part))
    }

    /// Stores `bytes` under `name` (`library/ID.pdf`); the write is complete when this returns.
    pub async fn put(&self, name: &str, bytes: Vec<u8>) -> Result<(), FileError> {
        self.store
            .put(&self.key(name), Bytes::from(bytes).into())
            .await?;
        Ok(())
    }

    pub async fn get(&self, name: &str) -> Result<Bytes, FileError> {
        match self.store.get(&self.key(name)).await {
            Ok(found) => Ok(found.bytes().await?),
            Err(object_store::Error::NotFound { .. }) => Err(FileError::NotFound),
            Err(e) => Err(e.into()),
        }
    }
}

/// What an upload is, read from its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sniffed {
    pub kind: ResourceKind,
    pub content_type: &'static str,
    pub extension: &'static str,
}

/// The kinds of file the academy takes: PDF documents; PNG, JPEG and WebP pictures; the
/// audio that phones record and share (MP3, M4A, Ogg/Opus, AMR, WAV).
pub fn sniff(bytes: &[u8]) -> Option<Sniffed> {
    let found = infer::get(bytes)?;
    let (kind, content_type, extension) = match found.mime_type() {
        "application/pdf" => (ResourceKind::Document, "application/pdf", "pdf"),
        "image/png" => (ResourceKind::Image, "image/png", "png"),
        "image/jpeg" => (ResourceKind::Image, "image/jpeg", "jpg"),
        "image/webp" => (ResourceKind::Image, "image/webp", "webp"),
        "audio/mpeg" => (ResourceKind::Audio, "audio/mpeg", "mp3"),
        "audio/m4a" | "audio/x-m4a" => (ResourceKind::Audio, "audio/mp4", "m4a"),
        "audio/ogg" | "audio/opus" => (ResourceKind::Audio, "audio/ogg", "ogg"),
        "audio/amr" => (ResourceKind::Audio, "audio/amr", "amr"),
        "audio/x-wav" | "audio/wav" => (ResourceKind::Audio, "audio/wav", "wav"),
        _ => return None,
    };
    Some(Sniffed {
        kind,
        content_type,
        extension,
    })
}

/// The largest file of each kind, in bytes: sized for 2G uploads and cheap phones' storage.
pub fn max_size(kind: ResourceKind) -> usize {
    match kind {
        ResourceKind::Document => 10 * 1024 * 1024,
        ResourceKind::Image => 3 * 1024 * 1024,
        ResourceKind::Audio => 10 * 1024 * 1024,
    }
}

/// The content type of a file the academy named itself (`ID.png`), from its extension.
pub fn content_type_of(name: &str) -> &'static str {
    match name.rsplit('.').next() {
        Some("png") => "image/png",
        Some("jpg") => "image/jpeg",
        Some("webp") => "image/webp",
        Some("pdf") => "application/pdf",
        Some("mp3") => "audio/mpeg",
        Some("m4a") => "audio/mp4",
        Some("ogg") => "audio/ogg",
        Some("amr") => "audio/amr",
        Some("wav") => "audio/wav",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_known_by_their_bytes_not_their_names() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert_eq!(sniff(png).map(|s| s.kind), Some(ResourceKind::Image));
        assert_eq!(sniff(b"%PDF-1.7\n").map(|s| s.extension), Some("pdf"));
        assert_eq!(sniff(b"MZ\x90\0 an exe called poster.pdf"), None);
        assert_eq!(sniff(b"<html><script>"), None);
    }

    #[tokio::test]
    async fn a_folder_keeps_what_it_was_given() {
        let dir = tempfile::tempdir().unwrap();
        let files = Files::open(None, dir.path()).unwrap();
        files
            .put("library/a.pdf", b"%PDF-1.7".to_vec())
            .await
            .unwrap();
        assert_eq!(&files.get("library/a.pdf").await.unwrap()[..], b"%PDF-1.7");
        assert!(matches!(
            files.get("library/b.pdf").await,
            Err(FileError::NotFound)
        ));
        assert!(dir.path().join("files/library/a.pdf").exists());
        assert!(Files::open(Some("ftp://x"), dir.path()).is_err());
    }
}
