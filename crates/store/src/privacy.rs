//! A member's rights over her data (India's DPDP Act 2023): everything kept about her, to see
//! and to take away, and erasure, which removes who she is and keeps what she counted for.

use async_trait::async_trait;
use time::OffsetDateTime;
use uuid::Uuid;

use crate::Result;

/// The tables that hold rows about a member, and the column that names her. Secrets (the
/// hashes of her password and PIN) are left out of what she is shown.
pub const PERSONAL_TABLES: &[(&str, &str)] = &[
    ("members", "id"),
    ("memberships", "member_id"),
    ("consents", "member"),
    ("statements", "actor"),
    ("lesson_progress", "member"),
    ("module_progress", "member"),
    ("test_results", "member"),
    ("cohort_members", "member"),
    ("session_attendance", "member"),
    ("certificates", "member"),
    ("forum_threads", "author"),
    ("forum_posts", "author"),
    ("forum_reports", "reporter"),
    ("notices", "member"),
    ("mentor_pairs", "mentor"),
    ("mentor_pairs", "mentee"),
    ("mentor_messages", "author"),
    ("api_tokens", "member"),
];

/// One table's rows about a member, each a JSON object of its columns.
#[derive(Debug, Clone)]
pub struct PersonalRows {
    pub table: &'static str,
    pub rows: Vec<serde_json::Map<String, serde_json::Value>>,
}

#[async_trait]
pub trait PrivacyStore: Send + Sync {
    /// Every row of every table that is about the member.
    async fn personal_data(&self, member: Uuid) -> Result<Vec<PersonalRows>>;
    /// Erases the member: name, phone, village, code, consent's collector, sign-in secrets,
    /// her notices and sessions go; her private messages are emptied; her API tokens are
    /// revoked. What she counted for in reports stays (gender, state, district, kind, year of
    /// birth, learning), as do her forum posts, with no name. The audit log notes that an
    /// erasure happened, not whose. False when there was no such member.
    async fn erase_member(&self, member: Uuid, at: OffsetDateTime) -> Result<bool>;
    /// Withdraws the member's consent in force (its record keeps when); false when none was.
    async fn withdraw_consent(&self, member: Uuid, at: OffsetDateTime) -> Result<bool>;
    /// Writes one entry of the audit log, for a change made through a method that does not
    /// write its own. `detail` must not hold personal data: the log cannot be erased.
    async fn audit_event(
        &self,
        actor: Uuid,
        action: &str,
        subject: &str,
        detail: &str,
        at: OffsetDateTime,
    ) -> Result<()>;
    /// Members with no activity (or registration) since `before`, not yet erased.
    async fn inactive_members(&self, before: OffsetDateTime) -> Result<Vec<Uuid>>;
}

/// What an erased member's name becomes.
pub const ERASED_NAME: &str = "—";
