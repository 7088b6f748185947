//! Members, organisations, web sessions, sign-in throttling and settings: the queries both databases share, as a macro expanded by each backend.

macro_rules! members_queries {
    ($store:ty, $db:ty, $row:ty) => {
        fn member_from_row(row: &$row) -> Result<Member> {
            let text = |col: &str| -> Result<String> { Ok(row.try_get::<String, _>(col)?) };
            let code = MemberCode::parse("code", &text("code")?).map_err(corrupt)?;
            let phone: Option<String> = row.try_get("phone")?;
            let consent_on: Option<time::Date> = row.try_get("consent_on")?;
            let consent_by: Option<String> = row.try_get("consent_by")?;
            let draft = MemberDraft {
                full_name: text("full_name")?,
                phone: phone.map(|p| Phone::parse("phone", &p)).transpose().map_err(corrupt)?,
                gender: Gender::parse("gender", &text("gender")?).map_err(corrupt)?,
                birth_year: row.try_get("birth_year")?,
                state: State::parse("state", &text("state")?).map_err(corrupt)?,
                district: row.try_get("district")?,
                village: row.try_get("village")?,
                stakeholder: StakeholderType::parse("stakeholder", &text("stakeholder")?)
                    .map_err(corrupt)?,
                language: Language::parse("language", &text("language")?).map_err(corrupt)?,
                consent: consent_on.map(|given_on| Consent {
                    given_on,
                    collected_by: consent_by.unwrap_or_default(),
                }),
            };
            Ok(Member {
                id: row.try_get("id")?,
                code,
                draft,
                roles: Roles::from_bits(row.try_get("roles")?),
                registered_by: row.try_get("registered_by")?,
                created_at: row.try_get("created_at")?,
                updated_at: row.try_get("updated_at")?,
            })
        }

        fn organisation_from_row(row: &$row) -> Result<Organisation> {
            let text = |col: &str| -> Result<String> { Ok(row.try_get::<String, _>(col)?) };
            Ok(Organisation {
                id: row.try_get("id")?,
                draft: OrganisationDraft {
                    name: text("name")?,
                    kind: OrgKind::parse("kind", &text("kind")?).map_err(corrupt)?,
                    state: State::parse("state", &text("state")?).map_err(corrupt)?,
                    district: row.try_get("district")?,
                    village: row.try_get("village")?,
                },
                created_at: row.try_get("created_at")?,
            })
        }

        fn name_key(name: &str) -> String {
            academy_domain::text::search_key(name)
        }

        /// Reserves `count` member numbers for `state` and returns the first. A field node
        /// counts within the block the central academy gave it.
        async fn reserve_codes(
            conn: &mut <$db as sqlx::Database>::Connection,
            state: State,
            count: i64,
        ) -> Result<i64> {
            let last: i64 = sqlx::query_scalar(
                "INSERT INTO member_code_counters (state, last) \
                 VALUES ($1, COALESCE((SELECT code_block - 1 FROM sync_peer WHERE id = 1), 0) + $2) \
                 ON CONFLICT (state) DO UPDATE SET last = member_code_counters.last + $2 \
                 RETURNING last",
            )
            .bind(state.code())
            .bind(count)
            .fetch_one(&mut *conn)
            .await?;
            Ok(last - count + 1)
        }

        /// Makes sure numbers up to `number` are never handed out again for `state`.
        async fn claim_code(
            conn: &mut <$db as sqlx::Database>::Connection,
            code: &MemberCode,
        ) -> Result<()> {
            sqlx::query(
                "INSERT INTO member_code_counters (state, last) VALUES ($1, $2) \
                 ON CONFLICT (state) DO UPDATE SET last = CASE \
                 WHEN member_code_counters.last > $2 THEN member_code_counters.last ELSE $2 END",
            )
            .bind(code.state_prefix())
            .bind(code.number())
            .execute(&mut *conn)
            .await?;
            Ok(())
        }

        fn push_member_filter(q: &mut QueryBuilder<'_, $db>, filter: &MemberFilter) {
            q.push(" WHERE 1=1");
            if let Some(g) = filter.gender {
                q.push(" AND m.gender = ").push_bind(g.as_str());
            }
            if let Some(s) = filter.state {
                q.push(" AND m.state = ").push_bind(s.code());
            }
            if let Some(d) = &filter.district {
                q.push(" AND m.district = ").push_bind(d.clone());
            }
            if let Some(s) = filter.stakeholder {
                q.push(" AND m.stakeholder = ").push_bind(s.as_str());
            }
            if let Some(r) = filter.role {
                q.push(" AND (m.roles & ").push_bind(i64::from(Roles::bit(r))).push(") <> 0");
            }
            if let Some(o) = filter.organisation {
                q.push(" AND EXISTS (SELECT 1 FROM memberships ms WHERE ms.member_id = m.id AND ms.organisation_id = ")
                    .push_bind(o)
                    .push(")");
            }
            if let Some(text) = filter.query.as_deref().filter(|t| !t.trim().is_empty()) {
                // A phone typed with spaces or +91 still matches the stored digits.
                let digits: String = text.chars().filter(|c| c.is_ascii_digit()).collect();
                q.push(" AND (m.search LIKE ").push_bind(like_pattern(text)).push(" ESCAPE '\\'");
                if digits.len() >= 4 {
                    q.push(" OR m.phone LIKE ").push_bind(like_pattern(&digits)).push(" ESCAPE '\\'");
                }
                q.push(")");
            }
        }

        async fn insert_member(
            conn: &mut <$db as sqlx::Database>::Connection,
            id: uuid::Uuid,
            code: &MemberCode,
            draft: &MemberDraft,
            roles: Roles,
            now: time::OffsetDateTime,
        ) -> Result<()> {
            let mut q = QueryBuilder::<$db>::new(
                "INSERT INTO members (id, code, full_name, phone, gender, birth_year, state, \
                 district, village, stakeholder, language, roles, consent_on, consent_by, search, \
                 created_at, updated_at) ",
            );
            q.push_values(std::iter::once(()), |mut b, _| {
                push_member_values(&mut b, id, code, draft, roles, now);
            });
            q.build().execute(&mut *conn).await.map_err(unique_violation)?;
            Ok(())
        }

        fn push_member_values(
            b: &mut sqlx::query_builder::Separated<'_, '_, $db, &'static str>,
            id: uuid::Uuid,
            code: &MemberCode,
            draft: &MemberDraft,
            roles: Roles,
            now: time::OffsetDateTime,
        ) {
            b.push_bind(id)
                .push_bind(code.as_str().to_string())
                .push_bind(draft.full_name.clone())
                .push_bind(draft.phone.as_ref().map(|p| p.as_str().to_string()))
                .push_bind(draft.gender.as_str())
                .push_bind(draft.birth_year)
                .push_bind(draft.state.code())
                .push_bind(draft.district.clone())
                .push_bind(draft.village.clone())
                .push_bind(draft.stakeholder.as_str())
                .push_bind(draft.language.as_str())
                .push_bind(roles.bits())
                .push_bind(draft.consent.as_ref().map(|c| c.given_on))
                .push_bind(draft.consent.as_ref().map(|c| c.collected_by.clone()))
                .push_bind(draft.search_text(code))
                .push_bind(now)
                .push_bind(now);
        }

        async fn update_member_in(
            conn: &mut <$db as sqlx::Database>::Connection,
            id: uuid::Uuid,
            code: &MemberCode,
            draft: &MemberDraft,
        ) -> Result<u64> {
            let done = sqlx::query(
                "UPDATE members SET full_name = $1, phone = $2, gender = $3, birth_year = $4, \
                 state = $5, district = $6, village = $7, stakeholder = $8, language = $9, \
                 consent_on = $10, consent_by = $11, search = $12, updated_at = $13 WHERE id = $14",
            )
            .bind(&draft.full_name)
            .bind(draft.phone.as_ref().map(|p| p.as_str().to_string()))
            .bind(draft.gender.as_str())
            .bind(draft.birth_year)
            .bind(draft.state.code())
            .bind(&draft.district)
            .bind(&draft.village)
            .bind(draft.stakeholder.as_str())
            .bind(draft.language.as_str())
            .bind(draft.consent.as_ref().map(|c| c.given_on))
            .bind(draft.consent.as_ref().map(|c| c.collected_by.clone()))
            .bind(draft.search_text(code))
            .bind(time::OffsetDateTime::now_utc())
            .bind(id)
            .execute(&mut *conn)
            .await
            .map_err(unique_violation)?;
            Ok(done.rows_affected())
        }

        /// Finds organisations by name, creating the missing ones, all inside `conn`'s
        /// transaction. Returns name key → id and how many were created.
        async fn resolve_organisations(
            conn: &mut <$db as sqlx::Database>::Connection,
            wanted: &BTreeMap<String, (String, State, Option<String>)>,
        ) -> Result<(HashMap<String, uuid::Uuid>, usize)> {
            let mut ids = HashMap::new();
            let keys: Vec<&String> = wanted.keys().collect();
            for chunk in keys.chunks(BATCH) {
                let mut q = QueryBuilder::<$db>::new("SELECT id, name_key FROM organisations WHERE name_key IN (");
                let mut list = q.separated(", ");
                for key in chunk {
                    list.push_bind(key.to_string());
                }
                q.push(")");
                for row in q.build().fetch_all(&mut *conn).await? {
                    ids.insert(row.try_get::<String, _>("name_key")?, row.try_get("id")?);
                }
            }
            let mut created = 0;
            let now = time::OffsetDateTime::now_utc();
            for (key, (name, state, district)) in wanted {
                if ids.contains_key(key) {
                    continue;
                }
                let id = uuid::Uuid::now_v7();
                sqlx::query(
                    "INSERT INTO organisations (id, name, name_key, kind, state, district, village, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, NULL, $7)",
                )
                .bind(id)
                .bind(name)
                .bind(key)
                .bind(guess_kind(name).as_str())
                .bind(state.code())
                .bind(district)
                .bind(now)
                .execute(&mut *conn)
                .await?;
                ids.insert(key.clone(), id);
                created += 1;
            }
            Ok((ids, created))
        }

        /// The kind of an organisation created by an import, from its name; an admin can
        /// correct it on the organisation's page.
        fn guess_kind(name: &str) -> OrgKind {
            let lower = name.to_lowercase();
            let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
            if has(&["shg", "self help", "swayam sahayata", "स्वयं सहायता", "mahila mandal"]) {
                OrgKind::Shg
            } else if has(&["female miners", "महिला खनिक"]) {
                OrgKind::AfmChapter
            } else if has(&["cooperative", "co-operative", "sahkari", "सहकारी"]) {
                OrgKind::Cooperative
            } else if has(&["university", "college", "institute", "iit", "विश्वविद्यालय"]) {
                OrgKind::University
            } else if has(&["ltd", "limited", "pvt", "company"]) {
                OrgKind::Company
            } else {
                OrgKind::Other
            }
        }

        #[async_trait::async_trait]
        impl MemberStore for $store {
            async fn create_member(&self, draft: &MemberDraft, roles: Roles) -> Result<Member> {
                let mut tx = self.writer().begin().await?;
                let number = reserve_codes(&mut tx, draft.state, 1).await?;
                let code = MemberCode::new(draft.state, number);
                let id = uuid::Uuid::now_v7();
                insert_member(&mut tx, id, &code, draft, roles, time::OffsetDateTime::now_utc()).await?;
                facts_in(&mut tx, &[id]).await?;
                tx.commit().await?;
                self.member(id).await
            }

            async fn update_member(&self, id: uuid::Uuid, draft: &MemberDraft) -> Result<Member> {
                let current = self.member(id).await?;
                let mut tx = self.writer().begin().await?;
                facts_out(&mut tx, &[id]).await?;
                if update_member_in(&mut tx, id, &current.code, draft).await? == 0 {
                    return Err(StoreError::NotFound);
                }
                facts_in(&mut tx, &[id]).await?;
                tx.commit().await?;
                self.member(id).await
            }

            async fn set_roles(&self, id: uuid::Uuid, roles: Roles) -> Result<()> {
                let done = sqlx::query("UPDATE members SET roles = $1, updated_at = $2 WHERE id = $3")
                    .bind(roles.bits())
                    .bind(time::OffsetDateTime::now_utc())
                    .bind(id)
                    .execute(self.writer())
                    .await?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                Ok(())
            }

            async fn set_password_hash(&self, id: uuid::Uuid, hash: &str) -> Result<()> {
                let done = sqlx::query("UPDATE members SET password_hash = $1 WHERE id = $2")
                    .bind(hash)
                    .bind(id)
                    .execute(self.writer())
                    .await?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                Ok(())
            }

            async fn member(&self, id: uuid::Uuid) -> Result<Member> {
                let sql = format!("SELECT {MEMBER_COLUMNS} FROM members m WHERE m.id = $1");
                let row = sqlx::query(&sql).bind(id).fetch_optional(self.reader()).await?;
                member_from_row(&row.ok_or(StoreError::NotFound)?)
            }

            async fn member_by_code(&self, code: &MemberCode) -> Result<Member> {
                let sql = format!("SELECT {MEMBER_COLUMNS} FROM members m WHERE m.code = $1");
                let row = sqlx::query(&sql).bind(code.as_str()).fetch_optional(self.reader()).await?;
                member_from_row(&row.ok_or(StoreError::NotFound)?)
            }

            async fn member_for_sign_in(&self, login: &str) -> Result<Option<(Member, Option<String>)>> {
                let key = if let Ok(code) = MemberCode::parse("login", login) {
                    ("code", code.as_str().to_string())
                } else if let Ok(phone) = Phone::parse("login", login) {
                    ("phone", phone.as_str().to_string())
                } else {
                    return Ok(None);
                };
                let sql = format!(
                    "SELECT {MEMBER_COLUMNS}, m.password_hash FROM members m WHERE m.{} = $1",
                    key.0
                );
                let Some(row) = sqlx::query(&sql).bind(key.1).fetch_optional(self.reader()).await? else {
                    return Ok(None);
                };
                Ok(Some((member_from_row(&row)?, row.try_get("password_hash")?)))
            }

            async fn list_members(&self, filter: &MemberFilter, page: Page) -> Result<Listing<Member>> {
                let mut count = QueryBuilder::<$db>::new("SELECT COUNT(*) FROM members m");
                push_member_filter(&mut count, filter);
                let total: i64 = count.build_query_scalar().fetch_one(self.reader()).await?;
                let mut q = QueryBuilder::<$db>::new(format!("SELECT {MEMBER_COLUMNS} FROM members m"));
                push_member_filter(&mut q, filter);
                q.push(" ORDER BY m.id DESC LIMIT ").push_bind(page.limit).push(" OFFSET ").push_bind(page.offset);
                let rows = q.build().fetch_all(self.reader()).await?;
                let items = rows.iter().map(member_from_row).collect::<Result<_>>()?;
                Ok(Listing { items, total })
            }

            async fn count_members(&self) -> Result<i64> {
                Ok(sqlx::query_scalar("SELECT COUNT(*) FROM members").fetch_one(self.reader()).await?)
            }

            async fn codes_by_phone(&self, phones: &[String]) -> Result<Vec<(String, String)>> {
                let mut found = Vec::new();
                for chunk in phones.chunks(BATCH) {
                    let mut q = QueryBuilder::<$db>::new("SELECT phone, code FROM members WHERE phone IN (");
                    let mut list = q.separated(", ");
                    for p in chunk {
                        list.push_bind(p.clone());
                    }
                    q.push(")");
                    for row in q.build().fetch_all(self.reader()).await? {
                        found.push((row.try_get("phone")?, row.try_get("code")?));
                    }
                }
                Ok(found)
            }

            async fn import_members(&self, rows: &[ImportRow]) -> Result<ImportSummary> {
                let mut summary = ImportSummary::default();
                let mut tx = self.writer().begin().await?;

                // Which given codes already exist: those rows update.
                let mut existing: HashMap<String, uuid::Uuid> = HashMap::new();
                let given: Vec<&MemberCode> = rows.iter().filter_map(|r| r.code.as_ref()).collect();
                for chunk in given.chunks(BATCH) {
                    let mut q = QueryBuilder::<$db>::new("SELECT id, code FROM members WHERE code IN (");
                    let mut list = q.separated(", ");
                    for code in chunk {
                        list.push_bind(code.as_str().to_string());
                    }
                    q.push(")");
                    for row in q.build().fetch_all(&mut *tx).await? {
                        existing.insert(row.try_get("code")?, row.try_get("id")?);
                    }
                }

                let mut wanted = BTreeMap::new();
                for row in rows {
                    for name in &row.organisations {
                        wanted
                            .entry(name_key(name))
                            .or_insert_with(|| (name.clone(), row.draft.state, row.draft.district.clone()));
                    }
                }
                let (org_ids, orgs_created) = resolve_organisations(&mut tx, &wanted).await?;
                summary.organisations_created = orgs_created;

                // Codes for new members: given ones are claimed, the rest reserved per state.
                let mut next_free: BTreeMap<State, i64> = BTreeMap::new();
                let mut per_state: BTreeMap<State, i64> = BTreeMap::new();
                for row in rows.iter().filter(|r| r.code.is_none()) {
                    *per_state.entry(row.draft.state).or_default() += 1;
                }
                // One claim per state, of the highest new code given for it.
                let mut highest: BTreeMap<&str, &MemberCode> = BTreeMap::new();
                for code in rows.iter().filter_map(|r| r.code.as_ref()) {
                    if !existing.contains_key(code.as_str()) {
                        let top = highest.entry(code.state_prefix()).or_insert(code);
                        if code.number() > top.number() {
                            *top = code;
                        }
                    }
                }
                for code in highest.values() {
                    claim_code(&mut tx, code).await?;
                }
                for (state, count) in per_state {
                    next_free.insert(state, reserve_codes(&mut tx, state, count).await?);
                }

                let now = time::OffsetDateTime::now_utc();
                let mut new_members = Vec::new();
                let mut links: Vec<(uuid::Uuid, uuid::Uuid)> = Vec::new();
                // Members about to change leave the report counts, and come back changed below.
                let mut changing: Vec<uuid::Uuid> = rows
                    .iter()
                    .filter_map(|r| r.code.as_ref().and_then(|c| existing.get(c.as_str()).copied()))
                    .collect();
                changing.sort();
                changing.dedup();
                facts_out(&mut tx, &changing).await?;
                for row in rows {
                    let (id, code) = match &row.code {
                        Some(code) if existing.contains_key(code.as_str()) => {
                            let id = existing[code.as_str()];
                            update_member_in(&mut tx, id, code, &row.draft).await?;
                            summary.updated += 1;
                            (id, code.clone())
                        }
                        Some(code) => (uuid::Uuid::now_v7(), code.clone()),
                        None => {
                            let number = next_free.get_mut(&row.draft.state).expect("reserved above");
                            let code = MemberCode::new(row.draft.state, *number);
                            *number += 1;
                            (uuid::Uuid::now_v7(), code)
                        }
                    };
                    if !existing.contains_key(code.as_str()) {
                        new_members.push((id, code, &row.draft));
                    }
                    for name in &row.organisations {
                        links.push((org_ids[&name_key(name)], id));
                    }
                }
                summary.created = new_members.len();
                for chunk in new_members.chunks(BATCH) {
                    let mut q = QueryBuilder::<$db>::new(
                        "INSERT INTO members (id, code, full_name, phone, gender, birth_year, state, \
                         district, village, stakeholder, language, roles, consent_on, consent_by, search, \
                         created_at, updated_at) ",
                    );
                    q.push_values(chunk, |mut b, (id, code, draft)| {
                        push_member_values(&mut b, *id, code, draft, Roles::learner(), now);
                    });
                    q.build().execute(&mut *tx).await.map_err(unique_violation)?;
                }
                let mut counted = changing;
                counted.extend(new_members.iter().map(|(id, _, _)| *id));
                facts_in(&mut tx, &counted).await?;
                links.sort();
                links.dedup();
                for chunk in links.chunks(BATCH) {
                    let mut q = QueryBuilder::<$db>::new(
                        "INSERT INTO memberships (organisation_id, member_id, role) ",
                    );
                    q.push_values(chunk, |mut b, (org, member)| {
                        b.push_bind(*org).push_bind(*member).push_bind(OrgRole::Member.as_str());
                    });
                    q.push(" ON CONFLICT (organisation_id, member_id) DO NOTHING");
                    q.build().execute(&mut *tx).await?;
                }
                tx.commit().await?;
                Ok(summary)
            }

            fn export_members(&self) -> futures_util::stream::BoxStream<'_, Result<ExportRow>> {
                static EXPORT_SQL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
                    format!(
                        "SELECT {MEMBER_COLUMNS}, (SELECT {agg} FROM memberships ms \
                         JOIN organisations o ON o.id = ms.organisation_id WHERE ms.member_id = m.id) AS orgs \
                         FROM members m ORDER BY m.code",
                        agg = <$store>::ORG_NAMES_AGG
                    )
                });
                let stream = sqlx::query(EXPORT_SQL.as_str()).fetch(self.reader());
                Box::pin(stream.map(|row| {
                    let row = row?;
                    Ok(ExportRow {
                        member: member_from_row(&row)?,
                        organisations: row.try_get::<Option<String>, _>("orgs")?.unwrap_or_default(),
                    })
                }))
            }

            async fn create_organisation(&self, draft: &OrganisationDraft) -> Result<Organisation> {
                let id = uuid::Uuid::now_v7();
                sqlx::query(
                    "INSERT INTO organisations (id, name, name_key, kind, state, district, village, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                )
                .bind(id)
                .bind(&draft.name)
                .bind(name_key(&draft.name))
                .bind(draft.kind.as_str())
                .bind(draft.state.code())
                .bind(&draft.district)
                .bind(&draft.village)
                .bind(time::OffsetDateTime::now_utc())
                .execute(self.writer())
                .await
                .map_err(unique_violation)?;
                self.organisation(id).await
            }

            async fn update_organisation(&self, id: uuid::Uuid, draft: &OrganisationDraft) -> Result<Organisation> {
                let done = sqlx::query(
                    "UPDATE organisations SET name = $1, name_key = $2, kind = $3, state = $4, \
                     district = $5, village = $6 WHERE id = $7",
                )
                .bind(&draft.name)
                .bind(name_key(&draft.name))
                .bind(draft.kind.as_str())
                .bind(draft.state.code())
                .bind(&draft.district)
                .bind(&draft.village)
                .bind(id)
                .execute(self.writer())
                .await
                .map_err(unique_violation)?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                self.organisation(id).await
            }

            async fn organisation(&self, id: uuid::Uuid) -> Result<Organisation> {
                let sql = format!("SELECT {ORG_COLUMNS} FROM organisations o WHERE o.id = $1");
                let row = sqlx::query(&sql).bind(id).fetch_optional(self.reader()).await?;
                organisation_from_row(&row.ok_or(StoreError::NotFound)?)
            }

            async fn organisation_by_name(&self, name: &str) -> Result<Option<Organisation>> {
                let sql = format!("SELECT {ORG_COLUMNS} FROM organisations o WHERE o.name_key = $1");
                let row = sqlx::query(&sql).bind(name_key(name)).fetch_optional(self.reader()).await?;
                row.as_ref().map(organisation_from_row).transpose()
            }

            async fn list_organisations(
                &self,
                filter: &OrganisationFilter,
                page: Page,
            ) -> Result<Listing<OrganisationSummary>> {
                let push_filter = |q: &mut QueryBuilder<'_, $db>| {
                    q.push(" WHERE 1=1");
                    if let Some(k) = filter.kind {
                        q.push(" AND o.kind = ").push_bind(k.as_str());
                    }
                    if let Some(s) = filter.state {
                        q.push(" AND o.state = ").push_bind(s.code());
                    }
                    if let Some(text) = filter.query.as_deref().filter(|t| !t.trim().is_empty()) {
                        q.push(" AND o.name_key LIKE ").push_bind(like_pattern(text)).push(" ESCAPE '\\'");
                    }
                };
                let mut count = QueryBuilder::<$db>::new("SELECT COUNT(*) FROM organisations o");
                push_filter(&mut count);
                let total: i64 = count.build_query_scalar().fetch_one(self.reader()).await?;
                let mut q = QueryBuilder::<$db>::new(format!(
                    "SELECT {ORG_COLUMNS}, (SELECT COUNT(*) FROM memberships ms WHERE ms.organisation_id = o.id) AS members \
                     FROM organisations o"
                ));
                push_filter(&mut q);
                q.push(" ORDER BY o.name_key LIMIT ").push_bind(page.limit).push(" OFFSET ").push_bind(page.offset);
                let rows = q.build().fetch_all(self.reader()).await?;
                let items = rows
                    .iter()
                    .map(|row| {
                        Ok(OrganisationSummary {
                            organisation: organisation_from_row(row)?,
                            members: row.try_get("members")?,
                        })
                    })
                    .collect::<Result<_>>()?;
                Ok(Listing { items, total })
            }

            async fn join_organisation(&self, organisation: uuid::Uuid, member: uuid::Uuid, role: OrgRole) -> Result<()> {
                sqlx::query(
                    "INSERT INTO memberships (organisation_id, member_id, role) VALUES ($1, $2, $3) \
                     ON CONFLICT (organisation_id, member_id) DO UPDATE SET role = $3",
                )
                .bind(organisation)
                .bind(member)
                .bind(role.as_str())
                .execute(self.writer())
                .await
                .map_err(missing_reference)?;
                Ok(())
            }

            async fn leave_organisation(&self, organisation: uuid::Uuid, member: uuid::Uuid) -> Result<()> {
                sqlx::query("DELETE FROM memberships WHERE organisation_id = $1 AND member_id = $2")
                    .bind(organisation)
                    .bind(member)
                    .execute(self.writer())
                    .await?;
                Ok(())
            }

            async fn organisation_members(
                &self,
                organisation: uuid::Uuid,
                page: Page,
            ) -> Result<Listing<(Member, OrgRole)>> {
                let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM memberships WHERE organisation_id = $1")
                    .bind(organisation)
                    .fetch_one(self.reader())
                    .await?;
                let sql = format!(
                    "SELECT {MEMBER_COLUMNS}, ms.role AS org_role FROM memberships ms \
                     JOIN members m ON m.id = ms.member_id WHERE ms.organisation_id = $1 \
                     ORDER BY CASE WHEN ms.role = 'leader' THEN 0 ELSE 1 END, m.full_name LIMIT $2 OFFSET $3"
                );
                let rows = sqlx::query(&sql)
                    .bind(organisation)
                    .bind(page.limit)
                    .bind(page.offset)
                    .fetch_all(self.reader())
                    .await?;
                let items = rows
                    .iter()
                    .map(|row| {
                        let role = OrgRole::parse("role", &row.try_get::<String, _>("org_role")?).map_err(corrupt)?;
                        Ok((member_from_row(row)?, role))
                    })
                    .collect::<Result<_>>()?;
                Ok(Listing { items, total })
            }

            async fn memberships(&self, member: uuid::Uuid) -> Result<Vec<Membership>> {
                let sql = format!(
                    "SELECT {ORG_COLUMNS}, ms.role AS org_role FROM memberships ms \
                     JOIN organisations o ON o.id = ms.organisation_id WHERE ms.member_id = $1 ORDER BY o.name_key"
                );
                let rows = sqlx::query(&sql).bind(member).fetch_all(self.reader()).await?;
                rows.iter()
                    .map(|row| {
                        let role = OrgRole::parse("role", &row.try_get::<String, _>("org_role")?).map_err(corrupt)?;
                        Ok(Membership { organisation: organisation_from_row(row)?, role })
                    })
                    .collect()
            }

            async fn session_load(&self, id: &str) -> Result<Option<SessionRecord>> {
                let row = sqlx::query("SELECT id, data, expires_at FROM web_sessions WHERE id = $1 AND expires_at > $2")
                    .bind(id)
                    .bind(time::OffsetDateTime::now_utc())
                    .fetch_optional(self.reader())
                    .await?;
                row.map(|row| {
                    Ok(SessionRecord {
                        id: row.try_get("id")?,
                        data: row.try_get("data")?,
                        expires_at: row.try_get("expires_at")?,
                    })
                })
                .transpose()
            }

            async fn session_create(&self, record: &SessionRecord) -> Result<bool> {
                let done = sqlx::query(
                    "INSERT INTO web_sessions (id, data, expires_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING",
                )
                .bind(&record.id)
                .bind(&record.data)
                .bind(record.expires_at)
                .execute(self.writer())
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn session_save(&self, record: &SessionRecord) -> Result<()> {
                sqlx::query(
                    "INSERT INTO web_sessions (id, data, expires_at) VALUES ($1, $2, $3) \
                     ON CONFLICT (id) DO UPDATE SET data = $2, expires_at = $3",
                )
                .bind(&record.id)
                .bind(&record.data)
                .bind(record.expires_at)
                .execute(self.writer())
                .await?;
                Ok(())
            }

            async fn session_delete(&self, id: &str) -> Result<()> {
                sqlx::query("DELETE FROM web_sessions WHERE id = $1").bind(id).execute(self.writer()).await?;
                Ok(())
            }

            async fn sessions_delete_expired(&self, now: time::OffsetDateTime) -> Result<u64> {
                let done = sqlx::query("DELETE FROM web_sessions WHERE expires_at <= $1")
                    .bind(now)
                    .execute(self.writer())
                    .await?;
                Ok(done.rows_affected())
            }

            async fn sign_in_failed(
                &self,
                key: &str,
                now: time::OffsetDateTime,
                window_start: time::OffsetDateTime,
            ) -> Result<i64> {
                let failures: i64 = sqlx::query_scalar(
                    "INSERT INTO sign_in_failures (key, failures, last_at) VALUES ($1, 1, $2) \
                     ON CONFLICT (key) DO UPDATE SET failures = CASE \
                     WHEN sign_in_failures.last_at < $3 THEN 1 ELSE sign_in_failures.failures + 1 END, \
                     last_at = $2 RETURNING failures",
                )
                .bind(key)
                .bind(now)
                .bind(window_start)
                .fetch_one(self.writer())
                .await?;
                Ok(failures)
            }

            async fn sign_in_failures(
                &self,
                key: &str,
                window_start: time::OffsetDateTime,
            ) -> Result<Option<(i64, time::OffsetDateTime)>> {
                let row = sqlx::query("SELECT failures, last_at FROM sign_in_failures WHERE key = $1 AND last_at >= $2")
                    .bind(key)
                    .bind(window_start)
                    .fetch_optional(self.reader())
                    .await?;
                row.map(|r| Ok((r.try_get("failures")?, r.try_get("last_at")?))).transpose()
            }

            async fn sign_in_succeeded(&self, key: &str) -> Result<()> {
                sqlx::query("DELETE FROM sign_in_failures WHERE key = $1").bind(key).execute(self.writer()).await?;
                Ok(())
            }

            async fn setting(&self, key: &str) -> Result<Option<String>> {
                Ok(sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
                    .bind(key)
                    .fetch_optional(self.reader())
                    .await?)
            }

            async fn set_setting(&self, key: &str, value: &str) -> Result<()> {
                sqlx::query("INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = $2")
                    .bind(key)
                    .bind(value)
                    .execute(self.writer())
                    .await?;
                Ok(())
            }
        }
    };
}
