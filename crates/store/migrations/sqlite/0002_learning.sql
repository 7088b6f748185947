-- The curriculum's published versions, their media, and the learning records (SQLite).
CREATE TABLE content_versions (
    version      INTEGER PRIMARY KEY AUTOINCREMENT,
    digest       TEXT NOT NULL UNIQUE,
    published_at TEXT NOT NULL,
    body         TEXT NOT NULL          -- the curriculum as JSON
) STRICT;

CREATE TABLE media (
    name         TEXT PRIMARY KEY,      -- content hash and extension
    content_type TEXT NOT NULL,
    bytes        BLOB NOT NULL
) STRICT;

-- Append-only: who did what to which activity, with what result. Never updated.
CREATE TABLE statements (
    id        BLOB PRIMARY KEY,
    actor     BLOB NOT NULL REFERENCES members (id),
    verb      TEXT NOT NULL,
    object    TEXT NOT NULL,
    parent    BLOB,                     -- the test attempt an answer belongs to
    score     INTEGER,
    max_score INTEGER,
    success   INTEGER,
    response  TEXT,
    lang      TEXT NOT NULL,
    via       TEXT NOT NULL,            -- 'web', or 'facilitated' for group sessions
    at        TEXT NOT NULL,
    stored    TEXT NOT NULL
) STRICT;
CREATE INDEX statements_actor ON statements (actor, object);
CREATE INDEX statements_parent ON statements (parent) WHERE parent IS NOT NULL;

-- Derived from statements in the same transaction that records them.
CREATE TABLE lesson_progress (
    member       BLOB NOT NULL REFERENCES members (id),
    module       TEXT NOT NULL,
    lesson       TEXT NOT NULL,
    opened_at    TEXT NOT NULL,
    completed_at TEXT,
    facilitated  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (member, module, lesson)
) STRICT;

CREATE TABLE test_results (
    attempt     BLOB PRIMARY KEY,
    member      BLOB NOT NULL REFERENCES members (id),
    module      TEXT NOT NULL,
    test        TEXT NOT NULL,          -- 'pre', 'post' or 'check:LESSON'
    score       INTEGER NOT NULL,
    max_score   INTEGER NOT NULL,
    passed      INTEGER NOT NULL,
    lang        TEXT NOT NULL,
    facilitated INTEGER NOT NULL DEFAULT 0,
    at          TEXT NOT NULL
) STRICT;
CREATE INDEX test_results_member ON test_results (member, module, test);

CREATE TABLE module_progress (
    member       BLOB NOT NULL REFERENCES members (id),
    module       TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    last_lesson  TEXT,
    last_at      TEXT NOT NULL,
    completed_at TEXT,
    PRIMARY KEY (member, module)
) STRICT;
CREATE INDEX module_progress_recent ON module_progress (member, last_at);
