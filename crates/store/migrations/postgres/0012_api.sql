-- Personal access tokens for the JSON API (PostgreSQL): made and revoked by admins for a member,
-- whose roles the token can never exceed; kept only as a SHA-256 hash.
CREATE TABLE api_tokens (
    id           UUID PRIMARY KEY,
    member       UUID NOT NULL REFERENCES members (id),
    name         TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    scopes       TEXT NOT NULL,           -- space-separated: 'members:read learning:read'
    created_by   UUID NOT NULL REFERENCES members (id),
    created_at   TIMESTAMPTZ NOT NULL,
    revoked_at   TIMESTAMPTZ,
    last_used_at TIMESTAMPTZ
);
