-- Sync between a central academy and field nodes (a facilitator's laptop).
--
-- Every row that travels carries `seq`, its place in this database's change order, taken from
-- one counter row inside the writing transaction, so that seq order is commit order and
-- "everything after seq N" is a complete change feed. Rows that can change also carry `hlc`, a
-- hybrid logical clock (milliseconds * 65536 + a counter) for last-writer-wins merges, and
-- `origin`, the peer a row came from (NULL: written here), so that a row is not sent back to
-- where it came from. Triggers stamp them, so no write path can forget: a write that leaves
-- `hlc` as it was (or 0) is local and gets a new clock; a write that sets `hlc` is a merge
-- and moves this database's clock past it.

CREATE TABLE sync_clock (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    node      BLOB NOT NULL,            -- this database's own id, as peers know it
    hlc       INTEGER NOT NULL,
    seq       INTEGER NOT NULL,
    offset_ms INTEGER NOT NULL DEFAULT 0 -- a correction for a machine whose clock is known wrong
) STRICT;
INSERT INTO sync_clock (id, node, hlc, seq) VALUES (1, randomblob(16), 0, 0);

ALTER TABLE members ADD COLUMN merged_into BLOB REFERENCES members (id);
CREATE TABLE sync_tombstones (
    tbl    TEXT NOT NULL,
    k1     BLOB NOT NULL,
    k2     BLOB NOT NULL,
    hlc    INTEGER NOT NULL DEFAULT 0,
    seq    INTEGER NOT NULL DEFAULT 0,
    origin BLOB,
    PRIMARY KEY (tbl, k1, k2)
) STRICT;
ALTER TABLE members ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE members ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE members ADD COLUMN origin BLOB;
ALTER TABLE organisations ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE organisations ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE organisations ADD COLUMN origin BLOB;
ALTER TABLE memberships ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE memberships ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE memberships ADD COLUMN origin BLOB;
ALTER TABLE cohorts ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cohorts ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cohorts ADD COLUMN origin BLOB;
ALTER TABLE cohort_facilitators ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cohort_facilitators ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cohort_facilitators ADD COLUMN origin BLOB;
ALTER TABLE cohort_members ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cohort_members ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cohort_members ADD COLUMN origin BLOB;
ALTER TABLE group_sessions ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE group_sessions ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE group_sessions ADD COLUMN origin BLOB;
ALTER TABLE certificates ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE certificates ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE certificates ADD COLUMN origin BLOB;
ALTER TABLE statements ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE statements ADD COLUMN origin BLOB;

-- What is here already gets a place in the change order, table after table.
UPDATE members SET seq = rowid + (SELECT seq FROM sync_clock);
UPDATE sync_clock SET seq = seq + (SELECT COALESCE(MAX(rowid), 0) FROM members);
UPDATE organisations SET seq = rowid + (SELECT seq FROM sync_clock);
UPDATE sync_clock SET seq = seq + (SELECT COALESCE(MAX(rowid), 0) FROM organisations);
UPDATE memberships SET seq = rowid + (SELECT seq FROM sync_clock);
UPDATE sync_clock SET seq = seq + (SELECT COALESCE(MAX(rowid), 0) FROM memberships);
UPDATE cohorts SET seq = rowid + (SELECT seq FROM sync_clock);
UPDATE sync_clock SET seq = seq + (SELECT COALESCE(MAX(rowid), 0) FROM cohorts);
UPDATE cohort_facilitators SET seq = rowid + (SELECT seq FROM sync_clock);
UPDATE sync_clock SET seq = seq + (SELECT COALESCE(MAX(rowid), 0) FROM cohort_facilitators);
UPDATE cohort_members SET seq = rowid + (SELECT seq FROM sync_clock);
UPDATE sync_clock SET seq = seq + (SELECT COALESCE(MAX(rowid), 0) FROM cohort_members);
UPDATE group_sessions SET seq = rowid + (SELECT seq FROM sync_clock);
UPDATE sync_clock SET seq = seq + (SELECT COALESCE(MAX(rowid), 0) FROM group_sessions);
UPDATE certificates SET seq = rowid + (SELECT seq FROM sync_clock);
UPDATE sync_clock SET seq = seq + (SELECT COALESCE(MAX(rowid), 0) FROM certificates);
UPDATE statements SET seq = rowid + (SELECT seq FROM sync_clock);
UPDATE sync_clock SET seq = seq + (SELECT COALESCE(MAX(rowid), 0) FROM statements);
CREATE INDEX members_seq ON members (seq);
CREATE INDEX organisations_seq ON organisations (seq);
CREATE INDEX memberships_seq ON memberships (seq);
CREATE INDEX cohorts_seq ON cohorts (seq);
CREATE INDEX cohort_facilitators_seq ON cohort_facilitators (seq);
CREATE INDEX cohort_members_seq ON cohort_members (seq);
CREATE INDEX group_sessions_seq ON group_sessions (seq);
CREATE INDEX certificates_seq ON certificates (seq);
CREATE INDEX statements_seq ON statements (seq);
CREATE INDEX sync_tombstones_seq ON sync_tombstones (seq);

CREATE TRIGGER members_local_insert AFTER INSERT ON members WHEN NEW.hlc = 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc + 1, (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) + offset_ms) * 65536), seq = seq + 1;
    UPDATE members SET hlc = (SELECT hlc FROM sync_clock), seq = (SELECT seq FROM sync_clock), origin = NULL
        WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER members_merged_insert AFTER INSERT ON members WHEN NEW.hlc <> 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc, NEW.hlc), seq = seq + 1;
    UPDATE members SET seq = (SELECT seq FROM sync_clock) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER members_local_update AFTER UPDATE OF code, full_name, phone, gender, birth_year, state, district, village, stakeholder, language, roles, consent_on, consent_by, password_hash, pin_hash, card_version, registered_by, merged_into, hlc ON members
    WHEN NEW.hlc = OLD.hlc OR NEW.hlc = 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc + 1, (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) + offset_ms) * 65536), seq = seq + 1;
    UPDATE members SET hlc = (SELECT hlc FROM sync_clock), seq = (SELECT seq FROM sync_clock), origin = NULL
        WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER members_merged_update AFTER UPDATE OF code, full_name, phone, gender, birth_year, state, district, village, stakeholder, language, roles, consent_on, consent_by, password_hash, pin_hash, card_version, registered_by, merged_into, hlc ON members
    WHEN NEW.hlc <> OLD.hlc AND NEW.hlc <> 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc, NEW.hlc), seq = seq + 1;
    UPDATE members SET seq = (SELECT seq FROM sync_clock) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER organisations_local_insert AFTER INSERT ON organisations WHEN NEW.hlc = 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc + 1, (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) + offset_ms) * 65536), seq = seq + 1;
    UPDATE organisations SET hlc = (SELECT hlc FROM sync_clock), seq = (SELECT seq FROM sync_clock), origin = NULL
        WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER organisations_merged_insert AFTER INSERT ON organisations WHEN NEW.hlc <> 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc, NEW.hlc), seq = seq + 1;
    UPDATE organisations SET seq = (SELECT seq FROM sync_clock) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER organisations_local_update AFTER UPDATE OF name, name_key, kind, state, district, village, hlc ON organisations
    WHEN NEW.hlc = OLD.hlc OR NEW.hlc = 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc + 1, (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) + offset_ms) * 65536), seq = seq + 1;
    UPDATE organisations SET hlc = (SELECT hlc FROM sync_clock), seq = (SELECT seq FROM sync_clock), origin = NULL
        WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER organisations_merged_update AFTER UPDATE OF name, name_key, kind, state, district, village, hlc ON organisations
    WHEN NEW.hlc <> OLD.hlc AND NEW.hlc <> 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc, NEW.hlc), seq = seq + 1;
    UPDATE organisations SET seq = (SELECT seq FROM sync_clock) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER memberships_local_insert AFTER INSERT ON memberships WHEN NEW.hlc = 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc + 1, (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) + offset_ms) * 65536), seq = seq + 1;
    UPDATE memberships SET hlc = (SELECT hlc FROM sync_clock), seq = (SELECT seq FROM sync_clock), origin = NULL
        WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER memberships_merged_insert AFTER INSERT ON memberships WHEN NEW.hlc <> 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc, NEW.hlc), seq = seq + 1;
    UPDATE memberships SET seq = (SELECT seq FROM sync_clock) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER memberships_local_update AFTER UPDATE OF role, hlc ON memberships
    WHEN NEW.hlc = OLD.hlc OR NEW.hlc = 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc + 1, (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) + offset_ms) * 65536), seq = seq + 1;
    UPDATE memberships SET hlc = (SELECT hlc FROM sync_clock), seq = (SELECT seq FROM sync_clock), origin = NULL
        WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER memberships_merged_update AFTER UPDATE OF role, hlc ON memberships
    WHEN NEW.hlc <> OLD.hlc AND NEW.hlc <> 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc, NEW.hlc), seq = seq + 1;
    UPDATE memberships SET seq = (SELECT seq FROM sync_clock) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER cohorts_local_insert AFTER INSERT ON cohorts WHEN NEW.hlc = 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc + 1, (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) + offset_ms) * 65536), seq = seq + 1;
    UPDATE cohorts SET hlc = (SELECT hlc FROM sync_clock), seq = (SELECT seq FROM sync_clock), origin = NULL
        WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER cohorts_merged_insert AFTER INSERT ON cohorts WHEN NEW.hlc <> 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc, NEW.hlc), seq = seq + 1;
    UPDATE cohorts SET seq = (SELECT seq FROM sync_clock) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER cohorts_local_update AFTER UPDATE OF name, state, district, village, organisation, modules, hlc ON cohorts
    WHEN NEW.hlc = OLD.hlc OR NEW.hlc = 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc + 1, (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) + offset_ms) * 65536), seq = seq + 1;
    UPDATE cohorts SET hlc = (SELECT hlc FROM sync_clock), seq = (SELECT seq FROM sync_clock), origin = NULL
        WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER cohorts_merged_update AFTER UPDATE OF name, state, district, village, organisation, modules, hlc ON cohorts
    WHEN NEW.hlc <> OLD.hlc AND NEW.hlc <> 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc, NEW.hlc), seq = seq + 1;
    UPDATE cohorts SET seq = (SELECT seq FROM sync_clock) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER cohort_facilitators_local_insert AFTER INSERT ON cohort_facilitators WHEN NEW.hlc = 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc + 1, (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) + offset_ms) * 65536), seq = seq + 1;
    UPDATE cohort_facilitators SET hlc = (SELECT hlc FROM sync_clock), seq = (SELECT seq FROM sync_clock), origin = NULL
        WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER cohort_facilitators_merged_insert AFTER INSERT ON cohort_facilitators WHEN NEW.hlc <> 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc, NEW.hlc), seq = seq + 1;
    UPDATE cohort_facilitators SET seq = (SELECT seq FROM sync_clock) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER cohort_facilitators_local_update AFTER UPDATE OF hlc ON cohort_facilitators
    WHEN NEW.hlc = OLD.hlc OR NEW.hlc = 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc + 1, (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) + offset_ms) * 65536), seq = seq + 1;
    UPDATE cohort_facilitators SET hlc = (SELECT hlc FROM sync_clock), seq = (SELECT seq FROM sync_clock), origin = NULL
        WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER cohort_facilitators_merged_update AFTER UPDATE OF hlc ON cohort_facilitators
    WHEN NEW.hlc <> OLD.hlc AND NEW.hlc <> 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc, NEW.hlc), seq = seq + 1;
    UPDATE cohort_facilitators SET seq = (SELECT seq FROM sync_clock) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER cohort_members_local_insert AFTER INSERT ON cohort_members WHEN NEW.hlc = 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc + 1, (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) + offset_ms) * 65536), seq = seq + 1;
    UPDATE cohort_members SET hlc = (SELECT hlc FROM sync_clock), seq = (SELECT seq FROM sync_clock), origin = NULL
        WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER cohort_members_merged_insert AFTER INSERT ON cohort_members WHEN NEW.hlc <> 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc, NEW.hlc), seq = seq + 1;
    UPDATE cohort_members SET seq = (SELECT seq FROM sync_clock) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER cohort_members_local_update AFTER UPDATE OF joined_at, hlc ON cohort_members
    WHEN NEW.hlc = OLD.hlc OR NEW.hlc = 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc + 1, (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) + offset_ms) * 65536), seq = seq + 1;
    UPDATE cohort_members SET hlc = (SELECT hlc FROM sync_clock), seq = (SELECT seq FROM sync_clock), origin = NULL
        WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER cohort_members_merged_update AFTER UPDATE OF joined_at, hlc ON cohort_members
    WHEN NEW.hlc <> OLD.hlc AND NEW.hlc <> 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc, NEW.hlc), seq = seq + 1;
    UPDATE cohort_members SET seq = (SELECT seq FROM sync_clock) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER group_sessions_local_insert AFTER INSERT ON group_sessions WHEN NEW.hlc = 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc + 1, (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) + offset_ms) * 65536), seq = seq + 1;
    UPDATE group_sessions SET hlc = (SELECT hlc FROM sync_clock), seq = (SELECT seq FROM sync_clock), origin = NULL
        WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER group_sessions_merged_insert AFTER INSERT ON group_sessions WHEN NEW.hlc <> 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc, NEW.hlc), seq = seq + 1;
    UPDATE group_sessions SET seq = (SELECT seq FROM sync_clock) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER group_sessions_local_update AFTER UPDATE OF cohort, starts_at, place, latitude, longitude, facilitator, module, lessons, notes, hlc ON group_sessions
    WHEN NEW.hlc = OLD.hlc OR NEW.hlc = 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc + 1, (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) + offset_ms) * 65536), seq = seq + 1;
    UPDATE group_sessions SET hlc = (SELECT hlc FROM sync_clock), seq = (SELECT seq FROM sync_clock), origin = NULL
        WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER group_sessions_merged_update AFTER UPDATE OF cohort, starts_at, place, latitude, longitude, facilitator, module, lessons, notes, hlc ON group_sessions
    WHEN NEW.hlc <> OLD.hlc AND NEW.hlc <> 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc, NEW.hlc), seq = seq + 1;
    UPDATE group_sessions SET seq = (SELECT seq FROM sync_clock) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER certificates_local_insert AFTER INSERT ON certificates WHEN NEW.hlc = 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc + 1, (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) + offset_ms) * 65536), seq = seq + 1;
    UPDATE certificates SET hlc = (SELECT hlc FROM sync_clock), seq = (SELECT seq FROM sync_clock), origin = NULL
        WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER certificates_merged_insert AFTER INSERT ON certificates WHEN NEW.hlc <> 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc, NEW.hlc), seq = seq + 1;
    UPDATE certificates SET seq = (SELECT seq FROM sync_clock) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER certificates_local_update AFTER UPDATE OF revoked_at, revoked_reason, hlc ON certificates
    WHEN NEW.hlc = OLD.hlc OR NEW.hlc = 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc + 1, (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) + offset_ms) * 65536), seq = seq + 1;
    UPDATE certificates SET hlc = (SELECT hlc FROM sync_clock), seq = (SELECT seq FROM sync_clock), origin = NULL
        WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER certificates_merged_update AFTER UPDATE OF revoked_at, revoked_reason, hlc ON certificates
    WHEN NEW.hlc <> OLD.hlc AND NEW.hlc <> 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc, NEW.hlc), seq = seq + 1;
    UPDATE certificates SET seq = (SELECT seq FROM sync_clock) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER sync_tombstones_local_insert AFTER INSERT ON sync_tombstones WHEN NEW.hlc = 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc + 1, (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) + offset_ms) * 65536), seq = seq + 1;
    UPDATE sync_tombstones SET hlc = (SELECT hlc FROM sync_clock), seq = (SELECT seq FROM sync_clock), origin = NULL
        WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER sync_tombstones_merged_insert AFTER INSERT ON sync_tombstones WHEN NEW.hlc <> 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc, NEW.hlc), seq = seq + 1;
    UPDATE sync_tombstones SET seq = (SELECT seq FROM sync_clock) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER sync_tombstones_local_update AFTER UPDATE OF origin, hlc ON sync_tombstones
    WHEN NEW.hlc = OLD.hlc OR NEW.hlc = 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc + 1, (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) + offset_ms) * 65536), seq = seq + 1;
    UPDATE sync_tombstones SET hlc = (SELECT hlc FROM sync_clock), seq = (SELECT seq FROM sync_clock), origin = NULL
        WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER sync_tombstones_merged_update AFTER UPDATE OF origin, hlc ON sync_tombstones
    WHEN NEW.hlc <> OLD.hlc AND NEW.hlc <> 0 BEGIN
    UPDATE sync_clock SET hlc = max(hlc, NEW.hlc), seq = seq + 1;
    UPDATE sync_tombstones SET seq = (SELECT seq FROM sync_clock) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER statements_stamp AFTER INSERT ON statements BEGIN
    UPDATE sync_clock SET seq = seq + 1;
    UPDATE statements SET seq = (SELECT seq FROM sync_clock) WHERE rowid = NEW.rowid;
END;

-- A removed link leaves a tombstone, so that the removal travels too.
CREATE TRIGGER memberships_removed AFTER DELETE ON memberships BEGIN
    INSERT INTO sync_tombstones (tbl, k1, k2) VALUES ('memberships', OLD.organisation_id, OLD.member_id)
        ON CONFLICT (tbl, k1, k2) DO UPDATE SET hlc = 0;
END;
CREATE TRIGGER cohort_members_removed AFTER DELETE ON cohort_members BEGIN
    INSERT INTO sync_tombstones (tbl, k1, k2) VALUES ('cohort_members', OLD.cohort, OLD.member)
        ON CONFLICT (tbl, k1, k2) DO UPDATE SET hlc = 0;
END;

-- Field nodes registered at this academy: a token (kept hashed), the districts and cohorts
-- they may see, and the block of member numbers they hand out, so that codes never collide.
CREATE TABLE sync_nodes (
    id           BLOB PRIMARY KEY,
    name         TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    districts    TEXT NOT NULL,          -- comma-separated
    cohorts      TEXT NOT NULL,          -- cohort ids, comma-separated
    code_block   INTEGER NOT NULL UNIQUE,
    created_by   BLOB REFERENCES members (id),
    created_at   TEXT NOT NULL,
    revoked_at   TEXT,
    last_seen_at TEXT,
    received     INTEGER NOT NULL DEFAULT 0 -- the node's seq up to which its changes are applied here
) STRICT;

-- On a field node: the central academy it syncs with, and how far it has taken its changes.
CREATE TABLE sync_peer (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    remote       TEXT NOT NULL,
    token        TEXT NOT NULL,
    central      BLOB,                  -- the central academy's own id (the origin of its rows)
    node         BLOB,                  -- this node's id at the central academy
    name         TEXT,
    code_block   INTEGER,                   -- the first member number this node hands out
    received     INTEGER NOT NULL DEFAULT 0, -- the central seq up to which its changes are applied here
    last_sync_at TEXT,
    last_error   TEXT
) STRICT;

-- The version a merge replaced (the loser of last-writer-wins), kept as JSON.
CREATE TABLE sync_versions (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    tbl     TEXT NOT NULL,
    key     TEXT NOT NULL,
    hlc     INTEGER NOT NULL,
    origin  BLOB,
    body    TEXT NOT NULL,
    kept_at TEXT NOT NULL
) STRICT;
CREATE INDEX sync_versions_key ON sync_versions (tbl, key);

-- Two records that look like one person registered twice (on two nodes, say), for a manager
-- to merge or to keep apart.
CREATE TABLE member_duplicates (
    a           BLOB NOT NULL REFERENCES members (id),
    b           BLOB NOT NULL REFERENCES members (id),
    reason      TEXT NOT NULL,
    found_at    TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by BLOB REFERENCES members (id),
    resolution  TEXT,
    PRIMARY KEY (a, b)
) STRICT;

