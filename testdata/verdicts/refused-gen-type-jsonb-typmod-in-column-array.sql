CREATE TABLE t (a jsonb(1)[]);
