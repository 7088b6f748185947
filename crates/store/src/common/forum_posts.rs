//! Writing a post's side effects: the thread's counts, the search index and the notices it
//! causes, shared by posting, bulk import and moderation; a macro expanded by each backend.

macro_rules! forum_post_queries {
    ($store:ty, $db:ty, $row:ty) => {
        /// The thread's replies, expert answers, last activity and status, from its posts.
        async fn recount_thread(conn: &mut <$db as sqlx::Database>::Connection, thread: uuid::Uuid) -> Result<()> {
            sqlx::query(
                "UPDATE forum_threads SET \
                 replies = (SELECT count(*) FROM forum_posts p WHERE p.thread = $1 AND p.id <> $1 AND p.status = 'shown'), \
                 expert_answers = (SELECT count(*) FROM forum_posts p WHERE p.thread = $1 AND p.id <> $1 AND p.status = 'shown' AND p.by_expert = TRUE), \
                 last_post_at = COALESCE((SELECT max(p.created_at) FROM forum_posts p WHERE p.thread = $1 AND p.status = 'shown'), created_at), \
                 status = (SELECT p.status FROM forum_posts p WHERE p.id = $1) \
                 WHERE id = $1",
            )
            .bind(thread)
            .execute(&mut *conn)
            .await?;
            // A hidden question hides its replies from search too.
            let rows = sqlx::query(
                "SELECT p.id, p.status, t.status AS thread_status FROM forum_posts p \
                 JOIN forum_threads t ON t.id = p.thread WHERE p.thread = $1",
            )
            .bind(thread)
            .fetch_all(&mut *conn)
            .await?;
            for r in rows {
                let id: uuid::Uuid = r.try_get("id")?;
                let status: String = r.try_get("status")?;
                let thread_status: String = r.try_get("thread_status")?;
                sqlx::query("UPDATE search_docs SET hidden = $1 WHERE ref = $2")
                    .bind(status != "shown" || thread_status != "shown")
                    .bind(format!("post:{id}"))
                    .execute(&mut *conn)
                    .await?;
            }
            Ok(())
        }

        /// Puts a post into the search index.
        async fn index_post(
            conn: &mut <$db as sqlx::Database>::Connection,
            post: &NewPost,
            title: &str,
            women_only: bool,
            thread_shown: bool,
        ) -> Result<()> {
            let first = post.id == post.thread;
            sqlx::query(
                "INSERT INTO search_docs (ref, kind, language, link, title, body, title_key, body_key, audience, hidden, at) \
                 VALUES ($1, 'post', NULL, $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(format!("post:{}", post.id))
            .bind(format!("/threads/{}#p-{}", post.thread, post.id))
            .bind(title)
            .bind(&post.body)
            .bind(if first { academy_domain::search::fold(title) } else { String::new() })
            .bind(academy_domain::search::fold(&post.body))
            .bind(i64::from(women_only))
            .bind(post.status != PostStatus::Shown || !thread_shown)
            .bind(post.at.to_offset(time::UtcOffset::UTC))
            .execute(&mut *conn)
            .await?;
            Ok(())
        }

        /// Writes one notice.
        async fn notify(
            conn: &mut <$db as sqlx::Database>::Connection,
            member: uuid::Uuid,
            kind: NoticeKind,
            actor: Option<uuid::Uuid>,
            title: &str,
            link: &str,
            at: time::OffsetDateTime,
        ) -> Result<()> {
            sqlx::query(
                "INSERT INTO notices (id, member, kind, actor, title, link, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(uuid::Uuid::now_v7())
            .bind(member)
            .bind(kind.as_str())
            .bind(actor)
            .bind(title)
            .bind(link)
            .bind(at.to_offset(time::UtcOffset::UTC))
            .execute(&mut *conn)
            .await?;
            Ok(())
        }

        /// Tells the asker about a reply (an answer, when an expert wrote it) and every member
        /// the post names, once each, never the writer, never someone who cannot see the forum.
        async fn notify_post(conn: &mut <$db as sqlx::Database>::Connection, post: uuid::Uuid) -> Result<()> {
            let r = sqlx::query(
                "SELECT p.thread, p.author, p.by_expert, p.body, p.created_at, t.author AS asker, t.anonymous, \
                 t.question, t.title, f.women_only FROM forum_posts p JOIN forum_threads t ON t.id = p.thread \
                 JOIN forums f ON f.id = t.forum WHERE p.id = $1",
            )
            .bind(post)
            .fetch_one(&mut *conn)
            .await?;
            let thread: uuid::Uuid = r.try_get("thread")?;
            let author: uuid::Uuid = r.try_get("author")?;
            let asker: uuid::Uuid = r.try_get("asker")?;
            let anonymous: bool = r.try_get("anonymous")?;
            let title: String = r.try_get("title")?;
            let at: time::OffsetDateTime = r.try_get("created_at")?;
            let women_only: bool = r.try_get("women_only")?;
            let body: String = r.try_get("body")?;
            let actor = (!(anonymous && author == asker)).then_some(author);
            let link = format!("/threads/{thread}#p-{post}");
            let mut told = vec![author];
            if post != thread && author != asker {
                let kind = if r.try_get::<bool, _>("question")? && r.try_get::<bool, _>("by_expert")? {
                    NoticeKind::Answer
                } else {
                    NoticeKind::Reply
                };
                notify(conn, asker, kind, actor, &title, &link, at).await?;
                told.push(asker);
            }
            for code in academy_domain::forum::mentions(&body) {
                let Some(m) = sqlx::query("SELECT id, gender, roles FROM members WHERE code = $1")
                    .bind(code.as_str())
                    .fetch_optional(&mut *conn)
                    .await?
                else {
                    continue;
                };
                let id: uuid::Uuid = m.try_get("id")?;
                let roles = Roles::from_bits(m.try_get("roles")?);
                let sees = !women_only
                    || m.try_get::<String, _>("gender")? == Gender::Woman.as_str()
                    || roles.has(Role::Moderator)
                    || roles.has(Role::Admin);
                if sees && !told.contains(&id) {
                    notify(conn, id, NoticeKind::Mention, actor, &title, &link, at).await?;
                    told.push(id);
                }
            }
            Ok(())
        }

        async fn insert_post(conn: &mut <$db as sqlx::Database>::Connection, post: &NewPost) -> Result<()> {
            sqlx::query(
                "INSERT INTO forum_posts (id, thread, author, by_expert, body, image, status, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(post.id)
            .bind(post.thread)
            .bind(post.author)
            .bind(post.by_expert)
            .bind(&post.body)
            .bind(&post.image)
            .bind(post.status.as_str())
            .bind(post.at.to_offset(time::UtcOffset::UTC))
            .execute(&mut *conn)
            .await
            .map_err(missing_reference)?;
            Ok(())
        }
    };
}
