-- Consent under the DPDP Act (PostgreSQL): every consent given, with its purpose, the language
-- it was asked in (the member's own), who collected it and when, and when it was withdrawn.
-- The members table keeps the consent in force; the trigger keeps the history, whichever way
-- a member is written (a form, an import, a sync from the field).
CREATE TABLE consents (
    id           UUID PRIMARY KEY,
    member       UUID NOT NULL REFERENCES members (id),
    purpose      TEXT NOT NULL,               -- 'learning-and-reports': to run her learning and count whom the academy reaches
    language     TEXT NOT NULL,
    collected_by TEXT,
    given_on     DATE NOT NULL,
    withdrawn_at TIMESTAMPTZ
);
CREATE INDEX consents_member ON consents (member);

INSERT INTO consents (id, member, purpose, language, collected_by, given_on)
    SELECT gen_random_uuid(), id, 'learning-and-reports', language, consent_by, consent_on
    FROM members WHERE consent_on IS NOT NULL;

CREATE FUNCTION consents_follow() RETURNS trigger AS $$
BEGIN
    IF NEW.consent_on IS NOT NULL AND (TG_OP = 'INSERT' OR OLD.consent_on IS NULL) THEN
        INSERT INTO consents (id, member, purpose, language, collected_by, given_on)
        VALUES (gen_random_uuid(), NEW.id, 'learning-and-reports', NEW.language, NEW.consent_by, NEW.consent_on);
    ELSIF TG_OP = 'UPDATE' AND NEW.consent_on IS NULL AND OLD.consent_on IS NOT NULL THEN
        UPDATE consents SET withdrawn_at = now() WHERE member = NEW.id AND withdrawn_at IS NULL;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER consents_follow AFTER INSERT OR UPDATE OF consent_on ON members
    FOR EACH ROW EXECUTE FUNCTION consents_follow();
