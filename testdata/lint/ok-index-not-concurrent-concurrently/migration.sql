-- schemac:no-transaction

CREATE INDEX CONCURRENTLY c_p_id ON c (p_id);
