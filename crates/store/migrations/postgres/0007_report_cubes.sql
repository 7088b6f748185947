-- Smaller cubes for the views most asked for, each keeping only some of report_cube's keys
-- ('' in the others): report_cube_alltime has no month (reports without a period),
-- report_cube_state keeps month, module, gender and state (charts and tables by period). A
-- report reads the smallest cube that has every key it filters or groups by.
CREATE TABLE report_cube_alltime (
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

CREATE TABLE report_cube_state (
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

CREATE INDEX report_cube_place ON report_cube (state, district);
