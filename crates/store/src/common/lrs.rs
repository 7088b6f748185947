//! The Learning Record Store's queries both databases share, as a macro expanded by each
//! backend.

macro_rules! lrs_queries {
    ($store:ty, $db:ty, $row:ty) => {
        fn xapi_credential_from_row(r: &$row) -> Result<$crate::lrs::XapiCredential> {
            Ok($crate::lrs::XapiCredential {
                id: r.try_get("id")?,
                name: r.try_get("name")?,
                key: r.try_get("key")?,
                created_at: r.try_get("created_at")?,
                revoked_at: r.try_get("revoked_at")?,
            })
        }

        fn xapi_row(r: &$row) -> Result<$crate::lrs::XapiRow> {
            Ok($crate::lrs::XapiRow {
                seq: r.try_get("seq")?,
                id: r.try_get("id")?,
                body: r.try_get("body")?,
                voided: r.try_get("voided")?,
                voids: r.try_get("voids")?,
            })
        }

        #[async_trait::async_trait]
        impl $crate::lrs::LrsStore for $store {
            async fn create_xapi_credential(
                &self,
                name: &str,
                key: &str,
                secret_hash: &str,
                by: uuid::Uuid,
                at: time::OffsetDateTime,
            ) -> Result<uuid::Uuid> {
                let id = uuid::Uuid::now_v7();
                let mut tx = self.writer().begin().await?;
                sqlx::query(
                    "INSERT INTO xapi_credentials (id, name, key, secret_hash, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(id)
                .bind(name)
                .bind(key)
                .bind(secret_hash)
                .bind(by)
                .bind(at.to_offset(time::UtcOffset::UTC))
                .execute(&mut *tx)
                .await
                .map_err(missing_reference)?;
                audit(&mut tx, Some(by), "xapi.credential-create", &format!("xapi-credential:{id}"), name, at).await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn xapi_credential(&self, key: &str) -> Result<Option<($crate::lrs::XapiCredential, String)>> {
                let row = sqlx::query("SELECT id, name, key, created_at, revoked_at, secret_hash FROM xapi_credentials WHERE key = $1")
                    .bind(key)
                    .fetch_optional(self.reader())
                    .await?;
                row.map(|r| Ok((xapi_credential_from_row(&r)?, r.try_get("secret_hash")?))).transpose()
            }

            async fn xapi_credentials(&self) -> Result<Vec<$crate::lrs::XapiCredential>> {
                let rows = sqlx::query("SELECT id, name, key, created_at, revoked_at FROM xapi_credentials ORDER BY id DESC")
                    .fetch_all(self.reader())
                    .await?;
                rows.iter().map(xapi_credential_from_row).collect()
            }

            async fn revoke_xapi_credential(&self, id: uuid::Uuid, by: uuid::Uuid, at: time::OffsetDateTime) -> Result<()> {
                let mut tx = self.writer().begin().await?;
                let done = sqlx::query("UPDATE xapi_credentials SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
                    .bind(at.to_offset(time::UtcOffset::UTC))
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                audit(&mut tx, Some(by), "xapi.credential-revoke", &format!("xapi-credential:{id}"), "", at).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn store_xapi(
                &self,
                statements: &[$crate::lrs::NewXapiStatement],
                records: &[Statement],
                rules: &[CompletionRule],
            ) -> Result<()> {
                let mut tx = self.writer().begin().await?;
                let mut new_records = Vec::new();
                for s in statements {
                    let kept: Option<String> = sqlx::query_scalar("SELECT fingerprint FROM xapi_statements WHERE id = $1")
                        .bind(s.id)
                        .fetch_optional(&mut *tx)
                        .await?;
                    match kept {
                        Some(f) if f == s.fingerprint => continue,
                        Some(_) => return Err(StoreError::Conflict("statement")),
                        None => {}
                    }
                    let seq: i64 = sqlx::query_scalar(
                        "INSERT INTO xapi_statements (id, stored, body, fingerprint, actor, verb, activity, registration, voids, credential) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING seq",
                    )
                    .bind(s.id)
                    .bind(s.stored.to_offset(time::UtcOffset::UTC))
                    .bind(&s.body)
                    .bind(&s.fingerprint)
                    .bind(&s.actor)
                    .bind(&s.verb)
                    .bind(&s.activity)
                    .bind(s.registration)
                    .bind(s.voids)
                    .bind(s.credential)
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(missing_reference)?;
                    for (kind, values) in [("activity", &s.related_activities), ("agent", &s.related_agents)] {
                        for value in values {
                            sqlx::query("INSERT INTO xapi_related (kind, value, seq) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
                                .bind(kind)
                                .bind(value)
                                .bind(seq)
                                .execute(&mut *tx)
                                .await?;
                        }
                    }
                    if let Some(target) = s.voids {
                        // A voiding statement cannot itself be voided this way.
                        sqlx::query("UPDATE xapi_statements SET voided = TRUE WHERE id = $1 AND voids IS NULL")
                            .bind(target)
                            .execute(&mut *tx)
                            .await?;
                    }
                    new_records.extend(records.iter().filter(|r| r.id == s.id).cloned());
                }
                if !new_records.is_empty() {
                    record_in(&mut tx, &new_records, rules, None).await?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn xapi_statement(&self, id: uuid::Uuid) -> Result<Option<$crate::lrs::XapiRow>> {
                let row = sqlx::query("SELECT seq, id, body, voided, voids FROM xapi_statements WHERE id = $1")
                    .bind(id)
                    .fetch_optional(self.reader())
                    .await?;
                row.as_ref().map(xapi_row).transpose()
            }

            async fn xapi_statements(&self, query: &$crate::lrs::XapiQuery) -> Result<Vec<$crate::lrs::XapiRow>> {
                let mut q = QueryBuilder::<$db>::new("SELECT seq, id, body, voided, voids FROM xapi_statements WHERE voided = FALSE");
                if let Some(a) = &query.actor {
                    if query.related_agents {
                        q.push(" AND seq IN (SELECT seq FROM xapi_related WHERE kind = 'agent' AND value = ").push_bind(a.clone()).push(")");
                    } else {
                        q.push(" AND actor = ").push_bind(a.clone());
                    }
                }
                if let Some(v) = &query.verb {
                    q.push(" AND verb = ").push_bind(v.clone());
                }
                if let Some(a) = &query.activity {
                    if query.related_activities {
                        q.push(" AND seq IN (SELECT seq FROM xapi_related WHERE kind = 'activity' AND value = ").push_bind(a.clone()).push(")");
                    } else {
                        q.push(" AND activity = ").push_bind(a.clone());
                    }
                }
                if let Some(r) = query.registration {
                    q.push(" AND registration = ").push_bind(r);
                }
                if let Some(t) = query.since {
                    q.push(" AND stored > ").push_bind(t.to_offset(time::UtcOffset::UTC));
                }
                if let Some(t) = query.until {
                    q.push(" AND stored <= ").push_bind(t.to_offset(time::UtcOffset::UTC));
                }
                if let Some(after) = query.after {
                    q.push(if query.ascending { " AND seq > " } else { " AND seq < " }).push_bind(after);
                }
                q.push(if query.ascending { " ORDER BY seq" } else { " ORDER BY seq DESC" });
                q.push(" LIMIT ").push_bind(query.limit);
                let rows = q.build().fetch_all(self.reader()).await?;
                rows.iter().map(xapi_row).collect()
            }

            async fn xapi_document(&self, key: &$crate::lrs::DocKey) -> Result<Option<$crate::lrs::XapiDocument>> {
                let row = sqlx::query(
                    "SELECT content, content_type, etag, updated FROM xapi_documents \
                     WHERE kind = $1 AND activity = $2 AND agent = $3 AND registration = $4 AND doc_id = $5",
                )
                .bind(key.kind)
                .bind(&key.activity)
                .bind(&key.agent)
                .bind(&key.registration)
                .bind(&key.id)
                .fetch_optional(self.reader())
                .await?;
                row.map(|r| {
                    Ok($crate::lrs::XapiDocument {
                        content: r.try_get("content")?,
                        content_type: r.try_get("content_type")?,
                        etag: r.try_get("etag")?,
                        updated: r.try_get("updated")?,
                    })
                })
                .transpose()
            }

            async fn xapi_document_ids(&self, key: &$crate::lrs::DocKey, since: Option<time::OffsetDateTime>) -> Result<Vec<String>> {
                let mut q = QueryBuilder::<$db>::new("SELECT doc_id FROM xapi_documents WHERE kind = ");
                q.push_bind(key.kind)
                    .push(" AND activity = ")
                    .push_bind(key.activity.clone())
                    .push(" AND agent = ")
                    .push_bind(key.agent.clone())
                    .push(" AND registration = ")
                    .push_bind(key.registration.clone());
                if let Some(t) = since {
                    q.push(" AND updated > ").push_bind(t.to_offset(time::UtcOffset::UTC));
                }
                q.push(" ORDER BY doc_id");
                Ok(q.build_query_scalar().fetch_all(self.reader()).await?)
            }

            async fn put_xapi_document(&self, key: &$crate::lrs::DocKey, document: &$crate::lrs::XapiDocument) -> Result<()> {
                sqlx::query(
                    "INSERT INTO xapi_documents (kind, activity, agent, registration, doc_id, content, content_type, etag, updated) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
                     ON CONFLICT (kind, activity, agent, registration, doc_id) \
                     DO UPDATE SET content = $6, content_type = $7, etag = $8, updated = $9",
                )
                .bind(key.kind)
                .bind(&key.activity)
                .bind(&key.agent)
                .bind(&key.registration)
                .bind(&key.id)
                .bind(&document.content)
                .bind(&document.content_type)
                .bind(&document.etag)
                .bind(document.updated.to_offset(time::UtcOffset::UTC))
                .execute(self.writer())
                .await?;
                Ok(())
            }

            async fn delete_xapi_documents(&self, key: &$crate::lrs::DocKey) -> Result<()> {
                let mut q = QueryBuilder::<$db>::new("DELETE FROM xapi_documents WHERE kind = ");
                q.push_bind(key.kind)
                    .push(" AND activity = ")
                    .push_bind(key.activity.clone())
                    .push(" AND agent = ")
                    .push_bind(key.agent.clone())
                    .push(" AND registration = ")
                    .push_bind(key.registration.clone());
                if !key.id.is_empty() {
                    q.push(" AND doc_id = ").push_bind(key.id.clone());
                }
                q.build().execute(self.writer()).await?;
                Ok(())
            }
        }
    };
}
