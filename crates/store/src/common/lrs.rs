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
                credential: r.try_get("credential")?,
            })
        }

        /// The academy's own authority for the records it copies into the LRS: a credential
        /// nobody can sign in with (no secret hashes to "!", and it is revoked). The column
        /// must name a member, so it names the academy's first.
        async fn own_xapi_credential(conn: &mut <$db as sqlx::Database>::Connection, at: time::OffsetDateTime) -> Result<uuid::Uuid> {
            let at = at.to_offset(time::UtcOffset::UTC);
            sqlx::query(
                "INSERT INTO xapi_credentials (id, name, key, secret_hash, created_by, created_at, revoked_at) \
                 SELECT $1, 'The academy itself', $2, '!', id, $3, $3 FROM members WHERE TRUE ORDER BY created_at LIMIT 1 \
                 ON CONFLICT (key) DO NOTHING",
            )
            .bind(uuid::Uuid::now_v7())
            .bind($crate::lrs::OWN_KEY)
            .bind(at)
            .execute(&mut *conn)
            .await?;
            Ok(sqlx::query_scalar("SELECT id FROM xapi_credentials WHERE key = $1")
                .bind($crate::lrs::OWN_KEY)
                .fetch_one(&mut *conn)
                .await?)
        }

        /// Inserts one statement and its index of related activities and agents, unless one
        /// with its id is kept already; its stored position, when it was new.
        async fn insert_xapi(
            conn: &mut <$db as sqlx::Database>::Connection,
            s: &$crate::lrs::NewXapiStatement,
            credential: uuid::Uuid,
        ) -> Result<Option<i64>> {
            let seq: Option<i64> = sqlx::query_scalar(
                "INSERT INTO xapi_statements (id, stored, body, fingerprint, actor, verb, activity, registration, voids, credential) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING RETURNING seq",
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
            .bind(credential)
            .fetch_optional(&mut *conn)
            .await
            .map_err(missing_reference)?;
            let Some(seq) = seq else { return Ok(None) };
            for (kind, values) in [("activity", &s.related_activities), ("agent", &s.related_agents)] {
                for value in values {
                    sqlx::query("INSERT INTO xapi_related (kind, value, seq) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
                        .bind(kind)
                        .bind(value)
                        .bind(seq)
                        .execute(&mut *conn)
                        .await?;
                }
            }
            Ok(Some(seq))
        }

        /// A learning record voided through the LRS stops counting: the log keeps it, noted
        /// as voided, and the lesson progress or test result it made is derived again without
        /// it. A module completed, or a certificate issued, on the strength of it stays: that
        /// is a person's decision (a certificate can be revoked). The member, if it was theirs.
        async fn unrecord(
            conn: &mut <$db as sqlx::Database>::Connection,
            target: uuid::Uuid,
            by: uuid::Uuid,
            at: time::OffsetDateTime,
        ) -> Result<Option<uuid::Uuid>> {
            let row = sqlx::query("SELECT actor, object FROM statements WHERE id = $1 AND id NOT IN (SELECT id FROM voided_records)")
                .bind(target)
                .fetch_optional(&mut *conn)
                .await?;
            let Some(row) = row else { return Ok(None) };
            let actor: uuid::Uuid = row.try_get("actor")?;
            let object: String = row.try_get("object")?;
            sqlx::query("INSERT INTO voided_records (id, voided_by, at) VALUES ($1, $2, $3)")
                .bind(target)
                .bind(by)
                .bind(at.to_offset(time::UtcOffset::UTC))
                .execute(&mut *conn)
                .await?;
            match Activity::parse(&object) {
                Some(Activity::Test { .. }) => {
                    sqlx::query("DELETE FROM test_results WHERE attempt = $1").bind(target).execute(&mut *conn).await?;
                }
                Some(Activity::Lesson { module, lesson }) => {
                    sqlx::query("DELETE FROM lesson_progress WHERE member = $1 AND module = $2 AND lesson = $3")
                        .bind(actor)
                        .bind(&module)
                        .bind(&lesson)
                        .execute(&mut *conn)
                        .await?;
                    let rows = sqlx::query(&format!(
                        "SELECT {SYNC_STATEMENT} FROM statements WHERE actor = $1 AND object = $2 \
                         AND id NOT IN (SELECT id FROM voided_records) ORDER BY at, id"
                    ))
                    .bind(actor)
                    .bind(&object)
                    .fetch_all(&mut *conn)
                    .await?;
                    for r in &rows {
                        derive_progress(conn, &statement_from_sync(&sync_statement_row(r)?)?).await?;
                    }
                }
                _ => {}
            }
            Ok(Some(actor))
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
                let rows = sqlx::query("SELECT id, name, key, created_at, revoked_at FROM xapi_credentials WHERE key <> $1 ORDER BY id DESC")
                    .bind($crate::lrs::OWN_KEY)
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
                attachments: &[$crate::lrs::Attachment],
            ) -> Result<Vec<uuid::Uuid>> {
                let mut tx = self.writer().begin().await?;
                let mut new_records = Vec::new();
                let mut changed = Vec::new();
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
                    if insert_xapi(&mut tx, s, s.credential).await?.is_none() {
                        // Kept by another request since the check above.
                        return Err(StoreError::Conflict("statement"));
                    }
                    if let Some(target) = s.voids {
                        // A voiding statement cannot itself be voided this way.
                        sqlx::query("UPDATE xapi_statements SET voided = TRUE WHERE id = $1 AND voids IS NULL")
                            .bind(target)
                            .execute(&mut *tx)
                            .await?;
                        changed.extend(unrecord(&mut tx, target, s.id, s.stored).await?);
                    }
                    new_records.extend(records.iter().filter(|r| r.id == s.id).cloned());
                }
                for (sha2, content_type, content) in attachments {
                    sqlx::query("INSERT INTO xapi_attachments (sha2, content_type, content) VALUES ($1, $2, $3) ON CONFLICT (sha2) DO NOTHING")
                        .bind(sha2)
                        .bind(content_type)
                        .bind(content)
                        .execute(&mut *tx)
                        .await?;
                }
                if !new_records.is_empty() {
                    let (_, latest) = record_in(&mut tx, &new_records, rules, None).await?;
                    changed.extend(latest.into_keys());
                }
                changed.sort_unstable();
                changed.dedup();
                refresh_facts(&mut tx, &changed).await?;
                tx.commit().await?;
                Ok(changed)
            }

            async fn xapi_pending(&self, limit: i64) -> Result<Vec<$crate::lrs::PendingRecord>> {
                let rows = sqlx::query(
                    "SELECT o.id AS pending, s.id, s.actor, s.verb, s.object, s.parent, s.score, s.max_score, s.success, \
                     s.response, s.lang, s.via, s.at, m.code, x.id AS kept \
                     FROM xapi_outbox o LEFT JOIN statements s ON s.id = o.id LEFT JOIN members m ON m.id = s.actor \
                     LEFT JOIN xapi_statements x ON x.id = o.id ORDER BY o.id LIMIT $1",
                )
                .bind(limit)
                .fetch_all(self.reader())
                .await?;
                rows.iter()
                    .map(|r| {
                        let pending: uuid::Uuid = r.try_get("pending")?;
                        let found: Option<uuid::Uuid> = r.try_get("id")?;
                        let kept: Option<uuid::Uuid> = r.try_get("kept")?;
                        let code: Option<String> = r.try_get("code")?;
                        Ok(match (found, kept, code) {
                            (Some(_), None, Some(code)) => (pending, Some((statement_from_sync(&sync_statement_row(r)?)?, code))),
                            _ => (pending, None),
                        })
                    })
                    .collect()
            }

            async fn copy_to_xapi(&self, statements: &[$crate::lrs::NewXapiStatement], done: &[uuid::Uuid]) -> Result<()> {
                let mut tx = self.writer().begin().await?;
                if !statements.is_empty() {
                    let credential = own_xapi_credential(&mut tx, time::OffsetDateTime::now_utc()).await?;
                    for s in statements {
                        insert_xapi(&mut tx, s, credential).await?;
                    }
                }
                let ids: Vec<uuid::Uuid> = statements.iter().map(|s| s.id).chain(done.iter().copied()).collect();
                for chunk in ids.chunks(BATCH) {
                    let mut q = QueryBuilder::<$db>::new("DELETE FROM xapi_outbox WHERE id IN (");
                    let mut list = q.separated(", ");
                    for id in chunk {
                        list.push_bind(*id);
                    }
                    q.push(")");
                    q.build().execute(&mut *tx).await?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn xapi_attachment(&self, sha2: &str) -> Result<Option<(String, Vec<u8>)>> {
                Ok(sqlx::query_as("SELECT content_type, content FROM xapi_attachments WHERE sha2 = $1")
                    .bind(sha2)
                    .fetch_optional(self.reader())
                    .await?)
            }

            async fn xapi_statement(&self, id: uuid::Uuid) -> Result<Option<$crate::lrs::XapiRow>> {
                let row = sqlx::query("SELECT seq, id, body, voided, voids, credential FROM xapi_statements WHERE id = $1")
                    .bind(id)
                    .fetch_optional(self.reader())
                    .await?;
                row.as_ref().map(xapi_row).transpose()
            }

            async fn xapi_statements(&self, query: &$crate::lrs::XapiQuery) -> Result<Vec<$crate::lrs::XapiRow>> {
                let mut q = QueryBuilder::<$db>::new("SELECT seq, id, body, voided, voids, credential FROM xapi_statements WHERE voided = FALSE");
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

            async fn put_xapi_document(
                &self,
                key: &$crate::lrs::DocKey,
                document: &$crate::lrs::XapiDocument,
                replaces: Option<&str>,
            ) -> Result<()> {
                // One statement each way, so that no other write can come between the check
                // and the write.
                let sql = if replaces.is_some() {
                    "UPDATE xapi_documents SET content = $6, content_type = $7, etag = $8, updated = $9 \
                     WHERE kind = $1 AND activity = $2 AND agent = $3 AND registration = $4 AND doc_id = $5 AND etag = $10"
                } else {
                    "INSERT INTO xapi_documents (kind, activity, agent, registration, doc_id, content, content_type, etag, updated) \
                     SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9 WHERE $10 IS NULL \
                     ON CONFLICT (kind, activity, agent, registration, doc_id) DO NOTHING"
                };
                let done = sqlx::query(sql)
                    .bind(key.kind)
                    .bind(&key.activity)
                    .bind(&key.agent)
                    .bind(&key.registration)
                    .bind(&key.id)
                    .bind(&document.content)
                    .bind(&document.content_type)
                    .bind(&document.etag)
                    .bind(document.updated.to_offset(time::UtcOffset::UTC))
                    .bind(replaces)
                    .execute(self.writer())
                    .await?;
                if done.rows_affected() == 1 {
                    Ok(())
                } else {
                    Err(StoreError::Conflict("document"))
                }
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
