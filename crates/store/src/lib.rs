//! Storage: the one `Store` trait that the web front and the command line see, with an
//! embedded SQLite implementation (the default, created on first start) and a PostgreSQL one
//! (for several `academy serve` processes behind a load balancer). Both run the same SQL text
//! wherever the two dialects agree (`common.rs`); what differs sits beside its migration.

use std::sync::Arc;

use academy_domain::{
    Certificate, Cohort, Gender, GroupSession, Language, Member, MemberCode, MemberDraft, OrgKind,
    OrgRole, Organisation, OrganisationDraft, Role, Roles, StakeholderType, State, Statement,
    TestKind,
};
use async_trait::async_trait;
use futures_util::stream::BoxStream;
use time::OffsetDateTime;
use uuid::Uuid;

#[macro_use]
mod common;
pub mod api;
pub mod exchange;
mod history;
pub mod lrs;
pub mod postgres;
pub mod privacy;
pub mod sqlite;
pub mod sync;

pub use api::{ApiStore, ApiToken};
pub use exchange::ExchangeStore;
pub use lrs::LrsStore;
pub use privacy::PrivacyStore;
pub use sync::{Applied, Batch, Cursor, Duplicate, Peer, Scope, SyncNode};

/// What can go wrong in storage. `Conflict` names the field that must be unique.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    #[error("{0} is already taken")]
    Conflict(&'static str),
    #[error("stored data is not valid: {0}")]
    Corrupt(String),
    #[error(transparent)]
    Db(#[from] sqlx::Error),
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Which members a list shows. Every filter is optional and they combine with AND.
#[derive(Debug, Clone, Default)]
pub struct MemberFilter {
    pub gender: Option<Gender>,
    pub state: Option<State>,
    pub district: Option<String>,
    pub stakeholder: Option<StakeholderType>,
    pub organisation: Option<Uuid>,
    pub role: Option<Role>,
    /// Part of a name, phone number or member code.
    pub query: Option<String>,
}

/// Which organisations a list shows.
#[derive(Debug, Clone, Default)]
pub struct OrganisationFilter {
    pub kind: Option<OrgKind>,
    pub state: Option<State>,
    pub query: Option<String>,
}

/// A window on a long list.
#[derive(Debug, Clone, Copy)]
pub struct Page {
    pub offset: i64,
    pub limit: i64,
}

/// One page of a list, and how many items the whole list has.
#[derive(Debug, Clone)]
pub struct Listing<T> {
    pub items: Vec<T>,
    pub total: i64,
}

/// An organisation with how many members it has.
#[derive(Debug, Clone)]
pub struct OrganisationSummary {
    pub organisation: Organisation,
    pub members: i64,
}

/// A member's place in an organisation, seen from the member's side.
#[derive(Debug, Clone)]
pub struct Membership {
    pub organisation: Organisation,
    pub role: OrgRole,
}

/// One row of the members CSV, checked, ready to be written.
#[derive(Debug, Clone)]
pub struct ImportRow {
    /// An existing code updates that member; a new code creates a member with it; none
    /// creates a member with the next free code of their state.
    pub code: Option<MemberCode>,
    pub draft: MemberDraft,
    /// Organisations by name; unknown ones are created in the member's state and district.
    pub organisations: Vec<String>,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub created: usize,
    pub updated: usize,
    pub organisations_created: usize,
}

/// One member as exported: the member and the names of their organisations, `; `-separated.
#[derive(Debug, Clone)]
pub struct ExportRow {
    pub member: Member,
    pub organisations: String,
}

/// A web session as tower-sessions keeps it: an opaque id, JSON data and an expiry.
#[derive(Debug, Clone)]
pub struct SessionRecord {
    pub id: String,
    pub data: String,
    pub expires_at: OffsetDateTime,
}

/// A published version of the curriculum.
#[derive(Debug, Clone)]
pub struct PublishedContent {
    pub version: i64,
    pub digest: String,
    /// The curriculum as JSON.
    pub body: String,
}

/// An image or recording of the curriculum.
#[derive(Debug, Clone)]
pub struct MediaFile {
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// A lesson a member has opened, and whether they finished it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonProgress {
    pub module: String,
    pub lesson: String,
    pub opened_at: OffsetDateTime,
    pub completed_at: Option<OffsetDateTime>,
    pub facilitated: bool,
}

/// A module a member has started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleProgress {
    pub module: String,
    pub started_at: OffsetDateTime,
    pub last_lesson: Option<String>,
    pub last_at: OffsetDateTime,
    pub completed_at: Option<OffsetDateTime>,
}

/// One attempt at a pre-test, post-test or lesson check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestResult {
    pub attempt: Uuid,
    pub member: Uuid,
    pub module: String,
    pub test: TestKind,
    pub score: i64,
    pub max_score: i64,
    pub passed: bool,
    pub lang: Language,
    pub facilitated: bool,
    pub at: OffsetDateTime,
}

/// One answer within an attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub question: String,
    /// The chosen option ids.
    pub chosen: Vec<String>,
    pub right: bool,
}

/// When a module counts as complete: every one of `lessons` done and the post-test passed.
#[derive(Debug, Clone)]
pub struct CompletionRule {
    pub module: String,
    pub lessons: Vec<String>,
}

/// A cohort with how many members it has.
#[derive(Debug, Clone)]
pub struct CohortSummary {
    pub cohort: Cohort,
    pub members: i64,
}

/// Which members, and which period of activity, a report counts. Filters combine.
#[derive(Debug, Clone, Default)]
pub struct ReportFilter {
    pub gender: Option<Gender>,
    pub state: Option<State>,
    pub district: Option<String>,
    pub stakeholder: Option<StakeholderType>,
    pub organisation: Option<Uuid>,
    pub cohort: Option<Uuid>,
    /// One of [`AGE_BANDS`]: age in the year of the activity (of joining, for members).
    pub age_band: Option<String>,
    /// Only lessons, completions, certificates and tests of this module.
    pub module: Option<String>,
    /// Members who joined, and activity, in this period (whole months, India time).
    pub period: Option<academy_domain::period::Period>,
}

/// Age bands, by age in whole years; members without a birth year are in band "".
pub const AGE_BANDS: [&str; 5] = ["15-24", "25-34", "35-44", "45-59", "60+"];

/// What a report groups its rows by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dimension {
    Gender,
    State,
    District,
    Stakeholder,
    AgeBand,
    Month,
    Quarter,
    Year,
}

impl Dimension {
    /// Whether rows are periods of time, for which "active now" means nothing.
    pub fn is_period(self) -> bool {
        matches!(
            self,
            Dimension::Month | Dimension::Quarter | Dimension::Year
        )
    }
}

/// The counting indicators of one group of members.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IndicatorRow {
    /// The group's value (a gender word, a state code, `2026-Q3`, …); "" for members
    /// without one.
    pub group: String,
    /// Members who joined in the period (all members when there is no period).
    pub members: i64,
    /// Members with a learning record in the last 30 and 90 days; `None` for rows that are
    /// periods of time.
    pub active_30: Option<i64>,
    pub active_90: Option<i64>,
    pub lessons_completed: i64,
    pub modules_completed: i64,
    /// Certificates issued in the period and not revoked.
    pub certificates: i64,
    pub sessions_attended: i64,
}

/// Learning records with the progress they lead to, for loading in bulk.
#[derive(Debug, Clone, Default)]
pub struct History {
    pub statements: Vec<Statement>,
    pub lessons: Vec<(Uuid, LessonProgress)>,
    pub modules: Vec<(Uuid, ModuleProgress)>,
    pub tests: Vec<TestResult>,
    pub certificates: Vec<Certificate>,
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub id: Uuid,
    pub at: OffsetDateTime,
    pub actor: Option<Uuid>,
    pub actor_name: Option<String>,
    pub action: String,
    pub subject: String,
    pub detail: String,
}

/// One member's line in a member-level report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberReportRow {
    pub code: String,
    pub full_name: String,
    pub gender: String,
    pub birth_year: Option<i32>,
    pub state: String,
    pub district: Option<String>,
    pub stakeholder: String,
    pub last_active: Option<OffsetDateTime>,
    pub lessons_completed: i64,
    pub modules_completed: i64,
    pub certificates: i64,
    pub sessions_attended: i64,
}

/// Knowledge gain in one module for one group: members who took both tests, their mean
/// first pre-test score and mean best post-test score, in per cent. Each member counts in
/// the month of their first final test; each score is rounded to a hundredth of a per cent.
#[derive(Debug, Clone, PartialEq)]
pub struct GainRow {
    pub module: String,
    pub group: String,
    pub n: i64,
    pub pre: f64,
    pub post: f64,
}

/// Sessions held in the period and how many attended them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SessionTotals {
    pub held: i64,
    pub attendances: i64,
}

/// Everything the academy keeps: one implementation per database, the same behaviour on
/// both, checked by one test suite that runs on both. The methods come in families, one trait
/// each; all of them can be called on a `dyn Store`.
pub trait Store:
    MemberStore
    + LearningStore
    + FieldStore
    + ReportStore
    + SyncStore
    + ExchangeStore
    + ApiStore
    + LrsStore
    + PrivacyStore
    + Send
    + Sync
    + 'static
{
    /// The database's name for logs and the health page: "sqlite" or "postgres".
    fn backend(&self) -> &'static str;
}

/// Members, organisations, web sessions, sign-in throttling and settings.
#[async_trait]
pub trait MemberStore: Send + Sync {
    async fn create_member(&self, draft: &MemberDraft, roles: Roles) -> Result<Member>;
    async fn update_member(&self, id: Uuid, draft: &MemberDraft) -> Result<Member>;
    async fn set_roles(&self, id: Uuid, roles: Roles) -> Result<()>;
    async fn set_password_hash(&self, id: Uuid, hash: &str) -> Result<()>;
    async fn member(&self, id: Uuid) -> Result<Member>;
    async fn member_by_code(&self, code: &MemberCode) -> Result<Member>;
    /// The member a sign-in name (phone or member code) belongs to, with their password hash.
    async fn member_for_sign_in(&self, login: &str) -> Result<Option<(Member, Option<String>)>>;
    async fn list_members(&self, filter: &MemberFilter, page: Page) -> Result<Listing<Member>>;
    async fn count_members(&self) -> Result<i64>;
    /// Writes every row in one transaction: all or nothing.
    async fn import_members(&self, rows: &[ImportRow]) -> Result<ImportSummary>;
    /// Every member with their organisations, in code order, a row at a time.
    fn export_members(&self) -> BoxStream<'_, Result<ExportRow>>;
    /// Members whose phone is one of `phones`, as (phone, code): lets an import report a
    /// phone already used by someone else before it writes anything.
    async fn codes_by_phone(&self, phones: &[String]) -> Result<Vec<(String, String)>>;

    async fn create_organisation(&self, draft: &OrganisationDraft) -> Result<Organisation>;
    async fn update_organisation(
        &self,
        id: Uuid,
        draft: &OrganisationDraft,
    ) -> Result<Organisation>;
    async fn organisation(&self, id: Uuid) -> Result<Organisation>;
    /// The organisation with this name, whatever its case.
    async fn organisation_by_name(&self, name: &str) -> Result<Option<Organisation>>;
    async fn list_organisations(
        &self,
        filter: &OrganisationFilter,
        page: Page,
    ) -> Result<Listing<OrganisationSummary>>;
    async fn join_organisation(
        &self,
        organisation: Uuid,
        member: Uuid,
        role: OrgRole,
    ) -> Result<()>;
    async fn leave_organisation(&self, organisation: Uuid, member: Uuid) -> Result<()>;
    async fn organisation_members(
        &self,
        organisation: Uuid,
        page: Page,
    ) -> Result<Listing<(Member, OrgRole)>>;
    async fn memberships(&self, member: Uuid) -> Result<Vec<Membership>>;

    async fn session_load(&self, id: &str) -> Result<Option<SessionRecord>>;
    /// Inserts a session; false when the id is already taken.
    async fn session_create(&self, record: &SessionRecord) -> Result<bool>;
    async fn session_save(&self, record: &SessionRecord) -> Result<()>;
    async fn session_delete(&self, id: &str) -> Result<()>;
    async fn sessions_delete_expired(&self, now: OffsetDateTime) -> Result<u64>;

    /// Counts one more failed sign-in for `key`; the count restarts when the last failure is
    /// older than `window_start`. Returns the count.
    async fn sign_in_failed(
        &self,
        key: &str,
        now: OffsetDateTime,
        window_start: OffsetDateTime,
    ) -> Result<i64>;
    /// Failures for `key` since `window_start`, and the latest one's time.
    async fn sign_in_failures(
        &self,
        key: &str,
        window_start: OffsetDateTime,
    ) -> Result<Option<(i64, OffsetDateTime)>>;
    async fn sign_in_succeeded(&self, key: &str) -> Result<()>;

    async fn setting(&self, key: &str) -> Result<Option<String>>;
    async fn set_setting(&self, key: &str, value: &str) -> Result<()>;
}

/// Sync between a central academy and its field nodes (see `sync`).
#[async_trait]
pub trait SyncStore: Send + Sync {
    /// This database's own id: the origin its peers record for the rows that came from it.
    async fn sync_identity(&self) -> Result<Uuid>;
    /// Corrects this database's clock by `ms` milliseconds (a machine whose clock is known
    /// wrong; tests play a skewed clock with it).
    async fn set_clock_offset(&self, ms: i64) -> Result<()>;
    /// Registers a field node, with the hash of its token; written to the audit log.
    async fn register_node(
        &self,
        name: &str,
        scope: &Scope,
        token_hash: &str,
        by: Option<Uuid>,
        at: OffsetDateTime,
    ) -> Result<SyncNode>;
    async fn sync_nodes(&self) -> Result<Vec<SyncNode>>;
    async fn sync_node_by_token(&self, token_hash: &str) -> Result<Option<SyncNode>>;
    /// Refuses the node from now on; written to the audit log.
    async fn revoke_sync_node(&self, id: Uuid, by: Uuid, at: OffsetDateTime) -> Result<()>;
    async fn sync_node_seen(&self, id: Uuid, at: OffsetDateTime) -> Result<()>;
    /// Up to `limit` changes after `after` in this database's change order (and the rows
    /// they refer to), leaving out rows that came from `exclude` and, with a scope, what the
    /// scope does not cover.
    async fn changes(
        &self,
        after: i64,
        exclude: Option<Uuid>,
        scope: Option<&Scope>,
        limit: usize,
    ) -> Result<Batch>;
    /// Merges a peer's batch in one transaction and moves `cursor` to its end. A batch that
    /// starts after the cursor (changes missing in between) is refused with
    /// `Conflict("cursor")` and changes nothing; one that overlaps what arrived already
    /// merges the same as once.
    async fn apply_batch(
        &self,
        batch: &Batch,
        from: Uuid,
        cursor: Cursor,
        rules: &[CompletionRule],
    ) -> Result<Applied>;
    /// On a field node: the central academy it syncs with.
    async fn peer(&self) -> Result<Option<Peer>>;
    async fn set_peer(&self, remote: &str, token: &str) -> Result<()>;
    /// What the central academy said: its id, this node's id and name, and the node's block
    /// of member numbers.
    async fn peer_identified(
        &self,
        central: Uuid,
        node: Uuid,
        name: &str,
        code_block: i64,
    ) -> Result<()>;
    /// Notes the end of a sync: its time when it succeeded, or what went wrong.
    async fn peer_synced(&self, at: OffsetDateTime, error: Option<&str>) -> Result<()>;
    /// Records that may be one person, for a manager to look at.
    async fn duplicates(&self) -> Result<Vec<Duplicate>>;
    /// Merges `merged` into `keep` (one person registered twice): `merged`'s learning
    /// records, certificates, groups and cohorts become `keep`'s and `keep`'s progress is
    /// derived again; both profiles are kept, `merged` naming `keep`. The merge travels to
    /// every node, which does the same. Audit-logged.
    async fn merge_members(
        &self,
        keep: Uuid,
        merged: Uuid,
        by: Uuid,
        rules: &[CompletionRule],
        at: OffsetDateTime,
    ) -> Result<()>;
    /// Two flagged records are two people after all. Audit-logged.
    async fn keep_apart(&self, a: Uuid, b: Uuid, by: Uuid, at: OffsetDateTime) -> Result<()>;
}

/// The published curriculum and the learning records, with the progress derived from them.
#[async_trait]
pub trait LearningStore: Send + Sync {
    /// The newest published curriculum, if any.
    async fn latest_content(&self) -> Result<Option<PublishedContent>>;
    /// Only the newest version number: cheap enough to ask often.
    async fn latest_content_version(&self) -> Result<Option<i64>>;
    async fn has_content_digest(&self, digest: &str) -> Result<bool>;
    /// Stores a new curriculum version and its media in one transaction.
    async fn publish_content(
        &self,
        digest: &str,
        body: &str,
        media: &[(String, String, Vec<u8>)],
    ) -> Result<i64>;
    async fn media(&self, name: &str) -> Result<Option<MediaFile>>;
    /// The size in bytes of each of these media that exists, without reading them.
    async fn media_sizes(&self, names: &[String]) -> Result<Vec<(String, i64)>>;

    /// Appends statements (a statement id already stored is skipped) and brings progress up
    /// to date in the same transaction. A module with a rule among `rules` that the new
    /// statements complete is marked complete by one more statement. Returns how many were new.
    async fn record(&self, statements: &[Statement], rules: &[CompletionRule]) -> Result<usize>;
    /// Writes a history whose derived rows were worked out already (the scale generator's),
    /// many rows per statement and one transaction per call, without deriving anything or
    /// counting it for reports: call `rebuild_report_facts` when the loading is done (it also
    /// sets each member's latest activity).
    async fn load_history(&self, history: &History) -> Result<()>;
    /// Certificates a manager issues by hand, for members who learned together (a group that
    /// did its tests on paper, say), with a note saying why; members who hold it already are
    /// left as they are. Returns those issued. Each is written to the audit log.
    async fn issue_certificates(
        &self,
        members: &[Uuid],
        achievement: &str,
        by: Uuid,
        note: &str,
        at: OffsetDateTime,
    ) -> Result<Vec<Certificate>>;
    /// The latest entries of the audit log, newest first; of one subject (`certificate:ID`)
    /// when given.
    async fn audit_log(&self, subject: Option<&str>, limit: i64) -> Result<Vec<AuditEntry>>;
    /// Reads the learning tracks from the latest published curriculum again (publishing does
    /// it too; `open` calls it once for a database from before tracks had certificates):
    /// completing all of a track's modules issues its certificate.
    async fn refresh_track_rules(&self) -> Result<()>;
    /// The revocation status list: the places of revoked certificates, and how many places
    /// have been given.
    async fn status_list(&self) -> Result<(Vec<i64>, i64)>;
    /// Lessons the member has opened: of one module, or of all when `module` is None; by
    /// module, then lesson.
    async fn lesson_progress(
        &self,
        member: Uuid,
        module: Option<&str>,
    ) -> Result<Vec<LessonProgress>>;
    /// Every module the member has started, the most recent first.
    async fn module_progress(&self, member: Uuid) -> Result<Vec<ModuleProgress>>;
    /// The member's attempts, newest first; only one module's when given.
    async fn test_results(&self, member: Uuid, module: Option<&str>) -> Result<Vec<TestResult>>;
    /// An attempt and its answers.
    async fn test_result(&self, attempt: Uuid) -> Result<Option<(TestResult, Vec<Answer>)>>;
    /// A member's certificates, newest first.
    async fn certificates_of(&self, member: Uuid) -> Result<Vec<Certificate>>;
    async fn certificate(&self, id: Uuid) -> Result<Option<Certificate>>;
    /// Revokes a certificate, with the reason, written to the audit log with who did it;
    /// revoking twice keeps the first.
    async fn revoke_certificate(
        &self,
        id: Uuid,
        by: Uuid,
        reason: &str,
        at: OffsetDateTime,
    ) -> Result<()>;
}

/// Field work: cohorts, group sessions, attendance and member cards.
#[async_trait]
pub trait FieldStore: Send + Sync {
    /// Registers a member found in the field, remembering which facilitator did it.
    async fn register_member(&self, draft: &MemberDraft, facilitator: Uuid) -> Result<Member>;
    async fn create_cohort(&self, cohort: &Cohort, facilitator: Uuid) -> Result<()>;
    async fn cohort(&self, id: Uuid) -> Result<Cohort>;
    /// The cohorts a facilitator runs, or every cohort when `facilitator` is None.
    async fn cohorts(&self, facilitator: Option<Uuid>) -> Result<Vec<CohortSummary>>;
    async fn join_cohort(&self, cohort: Uuid, member: Uuid) -> Result<()>;
    async fn leave_cohort(&self, cohort: Uuid, member: Uuid) -> Result<()>;
    async fn add_facilitator(&self, cohort: Uuid, member: Uuid) -> Result<()>;
    async fn cohort_members(&self, cohort: Uuid) -> Result<Vec<Member>>;
    async fn cohort_facilitators(&self, cohort: Uuid) -> Result<Vec<Member>>;
    /// Whether `facilitator` may see `member`: the member is in one of their cohorts, or
    /// they registered the member.
    async fn facilitates(&self, facilitator: Uuid, member: Uuid) -> Result<bool>;
    async fn create_session(&self, session: &GroupSession) -> Result<()>;
    async fn session(&self, id: Uuid) -> Result<GroupSession>;
    /// Sessions of the given cohorts starting at or after `from`, soonest first.
    async fn sessions_from(
        &self,
        cohorts: &[Uuid],
        from: OffsetDateTime,
        limit: i64,
    ) -> Result<Vec<GroupSession>>;
    /// Every session of a cohort, latest first.
    async fn cohort_sessions(&self, cohort: Uuid) -> Result<Vec<GroupSession>>;
    /// Who attended a session.
    async fn attendance(&self, session: Uuid) -> Result<Vec<Uuid>>;
    /// (member, module) for every module the given members have completed.
    async fn completed_modules(&self, members: &[Uuid]) -> Result<Vec<(Uuid, String)>>;

    /// A member's card: the member, their PIN hash (if a PIN is set) and the card's version.
    async fn card(&self, code: &MemberCode) -> Result<Option<(Member, Option<String>, i64)>>;
    async fn set_pin_hash(&self, member: Uuid, hash: &str) -> Result<()>;
    /// Invalidates the member's card and returns the new card's version.
    async fn reissue_card(&self, member: Uuid) -> Result<i64>;
}

/// Reports counted from the learning records.
#[async_trait]
pub trait ReportStore: Send + Sync {
    /// The counting indicators, one row per group of `by`.
    async fn report_indicators(
        &self,
        filter: &ReportFilter,
        by: Dimension,
        now: OffsetDateTime,
    ) -> Result<Vec<IndicatorRow>>;
    /// Knowledge gain per module and group.
    async fn report_gain(&self, filter: &ReportFilter, by: Dimension) -> Result<Vec<GainRow>>;
    /// Sessions held in the period (of the filtered members' cohorts) and attendance.
    async fn report_sessions(&self, filter: &ReportFilter) -> Result<SessionTotals>;
    /// Modules completed per month (`YYYY-MM`), oldest first.
    async fn report_completions_by_month(
        &self,
        filter: &ReportFilter,
    ) -> Result<Vec<(String, i64)>>;
    /// Each member the filter selects (age band taken now) with their counts in the period,
    /// in code order, read a page at a time: any number of members in little memory.
    fn report_members<'a>(
        &'a self,
        filter: &'a ReportFilter,
        now: OffsetDateTime,
    ) -> BoxStream<'a, Result<MemberReportRow>>;
    /// Recomputes every report count from the records, in one transaction: after loading a
    /// history in bulk, or to check that the counts kept up to date match.
    async fn rebuild_report_facts(&self) -> Result<()>;
}

/// Opens the database a URL names, creating and migrating it as needed: `postgres://…` or
/// `postgresql://…` for PostgreSQL, `sqlite://PATH` (or a plain path) for SQLite.
pub async fn open(url: &str) -> Result<Arc<dyn Store>> {
    let store: Arc<dyn Store> =
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Arc::new(postgres::PgStore::open(url).await?)
        } else {
            Arc::new(sqlite::SqliteStore::open(url).await?)
        };
    // A database from before track certificates reads its tracks once; publishing keeps
    // them after that.
    if store.setting(TRACK_RULES_KEY).await?.is_none() {
        store.refresh_track_rules().await?;
        store.set_setting(TRACK_RULES_KEY, "1").await?;
    }
    // A database from before the report counts existed gets them computed once.
    if store.setting(REPORT_FACTS_KEY).await?.as_deref() != Some(REPORT_FACTS_VERSION) {
        store.rebuild_report_facts().await?;
        store
            .set_setting(REPORT_FACTS_KEY, REPORT_FACTS_VERSION)
            .await?;
    }
    Ok(store)
}

/// The setting that says the track rules have been read from the published curriculum.
const TRACK_RULES_KEY: &str = "track-rules";
/// The setting that says the report counts have been computed for this database.
const REPORT_FACTS_KEY: &str = "report-facts";
/// Raised when a migration adds a table of counts, so that the counts are computed again.
const REPORT_FACTS_VERSION: &str = "3";

fn corrupt(what: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(what.to_string())
}

/// Maps a unique-constraint violation to the field the user must change.
fn unique_violation(err: sqlx::Error) -> StoreError {
    if let sqlx::Error::Database(db) = &err {
        if db.is_unique_violation() {
            let text = format!("{} {}", db.constraint().unwrap_or(""), db.message());
            for (needle, field) in [
                ("phone", "phone"),
                ("code", "member_code"),
                ("name_key", "name"),
                ("memberships", "membership"),
                ("digest", "content version"),
            ] {
                if text.contains(needle) {
                    return StoreError::Conflict(field);
                }
            }
        }
    }
    StoreError::Db(err)
}

/// Maps a write that names a row that does not exist (a foreign key) to `NotFound`.
fn missing_reference(err: sqlx::Error) -> StoreError {
    match &err {
        sqlx::Error::Database(db) if db.is_foreign_key_violation() => StoreError::NotFound,
        _ => StoreError::Db(err),
    }
}

/// Escapes `%`, `_` and `\` so that user text matches literally inside a LIKE pattern.
fn like_pattern(query: &str) -> String {
    let mut out = String::with_capacity(query.len() + 2);
    out.push('%');
    for c in academy_domain::text::search_key(query).chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}
