//! The counts reports read, kept up to date in the transaction of every write that changes
//! them. `member_facts` holds what each member did, by month and module, recomputed from the
//! derived tables whenever that member's records change; `report_cube` holds the same counts
//! summed over members alike in gender, place, kind and age band, so that a report reads a
//! few thousand rows whatever the academy's size. A member's old facts leave the cube before
//! their new facts enter it, so the cube is always the sum of the facts.

/// Members whose counts are refreshed by one set of statements. The largest statement names
/// each of them six times: 24,000 parameters, under both databases' limits. Fewer, larger
/// statements keep an import of 20,000 members well inside its budget.
pub(crate) const FACTS_BATCH: usize = 4_000;

/// The counting columns of both tables, in order.
pub(crate) const FACT_COLUMNS: [&str; 8] = [
    "members",
    "lessons",
    "modules",
    "certificates",
    "attended",
    "gain_n",
    "pre_bp",
    "post_bp",
];

/// A table of counts summed over members alike, keeping some of the keys (the others hold
/// '' in every row): the fewer its keys, the fewer its rows.
pub(crate) struct Cube {
    pub table: &'static str,
    pub month: bool,
    pub district: bool,
    pub stakeholder: bool,
    pub age_band: bool,
}

/// The cubes, smallest first; every one keeps module, gender and state. At a million members
/// and twenty million records (scripts/bench-reports) they hold about 50,000 (by month, with
/// kind of work), 45,000 (all time, with district and age band) and 250,000 rows (all keys).
pub(crate) const CUBES: [Cube; 3] = [
    Cube {
        table: "report_cube_state",
        month: true,
        district: false,
        stakeholder: true,
        age_band: false,
    },
    Cube {
        table: "report_cube_alltime",
        month: false,
        district: true,
        stakeholder: true,
        age_band: true,
    },
    Cube {
        table: "report_cube",
        month: true,
        district: true,
        stakeholder: true,
        age_band: true,
    },
];

/// The age band (one of `AGE_BANDS`, or '') of someone born in `birth_year` during `year`,
/// both SQL expressions.
pub(crate) fn age_band_sql(year: &str, birth_year: &str) -> String {
    format!(
        "CASE WHEN {birth_year} IS NULL THEN '' \
         WHEN {year} - {birth_year} < 25 THEN '15-24' WHEN {year} - {birth_year} < 35 THEN '25-34' \
         WHEN {year} - {birth_year} < 45 THEN '35-44' WHEN {year} - {birth_year} < 60 THEN '45-59' \
         ELSE '60+' END"
    )
}

macro_rules! facts_queries {
    ($store:ty, $db:ty, $row:ty) => {
        /// ` AND column IN (…)`, or nothing when the members are all of them.
        fn push_members_in(q: &mut QueryBuilder<'_, $db>, column: &str, members: Option<&[uuid::Uuid]>) {
            if let Some(ids) = members {
                q.push(format!(" AND {column} IN ("));
                let mut list = q.separated(", ");
                for id in ids {
                    list.push_bind(*id);
                }
                q.push(")");
            }
        }

        /// Adds (`sign` 1) or takes away (`sign` -1) these members' stored facts to or from
        /// every cube, under the members' present gender, place and kind.
        async fn move_cube(
            conn: &mut <$db as sqlx::Database>::Connection,
            members: Option<&[uuid::Uuid]>,
            sign: i64,
        ) -> Result<()> {
            use $crate::common::facts::{age_band_sql, CUBES, FACT_COLUMNS};
            for cube in &CUBES {
                let all = [
                    (cube.month, "f.month".to_string()),
                    (true, "f.module".into()),
                    (true, "m.gender".into()),
                    (true, "m.state".into()),
                    (cube.district, "COALESCE(m.district, '')".into()),
                    (cube.stakeholder, "m.stakeholder".into()),
                    (cube.age_band, age_band_sql("CAST(substr(f.month, 1, 4) AS INTEGER)", "m.birth_year")),
                ];
                // A key the cube does not keep is '' in every row, and not grouped by.
                let keys = all.iter().map(|(kept, e)| if *kept { e.as_str() } else { "''" }).collect::<Vec<_>>().join(", ");
                let grouped = all.iter().filter(|(kept, _)| *kept).map(|(_, e)| e.as_str()).collect::<Vec<_>>().join(", ");
                let sums: Vec<String> = FACT_COLUMNS.iter().map(|c| format!("{sign} * SUM(f.{c})")).collect();
                let updates: Vec<String> = FACT_COLUMNS.iter().map(|c| format!("{c} = {}.{c} + excluded.{c}", cube.table)).collect();
                let mut q = QueryBuilder::<$db>::new(format!(
                    "INSERT INTO {table} (month, module, gender, state, district, stakeholder, age_band, {columns}) \
                     SELECT {keys}, {sums} FROM member_facts f JOIN members m ON m.id = f.member WHERE 1 = 1",
                    table = cube.table,
                    columns = FACT_COLUMNS.join(", "),
                    sums = sums.join(", "),
                ));
                push_members_in(&mut q, "f.member", members);
                q.push(format!(
                    " GROUP BY {grouped} ON CONFLICT (month, module, gender, state, district, stakeholder, age_band) \
                     DO UPDATE SET {}",
                    updates.join(", ")
                ));
                q.build().execute(&mut *conn).await?;
            }
            Ok(())
        }

        /// Computes these members' facts afresh from lessons, modules, certificates,
        /// attendance and tests, replacing what was stored.
        async fn compute_facts(conn: &mut <$db as sqlx::Database>::Connection, members: Option<&[uuid::Uuid]>) -> Result<()> {
            let month = <$store>::month_of;
            let mut q = QueryBuilder::<$db>::new("DELETE FROM member_facts WHERE 1 = 1");
            push_members_in(&mut q, "member", members);
            q.build().execute(&mut *conn).await?;

            let mut q = QueryBuilder::<$db>::new(format!(
                "INSERT INTO member_facts (member, month, module, members, lessons, modules, certificates, attended, gain_n, pre_bp, post_bp) \
                 SELECT member, month, module, SUM(members), SUM(lessons), SUM(modules), SUM(certificates), SUM(attended), \
                 SUM(gain_n), SUM(pre_bp), SUM(post_bp) FROM (\
                 SELECT m.id AS member, {joined} AS month, '' AS module, 1 AS members, 0 AS lessons, 0 AS modules, \
                 0 AS certificates, 0 AS attended, 0 AS gain_n, 0 AS pre_bp, 0 AS post_bp FROM members m WHERE 1 = 1",
                joined = month("m.created_at"),
            ));
            push_members_in(&mut q, "m.id", members);
            q.push(format!(
                " UNION ALL SELECT lp.member, {}, lp.module, 0, 1, 0, 0, 0, 0, 0, 0 FROM lesson_progress lp \
                 WHERE lp.completed_at IS NOT NULL",
                month("lp.completed_at")
            ));
            push_members_in(&mut q, "lp.member", members);
            q.push(format!(
                " UNION ALL SELECT mp.member, {}, mp.module, 0, 0, 1, 0, 0, 0, 0, 0 FROM module_progress mp \
                 WHERE mp.completed_at IS NOT NULL",
                month("mp.completed_at")
            ));
            push_members_in(&mut q, "mp.member", members);
            q.push(format!(
                " UNION ALL SELECT ce.member, {}, CASE WHEN ce.achievement LIKE 'module:%' THEN substr(ce.achievement, 8) \
                 ELSE ce.achievement END, 0, 0, 0, 1, 0, 0, 0, 0 FROM certificates ce WHERE ce.revoked_at IS NULL",
                month("ce.issued_at")
            ));
            push_members_in(&mut q, "ce.member", members);
            q.push(format!(
                " UNION ALL SELECT sa.member, {}, '', 0, 0, 0, 0, 1, 0, 0, 0 FROM session_attendance sa \
                 JOIN group_sessions gs ON gs.id = sa.session WHERE gs.held_at IS NOT NULL",
                month("gs.held_at")
            ));
            push_members_in(&mut q, "sa.member", members);
            // Knowledge gain: each score in hundredths of a per cent, rounded half up.
            let bp = |t: &str| format!("({t}.score * 20000 + {t}.max_score) / ({t}.max_score * 2)");
            q.push(format!(
                " UNION ALL SELECT g.member, {}, g.module, 0, 0, 0, 0, 0, 1, g.pre_bp, g.post_bp FROM (\
                 SELECT t.member, t.module, MIN(t.at) AS first_post, MAX({post}) AS post_bp, \
                 (SELECT {pre} FROM test_results p WHERE p.member = t.member AND p.module = t.module \
                 AND p.test = 'pre' AND p.max_score > 0 ORDER BY p.at, p.attempt LIMIT 1) AS pre_bp \
                 FROM test_results t WHERE t.test = 'post' AND t.max_score > 0",
                month("g.first_post"),
                post = bp("t"),
                pre = bp("p"),
            ));
            push_members_in(&mut q, "t.member", members);
            // A member who took her consent back is counted no more (DPDP Act s.6(6)).
            q.push(
                " GROUP BY t.member, t.module) g WHERE g.pre_bp IS NOT NULL) x \
                 WHERE member NOT IN (SELECT c.member FROM consents c JOIN members w ON w.id = c.member \
                 WHERE c.withdrawn_at IS NOT NULL AND w.consent_on IS NULL) GROUP BY member, month, module",
            );
            q.build().execute(&mut *conn).await?;
            Ok(())
        }

        /// Brings the facts of members whose records just changed up to date. Call it in the
        /// transaction that changed them, after the change.
        async fn refresh_facts(conn: &mut <$db as sqlx::Database>::Connection, members: &[uuid::Uuid]) -> Result<()> {
            facts_out(conn, members).await?;
            facts_in(conn, members).await
        }

        /// Takes members' facts out of the cube: call before changing who they are (gender,
        /// place, kind, birth year), and `facts_in` after.
        async fn facts_out(conn: &mut <$db as sqlx::Database>::Connection, members: &[uuid::Uuid]) -> Result<()> {
            for chunk in members.chunks($crate::common::facts::FACTS_BATCH) {
                move_cube(conn, Some(chunk), -1).await?;
                let mut q = QueryBuilder::<$db>::new("DELETE FROM member_facts WHERE 1 = 1");
                push_members_in(&mut q, "member", Some(chunk));
                q.build().execute(&mut *conn).await?;
            }
            Ok(())
        }

        /// Computes members' facts and adds them to the cube.
        async fn facts_in(conn: &mut <$db as sqlx::Database>::Connection, members: &[uuid::Uuid]) -> Result<()> {
            for chunk in members.chunks($crate::common::facts::FACTS_BATCH) {
                compute_facts(conn, Some(chunk)).await?;
                move_cube(conn, Some(chunk), 1).await?;
            }
            Ok(())
        }

        /// Recomputes every fact, the cube and each member's latest activity from the records.
        async fn rebuild_facts(conn: &mut <$db as sqlx::Database>::Connection) -> Result<()> {
            for cube in &$crate::common::facts::CUBES {
                sqlx::query(&format!("DELETE FROM {}", cube.table)).execute(&mut *conn).await?;
            }
            compute_facts(conn, None).await?;
            move_cube(conn, None, 1).await?;
            sqlx::query(
                "UPDATE members SET last_active_at = x.last FROM (SELECT actor, MAX(at) AS last FROM statements GROUP BY actor) x \
                 WHERE x.actor = members.id",
            )
                .execute(&mut *conn)
                .await?;
            Ok(())
        }
    };
}
