//! Reports: indicators, knowledge gain and sessions counted from the derived tables: the queries both databases share, as a macro expanded by each backend.

macro_rules! reports_queries {
    ($store:ty, $db:ty, $row:ty) => {
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
        impl ReportStore for $store {
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
                q.push(")) AS BIGINT) AS modules, CAST(SUM((SELECT COUNT(*) FROM certificates ce WHERE ce.member = m.id AND ce.revoked_at IS NULL");
                push_period(&mut q, "ce.issued_at", f);
                if let Some(m) = &f.module {
                    q.push(" AND ce.achievement = ").push_bind(format!("module:{m}"));
                }
                q.push(")) AS BIGINT) AS certificates, CAST(SUM((SELECT COUNT(*) FROM session_attendance sa JOIN group_sessions gs ON gs.id = sa.session WHERE sa.member = m.id");
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
                            certificates: r.try_get::<Option<i64>, _>("certificates")?.unwrap_or(0),
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
        }
    };
}
