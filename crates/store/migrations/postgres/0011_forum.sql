-- The knowledge exchange (PostgreSQL): forums, threads and posts, expert answers,
-- moderation, mentoring, the resource library, in-app notices and full-text search. These
-- tables do not travel to field nodes: the exchange needs the network anyway.

CREATE TABLE forums (
    id                  TEXT PRIMARY KEY,     -- a module's id for its forum, or a word
    module              TEXT,
    women_only          BOOLEAN NOT NULL DEFAULT FALSE,
    anonymous_questions BOOLEAN NOT NULL DEFAULT FALSE,
    position            BIGINT NOT NULL
);
INSERT INTO forums (id, module, women_only, anonymous_questions, position) VALUES
    ('general', NULL, FALSE, FALSE, 0),
    ('women', NULL, TRUE, FALSE, 1),
    ('markets', NULL, FALSE, FALSE, 2);

CREATE TABLE forum_threads (
    id              UUID PRIMARY KEY,
    forum           TEXT NOT NULL REFERENCES forums (id),
    title           TEXT NOT NULL,
    author          UUID NOT NULL REFERENCES members (id),
    anonymous       BOOLEAN NOT NULL DEFAULT FALSE,
    revealed        BOOLEAN NOT NULL DEFAULT FALSE,
    question        BOOLEAN NOT NULL DEFAULT FALSE,
    accepted        UUID,                    -- the accepted answer
    status          TEXT NOT NULL,           -- the first post's: 'shown', 'held', 'hidden'
    replies         BIGINT NOT NULL DEFAULT 0, -- shown replies
    expert_answers  BIGINT NOT NULL DEFAULT 0, -- shown replies by experts
    created_at      TIMESTAMPTZ NOT NULL,
    last_post_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX forum_threads_forum ON forum_threads (forum, last_post_at);
-- The forum list's counts: shown threads, and those with recent activity.
CREATE INDEX forum_threads_status ON forum_threads (forum, status, last_post_at);
CREATE INDEX forum_threads_questions ON forum_threads (question, expert_answers, created_at);

CREATE TABLE forum_posts (
    id          UUID PRIMARY KEY,            -- UUIDv7: also the order of posts
    thread      UUID NOT NULL REFERENCES forum_threads (id),
    author      UUID NOT NULL REFERENCES members (id),
    by_expert   BOOLEAN NOT NULL,             -- the author was an expert when writing
    body        TEXT NOT NULL,
    image       TEXT,                        -- a file in the file store
    status      TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX forum_posts_thread ON forum_posts (thread, id);
CREATE INDEX forum_posts_author ON forum_posts (author, status);
CREATE INDEX forum_posts_held ON forum_posts (status) WHERE status = 'held';

-- When a member last read a thread, for the unread markers.
CREATE TABLE forum_reads (
    member  UUID NOT NULL REFERENCES members (id),
    thread  UUID NOT NULL REFERENCES forum_threads (id),
    read_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (member, thread)
);

CREATE TABLE forum_reports (
    id          UUID PRIMARY KEY,
    post        UUID NOT NULL REFERENCES forum_posts (id),
    reporter    UUID NOT NULL REFERENCES members (id),
    reason      TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    resolved_at TIMESTAMPTZ,
    resolved_by UUID REFERENCES members (id)
);
CREATE INDEX forum_reports_open ON forum_reports (post) WHERE resolved_at IS NULL;

-- Members who may read but not post, until a time or until unmuted.
CREATE TABLE forum_mutes (
    member     UUID PRIMARY KEY REFERENCES members (id),
    until      TIMESTAMPTZ,
    reason     TEXT NOT NULL,
    muted_by   UUID NOT NULL REFERENCES members (id),
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE notices (
    id         UUID PRIMARY KEY,             -- UUIDv7: newest last
    member     UUID NOT NULL REFERENCES members (id),
    kind       TEXT NOT NULL,                -- 'reply', 'answer', 'accepted', 'mention', 'message'
    actor      UUID REFERENCES members (id), -- NULL when the actor asked anonymously
    title      TEXT NOT NULL,
    link       TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    read_at    TIMESTAMPTZ
);
CREATE INDEX notices_member ON notices (member, id);
CREATE INDEX notices_unread ON notices (member) WHERE read_at IS NULL;

CREATE TABLE mentor_pairs (
    id            UUID PRIMARY KEY,
    mentor        UUID NOT NULL REFERENCES members (id),
    mentee        UUID NOT NULL REFERENCES members (id),
    mentor_shares BOOLEAN NOT NULL DEFAULT FALSE,
    mentee_shares BOOLEAN NOT NULL DEFAULT FALSE,
    paired_by     UUID NOT NULL REFERENCES members (id),
    created_at    TIMESTAMPTZ NOT NULL,
    ended_at      TIMESTAMPTZ
);
CREATE INDEX mentor_pairs_mentor ON mentor_pairs (mentor);
CREATE INDEX mentor_pairs_mentee ON mentor_pairs (mentee);
CREATE UNIQUE INDEX mentor_pairs_open ON mentor_pairs (mentor, mentee) WHERE ended_at IS NULL;

CREATE TABLE mentor_messages (
    id         UUID PRIMARY KEY,
    pair       UUID NOT NULL REFERENCES mentor_pairs (id),
    author     UUID NOT NULL REFERENCES members (id),
    body       TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX mentor_messages_pair ON mentor_messages (pair, id);

CREATE TABLE resources (
    id           UUID PRIMARY KEY,
    title        TEXT NOT NULL,
    description  TEXT NOT NULL,
    language     TEXT NOT NULL,
    module       TEXT,
    kind         TEXT NOT NULL,              -- 'document', 'image', 'audio', from the bytes
    content_type TEXT NOT NULL,
    size         BIGINT NOT NULL,
    sha256       TEXT NOT NULL,
    file         TEXT NOT NULL,              -- the key in the file store
    uploaded_by  UUID NOT NULL REFERENCES members (id),
    created_at   TIMESTAMPTZ NOT NULL,
    hidden       BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX resources_created ON resources (created_at);

-- What search finds: lessons (one row per language), posts and resources. `title_key` and
-- `body_key` hold the folded text (see academy_domain::search); `title` and `body` the text
-- as written, for the result and its snippet. `audience` 1 is for women and moderators only.
CREATE TABLE search_docs (
    id        BIGSERIAL PRIMARY KEY,
    ref       TEXT NOT NULL UNIQUE,          -- 'lesson:MODULE/LESSON:LANG', 'post:ID', 'resource:ID'
    kind      TEXT NOT NULL,
    language  TEXT,
    link      TEXT NOT NULL,
    title     TEXT NOT NULL,
    body      TEXT NOT NULL,
    title_key TEXT NOT NULL,
    body_key  TEXT NOT NULL,
    audience  BIGINT NOT NULL DEFAULT 0,
    hidden    BOOLEAN NOT NULL DEFAULT FALSE,
    at        TIMESTAMPTZ NOT NULL,
    -- The 'simple' configuration keeps Indic words whole and does not stem: the folded keys
    -- are matched as written, as in SQLite.
    doc       tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', title_key), 'A') || setweight(to_tsvector('simple', body_key), 'B')
    ) STORED
);
CREATE INDEX search_docs_doc ON search_docs USING gin (doc);

