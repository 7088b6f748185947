//! A member's data and its erasure, for both databases.

macro_rules! privacy_queries {
    ($store:ty, $db:ty, $row:ty) => {
        /// A row as JSON, whatever its column types (tried in turn; a blob that is not a UUID
        /// comes out as hex).
        fn row_json(r: &$row) -> serde_json::Map<String, serde_json::Value> {
            use sqlx::Column;
            let mut out = serde_json::Map::new();
            for column in r.columns() {
                let name = column.name();
                if name.contains("hash") || name == "secret" {
                    continue;
                }
                let i = column.ordinal();
                let value = if let Ok(v) = r.try_get::<Option<uuid::Uuid>, _>(i) {
                    serde_json::json!(v.map(|u| u.to_string()))
                } else if let Ok(v) = r.try_get::<Option<time::OffsetDateTime>, _>(i) {
                    serde_json::json!(v.and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok()))
                } else if let Ok(v) = r.try_get::<Option<bool>, _>(i) {
                    serde_json::json!(v)
                } else if let Ok(v) = r.try_get::<Option<i64>, _>(i) {
                    serde_json::json!(v)
                } else if let Ok(v) = r.try_get::<Option<i32>, _>(i) {
                    serde_json::json!(v)
                } else if let Ok(v) = r.try_get::<Option<f64>, _>(i) {
                    serde_json::json!(v)
                } else if let Ok(v) = r.try_get::<Option<String>, _>(i) {
                    serde_json::json!(v)
                } else if let Ok(v) = r.try_get::<Option<Vec<u8>>, _>(i) {
                    serde_json::json!(v.map(|b| b.iter().map(|x| format!("{x:02x}")).collect::<String>()))
                } else {
                    serde_json::Value::Null
                };
                out.insert(name.to_string(), value);
            }
            out
        }

        /// Takes a member's name out of the forum: from her own posts and thread titles (her
        /// full name and her first), from the quote lines others made of her posts, from
        /// notices; the search index follows.
        async fn unname(conn: &mut <$db as sqlx::Database>::Connection, member: uuid::Uuid, name: &str) -> Result<()> {
            let erased = $crate::privacy::ERASED_NAME;
            let first = name.split_whitespace().next().filter(|f| f.chars().count() >= 3 && *f != name);
            let scrub = |text: &str, own: bool| {
                let mut out = text.replace(&format!("> {name}:"), &format!("> {erased}:"));
                if own {
                    out = out.replace(name, erased);
                    if let Some(first) = first {
                        out = out.replace(first, erased);
                    }
                }
                out
            };
            let quoted = format!("%> {name}:%");
            let posts: Vec<(uuid::Uuid, uuid::Uuid, uuid::Uuid, String)> = sqlx::query_as(
                "SELECT id, thread, author, body FROM forum_posts WHERE author = $1 OR body LIKE $2",
            )
            .bind(member)
            .bind(&quoted)
            .fetch_all(&mut *conn)
            .await?;
            for (id, _thread, author, body) in posts {
                let clean = scrub(&body, author == member);
                if clean == body {
                    continue;
                }
                sqlx::query("UPDATE forum_posts SET body = $1 WHERE id = $2").bind(&clean).bind(id).execute(&mut *conn).await?;
                sqlx::query("UPDATE search_docs SET body = $1, body_key = $2 WHERE ref = $3")
                    .bind(&clean)
                    .bind(academy_domain::search::fold(&clean))
                    .bind(format!("post:{id}"))
                    .execute(&mut *conn)
                    .await?;
            }
            let threads: Vec<(uuid::Uuid, String)> = sqlx::query_as("SELECT id, title FROM forum_threads WHERE author = $1")
                .bind(member)
                .fetch_all(&mut *conn)
                .await?;
            for (id, title) in threads {
                let clean = scrub(&title, true);
                if clean == title {
                    continue;
                }
                sqlx::query("UPDATE forum_threads SET title = $1 WHERE id = $2").bind(&clean).bind(id).execute(&mut *conn).await?;
                sqlx::query(
                    "UPDATE search_docs SET title = $1, title_key = CASE WHEN title_key = '' THEN '' ELSE $2 END WHERE link LIKE $3",
                )
                .bind(&clean)
                .bind(academy_domain::search::fold(&clean))
                .bind(format!("/threads/{id}#%"))
                .execute(&mut *conn)
                .await?;
            }
            sqlx::query("UPDATE notices SET title = REPLACE(title, $1, $2) WHERE title LIKE $3")
                .bind(name)
                .bind(erased)
                .bind(format!("%{name}%"))
                .execute(&mut *conn)
                .await?;
            Ok(())
        }

        #[async_trait::async_trait]
        impl $crate::privacy::PrivacyStore for $store {
            async fn personal_data(&self, member: uuid::Uuid) -> Result<Vec<$crate::privacy::PersonalRows>> {
                let mut out = Vec::new();
                for (table, column) in $crate::privacy::PERSONAL_TABLES {
                    let rows = sqlx::query(&format!("SELECT * FROM {table} WHERE {column} = $1"))
                        .bind(member)
                        .fetch_all(self.reader())
                        .await?;
                    out.push($crate::privacy::PersonalRows { table, rows: rows.iter().map(row_json).collect() });
                }
                Ok(out)
            }

            async fn erase_member(&self, member: uuid::Uuid, at: time::OffsetDateTime) -> Result<bool> {
                let at = at.to_offset(time::UtcOffset::UTC);
                let mut tx = self.writer().begin().await?;
                let name: Option<String> = sqlx::query_scalar("SELECT full_name FROM members WHERE id = $1")
                    .bind(member)
                    .fetch_optional(&mut *tx)
                    .await?;
                if let Some(name) = name.filter(|n| n != $crate::privacy::ERASED_NAME) {
                    unname(&mut tx, member, &name).await?;
                }
                let code = format!("X-{}", &uuid::Uuid::now_v7().simple().to_string()[20..]);
                let done = sqlx::query(
                    "UPDATE members SET full_name = $1, phone = NULL, village = NULL, code = $2, consent_by = NULL, \
                     password_hash = NULL, pin_hash = NULL, updated_at = $3 WHERE id = $4 AND full_name <> $1",
                )
                .bind($crate::privacy::ERASED_NAME)
                .bind(&code)
                .bind(at)
                .bind(member)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    return Ok(false);
                }
                sqlx::query("DELETE FROM notices WHERE member = $1").bind(member).execute(&mut *tx).await?;
                sqlx::query("UPDATE mentor_messages SET body = '' WHERE author = $1").bind(member).execute(&mut *tx).await?;
                sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE member = $2 AND revoked_at IS NULL")
                    .bind(at)
                    .bind(member)
                    .execute(&mut *tx)
                    .await?;
                // Her sessions end: the session store keeps the member's id in its data.
                sqlx::query("DELETE FROM web_sessions WHERE data LIKE $1")
                    .bind(format!("%{member}%"))
                    .execute(&mut *tx)
                    .await?;
                audit(&mut tx, None, "member.erase", "member", "", at).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn withdraw_consent(&self, member: uuid::Uuid, at: time::OffsetDateTime) -> Result<bool> {
                let at = at.to_offset(time::UtcOffset::UTC);
                let mut tx = self.writer().begin().await?;
                // The consents trigger notes the withdrawal in the consent's record.
                let done = sqlx::query(
                    "UPDATE members SET consent_on = NULL, consent_by = NULL, updated_at = $1 WHERE id = $2 AND consent_on IS NOT NULL",
                )
                .bind(at)
                .bind(member)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    return Ok(false);
                }
                audit(&mut tx, Some(member), "consent.withdraw", &format!("member:{member}"), "", at).await?;
                facts_out(&mut tx, &[member]).await?;
                facts_in(&mut tx, &[member]).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn audit_event(
                &self,
                actor: uuid::Uuid,
                action: &str,
                subject: &str,
                detail: &str,
                at: time::OffsetDateTime,
            ) -> Result<()> {
                let mut tx = self.writer().begin().await?;
                audit(&mut tx, Some(actor), action, subject, detail, at.to_offset(time::UtcOffset::UTC)).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn inactive_members(&self, before: time::OffsetDateTime) -> Result<Vec<uuid::Uuid>> {
                Ok(sqlx::query_scalar(
                    "SELECT id FROM members WHERE full_name <> $1 AND created_at < $2 \
                     AND (last_active_at IS NULL OR last_active_at < $2)",
                )
                .bind($crate::privacy::ERASED_NAME)
                .bind(before.to_offset(time::UtcOffset::UTC))
                .fetch_all(self.reader())
                .await?)
            }
        }
    };
}
