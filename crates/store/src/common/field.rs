//! Field work: cohorts, group sessions, attendance and member cards: the queries both databases share, as a macro expanded by each backend.

macro_rules! field_queries {
    ($store:ty, $db:ty, $row:ty) => {
        fn session_from_row(r: &$row) -> Result<GroupSession> {
            let lessons: String = r.try_get("lessons")?;
            let lat: Option<f64> = r.try_get("latitude")?;
            let lon: Option<f64> = r.try_get("longitude")?;
            Ok(GroupSession {
                id: r.try_get("id")?,
                cohort: r.try_get("cohort")?,
                starts_at: r.try_get("starts_at")?,
                place: r.try_get("place")?,
                gps: lat.zip(lon),
                facilitator: r.try_get("facilitator")?,
                module: r.try_get("module")?,
                lessons: lessons.split(',').filter(|l| !l.is_empty()).map(String::from).collect(),
                notes: r.try_get("notes")?,
                held_at: r.try_get("held_at")?,
            })
        }

        fn cohort_from_row(r: &$row) -> Result<Cohort> {
            let modules: String = r.try_get("modules")?;
            let state: String = r.try_get("state")?;
            Ok(Cohort {
                id: r.try_get("id")?,
                name: r.try_get("name")?,
                state: State::parse("state", &state).map_err(corrupt)?,
                district: r.try_get("district")?,
                village: r.try_get("village")?,
                organisation: r.try_get("organisation")?,
                modules: modules.split(',').filter(|m| !m.is_empty()).map(String::from).collect(),
                created_at: r.try_get("created_at")?,
            })
        }

        const SESSION_COLUMNS: &str = "id, cohort, starts_at, place, latitude, longitude, facilitator, module, lessons, notes, held_at";
        const COHORT_COLUMNS: &str = "c.id, c.name, c.state, c.district, c.village, c.organisation, c.modules, c.created_at";

        #[async_trait::async_trait]
        impl FieldStore for $store {
            async fn register_member(&self, draft: &MemberDraft, facilitator: uuid::Uuid) -> Result<Member> {
                let member = self.create_member(draft, Roles::learner()).await?;
                sqlx::query("UPDATE members SET registered_by = $1 WHERE id = $2")
                    .bind(facilitator)
                    .bind(member.id)
                    .execute(self.writer())
                    .await?;
                self.member(member.id).await
            }

            async fn create_cohort(&self, cohort: &Cohort, facilitator: uuid::Uuid) -> Result<()> {
                let mut tx = self.writer().begin().await?;
                sqlx::query(
                    "INSERT INTO cohorts (id, name, state, district, village, organisation, modules, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                )
                .bind(cohort.id)
                .bind(&cohort.name)
                .bind(cohort.state.code())
                .bind(&cohort.district)
                .bind(&cohort.village)
                .bind(cohort.organisation)
                .bind(cohort.modules.join(","))
                .bind(cohort.created_at)
                .execute(&mut *tx)
                .await?;
                sqlx::query("INSERT INTO cohort_facilitators (cohort, member) VALUES ($1, $2)")
                    .bind(cohort.id)
                    .bind(facilitator)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn cohort(&self, id: uuid::Uuid) -> Result<Cohort> {
                let sql = format!("SELECT {COHORT_COLUMNS} FROM cohorts c WHERE c.id = $1");
                let row = sqlx::query(&sql).bind(id).fetch_optional(self.reader()).await?;
                cohort_from_row(&row.ok_or(StoreError::NotFound)?)
            }

            async fn cohorts(&self, facilitator: Option<uuid::Uuid>) -> Result<Vec<CohortSummary>> {
                let mut q = QueryBuilder::<$db>::new(format!(
                    "SELECT {COHORT_COLUMNS}, (SELECT COUNT(*) FROM cohort_members cm WHERE cm.cohort = c.id) AS members FROM cohorts c"
                ));
                if let Some(f) = facilitator {
                    q.push(" WHERE EXISTS (SELECT 1 FROM cohort_facilitators cf WHERE cf.cohort = c.id AND cf.member = ")
                        .push_bind(f)
                        .push(")");
                }
                q.push(" ORDER BY c.name");
                let rows = q.build().fetch_all(self.reader()).await?;
                rows.iter().map(|r| Ok(CohortSummary { cohort: cohort_from_row(r)?, members: r.try_get("members")? })).collect()
            }

            async fn join_cohort(&self, cohort: uuid::Uuid, member: uuid::Uuid) -> Result<()> {
                sqlx::query("INSERT INTO cohort_members (cohort, member, joined_at) VALUES ($1, $2, $3) ON CONFLICT (cohort, member) DO NOTHING")
                    .bind(cohort)
                    .bind(member)
                    .bind(time::OffsetDateTime::now_utc())
                    .execute(self.writer())
                    .await
                    .map_err(missing_reference)?;
                Ok(())
            }

            async fn leave_cohort(&self, cohort: uuid::Uuid, member: uuid::Uuid) -> Result<()> {
                sqlx::query("DELETE FROM cohort_members WHERE cohort = $1 AND member = $2")
                    .bind(cohort)
                    .bind(member)
                    .execute(self.writer())
                    .await?;
                Ok(())
            }

            async fn add_facilitator(&self, cohort: uuid::Uuid, member: uuid::Uuid) -> Result<()> {
                sqlx::query("INSERT INTO cohort_facilitators (cohort, member) VALUES ($1, $2) ON CONFLICT (cohort, member) DO NOTHING")
                    .bind(cohort)
                    .bind(member)
                    .execute(self.writer())
                    .await
                    .map_err(missing_reference)?;
                Ok(())
            }

            async fn cohort_members(&self, cohort: uuid::Uuid) -> Result<Vec<Member>> {
                let sql = format!(
                    "SELECT {MEMBER_COLUMNS} FROM cohort_members cm JOIN members m ON m.id = cm.member \
                     WHERE cm.cohort = $1 ORDER BY m.full_name"
                );
                let rows = sqlx::query(&sql).bind(cohort).fetch_all(self.reader()).await?;
                rows.iter().map(member_from_row).collect()
            }

            async fn cohort_facilitators(&self, cohort: uuid::Uuid) -> Result<Vec<Member>> {
                let sql = format!(
                    "SELECT {MEMBER_COLUMNS} FROM cohort_facilitators cf JOIN members m ON m.id = cf.member \
                     WHERE cf.cohort = $1 ORDER BY m.full_name"
                );
                let rows = sqlx::query(&sql).bind(cohort).fetch_all(self.reader()).await?;
                rows.iter().map(member_from_row).collect()
            }

            async fn facilitates(&self, facilitator: uuid::Uuid, member: uuid::Uuid) -> Result<bool> {
                let n: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM members m WHERE m.id = $2 AND (m.registered_by = $1 OR EXISTS ( \
                     SELECT 1 FROM cohort_members cm JOIN cohort_facilitators cf ON cf.cohort = cm.cohort \
                     WHERE cm.member = m.id AND cf.member = $1))",
                )
                .bind(facilitator)
                .bind(member)
                .fetch_one(self.reader())
                .await?;
                Ok(n > 0)
            }

            async fn create_session(&self, s: &GroupSession) -> Result<()> {
                sqlx::query(
                    "INSERT INTO group_sessions (id, cohort, starts_at, place, latitude, longitude, facilitator, module, lessons, notes, held_at, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
                )
                .bind(s.id)
                .bind(s.cohort)
                .bind(s.starts_at.to_offset(time::UtcOffset::UTC))
                .bind(&s.place)
                .bind(s.gps.map(|g| g.0))
                .bind(s.gps.map(|g| g.1))
                .bind(s.facilitator)
                .bind(&s.module)
                .bind(s.lessons.join(","))
                .bind(&s.notes)
                .bind(s.held_at)
                .bind(time::OffsetDateTime::now_utc())
                .execute(self.writer())
                .await
                .map_err(missing_reference)?;
                Ok(())
            }

            async fn session(&self, id: uuid::Uuid) -> Result<GroupSession> {
                let sql = format!("SELECT {SESSION_COLUMNS} FROM group_sessions WHERE id = $1");
                let row = sqlx::query(&sql).bind(id).fetch_optional(self.reader()).await?;
                session_from_row(&row.ok_or(StoreError::NotFound)?)
            }

            async fn sessions_from(&self, cohorts: &[uuid::Uuid], from: time::OffsetDateTime, limit: i64) -> Result<Vec<GroupSession>> {
                if cohorts.is_empty() {
                    return Ok(Vec::new());
                }
                let mut q = QueryBuilder::<$db>::new(format!("SELECT {SESSION_COLUMNS} FROM group_sessions WHERE starts_at >= "));
                q.push_bind(from.to_offset(time::UtcOffset::UTC)).push(" AND cohort IN (");
                let mut list = q.separated(", ");
                for c in cohorts {
                    list.push_bind(*c);
                }
                q.push(") ORDER BY starts_at LIMIT ").push_bind(limit);
                let rows = q.build().fetch_all(self.reader()).await?;
                rows.iter().map(session_from_row).collect()
            }

            async fn cohort_sessions(&self, cohort: uuid::Uuid) -> Result<Vec<GroupSession>> {
                let sql = format!("SELECT {SESSION_COLUMNS} FROM group_sessions WHERE cohort = $1 ORDER BY starts_at DESC");
                let rows = sqlx::query(&sql).bind(cohort).fetch_all(self.reader()).await?;
                rows.iter().map(session_from_row).collect()
            }

            async fn attendance(&self, session: uuid::Uuid) -> Result<Vec<uuid::Uuid>> {
                Ok(sqlx::query_scalar("SELECT member FROM session_attendance WHERE session = $1")
                    .bind(session)
                    .fetch_all(self.reader())
                    .await?)
            }

            async fn completed_modules(&self, members: &[uuid::Uuid]) -> Result<Vec<(uuid::Uuid, String)>> {
                let mut out = Vec::new();
                for chunk in members.chunks(BATCH) {
                    let mut q = QueryBuilder::<$db>::new(
                        "SELECT member, module FROM module_progress WHERE completed_at IS NOT NULL AND member IN (",
                    );
                    let mut list = q.separated(", ");
                    for m in chunk {
                        list.push_bind(*m);
                    }
                    q.push(")");
                    for r in q.build().fetch_all(self.reader()).await? {
                        out.push((r.try_get("member")?, r.try_get("module")?));
                    }
                }
                Ok(out)
            }

            async fn card(&self, code: &MemberCode) -> Result<Option<(Member, Option<String>, i64)>> {
                let sql = format!("SELECT {MEMBER_COLUMNS}, m.pin_hash, m.card_version FROM members m WHERE m.code = $1");
                let Some(row) = sqlx::query(&sql).bind(code.as_str()).fetch_optional(self.reader()).await? else {
                    return Ok(None);
                };
                Ok(Some((member_from_row(&row)?, row.try_get("pin_hash")?, row.try_get("card_version")?)))
            }

            async fn set_pin_hash(&self, member: uuid::Uuid, hash: &str) -> Result<()> {
                let done = sqlx::query("UPDATE members SET pin_hash = $1 WHERE id = $2")
                    .bind(hash)
                    .bind(member)
                    .execute(self.writer())
                    .await?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                Ok(())
            }

            async fn reissue_card(&self, member: uuid::Uuid) -> Result<i64> {
                let version: Option<i64> = sqlx::query_scalar(
                    "UPDATE members SET card_version = card_version + 1 WHERE id = $1 RETURNING card_version",
                )
                .bind(member)
                .fetch_optional(self.writer())
                .await?;
                version.ok_or(StoreError::NotFound)
            }
        }
    };
}
