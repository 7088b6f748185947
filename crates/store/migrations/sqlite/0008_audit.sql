-- Who did what to whom: certificates issued by hand and revoked, and later every change that
-- matters to trust. Never updated, never deleted.
CREATE TABLE audit_log (
    id      BLOB PRIMARY KEY,         -- UUIDv7: also the order of events
    at      TEXT NOT NULL,
    actor   BLOB REFERENCES members (id),
    action  TEXT NOT NULL,            -- 'certificate.issue', 'certificate.revoke', …
    subject TEXT NOT NULL,            -- what it was done to: 'certificate:ID'
    detail  TEXT NOT NULL             -- the reason or note, as typed
) STRICT;
CREATE INDEX audit_log_subject ON audit_log (subject);

-- A certificate a manager issued by hand (for a group that learned together, on paper).
ALTER TABLE certificates ADD COLUMN issued_by BLOB REFERENCES members (id);
