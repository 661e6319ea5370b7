ALTER TABLE t ADD COLUMN code text NOT NULL;
CREATE INDEX c_p_id ON c (p_id);
-- schemac:allow drop-column unused since 4.2
ALTER TABLE t DROP COLUMN note;
CREATE TABLE tmp (id serial PRIMARY KEY);
