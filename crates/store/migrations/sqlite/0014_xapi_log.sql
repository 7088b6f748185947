-- One log (SQLite): the academy's own learning records become readable through the LRS, outside
-- statements that are voided stop counting, and statements may carry attachments.

-- Learning records not yet copied into xapi_statements. Written in the transaction that records
-- them; the LRS copies and removes them before it answers a query, so every record is there.
CREATE TABLE xapi_outbox (
    id BLOB PRIMARY KEY                     -- statements.id
) STRICT;
INSERT INTO xapi_outbox (id) SELECT id FROM statements WHERE id NOT IN (SELECT id FROM xapi_statements);

-- Learning records voided by an outside statement. The log stays as it was; what was derived
-- from a voided record (lesson progress, a test result) is derived again without it.
CREATE TABLE voided_records (
    id        BLOB PRIMARY KEY REFERENCES statements (id),
    voided_by BLOB NOT NULL,                -- the voiding xAPI statement
    at        TEXT NOT NULL
) STRICT;

-- Attachments' content (a statement names each by its SHA-256 in `sha2`). One copy per content,
-- however many statements carry it.
CREATE TABLE xapi_attachments (
    sha2         TEXT PRIMARY KEY,
    content_type TEXT NOT NULL,
    content      BLOB NOT NULL
) STRICT;
