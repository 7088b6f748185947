//! Sync between a central academy and its field nodes: the rows as they travel, and the
//! store's side of the exchange (a change feed after a cursor, and merging a peer's batch).
//!
//! The rules: learning records merge as a set union by id; rows that can change merge by
//! last-writer-wins on a hybrid logical clock (`hlc`), the losing version kept in
//! `sync_versions`; removed links travel as tombstones. The migration `0010_sync.sql` stamps
//! every write with its clock and its place in the change order.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

/// What a field node may see of the central academy: members of these districts, these
/// cohorts (and cohorts held in these districts) with their members, and all staff (so that
/// facilitators can sign in on the node).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    pub districts: Vec<String>,
    pub cohorts: Vec<Uuid>,
}

/// A field node registered at the central academy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncNode {
    pub id: Uuid,
    pub name: String,
    pub scope: Scope,
    /// The first member number of the node's block (in every state).
    pub code_block: i64,
    pub created_at: OffsetDateTime,
    pub revoked_at: Option<OffsetDateTime>,
    pub last_seen_at: Option<OffsetDateTime>,
    /// The node's change order up to which its changes are applied here.
    pub received: i64,
}

/// How many member numbers each node may hand out per state, and where the blocks start:
/// the central academy counts from 1, far below.
pub const CODE_BLOCK_SIZE: i64 = 50_000;
pub const FIRST_CODE_BLOCK: i64 = 5_000_000;

/// On a field node: the central academy it syncs with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Peer {
    pub remote: String,
    pub token: String,
    /// The central academy's own id: the origin of the rows that came from it.
    pub central: Option<Uuid>,
    /// This node's id and name at the central academy.
    pub node: Option<Uuid>,
    pub name: Option<String>,
    /// The central academy's change order up to which its changes are applied here.
    pub received: i64,
    pub last_sync_at: Option<OffsetDateTime>,
    pub last_error: Option<String>,
}

/// Where applying a batch moves a cursor, in the same transaction: at the central academy,
/// how far a node's changes are in; on a node, how far the central academy's are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cursor {
    Node(Uuid),
    Central,
}

/// Two member records that may be one person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    pub a: Uuid,
    pub b: Uuid,
    pub reason: String,
    pub found_at: OffsetDateTime,
}

/// What applying a batch did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    /// Rows written (new or newer than what was here).
    pub rows: usize,
    /// Learning records that were new here.
    pub statements: usize,
    /// Versions kept because a newer one won, or because the arriving one lost.
    pub superseded: usize,
    /// Records flagged as possibly the same person as another.
    pub duplicates: usize,
}

/// Changes of one database after a cursor: the rows, and the cursor that follows them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Batch {
    /// The sender's change order: this batch holds every change after `after` up to `upto`.
    pub after: i64,
    pub upto: i64,
    /// Whether the sender has more changes after `upto`.
    pub more: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organisations: Vec<OrganisationRow>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<MemberRow>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub memberships: Vec<MembershipRow>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cohorts: Vec<CohortRow>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cohort_facilitators: Vec<FacilitatorRow>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cohort_members: Vec<CohortMemberRow>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sessions: Vec<SessionRow>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<StatementRow>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub certificates: Vec<CertificateRow>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tombstones: Vec<TombstoneRow>,
}

impl Batch {
    /// How many rows it carries.
    pub fn len(&self) -> usize {
        self.organisations.len()
            + self.members.len()
            + self.memberships.len()
            + self.cohorts.len()
            + self.cohort_facilitators.len()
            + self.cohort_members.len()
            + self.sessions.len()
            + self.statements.len()
            + self.certificates.len()
            + self.tombstones.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MemberRow {
    pub id: Uuid,
    pub hlc: i64,
    pub code: String,
    pub full_name: String,
    pub phone: Option<String>,
    pub gender: String,
    pub birth_year: Option<i32>,
    pub state: String,
    pub district: Option<String>,
    pub village: Option<String>,
    pub stakeholder: String,
    pub language: String,
    pub roles: i64,
    pub consent_on: Option<time::Date>,
    pub consent_by: Option<String>,
    pub password_hash: Option<String>,
    pub pin_hash: Option<String>,
    pub card_version: i32,
    pub registered_by: Option<Uuid>,
    pub merged_into: Option<Uuid>,
    pub search: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganisationRow {
    pub id: Uuid,
    pub hlc: i64,
    pub name: String,
    pub name_key: String,
    pub kind: String,
    pub state: String,
    pub district: Option<String>,
    pub village: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MembershipRow {
    pub organisation: Uuid,
    pub member: Uuid,
    pub role: String,
    pub hlc: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CohortRow {
    pub id: Uuid,
    pub hlc: i64,
    pub name: String,
    pub state: String,
    pub district: Option<String>,
    pub village: Option<String>,
    pub organisation: Option<Uuid>,
    pub modules: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FacilitatorRow {
    pub cohort: Uuid,
    pub member: Uuid,
    pub hlc: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CohortMemberRow {
    pub cohort: Uuid,
    pub member: Uuid,
    #[serde(with = "time::serde::rfc3339")]
    pub joined_at: OffsetDateTime,
    pub hlc: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionRow {
    pub id: Uuid,
    pub hlc: i64,
    pub cohort: Uuid,
    #[serde(with = "time::serde::rfc3339")]
    pub starts_at: OffsetDateTime,
    pub place: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub facilitator: Uuid,
    pub module: Option<String>,
    pub lessons: String,
    pub notes: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

/// A learning record. Short field names and no empty fields: these are most of the traffic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatementRow {
    pub id: Uuid,
    #[serde(rename = "a")]
    pub actor: Uuid,
    #[serde(rename = "v")]
    pub verb: String,
    #[serde(rename = "o")]
    pub object: String,
    #[serde(rename = "p", default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Uuid>,
    #[serde(rename = "s", default, skip_serializing_if = "Option::is_none")]
    pub score: Option<i32>,
    #[serde(rename = "m", default, skip_serializing_if = "Option::is_none")]
    pub max_score: Option<i32>,
    #[serde(rename = "ok", default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(rename = "r", default, skip_serializing_if = "Option::is_none")]
    pub response: Option<String>,
    #[serde(rename = "l")]
    pub lang: String,
    #[serde(rename = "f", default, skip_serializing_if = "std::ops::Not::not")]
    pub facilitated: bool,
    /// When it happened, in milliseconds since 1970 (UTC).
    #[serde(rename = "t")]
    pub at: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CertificateRow {
    pub id: Uuid,
    pub hlc: i64,
    pub member: Uuid,
    pub achievement: String,
    #[serde(with = "time::serde::rfc3339")]
    pub issued_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option", default)]
    pub revoked_at: Option<OffsetDateTime>,
    pub revoked_reason: Option<String>,
    pub status_index: Option<i64>,
    pub issued_by: Option<Uuid>,
}

/// A removed link: `memberships` (organisation, member) or `cohort_members` (cohort, member).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TombstoneRow {
    pub table: String,
    pub k1: Uuid,
    pub k2: Uuid,
    pub hlc: i64,
}

/// The id of a record that more than one database derives from the same facts (a module's
/// completion): the same everywhere, so that merging keeps one.
pub fn derived_id(parts: &[&[u8]]) -> Uuid {
    use sha2::{Digest, Sha256};
    let mut hash = Sha256::new();
    for part in parts {
        hash.update((part.len() as u64).to_be_bytes());
        hash.update(part);
    }
    let digest = hash.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    Uuid::new_v8(bytes)
}
