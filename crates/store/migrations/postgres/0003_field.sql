-- Field work: cohorts, their facilitators and members, group sessions and attendance (PostgreSQL).
ALTER TABLE members ADD COLUMN registered_by UUID REFERENCES members (id);

CREATE TABLE cohorts (
    id           UUID PRIMARY KEY,
    name         TEXT NOT NULL,
    state        TEXT NOT NULL,
    district     TEXT,
    village      TEXT,
    organisation UUID REFERENCES organisations (id),
    modules      TEXT NOT NULL,          -- module ids, comma-separated, in teaching order
    created_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE cohort_facilitators (
    cohort UUID NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    member UUID NOT NULL REFERENCES members (id),
    PRIMARY KEY (cohort, member)
);
CREATE INDEX cohort_facilitators_member ON cohort_facilitators (member);

CREATE TABLE cohort_members (
    cohort    UUID NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    member    UUID NOT NULL REFERENCES members (id),
    joined_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cohort, member)
);
CREATE INDEX cohort_members_member ON cohort_members (member);

CREATE TABLE group_sessions (
    id          UUID PRIMARY KEY,
    cohort      UUID NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    starts_at   TIMESTAMPTZ NOT NULL,
    place       TEXT,
    latitude    DOUBLE PRECISION,
    longitude   DOUBLE PRECISION,
    facilitator UUID NOT NULL REFERENCES members (id),
    module      TEXT,
    lessons     TEXT NOT NULL,           -- lesson slugs covered, comma-separated
    notes       TEXT,
    held_at     TIMESTAMPTZ,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX group_sessions_cohort ON group_sessions (cohort, starts_at);

-- Derived from 'attended' statements.
CREATE TABLE session_attendance (
    session UUID NOT NULL REFERENCES group_sessions (id) ON DELETE CASCADE,
    member  UUID NOT NULL REFERENCES members (id),
    PRIMARY KEY (session, member)
);
CREATE INDEX session_attendance_member ON session_attendance (member);

-- Member cards: a 4-digit PIN for signing in on a shared device, and the card's version
-- (a revoked card's QR code stops working when a new one is issued).
ALTER TABLE members ADD COLUMN pin_hash TEXT;
ALTER TABLE members ADD COLUMN card_version INTEGER NOT NULL DEFAULT 1;
