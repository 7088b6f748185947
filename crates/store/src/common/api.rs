//! API tokens and members by cursor: the queries both databases share, as a macro expanded by
//! each backend.

macro_rules! api_queries {
    ($store:ty, $db:ty, $row:ty) => {
        const TOKEN_SELECT: &str = "SELECT t.id, t.member, m.full_name, t.name, t.scopes, t.created_at, \
            t.revoked_at, t.last_used_at FROM api_tokens t JOIN members m ON m.id = t.member";

        fn token_from_row(r: &$row) -> Result<$crate::api::ApiToken> {
            let scopes: String = r.try_get("scopes")?;
            Ok($crate::api::ApiToken {
                id: r.try_get("id")?,
                member: r.try_get("member")?,
                member_name: r.try_get("full_name")?,
                name: r.try_get("name")?,
                scopes: scopes.split_whitespace().map(String::from).collect(),
                created_at: r.try_get("created_at")?,
                revoked_at: r.try_get("revoked_at")?,
                last_used_at: r.try_get("last_used_at")?,
            })
        }

        #[async_trait::async_trait]
        impl $crate::api::ApiStore for $store {
            async fn create_api_token(
                &self,
                member: uuid::Uuid,
                name: &str,
                token_hash: &str,
                scopes: &[String],
                by: uuid::Uuid,
                at: time::OffsetDateTime,
            ) -> Result<uuid::Uuid> {
                let id = uuid::Uuid::now_v7();
                let mut tx = self.writer().begin().await?;
                sqlx::query(
                    "INSERT INTO api_tokens (id, member, name, token_hash, scopes, created_by, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(id)
                .bind(member)
                .bind(name)
                .bind(token_hash)
                .bind(scopes.join(" "))
                .bind(by)
                .bind(at.to_offset(time::UtcOffset::UTC))
                .execute(&mut *tx)
                .await
                .map_err(missing_reference)?;
                let detail = format!("{name} ({})", scopes.join(" "));
                audit(&mut tx, Some(by), "api.token-create", &format!("api-token:{id}"), &detail, at).await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn api_tokens(&self) -> Result<Vec<$crate::api::ApiToken>> {
                let sql = format!("{TOKEN_SELECT} ORDER BY t.id DESC");
                let rows = sqlx::query(&sql).fetch_all(self.reader()).await?;
                rows.iter().map(token_from_row).collect()
            }

            async fn api_token_by_hash(&self, token_hash: &str) -> Result<Option<$crate::api::ApiToken>> {
                let sql = format!("{TOKEN_SELECT} WHERE t.token_hash = $1");
                let row = sqlx::query(&sql).bind(token_hash).fetch_optional(self.reader()).await?;
                row.as_ref().map(token_from_row).transpose()
            }

            async fn revoke_api_token(&self, id: uuid::Uuid, by: uuid::Uuid, at: time::OffsetDateTime) -> Result<()> {
                let mut tx = self.writer().begin().await?;
                let done = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
                    .bind(at.to_offset(time::UtcOffset::UTC))
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                audit(&mut tx, Some(by), "api.token-revoke", &format!("api-token:{id}"), "", at).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn api_token_used(&self, id: uuid::Uuid, at: time::OffsetDateTime) -> Result<()> {
                let at = at.to_offset(time::UtcOffset::UTC);
                sqlx::query(
                    "UPDATE api_tokens SET last_used_at = $1 WHERE id = $2 \
                     AND (last_used_at IS NULL OR last_used_at < $3)",
                )
                .bind(at)
                .bind(id)
                .bind(at - time::Duration::minutes(1))
                .execute(self.writer())
                .await?;
                Ok(())
            }

            async fn members_page(&self, filter: &MemberFilter, before: Option<uuid::Uuid>, limit: i64) -> Result<Vec<Member>> {
                let mut q = QueryBuilder::<$db>::new(format!("SELECT {MEMBER_COLUMNS} FROM members m"));
                push_member_filter(&mut q, filter);
                if let Some(b) = before {
                    q.push(" AND m.id < ").push_bind(b);
                }
                q.push(" ORDER BY m.id DESC LIMIT ").push_bind(limit);
                let rows = q.build().fetch_all(self.reader()).await?;
                rows.iter().map(member_from_row).collect()
            }
        }
    };
}
