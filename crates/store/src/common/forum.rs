//! Forums, threads and posts, expert answers, moderation and notices: the queries both
//! databases share, as a macro expanded by each backend. The first post of a thread has the
//! thread's id, so "is this the question?" is one comparison.

macro_rules! forum_queries {
    ($store:ty, $db:ty, $row:ty) => {
        use academy_domain::forum::{
            Forum, NewPost, NewThread, Notice, NoticeKind, Post, PostStatus, Thread, ThreadSummary,
            Viewer,
        };
        use $crate::exchange::*;

        const THREAD_SELECT: &str = "SELECT t.id, t.forum, t.title, t.author, t.anonymous, t.revealed, \
            t.question, t.accepted, t.status, t.replies, t.expert_answers, t.created_at, t.last_post_at, \
            m.full_name, r.read_at FROM forum_threads t JOIN forums f ON f.id = t.forum \
            JOIN members m ON m.id = t.author LEFT JOIN forum_reads r ON r.thread = t.id AND r.member = ";

        /// Whether the viewer may know who wrote a post of an anonymous question's author.
        fn name_shown(anonymous: bool, revealed: bool, author: uuid::Uuid, viewer: &Viewer) -> bool {
            !anonymous || viewer.member == Some(author) || (revealed && viewer.moderates())
        }

        fn viewer_id(viewer: &Viewer) -> uuid::Uuid {
            viewer.member.unwrap_or_default()
        }

        fn status_of(r: &$row) -> Result<PostStatus> {
            PostStatus::parse("status", &r.try_get::<String, _>("status")?).map_err(corrupt)
        }

        fn thread_from_row(r: &$row, viewer: &Viewer) -> Result<Thread> {
            let author: uuid::Uuid = r.try_get("author")?;
            let anonymous: bool = r.try_get("anonymous")?;
            let revealed: bool = r.try_get("revealed")?;
            let last_post_at: time::OffsetDateTime = r.try_get("last_post_at")?;
            let read_at: Option<time::OffsetDateTime> = r.try_get("read_at")?;
            let accepted: Option<uuid::Uuid> = r.try_get("accepted")?;
            let shown = name_shown(anonymous, revealed, author, viewer);
            Ok(Thread {
                summary: ThreadSummary {
                    id: r.try_get("id")?,
                    forum: r.try_get("forum")?,
                    title: r.try_get("title")?,
                    author_name: if shown { Some(r.try_get("full_name")?) } else { None },
                    question: r.try_get("question")?,
                    answered: r.try_get::<i64, _>("expert_answers")? > 0 || accepted.is_some(),
                    accepted: accepted.is_some(),
                    status: status_of(r)?,
                    replies: r.try_get("replies")?,
                    last_post_at,
                    unread: viewer.member.is_some()
                        && last_post_at > academy_domain::forum::unread_since(time::OffsetDateTime::now_utc())
                        && read_at.is_none_or(|at| at < last_post_at),
                },
                author: if shown { author } else { uuid::Uuid::nil() },
                anonymous,
                revealed,
                accepted_post: accepted,
                created_at: r.try_get("created_at")?,
            })
        }

        /// Pushes the conditions under which the viewer sees thread `t` (of forum `f`).
        fn push_thread_visible(q: &mut QueryBuilder<'_, $db>, viewer: &Viewer) {
            q.push(" AND (f.women_only = FALSE OR ").push_bind(viewer.sees_women_only()).push(")");
            q.push(" AND (t.status = 'shown' OR t.author = ")
                .push_bind(viewer_id(viewer))
                .push(" OR ")
                .push_bind(viewer.moderates())
                .push(")");
        }

        fn forum_from_row(r: &$row) -> Result<Forum> {
            Ok(Forum {
                id: r.try_get("id")?,
                module: r.try_get("module")?,
                women_only: r.try_get("women_only")?,
                anonymous_questions: r.try_get("anonymous_questions")?,
                position: r.try_get("position")?,
            })
        }

        fn mute_from_row(r: &$row) -> Result<Mute> {
            Ok(Mute {
                member: r.try_get("member")?,
                member_name: r.try_get("full_name")?,
                until: r.try_get("until")?,
                reason: r.try_get("reason")?,
            })
        }

        impl $store {
            async fn thread_summaries(
                &self,
                forum: Option<&str>,
                unanswered: bool,
                viewer: &Viewer,
                page: Page,
            ) -> Result<Listing<ThreadSummary>> {
                let push_where = |q: &mut QueryBuilder<'_, $db>| {
                    q.push(" WHERE 1 = 1");
                    if let Some(f) = forum {
                        q.push(" AND t.forum = ").push_bind(f.to_string());
                    }
                    if unanswered {
                        q.push(" AND t.question = TRUE AND t.expert_answers = 0 AND t.accepted IS NULL AND t.status = 'shown'");
                    }
                    push_thread_visible(q, viewer);
                };
                let mut count = QueryBuilder::<$db>::new(
                    "SELECT count(*) FROM forum_threads t JOIN forums f ON f.id = t.forum",
                );
                push_where(&mut count);
                let total: i64 = count.build_query_scalar().fetch_one(self.reader()).await?;
                let mut q = QueryBuilder::<$db>::new(THREAD_SELECT);
                q.push_bind(viewer_id(viewer));
                push_where(&mut q);
                q.push(if unanswered { " ORDER BY t.created_at" } else { " ORDER BY t.last_post_at DESC" });
                q.push(" LIMIT ").push_bind(page.limit).push(" OFFSET ").push_bind(page.offset);
                let rows = q.build().fetch_all(self.reader()).await?;
                let items = rows
                    .iter()
                    .map(|r| thread_from_row(r, viewer).map(|t| t.summary))
                    .collect::<Result<_>>()?;
                Ok(Listing { items, total })
            }
        }

        #[async_trait::async_trait]
        impl ExchangeStore for $store {
            async fn ensure_module_forums(&self, modules: &[(String, bool)]) -> Result<()> {
                let mut tx = self.writer().begin().await?;
                for (i, (module, anonymous)) in modules.iter().enumerate() {
                    sqlx::query(
                        "INSERT INTO forums (id, module, women_only, anonymous_questions, position) VALUES ($1, $1, FALSE, $2, $3) \
                         ON CONFLICT (id) DO UPDATE SET anonymous_questions = $2, position = $3",
                    )
                    .bind(module)
                    .bind(*anonymous)
                    .bind(100 + i as i64)
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                // Eighteen rows never reach autovacuum's threshold; without statistics
                // PostgreSQL guesses hundreds of forums, prices the forum list high enough to
                // compile it (JIT, ~0.3 s) on every visit.
                if Self::BACKEND == "postgres" {
                    sqlx::query("ANALYZE forums").execute(self.writer()).await?;
                }
                Ok(())
            }

            async fn forums(&self, viewer: &Viewer) -> Result<Vec<ForumSummary>> {
                let rows = sqlx::query(
                    "SELECT f.id, f.module, f.women_only, f.anonymous_questions, f.position, \
                     (SELECT count(*) FROM forum_threads t WHERE t.forum = f.id AND t.status = 'shown') AS threads, \
                     (SELECT count(*) FROM forum_threads t LEFT JOIN forum_reads r ON r.thread = t.id AND r.member = $1 \
                      WHERE t.forum = f.id AND t.last_post_at > $3 AND t.status = 'shown' \
                      AND (r.read_at IS NULL OR r.read_at < t.last_post_at)) AS unread \
                     FROM forums f WHERE f.women_only = FALSE OR $2 ORDER BY f.position, f.id",
                )
                .bind(viewer_id(viewer))
                .bind(viewer.sees_women_only())
                .bind(academy_domain::forum::unread_since(time::OffsetDateTime::now_utc()).to_offset(time::UtcOffset::UTC))
                .fetch_all(self.reader())
                .await?;
                let latest = sqlx::query(
                    "SELECT t.forum, max(t.last_post_at) AS last_post_at FROM forum_threads t WHERE t.status = 'shown' GROUP BY t.forum",
                )
                .fetch_all(self.reader())
                .await?;
                let mut last: HashMap<String, time::OffsetDateTime> = HashMap::new();
                for r in latest {
                    last.insert(r.try_get("forum")?, r.try_get("last_post_at")?);
                }
                rows.iter()
                    .map(|r| {
                        let forum = forum_from_row(r)?;
                        Ok(ForumSummary {
                            threads: r.try_get("threads")?,
                            unread: if viewer.member.is_some() { r.try_get("unread")? } else { 0 },
                            last_post_at: last.get(&forum.id).copied(),
                            forum,
                        })
                    })
                    .collect()
            }

            async fn forum(&self, id: &str) -> Result<Forum> {
                let row = sqlx::query("SELECT id, module, women_only, anonymous_questions, position FROM forums WHERE id = $1")
                    .bind(id)
                    .fetch_optional(self.reader())
                    .await?
                    .ok_or(StoreError::NotFound)?;
                forum_from_row(&row)
            }

            async fn threads(&self, forum: &str, viewer: &Viewer, page: Page) -> Result<Listing<ThreadSummary>> {
                self.thread_summaries(Some(forum), false, viewer, page).await
            }

            async fn unanswered(&self, viewer: &Viewer, page: Page) -> Result<Listing<ThreadSummary>> {
                self.thread_summaries(None, true, viewer, page).await
            }

            async fn thread(&self, id: uuid::Uuid, viewer: &Viewer) -> Result<(Thread, Vec<Post>)> {
                let mut q = QueryBuilder::<$db>::new(THREAD_SELECT);
                q.push_bind(viewer_id(viewer));
                q.push(" WHERE t.id = ").push_bind(id);
                push_thread_visible(&mut q, viewer);
                let row = q.build().fetch_optional(self.reader()).await?.ok_or(StoreError::NotFound)?;
                let thread = thread_from_row(&row, viewer)?;
                let asker: uuid::Uuid = row.try_get("author")?;
                let rows = sqlx::query(
                    "SELECT p.id, p.thread, p.author, p.by_expert, p.body, p.image, p.status, p.created_at, m.full_name, \
                     (SELECT count(*) FROM forum_reports fr WHERE fr.post = p.id AND fr.resolved_at IS NULL) AS reports \
                     FROM forum_posts p JOIN members m ON m.id = p.author \
                     WHERE p.thread = $1 AND (p.status = 'shown' OR p.author = $2 OR $3) ORDER BY p.id",
                )
                .bind(id)
                .bind(viewer_id(viewer))
                .bind(viewer.moderates())
                .fetch_all(self.reader())
                .await?;
                let mut posts = rows
                    .iter()
                    .map(|r| {
                        let author: uuid::Uuid = r.try_get("author")?;
                        let shown = author != asker || name_shown(thread.anonymous, thread.revealed, author, viewer);
                        Ok(Post {
                            id: r.try_get("id")?,
                            thread: r.try_get("thread")?,
                            author: if shown { author } else { uuid::Uuid::nil() },
                            author_name: if shown { Some(r.try_get("full_name")?) } else { None },
                            by_expert: r.try_get("by_expert")?,
                            body: r.try_get("body")?,
                            image: r.try_get("image")?,
                            status: status_of(r)?,
                            created_at: r.try_get("created_at")?,
                            reports: if viewer.moderates() { r.try_get("reports")? } else { 0 },
                        })
                    })
                    .collect::<Result<Vec<Post>>>()?;
                // The accepted answer comes right after the question.
                if let Some(at) = thread.accepted_post.and_then(|a| posts.iter().position(|p| p.id == a)) {
                    if at > 1 {
                        let accepted = posts.remove(at);
                        posts.insert(1, accepted);
                    }
                }
                Ok((thread, posts))
            }

            async fn mark_read(&self, member: uuid::Uuid, thread: uuid::Uuid, at: time::OffsetDateTime) -> Result<()> {
                sqlx::query(
                    "INSERT INTO forum_reads (member, thread, read_at) VALUES ($1, $2, $3) \
                     ON CONFLICT (member, thread) DO UPDATE SET read_at = $3",
                )
                .bind(member)
                .bind(thread)
                .bind(at.to_offset(time::UtcOffset::UTC))
                .execute(self.writer())
                .await
                .map_err(missing_reference)?;
                Ok(())
            }

            async fn start_thread(&self, thread: &NewThread) -> Result<()> {
                let forum = self.forum(&thread.forum).await?;
                let first = &thread.first;
                let at = first.at.to_offset(time::UtcOffset::UTC);
                let mut tx = self.writer().begin().await?;
                sqlx::query(
                    "INSERT INTO forum_threads (id, forum, title, author, anonymous, question, status, created_at, last_post_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
                )
                .bind(thread.id)
                .bind(&thread.forum)
                .bind(&thread.title)
                .bind(thread.author)
                .bind(thread.anonymous && forum.anonymous_questions)
                .bind(thread.question)
                .bind(first.status.as_str())
                .bind(at)
                .execute(&mut *tx)
                .await
                .map_err(missing_reference)?;
                insert_post(&mut tx, first).await?;
                index_post(&mut tx, first, &thread.title, forum.women_only, first.status == PostStatus::Shown).await?;
                if first.status == PostStatus::Shown {
                    notify_post(&mut tx, first.id).await?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn import_threads(&self, threads: &[(NewThread, Vec<NewPost>)]) -> Result<()> {
                let mut tx = self.writer().begin().await?;
                let women_only: HashMap<String, bool> = sqlx::query("SELECT id, women_only FROM forums")
                    .fetch_all(&mut *tx)
                    .await?
                    .iter()
                    .map(|r| Ok((r.try_get("id")?, r.try_get("women_only")?)))
                    .collect::<Result<_>>()?;
                for chunk in threads.chunks(BATCH / 16) {
                    let mut q = QueryBuilder::<$db>::new(
                        "INSERT INTO forum_threads (id, forum, title, author, anonymous, question, status, replies, expert_answers, created_at, last_post_at) ",
                    );
                    q.push_values(chunk, |mut b, (t, replies)| {
                        let shown: Vec<&NewPost> = replies.iter().filter(|p| p.status == PostStatus::Shown).collect();
                        let last = shown.iter().map(|p| p.at).max().unwrap_or(t.first.at).max(t.first.at);
                        b.push_bind(t.id)
                            .push_bind(&t.forum)
                            .push_bind(&t.title)
                            .push_bind(t.author)
                            .push_bind(t.anonymous)
                            .push_bind(t.question)
                            .push_bind(t.first.status.as_str())
                            .push_bind(shown.len() as i64)
                            .push_bind(shown.iter().filter(|p| p.by_expert).count() as i64)
                            .push_bind(t.first.at.to_offset(time::UtcOffset::UTC))
                            .push_bind(last.to_offset(time::UtcOffset::UTC));
                    });
                    q.build().execute(&mut *tx).await.map_err(missing_reference)?;
                }
                let posts: Vec<(&NewThread, &NewPost)> = threads
                    .iter()
                    .flat_map(|(t, replies)| std::iter::once(&t.first).chain(replies).map(move |p| (t, p)))
                    .collect();
                for chunk in posts.chunks(BATCH / 8) {
                    let mut q = QueryBuilder::<$db>::new(
                        "INSERT INTO forum_posts (id, thread, author, by_expert, body, image, status, created_at) ",
                    );
                    q.push_values(chunk, |mut b, (_, p)| {
                        b.push_bind(p.id)
                            .push_bind(p.thread)
                            .push_bind(p.author)
                            .push_bind(p.by_expert)
                            .push_bind(&p.body)
                            .push_bind(&p.image)
                            .push_bind(p.status.as_str())
                            .push_bind(p.at.to_offset(time::UtcOffset::UTC));
                    });
                    q.build().execute(&mut *tx).await.map_err(missing_reference)?;
                    let mut q = QueryBuilder::<$db>::new(
                        "INSERT INTO search_docs (ref, kind, language, link, title, body, title_key, body_key, audience, hidden, at) ",
                    );
                    q.push_values(chunk, |mut b, (t, p)| {
                        let first = p.id == t.id;
                        b.push_bind(format!("post:{}", p.id))
                            .push("'post'")
                            .push("NULL")
                            .push_bind(format!("/threads/{}#p-{}", t.id, p.id))
                            .push_bind(&t.title)
                            .push_bind(&p.body)
                            .push_bind(if first { academy_domain::search::fold(&t.title) } else { String::new() })
                            .push_bind(academy_domain::search::fold(&p.body))
                            .push_bind(i64::from(women_only.get(&t.forum).copied().unwrap_or(false)))
                            .push_bind(p.status != PostStatus::Shown || t.first.status != PostStatus::Shown)
                            .push_bind(p.at.to_offset(time::UtcOffset::UTC));
                    });
                    q.build().execute(&mut *tx).await?;
                }
                tx.commit().await?;
                // PostgreSQL plans searches from its statistics: after a bulk load, stale ones
                // make it read every match of a common word instead of stopping early.
                if Self::BACKEND == "postgres" {
                    sqlx::query("ANALYZE search_docs, forum_threads, forum_posts")
                        .execute(self.writer())
                        .await?;
                }
                Ok(())
            }

            async fn reply(&self, post: &NewPost) -> Result<()> {
                let mut tx = self.writer().begin().await?;
                let t = sqlx::query(
                    "SELECT t.title, t.status, f.women_only FROM forum_threads t JOIN forums f ON f.id = t.forum WHERE t.id = $1",
                )
                .bind(post.thread)
                .fetch_optional(&mut *tx)
                .await?
                .ok_or(StoreError::NotFound)?;
                let title: String = t.try_get("title")?;
                let thread_shown = t.try_get::<String, _>("status")? == "shown";
                insert_post(&mut tx, post).await?;
                index_post(&mut tx, post, &title, t.try_get("women_only")?, thread_shown).await?;
                if post.status == PostStatus::Shown {
                    recount_thread(&mut tx, post.thread).await?;
                    notify_post(&mut tx, post.id).await?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn accept_answer(&self, thread: uuid::Uuid, post: uuid::Uuid, by: &Viewer, at: time::OffsetDateTime) -> Result<()> {
                let mut tx = self.writer().begin().await?;
                let row = sqlx::query(
                    "SELECT t.author AS asker, t.title, p.author, p.status FROM forum_threads t \
                     JOIN forum_posts p ON p.thread = t.id WHERE t.id = $1 AND p.id = $2 AND p.id <> t.id",
                )
                .bind(thread)
                .bind(post)
                .fetch_optional(&mut *tx)
                .await?
                .ok_or(StoreError::NotFound)?;
                let asker: uuid::Uuid = row.try_get("asker")?;
                let author: uuid::Uuid = row.try_get("author")?;
                let is_asker = by.member == Some(asker);
                if !(is_asker || by.moderates()) || row.try_get::<String, _>("status")? != "shown" {
                    return Err(StoreError::NotFound);
                }
                sqlx::query("UPDATE forum_threads SET accepted = $1 WHERE id = $2")
                    .bind(post)
                    .bind(thread)
                    .execute(&mut *tx)
                    .await?;
                if !is_asker {
                    audit(&mut tx, by.member, "forum.accept", &format!("post:{post}"), "", at).await?;
                }
                if author != asker {
                    let title: String = row.try_get("title")?;
                    let link = format!("/threads/{thread}#p-{post}");
                    notify(&mut tx, author, NoticeKind::Accepted, None, &title, &link, at).await?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn shown_posts_by(&self, member: uuid::Uuid) -> Result<i64> {
                Ok(sqlx::query_scalar("SELECT count(*) FROM forum_posts WHERE author = $1 AND status = 'shown'")
                    .bind(member)
                    .fetch_one(self.reader())
                    .await?)
            }

            async fn report_post(&self, post: uuid::Uuid, reporter: uuid::Uuid, reason: &str, at: time::OffsetDateTime) -> Result<()> {
                sqlx::query(
                    "INSERT INTO forum_reports (id, post, reporter, reason, created_at) VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(uuid::Uuid::now_v7())
                .bind(post)
                .bind(reporter)
                .bind(reason)
                .bind(at.to_offset(time::UtcOffset::UTC))
                .execute(self.writer())
                .await
                .map_err(missing_reference)?;
                Ok(())
            }

            async fn moderation_queue(&self) -> Result<Vec<ModerationItem>> {
                let rows = sqlx::query(
                    "SELECT p.id, p.thread, p.author, p.by_expert, p.body, p.image, p.status, p.created_at, m.full_name, \
                     t.title, t.anonymous, t.revealed, t.author AS asker, fr.reason FROM forum_posts p \
                     JOIN forum_threads t ON t.id = p.thread JOIN members m ON m.id = p.author \
                     LEFT JOIN forum_reports fr ON fr.post = p.id AND fr.resolved_at IS NULL \
                     WHERE p.status = 'held' OR fr.id IS NOT NULL ORDER BY p.id, fr.id",
                )
                .fetch_all(self.reader())
                .await?;
                let moderator = Viewer { moderator: true, ..Viewer::default() };
                let mut items: Vec<ModerationItem> = Vec::new();
                for r in &rows {
                    let id: uuid::Uuid = r.try_get("id")?;
                    let reason: Option<String> = r.try_get("reason")?;
                    if let Some(item) = items.last_mut().filter(|i| i.post.id == id) {
                        item.post.reports += 1;
                        item.reasons.extend(reason);
                        continue;
                    }
                    let author: uuid::Uuid = r.try_get("author")?;
                    let asker: uuid::Uuid = r.try_get("asker")?;
                    let shown = author != asker
                        || name_shown(r.try_get("anonymous")?, r.try_get("revealed")?, author, &moderator);
                    items.push(ModerationItem {
                        post: Post {
                            id,
                            thread: r.try_get("thread")?,
                            author: if shown { author } else { uuid::Uuid::nil() },
                            author_name: if shown { Some(r.try_get("full_name")?) } else { None },
                            by_expert: r.try_get("by_expert")?,
                            body: r.try_get("body")?,
                            image: r.try_get("image")?,
                            status: status_of(r)?,
                            created_at: r.try_get("created_at")?,
                            reports: i64::from(reason.is_some()),
                        },
                        thread_title: r.try_get("title")?,
                        reasons: reason.into_iter().collect(),
                    });
                }
                Ok(items)
            }

            async fn moderate(
                &self,
                post: uuid::Uuid,
                action: Moderation,
                by: uuid::Uuid,
                reason: &str,
                at: time::OffsetDateTime,
            ) -> Result<()> {
                let mut tx = self.writer().begin().await?;
                let row = sqlx::query("SELECT thread, status FROM forum_posts WHERE id = $1")
                    .bind(post)
                    .fetch_optional(&mut *tx)
                    .await?
                    .ok_or(StoreError::NotFound)?;
                let thread: uuid::Uuid = row.try_get("thread")?;
                let before = status_of(&row)?;
                let (after, word) = match action {
                    Moderation::Hide => (PostStatus::Hidden, "forum.hide"),
                    Moderation::Restore => (PostStatus::Shown, "forum.restore"),
                    Moderation::Approve => (PostStatus::Shown, "forum.approve"),
                };
                let allowed = match action {
                    Moderation::Hide => before != PostStatus::Hidden,
                    Moderation::Restore => before == PostStatus::Hidden,
                    Moderation::Approve => before == PostStatus::Held,
                };
                if allowed {
                    sqlx::query("UPDATE forum_posts SET status = $1 WHERE id = $2")
                        .bind(after.as_str())
                        .bind(post)
                        .execute(&mut *tx)
                        .await?;
                    recount_thread(&mut tx, thread).await?;
                    let detail = format!("{before} → {after}: {reason}");
                    audit(&mut tx, Some(by), word, &format!("post:{post}"), &detail, at).await?;
                    if action == Moderation::Approve {
                        notify_post(&mut tx, post).await?;
                    }
                }
                sqlx::query("UPDATE forum_reports SET resolved_at = $1, resolved_by = $2 WHERE post = $3 AND resolved_at IS NULL")
                    .bind(at.to_offset(time::UtcOffset::UTC))
                    .bind(by)
                    .bind(post)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn mute(
                &self,
                member: uuid::Uuid,
                until: Option<time::OffsetDateTime>,
                by: uuid::Uuid,
                reason: &str,
                at: time::OffsetDateTime,
            ) -> Result<()> {
                let mut tx = self.writer().begin().await?;
                let before: Option<String> = sqlx::query_scalar("SELECT reason FROM forum_mutes WHERE member = $1")
                    .bind(member)
                    .fetch_optional(&mut *tx)
                    .await?;
                sqlx::query(
                    "INSERT INTO forum_mutes (member, until, reason, muted_by, created_at) VALUES ($1, $2, $3, $4, $5) \
                     ON CONFLICT (member) DO UPDATE SET until = $2, reason = $3, muted_by = $4, created_at = $5",
                )
                .bind(member)
                .bind(until.map(|u| u.to_offset(time::UtcOffset::UTC)))
                .bind(reason)
                .bind(by)
                .bind(at.to_offset(time::UtcOffset::UTC))
                .execute(&mut *tx)
                .await
                .map_err(missing_reference)?;
                let until_text = until.map(|u| u.date().to_string()).unwrap_or_else(|| "-".into());
                let detail = match before {
                    Some(old) => format!("was muted ({old}); now until {until_text}: {reason}"),
                    None => format!("until {until_text}: {reason}"),
                };
                audit(&mut tx, Some(by), "forum.mute", &format!("member:{member}"), &detail, at).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn unmute(&self, member: uuid::Uuid, by: uuid::Uuid, at: time::OffsetDateTime) -> Result<()> {
                let mut tx = self.writer().begin().await?;
                let done = sqlx::query("DELETE FROM forum_mutes WHERE member = $1")
                    .bind(member)
                    .execute(&mut *tx)
                    .await?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                audit(&mut tx, Some(by), "forum.unmute", &format!("member:{member}"), "", at).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn set_forum_setting(&self, key: &str, value: &str, by: uuid::Uuid, at: time::OffsetDateTime) -> Result<()> {
                let mut tx = self.writer().begin().await?;
                let before: Option<String> = sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
                    .bind(key)
                    .fetch_optional(&mut *tx)
                    .await?;
                sqlx::query("INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = $2")
                    .bind(key)
                    .bind(value)
                    .execute(&mut *tx)
                    .await?;
                let detail = format!("{} → {value}", before.as_deref().unwrap_or("-"));
                audit(&mut tx, Some(by), "forum.settings", &format!("setting:{key}"), &detail, at).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn muted(&self, member: uuid::Uuid, at: time::OffsetDateTime) -> Result<Option<Mute>> {
                let row = sqlx::query(
                    "SELECT u.member, m.full_name, u.until, u.reason FROM forum_mutes u JOIN members m ON m.id = u.member \
                     WHERE u.member = $1 AND (u.until IS NULL OR u.until > $2)",
                )
                .bind(member)
                .bind(at.to_offset(time::UtcOffset::UTC))
                .fetch_optional(self.reader())
                .await?;
                row.as_ref().map(mute_from_row).transpose()
            }

            async fn mutes(&self, at: time::OffsetDateTime) -> Result<Vec<Mute>> {
                let rows = sqlx::query(
                    "SELECT u.member, m.full_name, u.until, u.reason FROM forum_mutes u JOIN members m ON m.id = u.member \
                     WHERE u.until IS NULL OR u.until > $1 ORDER BY m.full_name",
                )
                .bind(at.to_offset(time::UtcOffset::UTC))
                .fetch_all(self.reader())
                .await?;
                rows.iter().map(mute_from_row).collect()
            }

            async fn reveal_author(&self, thread: uuid::Uuid, admin: uuid::Uuid, reason: &str, at: time::OffsetDateTime) -> Result<()> {
                let mut tx = self.writer().begin().await?;
                let done = sqlx::query("UPDATE forum_threads SET revealed = TRUE WHERE id = $1 AND anonymous = TRUE AND revealed = FALSE")
                    .bind(thread)
                    .execute(&mut *tx)
                    .await?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                audit(&mut tx, Some(admin), "forum.reveal", &format!("thread:{thread}"), reason, at).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn post_place(&self, post: uuid::Uuid) -> Result<(String, uuid::Uuid, PostStatus)> {
                let row = sqlx::query(
                    "SELECT t.forum, p.thread, p.status FROM forum_posts p JOIN forum_threads t ON t.id = p.thread WHERE p.id = $1",
                )
                .bind(post)
                .fetch_optional(self.reader())
                .await?
                .ok_or(StoreError::NotFound)?;
                Ok((row.try_get("forum")?, row.try_get("thread")?, status_of(&row)?))
            }

            async fn notices(&self, member: uuid::Uuid, limit: i64) -> Result<Vec<Notice>> {
                let rows = sqlx::query(
                    "SELECT n.id, n.kind, m.full_name, n.title, n.link, n.created_at, n.read_at FROM notices n \
                     LEFT JOIN members m ON m.id = n.actor WHERE n.member = $1 ORDER BY n.id DESC LIMIT $2",
                )
                .bind(member)
                .bind(limit)
                .fetch_all(self.reader())
                .await?;
                rows.iter()
                    .map(|r| {
                        Ok(Notice {
                            id: r.try_get("id")?,
                            kind: NoticeKind::parse("kind", &r.try_get::<String, _>("kind")?).map_err(corrupt)?,
                            actor_name: r.try_get("full_name")?,
                            title: r.try_get("title")?,
                            link: r.try_get("link")?,
                            at: r.try_get("created_at")?,
                            read: r.try_get::<Option<time::OffsetDateTime>, _>("read_at")?.is_some(),
                        })
                    })
                    .collect()
            }

            async fn unread_notices(&self, member: uuid::Uuid) -> Result<i64> {
                Ok(sqlx::query_scalar("SELECT count(*) FROM notices WHERE member = $1 AND read_at IS NULL")
                    .bind(member)
                    .fetch_one(self.reader())
                    .await?)
            }

            async fn mark_notices_read(&self, member: uuid::Uuid, at: time::OffsetDateTime) -> Result<()> {
                sqlx::query("UPDATE notices SET read_at = $1 WHERE member = $2 AND read_at IS NULL")
                    .bind(at.to_offset(time::UtcOffset::UTC))
                    .bind(member)
                    .execute(self.writer())
                    .await?;
                Ok(())
            }

            async fn index_lessons(&self, version: i64, lessons: &[LessonDoc]) -> Result<bool> {
                self.index_lesson_docs(version, lessons).await
            }

            async fn search(&self, query: &SearchQuery) -> Result<Listing<SearchHit>> {
                self.search_docs(query).await
            }

            async fn add_resource(&self, resource: &academy_domain::forum::Resource) -> Result<()> {
                self.insert_resource(resource).await
            }

            async fn resources(&self, filter: &ResourceFilter, page: Page) -> Result<Listing<academy_domain::forum::Resource>> {
                self.list_resources(filter, page).await
            }

            async fn resource(&self, id: uuid::Uuid) -> Result<academy_domain::forum::Resource> {
                self.one_resource(id).await
            }

            async fn set_resource_hidden(&self, id: uuid::Uuid, hidden: bool, by: uuid::Uuid, at: time::OffsetDateTime) -> Result<()> {
                self.hide_resource(id, hidden, by, at).await
            }

            async fn pair_mentor(&self, mentor: uuid::Uuid, mentee: uuid::Uuid, by: uuid::Uuid, at: time::OffsetDateTime) -> Result<uuid::Uuid> {
                self.insert_pair(mentor, mentee, by, at).await
            }

            async fn end_pair(&self, pair: uuid::Uuid, by: uuid::Uuid, at: time::OffsetDateTime) -> Result<()> {
                self.close_pair(pair, by, at).await
            }

            async fn mentor_pairs(&self, member: Option<uuid::Uuid>) -> Result<Vec<academy_domain::forum::MentorPair>> {
                self.list_pairs(member, None).await
            }

            async fn mentor_pair(&self, id: uuid::Uuid) -> Result<academy_domain::forum::MentorPair> {
                self.list_pairs(None, Some(id)).await?.pop().ok_or(StoreError::NotFound)
            }

            async fn share_progress(&self, pair: uuid::Uuid, member: uuid::Uuid, share: bool) -> Result<()> {
                self.set_sharing(pair, member, share).await
            }

            async fn mentor_messages(&self, pair: uuid::Uuid) -> Result<Vec<academy_domain::forum::MentorMessage>> {
                self.pair_messages(pair).await
            }

            async fn send_mentor_message(&self, pair: uuid::Uuid, author: uuid::Uuid, body: &str, at: time::OffsetDateTime) -> Result<()> {
                self.insert_message(pair, author, body, at).await
            }
        }
    };
}
