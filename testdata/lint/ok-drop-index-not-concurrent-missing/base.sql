CREATE TABLE t (id bigint PRIMARY KEY, n int);
CREATE INDEX t_n_idx ON t (n);
