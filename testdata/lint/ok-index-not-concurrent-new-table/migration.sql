CREATE TABLE tmp (id bigint, k text);
CREATE INDEX tmp_k ON tmp (k);
