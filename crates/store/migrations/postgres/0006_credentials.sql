-- Signed credentials: each certificate has a place in the revocation status list, handed
-- out in order by a counter (a row lock keeps two writers from taking the same place).
ALTER TABLE certificates ADD COLUMN status_index BIGINT;
UPDATE certificates SET status_index = x.n - 1
    FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY issued_at, id) AS n FROM certificates) x
    WHERE x.id = certificates.id;
CREATE UNIQUE INDEX certificates_status ON certificates (status_index);

CREATE TABLE status_counter (
    list INTEGER PRIMARY KEY,
    last BIGINT NOT NULL
);
INSERT INTO status_counter (list, last) SELECT 1, COALESCE(MAX(status_index), -1) FROM certificates;
