-- schemac:no-transaction
SET lock_timeout = '5s';
ALTER TABLE c ADD CONSTRAINT c_p_fk FOREIGN KEY (p_id) REFERENCES p (id) NOT VALID;
CREATE INDEX CONCURRENTLY c_p_id_idx ON c (p_id);
