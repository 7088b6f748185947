//! Search, the resource library and mentoring: the queries both databases share, as a macro
//! expanded by each backend. Search is the one place the SQL differs: FTS5's `MATCH` and
//! `bm25` in SQLite, `@@` and `ts_rank` in PostgreSQL, over the same `search_docs` rows.

macro_rules! exchange_queries {
    ($store:ty, $db:ty, $row:ty) => {
        const RESOURCE_SELECT: &str = "SELECT r.id, r.title, r.description, r.language, r.module, r.kind, \
            r.content_type, r.size, r.sha256, r.file, r.uploaded_by, m.full_name, r.created_at, r.hidden \
            FROM resources r JOIN members m ON m.id = r.uploaded_by";

        fn resource_from_row(r: &$row) -> Result<academy_domain::forum::Resource> {
            use academy_domain::forum::ResourceKind;
            Ok(academy_domain::forum::Resource {
                id: r.try_get("id")?,
                title: r.try_get("title")?,
                description: r.try_get("description")?,
                language: Language::parse("language", &r.try_get::<String, _>("language")?).map_err(corrupt)?,
                module: r.try_get("module")?,
                kind: ResourceKind::parse("kind", &r.try_get::<String, _>("kind")?).map_err(corrupt)?,
                content_type: r.try_get("content_type")?,
                size: r.try_get("size")?,
                sha256: r.try_get("sha256")?,
                file: r.try_get("file")?,
                uploaded_by: r.try_get("uploaded_by")?,
                uploaded_by_name: r.try_get("full_name")?,
                created_at: r.try_get("created_at")?,
                hidden: r.try_get("hidden")?,
            })
        }

        const PAIR_SELECT: &str = "SELECT p.id, p.mentor, a.full_name AS mentor_name, p.mentee, \
            b.full_name AS mentee_name, p.mentor_shares, p.mentee_shares, p.created_at, p.ended_at \
            FROM mentor_pairs p JOIN members a ON a.id = p.mentor JOIN members b ON b.id = p.mentee";

        impl $store {
            async fn index_lesson_docs(&self, version: i64, lessons: &[LessonDoc]) -> Result<bool> {
                let mut tx = self.writer().begin().await?;
                let indexed: Option<String> = sqlx::query_scalar("SELECT value FROM settings WHERE key = 'search.lessons'")
                    .fetch_optional(&mut *tx)
                    .await?;
                if indexed.and_then(|v| v.parse::<i64>().ok()).is_some_and(|v| v >= version) {
                    return Ok(false);
                }
                sqlx::query("DELETE FROM search_docs WHERE kind = 'lesson'").execute(&mut *tx).await?;
                let now = time::OffsetDateTime::now_utc();
                for chunk in lessons.chunks(BATCH / 10) {
                    let mut q = QueryBuilder::<$db>::new(
                        "INSERT INTO search_docs (ref, kind, language, link, title, body, title_key, body_key, audience, hidden, at) ",
                    );
                    q.push_values(chunk, |mut b, l| {
                        b.push_bind(format!("lesson:{}/{}:{}", l.module, l.lesson, l.language.as_str()))
                            .push("'lesson'")
                            .push_bind(l.language.as_str())
                            .push_bind(format!("/modules/{}/lessons/{}", l.module, l.lesson))
                            .push_bind(&l.title)
                            .push_bind(&l.text)
                            .push_bind(academy_domain::search::fold(&l.title))
                            .push_bind(academy_domain::search::fold(&l.text))
                            .push("0")
                            .push_bind(false)
                            .push_bind(now);
                    });
                    q.build().execute(&mut *tx).await?;
                }
                sqlx::query(
                    "INSERT INTO settings (key, value) VALUES ('search.lessons', $1) ON CONFLICT (key) DO UPDATE SET value = $1",
                )
                .bind(version.to_string())
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(true)
            }

            /// The matching documents the viewer may see, best first.
            async fn search_docs(&self, query: &SearchQuery) -> Result<Listing<SearchHit>> {
                if query.terms.is_empty() {
                    return Ok(Listing { items: Vec::new(), total: 0 });
                }
                let sqlite = Self::BACKEND == "sqlite";
                // Every term must match, as a word or the start of one. Terms hold only
                // letters, digits and marks; quotes are doubled all the same.
                let prefix = |t: &str, mark: &'static str| if academy_domain::search::is_prefix_term(t) { mark } else { "" };
                let expression = if sqlite {
                    query.terms.iter().map(|t| format!("\"{}\"{}", t.replace('"', "\"\""), prefix(t, "*"))).collect::<Vec<_>>().join(" ")
                } else {
                    query.terms.iter().map(|t| format!("'{}'{}", t.replace(['\'', '\\'], ""), prefix(t, ":*"))).collect::<Vec<_>>().join(" & ")
                };
                let from = if sqlite {
                    "FROM search_index JOIN search_docs d ON d.id = search_index.rowid WHERE search_index MATCH "
                } else {
                    "FROM search_docs d WHERE d.doc @@ to_tsquery('simple', "
                };
                let push_where = |q: &mut QueryBuilder<'_, $db>| {
                    q.push(from).push_bind(expression.clone());
                    if !sqlite {
                        q.push(")");
                    }
                    q.push(" AND d.hidden = FALSE AND d.audience <= ")
                        .push_bind(i64::from(query.viewer.sees_women_only()));
                    // Posts are for members: visitors who are not signed in find lessons
                    // and library files only.
                    if query.viewer.member.is_none() {
                        q.push(" AND d.kind <> 'post'");
                    }
                    if let Some(kind) = query.kind {
                        q.push(" AND d.kind = ").push_bind(kind.as_str());
                    }
                };
                let mut count = QueryBuilder::<$db>::new("SELECT count(*) FROM (SELECT 1 ");
                push_where(&mut count);
                count.push(" LIMIT ").push_bind(SEARCH_COUNT_CAP + 1).push(") AS found");
                let total: i64 = count.build_query_scalar().fetch_one(self.reader()).await?;
                let mut q = QueryBuilder::<$db>::new("SELECT d.kind, d.ref, d.language, d.link, d.title, d.body, d.at ");
                push_where(&mut q);
                if total > SEARCH_COUNT_CAP {
                    q.push(if sqlite { " ORDER BY search_index.rowid DESC" } else { " ORDER BY d.id DESC" });
                } else if sqlite {
                    // Titles weigh four times the body.
                    q.push(" ORDER BY bm25(search_index, 4.0, 1.0), d.id DESC");
                } else {
                    q.push(" ORDER BY ts_rank(d.doc, to_tsquery('simple', ")
                        .push_bind(expression.clone())
                        .push(")) DESC, d.id DESC");
                }
                q.push(" LIMIT ").push_bind(query.page.limit).push(" OFFSET ").push_bind(query.page.offset);
                let rows = q.build().fetch_all(self.reader()).await?;
                let items = rows
                    .iter()
                    .map(|r| {
                        let kind: String = r.try_get("kind")?;
                        Ok(SearchHit {
                            kind: DocKind::parse(&kind).ok_or_else(|| corrupt(kind))?,
                            reference: r.try_get("ref")?,
                            language: r.try_get("language")?,
                            link: r.try_get("link")?,
                            title: r.try_get("title")?,
                            body: r.try_get("body")?,
                            at: r.try_get("at")?,
                        })
                    })
                    .collect::<Result<_>>()?;
                Ok(Listing { items, total })
            }

            async fn insert_resource(&self, r: &academy_domain::forum::Resource) -> Result<()> {
                let at = r.created_at.to_offset(time::UtcOffset::UTC);
                let mut tx = self.writer().begin().await?;
                sqlx::query(
                    "INSERT INTO resources (id, title, description, language, module, kind, content_type, size, sha256, file, uploaded_by, created_at, hidden) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
                )
                .bind(r.id)
                .bind(&r.title)
                .bind(&r.description)
                .bind(r.language.as_str())
                .bind(&r.module)
                .bind(r.kind.as_str())
                .bind(&r.content_type)
                .bind(r.size)
                .bind(&r.sha256)
                .bind(&r.file)
                .bind(r.uploaded_by)
                .bind(at)
                .bind(r.hidden)
                .execute(&mut *tx)
                .await
                .map_err(missing_reference)?;
                sqlx::query(
                    "INSERT INTO search_docs (ref, kind, language, link, title, body, title_key, body_key, audience, hidden, at) \
                     VALUES ($1, 'resource', $2, $3, $4, $5, $6, $7, 0, $8, $9)",
                )
                .bind(format!("resource:{}", r.id))
                .bind(r.language.as_str())
                .bind(format!("/library/{}", r.id))
                .bind(&r.title)
                .bind(&r.description)
                .bind(academy_domain::search::fold(&r.title))
                .bind(academy_domain::search::fold(&r.description))
                .bind(r.hidden)
                .bind(at)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn list_resources(&self, filter: &ResourceFilter, page: Page) -> Result<Listing<academy_domain::forum::Resource>> {
                let push_where = |q: &mut QueryBuilder<'_, $db>| {
                    q.push(" WHERE 1 = 1");
                    if !filter.include_hidden {
                        q.push(" AND r.hidden = FALSE");
                    }
                    if let Some(m) = &filter.module {
                        q.push(" AND r.module = ").push_bind(m.clone());
                    }
                    if let Some(l) = filter.language {
                        q.push(" AND r.language = ").push_bind(l.as_str());
                    }
                };
                let mut count = QueryBuilder::<$db>::new("SELECT count(*) FROM resources r");
                push_where(&mut count);
                let total: i64 = count.build_query_scalar().fetch_one(self.reader()).await?;
                let mut q = QueryBuilder::<$db>::new(RESOURCE_SELECT);
                push_where(&mut q);
                q.push(" ORDER BY r.created_at DESC, r.id DESC LIMIT ")
                    .push_bind(page.limit)
                    .push(" OFFSET ")
                    .push_bind(page.offset);
                let rows = q.build().fetch_all(self.reader()).await?;
                let items = rows.iter().map(resource_from_row).collect::<Result<_>>()?;
                Ok(Listing { items, total })
            }

            async fn one_resource(&self, id: uuid::Uuid) -> Result<academy_domain::forum::Resource> {
                let sql = format!("{RESOURCE_SELECT} WHERE r.id = $1");
                let row = sqlx::query(&sql).bind(id).fetch_optional(self.reader()).await?.ok_or(StoreError::NotFound)?;
                resource_from_row(&row)
            }

            async fn hide_resource(&self, id: uuid::Uuid, hidden: bool, by: uuid::Uuid, at: time::OffsetDateTime) -> Result<()> {
                let mut tx = self.writer().begin().await?;
                let done = sqlx::query("UPDATE resources SET hidden = $1 WHERE id = $2 AND hidden <> $1")
                    .bind(hidden)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                sqlx::query("UPDATE search_docs SET hidden = $1 WHERE ref = $2")
                    .bind(hidden)
                    .bind(format!("resource:{id}"))
                    .execute(&mut *tx)
                    .await?;
                let action = if hidden { "library.hide" } else { "library.restore" };
                audit(&mut tx, Some(by), action, &format!("resource:{id}"), "", at).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn insert_pair(&self, mentor: uuid::Uuid, mentee: uuid::Uuid, by: uuid::Uuid, at: time::OffsetDateTime) -> Result<uuid::Uuid> {
                if mentor == mentee {
                    return Err(StoreError::Conflict("mentee"));
                }
                let id = uuid::Uuid::now_v7();
                let mut tx = self.writer().begin().await?;
                sqlx::query(
                    "INSERT INTO mentor_pairs (id, mentor, mentee, paired_by, created_at) VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(id)
                .bind(mentor)
                .bind(mentee)
                .bind(by)
                .bind(at.to_offset(time::UtcOffset::UTC))
                .execute(&mut *tx)
                .await
                .map_err(|e| match &e {
                    sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict("mentee"),
                    _ => missing_reference(e),
                })?;
                audit(&mut tx, Some(by), "mentor.pair", &format!("mentoring:{id}"), &format!("{mentor} → {mentee}"), at).await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn close_pair(&self, pair: uuid::Uuid, by: uuid::Uuid, at: time::OffsetDateTime) -> Result<()> {
                let mut tx = self.writer().begin().await?;
                let done = sqlx::query("UPDATE mentor_pairs SET ended_at = $1 WHERE id = $2 AND ended_at IS NULL")
                    .bind(at.to_offset(time::UtcOffset::UTC))
                    .bind(pair)
                    .execute(&mut *tx)
                    .await?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                audit(&mut tx, Some(by), "mentor.end", &format!("mentoring:{pair}"), "", at).await?;
                tx.commit().await?;
                Ok(())
            }

            /// Open pairs of a member (or all open pairs), or one pair (open or ended) by id.
            async fn list_pairs(&self, member: Option<uuid::Uuid>, id: Option<uuid::Uuid>) -> Result<Vec<academy_domain::forum::MentorPair>> {
                let mut q = QueryBuilder::<$db>::new(PAIR_SELECT);
                if let Some(id) = id {
                    q.push(" WHERE p.id = ").push_bind(id);
                } else {
                    q.push(" WHERE p.ended_at IS NULL");
                    if let Some(m) = member {
                        q.push(" AND (p.mentor = ").push_bind(m).push(" OR p.mentee = ").push_bind(m).push(")");
                    }
                }
                q.push(" ORDER BY a.full_name, b.full_name");
                let rows = q.build().fetch_all(self.reader()).await?;
                rows.iter()
                    .map(|r| {
                        Ok(academy_domain::forum::MentorPair {
                            id: r.try_get("id")?,
                            mentor: r.try_get("mentor")?,
                            mentor_name: r.try_get("mentor_name")?,
                            mentee: r.try_get("mentee")?,
                            mentee_name: r.try_get("mentee_name")?,
                            mentor_shares: r.try_get("mentor_shares")?,
                            mentee_shares: r.try_get("mentee_shares")?,
                            created_at: r.try_get("created_at")?,
                            ended_at: r.try_get("ended_at")?,
                        })
                    })
                    .collect()
            }

            async fn set_sharing(&self, pair: uuid::Uuid, member: uuid::Uuid, share: bool) -> Result<()> {
                let done = sqlx::query(
                    "UPDATE mentor_pairs SET \
                     mentor_shares = CASE WHEN mentor = $1 THEN $2 ELSE mentor_shares END, \
                     mentee_shares = CASE WHEN mentee = $1 THEN $2 ELSE mentee_shares END \
                     WHERE id = $3 AND (mentor = $1 OR mentee = $1)",
                )
                .bind(member)
                .bind(share)
                .bind(pair)
                .execute(self.writer())
                .await?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                Ok(())
            }

            async fn pair_messages(&self, pair: uuid::Uuid) -> Result<Vec<academy_domain::forum::MentorMessage>> {
                let rows = sqlx::query(
                    "SELECT x.id, x.author, m.full_name, x.body, x.created_at FROM mentor_messages x \
                     JOIN members m ON m.id = x.author WHERE x.pair = $1 ORDER BY x.id",
                )
                .bind(pair)
                .fetch_all(self.reader())
                .await?;
                rows.iter()
                    .map(|r| {
                        Ok(academy_domain::forum::MentorMessage {
                            id: r.try_get("id")?,
                            author: r.try_get("author")?,
                            author_name: r.try_get("full_name")?,
                            body: r.try_get("body")?,
                            at: r.try_get("created_at")?,
                        })
                    })
                    .collect()
            }

            async fn insert_message(&self, pair: uuid::Uuid, author: uuid::Uuid, body: &str, at: time::OffsetDateTime) -> Result<()> {
                let mut tx = self.writer().begin().await?;
                let row = sqlx::query("SELECT mentor, mentee FROM mentor_pairs WHERE id = $1 AND ended_at IS NULL AND (mentor = $2 OR mentee = $2)")
                    .bind(pair)
                    .bind(author)
                    .fetch_optional(&mut *tx)
                    .await?
                    .ok_or(StoreError::NotFound)?;
                let mentor: uuid::Uuid = row.try_get("mentor")?;
                let other: uuid::Uuid = if mentor == author { row.try_get("mentee")? } else { mentor };
                let id = uuid::Uuid::now_v7();
                sqlx::query("INSERT INTO mentor_messages (id, pair, author, body, created_at) VALUES ($1, $2, $3, $4, $5)")
                    .bind(id)
                    .bind(pair)
                    .bind(author)
                    .bind(body)
                    .bind(at.to_offset(time::UtcOffset::UTC))
                    .execute(&mut *tx)
                    .await?;
                let link = format!("/mentoring/{pair}#m-{id}");
                notify(&mut tx, other, academy_domain::forum::NoticeKind::Message, Some(author), "", &link, at).await?;
                tx.commit().await?;
                Ok(())
            }
        }
    };
}
