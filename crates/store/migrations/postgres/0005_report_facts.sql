-- Reports read precomputed counts, kept up to date in the same transaction as every write
-- that changes them, so that a dashboard over a million members answers in milliseconds.
--
-- member_facts: what each member did, by month (India time, 'YYYY-MM') and module ('' for
-- what belongs to no module): joined the academy, lessons and modules completed,
-- certificates held, group sessions attended, and knowledge gain (one row per module, in the
-- month of the first final test: 1, the first pre-test score and the best final-test score,
-- in hundredths of a per cent).
CREATE TABLE member_facts (
    member       UUID NOT NULL REFERENCES members (id),
    month        TEXT NOT NULL,
    module       TEXT NOT NULL,
    members      BIGINT NOT NULL,
    lessons      BIGINT NOT NULL,
    modules      BIGINT NOT NULL,
    certificates BIGINT NOT NULL,
    attended     BIGINT NOT NULL,
    gain_n       BIGINT NOT NULL,
    pre_bp       BIGINT NOT NULL,
    post_bp      BIGINT NOT NULL,
    PRIMARY KEY (member, month, module)
);

-- report_cube: the same counts summed over members with the same gender, place, kind and age
-- band (age in the year of the month). No member ids: small whatever the academy's size.
CREATE TABLE report_cube (
    month        TEXT NOT NULL,
    module       TEXT NOT NULL,
    gender       TEXT NOT NULL,
    state        TEXT NOT NULL,
    district     TEXT NOT NULL,
    stakeholder  TEXT NOT NULL,
    age_band     TEXT NOT NULL,
    members      BIGINT NOT NULL,
    lessons      BIGINT NOT NULL,
    modules      BIGINT NOT NULL,
    certificates BIGINT NOT NULL,
    attended     BIGINT NOT NULL,
    gain_n       BIGINT NOT NULL,
    pre_bp       BIGINT NOT NULL,
    post_bp      BIGINT NOT NULL,
    PRIMARY KEY (month, module, gender, state, district, stakeholder, age_band)
);

-- The time of a member's latest learning record: who is active is then one index range.
ALTER TABLE members ADD COLUMN last_active_at TIMESTAMPTZ;
CREATE INDEX members_active ON members (last_active_at, gender, state, district, stakeholder, birth_year)
    WHERE last_active_at IS NOT NULL;
