//! Sync: the change feed after a cursor, applying a peer's batch in one transaction (its rows are
//! merged by `sync_merge_queries!`), and the registry of field nodes: the queries both databases
//! share, as a macro expanded by each backend.

macro_rules! sync_queries {
    ($store:ty, $db:ty, $row:ty) => {
        use $crate::sync::{
            Applied, Batch, CertificateRow, CohortMemberRow, CohortRow, Cursor, Duplicate, FacilitatorRow,
            MemberRow, MembershipRow, OrganisationRow, Peer, Scope, SessionRow, StatementRow, SyncNode,
            TombstoneRow,
        };

        const SYNC_MEMBER: &str = "id, hlc, code, full_name, phone, gender, birth_year, state, district, village, \
            stakeholder, language, roles, consent_on, consent_by, password_hash, pin_hash, card_version, \
            registered_by, merged_into, search, created_at, updated_at";
        const SYNC_ORGANISATION: &str = "id, hlc, name, name_key, kind, state, district, village, created_at";
        const SYNC_MEMBERSHIP: &str = "organisation_id, member_id, role, hlc";
        const SYNC_COHORT: &str = "id, hlc, name, state, district, village, organisation, modules, created_at";
        const SYNC_FACILITATOR: &str = "cohort, member, hlc";
        const SYNC_COHORT_MEMBER: &str = "cohort, member, joined_at, hlc";
        const SYNC_SESSION: &str = "id, hlc, cohort, starts_at, place, latitude, longitude, facilitator, module, lessons, notes, created_at";
        const SYNC_STATEMENT: &str = "id, actor, verb, object, parent, score, max_score, success, response, lang, via, at";
        const SYNC_CERTIFICATE: &str = "id, hlc, member, achievement, issued_at, revoked_at, revoked_reason, status_index, issued_by";
        const SYNC_TOMBSTONE: &str = "tbl, k1, k2, hlc";
        const SYNC_NODE: &str = "id, name, districts, cohorts, code_block, created_at, revoked_at, last_seen_at, received";

        /// A time to the microsecond, PostgreSQL's precision: what travels is the same
        /// whichever database it was read from.
        fn micros(t: time::OffsetDateTime) -> time::OffsetDateTime {
            t.replace_nanosecond(t.nanosecond() / 1000 * 1000).unwrap_or(t)
        }

        fn sync_member_row(r: &$row) -> Result<MemberRow> {
            Ok(MemberRow {
                id: r.try_get("id")?,
                hlc: r.try_get("hlc")?,
                code: r.try_get("code")?,
                full_name: r.try_get("full_name")?,
                phone: r.try_get("phone")?,
                gender: r.try_get("gender")?,
                birth_year: r.try_get("birth_year")?,
                state: r.try_get("state")?,
                district: r.try_get("district")?,
                village: r.try_get("village")?,
                stakeholder: r.try_get("stakeholder")?,
                language: r.try_get("language")?,
                roles: r.try_get("roles")?,
                consent_on: r.try_get("consent_on")?,
                consent_by: r.try_get("consent_by")?,
                password_hash: r.try_get("password_hash")?,
                pin_hash: r.try_get("pin_hash")?,
                card_version: r.try_get("card_version")?,
                registered_by: r.try_get("registered_by")?,
                merged_into: r.try_get("merged_into")?,
                search: r.try_get("search")?,
                created_at: micros(r.try_get("created_at")?),
                updated_at: micros(r.try_get("updated_at")?),
            })
        }

        fn sync_organisation_row(r: &$row) -> Result<OrganisationRow> {
            Ok(OrganisationRow {
                id: r.try_get("id")?,
                hlc: r.try_get("hlc")?,
                name: r.try_get("name")?,
                name_key: r.try_get("name_key")?,
                kind: r.try_get("kind")?,
                state: r.try_get("state")?,
                district: r.try_get("district")?,
                village: r.try_get("village")?,
                created_at: micros(r.try_get("created_at")?),
            })
        }

        fn sync_membership_row(r: &$row) -> Result<MembershipRow> {
            Ok(MembershipRow {
                organisation: r.try_get("organisation_id")?,
                member: r.try_get("member_id")?,
                role: r.try_get("role")?,
                hlc: r.try_get("hlc")?,
            })
        }

        fn sync_cohort_row(r: &$row) -> Result<CohortRow> {
            Ok(CohortRow {
                id: r.try_get("id")?,
                hlc: r.try_get("hlc")?,
                name: r.try_get("name")?,
                state: r.try_get("state")?,
                district: r.try_get("district")?,
                village: r.try_get("village")?,
                organisation: r.try_get("organisation")?,
                modules: r.try_get("modules")?,
                created_at: micros(r.try_get("created_at")?),
            })
        }

        fn sync_facilitator_row(r: &$row) -> Result<FacilitatorRow> {
            Ok(FacilitatorRow { cohort: r.try_get("cohort")?, member: r.try_get("member")?, hlc: r.try_get("hlc")? })
        }

        fn sync_cohort_member_row(r: &$row) -> Result<CohortMemberRow> {
            Ok(CohortMemberRow {
                cohort: r.try_get("cohort")?,
                member: r.try_get("member")?,
                joined_at: micros(r.try_get("joined_at")?),
                hlc: r.try_get("hlc")?,
            })
        }

        fn sync_session_row(r: &$row) -> Result<SessionRow> {
            Ok(SessionRow {
                id: r.try_get("id")?,
                hlc: r.try_get("hlc")?,
                cohort: r.try_get("cohort")?,
                starts_at: micros(r.try_get("starts_at")?),
                place: r.try_get("place")?,
                latitude: r.try_get("latitude")?,
                longitude: r.try_get("longitude")?,
                facilitator: r.try_get("facilitator")?,
                module: r.try_get("module")?,
                lessons: r.try_get("lessons")?,
                notes: r.try_get("notes")?,
                created_at: micros(r.try_get("created_at")?),
            })
        }

        fn sync_statement_row(r: &$row) -> Result<StatementRow> {
            let at: time::OffsetDateTime = r.try_get("at")?;
            let via: String = r.try_get("via")?;
            Ok(StatementRow {
                id: r.try_get("id")?,
                actor: r.try_get("actor")?,
                verb: r.try_get("verb")?,
                object: r.try_get("object")?,
                parent: r.try_get("parent")?,
                score: r.try_get("score")?,
                max_score: r.try_get("max_score")?,
                success: r.try_get("success")?,
                response: r.try_get("response")?,
                lang: r.try_get("lang")?,
                facilitated: via == "facilitated",
                at: (at.unix_timestamp_nanos() / 1_000_000) as i64,
            })
        }

        fn sync_certificate_row(r: &$row) -> Result<CertificateRow> {
            Ok(CertificateRow {
                id: r.try_get("id")?,
                hlc: r.try_get("hlc")?,
                member: r.try_get("member")?,
                achievement: r.try_get("achievement")?,
                issued_at: micros(r.try_get("issued_at")?),
                revoked_at: r.try_get::<Option<time::OffsetDateTime>, _>("revoked_at")?.map(micros),
                revoked_reason: r.try_get("revoked_reason")?,
                status_index: r.try_get("status_index")?,
                issued_by: r.try_get("issued_by")?,
            })
        }

        fn sync_tombstone_row(r: &$row) -> Result<TombstoneRow> {
            Ok(TombstoneRow { table: r.try_get("tbl")?, k1: r.try_get("k1")?, k2: r.try_get("k2")?, hlc: r.try_get("hlc")? })
        }

        fn sync_node_row(r: &$row) -> Result<SyncNode> {
            let districts: String = r.try_get("districts")?;
            let cohorts: String = r.try_get("cohorts")?;
            Ok(SyncNode {
                id: r.try_get("id")?,
                name: r.try_get("name")?,
                scope: Scope {
                    districts: districts.split(',').filter(|d| !d.is_empty()).map(String::from).collect(),
                    cohorts: cohorts.split(',').filter_map(|c| c.parse().ok()).collect(),
                },
                code_block: r.try_get("code_block")?,
                created_at: micros(r.try_get("created_at")?),
                revoked_at: r.try_get("revoked_at")?,
                last_seen_at: r.try_get("last_seen_at")?,
                received: r.try_get("received")?,
            })
        }

        /// A statement as the learning log knows it, from its travelling form.
        fn statement_from_sync(s: &StatementRow) -> Result<Statement> {
            let at = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(s.at) * 1_000_000)
                .map_err(|e| corrupt(format!("statement {}: time: {e}", s.id)))?;
            Ok(Statement {
                id: s.id,
                actor: s.actor,
                verb: Verb::parse("verb", &s.verb).map_err(|_| corrupt(format!("statement {}: verb {:?}", s.id, s.verb)))?,
                object: Activity::parse(&s.object).ok_or_else(|| corrupt(format!("statement {}: object {:?}", s.id, s.object)))?,
                parent: s.parent,
                outcome: Outcome {
                    score: s.score.map(i64::from),
                    max_score: s.max_score.map(i64::from),
                    success: s.success,
                    response: s.response.clone(),
                },
                lang: Language::parse("lang", &s.lang).map_err(|_| corrupt(format!("statement {}: language {:?}", s.id, s.lang)))?,
                facilitated: s.facilitated,
                at,
            })
        }

        /// `(v1, v2, …)` of binds, or `(NULL)` for none (which matches nothing).
        fn push_list<'a, T>(q: &mut QueryBuilder<'a, $db>, values: &'a [T])
        where
            T: 'a + sqlx::Encode<'a, $db> + sqlx::Type<$db> + Send + Sync + Clone,
        {
            q.push("(");
            if values.is_empty() {
                q.push("NULL");
            }
            let mut list = q.separated(", ");
            for v in values {
                list.push_bind(v.clone());
            }
            q.push(")");
        }

        /// The cohorts a scope covers, as a subquery.
        fn push_scope_cohorts<'a>(q: &mut QueryBuilder<'a, $db>, scope: &'a Scope) {
            q.push("SELECT sc.id FROM cohorts sc WHERE sc.id IN ");
            push_list(q, &scope.cohorts);
            q.push(" OR sc.district IN ");
            push_list(q, &scope.districts);
        }

        /// The members a scope covers, as a subquery: of its districts, of its cohorts, and
        /// every member with a role beyond learner.
        fn push_scope_members<'a>(q: &mut QueryBuilder<'a, $db>, scope: &'a Scope) {
            q.push("SELECT sm.id FROM members sm WHERE (sm.roles & 30) <> 0 OR sm.district IN ");
            push_list(q, &scope.districts);
            q.push(" OR sm.id IN (SELECT cm.member FROM cohort_members cm WHERE cm.cohort IN (");
            push_scope_cohorts(q, scope);
            q.push(")) OR sm.id IN (SELECT cf.member FROM cohort_facilitators cf WHERE cf.cohort IN (");
            push_scope_cohorts(q, scope);
            q.push("))");
        }

        /// Reads one table's changes in `(after, upto]`, not from `exclude`, within the scope
        /// (`member_col`: the column naming a member, `cohort_col`: one naming a cohort).
        #[allow(clippy::too_many_arguments)]
        async fn feed<'a, T>(
            conn: &mut <$db as sqlx::Database>::Connection,
            table: &str,
            columns: &str,
            after: i64,
            upto: i64,
            exclude: Option<uuid::Uuid>,
            scope: Option<&'a Scope>,
            member_col: Option<&str>,
            cohort_col: Option<&str>,
            limit: i64,
            decode: fn(&$row) -> Result<T>,
        ) -> Result<Vec<(i64, T)>> {
            let mut q = QueryBuilder::<$db>::new(format!("SELECT seq, {columns} FROM {table} WHERE seq > "));
            q.push_bind(after).push(" AND seq <= ").push_bind(upto);
            if let Some(peer) = exclude {
                q.push(" AND (origin IS NULL OR origin <> ").push_bind(peer).push(")");
            }
            if let Some(scope) = scope {
                if let Some(col) = member_col {
                    q.push(format!(" AND {col} IN ("));
                    push_scope_members(&mut q, scope);
                    q.push(")");
                }
                if let Some(col) = cohort_col {
                    q.push(format!(" AND {col} IN ("));
                    push_scope_cohorts(&mut q, scope);
                    q.push(")");
                }
            }
            q.push(" ORDER BY seq LIMIT ").push_bind(limit);
            let rows = q.build().fetch_all(&mut *conn).await?;
            rows.iter().map(|r| Ok((r.try_get::<i64, _>("seq")?, decode(r)?))).collect()
        }

        /// Rows of `table` by id, whatever their place in the change order.
        async fn rows_by_id<T>(
            conn: &mut <$db as sqlx::Database>::Connection,
            table: &str,
            columns: &str,
            ids: &[uuid::Uuid],
            decode: fn(&$row) -> Result<T>,
        ) -> Result<Vec<T>> {
            let mut out = Vec::new();
            for chunk in ids.chunks(BATCH) {
                let mut q = QueryBuilder::<$db>::new(format!("SELECT {columns} FROM {table} WHERE id IN "));
                push_list(&mut q, chunk);
                for r in q.build().fetch_all(&mut *conn).await? {
                    out.push(decode(&r)?);
                }
            }
            Ok(out)
        }

        /// Adds what the rows of a batch refer to and the batch lacks (a statement's member,
        /// a session's cohort, …), so that the receiver can write them in any order of
        /// batches: copies of rows it has already are merged as no change.
        async fn add_references(conn: &mut <$db as sqlx::Database>::Connection, b: &mut Batch) -> Result<()> {
            let have: std::collections::BTreeSet<uuid::Uuid> = b.cohorts.iter().map(|c| c.id).collect();
            let mut want: std::collections::BTreeSet<uuid::Uuid> = b.sessions.iter().map(|s| s.cohort).collect();
            want.extend(b.cohort_members.iter().map(|c| c.cohort));
            want.extend(b.cohort_facilitators.iter().map(|c| c.cohort));
            let missing: Vec<uuid::Uuid> = want.difference(&have).copied().collect();
            let extra = rows_by_id(conn, "cohorts", SYNC_COHORT, &missing, sync_cohort_row).await?;
            b.cohorts.extend(extra);

            let have: std::collections::BTreeSet<uuid::Uuid> = b.organisations.iter().map(|o| o.id).collect();
            let mut want: std::collections::BTreeSet<uuid::Uuid> = b.cohorts.iter().filter_map(|c| c.organisation).collect();
            want.extend(b.memberships.iter().map(|m| m.organisation));
            let missing: Vec<uuid::Uuid> = want.difference(&have).copied().collect();
            let extra = rows_by_id(conn, "organisations", SYNC_ORGANISATION, &missing, sync_organisation_row).await?;
            b.organisations.extend(extra);

            let mut want: std::collections::BTreeSet<uuid::Uuid> = b.statements.iter().map(|s| s.actor).collect();
            want.extend(b.memberships.iter().map(|m| m.member));
            want.extend(b.cohort_members.iter().map(|m| m.member));
            want.extend(b.cohort_facilitators.iter().map(|m| m.member));
            want.extend(b.sessions.iter().map(|s| s.facilitator));
            want.extend(b.certificates.iter().flat_map(|c| [Some(c.member), c.issued_by]).flatten());
            // A member may name who registered them: follow such links a few steps.
            for _ in 0..4 {
                want.extend(b.members.iter().flat_map(|m| [m.registered_by, m.merged_into]).flatten());
                let have: std::collections::BTreeSet<uuid::Uuid> = b.members.iter().map(|m| m.id).collect();
                let missing: Vec<uuid::Uuid> = want.difference(&have).copied().collect();
                if missing.is_empty() {
                    break;
                }
                let extra = rows_by_id(conn, "members", SYNC_MEMBER, &missing, sync_member_row).await?;
                if extra.is_empty() {
                    break;
                }
                b.members.extend(extra);
            }
            Ok(())
        }

        #[async_trait::async_trait]
        impl SyncStore for $store {
            async fn sync_identity(&self) -> Result<uuid::Uuid> {
                Ok(sqlx::query_scalar("SELECT node FROM sync_clock WHERE id = 1").fetch_one(self.reader()).await?)
            }

            async fn set_clock_offset(&self, ms: i64) -> Result<()> {
                sqlx::query("UPDATE sync_clock SET offset_ms = $1 WHERE id = 1").bind(ms).execute(self.writer()).await?;
                Ok(())
            }

            async fn register_node(
                &self,
                name: &str,
                scope: &Scope,
                token_hash: &str,
                by: Option<uuid::Uuid>,
                at: time::OffsetDateTime,
            ) -> Result<SyncNode> {
                let mut tx = self.writer().begin().await?;
                let taken: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sync_nodes").fetch_one(&mut *tx).await?;
                let code_block = $crate::sync::FIRST_CODE_BLOCK + taken * $crate::sync::CODE_BLOCK_SIZE;
                let id = uuid::Uuid::now_v7();
                let cohorts: Vec<String> = scope.cohorts.iter().map(|c| c.to_string()).collect();
                sqlx::query(
                    "INSERT INTO sync_nodes (id, name, token_hash, districts, cohorts, code_block, created_by, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                )
                .bind(id)
                .bind(name)
                .bind(token_hash)
                .bind(scope.districts.join(","))
                .bind(cohorts.join(","))
                .bind(code_block)
                .bind(by)
                .bind(at)
                .execute(&mut *tx)
                .await
                .map_err(unique_violation)?;
                audit(&mut tx, by, "node.register", &format!("node:{id}"), name, at).await?;
                tx.commit().await?;
                let row = sqlx::query(&format!("SELECT {SYNC_NODE} FROM sync_nodes WHERE id = $1")).bind(id).fetch_one(self.writer()).await?;
                sync_node_row(&row)
            }

            async fn sync_nodes(&self) -> Result<Vec<SyncNode>> {
                let rows = sqlx::query(&format!("SELECT {SYNC_NODE} FROM sync_nodes ORDER BY created_at")).fetch_all(self.reader()).await?;
                rows.iter().map(sync_node_row).collect()
            }

            async fn sync_node_by_token(&self, token_hash: &str) -> Result<Option<SyncNode>> {
                let row = sqlx::query(&format!("SELECT {SYNC_NODE} FROM sync_nodes WHERE token_hash = $1"))
                    .bind(token_hash)
                    .fetch_optional(self.writer())
                    .await?;
                row.as_ref().map(sync_node_row).transpose()
            }

            async fn revoke_sync_node(&self, id: uuid::Uuid, by: uuid::Uuid, at: time::OffsetDateTime) -> Result<()> {
                let mut tx = self.writer().begin().await?;
                let done = sqlx::query("UPDATE sync_nodes SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
                    .bind(at)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                audit(&mut tx, Some(by), "node.revoke", &format!("node:{id}"), "", at).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn sync_node_seen(&self, id: uuid::Uuid, at: time::OffsetDateTime) -> Result<()> {
                sqlx::query("UPDATE sync_nodes SET last_seen_at = $1 WHERE id = $2").bind(at).bind(id).execute(self.writer()).await?;
                Ok(())
            }

            async fn changes(&self, after: i64, exclude: Option<uuid::Uuid>, scope: Option<&Scope>, limit: usize) -> Result<Batch> {
                let mut tx = self.reader().begin().await?;
                let last: i64 = sqlx::query_scalar("SELECT seq FROM sync_clock WHERE id = 1").fetch_one(&mut *tx).await?;
                let n = limit as i64 + 1;
                let c = &mut *tx;
                let organisations = feed(c, "organisations", SYNC_ORGANISATION, after, last, exclude, None, None, None, n, sync_organisation_row).await?;
                let members = feed(c, "members", SYNC_MEMBER, after, last, exclude, scope, Some("id"), None, n, sync_member_row).await?;
                let memberships = feed(c, "memberships", SYNC_MEMBERSHIP, after, last, exclude, scope, Some("member_id"), None, n, sync_membership_row).await?;
                let cohorts = feed(c, "cohorts", SYNC_COHORT, after, last, exclude, scope, None, Some("id"), n, sync_cohort_row).await?;
                let facilitators = feed(c, "cohort_facilitators", SYNC_FACILITATOR, after, last, exclude, scope, None, Some("cohort"), n, sync_facilitator_row).await?;
                let cohort_members = feed(c, "cohort_members", SYNC_COHORT_MEMBER, after, last, exclude, scope, None, Some("cohort"), n, sync_cohort_member_row).await?;
                let sessions = feed(c, "group_sessions", SYNC_SESSION, after, last, exclude, scope, None, Some("cohort"), n, sync_session_row).await?;
                let statements = feed(c, "statements", SYNC_STATEMENT, after, last, exclude, scope, Some("actor"), None, n, sync_statement_row).await?;
                let certificates = feed(c, "certificates", SYNC_CERTIFICATE, after, last, exclude, scope, Some("member"), None, n, sync_certificate_row).await?;
                let tombstones = feed(c, "sync_tombstones", SYNC_TOMBSTONE, after, last, exclude, None, None, None, n, sync_tombstone_row).await?;

                let mut seqs: Vec<i64> = organisations.iter().map(|r| r.0)
                    .chain(members.iter().map(|r| r.0))
                    .chain(memberships.iter().map(|r| r.0))
                    .chain(cohorts.iter().map(|r| r.0))
                    .chain(facilitators.iter().map(|r| r.0))
                    .chain(cohort_members.iter().map(|r| r.0))
                    .chain(sessions.iter().map(|r| r.0))
                    .chain(statements.iter().map(|r| r.0))
                    .chain(certificates.iter().map(|r| r.0))
                    .chain(tombstones.iter().map(|r| r.0))
                    .collect();
                seqs.sort_unstable();
                let (upto, more) = if seqs.len() > limit { (seqs[limit - 1], true) } else { (last, false) };
                fn upto_of<T>(rows: Vec<(i64, T)>, upto: i64) -> Vec<T> {
                    rows.into_iter().filter(|(s, _)| *s <= upto).map(|(_, r)| r).collect()
                }
                let mut batch = Batch {
                    after,
                    upto,
                    more,
                    organisations: upto_of(organisations, upto),
                    members: upto_of(members, upto),
                    memberships: upto_of(memberships, upto),
                    cohorts: upto_of(cohorts, upto),
                    cohort_facilitators: upto_of(facilitators, upto),
                    cohort_members: upto_of(cohort_members, upto),
                    sessions: upto_of(sessions, upto),
                    statements: upto_of(statements, upto),
                    certificates: upto_of(certificates, upto),
                    tombstones: upto_of(tombstones, upto),
                };
                add_references(&mut tx, &mut batch).await?;
                tx.commit().await?;
                Ok(batch)
            }

            async fn apply_batch(&self, batch: &Batch, from: uuid::Uuid, cursor: Cursor, rules: &[CompletionRule]) -> Result<Applied> {
                let statements: Vec<Statement> = batch.statements.iter().map(statement_from_sync).collect::<Result<_>>()?;
                let mut tx = self.writer().begin().await?;
                let mut out = Applied::default();
                let mut touched: std::collections::BTreeSet<uuid::Uuid> = std::collections::BTreeSet::new();
                for o in &batch.organisations {
                    merge_organisation(&mut tx, o, from, &mut out).await?;
                }
                let mut here = members_here(&mut tx, &batch.members).await?;
                for m in members_in_order(&batch.members) {
                    merge_member(&mut tx, m, from, rules, &mut here, &mut out).await?;
                    touched.insert(m.id);
                }
                for m in &batch.memberships {
                    merge_link(&mut tx, ("memberships", "organisation_id", "member_id"), (m.organisation, m.member), m.hlc, Some(("role", m.role.clone())), from, &mut out).await?;
                }
                for c in &batch.cohorts {
                    merge_cohort(&mut tx, c, from, &mut out).await?;
                }
                for f in &batch.cohort_facilitators {
                    merge_link(&mut tx, ("cohort_facilitators", "cohort", "member"), (f.cohort, f.member), f.hlc, None, from, &mut out).await?;
                }
                for m in &batch.cohort_members {
                    let joined = m.joined_at.format(&time::format_description::well_known::Rfc3339).map_err(corrupt)?;
                    merge_link(&mut tx, ("cohort_members", "cohort", "member"), (m.cohort, m.member), m.hlc, Some(("joined_at", joined)), from, &mut out).await?;
                }
                for s in &batch.sessions {
                    merge_session(&mut tx, s, from, &mut out).await?;
                }
                let t_records = std::time::Instant::now();
                let (new, latest) = record_in(&mut tx, &statements, rules, Some(from)).await?;
                let records_took = t_records.elapsed();
                out.statements = new;
                touched.extend(latest.into_keys());
                // Certificates come from the central academy only, which signs them.
                if cursor == Cursor::Central {
                    for c in &batch.certificates {
                        merge_certificate(&mut tx, c, from, &mut out).await?;
                        touched.insert(c.member);
                    }
                }
                for t in &batch.tombstones {
                    merge_tombstone(&mut tx, t, from, &mut out).await?;
                }
                let touched: Vec<uuid::Uuid> = touched.into_iter().collect();
                let t_facts = std::time::Instant::now();
                refresh_facts(&mut tx, &touched).await?;
                tracing::debug!(
                    rows = batch.len(),
                    members = batch.members.len(),
                    statements = batch.statements.len(),
                    records_ms = records_took.as_millis() as u64,
                    facts_ms = t_facts.elapsed().as_millis() as u64,
                    touched = touched.len(),
                    "merged a batch"
                );
                let moved = match cursor {
                    Cursor::Node(node) => sqlx::query("UPDATE sync_nodes SET received = $1 WHERE id = $2 AND received >= $3")
                        .bind(batch.upto)
                        .bind(node)
                        .bind(batch.after)
                        .execute(&mut *tx)
                        .await?,
                    Cursor::Central => sqlx::query("UPDATE sync_peer SET received = $1 WHERE id = 1 AND received >= $2")
                        .bind(batch.upto)
                        .bind(batch.after)
                        .execute(&mut *tx)
                        .await?,
                };
                if moved.rows_affected() == 0 {
                    // A gap: changes before `after` have not arrived. Nothing is written.
                    return Err(StoreError::Conflict("cursor"));
                }
                tx.commit().await?;
                Ok(out)
            }

            async fn peer(&self) -> Result<Option<Peer>> {
                let row = sqlx::query(
                    "SELECT remote, token, central, node, name, received, last_sync_at, last_error FROM sync_peer WHERE id = 1",
                )
                .fetch_optional(self.writer())
                .await?;
                row.map(|r| {
                    Ok(Peer {
                        remote: r.try_get("remote")?,
                        token: r.try_get("token")?,
                        central: r.try_get("central")?,
                        node: r.try_get("node")?,
                        name: r.try_get("name")?,
                        received: r.try_get("received")?,
                        last_sync_at: r.try_get("last_sync_at")?,
                        last_error: r.try_get("last_error")?,
                    })
                })
                .transpose()
            }

            async fn set_peer(&self, remote: &str, token: &str) -> Result<()> {
                sqlx::query(
                    "INSERT INTO sync_peer (id, remote, token) VALUES (1, $1, $2) \
                     ON CONFLICT (id) DO UPDATE SET remote = excluded.remote, token = excluded.token",
                )
                .bind(remote)
                .bind(token)
                .execute(self.writer())
                .await?;
                Ok(())
            }

            async fn peer_identified(&self, central: uuid::Uuid, node: uuid::Uuid, name: &str, code_block: i64) -> Result<()> {
                let mut tx = self.writer().begin().await?;
                let known: Option<Option<uuid::Uuid>> = sqlx::query_scalar("SELECT node FROM sync_peer WHERE id = 1")
                    .fetch_optional(&mut *tx)
                    .await?;
                if let Some(Some(known)) = known {
                    if known != node {
                        // Another registration: start the central academy's changes afresh.
                        sqlx::query("UPDATE sync_peer SET received = 0 WHERE id = 1").execute(&mut *tx).await?;
                    }
                }
                sqlx::query("UPDATE sync_peer SET central = $1, node = $2, name = $3, code_block = $4 WHERE id = 1")
                    .bind(central)
                    .bind(node)
                    .bind(name)
                    .bind(code_block)
                    .execute(&mut *tx)
                    .await?;
                // Member numbers handed out here come from the node's block from now on.
                sqlx::query("UPDATE member_code_counters SET last = $1 WHERE last < $1")
                    .bind(code_block - 1)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn peer_synced(&self, at: time::OffsetDateTime, error: Option<&str>) -> Result<()> {
                sqlx::query(
                    "UPDATE sync_peer SET last_sync_at = CASE WHEN $2 IS NULL THEN $1 ELSE last_sync_at END, last_error = $2 WHERE id = 1",
                )
                .bind(at)
                .bind(error)
                .execute(self.writer())
                .await?;
                Ok(())
            }

            async fn merge_members(
                &self,
                keep: uuid::Uuid,
                merged: uuid::Uuid,
                by: uuid::Uuid,
                rules: &[CompletionRule],
                at: time::OffsetDateTime,
            ) -> Result<()> {
                if keep == merged {
                    return Err(StoreError::Conflict("member"));
                }
                let mut tx = self.writer().begin().await?;
                let already: Option<Option<uuid::Uuid>> = sqlx::query_scalar("SELECT merged_into FROM members WHERE id = $1")
                    .bind(merged)
                    .fetch_optional(&mut *tx)
                    .await?;
                match already {
                    None => return Err(StoreError::NotFound),
                    Some(Some(_)) => return Err(StoreError::Conflict("member")),
                    Some(None) => {}
                }
                let keep_merged: Option<Option<uuid::Uuid>> = sqlx::query_scalar("SELECT merged_into FROM members WHERE id = $1")
                    .bind(keep)
                    .fetch_optional(&mut *tx)
                    .await?;
                if !matches!(keep_merged, Some(None)) {
                    return Err(StoreError::NotFound);
                }
                // A local edit: stamped, so that the merge travels to every database.
                sqlx::query("UPDATE members SET merged_into = $1, updated_at = $2 WHERE id = $3")
                    .bind(keep)
                    .bind(at)
                    .bind(merged)
                    .execute(&mut *tx)
                    .await?;
                absorb(&mut tx, keep, merged, rules).await?;
                resolve_duplicate(&mut tx, keep, merged, Some(by), "merged").await?;
                audit(&mut tx, Some(by), "member.merge", &format!("member:{merged}"), &format!("member:{keep}"), at).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn keep_apart(&self, a: uuid::Uuid, b: uuid::Uuid, by: uuid::Uuid, at: time::OffsetDateTime) -> Result<()> {
                let mut tx = self.writer().begin().await?;
                if !resolve_duplicate(&mut tx, a, b, Some(by), "apart").await? {
                    return Err(StoreError::NotFound);
                }
                audit(&mut tx, Some(by), "member.keep-apart", &format!("member:{a}"), &format!("member:{b}"), at).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn duplicates(&self) -> Result<Vec<Duplicate>> {
                let rows = sqlx::query("SELECT a, b, reason, found_at FROM member_duplicates WHERE resolved_at IS NULL ORDER BY found_at")
                    .fetch_all(self.reader())
                    .await?;
                rows.iter()
                    .map(|r| Ok(Duplicate { a: r.try_get("a")?, b: r.try_get("b")?, reason: r.try_get("reason")?, found_at: r.try_get("found_at")? }))
                    .collect()
            }
        }
    };
}
