//! Storage of the xAPI Learning Record Store: partners' credentials and the statements they
//! send, kept whole in the order stored; those that map to the academy's own activities are
//! written to the learning log in the same transaction.

use async_trait::async_trait;
use time::OffsetDateTime;
use uuid::Uuid;

use academy_domain::Statement;

use crate::{CompletionRule, Result};

/// The key of the academy's own authority, under which its learning records are copied into
/// the LRS. Generated keys never look like it.
pub const OWN_KEY: &str = "academy:self";

/// A partner's HTTP Basic credentials (the secret is kept as a hash).
#[derive(Debug, Clone)]
pub struct XapiCredential {
    pub id: Uuid,
    pub name: String,
    pub key: String,
    pub created_at: OffsetDateTime,
    pub revoked_at: Option<OffsetDateTime>,
}

/// A checked statement, ready to keep.
#[derive(Debug, Clone)]
pub struct NewXapiStatement {
    pub id: Uuid,
    pub stored: OffsetDateTime,
    /// The statement as the LRS returns it (with id, stored, authority, version).
    pub body: String,
    /// Of the statement as received: the same statement sent again has the same one.
    pub fingerprint: String,
    /// The actor's identifier, canonical (`mbox:mailto:…`, `account:HOME|NAME`, …).
    pub actor: String,
    pub verb: String,
    pub activity: Option<String>,
    pub registration: Option<Uuid>,
    /// The statement this one voids.
    pub voids: Option<Uuid>,
    pub credential: Uuid,
    /// Every activity id and agent identifier the statement involves.
    pub related_activities: Vec<String>,
    pub related_agents: Vec<String>,
}

/// A kept statement.
#[derive(Debug, Clone)]
pub struct XapiRow {
    pub seq: i64,
    pub id: Uuid,
    pub body: String,
    pub voided: bool,
    /// The statement this one voids, when it is a voiding statement.
    pub voids: Option<Uuid>,
    /// The credential that sent it.
    pub credential: Uuid,
}

/// One of the academy's own learning records waiting to be copied into the LRS: the record and
/// its member's code, or nothing when there is nothing to copy (the LRS has it already).
pub type PendingRecord = (Uuid, Option<(Statement, String)>);

/// An attachment's content: its SHA-2 hash (hex, as statements name it), content type and bytes.
pub type Attachment = (String, String, Vec<u8>);

/// Which statements a GET asks for. Voided statements are never in a list.
#[derive(Debug, Clone, Default)]
pub struct XapiQuery {
    pub actor: Option<String>,
    pub verb: Option<String>,
    pub activity: Option<String>,
    pub registration: Option<Uuid>,
    pub since: Option<OffsetDateTime>,
    pub until: Option<OffsetDateTime>,
    pub ascending: bool,
    /// Match `activity` against every activity the statement involves, not only its object.
    pub related_activities: bool,
    /// Match `actor` against every agent the statement involves, not only its actor.
    pub related_agents: bool,
    pub limit: i64,
    /// Continue after (or before, descending) this stored position: the `more` link.
    pub after: Option<i64>,
}

/// Where a document is kept: its kind and the key parts that kind has (empty when not).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocKey {
    /// `state`, `activity_profile` or `agent_profile`.
    pub kind: &'static str,
    pub activity: String,
    pub agent: String,
    pub registration: String,
    /// The document's own id; empty to mean every document of the rest of the key.
    pub id: String,
}

/// A state or profile document.
#[derive(Debug, Clone)]
pub struct XapiDocument {
    pub content: Vec<u8>,
    pub content_type: String,
    pub etag: String,
    pub updated: OffsetDateTime,
}

#[async_trait]
pub trait LrsStore: Send + Sync {
    async fn create_xapi_credential(
        &self,
        name: &str,
        key: &str,
        secret_hash: &str,
        by: Uuid,
        at: OffsetDateTime,
    ) -> Result<Uuid>;
    /// The credential with this key and its secret's hash.
    async fn xapi_credential(&self, key: &str) -> Result<Option<(XapiCredential, String)>>;
    async fn xapi_credentials(&self) -> Result<Vec<XapiCredential>>;
    async fn revoke_xapi_credential(&self, id: Uuid, by: Uuid, at: OffsetDateTime) -> Result<()>;
    /// Keeps a batch, all or nothing. A statement already kept with the same fingerprint is
    /// skipped; with another, the batch fails with `Conflict("statement")`. Voiding marks
    /// its target (unless that is itself a voiding statement). `records` (the statements that
    /// map to the academy's activities) go into the learning log with their progress; a voided
    /// one of them stops counting. `attachments` (SHA-2 hex, content type, content) are kept
    /// with them. Answers the members whose progress changed.
    async fn store_xapi(
        &self,
        statements: &[NewXapiStatement],
        records: &[Statement],
        rules: &[CompletionRule],
        attachments: &[Attachment],
    ) -> Result<Vec<Uuid>>;
    /// Up to `limit` of the academy's own learning records not yet copied into the LRS, in
    /// the order they were recorded.
    async fn xapi_pending(&self, limit: i64) -> Result<Vec<PendingRecord>>;
    /// Keeps the academy's own records as xAPI statements under the academy's own authority
    /// (their `credential` is ignored) and takes them, and `done`, off the waiting list.
    async fn copy_to_xapi(&self, statements: &[NewXapiStatement], done: &[Uuid]) -> Result<()>;
    /// An attachment's content type and content.
    async fn xapi_attachment(&self, sha2: &str) -> Result<Option<(String, Vec<u8>)>>;
    async fn xapi_statement(&self, id: Uuid) -> Result<Option<XapiRow>>;
    async fn xapi_statements(&self, query: &XapiQuery) -> Result<Vec<XapiRow>>;
    async fn xapi_document(&self, key: &DocKey) -> Result<Option<XapiDocument>>;
    /// The ids of the documents under `key` (its `id` ignored), updated after `since`.
    async fn xapi_document_ids(
        &self,
        key: &DocKey,
        since: Option<OffsetDateTime>,
    ) -> Result<Vec<String>>;
    /// Writes a document over the one with the ETag `replaces`, or as a new one when that is
    /// `None`; `Conflict("document")` when another write came first (check and write again).
    async fn put_xapi_document(
        &self,
        key: &DocKey,
        document: &XapiDocument,
        replaces: Option<&str>,
    ) -> Result<()>;
    /// Deletes the document, or every document under the key when its `id` is empty.
    async fn delete_xapi_documents(&self, key: &DocKey) -> Result<()>;
}
