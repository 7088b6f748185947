//! PostgreSQL, for an organisation that runs several `academy serve` processes behind a load
//! balancer: everything, web sessions included, lives in the one database.

use std::str::FromStr;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{Pool, Postgres};

pub struct PgStore {
    pool: Pool<Postgres>,
}

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

impl PgStore {
    const BACKEND: &'static str = "postgres";
    const ORG_NAMES_AGG: &'static str = "string_agg(o.name, '; ' ORDER BY o.name_key)";

    /// The month (`YYYY-MM`, India time) of the time in `column`.
    fn month_of(column: &str) -> String {
        format!("to_char(({column} AT TIME ZONE 'UTC') + INTERVAL '330 minutes', 'YYYY-MM')")
    }

    /// Connects to and migrates the database at `url`.
    pub async fn open(url: &str) -> crate::Result<Self> {
        let options = PgConnectOptions::from_str(url)?.application_name("academy");
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .connect_with(options)
            .await?;
        MIGRATOR.run(&pool).await?;
        Ok(Self { pool })
    }

    fn reader(&self) -> &Pool<Postgres> {
        &self.pool
    }

    fn writer(&self) -> &Pool<Postgres> {
        &self.pool
    }
}

shared_store!(PgStore, sqlx::Postgres, sqlx::postgres::PgRow);
