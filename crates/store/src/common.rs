//! The queries both databases share. `shared_store!` writes the `Store` implementation once
//! for a backend type that provides `reader()`, `writer()` (pools) and the few SQL fragments
//! that differ (`ORG_NAMES_AGG`). Placeholders are `$1, $2, …` in order of first use, which
//! SQLite and PostgreSQL both read the same way.

/// The member columns every member query selects, in the order `member_from_row` reads them.
pub(crate) const MEMBER_COLUMNS: &str = "m.id, m.code, m.full_name, m.phone, m.gender, \
    m.birth_year, m.state, m.district, m.village, m.stakeholder, m.language, m.roles, \
    m.consent_on, m.consent_by, m.registered_by, m.created_at, m.updated_at";

pub(crate) const ORG_COLUMNS: &str =
    "o.id, o.name, o.kind, o.state, o.district, o.village, o.created_at";

/// Rows per multi-row INSERT: well under both databases' limits on bound parameters.
pub(crate) const BATCH: usize = 400;

macro_rules! shared_store {
    ($store:ty, $db:ty, $row:ty) => {
        use $crate::common::{BATCH, MEMBER_COLUMNS, ORG_COLUMNS};
        use $crate::*;
        use academy_domain::*;
        use futures_util::StreamExt;
        use sqlx::{QueryBuilder, Row};
        use std::collections::{BTreeMap, HashMap};

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

        /// Reserves `count` member numbers for `state` and returns the first.
        async fn reserve_codes(
            conn: &mut <$db as sqlx::Database>::Connection,
            state: State,
            count: i64,
        ) -> Result<i64> {
            let last: i64 = sqlx::query_scalar(
                "INSERT INTO member_code_counters (state, last) VALUES ($1, $2) \
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

        /// Appends one statement; false if its id was already stored.
        async fn insert_statement(
            conn: &mut <$db as sqlx::Database>::Connection,
            st: &Statement,
            stored: time::OffsetDateTime,
        ) -> Result<bool> {
            let done = sqlx::query(
                "INSERT INTO statements (id, actor, verb, object, parent, score, max_score, success, response, lang, via, at, stored) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (id) DO NOTHING",
            )
            .bind(st.id)
            .bind(st.actor)
            .bind(st.verb.as_str())
            .bind(st.object.id())
            .bind(st.parent)
            .bind(st.outcome.score.map(|s| s as i32))
            .bind(st.outcome.max_score.map(|s| s as i32))
            .bind(st.outcome.success)
            .bind(&st.outcome.response)
            .bind(st.lang.as_str())
            .bind(if st.facilitated { "facilitated" } else { "web" })
            .bind(st.at)
            .bind(stored)
            .execute(&mut *conn)
            .await
            .map_err(|e| match &e {
                sqlx::Error::Database(db) if db.is_foreign_key_violation() => StoreError::NotFound,
                _ => StoreError::Db(e),
            })?;
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
        /// rule is done and a post-test is passed.
        async fn complete_module_if_done(
            conn: &mut <$db as sqlx::Database>::Connection,
            trigger: &Statement,
            rule: &CompletionRule,
            now: time::OffsetDateTime,
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
            if done.is_some() {
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
                    id: uuid::Uuid::now_v7(),
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
            }
            Ok(())
        }

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

        /// The SQL expression a report groups members by.
        fn group_expression(by: Dimension, this_year: i32) -> String {
            match by {
                Dimension::Gender => "m.gender".into(),
                Dimension::State => "m.state".into(),
                Dimension::District => "COALESCE(m.district, '')".into(),
                Dimension::Stakeholder => "m.stakeholder".into(),
                // Numbers only, from the clock: safe to write into the SQL.
                Dimension::AgeBand => format!(
                    "CASE WHEN m.birth_year IS NULL THEN '' \
                     WHEN m.birth_year > {a} THEN '15-24' WHEN m.birth_year > {b} THEN '25-34' \
                     WHEN m.birth_year > {c} THEN '35-44' WHEN m.birth_year > {d} THEN '45-59' ELSE '60+' END",
                    a = this_year - 25,
                    b = this_year - 35,
                    c = this_year - 45,
                    d = this_year - 60
                ),
            }
        }

        /// The member conditions of a report filter (AND-ed after a WHERE).
        fn push_report_members(q: &mut QueryBuilder<'_, $db>, f: &ReportFilter) {
            if let Some(g) = f.gender {
                q.push(" AND m.gender = ").push_bind(g.as_str());
            }
            if let Some(st) = f.state {
                q.push(" AND m.state = ").push_bind(st.code());
            }
            if let Some(d) = &f.district {
                q.push(" AND m.district = ").push_bind(d.clone());
            }
            if let Some(k) = f.stakeholder {
                q.push(" AND m.stakeholder = ").push_bind(k.as_str());
            }
            if let Some(o) = f.organisation {
                q.push(" AND EXISTS (SELECT 1 FROM memberships ms WHERE ms.member_id = m.id AND ms.organisation_id = ").push_bind(o).push(")");
            }
            if let Some(c) = f.cohort {
                q.push(" AND EXISTS (SELECT 1 FROM cohort_members cm WHERE cm.member = m.id AND cm.cohort = ").push_bind(c).push(")");
            }
            if let Some((from, to)) = f.born {
                q.push(" AND m.birth_year BETWEEN ").push_bind(from).push(" AND ").push_bind(to);
            }
        }

        /// `AND column = module` when the report is about one module.
        fn push_module(q: &mut QueryBuilder<'_, $db>, column: &str, f: &ReportFilter) {
            if let Some(m) = &f.module {
                q.push(format!(" AND {column} = ")).push_bind(m.clone());
            }
        }

        /// `AND column >= from AND column < to` for the report's period.
        fn push_period(q: &mut QueryBuilder<'_, $db>, column: &str, f: &ReportFilter) {
            if let Some(from) = f.from {
                q.push(format!(" AND {column} >= ")).push_bind(from.to_offset(time::UtcOffset::UTC));
            }
            if let Some(to) = f.to {
                q.push(format!(" AND {column} < ")).push_bind(to.to_offset(time::UtcOffset::UTC));
            }
        }

        #[async_trait::async_trait]
        impl Store for $store {
            fn backend(&self) -> &'static str {
                Self::BACKEND
            }

            async fn create_member(&self, draft: &MemberDraft, roles: Roles) -> Result<Member> {
                let mut tx = self.writer().begin().await?;
                let number = reserve_codes(&mut tx, draft.state, 1).await?;
                let code = MemberCode::new(draft.state, number);
                let id = uuid::Uuid::now_v7();
                insert_member(&mut tx, id, &code, draft, roles, time::OffsetDateTime::now_utc()).await?;
                tx.commit().await?;
                self.member(id).await
            }

            async fn update_member(&self, id: uuid::Uuid, draft: &MemberDraft) -> Result<Member> {
                let current = self.member(id).await?;
                let mut tx = self.writer().begin().await?;
                if update_member_in(&mut tx, id, &current.code, draft).await? == 0 {
                    return Err(StoreError::NotFound);
                }
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
                .map_err(|e| match &e {
                    sqlx::Error::Database(db) if db.is_foreign_key_violation() => StoreError::NotFound,
                    _ => StoreError::Db(e),
                })?;
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
                tx.commit().await?;
                Ok(version)
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
                let now = time::OffsetDateTime::now_utc();
                let mut new = 0;
                // The first new statement of each member in each module, to check completion.
                let mut touched: BTreeMap<(uuid::Uuid, String), Statement> = BTreeMap::new();
                for st in statements {
                    // Times are compared as text on SQLite: store them all in UTC.
                    let st = Statement { at: st.at.to_offset(time::UtcOffset::UTC), ..st.clone() };
                    if insert_statement(&mut tx, &st, now).await? {
                        new += 1;
                        derive_progress(&mut tx, &st).await?;
                        if let Some(module) = module_of(&st.object) {
                            touched.entry((st.actor, module.to_string())).or_insert(st);
                        }
                    }
                }
                for ((_, module), trigger) in &touched {
                    if let Some(rule) = rules.iter().find(|r| &r.module == module) {
                        complete_module_if_done(&mut tx, trigger, rule, now).await?;
                    }
                }
                tx.commit().await?;
                Ok(new)
            }

            async fn lesson_progress(&self, member: uuid::Uuid, module: Option<&str>) -> Result<Vec<LessonProgress>> {
                let mut q = QueryBuilder::<$db>::new(
                    "SELECT module, lesson, opened_at, completed_at, facilitated FROM lesson_progress WHERE member = ",
                );
                q.push_bind(member);
                if let Some(m) = module {
                    q.push(" AND module = ").push_bind(m.to_string());
                }
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
                    .map_err(|e| match &e {
                        sqlx::Error::Database(db) if db.is_foreign_key_violation() => StoreError::NotFound,
                        _ => StoreError::Db(e),
                    })?;
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
                    .map_err(|e| match &e {
                        sqlx::Error::Database(db) if db.is_foreign_key_violation() => StoreError::NotFound,
                        _ => StoreError::Db(e),
                    })?;
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
                .map_err(|e| match &e {
                    sqlx::Error::Database(db) if db.is_foreign_key_violation() => StoreError::NotFound,
                    _ => StoreError::Db(e),
                })?;
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

            async fn report_indicators(&self, f: &ReportFilter, by: Dimension, now: time::OffsetDateTime) -> Result<Vec<IndicatorRow>> {
                let group = group_expression(by, now.year());
                let mut q = QueryBuilder::<$db>::new(format!("SELECT {group} AS grp, COUNT(*) AS members, "));
                for days in [30, 90] {
                    q.push("CAST(SUM(CASE WHEN EXISTS (SELECT 1 FROM statements s WHERE s.actor = m.id AND s.at >= ")
                        .push_bind((now - time::Duration::days(days)).to_offset(time::UtcOffset::UTC))
                        .push(format!(") THEN 1 ELSE 0 END) AS BIGINT) AS active_{days}, "));
                }
                q.push("CAST(SUM((SELECT COUNT(*) FROM lesson_progress lp WHERE lp.member = m.id AND lp.completed_at IS NOT NULL");
                push_period(&mut q, "lp.completed_at", f);
                push_module(&mut q, "lp.module", f);
                q.push(")) AS BIGINT) AS lessons, CAST(SUM((SELECT COUNT(*) FROM module_progress mp WHERE mp.member = m.id AND mp.completed_at IS NOT NULL");
                push_period(&mut q, "mp.completed_at", f);
                push_module(&mut q, "mp.module", f);
                q.push(")) AS BIGINT) AS modules, CAST(SUM((SELECT COUNT(*) FROM session_attendance sa JOIN group_sessions gs ON gs.id = sa.session WHERE sa.member = m.id");
                push_period(&mut q, "gs.held_at", f);
                q.push(")) AS BIGINT) AS attended FROM members m WHERE 1=1");
                push_report_members(&mut q, f);
                q.push(" GROUP BY grp ORDER BY grp");
                let rows = q.build().fetch_all(self.reader()).await?;
                rows.iter()
                    .map(|r| {
                        Ok(IndicatorRow {
                            group: r.try_get("grp")?,
                            members: r.try_get("members")?,
                            active_30: r.try_get::<Option<i64>, _>("active_30")?.unwrap_or(0),
                            active_90: r.try_get::<Option<i64>, _>("active_90")?.unwrap_or(0),
                            lessons_completed: r.try_get::<Option<i64>, _>("lessons")?.unwrap_or(0),
                            modules_completed: r.try_get::<Option<i64>, _>("modules")?.unwrap_or(0),
                            sessions_attended: r.try_get::<Option<i64>, _>("attended")?.unwrap_or(0),
                        })
                    })
                    .collect()
            }

            async fn report_gain(&self, f: &ReportFilter, by: Dimension) -> Result<Vec<GainRow>> {
                let group = group_expression(by, time::OffsetDateTime::now_utc().year());
                let mut q = QueryBuilder::<$db>::new(
                    "WITH firstpre AS (SELECT member, module, CAST(score AS DOUBLE PRECISION) * 100 / max_score AS pct, \
                     ROW_NUMBER() OVER (PARTITION BY member, module ORDER BY at, attempt) AS rn \
                     FROM test_results WHERE test = 'pre' AND max_score > 0), \
                     bestpost AS (SELECT member, module, MAX(CAST(score AS DOUBLE PRECISION) * 100 / max_score) AS pct \
                     FROM test_results WHERE test = 'post' AND max_score > 0",
                );
                push_period(&mut q, "at", f);
                q.push(format!(
                    " GROUP BY member, module) \
                     SELECT p.module AS module, {group} AS grp, COUNT(*) AS n, \
                     CAST(AVG(p.pct) AS DOUBLE PRECISION) AS pre, CAST(AVG(b.pct) AS DOUBLE PRECISION) AS post \
                     FROM firstpre p JOIN bestpost b ON b.member = p.member AND b.module = p.module \
                     JOIN members m ON m.id = p.member WHERE p.rn = 1"
                ));
                push_module(&mut q, "p.module", f);
                push_report_members(&mut q, f);
                q.push(" GROUP BY p.module, grp ORDER BY p.module, grp");
                let rows = q.build().fetch_all(self.reader()).await?;
                rows.iter()
                    .map(|r| {
                        Ok(GainRow {
                            module: r.try_get("module")?,
                            group: r.try_get("grp")?,
                            n: r.try_get("n")?,
                            pre: r.try_get("pre")?,
                            post: r.try_get("post")?,
                        })
                    })
                    .collect()
            }

            async fn report_sessions(&self, f: &ReportFilter) -> Result<SessionTotals> {
                let mut q = QueryBuilder::<$db>::new(
                    "SELECT COUNT(*) FROM group_sessions gs JOIN cohorts c ON c.id = gs.cohort WHERE gs.held_at IS NOT NULL",
                );
                push_period(&mut q, "gs.held_at", f);
                let push_cohort = |q: &mut QueryBuilder<'_, $db>| {
                    if let Some(st) = f.state {
                        q.push(" AND c.state = ").push_bind(st.code());
                    }
                    if let Some(d) = &f.district {
                        q.push(" AND c.district = ").push_bind(d.clone());
                    }
                    if let Some(c) = f.cohort {
                        q.push(" AND c.id = ").push_bind(c);
                    }
                    if let Some(o) = f.organisation {
                        q.push(" AND c.organisation = ").push_bind(o);
                    }
                };
                push_cohort(&mut q);
                let held: i64 = q.build_query_scalar().fetch_one(self.reader()).await?;
                let mut a = QueryBuilder::<$db>::new(
                    "SELECT COUNT(*) FROM session_attendance sa JOIN group_sessions gs ON gs.id = sa.session \
                     JOIN cohorts c ON c.id = gs.cohort JOIN members m ON m.id = sa.member WHERE gs.held_at IS NOT NULL",
                );
                push_period(&mut a, "gs.held_at", f);
                push_cohort(&mut a);
                push_report_members(&mut a, f);
                let attendances: i64 = a.build_query_scalar().fetch_one(self.reader()).await?;
                Ok(SessionTotals { held, attendances })
            }

            async fn report_completions_by_month(&self, f: &ReportFilter) -> Result<Vec<(String, i64)>> {
                let mut q = QueryBuilder::<$db>::new(format!(
                    "SELECT {month} AS month, COUNT(*) AS n FROM module_progress mp JOIN members m ON m.id = mp.member \
                     WHERE mp.completed_at IS NOT NULL",
                    month = <$store>::MONTH_OF_COMPLETION
                ));
                push_period(&mut q, "mp.completed_at", f);
                push_module(&mut q, "mp.module", f);
                push_report_members(&mut q, f);
                q.push(" GROUP BY month ORDER BY month");
                let rows = q.build().fetch_all(self.reader()).await?;
                rows.iter().map(|r| Ok((r.try_get("month")?, r.try_get("n")?))).collect()
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
