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
    node      UUID NOT NULL,            -- this database's own id, as peers know it
    hlc       BIGINT NOT NULL,
    seq       BIGINT NOT NULL,
    offset_ms BIGINT NOT NULL DEFAULT 0 -- a correction for a machine whose clock is known wrong
);
INSERT INTO sync_clock (id, node, hlc, seq) VALUES (1, gen_random_uuid(), 0, 0);

ALTER TABLE members ADD COLUMN merged_into UUID REFERENCES members (id);
CREATE TABLE sync_tombstones (
    tbl    TEXT NOT NULL,
    k1     UUID NOT NULL,
    k2     UUID NOT NULL,
    hlc    BIGINT NOT NULL DEFAULT 0,
    seq    BIGINT NOT NULL DEFAULT 0,
    origin UUID,
    PRIMARY KEY (tbl, k1, k2)
);
ALTER TABLE members ADD COLUMN hlc BIGINT NOT NULL DEFAULT 0, ADD COLUMN seq BIGINT NOT NULL DEFAULT 0, ADD COLUMN origin UUID;
ALTER TABLE organisations ADD COLUMN hlc BIGINT NOT NULL DEFAULT 0, ADD COLUMN seq BIGINT NOT NULL DEFAULT 0, ADD COLUMN origin UUID;
ALTER TABLE memberships ADD COLUMN hlc BIGINT NOT NULL DEFAULT 0, ADD COLUMN seq BIGINT NOT NULL DEFAULT 0, ADD COLUMN origin UUID;
ALTER TABLE cohorts ADD COLUMN hlc BIGINT NOT NULL DEFAULT 0, ADD COLUMN seq BIGINT NOT NULL DEFAULT 0, ADD COLUMN origin UUID;
ALTER TABLE cohort_facilitators ADD COLUMN hlc BIGINT NOT NULL DEFAULT 0, ADD COLUMN seq BIGINT NOT NULL DEFAULT 0, ADD COLUMN origin UUID;
ALTER TABLE cohort_members ADD COLUMN hlc BIGINT NOT NULL DEFAULT 0, ADD COLUMN seq BIGINT NOT NULL DEFAULT 0, ADD COLUMN origin UUID;
ALTER TABLE group_sessions ADD COLUMN hlc BIGINT NOT NULL DEFAULT 0, ADD COLUMN seq BIGINT NOT NULL DEFAULT 0, ADD COLUMN origin UUID;
ALTER TABLE certificates ADD COLUMN hlc BIGINT NOT NULL DEFAULT 0, ADD COLUMN seq BIGINT NOT NULL DEFAULT 0, ADD COLUMN origin UUID;
ALTER TABLE statements ADD COLUMN seq BIGINT NOT NULL DEFAULT 0, ADD COLUMN origin UUID;

-- What is here already gets a place in the change order, table after table.
CREATE SEQUENCE sync_backfill;
UPDATE members SET seq = nextval('sync_backfill');
UPDATE organisations SET seq = nextval('sync_backfill');
UPDATE memberships SET seq = nextval('sync_backfill');
UPDATE cohorts SET seq = nextval('sync_backfill');
UPDATE cohort_facilitators SET seq = nextval('sync_backfill');
UPDATE cohort_members SET seq = nextval('sync_backfill');
UPDATE group_sessions SET seq = nextval('sync_backfill');
UPDATE certificates SET seq = nextval('sync_backfill');
UPDATE statements SET seq = nextval('sync_backfill');
UPDATE sync_clock SET seq = (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM sync_backfill);
DROP SEQUENCE sync_backfill;
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

-- The row lock on sync_clock is held to the end of the writing transaction: seq order is
-- commit order.
CREATE FUNCTION sync_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    c sync_clock%ROWTYPE;
BEGIN
    IF NEW.hlc = 0 OR (TG_OP = 'UPDATE' AND NEW.hlc = OLD.hlc) THEN
        UPDATE sync_clock SET
            hlc = GREATEST(hlc + 1, ((extract(epoch FROM clock_timestamp()) * 1000)::bigint + offset_ms) * 65536),
            seq = seq + 1
        RETURNING * INTO c;
        NEW.hlc := c.hlc;
        NEW.origin := NULL;
    ELSE
        UPDATE sync_clock SET hlc = GREATEST(hlc, NEW.hlc), seq = seq + 1 RETURNING * INTO c;
    END IF;
    NEW.seq := c.seq;
    RETURN NEW;
END $$;

CREATE FUNCTION sync_stamp_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE sync_clock SET seq = seq + 1 RETURNING seq INTO NEW.seq;
    RETURN NEW;
END $$;

CREATE FUNCTION sync_tombstone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO sync_tombstones (tbl, k1, k2)
        VALUES (TG_TABLE_NAME, (to_jsonb(OLD) ->> TG_ARGV[0])::uuid, (to_jsonb(OLD) ->> TG_ARGV[1])::uuid)
        ON CONFLICT (tbl, k1, k2) DO UPDATE SET hlc = 0;
    RETURN OLD;
END $$;

CREATE TRIGGER members_stamp BEFORE INSERT OR UPDATE OF code, full_name, phone, gender, birth_year, state, district, village, stakeholder, language, roles, consent_on, consent_by, password_hash, pin_hash, card_version, registered_by, merged_into, hlc ON members
    FOR EACH ROW EXECUTE FUNCTION sync_stamp();
CREATE TRIGGER organisations_stamp BEFORE INSERT OR UPDATE OF name, name_key, kind, state, district, village, hlc ON organisations
    FOR EACH ROW EXECUTE FUNCTION sync_stamp();
CREATE TRIGGER memberships_stamp BEFORE INSERT OR UPDATE OF role, hlc ON memberships
    FOR EACH ROW EXECUTE FUNCTION sync_stamp();
CREATE TRIGGER cohorts_stamp BEFORE INSERT OR UPDATE OF name, state, district, village, organisation, modules, hlc ON cohorts
    FOR EACH ROW EXECUTE FUNCTION sync_stamp();
CREATE TRIGGER cohort_facilitators_stamp BEFORE INSERT OR UPDATE OF hlc ON cohort_facilitators
    FOR EACH ROW EXECUTE FUNCTION sync_stamp();
CREATE TRIGGER cohort_members_stamp BEFORE INSERT OR UPDATE OF joined_at, hlc ON cohort_members
    FOR EACH ROW EXECUTE FUNCTION sync_stamp();
CREATE TRIGGER group_sessions_stamp BEFORE INSERT OR UPDATE OF cohort, starts_at, place, latitude, longitude, facilitator, module, lessons, notes, hlc ON group_sessions
    FOR EACH ROW EXECUTE FUNCTION sync_stamp();
CREATE TRIGGER certificates_stamp BEFORE INSERT OR UPDATE OF revoked_at, revoked_reason, hlc ON certificates
    FOR EACH ROW EXECUTE FUNCTION sync_stamp();
CREATE TRIGGER sync_tombstones_stamp BEFORE INSERT OR UPDATE OF origin, hlc ON sync_tombstones
    FOR EACH ROW EXECUTE FUNCTION sync_stamp();
CREATE TRIGGER statements_stamp BEFORE INSERT ON statements FOR EACH ROW EXECUTE FUNCTION sync_stamp_statement();

-- A removed link leaves a tombstone, so that the removal travels too.
CREATE TRIGGER memberships_removed AFTER DELETE ON memberships FOR EACH ROW EXECUTE FUNCTION sync_tombstone('organisation_id', 'member_id');
CREATE TRIGGER cohort_members_removed AFTER DELETE ON cohort_members FOR EACH ROW EXECUTE FUNCTION sync_tombstone('cohort', 'member');

-- Field nodes registered at this academy: a token (kept hashed), the districts and cohorts
-- they may see, and the block of member numbers they hand out, so that codes never collide.
CREATE TABLE sync_nodes (
    id           UUID PRIMARY KEY,
    name         TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    districts    TEXT NOT NULL,          -- comma-separated
    cohorts      TEXT NOT NULL,          -- cohort ids, comma-separated
    code_block   BIGINT NOT NULL UNIQUE,
    created_by   UUID REFERENCES members (id),
    created_at   TIMESTAMPTZ NOT NULL,
    revoked_at   TIMESTAMPTZ,
    last_seen_at TIMESTAMPTZ,
    received     BIGINT NOT NULL DEFAULT 0 -- the node's seq up to which its changes are applied here
);

-- On a field node: the central academy it syncs with, and how far it has taken its changes.
CREATE TABLE sync_peer (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    remote       TEXT NOT NULL,
    token        TEXT NOT NULL,
    central      UUID,                  -- the central academy's own id (the origin of its rows)
    node         UUID,                  -- this node's id at the central academy
    name         TEXT,
    code_block   BIGINT,                   -- the first member number this node hands out
    received     BIGINT NOT NULL DEFAULT 0, -- the central seq up to which its changes are applied here
    last_sync_at TIMESTAMPTZ,
    last_error   TEXT
);

-- The version a merge replaced (the loser of last-writer-wins), kept as JSON.
CREATE TABLE sync_versions (
    id      BIGSERIAL PRIMARY KEY,
    tbl     TEXT NOT NULL,
    key     TEXT NOT NULL,
    hlc     BIGINT NOT NULL,
    origin  UUID,
    body    TEXT NOT NULL,
    kept_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX sync_versions_key ON sync_versions (tbl, key);

-- Two records that look like one person registered twice (on two nodes, say), for a manager
-- to merge or to keep apart.
CREATE TABLE member_duplicates (
    a           UUID NOT NULL REFERENCES members (id),
    b           UUID NOT NULL REFERENCES members (id),
    reason      TEXT NOT NULL,
    found_at    TIMESTAMPTZ NOT NULL,
    resolved_at TIMESTAMPTZ,
    resolved_by UUID REFERENCES members (id),
    resolution  TEXT,
    PRIMARY KEY (a, b)
);

