-- Consent under the DPDP Act (SQLite): every consent given, with its purpose, the language it
-- was asked in (the member's own), who collected it and when, and when it was withdrawn. The
-- members table keeps the consent in force; these triggers keep the history, whichever way a
-- member is written (a form, an import, a sync from the field).
CREATE TABLE consents (
    id           BLOB PRIMARY KEY,
    member       BLOB NOT NULL REFERENCES members (id),
    purpose      TEXT NOT NULL,               -- 'learning-and-reports': to run her learning and count whom the academy reaches
    language     TEXT NOT NULL,
    collected_by TEXT,
    given_on     TEXT NOT NULL,
    withdrawn_at TEXT
) STRICT;
CREATE INDEX consents_member ON consents (member);

INSERT INTO consents (id, member, purpose, language, collected_by, given_on)
    SELECT randomblob(16), id, 'learning-and-reports', language, consent_by, consent_on
    FROM members WHERE consent_on IS NOT NULL;

CREATE TRIGGER consents_given_insert AFTER INSERT ON members WHEN NEW.consent_on IS NOT NULL
BEGIN
    INSERT INTO consents (id, member, purpose, language, collected_by, given_on)
    VALUES (randomblob(16), NEW.id, 'learning-and-reports', NEW.language, NEW.consent_by, NEW.consent_on);
END;

CREATE TRIGGER consents_given_update AFTER UPDATE OF consent_on ON members
    WHEN NEW.consent_on IS NOT NULL AND OLD.consent_on IS NULL
BEGIN
    INSERT INTO consents (id, member, purpose, language, collected_by, given_on)
    VALUES (randomblob(16), NEW.id, 'learning-and-reports', NEW.language, NEW.consent_by, NEW.consent_on);
END;

CREATE TRIGGER consents_withdrawn AFTER UPDATE OF consent_on ON members
    WHEN NEW.consent_on IS NULL AND OLD.consent_on IS NOT NULL
BEGIN
    UPDATE consents SET withdrawn_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE member = NEW.id AND withdrawn_at IS NULL;
END;
