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

#[macro_use]
mod members;
#[macro_use]
mod learning;
#[macro_use]
mod field;
#[macro_use]
pub(crate) mod facts;
#[macro_use]
mod reports;
#[macro_use]
mod sync;
#[macro_use]
mod sync_merge;
#[macro_use]
mod forum;
#[macro_use]
mod forum_posts;
#[macro_use]
mod exchange;
#[macro_use]
mod api;
#[macro_use]
mod lrs;
#[macro_use]
mod privacy;

/// The whole `Store` for one backend: the shared imports, then each family's queries.
macro_rules! shared_store {
    ($store:ty, $db:ty, $row:ty) => {
        use academy_domain::*;
        use futures_util::StreamExt;
        use sqlx::{QueryBuilder, Row};
        use std::collections::{BTreeMap, HashMap};
        use $crate::common::{BATCH, MEMBER_COLUMNS, ORG_COLUMNS};
        use $crate::*;

        members_queries!($store, $db, $row);
        learning_queries!($store, $db, $row);
        field_queries!($store, $db, $row);
        facts_queries!($store, $db, $row);
        reports_queries!($store, $db, $row);
        sync_queries!($store, $db, $row);
        sync_merge_queries!($store, $db, $row);
        forum_queries!($store, $db, $row);
        forum_post_queries!($store, $db, $row);
        exchange_queries!($store, $db, $row);
        api_queries!($store, $db, $row);
        lrs_queries!($store, $db, $row);
        privacy_queries!($store, $db, $row);

        impl Store for $store {
            fn backend(&self) -> &'static str {
                Self::BACKEND
            }
        }
    };
}
