-- The modules of each learning track in the latest published curriculum: completing them
-- all issues the track's certificate. Rewritten at each publication.
CREATE TABLE track_modules (
    track  TEXT NOT NULL,
    module TEXT NOT NULL,
    PRIMARY KEY (track, module)
);
CREATE INDEX track_modules_module ON track_modules (module);
