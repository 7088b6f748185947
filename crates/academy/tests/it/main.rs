//! One integration-test binary for the whole academy (linking is slow on 2 cores), with a
//! module per area. Storage tests run on SQLite, and on PostgreSQL too when
//! `ACADEMY_TEST_DATABASE_URL` names a server (each test gets its own fresh database).

mod api;
mod audit;
mod backup;
mod browser;
mod cards;
mod cli;
mod common;
mod content;
mod crash;
mod exchange;
mod exchange_store;
mod field;
mod learning;
mod lrs;
mod lrs_conformance;
mod offline;
mod permissions;
mod privacy;
mod reports;
mod server;
mod store;
mod sync;
