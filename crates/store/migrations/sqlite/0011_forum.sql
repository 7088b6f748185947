-- The knowledge exchange (SQLite): forums, threads and posts, expert answers,
-- moderation, mentoring, the resource library, in-app notices and full-text search. These
-- tables do not travel to field nodes: the exchange needs the network anyway.

CREATE TABLE forums (
    id                  TEXT PRIMARY KEY,     -- a module's id for its forum, or a word
    module              TEXT,
    women_only          INTEGER NOT NULL DEFAULT 0,
    anonymous_questions INTEGER NOT NULL DEFAULT 0,
    position            INTEGER NOT NULL
) STRICT;
INSERT INTO forums (id, module, women_only, anonymous_questions, position) VALUES
    ('general', NULL, 0, 0, 0),
    ('women', NULL, 1, 0, 1),
    ('markets', NULL, 0, 0, 2);

CREATE TABLE forum_threads (
    id              BLOB PRIMARY KEY,
    forum           TEXT NOT NULL REFERENCES forums (id),
    title           TEXT NOT NULL,
    author          BLOB NOT NULL REFERENCES members (id),
    anonymous       INTEGER NOT NULL DEFAULT 0,
    revealed        INTEGER NOT NULL DEFAULT 0,
    question        INTEGER NOT NULL DEFAULT 0,
    accepted        BLOB,                    -- the accepted answer
    status          TEXT NOT NULL,           -- the first post's: 'shown', 'held', 'hidden'
    replies         INTEGER NOT NULL DEFAULT 0, -- shown replies
    expert_answers  INTEGER NOT NULL DEFAULT 0, -- shown replies by experts
    created_at      TEXT NOT NULL,
    last_post_at    TEXT NOT NULL
) STRICT;
CREATE INDEX forum_threads_forum ON forum_threads (forum, last_post_at);
-- The forum list's counts: shown threads, and those with recent activity.
CREATE INDEX forum_threads_status ON forum_threads (forum, status, last_post_at);
CREATE INDEX forum_threads_questions ON forum_threads (question, expert_answers, created_at);

CREATE TABLE forum_posts (
    id          BLOB PRIMARY KEY,            -- UUIDv7: also the order of posts
    thread      BLOB NOT NULL REFERENCES forum_threads (id),
    author      BLOB NOT NULL REFERENCES members (id),
    by_expert   INTEGER NOT NULL,             -- the author was an expert when writing
    body        TEXT NOT NULL,
    image       TEXT,                        -- a file in the file store
    status      TEXT NOT NULL,
    created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX forum_posts_thread ON forum_posts (thread, id);
CREATE INDEX forum_posts_author ON forum_posts (author, status);
CREATE INDEX forum_posts_held ON forum_posts (status) WHERE status = 'held';

-- When a member last read a thread, for the unread markers.
CREATE TABLE forum_reads (
    member  BLOB NOT NULL REFERENCES members (id),
    thread  BLOB NOT NULL REFERENCES forum_threads (id),
    read_at TEXT NOT NULL,
    PRIMARY KEY (member, thread)
) STRICT;

CREATE TABLE forum_reports (
    id          BLOB PRIMARY KEY,
    post        BLOB NOT NULL REFERENCES forum_posts (id),
    reporter    BLOB NOT NULL REFERENCES members (id),
    reason      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by BLOB REFERENCES members (id)
) STRICT;
CREATE INDEX forum_reports_open ON forum_reports (post) WHERE resolved_at IS NULL;

-- Members who may read but not post, until a time or until unmuted.
CREATE TABLE forum_mutes (
    member     BLOB PRIMARY KEY REFERENCES members (id),
    until      TEXT,
    reason     TEXT NOT NULL,
    muted_by   BLOB NOT NULL REFERENCES members (id),
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE notices (
    id         BLOB PRIMARY KEY,             -- UUIDv7: newest last
    member     BLOB NOT NULL REFERENCES members (id),
    kind       TEXT NOT NULL,                -- 'reply', 'answer', 'accepted', 'mention', 'message'
    actor      BLOB REFERENCES members (id), -- NULL when the actor asked anonymously
    title      TEXT NOT NULL,
    link       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    read_at    TEXT
) STRICT;
CREATE INDEX notices_member ON notices (member, id);
CREATE INDEX notices_unread ON notices (member) WHERE read_at IS NULL;

CREATE TABLE mentor_pairs (
    id            BLOB PRIMARY KEY,
    mentor        BLOB NOT NULL REFERENCES members (id),
    mentee        BLOB NOT NULL REFERENCES members (id),
    mentor_shares INTEGER NOT NULL DEFAULT 0,
    mentee_shares INTEGER NOT NULL DEFAULT 0,
    paired_by     BLOB NOT NULL REFERENCES members (id),
    created_at    TEXT NOT NULL,
    ended_at      TEXT
) STRICT;
CREATE INDEX mentor_pairs_mentor ON mentor_pairs (mentor);
CREATE INDEX mentor_pairs_mentee ON mentor_pairs (mentee);
CREATE UNIQUE INDEX mentor_pairs_open ON mentor_pairs (mentor, mentee) WHERE ended_at IS NULL;

CREATE TABLE mentor_messages (
    id         BLOB PRIMARY KEY,
    pair       BLOB NOT NULL REFERENCES mentor_pairs (id),
    author     BLOB NOT NULL REFERENCES members (id),
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX mentor_messages_pair ON mentor_messages (pair, id);

CREATE TABLE resources (
    id           BLOB PRIMARY KEY,
    title        TEXT NOT NULL,
    description  TEXT NOT NULL,
    language     TEXT NOT NULL,
    module       TEXT,
    kind         TEXT NOT NULL,              -- 'document', 'image', 'audio', from the bytes
    content_type TEXT NOT NULL,
    size         INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    file         TEXT NOT NULL,              -- the key in the file store
    uploaded_by  BLOB NOT NULL REFERENCES members (id),
    created_at   TEXT NOT NULL,
    hidden       INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX resources_created ON resources (created_at);

-- What search finds: lessons (one row per language), posts and resources. `title_key` and
-- `body_key` hold the folded text (see academy_domain::search); `title` and `body` the text
-- as written, for the result and its snippet. `audience` 1 is for women and moderators only.
CREATE TABLE search_docs (
    id        INTEGER PRIMARY KEY,
    ref       TEXT NOT NULL UNIQUE,          -- 'lesson:MODULE/LESSON:LANG', 'post:ID', 'resource:ID'
    kind      TEXT NOT NULL,
    language  TEXT,
    link      TEXT NOT NULL,
    title     TEXT NOT NULL,
    body      TEXT NOT NULL,
    title_key TEXT NOT NULL,
    body_key  TEXT NOT NULL,
    audience  INTEGER NOT NULL DEFAULT 0,
    hidden    INTEGER NOT NULL DEFAULT 0,
    at        TEXT NOT NULL
) STRICT;
CREATE VIRTUAL TABLE search_index USING fts5 (
    title_key, body_key, content = 'search_docs', content_rowid = 'id',
    -- Letters, digits, private use and marks: Indic vowel signs and virama stay in the word.
    tokenize = "unicode61 categories 'L* N* Co M*'"
);
CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
    INSERT INTO search_index (rowid, title_key, body_key) VALUES (new.id, new.title_key, new.body_key);
END;
CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
    INSERT INTO search_index (search_index, rowid, title_key, body_key)
        VALUES ('delete', old.id, old.title_key, old.body_key);
END;
CREATE TRIGGER search_docs_au AFTER UPDATE OF title_key, body_key ON search_docs BEGIN
    INSERT INTO search_index (search_index, rowid, title_key, body_key)
        VALUES ('delete', old.id, old.title_key, old.body_key);
    INSERT INTO search_index (rowid, title_key, body_key) VALUES (new.id, new.title_key, new.body_key);
END;

