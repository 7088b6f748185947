-- The xAPI Learning Record Store (SQLite). Statements from outside content are kept whole, as
-- received (with the LRS's id, stored and authority), beside the academy's own learning log;
-- those about a member and one of the academy's activities are also written to that log, under
-- the same id, so they count toward progress and reports.
CREATE TABLE xapi_credentials (
    id          BLOB PRIMARY KEY,
    name        TEXT NOT NULL,              -- the partner: "Kolibri at Pakur centre"
    key         TEXT NOT NULL UNIQUE,       -- the HTTP Basic user name
    secret_hash TEXT NOT NULL,              -- SHA-256 of the password
    created_by  BLOB NOT NULL REFERENCES members (id),
    created_at  TEXT NOT NULL,
    revoked_at  TEXT
) STRICT;

CREATE TABLE xapi_statements (
    seq          INTEGER PRIMARY KEY,       -- the order in which the LRS stored them
    id           BLOB NOT NULL UNIQUE,
    stored       TEXT NOT NULL,
    body         TEXT NOT NULL,             -- the statement as stored, JSON
    fingerprint  TEXT NOT NULL,             -- SHA-256 of the statement as received: a resend is the same
    actor        TEXT NOT NULL,             -- the actor's identifier, canonical: 'mbox:…', 'account:HOME|NAME'
    verb         TEXT NOT NULL,
    activity     TEXT,                      -- the object's id when it is an Activity
    registration BLOB,
    voided       INTEGER NOT NULL DEFAULT 0,
    voids        BLOB,                      -- the statement this one voids
    credential   BLOB NOT NULL REFERENCES xapi_credentials (id)
) STRICT;
CREATE INDEX xapi_statements_actor ON xapi_statements (actor, seq);
CREATE INDEX xapi_statements_verb ON xapi_statements (verb, seq);
CREATE INDEX xapi_statements_activity ON xapi_statements (activity, seq);
CREATE INDEX xapi_statements_stored ON xapi_statements (stored);

-- Every activity and agent a statement involves (context activities, instructor, team,
-- authority, group members, a sub-statement's parts): for related_activities and
-- related_agents queries.
CREATE TABLE xapi_related (
    kind  TEXT NOT NULL,                -- 'activity' or 'agent'
    value TEXT NOT NULL,                -- an activity id, or an agent's canonical identifier
    seq   INTEGER NOT NULL REFERENCES xapi_statements (seq),
    PRIMARY KEY (kind, value, seq)
) STRICT;

-- The state, activity profile and agent profile documents: whatever content keeps about a
-- learner or an activity, by its own key. Empty strings stand for "not part of the key".
CREATE TABLE xapi_documents (
    kind         TEXT NOT NULL,             -- 'state', 'activity_profile', 'agent_profile'
    activity     TEXT NOT NULL,
    agent        TEXT NOT NULL,             -- canonical identifier, as in xapi_statements.actor
    registration TEXT NOT NULL,
    doc_id       TEXT NOT NULL,
    content      BLOB NOT NULL,
    content_type TEXT NOT NULL,
    etag         TEXT NOT NULL,
    updated      TEXT NOT NULL,
    PRIMARY KEY (kind, activity, agent, registration, doc_id)
) STRICT;
