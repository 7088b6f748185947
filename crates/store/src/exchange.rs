//! The knowledge exchange's storage: forums, questions to experts, moderation, notices,
//! mentoring, the resource library and full-text search. Search uses each database's own
//! engine (FTS5 in SQLite, `tsvector` in PostgreSQL) behind `ExchangeStore::search`.

use academy_domain::forum::{
    Forum, MentorMessage, MentorPair, NewPost, NewThread, Notice, Post, PostStatus, Resource,
    Thread, ThreadSummary, Viewer,
};
use academy_domain::Language;
use async_trait::async_trait;
use time::OffsetDateTime;
use uuid::Uuid;

use crate::{Listing, Page, Result};

/// A forum with what its line in the list shows.
#[derive(Debug, Clone)]
pub struct ForumSummary {
    pub forum: Forum,
    pub threads: i64,
    pub unread: i64,
    pub last_post_at: Option<OffsetDateTime>,
}

/// What a moderator does to a post.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moderation {
    Hide,
    Restore,
    /// Lets a held first post through.
    Approve,
}

/// A post waiting for a moderator: held, or reported.
#[derive(Debug, Clone)]
pub struct ModerationItem {
    pub post: Post,
    pub thread_title: String,
    /// The reasons reporters gave, oldest first.
    pub reasons: Vec<String>,
}

/// A member who may not post for now.
#[derive(Debug, Clone)]
pub struct Mute {
    pub member: Uuid,
    pub member_name: String,
    pub until: Option<OffsetDateTime>,
    pub reason: String,
}

/// Searches count their matches up to this many. A query that matches more (a word nearly
/// every post has) is shown newest first: ranking tens of thousands of matches would take
/// the database far longer than the reader should wait, and tells nothing.
pub const SEARCH_COUNT_CAP: i64 = 2_000;

/// What can be searched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    Lesson,
    Post,
    Resource,
}

impl DocKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Lesson => "lesson",
            DocKind::Post => "post",
            DocKind::Resource => "resource",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        [DocKind::Lesson, DocKind::Post, DocKind::Resource]
            .into_iter()
            .find(|k| k.as_str() == word)
    }
}

/// A lesson in one language, as the search index holds it.
#[derive(Debug, Clone)]
pub struct LessonDoc {
    pub module: String,
    pub lesson: String,
    pub language: Language,
    pub title: String,
    pub text: String,
}

/// A search: folded terms (see `academy_domain::search::terms`), who asks, which kind.
#[derive(Debug, Clone)]
pub struct SearchQuery {
    pub terms: Vec<String>,
    pub viewer: Viewer,
    pub kind: Option<DocKind>,
    pub page: Page,
}

/// One thing found, best first.
#[derive(Debug, Clone)]
pub struct SearchHit {
    pub kind: DocKind,
    pub reference: String,
    pub language: Option<String>,
    pub link: String,
    pub title: String,
    pub body: String,
    pub at: OffsetDateTime,
}

/// Which library files a list shows.
#[derive(Debug, Clone, Default)]
pub struct ResourceFilter {
    pub module: Option<String>,
    pub language: Option<Language>,
    pub include_hidden: bool,
}

#[async_trait]
pub trait ExchangeStore: Send + Sync {
    /// Gives every module a forum (a module published later gets one too).
    async fn ensure_module_forums(&self, modules: &[(String, bool)]) -> Result<()>;
    /// The forums the viewer may see, in order, with counts.
    async fn forums(&self, viewer: &Viewer) -> Result<Vec<ForumSummary>>;
    async fn forum(&self, id: &str) -> Result<Forum>;
    /// A forum's threads the viewer may see, newest activity first.
    async fn threads(
        &self,
        forum: &str,
        viewer: &Viewer,
        page: Page,
    ) -> Result<Listing<ThreadSummary>>;
    /// Questions that no expert has answered yet, oldest first.
    async fn unanswered(&self, viewer: &Viewer, page: Page) -> Result<Listing<ThreadSummary>>;
    /// A thread and the posts the viewer may see, in order. Not found when the viewer may not
    /// see it.
    async fn thread(&self, id: Uuid, viewer: &Viewer) -> Result<(Thread, Vec<Post>)>;
    async fn mark_read(&self, member: Uuid, thread: Uuid, at: OffsetDateTime) -> Result<()>;
    /// Starts a thread with its first post; indexes it and tells those it names.
    async fn start_thread(&self, thread: &NewThread) -> Result<()>;
    /// Writes whole threads at once, as history (an archive brought in, the benchmark's
    /// volume): indexed, counted, nobody told. One transaction per call.
    async fn import_threads(&self, threads: &[(NewThread, Vec<NewPost>)]) -> Result<()>;
    /// Adds a reply; indexes it and tells the asker and those it names.
    async fn reply(&self, post: &NewPost) -> Result<()>;
    /// The asker or a moderator accepts a reply as the answer.
    async fn accept_answer(
        &self,
        thread: Uuid,
        post: Uuid,
        by: &Viewer,
        at: OffsetDateTime,
    ) -> Result<()>;
    /// How many of the member's posts others can see (new members' first posts may be held).
    async fn shown_posts_by(&self, member: Uuid) -> Result<i64>;

    async fn report_post(
        &self,
        post: Uuid,
        reporter: Uuid,
        reason: &str,
        at: OffsetDateTime,
    ) -> Result<()>;
    async fn moderation_queue(&self) -> Result<Vec<ModerationItem>>;
    /// Hides, restores or approves a post, closes its reports, writes the audit log.
    async fn moderate(
        &self,
        post: Uuid,
        action: Moderation,
        by: Uuid,
        reason: &str,
        at: OffsetDateTime,
    ) -> Result<()>;
    async fn mute(
        &self,
        member: Uuid,
        until: Option<OffsetDateTime>,
        by: Uuid,
        reason: &str,
        at: OffsetDateTime,
    ) -> Result<()>;
    async fn unmute(&self, member: Uuid, by: Uuid, at: OffsetDateTime) -> Result<()>;
    /// Changes a forum setting (`forum.hold_first_posts`), with an audit entry.
    async fn set_forum_setting(
        &self,
        key: &str,
        value: &str,
        by: Uuid,
        at: OffsetDateTime,
    ) -> Result<()>;
    /// The mute in force for a member at `at`, if any.
    async fn muted(&self, member: Uuid, at: OffsetDateTime) -> Result<Option<Mute>>;
    async fn mutes(&self, at: OffsetDateTime) -> Result<Vec<Mute>>;
    /// An admin lifts an anonymous question's anonymity for moderators, with a reason that
    /// goes into the audit log.
    async fn reveal_author(
        &self,
        thread: Uuid,
        admin: Uuid,
        reason: &str,
        at: OffsetDateTime,
    ) -> Result<()>;
    /// Where a post is: its thread's forum, the thread, its status.
    async fn post_place(&self, post: Uuid) -> Result<(String, Uuid, PostStatus)>;

    async fn notices(&self, member: Uuid, limit: i64) -> Result<Vec<Notice>>;
    async fn unread_notices(&self, member: Uuid) -> Result<i64>;
    async fn mark_notices_read(&self, member: Uuid, at: OffsetDateTime) -> Result<()>;

    /// Replaces the lessons in the index with `version`'s, unless that version (or a newer
    /// one) is indexed already. Returns whether it indexed.
    async fn index_lessons(&self, version: i64, lessons: &[LessonDoc]) -> Result<bool>;
    /// The matches the viewer may see, best first; `total` is at most `SEARCH_COUNT_CAP + 1`.
    async fn search(&self, query: &SearchQuery) -> Result<Listing<SearchHit>>;

    /// Adds a file to the library (and to the index).
    async fn add_resource(&self, resource: &Resource) -> Result<()>;
    async fn resources(&self, filter: &ResourceFilter, page: Page) -> Result<Listing<Resource>>;
    async fn resource(&self, id: Uuid) -> Result<Resource>;
    async fn set_resource_hidden(
        &self,
        id: Uuid,
        hidden: bool,
        by: Uuid,
        at: OffsetDateTime,
    ) -> Result<()>;

    /// A manager pairs a mentor with a newer member.
    async fn pair_mentor(
        &self,
        mentor: Uuid,
        mentee: Uuid,
        by: Uuid,
        at: OffsetDateTime,
    ) -> Result<Uuid>;
    async fn end_pair(&self, pair: Uuid, by: Uuid, at: OffsetDateTime) -> Result<()>;
    /// Pairs the member is in, or every open pair.
    async fn mentor_pairs(&self, member: Option<Uuid>) -> Result<Vec<MentorPair>>;
    async fn mentor_pair(&self, id: Uuid) -> Result<MentorPair>;
    /// One side agrees (or no longer agrees) to show their module progress to the other.
    async fn share_progress(&self, pair: Uuid, member: Uuid, share: bool) -> Result<()>;
    async fn mentor_messages(&self, pair: Uuid) -> Result<Vec<MentorMessage>>;
    async fn send_mentor_message(
        &self,
        pair: Uuid,
        author: Uuid,
        body: &str,
        at: OffsetDateTime,
    ) -> Result<()>;
}
