-- Certificates: issued when a member completes a module, verifiable by anyone by their id.
CREATE TABLE certificates (
    id             BLOB PRIMARY KEY,
    member         BLOB NOT NULL REFERENCES members (id),
    achievement    TEXT NOT NULL,        -- 'module:ID'
    issued_at      TEXT NOT NULL,
    revoked_at     TEXT,
    revoked_reason TEXT,
    UNIQUE (member, achievement)
) STRICT;
CREATE INDEX certificates_issued ON certificates (issued_at);
