-- Personal access tokens for the JSON API (SQLite): made and revoked by admins for a member,
-- whose roles the token can never exceed; kept only as a SHA-256 hash.
CREATE TABLE api_tokens (
    id           BLOB PRIMARY KEY,
    member       BLOB NOT NULL REFERENCES members (id),
    name         TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    scopes       TEXT NOT NULL,           -- space-separated: 'members:read learning:read'
    created_by   BLOB NOT NULL REFERENCES members (id),
    created_at   TEXT NOT NULL,
    revoked_at   TEXT,
    last_used_at TEXT
) STRICT;
