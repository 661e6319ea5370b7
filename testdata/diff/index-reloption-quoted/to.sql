-- a storage parameter written with a leading zero reads back the same
CREATE TABLE t (a int);
CREATE INDEX t_a_idx ON t (a) WITH (fillfactor='070');
