//! Sync: merging a peer's rows into this database (last-writer-wins with the loser kept,
//! removals as tombstones, certificates from the centre, people registered twice flagged and
//! merged): the queries both databases share, as a macro expanded by each backend next to
//! `sync_queries!`, whose row types, columns and decoders it uses.

macro_rules! sync_merge_queries {
    ($store:ty, $db:ty, $row:ty) => {
        /// Keeps a version that lost a merge, once.
        async fn keep_version<T: serde::Serialize>(
            conn: &mut <$db as sqlx::Database>::Connection,
            table: &str,
            key: &str,
            hlc: i64,
            origin: Option<uuid::Uuid>,
            row: &T,
            out: &mut Applied,
        ) -> Result<()> {
            let kept: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sync_versions WHERE tbl = $1 AND key = $2 AND hlc = $3")
                .bind(table)
                .bind(key)
                .bind(hlc)
                .fetch_one(&mut *conn)
                .await?;
            if kept == 0 {
                let body = serde_json::to_string(row).map_err(corrupt)?;
                sqlx::query("INSERT INTO sync_versions (tbl, key, hlc, origin, body, kept_at) VALUES ($1, $2, $3, $4, $5, $6)")
                    .bind(table)
                    .bind(key)
                    .bind(hlc)
                    .bind(origin)
                    .bind(body)
                    .bind(time::OffsetDateTime::now_utc())
                    .execute(&mut *conn)
                    .await?;
                out.superseded += 1;
            }
            Ok(())
        }

        /// The hlc and origin of a row here, if it exists.
        async fn local_clock(
            conn: &mut <$db as sqlx::Database>::Connection,
            sql: &str,
            k1: uuid::Uuid,
            k2: Option<uuid::Uuid>,
        ) -> Result<Option<(i64, Option<uuid::Uuid>)>> {
            let mut q = sqlx::query_as::<_, (i64, Option<uuid::Uuid>)>(sql).bind(k1);
            if let Some(k2) = k2 {
                q = q.bind(k2);
            }
            Ok(q.fetch_optional(&mut *conn).await?)
        }

        /// Last-writer-wins between an arriving version of a record and the one here (with
        /// its origin): true when the arriving one is new or newer and is to be written, the
        /// one it replaces kept; false when it is the same, or older (then it is the one kept).
        async fn arriving_wins<T: serde::Serialize>(
            conn: &mut <$db as sqlx::Database>::Connection,
            table: &str,
            key: uuid::Uuid,
            arriving: (&T, i64),
            here: Option<(&T, i64, Option<uuid::Uuid>)>,
            from: uuid::Uuid,
            out: &mut Applied,
        ) -> Result<bool> {
            let key = key.to_string();
            match here {
                None => Ok(true),
                Some((_, hlc, _)) if hlc == arriving.1 => Ok(false),
                Some((_, hlc, _)) if arriving.1 < hlc => {
                    keep_version(conn, table, &key, arriving.1, Some(from), arriving.0, out).await?;
                    Ok(false)
                }
                Some((row, hlc, origin)) => {
                    keep_version(conn, table, &key, hlc, origin, row, out).await?;
                    Ok(true)
                }
            }
        }

        /// A record here by id, with its origin.
        async fn row_here<T>(
            conn: &mut <$db as sqlx::Database>::Connection,
            table: &str,
            columns: &str,
            id: uuid::Uuid,
            decode: fn(&$row) -> Result<T>,
        ) -> Result<Option<(T, Option<uuid::Uuid>)>> {
            let row = sqlx::query(&format!("SELECT {columns}, origin FROM {table} WHERE id = $1"))
                .bind(id)
                .fetch_optional(&mut *conn)
                .await?;
            row.map(|r| Ok((decode(&r)?, r.try_get("origin")?))).transpose()
        }

        /// An upsert by id of `columns` (the first is `id`) and `origin`, binds in that order.
        fn upsert_sql(table: &str, columns: &str) -> String {
            let cols: Vec<&str> = columns.split(',').map(str::trim).collect();
            let places: Vec<String> = (1..=cols.len() + 1).map(|i| format!("${i}")).collect();
            let sets: Vec<String> = cols[1..].iter().chain(std::iter::once(&"origin")).map(|c| format!("{c} = excluded.{c}")).collect();
            format!(
                "INSERT INTO {table} ({columns}, origin) VALUES ({}) ON CONFLICT (id) DO UPDATE SET {}",
                places.join(", "),
                sets.join(", ")
            )
        }

        /// Notes two records that may be one person, once.
        async fn flag_duplicate(
            conn: &mut <$db as sqlx::Database>::Connection,
            a: uuid::Uuid,
            b: uuid::Uuid,
            reason: &str,
            out: &mut Applied,
        ) -> Result<()> {
            let (a, b) = if a < b { (a, b) } else { (b, a) };
            let done = sqlx::query(
                "INSERT INTO member_duplicates (a, b, reason, found_at) VALUES ($1, $2, $3, $4) ON CONFLICT (a, b) DO NOTHING",
            )
            .bind(a)
            .bind(b)
            .bind(reason)
            .bind(time::OffsetDateTime::now_utc())
            .execute(&mut *conn)
            .await?;
            out.duplicates += done.rows_affected() as usize;
            Ok(())
        }

        /// Merges one member: new ones are written, newer versions replace older ones (the
        /// older kept). A phone or member code that another record here holds already is
        /// not taken over: the arriving record loses its phone (and gets a new code), both
        /// are flagged as possibly one person, and that change travels on as an edit made
        /// here. The same name, birth year and village are flagged too.
        /// What a batch's members meet here, read a few hundred at a time before they are
        /// merged: their current versions, and which of their phones, codes and (name, birth
        /// year, village) someone here holds already; the ones written since are added.
        #[derive(Default)]
        struct MembersHere {
            local: HashMap<uuid::Uuid, (MemberRow, Option<uuid::Uuid>)>,
            phones: std::collections::HashSet<String>,
            codes: std::collections::HashSet<String>,
            names: std::collections::HashSet<String>,
        }

        fn person_key(m: &MemberRow) -> String {
            format!("{}\u{1f}{:?}\u{1f}{:?}", m.full_name, m.birth_year, m.village)
        }

        async fn members_here(conn: &mut <$db as sqlx::Database>::Connection, members: &[MemberRow]) -> Result<MembersHere> {
            let mut here = MembersHere::default();
            for chunk in members.chunks(BATCH) {
                let ids: Vec<uuid::Uuid> = chunk.iter().map(|m| m.id).collect();
                let mut q = QueryBuilder::<$db>::new(format!("SELECT {SYNC_MEMBER}, origin FROM members WHERE id IN "));
                push_list(&mut q, &ids);
                for r in q.build().fetch_all(&mut *conn).await? {
                    let row = sync_member_row(&r)?;
                    here.local.insert(row.id, (row, r.try_get("origin")?));
                }
                let phones: Vec<String> = chunk.iter().filter_map(|m| m.phone.clone()).collect();
                let mut q = QueryBuilder::<$db>::new("SELECT phone FROM members WHERE phone IN ");
                push_list(&mut q, &phones);
                here.phones.extend(q.build_query_scalar::<String>().fetch_all(&mut *conn).await?);
                let codes: Vec<String> = chunk.iter().map(|m| m.code.clone()).collect();
                let mut q = QueryBuilder::<$db>::new("SELECT code FROM members WHERE code IN ");
                push_list(&mut q, &codes);
                here.codes.extend(q.build_query_scalar::<String>().fetch_all(&mut *conn).await?);
                let names: Vec<String> = chunk.iter().map(|m| m.full_name.clone()).collect();
                let mut q = QueryBuilder::<$db>::new("SELECT id, hlc, code, full_name, phone, gender, birth_year, state, district, village, \
                    stakeholder, language, roles, consent_on, consent_by, password_hash, pin_hash, card_version, registered_by, \
                    merged_into, search, created_at, updated_at FROM members WHERE full_name IN ");
                push_list(&mut q, &names);
                for r in q.build().fetch_all(&mut *conn).await? {
                    here.names.insert(person_key(&sync_member_row(&r)?));
                }
            }
            Ok(here)
        }

        async fn merge_member(
            conn: &mut <$db as sqlx::Database>::Connection,
            m: &MemberRow,
            from: uuid::Uuid,
            rules: &[CompletionRule],
            here: &mut MembersHere,
            out: &mut Applied,
        ) -> Result<()> {
            let local = here.local.get(&m.id).cloned();
            let local_version = local.as_ref().map(|(l, origin)| (l, l.hlc, *origin));
            if !arriving_wins(conn, "members", m.id, (m, m.hlc), local_version, from, out).await? {
                return Ok(());
            }
            let mut row = m.clone();
            let mut altered = false;
            // Flagged once the record is written (the flag refers to it).
            let mut twins: Vec<(uuid::Uuid, &str)> = Vec::new();
            if let Some(phone) = m.phone.as_ref().filter(|p| here.phones.contains(*p)) {
                let holder: Option<uuid::Uuid> = sqlx::query_scalar("SELECT id FROM members WHERE phone = $1 AND id <> $2")
                    .bind(phone)
                    .bind(m.id)
                    .fetch_optional(&mut *conn)
                    .await?;
                if let Some(holder) = holder {
                    twins.push((holder, "phone"));
                    row.phone = None;
                    altered = true;
                }
            }
            let code_holder: Option<uuid::Uuid> = if here.codes.contains(&m.code) {
                sqlx::query_scalar("SELECT id FROM members WHERE code = $1 AND id <> $2")
                    .bind(&m.code)
                    .bind(m.id)
                    .fetch_optional(&mut *conn)
                    .await?
            } else {
                None
            };
            if code_holder.is_some() {
                let state = State::parse("state", &m.state).map_err(corrupt)?;
                let number = reserve_codes(conn, state, 1).await?;
                row.code = MemberCode::new(state, number).as_str().to_string();
                altered = true;
            }
            if local.is_none() && here.names.contains(&person_key(m)) {
                let twin: Option<uuid::Uuid> = sqlx::query_scalar(
                    "SELECT id FROM members WHERE full_name = $1 AND birth_year = $2 AND village = $3 AND id <> $4 LIMIT 1",
                )
                .bind(&m.full_name)
                .bind(m.birth_year)
                .bind(&m.village)
                .bind(m.id)
                .fetch_optional(&mut *conn)
                .await?;
                if let Some(twin) = twin {
                    if !twins.iter().any(|(t, _)| *t == twin) {
                        twins.push((twin, "name"));
                    }
                }
            }
            // Columns in SYNC_MEMBER's order.
            sqlx::query(&upsert_sql("members", SYNC_MEMBER))
                .bind(row.id)
                .bind(row.hlc)
                .bind(&row.code)
                .bind(&row.full_name)
                .bind(&row.phone)
                .bind(&row.gender)
                .bind(row.birth_year)
                .bind(&row.state)
                .bind(&row.district)
                .bind(&row.village)
                .bind(&row.stakeholder)
                .bind(&row.language)
                .bind(row.roles)
                .bind(row.consent_on)
                .bind(&row.consent_by)
                .bind(&row.password_hash)
                .bind(&row.pin_hash)
                .bind(row.card_version)
                .bind(row.registered_by)
                .bind(row.merged_into)
                .bind(&row.search)
                .bind(row.created_at)
                .bind(row.updated_at)
                .bind(from)
                .execute(&mut *conn)
                .await
                .map_err(missing_reference)?;
            here.phones.extend(row.phone.clone());
            here.codes.insert(row.code.clone());
            here.names.insert(person_key(&row));
            if altered {
                // An edit made here: a new clock, so that it wins everywhere.
                sqlx::query("UPDATE members SET phone = phone WHERE id = $1").bind(m.id).execute(&mut *conn).await?;
            }
            for (twin, reason) in twins {
                flag_duplicate(conn, twin, m.id, reason, out).await?;
            }
            let was_merged = local.as_ref().and_then(|(l, _)| l.merged_into);
            if let Some(keep) = row.merged_into.filter(|k| Some(*k) != was_merged) {
                absorb(conn, keep, m.id, rules).await?;
                resolve_duplicate(conn, keep, m.id, None, "merged").await?;
            }
            out.rows += 1;
            Ok(())
        }

        /// Merges one organisation; a name taken here by another gets a number added.
        async fn merge_organisation(
            conn: &mut <$db as sqlx::Database>::Connection,
            o: &OrganisationRow,
            from: uuid::Uuid,
            out: &mut Applied,
        ) -> Result<()> {
            let local = row_here(conn, "organisations", SYNC_ORGANISATION, o.id, sync_organisation_row).await?;
            let local_version = local.as_ref().map(|(l, origin)| (l, l.hlc, *origin));
            if !arriving_wins(conn, "organisations", o.id, (o, o.hlc), local_version, from, out).await? {
                return Ok(());
            }
            let mut row = o.clone();
            let mut altered = false;
            for n in 2.. {
                let holder: Option<uuid::Uuid> = sqlx::query_scalar("SELECT id FROM organisations WHERE name_key = $1 AND id <> $2")
                    .bind(&row.name_key)
                    .bind(o.id)
                    .fetch_optional(&mut *conn)
                    .await?;
                if holder.is_none() {
                    break;
                }
                row.name = format!("{} ({n})", o.name);
                row.name_key = academy_domain::text::search_key(&row.name);
                altered = true;
            }
            sqlx::query(&upsert_sql("organisations", SYNC_ORGANISATION))
                .bind(row.id)
                .bind(row.hlc)
                .bind(&row.name)
                .bind(&row.name_key)
                .bind(&row.kind)
                .bind(&row.state)
                .bind(&row.district)
                .bind(&row.village)
                .bind(row.created_at)
                .bind(from)
                .execute(&mut *conn)
                .await?;
            if altered {
                sqlx::query("UPDATE organisations SET name = name WHERE id = $1").bind(o.id).execute(&mut *conn).await?;
            }
            out.rows += 1;
            Ok(())
        }

        /// Merges one cohort.
        async fn merge_cohort(
            conn: &mut <$db as sqlx::Database>::Connection,
            c: &CohortRow,
            from: uuid::Uuid,
            out: &mut Applied,
        ) -> Result<()> {
            let local = row_here(conn, "cohorts", SYNC_COHORT, c.id, sync_cohort_row).await?;
            let local_version = local.as_ref().map(|(l, origin)| (l, l.hlc, *origin));
            if !arriving_wins(conn, "cohorts", c.id, (c, c.hlc), local_version, from, out).await? {
                return Ok(());
            }
            sqlx::query(&upsert_sql("cohorts", SYNC_COHORT))
                .bind(c.id)
                .bind(c.hlc)
                .bind(&c.name)
                .bind(&c.state)
                .bind(&c.district)
                .bind(&c.village)
                .bind(c.organisation)
                .bind(&c.modules)
                .bind(c.created_at)
                .bind(from)
                .execute(&mut *conn)
                .await
                .map_err(missing_reference)?;
            out.rows += 1;
            Ok(())
        }

        /// Merges one group session.
        async fn merge_session(
            conn: &mut <$db as sqlx::Database>::Connection,
            s: &SessionRow,
            from: uuid::Uuid,
            out: &mut Applied,
        ) -> Result<()> {
            let local = row_here(conn, "group_sessions", SYNC_SESSION, s.id, sync_session_row).await?;
            let local_version = local.as_ref().map(|(l, origin)| (l, l.hlc, *origin));
            if !arriving_wins(conn, "group_sessions", s.id, (s, s.hlc), local_version, from, out).await? {
                return Ok(());
            }
            sqlx::query(&upsert_sql("group_sessions", SYNC_SESSION))
                .bind(s.id)
                .bind(s.hlc)
                .bind(s.cohort)
                .bind(s.starts_at)
                .bind(&s.place)
                .bind(s.latitude)
                .bind(s.longitude)
                .bind(s.facilitator)
                .bind(&s.module)
                .bind(&s.lessons)
                .bind(&s.notes)
                .bind(s.created_at)
                .bind(from)
                .execute(&mut *conn)
                .await
                .map_err(missing_reference)?;
            out.rows += 1;
            Ok(())
        }

        /// Merges one link row (membership, cohort member or facilitator): it is written
        /// unless a removal of it here is newer.
        async fn merge_link(
            conn: &mut <$db as sqlx::Database>::Connection,
            link: (&str, &str, &str),
            k: (uuid::Uuid, uuid::Uuid),
            hlc: i64,
            extra: Option<(&str, String)>,
            from: uuid::Uuid,
            out: &mut Applied,
        ) -> Result<()> {
            let (table, c1, c2) = link;
            let here = local_clock(conn, &format!("SELECT hlc, origin FROM {table} WHERE {c1} = $1 AND {c2} = $2"), k.0, Some(k.1)).await?;
            if here.is_some_and(|(h, _)| h >= hlc) {
                return Ok(());
            }
            let removed: Option<i64> = sqlx::query_scalar("SELECT hlc FROM sync_tombstones WHERE tbl = $1 AND k1 = $2 AND k2 = $3")
                .bind(table)
                .bind(k.0)
                .bind(k.1)
                .fetch_optional(&mut *conn)
                .await?;
            if removed.is_some_and(|r| r > hlc) {
                return Ok(());
            }
            let mut q = QueryBuilder::<$db>::new(format!("INSERT INTO {table} ({c1}, {c2}, hlc, origin"));
            if let Some((col, _)) = &extra {
                q.push(format!(", {col}"));
            }
            q.push(") VALUES (").push_bind(k.0).push(", ").push_bind(k.1).push(", ").push_bind(hlc).push(", ").push_bind(from);
            if let Some((col, value)) = &extra {
                // Joined-at times travel as text in one format; roles as words.
                if *col == "joined_at" {
                    let at = time::OffsetDateTime::parse(value, &time::format_description::well_known::Rfc3339).map_err(corrupt)?;
                    q.push(", ").push_bind(at);
                } else {
                    q.push(", ").push_bind(value.clone());
                }
            }
            q.push(format!(") ON CONFLICT ({c1}, {c2}) DO UPDATE SET hlc = excluded.hlc, origin = excluded.origin"));
            if let Some((col, _)) = &extra {
                q.push(format!(", {col} = excluded.{col}"));
            }
            q.build().execute(&mut *conn).await.map_err(missing_reference)?;
            out.rows += 1;
            Ok(())
        }

        /// Merges one removal: the link goes unless it was written here later than it was
        /// removed there.
        async fn merge_tombstone(
            conn: &mut <$db as sqlx::Database>::Connection,
            t: &TombstoneRow,
            from: uuid::Uuid,
            out: &mut Applied,
        ) -> Result<()> {
            let (c1, c2) = match t.table.as_str() {
                "memberships" => ("organisation_id", "member_id"),
                "cohort_members" => ("cohort", "member"),
                other => return Err(corrupt(format!("a removal from an unknown table {other:?}"))),
            };
            let here: Option<i64> = sqlx::query_scalar("SELECT hlc FROM sync_tombstones WHERE tbl = $1 AND k1 = $2 AND k2 = $3")
                .bind(&t.table)
                .bind(t.k1)
                .bind(t.k2)
                .fetch_optional(&mut *conn)
                .await?;
            if here.is_some_and(|h| h >= t.hlc) {
                return Ok(());
            }
            let row = local_clock(conn, &format!("SELECT hlc, origin FROM {} WHERE {c1} = $1 AND {c2} = $2", t.table), t.k1, Some(t.k2)).await?;
            if row.is_some_and(|(h, _)| h > t.hlc) {
                return Ok(());
            }
            if row.is_some() {
                sqlx::query(&format!("DELETE FROM {} WHERE {c1} = $1 AND {c2} = $2", t.table))
                    .bind(t.k1)
                    .bind(t.k2)
                    .execute(&mut *conn)
                    .await?;
            }
            sqlx::query(
                "INSERT INTO sync_tombstones (tbl, k1, k2, hlc, origin) VALUES ($1, $2, $3, $4, $5) \
                 ON CONFLICT (tbl, k1, k2) DO UPDATE SET hlc = excluded.hlc, origin = excluded.origin",
            )
            .bind(&t.table)
            .bind(t.k1)
            .bind(t.k2)
            .bind(t.hlc)
            .bind(from)
            .execute(&mut *conn)
            .await?;
            out.rows += 1;
            Ok(())
        }

        /// Merges one certificate from the central academy (its issuer): its version wins,
        /// and a certificate this node holds for the same achievement or revocation place
        /// gives way to it.
        async fn merge_certificate(
            conn: &mut <$db as sqlx::Database>::Connection,
            c: &CertificateRow,
            from: uuid::Uuid,
            out: &mut Applied,
        ) -> Result<()> {
            let here = local_clock(conn, "SELECT hlc, origin FROM certificates WHERE id = $1", c.id, None).await?;
            if here.is_some_and(|(h, _)| h >= c.hlc) {
                return Ok(());
            }
            sqlx::query("DELETE FROM certificates WHERE id <> $1 AND ((member = $2 AND achievement = $3) OR status_index = $4)")
                .bind(c.id)
                .bind(c.member)
                .bind(&c.achievement)
                .bind(c.status_index)
                .execute(&mut *conn)
                .await?;
            sqlx::query(
                "INSERT INTO certificates (id, hlc, member, achievement, issued_at, revoked_at, revoked_reason, status_index, issued_by, origin) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO UPDATE SET hlc = excluded.hlc, \
                 revoked_at = excluded.revoked_at, revoked_reason = excluded.revoked_reason, origin = excluded.origin",
            )
            .bind(c.id)
            .bind(c.hlc)
            .bind(c.member)
            .bind(&c.achievement)
            .bind(c.issued_at)
            .bind(c.revoked_at)
            .bind(&c.revoked_reason)
            .bind(c.status_index)
            .bind(c.issued_by)
            .bind(from)
            .execute(&mut *conn)
            .await
            .map_err(missing_reference)?;
            out.rows += 1;
            Ok(())
        }

        /// Members in an order that writes each before any member of the batch naming it.
        fn members_in_order(members: &[MemberRow]) -> Vec<&MemberRow> {
            let mut left: Vec<&MemberRow> = members.iter().collect();
            let mut out = Vec::with_capacity(left.len());
            while !left.is_empty() {
                let pending: std::collections::BTreeSet<uuid::Uuid> = left.iter().map(|m| m.id).collect();
                let (ready, rest): (Vec<&MemberRow>, Vec<&MemberRow>) = left.into_iter().partition(|m| {
                    [m.registered_by, m.merged_into].into_iter().flatten().all(|r| r == m.id || !pending.contains(&r))
                });
                if ready.is_empty() {
                    // A loop of references: write them as they come and let the database say.
                    out.extend(rest);
                    break;
                }
                out.extend(ready);
                left = rest;
            }
            out
        }

        /// Marks a flagged pair as looked at: `merged`, or `apart` (two people after all).
        async fn resolve_duplicate(
            conn: &mut <$db as sqlx::Database>::Connection,
            a: uuid::Uuid,
            b: uuid::Uuid,
            by: Option<uuid::Uuid>,
            resolution: &str,
        ) -> Result<bool> {
            let (a, b) = if a < b { (a, b) } else { (b, a) };
            let done = sqlx::query(
                "UPDATE member_duplicates SET resolved_at = $1, resolved_by = $2, resolution = $3 \
                 WHERE a = $4 AND b = $5 AND resolved_at IS NULL",
            )
            .bind(time::OffsetDateTime::now_utc())
            .bind(by)
            .bind(resolution)
            .bind(a)
            .bind(b)
            .execute(&mut *conn)
            .await?;
            Ok(done.rows_affected() > 0)
        }

        /// Makes `merged` part of `keep`, in this database: `merged`'s learning records count
        /// as `keep`'s (their ids unchanged, so that every database doing the same agrees), its
        /// certificates and links move over, and `keep`'s progress is derived again from all
        /// of them. Both profiles stay (`merged` names `keep` in `merged_into`). Every
        /// database does this when it learns of the merge.
        async fn absorb(
            conn: &mut <$db as sqlx::Database>::Connection,
            keep: uuid::Uuid,
            merged: uuid::Uuid,
            rules: &[CompletionRule],
        ) -> Result<()> {
            // New places in the change order, so that the records travel again under `keep`
            // (to a node that has `keep` in its scope and not `merged`, say).
            let moved: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM statements WHERE actor = $1")
                .bind(merged)
                .fetch_one(&mut *conn)
                .await?;
            let base: i64 = sqlx::query_scalar("UPDATE sync_clock SET seq = seq + $1 WHERE id = 1 RETURNING seq - $1")
                .bind(moved)
                .fetch_one(&mut *conn)
                .await?;
            sqlx::query(
                "UPDATE statements SET actor = $1, seq = x.place FROM \
                 (SELECT id, $3 + ROW_NUMBER() OVER (ORDER BY seq, id) AS place FROM statements WHERE actor = $2) x \
                 WHERE statements.id = x.id",
            )
            .bind(keep)
            .bind(merged)
            .bind(base)
            .execute(&mut *conn)
            .await?;
            // hlc = 0: stamped as a change made here, so that the move travels too.
            sqlx::query(
                "UPDATE certificates SET member = $1, hlc = 0 WHERE member = $2 \
                 AND achievement NOT IN (SELECT achievement FROM certificates WHERE member = $1)",
            )
            .bind(keep)
            .bind(merged)
            .execute(&mut *conn)
            .await?;
            for (table, member_col, other) in [("memberships", "member_id", "organisation_id"), ("cohort_members", "member", "cohort")] {
                sqlx::query(&format!(
                    "INSERT INTO {table} ({other}, {member_col}{extra}) SELECT {other}, $1{extra} FROM {table} WHERE {member_col} = $2 \
                     ON CONFLICT ({other}, {member_col}) DO NOTHING",
                    extra = if table == "memberships" { ", role" } else { ", joined_at" },
                ))
                .bind(keep)
                .bind(merged)
                .execute(&mut *conn)
                .await?;
                sqlx::query(&format!("DELETE FROM {table} WHERE {member_col} = $1")).bind(merged).execute(&mut *conn).await?;
            }
            for table in ["lesson_progress", "module_progress", "test_results", "session_attendance"] {
                sqlx::query(&format!("DELETE FROM {table} WHERE member = $1 OR member = $2"))
                    .bind(keep)
                    .bind(merged)
                    .execute(&mut *conn)
                    .await?;
            }
            let rows = sqlx::query(&format!("SELECT {SYNC_STATEMENT} FROM statements WHERE actor = $1 ORDER BY at, id"))
                .bind(keep)
                .fetch_all(&mut *conn)
                .await?;
            let mut modules: BTreeMap<String, Statement> = BTreeMap::new();
            for r in &rows {
                let st = statement_from_sync(&sync_statement_row(r)?)?;
                derive_progress(conn, &st).await?;
                if let Some(m) = module_of(&st.object) {
                    modules.entry(m.to_string()).or_insert(st.clone());
                }
            }
            let issue = issues_certificates(conn).await?;
            let now = time::OffsetDateTime::now_utc();
            for (module, trigger) in &modules {
                if let Some(rule) = rules.iter().find(|r| &r.module == module) {
                    complete_module_if_done(conn, trigger, rule, now, issue).await?;
                }
            }
            sqlx::query(
                "UPDATE members SET last_active_at = (SELECT MAX(at) FROM statements WHERE actor = $1) WHERE id = $1",
            )
            .bind(keep)
            .execute(&mut *conn)
            .await?;
            refresh_facts(conn, &[keep, merged]).await?;
            Ok(())
        }
    };
}
