-- Members, organisations, web sessions and sign-in throttling (SQLite).
CREATE TABLE members (
    id            BLOB PRIMARY KEY,      -- UUIDv7, so the primary key is also time order
    code          TEXT NOT NULL UNIQUE,
    full_name     TEXT NOT NULL,
    phone         TEXT UNIQUE,
    gender        TEXT NOT NULL,
    birth_year    INTEGER,
    state         TEXT NOT NULL,
    district      TEXT,
    village       TEXT,
    stakeholder   TEXT NOT NULL,
    language      TEXT NOT NULL,
    roles         INTEGER NOT NULL DEFAULT 1,
    consent_on    TEXT,
    consent_by    TEXT,
    password_hash TEXT,
    search        TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;
-- Lists filter by place and gender far more than by anything else; gender alone is too
-- common a value (most members are women) to be worth an index of its own.
CREATE INDEX members_place ON members (state, gender, district);
CREATE INDEX members_stakeholder ON members (stakeholder);

CREATE TABLE member_code_counters (
    state TEXT PRIMARY KEY,
    last  INTEGER NOT NULL
) STRICT;

CREATE TABLE organisations (
    id         BLOB PRIMARY KEY,
    name       TEXT NOT NULL,
    name_key   TEXT NOT NULL UNIQUE,    -- lower-cased name: one organisation per name
    kind       TEXT NOT NULL,
    state      TEXT NOT NULL,
    district   TEXT,
    village    TEXT,
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE memberships (
    organisation_id BLOB NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    member_id       BLOB NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    role            TEXT NOT NULL,
    PRIMARY KEY (organisation_id, member_id)
) STRICT;
CREATE INDEX memberships_member ON memberships (member_id);

CREATE TABLE web_sessions (
    id         TEXT PRIMARY KEY,
    data       TEXT NOT NULL,
    expires_at TEXT NOT NULL
) STRICT;

CREATE TABLE sign_in_failures (
    key      TEXT PRIMARY KEY,          -- 'login:...' or 'addr:...'
    failures INTEGER NOT NULL,
    last_at  TEXT NOT NULL
) STRICT;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
