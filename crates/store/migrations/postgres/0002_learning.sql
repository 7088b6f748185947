-- The curriculum's published versions, their media, and the learning records (PostgreSQL).
CREATE TABLE content_versions (
    version      BIGSERIAL PRIMARY KEY,
    digest       TEXT NOT NULL UNIQUE,
    published_at TIMESTAMPTZ NOT NULL,
    body         TEXT NOT NULL          -- the curriculum as JSON
);

CREATE TABLE media (
    name         TEXT PRIMARY KEY,      -- content hash and extension
    content_type TEXT NOT NULL,
    bytes        BYTEA NOT NULL
);

-- Append-only: who did what to which activity, with what result. Never updated.
CREATE TABLE statements (
    id        UUID PRIMARY KEY,
    actor     UUID NOT NULL REFERENCES members (id),
    verb      TEXT NOT NULL,
    object    TEXT NOT NULL,
    parent    UUID,                     -- the test attempt an answer belongs to
    score     INTEGER,
    max_score INTEGER,
    success   BOOLEAN,
    response  TEXT,
    lang      TEXT NOT NULL,
    via       TEXT NOT NULL,            -- 'web', or 'facilitated' for group sessions
    at        TIMESTAMPTZ NOT NULL,
    stored    TIMESTAMPTZ NOT NULL
);
CREATE INDEX statements_actor ON statements (actor, object);
CREATE INDEX statements_parent ON statements (parent) WHERE parent IS NOT NULL;

-- Derived from statements in the same transaction that records them.
CREATE TABLE lesson_progress (
    member       UUID NOT NULL REFERENCES members (id),
    module       TEXT NOT NULL,
    lesson       TEXT NOT NULL,
    opened_at    TIMESTAMPTZ NOT NULL,
    completed_at TIMESTAMPTZ,
    facilitated  BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (member, module, lesson)
);

CREATE TABLE test_results (
    attempt     UUID PRIMARY KEY,
    member      UUID NOT NULL REFERENCES members (id),
    module      TEXT NOT NULL,
    test        TEXT NOT NULL,          -- 'pre', 'post' or 'check:LESSON'
    score       INTEGER NOT NULL,
    max_score   INTEGER NOT NULL,
    passed      BOOLEAN NOT NULL,
    lang        TEXT NOT NULL,
    facilitated BOOLEAN NOT NULL DEFAULT FALSE,
    at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX test_results_member ON test_results (member, module, test);

CREATE TABLE module_progress (
    member       UUID NOT NULL REFERENCES members (id),
    module       TEXT NOT NULL,
    started_at   TIMESTAMPTZ NOT NULL,
    last_lesson  TEXT,
    last_at      TIMESTAMPTZ NOT NULL,
    completed_at TIMESTAMPTZ,
    PRIMARY KEY (member, module)
);
CREATE INDEX module_progress_recent ON module_progress (member, last_at);
