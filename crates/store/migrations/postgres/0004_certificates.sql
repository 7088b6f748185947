-- Certificates: issued when a member completes a module, verifiable by anyone by their id.
CREATE TABLE certificates (
    id             UUID PRIMARY KEY,
    member         UUID NOT NULL REFERENCES members (id),
    achievement    TEXT NOT NULL,        -- 'module:ID'
    issued_at      TIMESTAMPTZ NOT NULL,
    revoked_at     TIMESTAMPTZ,
    revoked_reason TEXT,
    UNIQUE (member, achievement)
);
CREATE INDEX certificates_issued ON certificates (issued_at);
