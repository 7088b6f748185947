//! Reports: indicators, knowledge gain and sessions, summed from the precomputed counts
//! (`facts.rs`): the whole academy from the cube, one organisation's or cohort's members from
//! their own facts. The queries both databases share, as a macro expanded by each backend.

macro_rules! reports_queries {
    ($store:ty, $db:ty, $row:ty) => {
        /// The SQL expression a report groups the counted rows (`c`) by.
        fn group_expression(by: Dimension) -> &'static str {
            match by {
                Dimension::Gender => "c.gender",
                Dimension::State => "c.state",
                Dimension::District => "c.district",
                Dimension::Stakeholder => "c.stakeholder",
                Dimension::AgeBand => "c.age_band",
                Dimension::Month => "c.month",
                Dimension::Year => "substr(c.month, 1, 4)",
                Dimension::Quarter => {
                    "substr(c.month, 1, 4) || '-Q' || CAST((CAST(substr(c.month, 6, 2) AS INTEGER) + 2) / 3 AS TEXT)"
                }
            }
        }

        /// The SQL expression members (`m`) are grouped by when counting who is active now.
        fn member_group_expression(by: Dimension, year: i32) -> String {
            match by {
                Dimension::Gender => "m.gender".into(),
                Dimension::State => "m.state".into(),
                Dimension::District => "COALESCE(m.district, '')".into(),
                Dimension::Stakeholder => "m.stakeholder".into(),
                // A number from the clock: safe to write into the SQL.
                _ => $crate::common::facts::age_band_sql(&year.to_string(), "m.birth_year"),
            }
        }

        /// ` AND` the member is in the filter's organisation and cohort.
        fn push_groups(q: &mut QueryBuilder<'_, $db>, f: &ReportFilter) {
            if let Some(o) = f.organisation {
                q.push(" AND EXISTS (SELECT 1 FROM memberships ms WHERE ms.member_id = m.id AND ms.organisation_id = ").push_bind(o).push(")");
            }
            if let Some(c) = f.cohort {
                q.push(" AND EXISTS (SELECT 1 FROM cohort_members cm WHERE cm.member = m.id AND cm.cohort = ").push_bind(c).push(")");
            }
        }

        /// The rows a report sums, as `c`: the cube, or for one organisation's or cohort's
        /// members their own facts with the same columns.
        fn push_counted(q: &mut QueryBuilder<'_, $db>, f: &ReportFilter, by: Dimension) {
            if f.organisation.is_none() && f.cohort.is_none() {
                // The smallest cube with every key the report filters or groups by.
                let cube = $crate::common::facts::CUBES
                    .iter()
                    .find(|c| {
                        (c.month || (f.period.is_none() && !by.is_period()))
                            && (c.district || (f.district.is_none() && by != Dimension::District))
                            && (c.stakeholder || (f.stakeholder.is_none() && by != Dimension::Stakeholder))
                            && (c.age_band || (f.age_band.is_none() && by != Dimension::AgeBand))
                    })
                    .expect("the full cube has every key");
                q.push(format!(" FROM {} c WHERE 1 = 1", cube.table));
            } else {
                // From the group's members to their counts: a few hundred rows, not all.
                q.push(format!(
                    " FROM (SELECT f.*, m.gender, m.state, COALESCE(m.district, '') AS district, m.stakeholder, \
                     {age} AS age_band FROM ",
                    age = $crate::common::facts::age_band_sql("CAST(substr(f.month, 1, 4) AS INTEGER)", "m.birth_year")
                ));
                match (f.organisation, f.cohort) {
                    (Some(o), cohort) => {
                        q.push("memberships ms JOIN member_facts f ON f.member = ms.member_id");
                        if let Some(c) = cohort {
                            q.push(" JOIN cohort_members cm ON cm.member = ms.member_id AND cm.cohort = ").push_bind(c);
                        }
                        q.push(" JOIN members m ON m.id = f.member WHERE ms.organisation_id = ").push_bind(o);
                    }
                    (None, c) => {
                        q.push("cohort_members cm JOIN member_facts f ON f.member = cm.member JOIN members m ON m.id = f.member WHERE cm.cohort = ")
                            .push_bind(c);
                    }
                }
                q.push(") c WHERE 1 = 1");
            }
            if let Some(g) = f.gender {
                q.push(" AND c.gender = ").push_bind(g.as_str());
            }
            if let Some(st) = f.state {
                q.push(" AND c.state = ").push_bind(st.code());
            }
            if let Some(d) = &f.district {
                q.push(" AND c.district = ").push_bind(d.clone());
            }
            if let Some(k) = f.stakeholder {
                q.push(" AND c.stakeholder = ").push_bind(k.as_str());
            }
            if let Some(a) = &f.age_band {
                q.push(" AND c.age_band = ").push_bind(a.clone());
            }
            // Joining and attendance belong to no module: they count whatever the module.
            if let Some(m) = &f.module {
                q.push(" AND c.module IN ('', ").push_bind(m.clone()).push(")");
            }
            if let Some(p) = &f.period {
                let (first, last) = p.months();
                q.push(" AND c.month >= ").push_bind(first).push(" AND c.month <= ").push_bind(last);
            }
        }

        /// ` AND` the member (`m`) passes the filter, their age band taken in `year`. Place and
        /// kind are compared as expressions (`m.state || ''`), which no index serves: SQLite
        /// then walks the index that matters to the query (the recently active, or members in
        /// code order) instead of every member of a state.
        fn push_report_member_filter(q: &mut QueryBuilder<'_, $db>, f: &ReportFilter, year: i32) {
            let column = |name: &str| format!("m.{name} || ''");
            if let Some(g) = f.gender {
                q.push(format!(" AND {} = ", column("gender"))).push_bind(g.as_str());
            }
            if let Some(st) = f.state {
                q.push(format!(" AND {} = ", column("state"))).push_bind(st.code());
            }
            if let Some(d) = &f.district {
                q.push(format!(" AND {} = ", column("district"))).push_bind(d.clone());
            }
            if let Some(k) = f.stakeholder {
                q.push(format!(" AND {} = ", column("stakeholder"))).push_bind(k.as_str());
            }
            if let Some(a) = &f.age_band {
                q.push(format!(" AND {} = ", $crate::common::facts::age_band_sql(&year.to_string(), "m.birth_year")))
                    .push_bind(a.clone());
            }
            push_groups(q, f);
        }

        fn sum(column: &str) -> String {
            format!("CAST(SUM(c.{column}) AS BIGINT) AS {column}")
        }

        /// One page of the member-level report: members after `after` in code order.
        async fn member_report_page(
            pool: &sqlx::Pool<$db>,
            f: &ReportFilter,
            after: &str,
            now: time::OffsetDateTime,
        ) -> Result<Vec<MemberReportRow>> {
            const PAGE: i64 = 2000;
            // The page's members first, walking the code index (the filters as expressions
            // no other index serves) and stopping at the page's end; then their counts.
            let mut q = QueryBuilder::<$db>::new("WITH page AS (SELECT m.id FROM members m WHERE m.code > ");
            q.push_bind(after.to_string());
            push_report_member_filter(&mut q, f, now.year());
            q.push(" ORDER BY m.code LIMIT ").push_bind(PAGE);
            q.push(
                ") SELECT m.code, m.full_name, m.gender, m.birth_year, m.state, m.district, m.stakeholder, m.last_active_at, \
                 CAST(COALESCE(SUM(f.lessons), 0) AS BIGINT) AS lessons, CAST(COALESCE(SUM(f.modules), 0) AS BIGINT) AS modules, \
                 CAST(COALESCE(SUM(f.certificates), 0) AS BIGINT) AS certificates, CAST(COALESCE(SUM(f.attended), 0) AS BIGINT) AS attended \
                 FROM page JOIN members m ON m.id = page.id LEFT JOIN member_facts f ON f.member = m.id",
            );
            if let Some(m) = &f.module {
                q.push(" AND f.module IN ('', ").push_bind(m.clone()).push(")");
            }
            if let Some(p) = &f.period {
                let (first, last) = p.months();
                q.push(" AND f.month >= ").push_bind(first).push(" AND f.month <= ").push_bind(last);
            }
            q.push(
                " GROUP BY m.id, m.code, m.full_name, m.gender, m.birth_year, m.state, m.district, m.stakeholder, m.last_active_at \
                 ORDER BY m.code",
            );
            let rows = q.build().fetch_all(pool).await?;
            rows.iter()
                .map(|r| {
                    Ok(MemberReportRow {
                        code: r.try_get("code")?,
                        full_name: r.try_get("full_name")?,
                        gender: r.try_get("gender")?,
                        birth_year: r.try_get("birth_year")?,
                        state: r.try_get("state")?,
                        district: r.try_get("district")?,
                        stakeholder: r.try_get("stakeholder")?,
                        last_active: r.try_get("last_active_at")?,
                        lessons_completed: r.try_get("lessons")?,
                        modules_completed: r.try_get("modules")?,
                        certificates: r.try_get("certificates")?,
                        sessions_attended: r.try_get("attended")?,
                    })
                })
                .collect()
        }

        #[async_trait::async_trait]
        impl ReportStore for $store {
            async fn report_indicators(&self, f: &ReportFilter, by: Dimension, now: time::OffsetDateTime) -> Result<Vec<IndicatorRow>> {
                let mut q = QueryBuilder::<$db>::new(format!(
                    "SELECT {group} AS grp, {}, {}, {}, {}, {}",
                    sum("members"),
                    sum("lessons"),
                    sum("modules"),
                    sum("certificates"),
                    sum("attended"),
                    group = group_expression(by),
                ));
                push_counted(&mut q, f, by);
                q.push(" GROUP BY grp HAVING SUM(c.members) <> 0 OR SUM(c.lessons) <> 0 OR SUM(c.modules) <> 0 \
                         OR SUM(c.certificates) <> 0 OR SUM(c.attended) <> 0 ORDER BY grp");
                let mut rows: BTreeMap<String, IndicatorRow> = BTreeMap::new();
                for r in q.build().fetch_all(self.reader()).await? {
                    let group: String = r.try_get("grp")?;
                    rows.insert(
                        group.clone(),
                        IndicatorRow {
                            group,
                            members: r.try_get("members")?,
                            active_30: None,
                            active_90: None,
                            lessons_completed: r.try_get("lessons")?,
                            modules_completed: r.try_get("modules")?,
                            certificates: r.try_get("certificates")?,
                            sessions_attended: r.try_get("attended")?,
                        },
                    );
                }
                if by.is_period() {
                    return Ok(rows.into_values().collect());
                }
                // Who is active is about now, whatever the period.
                let (d30, d90) = (now - time::Duration::days(30), now - time::Duration::days(90));
                let utc = |t: time::OffsetDateTime| t.to_offset(time::UtcOffset::UTC);
                let mut q = QueryBuilder::<$db>::new(format!(
                    "SELECT {} AS grp, CAST(SUM(CASE WHEN m.last_active_at >= ",
                    member_group_expression(by, now.year())
                ));
                q.push_bind(utc(d30)).push(" THEN 1 ELSE 0 END) AS BIGINT) AS a30, COUNT(*) AS a90 FROM members m WHERE m.last_active_at >= ");
                q.push_bind(utc(d90));
                push_report_member_filter(&mut q, f, now.year());
                q.push(" GROUP BY grp");
                for r in q.build().fetch_all(self.reader()).await? {
                    let group: String = r.try_get("grp")?;
                    let row = rows.entry(group.clone()).or_insert_with(|| IndicatorRow { group, ..Default::default() });
                    row.active_30 = Some(r.try_get("a30")?);
                    row.active_90 = Some(r.try_get("a90")?);
                }
                Ok(rows
                    .into_values()
                    .map(|r| IndicatorRow { active_30: r.active_30.or(Some(0)), active_90: r.active_90.or(Some(0)), ..r })
                    .collect())
            }

            async fn report_gain(&self, f: &ReportFilter, by: Dimension) -> Result<Vec<GainRow>> {
                let mut q = QueryBuilder::<$db>::new(format!(
                    "SELECT c.module AS module, {group} AS grp, {}, {}, {}",
                    sum("gain_n"),
                    sum("pre_bp"),
                    sum("post_bp"),
                    group = group_expression(by),
                ));
                push_counted(&mut q, f, by);
                q.push(" AND c.gain_n <> 0 GROUP BY c.module, grp HAVING SUM(c.gain_n) > 0 ORDER BY c.module, grp");
                let rows = q.build().fetch_all(self.reader()).await?;
                rows.iter()
                    .map(|r| {
                        let n: i64 = r.try_get("gain_n")?;
                        let mean = |total: i64| total as f64 / n as f64 / 100.0;
                        Ok(GainRow {
                            module: r.try_get("module")?,
                            group: r.try_get("grp")?,
                            n,
                            pre: mean(r.try_get("pre_bp")?),
                            post: mean(r.try_get("post_bp")?),
                        })
                    })
                    .collect()
            }

            async fn report_sessions(&self, f: &ReportFilter) -> Result<SessionTotals> {
                let mut q = QueryBuilder::<$db>::new(
                    "SELECT COUNT(*) FROM group_sessions gs JOIN cohorts c ON c.id = gs.cohort WHERE gs.held_at IS NOT NULL",
                );
                if let Some(p) = &f.period {
                    q.push(" AND gs.held_at >= ").push_bind(p.from.to_offset(time::UtcOffset::UTC));
                    q.push(" AND gs.held_at < ").push_bind(p.to.to_offset(time::UtcOffset::UTC));
                }
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
                let held: i64 = q.build_query_scalar().fetch_one(self.reader()).await?;
                let mut a = QueryBuilder::<$db>::new(format!("SELECT {}", sum("attended")));
                push_counted(&mut a, f, Dimension::Gender);
                let attendances: Option<i64> = a.build_query_scalar().fetch_one(self.reader()).await?;
                Ok(SessionTotals { held, attendances: attendances.unwrap_or(0) })
            }

            async fn report_completions_by_month(&self, f: &ReportFilter) -> Result<Vec<(String, i64)>> {
                let mut q = QueryBuilder::<$db>::new(format!("SELECT c.month AS month, {}", sum("modules")));
                push_counted(&mut q, f, Dimension::Month);
                q.push(" AND c.modules <> 0 GROUP BY c.month HAVING SUM(c.modules) <> 0 ORDER BY c.month");
                let rows = q.build().fetch_all(self.reader()).await?;
                rows.iter().map(|r| Ok((r.try_get("month")?, r.try_get("modules")?))).collect()
            }

            fn report_members<'a>(&'a self, f: &'a ReportFilter, now: time::OffsetDateTime) -> futures_util::stream::BoxStream<'a, Result<MemberReportRow>> {
                use futures_util::TryStreamExt;
                let pages = futures_util::stream::try_unfold(Some(String::new()), move |after| async move {
                    let Some(after) = after else { return Ok::<_, StoreError>(None) };
                    let page = member_report_page(self.reader(), f, &after, now).await?;
                    let next = page.last().map(|r| r.code.clone());
                    Ok(if page.is_empty() { None } else { Some((futures_util::stream::iter(page.into_iter().map(Ok)), next)) })
                });
                Box::pin(pages.try_flatten())
            }

            async fn rebuild_report_facts(&self) -> Result<()> {
                let mut tx = self.writer().begin().await?;
                rebuild_facts(&mut tx).await?;
                tx.commit().await?;
                Ok(())
            }
        }
    };
}
