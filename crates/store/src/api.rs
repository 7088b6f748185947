//! Storage for the JSON API: personal access tokens, and members listed by cursor (keyset
//! pagination, which stays fast and stable however deep a partner's script pages).

use async_trait::async_trait;
use time::OffsetDateTime;
use uuid::Uuid;

use academy_domain::Member;

use crate::{MemberFilter, Result};

/// A personal access token, as the admin page and the API's guard see it.
#[derive(Debug, Clone)]
pub struct ApiToken {
    pub id: Uuid,
    pub member: Uuid,
    pub member_name: String,
    pub name: String,
    pub scopes: Vec<String>,
    pub created_at: OffsetDateTime,
    pub revoked_at: Option<OffsetDateTime>,
    pub last_used_at: Option<OffsetDateTime>,
}

#[async_trait]
pub trait ApiStore: Send + Sync {
    /// Keeps a new token (its hash only) for `member`; audit-logged.
    async fn create_api_token(
        &self,
        member: Uuid,
        name: &str,
        token_hash: &str,
        scopes: &[String],
        by: Uuid,
        at: OffsetDateTime,
    ) -> Result<Uuid>;
    async fn api_tokens(&self) -> Result<Vec<ApiToken>>;
    /// The token with this hash, revoked or not.
    async fn api_token_by_hash(&self, token_hash: &str) -> Result<Option<ApiToken>>;
    /// Revokes a token; audit-logged. Not found when it is unknown or revoked already.
    async fn revoke_api_token(&self, id: Uuid, by: Uuid, at: OffsetDateTime) -> Result<()>;
    /// Notes when a token was last used (at most once a minute is written).
    async fn api_token_used(&self, id: Uuid, at: OffsetDateTime) -> Result<()>;
    /// Members matching `filter`, newest first, after (older than) the member `before`.
    async fn members_page(
        &self,
        filter: &MemberFilter,
        before: Option<Uuid>,
        limit: i64,
    ) -> Result<Vec<Member>>;
}
