//! The published curriculum, its media and the learning records with their derived progress: the queries both databases share, as a macro expanded by each backend.

macro_rules! learning_queries {
    ($store:ty, $db:ty, $row:ty) => {
        fn certificate_from_row(r: &$row) -> Result<Certificate> {
            let revoked_at: Option<time::OffsetDateTime> = r.try_get("revoked_at")?;
            let reason: Option<String> = r.try_get("revoked_reason")?;
            Ok(Certificate {
                id: r.try_get("id")?,
                member: r.try_get("member")?,
                achievement: r.try_get("achievement")?,
                issued_at: r.try_get("issued_at")?,
                revoked: revoked_at.map(|at| (at, reason.unwrap_or_default())),
                status_index: r.try_get::<Option<i64>, _>("status_index")?.unwrap_or_default(),
                issued_by: r.try_get("issued_by")?,
            })
        }

        /// Replaces the track rules with the tracks of a published curriculum (its JSON).
        async fn write_track_rules(conn: &mut <$db as sqlx::Database>::Connection, body: &str) -> Result<()> {
            let curriculum: serde_json::Value = serde_json::from_str(body).map_err(|e| corrupt(format!("curriculum: {e}")))?;
            sqlx::query("DELETE FROM track_modules").execute(&mut *conn).await?;
            for track in curriculum["tracks"].as_array().into_iter().flatten() {
                let Some(id) = track["id"].as_str() else { continue };
                for module in track["modules"].as_array().into_iter().flatten().filter_map(|m| m.as_str()) {
                    sqlx::query("INSERT INTO track_modules (track, module) VALUES ($1, $2) ON CONFLICT (track, module) DO NOTHING")
                        .bind(id)
                        .bind(module)
                        .execute(&mut *conn)
                        .await?;
                }
            }
            Ok(())
        }

        /// Issues the certificate of every track whose modules the member has now all
        /// completed, dated when the last of them was.
        async fn complete_tracks(conn: &mut <$db as sqlx::Database>::Connection, member: uuid::Uuid, module: &str) -> Result<()> {
            let done: Vec<(String, time::OffsetDateTime)> = sqlx::query_as(
                "SELECT t.track, MAX(mp.completed_at) FROM track_modules t \
                 JOIN track_modules all_of ON all_of.track = t.track \
                 LEFT JOIN module_progress mp ON mp.member = $1 AND mp.module = all_of.module AND mp.completed_at IS NOT NULL \
                 WHERE t.module = $2 GROUP BY t.track HAVING COUNT(mp.completed_at) = COUNT(*)",
            )
            .bind(member)
            .bind(module)
            .fetch_all(&mut *conn)
            .await?;
            for (track, at) in done {
                insert_certificate(conn, member, &format!("track:{track}"), at, None).await?;
            }
            Ok(())
        }

        /// Issues a certificate with the next place in the revocation list, unless the member
        /// holds this achievement already; `by` names a manager who issued it by hand. Returns
        /// its id when it was issued.
        async fn insert_certificate(
            conn: &mut <$db as sqlx::Database>::Connection,
            member: uuid::Uuid,
            achievement: &str,
            at: time::OffsetDateTime,
            by: Option<uuid::Uuid>,
        ) -> Result<Option<uuid::Uuid>> {
            let place = take_status_places(conn, 1).await?;
            let id = uuid::Uuid::now_v7();
            let done = sqlx::query(
                "INSERT INTO certificates (id, member, achievement, issued_at, status_index, issued_by) \
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (member, achievement) DO NOTHING",
            )
            .bind(id)
            .bind(member)
            .bind(achievement)
            .bind(at.to_offset(time::UtcOffset::UTC))
            .bind(place)
            .bind(by)
            .execute(&mut *conn)
            .await
            .map_err(missing_reference)?;
            Ok((done.rows_affected() == 1).then_some(id))
        }

        /// Writes one line of the audit log.
        async fn audit(
            conn: &mut <$db as sqlx::Database>::Connection,
            actor: Option<uuid::Uuid>,
            action: &str,
            subject: &str,
            detail: &str,
            at: time::OffsetDateTime,
        ) -> Result<()> {
            sqlx::query("INSERT INTO audit_log (id, at, actor, action, subject, detail) VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(uuid::Uuid::now_v7())
                .bind(at.to_offset(time::UtcOffset::UTC))
                .bind(actor)
                .bind(action)
                .bind(subject)
                .bind(detail)
                .execute(&mut *conn)
                .await?;
            Ok(())
        }

        /// Takes `n` places in the revocation status list; returns the first.
        async fn take_status_places(conn: &mut <$db as sqlx::Database>::Connection, n: i64) -> Result<i64> {
            let last: i64 = sqlx::query_scalar("UPDATE status_counter SET last = last + $1 WHERE list = 1 RETURNING last")
                .bind(n)
                .fetch_one(&mut *conn)
                .await?;
            Ok(last - n + 1)
        }

        fn test_result_from_row(r: &$row) -> Result<TestResult> {
            let test: String = r.try_get("test")?;
            let lang: String = r.try_get("lang")?;
            Ok(TestResult {
                attempt: r.try_get("attempt")?,
                member: r.try_get("member")?,
                module: r.try_get("module")?,
                test: TestKind::parse(&test).ok_or_else(|| corrupt(format!("test {test}")))?,
                score: r.try_get::<i32, _>("score")?.into(),
                max_score: r.try_get::<i32, _>("max_score")?.into(),
                passed: r.try_get("passed")?,
                lang: Language::parse("lang", &lang).map_err(corrupt)?,
                facilitated: r.try_get("facilitated")?,
                at: r.try_get("at")?,
            })
        }

        fn module_of(activity: &Activity) -> Option<&str> {
            match activity {
                Activity::Module(m) => Some(m),
                Activity::Lesson { module, .. } | Activity::Test { module, .. } | Activity::Question { module, .. } => Some(module),
                Activity::Session(_) => None,
            }
        }

        /// `INSERT INTO statements … ON CONFLICT (id) DO NOTHING` for a few hundred statements
        /// (times stored in UTC: they are compared as text on SQLite); `origin` is the peer
        /// they came from, if any.
        fn insert_statements<'a>(
            chunk: &'a [Statement],
            stored: time::OffsetDateTime,
            origin: Option<uuid::Uuid>,
        ) -> QueryBuilder<'a, $db> {
            let mut q = QueryBuilder::<$db>::new(
                "INSERT INTO statements (id, actor, verb, object, parent, score, max_score, success, response, lang, via, at, stored, origin) ",
            );
            q.push_values(chunk, |mut b, st| {
                b.push_bind(st.id)
                    .push_bind(st.actor)
                    .push_bind(st.verb.as_str())
                    .push_bind(st.object.id())
                    .push_bind(st.parent)
                    .push_bind(st.outcome.score.map(|s| s as i32))
                    .push_bind(st.outcome.max_score.map(|s| s as i32))
                    .push_bind(st.outcome.success)
                    .push_bind(st.outcome.response.clone())
                    .push_bind(st.lang.as_str())
                    .push_bind(if st.facilitated { "facilitated" } else { "web" })
                    .push_bind(st.at.to_offset(time::UtcOffset::UTC))
                    .push_bind(stored)
                    .push_bind(origin);
            });
            q.push(" ON CONFLICT (id) DO NOTHING");
            q
        }

        /// Appends one statement made here; false if its id was already stored.
        /// Puts new learning records on the LRS's waiting list (`xapi_outbox`): it copies them
        /// before it answers a query.
        async fn queue_for_lrs(conn: &mut <$db as sqlx::Database>::Connection, ids: &[uuid::Uuid]) -> Result<()> {
            for chunk in ids.chunks(BATCH) {
                let mut out = QueryBuilder::<$db>::new("INSERT INTO xapi_outbox (id) ");
                out.push_values(chunk, |mut row, id| {
                    row.push_bind(*id);
                });
                out.push(" ON CONFLICT DO NOTHING");
                out.build().execute(&mut *conn).await?;
            }
            Ok(())
        }

        async fn insert_statement(
            conn: &mut <$db as sqlx::Database>::Connection,
            st: &Statement,
            stored: time::OffsetDateTime,
        ) -> Result<bool> {
            let one = std::slice::from_ref(st);
            let done = insert_statements(one, stored, None).build().execute(&mut *conn).await.map_err(missing_reference)?;
            if done.rows_affected() == 1 {
                queue_for_lrs(conn, &[st.id]).await?;
            }
            Ok(done.rows_affected() == 1)
        }

        /// Brings the derived tables up to date with one new statement.
        async fn derive_progress(conn: &mut <$db as sqlx::Database>::Connection, st: &Statement) -> Result<()> {
            match (&st.verb, &st.object) {
                (Verb::Experienced | Verb::Completed, Activity::Lesson { module, lesson }) => {
                    let completed = (st.verb == Verb::Completed).then_some(st.at);
                    sqlx::query(
                        "INSERT INTO lesson_progress (member, module, lesson, opened_at, completed_at, facilitated) \
                         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (member, module, lesson) DO UPDATE SET \
                         completed_at = COALESCE(lesson_progress.completed_at, $5), \
                         facilitated = CASE WHEN lesson_progress.completed_at IS NULL AND $5 IS NOT NULL THEN $6 \
                         ELSE lesson_progress.facilitated END",
                    )
                    .bind(st.actor)
                    .bind(module)
                    .bind(lesson)
                    .bind(st.at)
                    .bind(completed)
                    .bind(st.facilitated)
                    .execute(&mut *conn)
                    .await?;
                    touch_module(conn, st.actor, module, Some(lesson), st.at).await
                }
                (Verb::Passed | Verb::Failed | Verb::Attempted, Activity::Test { module, test }) => {
                    sqlx::query(
                        "INSERT INTO test_results (attempt, member, module, test, score, max_score, passed, lang, facilitated, at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (attempt) DO NOTHING",
                    )
                    .bind(st.id)
                    .bind(st.actor)
                    .bind(module)
                    .bind(test.key())
                    .bind(st.outcome.score.unwrap_or(0) as i32)
                    .bind(st.outcome.max_score.unwrap_or(0) as i32)
                    .bind(st.verb == Verb::Passed)
                    .bind(st.lang.as_str())
                    .bind(st.facilitated)
                    .bind(st.at)
                    .execute(&mut *conn)
                    .await?;
                    touch_module(conn, st.actor, module, None, st.at).await
                }
                (Verb::Attended, Activity::Session(session)) => {
                    sqlx::query("INSERT INTO session_attendance (session, member) VALUES ($1, $2) ON CONFLICT (session, member) DO NOTHING")
                        .bind(*session)
                        .bind(st.actor)
                        .execute(&mut *conn)
                        .await?;
                    sqlx::query("UPDATE group_sessions SET held_at = COALESCE(held_at, $1) WHERE id = $2")
                        .bind(st.at)
                        .bind(*session)
                        .execute(&mut *conn)
                        .await?;
                    Ok(())
                }
                (Verb::Completed, Activity::Module(module)) => {
                    touch_module(conn, st.actor, module, None, st.at).await?;
                    sqlx::query(
                        "UPDATE module_progress SET completed_at = COALESCE(completed_at, $1) WHERE member = $2 AND module = $3",
                    )
                    .bind(st.at)
                    .bind(st.actor)
                    .bind(module)
                    .execute(&mut *conn)
                    .await?;
                    Ok(())
                }
                _ => Ok(()),
            }
        }

        /// Notes activity in a module: started (first time) and the latest lesson.
        async fn touch_module(
            conn: &mut <$db as sqlx::Database>::Connection,
            member: uuid::Uuid,
            module: &str,
            lesson: Option<&str>,
            at: time::OffsetDateTime,
        ) -> Result<()> {
            sqlx::query(
                "INSERT INTO module_progress (member, module, started_at, last_lesson, last_at) VALUES ($1, $2, $3, $4, $3) \
                 ON CONFLICT (member, module) DO UPDATE SET \
                 last_lesson = CASE WHEN $3 >= module_progress.last_at AND $4 IS NOT NULL THEN $4 ELSE module_progress.last_lesson END, \
                 last_at = CASE WHEN $3 > module_progress.last_at THEN $3 ELSE module_progress.last_at END",
            )
            .bind(member)
            .bind(module)
            .bind(at)
            .bind(lesson)
            .execute(&mut *conn)
            .await?;
            Ok(())
        }

        /// Marks the module complete, with a statement of its own, once every lesson of the
        /// rule is done and a post-test is passed; with `issue`, also issues its certificate
        /// (a field node leaves that to the central academy, which holds the signing key).
        /// The completion's id is derived from the member and the module, so that the central
        /// academy and a field node that both see it complete keep one record of it.
        async fn complete_module_if_done(
            conn: &mut <$db as sqlx::Database>::Connection,
            trigger: &Statement,
            rule: &CompletionRule,
            now: time::OffsetDateTime,
            issue: bool,
        ) -> Result<()> {
            let member = trigger.actor;
            let done: Option<time::OffsetDateTime> = sqlx::query_scalar(
                "SELECT completed_at FROM module_progress WHERE member = $1 AND module = $2",
            )
            .bind(member)
            .bind(&rule.module)
            .fetch_optional(&mut *conn)
            .await?
            .flatten();
            if let Some(at) = done {
                // Complete already, perhaps by a completion that came from a field node (which
                // issues no certificates): the certificate is issued here if it is missing.
                if issue {
                    let achievement = format!("module:{}", rule.module);
                    let held: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM certificates WHERE member = $1 AND achievement = $2")
                        .bind(member)
                        .bind(&achievement)
                        .fetch_one(&mut *conn)
                        .await?;
                    if held == 0 {
                        insert_certificate(conn, member, &achievement, at, None).await?;
                        complete_tracks(conn, member, &rule.module).await?;
                    }
                }
                return Ok(());
            }
            // When it was completed: the later of the last lesson done and the first final test
            // passed, whatever order the records arrive in.
            let mut q = QueryBuilder::<$db>::new("SELECT COUNT(*) AS done, MAX(completed_at) AS last FROM lesson_progress WHERE member = ");
            q.push_bind(member).push(" AND module = ").push_bind(rule.module.clone()).push(" AND completed_at IS NOT NULL");
            if !rule.lessons.is_empty() {
                q.push(" AND lesson IN (");
                let mut list = q.separated(", ");
                for l in &rule.lessons {
                    list.push_bind(l.clone());
                }
                q.push(")");
            }
            let row = q.build().fetch_one(&mut *conn).await?;
            let lessons_done: i64 = row.try_get("done")?;
            let last_lesson: Option<time::OffsetDateTime> = row.try_get("last")?;
            let first_pass: Option<time::OffsetDateTime> = sqlx::query_scalar(
                "SELECT MIN(at) FROM test_results WHERE member = $1 AND module = $2 AND test = 'post' AND passed",
            )
            .bind(member)
            .bind(&rule.module)
            .fetch_one(&mut *conn)
            .await?;
            if let (true, Some(passed_at)) = (lessons_done as usize >= rule.lessons.len(), first_pass) {
                let at = last_lesson.map_or(passed_at, |l| l.max(passed_at));
                let completion = Statement {
                    id: $crate::sync::derived_id(&[member.as_bytes(), b"completed", rule.module.as_bytes()]),
                    actor: member,
                    verb: Verb::Completed,
                    object: Activity::Module(rule.module.clone()),
                    parent: None,
                    outcome: Default::default(),
                    lang: trigger.lang,
                    facilitated: trigger.facilitated,
                    at,
                };
                insert_statement(conn, &completion, now).await?;
                derive_progress(conn, &completion).await?;
                if issue {
                    insert_certificate(conn, member, &format!("module:{}", rule.module), at, None).await?;
                    complete_tracks(conn, member, &rule.module).await?;
                }
            }
            Ok(())
        }

        /// Whether this database issues certificates: a field node (one that syncs with a
        /// central academy) does not.
        async fn issues_certificates(conn: &mut <$db as sqlx::Database>::Connection) -> Result<bool> {
            let peers: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sync_peer").fetch_one(&mut *conn).await?;
            Ok(peers == 0)
        }

        /// Appends statements and derives progress from the new ones (see `record`); `origin`
        /// is the peer they came from, if any. Returns how many were new, and each member's
        /// latest new activity (for `last_active_at` and report counts).
        async fn record_in(
            conn: &mut <$db as sqlx::Database>::Connection,
            statements: &[Statement],
            rules: &[CompletionRule],
            origin: Option<uuid::Uuid>,
        ) -> Result<(usize, BTreeMap<uuid::Uuid, time::OffsetDateTime>)> {
            let now = time::OffsetDateTime::now_utc();
            let issue = issues_certificates(conn).await?;
            // A member merged into another (one person registered twice): their records are
            // the other's.
            let mut actors: Vec<uuid::Uuid> = statements.iter().map(|st| st.actor).collect();
            actors.sort_unstable();
            actors.dedup();
            let mut merged: HashMap<uuid::Uuid, uuid::Uuid> = HashMap::new();
            for chunk in actors.chunks(BATCH) {
                let mut q = QueryBuilder::<$db>::new("SELECT id, merged_into FROM members WHERE merged_into IS NOT NULL AND id IN (");
                let mut list = q.separated(", ");
                for a in chunk {
                    list.push_bind(*a);
                }
                q.push(")");
                for (id, into) in q.build_query_as::<(uuid::Uuid, uuid::Uuid)>().fetch_all(&mut *conn).await? {
                    merged.insert(id, into);
                }
            }
            // Times are compared as text on SQLite: store them all in UTC.
            let statements: Vec<Statement> = statements
                .iter()
                .map(|st| Statement {
                    at: st.at.to_offset(time::UtcOffset::UTC),
                    actor: merged.get(&st.actor).copied().unwrap_or(st.actor),
                    ..st.clone()
                })
                .collect();
            // Many rows per INSERT: a test's answers, a sync's thousands, are one round trip
            // per few hundred. The ids it returns are those that were new.
            let mut inserted: std::collections::HashSet<uuid::Uuid> = std::collections::HashSet::new();
            for chunk in statements.chunks(BATCH) {
                let mut q = insert_statements(chunk, now, origin);
                q.push(" RETURNING id");
                let ids: Vec<uuid::Uuid> = q.build_query_scalar().fetch_all(&mut *conn).await.map_err(missing_reference)?;
                queue_for_lrs(conn, &ids).await?;
                inserted.extend(ids);
            }
            let new = inserted.len();
            // The first new statement of each member in each module, to check completion, when
            // one of them can complete it (a lesson done, a test passed).
            let mut touched: BTreeMap<(uuid::Uuid, String), (Statement, bool)> = BTreeMap::new();
            // Each member's latest new statement: their activity, and whose facts to refresh.
            let mut latest: BTreeMap<uuid::Uuid, time::OffsetDateTime> = BTreeMap::new();
            for st in statements {
                if !inserted.remove(&st.id) {
                    continue;
                }
                let last = latest.entry(st.actor).or_insert(st.at);
                *last = (*last).max(st.at);
                derive_progress(conn, &st).await?;
                let completes = matches!(
                    (&st.verb, &st.object),
                    (Verb::Completed, Activity::Lesson { .. } | Activity::Module(_)) | (Verb::Passed, Activity::Test { .. })
                );
                if let Some(module) = module_of(&st.object) {
                    let entry = touched.entry((st.actor, module.to_string())).or_insert((st.clone(), false));
                    entry.1 |= completes;
                }
            }
            for ((_, module), (trigger, _)) in touched.iter().filter(|(_, (_, completes))| *completes) {
                if let Some(rule) = rules.iter().find(|r| &r.module == module) {
                    complete_module_if_done(conn, trigger, rule, now, issue).await?;
                }
            }
            for (actor, at) in &latest {
                sqlx::query(
                    "UPDATE members SET last_active_at = $1 WHERE id = $2 AND (last_active_at IS NULL OR last_active_at < $1)",
                )
                .bind(*at)
                .bind(*actor)
                .execute(&mut *conn)
                .await?;
            }
            Ok((new, latest))
        }

        #[async_trait::async_trait]
        impl LearningStore for $store {
            async fn latest_content(&self) -> Result<Option<PublishedContent>> {
                let row = sqlx::query("SELECT version, digest, body FROM content_versions ORDER BY version DESC LIMIT 1")
                    .fetch_optional(self.reader())
                    .await?;
                row.map(|r| Ok(PublishedContent { version: r.try_get("version")?, digest: r.try_get("digest")?, body: r.try_get("body")? }))
                    .transpose()
            }

            async fn latest_content_version(&self) -> Result<Option<i64>> {
                Ok(sqlx::query_scalar("SELECT MAX(version) FROM content_versions").fetch_one(self.reader()).await?)
            }

            async fn has_content_digest(&self, digest: &str) -> Result<bool> {
                let found: Option<i64> = sqlx::query_scalar("SELECT version FROM content_versions WHERE digest = $1")
                    .bind(digest)
                    .fetch_optional(self.reader())
                    .await?;
                Ok(found.is_some())
            }

            async fn publish_content(&self, digest: &str, body: &str, media: &[(String, String, Vec<u8>)]) -> Result<i64> {
                let mut tx = self.writer().begin().await?;
                for (name, content_type, bytes) in media {
                    sqlx::query("INSERT INTO media (name, content_type, bytes) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING")
                        .bind(name)
                        .bind(content_type)
                        .bind(bytes)
                        .execute(&mut *tx)
                        .await?;
                }
                let version: i64 = sqlx::query_scalar(
                    "INSERT INTO content_versions (digest, published_at, body) VALUES ($1, $2, $3) RETURNING version",
                )
                .bind(digest)
                .bind(time::OffsetDateTime::now_utc())
                .bind(body)
                .fetch_one(&mut *tx)
                .await
                .map_err(unique_violation)?;
                write_track_rules(&mut tx, body).await?;
                tx.commit().await?;
                Ok(version)
            }

            async fn refresh_track_rules(&self) -> Result<()> {
                let Some(latest) = self.latest_content().await? else {
                    return Ok(());
                };
                let mut tx = self.writer().begin().await?;
                write_track_rules(&mut tx, &latest.body).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn media_sizes(&self, names: &[String]) -> Result<Vec<(String, i64)>> {
                let mut out = Vec::new();
                for chunk in names.chunks(BATCH) {
                    let mut q = QueryBuilder::<$db>::new("SELECT name, CAST(length(bytes) AS BIGINT) FROM media WHERE name IN (");
                    let mut list = q.separated(", ");
                    for n in chunk {
                        list.push_bind(n.clone());
                    }
                    q.push(")");
                    out.extend(q.build_query_as::<(String, i64)>().fetch_all(self.reader()).await?);
                }
                Ok(out)
            }

            async fn media(&self, name: &str) -> Result<Option<MediaFile>> {
                let row = sqlx::query("SELECT content_type, bytes FROM media WHERE name = $1")
                    .bind(name)
                    .fetch_optional(self.reader())
                    .await?;
                row.map(|r| Ok(MediaFile { content_type: r.try_get("content_type")?, bytes: r.try_get("bytes")? })).transpose()
            }

            async fn record(&self, statements: &[Statement], rules: &[CompletionRule]) -> Result<usize> {
                let mut tx = self.writer().begin().await?;
                let (new, latest) = record_in(&mut tx, statements, rules, None).await?;
                let actors: Vec<uuid::Uuid> = latest.into_keys().collect();
                refresh_facts(&mut tx, &actors).await?;
                tx.commit().await?;
                Ok(new)
            }

            async fn load_history(&self, h: &History) -> Result<()> {
                let utc = |t: time::OffsetDateTime| t.to_offset(time::UtcOffset::UTC);
                let now = time::OffsetDateTime::now_utc();
                let mut tx = self.writer().begin().await?;
                for chunk in h.statements.chunks(BATCH) {
                    let mut q = insert_statements(chunk, now, None);
                    q.build().execute(&mut *tx).await?;
                    let ids: Vec<uuid::Uuid> = chunk.iter().map(|st| st.id).collect();
                    queue_for_lrs(&mut tx, &ids).await?;
                }
                for chunk in h.lessons.chunks(BATCH) {
                    let mut q = QueryBuilder::<$db>::new(
                        "INSERT INTO lesson_progress (member, module, lesson, opened_at, completed_at, facilitated) ",
                    );
                    q.push_values(chunk, |mut b, (member, l)| {
                        b.push_bind(*member)
                            .push_bind(l.module.clone())
                            .push_bind(l.lesson.clone())
                            .push_bind(utc(l.opened_at))
                            .push_bind(l.completed_at.map(utc))
                            .push_bind(l.facilitated);
                    });
                    q.build().execute(&mut *tx).await?;
                }
                for chunk in h.modules.chunks(BATCH) {
                    let mut q = QueryBuilder::<$db>::new(
                        "INSERT INTO module_progress (member, module, started_at, last_lesson, last_at, completed_at) ",
                    );
                    q.push_values(chunk, |mut b, (member, m)| {
                        b.push_bind(*member)
                            .push_bind(m.module.clone())
                            .push_bind(utc(m.started_at))
                            .push_bind(m.last_lesson.clone())
                            .push_bind(utc(m.last_at))
                            .push_bind(m.completed_at.map(utc));
                    });
                    q.build().execute(&mut *tx).await?;
                }
                for chunk in h.tests.chunks(BATCH) {
                    let mut q = QueryBuilder::<$db>::new(
                        "INSERT INTO test_results (attempt, member, module, test, score, max_score, passed, lang, facilitated, at) ",
                    );
                    q.push_values(chunk, |mut b, t| {
                        b.push_bind(t.attempt)
                            .push_bind(t.member)
                            .push_bind(t.module.clone())
                            .push_bind(t.test.key())
                            .push_bind(t.score as i32)
                            .push_bind(t.max_score as i32)
                            .push_bind(t.passed)
                            .push_bind(t.lang.as_str())
                            .push_bind(t.facilitated)
                            .push_bind(utc(t.at));
                    });
                    q.build().execute(&mut *tx).await?;
                }
                let mut place = take_status_places(&mut tx, h.certificates.len() as i64).await?;
                for chunk in h.certificates.chunks(BATCH) {
                    let mut q = QueryBuilder::<$db>::new("INSERT INTO certificates (id, member, achievement, issued_at, status_index) ");
                    q.push_values(chunk, |mut b, c| {
                        b.push_bind(c.id).push_bind(c.member).push_bind(c.achievement.clone()).push_bind(utc(c.issued_at)).push_bind(place);
                        place += 1;
                    });
                    q.build().execute(&mut *tx).await?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn issue_certificates(
                &self,
                members: &[uuid::Uuid],
                achievement: &str,
                by: uuid::Uuid,
                note: &str,
                at: time::OffsetDateTime,
            ) -> Result<Vec<Certificate>> {
                let mut tx = self.writer().begin().await?;
                let mut issued = Vec::new();
                for member in members {
                    if let Some(id) = insert_certificate(&mut tx, *member, achievement, at, Some(by)).await? {
                        audit(&mut tx, Some(by), "certificate.issue", &format!("certificate:{id}"), note, at).await?;
                        issued.push(id);
                    }
                }
                refresh_facts(&mut tx, members).await?;
                tx.commit().await?;
                let mut out = Vec::new();
                for id in issued {
                    out.extend(self.certificate(id).await?);
                }
                Ok(out)
            }

            async fn audit_log(&self, subject: Option<&str>, limit: i64) -> Result<Vec<AuditEntry>> {
                let mut q = QueryBuilder::<$db>::new(
                    "SELECT a.id, a.at, a.actor, m.full_name, a.action, a.subject, a.detail FROM audit_log a \
                     LEFT JOIN members m ON m.id = a.actor WHERE 1 = 1",
                );
                if let Some(s) = subject {
                    q.push(" AND a.subject = ").push_bind(s.to_string());
                }
                q.push(" ORDER BY a.id DESC LIMIT ").push_bind(limit);
                let rows = q.build().fetch_all(self.reader()).await?;
                rows.iter()
                    .map(|r| {
                        Ok(AuditEntry {
                            id: r.try_get("id")?,
                            at: r.try_get("at")?,
                            actor: r.try_get("actor")?,
                            actor_name: r.try_get("full_name")?,
                            action: r.try_get("action")?,
                            subject: r.try_get("subject")?,
                            detail: r.try_get("detail")?,
                        })
                    })
                    .collect()
            }

            async fn status_list(&self) -> Result<(Vec<i64>, i64)> {
                let revoked: Vec<i64> = sqlx::query_scalar(
                    "SELECT status_index FROM certificates WHERE revoked_at IS NOT NULL AND status_index IS NOT NULL ORDER BY status_index",
                )
                .fetch_all(self.reader())
                .await?;
                let last: i64 = sqlx::query_scalar("SELECT last FROM status_counter WHERE list = 1").fetch_one(self.reader()).await?;
                Ok((revoked, last + 1))
            }

            async fn lesson_progress(&self, member: uuid::Uuid, module: Option<&str>) -> Result<Vec<LessonProgress>> {
                let mut q = QueryBuilder::<$db>::new(
                    "SELECT module, lesson, opened_at, completed_at, facilitated FROM lesson_progress WHERE member = ",
                );
                q.push_bind(member);
                if let Some(m) = module {
                    q.push(" AND module = ").push_bind(m.to_string());
                }
                q.push(" ORDER BY module, lesson");
                let rows = q.build().fetch_all(self.reader()).await?;
                rows.iter()
                    .map(|r| {
                        Ok(LessonProgress {
                            module: r.try_get("module")?,
                            lesson: r.try_get("lesson")?,
                            opened_at: r.try_get("opened_at")?,
                            completed_at: r.try_get("completed_at")?,
                            facilitated: r.try_get("facilitated")?,
                        })
                    })
                    .collect()
            }

            async fn module_progress(&self, member: uuid::Uuid) -> Result<Vec<ModuleProgress>> {
                let rows = sqlx::query(
                    "SELECT module, started_at, last_lesson, last_at, completed_at FROM module_progress \
                     WHERE member = $1 ORDER BY last_at DESC",
                )
                .bind(member)
                .fetch_all(self.reader())
                .await?;
                rows.iter()
                    .map(|r| {
                        Ok(ModuleProgress {
                            module: r.try_get("module")?,
                            started_at: r.try_get("started_at")?,
                            last_lesson: r.try_get("last_lesson")?,
                            last_at: r.try_get("last_at")?,
                            completed_at: r.try_get("completed_at")?,
                        })
                    })
                    .collect()
            }

            async fn test_results(&self, member: uuid::Uuid, module: Option<&str>) -> Result<Vec<TestResult>> {
                let mut q = QueryBuilder::<$db>::new(
                    "SELECT attempt, member, module, test, score, max_score, passed, lang, facilitated, at \
                     FROM test_results WHERE member = ",
                );
                q.push_bind(member);
                if let Some(m) = module {
                    q.push(" AND module = ").push_bind(m.to_string());
                }
                q.push(" ORDER BY at DESC");
                let rows = q.build().fetch_all(self.reader()).await?;
                rows.iter().map(test_result_from_row).collect()
            }

            async fn test_result(&self, attempt: uuid::Uuid) -> Result<Option<(TestResult, Vec<Answer>)>> {
                let row = sqlx::query(
                    "SELECT attempt, member, module, test, score, max_score, passed, lang, facilitated, at \
                     FROM test_results WHERE attempt = $1",
                )
                .bind(attempt)
                .fetch_optional(self.reader())
                .await?;
                let Some(row) = row else { return Ok(None) };
                let result = test_result_from_row(&row)?;
                let rows = sqlx::query("SELECT object, response, success FROM statements WHERE parent = $1 ORDER BY id")
                    .bind(attempt)
                    .fetch_all(self.reader())
                    .await?;
                let answers = rows
                    .iter()
                    .map(|r| {
                        let object: String = r.try_get("object")?;
                        let question = match Activity::parse(&object) {
                            Some(Activity::Question { question, .. }) => question,
                            _ => return Err(corrupt(format!("answer about {object}"))),
                        };
                        let response: Option<String> = r.try_get("response")?;
                        Ok(Answer {
                            question,
                            chosen: response.unwrap_or_default().split(',').filter(|s| !s.is_empty()).map(String::from).collect(),
                            right: r.try_get::<Option<bool>, _>("success")?.unwrap_or(false),
                        })
                    })
                    .collect::<Result<_>>()?;
                Ok(Some((result, answers)))
            }

            async fn certificates_of(&self, member: uuid::Uuid) -> Result<Vec<Certificate>> {
                let rows = sqlx::query(
                    "SELECT id, member, achievement, issued_at, revoked_at, revoked_reason, status_index, issued_by FROM certificates \
                     WHERE member = $1 ORDER BY issued_at DESC",
                )
                .bind(member)
                .fetch_all(self.reader())
                .await?;
                rows.iter().map(certificate_from_row).collect()
            }

            async fn certificate(&self, id: uuid::Uuid) -> Result<Option<Certificate>> {
                let row = sqlx::query(
                    "SELECT id, member, achievement, issued_at, revoked_at, revoked_reason, status_index, issued_by FROM certificates WHERE id = $1",
                )
                .bind(id)
                .fetch_optional(self.reader())
                .await?;
                row.as_ref().map(certificate_from_row).transpose()
            }

            async fn revoke_certificate(&self, id: uuid::Uuid, by: uuid::Uuid, reason: &str, at: time::OffsetDateTime) -> Result<()> {
                let mut tx = self.writer().begin().await?;
                let already: Option<Option<time::OffsetDateTime>> =
                    sqlx::query_scalar("SELECT revoked_at FROM certificates WHERE id = $1").bind(id).fetch_optional(&mut *tx).await?;
                if already.flatten().is_none() {
                    audit(&mut tx, Some(by), "certificate.revoke", &format!("certificate:{id}"), reason, at).await?;
                }
                let member: Option<uuid::Uuid> = sqlx::query_scalar(
                    "UPDATE certificates SET revoked_at = COALESCE(revoked_at, $1), revoked_reason = COALESCE(revoked_reason, $2) \
                     WHERE id = $3 RETURNING member",
                )
                .bind(at.to_offset(time::UtcOffset::UTC))
                .bind(reason)
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?;
                let member = member.ok_or(StoreError::NotFound)?;
                refresh_facts(&mut tx, &[member]).await?;
                tx.commit().await?;
                Ok(())
            }
        }
    };
}
