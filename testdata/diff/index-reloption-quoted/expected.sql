DROP INDEX t_a_idx;

CREATE INDEX t_a_idx ON t (a) WITH (fillfactor='070');
